"""Broken survey exports: every problem named at once, each as `FILE:row:column: what — what to do`; exit 1, no
traceback, nothing written.

The cases are built in tmp_path (XLSX files cannot be kept readable in the repository): missing and doubled
columns, unknown labels, merged cells, hidden sheets, formulas, error values, dates, wrong encodings, a 50 MB file, a
zip bomb. Each is run through the core (which problem, where) and through the command (exit code, output, files).
"""

from __future__ import annotations

import io
import random
import zipfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from osallisuus_cli.cli.app import app
from osallisuus_cli.errors import DataError
from osallisuus_cli.importing.mapping import load_mapping
from osallisuus_cli.importing.rows import Defaults
from osallisuus_cli.importing.run import plan_import
from osallisuus_cli.questionsets.reading import load_question_set
from tests import xlsxparts
from tests.forms import forms_rows, kit_headers, write_xlsx

QS = load_question_set()
HEADERS = kit_headers(QS, "fi")


def forms(tmp: Path, change: Callable[[list, list], None] | None = None, rows: int = 2) -> Path:
    header, body = forms_rows(QS, rows=rows)
    if change:
        change(header, body)
    return write_xlsx(tmp / "forms.xlsx", header, body)


def cell(header: list, target: str) -> int:
    return header.index(HEADERS[target])


def set_cell(target: str, value, row: int = 0) -> Callable[[list, list], None]:
    def change(header: list, body: list) -> None:
        body[row][cell(header, target)] = value

    return change


def drop_column(target: str) -> Callable[[list, list], None]:
    def change(header: list, body: list) -> None:
        index = cell(header, target)
        del header[index]
        for row in body:
            del row[index]

    return change


def double_column(header: list, body: list) -> None:
    header.append(HEADERS["q05.level"])
    for row in body:
        row.append(row[cell(header, "q05.level")])


def empty_row(header: list, body: list) -> None:
    body[1] = body[1][:6] + [None] * (len(header) - 6)  # Forms' own columns only: submitted without answers


def workbook_case(tmp: Path, build: Callable[[Workbook, list, list], None]) -> Path:
    header, body = forms_rows(QS, rows=2)
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(header)
    for row in body:
        sheet.append(row)
    build(workbook, header, body)
    workbook.save(tmp / "forms.xlsx")
    return tmp / "forms.xlsx"


def formula(workbook: Workbook, header: list, body: list) -> None:
    workbook.active.cell(row=2, column=cell(header, "q02.level") + 1, value="=1+2")


def error_value(workbook: Workbook, header: list, body: list) -> None:
    target = workbook.active.cell(row=3, column=cell(header, "q03.level") + 1, value="#N/A")
    target.data_type = "e"


def merged(workbook: Workbook, header: list, body: list) -> None:
    column = cell(header, "q04.level") + 1
    workbook.active.merge_cells(start_row=2, start_column=column, end_row=3, end_column=column)


def data_on_a_hidden_sheet(workbook: Workbook, header: list, body: list) -> None:
    workbook.active.sheet_state = "hidden"
    workbook.create_sheet("Ohje")  # the visible sheet is empty


def zip_bomb(tmp: Path) -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"<" + b" " * 40_000_000 + b"/>")  # packs a thousandfold
    (tmp / "forms.xlsx").write_bytes(buffer.getvalue())
    return tmp / "forms.xlsx"


def not_a_workbook(tmp: Path) -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "hello")
    (tmp / "forms.xlsx").write_bytes(buffer.getvalue())
    return tmp / "forms.xlsx"


