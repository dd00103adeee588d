"""``osallisuus validate PATH...`` — check answers, team and project files; every problem, one line each."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from osallisuus_cli.cli.commands._common import FrameworkOption, JsonOption, LangOption, QuietOption
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
    import json

    from osallisuus_cli.cli.commands._common import error, info, load_framework
    from osallisuus_cli.cli.commands._team import print_findings
    from osallisuus_cli.cli.output import write_stdout
    from osallisuus_cli.cli.progress import progress_for
    from osallisuus_cli.cli.settings import current_settings, use_language
    from osallisuus_cli.i18n import t
    from osallisuus_cli.pipeline.paths import input_paths
    from osallisuus_cli.pipeline.team import duplicate_policy
    from osallisuus_cli.teamwork.datacheck import WARNING, check_inputs
    from osallisuus_cli.teamwork.datacheck_lines import failing
    from osallisuus_cli.teamwork.filecheck import check_duplicates, check_paths
    from osallisuus_cli.teamwork.merge import one_per_workshop

    use_language(lang)
    policy = duplicate_policy(on_duplicate)
    qs = load_framework(framework)
    settings = current_settings()
    leftovers: list[Path] = []
    with progress_for(quiet) as progress:
        inputs = input_paths(paths, settings)
        reports = check_paths(inputs, qs, require_complete=require_complete, leftovers=leftovers, progress=progress)
    for leftover in leftovers:  # removed already: said, because a copy may have travelled (git add answers/)
        error(f"{leftover}: {t('team.leftover_removed')}", warning=True)
    duplicates = check_duplicates(reports, qs, on_duplicate=policy)
    entries = [entry for report in reports for entry in report.entries]
    workshops = one_per_workshop([item for report in reports for item in report.workshops], anonymized=False)
    findings = check_inputs(
        entries, qs, project_phase=settings.get("phase"), merge_warnings=duplicates, workshops=workshops
    )
    errors = failing(findings, strict=strict, require_complete=require_complete)
    stray = len(leftovers) if strict else 0  # --strict: a CI run fails, so the copy is looked for where it went

    problems = [problem for report in reports for problem in report.problems]
    for problem in problems:
        info(problem.render())
    print_findings(findings, as_errors=frozenset(finding.code for finding in errors))
    invalid = sum(1 for report in reports if not report.valid)
    counts = {"files": len(reports), "valid": len(reports) - invalid, "invalid": invalid, "problems": len(problems)}
    warned = sum(1 for finding in findings if finding.level == WARNING)
    if errors or stray:
        info(t("datacheck.strict_failed", count=len(errors) + stray))
    elif warned:
        info(t("datacheck.summary_warnings", count=warned))
    info(t("team.validate_summary", **counts))  # last, so a script can read it as the last line
    if as_json:
        document = {
            "valid": not problems and not errors,
            "summary": counts | {"warnings": warned},
            "files": [report.as_dict() for report in reports],
            "datacheck": [finding.as_dict() for finding in findings],
            "removed_leftovers": [str(leftover) for leftover in leftovers],
        }
        write_stdout([json.dumps(document, ensure_ascii=False, indent=2) + "\n"])
    if problems or errors or stray:
        raise typer.Exit(1)
