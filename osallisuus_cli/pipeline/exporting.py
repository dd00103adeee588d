"""A team's answers for other tools, start to end: read these folders → check → rows in CSV, JSON or JSON Lines.

``export_answers`` is ``osallisuus export`` (one row per respondent and question, or with ``by_workshop`` one per
workshop, question and level) without the command line: a library caller gives an ``ExportRequest`` and gets the
export in pieces, to be written one after another, with how many rows it has and what it rests on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from osallisuus_cli.model.projectpath import Settings
from osallisuus_cli.model.team import TeamFile
from osallisuus_cli.pipeline.team import gather_team
from osallisuus_cli.questionsets.framework import QuestionSet
from osallisuus_cli.teamwork.datacheck_lines import Finding
from osallisuus_cli.teamwork.export import export, workshop_records
from osallisuus_cli.teamwork.merge import OnDuplicate
from osallisuus_cli.teamwork.parallel import Progress


@dataclass(frozen=True)
class ExportRequest:
    """What ``osallisuus export`` is asked for (without ``--by project``: that is the portfolio's table)."""

    paths: list[Path] | None  # answers files, folders, team files; None: the project's answers folder
    settings: Settings
    fmt: str = "csv"  # csv, json or jsonl (teamwork.export.FORMATS)
    excel: bool = False  # CSV for Excel in a Finnish locale
    by_workshop: bool = False
    framework: Path | None = None
    policy: OnDuplicate = "error"
    anonymize: bool = False
    refused_anonymizing: bool = False  # names kept on purpose: said, not merely defaulted
    output: Path | None = None  # checked before anything is read (never an input, even with force)
    force: bool = False
    progress: Progress | None = None


@dataclass(frozen=True)
class Exported:
    pieces: Iterator[bytes]  # the export, written one piece after another (never whole in memory as text)
    team: TeamFile
    qs: QuestionSet
    rows: int  # how many rows the pieces hold (records, not lines: a CSV field may span lines)
    findings: list[Finding]


def export_answers(request: ExportRequest, *, on_findings: Callable[[list[Finding]], None] | None = None) -> Exported:
    """The export ``request`` asks for; ``on_findings`` hears the data check before any row is made."""
    gathered = gather_team(
        request.paths,
        request.settings,
        request.framework,
        request.output,
        policy=request.policy,
        anonymize=request.anonymize,
        force=request.force,
        refused_anonymizing=request.refused_anonymizing,
        on_findings=on_findings,
        progress=request.progress,
    )
    team, qs = gathered.result.team, gathered.qs
    if request.by_workshop:
        rows = sum(1 for _ in workshop_records(team, qs))
    else:
        rows = len(team.responses) * len(qs.questions)
    pieces = export(team, qs, request.fmt, excel=request.excel, workshops=request.by_workshop)
    return Exported(pieces, team, qs, rows, gathered.findings)
