"""``osallisuus validate PATH...`` — check answers, team and project files; every problem, one line each."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from osallisuus_cli.cli.commands._common import FrameworkOption, JsonOption, LangOption, OnDuplicateOption, QuietOption

if TYPE_CHECKING:
    from osallisuus_cli.pipeline.validating import Validation


def validate(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            metavar="PATH...", help="Files or folders (every *.yaml/*.yml inside). Default: the answers folder."
        ),
    ] = None,
    require_complete: Annotated[
        bool,
        typer.Option(
            "--require-complete", help="Unanswered questions are errors (N/A and don't-know count as answers)."
        ),
    ] = False,
    strict: Annotated[
        bool,
        typer.Option(
            "--strict", help="Warnings of the data check (empty files, mixed phases, …) are errors too: for CI."
        ),
    ] = False,
    framework: FrameworkOption = None,
    lang: LangOption = None,
    on_duplicate: OnDuplicateOption = "error",
    as_json: JsonOption = False,
    quiet: QuietOption = False,
) -> None:
    """Check files and list every problem as file:line: field: message, then the data check; exit 1 if any problem
    (with --strict, also if the data check warns)."""
    from osallisuus_cli.cli.commands._common import print_json
    from osallisuus_cli.cli.progress import progress_for
    from osallisuus_cli.cli.settings import current_settings
    from osallisuus_cli.pipeline.team import duplicate_policy
    from osallisuus_cli.pipeline.validating import validate_files

    policy = duplicate_policy(on_duplicate)
    with progress_for(quiet) as progress:
        validation = validate_files(
            paths,
            current_settings(),
            framework,
            require_complete=require_complete,
            strict=strict,
            policy=policy,
            progress=progress,
        )
    say_validation(validation)
    if as_json:
        print_json(validation.as_dict())
    if validation.failed:
        raise typer.Exit(1)


def say_validation(validation: Validation) -> None:
    """Every problem, one line each, then the data check (its failing findings as errors), then the summary last,
    so that a script can read it as the last line."""
    from osallisuus_cli.cli.commands._common import error, info
    from osallisuus_cli.cli.commands._team import print_findings
    from osallisuus_cli.i18n import t

    for leftover in validation.leftovers:  # removed already: said, because a copy may have travelled
        error(f"{leftover}: {t('team.leftover_removed')}", warning=True)
    for problem in validation.problems:
        info(problem.render())
    print_findings(validation.findings, as_errors=frozenset(finding.code for finding in validation.errors))
    if validation.errors or validation.stray:
        info(t("datacheck.strict_failed", count=len(validation.errors) + validation.stray))
    elif validation.warned:
        info(t("datacheck.summary_warnings", count=validation.warned))
    info(t("team.validate_summary", **validation.counts))
