"""The numbers in a report: one small, pure function per measure.

Everything here works on plain data — a *level* is an ``int`` on the scale, ``"na"`` (not relevant to the activity),
``"dont_know"``, or ``None`` (no answer) — so each measure can be tested on its own and templates only format.

Rules that hold throughout (and that the report's method notes state):

* N/A and don't-know are never numbers: they are counted apart and never pulled into a mean as 0.
* ``n`` is how many respondents rated on the scale, ``N`` how many respondents there are.
* A question is flagged for discussion when the respondents split into two camps at least two levels apart: at
  least a third of those who rated (rounded up) gave level L or lower and at least as many gave L + 2 or higher
  (see ``split``). One outlier among seven does not flag a question; a team divided between 1 and 3 does.
* A change between phases is the difference of the two means as a report prints them (one decimal), so that the
  reader's own subtraction gives the same figure.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Final

from osallisuus_cli.model.tally import DONT_KNOW, NA, Counted, Tally, tally

Level = Counted  # a scale value, "na", "dont_know", or None for no answer

DISPUTE_RANGE: Final = 2  # levels between the two camps of a disputed question
DISPUTE_SHARE: Final = 3  # each camp holds at least 1/DISPUTE_SHARE of the ratings (rounded up)


def rated(levels: Iterable[Level]) -> list[int]:
    """The answers given on the scale; N/A, don't-know and missing answers dropped."""
    return [level for level in levels if isinstance(level, int) and not isinstance(level, bool)]


def mean(values: Sequence[int]) -> float | None:
    """Arithmetic mean of scale values; None when nobody rated (never 0)."""
    return sum(values) / len(values) if values else None


def percent(value: float | None, minimum: int = 0, maximum: int = 4) -> float | None:
    """A value on the scale as 0–100 % of the way from its lowest to its highest level (2 on 0–4 → 50.0)."""
    if value is None or maximum <= minimum:
        return None
    return (value - minimum) / (maximum - minimum) * 100


def median(values: Sequence[int]) -> float | None:
    """The middle rating (the mean of the two middle ones for an even count); None when nobody rated."""
    if not values:
        return None
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return float(ordered[middle])
    return (ordered[middle - 1] + ordered[middle]) / 2


def value_range(values: Sequence[int]) -> tuple[int, int] | None:
    """Lowest and highest rating; None when nobody rated."""
    return (min(values), max(values)) if values else None


def spread(values: Sequence[int]) -> int:
    """Highest minus lowest rating (0 for fewer than two ratings)."""
    return max(values) - min(values) if len(values) > 1 else 0


def split(values: Sequence[int]) -> int:
    """How far apart the lower and the upper third of the ratings are (0 for fewer than two ratings).

    With ``m`` = a third of the ratings, rounded up: the m-th highest rating minus the m-th lowest. For two or three
    ratings ``m`` is 1 and this is the range; for seven it compares the third-lowest with the third-highest, so a
    single respondent far from everyone else does not make a disagreement of the team.
    """
    count = len(values)
    if count < 2:
        return 0
    ordered = sorted(values)
    camp = -(-count // DISPUTE_SHARE)
    return ordered[count - camp] - ordered[camp - 1]


def is_disputed(values: Sequence[int], threshold: int = DISPUTE_RANGE) -> bool:
    """True when respondents disagree: two camps, each a third of the ratings, ``threshold`` levels apart or more."""
    return split(values) >= threshold


@dataclass(frozen=True, slots=True)
class Counts:
    """How a group of answers splits. ``respondents`` is N; ``answered`` is n (respondents who rated)."""

    respondents: int
    answered: int
    ratings: int
    na: int
    dont_know: int
    missing: int

    @property
    def possible(self) -> int:
        """Every answer that could have been given: ratings + N/A + don't know + missing."""
        return self.ratings + self.na + self.dont_know + self.missing


def counts(rows: Sequence[Sequence[Level]]) -> Counts:
    """Counts for a block of answers: one row per respondent, one column per question.

    A respondent counts as answered when they rated at least one question of the block; N/A, don't-know and missing
    are counted per answer.
    """
    answered, total = 0, Tally()
    for row in rows:
        counted = tally(row)
        answered += counted.rated > 0
        total += counted
    return Counts(len(rows), answered, total.rated, total.na, total.dont_know, total.missing)


def distribution(levels: Iterable[Level], scale: Sequence[int]) -> dict[int | str, int]:
    """How many gave each scale value, then N/A, don't know and no answer (keys ``na``, ``dont_know``, ``None``)."""
    result: dict[int | str, int] = dict.fromkeys(scale, 0)
    result[NA] = result[DONT_KNOW] = 0
    missing = 0
    for level in levels:
        if level is None:
            missing += 1
        elif level in result and not isinstance(level, bool):
            result[level] += 1
    result["missing"] = missing
    return result


def coverage(block: Counts) -> float | None:
    """Share (0–1) of all possible answers that were given in any form (rating, N/A or don't know)."""
    possible = block.possible
    return (possible - block.missing) / possible if possible else None


@dataclass(frozen=True, slots=True)
class Scored:
    """A question's place in the rankings: its mean, how far apart the camps are (``split``), how many rated, and
    its order."""

    key: str
    order: int
    mean: float | None
    spread: int
    answered: int


def strengths(items: Sequence[Scored], limit: int = 3) -> list[Scored]:
    """The highest-rated questions (ties: more ratings first, then question order)."""
    ranked = [item for item in items if item.mean is not None]
    ranked.sort(key=lambda item: (-item.mean, -item.answered, item.order))  # type: ignore[operator]
    return ranked[:limit]


def development_areas(items: Sequence[Scored], limit: int = 3, exclude: Iterable[str] = ()) -> list[Scored]:
    """The lowest-rated questions, never one already listed as a strength (``exclude``).

    A question whose mean equals the highest mean is no development area even if few questions were rated.
    """
    skip = set(exclude)
    rated_items = [item for item in items if item.mean is not None]
    if not rated_items:
        return []
    top = max(item.mean for item in rated_items)  # type: ignore[type-var]
    ranked = [item for item in rated_items if item.key not in skip and item.mean < top]  # type: ignore[operator]
    ranked.sort(key=lambda item: (item.mean, -item.answered, item.order))
    return ranked[:limit]


def most_disputed(items: Sequence[Scored], limit: int = 3, threshold: int = DISPUTE_RANGE) -> list[Scored]:
    """Questions flagged for discussion, widest disagreement first (ties: more ratings, then order)."""
    ranked = [item for item in items if item.spread >= threshold]
    ranked.sort(key=lambda item: (-item.spread, -item.answered, item.order))
    return ranked[:limit]


SHOWN_DIGITS: Final = 1  # decimals of a mean in every report table


def as_shown(value: float, digits: int = SHOWN_DIGITS) -> Decimal:
    """A mean as a report prints it: rounded half up, as by hand (2.25 → 2.3)."""
    return Decimal(repr(value)).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)


def change(before: float | None, after: float | None) -> float | None:
    """How much a mean moved between two phases or rounds, from the two means as printed (2.38 → 2.83 shows as
    2.4 → 2.8, a change of 0.4), so a reader can check it by subtracting; None unless both were rated."""
    if before is None or after is None:
        return None
    return float(as_shown(after) - as_shown(before))


def overall_change(series: Sequence[float | None]) -> float | None:
    """Change from the first to the last rated value in a series of periods."""
    known = [value for value in series if value is not None]
    return change(known[0], known[-1]) if len(known) > 1 else None
