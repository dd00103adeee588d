"""The import's sheet parser reads every cell as openpyxl's own parser does (it only takes a shorter way to plain
inline text)."""

from __future__ import annotations

import io

import pytest
from openpyxl.worksheet._reader import WorkSheetParser

from osallisuus_cli.importing.xlsx import sheet_parser

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
CELLS = {
    "plain": '<c r="A1" t="inlineStr"><is><t>Kahvila torstaisin</t></is></c>',
    "letters": '<c r="B1" t="inlineStr" s="1"><is><t>Ääni &amp; "ö" 🎉</t></is></c>',
    "spaces": '<c r="C1" t="inlineStr"><is><t xml:space="preserve">  kaksi  </t></is></c>',
    "empty text": '<c r="D1" t="inlineStr"><is><t/></is></c>',
    "no text": '<c r="E1" t="inlineStr"><is/></c>',
    "no is": '<c r="F1" t="inlineStr"/>',
    "two texts": '<c r="G1" t="inlineStr"><is><t>eka</t><t>toka</t></is></c>',
    "runs": '<c r="H1" t="inlineStr"><is><r><rPr><b/></rPr><t>lihava</t></r><r><t> ja ohut</t></r></is></c>',
    "one run": '<c r="H2" t="inlineStr"><is><r><t>yksi ajo</t></r></is></c>',
    "phonetic": '<c r="I1" t="inlineStr"><is><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh></is></c>',
    "formula": '<c r="J1" t="inlineStr"><f>A1&amp;"x"</f><is><t>välimuisti</t></is></c>',
    "no place": '<c t="inlineStr"><is><t>paikaton</t></is></c>',
    "other namespace": '<c r="L1" t="inlineStr"><is><x:t xmlns:x="urn:muu">vieras</x:t></is></c>',
    "number": '<c r="M1"><v>3</v></c>',
    "boolean": '<c r="N1" t="b"><v>1</v></c>',
    "error": '<c r="O1" t="e"><v>#N/A</v></c>',
    "text formula": '<c r="P1" t="str"><f>B1</f><v>x</v></c>',
}


def parsed(parser_class, cells: str) -> list:
    sheet = f'<worksheet xmlns="{MAIN}"><sheetData><row r="1">{cells}</row><row>{cells}</row></sheetData></worksheet>'
    return list(parser_class(io.BytesIO(sheet.encode("utf-8")), []).parse())


@pytest.mark.parametrize("cell", list(CELLS.values()), ids=list(CELLS))
def test_a_cell_is_read_as_openpyxl_reads_it(cell: str) -> None:
    assert parsed(sheet_parser(), cell) == parsed(WorkSheetParser, cell)


def test_a_row_of_every_kind_is_read_as_openpyxl_reads_it() -> None:
    cells = "".join(CELLS.values())
    assert parsed(sheet_parser(), cells) == parsed(WorkSheetParser, cells)


# --- without openpyxl's internals: its public read-only reader, the same rows ---------------------------------------


def _export(tmp_path) -> bytes:
    from datetime import datetime

    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Vastaukset"
    workbook.create_sheet("Piilotettu").sheet_state = "hidden"
    sheet.append(["ID", "Aloitusaika", "Nimi", "7. Taso", "Huom"])
    sheet.append([1, datetime(2026, 11, 2, 9, 30), "Aino", 3, "=A2+1"])
    sheet.append([])
    sheet.append([2, datetime(2026, 11, 3, 14, 5), 'Ääni & "ö" 🎉', 2.5, "#N/A"])
    sheet.append([None, None, None, None, None, "leveämpi"])
    sheet.cell(row=3, column=2).font = Font(bold=True)  # a blank row between answers, formatted: kept and counted
    sheet.merge_cells("D2:D4")  # a level "for both": the import names every row it touches
    sheet.merge_cells("C5:E5")
    workbook["Piilotettu"].merge_cells("A1:B2")  # another sheet's merged area is not this sheet's
    path = tmp_path / "forms.xlsx"
    workbook.save(path)
    return path.read_bytes()


