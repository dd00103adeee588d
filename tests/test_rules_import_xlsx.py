"""How one sheet of a workbook becomes the import's table, rule by rule (docs/import.md, "What is read"), read both
ways the import can read it: through openpyxl's internals (the fast reader) and through its public read-only reader
(used when an installed openpyxl has moved those internals). Both must give the same table, the same notes and the
same refusal for every workbook here."""

from __future__ import annotations

import gc
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from osallisuus_cli.errors import DataError
from osallisuus_cli.importing.shape import MAX_COLUMNS, Odd
from osallisuus_cli.importing.xlsx import read_sheet
from tests import xlsxparts

NAME = "forms.xlsx"


def saved(tmp_path: Path, workbook: Workbook) -> bytes:
    workbook.save(tmp_path / NAME)
    return (tmp_path / NAME).read_bytes()


def sheet_of(rows: list[list[Any]], title: str = "Vastaukset") -> Workbook:
    workbook = Workbook()
    workbook.active.title = title
    for row in rows:
        workbook.active.append(row)
    return workbook


def read_both(raw: bytes, sheet: str | None = None) -> tuple:
    """Header, rows, row numbers, notes and merged areas: the same through either reader."""
    fast = read_sheet(raw, NAME, sheet, fast=True)
    assert read_sheet(raw, NAME, sheet, fast=False) == fast
    return fast


def refused_by_both(raw: bytes, sheet: str | None = None) -> DataError:
    """The refusal, the same through either reader."""
    found = []
    for fast in (True, False):
        with pytest.raises(DataError) as refused:
            read_sheet(raw, NAME, sheet, fast=fast)
        found.append(refused.value)
    assert [(e.key, e.file, e.params) for e in found] == [(found[0].key, found[0].file, found[0].params)] * 2
    return found[0]


def with_parts(tmp_path: Path, workbook: Workbook, change) -> bytes:
    saved(tmp_path, workbook)
    return xlsxparts.write_parts(tmp_path / "changed.xlsx", change(xlsxparts.parts_of(tmp_path / NAME))).read_bytes()


# --- which sheet ---------------------------------------------------------------------------------------------------


def _sheets(*titles_and_states: tuple[str, str]) -> Workbook:
    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, state in titles_and_states:
        sheet = workbook.create_sheet(title)
        sheet.sheet_state = state
        sheet.append(["ID", f"Taso {title}"])
        sheet.append([1, 3])
    return workbook


def test_the_first_visible_sheet_is_read_and_the_hidden_and_other_sheets_are_named(tmp_path: Path) -> None:
    workbook = _sheets(
        ("Ohje", "hidden"),
        ("Vastaukset", "visible"),
        ("Kaavio", "visible"),
        ("Vanha", "veryHidden"),
        ("Muu", "visible"),
    )
    headers, _rows, _numbers, notes, _merged = read_both(saved(tmp_path, workbook))
    assert headers == ["ID", "Taso Vastaukset"]
    assert [(note.key, note.params, note.file) for note in notes] == [
        ("importing.note_hidden_sheets", {"sheets": "Ohje, Vanha"}, NAME),
        ("importing.note_other_sheets", {"sheet": "Vastaukset", "others": "Kaavio, Muu"}, NAME),
    ]


def test_a_second_visible_sheet_is_named_as_not_read(tmp_path: Path) -> None:
    notes = read_both(saved(tmp_path, _sheets(("Vastaukset", "visible"), ("Kevät", "visible"))))[3]
    assert [(note.key, note.params) for note in notes] == [
        ("importing.note_other_sheets", {"sheet": "Vastaukset", "others": "Kevät"})
    ]


def test_a_workbook_of_one_visible_sheet_gives_no_notes(tmp_path: Path) -> None:
    assert read_both(saved(tmp_path, _sheets(("Vastaukset", "visible"))))[3] == []


def test_a_sheet_asked_for_by_name_is_read_hidden_or_not_without_notes(tmp_path: Path) -> None:
    raw = saved(tmp_path, _sheets(("Vastaukset", "visible"), ("Ohje", "hidden"), ("Kevät", "visible")))
    for title in ("Ohje", "Kevät", "Vastaukset"):
        headers, _rows, _numbers, notes, _merged = read_both(raw, title)
        assert (headers, notes) == (["ID", f"Taso {title}"], [])