def truncated(tmp: Path) -> Path:
    data = forms(tmp).read_bytes()
    (tmp / "forms.xlsx").write_bytes(data[: len(data) // 2])
    return tmp / "forms.xlsx"


def huge(tmp: Path) -> Path:
    path = tmp / "forms.xlsx"
    with path.open("wb") as handle:  # sparse: 50 MB on paper, nothing on disk
        handle.write(b"PK\x03\x04")
        handle.truncate(50 * 1024 * 1024)
    return path


def text_file(name: str, data: bytes) -> Callable[[Path], Path]:
    def build(tmp: Path) -> Path:
        (tmp / name).write_bytes(data)
        return tmp / name

    return build


def forms_parts(tmp: Path, change: Callable[[dict[str, bytes]], dict[str, bytes]], **stored: bytes) -> Path:
    """A Forms export changed part by part (see ``xlsxparts``); ``stored`` parts are added unpacked."""
    parts = xlsxparts.parts_of(forms(tmp))
    return xlsxparts.write_parts(
        tmp / "forms.xlsx", change(parts), stored={f"xl/media/{k}.bin": v for k, v in stored.items()}
    )


def shared_cell(reference: str, value: str) -> Callable[[dict[str, bytes]], dict[str, bytes]]:
    """The texts in a shared-text table, and cell ``reference`` pointing at text number ``value``."""

    def change(parts: dict[str, bytes]) -> dict[str, bytes]:
        return xlsxparts.set_cell(
            xlsxparts.shared_texts(parts), reference, f'<c r="{reference}" t="s"><v>{value}</v></c>'
        )

    return change


def without_shared_texts(parts: dict[str, bytes]) -> dict[str, bytes]:
    return xlsxparts.set_cell(parts, "G2", '<c r="G2" t="s"><v>0</v></c>')


def without_the_sheet(parts: dict[str, bytes]) -> dict[str, bytes]:
    return {name: data for name, data in parts.items() if name != xlsxparts.SHEET}


def padded_bomb(parts: dict[str, bytes]) -> dict[str, bytes]:
    """A sheet that packs 60 MB into a few kilobytes, beside random padding stored unpacked: the whole archive's
    ratio looks ordinary, the sheet's own does not."""
    sheet = parts[xlsxparts.SHEET].replace(b"</worksheet>", b" " * 60_000_000 + b"</worksheet>")
    return {**parts, xlsxparts.SHEET: sheet}


def compound_file(*streams: str) -> Callable[[Path], Path]:
    """Microsoft's compound file (an old .xls, or an .xlsx saved with a password) naming its streams."""
    body = b"".join(name.encode("utf-16-le") + bytes(64) for name in streams)
    return text_file("forms.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + body)


def zip_of(tmp: Path, files: dict[str, str]) -> Path:
    with zipfile.ZipFile(tmp / "forms.xlsx", "w") as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return tmp / "forms.xlsx"


FORMS_CSV_HEADER = ";".join(["ID", "Start time", HEADERS["q01.level"]])
EXPORT_HEADER = "respondent,question_id,level,special\n"
EXPORT_COLUMNS = (
    "project,project_code,organisation,region,phase,respondent,respondent_name,respondent_role,language,created,"
    "updated,section,question_id,question_number,level,special,how,next_step,reason,answered_at"
)
EXPORT_HEADER_FULL = EXPORT_COLUMNS + "\n"
EXPORT_ROW = "P,,,,toteutus,r1,,,fi,2026-11-02T10:00:00+02:00,2026-11-02T10:00:00+02:00,1,q01,1,LEVEL,,,,,\n"


def forms_csv(tmp: Path, bad: str | None = None, row: int = 1, rows: int = 3) -> Path:
    """A Forms export saved as Finnish Excel's CSV (``;``), each cell written as it is, unquoted; ``bad`` is put
    into row ``row``'s first text column as typed (a quote at its start, a ``;`` inside)."""
    header, body = forms_rows(QS, rows=rows, ui="fi")
    how = cell(header, "q01.how")
    lines = [";".join(header)]
    for index, values in enumerate(body, start=1):
        cells = [
            "" if v is None else f"{v.day}.{v.month}.{v.year} {v.hour}.{v.minute:02d}" if hasattr(v, "hour") else str(v)
            for v in values
        ]
        if index == row and bad is not None:
            cells[how] = bad
        lines.append(";".join(cells))
    path = tmp / "forms.csv"
    path.write_bytes(("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8"))
    return path


# case → (builder, the problem codes found, in order)
CASES: dict[str, tuple[Callable[[Path], Path], list[str]]] = {
    "missing-question-column": (lambda tmp: forms(tmp, drop_column("q05.level")), ["importing.err_missing_column"]),
    "unknown-label": (lambda tmp: forms(tmp, set_cell("q07.level", "Joskus")), ["importing.err_unknown_label"]),
    "several-labels-in-one-cell": (
        lambda tmp: forms(tmp, set_cell("q07.level", "3 – Toteutuu säännöllisesti;En osaa sanoa")),
        ["importing.err_unknown_label"],
    ),
    "level-off-the-scale": (lambda tmp: forms(tmp, set_cell("q08.level", 7)), ["importing.err_unknown_label"]),
    "date-where-a-label-belongs": (
        lambda tmp: forms(tmp, set_cell("q09.level", datetime(2026, 3, 4))),
        ["importing.err_date_not_label"],
    ),
    "two-columns-for-one-question": (lambda tmp: forms(tmp, double_column), ["importing.err_two_columns"]),
    "empty-row": (lambda tmp: forms(tmp, empty_row), ["importing.err_no_answers"]),
    "text-without-level": (
        lambda tmp: forms(tmp, lambda h, b: (set_cell("q10.level", None)(h, b), set_cell("q10.how", "Kerho")(h, b))),
        ["importing.err_text_without_level"],
    ),
    "unknown-phase": (lambda tmp: forms(tmp, set_cell("project.phase", "Jatko")), ["importing.err_unknown_phase"]),
    "empty-project-name": (lambda tmp: forms(tmp, set_cell("project.name", "  ")), ["importing.err_empty_project"]),
    "bad-start-time": (lambda tmp: forms(tmp, lambda h, b: b[0].__setitem__(1, "eilen")), ["importing.err_time"]),
    "text-too-long": (lambda tmp: forms(tmp, set_cell("q11.how", "x" * 20_001)), ["common.v.too_long"]),
    "formula": (lambda tmp: workbook_case(tmp, formula), ["importing.err_formula"]),
    "error-value": (lambda tmp: workbook_case(tmp, error_value), ["importing.err_error"]),
    "merged-cells": (lambda tmp: workbook_case(tmp, merged), ["importing.err_merged", "importing.err_merged"]),
    "data-only-on-a-hidden-sheet": (
        lambda tmp: workbook_case(tmp, data_on_a_hidden_sheet),
        ["importing.err_empty_sheet"],
    ),
    "zip-bomb": (zip_bomb, ["importing.err_zip_bomb"]),
    "zip-but-not-a-workbook": (not_a_workbook, ["importing.err_zip_not_xlsx"]),
    "truncated-xlsx": (truncated, ["importing.err_xlsx"]),
    "50-mb-file": (huge, ["common.too_large"]),
    "empty-file": (text_file("forms.csv", b""), ["importing.err_empty_file"]),
    "header-only": (lambda tmp: forms(tmp, rows=0), ["importing.err_no_rows"]),
    "utf16-without-bom": (text_file("forms.csv", FORMS_CSV_HEADER.encode("utf-16-le")), ["importing.err_encoding"]),
    "binary-file": (text_file("forms.csv", bytes(range(256)) * 10), ["importing.err_encoding"]),
    "no-project-column-nor-option": (
        lambda tmp: forms(tmp, lambda h, b: (drop_column("project.name")(h, b), drop_column("project.phase")(h, b))),
        ["importing.err_no_project_name", "importing.err_no_phase"],
    ),
    "export-lacking-columns": (
        text_file("export.csv", EXPORT_HEADER.encode() + b"x,q01,3,\n"),
        ["importing.err_export_columns"],
    ),
    "quote-at-the-start-of-an-unquoted-cell": (
        lambda tmp: forms_csv(tmp, '"Kyläjuhlat, kesällä torstaisin'),
        ["importing.err_csv_swallowed", "importing.nothing_written"],
    ),
    "delimiter-inside-an-unquoted-cell": (
        lambda tmp: forms_csv(tmp, "Kahvila; kerho", row=2),
        ["importing.err_csv_width", "importing.nothing_written"],
    ),
    "broken-json-lines": (text_file("export.jsonl", b'{"respondent": "a"}\n{"respondent": \n'), ["importing.err_json"]),
    "json-nested-100000-deep": (text_file("export.json", b"[" * 100_000 + b"]" * 100_000), ["importing.err_json"]),
    "json-lines-nested-deep": (
        text_file("export.jsonl", b'{"respondent": ' + b"[" * 100_000 + b"]" * 100_000 + b"}\n"),
        ["importing.err_json"],
    ),
    "json-number-of-5000-digits": (
        text_file("export.jsonl", b'{"respondent": 1' + b"1" * 5000 + b"}\n"),
        ["importing.err_json"],
    ),
    "export-level-of-5000-digits": (
        text_file("export.csv", EXPORT_HEADER_FULL.encode() + EXPORT_ROW.replace("LEVEL", "1" * 5000).encode()),
        ["importing.err_export_level"],
    ),
    "shared-text-number-out-of-range": (
        lambda tmp: forms_parts(tmp, shared_cell("G2", "99999")),
        ["importing.err_shared_string"],
    ),
    "shared-text-number-negative": (
        lambda tmp: forms_parts(tmp, shared_cell("G2", "-5")),
        ["importing.err_shared_string"],
    ),
    "shared-text-without-a-table": (
        lambda tmp: forms_parts(tmp, without_shared_texts),
        ["importing.err_shared_string"],
    ),
    "number-cell-holding-text": (
        lambda tmp: forms_parts(tmp, lambda parts: xlsxparts.set_cell(parts, "A2", '<c r="A2"><v>abc</v></c>')),
        ["importing.err_xlsx_cell"],
    ),
    "sheet-part-missing": (lambda tmp: forms_parts(tmp, without_the_sheet), ["importing.err_no_sheet_part"]),
    "bomb-beside-stored-padding": (
        lambda tmp: forms_parts(tmp, padded_bomb, padding=random.Random(1).randbytes(800_000)),
        ["importing.err_zip_bomb"],
    ),
    "password-protected-xlsx": (compound_file("EncryptionInfo", "EncryptedPackage"), ["importing.err_encrypted"]),
    "old-xls": (compound_file("Workbook", "SummaryInformation"), ["importing.err_xls"]),
    "empty-zip": (text_file("forms.xlsx", b"PK\x05\x06" + bytes(18)), ["importing.err_empty_zip"]),
    "opendocument-spreadsheet": (
        lambda tmp: zip_of(tmp, {"mimetype": "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>"}),
        ["importing.err_opendocument"],
    ),
    "pdf": (text_file("forms.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"), ["importing.err_pdf"]),
    # the tool's own files, given to import by mistake (read as CSV they were "cells that do not match the header")
    "team-file": (
        text_file("tiimi.yaml", b"format: osallisuus/team/v1\nframework:\n  id: x\nresponses:\n- a: 1; b\n"),
        ["importing.err_own_file"],
    ),
    "project-file": (
        text_file(
            "osallisuus.yaml", "# projektitiedosto\n# katso docs\nformat: osallisuus/project/v1\nname: Ääni\n".encode()
        ),
        ["importing.err_own_file"],
    ),
}


def problems_of(path: Path, mapping: Path | None = None) -> list[str]:
    chosen = load_mapping(mapping, QS) if mapping else None
    try:
        plan = plan_import(path, QS, mapping=chosen, defaults=Defaults(), language="fi", keep_names=False)
    except DataError as exc:
        return [problem.key for problem in exc.problems]
    return [problem.key for problem in plan.problems]


def test_the_corpus_has_at_least_twenty_cases() -> None:
    assert len(CASES) >= 20


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_broken_export_is_named_and_nothing_is_written(runner, tmp_path: Path, name: str) -> None:
    build, expected = CASES[name]
    source = build(tmp_path)
    assert problems_of(source) == expected
    out = tmp_path / "answers"
    result = runner.invoke(app, ["import", str(source), "-o", str(out)])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert result.stdout == ""
    errors = [line for line in result.stderr.splitlines() if line.startswith("virhe: ")]
    assert errors, result.stderr
    assert all(str(source) in line for line in errors), "each problem names the file"
    assert not out.exists(), "nothing is written"
    assert sorted(p.name for p in tmp_path.iterdir()) == [source.name], "no temporary file either"


def test_cell_problems_are_placed_at_file_row_and_column(runner, tmp_path: Path) -> None:
    source = forms(tmp_path, lambda h, b: (set_cell("q07.level", "Joskus", 1)(h, b), set_cell("q08.level", "?")(h, b)))
    result = runner.invoke(app, ["import", str(source), "-o", str(tmp_path / "a")])
    header, _ = forms_rows(QS, rows=1)
    from osallisuus_cli.importing.shape import column_letter

    assert f"{source}:3:{column_letter(header.index(HEADERS['q07.level']))}: " in result.stderr
    assert f"{source}:2:{column_letter(header.index(HEADERS['q08.level']))}: " in result.stderr


def test_a_broken_mapping_names_each_problem(runner, tmp_path: Path) -> None:
    mapping = tmp_path / "map.yaml"
    mapping.write_text(
        "format: osallisuus/import-mapping/v1\ncolumns:\n  q99.level: X\n  q01.colour: Y\nlabels:\n  Aina: 9\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["import", str(forms(tmp_path)), "--mapping", str(mapping), "--lang", "en"])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert [line.split(": ")[1] for line in lines] == [f"{mapping}:3", f"{mapping}:4", f"{mapping}:6"]


def test_a_quote_that_swallows_rows_is_named_at_its_row_and_column_and_nothing_is_written(runner, tmp_path) -> None:
    """Three respondents, one of whose texts begins with a quote: never one respondent holding the other rows."""
    from osallisuus_cli.i18n import t
    from osallisuus_cli.importing.tables import column_letter

    source = forms_csv(tmp_path, '"Kyläjuhlat, kesällä torstaisin', row=1)
    header, _ = forms_rows(QS, rows=1, ui="fi")
    result = runner.invoke(app, ["import", str(source), "-o", str(tmp_path / "answers")])
    assert result.exit_code == 1, result.output
    where = f"{source}:2:{column_letter(cell(header, 'q01.how'))}: "
    lines = result.stderr.splitlines()
    swallowed = t("importing.err_csv_swallowed", lines=3, delimiter="';'")
    assert any(line.endswith(where + swallowed) for line in lines), result.stderr
    assert not (tmp_path / "answers").exists()


def test_a_row_with_a_cell_too_many_names_the_row_the_first_extra_column_and_both_counts(runner, tmp_path) -> None:
    from osallisuus_cli.i18n import t
    from osallisuus_cli.importing.tables import column_letter

    source = forms_csv(tmp_path, "Kahvila; kerho", row=3)
    header, _ = forms_rows(QS, rows=1, ui="fi")
    result = runner.invoke(app, ["import", str(source), "-o", str(tmp_path / "answers"), "--lang", "en"])
    assert result.exit_code == 1, result.output
    message = t("importing.err_csv_width", "en", count=len(header) + 1, width=len(header), delimiter="';'")
    assert f"{source}:4:{column_letter(len(header))}: {message}" in result.stderr
    assert not (tmp_path / "answers").exists()


def test_texts_with_line_breaks_and_delimiters_in_quoted_cells_are_ordinary_answers(runner, qs, tmp_path) -> None:
    """What a spreadsheet writes for a text of several lines with commas and semicolons reads as that text."""
    import csv as csv_module

    header, body = forms_rows(QS, rows=2, ui="fi")
    text = "Kahvila torstaisin; kerho, retket\nja toinen rivi; vielä, yksi"
    body[1][cell(header, "q01.how")] = text
    buffer = io.StringIO()
    writer = csv_module.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(["" if v is None else str(v) for v in row] for row in body)
    source = tmp_path / "forms.csv"
    source.write_text(buffer.getvalue(), encoding="utf-8")
    plan = plan_import(source, QS, mapping=None, defaults=Defaults(), language="fi", keep_names=False)
    assert plan.problems == []
    assert [item.row for item in plan.planned] == [2, 3]
    import yaml

    assert yaml.safe_load(plan.planned[1].text)["answers"]["q01"]["how"] == text
