"""The portfolio's promises at their edges (docs/reports.md, "Portfolio"): a respondent who left a single question
unanswered is counted among those who left questions unanswered; each project puts on the portfolio-wide lists only
its own three strongest and three weakest questions, however many it rated lower; the dates run from the first start
to the last save of any response; a grouped portfolio still lists every project; and one without respondents says it
has no answers."""

from __future__ import annotations

from datetime import timedelta

from osallisuus_cli.i18n import t
from osallisuus_cli.portfolio.build import LIST_LENGTH, build_portfolio
from osallisuus_cli.reports.report_model import TOP
from tests.conftest import make_answers


def test_a_respondent_who_left_one_question_unanswered_is_counted_as_incomplete(qs, make_team) -> None:
    every = {q.id: 2 for q in qs.questions}
    all_but_one = {q.id: 2 for q in qs.questions[1:]}
    docs = [
        make_answers(qs, every, project="P", respondent_id="whole"),
        make_answers(qs, all_but_one, project="P", respondent_id="gap"),
    ]
    (row,) = build_portfolio(make_team(docs), qs, "en").projects
    assert row.checks == [t("portfolio.check_incomplete", "en", count=1, n=2)]


def test_a_respondent_who_answered_everything_is_not_counted_as_incomplete(qs, make_team) -> None:
    every = {q.id: "na" for q in qs.questions[:1]} | {q.id: 2 for q in qs.questions[1:]}
    docs = [make_answers(qs, every, project="P", respondent_id=f"r{person}") for person in range(2)]
    (row,) = build_portfolio(make_team(docs), qs, "en").projects
    assert row.checks == []


def test_each_project_lists_only_its_three_weakest_and_three_strongest_questions(qs, make_team) -> None:
    # One project, every question on its own level: the three highest are its strengths, the three lowest (not
    # every question below the top) its development areas.
    assert LIST_LENGTH > TOP == 3
    ranked = qs.questions[:8]
    levels = dict.fromkeys((q.id for q in qs.questions), "na")
    for position, question in enumerate(ranked):
        levels[question.id] = [4, 4, 4, 3, 3, 2, 1, 0][position]
    docs = [make_answers(qs, levels, project="P", respondent_id=f"r{person}") for person in range(2)]
    portfolio = build_portfolio(make_team(docs), qs, "en")
    assert [item.id for item in portfolio.strong] == [q.id for q in ranked[:3]]
    assert [item.id for item in portfolio.weak] == [q.id for q in ranked[5:]]  # a list is in question order
    assert all((item.projects, item.of) == (1, 1) for item in portfolio.strong + portfolio.weak)


def test_the_dates_run_from_the_first_start_to_the_last_save(qs, make_team) -> None:
    early = make_answers(qs, {"q01": 2}, project="A", respondent_id="early")
    early.updated = early.created + timedelta(days=20)  # started first, finished last
    middle = make_answers(qs, {"q01": 3}, project="B", respondent_id="middle", when=early.created + timedelta(days=8))
    middle.updated = middle.created + timedelta(days=2)
    portfolio = build_portfolio(make_team([early, middle]), qs, "en")
    assert (portfolio.first_date, portfolio.last_date) == (early.created.date(), early.updated.date())


def test_a_grouped_portfolio_lists_every_project_of_every_group_in_group_order(qs, make_team) -> None:
    docs = [make_answers(qs, {"q01": 2}, project=name, respondent_id=name) for name in ("Aa", "Bb", "Cc")]
    regions = {"Aa": "Pohjois-Savo", "Bb": None, "Cc": "Lappi"}
    for doc in docs:
        doc.project = doc.project.model_copy(update={"region": regions[doc.project.name]})
    portfolio = build_portfolio(make_team(docs), qs, "en", group_by="region")
    assert [group.label for group in portfolio.groups] == ["Lappi", "Pohjois-Savo", t("portfolio.group_none", "en")]
    assert [project.name for project in portfolio.projects] == ["Cc", "Aa", "Bb"]


def test_a_portfolio_without_respondents_says_it_has_no_answers(qs, make_team) -> None:
    assert not build_portfolio(make_team([]), qs, "en").has_answers
    assert build_portfolio(make_team([make_answers(qs, {"q01": "na"})]), qs, "en").has_answers
