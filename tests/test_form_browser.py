"""The answer form in a real browser (headless Chromium): what a worker does with it, end to end.

Every test opens the page from a file, as a worker would, and fails on any request beyond the page itself, any
script error and any console error. The downloaded answers file is checked by the same code as ``validate``, and
merged and reported beside files written by ``assess``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from osallisuus_cli.answering.form import render_form
from osallisuus_cli.cli.app import app
from osallisuus_cli.i18n import t
from osallisuus_cli.model import answers as answers_mod
from osallisuus_cli.model.framework import QuestionSet
from osallisuus_cli.model.questionset import load_question_set
from tests.conftest import make_answers, write_answers
from tests.test_browser import ARGS, CHROMIUM

pytestmark = [pytest.mark.browser, pytest.mark.slow]

# Whether closing the page now would make the browser ask first.
WOULD_ASK = """(() => {
  const event = new Event('beforeunload', {cancelable: true});
  dispatchEvent(event);
  return event.defaultPrevented;
})()"""
THROWING_STORAGE = """
Object.defineProperty(window, 'localStorage', {
  configurable: true,
  get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
});
"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    import os

    if not Path(CHROMIUM).exists():
        message = "Chromium is not installed (./scripts/test.sh installs it with apt-get)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def thl_form(tmp_path_factory: pytest.TempPathFactory) -> Path:
    page = tmp_path_factory.mktemp("form") / "lomake.html"
    page.write_text(render_form(load_question_set(), lang="fi"), encoding="utf-8")
    return page


class Form:
    """One open form page, with what it requested and what went wrong while it was open."""

    def __init__(self, browser: Any, path: Path, *, width: int = 1280, init: str | None = None) -> None:
        self.path = path
        self.seen: dict[str, list[str]] = {"requests": [], "errors": [], "console": []}
        self.context = browser.new_context(viewport={"width": width, "height": 900}, accept_downloads=True)
        if init:
            self.context.add_init_script(init)
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("pageerror", lambda error: self.seen["errors"].append(str(error)))
        self.page.on(
            "console", lambda message: self.seen["console"].append(message.text) if message.type == "error" else None
        )
        self.page.on("dialog", lambda dialog: dialog.accept())
        self.load()

    def _route(self, route: Any) -> None:
        if route.request.url != self.path.as_uri():
            self.seen["requests"].append(route.request.url)
            route.abort()
        else:
            route.continue_()

    def load(self) -> None:
        self.page.goto(self.path.as_uri(), wait_until="load")
        self.page.wait_for_selector("html[data-ready]")

    def js(self, expression: str, arg: Any = None) -> Any:
        return self.page.evaluate(expression, arg)

    def project(self, name: str = "Nuorten ääni", phase: str = "toteutus") -> None:
        self.page.fill("#project-name", name)
        self.page.check(f"#phase-{phase}")

    def level(self, qid: str, value: int | str) -> None:
        self.page.check(f"#{qid}-level-{value}")

    def save(self, folder: Path) -> Path:
        with self.page.expect_download() as info:
            self.page.click("#save-top")
        download = info.value
        target = folder / download.suggested_filename
        download.save_as(str(target))
        return target

    def open_file(self, path: Path) -> None:
        self.page.set_input_files("#open-file", str(path))

    def message(self) -> str:
        self.page.wait_for_selector("#messages:not([hidden])")
        return self.page.inner_text("#messages")

    def close(self) -> None:
        clean = dict(self.seen)
        self.context.close()
        assert clean == {"requests": [], "errors": [], "console": []}


@pytest.fixture
def form(browser: Any, thl_form: Path) -> Iterator[Form]:
    opened = Form(browser, thl_form)
    yield opened
    opened.close()


def levels_for(qs: QuestionSet) -> dict[str, int | str]:
    """A spread of answers: every level of the scale, and both special answers."""
    values: list[int | str] = [level.value for level in qs.scale.levels] + ["na", "dont_know"]
    return {q.id: values[i % len(values)] for i, q in enumerate(qs.questions)}


def validate(runner: Any, *paths: Path, framework: Path | None = None) -> None:
    extra = ["--framework", str(framework)] if framework else []
    result = runner.invoke(app, ["validate", *map(str, paths), *extra])
    assert result.exit_code == 0, result.output


