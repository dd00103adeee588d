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

from osallisuus_cli.answering.form import REASON_FIELD, render_form
from osallisuus_cli.cli.app import app
from osallisuus_cli.i18n import t
from osallisuus_cli.model import answers as answers_mod
from osallisuus_cli.questionsets.framework import QuestionSet
from osallisuus_cli.questionsets.reading import load_question_set
from tests.conftest import make_answers, write_answers

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
def thl_form(tmp_path_factory: pytest.TempPathFactory) -> Path:
    page = tmp_path_factory.mktemp("form") / "lomake.html"
    page.write_text(render_form(load_question_set(), lang="fi"), encoding="utf-8")
    return page


class Form:
    """One open form page, with what it requested and what went wrong while it was open."""

    def __init__(self, device: Any, path: Path, *, width: int = 1280, init: str | None = None) -> None:
        self.path = path
        self.seen: dict[str, list[str]] = {"requests": [], "errors": [], "console": []}
        forget_storage(device, path)  # each test starts as a browser that never opened the form
        self.page = device.new_page()
        self.page.set_viewport_size({"width": width, "height": 900})
        if init:
            self.page.add_init_script(init)
        self.page.route("**/*", self._route)
        self.page.on("pageerror", lambda error: self.seen["errors"].append(str(error)))
        self.page.on(
            "console", lambda message: self.seen["console"].append(message.text) if message.type == "error" else None
        )
        self.dialogs: list[str] = []
        self.accept_dialogs = True
        self.page.on("dialog", self._dialog)
        self.load()

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.accept() if self.accept_dialogs else dialog.dismiss()

    def _route(self, route: Any) -> None:
        if route.request.url != self.path.as_uri():
            self.seen["requests"].append(route.request.url)
            route.abort()
        else:
            route.continue_()

    def load(self) -> None:
        """Opens the page, or opens it again as a person coming back to the same browser does."""
        if self.page.url == self.path.as_uri():
            self.page.reload(wait_until="load")
        else:
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
        """As a person does: the button, then the browser's file chooser."""
        with self.page.expect_file_chooser() as chooser:
            self.page.click("#open-top")
        chooser.value.set_files(str(path))

    def message(self) -> str:
        self.page.wait_for_selector("#messages:not([hidden])")
        return self.page.inner_text("#messages")

    def close(self) -> None:
        clean = dict(self.seen)
        self.page.close()
        assert clean == {"requests": [], "errors": [], "console": []}


def forget_storage(device: Any, path: Path) -> None:
    """Empties what pages opened from files keep in the browser, through an empty page at the form's address."""
    blank = device.new_page()
    blank.route(
        lambda url: url == path.as_uri(),
        lambda route: route.fulfill(status=200, content_type="text/html", body="<!doctype html><title>-</title>"),
    )
    blank.goto(path.as_uri())
    blank.evaluate("localStorage.clear()")
    blank.close()


@pytest.fixture
def form(device: Any, thl_form: Path) -> Iterator[Form]:
    opened = Form(device, thl_form)
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
    device: Any, thl_form: Path, qs: QuestionSet, runner: Any, tmp_path: Path, lang: str
) -> None:
    form = Form(device, thl_form)
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
        # the team file goes beside the folder: merge refuses to write into a folder it reads
        merged = runner.invoke(app, ["merge", str(folder), "-o", str(folder.parent / f"{folder.name}.team.yaml")])
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
    doc.answers["q01"].unfinished = ["next_step"]  # assess stopped before the next step: the form shows it anyway
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
    assert after.answers["q01"] == doc.answers["q01"].model_copy(update={"unfinished": None})
    for qid in ("q02", "q03"):
        assert after.answers[qid] == doc.answers[qid]


