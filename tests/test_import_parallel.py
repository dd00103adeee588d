"""An import of many rows reads them on every core and plans exactly what reading them one by one plans."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from osallisuus_cli.importing.rows import Defaults, SurveyRows
from osallisuus_cli.importing.run import plan_import
from osallisuus_cli.teamwork import parallel
from tests.forms import forms_rows, kit_headers

ROWS = 40


def export(tmp_path: Path, qs) -> Path:
    """A Forms export with what each row can give: good rows, a blank one, an unknown label, a merged area, the same
    response twice, and names (personal data that is left out)."""
    header, body = forms_rows(qs, rows=ROWS)
    level = header.index(kit_headers(qs, "fi")["q03.level"])
    body[4][level] = "Joskus"
    body[8] = [None] * len(header)
    body[20] = list(body[19])
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(header)
    for row in body:
        sheet.append(row)
    sheet.merge_cells(start_row=13, start_column=level + 1, end_row=14, end_column=level + 1)
    workbook.save(tmp_path / "forms.xlsx")
    return tmp_path / "forms.xlsx"


def planned(source: Path, qs, pooling: parallel.Pooling):
    plan = plan_import(source, qs, mapping=None, defaults=Defaults(), language="fi", keep_names=False, pooling=pooling)
    return (
        [(item.name, item.text, item.row, item.respondent) for item in plan.planned],
        [problem.render() for problem in plan.problems],
        plan.bad_rows,
        plan.blank_rows,
        plan.personal_data_left_out,
    )


def test_rows_read_by_a_pool_of_workers_give_the_plan_of_a_serial_read(
    qs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = export(tmp_path, qs)
    here = []  # rows read in this process (a worker's reads are counted in its own copy)
    real_read_row = SurveyRows.read_row

    def read_row(self, index):
        here.append(index)
        return real_read_row(self, index)

    monkeypatch.setattr(SurveyRows, "read_row", read_row)
    in_pool = planned(source, qs, parallel.Pooling(rows_from=10, processes=2))
    assert len(here) == 1, "all but the first row were read by the workers"
    here.clear()
    serial = planned(source, qs, parallel.Pooling(rows_from=ROWS + 1, processes=2))
    assert len(here) == ROWS - 3, "every row but the blank and the merged ones, here"
    assert in_pool == serial
    files, problems, bad_rows, blank_rows, personal = serial
    assert len(files) == ROWS - 5, "the blank row, the unknown label, two merged rows and the same response twice"
    assert sorted(bad_rows) == [6, 13, 14, 22]
    assert blank_rows == 1
    assert personal
    assert problems
