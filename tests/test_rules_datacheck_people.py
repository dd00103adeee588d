"""One person, one respondent, as the data check says it (docs/team-format.md, "Data check"): a person who answered in
two phases is counted in each phase and once in all, and an anonymized team's pseudonym is never taken for the id of
an answers file given beside it."""

from __future__ import annotations

from pathlib import Path

from osallisuus_cli.cli.app import app
from osallisuus_cli.model import answers
from osallisuus_cli.teamwork.datacheck import check_inputs
from osallisuus_cli.teamwork.filecheck import check_paths
from tests.conftest import make_answers


def every(qs, level: int = 2) -> dict[str, int]:
    return {q.id: level for q in qs.questions}


def test_a_person_who_answered_in_two_phases_is_counted_in_each_and_once_in_all(qs, make_team) -> None:
    aino = "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa"
    docs = [
        make_answers(qs, every(qs), phase="suunnittelu", respondent_id=aino),
        make_answers(qs, every(qs, 3), phase="toteutus", respondent_id=aino),
        make_answers(qs, every(qs), phase="toteutus", respondent_id="eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee"),
    ]
    (note,) = [f for f in check_inputs([], qs, kept=make_team(docs).responses) if f.code == "respondents"]
    assert dict(note.params["counts"]) == {"suunnittelu": 1, "toteutus": 2}
    assert note.params["total"] == 2
    assert note.params["project"] == "Nuorten ääni"


def test_a_pseudonym_is_never_taken_for_an_answers_files_id(tmp_path: Path, qs, runner) -> None:
    made_from = tmp_path / "answers"
    made_from.mkdir()
    for number in range(2):
        doc = make_answers(qs, every(qs), respondent_id=f"person-{number}", name=f"N{number}")
        answers.save_answers(made_from / f"v{number}.yaml", doc, qs)
    team = tmp_path / "anonyymi.yaml"
    assert runner.invoke(app, ["merge", str(made_from), "--anonymize", "-o", str(team)]).exit_code == 0
    pseudonym = "R1"
    assert f"id: {pseudonym}\n" in team.read_text(encoding="utf-8")
    # Another project's answers file whose own id happens to read like a pseudonym: no source of the team.
    other = tmp_path / "muut"
    other.mkdir()
    stranger = make_answers(qs, every(qs, 4), project="Kylätalo", respondent_id=pseudonym, name="Outo")
    answers.save_answers(other / "outo.yaml", stranger, qs)
    entries = [entry for report in check_paths([team, other], qs) for entry in report.entries]
    codes = [finding.code for finding in check_inputs(entries, qs)]
    assert "team_with_sources" not in codes
    assert "team_sources_changed" not in codes
    # …while the files it was made from are named as its sources.
    entries = [entry for report in check_paths([team, made_from], qs) for entry in report.entries]
    assert "team_with_sources" in [finding.code for finding in check_inputs(entries, qs)]


def test_an_earlier_phases_file_of_someone_who_answered_in_the_projects_phase_is_her_history(
    tmp_path: Path, qs
) -> None:
    folder = tmp_path / "answers"
    folder.mkdir()
    aino = "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa"
    eero = "eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee"
    answers.save_answers(folder / "aino.yaml", make_answers(qs, every(qs), phase="toteutus", respondent_id=aino), qs)
    answers.save_answers(
        folder / "aino-arviointi.yaml", make_answers(qs, every(qs, 3), phase="arviointi", respondent_id=aino), qs
    )
    answers.save_answers(folder / "eero.yaml", make_answers(qs, every(qs), phase="toteutus", respondent_id=eero), qs)
    entries = [entry for report in check_paths([folder], qs) for entry in report.entries]
    differs = [f for f in check_inputs(entries, qs, project_phase="arviointi") if f.code == "phase_differs"]
    assert [Path(f.where).name for f in differs] == ["eero.yaml"]  # Aino's earlier file is kept as it was, by design
