"""The portfolio report: many projects side by side, with the same numbers each project's own report shows."""

from __future__ import annotations

import csv
import io
import random
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import make_answers, write_answers
from markupsafe import escape
from test_report_hostile import ALLOWED_TAGS, Elements, md_parser
from typer.testing import CliRunner

from osallisuus_cli.cli.app import app
from osallisuus_cli.errors import UsageError
from osallisuus_cli.i18n import t
from osallisuus_cli.model import answers as answers_mod
from osallisuus_cli.model.team import TeamFile
from osallisuus_cli.portfolio.build import build_portfolio
from osallisuus_cli.questionsets.framework import QuestionSet
from osallisuus_cli.reports import scoring
from osallisuus_cli.reports.report import build_report, render

# (name, code, organisation, region, {phase: respondents})
PROJECTS = [
    ("Nuorten ääni", "S30123", "Jyväskylän kaupunki", "Keski-Suomi", {"suunnittelu": 3, "toteutus": 4}),
    ("Kylätalo Kaikukoti", "S30456", "Kaikukodin kyläyhdistys ry", "Pohjois-Savo", {"toteutus": 5}),
    ("Yhdessä eteenpäin", None, "Vantaan kaupunki", None, {"toteutus": 2, "arviointi": 2}),
    ("Työllisyyspolku", "S30789", None, "Keski-Suomi", {"arviointi": 1}),
]


def portfolio_docs(qs: QuestionSet) -> list[answers_mod.AnswersFile]:
    rng = random.Random(14)
    docs = []
    for p, (name, code, organisation, region, phases) in enumerate(PROJECTS):
        for phase, count in phases.items():
            for i in range(count):
                levels: dict[str, int | str] = {}
                for n, q in enumerate(qs.questions):
                    draw = rng.random()
                    if draw < 0.08:
                        continue
                    levels[q.id] = "na" if draw < 0.12 else (p + i + n + len(phase)) % 5
                doc = make_answers(
                    qs, levels, respondent_id=f"{p:04d}{i:04d}-1111-4111-8111-{len(phase):012d}", phase=phase
                )
                doc.project = answers_mod.Project(
                    name=name, code=code, organisation=organisation, region=region, phase=phase
                )
                docs.append(doc)
    return docs


@pytest.fixture
def team(qs: QuestionSet, make_team) -> TeamFile:
    return make_team(portfolio_docs(qs))


def only(team: TeamFile, name: str, phase: str | None = None) -> TeamFile:
    responses = [r for r in team.responses if r.project.name == name and phase in (None, r.project.phase)]
    return replace(team, responses=responses)


def test_each_project_shows_the_figures_of_its_own_team_report(qs: QuestionSet, team: TeamFile) -> None:
    portfolio = build_portfolio(team, qs, "fi")
    assert [p.name for p in portfolio.projects] == sorted(name for name, *_ in PROJECTS)
    for project in portfolio.projects:
        own = build_report(only(team, project.name), qs, "fi")
        sections = {s.id: s for s in own.summary}
        assert project.respondents == own.respondents
        assert project.responses_total == own.responses_total
        for column, cell in zip(portfolio.columns, project.cells, strict=True):
            assert cell.mean == sections[column.id].mean
            assert cell.answered == sections[column.id].counts.answered
            assert cell.respondents == own.respondents
        assert project.overall.coverage * 100 == pytest.approx(own.coverage)
    assert portfolio.respondents == 4 + 5 + 2 + 1
    assert portfolio.responses_total == len(team.responses)


def test_a_project_is_its_code_else_its_name(qs: QuestionSet, team: TeamFile) -> None:
    renamed = [
        replace(r, project=replace(r.project, name="Nuorten ääni 2.0")) if r.project.phase == "toteutus" else r
        for r in team.responses
    ]
    portfolio = build_portfolio(replace(team, responses=renamed), qs, "en")
    keys = [p.key for p in portfolio.projects]
    assert keys.count("S30123") == 1
    assert "Yhdessä eteenpäin" in keys  # no code: its name


def test_change_only_where_a_project_answered_in_two_phases(qs: QuestionSet, team: TeamFile) -> None:
    portfolio = build_portfolio(team, qs, "en")
    changes = {c.name: c for c in portfolio.changes}
    assert sorted(changes) == ["Nuorten ääni", "Yhdessä eteenpäin"]
    change = changes["Nuorten ääni"]
    assert (change.before, change.before_n, change.after, change.after_n) == ("Planning", 3, "Implementation", 4)
    before = build_report(only(team, "Nuorten ääni", "suunnittelu"), qs, "en")
    after = build_report(only(team, "Nuorten ääni", "toteutus"), qs, "en")
    first = {s.id: s.mean for s in before.summary}
    last = {s.id: s.mean for s in after.summary}
    expected = [scoring.change(first[c.id], last[c.id]) for c in portfolio.columns]
    assert change.sections == pytest.approx(expected)


