"""What every reader of a survey export gives: a ``Table`` of cells, ``Odd`` values, and the limits of its size.

A cell is ``None`` (empty), text, a number, a ``datetime``, or an ``Odd`` value — a formula or an error value — that
the import reports instead of guessing what it meant. ``tables`` (CSV, JSON) and ``xlsx`` both build on this.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from osallisuus_cli.errors import Problem

MAX_ROWS = 100_000
MAX_COLUMNS = 2_000
MAX_SHARED_STRINGS = 1_000_000  # different texts in one workbook: 100,000 rows of ten free-text answers each


@dataclass(frozen=True, slots=True)
class Odd:
    """A cell the import will not read as a value: a formula (``=A1+1``) or an error value (``#N/A``)."""

    kind: str  # "formula" or "error"
    text: str


@dataclass
class Table:
    """A header row and the rows below it; ``row_numbers[i]`` is where ``rows[i]`` stands in the file."""

    file: str
    kind: str  # csv, xlsx, jsonl, json
    headers: list[str]
    rows: list[list[Any]]
    row_numbers: list[int]
    sha256: str
    modified: datetime
    notes: list[Problem] = field(default_factory=list)
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # (first row, first col, last row, last col)


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA: how a spreadsheet names a column."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