def test_a_later_phase_opened_from_an_earlier_file_is_saved_beside_it(
    form: Form, qs: QuestionSet, runner: Any, tmp_path: Path
) -> None:
    """Another phase than the opened file's is a file of its own with the same respondent id: saving it never
    offers the earlier phase's file name, so the earlier assessment is not overwritten when the file is moved."""
    doc = make_answers(qs, {"q01": 3, "q02": "na", "q03": 1}, how={"q01": "Avoin ilta"}, name="Aino Virtanen")
    earlier = write_answers(tmp_path / "aino-virtanen.yaml", doc, qs)
    form.open_file(earlier)
    form.message()
    form.page.check("#phase-arviointi")
    said = t(
        "form.phase_file",
        "fi",
        phase_of=t("team.phase_of.arviointi", "fi"),
        file="aino-virtanen-arviointi.yaml",
        earlier_of=t("team.phase_of.toteutus", "fi"),
        earlier="aino-virtanen.yaml",
    )
    assert said in form.message()
    form.level("q03", 2)
    later_path = form.save(tmp_path / "out")
    assert later_path.name == "aino-virtanen-arviointi.yaml"
    later = answers_mod.load_answers(later_path, qs)
    assert (later.respondent, later.project.phase) == (doc.respondent, "arviointi")
    assert later.created > doc.created, "a new phase's file is made now"
    assert later.answers["q03"].level == 2
    assert later.answers["q01"] == doc.answers["q01"]
    (tmp_path / "out" / "aino-virtanen.yaml").write_bytes(earlier.read_bytes())
    merged = runner.invoke(app, ["merge", str(tmp_path / "out"), "-o", str(tmp_path / "tiimi.yaml")])
    assert merged.exit_code == 0, merged.output  # one person in two phases: no duplicate
    form.page.check("#phase-toteutus")
    back = form.save(tmp_path / "back")
    assert back.name == "aino-virtanen.yaml"
    assert answers_mod.load_answers(back, qs).created == doc.created, "its own phase: the opened file again"


def test_opening_a_file_over_unsaved_answers_asks_first(form: Form, qs: QuestionSet, tmp_path: Path) -> None:
    other = write_answers(tmp_path / "toinen.yaml", make_answers(qs, {"q01": 4}, name="Toinen"), qs)
    form.project("Oma")
    form.level("q01", 1)
    form.accept_dialogs = False
    form.open_file(other)
    assert t("form.kept", "fi") in form.message()
    assert form.dialogs == [t("form.confirm_replace", "fi")]
    assert form.page.is_checked("#q01-level-1")
    form.accept_dialogs = True
    form.open_file(other)
    form.page.wait_for_selector("#q01-level-4:checked")
    assert form.page.input_value("#respondent-name") == "Toinen"


def test_opening_and_saving_without_a_change_keeps_every_time(form: Form, qs: QuestionSet, tmp_path: Path) -> None:
    doc = make_answers(qs, {"q01": 1, "q07": "dont_know"}, name=None)
    original = write_answers(tmp_path / "in.yaml", doc, qs)
    form.open_file(original)
    form.message()
    saved = form.save(tmp_path / "out")
    assert answers_mod.load_answers(saved, qs) == doc


# --- storage, language, drafts ---------------------------------------------------------------------------------


def test_everything_works_when_storage_throws(
    device: Any, thl_form: Path, qs: QuestionSet, runner: Any, tmp_path: Path
) -> None:
    form = Form(device, thl_form, init=THROWING_STORAGE)
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


DRAFT_KEYS = "Object.keys(localStorage).filter(k => k.startsWith('osallisuus-form:'))"


def test_a_draft_is_offered_after_a_reload_and_continued_until_it_is_deleted(form: Form) -> None:
    form.project("Luonnos")
    form.level("q05", 1)
    form.page.fill("#q05-next_step", "Jatketaan")
    form.load()
    assert not form.page.is_checked("#q05-level-1"), "a draft is offered, never opened by itself"
    assert form.page.input_value("#project-name") == ""
    form.page.click("[data-action=continue-draft]")
    assert form.page.is_checked("#q05-level-1")
    assert form.page.input_value("#q05-next_step") == "Jatketaan"
    assert form.page.input_value("#project-name") == "Luonnos"
    form.page.click("#delete-draft")
    assert t("form.draft_deleted", "fi") in form.message()
    form.level("q06", 2)  # no new draft after deleting it
    assert form.js(DRAFT_KEYS) == []
    form.load()
    assert form.page.query_selector("#drafts") is None
    assert not form.page.is_checked("#q05-level-1")
    assert form.page.input_value("#project-name") == ""


# --- a shared computer: one person's draft never becomes the next person's answers ------------------------------


def fill_as(form: Form, name: str, how: str) -> None:
    form.project("Kyläkoulu")
    form.page.fill("#respondent-name", name)
    form.level("q01", 3)
    form.page.fill("#q01-how", how)


