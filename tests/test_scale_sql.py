"""docs/scale.md: the documented SQL, run in DuckDB over a JSON Lines export, gives exactly the tool's own numbers."""

from __future__ import annotations

import re
from dataclasses import replace

import duckdb
import pytest
from conftest import REPO, write_answers
from test_portfolio import portfolio_docs
from typer.testing import CliRunner

from osallisuus_cli.cli.app import app
from osallisuus_cli.model.team import TeamFile
from osallisuus_cli.questionsets.framework import QuestionSet
from osallisuus_cli.reports.report import build_report
from osallisuus_cli.teamwork.datacheck import project_key

DOC = (REPO / "docs" / "scale.md").read_text(encoding="utf-8")


def documented_queries() -> dict[str, str]:
    """Every ```sql block of the document, by the name on its first line (``-- name: …``)."""
    blocks = re.findall(r"```sql\n(.*?)```", DOC, re.S)
    return {re.match(r"-- name: (\w+)", block).group(1): block for block in blocks}


@pytest.fixture(scope="module")
def connection(tmp_path_factory: pytest.TempPathFactory) -> duckdb.DuckDBPyConnection:
    from osallisuus_cli.questionsets.reading import load_question_set

    qs = load_question_set()
    folder = tmp_path_factory.mktemp("scale")
    for index, doc in enumerate(portfolio_docs(qs)):
        write_answers(folder / "answers" / f"vastaaja-{index:02d}.yaml", doc, qs)
    export = folder / "vastaukset.jsonl"
    result = CliRunner().invoke(
        app, ["export", str(folder / "answers"), "--format", "jsonl", "--anonymize", "-o", str(export)]
    )
    assert result.exit_code == 0, result.stderr
    view = re.search(r'con\.execute\("""\s*(CREATE VIEW answers AS .*?)"""\)', DOC, re.S).group(1)
    con = duckdb.connect()
    con.execute(view.replace("'vastaukset.jsonl'", f"'{export}'"))
    return con


def rows(con: duckdb.DuckDBPyConnection, name: str) -> list[dict[str, object]]:
    cursor = con.execute(documented_queries()[name])
    columns = [column[0] for column in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


def test_the_document_names_its_queries() -> None:
    assert sorted(documented_queries()) == ["coverage_per_phase", "section_means"]


def test_section_means_per_project_are_the_reports_numbers(
    connection: duckdb.DuckDBPyConnection, qs: QuestionSet, make_team
) -> None:
    team: TeamFile = make_team(portfolio_docs(qs))
    found = rows(connection, "section_means")
    expected = []
    groups = sorted({(project_key(r), r.project.phase) for r in team.responses})
    for key, phase in groups:
        subset = [r for r in team.responses if project_key(r) == key and r.project.phase == phase]
        report = build_report(replace(team, responses=subset), qs, "fi")
        for section in sorted(report.sections, key=lambda s: s.id):
            expected.append(
                {
                    "project_key": key,
                    "phase": phase,
                    "section": section.id,
                    "mean": section.mean,
                    "answered": section.counts.answered,
                    "respondents": section.counts.respondents,
                }
            )
    assert found == expected  # exactly: the same integers divided once, in the same floating point


def test_coverage_per_phase_is_the_reports_coverage(
    connection: duckdb.DuckDBPyConnection, qs: QuestionSet, make_team
) -> None:
    team: TeamFile = make_team(portfolio_docs(qs))
    found = {row["phase"]: row for row in rows(connection, "coverage_per_phase")}
    phases = sorted({r.project.phase for r in team.responses})
    assert sorted(found) == phases
    for phase in phases:
        report = build_report(
            replace(team, responses=[r for r in team.responses if r.project.phase == phase]), qs, "fi"
        )
        assert found[phase]["respondents"] == report.respondents
        assert found[phase]["coverage"] * 100 == report.coverage
