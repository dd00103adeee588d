"""``osallisuus export PATH... --format csv|json|jsonl`` — a team's answers for Excel, R and other tools."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from osallisuus_cli.cli.commands._common import (
    AnonymizeOption,
    ForceOption,
    FrameworkOption,
    LangOption,
    MinGroupOption,
    OnDuplicateOption,
    OutputOrStdoutOption,
    PhaseOption,
    QuietOption,
)

if TYPE_CHECKING:
    from osallisuus_cli.pipeline.exporting import Exported
    from osallisuus_cli.teamwork.merge import OnDuplicate


PathsArgument = Annotated[
    list[Path] | None,
    typer.Argument(
        metavar="PATH...",
        help="Team files, answers files or folders (merged as by 'osallisuus merge'). Default: the answers folder.",
    ),
]
FormatOption = Annotated[
    str, typer.Option("--format", "-F", metavar="csv|json|jsonl", help="csv (long format), json or jsonl (JSON Lines).")
]
ExcelOption = Annotated[
    bool,
    typer.Option("--excel", help="CSV for Excel in a Finnish locale: semicolons, UTF-8 with BOM, CRLF line ends."),
]
ByOption = Annotated[
    str | None,
    typer.Option(
        "--by",
        metavar="project|workshop",
        help="project: one row per project with the portfolio report's figures (CSV only); workshop: one row per "
        "workshop, question and level; instead of one row per respondent and question.",
    ),
]


def export(
    paths: PathsArgument = None,
    fmt: FormatOption = "csv",
    excel: ExcelOption = False,
    by: ByOption = None,
    min_group: MinGroupOption = None,
    phase: PhaseOption = None,
    output: OutputOrStdoutOption = Path("-"),
    force: ForceOption = False,
    on_duplicate: OnDuplicateOption = "error",
    anonymize: AnonymizeOption = False,
    framework: FrameworkOption = None,
    lang: LangOption = None,
    quiet: QuietOption = False,
) -> None:
    """Export one row per respondent and question (stable English column names; see docs/team-format.md)."""
    from osallisuus_cli.cli.commands._common import typed
    from osallisuus_cli.errors import UsageError
    from osallisuus_cli.model.phases import parse_phase
    from osallisuus_cli.pipeline.team import duplicate_policy

    chosen_phase = parse_phase(phase) if phase is not None else None  # flag, else the project file's phase
    asked_phase = typed("phase", phase) is not None
    fmt = _checked_format(fmt, excel)
    rows_by = _rows_by(by, fmt)
    if rows_by == "project":
        policy = duplicate_policy(on_duplicate)
        export_projects(
            paths,
            framework,
            output,
            excel=excel,
            force=force,
            min_group=min_group,
            policy=policy,
            phase=chosen_phase,
            phase_required=asked_phase,
            quiet=quiet,
        )
        return
    if asked_phase:
        raise UsageError("portfolio.err_phase_needs_by")
    policy = duplicate_policy(on_duplicate)
    export_answers(
        paths,
        framework,
        output,
        fmt=fmt,
        excel=excel,
        force=force,
        policy=policy,
        anonymize=anonymize,
        by_workshop=rows_by == "workshop",
        quiet=quiet,
    )


def export_answers(
    paths: list[Path] | None,
    framework: Path | None,
    output: Path,
    *,
    fmt: str,
    excel: bool,
    force: bool,
    policy: OnDuplicate,
    anonymize: bool,
    by_workshop: bool,
    quiet: bool,
) -> None:
    """One row per respondent and question (or, ``by_workshop``, per workshop, question and level)."""
    from osallisuus_cli.cli.commands._team import asked_for_names, said_on_stderr, write_output
    from osallisuus_cli.cli.progress import progress_for
    from osallisuus_cli.cli.settings import current_settings
    from osallisuus_cli.pipeline.exporting import ExportRequest
    from osallisuus_cli.pipeline.exporting import export_answers as exported_answers

    request = ExportRequest(
        paths=paths,
        settings=current_settings(),
        fmt=fmt,
        excel=excel,
        by_workshop=by_workshop,
        framework=framework,
        policy=policy,
        anonymize=anonymize,
        refused_anonymizing=asked_for_names(anonymize),
        output=output,  # never an input, even with --force: it would destroy what is being exported
        force=force,
    )
    with progress_for(quiet) as progress:
        made = exported_answers(replace(request, progress=progress), on_findings=said_on_stderr())
    written = write_output(output, made.pieces, private=True)
    _say_exported(made, written, by_workshop=by_workshop)


def _checked_format(fmt: str, excel: bool) -> str:
    """--format, one of the export's formats; --excel only with CSV."""
    from osallisuus_cli.errors import UsageError
    from osallisuus_cli.teamwork.export import FORMATS

    fmt = fmt.strip().lower()
    if fmt not in FORMATS:
        raise UsageError("team.err_export_format", value=fmt)
    if excel and fmt != "csv":
        raise UsageError("team.err_excel_needs_csv")
    return fmt


