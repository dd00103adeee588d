"""One sheet of an XLSX workbook, read with openpyxl in read-only mode (rows streamed, never the whole workbook).

openpyxl keeps what a cell *is* — a formula, an error value, a date — where faster readers hand back a cached value
or an empty string; the import needs to tell those apart to report them. The rows are taken from openpyxl's
worksheet parser directly (what ``iter_rows`` uses inside): it yields plain cell records, and it also reads the
sheet's merged areas, which the read-only worksheet leaves out. Those are openpyxl's internals (``FAST_READER_NEEDS``):
when the installed openpyxl lacks one, the sheet is read through its public read-only reader instead, which gives
the same rows, only slower; the merged areas and the count of shared texts are then read from the archive's XML
(``sheetxml``). The workbook's archive was checked for its size and packing ratio before it gets here
(``tables._check_zip``).
"""

from __future__ import annotations

import contextlib
import functools
import gc
import io
import warnings
import zipfile
from collections.abc import Iterable, Iterator
from typing import Any

from osallisuus_cli.errors import DataError, Problem
from osallisuus_cli.importing.shape import MAX_COLUMNS, MAX_ROWS, MAX_SHARED_STRINGS, Odd
from osallisuus_cli.importing.sheetxml import Merged, shared_text_count, shared_text_exists, sheet_facts


def read_sheet(
    raw: bytes, name: str, wanted: str | None, *, fast: bool | None = None
) -> tuple[list[str], list[list[Any]], list[int], list[Problem], list[Merged]]:
    """Header, rows, row numbers, notes and merged areas of the chosen sheet (the first visible one by default).

    ``fast``: through openpyxl's internals (2.2 times less CPU), as long as the installed openpyxl has them
    (``fast_reader_available``); else through its public read-only reader, which gives the same rows, with the merged
    areas and the bound on shared texts taken from the archive's XML.
    """
    from xml.etree.ElementTree import ParseError

    from openpyxl.utils.exceptions import InvalidFileException

    fast = fast_reader_available() if fast is None else fast
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about styles and extensions it does not read
            texts = 0  # the public reader's count of shared texts (the fast reader bounds them as it reads them)
            if fast:
                workbook, missing = _load_workbook(raw)
            else:  # the public reader cannot tell a sheet missing from the file: it is an unreadable file there
                texts = shared_text_count(raw, MAX_SHARED_STRINGS)
                if texts > MAX_SHARED_STRINGS:  # openpyxl would read them all before the first cell
                    raise _TooManyTexts
                workbook, missing = _load_public(raw), []
    except _TooManyTexts:
        raise DataError("importing.err_too_many_texts", file=name, limit=MAX_SHARED_STRINGS) from None
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ParseError, ValueError, TypeError, OSError) as exc:
        raise DataError("importing.err_xlsx", file=name, detail=type(exc).__name__) from None
    except AttributeError:  # openpyxl stumbling over parts it does not expect (a chart sheet without its chart)
        raise DataError("importing.err_xlsx", file=name, detail="AttributeError") from None
    try:
        sheet, notes = _choose(workbook, name, wanted, missing)
        try:
            if fast:
                headers, rows, numbers, merged = _rows(workbook, sheet, name, notes)
            else:
                facts = sheet_facts(raw, sheet.title, texts)
                if facts.bad_shared_text:
                    cell, number = facts.bad_shared_text
                    raise _BadCell(cell, "importing.err_shared_string", number)
                headers, rows, numbers = _public_rows(sheet, name, notes)
                merged = facts.merged
            return headers, rows, numbers, notes, merged
        except _BadCell as bad:
            raise DataError(bad.key, file=_place(name, bad.cell), index=bad.value) from None
        except (ParseError, KeyError, ValueError, TypeError, IndexError, zipfile.BadZipFile) as exc:
            raise DataError("importing.err_xlsx", file=name, detail=type(exc).__name__) from None
    finally:
        workbook.close()


def _place(name: str, reference: str) -> str:
    """``forms.xlsx:7:B`` for cell B7, as every message of the import places a cell."""
    import re

    found = re.fullmatch(r"([A-Z]{1,3})([0-9]{1,7})", reference)
    return f"{name}:{found[2]}:{found[1]}" if found else f"{name}:{reference}"


class _TooManyTexts(Exception):
    """The workbook's table of shared texts is longer than MAX_SHARED_STRINGS (reading stops there)."""


class _BadCell(Exception):
    """A cell no spreadsheet program writes: its reference (B7), the message key and the value it holds."""

    def __init__(self, cell: str, key: str, value: str) -> None:
        super().__init__(cell)
        self.cell, self.key, self.value = cell, key, value