# --- a whole run -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_a_whole_run_writes_a_file_that_merges_and_reports_like_one_from_assess(
    browser: Any, thl_form: Path, qs: QuestionSet, runner: Any, tmp_path: Path, lang: str
) -> None:
    form = Form(browser, thl_form)
    form.page.click(f"#lang-{lang}")
    assert form.js("document.documentElement.lang") == lang
    form.project()
    form.page.fill("#respondent-name", "Aino Virtanen")
    form.page.fill("#respondent-role", "nuoriso-ohjaaja")
    levels = levels_for(qs)
    how = {"q01": "Avoin ilta joka torstai.\nMukana myös etsivä nuorisotyö 🎉", "q05": "Sanoi: \"kyllä\" — 'ok'"}
    next_step = {"q01": "Kysytään nuorilta kellonaika.", "q24": "Ei vielä: #tärkeä"}
    for qid, level in levels.items():
        form.level(qid, level)
    for qid, text in how.items():
        form.page.fill(f"#{qid}-how", text)
    for qid, text in next_step.items():
        form.page.fill(f"#{qid}-next_step", text)
    assert form.page.inner_text("#progress-text") == t("form.progress", lang, answered=24, total=24)
    downloads = tmp_path / "form"
    downloads.mkdir()
    saved = form.save(downloads)
    assert saved.name == "aino-virtanen.yaml"
    form.close()

    validate(runner, saved)
    doc = answers_mod.load_answers(saved, qs)
    assert doc.language == lang
    assert {qid: a.level for qid, a in doc.answers.items()} == levels
    # The same answers given to assess: the file from --no-input --from, then the same report beside a colleague.
    same = make_answers(
        qs,
        levels,
        name="Aino Virtanen",
        respondent_id=doc.respondent.id,
        how=how,
        next_step=next_step,
        language=lang,
        when=doc.created,
    )
    same.respondent.role = "nuoriso-ohjaaja"
    same.updated = doc.updated
    for qid, answer in same.answers.items():
        answer.updated = doc.answers[qid].updated
    by_assess = tmp_path / "assess"
    by_assess.mkdir()
    write_answers(by_assess / "raw.yaml", same, qs)
    result = runner.invoke(
        app, ["assess", "--no-input", "--from", str(by_assess / "raw.yaml"), "-o", str(by_assess / saved.name)]
    )
    assert result.exit_code == 0, result.output
    (by_assess / "raw.yaml").unlink()
    colleague = make_answers(
        qs, {"q01": 2, "q02": "na"}, name="Eero", respondent_id="22222222-2222-4222-8222-222222222222"
    )
    for folder in (downloads, by_assess):
        write_answers(folder / "eero.yaml", colleague, qs)
    reports = {}
    for folder in (downloads, by_assess):
        merged = runner.invoke(app, ["merge", str(folder), "-o", str(folder / "tiimi.team.yaml")])
        assert merged.exit_code == 0, merged.output
        report = runner.invoke(app, ["report", str(folder / saved.name), str(folder / "eero.yaml"), "--lang", lang])
        assert report.exit_code == 0, report.output
        reports[folder.name] = report.stdout
    assert reports["form"] == reports["assess"]
    assert "Aino Virtanen" in reports["form"] or len(reports["form"]) > 1000


# --- continuing an assess file ---------------------------------------------------------------------------------


def test_an_assess_file_opens_and_only_the_changed_answer_changes(
    form: Form, qs: QuestionSet, runner: Any, tmp_path: Path
) -> None:
    how = {"q01": "Rivi yksi\nRivi kaksi — \"lainaus\" ja 'heittomerkit' 🎉\n\nKolmas kappale", "q03": "# ei kommentti"}
    doc = make_answers(qs, {"q01": 3, "q02": "na", "q03": "dont_know", "q04": 0}, how=how, name="Äino Öberg")
    original = tmp_path / "orig.yaml"
    write_answers(original, doc, qs)
    text = original.read_text(encoding="utf-8")
    lines = text.splitlines()
    lines.insert(1, "# a comment written by hand")
    hand_edited = tmp_path / "käsin.yaml"
    hand_edited.write_bytes(b"\xef\xbb\xbf" + "\r\n".join(lines).encode("utf-8") + b"\r\n")
    validate(runner, hand_edited)

    form.open_file(hand_edited)
    assert t("form.opened", "fi", file="käsin.yaml", answered=4, total=24) in form.message()
    assert form.page.input_value("#q01-how") == how["q01"]
    assert form.page.input_value("#respondent-name") == "Äino Öberg"
    assert form.page.is_checked("#q02-level-na")
    form.level("q04", 2)
    saved = form.save(tmp_path)
    validate(runner, saved)
    after = answers_mod.load_answers(saved, qs)
    assert after.respondent.id == doc.respondent.id
    assert after.created == doc.created
    assert after.answers["q04"].level == 2
    assert after.answers["q04"].updated > doc.answers["q04"].updated
    assert after.updated > doc.updated
    for qid in ("q01", "q02", "q03"):
        assert after.answers[qid] == doc.answers[qid]