def test_the_next_person_sees_only_whose_draft_it_is_and_saves_with_her_own_id(
    device: Any, thl_form: Path, qs: QuestionSet, tmp_path: Path
) -> None:
    first = Form(device, thl_form)
    fill_as(first, "Aino A", "Ainon oma salainen teksti")
    aino_id = first.js("JSON.parse(localStorage.getItem(" + DRAFT_KEYS + "[0])).respondentId")
    # Aino leaves without saving; Bertta opens the same form in the same browser.
    first.load()
    panel = first.page.inner_text("#drafts")
    assert "Aino A" in panel
    assert t("form.drafts_heading", "fi", count=1) in panel
    page_text = first.page.inner_text("body")
    assert "Ainon oma salainen teksti" not in page_text
    assert first.page.input_value("#q01-how") == ""
    assert not first.page.is_checked("#q01-level-3")
    first.page.click("#start-new")
    assert first.js("document.activeElement.id") == "project-name"
    fill_as(first, "Bertta B", "Bertan teksti")
    saved = first.save(tmp_path)
    doc = answers_mod.load_answers(saved, qs)
    assert doc.respondent.name == "Bertta B"
    assert doc.respondent.id != aino_id
    assert doc.answers["q01"].how == "Bertan teksti"
    # Bertta's draft went with her save; Aino's is still there for her, and only hers.
    keys = first.js(DRAFT_KEYS)
    assert len(keys) == 1
    assert keys[0].endswith(":" + aino_id)
    first.close()


def test_after_saving_the_draft_is_gone_and_new_respondent_clears_the_page(
    form: Form, qs: QuestionSet, tmp_path: Path
) -> None:
    fill_as(form, "Aino A", "Ainon teksti")
    assert len(form.js(DRAFT_KEYS)) == 1
    assert form.page.is_hidden("#new-respondent")
    first = answers_mod.load_answers(form.save(tmp_path), qs)
    message = form.message()
    assert t("form.saved_draft_removed", "fi") in message
    assert t("form.saved_next_respondent", "fi") in message
    assert form.js(DRAFT_KEYS) == [], "no draft is left once the answers are saved"
    form.page.click("#new-respondent")
    assert t("form.new_respondent_done", "fi") in form.message()
    assert form.page.input_value("#respondent-name") == ""
    assert form.page.input_value("#q01-how") == ""
    assert not form.page.is_checked("#q01-level-3")
    assert form.page.input_value("#project-name") == "Kyläkoulu", "the project stays for the next person"
    form.page.fill("#respondent-name", "Bertta B")
    form.level("q02", 1)
    (tmp_path / "b").mkdir()
    second = answers_mod.load_answers(form.save(tmp_path / "b"), qs)
    assert second.respondent.id != first.respondent.id
    assert set(second.answers) == {"q02"}


def test_a_draft_is_kept_after_saving_only_when_asked(form: Form, tmp_path: Path) -> None:
    fill_as(form, "Aino A", "Ainon teksti")
    form.page.check("#keep-draft")
    form.save(tmp_path)
    assert t("form.saved_draft_kept", "fi") in form.message()
    assert len(form.js(DRAFT_KEYS)) == 1
    form.load()
    form.page.click("[data-action=continue-draft]")
    assert form.page.input_value("#q01-how") == "Ainon teksti"
    assert form.page.is_checked("#keep-draft")


PLANTED = """([key, id, saved]) => localStorage.setItem(key, JSON.stringify({
  version: 2, saved: saved, dirty: true, lang: 'fi', respondentId: id,
  project: {name: 'Istutettu', phase: 'toteutus'}, respondent: {name: 'Istuttaja'},
  answers: {q01: {level: 2, how: 'istutettu teksti'}}
}))"""


@pytest.mark.parametrize(
    "planted_id",
    ["not-a-uuid", "11111111-1111-1111-1111-111111111111", "AAAAAAAA-AAAA-4AAA-8AAA-AAAAAAAAAAAA", "", None],
)
def test_a_draft_id_the_form_did_not_make_is_ignored_with_a_message(
    device: Any, thl_form: Path, qs: QuestionSet, tmp_path: Path, planted_id: str | None
) -> None:
    form = Form(device, thl_form)
    key = form.js("JSON.parse(document.getElementById('form-data').textContent).draftKey")
    now = form.js("window.OsallisuusForm.isoLocal(new Date())")
    form.js(PLANTED, [f"osallisuus-form:{key}:{planted_id}", planted_id, now])
    form.load()
    form.page.click("[data-action=continue-draft]")
    assert t("form.draft_id_ignored", "fi") in form.message()
    saved = answers_mod.load_answers(form.save(tmp_path), qs)
    assert saved.respondent.id != planted_id
    assert saved.answers["q01"].how == "istutettu teksti"
    form.close()


