"""A distribution as every report draws it: one ``Bar`` per scale value (and per special answer), with its share.

Shared by the team report (``report_model``) and the workshops in it (``workshops``), which both lay out how answers
or ratings fell; neither builds on the other.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Bar:
    """One segment of a distribution: a scale value (or ``na``/``dont_know``/``missing``), its label and count."""

    value: int | str
    label: str
    count: int
    share: float  # of N respondents (per question) or of all possible answers (per section)
