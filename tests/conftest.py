"""Shared fixtures: the built-in question set, answer files made through the real code paths, a CLI runner."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings
from typer.testing import CliRunner

from osallisuus_cli.i18n import set_language
from osallisuus_cli.model import answers as answers_mod
from osallisuus_cli.model.team import TeamFile
from osallisuus_cli.questionsets.framework import QuestionSet
from osallisuus_cli.questionsets.reading import load_question_set

REPO = Path(__file__).resolve().parent.parent

# Hypothesis' deadline is a wall-clock limit per example: on a loaded machine it fails correct code ("flaky").
# Tests say what must hold, never how fast; speed is measured in benchmarks/.
settings.register_profile("osallisuus", deadline=None)
settings.load_profile("osallisuus")
# THL's text of the domains and the 24 questions, from the slide deck the question set was made from
SEED = REPO / "tests" / "seed" / "thl-apukysymykset.txt"
HELSINKI = timezone(timedelta(hours=2))


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test starts in Finnish, without colour, project file or user settings leaking in."""
    leaking = [var for var in os.environ if var.startswith("OSALLISUUS_")]
    for var in (*leaking, "ACCESSIBLE", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    set_language("fi")


@pytest.fixture
def qs() -> QuestionSet:
    return load_question_set()


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def make_answers(
    qs: QuestionSet,
    levels: dict[str, int | str],
    *,
    project: str = "Nuorten ääni",
    phase: str = "toteutus",
    name: str | None = "Aino",
    respondent_id: str = "11111111-1111-4111-8111-111111111111",
    when: datetime | None = None,
    how: dict[str, str] | None = None,
    next_step: dict[str, str] | None = None,
    reason: dict[str, str] | None = None,
    language: str = "fi",
) -> answers_mod.AnswersFile:
    """An answers file built with the same functions `assess` uses."""
    when = when or datetime(2026, 11, 2, 10, 0, tzinfo=HELSINKI)
    doc = answers_mod.new_answers(
        qs,
        project=answers_mod.Project(name=project, phase=phase),
        language=language,
        name=name,
        moment=when,
        respondent_id=respondent_id,
    )
    for qid, level in levels.items():
        doc.answers[qid] = answers_mod.Answer(
            level=level,
            how=(how or {}).get(qid),
            next_step=(next_step or {}).get(qid),
            reason=(reason or {}).get(qid),
            updated=when,
        )
    return doc


def write_answers(path: Path, doc: answers_mod.AnswersFile, qs: QuestionSet) -> Path:
    answers_mod.save_answers(path, doc, qs)
    return path


@pytest.fixture
def make_team(qs: QuestionSet):
    """A function turning answers files into a TeamFile, as `merge` keeps them (one response per file)."""
    import hashlib

    from osallisuus_cli.model.answers import FrameworkRef
    from osallisuus_cli.model.team import Provenance, TeamFile, response_order
    from osallisuus_cli.model.teamread import response_from_answers

    def build(docs: list[answers_mod.AnswersFile], *, anonymized: bool = False) -> TeamFile:
        responses = []
        for index, doc in enumerate(docs):
            sha = hashlib.sha256(doc.to_yaml(qs).encode()).hexdigest()
            responses.append(response_from_answers(doc, Provenance(f"vastaaja-{index + 1}.yaml", sha)))
        responses.sort(key=response_order)
        framework = FrameworkRef(id=qs.id, version=qs.version)
        return TeamFile(framework=framework, responses=responses, anonymized=anonymized)

    return build


HOSTILE = Path(__file__).resolve().parent / "hostile"


def hostile_payloads() -> dict[str, str]:
    """The hostile free-text corpus: file name → text (see tests/hostile/README.md)."""
    return {path.name: path.read_text(encoding="utf-8").removesuffix("\n") for path in sorted(HOSTILE.glob("*.txt"))}


@pytest.fixture
def hostile_team(qs: QuestionSet, make_team):
    """A team whose free text, project names and roles are all hostile payloads, one respondent per payload."""
    docs = []
    for index, (name, text) in enumerate(hostile_payloads().items()):
        qids = [q.id for q in qs.questions]
        doc = make_answers(
            qs,
            {qid: (index + n) % 5 for n, qid in enumerate(qids)},
            project=text[:300] if index % 3 == 0 else "Turvallinen hanke",
            respondent_id=f"{index:08d}-0000-4000-8000-000000000000",
            how=dict.fromkeys([qids[index % 24], qids[(index + 7) % 24], qids[(index + 13) % 24]], text),
            next_step={qids[index % len(qids)]: text},
            name=name,
        )
        docs.append(doc)
    return make_team(docs)


def set_texts(qs: QuestionSet) -> Iterator[tuple[tuple[Any, ...], dict[str, str]]]:
    """Every translatable text of a question set with its location, for the completeness checks of the tests."""
    yield ("title",), qs.title
    if qs.description:
        yield ("description",), qs.description
    for key in ("publisher", "title", "note", "translation_note"):
        value = getattr(qs.source, key)
        if value:
            yield ("source", key), value
    for i, level in enumerate(qs.scale.levels):
        yield ("scale", "levels", i, "label"), level.label
        if level.description:
            yield ("scale", "levels", i, "description"), level.description
    for i, special in enumerate(qs.scale.special):
        yield ("scale", "special", i, "label"), special.label
    for d, domain in enumerate(qs.domains):
        for key in ("title", "short_title", "description"):
            value = getattr(domain, key)
            if value:
                yield ("domains", d, key), value
        for s, section in enumerate(domain.sections):
            for key in ("title", "description"):
                value = getattr(section, key)
                if value:
                    yield ("domains", d, "sections", s, key), value
            for q, question in enumerate(section.questions):
                yield ("domains", d, "sections", s, "questions", q, "text"), question.text
                if question.examples:
                    yield ("domains", d, "sections", s, "questions", q, "examples"), question.examples


def read_team(path: Path, qs: QuestionSet) -> TeamFile:
    """A team file read as the commands read it (``merge``, ``report``: through ``collect_team``)."""
    from osallisuus_cli.teamwork.merge import collect_team

    return collect_team([path], qs).team


def error_line(message: str, lang: str = "fi", *, warning: bool = False) -> str:
    """One line on stderr as the tool prints an error (or a warning): the catalogue's prefix, a colon, the message."""
    from osallisuus_cli.i18n import t

    return f"{t('common.warning_prefix' if warning else 'common.error_prefix', lang)}: {message}\n"


# Chromium for the browser tests: Debian's package (scripts/test.sh installs it), never a browser Playwright downloads.
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _need_chromium() -> None:
    """Fails in CI where Chromium is missing, skips elsewhere."""
    if not Path(CHROMIUM).exists():
        message = "Chromium is not installed (./scripts/test.sh installs it with apt-get)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """One headless Chromium for each module of browser tests."""
    _need_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def device(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A person's own browser: one headless Chromium with a profile on disk, for tests of what a page keeps there.

    A context of ``browser.new_context()`` keeps storage in memory, and for pages opened from files Chromium then
    loses a page's localStorage now and then (about one load in ten on a loaded machine: the next load of the same
    file, or any other page, never sees it). A profile on disk, as on a worker's laptop, keeps it every time.
    """
    _need_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        profile = playwright.chromium.launch_persistent_context(
            tmp_path_factory.mktemp("profile"), executable_path=CHROMIUM, args=ARGS, accept_downloads=True
        )
        yield profile
        profile.close()
