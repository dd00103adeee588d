"""The same respondent or project written two ways (NFC and NFD, a UUID in capitals) is one, not two."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from osallisuus_cli.errors import DataError
from osallisuus_cli.model import answers
from osallisuus_cli.teamwork.merge import collect_team
from tests.conftest import make_answers

UUID = "5b0f3c52-6f0e-4d0a-9a55-0c1f3d6b2a01"


def two_files(tmp_path: Path, qs, first: dict, second: dict) -> Path:
    folder = tmp_path / "answers"
    folder.mkdir()
    answers.save_answers(folder / "a.yaml", make_answers(qs, {"q01": 3}, **first), qs)
    answers.save_answers(folder / "b.yaml", make_answers(qs, {"q01": 1}, **second), qs)
    return folder


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ({"respondent_id": UUID}, {"respondent_id": UUID.upper()}),
        ({"respondent_id": "Åsa"}, {"respondent_id": unicodedata.normalize("NFD", "Åsa")}),
        (
            {"respondent_id": "r1", "project": "Nuorten ääni"},
            {"respondent_id": "r1", "project": unicodedata.normalize("NFD", "Nuorten ääni")},
        ),
    ],
    ids=["uuid-case", "id-nfd", "project-nfd"],
)
def test_written_two_ways_is_still_a_duplicate(tmp_path: Path, qs, first: dict, second: dict) -> None:
    folder = two_files(tmp_path, qs, first, second)
    with pytest.raises(DataError) as info:
        collect_team([folder], qs)
    assert [p.key for p in info.value.problems] == ["team.err_duplicate"]
    kept = collect_team([folder], qs, on_duplicate="latest").team
    assert len(kept.responses) == 1
    assert kept.responses[0].respondent.id in (first["respondent_id"], second["respondent_id"]), "kept as written"
