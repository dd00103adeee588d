"""Merging a team's answers: provenance, order, duplicates, frameworks, projects and phases, anonymizing."""

from __future__ import annotations

import hashlib
import stat
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from osallisuus_cli.errors import DataError, UsageError
from osallisuus_cli.model import answers
from osallisuus_cli.questionsets.framework import QuestionSet
from osallisuus_cli.teamwork.copies import anonymous
from osallisuus_cli.teamwork.inputs import expand_paths
from osallisuus_cli.teamwork.merge import collect_team, dump_team, save_team
from tests.conftest import HELSINKI, make_answers, read_team

AINO = "11111111-1111-4111-8111-111111111111"
EERO = "22222222-2222-4222-8222-222222222222"
HELMI = "33333333-3333-4333-8333-333333333333"
START = datetime(2026, 11, 2, 10, 0, tzinfo=HELSINKI)


def write(folder: Path, file_name: str, qs: QuestionSet, levels: dict, **kwargs) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / file_name
    answers.save_answers(path, make_answers(qs, levels, **kwargs), qs)
    return path


@pytest.fixture
def team_folder(tmp_path: Path, qs: QuestionSet) -> Path:
    folder = tmp_path / "answers"
    write(folder, "aino.yaml", qs, {"q01": 3, "q02": "na"}, respondent_id=AINO, name="Aino", how={"q01": "Kahvila."})
    write(folder, "eero.yaml", qs, {"q01": 1, "q03": "dont_know"}, respondent_id=EERO, name="Eero", when=START)
    return folder


def test_a_merge_keeps_every_response_with_its_source(team_folder: Path, qs: QuestionSet) -> None:
    result = collect_team([team_folder], qs)
    team = result.team
    assert (team.framework.id, team.framework.version) == (qs.id, qs.version)
    assert [r.respondent.id for r in team.responses] == [AINO, EERO]
    aino = team.responses[0]
    assert aino.respondent.name == "Aino"
    assert aino.project.name == "Nuorten ääni"
    assert aino.project.phase == "toteutus"
    assert aino.answers["q01"].level == 3
    assert aino.answers["q01"].how == "Kahvila."
    assert aino.answers["q02"].level == "na"
    assert aino.source.file == "aino.yaml"
    assert aino.source.sha256 == hashlib.sha256((team_folder / "aino.yaml").read_bytes()).hexdigest()
    assert result.summary.answers_files == 2
    assert result.warnings == []


def test_the_team_file_round_trips_and_stores_no_scores(team_folder, qs, tmp_path) -> None:
    team = collect_team([team_folder], qs).team
    path = tmp_path / "team.yaml"
    save_team(path, team, qs)
    assert read_team(path, qs) == team
    text = path.read_text(encoding="utf-8")
    assert text.startswith("format: osallisuus/team/v1\n")
    assert "score" not in text
    assert "mean" not in text
    assert stat.S_IMODE(path.stat().st_mode) == 0o600, "names are personal data"


def test_a_team_file_is_readable_yaml(team_folder, qs) -> None:
    text = dump_team(collect_team([team_folder], qs).team, qs)
    assert "  - respondent:\n      id: 11111111-1111-4111-8111-111111111111\n      name: Aino\n" in text
    assert "    source:\n      file: aino.yaml\n      sha256: " in text
    assert "      q01:\n        level: 3\n        how: Kahvila.\n" in text
    assert "Nuorten ääni" in text, "letters are not escaped"


def test_inputs_in_any_order_give_the_same_bytes(team_folder, qs) -> None:
    files = expand_paths([team_folder])
    forward = dump_team(collect_team(files, qs).team, qs)
    backward = dump_team(collect_team(list(reversed(files)), qs).team, qs)
    assert forward == backward


def test_merging_a_team_file_again_keeps_the_original_provenance(team_folder, qs, tmp_path) -> None:
    first = collect_team([team_folder], qs).team
    save_team(tmp_path / "team.yaml", first, qs)
    helmi = write(tmp_path / "late", "helmi.yaml", qs, {"q24": 4}, respondent_id=HELMI, name="Helmi")
    again = collect_team([tmp_path / "team.yaml", helmi], qs)
    assert [r.source.file for r in again.team.responses] == ["aino.yaml", "eero.yaml", "helmi.yaml"]
    assert again.summary.team_files == 1
    assert again.summary.answers_files == 1
    direct = collect_team([team_folder, helmi], qs).team
    assert dump_team(again.team, qs) == dump_team(direct, qs)


def test_the_same_file_twice_is_one_response(team_folder, qs, tmp_path) -> None:
    copy = tmp_path / "sähköposti" / "aino (1).yaml"
    copy.parent.mkdir()
    copy.write_bytes((team_folder / "aino.yaml").read_bytes())
    result = collect_team([team_folder, copy, team_folder / "aino.yaml"], qs)
    assert len(result.team.responses) == 2
    assert result.summary.copies == 1
    assert result.team.responses[0].source.file == "aino (1).yaml", "the copy kept is chosen by content, not order"
    assert result.warnings == []


