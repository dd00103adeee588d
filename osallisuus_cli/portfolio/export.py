"""The portfolio's projects × sections table as flat records: ``osallisuus export --format csv --by project``.

One row per project, the figures of the portfolio report (its latest phase; none for a project below the
small-group limit). Column names are stable English machine names, as in the long export; numbers are unrounded
(means on the scale, coverage as a share 0–1), so a spreadsheet can round them as it likes.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from osallisuus_cli.portfolio.model import Cell, Portfolio

PROJECT_COLUMNS: tuple[str, ...] = (
    "project_key",
    "project",
    "project_code",
    "organisation",
    "region",
    "phase",
    "phases",
    "respondents",
    "responses",
    "shown",
)
FIGURES: tuple[str, ...] = ("mean", "answered", "coverage")


def columns(portfolio: Portfolio) -> tuple[str, ...]:
    """The header: the project columns, then mean, answered and coverage of all questions and of each section."""
    figures = [f"all_{name}" for name in FIGURES]
    for column in portfolio.columns:
        figures += [f"section_{column.id}_{name}" for name in FIGURES]
    return (*PROJECT_COLUMNS, *figures)


def _figures(prefix: str, cell: Cell, shown: bool) -> dict[str, Any]:
    if not shown:
        return dict.fromkeys((f"{prefix}_{name}" for name in FIGURES), None)
    return {
        f"{prefix}_mean": cell.mean,
        f"{prefix}_answered": cell.answered,
        f"{prefix}_coverage": cell.coverage,
    }


def project_records(portfolio: Portfolio) -> Iterator[dict[str, Any]]:
    """One record per project, in the portfolio's order (groups one after another)."""
    for project in portfolio.projects:
        shown = not project.hidden
        record: dict[str, Any] = {
            "project_key": project.key,
            "project": project.name,
            "project_code": project.code,
            "organisation": project.organisation,
            "region": project.region,
            "phase": project.phase,
            "phases": len(project.phase_counts),
            "respondents": project.respondents,
            "responses": project.responses_total,
            "shown": int(shown),
        }
        record |= _figures("all", project.overall, shown)
        for column, cell in zip(portfolio.columns, project.cells, strict=True):
            record |= _figures(f"section_{column.id}", cell, shown)
        yield record