def test_a_form_made_id_filed_under_another_id_is_ignored_and_old_drafts_expire(
    device: Any, thl_form: Path, qs: QuestionSet, tmp_path: Path
) -> None:
    form = Form(device, thl_form)
    key = form.js("JSON.parse(document.getElementById('form-data').textContent).draftKey")
    real = "3f2c8a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b"
    now = form.js("window.OsallisuusForm.isoLocal(new Date())")
    old = form.js("window.OsallisuusForm.isoLocal(new Date(Date.now() - 8 * 24 * 3600 * 1000))")
    form.js(PLANTED, [f"osallisuus-form:{key}:ffffffff-ffff-4fff-8fff-ffffffffffff", real, now])
    form.js(PLANTED, [f"osallisuus-form:{key}:{real}", real, old])
    form.load()
    assert len(form.page.query_selector_all("[data-action=continue-draft]")) == 1, "the week-old draft is gone"
    assert form.js(DRAFT_KEYS) == [f"osallisuus-form:{key}:ffffffff-ffff-4fff-8fff-ffffffffffff"]
    form.page.click("[data-action=continue-draft]")
    assert t("form.draft_id_ignored", "fi") in form.message()
    saved = answers_mod.load_answers(form.save(tmp_path), qs)
    assert saved.respondent.id not in (real, "ffffffff-ffff-4fff-8fff-ffffffffffff")
    form.close()


def test_a_draft_of_a_respondent_who_saved_and_went_on_keeps_her_id(
    form: Form, qs: QuestionSet, tmp_path: Path
) -> None:
    fill_as(form, "Aino A", "Ainon teksti")
    first = answers_mod.load_answers(form.save(tmp_path), qs)
    form.level("q02", 4)  # a change after saving: a draft again, under her id
    form.load()
    form.page.click("[data-action=continue-draft]")
    assert t("form.draft_id_ignored", "fi") not in form.message()
    (tmp_path / "b").mkdir()
    second = answers_mod.load_answers(form.save(tmp_path / "b"), qs)
    assert second.respondent.id == first.respondent.id
    assert second.answers["q02"].level == 4


def test_offered_drafts_are_reachable_by_keyboard_and_removable(form: Form) -> None:
    fill_as(form, "Aino A", "Ainon teksti")
    form.load()
    assert form.page.is_visible("#drafts"), form.js(DRAFT_KEYS)
    tab_to(form, "el.getAttribute('data-action') === 'remove-draft'")
    form.page.keyboard.press("Enter")
    assert t("form.draft_removed", "fi", who="Aino A") in form.message()
    assert form.js(DRAFT_KEYS) == []
    assert form.js("document.activeElement.id") == "project-name"


def test_closing_with_unsaved_answers_asks_first(form: Form, tmp_path: Path) -> None:
    assert form.js(WOULD_ASK) is False
    form.project()
    form.level("q01", 1)
    assert form.js(WOULD_ASK) is True
    assert form.page.inner_text("#save-state") == t("form.unsaved", "fi")
    form.save(tmp_path)
    assert form.js(WOULD_ASK) is False
    assert form.page.inner_text("#save-state").startswith(t("form.saved_at", "fi", time="")[:-1])


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


# --- other question sets, hostile text, wrong files -------------------------------------------------------------

