"""``osallisuus merge PATH... -o team.yaml`` — combine answers files, folders and team files into one team file."""

from __future__ import annotations

from pathlib import Path

import typer

from osallisuus_cli.cli.commands._common import FRAMEWORK_OPTION, LANG_OPTION, guarded
from osallisuus_cli.cli.commands._team import ANONYMIZE_OPTION, FORCE_OPTION, ON_DUPLICATE_OPTION


@guarded
def merge(
    paths: list[Path] = typer.Argument(
        None,
        metavar="PATH...",
        help="Answers files, folders (every *.yaml/*.yml inside) and team files. Default: the answers folder.",
    ),
    output: Path = typer.Option(
        Path("-"), "--output", "-o", metavar="FILE", help="Team file to write; '-' (default) is standard output."
    ),
    force: bool = FORCE_OPTION,
    on_duplicate: str | None = ON_DUPLICATE_OPTION,
    anonymize: bool | None = ANONYMIZE_OPTION,
    framework: Path | None = FRAMEWORK_OPTION,
    lang: str | None = LANG_OPTION,
) -> None:
    """Merge a team's answers into one team file; the summary goes to standard error."""
    from osallisuus_cli.cli.commands._common import info, use_language
    from osallisuus_cli.cli.commands._team import gather_team, merge_options, write_output
    from osallisuus_cli.cli.settings import load_settings
    from osallisuus_cli.i18n import t
    from osallisuus_cli.model.team import team_chunks
    from osallisuus_cli.teamwork.teamsummary import summary_lines

    settings = load_settings()
    use_language(lang, project=settings.get("lang"))
    policy, anonymized = merge_options(settings, on_duplicate, anonymize)
    # merge may rewrite a team file it reads: the result holds everything the old file held
    result, qs = gather_team(
        paths, settings, framework, output, policy=policy, anonymize=anonymized, force=force, team_files_allowed=True
    )
    written = write_output(output, team_chunks(result.team, qs), private=not result.team.anonymized)
    for line in summary_lines(result, qs, policy):
        info(line)
    info(t("team.merge_written", file=written))
