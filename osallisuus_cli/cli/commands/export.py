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
    policy, anonymized = merge_options(settings, on_duplicate, anonymize)
    # never over an input, even with --force: it would destroy what is being exported
    result, qs = gather_team(paths, settings, framework, output, policy=policy, anonymize=anonymized, force=force)
    team = result.team
    written = write_output(output, export_team(team, qs, fmt, excel=excel), private=not team.anonymized)
    responses = len(team.responses)
    questions = len(qs.questions)
    info(t("team.export_written", rows=responses * questions, responses=responses, questions=questions, file=written))
