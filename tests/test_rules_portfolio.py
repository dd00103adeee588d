"""The portfolio's rules, each stated on a team made for it: which phase and round its figures come from, which way
a change points, and when a change is too small to show."""

from __future__ import annotations

from datetime import timedelta

import pytest

from osallisuus_cli.portfolio.build import build_portfolio
from tests.conftest import make_answers

PHASE_LEVELS = {"suunnittelu": 1, "toteutus": 2, "arviointi": 4}


def docs_for(qs, phases: dict[str, tuple[int, int]], project: str = "Nuorten ääni") -> list:
    """Every respondent answers every question at one level: {phase: (respondents, level)}."""
    docs = []
    for offset, (phase, (count, level)) in enumerate(phases.items()):
        for person in range(count):
            when = make_answers(qs, {}).created + timedelta(days=30 * offset, minutes=person)
            doc = make_answers(
                qs,
                {q.id: level for q in qs.questions},
                project=project,
                phase=phase,
                respondent_id=f"{project[:4]}-{person}",
                name=f"V{person}",
                when=when,
            )
            docs.append(doc)
    return docs


@pytest.mark.parametrize("lower_first", [True, False])
def test_a_change_points_from_the_first_phase_to_the_latest(qs, make_team, lower_first):
    first, last = (1, 3) if lower_first else (3, 1)
    team = make_team(docs_for(qs, {"suunnittelu": (4, first), "toteutus": (4, last)}))
    (change,) = build_portfolio(team, qs, "en").changes
    assert change.overall == pytest.approx(last - first)
    assert change.sections == pytest.approx([last - first] * len(qs.sections))
    assert (change.before_n, change.after_n) == (4, 4)


def test_three_phases_compare_the_first_with_the_latest_not_the_one_before(qs, make_team):
    phases = {phase: (3, level) for phase, level in PHASE_LEVELS.items()}
    team = make_team(docs_for(qs, phases))
    portfolio = build_portfolio(team, qs, "en")
    (change,) = portfolio.changes
    assert change.overall == pytest.approx(4 - 1)
    (row,) = portfolio.projects
    assert row.phase == "arviointi"
    assert row.overall.mean == pytest.approx(4)


def test_a_project_answering_twice_in_one_phase_shows_its_latest_round(qs, make_team):
    earlier = docs_for(qs, {"toteutus": (3, 0)})
    later = []
    for doc in earlier:
        again = doc.model_copy(deep=True)
        again.created = again.updated = doc.created + timedelta(days=60)
        for answer in again.answers.values():
            answer.level = 4
            answer.updated = again.updated
        later.append(again)
    portfolio = build_portfolio(make_team(earlier + later), qs, "en")
    (row,) = portfolio.projects
    assert row.respondents == 3
    assert row.overall.mean == pytest.approx(4)


@pytest.mark.parametrize(("before", "after", "hidden"), [(2, 4, True), (4, 2, True), (3, 3, False), (2, 2, True)])
def test_a_change_is_hidden_when_either_side_is_under_the_small_group_limit(qs, make_team, before, after, hidden):
    team = make_team(docs_for(qs, {"suunnittelu": (before, 1), "toteutus": (after, 3)}))
    (change,) = build_portfolio(team, qs, "en", min_group=3).changes
    assert change.hidden is hidden
    if hidden:
        assert change.overall is None
        assert change.sections == [None] * len(qs.sections)
    else:
        assert change.overall == pytest.approx(2)
