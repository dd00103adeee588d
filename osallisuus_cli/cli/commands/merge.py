"""``osallisuus merge PATH... -o team.yaml`` — combine answers files, folders and team files into one team file."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from osallisuus_cli.cli.commands._common import (
    AnonymizeOption,
    ForceOption,
    FrameworkOption,
    LangOption,
    OnDuplicateOption,
    OutputOrStdoutOption,
    QuietOption,
)


def merge(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            metavar="PATH...",
            help="Answers files, folders (every *.yaml/*.yml inside) and team files. Default: the answers folder.",
        ),
    ] = None,
    output: OutputOrStdoutOption = Path("-"),
    force: ForceOption = False,
    on_duplicate: OnDuplicateOption = "error",
    anonymize: AnonymizeOption = False,
    framework: FrameworkOption = None,
    lang: LangOption = None,
    quiet: QuietOption = False,
) -> None:
    """Merge a team's answers into one team file; the summary goes to standard error."""
    from osallisuus_cli.cli.commands._common import info
    from osallisuus_cli.cli.commands._team import asked_for_names, said_on_stderr, write_output
    from osallisuus_cli.cli.merge_summary import summary_lines
    from osallisuus_cli.cli.progress import progress_for
    from osallisuus_cli.cli.settings import current_settings
    from osallisuus_cli.i18n import t
    from osallisuus_cli.pipeline.team import duplicate_policy, gather_team
    from osallisuus_cli.teamwork.parallel import team_chunks

    policy = duplicate_policy(on_duplicate)
    # merge may rewrite a team file it reads: the result holds everything the old file held
    with progress_for(quiet) as progress:
        gathered = gather_team(
            paths,
            current_settings(),
            framework,
            output,
            policy=policy,
            anonymize=anonymize,
            force=force,
            team_files_allowed=True,
            refused_anonymizing=asked_for_names(anonymize),
            on_findings=said_on_stderr(notes=True),
            progress=progress,
        )
    result, qs = gathered.result, gathered.qs
    written = write_output(output, team_chunks(result.team, qs), private=True)
    for line in summary_lines(result, qs, policy):
        info(line)
    info(t("team.merge_written", file=written))
