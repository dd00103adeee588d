"""A team's files read, merged and checked: the first half of every command that works on a team's answers.

``gather_team`` is what ``merge``, ``report`` and ``export`` share: the output is checked first (so nothing is read
for a command that could not write), then the inputs are merged as ``merge`` merges them and the data check looks at
what would change the numbers. The settings that shape it — the duplicate policy and the small-group rule — are
checked here, in one place, whichever command or library caller gives them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from osallisuus_cli.errors import UsageError
from osallisuus_cli.model.projectpath import Settings
from osallisuus_cli.pipeline.paths import (
    check_output,
    input_paths,
    refuse_output_among_inputs,
    refuse_team_inside_inputs,
)
from osallisuus_cli.questionsets.framework import QuestionSet
from osallisuus_cli.questionsets.reading import load_question_set
from osallisuus_cli.teamwork.datacheck import check_inputs
from osallisuus_cli.teamwork.datacheck_lines import Finding
from osallisuus_cli.teamwork.merge import ON_DUPLICATE, MergeResult, OnDuplicate, collect_team
from osallisuus_cli.teamwork.parallel import Progress


@dataclass(frozen=True)
class Gathered:
    """The merged team, the question set it was read with and the data check's findings (with merge's warnings)."""

    result: MergeResult
    qs: QuestionSet
    findings: list[Finding]


def duplicate_policy(on_duplicate: str) -> OnDuplicate:
    """--on-duplicate (or OSALLISUUS_ON_DUPLICATE), checked: error, latest or keep-both."""
    policy = on_duplicate.strip().lower()
    if policy not in ON_DUPLICATE:
        raise UsageError("team.err_on_duplicate", value=policy)
    return cast("OnDuplicate", policy)  # one of ON_DUPLICATE, checked above


def min_group_setting(value: str | int | None) -> int:
    """The small-group rule (--min-group, OSALLISUUS_MIN_GROUP or the project file's min_group; 1 when none gives
    it: every group shown): a whole number of at least 1."""
    text = "1" if value is None else str(value).strip()
    if not text.isdigit() or int(text) < 1:
        raise UsageError("portfolio.err_min_group", value=str(value))
    return int(text)


def gather_team(
    paths: list[Path] | None,
    settings: Settings,
    framework: Path | None,
    output: Path | None,
    *,
    policy: OnDuplicate,
    anonymize: bool = False,
    force: bool = False,
    team_files_allowed: bool = False,
    refused_anonymizing: bool = False,
    on_findings: Callable[[list[Finding]], None] | None = None,
    progress: Progress | None = None,
) -> Gathered:
    """The team a command works on, merged from ``paths`` as ``merge`` does, its question set and the data check.

    ``output`` is checked first, so nothing is read (and nothing merged) for a command that could not write.
    ``team_files_allowed``: merge may rewrite a team file it reads, since the result holds everything the old file
    held. ``on_findings`` hears the data check as soon as it is made, before anything is built from the team;
    ``progress`` how many files have been read.
    """
    inputs = input_paths(paths, settings)
    # an input is never an output, even with --force: said before "exists", which --force would seem to answer
    files = refuse_output_among_inputs(output, inputs, team_files_allowed=team_files_allowed)
    if team_files_allowed:  # merge: the one command whose output is read back as input
        refuse_team_inside_inputs(output, inputs)
    check_output(output, force)
    qs = load_question_set(framework)
    result = collect_team(
        inputs,
        qs,
        on_duplicate=policy,
        anonymize=anonymize,
        refused_anonymizing=refused_anonymizing,
        expanded=files,
        progress=progress,
    )
    findings = check_inputs(
        result.entries,
        qs,
        project_phase=settings.get("phase"),
        kept=result.team.responses,
        merge_warnings=result.warnings,
        workshops=result.team.workshops,
    )
    if on_findings is not None:
        on_findings(findings)
    return Gathered(result, qs, findings)
