"""``osallisuus validate``: every problem in every answers, team and project file, without stopping at the first.

Each file is read on its own; a broken file is reported and the next one is checked. The kind of a file is decided
by its ``format`` key (a file without one is read as an answers file, which says what is missing). Then the files
that are valid on their own are checked together as ``merge`` would combine them (``check_duplicates``): the same
respondent twice for one project and phase fails validation just as it fails ``merge`` and ``report``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from osallisuus_cli.errors import Problem
from osallisuus_cli.files import yamlio
from osallisuus_cli.files.strictread import dotted
from osallisuus_cli.model.answers import AnswersFile
from osallisuus_cli.model.inputfile import read_input
from osallisuus_cli.model.team import Provenance, TeamFile, TeamWorkshop
from osallisuus_cli.questionsets.framework import QuestionSet
from osallisuus_cli.teamwork import parallel
from osallisuus_cli.teamwork.entries import Entry, answers_entry, team_entries
from osallisuus_cli.teamwork.inputs import expand_paths
from osallisuus_cli.teamwork.merge import OnDuplicate, duplicate_findings

E = TypeVar("E")


@dataclass
class FileReport:
    """What one file turned out to be and what is wrong with it."""

    file: str
    kind: str | None = None  # "answers", "team", "project"; None when the file could not be read as any
    problems: list[Problem] = field(default_factory=list)
    responses: int = 0
    sha256: str | None = None
    entries: list[Entry] = field(default_factory=list, repr=False)  # the responses, for the check across files
    workshops: list[TeamWorkshop] = field(default_factory=list, repr=False)  # a workshop file's, a team file's
    folder: bool = False  # a folder's own problem (no answer files in it): not a file checked

    @property
    def valid(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "kind": self.kind,
            "valid": self.valid,
            "responses": self.responses,
            "sha256": self.sha256,
            "problems": [problem.as_dict() for problem in self.problems],
        }


def _unanswered(
    answered: dict[str, Any], qs: QuestionSet, *, file: str, at: Any, prefix: tuple[Any, ...] = (), who: str = ""
) -> list[Problem]:
    """One problem per unanswered question (N/A and don't-know are answers)."""
    key = "team.err_unanswered_in_team" if prefix else "team.err_unanswered"
    return [
        Problem(
            key,
            {"number": question.number, "id": who},
            file,
            at(*prefix, "answers"),
            dotted((*prefix, "answers", question.id)),
        )
        for question in qs.questions
        if question.id not in answered
    ]


def check_file(path: Path, qs: QuestionSet, *, require_complete: bool = False) -> FileReport:
    """Every problem in one file (problems in its responses are all listed, not only the first)."""
    report, entries = _check(path, qs, require_complete, answers_entry, team_entries)
    report.entries = entries
    return report


def _check(
    path: Path,
    qs: QuestionSet,
    require_complete: bool,
    one: Callable[[AnswersFile, Path, str], E],
    many: Callable[[TeamFile, Path, str], list[E]],
) -> tuple[FileReport, list[E]]:
    """``check_file``, its responses made by ``one`` (an answers file) or ``many`` (a team file): entries here,
    packed entries in a worker (see ``parallel``)."""
    name = str(path)
    found = read_input(path, qs, keep_text=require_complete)
    report = FileReport(name, kind=found.kind, problems=found.problems, sha256=found.sha256)
    at = yamlio.LineFinder(found.text).at
    entries: list[E] = []
    if found.workshop is not None and found.sha256 is not None:
        report.workshops = [TeamWorkshop(found.workshop, Provenance(name, found.sha256))]
    if found.team is not None and found.sha256 is not None:
        team = found.team
        report.workshops = list(team.workshops)
        report.responses = len(team.responses)
        entries = many(team, path, found.sha256)
        if require_complete:
            pairs = [(found.positions.get(r.source.sha256, 0), r) for r in team.responses]
            for index, response in sorted(pairs, key=lambda pair: pair[0]):
                where = ("responses", index)
                who = response.respondent.id
                report.problems += _unanswered(response.answers, qs, file=name, at=at, prefix=where, who=who)
    elif found.answers is not None and found.sha256 is not None:
        report.responses = 1
        entries = [one(found.answers, path, found.sha256)]
        if require_complete:
            report.problems += _unanswered(found.answers.answers, qs, file=name, at=at)
    return report, entries


def _received(packed: tuple[FileReport, list[tuple[Any, ...]]]) -> FileReport:
    report, entries = packed
    report.entries = parallel.receive_entries(entries)
    return report


def check_paths(
    paths: Sequence[Path],
    qs: QuestionSet,
    *,
    require_complete: bool = False,
    pooling: parallel.Pooling = parallel.DEFAULT,
    leftovers: list[Path] | None = None,
    progress: parallel.Progress | None = None,
) -> list[FileReport]:
    """Reports for every file under ``paths``; a folder without YAML files is reported as a problem of its own.
    What killed writes left in the folders is removed, and named in ``leftovers`` (see ``expand_paths``).

    The files are read on every core when there are many, as ``merge`` reads them (``parallel``), in the same order;
    ``progress`` hears how many have been read.
    """
    slots: list[FileReport | Path] = []  # in order: a folder's problem, or a file still to be checked
    seen: set[str] = set()
    for given in paths:
        found: list[Problem] = []
        files = expand_paths([given], found, leftovers=leftovers)
        slots += [
            FileReport(problem.file or str(given), problems=[problem], folder=Path(problem.file or given).is_dir())
            for problem in found
        ]
        for path in files:
            if str(path) in seen:
                continue
            seen.add(str(path))
            slots.append(path)
    to_check = [slot for slot in slots if isinstance(slot, Path)]
    job = functools.partial(check_file, qs=qs, require_complete=require_complete)
    packing = functools.partial(
        _check, qs=qs, require_complete=require_complete, one=parallel.pack_answers, many=parallel.pack_team
    )
    reports = parallel.ordered_map(
        job,
        to_check,
        remote=packing,
        receive=_received,
        pool_from=pooling.reads_from(),
        pooling=pooling,
        progress=progress,
    )
    checked = iter(list(reports))
    return [next(checked) if isinstance(slot, Path) else slot for slot in slots]


def check_duplicates(
    reports: list[FileReport], qs: QuestionSet, *, on_duplicate: OnDuplicate = "error"
) -> list[Problem]:
    """Check the readable files together as ``merge`` would; its problems join the file they name, warnings returned.

    A file that could not be read or whose schema is wrong has no responses and takes no part; an incomplete one
    (``--require-complete``) does.
    """
    valid = [report for report in reports if report.entries]
    entries = [entry for report in valid for entry in report.entries]
    problems, warnings = duplicate_findings(entries, qs, on_duplicate=on_duplicate)
    # merge names a response from a team file as "team.yaml (aino.yaml)": file it under team.yaml
    origin = {entry.label(): entry.origin for entry in entries}
    by_file = {report.file: report for report in valid}
    for problem in problems:
        by_file[origin.get(problem.file or "", problem.file or "")].problems.append(problem)
    return warnings
