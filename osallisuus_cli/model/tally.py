"""How answers split: rated on the scale, N/A, don't know, or missing — the one counter every summary uses.

The answering summary (per section of one file), the merge summary (per section of a team) and the report's numbers
all count through ``tally``, so "answered", "N/A", "don't know" and "missing" mean the same everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

NA: Final = "na"
DONT_KNOW: Final = "dont_know"

#: A level as counted: a scale value, "na", "dont_know", or None for no answer.
Counted = int | str | None


@dataclass(frozen=True, slots=True)
class Tally:
    rated: int = 0
    na: int = 0
    dont_know: int = 0
    missing: int = 0

    @property
    def possible(self) -> int:
        """Every answer that could have been given: rated + N/A + don't know + missing."""
        return self.rated + self.na + self.dont_know + self.missing

    def __add__(self, other: Tally) -> Tally:
        return Tally(
            self.rated + other.rated,
            self.na + other.na,
            self.dont_know + other.dont_know,
            self.missing + other.missing,
        )


def tally(levels: Iterable[Counted]) -> Tally:
    """Count ``levels``: None is missing, "na" and "dont_know" are counted apart, anything else is a rating."""
    rated = na = dont_know = missing = 0
    for level in levels:
        if level is None:
            missing += 1
        elif level == NA:
            na += 1
        elif level == DONT_KNOW:
            dont_know += 1
        else:
            rated += 1
    return Tally(rated, na, dont_know, missing)