def read_shared_strings(source: Any) -> list[str]:
    """The workbook's shared texts, as openpyxl reads them (``read_string_table``) but without building a rich-text
    object for a plain one, and never more than MAX_SHARED_STRINGS of them (1.5 million took minutes and a gigabyte).
    """
    from openpyxl.cell.text import Text
    from openpyxl.xml.constants import SHEET_MAIN_NS
    from openpyxl.xml.functions import iterparse

    item_tag, text_tag = f"{{{SHEET_MAIN_NS}}}si", f"{{{SHEET_MAIN_NS}}}t"
    strings: list[str] = []
    root = None
    for event, node in iterparse(source, events=("start", "end")):
        if root is None:
            root = node
        if event != "end" or node.tag != item_tag:
            continue
        if len(node) == 1 and node[0].tag == text_tag and not node[0].attrib.keys() - {_SPACE}:
            text = node[0].text or ""
        else:
            text = Text.from_tree(node).content
        if len(strings) >= MAX_SHARED_STRINGS:
            raise _TooManyTexts
        strings.append(text.replace("x005F_", ""))
        root.clear()  # what is read is not kept twice (a cleared item would stay in the tree)
    return strings


_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def _load_workbook(raw: bytes) -> tuple[Any, list[str]]:
    """``openpyxl.load_workbook(read_only=True, keep_links=False)``, except that no sheet looks for its size.

    The import reads the rows itself and never asks for the size; but a read-only sheet looks for it as it is
    opened, and in a sheet without a ``<dimension>`` element (openpyxl's own files have none) that means parsing
    the whole sheet once more before reading it. The reader is openpyxl's, every step as ``load_workbook`` takes it;
    only the sheets are made without that search (the read-only branch of ``read_worksheets``).
    """
    from openpyxl.packaging.relationship import get_dependents, get_rels_path
    from openpyxl.reader.excel import SHARED_STRINGS, ExcelReader
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    class Sheet(ReadOnlyWorksheet):  # type: ignore[misc]
        def _get_size(self) -> None:
            pass

    class Reader(ExcelReader):  # type: ignore[misc]
        def read_strings(self) -> None:
            part = self.package.find(SHARED_STRINGS)
            if part is not None:
                with self.archive.open(part.PartName[1:]) as source:
                    self.shared_strings = read_shared_strings(source)

        def read_worksheets(self) -> None:
            for sheet, rel in self.parser.find_sheets():
                if rel.target not in self.valid_files:  # named by the workbook, missing from the file
                    if sheet.state == "visible":
                        missing.append(sheet.name)
                    continue
                if "chartsheet" in rel.Type:
                    self.read_chartsheet(sheet, rel)
                    continue
                rels_path = get_rels_path(rel.target)
                if rels_path in self.valid_files:
                    get_dependents(self.archive, rels_path)  # read (and refused when broken) as openpyxl does
                ws = Sheet(self.wb, sheet.name, rel.target, self.shared_strings)
                ws.sheet_state = sheet.state
                self.wb._sheets.append(ws)

    missing: list[str] = []  # the visible sheets whose parts are not in the file (see _choose)
    reader = Reader(io.BytesIO(raw), read_only=True, data_only=False, keep_links=False)
    reader.read()
    return reader.wb, missing