def test_a_sheet_the_workbook_does_not_have_is_named_with_every_sheet_it_has(tmp_path: Path) -> None:
    raw = saved(tmp_path, _sheets(("Vastaukset", "visible"), ("Ohje", "hidden")))
    problem = refused_by_both(raw, "vastaukset")  # a name is matched as written
    assert (problem.key, problem.file, problem.params) == (
        "importing.err_no_such_sheet",
        NAME,
        {"sheet": "vastaukset", "sheets": "'Vastaukset', 'Ohje'"},
    )


def test_a_workbook_of_hidden_sheets_only_names_them(tmp_path: Path) -> None:
    workbook = _sheets(("Vastaukset", "visible"), ("Ohje", "hidden"), ("Vanha", "hidden"))
    raw = with_parts(tmp_path, workbook, _all_hidden)
    problem = refused_by_both(raw)
    assert (problem.key, problem.file, problem.params) == (
        "importing.err_only_hidden_sheets",
        NAME,
        {"sheets": "Vastaukset, Ohje, Vanha"},
    )


def _all_hidden(parts: dict[str, bytes]) -> dict[str, bytes]:
    # openpyxl refuses to save a workbook without a visible sheet; Excel's files can be so
    changed = dict(parts)
    changed["xl/workbook.xml"] = parts["xl/workbook.xml"].replace(b'state="visible"', b'state="hidden"')
    return changed


def test_an_empty_sheet_beside_hidden_ones_says_where_the_answers_may_be(tmp_path: Path) -> None:
    workbook = _sheets(("Vastaukset", "hidden"), ("Vanha", "hidden"))
    workbook.create_sheet("Tyhjä")
    problem = refused_by_both(saved(tmp_path, workbook))
    assert (problem.key, problem.file, problem.params) == (
        "importing.err_empty_sheet",
        NAME,
        {"sheet": "Tyhjä", "hidden": "Vastaukset, Vanha"},
    )


def test_an_empty_workbook_is_an_empty_file(tmp_path: Path) -> None:
    workbook = Workbook()
    workbook.active["C7"].number_format = "0.00"  # formatting, nothing in it
    problem = refused_by_both(saved(tmp_path, workbook))
    assert (problem.key, problem.file) == ("importing.err_empty_file", NAME)


def test_a_chart_sheet_before_the_answers_is_no_sheet_to_read(tmp_path: Path) -> None:
    from openpyxl.chart import BarChart, Reference

    workbook = sheet_of([["ID", "Taso"], [1, 3]])
    chart = BarChart()
    chart.add_data(Reference(workbook.active, min_col=2, min_row=1, max_row=2), titles_from_data=True)
    workbook.create_chartsheet("Kaavio", 0).add_chart(chart)
    headers, rows, _numbers, notes, _merged = read_both(saved(tmp_path, workbook))
    assert (headers, rows, notes) == (["ID", "Taso"], [[1, 3]], [])


def test_a_chart_sheet_without_its_chart_is_named_as_a_damaged_workbook_not_an_unexpected_error(tmp_path) -> None:
    workbook = sheet_of([["ID", "Taso"], [1, 3]])
    workbook.create_chartsheet("Kaavio", 0)  # openpyxl writes it, and cannot read it back
    problem = refused_by_both(saved(tmp_path, workbook))
    assert (problem.key, problem.file, problem.params) == ("importing.err_xlsx", NAME, {"detail": "AttributeError"})


# --- cells ---------------------------------------------------------------------------------------------------------


def test_each_kind_of_cell_is_read_as_what_it_is(tmp_path: Path) -> None:
    workbook = sheet_of([["ID", "Aloitusaika", "Taso", "Huom", "Kaava", "Virhe", "Totuus"]])
    workbook.active.append([7, datetime(2026, 11, 2, 9, 30), 2.5, "  Kahvila  ", "=A2+1", "#N/A", True])
    workbook.active["F2"].data_type = "e"
    _headers, rows, _numbers, _notes, _merged = read_both(saved(tmp_path, workbook))
    assert rows == [
        [7, datetime(2026, 11, 2, 9, 30), 2.5, "  Kahvila  ", Odd("formula", "=A2+1"), Odd("error", "#N/A"), True]
    ]


def test_a_cell_of_spaces_is_empty_and_no_column(tmp_path: Path) -> None:
    workbook = sheet_of([["ID", "Taso", "   "], [1, "  ", None, " \t "], [2, 3]])
    headers, rows, _numbers, _notes, _merged = read_both(saved(tmp_path, workbook))
    assert (headers, rows) == (["ID", "Taso"], [[1], [2, 3]])