def test_a_duplicate_respondent_is_an_error_naming_both_files(team_folder, qs, tmp_path) -> None:
    again = write(tmp_path / "uusi", "aino-uusi.yaml", qs, {"q01": 4}, respondent_id=AINO, when=START + timedelta(1))
    with pytest.raises(DataError) as info:
        collect_team([team_folder, again], qs)
    (line,) = info.value.lines("en")
    assert str(team_folder / "aino.yaml") in line
    assert str(again) in line
    assert "respondent.id: respondent 11111111-1111-4111-8111-111111111111 answered 2 times" in line


def test_on_duplicate_latest_keeps_the_newer_update(team_folder, qs, tmp_path) -> None:
    newer = write(tmp_path / "uusi", "aino-uusi.yaml", qs, {"q01": 4}, respondent_id=AINO, when=START + timedelta(1))
    result = collect_team([newer, team_folder], qs, on_duplicate="latest")
    (aino,) = [r for r in result.team.responses if r.respondent.id == AINO]
    assert aino.answers["q01"].level == 4
    assert aino.source.file == "aino-uusi.yaml"
    assert result.summary.dropped == 1
    assert result.summary.duplicate_groups == 1
    (warning,) = result.warnings
    assert warning.key == "team.warn_duplicate_latest"
    assert "aino-uusi.yaml" in warning.render("en")
    assert "aino.yaml" in warning.render("en")


def test_on_duplicate_keep_both_keeps_both_with_a_warning(team_folder, qs, tmp_path) -> None:
    again = write(tmp_path / "uusi", "aino-uusi.yaml", qs, {"q01": 4}, respondent_id=AINO, when=START + timedelta(1))
    result = collect_team([team_folder, again], qs, on_duplicate="keep-both")
    assert [r.respondent.id for r in result.team.responses] == [AINO, AINO, EERO]
    assert [w.key for w in result.warnings] == ["team.warn_duplicate_kept"]
    # The team file keeps the decision: merged again (default policy) it is kept as it is, with a warning.
    path = tmp_path / "team.yaml"
    save_team(path, result.team, qs)
    again_result = collect_team([path], qs)
    assert dump_team(again_result.team, qs) == dump_team(result.team, qs)
    assert [w.key for w in again_result.warnings] == ["team.warn_duplicate_in_team"]


def test_the_same_respondent_in_other_phases_and_projects_is_no_duplicate(team_folder, qs, tmp_path) -> None:
    later = tmp_path / "myöhemmin"
    write(later, "aino-arviointi.yaml", qs, {"q01": 4}, respondent_id=AINO, phase="arviointi")
    write(later, "aino-kylatalo.yaml", qs, {"q01": 2}, respondent_id=AINO, project="Kylätalo")
    team = collect_team([team_folder, later], qs).team
    keys = [(r.project.name, r.project.phase, r.respondent.id) for r in team.responses]
    assert keys == [
        ("Kylätalo", "toteutus", AINO),
        ("Nuorten ääni", "toteutus", AINO),
        ("Nuorten ääni", "toteutus", EERO),
        ("Nuorten ääni", "arviointi", AINO),
    ], "projects apart, phases in their order"


def test_another_framework_or_version_is_refused_naming_the_files(team_folder, qs, tmp_path) -> None:
    other = tmp_path / "muut"
    for name, old, new in (("v2.yaml", 'version: "1.0"', 'version: "2.0"'), ("x.yaml", "thl-osallisuus-24", "muu")):
        other.mkdir(exist_ok=True)
        text = (team_folder / "aino.yaml").read_text(encoding="utf-8").replace(old, new)
        (other / name).write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as info:
        collect_team([team_folder, other], qs)
    lines = info.value.lines("en")
    assert len(lines) == 2
    assert lines[0].startswith(f"{other / 'v2.yaml'}:4: framework.version: the answers are for version 2.0")
    assert lines[1].startswith(f"{other / 'x.yaml'}:3: framework.id: the answers are for question set 'muu'")


def test_anonymizing_drops_names_roles_and_file_names_and_keeps_free_text(team_folder, qs) -> None:
    team = collect_team([team_folder], qs, anonymize=True).team
    assert team.anonymized
    # Both started at the same moment, so the smaller source hash decides who is R1
    ids = {r.source.sha256: r.respondent.id for r in team.responses}
    assert sorted(ids.values()) == ["R1", "R2"]
    for response in team.responses:
        assert response.respondent.name is None
        assert response.respondent.role is None
        assert response.source.file is None
    aino = next(r for r in team.responses if r.answers["q01"].level == 3)
    assert aino.answers["q01"].how == "Kahvila."
    text = dump_team(team, qs)
    assert "Aino" not in text
    assert "aino.yaml" not in text
    assert AINO not in text