def test_small_group_rule_applies_to_each_project(qs: QuestionSet, team: TeamFile) -> None:
    portfolio = build_portfolio(team, qs, "en", min_group=3)
    hidden = {p.name for p in portfolio.projects if p.hidden}
    assert hidden == {"Yhdessä eteenpäin", "Työllisyyspolku"}
    assert portfolio.hidden == 2
    assert portfolio.counted == 2  # only projects whose figures are shown count in the question lists
    assert all(item.of == 2 for item in portfolio.strong + portfolio.weak + portfolio.disputed)
    change = next(c for c in portfolio.changes if c.name == "Yhdessä eteenpäin")
    assert change.hidden
    assert change.overall is None
    text = render(portfolio, fmt="md", template="portfolio")
    row = next(line for line in text.splitlines() if line.startswith("| Työllisyyspolku"))
    assert t("portfolio.hidden_row", "en", min=3) in row
    assert "**" not in row  # no figure leaks into the row
    assert t("portfolio.check_hidden", "en", count=1, min=3) in text


def test_question_lists_count_projects(qs: QuestionSet, team: TeamFile) -> None:
    portfolio = build_portfolio(team, qs, "en")
    assert portfolio.counted == 4
    for items in (portfolio.strong, portfolio.weak, portfolio.disputed):
        assert [item.projects for item in items] == sorted((item.projects for item in items), reverse=True)
        assert all(1 <= item.projects <= 4 for item in items)
    assert len(portfolio.strong) == 5


def test_sort_and_group(qs: QuestionSet, team: TeamFile) -> None:
    by_size = build_portfolio(team, qs, "en", sort="respondents")
    assert [p.respondents for p in by_size.projects] == [5, 4, 2, 1]
    by_section = build_portfolio(team, qs, "en", sort="2a")
    means = [p.cells[1].mean for p in by_section.projects]
    assert means == sorted(means, reverse=True)
    grouped = build_portfolio(team, qs, "en", group_by="region")
    assert [g.label for g in grouped.groups] == ["Keski-Suomi", "Pohjois-Savo", t("portfolio.group_none", "en")]
    assert [p.name for p in grouped.groups[0].projects] == ["Nuorten ääni", "Työllisyyspolku"]
    phases = build_portfolio(team, qs, "fi", group_by="phase")
    assert [g.label for g in phases.groups] == ["Toteutus", "Arviointi"]
    with pytest.raises(UsageError):
        build_portfolio(team, qs, "en", sort="size")
    with pytest.raises(UsageError):
        build_portfolio(team, qs, "en", group_by="county")


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_both_formats_in_every_language_do_not_depend_on_the_order_of_the_files(
    qs: QuestionSet, team: TeamFile, lang: str
) -> None:
    shuffled = list(team.responses)
    random.Random(1).shuffle(shuffled)
    for fmt in ("md", "html"):
        first = render(build_portfolio(team, qs, lang, group_by="region"), fmt=fmt, template="portfolio")
        again = render(build_portfolio(replace(team, responses=shuffled), qs, lang, group_by="region"), fmt=fmt,
                       template="portfolio")  # fmt: skip
        assert first == again
        assert t("portfolio.h_table", lang) in first
        assert t("portfolio.h_changes", lang) in first


def test_hostile_project_names_stay_text(qs: QuestionSet, hostile_team: TeamFile) -> None:
    names = {r.project.name for r in hostile_team.responses}
    portfolio = build_portfolio(hostile_team, qs, "fi", title="<script>window.__pwned=1</script>")
    page = render(portfolio, fmt="html", template="portfolio")
    parser = Elements()
    parser.feed(page)
    tags = [tag for tag, _ in parser.tags]
    assert set(tags) <= ALLOWED_TAGS | {"label"}
    assert tags.count("script") == 0
    assert not [attrs for _, attrs in parser.tags if any(name.startswith("on") or name == "style" for name in attrs)]
    for name in names:
        assert str(escape(name)) in page
    text = render(portfolio, fmt="md", template="portfolio")
    tokens = md_parser().parse(text)
    assert not [tok for tok in tokens if tok.type in ("html_block", "fence", "code_block")]
    cells_per_row = []
    for token in tokens:
        if token.type == "tr_open":
            cells_per_row.append(0)
        elif token.type in ("th_open", "td_open"):
            cells_per_row[-1] += 1
    columns = len(portfolio.columns)
    assert set(cells_per_row) <= {columns + 3, 3}  # heat and change tables; the data check: no payload adds a cell
    assert cells_per_row.count(columns + 3) >= len(portfolio.projects) + 1


# --- the command line ------------------------------------------------------------------------------------------


