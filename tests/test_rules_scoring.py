"""Scoring rules stated at their edges: a scale that does not start at 0, a series of more than two periods, and
more than one missing answer. Each rule is one the report's method notes promise."""

from __future__ import annotations

import pytest

from osallisuus_cli.reports import scoring


@pytest.mark.parametrize(
    ("value", "minimum", "maximum", "expected"),
    [(1, 1, 5, 0.0), (2, 1, 5, 25.0), (3, 1, 5, 50.0), (5, 1, 5, 100.0), (3.5, 2, 4, 75.0), (-1, -2, 2, 25.0)],
)
def test_percent_counts_from_the_lowest_level_of_the_scale(value, minimum, maximum, expected):
    """On a 1–5 scale the lowest level is 0 % of the way, not 20 %."""
    assert scoring.percent(value, minimum=minimum, maximum=maximum) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("series", "expected"),
    [
        ([1.0, 2.0, 3.5], 2.5),  # first to last, not first to second
        ([1.0, None, 2.0, 3.0], 2.0),
        ([None, 2.0, 1.0, None, 3.0], 1.0),  # unrated periods at either end are skipped
        ([3.0, 2.0, 1.0], -2.0),  # a fall keeps its sign
        ([2.0, None], None),
        ([None, None, 1.5], None),
    ],
)
def test_overall_change_runs_from_the_first_to_the_last_rated_period(series, expected):
    result = scoring.overall_change(series)
    assert result == (pytest.approx(expected) if expected is not None else None)


def test_change_is_after_minus_before():
    assert scoring.change(1.5, 3.0) == pytest.approx(1.5)
    assert scoring.change(3.0, 1.5) == pytest.approx(-1.5)
    assert scoring.change(None, 2.0) is None
    assert scoring.change(2.0, None) is None


def test_every_missing_answer_is_counted():
    dist = scoring.distribution([None, 2, None, None, "na"], scale=range(5))
    assert dist["missing"] == 3
    assert dist[2] == 1
    assert dist["na"] == 1
    assert sum(dist.values()) == 5


def test_counts_add_every_missing_answer_of_every_respondent():
    block = scoring.counts([[None, None, 1], [None, None, None]])
    assert (block.missing, block.ratings, block.answered, block.respondents) == (5, 1, 1, 2)


@pytest.mark.parametrize(
    ("ratings", "disputed"),
    [
        ([1, 1, 3], True),  # 3 ratings: a camp is one rating, 1 and 3 are two levels apart
        ([1, 2, 3], True),
        ([1, 2, 2], False),
        ([0, 2, 2, 2, 2, 2, 4], False),  # one far on each side of seven is no split of the team
        ([0, 0, 0, 2, 2, 2, 2], True),  # a third (3 of 7) at 0, a third at 2
        ([0, 0, 1, 2, 2, 2, 2], False),
    ],
)
def test_a_dispute_is_two_camps_of_a_third_each_at_least_two_levels_apart(ratings, disputed):
    assert scoring.is_disputed(ratings) is disputed


def test_spread_of_no_ratings_or_one_is_zero():
    assert scoring.spread([]) == 0
    assert scoring.spread([3]) == 0
    assert scoring.spread([3, 1, 4]) == 3


def test_distribution_ignores_values_off_the_scale_and_booleans():
    """A YAML ``true`` is no level 1, and a level off the scale counts nowhere (the file check names both)."""
    dist = scoring.distribution([True, 7, 1, None], scale=range(5))
    assert dist[1] == 1
    assert dist["missing"] == 1
    assert sum(dist.values()) == 2


def scored(key: str, mean: float | None, answered: int, order: int, spread: int = 0) -> scoring.Scored:
    return scoring.Scored(key, order, mean, spread, answered)


def test_rankings_list_three_by_default():
    items = [scored(f"q{i:02d}", 1 + i / 10, 5, i, spread=2 + i) for i in range(8)]
    assert len(scoring.strengths(items)) == 3
    assert len(scoring.development_areas(items)) == 3
    assert len(scoring.most_disputed(items)) == 3


def test_ties_are_broken_by_more_ratings_then_question_order():
    """Two questions with the same mean (or the same split): the one more people rated comes first."""
    items = [scored("q01", 1.0, 2, 1, spread=3), scored("q02", 1.0, 6, 2, spread=3), scored("q03", 3.0, 6, 3)]
    assert [item.key for item in scoring.development_areas(items)] == ["q02", "q01"]
    assert [item.key for item in scoring.most_disputed(items)] == ["q02", "q01"]
    assert [item.key for item in scoring.strengths(items)] == ["q03", "q02", "q01"]
    same = [scored("q05", 2.0, 4, 5), scored("q04", 2.0, 4, 4), scored("q09", 3.0, 4, 9)]
    assert [item.key for item in scoring.development_areas(same)] == ["q04", "q05"]
