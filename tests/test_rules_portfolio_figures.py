"""The portfolio's figures and lists, each rule stated on a team made for it: heat bands, the order of the table and
its groups, the key figures, what a project's data check says of itself, the question lists and the flat export."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from osallisuus_cli.errors import UsageError
from osallisuus_cli.i18n import t
from osallisuus_cli.portfolio.build import LIST_LENGTH, build_portfolio, check_group_by, check_sort
from osallisuus_cli.portfolio.export import FIGURES, PROJECT_COLUMNS, columns, project_records
from osallisuus_cli.teamwork.datacheck_lines import Finding, report_lines
from tests.conftest import make_answers
from tests.test_rules_portfolio import docs_for


def team_of(qs, make_team, projects: dict[str, dict[str, tuple[int, int]]]):
    """{project: {phase: (respondents, level)}} → a team; every respondent answers every question at that level."""
    return make_team([doc for name, phases in projects.items() for doc in docs_for(qs, phases, project=name)])


@pytest.mark.parametrize(("level", "band"), [(0, 0), (1, 1), (2, 2), (3, 3), (4, 4)])
def test_the_heat_band_is_the_fifth_of_the_scale_the_mean_falls_in(qs, make_team, level, band):
    # On the 0–4 scale, level 1 is 25 % of the way up (band 20–40 %), level 4 is 100 % (the top band, not a sixth).
    (row,) = build_portfolio(team_of(qs, make_team, {"A": {"toteutus": (2, level)}}), qs, "en").projects
    assert row.overall.band == band
    assert {cell.band for cell in row.cells} == {band}
    assert row.overall.mean == pytest.approx(level)


def test_a_project_answering_only_na_has_no_mean_and_no_band_but_full_coverage(qs, make_team):
    docs = [make_answers(qs, {q.id: "na" for q in qs.questions}, respondent_id=f"na-{i}") for i in range(2)]
    (row,) = build_portfolio(make_team(docs), qs, "en").projects
    assert (row.overall.mean, row.overall.band) == (None, None)
    assert (row.overall.answered, row.overall.respondents) == (0, 2)
    assert row.overall.coverage == pytest.approx(1)
    assert row.overall.coverage_percent == pytest.approx(100)


def test_coverage_counts_the_questions_left_unanswered(qs, make_team):
    half = {q.id: 2 for q in qs.questions[: len(qs.questions) // 2]}
    docs = [make_answers(qs, half, respondent_id="half"), make_answers(qs, {}, respondent_id="none")]
    portfolio = build_portfolio(make_team(docs), qs, "en")
    (row,) = portfolio.projects
    assert row.overall.coverage == pytest.approx(0.25)
    assert portfolio.coverage == pytest.approx(25)
    assert row.overall.answered == 1


@pytest.mark.parametrize("spelled", ["Mean", " respondents ", "COVERAGE", "name"])
def test_a_sort_is_read_in_any_case_and_spacing(qs, spelled):
    assert check_sort(spelled, qs) == spelled.strip().lower()


def test_a_section_sort_gives_the_section_id_as_the_question_set_spells_it(qs):
    section = next(s for s in qs.sections if s.id.lower() != s.id)
    assert check_sort(f" {section.id.lower()} ", qs) == section.id


def test_an_unknown_sort_or_grouping_is_a_usage_error_naming_the_choices(qs):
    with pytest.raises(UsageError) as caught:
        check_sort("best", qs)
    assert caught.value.key == "portfolio.err_sort"
    assert caught.value.params["value"] == "best"
    assert caught.value.params["choices"] == ", ".join(
        ["name", "respondents", "coverage", "mean", *(s.id for s in qs.sections)]
    )
    with pytest.raises(UsageError) as caught:
        check_group_by("town")
    assert caught.value.key == "portfolio.err_group_by"
    assert caught.value.params == {"value": "town", "choices": "region, organisation, phase"}
    assert check_group_by(None) is None
    assert check_group_by(" Region ") == "region"


def test_sorting_by_a_figure_puts_the_highest_first_and_projects_without_figures_last(qs, make_team):
    team = team_of(
        qs,
        make_team,
        {
            "Low": {"toteutus": (3, 1)},
            "High": {"toteutus": (3, 3)},
            "Tiny": {"toteutus": (1, 4)},
            "Mid": {"toteutus": (4, 2)},
        },
    )
    by_mean = build_portfolio(team, qs, "en", sort="mean", min_group=2)
    assert [p.name for p in by_mean.projects] == ["High", "Mid", "Low", "Tiny"]
    section = qs.sections[0].id
    assert [p.name for p in build_portfolio(team, qs, "en", sort=section, min_group=2).projects] == [
        "High",
        "Mid",
        "Low",
        "Tiny",
    ]
    # The number of respondents is shown even for a small group, so it sorts too.
    by_size = build_portfolio(team, qs, "en", sort="respondents", min_group=2)
    assert [p.name for p in by_size.projects] == ["Mid", "High", "Low", "Tiny"]
    by_name = build_portfolio(team, qs, "en", min_group=2)
    assert [p.name for p in by_name.projects] == ["High", "Low", "Mid", "Tiny"]


def test_equal_figures_are_ordered_by_name(qs, make_team):
    team = team_of(qs, make_team, {"b": {"toteutus": (2, 2)}, "A": {"toteutus": (2, 2)}, "c": {"toteutus": (2, 2)}})
    for sort in ("mean", "coverage", "respondents"):
        assert [p.name for p in build_portfolio(team, qs, "en", sort=sort).projects] == ["A", "b", "c"]


def test_sorting_by_coverage_puts_the_most_complete_first(qs, make_team):
    some = {q.id: 2 for q in qs.questions[:6]}
    docs = [make_answers(qs, some, project="Part", respondent_id="p")]
    docs += docs_for(qs, {"toteutus": (1, 0)}, project="Full")
    names = [p.name for p in build_portfolio(make_team(docs), qs, "en", sort="coverage").projects]
    assert names == ["Full", "Part"]


def test_grouping_by_phase_follows_the_phases_and_by_region_puts_the_unknown_last(qs, make_team):
    team = team_of(qs, make_team, {"Late": {"arviointi": (2, 2)}, "Early": {"suunnittelu": (2, 2)}})
    groups = build_portfolio(team, qs, "en", group_by="phase").groups
    assert [g.label for g in groups] == [t("report.phase.suunnittelu", "en"), t("report.phase.arviointi", "en")]
    assert [[p.name for p in g.projects] for g in groups] == [["Early"], ["Late"]]
    docs = docs_for(qs, {"toteutus": (1, 2)}, project="Nowhere")
    for region, name in (("uusimaa", "South"), ("Lappi", "North")):
        doc = make_answers(qs, {}, project=name, respondent_id=name)
        doc.project.region = region
        docs.append(doc)
    regions = build_portfolio(make_team(docs), qs, "en", group_by="region").groups
    assert [g.label for g in regions] == ["Lappi", "uusimaa", t("portfolio.group_none", "en")]
    assert [g.label for g in build_portfolio(make_team(docs), qs, "en").groups] == [""]


def test_the_key_figures_count_the_shown_phase_and_every_response(qs, make_team):
    team = team_of(
        qs,
        make_team,
        {
            "Two": {"suunnittelu": (2, 1), "toteutus": (3, 2)},
            "One": {"toteutus": (1, 3)},
            "Late": {"arviointi": (4, 0)},
        },
    )
    portfolio = build_portfolio(team, qs, "en", min_group=2)
    assert portfolio.respondents == 3 + 1 + 4
    assert portfolio.responses_total == 2 + 3 + 1 + 4
    assert portfolio.hidden == 1
    assert portfolio.phase_counts == [(t("team.phase.toteutus", "en"), 2), (t("team.phase.arviointi", "en"), 1)]
    assert portfolio.has_answers
    first = min(r.created for r in team.responses).date()
    assert (portfolio.first_date, portfolio.last_date) == (first, first + timedelta(days=30))
    (two,) = [p for p in portfolio.projects if p.name == "Two"]
    assert two.phase_counts == [(t("report.phase.suunnittelu", "en"), 2), (t("report.phase.toteutus", "en"), 3)]
    assert (two.respondents, two.responses_total, two.phase) == (3, 5, "toteutus")


def test_the_title_is_the_one_given_else_says_how_many_projects(qs, make_team):
    team = team_of(qs, make_team, {"A": {"toteutus": (1, 1)}, "B": {"toteutus": (1, 1)}})
    assert build_portfolio(team, qs, "en", title="  Hankesalkku ").title == "Hankesalkku"
    default = t("portfolio.default_title", "en", count=2)
    assert build_portfolio(team, qs, "en").title == default
    assert build_portfolio(team, qs, "en", title="   ").title == default


def test_a_projects_own_checks_name_a_small_group_one_respondent_unanswered_questions_and_the_phase(qs, make_team):
    docs = docs_for(qs, {"suunnittelu": (2, 1), "toteutus": (1, 2)}, project="Solo")
    docs += docs_for(qs, {"toteutus": (2, 2)}, project="Pair")
    docs.append(make_answers(qs, {qs.questions[0].id: 1}, project="Pair", respondent_id="gap"))
    docs += docs_for(qs, {"toteutus": (1, 2)}, project="Hidden")
    rows = {p.name: p for p in build_portfolio(make_team(docs), qs, "en").projects}
    assert rows["Solo"].checks == [
        t("portfolio.check_one", "en"),
        t("portfolio.check_latest", "en", phase=t("team.phase_obj.toteutus", "en")),
    ]
    assert rows["Pair"].checks == [t("portfolio.check_incomplete", "en", count=1, n=3)]
    assert rows["Hidden"].checks == [t("portfolio.check_one", "en")]
    hidden = {p.name: p for p in build_portfolio(make_team(docs), qs, "en", min_group=2).projects}["Hidden"]
    assert hidden.checks == [t("portfolio.check_hidden", "en", count=1, min=2)]


def test_the_question_lists_rank_by_projects_then_question_number_and_show_at_most_five(qs, make_team):
    # Every project rates the first questions high and the rest low: all projects agree on the strongest.
    strong_ids = [q.id for q in qs.questions[:3]]
    docs = []
    for project in ("A", "B", "C"):
        levels = {q.id: (4 if q.id in strong_ids else 1) for q in qs.questions}
        for person in range(2):
            docs.append(make_answers(qs, levels, project=project, respondent_id=f"{project}{person}"))
    portfolio = build_portfolio(make_team(docs), qs, "en")
    assert portfolio.counted == 3
    assert [item.id for item in portfolio.strong] == strong_ids
    assert all((item.projects, item.of) == (3, 3) for item in portfolio.strong)
    assert [item.number for item in portfolio.strong] == [q.number for q in qs.questions[:3]]
    assert portfolio.strong[0].text == qs.text(qs.questions[0].text, "en")
    assert len(portfolio.weak) <= LIST_LENGTH
    assert not set(strong_ids) & {item.id for item in portfolio.weak}
    assert portfolio.disputed == []


def test_a_question_rated_two_levels_apart_by_two_camps_is_disputed(qs, make_team):
    disputed = qs.questions[5]
    docs = []
    for person, level in enumerate((0, 0, 4, 4)):
        levels = {q.id: (level if q.id == disputed.id else 2) for q in qs.questions}
        docs.append(make_answers(qs, levels, project="Split", respondent_id=f"s{person}"))
    portfolio = build_portfolio(make_team(docs), qs, "en")
    assert [(item.id, item.projects, item.of) for item in portfolio.disputed] == [(disputed.id, 1, 1)]


def test_a_project_that_rated_nothing_is_not_counted_in_the_lists(qs, make_team):
    docs = [make_answers(qs, {q.id: "na" for q in qs.questions}, project="Nothing", respondent_id="n")]
    docs += docs_for(qs, {"toteutus": (1, 2)}, project="Something")
    portfolio = build_portfolio(make_team(docs), qs, "en")
    assert portfolio.counted == 1


def test_the_export_by_project_has_the_project_columns_then_three_figures_per_section(qs, make_team):
    team = team_of(qs, make_team, {"Big": {"toteutus": (2, 3)}, "Small": {"toteutus": (1, 1)}})
    portfolio = build_portfolio(team, qs, "en", min_group=2)
    header = columns(portfolio)
    expected = [*PROJECT_COLUMNS, *(f"all_{f}" for f in FIGURES)]
    for section in qs.sections:
        expected += [f"section_{section.id}_{f}" for f in FIGURES]
    assert list(header) == expected
    big, small = project_records(portfolio)
    assert list(big) == expected
    assert (big["project_key"], big["project"], big["phase"], big["phases"]) == ("Big", "Big", "toteutus", 1)
    assert (big["respondents"], big["responses"], big["shown"]) == (2, 2, 1)
    assert (big["all_mean"], big["all_answered"], big["all_coverage"]) == (pytest.approx(3), 2, pytest.approx(1))
    assert big[f"section_{qs.sections[0].id}_mean"] == pytest.approx(3)
    assert (small["shown"], small["respondents"]) == (0, 1)
    assert all(small[name] is None for name in expected[len(PROJECT_COLUMNS) :])


def test_a_mean_on_a_band_boundary_falls_in_the_upper_band(qs, make_team):
    # Four respondents at level 1 and one at 0: a mean of 0.8 is exactly 20 % of the way up the 0–4 scale.
    docs = [
        make_answers(qs, {q.id: level for q in qs.questions}, respondent_id=f"b{i}")
        for i, level in enumerate((1, 1, 1, 1, 0))
    ]
    (row,) = build_portfolio(make_team(docs), qs, "en").projects
    assert row.overall.mean == pytest.approx(0.8)
    assert row.overall.band == 1


def test_the_heat_band_reads_the_question_sets_own_scale(qs, make_team):
    # On a 1–5 scale the middle level 3 is half way up: band 2 of 0–4, whatever the default scale would say.
    levels = [replace(level, value=level.value + 1) for level in qs.scale.levels]
    one_to_five = replace(qs, scale=replace(qs.scale, levels=levels))
    team = team_of(qs, make_team, {"A": {"toteutus": (2, 3)}})
    (row,) = build_portfolio(team, one_to_five, "en").projects
    assert row.overall.band == 2


def test_a_row_under_the_small_group_limit_carries_no_figures(qs, make_team):
    team = team_of(qs, make_team, {"Small": {"toteutus": (2, 3)}})
    (row,) = build_portfolio(team, qs, "en", min_group=3).projects
    assert row.hidden
    assert row.respondents == 2
    for cell in (row.overall, *row.cells):
        assert (cell.mean, cell.answered, cell.respondents, cell.coverage, cell.band) == (None, 0, 0, None, None)


def test_the_phase_asked_for_is_the_one_described_and_a_required_phase_leaves_out_who_did_not_answer_in_it(
    qs, make_team
):
    team = team_of(qs, make_team, {"Both": {"suunnittelu": (3, 1), "toteutus": (3, 3)}, "Later": {"toteutus": (3, 2)}})
    rows = {p.name: p for p in build_portfolio(team, qs, "en", phase="suunnittelu").projects}
    assert (rows["Both"].phase, rows["Both"].overall.mean) == ("suunnittelu", pytest.approx(1))
    assert (rows["Later"].phase, rows["Later"].overall.mean) == ("toteutus", pytest.approx(2))
    required = build_portfolio(team, qs, "en", phase="suunnittelu", phase_required=True)
    assert [p.name for p in required.projects] == ["Both"]
    assert required.responses_total == 6
    # The change still runs from the first phase to the latest, whichever phase the row describes.
    (change,) = required.changes
    assert change.overall == pytest.approx(2)


def test_a_change_names_its_project_and_its_two_phases(qs, make_team):
    docs = docs_for(qs, {"suunnittelu": (2, 1), "arviointi": (2, 2)}, project="Koodi")
    for doc in docs:
        doc.project.code = "S30999"
    (change,) = build_portfolio(make_team(docs), qs, "en").changes
    assert (change.name, change.code) == ("Koodi", "S30999")
    assert (change.before, change.after) == (t("report.phase.suunnittelu", "en"), t("report.phase.arviointi", "en"))


def test_a_strength_is_never_also_a_development_area(qs, make_team):
    # Four questions rated 4, 3, 2 and 1: the first three are the strengths, so only the last is weak.
    rated = {q.id: 4 - index for index, q in enumerate(qs.questions[:4])}
    portfolio = build_portfolio(make_team([make_answers(qs, rated, respondent_id="r")]), qs, "en")
    assert [item.id for item in portfolio.strong] == [q.id for q in qs.questions[:3]]
    assert [(item.id, item.projects) for item in portfolio.weak] == [(qs.questions[3].id, 1)]


def test_the_lists_count_each_project_once_per_question(qs, make_team):
    weak = qs.questions[-1]
    disputed = qs.questions[5]
    docs = []
    for project in ("A", "B"):
        # Two camps exactly two levels apart (1 and 3) are a dispute; the last question is everyone's weakest.
        for person, level in enumerate((1, 1, 3, 3)):
            levels = {q.id: 2 for q in qs.questions} | {disputed.id: level, weak.id: 0}
            docs.append(make_answers(qs, levels, project=project, respondent_id=f"{project}{person}"))
    portfolio = build_portfolio(make_team(docs), qs, "en")
    assert [(item.id, item.projects, item.of) for item in portfolio.disputed] == [(disputed.id, 2, 2)]
    assert (portfolio.weak[0].id, portfolio.weak[0].projects, portfolio.weak[0].of) == (weak.id, 2, 2)
    assert all(item.projects == 2 for item in portfolio.weak)


def test_a_row_shows_the_organisation_and_region_of_its_described_phase(qs, make_team):
    docs = docs_for(qs, {"suunnittelu": (1, 1), "toteutus": (1, 2)}, project="Kylä")
    for doc in docs:
        doc.project.code = "S30111"
    docs[0].project.organisation = "Old ry"
    docs[1].project.organisation = "Kylätalo ry"
    docs[1].project.region = "Lappi"
    (row,) = build_portfolio(make_team(docs), qs, "en").projects
    assert (row.code, row.organisation, row.region) == ("S30111", "Kylätalo ry", "Lappi")


def test_a_row_lists_the_data_checks_warnings_about_its_own_project_only_and_not_what_it_says_itself(qs, make_team):
    team = team_of(qs, make_team, {"A": {"toteutus": (2, 2)}, "B": {"toteutus": (2, 2)}})
    about_a = Finding("empty", "datacheck.empty", where="a.yaml", project="A")
    about_b = Finding("empty", "datacheck.empty", where="b1.yaml", project="B")
    also_b = Finding("empty", "datacheck.empty", where="b2.yaml", project="B")
    incomplete = Finding("incomplete", "datacheck.incomplete", {"answered": 1, "total": 24}, "a.yaml", project="A")
    rows = {
        p.name: p for p in build_portfolio(team, qs, "en", findings=[about_a, about_b, also_b, incomplete]).projects
    }
    assert rows["A"].checks == report_lines([about_a], "en")
    assert rows["B"].checks == report_lines([about_b, also_b], "en")
    assert rows["A"].checks != rows["B"].checks


def test_a_question_on_more_projects_lists_comes_first_whatever_its_number(qs, make_team):
    # The last question is weakest in two projects, the first question in one: the last question leads the list.
    first, last = qs.questions[0], qs.questions[-1]
    docs = []
    for project, weakest in (("A", last), ("B", last), ("C", first)):
        levels = {q.id: 3 for q in qs.questions} | {weakest.id: 0}
        docs.append(make_answers(qs, levels, project=project, respondent_id=project))
    weak = build_portfolio(make_team(docs), qs, "en").weak
    assert [(item.id, item.projects) for item in weak] == [(last.id, 2), (first.id, 1)]


def test_a_section_sort_reads_that_sections_means_not_the_overall_mean(qs, make_team):
    section = qs.sections[0]
    docs = []
    for project, (in_section, elsewhere) in {"Overall": (1, 4), "Section": (3, 0)}.items():
        levels = {q.id: (in_section if q in section.questions else elsewhere) for q in qs.questions}
        docs.append(make_answers(qs, levels, project=project, respondent_id=project))
    team = make_team(docs)
    assert [p.name for p in build_portfolio(team, qs, "en", sort=section.id).projects] == ["Section", "Overall"]
    assert [p.name for p in build_portfolio(team, qs, "en", sort="mean").projects] == ["Overall", "Section"]


def test_a_mean_of_zero_sorts_below_every_higher_mean(qs, make_team):
    team = team_of(qs, make_team, {"A zero": {"toteutus": (1, 0)}, "B one": {"toteutus": (1, 1)}})
    assert [p.name for p in build_portfolio(team, qs, "en", sort="mean").projects] == ["B one", "A zero"]