def _choose(workbook: Any, name: str, wanted: str | None, missing: list[str]) -> tuple[Any, list[Problem]]:
    sheets = workbook.worksheets
    if not sheets or (wanted is None and missing) or wanted in missing:
        # a sheet the workbook names is not in the file: another sheet must not be read in its place
        raise DataError("importing.err_no_sheet_part", file=name, sheet=wanted or (missing or ["?"])[0])
    if wanted is not None:
        for sheet in sheets:
            if sheet.title == wanted:
                return sheet, []
        names = ", ".join(repr(sheet.title) for sheet in sheets)
        raise DataError("importing.err_no_such_sheet", file=name, sheet=wanted, sheets=names)
    visible = [sheet for sheet in sheets if sheet.sheet_state == "visible"]
    hidden = [sheet.title for sheet in sheets if sheet.sheet_state != "visible"]
    if not visible:
        raise DataError("importing.err_only_hidden_sheets", file=name, sheets=", ".join(hidden))
    notes = []
    if hidden:
        notes.append(Problem("importing.note_hidden_sheets", {"sheets": ", ".join(hidden)}, name))
    if len(visible) > 1:
        others = ", ".join(sheet.title for sheet in visible[1:])
        notes.append(Problem("importing.note_other_sheets", {"sheet": visible[0].title, "others": others}, name))
    return visible[0], notes


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off while the rows are read. The rows kept are thousands of lists, which every pass
    over the oldest objects would walk again (a fifth of the reading time); reading makes no cycles worth waiting
    for, and dropped values are freed as they are dropped all the same."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _rows(
    workbook: Any, sheet: Any, name: str, notes: list[Problem]
) -> tuple[list[str], list[list[Any]], list[int], list[Merged]]:
    from openpyxl.utils.cell import range_boundaries

    with sheet._get_source() as source, _collector_paused():
        parser = sheet_parser()(
            source,
            sheet._shared_strings,
            data_only=False,
            epoch=workbook.epoch,
            date_formats=workbook._date_formats,
            timedelta_formats=workbook._timedelta_formats,
        )
        headers, rows, numbers = _table(parser.parse(), sheet, name, notes)
        merged = parser.merged_cells
    areas = []
    for item in merged.mergeCell if merged is not None else []:
        first_col, first_row, last_col, last_row = range_boundaries(item.ref)
        areas.append((first_row, first_col - 1, last_row, last_col - 1))
    return headers, rows, numbers, areas


def _public_rows(sheet: Any, name: str, notes: list[Problem]) -> tuple[list[str], list[list[Any]], list[int]]:
    """The rows through openpyxl's public read-only reader (``iter_rows``), as the same cell records."""

    def numbered() -> Iterator[tuple[int, list[dict[str, Any]]]]:
        for number, row in enumerate(sheet.iter_rows(min_row=1), start=1):
            cells = [
                {"value": cell.value, "data_type": cell.data_type, "column": cell.column}
                for cell in row
                if getattr(cell, "column", None) is not None  # an EmptyCell fills a gap: no cell there
            ]
            if cells:  # a row of gaps only is not in the sheet at all (the fast reader never meets it)
                yield number, cells

    with _collector_paused():
        return _table(numbered(), sheet, name, notes)


def _table(
    numbered: Iterable[tuple[int, list[dict[str, Any]]]], sheet: Any, name: str, notes: list[Problem]
) -> tuple[list[str], list[list[Any]], list[int]]:
    """Header, rows and row numbers from the sheet's rows of cell records, whichever reader made them."""
    headers: list[str] | None = None
    rows: list[list[Any]] = []
    numbers: list[int] = []
    blank: list[int] = []  # blank rows since the last row that holds something
    for number, cells in numbered:
        values = _values(cells, name, number)
        if not values:  # nothing in it, only formatting perhaps: no row to read, no row to count
            if headers is not None and len(blank) < MAX_ROWS:
                blank.append(number)
            continue
        if headers is None:
            headers = [_header(value) for value in values]
            continue
        if len(rows) + len(blank) >= MAX_ROWS:
            raise DataError("importing.err_too_many_rows", file=name, count=f"> {MAX_ROWS}", limit=MAX_ROWS)
        # a blank row between rows that hold answers is kept (the import counts it); blank rows after the last
        # one are the sheet's formatting, never rows
        rows += [[] for _ in blank]
        numbers += blank
        blank.clear()
        rows.append(values)
        numbers.append(number)
    if headers is None:
        hidden = [note.params["sheets"] for note in notes if note.key == "importing.note_hidden_sheets"]
        if hidden:
            raise DataError("importing.err_empty_sheet", file=name, sheet=sheet.title, hidden=hidden[0])
        raise DataError("importing.err_empty_file", file=name)
    if len(headers) > MAX_COLUMNS:
        raise DataError("importing.err_too_many_columns", file=name, count=len(headers), limit=MAX_COLUMNS)
    return headers, rows, numbers


# What the fast reader takes from openpyxl beyond its public API ("module:name.attribute"), looked up before use.
FAST_READER_NEEDS: tuple[str, ...] = (
    "openpyxl.reader.excel:SHARED_STRINGS",
    "openpyxl.reader.excel:ExcelReader.read_worksheets",
    "openpyxl.reader.excel:ExcelReader.read_strings",
    "openpyxl.reader.excel:ExcelReader.read_chartsheet",
    "openpyxl.packaging.relationship:get_dependents",
    "openpyxl.packaging.relationship:get_rels_path",
    "openpyxl.worksheet._reader:FORMULA_TAG",
    "openpyxl.worksheet._reader:INLINE_STRING",
    "openpyxl.worksheet._reader:VALUE_TAG",
    "openpyxl.worksheet._reader:WorkSheetParser.parse_cell",
    "openpyxl.worksheet._read_only:ReadOnlyWorksheet._get_source",
    "openpyxl.worksheet._read_only:ReadOnlyWorksheet._get_size",
)


