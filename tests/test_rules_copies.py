"""Copies of one answers file that differ, as docs/team-format.md's `--on-duplicate` table says: `latest` keeps the
version saved last (also when only its time differs), `keep-both` keeps every version and drops nothing, and the
merge counts as copies only what it left out; a name corrected by hand in a team file is an edit like any other;
and an anonymized copy keeps only the month, taken in UTC."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from osallisuus_cli.teamwork.copies import anonymous
from osallisuus_cli.teamwork.merge import collect_team, save_team
from tests.conftest import HELSINKI, make_answers
from tests.test_copies import two_respondents

FIRST_SAVE = '"2026-11-02T10:00:00+02:00"'


@pytest.fixture
def folder(tmp_path: Path, qs) -> Path:
    return two_respondents(tmp_path, qs)


def version(folder: Path, qs, path: Path, *, q02: int = 2, saved: str = FIRST_SAVE) -> Path:
    """A team file made from ``folder`` in which Aino's response was changed by hand: her q02 and her file's time."""
    save_team(path, collect_team([folder], qs).team, qs)
    head, aino, rest = path.read_text(encoding="utf-8").partition("id: aino\n")
    rest = rest.replace("level: 2", f"level: {q02}", 1).replace(f"updated: {FIRST_SAVE}", f"updated: {saved}", 1)
    path.write_text(head + aino + rest, encoding="utf-8")
    return path


def aino(result) -> list:
    return [r for r in result.team.responses if r.respondent.id == "aino"]


@pytest.mark.parametrize(("newer_level", "older_level"), [(4, 0), (0, 4)])
def test_latest_keeps_the_version_saved_last(folder: Path, qs, tmp_path: Path, newer_level, older_level) -> None:
    newer = version(folder, qs, tmp_path / "uusi.yaml", q02=newer_level, saved='"2026-11-05T09:00:00+02:00"')
    older = version(folder, qs, tmp_path / "vanha.yaml", q02=older_level, saved='"2026-11-03T09:00:00+02:00"')
    for inputs in ([newer, older], [older, newer]):
        result = collect_team(inputs, qs, on_duplicate="latest")
        (kept,) = aino(result)
        assert kept.answers["q02"].level == newer_level
        assert len(result.team.responses) == 2


def test_latest_keeps_the_version_saved_last_when_only_its_time_differs(folder: Path, qs, tmp_path: Path) -> None:
    newer = version(folder, qs, tmp_path / "uusi.yaml", saved='"2026-11-05T09:00:00+02:00"')
    older = version(folder, qs, tmp_path / "vanha.yaml", saved='"2026-11-03T09:00:00+02:00"')
    (kept,) = aino(collect_team([older, newer], qs, on_duplicate="latest"))
    assert kept.updated.day == 5
    assert [w.key for w in collect_team([older, newer], qs, on_duplicate="latest").warnings] == [
        "team.warn_copies_differ"
    ]


def test_keep_both_drops_no_version_and_counts_only_identical_copies(folder: Path, qs, tmp_path: Path) -> None:
    first = version(folder, qs, tmp_path / "yksi.yaml", q02=4)
    second = version(folder, qs, tmp_path / "kaksi.yaml", q02=0)
    both = collect_team([first, second], qs, on_duplicate="keep-both")
    assert sorted(r.answers["q02"].level for r in aino(both)) == [0, 4]
    assert both.summary.copies == 1  # Eero's response, the same in both files, is kept once
    copy = tmp_path / "yksi-kopio.yaml"
    copy.write_bytes(first.read_bytes())
    again = collect_team([first, second, copy], qs, on_duplicate="keep-both")
    assert sorted(r.answers["q02"].level for r in aino(again)) == [0, 4]
    assert again.summary.copies == 3  # Eero twice more, and Aino's first version once more


def test_an_anonymized_response_keeps_the_month_of_its_moment_in_utc(qs, make_team) -> None:
    # Half past midnight on 1 December in Helsinki is still 30 November in UTC: the month kept is November, at
    # midnight UTC of its first day, so that the "+00:00" it is written with is true.
    doc = make_answers(qs, {"q01": 2}, when=datetime(2026, 12, 1, 0, 30, tzinfo=HELSINKI))
    (response,) = make_team([doc]).responses
    bare = anonymous(response, "R1")
    assert bare.created == datetime(2026, 11, 1, tzinfo=UTC)
    assert bare.created.utcoffset() == timedelta(0)
    assert bare.respondent.id == "R1"


def test_a_name_corrected_by_hand_in_a_team_file_is_an_edit_kept_with_a_warning(
    folder: Path, qs, tmp_path: Path
) -> None:
    team = tmp_path / "team.yaml"
    save_team(team, collect_team([folder], qs).team, qs)
    head, aino_id, rest = team.read_text(encoding="utf-8").partition("id: aino\n")
    assert rest.lstrip().startswith("name: Aino\n")
    team.write_text(head + aino_id + rest.replace("name: Aino\n", "name: Aino Korhonen\n", 1), encoding="utf-8")
    for inputs in ([team, folder], [folder, team]):
        result = collect_team(inputs, qs)
        (kept,) = aino(result)
        assert kept.respondent.name == "Aino Korhonen"
        assert [w.key for w in result.warnings] == ["safety.warn_team_copy_edited"]
