"""``osallisuus report`` — a team's answers as a Markdown or HTML report (or the Innokylä appendix)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from osallisuus_cli.cli.commands._common import (
    ForceOption,
    FrameworkOption,
    LangOption,
    MinGroupOption,
    OnDuplicateOption,
    OutputFileOption,
    PhaseOption,
    QuietOption,
)

PathsArgument = Annotated[
    list[Path] | None,
    typer.Argument(
        metavar="PATH",
        help="Answers files, folders of them, or team files (merged on the fly as `merge` does). "
        "Default: the project's answers folder.",
    ),
]
FormatOption = Annotated[
    str | None, typer.Option("--format", metavar="md|html", help="md or html (default: from the -o suffix, else md).")
]
TemplatesOption = Annotated[
    Path | None,
    typer.Option(
        "--templates",
        metavar="DIR",
        help="Folder of templates that override the built-in ones by file name (see docs/reports.md).",
        file_okay=False,
    ),
]
TemplateOption = Annotated[
    str,
    typer.Option(
        "--template",
        "-t",
        metavar="NAME",
        help="report (the full report), innokyla (appendix for an Innokylä practice description), summary "
        "(short Markdown, e.g. for a CI job summary), portfolio (many projects side by side) or funder (plain "
        "text blocks to paste into a funder's web form).",
    ),
]
SortOption = Annotated[
    str | None,
    typer.Option(
        "--sort",
        metavar="COLUMN",
        help="Portfolio: order of the projects: name (default), respondents, coverage, mean or a section (1, 2A …).",
    ),
]
GroupByOption = Annotated[
    str | None,
    typer.Option("--group-by", metavar="region|organisation|phase", help="Portfolio: group the projects."),
]
TitleOption = Annotated[str | None, typer.Option("--title", metavar="TEXT", help="Title (default: from the projects).")]


def report(
    paths: PathsArgument = None,
    output: OutputFileOption = None,
    fmt: FormatOption = None,
    lang: LangOption = None,
    templates: TemplatesOption = None,
    template: TemplateOption = "report",
    sort: SortOption = None,
    group_by: GroupByOption = None,
    min_group: MinGroupOption = None,
    phase: PhaseOption = None,
    title: TitleOption = None,
    framework: FrameworkOption = None,
    on_duplicate: OnDuplicateOption = "error",
    force: ForceOption = False,
    quiet: QuietOption = False,
) -> None:
    """Build the report: summary per section, every question, strengths, action plan, change between phases."""
    from dataclasses import replace

    from osallisuus_cli.cli.commands._common import info, typed
    from osallisuus_cli.cli.commands._team import said_on_stderr, write_output
    from osallisuus_cli.cli.progress import progress_for
    from osallisuus_cli.cli.settings import current_settings
    from osallisuus_cli.i18n import get_language, t
    from osallisuus_cli.model.phases import parse_phase
    from osallisuus_cli.pipeline.paths import is_stdout
    from osallisuus_cli.pipeline.reporting import ReportRequest, choose_format, is_portfolio, make_report
    from osallisuus_cli.pipeline.team import duplicate_policy, min_group_setting

    settings = current_settings()
    request = ReportRequest(
        paths=paths,
        settings=settings,
        lang=get_language(),  # settled by --lang's callback (cli.settings)
        fmt=choose_format(fmt, output, template),
        template=template,
        templates_dir=templates,
        framework=framework,
        policy=duplicate_policy(on_duplicate),  # reports never show names: nothing to anonymize
        min_group=min_group_setting(min_group),  # flag, OSALLISUUS_MIN_GROUP or the project file (cli.settings)
        phase=parse_phase(phase) if phase is not None else None,  # flag, else the project file's phase
        phase_required=typed("phase", phase) is not None,  # asked for on purpose: a phase nobody answered in is wrong
        title=title,
        sort=sort,
        group_by=group_by,
        output=output,
        force=force,
    )
    with progress_for(quiet) as progress:
        made = make_report(replace(request, progress=progress), on_findings=said_on_stderr())
    if made.projects > 1 and not is_portfolio(template):
        # answers from several projects in one team report: the portfolio shows them side by side
        info(t("portfolio.suggest", count=made.projects))
    written = write_output(output or Path("-"), [made.text], private=True)
    if not is_stdout(output):
        info(t("report.wrote", file=written))