def test_anonymizing_keeps_the_reason_for_na_and_dont_know(qs, tmp_path) -> None:
    """A reason is free text like any other: anonymizing keeps it word for word (it only drops the answer's time)."""
    levels = {"q01": "na", "q02": "dont_know", "q03": 2}
    reasons = {"q01": "Ei koske meitä.", "q02": "En ollut mukana."}
    write(tmp_path / "a", "aino.yaml", qs, levels, respondent_id=AINO, reason=reasons)
    team = collect_team([tmp_path / "a"], qs, anonymize=True).team
    answers_kept = team.responses[0].answers
    assert {qid: answers_kept[qid].reason for qid in reasons} == reasons
    assert all(answer.updated is None for answer in answers_kept.values())


def test_pseudonyms_say_nothing_about_when_people_started(qs, tmp_path) -> None:
    """Numbered in the order of what anonymizing keeps, not by who started first (which a colleague knows) nor by
    the files' hashes (which whoever holds the files can compute)."""
    folder = tmp_path / "a"
    for index, rid in enumerate([HELMI, AINO, EERO]):
        write(folder, f"{index}.yaml", qs, {"q01": 3 - index}, respondent_id=rid, when=START + timedelta(days=index))
    team = collect_team([folder], qs, anonymize=True).team
    by_content = sorted(team.responses, key=lambda r: anonymous(r, "").source.sha256)
    assert [r.respondent.id for r in by_content] == ["R1", "R2", "R3"]
    for response in team.responses:
        assert response.created.utcoffset() == timedelta(0)
        assert (response.created.hour, response.created.minute, response.created.second) == (0, 0, 0)
        assert all(answer.updated is None for answer in response.answers.values())
    text = dump_team(team, qs)
    assert "T10:00:00" not in text
    assert "+02:00" not in text


def test_one_person_in_two_phases_keeps_one_pseudonym(team_folder, qs, tmp_path) -> None:
    write(tmp_path / "b", "aino-2.yaml", qs, {"q01": 4}, respondent_id=AINO, phase="arviointi")
    team = collect_team([team_folder, tmp_path / "b"], qs, anonymize=True).team
    aino = {r.respondent.id for r in team.responses if r.answers["q01"].level in (3, 4)}
    assert len(aino) == 1


def test_anonymizing_is_idempotent_and_spreads_to_the_result(team_folder, qs, tmp_path) -> None:
    anonymous = collect_team([team_folder], qs, anonymize=True).team
    save_team(tmp_path / "anon.yaml", anonymous, qs)
    again = collect_team([tmp_path / "anon.yaml"], qs, anonymize=True).team
    assert dump_team(again, qs) == dump_team(anonymous, qs)
    # merged with the named files without --anonymize: still anonymous, and each response once
    mixed = collect_team([tmp_path / "anon.yaml", team_folder], qs)
    assert mixed.team.anonymized
    assert mixed.warnings == [], "the README's own path (a report of an anonymised team) warns of nothing"
    assert dump_team(mixed.team, qs) == dump_team(anonymous, qs)
    refused = collect_team([tmp_path / "anon.yaml", team_folder], qs, refused_anonymizing=True)
    assert [w.key for w in refused.warnings] == ["team.warn_result_anonymized.one"], "--no-anonymize cannot be obeyed"


def test_expand_paths_finds_yaml_below_folders_in_order(tmp_path: Path) -> None:
    for name in ("b.yaml", "a.yml", "sub/c.yaml", ".hidden.yaml", ".git/x.yaml", "notes.txt", "Z.YAML"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    found = expand_paths([tmp_path, tmp_path / "b.yaml", Path("missing.yaml")])
    assert [p.relative_to(tmp_path).as_posix() if p.is_absolute() else str(p) for p in found] == [
        "Z.YAML",
        "a.yml",
        "b.yaml",
        "sub/c.yaml",
        "missing.yaml",
    ]


def test_a_folder_without_yaml_and_no_inputs_are_refused(tmp_path: Path, qs) -> None:
    with pytest.raises(DataError) as info:
        expand_paths([tmp_path])
    assert info.value.key == "team.err_no_answers_yet", "an empty folder: nobody has answered yet"
    (tmp_path / ".hidden.yaml").write_text("x")
    with pytest.raises(DataError) as info:
        expand_paths([tmp_path])
    assert info.value.key == "team.err_no_answers_yet", "hidden files are not answers"
    (tmp_path / "notes.txt").write_text("x")
    with pytest.raises(DataError) as info:
        expand_paths([tmp_path])
    assert info.value.key == "team.err_no_yaml_in_folder", "other files only: probably the wrong folder"
    with pytest.raises(UsageError):
        collect_team([], qs)
    with pytest.raises(UsageError):
        collect_team([tmp_path], qs, on_duplicate="newest")


def test_a_project_file_is_not_answers(tmp_path: Path, qs) -> None:
    (tmp_path / "osallisuus.yaml").write_text("format: osallisuus/project/v1\nname: Nuorten ääni\n")
    with pytest.raises(DataError) as info:
        collect_team([tmp_path / "osallisuus.yaml"], qs)
    assert info.value.key == "team.err_is_project_file"
