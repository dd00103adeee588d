"""Survey exports read as one table: a header row and rows of cells, whatever the file format.

CSV in the dialects people meet (``,`` ``;`` or tab; UTF-8 with or without a byte-order mark, UTF-16 from Excel's
"Unicode text", Windows-1252 from Finnish Excel's "CSV (semicolon)"), XLSX through openpyxl in read-only mode, and
this tool's own ``export --format jsonl/json``. Every reader is bounded: the file's size, an XLSX's unpacked size
and packing ratio (a zip bomb is refused before anything is unpacked), the number of rows and columns.

What a table and its cells are: ``shape``.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

from osallisuus_cli.errors import DataError, Key, Problem, data_error
from osallisuus_cli.files import yamlio
from osallisuus_cli.importing.shape import MAX_COLUMNS, MAX_ROWS, MAX_SHARED_STRINGS, Table, column_letter

MAX_SOURCE_BYTES = 30 * 1024 * 1024
MAX_UNPACKED_BYTES = 300 * 1024 * 1024
MAX_PACKING_RATIO = 100  # an ordinary sheet packs 5–20 times; a zip bomb thousands of times
DELIMITERS = (";", ",", "\t")
MAX_CSV_PROBLEMS = 20  # rows a strict CSV reading names one by one; the rest are counted


def read_table(path: Path, *, sheet: str | None = None) -> Table:
    """The table in ``path``, chosen by its content (an XLSX is a zip archive; JSON starts with ``{`` or ``[``)."""
    name = str(path)
    if path.exists() and not path.is_file():
        raise DataError("importing.err_not_regular", file=name)
    raw = yamlio.read_bytes(path, max_bytes=MAX_SOURCE_BYTES)
    sha = hashlib.sha256(raw).hexdigest()
    modified = datetime.fromtimestamp(int(path.stat().st_mtime)).astimezone()
    if not raw.strip():
        raise DataError("importing.err_empty_file", file=name)
    _refuse_other_kinds(raw, name)
    if raw[:4] == b"PK\x03\x04":
        headers, rows, numbers, notes, merged = _read_xlsx(raw, name, sheet)
        table = Table(name, "xlsx", headers, rows, numbers, sha, modified, notes, merged)
    else:
        if sheet is not None:
            raise DataError("importing.err_sheet_not_xlsx", file=name)
        text, notes = _decode(raw, name)
        stripped = text.lstrip()
        if stripped[:1] in ("{", "["):
            headers, rows, numbers = _read_json(text, name, lines=stripped[:1] == "{")
            kind = "jsonl" if stripped[:1] == "{" else "json"
        else:
            headers, rows, numbers = _read_csv(text, name)
            kind = "csv"
        table = Table(name, kind, headers, rows, numbers, sha, modified, notes)
    if len(table.rows) > MAX_ROWS:
        raise DataError("importing.err_too_many_rows", file=name, count=len(table.rows), limit=MAX_ROWS)
    return table


# --- text files ------------------------------------------------------------------------------------------------


def _decode(raw: bytes, name: str) -> tuple[str, list[Problem]]:
    """UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252 — said out loud, as letters may differ."""
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return _text_lines(raw.decode("utf-16"), name), []
        except UnicodeDecodeError:
            raise DataError("importing.err_encoding", file=name) from None
    try:
        return _text_lines(raw.decode("utf-8").removeprefix("\ufeff"), name), []
    except UnicodeDecodeError:
        pass
    if b"\x00" in raw:  # UTF-16 without a byte-order mark, or not text at all
        raise DataError("importing.err_encoding", file=name)
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        raise DataError("importing.err_encoding", file=name) from None
    return _text_lines(text, name), [Problem("importing.note_cp1252", {}, name)]


def _text_lines(text: str, name: str) -> str:
    if "\x00" in text:
        raise DataError("importing.err_encoding", file=name)
    return text


def _read_csv(text: str, name: str) -> tuple[list[str], list[list[Any]], list[int]]:
    """The header and rows of a CSV text, read strictly: every row has the header's cells (see ``_ragged``).

    A row's number is the line it starts on (a quoted cell may hold line breaks)."""
    delimiter = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    headers: list[str] | None = None
    rows: list[list[Any]] = []
    numbers: list[int] = []
    problems: list[Problem] = []
    start = 1
    try:
        for record in reader:
            number, start = start, reader.line_num + 1
            if headers is None:
                if not any(cell.strip() for cell in record):
                    continue  # blank lines above the header
                headers = [cell.strip() for cell in record]
                _check_width(len(headers), name)
                continue
            if len(rows) >= MAX_ROWS:
                raise DataError("importing.err_too_many_rows", file=name, count=f"> {MAX_ROWS}", limit=MAX_ROWS)
            if not any(cell.strip() for cell in record):
                rows.append([None] * len(headers))  # a blank line: skipped and counted by the import
            else:
                problem = _ragged(record, len(headers), delimiter, f"{name}:{number}")
                if problem is not None:
                    problems.append(problem)
                rows.append([cell if cell else None for cell in record])
            numbers.append(number)
    except csv.Error as exc:
        raise DataError("importing.err_csv", file=name, line=reader.line_num, detail=str(exc)) from None
    if headers is None:
        raise DataError("importing.err_empty_file", file=name)
    if problems:
        shown = problems[:MAX_CSV_PROBLEMS]
        if len(problems) > MAX_CSV_PROBLEMS:
            shown.append(Problem("importing.more_problems", {"count": len(problems) - MAX_CSV_PROBLEMS}, name))
        shown.append(Problem("importing.nothing_written", {"count": len(problems)}, name))
        raise data_error(shown)
    return headers, rows, numbers


def _ragged(record: list[str], width: int, delimiter: str, where: str) -> Problem | None:
    """What is wrong with a row that a strict reading refuses, else None.

    A quote at the start of a cell that was not meant to quote it (``"Kyläjuhlat, …`` typed by hand) makes the cell
    run on over the following lines, delimiters and all, until the next quote: rows vanish into one cell. Such a cell
    holds a line break and, on a line of its own, as many delimiters as a whole row; a text with a line break and a
    comma or two is an ordinary answer. A row with another number of cells than the header has lost or gained a cell
    (a delimiter inside an unquoted text): which value belongs to which column cannot be known.
    """
    shown: str = Key("importing.delimiter_tab") if delimiter == "\t" else f"'{delimiter}'"
    for index, cell in enumerate(record):
        lines = cell.splitlines()
        if len(lines) > 1 and any(line.count(delimiter) >= max(2, width - 1) for line in lines[1:]):
            params = {"lines": len(lines), "delimiter": shown}
            return Problem("importing.err_csv_swallowed", params, f"{where}:{column_letter(index)}")
    if len(record) != width:
        column = column_letter(min(len(record), width))
        params = {"count": len(record), "width": width, "delimiter": shown}
        return Problem("importing.err_csv_width", params, f"{where}:{column}")
    return None


def _delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the same number of columns, the most of them.

    Counting characters is not enough: Finnish Excel writes ``;`` and leaves commas inside question texts unquoted.
    """
    sample = text[: 64 * 1024]
    lines = sample.splitlines(keepends=True)
    if len(sample) < len(text) and len(lines) > 1:
        lines = lines[:-1]  # the last line of a cut sample may be cut too
    best, best_score = ",", (-1, -1)
    for delimiter in DELIMITERS:
        try:
            records = [r for r in csv.reader(io.StringIO("".join(lines), newline=""), delimiter=delimiter) if r]
        except csv.Error:
            continue
        if not records:
            continue
        widths = {len(record) for record in records[:50]}
        consistent = 1 if len(widths) == 1 else 0
        score = (consistent, len(records[0])) if len(records[0]) > 1 else (0, 0)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _read_json(text: str, name: str, *, lines: bool) -> tuple[list[str], list[list[Any]], list[int]]:
    """``export --format jsonl`` (one record a line) or ``--format json`` (an array of records)."""
    records: list[tuple[int, Any]] = []
    try:
        if lines:
            for number, line in enumerate(text.split("\n"), start=1):  # JSON text may hold U+2028 and friends
                if line.strip():
                    records.append((number, json.loads(line)))
        else:
            records = list(enumerate(json.loads(text), start=1))
    except (json.JSONDecodeError, TypeError) as exc:
        at: int | None = getattr(exc, "lineno", None) if not lines else number
        raise DataError("importing.err_json", file=name, line=at, detail=getattr(exc, "msg", str(exc))) from None
    except RecursionError:  # [[[[…]]]] nested thousands deep: no export is
        at = number if lines else None
        raise DataError("importing.err_json", file=name, line=at, detail=Key("importing.json_too_deep")) from None
    except ValueError:  # a whole number of thousands of digits (Python reads at most 4,300)
        at = number if lines else None
        raise DataError("importing.err_json", file=name, line=at, detail=Key("importing.json_long_number")) from None
    headers: list[str] = []
    for _number, record in records:
        if not isinstance(record, dict):
            raise DataError("importing.err_json", file=name, line=_number, detail="not an object")
        for key in record:
            if key not in headers:
                headers.append(str(key))
    _check_width(len(headers), name)
    rows = [[_json_cell(record.get(key)) for key in headers] for _number, record in records]
    return headers, rows, [number for number, _record in records]


def _json_cell(value: Any) -> Any:
    if value is None or value == "":
        return None
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return value


def _check_width(width: int, name: str) -> None:
    if width > MAX_COLUMNS:
        raise DataError("importing.err_too_many_columns", file=name, count=width, limit=MAX_COLUMNS)


# --- what the file is --------------------------------------------------------------------------------------------

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Microsoft's compound file: an .xls, or an .xlsx with a password


def _refuse_other_kinds(raw: bytes, name: str) -> None:
    """Files people pick by mistake, named for what they are with what to do (not "the encoding was not
    recognised"): an old .xls, a password-protected workbook, an empty zip archive, a PDF."""
    if raw.startswith(OLE2):
        # a password-protected workbook is a compound file whose streams say so (their names are UTF-16)
        encrypted = "EncryptionInfo".encode("utf-16-le") in raw or "EncryptedPackage".encode("utf-16-le") in raw
        raise DataError("importing.err_encrypted" if encrypted else "importing.err_xls", file=name)
    if raw.startswith(b"PK\x05\x06"):  # the end of a zip directory and nothing before it
        raise DataError("importing.err_empty_zip", file=name)
    if raw.startswith(b"%PDF-"):
        raise DataError("importing.err_pdf", file=name)
    if _OWN_FORMAT.search(raw[:4096]):  # a team, answers or workshop file: read as CSV it would be "bad cells"
        raise DataError("importing.err_own_file", file=name)


# The first lines of a file the tool wrote itself (its comment lines come first in a project file).
_OWN_FORMAT = re.compile(rb"^(?:#[^\n]*\n|\s*\n)*format:[ \t]*[\"']?osallisuus/")


# --- XLSX --------------------------------------------------------------------------------------------------------

MAX_PART_BYTES = 200 * 1024 * 1024  # one sheet, or the shared texts, unpacked
MAX_SHARED_STRINGS_BYTES = 100 * 1024 * 1024  # 1.5 million texts of 60 letters; more took minutes to read


def _check_zip(raw: bytes, name: str) -> None:
    """Refuse a zip bomb from the archive's directory alone, before anything is unpacked: the whole archive and each
    part on its own (stored padding beside a packed part would otherwise hide the part's ratio)."""
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise DataError("importing.err_xlsx", file=name, detail=Key("importing.not_a_zip")) from None
    if not infos:
        raise DataError("importing.err_empty_zip", file=name)
    names = {info.filename for info in infos}
    if "[Content_Types].xml" not in names or not any(part.startswith("xl/") for part in names):
        opendocument = "mimetype" in names and "content.xml" in names
        raise DataError("importing.err_opendocument" if opendocument else "importing.err_zip_not_xlsx", file=name)
    total = sum(info.file_size for info in infos)
    packed = sum(info.compress_size for info in infos)
    if len(infos) > 10_000 or total > MAX_UNPACKED_BYTES or total > MAX_PACKING_RATIO * max(packed, 1) + 1_000_000:
        raise DataError("importing.err_zip_bomb", file=name, size=round(total / 1e6, 1))
    for info in infos:
        shared = info.filename.lower().endswith("sharedstrings.xml")
        most = MAX_SHARED_STRINGS_BYTES if shared else MAX_PART_BYTES
        ratio_bomb = info.file_size > MAX_PACKING_RATIO * max(info.compress_size, 1) + 1_000_000
        if info.file_size > most or ratio_bomb:
            raise DataError("importing.err_zip_bomb", file=name, size=round(info.file_size / 1e6, 1))
        if shared and _texts_in(raw, info) > MAX_SHARED_STRINGS:
            raise DataError("importing.err_too_many_texts", file=name, limit=MAX_SHARED_STRINGS)


_TEXT_START = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?si[\s/>]")


def _texts_in(raw: bytes, info: zipfile.ZipInfo) -> int:
    """How many texts a shared-text table holds, counted in its bytes as they are unpacked (a million in a fraction
    of a second; reading them takes seconds each hundred thousand)."""
    count, tail = 0, b""
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive, archive.open(info) as part:
            while piece := part.read(1 << 20):
                window = tail + piece
                count += len(_TEXT_START.findall(window))
                tail = window[-64:]
                count -= len(_TEXT_START.findall(tail))  # counted again with the next piece
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return 0  # reading the workbook names what is wrong
    return count + len(_TEXT_START.findall(tail))


def _read_xlsx(
    raw: bytes, name: str, sheet: str | None
) -> tuple[list[str], list[list[Any]], list[int], list[Problem], list[tuple[int, int, int, int]]]:
    _check_zip(raw, name)
    from osallisuus_cli.importing import xlsx

    return xlsx.read_sheet(raw, name, sheet)
