"""Answers, team and project files checked, start to end: read each file → check them together → the data check.

``validate_files`` is ``osallisuus validate`` without the command line: a library caller (a CI job in Python, say)
gets every file's problems, the data check and whether the run fails, and ``Validation.as_dict`` is the JSON the
command prints with ``--json``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from osallisuus_cli.errors import Problem
from osallisuus_cli.model.projectpath import Settings
from osallisuus_cli.pipeline.paths import input_paths
from osallisuus_cli.questionsets.reading import load_question_set
from osallisuus_cli.teamwork.datacheck import check_inputs
from osallisuus_cli.teamwork.datacheck_lines import WARNING, Finding, failing
from osallisuus_cli.teamwork.filecheck import FileReport, check_duplicates, check_paths
from osallisuus_cli.teamwork.merge import OnDuplicate, one_per_workshop
from osallisuus_cli.teamwork.parallel import Progress


@dataclass(frozen=True)
class Validation:
    """Every file's report, what killed writes had left behind (removed already), the data check and the findings
    among it that fail the run (every warning with ``strict``)."""

    reports: list[FileReport]
    leftovers: list[Path]
    findings: list[Finding]
    errors: list[Finding]
    strict: bool = False

    @property
    def problems(self) -> list[Problem]:
        return [problem for report in self.reports for problem in report.problems]

    @property
    def counts(self) -> dict[str, int]:
        files = [report for report in self.reports if not report.folder]  # an empty folder is no file checked
        invalid = sum(1 for report in files if not report.valid)
        return {
            "files": len(files),
            "valid": len(files) - invalid,
            "invalid": invalid,
            "problems": len(self.problems),
        }

    @property
    def warned(self) -> int:
        return sum(1 for finding in self.findings if finding.level == WARNING)

    @property
    def stray(self) -> int:
        """Leftovers that fail the run: with ``strict`` a CI run fails, so the copy is looked for where it went
        (``git add answers/`` may have taken it along)."""
        return len(self.leftovers) if self.strict else 0

    @property
    def failed(self) -> bool:
        return bool(self.problems or self.errors or self.stray)

    def as_dict(self) -> dict[str, Any]:
        return {
            "valid": not self.problems and not self.errors,
            "summary": self.counts | {"warnings": self.warned},
            "files": [report.as_dict() for report in self.reports],
            "datacheck": [finding.as_dict() for finding in self.findings],
            "removed_leftovers": [str(leftover) for leftover in self.leftovers],
        }


def validate_files(
    paths: list[Path] | None,
    settings: Settings,
    framework: Path | None,
    *,
    require_complete: bool = False,
    strict: bool = False,
    policy: OnDuplicate = "error",
    progress: Progress | None = None,
) -> Validation:
    """Check every file under ``paths`` (None: the project's answers folder) on its own, then together as ``merge``
    would combine them (``policy``: the same respondent twice), then the data check with the project's phase.

    ``require_complete``: an unanswered question is a problem; ``strict``: every warning of the data check fails the
    run too. ``progress`` hears how many files have been read.
    """
    qs = load_question_set(framework)
    leftovers: list[Path] = []
    inputs = input_paths(paths, settings)
    reports = check_paths(inputs, qs, require_complete=require_complete, leftovers=leftovers, progress=progress)
    duplicates = check_duplicates(reports, qs, on_duplicate=policy)
    entries = [entry for report in reports for entry in report.entries]
    workshops = one_per_workshop([item for report in reports for item in report.workshops], anonymized=False)
    findings = check_inputs(
        entries, qs, project_phase=settings.get("phase"), merge_warnings=duplicates, workshops=workshops
    )
    errors = failing(findings, strict=strict, require_complete=require_complete)
    return Validation(reports, leftovers, findings, errors, strict)
