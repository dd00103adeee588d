"""The data check's rules at their boundaries: when a phase is a small group, when a file is incomplete, what an
empty file does not count for, and which project a finding about a whole file belongs to."""

from __future__ import annotations

from pathlib import Path

import pytest

from osallisuus_cli.cli.app import app
from osallisuus_cli.i18n import t
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


def test_inputs_with_only_empty_files_say_there_are_no_answers(tmp_path: Path, qs) -> None:
    for number in range(2):
        answers.save_answers(tmp_path / f"e{number}.yaml", make_answers(qs, {}, respondent_id=f"e{number}"), qs)
    found = findings_for([tmp_path], qs)
    (none,) = [f for f in found if f.code == "respondents"]
    assert (none.key, none.level, none.where, none.params) == ("datacheck.no_respondents", "warning", None, {})
    assert none.message("en") == t("datacheck.no_respondents", "en")


def test_no_inputs_at_all_is_no_finding(qs) -> None:
    assert check_inputs([], qs) == []


def test_a_finding_as_data_names_its_code_level_file_and_message_in_the_language_asked(tmp_path: Path, qs) -> None:
    answers.save_answers(tmp_path / "e.yaml", make_answers(qs, {}, respondent_id="e"), qs)
    answers.save_answers(tmp_path / "a.yaml", make_answers(qs, every(qs), respondent_id="a"), qs)
    (empty,) = [f for f in findings_for([tmp_path], qs) if f.code == "empty"]
    for lang in ("fi", "sv", "en"):
        assert empty.as_dict(lang) == {
            "code": "empty",
            "level": "warning",
            "file": str(tmp_path / "e.yaml"),
            "message": empty.message(lang),
        }
    assert empty.message("sv") != empty.message("en")


def test_a_finding_that_names_a_project_belongs_to_it_by_its_code(tmp_path: Path, qs) -> None:
    """The small-group warning names the project by its name; a portfolio row is the project's code."""
    for number in range(6):
        phase = "arviointi" if number == 0 else "toteutus"
        doc = make_answers(qs, every(qs), respondent_id=f"r{number}", name=f"N{number}", phase=phase)
        doc.project = doc.project.model_copy(update={"code": "S30123"})
        answers.save_answers(tmp_path / f"v{number}.yaml", doc, qs)
    found = findings_for([tmp_path], qs)
    assert {(f.code, f.project) for f in found} == {("respondents", "S30123"), ("small_group", "S30123")}


def test_merges_duplicate_warnings_keep_their_file_and_are_warnings(tmp_path: Path, qs) -> None:
    from datetime import timedelta

    from osallisuus_cli.teamwork.merge import collect_team

    first = make_answers(qs, every(qs), respondent_id="aino")
    later = make_answers(qs, every(qs, 4), respondent_id="aino", when=first.created + timedelta(hours=2))
    answers.save_answers(tmp_path / "a.yaml", first, qs)
    answers.save_answers(tmp_path / "b.yaml", later, qs)
    result = collect_team([tmp_path], qs, on_duplicate="latest")
    found = check_inputs(result.entries, qs, kept=result.team.responses, merge_warnings=result.warnings)
    duplicates = [f for f in found if f.code == "duplicate"]
    assert duplicates
    assert [(f.where, f.level) for f in duplicates] == [(w.file, "warning") for w in result.warnings]
    assert all(f.where for f in duplicates)


def _with_workshop(tmp_path: Path, qs, answered: int) -> Path:
    from tests.test_workshop_report import run_workshop

    folder = tmp_path / "answers"
    folder.mkdir()
    for number in range(answered):
        doc = make_answers(qs, every(qs), respondent_id=f"r{number}", name=f"N{number}")
        answers.save_answers(folder / f"v{number}.yaml", doc, qs)
    run_workshop(folder / "tyopaja.yaml", qs)
    return folder


def _all_findings(folder: Path, qs):
    reports = check_paths([folder], qs)
    entries = [entry for report in reports for entry in report.entries]
    return check_inputs(entries, qs, workshops=[w for report in reports for w in report.workshops])


@pytest.mark.parametrize("answered", [0, 2])
def test_a_workshop_is_a_note_about_its_file_and_project_and_so_is_sitting_beside_answers(tmp_path, qs, answered):
    folder = _with_workshop(tmp_path, qs, answered)
    found = {f.code: f for f in _all_findings(folder, qs) if f.code.startswith("workshop")}
    workshop = found["workshop"]
    assert (workshop.level, workshop.where, workshop.project) == ("note", str(folder / "tyopaja.yaml"), "Nuorten ääni")
    assert "toteutusvaiheessa" in workshop.message("fi"), "the phase as running text says it"
    if not answered:
        assert "workshop_with_answers" not in found
        return
    beside = found["workshop_with_answers"]
    assert (beside.level, beside.where, beside.project) == ("note", str(folder / "tyopaja.yaml"), "Nuorten ääni")
    assert beside.params["count"] == answered
    assert "toteutusvaiheessa" in beside.message("fi")


def test_probable_copies_are_one_finding_naming_the_first_and_three_others_then_a_count(tmp_path: Path, qs) -> None:
    doc = make_answers(qs, every(qs), respondent_id="a", name=None, how={"q01": "Kahvila torstaisin"})
    for number in range(5):
        copy = doc.model_copy(update={"respondent": doc.respondent.model_copy(update={"id": f"id-{number}"})})
        answers.save_answers(tmp_path / f"c{number}.yaml", copy, qs)
    (copy,) = [f for f in findings_for([tmp_path], qs) if f.code == "probable_copy"]
    assert copy.where == str(tmp_path / "c0.yaml")
    others = ", ".join(str(tmp_path / f"c{number}.yaml") for number in (1, 2, 3))
    assert copy.params == {"count": 4, "times": 5, "others": others + " (+1)", "projects": "Nuorten ääni"}


def test_three_probable_copies_are_listed_without_a_count(tmp_path: Path, qs) -> None:
    doc = make_answers(qs, every(qs), respondent_id="a", name=None, how={"q01": "Kahvila torstaisin"})
    for number in range(4):
        copy = doc.model_copy(update={"respondent": doc.respondent.model_copy(update={"id": f"id-{number}"})})
        answers.save_answers(tmp_path / f"c{number}.yaml", copy, qs)
    (copy,) = [f for f in findings_for([tmp_path], qs) if f.code == "probable_copy"]
    assert copy.params["others"] == ", ".join(str(tmp_path / f"c{number}.yaml") for number in (1, 2, 3))
