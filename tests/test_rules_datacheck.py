"""The data check's rules at their boundaries: when a phase is a small group, when a file is incomplete, what an
empty file does not count for, and which project a finding about a whole file belongs to."""

from __future__ import annotations

from pathlib import Path

import pytest

from osallisuus_cli.cli.app import app
from osallisuus_cli.model import answers
from osallisuus_cli.teamwork.datacheck import SMALL_GROUP_SHARE, check_inputs
from osallisuus_cli.teamwork.filecheck import check_paths
from tests.conftest import make_answers


def every(qs, level: int = 2) -> dict[str, int]:
    return {q.id: level for q in qs.questions}


def findings_for(paths: list[Path], qs, **options):
    entries = [entry for report in check_paths(paths, qs) for entry in report.entries]
    return check_inputs(entries, qs, **options)


def team_of(folder: Path, qs, phases: dict[str, int]) -> None:
    number = 0
    for phase, count in phases.items():
        for _ in range(count):
            doc = make_answers(qs, every(qs), respondent_id=f"r{number}", name=f"N{number}", phase=phase)
            answers.save_answers(folder / f"v{number}.yaml", doc, qs)
            number += 1


@pytest.mark.parametrize(
    ("phases", "small"),
    [
        ({"toteutus": 4, "arviointi": 2}, False),  # exactly half of the largest phase is no small group
        ({"toteutus": 5, "arviointi": 2}, True),  # under half is
        ({"toteutus": 3, "arviointi": 1}, True),
        ({"toteutus": 2, "arviointi": 1}, False),
    ],
)
def test_a_phase_is_a_small_group_only_under_half_of_the_largest(tmp_path: Path, qs, phases, small) -> None:
    assert SMALL_GROUP_SHARE == 0.5
    team_of(tmp_path, qs, phases)
    found = [f for f in findings_for([tmp_path], qs) if f.code == "small_group"]
    assert bool(found) is small
    if small:
        assert found[0].params["count"] == min(phases.values())
        assert found[0].params["other_n"] == max(phases.values())


def test_one_missing_answer_makes_a_file_incomplete(tmp_path: Path, qs) -> None:
    levels = every(qs)
    del levels[qs.questions[-1].id]
    answers.save_answers(tmp_path / "a.yaml", make_answers(qs, levels, respondent_id="a"), qs)
    answers.save_answers(tmp_path / "b.yaml", make_answers(qs, every(qs), respondent_id="b"), qs)
    incomplete = [f for f in findings_for([tmp_path], qs) if f.code == "incomplete"]
    assert [(f.where, f.params) for f in incomplete] == [
        (str(tmp_path / "a.yaml"), {"answered": len(qs.questions) - 1, "total": len(qs.questions)})
    ]


def test_an_empty_file_of_another_phase_is_named_as_empty_only(tmp_path: Path, qs) -> None:
    """An empty file is left out of every figure, so its phase changes nothing and is not a second warning."""
    answers.save_answers(tmp_path / "a.yaml", make_answers(qs, every(qs), respondent_id="a"), qs)
    empty = make_answers(qs, {}, respondent_id="e", phase="arviointi")
    answers.save_answers(tmp_path / "e.yaml", empty, qs)
    found = findings_for([tmp_path], qs, project_phase="toteutus")
    about_empty = [f.code for f in found if f.where == str(tmp_path / "e.yaml")]
    assert about_empty == ["empty"]


def test_a_finding_about_a_file_of_two_projects_belongs_to_neither(tmp_path: Path, qs, runner) -> None:
    """A team file holding two projects' responses, given with its sources: the warning names the file, and a
    portfolio must not show it in one project's row."""
    folder = tmp_path / "answers"
    folder.mkdir()
    for number, project in enumerate(["Nuorten ääni", "Kylätalo"]):
        doc = make_answers(qs, every(qs), project=project, respondent_id=f"r{number}", name=f"N{number}")
        answers.save_answers(folder / f"v{number}.yaml", doc, qs)
    team = tmp_path / "t.yaml"
    assert runner.invoke(app, ["merge", str(folder), "-o", str(team)]).exit_code == 0
    found = [f for f in findings_for([folder, team], qs) if f.code == "team_with_sources"]
    assert [(f.where, f.project) for f in found] == [(str(team), None)]


def test_a_finding_about_a_file_of_one_project_belongs_to_it(tmp_path: Path, qs, runner) -> None:
    folder = tmp_path / "answers"
    folder.mkdir()
    for number in range(2):
        doc = make_answers(qs, every(qs), project="Kylätalo", respondent_id=f"r{number}", name=f"N{number}")
        answers.save_answers(folder / f"v{number}.yaml", doc, qs)
    team = tmp_path / "t.yaml"
    assert runner.invoke(app, ["merge", str(folder), "-o", str(team)]).exit_code == 0
    found = [f for f in findings_for([folder, team], qs) if f.code == "team_with_sources"]
    assert [(f.where, f.project) for f in found] == [(str(team), "Kylätalo")]