@functools.cache
def fast_reader_available() -> bool:
    """Whether the installed openpyxl still has every internal the fast reader uses (openpyxl is pinned below 3.2,
    whose internals were read for it; one that moved them is read through the public reader instead)."""
    import importlib

    from openpyxl.workbook.workbook import Workbook

    for need in FAST_READER_NEEDS:
        module_name, _, path = need.partition(":")
        try:
            found: Any = importlib.import_module(module_name)
        except ImportError:
            return False
        for part in path.split("."):
            found = getattr(found, part, None)
            if found is None:
                return False
    workbook = Workbook()  # set as a workbook is made, not on the class
    return all(hasattr(workbook, name) for name in ("_date_formats", "_timedelta_formats", "_sheets", "epoch"))


def _load_public(raw: bytes) -> Any:
    from openpyxl import load_workbook

    return load_workbook(io.BytesIO(raw), read_only=True, data_only=False, keep_links=False)


@functools.cache
def sheet_parser() -> Any:
    """openpyxl's worksheet parser, reading a cell of plain inline text (``<is><t>…</t></is>``, as openpyxl and
    other generators write every text) straight from its element.

    openpyxl builds a rich-text object for every such cell only to join its text again, which cost as much as all
    the rest of reading the sheet. Anything else — runs of formatted text, phonetic guides, attributes, a formula —
    goes through openpyxl's own reading; a test checks both give the same cell.
    """
    from openpyxl.worksheet._reader import FORMULA_TAG, INLINE_STRING, WorkSheetParser
    from openpyxl.xml.constants import SHEET_MAIN_NS

    text_tag = f"{{{SHEET_MAIN_NS}}}t"

    class Parser(WorkSheetParser):  # type: ignore[misc]
        def parse_cell(self, element: Any) -> Any:
            kind = element.get("t")
            if kind == "s" and element.find(FORMULA_TAG) is None:
                _check_shared_index(element, len(self.shared_strings))
            try:
                return self._parse_cell(element)
            except (ValueError, TypeError, OverflowError, IndexError):
                raise _BadCell(element.get("r") or "?", "importing.err_xlsx_cell", "") from None

        def _parse_cell(self, element: Any) -> Any:
            if element.get("t") == "inlineStr" and element.find(FORMULA_TAG) is None:
                inline = element.find(INLINE_STRING)
                if inline is not None and len(inline) == 1 and not inline.attrib and inline[0].tag == text_tag:
                    # Without its <is>, openpyxl's reading places the cell (row, column, style) and leaves the value
                    # to be filled in here: the text of the one <t>, "" for none (as openpyxl reads it).
                    element.remove(inline)
                    cell = super().parse_cell(element)
                    cell["value"], cell["data_type"] = inline[0].text or "", "s"
                    return cell
            return super().parse_cell(element)

    return Parser


def _check_shared_index(element: Any, count: int) -> None:
    """A shared-text cell's value is a number that picks one of the workbook's texts: one that is not there
    (``99999``, ``-5``: Python would count it from the end, another text), or a workbook without texts, is refused."""
    from openpyxl.worksheet._reader import VALUE_TAG

    value = (element.findtext(VALUE_TAG) or "").strip()
    if not shared_text_exists(value, count):
        raise _BadCell(element.get("r") or "?", "importing.err_shared_string", value[:20])


def _values(cells: list[dict[str, Any]], name: str, number: int) -> list[Any]:
    """A row's values by column; formulas and error values become ``Odd`` so the import can name them."""
    values: list[Any] = []
    for cell in cells:
        value, kind = cell["value"], cell["data_type"]
        if kind == "f":
            value = Odd("formula", str(value))
        elif kind == "e":
            value = Odd("error", str(value))
        elif value is None or (isinstance(value, str) and not value.strip()):
            continue  # an empty cell, styled or not, is no column: only cells that hold something count
        column = cell["column"] - 1
        if column >= MAX_COLUMNS:
            raise DataError("importing.err_too_many_columns", file=name, count=f"> {MAX_COLUMNS}", limit=MAX_COLUMNS)
        if column >= len(values):
            values.extend([None] * (column + 1 - len(values)))
        values[column] = value
    return values


def _header(value: Any) -> str:
    if value is None:
        return ""
    if hasattr(value, "text"):
        return str(value.text).strip()
    return str(value).strip()
