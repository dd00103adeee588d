"""``osallisuus export PATH... --format csv|json|jsonl`` — a team's answers for Excel, R and other tools."""

from __future__ import annotations

from pathlib import Path

import typer

from osallisuus_cli.cli.commands._common import FRAMEWORK_OPTION, LANG_OPTION, guarded
from osallisuus_cli.cli.commands._team import ANONYMIZE_OPTION, FORCE_OPTION, ON_DUPLICATE_OPTION


@guarded
def export(
    paths: list[Path] = typer.Argument(
        None,
        metavar="PATH...",
        help="Team files, answers files or folders (merged as by 'osallisuus merge'). Default: the answers folder.",
    ),
    fmt: str = typer.Option(
        "csv", "--format", "-F", metavar="csv|json|jsonl", help="csv (long format), json or jsonl (JSON Lines)."
    ),
    excel: bool = typer.Option(
        False, "--excel", help="CSV for Excel in a Finnish locale: semicolons, UTF-8 with BOM, CRLF line ends."
    ),
    by: str | None = typer.Option(
        None,
        "--by",
        metavar="project",
        help="project: one row per project with the portfolio report's figures (CSV only), instead of one row "
        "per respondent and question.",
    ),
    min_group: str | None = typer.Option(
        None,
        "--min-group",
        metavar="N",
        help="With --by project: no figures for a project with fewer than N respondents. Also OSALLISUUS_MIN_GROUP.",
    ),
    output: Path = typer.Option(
        Path("-"), "--output", "-o", metavar="FILE", help="File to write; '-' (default) is standard output."
    ),
    force: bool = FORCE_OPTION,
    on_duplicate: str | None = ON_DUPLICATE_OPTION,
    anonymize: bool | None = ANONYMIZE_OPTION,
    framework: Path | None = FRAMEWORK_OPTION,
    lang: str | None = LANG_OPTION,
) -> None:
    """Export one row per respondent and question (stable English column names; see docs/team-format.md)."""
    from osallisuus_cli.cli.commands._common import info, use_language
    from osallisuus_cli.cli.commands._team import gather_team, merge_options, write_output
    from osallisuus_cli.cli.settings import load_settings
    from osallisuus_cli.errors import UsageError
    from osallisuus_cli.i18n import t
    from osallisuus_cli.teamwork.export import FORMATS
    from osallisuus_cli.teamwork.export import export as export_team

    settings = load_settings()
    use_language(lang, project=settings.get("lang"))
    fmt = fmt.strip().lower()
    if fmt not in FORMATS:
        raise UsageError("team.err_export_format", value=fmt)
    if excel and fmt != "csv":
        raise UsageError("team.err_excel_needs_csv")
    if by is not None:
        if by.strip().lower() != "project":
            raise UsageError("portfolio.err_by", value=by)
        if fmt != "csv":
            raise UsageError("portfolio.err_by_needs_csv")
        export_projects(
            paths, settings, framework, output, excel=excel, force=force, min_group=min_group, on_duplicate=on_duplicate
        )
        return
    policy, anonymized = merge_options(settings, on_duplicate, anonymize)
    # never over an input, even with --force: it would destroy what is being exported
    result, qs = gather_team(paths, settings, framework, output, policy=policy, anonymize=anonymized, force=force)
    team = result.team
    written = write_output(output, export_team(team, qs, fmt, excel=excel), private=not team.anonymized)
    responses = len(team.responses)
    questions = len(qs.questions)
    info(t("team.export_written", rows=responses * questions, responses=responses, questions=questions, file=written))


def export_projects(
    paths: list[Path] | None,
    settings: object,
    framework: Path | None,
    output: Path,
    *,
    excel: bool,
    force: bool,
    min_group: str | None,
    on_duplicate: str | None,
) -> None:
    """``export --by project``: the portfolio's projects × sections table as CSV (no names: nothing to anonymize)."""
    from osallisuus_cli.cli.commands._common import info
    from osallisuus_cli.cli.commands._team import gather_team, merge_options, write_output
    from osallisuus_cli.cli.commands.report import min_group_setting
    from osallisuus_cli.i18n import get_language, t
    from osallisuus_cli.reports.portfolio import build_portfolio
    from osallisuus_cli.reports.portfolio_export import columns, project_records
    from osallisuus_cli.teamwork.export import to_csv

    smallest = min_group_setting(settings, min_group)
    policy, _ = merge_options(settings, on_duplicate, None)
    result, qs = gather_team(paths, settings, framework, output, policy=policy, force=force)
    portfolio = build_portfolio(result.team, qs, get_language(), min_group=smallest)
    header = columns(portfolio)
    written = write_output(output, to_csv(project_records(portfolio), excel=excel, columns=header), private=False)
    info(t("portfolio.export_written", rows=len(portfolio.projects), columns=len(header), file=written))
