"""The same answers file met twice with different contents: the team file's hand correction wins over the original,
other differing copies are refused unless --on-duplicate says otherwise, and validate shows every edit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from osallisuus_cli.cli.app import app
from osallisuus_cli.errors import DataError
from osallisuus_cli.i18n import t
from osallisuus_cli.model import answers
from osallisuus_cli.teamwork.merge import collect_team, duplicate_findings, save_team
from tests.conftest import make_answers


@pytest.fixture
def folder(tmp_path: Path, qs) -> Path:
    return two_respondents(tmp_path, qs)


def two_respondents(tmp_path: Path, qs) -> Path:
    """An answers folder of Aino (q01 3, q02 2) and Eero (q01 1)."""
    answers_dir = tmp_path / "answers"
    answers_dir.mkdir()
    answers.save_answers(answers_dir / "aino.yaml", make_answers(qs, {"q01": 3, "q02": 2}, respondent_id="aino"), qs)
    answers.save_answers(answers_dir / "eero.yaml", make_answers(qs, {"q01": 1}, respondent_id="eero"), qs)
    return answers_dir


def corrected_team(folder: Path, qs, path: Path, new_level: str = "4") -> Path:
    """A team file made from ``folder``, with Aino's q02 corrected by hand (2 → ``new_level``)."""
    save_team(path, collect_team([folder], qs).team, qs)
    text = path.read_text(encoding="utf-8")
    head, aino, rest = text.partition("id: aino\n")
    path.write_text(head + aino + rest.replace("level: 2", f"level: {new_level}", 1), encoding="utf-8")
    return path


def aino_q02(team) -> object:
    return next(r for r in team.responses if r.respondent.id == "aino").answers["q02"].level


def test_a_hand_correction_survives_merging_again_with_its_answers(folder: Path, qs, tmp_path: Path) -> None:
    team = corrected_team(folder, qs, tmp_path / "team.yaml")
    for inputs in ([team, folder], [folder, team]):
        result = collect_team(inputs, qs)
        assert aino_q02(result.team) == 4, "the team file's copy is the later edit"
        assert len(result.team.responses) == 2
        assert [w.key for w in result.warnings] == ["safety.warn_team_copy_edited"]
        assert result.warnings[0].params["original"].endswith("aino.yaml")


def test_validate_shows_a_team_file_that_differs_from_its_answers(runner, folder: Path, qs, tmp_path: Path) -> None:
    team = corrected_team(folder, qs, tmp_path / "team.yaml")
    result = runner.invoke(app, ["validate", "--lang", "en", "--json", str(team), str(folder)])
    assert result.exit_code == 1
    codes = [(Path(f["file"]).name, p["code"]) for f in json.loads(result.stdout)["files"] for p in f["problems"]]
    assert codes == [("team.yaml", "safety.warn_team_copy_edited")]
    assert runner.invoke(app, ["validate", str(team)]).exit_code == 0, "on its own the team file is valid"


def test_two_team_files_with_different_versions_are_refused(runner, folder: Path, qs, tmp_path: Path) -> None:
    first = corrected_team(folder, qs, tmp_path / "yksi.yaml", new_level="4")
    second = corrected_team(folder, qs, tmp_path / "kaksi.yaml", new_level="0")
    with pytest.raises(DataError) as info:
        collect_team([first, second], qs)
    assert [p.key for p in info.value.problems] == ["safety.err_copies_differ"]
    result = runner.invoke(app, ["merge", "--lang", "en", str(first), str(second)])
    assert result.exit_code == 1
    said = t("safety.err_copies_differ", "en", count=2, others="{others}", sha="{sha}").partition(" (")[0]
    assert said in result.stderr
    both = collect_team([first, second], qs, on_duplicate="keep-both")
    assert sorted(
        level for r in both.team.responses if r.respondent.id == "aino" for level in [r.answers["q02"].level]
    ) == [0, 4]
    latest = collect_team([first, second], qs, on_duplicate="latest")
    assert len(latest.team.responses) == 2
    assert "team.warn_copies_differ" in [w.key for w in latest.warnings]


def test_identical_copies_are_still_one_response_without_a_word(folder: Path, qs, tmp_path: Path) -> None:
    team = tmp_path / "team.yaml"
    save_team(team, collect_team([folder], qs).team, qs)
    result = collect_team([team, folder, team], qs)
    assert len(result.team.responses) == 2
    assert result.warnings == []
    assert result.summary.copies == 2


def test_validate_names_every_edit_and_the_differing_versions_together(folder: Path, qs, tmp_path: Path) -> None:
    """Two team files, each with its own hand correction of Aino's answers, given with the answers folder: both
    edits and the two versions that cannot both be kept are said at once."""
    first = corrected_team(folder, qs, tmp_path / "yksi.yaml", new_level="4")
    second = corrected_team(folder, qs, tmp_path / "kaksi.yaml", new_level="0")
    entries = collect_team([folder], qs).entries + collect_team([first], qs).entries
    entries += collect_team([second], qs).entries
    keys = [p.key for p in duplicate_findings(entries, qs)[0]]
    assert keys.count("safety.warn_team_copy_edited") == 2
    assert "safety.err_copies_differ" in keys
