"""The small-group rule (``--min-group``) is applied to the report's data itself, to every group a text or a number
is labelled with: no template — built-in or the user's own — can show what it hides."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from osallisuus_cli.cli.app import app
from osallisuus_cli.i18n import t
from osallisuus_cli.model import answers
from osallisuus_cli.portfolio.build import build_portfolio
from osallisuus_cli.reports.report import build_report, render
from tests.conftest import make_answers

SECRET = "Vain-yksi-ihminen-kirjoitti-tämän"


def person(qs, index: int, project: str, how: str | None = None):
    rid = f"{index:08d}-0000-4000-8000-000000000000"
    texts = {"q01": how} if how else None
    return make_answers(qs, {"q01": 3, "q02": 2 + index % 2}, project=project, respondent_id=rid, name=None, how=texts)


@pytest.fixture
def three_and_one(qs, make_team):
    """Three people in one project, one person (with a text) in another."""
    docs = [person(qs, i, "Iso hanke", how=f"Yhteinen teksti {i}") for i in range(3)]
    docs.append(person(qs, 9, "Pieni hanke", how=SECRET))
    return make_team(docs)


def everything_in(model: object) -> str:
    """Every value in the model, as text: what any template could print."""
    return repr(dataclasses.asdict(model))


def test_a_project_below_the_limit_gives_no_free_text_labelled_with_its_name(qs, three_and_one) -> None:
    report = build_report(three_and_one, qs, "fi", min_group=3)
    assert SECRET not in everything_in(report)
    assert "Yhteinen teksti 0" in everything_in(report), "the large project's texts stay"
    assert report.texts_withheld == ["Pieni hanke"]
    assert report.respondents == 4, "their ratings still count in the whole report's figures"
    for fmt in ("md", "html"):
        text = render(report, fmt=fmt)
        assert SECRET not in text
        said = t("figures.texts_withheld", "fi", min=3, projects="Pieni hanke")
        assert said in text.replace("\n", " ") or said in text
    # without the rule every text is shown, labelled with its project
    assert SECRET in everything_in(build_report(three_and_one, qs, "fi"))


def test_a_whole_group_below_the_limit_gives_the_model_no_figures_and_no_text(qs, make_team) -> None:
    team = make_team([person(qs, 1, "Pieni hanke", how=SECRET), person(qs, 2, "Pieni hanke")])
    report = build_report(team, qs, "fi", min_group=3)
    assert report.suppressed
    assert SECRET not in everything_in(report)
    assert all(q.mean is None and not q.how for s in report.sections for q in s.questions)
    assert report.coverage is None
    assert report.strengths == report.development == report.disputed == []


def test_a_users_template_cannot_print_what_the_rule_hides(runner, qs, tmp_path: Path) -> None:
    folder = tmp_path / "answers"
    folder.mkdir()
    answers.save_answers(folder / "yksi.yaml", person(qs, 1, "Pieni hanke", how=SECRET), qs)
    own = tmp_path / "omat"
    own.mkdir()
    (own / "report.md.j2").write_text("{{ '%s' % report }}\n{{ report.sections }}\n", encoding="utf-8")
    result = runner.invoke(app, ["report", str(folder), "--templates", str(own), "--min-group", "3"])
    assert result.exit_code == 0, result.output
    assert SECRET not in result.stdout
    assert "Pieni" in result.stdout, "the template did print the report"


def test_several_projects_with_min_group_print_no_small_projects_text(runner, qs, tmp_path: Path) -> None:
    """Issue 20 §3 as a user meets it: a plain team report over several projects."""
    folder = tmp_path / "answers"
    folder.mkdir()
    for i in range(3):
        answers.save_answers(folder / f"iso-{i}.yaml", person(qs, i, "Iso hanke", how=f"Yhteinen {i}"), qs)
    answers.save_answers(folder / "pieni.yaml", person(qs, 9, "Pieni hanke", how=SECRET), qs)
    for suffix in ("md", "html"):
        out = tmp_path / f"raportti.{suffix}"
        result = runner.invoke(app, ["report", str(folder), "--min-group", "3", "-o", str(out)])
        assert result.exit_code == 0, result.output
        assert SECRET not in out.read_text(encoding="utf-8")


def test_a_portfolio_row_below_the_limit_carries_no_figures(qs, three_and_one) -> None:
    portfolio = build_portfolio(three_and_one, qs, "fi", min_group=3)
    rows = [row for group in portfolio.groups for row in group.projects]
    small = next(row for row in rows if row.name == "Pieni hanke")
    assert small.hidden
    assert small.overall.mean is None
    assert all(cell.mean is None for cell in small.cells)
    large = next(row for row in rows if row.name == "Iso hanke")
    assert large.overall.mean is not None


def test_a_phase_below_the_limit_gives_the_change_table_no_figure(qs, make_team) -> None:
    from datetime import timedelta

    before = [person(qs, i, "Iso hanke") for i in range(3)]
    later = make_answers(
        qs,
        {"q01": 1},
        project="Iso hanke",
        phase="arviointi",
        respondent_id="00000000-0000-4000-8000-000000000000",
        name=None,
        when=before[0].created + timedelta(days=30),
    )
    report = build_report(make_team([*before, later]), qs, "fi", min_group=3)
    trend = report.trend
    assert trend is not None
    assert [period.hidden for period in trend.periods] == [False, True]
    for row in [*trend.sections, *trend.questions]:
        assert row.means[1] is None
        assert row.answered[1] is None, "not even how many answers the one person gave"
        assert row.change is None
