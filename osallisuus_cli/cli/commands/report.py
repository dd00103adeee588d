"""``osallisuus report`` — a team's answers as a Markdown or HTML report (or the Innokylä appendix)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from osallisuus_cli.cli.commands._common import FrameworkOption, LangOption
from osallisuus_cli.cli.commands._team import ForceOption, MinGroupOption, OnDuplicateOption

if TYPE_CHECKING:
    from osallisuus_cli.model.team import TeamFile
    from osallisuus_cli.reports.portfolio_model import Portfolio
    from osallisuus_cli.reports.report_model import Report

SUFFIX_FORMATS = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}

PhaseOption = Annotated[
    str | None,
    typer.Option(
        "--phase",
        metavar="PHASE",
        help="The phase the report describes: suunnittelu, toteutus or arviointi (default: the project file's phase, "
        "else the latest one unless few answered in it). The section on change still compares every phase.",
    ),
]


def report(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            metavar="PATH",
            help="Answers files, folders of them, or team files (merged on the fly as `merge` does). "
            "Default: the project's answers folder.",
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", metavar="FILE", help="Write the report here (default: Markdown on stdout)."),
    ] = None,
    fmt: Annotated[
        str | None,
        typer.Option("--format", metavar="md|html", help="md or html (default: from the -o suffix, else md)."),
    ] = None,
    lang: LangOption = None,
    templates: Annotated[
        Path | None,
        typer.Option(
            "--templates",
            metavar="DIR",
            help="Folder of templates that override the built-in ones by file name (see docs/reports.md).",
            file_okay=False,
        ),
    ] = None,
    template: Annotated[
        str,
        typer.Option(
            "--template",
            "-t",
            metavar="NAME",
            help="report (the full report), innokyla (appendix for an Innokylä practice description), summary "
            "(short Markdown, e.g. for a CI job summary) or portfolio (many projects side by side).",
        ),
    ] = "report",
    sort: Annotated[
        str | None,
        typer.Option(
            "--sort",
            metavar="COLUMN",
            help="Portfolio: order of the projects: name (default), respondents, coverage, mean or a section "
            "(1, 2A …).",
        ),
    ] = None,
    group_by: Annotated[
        str | None,
        typer.Option("--group-by", metavar="region|organisation|phase", help="Portfolio: group the projects."),
    ] = None,
    min_group: MinGroupOption = None,
    phase: PhaseOption = None,
    title: Annotated[
        str | None, typer.Option("--title", metavar="TEXT", help="Title (default: from the projects).")
    ] = None,
    framework: FrameworkOption = None,
    on_duplicate: OnDuplicateOption = "error",
    force: ForceOption = False,
) -> None:
    """Build the report: summary per section, every question, strengths, action plan, change between phases."""
    from osallisuus_cli.cli.commands._common import info
    from osallisuus_cli.cli.commands._team import (
        duplicate_policy,
        gather_team,
        is_stdout,
        min_group_setting,
        write_output,
    )
    from osallisuus_cli.cli.settings import current_settings, use_language
    from osallisuus_cli.errors import UsageError
    from osallisuus_cli.i18n import t
    from osallisuus_cli.model.phases import parse_phase
    from osallisuus_cli.reports.report import build_report, render

    language = use_language(lang)
    chosen = choose_format(fmt, output)
    policy = duplicate_policy(on_duplicate)  # reports never show names: nothing to anonymize
    portfolio = template.strip().lower() == "portfolio"
    if not portfolio:
        for option, value in (("--sort", sort), ("--group-by", group_by)):
            if value is not None:
                raise UsageError("portfolio.err_portfolio_only", option=option)
    smallest = min_group_setting(min_group)
    chosen_phase = parse_phase(phase) if phase is not None else None  # a bad phase is said before any file is read
    result, qs, findings = gather_team(paths, current_settings(), framework, output, policy=policy, force=force)
    model: Report | Portfolio
    if portfolio:
        from osallisuus_cli.reports.portfolio import build_portfolio

        model = build_portfolio(
            result.team,
            qs,
            language,
            sort=sort or "name",
            group_by=group_by,
            min_group=smallest,
            title=title,
            findings=findings,
        )
        template = "portfolio"
    else:
        wanted = chosen_phase or current_settings().get("phase")
        if phase is not None:
            require_phase(result.team, wanted)
        model = build_report(
            result.team,
            qs,
            language,
            title=title,
            findings=findings,
            phase=wanted,
            phase_required=phase is not None,
            min_group=smallest,
        )
        suggest_portfolio(result.team)
    text = render(model, fmt=chosen, template=template, templates_dir=templates)
    written = write_output(output or Path("-"), [text], private=True)
    if not is_stdout(output):
        info(t("report.wrote", file=written))


def require_phase(team: TeamFile, phase: str) -> None:
    """--phase names a phase nobody answered in: say which phases there are, rather than print an empty report."""
    from osallisuus_cli.errors import UsageError
    from osallisuus_cli.i18n import t
    from osallisuus_cli.model.answers import PHASES

    found = {response.project.phase for response in team.responses}
    if found and phase not in found:
        names = ", ".join(t(f"team.phase.{p}") for p in PHASES if p in found)
        raise UsageError("figures.err_phase_empty", phase=t(f"team.phase.{phase}"), found=names)


def suggest_portfolio(team: TeamFile) -> None:
    """Answers from several projects in one team report: point to the portfolio, which shows them side by side."""
    from osallisuus_cli.cli.commands._common import info
    from osallisuus_cli.i18n import t
    from osallisuus_cli.teamwork.datacheck import project_key

    projects = {project_key(response) for response in team.responses}
    if len(projects) > 1:
        info(t("portfolio.suggest", count=len(projects)))


def choose_format(fmt: str | None, output: Path | None) -> str:
    """--format, else the output file's suffix, else Markdown; a conflict or an unknown suffix is a usage error."""
    from osallisuus_cli.errors import UsageError
    from osallisuus_cli.reports.report_model import FORMATS

    suffix = output.suffix.lower() if output is not None and str(output) != "-" else ""
    by_suffix = SUFFIX_FORMATS.get(suffix)
    if fmt is not None:
        fmt = fmt.strip().lower()
        if fmt not in FORMATS:
            raise UsageError("report.err_format", value=fmt)
        if by_suffix and by_suffix != fmt:
            raise UsageError("report.err_format_conflict", fmt=fmt, suffix=suffix)
        return fmt
    if suffix and by_suffix is None:
        raise UsageError("report.err_suffix", suffix=suffix)
    return by_suffix or "md"
