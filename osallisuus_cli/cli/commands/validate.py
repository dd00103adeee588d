"""``osallisuus validate PATH...`` — check answers, team and project files; every problem, one line each."""

from __future__ import annotations

from pathlib import Path

import typer

from osallisuus_cli.cli.commands._common import FRAMEWORK_OPTION, JSON_OPTION, LANG_OPTION, guarded
from osallisuus_cli.cli.commands._team import ON_DUPLICATE_OPTION


@guarded
def validate(
    paths: list[Path] = typer.Argument(
        None, metavar="PATH...", help="Files or folders (every *.yaml/*.yml inside). Default: the answers folder."
    ),
    require_complete: bool = typer.Option(
        False, "--require-complete", help="Unanswered questions are errors (N/A and don't-know count as answers)."
    ),
    framework: Path | None = FRAMEWORK_OPTION,
    lang: str | None = LANG_OPTION,
    on_duplicate: str | None = ON_DUPLICATE_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """Check files and list every problem as file:line: field: message; exit 1 if any."""
    import json

    from osallisuus_cli.cli.commands._common import info, load_framework, use_language
    from osallisuus_cli.cli.commands._team import input_paths, merge_options, print_warnings, write_stdout
    from osallisuus_cli.cli.settings import load_settings
    from osallisuus_cli.i18n import t
    from osallisuus_cli.teamwork.filecheck import check_duplicates, check_paths

    settings = load_settings()
    use_language(lang, project=settings.get("lang"))
    policy, _ = merge_options(settings, on_duplicate, None)
    qs = load_framework(framework, settings)
    reports = check_paths(input_paths(paths, settings), qs, require_complete=require_complete)
    print_warnings(check_duplicates(reports, qs, on_duplicate=policy))  # type: ignore[arg-type]

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