def _rows_by(by: str | None, fmt: str) -> str:
    """What one row is: a respondent's answer to a question (no --by), a project (CSV only) or a workshop's level."""
    from osallisuus_cli.errors import UsageError

    if by is None:
        return "respondent"
    chosen = by.strip().lower()
    if chosen == "workshop":
        return chosen
    if chosen != "project":
        raise UsageError("portfolio.err_by", value=by)
    if fmt != "csv":
        raise UsageError("portfolio.err_by_needs_csv")
    return chosen


def _say_exported(made: Exported, written: str, *, by_workshop: bool) -> None:
    """How many rows went where (and, beside respondents' rows, that workshops are exported apart)."""
    from osallisuus_cli.cli.commands._common import info
    from osallisuus_cli.i18n import format_number, t, tn

    team, rows = made.team, format_number(made.rows, None, 0)
    if by_workshop:
        info(tn("workshop.export_written", len(team.workshops), rows=rows, file=written))
        return
    if team.workshops:
        info(tn("workshop.export_apart", len(team.workshops)))
    info(
        t(
            "team.export_written",
            rows=rows,
            responses=tn("team.n_responses", len(team.responses)),
            questions=tn("team.n_questions", len(made.qs.questions)),
            file=written,
        )
    )


def export_projects(
    paths: list[Path] | None,
    framework: Path | None,
    output: Path,
    *,
    excel: bool,
    force: bool,
    min_group: str | None,
    policy: OnDuplicate,
    phase: str | None = None,
    phase_required: bool = False,
    quiet: bool = False,
) -> None:
    """``export --by project``: the portfolio's projects × sections table as CSV (no names: nothing to anonymize)."""
    from osallisuus_cli.cli.commands._common import info
    from osallisuus_cli.cli.commands._team import said_on_stderr, write_output
    from osallisuus_cli.cli.progress import progress_for
    from osallisuus_cli.cli.settings import current_settings
    from osallisuus_cli.i18n import get_language, t
    from osallisuus_cli.pipeline.reporting import ReportRequest, project_table
    from osallisuus_cli.pipeline.team import min_group_setting
    from osallisuus_cli.teamwork.export import to_csv

    settings = current_settings()
    request = ReportRequest(
        paths=paths,
        settings=settings,
        lang=get_language(),
        framework=framework,
        policy=policy,
        min_group=min_group_setting(min_group),  # flag, OSALLISUUS_MIN_GROUP or the project file (cli.settings)
        phase=phase,
        phase_required=phase_required,
        output=output,
        force=force,
    )
    with progress_for(quiet) as progress:
        header, rows, projects = project_table(replace(request, progress=progress), on_findings=said_on_stderr())
    written = write_output(output, to_csv(rows, excel=excel, columns=header), private=True)
    info(t("portfolio.export_written", count=projects, columns=len(header), file=written))
