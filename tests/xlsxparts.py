"""Workbooks changed part by part, for the files no spreadsheet program writes but a hostile or damaged file holds:
a sheet's XML edited, texts moved into a shared-text table, parts removed, padding stored beside a packed part."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

SHEET = "xl/worksheets/sheet1.xml"
SHARED = "xl/sharedStrings.xml"
TYPES = "[Content_Types].xml"
SHARED_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_INLINE = re.compile(rb'<c r="([A-Z]+[0-9]+)" t="inlineStr"><is><t>(.*?)</t></is></c>')


def parts_of(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def write_parts(path: Path, parts: dict[str, bytes], *, stored: dict[str, bytes] | None = None) -> Path:
    """The parts packed (deflated) into ``path``; ``stored`` ones are added unpacked."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
        for name, data in (stored or {}).items():
            archive.writestr(zipfile.ZipInfo(name), data, compress_type=zipfile.ZIP_STORED)
    return path


def shared_texts(parts: dict[str, bytes], extra: list[str] | None = None) -> dict[str, bytes]:
    """Every inline text of the sheet moved into a shared-text table (as Excel writes them), ``extra`` after them."""
    texts: list[bytes] = []

    def shared(found: re.Match[bytes]) -> bytes:
        texts.append(found[2])
        return b'<c r="' + found[1] + b'" t="s"><v>' + str(len(texts) - 1).encode() + b"</v></c>"

    changed = dict(parts)
    changed[SHEET] = _INLINE.sub(shared, parts[SHEET])
    items = [b"<si><t>" + text + b"</t></si>" for text in texts] + [
        f"<si><t>{text}</t></si>".encode() for text in extra or []
    ]
    changed[SHARED] = f'<sst xmlns="{MAIN}" uniqueCount="{len(items)}">'.encode() + b"".join(items) + b"</sst>"
    override = f'<Override PartName="/{SHARED}" ContentType="{SHARED_TYPE}"/>'.encode()
    changed[TYPES] = parts[TYPES].replace(b"</Types>", override + b"</Types>")
    return changed


def set_cell(parts: dict[str, bytes], reference: str, xml: str) -> dict[str, bytes]:
    """Cell ``reference`` (which must exist) replaced by the ``<c>`` element ``xml``."""
    changed = dict(parts)
    pattern = re.compile(rb'<c r="' + reference.encode() + rb'"[^>]*?(/>|>.*?</c>)')
    changed[SHEET], count = pattern.subn(xml.encode(), parts[SHEET], count=1)
    assert count == 1, reference
    return changed


def add_rows(parts: dict[str, bytes], rows: bytes) -> dict[str, bytes]:
    """``<row>`` elements added after the last row of the sheet."""
    changed = dict(parts)
    changed[SHEET] = parts[SHEET].replace(b"</sheetData>", rows + b"</sheetData>")
    return changed
