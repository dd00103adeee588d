"""A respondent's files across phases, rule by rule: the phase suffix of a file name, which file holds her answers of
a phase (never someone else's, never another phase's), an unreadable file under the phase's own name said aloud, and
a new phase's file starting empty with her id."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from osallisuus_cli.errors import DataError
from osallisuus_cli.model.history import base_stem, file_for_phase, for_phase
from tests.conftest import make_answers, write_answers

LATER = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("name", "stem"),
    [
        ("aino-virtanen-arviointi-2.yaml", "aino-virtanen"),
        ("aino-virtanen-arviointi.yaml", "aino-virtanen"),
        ("aino-toteutus-12.yaml", "aino"),
        ("aino-virtanen.yaml", "aino-virtanen"),
        ("-arviointi-2.yaml", "-arviointi-2"),
        ("arviointi.yaml", "arviointi"),
        ("aino-kevät-2.yaml", "aino-kevät-2"),
    ],
)
def test_a_file_names_phase_suffix_is_taken_off_and_nothing_else(name, stem):
    assert base_stem(Path(name)) == stem


def test_her_file_of_a_phase_is_found_though_no_file_has_her_base_name(qs, tmp_path):
    doc = make_answers(qs, {"q01": 2}, phase="toteutus")
    later = make_answers(qs, {"q01": 3}, phase="arviointi")
    write_answers(tmp_path / "aino-arviointi.yaml", later, qs)
    assert file_for_phase(tmp_path / "aino-toteutus.yaml", doc, "arviointi", qs) == (
        tmp_path / "aino-arviointi.yaml",
        True,
    )


def test_someone_elses_file_or_another_phases_is_walked_past_to_the_first_free_name(qs, tmp_path):
    doc = make_answers(qs, {"q01": 2}, phase="toteutus")
    write_answers(tmp_path / "aino.yaml", doc, qs)
    other = make_answers(qs, {"q01": 1}, phase="arviointi", respondent_id="22222222-2222-4222-8222-222222222222")
    write_answers(tmp_path / "aino-arviointi.yaml", other, qs)
    assert file_for_phase(tmp_path / "aino.yaml", doc, "arviointi", qs) == (tmp_path / "aino-arviointi-2.yaml", False)


def test_an_unreadable_file_under_the_phases_own_name_is_said_but_an_unreadable_base_file_is_walked_past(qs, tmp_path):
    doc = make_answers(qs, {"q01": 2}, phase="toteutus")
    (tmp_path / "aino-arviointi.yaml").write_text("format: [\n", encoding="utf-8")
    with pytest.raises(DataError):
        file_for_phase(tmp_path / "aino.yaml", doc, "arviointi", qs)
    (tmp_path / "aino-arviointi.yaml").unlink()
    (tmp_path / "aino.yaml").write_text("format: [\n", encoding="utf-8")
    assert file_for_phase(tmp_path / "aino.yaml", doc, "arviointi", qs) == (tmp_path / "aino-arviointi.yaml", False)


def test_a_new_phases_file_starts_empty_with_her_id_and_project(qs):
    earlier = make_answers(qs, {"q01": 2}, phase="toteutus", name="Aino")
    new = for_phase(earlier, "arviointi", LATER)
    assert (new.project.phase, new.project.name, new.respondent, new.answers) == (
        "arviointi",
        earlier.project.name,
        earlier.respondent,
        {},
    )
    assert (new.created, new.updated) == (LATER, LATER)
    assert earlier.project.phase == "toteutus", "the earlier file is not touched"
