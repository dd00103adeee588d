"""The language travels one way: two reports in two languages in one process (one after another or at once, in
threads, whatever the process speaks) are each entirely in their own language."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from conftest import make_answers, write_answers
from markupsafe import escape

from osallisuus_cli.i18n import get_language, set_language, t, using_language
from osallisuus_cli.model.projectpath import Settings
from osallisuus_cli.pipeline.reporting import MadeReport, ReportRequest, make_report
from osallisuus_cli.questionsets.framework import QuestionSet
from osallisuus_cli.teamwork.datacheck_lines import report_lines


@pytest.fixture
def folder(tmp_path: Path, qs: QuestionSet) -> Path:
    """Two phases, a group of one and unanswered questions: the data check has something to say in the report."""
    answers = tmp_path / "answers"
    answers.mkdir()
    for n, phase in enumerate(["toteutus", "toteutus", "arviointi"]):
        levels: dict[str, int | str] = {q.id: (n + q.number) % 5 for q in qs.questions if q.number > n}
        doc = make_answers(qs, levels, phase=phase, respondent_id=f"{n:08d}-1111-4111-8111-111111111111")
        write_answers(answers / f"r{n}.yaml", doc, qs)
    return answers


def report(folder: Path, lang: str, fmt: str) -> MadeReport:
    return make_report(ReportRequest(paths=[folder], settings=Settings(), lang=lang, fmt=fmt))


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_a_report_speaks_its_own_language_whatever_the_process_speaks(folder: Path, fmt: str) -> None:
    alone = {}
    for lang in ("fi", "en"):
        set_language(lang)
        alone[lang] = report(folder, lang, fmt).text
    set_language("sv")
    for lang in ("fi", "en"):
        assert report(folder, lang, fmt).text == alone[lang]
    assert get_language() == "sv", "making a report leaves the process's language as it was"


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_two_reports_made_at_once_in_two_languages_are_each_in_their_own(folder: Path, fmt: str) -> None:
    with using_language("fi"):
        expected = {lang: report(folder, lang, fmt) for lang in ("fi", "en")}
    made: dict[str, str] = {}
    start = threading.Barrier(2)

    def make(lang: str) -> None:
        start.wait(timeout=5)
        for _ in range(3):
            made[lang] = report(folder, lang, fmt).text

    threads = [threading.Thread(target=make, args=(lang,)) for lang in ("fi", "en")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert made == {lang: expected[lang].text for lang in ("fi", "en")}
    for lang, other in (("fi", "en"), ("en", "fi")):
        lines = [str(escape(line)) if fmt == "html" else line for line in report_lines(expected[lang].findings, lang)]
        assert lines, "the data check has something to say"
        assert all(line in made[lang] for line in lines)
        assert not any(line in made[lang] for line in report_lines(expected[lang].findings, other))
        assert t("report.phase.toteutus", lang) in made[lang]
        assert t("report.phase.toteutus", other) not in made[lang]
