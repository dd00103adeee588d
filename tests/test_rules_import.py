"""Import rules stated one by one: which time is which, in which zone, which dates are month-first, which cells are
levels, and which columns are personal data (hidden sheets: test_import)."""

from __future__ import annotations

import csv
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from osallisuus_cli.cli.app import app
from osallisuus_cli.i18n import t
from osallisuus_cli.model.answers import load_answers
from tests.forms import forms_rows, kit_headers, write_xlsx

HELSINKI = ZoneInfo("Europe/Helsinki")


def run(runner, *args: str):
    return runner.invoke(app, ["import", *args])


def imported(folder: Path, qs) -> list:
    return sorted((load_answers(path, qs) for path in folder.glob("*.yaml")), key=lambda doc: doc.created)


@pytest.fixture
def in_new_york(monkeypatch):
    """The importing machine's clock is in another zone than the survey's (a laptop set to New York)."""
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_created_is_the_start_and_updated_the_completion_in_the_surveys_zone(runner, qs, tmp_path, in_new_york):
    header, rows = forms_rows(qs, rows=2)
    source = write_xlsx(tmp_path / "forms.xlsx", header, rows)
    result = run(runner, str(source), "-o", str(tmp_path / "answers"))
    assert result.exit_code == 0, result.output
    docs = imported(tmp_path / "answers", qs)
    for doc, row in zip(docs, rows, strict=True):
        started, completed = row[1], row[2]
        assert completed > started
        assert doc.created == started.replace(tzinfo=HELSINKI)
        assert doc.updated == completed.replace(tzinfo=HELSINKI)
        assert doc.created.utcoffset() == timedelta(hours=2), "November in Helsinki, whatever the machine's zone"


def _csv(path: Path, header: list[str], rows: list[list]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for row in rows:
            writer.writerow(["" if cell is None else cell for cell in row])
    return path


def test_us_times_are_read_month_first(runner, qs, tmp_path):
    header, rows = forms_rows(qs, rows=1)
    rows[0][1], rows[0][2] = "11/2/2026 10:05:00", "11/2/2026 10:17:00"
    source = _csv(tmp_path / "forms.csv", header, rows)
    result = run(runner, str(source), "-o", str(tmp_path / "answers"))
    assert result.exit_code == 0, result.output
    (doc,) = imported(tmp_path / "answers", qs)
    assert doc.created == datetime(2026, 11, 2, 10, 5, tzinfo=HELSINKI)
    assert doc.updated == datetime(2026, 11, 2, 10, 17, tzinfo=HELSINKI)


@pytest.mark.parametrize("value", [2.5, 4.0001, -1, 7])
def test_a_number_that_is_no_level_of_the_scale_is_refused_at_its_cell(runner, qs, tmp_path, value):
    header, rows = forms_rows(qs, rows=1)
    column = header.index(kit_headers(qs, "fi")[f"{qs.questions[0].id}.level"])
    rows[0][column] = value
    source = write_xlsx(tmp_path / "forms.xlsx", header, rows)
    result = run(runner, str(source), "-o", str(tmp_path / "answers"))
    assert result.exit_code == 1, result.output
    assert not (tmp_path / "answers").exists() or not list((tmp_path / "answers").glob("*.yaml"))
    assert str(value) in result.stderr


def test_a_whole_number_typed_as_a_decimal_is_that_level(runner, qs, tmp_path):
    header, rows = forms_rows(qs, rows=1)
    column = header.index(kit_headers(qs, "fi")[f"{qs.questions[0].id}.level"])
    rows[0][column] = 3.0
    source = write_xlsx(tmp_path / "forms.xlsx", header, rows)
    assert run(runner, str(source), "-o", str(tmp_path / "answers")).exit_code == 0
    (doc,) = imported(tmp_path / "answers", qs)
    assert doc.answers[qs.questions[0].id].level == 3


def test_an_email_column_alone_is_personal_data_left_out(runner, qs, tmp_path):
    header, rows = forms_rows(qs, rows=2)
    name_column = header.index("Name")
    header = header[:name_column] + header[name_column + 1 :]
    rows = [row[:name_column] + row[name_column + 1 :] for row in rows]
    asked_name = header.index(kit_headers(qs, "fi")["respondent.name"])
    for row in rows:
        row[asked_name] = None  # nobody wrote a name in the survey either: only Forms' e-mail column remains
    source = write_xlsx(tmp_path / "forms.xlsx", header, rows)
    result = run(runner, str(source), "-o", str(tmp_path / "answers"))
    assert result.exit_code == 0, result.output
    assert t("importing.names_left_out") in result.stderr
    for path in (tmp_path / "answers").glob("*.yaml"):
        assert "@example.fi" not in path.read_text(encoding="utf-8")