@pytest.fixture
def folder(tmp_path: Path, qs: QuestionSet) -> Path:
    target = tmp_path / "answers"
    for index, doc in enumerate(portfolio_docs(qs)):
        write_answers(target / f"vastaaja-{index:02d}.yaml", doc, qs)
    return target


def run(*args: str) -> object:
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def test_report_template_portfolio_on_the_command_line(folder: Path, tmp_path: Path) -> None:
    page = tmp_path / "salkku.html"
    result = run("report", str(folder), "-t", "portfolio", "-o", str(page), "--sort", "mean", "--group-by", "region")
    assert result.exit_code == 0, result.stderr
    assert '<table class="heat">' in page.read_text(encoding="utf-8")
    bad = run("report", str(folder), "-t", "portfolio", "--sort", "size")
    assert bad.exit_code == 2
    assert "--sort size" in bad.stderr
    assert run("report", str(folder), "--group-by", "region").exit_code == 2  # portfolio options need it
    assert run("report", str(folder), "-t", "portfolio", "--min-group", "0").exit_code == 2


def test_the_team_report_of_several_projects_suggests_the_portfolio(folder: Path) -> None:
    result = run("report", str(folder))
    assert result.exit_code == 0
    assert t("portfolio.suggest", "fi", count=4) in result.stderr
    one = run("report", str(next(folder.glob("*.yaml"))))
    assert "--template portfolio" not in one.stderr


def test_export_by_project_gives_the_portfolio_table(folder: Path, qs: QuestionSet, team: TeamFile) -> None:
    result = run("export", str(folder), "--by", "project", "--min-group", "2")
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    portfolio = build_portfolio(team, qs, "fi", min_group=2)
    assert [row["project"] for row in rows] == [p.name for p in portfolio.projects]
    for row, project in zip(rows, portfolio.projects, strict=True):
        assert int(row["respondents"]) == project.respondents
        if project.hidden:
            assert row["all_mean"] == row["section_1_mean"] == ""
            continue
        for column, cell in zip(portfolio.columns, project.cells, strict=True):
            assert (float(row[f"section_{column.id}_mean"]) if cell.mean is not None else None) == cell.mean
            assert int(row[f"section_{column.id}_answered"]) == cell.answered
    excel = run("export", str(folder), "--by", "project", "--excel")
    assert excel.stdout.startswith("\ufeffproject_key;")
    assert run("export", str(folder), "--by", "team").exit_code == 2
    assert run("export", str(folder), "--by", "project", "--format", "json").exit_code == 2


def test_each_project_row_carries_its_own_data_check(folder: Path, qs: QuestionSet, tmp_path: Path) -> None:
    """The team data check, split by project: an empty file of one project is named in that project's row only."""
    doc = make_answers(qs, {}, respondent_id="99999999-1111-4111-8111-999999999999", phase="toteutus")
    doc.project = answers_mod.Project(name="Kylätalo Kaikukoti", code="S30456", phase="toteutus")
    write_answers(folder / "tyhja.yaml", doc, qs)
    page = tmp_path / "salkku.md"
    result = run("report", str(folder), "-t", "portfolio", "-o", str(page), "--lang", "en")
    assert result.exit_code == 0, result.stderr
    empty = t("datacheck.report_empty", "en", count=1, details="")
    text = page.read_text(encoding="utf-8")
    checks = text[text.index(t("portfolio.h_checks", "en")) :]
    rows = [line for line in checks.splitlines() if line.startswith("| ") and "Kaikukoti" not in line]
    (row,) = [line for line in checks.splitlines() if line.startswith("| ") and "Kylätalo Kaikukoti" in line]
    assert empty in row
    assert rows
    assert not [line for line in rows if empty in line]
    assert text.count(empty) == 1