def test_opening_and_saving_without_a_change_keeps_every_time(form: Form, qs: QuestionSet, tmp_path: Path) -> None:
    doc = make_answers(qs, {"q01": 1, "q07": "dont_know"}, name=None)
    original = write_answers(tmp_path / "in.yaml", doc, qs)
    form.open_file(original)
    form.message()
    saved = form.save(tmp_path / "out")
    assert answers_mod.load_answers(saved, qs) == doc


# --- storage, language, drafts ---------------------------------------------------------------------------------


def test_everything_works_when_storage_throws(
    browser: Any, thl_form: Path, qs: QuestionSet, runner: Any, tmp_path: Path
) -> None:
    form = Form(browser, thl_form, init=THROWING_STORAGE)
    assert form.page.inner_text("#draft-note") == t("form.draft_off", "fi")
    form.project()
    form.level("q01", 4)
    form.page.click("#lang-en")
    form.page.click("#delete-draft")
    saved = form.save(tmp_path)
    form.close()
    validate(runner, saved)
    assert answers_mod.load_answers(saved, qs).answers["q01"].level == 4


def test_switching_language_keeps_every_answer(form: Form) -> None:
    form.project("Hanke")
    form.level("q01", 3)
    form.level("q02", "dont_know")
    form.page.fill("#q01-how", "Tekstiä\nkahdella rivillä")
    form.page.fill("#respondent-name", "Aino")
    for lang in ("sv", "en", "fi"):
        form.page.click(f"#lang-{lang}")
        assert form.js("document.documentElement.lang") == lang
        assert form.js("document.activeElement.id") == f"lang-{lang}"
        assert form.page.is_checked("#q01-level-3")
        assert form.page.is_checked("#q02-level-dont_know")
        assert form.page.input_value("#q01-how") == "Tekstiä\nkahdella rivillä"
        assert form.page.input_value("#project-name") == "Hanke"
        assert form.page.is_checked("#phase-toteutus")
        assert form.page.inner_text("#progress-text") == t("form.progress", lang, answered=2, total=24)
    form.page.click("#lang-sv")
    assert "Hur långt" in form.page.inner_text("#q01-ask")
    assert form.page.get_attribute("#q01-how", "lang") is None


def test_a_draft_comes_back_after_a_reload_until_it_is_deleted(form: Form) -> None:
    form.project("Luonnos")
    form.level("q05", 1)
    form.page.fill("#q05-next_step", "Jatketaan")
    form.load()
    assert form.page.is_checked("#q05-level-1")
    assert form.page.input_value("#q05-next_step") == "Jatketaan"
    assert form.page.input_value("#project-name") == "Luonnos"
    form.page.click("#delete-draft")
    assert t("form.draft_deleted", "fi") in form.message()
    form.level("q06", 2)  # no new draft after deleting it
    assert form.js("Object.keys(localStorage).filter(k => k.startsWith('osallisuus-form:'))") == []
    form.load()
    assert not form.page.is_checked("#q05-level-1")
    assert form.page.input_value("#project-name") == ""


def test_closing_with_unsaved_answers_asks_first(form: Form, tmp_path: Path) -> None:
    assert form.js(WOULD_ASK) is False
    form.project()
    form.level("q01", 1)
    assert form.js(WOULD_ASK) is True
    form.save(tmp_path)
    assert form.js(WOULD_ASK) is False


def test_saving_without_project_name_and_phase_says_where_and_keeps_everything(form: Form) -> None:
    form.level("q03", 2)
    form.page.click("#save-top")
    assert t("form.save_blocked", "fi", count=2) in form.message()
    assert form.js("document.activeElement.id") == "project-name"
    assert form.page.get_attribute("#project-name", "aria-invalid") == "true"
    assert form.page.inner_text("#project-name-error") == t("form.err_project", "fi")
    assert "project-name-error" in form.page.get_attribute("#project-name", "aria-describedby")
    assert form.page.inner_text("#phase-error") == t("form.err_phase", "fi")
    assert form.page.is_checked("#q03-level-2")


def test_text_without_a_choice_is_pointed_out(form: Form, qs: QuestionSet, tmp_path: Path) -> None:
    form.project()
    form.page.fill("#q02-how", "Kirjoitin, mutta en valinnut")
    assert form.page.inner_text("#q02-message") == t("form.text_needs_choice", "fi")
    assert "q02-message" in form.page.get_attribute("#q02-how", "aria-describedby")
    saved = form.save(tmp_path)
    assert t("form.saved_texts_left", "fi", numbers="2") in form.message()
    assert "q02" not in answers_mod.load_answers(saved, qs).answers
    form.level("q02", 1)
    assert form.page.is_hidden("#q02-message")