CUSTOM_SET = """\
format: osallisuus/question-set/v1
id: nuoret-3
version: "2"
languages: {default: fi, available: [fi, sv], authoritative: fi, unofficial: [sv]}
title: {fi: "Nuorten osallisuus", sv: "Ungas delaktighet"}
source:
  publisher: {fi: "Oma kunta", sv: "Egen kommun"}
  title: {fi: "Oma sarja", sv: "Egen uppsättning"}
  url: "https://example.org/sarja"
  note: {fi: "Oma asteikko.", sv: "Egen skala."}
scale:
  levels:
    - {value: 1, label: {fi: "Ei", sv: "Nej"}}
    - {value: 2, label: {fi: "Osittain", sv: "Delvis"}, description: {fi: "Joskus", sv: "Ibland"}}
    - {value: 3, label: {fi: "Kyllä", sv: "Ja"}}
  special:
    - {value: dont_know, label: {fi: "En tiedä", sv: "Vet inte"}}
domains:
  - id: A
    title: {fi: "Ääni", sv: "Röst"}
    sections:
      - id: A1
        title: {fi: "Kuulluksi tuleminen", sv: "Att bli hörd"}
        questions:
          - {id: k1, number: 1, text: {fi: "Kysytäänkö nuorilta?", sv: "Frågar ni de unga?"}}
          - {id: k2, number: 2, text: {fi: "Vastataanko heille?", sv: "Svarar ni dem?"}}
  - id: B
    kind: structures
    title: {fi: "Rakenteet", sv: "Strukturer"}
    sections:
      - id: B
        questions:
          - {id: k3, number: 3, text: {fi: "Onko nuorisovaltuusto?", sv: "Finns ett ungdomsfullmäktige?"},
             examples: {fi: "Esim. kokoukset", sv: "T.ex. möten"}}
"""