def test_the_project_files_small_group_rule_holds_for_the_export_by_project(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "osallisuus.yaml").write_text(
        "format: osallisuus/project/v1\nname: Salkku\nanswers_dir: answers\nmin_group: 3\n", encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    result = run("export", "--by", "project")
    assert result.exit_code == 0, result.stderr
    shown = {row["project"]: row["shown"] for row in csv.DictReader(io.StringIO(result.stdout))}
    assert shown["Työllisyyspolku"] != shown["Kylätalo Kaikukoti"]  # one respondent against five, limit 3
    flag = run("export", "--by", "project", "--min-group", "1")
    assert {row["shown"] for row in csv.DictReader(io.StringIO(flag.stdout))} == {shown["Kylätalo Kaikukoti"]}


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_the_portfolio_and_the_team_report_say_the_same_of_the_question_set(
    team: TeamFile, qs: QuestionSet, lang: str
) -> None:
    """One object holds the set's citation, source, translation note and scale; both models read it under one name."""
    report = build_report(team, qs, lang)
    portfolio = build_portfolio(team, qs, lang)
    assert report.facts == portfolio.facts
    assert portfolio.framework_citation == report.framework_citation == report.facts.citation
    assert [item.label for item in portfolio.scale] == [qs.text(level.label, lang) for level in qs.scale.levels]
    assert portfolio.translation_note == report.translation_note
    assert bool(portfolio.translation_note) == qs.is_unofficial(lang)


# --- the phase described (N2) --------------------------------------------------------------------------------------


def _later_phase_team(qs: QuestionSet, folder: Path) -> Path:
    """Five workers in toteutus; Aino (one of them) went on to arviointi alone: a one-person later phase."""
    for index in range(5):
        levels: dict[str, int | str] = {q.id: (index + n) % 5 for n, q in enumerate(qs.questions)}
        doc = make_answers(qs, levels, respondent_id=f"r{index}", name=None)
        doc.project = answers_mod.Project(name="Nuorten ääni", code="S30123", phase="toteutus")
        write_answers(folder / f"r{index}.yaml", doc, qs)
    later = make_answers(qs, {q.id: 4 for q in qs.questions}, respondent_id="r0", phase="arviointi", name=None)
    later.project = answers_mod.Project(name="Nuorten ääni", code="S30123", phase="arviointi")
    write_answers(folder / "r0-arviointi.yaml", later, qs)
    return folder


@pytest.mark.parametrize(
    ("phase", "expected", "n"), [(None, "toteutus", 5), ("2", "toteutus", 5), ("3", "arviointi", 1)]
)
def test_the_portfolio_and_its_export_describe_the_phase_the_report_describes(
    qs: QuestionSet, tmp_path: Path, phase: str | None, expected: str, n: int
) -> None:
    """N2: the portfolio took the one-person later phase for the whole project, and ignored --phase."""
    folder = _later_phase_team(qs, tmp_path / "answers")
    chosen = ["--phase", phase] if phase else []
    report = run("report", str(folder), "--format", "md", *chosen)
    portfolio_md = run("report", str(folder), "-t", "portfolio", "--format", "md", *chosen)
    exported = run("export", str(folder), "--by", "project", *chosen)
    assert report.exit_code == portfolio_md.exit_code == exported.exit_code == 0, portfolio_md.stderr
    (row,) = list(csv.DictReader(io.StringIO(exported.stdout)))
    assert (row["phase"], int(row["respondents"]), int(row["phases"]), int(row["responses"])) == (expected, n, 2, 6)
    from tests.conftest import read_team

    merged = run("merge", str(folder), "-o", str(tmp_path / "tiimi.yaml"))
    assert merged.exit_code == 0, merged.stderr
    team = read_team(tmp_path / "tiimi.yaml", qs)
    wanted = {"2": "toteutus", "3": "arviointi"}.get(phase or "")
    own = build_report(team, qs, "fi", phase=wanted, phase_required=wanted is not None)
    (project,) = build_portfolio(team, qs, "fi", phase=wanted, phase_required=wanted is not None).projects
    assert (project.phase, project.respondents) == (expected, own.respondents)
    sections = {s.id: s for s in own.summary}
    portfolio = build_portfolio(team, qs, "fi", phase=wanted, phase_required=wanted is not None)
    for column, cell in zip(portfolio.columns, project.cells, strict=True):
        assert cell.mean == sections[column.id].mean
    assert float(row["all_mean"]) == project.overall.mean


def test_the_project_files_phase_is_the_portfolios_default(qs: QuestionSet, tmp_path: Path, monkeypatch) -> None:
    _later_phase_team(qs, tmp_path / "answers")
    (tmp_path / "osallisuus.yaml").write_text(
        "format: osallisuus/project/v1\nname: Nuorten ääni\nphase: Utvärdering\n", encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    exported = run("export", "--by", "project")
    assert exported.exit_code == 0, exported.stderr
    (row,) = list(csv.DictReader(io.StringIO(exported.stdout)))
    assert (row["phase"], row["respondents"]) == ("arviointi", "1")


def test_a_phase_nobody_answered_in_is_refused_and_export_phase_needs_by_project(qs, tmp_path: Path) -> None:
    folder = _later_phase_team(qs, tmp_path / "answers")
    empty = run("report", str(folder), "-t", "portfolio", "--phase", "suunnittelu")
    assert empty.exit_code == 2
    found = ", ".join(t(f"team.phase.{p}", "fi") for p in ("toteutus", "arviointi"))
    assert t("figures.err_phase_empty", "fi", phase=t("team.phase.suunnittelu", "fi"), found=found) in empty.stderr
    assert run("export", str(folder), "--by", "project", "--phase", "suunnittelu").exit_code == 2
    long = run("export", str(folder), "--phase", "toteutus")
    assert long.exit_code == 2
    assert t("portfolio.err_phase_needs_by", "fi") in long.stderr
