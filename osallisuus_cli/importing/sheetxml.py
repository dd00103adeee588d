"""What a workbook's own XML says that openpyxl's public read-only reader does not: a sheet's merged areas, a cell
whose shared-text number picks no text, and how many shared texts the workbook holds.

The import reads a sheet through openpyxl's internals where it can (``xlsx``), which give all three. When an
installed openpyxl has moved those internals, the public reader reads the cells, and this module reads the missing
facts from the archive itself, so that either way a merged area is reported, a damaged cell is named and the table
of shared texts is bounded.
The archive was checked for its size and packing ratio before it gets here (``tables._check_zip``); the XML is
streamed, each element dropped once read.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from xml.etree.ElementTree import Element

Merged = tuple[int, int, int, int]  # (first row, first column, last row, last column); rows from 1, columns from 0

# Found as openpyxl finds them: by their content type in [Content_Types].xml (a workbook may be a template or hold
# macros: each of those content types ends so)
_WORKBOOK = "main+xml"
_SHARED_STRINGS = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
_RELATIONSHIP_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


@dataclass(frozen=True)
class SheetFacts:
    """What openpyxl's public reader does not tell of a sheet: its merged areas, and the first cell whose shared-text
    number picks no text (the public reader would give it another text, or fail without naming the cell)."""

    merged: list[Merged] = field(default_factory=list)
    bad_shared_text: tuple[str, str] | None = None  # (the cell's reference, the number it holds)


def sheet_facts(raw: bytes, title: str, shared_texts: int) -> SheetFacts:
    """The facts of the sheet called ``title`` in a workbook of ``shared_texts`` shared texts."""
    from openpyxl.utils.cell import range_boundaries

    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        workbook = _part(archive, _WORKBOOK)
        targets = _relationships(archive, workbook)
        sheets = _elements(archive, workbook, "sheet")
        relation = next((sheet.get(_RELATIONSHIP_ID) for sheet in sheets if sheet.get("name") == title), None)
        if relation not in targets:
            raise KeyError(title)
        merged, bad = [], None
        for element in _elements(archive, targets[relation][1], "mergeCell", "c"):
            if element.tag.endswith("mergeCell"):
                first_col, first_row, last_col, last_row = range_boundaries(element.get("ref") or "")
                merged.append((first_row, first_col - 1, last_row, last_col - 1))
            elif bad is None and element.get("t") == "s" and _child(element, "f") is None:
                value = (_child_text(element, "v") or "").strip()
                if not shared_text_exists(value, shared_texts):
                    bad = (element.get("r") or "?", value[:20])
        return SheetFacts(merged, bad)


def shared_text_exists(number: str, count: int) -> bool:
    """Whether a shared-text cell's number picks one of the workbook's ``count`` texts: ``99999`` does not, nor does
    ``-5`` (Python would count it from the end: another text)."""
    return number.isascii() and number.isdigit() and len(number) <= 9 and int(number) < count


def shared_text_count(raw: bytes, limit: int) -> int:
    """How many texts the workbook's table of shared texts holds; counting stops at ``limit + 1``."""
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        try:
            shared = _part(archive, _SHARED_STRINGS)
        except KeyError:
            return 0  # texts written in their cells, as openpyxl writes them
        count = 0
        for _ in _elements(archive, shared, "si"):
            count += 1
            if count > limit:
                break
        return count


def _child(element: Element, local_name: str) -> Element | None:
    return next((child for child in element if child.tag.rpartition("}")[2] == local_name), None)


def _child_text(element: Element, local_name: str) -> str | None:
    child = _child(element, local_name)
    return None if child is None else child.text


def _part(archive: zipfile.ZipFile, content_type: str) -> str:
    """The archive path of the first part whose content type ends so."""
    for element in _elements(archive, "[Content_Types].xml", "Override"):
        if (element.get("ContentType") or "").endswith(content_type):
            return (element.get("PartName") or "").lstrip("/")
    raise KeyError(content_type)


def _relationships(archive: zipfile.ZipFile, source: str) -> dict[str, tuple[str, str]]:
    """What ``source`` points to: relationship id → (its type, the archive path it names)."""
    folder, name = posixpath.split(source)
    rels = posixpath.join(folder, "_rels", f"{name}.rels")
    found = {}
    for element in _elements(archive, rels, "Relationship"):
        if element.get("TargetMode") == "External":
            continue
        target = element.get("Target") or ""
        path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
        found[element.get("Id") or ""] = (element.get("Type") or "", path)
    return found


def _elements(archive: zipfile.ZipFile, path: str, *local_names: str) -> Iterator[Element]:
    """Each element of those names in one XML part, streamed: what was read is dropped as the parsing goes on."""
    from openpyxl.xml.functions import iterparse  # the parser openpyxl reads with (defusedxml's where installed)

    with archive.open(path) as stream:
        parents: list[Element] = []
        inside = 0  # how many of the open elements are wanted: what is inside one is read with it
        for event, element in iterparse(stream, events=("start", "end")):
            wanted = element.tag.rpartition("}")[2] in local_names
            if event == "start":
                parents.append(element)
                inside += wanted
                continue
            parents.pop()
            inside -= wanted
            if wanted:
                yield element
            if parents and not inside:  # read: it leaves its parent, so nothing read stays in memory
                parents[-1].remove(element)