def test_the_header_row_is_its_cells_texts_without_spaces_a_gap_an_empty_header(tmp_path: Path) -> None:
    workbook = sheet_of([["  ID ", None, 7, datetime(2026, 1, 2), '="Taso"'], [1, 2, 3, 4, 5]])
    headers, _rows, _numbers, _notes, _merged = read_both(saved(tmp_path, workbook))
    assert headers == ["ID", "", "7", "2026-01-02 00:00:00", '="Taso"']


def test_rows_keep_their_numbers_in_the_sheet_and_blank_rows_between_answers_are_kept(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet["A2"].number_format = "0.00"  # formatted rows above the header are no rows
    sheet.append(["ID", "Taso"])  # row 3
    sheet.append([1, 3])
    sheet.cell(row=5, column=1).number_format = "0.00"  # blank rows between answers, as a formatted sheet has them
    sheet.cell(row=6, column=2).number_format = "0.00"
    sheet.append([2, 2])  # row 7
    sheet.cell(row=9, column=1).number_format = "0.00"  # formatted rows after the last answer are no rows either
    sheet.cell(row=12, column=1).number_format = "0.00"
    headers, rows, numbers, _notes, _merged = read_both(saved(tmp_path, workbook))
    assert (headers, rows, numbers) == (["ID", "Taso"], [[1, 3], [], [], [2, 2]], [4, 5, 6, 7])


def test_a_cell_in_the_last_column_allowed_is_read_and_one_further_is_refused(tmp_path: Path) -> None:
    workbook = sheet_of([["ID", "Taso"], [1, 3]])
    workbook.active.cell(row=2, column=MAX_COLUMNS, value="viimeinen")
    _headers, rows, _numbers, _notes, _merged = read_both(saved(tmp_path, workbook))
    assert len(rows[0]) == MAX_COLUMNS
    assert rows[0][-1] == "viimeinen"
    for column in range(3, MAX_COLUMNS + 1):  # a header as wide as allowed
        workbook.active.cell(row=1, column=column, value=f"k{column}")
    assert len(read_both(saved(tmp_path, workbook))[0]) == MAX_COLUMNS
    workbook.active.cell(row=2, column=MAX_COLUMNS + 1, value="yksi liikaa")
    problem = refused_by_both(saved(tmp_path, workbook))
    assert (problem.key, problem.file, problem.params) == (
        "importing.err_too_many_columns",
        NAME,
        {"count": f"> {MAX_COLUMNS}", "limit": MAX_COLUMNS},
    )


@pytest.fixture
def few_rows(monkeypatch) -> int:
    """The most rows a sheet may hold, made five (a sheet of 100,000 rows takes seconds to read twice)."""
    from osallisuus_cli.importing import xlsx

    monkeypatch.setattr(xlsx, "MAX_ROWS", 5)
    return 5


def _rows(tmp_path: Path, answers: int, *, blank_at: int | None = None) -> bytes:
    """A header and ``answers`` rows below it; ``blank_at``: that row of the sheet formatted and blank."""
    workbook = sheet_of([["ID"]] + [[n] for n in range(answers)])
    if blank_at is not None:
        workbook.active.insert_rows(blank_at)
        workbook.active.cell(row=blank_at, column=1).number_format = "0.00"
    return saved(tmp_path, workbook)


def test_a_sheet_of_the_most_rows_is_read_and_one_more_row_is_refused(tmp_path: Path, few_rows: int) -> None:
    assert len(read_both(_rows(tmp_path, few_rows))[1]) == few_rows
    problem = refused_by_both(_rows(tmp_path, few_rows + 1))
    assert (problem.key, problem.file, problem.params) == (
        "importing.err_too_many_rows",
        NAME,
        {"count": f"> {few_rows}", "limit": few_rows},
    )


def test_blank_rows_between_answers_count_towards_the_most_rows(tmp_path: Path, few_rows: int) -> None:
    assert read_both(_rows(tmp_path, few_rows - 1, blank_at=3))[1] == [[0], [], [1], [2], [3]]
    problem = refused_by_both(_rows(tmp_path, few_rows, blank_at=3))
    assert problem.key == "importing.err_too_many_rows"
    # a blank row just before the last answer counts as much
    assert read_both(_rows(tmp_path, few_rows - 1, blank_at=few_rows))[1] == [[0], [1], [2], [], [3]]
    assert refused_by_both(_rows(tmp_path, few_rows, blank_at=few_rows + 1)).key == "importing.err_too_many_rows"


def test_blank_rows_after_the_answers_count_towards_nothing(tmp_path: Path, few_rows: int) -> None:
    workbook = sheet_of([["ID"]] + [[n] for n in range(few_rows)])
    for row in range(few_rows + 2, few_rows + 12):
        workbook.active.cell(row=row, column=1).number_format = "0.00"
    assert len(read_both(saved(tmp_path, workbook))[1]) == few_rows


# --- shared texts: a cell's number must pick one of the workbook's texts -------------------------------------------


def _shared_cell(tmp_path: Path, value: str, *, reference: str = "B2") -> bytes:
    """A workbook whose texts are in a shared table (three of them), cell B2 holding text number ``value``."""
    workbook = sheet_of([["ID", "Taso"], [1, "Kahvila"]])

    def change(parts: dict[str, bytes]) -> dict[str, bytes]:
        shared = xlsxparts.shared_texts(parts)
        cell = f'<c r="{reference}" t="s"><v>{value}</v></c>' if reference else f'<c t="s"><v>{value}</v></c>'
        return xlsxparts.set_cell(shared, "B2", cell)

    return with_parts(tmp_path, workbook, change)


@pytest.mark.parametrize(("value", "text"), [("0", "ID"), ("2", "Kahvila"), (" 1 ", "Taso"), ("000000002", "Kahvila")])
def test_a_shared_text_cell_reads_the_text_its_number_picks(tmp_path: Path, value: str, text: str) -> None:
    assert read_both(_shared_cell(tmp_path, value))[1] == [[1, text]]


@pytest.mark.parametrize(
    "value",
    ["3", "-1", "99999", "0000000001", "1.0", "\u0661", "", "x" * 30],
    ids=["one-past-the-last", "negative", "far-past", "ten-digits", "decimal", "other-digit", "empty", "long-text"],
)
def test_a_shared_text_cell_whose_number_picks_no_text_is_named_at_its_row_and_column(tmp_path, value) -> None:
    problem = refused_by_both(_shared_cell(tmp_path, value))
    assert (problem.key, problem.file, problem.params) == (
        "importing.err_shared_string",
        f"{NAME}:2:B",
        {"index": value.strip()[:20]},
    )


def test_a_shared_text_cell_without_a_number_is_named_at_its_row_and_column(tmp_path: Path) -> None:
    workbook = sheet_of([["ID", "Taso"], [1, "Kahvila"]])
    change = lambda parts: xlsxparts.set_cell(xlsxparts.shared_texts(parts), "B2", '<c r="B2" t="s"/>')  # noqa: E731
    problem = refused_by_both(with_parts(tmp_path, workbook, change))
    assert (problem.key, problem.file, problem.params) == ("importing.err_shared_string", f"{NAME}:2:B", {"index": ""})


def test_a_bad_shared_text_cell_without_a_place_is_named_in_its_file(tmp_path: Path) -> None:
    problem = refused_by_both(_shared_cell(tmp_path, "7", reference=""))
    assert (problem.key, problem.file) == ("importing.err_shared_string", f"{NAME}:?")


# --- reading leaves the process as it found it ---------------------------------------------------------------------


@pytest.mark.parametrize("fast", [True, False])
@pytest.mark.parametrize("collecting", [True, False])
def test_reading_leaves_pythons_cycle_collector_as_it_found_it(tmp_path: Path, fast: bool, collecting: bool) -> None:
    raw = saved(tmp_path, sheet_of([["ID", "Taso"], [1, 3]]))
    was = gc.isenabled()
    try:
        gc.enable() if collecting else gc.disable()
        read_sheet(raw, NAME, None, fast=fast)
        assert gc.isenabled() is collecting
    finally:
        gc.enable() if was else gc.disable()


# --- merged areas and the workbook's parts, as either reader finds them --------------------------------------------


def _two_sheets_merged() -> Workbook:
    workbook = _sheets(("Vastaukset", "visible"), ("Kevät", "visible"))
    for row in ([2, 2], [3, 1]):
        workbook["Vastaukset"].append(row)
        workbook["Kevät"].append(row)
    workbook["Vastaukset"].merge_cells("B2:B3")
    workbook["Kevät"].merge_cells("A3:B4")
    return workbook


def test_the_merged_areas_are_the_chosen_sheets_own(tmp_path: Path) -> None:
    raw = saved(tmp_path, _two_sheets_merged())
    assert read_both(raw)[4] == [(2, 1, 3, 1)]
    assert read_both(raw, "Kevät")[4] == [(3, 0, 4, 1)]


def _as_excel_writes_it(parts: dict[str, bytes]) -> dict[str, bytes]:
    """Sheets named relative to the workbook, and a macro-enabled workbook's content type (as Excel writes an .xlsm)."""
    rels = "xl/_rels/workbook.xml.rels"
    changed = dict(parts)
    changed[rels] = parts[rels].replace(b'Target="/xl/', b'Target="')
    changed[xlsxparts.TYPES] = parts[xlsxparts.TYPES].replace(
        b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        b"application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    )
    return changed


def test_a_workbook_as_excel_writes_it_gives_the_same_table_and_merged_areas(tmp_path: Path) -> None:
    expected = read_both(saved(tmp_path, _two_sheets_merged()), "Kevät")
    assert read_both(with_parts(tmp_path, _two_sheets_merged(), _as_excel_writes_it), "Kevät") == expected


def test_the_first_cell_whose_shared_text_number_picks_no_text_is_the_one_named(tmp_path: Path) -> None:
    workbook = sheet_of([["ID", "Taso", "Huom"], [1, "Kahvila", "a"], [2, "Kerho", "b"]])

    def change(parts: dict[str, bytes]) -> dict[str, bytes]:
        shared = xlsxparts.shared_texts(parts)
        shared = xlsxparts.set_cell(shared, "C2", '<c r="C2" t="s"><v>77</v></c>')
        return xlsxparts.set_cell(shared, "B3", '<c r="B3" t="s"><v>88</v></c>')

    problem = refused_by_both(with_parts(tmp_path, workbook, change))
    assert (problem.file, problem.params) == (f"{NAME}:2:C", {"index": "77"})


def test_a_formula_cell_is_a_formula_whatever_its_type_says(tmp_path: Path) -> None:
    workbook = sheet_of([["ID", "Taso"], [1, "Kahvila"]])

    def change(parts: dict[str, bytes]) -> dict[str, bytes]:
        return xlsxparts.set_cell(xlsxparts.shared_texts(parts), "B2", '<c r="B2" t="s"><f>A2</f><v>99</v></c>')

    assert read_both(with_parts(tmp_path, workbook, change))[1] == [[1, Odd("formula", "=A2")]]


def test_a_long_table_of_shared_texts_of_every_form_is_read_as_openpyxl_reads_it() -> None:
    import io

    from openpyxl.reader.strings import read_string_table

    from osallisuus_cli.importing.xlsx import read_shared_strings

    forms = [
        "<si><t>vastaus {n}</t></si>",
        '<si><t xml:space="preserve">  vastaus {n}  </t></si>',
        "<si><r><rPr><b/></rPr><t>yksi muotoiltu ajo {n}</t></r></si>",
        "<si><r><t>kaksi</t></r><r><t> ajoa {n}</t></r></si>",
        "<si><t>{n}</t><rPh sb='0' eb='1'><t>ル</t></rPh></si>",
        "<si/>",
    ]
    items = "".join(forms[n % len(forms)].format(n=n) for n in range(6_000))  # read in many pieces: 300 kB
    table = f'<sst xmlns="{xlsxparts.MAIN}">{items}</sst>'.encode()
    assert read_shared_strings(io.BytesIO(table)) == read_string_table(io.BytesIO(table))


def _prefixed(parts: dict[str, bytes]) -> dict[str, bytes]:
    """The sheet's XML written with a namespace prefix on every element (as some generators write it)."""
    import re

    sheet = re.sub(rb"<(/?)([A-Za-z]+[ />])", rb"<\1x:\2", parts[xlsxparts.SHEET])
    return {**parts, xlsxparts.SHEET: sheet.replace(b"<x:worksheet xmlns=", b"<x:worksheet xmlns:x=")}


def test_a_sheet_written_with_a_namespace_prefix_gives_the_same_table_and_merged_areas(tmp_path: Path) -> None:
    expected = read_both(saved(tmp_path, _two_sheets_merged()))
    raw = with_parts(tmp_path, _two_sheets_merged(), _prefixed)
    assert b"<x:mergeCell " in xlsxparts.parts_of(tmp_path / "changed.xlsx")[xlsxparts.SHEET]
    assert read_both(raw) == expected


def test_the_shared_texts_are_counted_up_to_one_past_the_limit(tmp_path: Path) -> None:
    from osallisuus_cli.importing.sheetxml import shared_text_count

    workbook = sheet_of([["ID", "Taso"], [1, "Kahvila"], [2, "Kerho"]])
    assert shared_text_count(saved(tmp_path, workbook), 10) == 0  # openpyxl writes its texts in their cells
    raw = with_parts(tmp_path, workbook, xlsxparts.shared_texts)
    assert [shared_text_count(raw, limit) for limit in (10, 4, 3, 2)] == [4, 4, 4, 3]  # four texts


# --- dates, links, damaged parts, and which reader reads ------------------------------------------------------------


@pytest.mark.parametrize("epoch", ["1900", "1904"])
def test_times_and_durations_are_read_as_written_whichever_day_the_workbook_counts_from(tmp_path, epoch) -> None:
    from datetime import timedelta

    from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900

    workbook = sheet_of(
        [["ID", "Aloitusaika", "Kesto"], [1, datetime(2026, 11, 2, 9, 30), timedelta(hours=30, minutes=5)]]
    )
    workbook.epoch = CALENDAR_MAC_1904 if epoch == "1904" else CALENDAR_WINDOWS_1900  # Excel for Mac's, or Windows'
    rows = read_both(saved(tmp_path, workbook))[1]
    assert rows == [[1, datetime(2026, 11, 2, 9, 30), timedelta(hours=30, minutes=5)]]


def test_a_sheet_with_a_link_is_read_and_one_whose_links_are_damaged_is_named_as_damaged(tmp_path: Path) -> None:
    workbook = sheet_of([["ID", "Kysely"], [1, "Kahvila"]])
    workbook.active["B2"].hyperlink = "https://example.fi/kysely"
    assert read_both(saved(tmp_path, workbook))[1] == [[1, "Kahvila"]]
    rels = "xl/worksheets/_rels/sheet1.xml.rels"
    problem = refused_by_both(with_parts(tmp_path, workbook, lambda parts: {**parts, rels: parts[rels][:-30]}))
    assert (problem.key, problem.file, problem.params) == ("importing.err_xlsx", NAME, {"detail": "ParseError"})


@pytest.mark.parametrize("part", ["xl/workbook.xml", xlsxparts.SHEET])
def test_a_workbook_with_a_damaged_part_is_named_as_damaged(tmp_path: Path, part: str) -> None:
    raw = with_parts(tmp_path, sheet_of([["ID"], [1]]), lambda parts: {**parts, part: parts[part][:-30]})
    problem = refused_by_both(raw)
    assert (problem.key, problem.file, problem.params) == ("importing.err_xlsx", NAME, {"detail": "ParseError"})


@pytest.mark.parametrize("first", [True, False], ids=["before-the-answers", "after-them"])
def test_a_hidden_sheet_missing_from_the_file_is_passed_over(tmp_path: Path, first: bool) -> None:
    sheets = [("Piilotettu", "hidden"), ("Vastaukset", "visible")]
    workbook = _sheets(*(sheets if first else sheets[::-1]))
    missing = "xl/worksheets/sheet1.xml" if first else "xl/worksheets/sheet2.xml"
    raw = with_parts(tmp_path, workbook, lambda parts: {k: v for k, v in parts.items() if k != missing})
    headers, _rows, _numbers, notes, _merged = read_both(raw)
    assert (headers, notes) == (["ID", "Taso Vastaukset"], [])


def test_the_openpyxl_installed_has_what_the_fast_reader_needs_and_it_is_the_one_used(tmp_path, monkeypatch) -> None:
    from osallisuus_cli.importing import xlsx

    assert xlsx.fast_reader_available()  # openpyxl is pinned to the versions whose internals the fast reader reads
    raw = saved(tmp_path, sheet_of([["ID"], [1]]))
    with monkeypatch.context() as patched:
        patched.setattr(xlsx, "_load_public", lambda raw: pytest.fail("the public reader was used"))
        assert read_sheet(raw, NAME, None)[1] == [[1]]
    monkeypatch.setattr(xlsx, "_load_workbook", lambda raw: pytest.fail("the fast reader was used"))
    assert read_sheet(raw, NAME, None, fast=False)[1] == [[1]]  # the public reader, when asked for


@pytest.mark.parametrize(
    "moved",
    ["openpyxl.worksheet._reader:MOVED", "openpyxl.worksheet._reader:WorkSheetParser.moved", "openpyxl.moved:Reader"],
    ids=["a-name", "a-method", "a-module"],
)
def test_openpyxl_without_one_internal_is_read_through_its_public_reader(monkeypatch, moved: str) -> None:
    from osallisuus_cli.importing import xlsx

    monkeypatch.setattr(xlsx, "FAST_READER_NEEDS", (*xlsx.FAST_READER_NEEDS, moved))
    xlsx.fast_reader_available.cache_clear()
    try:
        assert not xlsx.fast_reader_available()
    finally:
        monkeypatch.undo()
        xlsx.fast_reader_available.cache_clear()
    assert xlsx.fast_reader_available()


def _with_a_damaged_link_to_another_workbook(parts: dict[str, bytes]) -> dict[str, bytes]:
    """A link to another workbook (Excel keeps the values it last read from it) whose part is damaged."""
    rels, link = "xl/_rels/workbook.xml.rels", "xl/externalLinks/externalLink1.xml"
    link_type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink"
    content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"
    changed = dict(parts)
    changed["xl/workbook.xml"] = parts["xl/workbook.xml"].replace(
        b"<definedNames", b'<externalReferences><externalReference r:id="rId99"/></externalReferences><definedNames'
    )
    relation = f'<Relationship Id="rId99" Type="{link_type}" Target="/{link}"/>'.encode()
    changed[rels] = parts[rels].replace(b"</Relationships>", relation + b"</Relationships>")
    override = f'<Override PartName="/{link}" ContentType="{content_type}"/>'.encode()
    changed[xlsxparts.TYPES] = parts[xlsxparts.TYPES].replace(b"</Types>", override + b"</Types>")
    changed[link] = b"<externalLink"
    return changed


def test_links_to_other_workbooks_are_never_read(tmp_path: Path) -> None:
    raw = with_parts(tmp_path, sheet_of([["ID"], [1]]), _with_a_damaged_link_to_another_workbook)
    assert read_both(raw)[1] == [[1]]


def test_a_merged_area_that_names_no_cells_is_named_alike_as_damage_by_both_readers(tmp_path: Path) -> None:
    workbook = sheet_of([["ID", "Taso"], [1, 3]])
    workbook.active.merge_cells("A2:B2")

    def change(parts: dict[str, bytes]) -> dict[str, bytes]:
        return {**parts, xlsxparts.SHEET: parts[xlsxparts.SHEET].replace(b'<mergeCell ref="A2:B2"', b"<mergeCell")}

    problem = refused_by_both(with_parts(tmp_path, workbook, change))
    assert (problem.key, problem.file) == ("importing.err_xlsx", NAME)


def test_a_workbook_of_more_shared_texts_than_allowed_is_refused_by_name(tmp_path: Path, monkeypatch) -> None:
    from osallisuus_cli.importing import xlsx

    raw = with_parts(tmp_path, sheet_of([["ID", "Taso"], [1, "Kahvila"], [2, "Kerho"]]), xlsxparts.shared_texts)
    monkeypatch.setattr(xlsx, "MAX_SHARED_STRINGS", 4)  # the workbook holds four
    assert read_both(raw)[1] == [[1, "Kahvila"], [2, "Kerho"]]
    monkeypatch.setattr(xlsx, "MAX_SHARED_STRINGS", 3)
    problem = refused_by_both(raw)
    assert (problem.key, problem.file, problem.params) == ("importing.err_too_many_texts", NAME, {"limit": 3})


def test_a_link_to_a_web_page_listed_first_among_the_workbooks_parts_changes_nothing(tmp_path: Path) -> None:
    rels = "xl/_rels/workbook.xml.rels"
    link = (
        b'<Relationship Id="rId99" TargetMode="External" Target="https://example.fi/kysely"'
        b' Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" />'
    )

    def change(parts: dict[str, bytes]) -> dict[str, bytes]:
        return {**parts, rels: parts[rels].replace(b"<Relationship ", link + b"<Relationship ", 1)}

    expected = read_both(saved(tmp_path, _two_sheets_merged()), "Kevät")
    assert read_both(with_parts(tmp_path, _two_sheets_merged(), change), "Kevät") == expected
