"""Workbooks that are valid but odd, read as a spreadsheet program shows them: formatting without content is no row
and no column, shared texts are read as openpyxl reads them, and a table of a million texts is refused at once."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from osallisuus_cli.cli.app import app
from osallisuus_cli.errors import DataError
from osallisuus_cli.importing import xlsx
from osallisuus_cli.importing.rows import Defaults
from osallisuus_cli.importing.run import plan_import
from osallisuus_cli.importing.shape import MAX_ROWS, MAX_SHARED_STRINGS
from osallisuus_cli.questionsets.reading import load_question_set
from tests import xlsxparts
from tests.forms import forms_rows, write_xlsx

QS = load_question_set()
ROWS = 5


def workbook(tmp: Path, change) -> Path:
    header, body = forms_rows(QS, rows=ROWS)
    parts = xlsxparts.parts_of(write_xlsx(tmp / "forms.xlsx", header, body))
    return xlsxparts.write_parts(tmp / "forms.xlsx", change(parts))


def planned(path: Path) -> int:
    plan = plan_import(path, QS, mapping=None, defaults=Defaults(), language="fi", keep_names=False)
    assert plan.problems == []
    return len(plan.planned)


def test_formatted_empty_rows_after_the_answers_are_no_rows_however_many(runner, tmp_path: Path) -> None:
    """More rows than the limit whose only cell is styled and empty (a sheet formatted to its end): none counts."""
    extra = b"".join(b'<row r="%d"><c r="B%d" s="1"/></row>' % (n, n) for n in range(ROWS + 2, ROWS + 3 + MAX_ROWS))
    path = workbook(tmp_path, lambda parts: xlsxparts.add_rows(parts, extra))
    result = runner.invoke(app, ["import", str(path), "-o", str(tmp_path / "answers")])
    assert result.exit_code == 0, result.output
    assert len(list((tmp_path / "answers").glob("*.yaml"))) == ROWS


@pytest.mark.parametrize(
    "row",
    [
        pytest.param(b'<row r="%d"/>', id="empty-row-elements"),
        pytest.param(b'<row r="%d" ht="30" customHeight="1"><c r="A%d" s="1"/><c r="XFD%d" s="1"/></row>', id="styled"),
        pytest.param(b'<row r="%d"><c r="C%d" t="inlineStr"><is><t> </t></is></c></row>', id="a-space"),
        pytest.param(b'<row r="%d"><c r="D%d" t="str"><v></v></c></row>', id="an-empty-text"),
    ],
)
def test_rows_of_formatting_only_are_no_rows(tmp_path: Path, row: bytes) -> None:
    extra = b"".join(row.replace(b"%d", str(n).encode()) for n in range(ROWS + 2, ROWS + 1002))
    assert planned(workbook(tmp_path, lambda parts: xlsxparts.add_rows(parts, extra))) == ROWS


def test_a_styled_empty_cell_in_the_last_column_is_no_column(tmp_path: Path) -> None:
    def change(parts: dict[str, bytes]) -> dict[str, bytes]:
        parts = xlsxparts.set_cell(parts, "A1", '<c r="A1" t="inlineStr"><is><t>ID</t></is></c><c r="XFD1" s="1"/>')
        return xlsxparts.set_cell(parts, "A3", '<c r="A3"><v>2</v></c><c r="XFD3" s="1"/>')

    assert planned(workbook(tmp_path, change)) == ROWS


def test_a_blank_row_between_answers_is_counted_and_blank_rows_after_them_are_not(tmp_path: Path) -> None:
    def change(parts: dict[str, bytes]) -> dict[str, bytes]:
        sheet = re.sub(rb'<row r="4".*?</row>', b'<row r="4"><c r="D4" s="1"/></row>', parts[xlsxparts.SHEET])
        return xlsxparts.add_rows(
            {**parts, xlsxparts.SHEET: sheet}, b'<row r="9"/><row r="10"><c r="A10" s="2"/></row>'
        )

    path = workbook(tmp_path, change)
    plan = plan_import(path, QS, mapping=None, defaults=Defaults(), language="fi", keep_names=False)
    assert len(plan.planned) == ROWS - 1
    assert plan.blank_rows == 1, "the blank third response is said; the formatting below the last one is not"


def test_a_million_and_one_shared_texts_are_refused_before_they_are_read(runner, tmp_path: Path) -> None:
    texts = [f"teksti {n}" for n in range(MAX_SHARED_STRINGS + 1)]
    path = workbook(tmp_path, lambda parts: xlsxparts.shared_texts(parts, extra=texts))
    result = runner.invoke(app, ["import", str(path), "-o", str(tmp_path / "answers"), "--lang", "en"])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "error: " + DataError("importing.err_too_many_texts", file=str(path), limit=MAX_SHARED_STRINGS).lines("en")[0]
    ]
    assert not (tmp_path / "answers").exists()


def test_shared_texts_are_what_openpyxl_reads() -> None:
    from openpyxl.reader.strings import read_string_table

    main = xlsxparts.MAIN
    items = [
        "<si><t>tavallinen</t></si>",
        '<si><t xml:space="preserve">  välilyönnit  </t></si>',
        "<si><t/></si>",
        "<si/>",
        "<si><r><rPr><b/></rPr><t>liha</t></r><r><t>vahva</t></r></si>",
        "<si><t>ruby</t><rPh sb='0' eb='1'><t>ル</t></rPh></si>",
        "<si><t>_x005F_x000D_ ja &amp; &lt;</t></si>",
    ]
    table = f'<sst xmlns="{main}">{"".join(items)}</sst>'.encode()
    assert xlsx.read_shared_strings(io.BytesIO(table)) == read_string_table(io.BytesIO(table))


def test_a_shared_text_table_with_a_namespace_prefix_is_counted(tmp_path: Path) -> None:
    from osallisuus_cli.importing import tables

    items = b"".join(b"<x:si><x:t>t%d</x:t></x:si>" % n for n in range(1000))
    table = f'<x:sst xmlns:x="{xlsxparts.MAIN}">'.encode() + items + b"</x:sst>"
    path = xlsxparts.write_parts(tmp_path / "t.xlsx", {xlsxparts.SHARED: table})
    import zipfile

    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(xlsxparts.SHARED)
    assert tables._texts_in(path.read_bytes(), info) == 1000


def test_a_sheet_missing_from_the_file_is_named_and_no_other_sheet_is_read_in_its_place(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Vastaukset"
    book.active.append(["ID", "Nimi"])
    book.create_sheet("Ohje").append(["Tämä välilehti kertoo, miten kyselyyn vastataan"])
    book.save(tmp_path / "forms.xlsx")
    parts = xlsxparts.parts_of(tmp_path / "forms.xlsx")
    del parts[xlsxparts.SHEET]
    path = xlsxparts.write_parts(tmp_path / "forms.xlsx", parts)
    with pytest.raises(DataError) as caught:
        planned(path)
    assert caught.value.key == "importing.err_no_sheet_part"
    assert caught.value.params["sheet"] == "Vastaukset"
