"""Every file the tool writes reads back exactly, whatever the text: all of Unicode (hypothesis).

Answers, team and project files are written by one writer (``yamlemit``). Text from people is arbitrary: C1
controls (U+0085 NEL above all, which YAML may read as a line break), characters beyond the BMP, CR, tabs, leading
and trailing spaces, lines of spaces, BOMs and non-characters — all must come back as they went in.
"""

from __future__ import annotations

import tempfile
from datetime import datetime
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from osallisuus_cli.model import answers, project
from osallisuus_cli.model.inputfile import read_input
from osallisuus_cli.questionsets.reading import load_question_set
from osallisuus_cli.teamwork.merge import collect_team, save_team
from tests.conftest import HELSINKI

QS = load_question_set()
WHEN = datetime(2026, 11, 2, 10, 0, tzinfo=HELSINKI)
# Every code point a Python string read from UTF-8 can hold (no lone surrogates), with the awkward ones made likely.
AWKWARD = st.sampled_from(
    ["\x85", "\r", "\r\n", "\t", " ", "\n", "\u2028", "\ufeff", "\ufffe", "\x00", "\x1b", "🎉", "#", ": "]
)
CHAR = st.one_of(st.characters(codec="utf-8"), AWKWARD)
TEXT = st.lists(CHAR, max_size=40).map("".join)
SHORT = st.lists(CHAR, min_size=1, max_size=30).map("".join)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def make(name: str | None, how: str, next_step: str, project_name: str) -> answers.AnswersFile:
    doc = answers.new_answers(
        QS,
        project=answers.Project(name=project_name, phase="toteutus"),
        language="fi",
        name=name,
        moment=WHEN,
        respondent_id="r1",
    )
    doc.answers["q01"] = answers.Answer(level=3, how=how or None, next_step=next_step or None, updated=WHEN)
    return doc


@SETTINGS
@given(name=st.none() | SHORT, how=TEXT, next_step=TEXT, project_name=SHORT)
@example(name="a\x85b🎉", how="NEL\x85 and 🎉", next_step="\rx\t ", project_name=" p ")
@example(name=None, how="line\n  \n\tindent\n", next_step="trailing  \nspaces ", project_name="\x85")
def test_answers_and_team_files_read_back_exactly(name, how, next_step, project_name) -> None:
    doc = make(name, how, next_step, project_name)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp, "a.yaml")
        answers.save_answers(path, doc, QS)
        back = read_input(path, QS)
        assert back.problems == []
        assert back.answers == doc
        result = collect_team([path], QS)
        team_path = Path(tmp, "team.yaml")
        save_team(team_path, result.team, QS)
        again = read_input(team_path, QS)
        assert again.problems == []
        assert again.team is not None
        assert again.team.responses == result.team.responses
        response = again.team.responses[0]
        assert (response.respondent.name, response.project.name) == (name, project_name)
        assert (response.answers["q01"].how, response.answers["q01"].next_step) == (how or None, next_step or None)


@SETTINGS
@given(name=SHORT, code=st.none() | SHORT, organisation=st.none() | SHORT)
@example(name="Nuorten\x85ääni 🎉", code="\t1 ", organisation="\r")
def test_project_files_read_back_exactly(name, code, organisation) -> None:
    model = project.ProjectFile(name=name, code=code, organisation=organisation, answers_dir="vastaukset")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp, "osallisuus.yaml")
        project.write_project_file(path, model)
        values = project.load_project_file(path)
        assert values == model.model_dump(exclude_none=True)


def test_one_writer_one_quoting_style() -> None:
    """Answers and team files quote the same value the same way (the old writers used ' and " differently)."""
    doc = make("Aino", "", "", "Nuorten ääni")
    text = doc.to_yaml(QS)
    assert 'version: "1.0"' in text
    assert "'" not in text
