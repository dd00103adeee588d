"""``osallisuus validate PATH...`` — check answers, team and project files; every problem, one line each."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from osallisuus_cli.cli.commands._common import FrameworkOption, JsonOption, LangOption
from osallisuus_cli.cli.commands._team import OnDuplicateOption


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
    framework: FrameworkOption = None,
    lang: LangOption = None,
    on_duplicate: OnDuplicateOption = "error",
    as_json: JsonOption = False,
) -> None:
    """Check files and list every problem as file:line: field: message; exit 1 if any."""
    import json

    from osallisuus_cli.cli.commands._common import info, load_framework
    from osallisuus_cli.cli.commands._team import duplicate_policy, input_paths, print_warnings, write_stdout
    from osallisuus_cli.cli.settings import current_settings, use_language
    from osallisuus_cli.i18n import t
    from osallisuus_cli.teamwork.filecheck import check_duplicates, check_paths

    use_language(lang)
    policy = duplicate_policy(on_duplicate)
    qs = load_framework(framework)
    reports = check_paths(input_paths(paths, current_settings()), qs, require_complete=require_complete)
    print_warnings(check_duplicates(reports, qs, on_duplicate=policy))

    problems = [problem for report in reports for problem in report.problems]
    for problem in problems:
        info(problem.render())
    invalid = sum(1 for report in reports if not report.valid)
    counts = {"files": len(reports), "valid": len(reports) - invalid, "invalid": invalid, "problems": len(problems)}
    info(t("team.validate_summary", **counts))
    if as_json:
        document = {"valid": not problems, "summary": counts, "files": [report.as_dict() for report in reports]}
        write_stdout([json.dumps(document, ensure_ascii=False, indent=2) + "\n"])
    if problems:
        raise typer.Exit(1)
