"""The numbers in a report: each measure on its own, and the rules they share."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from osallisuus_cli.reports import scoring
from osallisuus_cli.reports.scoring import Counts, Scored

levels = st.one_of(st.integers(0, 4), st.sampled_from(["na", "dont_know"]), st.none())


def test_rated_keeps_only_scale_values() -> None:
    assert scoring.rated([0, "na", 3, None, "dont_know", 4]) == [0, 3, 4]
    assert scoring.rated([True, 2]) == [2]  # a YAML boolean is never a level


def test_mean_of_nothing_is_none_never_zero() -> None:
    assert scoring.mean([]) is None
    assert scoring.mean([1, 2, 4]) == pytest.approx(7 / 3)


def test_percent_places_the_mean_on_the_scale() -> None:
    assert scoring.percent(0) == 0
    assert scoring.percent(2) == 50
    assert scoring.percent(4) == 100
    assert scoring.percent(2.5) == 62.5
    assert scoring.percent(5, minimum=0, maximum=10) == 50
    assert scoring.percent(None) is None
    assert scoring.percent(1, minimum=2, maximum=2) is None


def test_median_for_odd_and_even_counts() -> None:
    assert scoring.median([3, 0, 4]) == 3
    assert scoring.median([1, 4, 2, 0]) == 1.5
    assert scoring.median([]) is None


def test_range_spread_and_dispute() -> None:
    assert scoring.value_range([2, 0, 3]) == (0, 3)
    assert scoring.value_range([]) is None
    assert scoring.spread([2]) == 0
    assert scoring.spread([1, 2]) == 1
    assert not scoring.is_disputed([1, 2, 2])
    assert scoring.is_disputed([1, 3])
    assert scoring.is_disputed([0, 4])
    assert not scoring.is_disputed([4])


def test_counts_separate_ratings_special_answers_and_missing() -> None:
    block = scoring.counts([[3, "na", None], ["dont_know", "na", None], [None, None, None], [0, 1, 2]])
    assert block == Counts(respondents=4, answered=2, ratings=4, na=2, dont_know=1, missing=5)
    assert block.possible == 12


def test_distribution_lists_every_value_even_when_nobody_chose_it() -> None:
    dist = scoring.distribution([0, 0, 3, "na", None, "dont_know"], [0, 1, 2, 3, 4])
    assert dist == {0: 2, 1: 0, 2: 0, 3: 1, 4: 0, "na": 1, "dont_know": 1, "missing": 1}
    assert list(dist) == [0, 1, 2, 3, 4, "na", "dont_know", "missing"]


def test_coverage_counts_special_answers_as_given() -> None:
    assert scoring.coverage(scoring.counts([[1, "na"], [None, "dont_know"]])) == 0.75
    assert scoring.coverage(scoring.counts([])) is None


def _items() -> list[Scored]:
    return [
        Scored("q01", 1, 3.5, 1, 4),
        Scored("q02", 2, 1.0, 3, 4),
        Scored("q03", 3, 3.5, 0, 5),
        Scored("q04", 4, None, 0, 0),
        Scored("q05", 5, 2.0, 2, 3),
        Scored("q06", 6, 0.5, 1, 2),
    ]


def test_strengths_are_the_highest_means_ties_by_more_answers_then_order() -> None:
    assert [item.key for item in scoring.strengths(_items(), 2)] == ["q03", "q01"]


def test_development_areas_are_the_lowest_means_and_never_a_strength() -> None:
    items = _items()
    top = scoring.strengths(items, 3)
    low = scoring.development_areas(items, 3, exclude=[item.key for item in top])
    assert [item.key for item in low] == ["q06", "q02"]


def test_no_development_area_when_everything_has_the_top_mean() -> None:
    same = [Scored(f"q{i}", i, 3.0, 0, 2) for i in range(1, 6)]
    assert scoring.development_areas(same, 3) == []


def test_unrated_questions_are_never_ranked() -> None:
    assert all(item.key != "q04" for item in scoring.strengths(_items(), 6))
    assert all(item.key != "q04" for item in scoring.development_areas(_items(), 6))


def test_most_disputed_are_the_widest_ranges_of_two_or_more() -> None:
    assert [item.key for item in scoring.most_disputed(_items(), 3)] == ["q02", "q05"]


def test_change_needs_both_ends() -> None:
    assert scoring.change(1.5, 2.25) == 0.8, "2.25 is shown as 2.3, and 2.3 − 1.5 = 0.8"
    assert scoring.change(69 / 29, 17 / 6) == 0.4, "2.379 → 2.833 shows as 2.4 → 2.8: the change shown is 0.4, not 0.5"
    assert scoring.change(2.25, 28 / 12) == 0.0, "2.25 → 2.33 both show as 2.3: no change, not +0.1"
    assert scoring.change(None, 2) is None
    assert scoring.overall_change([1.0, None, 2.5]) == 1.5
    assert scoring.overall_change([None, 2.0]) is None


@given(st.lists(levels, max_size=30))
def test_special_answers_never_move_the_mean(answers: list[scoring.Level]) -> None:
    values = scoring.rated(answers)
    padded = [*answers, "na", "dont_know", None]
    assert scoring.mean(scoring.rated(padded)) == scoring.mean(values)
    if values:
        assert min(values) <= scoring.mean(values) <= max(values)
        assert min(values) <= scoring.median(values) <= max(values)
        assert 0 <= scoring.percent(scoring.mean(values)) <= 100


@given(st.lists(st.lists(levels, min_size=3, max_size=3), max_size=20))
def test_counts_add_up(rows: list[list[scoring.Level]]) -> None:
    block = scoring.counts(rows)
    assert block.possible == 3 * len(rows)
    assert block.answered <= block.respondents == len(rows)
    assert block.ratings >= block.answered


@pytest.mark.parametrize(
    ("ratings", "split", "disputed"),
    [
        ([3], 0, False),  # one rating: nothing to disagree with
        ([1, 3], 2, True),  # two people two levels apart
        ([2, 3, 3], 1, False),
        ([0, 2, 4], 4, True),  # three ratings: a third is one person, so the range
        ([1, 1, 3, 3], 2, True),  # two against two
        ([0, 2, 2, 2, 2, 2, 2], 0, False),  # one outlier among seven is no disagreement of the team
        ([0, 0, 2, 2, 2, 2, 2], 0, False),  # two outliers of seven: fewer than a third (3)
        ([0, 0, 0, 2, 2, 2, 2], 2, True),  # three of seven at 0, four at 2: two camps
        ([1, 1, 1, 2, 3, 3, 3], 2, True),
        ([1, 2, 2, 2, 2, 2, 3], 0, False),
        ([0, 1, 2, 3, 4, 1, 3], 2, True),  # every level used: the thirds are at 1 and 3
    ],
)
def test_dispute_needs_two_camps_of_a_third_each_two_levels_apart(ratings, split, disputed) -> None:
    assert scoring.split(ratings) == split
    assert scoring.is_disputed(ratings) is disputed


def test_seven_random_respondents_do_not_flag_most_questions() -> None:
    """With the range rule, 7 people answering at random flagged 20 of 24 questions; the split rule flags about a
    third (the expected share for uniform random ratings is about 0.35: random answers do split into camps)."""
    rng = random.Random(7)
    questions = [[rng.randint(0, 4) for _ in range(7)] for _ in range(24)]
    assert sum(scoring.spread(ratings) >= 2 for ratings in questions) == 24, "the old range rule"
    assert sum(scoring.is_disputed(ratings) for ratings in questions) == 10