def test_the_public_reader_gives_the_same_rows(tmp_path) -> None:
    from osallisuus_cli.importing.xlsx import read_sheet

    raw = _export(tmp_path)
    fast = read_sheet(raw, "forms.xlsx", None, fast=True)
    public = read_sheet(raw, "forms.xlsx", None, fast=False)
    assert public == fast  # header, rows, row numbers, notes and merged areas
    assert len(fast[1]) == 4
    assert fast[4] == [(2, 3, 4, 3), (5, 2, 5, 4)]


def test_the_public_reader_refuses_too_many_shared_texts_as_the_fast_reader_does(tmp_path, monkeypatch) -> None:
    from osallisuus_cli.errors import DataError
    from osallisuus_cli.importing import xlsx
    from tests import xlsxparts

    _export(tmp_path)  # its texts moved into a shared table, as Excel stores them: 8 of them
    raw = xlsxparts.write_parts(
        tmp_path / "shared.xlsx", xlsxparts.shared_texts(xlsxparts.parts_of(tmp_path / "forms.xlsx"))
    ).read_bytes()
    monkeypatch.setattr(xlsx, "MAX_SHARED_STRINGS", 8)
    assert xlsx.read_sheet(raw, "forms.xlsx", None, fast=False) == xlsx.read_sheet(raw, "forms.xlsx", None, fast=True)
    monkeypatch.setattr(xlsx, "MAX_SHARED_STRINGS", 7)
    for fast in (True, False):
        with pytest.raises(DataError) as refused:
            xlsx.read_sheet(raw, "forms.xlsx", None, fast=fast)
        assert (refused.value.key, refused.value.params["limit"]) == ("importing.err_too_many_texts", 7)


def test_a_missing_internal_of_openpyxl_sends_the_import_to_the_public_reader(tmp_path, monkeypatch) -> None:
    from osallisuus_cli.importing import xlsx

    raw = _export(tmp_path)
    expected = xlsx.read_sheet(raw, "forms.xlsx", None)
    # as if a later openpyxl had moved one of the internals
    monkeypatch.setattr(xlsx, "FAST_READER_NEEDS", (*xlsx.FAST_READER_NEEDS, "openpyxl.worksheet._reader:MOVED"))
    xlsx.fast_reader_available.cache_clear()
    try:
        assert not xlsx.fast_reader_available()
        monkeypatch.setattr(xlsx, "sheet_parser", lambda: pytest.fail("the fast reader was used"))
        assert xlsx.read_sheet(raw, "forms.xlsx", None) == expected
    finally:
        monkeypatch.undo()
        xlsx.fast_reader_available.cache_clear()
    assert xlsx.fast_reader_available()


@pytest.mark.parametrize("number", ["-1", "8", "x"])
def test_a_shared_text_number_that_picks_no_text_is_named_by_either_reader(tmp_path, number: str) -> None:
    """-1 would be the last text to Python, another person's answer: both readers name the cell instead."""
    from osallisuus_cli.errors import DataError
    from osallisuus_cli.importing.xlsx import read_sheet
    from tests import xlsxparts

    _export(tmp_path)
    parts = xlsxparts.shared_texts(xlsxparts.parts_of(tmp_path / "forms.xlsx"))  # 8 texts: 0 to 7
    parts = xlsxparts.set_cell(parts, "C2", f'<c r="C2" t="s"><v>{number}</v></c>')
    raw = xlsxparts.write_parts(tmp_path / "damaged.xlsx", parts).read_bytes()
    for fast in (True, False):
        with pytest.raises(DataError) as refused:
            read_sheet(raw, "damaged.xlsx", None, fast=fast)
        assert refused.value.lines("en")[0].startswith("damaged.xlsx:2:C: ")
        assert (refused.value.key, refused.value.params) == ("importing.err_shared_string", {"index": number})