def test_a_set_with_a_three_level_scale_and_other_sections(
    device: Any, runner: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    own = tmp_path / "nuoret-3.yaml"
    own.write_text(CUSTOM_SET, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert runner.invoke(app, ["form", "--framework", str(own), "--lang", "sv"]).exit_code == 0
    page = tmp_path / "blankett-nuoret-3.html"
    form = Form(device, page)
    assert form.js("document.querySelectorAll('input[name=\"level-k1\"]').length") == 4
    assert form.page.inner_text("#progress-text") == t("form.progress", "sv", answered=0, total=3)
    assert "Fråga 3/3" in form.page.inner_text("#q-k3 legend")
    form.page.click("#lang-en")  # the set has no English: its default language, marked as such
    assert form.page.get_attribute("#q-k1 .question-text", "lang") == "fi"
    assert t("form.lang_missing", "en", fallback="suomi") in form.page.inner_text("main")
    form.project("Nuorisotalo", "suunnittelu")
    form.level("k1", 1)
    form.level("k2", 3)
    form.level("k3", "dont_know")
    saved = form.save(tmp_path)
    form.close()
    validate(runner, saved, framework=own)
    doc = answers_mod.load_answers(saved, load_question_set(own))
    assert (doc.framework.id, doc.framework.version) == ("nuoret-3", "2")
    assert {qid: a.level for qid, a in doc.answers.items()} == {"k1": 1, "k2": 3, "k3": "dont_know"}


def hostile_set(tmp_path: Path, payloads: dict[str, str]) -> Path:
    """The THL set's shape, every text a payload: titles, question texts, examples, scale labels."""
    import yaml

    texts = list(payloads.values())

    def text(i: int) -> dict[str, str]:
        return {"fi": texts[i % len(texts)]}

    data = {
        "format": "osallisuus/question-set/v1",
        "id": "vihamielinen",
        "version": "1",
        "languages": {"default": "fi", "available": ["fi"], "authoritative": "fi"},
        "title": text(0),
        "description": text(1),
        "source": {"publisher": text(2), "title": text(3), "url": "https://example.org", "note": text(4)},
        "scale": {
            "levels": [{"value": v, "label": text(5 + v), "description": text(9 + v)} for v in range(3)],
            "special": [{"value": "na", "label": text(12)}, {"value": "dont_know", "label": text(13)}],
        },
        "domains": [
            {
                "id": "1",
                "title": text(14),
                "description": text(15),
                "sections": [
                    {
                        "id": "1",
                        "title": text(16),
                        "description": text(17),
                        "questions": [
                            {"id": f"h{i:02d}", "number": i + 1, "text": text(i), "examples": text(i + 1)}
                            for i in range(len(texts))
                        ],
                    }
                ],
            }
        ],
    }
    path = tmp_path / "vihamielinen.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_hostile_question_set_and_answers_file_stay_text(device: Any, runner: Any, tmp_path: Path) -> None:
    from tests.conftest import hostile_payloads

    everything = hostile_payloads()
    # A question set refuses bidirectional controls outright (questions check); answers keep them as text.
    payloads = {name: text for name, text in everything.items() if "\u202e" not in text and "\u2066" not in text}
    own = hostile_set(tmp_path, payloads)
    page = tmp_path / "vihamielinen.html"
    assert runner.invoke(app, ["form", "--framework", str(own), "-o", str(page)]).exit_code == 0
    qs = load_question_set(own)
    form = Form(device, page)
    texts = list(payloads.values())
    shown = form.js("[...document.querySelectorAll('.question-text')].map(node => node.textContent)")
    assert shown == texts
    assert form.js("document.querySelector('h1').textContent") == texts[0]
    assert form.js("document.scripts.length") == 5  # the data block and the form's four scripts
    assert (
        form.js("document.querySelectorAll('iframe, img, object, embed, form, svg, a[href^=javascript]').length") == 0
    )
    # An answers file whose every text is hostile: shown as text, written back unchanged.
    ids = [q.id for q in qs.questions]
    doc = make_answers(
        qs,
        {qid: i % 3 for i, qid in enumerate(ids)},
        project=texts[0][:300],
        name=texts[1][:300],
        how={qid: list(everything.values())[i] for i, qid in enumerate(ids)},
        next_step={qid: texts[-1 - i] for i, qid in enumerate(ids)},
    )
    opened = write_answers(tmp_path / "vihamielinen-vastaus.yaml", doc, qs)
    form.open_file(opened)
    assert "vihamielinen-vastaus.yaml" in form.message()
    assert form.page.input_value(f"#{ids[0]}-how") == texts[0].replace("\r\n", "\n")
    assert form.page.input_value("#project-name") == texts[0][:300].replace("\r\n", " ").replace("\n", " ")
    saved = form.save(tmp_path / "out")
    assert form.js("window.__pwned") is None
    form.close()
    validate(runner, saved, framework=own)
    assert answers_mod.load_answers(saved, qs) == doc


def test_a_wrong_file_gets_a_clear_message_and_nothing_typed_is_lost(
    form: Form, qs: QuestionSet, tmp_path: Path, make_team: Any
) -> None:
    from osallisuus_cli.model.team import dump_team

    corpus = Path(__file__).parent / "corpus"
    team = tmp_path / "tiimi.yaml"
    team.write_text(dump_team(make_team([make_answers(qs, {"q01": 1})]), qs), encoding="utf-8")
    many = tmp_path / "monta.yaml"
    text = make_answers(qs, {"q01": 1}).to_yaml(qs)
    many.write_text(text + "".join(f"  q{n}:\n    level: 1\n" for n in range(90, 100)), encoding="utf-8")
    huge = tmp_path / "iso.yaml"
    huge.write_bytes(b"format: osallisuus/answers/v1\n" + b"#" * (5 * 1024 * 1024))
    cases = {
        team: t("form.err_team_file", "fi", file=team.name),
        corpus / "unknown-framework.yaml": "thl-osallisuus-24",
        corpus / "wrong-version.yaml": t(
            "form.err_version", "fi", file="wrong-version.yaml", found="2.0", expected="1.0", id="thl-osallisuus-24"
        ),
        huge: t("form.err_too_big", "fi", file="iso.yaml", size=5121, max=5120),
        corpus / "latin1.yaml": t("form.err_not_text", "fi", file="latin1.yaml"),
        corpus / "utf16.yaml": t("form.err_not_text", "fi", file="utf16.yaml"),
        corpus / "not-yaml-unclosed-brace.yaml": "not-yaml-unclosed-brace.yaml",
        corpus / "plain-text.yaml": t(
            "form.err_not_answers", "fi", file="plain-text.yaml", format="osallisuus/answers/v1"
        ),
        corpus / "project-file.yaml": "project-file.yaml",
        corpus / "level-out-of-scale.yaml": "answers.q",
        corpus / "alias-bomb.yaml": "lol0",
        many: t("form.err_more", "fi", count=2),
        corpus / "duplicate-key.yaml": "duplicate-key.yaml",
        corpus / "unknown-field.yaml": t("form.v_unknown", "fi"),
        corpus / "timestamp-without-offset.yaml": t("form.v_time", "fi"),
    }
    form.project("Oma hanke")
    form.level("q01", 2)
    form.page.fill("#q01-how", "Tärkeää tekstiä")
    for path, expected in cases.items():
        form.open_file(path)
        message = form.message()
        assert expected in message, path.name
        assert t("form.kept", "fi") in message
        assert form.js("document.getElementById('alert').textContent") != ""
        assert form.page.is_checked("#q01-level-2")
        assert form.page.input_value("#q01-how") == "Tärkeää tekstiä"
        assert form.page.input_value("#project-name") == "Oma hanke"
        form.page.click("#messages .dismiss")


# --- keyboard, accessibility, print --------------------------------------------------------------------------------


def tab_to(form: Form, condition: str, *, key: str = "Tab", limit: int = 60) -> None:
    """Press Tab until the focused element meets ``condition`` (a JavaScript expression on ``el``)."""
    for _ in range(limit):
        form.page.keyboard.press(key)
        if form.js(f"(el => Boolean({condition}))(document.activeElement)"):
            return
    raise AssertionError(f"never reached {condition}")


def test_the_whole_form_can_be_completed_with_the_keyboard_only(
    form: Form, qs: QuestionSet, runner: Any, tmp_path: Path
) -> None:
    tab_to(form, "el.id === 'project-name'")
    form.page.keyboard.type("Näppäimistöhanke")
    form.page.keyboard.press("Tab")  # into the phase group: the first option has focus, nothing is chosen
    assert form.js("document.activeElement.name") == "phase"
    assert form.js("document.querySelector('input[name=phase]:checked')") is None
    form.page.keyboard.press("ArrowDown")  # arrows choose within a group: the second phase
    options = [level.value for level in qs.scale.levels] + ["na", "dont_know"]
    chosen: dict[str, int | str] = {}
    for i, question in enumerate(qs.questions):
        tab_to(form, f"el.name === 'level-{question.id}'")
        target = i % len(options)
        if target == 0:
            form.page.keyboard.press("Space")
        for _ in range(target):
            form.page.keyboard.press("ArrowDown")
        chosen[question.id] = options[target]
        if i == 0:
            tab_to(form, f"el.id === '{question.id}-how'")
            form.page.keyboard.type("Kirjoitettu näppäimistöllä")
            form.page.keyboard.press("Enter")
            form.page.keyboard.type("toinen rivi")
    tab_to(form, "el.id === 'save-bottom'")
    with form.page.expect_download() as info:
        form.page.keyboard.press("Enter")
    saved = tmp_path / info.value.suggested_filename
    info.value.save_as(str(saved))
    validate(runner, saved)
    doc = answers_mod.load_answers(saved, qs)
    assert {qid: a.level for qid, a in doc.answers.items()} == chosen
    assert doc.answers[qs.questions[0].id].how == "Kirjoitettu näppäimistöllä\ntoinen rivi"
    assert doc.project.phase == "toteutus"
    # Jumping to a question from the list moves the focus there.
    form.page.focus("#jump summary")
    form.page.keyboard.press("Enter")
    tab_to(form, "el.id === 'jump-q07'")
    form.page.keyboard.press("Enter")
    assert form.js("document.activeElement.id") == "q-q07"


@pytest.mark.parametrize("state", ["refused", "draft", "saved"])
@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_no_accessibility_violations_in_any_language(
    device: Any, thl_form: Path, lang: str, width: int, state: str, tmp_path: Path
) -> None:
    """Every page state with its messages showing: a refused save (a chosen answer, text without a choice, the field
    errors and the alert), the offer to continue a draft kept on the device, and the offer of a new respondent."""
    from tests.test_browser import axe_violations

    form = Form(device, thl_form, width=width)
    form.page.click(f"#lang-{lang}")
    if state == "saved":
        form.project()
        form.level("q01", 2)
        form.save(tmp_path)
        assert form.page.is_visible("#new-respondent")
    else:
        form.level("q01", "na")
        form.page.fill("#q02-how", "Teksti ilman valintaa")  # shows the question's message
        if state == "refused":
            form.page.click("#save-top")
        else:  # opened again with that draft on the device
            form.load()
            form.page.click(f"#lang-{lang}")
            assert form.page.is_visible("#drafts")
    assert axe_violations(form.page) == []
    assert form.js("document.documentElement.scrollWidth <= window.innerWidth")
    form.page.screenshot(path=str(tmp_path / f"form-{state}-{lang}-{width}.png"))
    form.close()


def test_it_prints_as_an_a4_paper_form_and_as_a_filled_sheet(form: Form, tmp_path: Path) -> None:
    import re

    form.page.emulate_media(media="print")
    assert form.js("getComputedStyle(document.querySelector('.paper-note')).display") == "block"
    assert form.js("getComputedStyle(document.querySelector('textarea')).display") == "none"
    empty = tmp_path / "empty.pdf"
    form.page.pdf(path=str(empty), prefer_css_page_size=True)
    data = empty.read_bytes()
    assert re.search(rb"/MediaBox \[0 0 59[45](\.\d+)? 84[12](\.\d+)?\]", data)
    pages = data.count(b"/Type /Page") - data.count(b"/Type /Pages")
    assert 4 <= pages <= 18  # two options columns keep a question to a third of a page or so
    form.page.emulate_media(media="screen")
    form.project()
    form.level("q01", 3)
    form.page.fill("#q01-how", "Tulostuu vastauksena")
    form.page.emulate_media(media="print")
    assert form.js("getComputedStyle(document.querySelector('.paper-note')).display") == "none"
    assert form.js("getComputedStyle(document.querySelector('.printed-note')).display") == "block"
    assert form.page.inner_text("#q01-how-print") == "Tulostuu vastauksena"
    assert form.js("getComputedStyle(document.querySelector('#q01-how-print')).display") == "block"


# --- the page's rules match the Python side ------------------------------------------------------------------------


def test_file_names_and_yaml_match_the_python_side(form: Form) -> None:
    from osallisuus_cli.files import fsutil, yamlio
    from tests.conftest import hostile_payloads

    names = [
        "Aino Virtanen",
        "Äino Öberg",
        "Søren Ærø",
        "Straße",
        "CON",
        "  ",
        "李雷",
        "a" * 80,
        "Jyväskylä / Keski-Suomi",
    ]
    assert form.js("names => names.map(n => OsallisuusForm.slugify(n))", names) == [fsutil.slugify(n) for n in names]
    texts = [
        *hostile_payloads().values(),
        "yes",
        "No",
        "on",
        "null",
        "~",
        "1.0",
        "0o7",
        "0x1F",
        "1_000",
        "2026-11-02",
        "12:30",
        "-",
        "- lista",
        "#x",
        "a: b",
        "a #b",
        " alku",
        "loppu ",
        "rivi\n  sisennetty",
        "\nalku",
        "loppu\n",
        "kaksi\n\n",
        "\t",
        "'",
        '"',
        "\\",
        "\u2028",
        "\ufeff",
        "\x7f",
        "\x85",
        "emoji 🙂",
        "Nuorten ääni",
        "=",
        "<<",
        "",
        "   \n  ",
    ]
    emitted = form.js(
        "texts => OsallisuusForm.emit({ texts: Object.fromEntries(texts.map((t, i) => ['t' + i, t])) })", texts
    )
    parsed = yamlio.parse(emitted, file="emitted.yaml", what="form")
    assert parsed == {"texts": {f"t{i}": text for i, text in enumerate(texts)}}


def test_does_not_apply_and_dont_know_each_keep_their_own_reason(
    form: Form, qs: QuestionSet, runner: Any, tmp_path: Path
) -> None:
    assert REASON_FIELD == "reason"
    form.project()
    assert form.page.is_hidden("#q01-reason_na")
    form.level("q01", "na")
    assert form.page.is_visible("#q01-reason_na")
    assert form.page.is_hidden("#q01-reason_dont_know")
    form.page.fill("#q01-reason_na", "Emme järjestä ryhmiä")
    form.level("q01", "dont_know")  # a reason of its own: the other one waits
    form.page.fill("#q01-reason_dont_know", "En tunne tätä osaa")
    form.level("q02", "na")
    form.page.fill("#q02-reason_na", "Ei koske")
    form.level("q02", 3)  # a level on the scale has no reason
    assert form.page.is_hidden("#q02-reason_na")
    saved = form.save(tmp_path)
    validate(runner, saved)
    doc = answers_mod.load_answers(saved, qs)
    assert doc.answers["q01"].reason == "En tunne tätä osaa"
    assert doc.answers["q02"].reason is None
    form.level("q01", "na")
    assert form.page.input_value("#q01-reason_na") == "Emme järjestä ryhmiä"
    saved = form.save(tmp_path / "toinen")
    assert answers_mod.load_answers(saved, qs).answers["q01"].reason == "Emme järjestä ryhmiä"
    # A reason written by assess opens in its place.
    written = make_answers(qs, {"q05": "dont_know"})
    written.answers["q05"].reason = "Kysyn tiimiltä"
    form.open_file(write_answers(tmp_path / "assess.yaml", written, qs))
    opened = t("form.opened", "fi", file="assess.yaml", answered=1, total=24)
    form.page.wait_for_function("text => document.querySelector('#messages').innerText.includes(text)", arg=opened)
    assert form.page.input_value("#q05-reason_dont_know") == "Kysyn tiimiltä"
