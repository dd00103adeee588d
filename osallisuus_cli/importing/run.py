"""One import from start to end: read the export, choose how to read its rows, and write the answers files.

``import_answers`` is ``osallisuus import`` without the command line: a library caller gives an ``ImportRequest``
and gets what was planned and written. A row that cannot be imported stops the import before anything is written,
unless the request says to skip bad rows (and some rows are good).

Writing is all or nothing: existing files are looked at before anything is written (a file with the same answers is
left as it is, whatever its times; one whose answers would change is an update: it needs ``force``, and what changes
is listed per file — see ``identity``); then every file is written aside, flushed and moved into place, and when
writing fails half-way the files this run created are removed again (``fsutil.atomic_write_many``).
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from osallisuus_cli.errors import DataError, Problem, UsageError
from osallisuus_cli.files import fsutil
from osallisuus_cli.i18n import LANGUAGES, t
from osallisuus_cli.importing import surveykit
from osallisuus_cli.importing.identity import Change, changes, describe, kept_times
from osallisuus_cli.importing.mapping import ImportMapping, build_mapping, load_mapping
from osallisuus_cli.importing.reimport import is_export, read_export
from osallisuus_cli.importing.rows import Defaults, ImportPlan, Planned, SurveyRows
from osallisuus_cli.importing.shape import Table
from osallisuus_cli.importing.tables import read_table
from osallisuus_cli.model.projectpath import Settings
from osallisuus_cli.questionsets.framework import QuestionSet
from osallisuus_cli.questionsets.reading import load_question_set
from osallisuus_cli.teamwork.parallel import DEFAULT, Pooling, Progress

MAX_LISTED = 20  # files listed one by one with what changes in them; the rest are counted
MAX_SHOWN = 50  # problems of rows listed one per line; the rest are counted


@dataclass
class Update:
    """An answers file there whose answers the import changes: which row, and what changes."""

    path: Path
    row: int
    changes: list[Change]

    def problem(self, key: str) -> Problem:
        return Problem(key, {"row": self.row, "changes": describe(self.changes)}, str(self.path))


@dataclass
class WriteSummary:
    written: int = 0  # new or changed files
    unchanged: int = 0  # already there with the same answers (the same export imported again)
    updated: list[Update] = field(default_factory=list)  # there with other answers, replaced (with ``force``)


@dataclass(frozen=True)
class ImportRequest:
    """What ``osallisuus import`` is asked for, its options already parsed."""

    file: Path  # the export: .xlsx, .csv, or this tool's own .jsonl/.json/.csv export
    folder: Path  # where the answers files go
    language: str  # the language of the survey's answer options when the mapping does not say
    framework: Path | None = None  # the question set (default: the built-in THL set)
    mapping: Path | None = None  # which column is which (default: the survey kit's, in the language that matches)
    defaults: Defaults = field(default_factory=Defaults)  # project fields the survey does not ask
    keep_names: bool = False
    sheet: str | None = None
    id_column: str | None = None
    skip_bad_rows: bool = False  # write the good rows; the bad ones are listed as warnings
    force: bool = False  # change answers files whose answers the export changes
    progress: Progress | None = None  # hears how many rows have been read and files written


@dataclass(frozen=True)
class Imported:
    """What an import planned (its notes and the rows it left out) and what it wrote where."""

    plan: ImportPlan
    summary: WriteSummary
    folder: Path

    @property
    def skipped_rows(self) -> list[int]:
        return sorted(set(self.plan.bad_rows))


def project_defaults(settings: Settings, *, name: str | None = None, phase: str | None = None) -> Defaults:
    """The project fields for rows whose survey does not ask them: ``name`` and ``phase`` given (--project,
    --phase), else the project file's."""
    return Defaults(
        name=name or settings.get("name"),
        code=settings.get("code"),
        organisation=settings.get("organisation"),
        region=settings.get("region"),
        phase=phase or settings.get("phase"),
    )


def import_answers(request: ImportRequest, *, on_plan: Callable[[ImportPlan], None] | None = None) -> Imported:
    """Read the export, plan every answers file, and write them all or none; ``on_plan`` hears the plan (its notes)
    before anything is written or refused."""
    for path in (request.file, request.mapping):
        if path is not None and not path.exists():
            raise UsageError("common.file_not_found", file=str(path))
    qs = load_question_set(request.framework)
    plan = plan_import(
        request.file,
        qs,
        mapping=load_mapping(request.mapping, qs) if request.mapping is not None else None,
        defaults=request.defaults,
        language=request.language,
        keep_names=request.keep_names,
        sheet=request.sheet,
        id_column=request.id_column,
        progress=request.progress,
    )
    if on_plan is not None:
        on_plan(plan)
    if plan.problems and (not request.skip_bad_rows or not plan.planned):
        raise refused(plan, request.language)
    summary = write_plan(plan, request.folder, force=request.force, progress=request.progress)
    return Imported(plan, summary, request.folder)


def refused(plan: ImportPlan, language: str) -> DataError:
    """Nothing written: the problems of the rows (at most ``MAX_SHOWN``, then how many more), and what to do."""
    problems = plan.problems[:MAX_SHOWN]
    if len(plan.problems) > MAX_SHOWN:
        problems.append(Problem("importing.more_problems", {"count": len(plan.problems) - MAX_SHOWN}))
    key = "importing.nothing_written_skip" if plan.planned else "importing.nothing_written"
    said: dict[str, Any] = {
        "rows": t("importing.in_rows", language, count=len(set(plan.bad_rows))),
        "count": len(plan.problems),
    }
    return DataError(key, file=plan.source, problems=[*problems, Problem(key, said, plan.source)], **said)


def builtin_mapping(table: Table, qs: QuestionSet) -> ImportMapping:
    """The kit's mapping in the language whose texts match most of the table's headers."""
    best: ImportMapping | None = None
    best_hits = -1
    for lang in LANGUAGES:
        candidate = build_mapping(surveykit.mapping_data(qs, lang), qs)
        hits = sum(1 for header in table.headers if header and candidate.target_of(header))
        if hits > best_hits:
            best, best_hits = candidate, hits
    assert best is not None
    return best


def plan_import(
    path: Path,
    qs: QuestionSet,
    *,
    mapping: ImportMapping | None,
    defaults: Defaults,
    language: str,
    keep_names: bool,
    sheet: str | None = None,
    pooling: Pooling = DEFAULT,
    id_column: str | None = None,
    progress: Progress | None = None,
) -> ImportPlan:
    """Everything the import would write, and every problem found on the way; nothing is written here (the rows of a
    large table are read by a pool of workers, ``pooling``; ``progress`` hears how many have been read)."""
    table = read_table(path, sheet=sheet)
    if is_export(table) and mapping is None:
        if id_column:  # an export names its respondents in a column of its own: another id column would be ignored
            raise UsageError("importing.err_id_column_export", file=table.file)
        plan = read_export(table, qs, keep_names=keep_names)
    else:
        rows = SurveyRows(
            table,
            qs,
            mapping or builtin_mapping(table, qs),
            defaults=defaults,
            language=language,
            keep_names=keep_names,
            id_column=id_column,
        )
        plan = rows.read(pooling, progress)
    plan.notes[:0] = table.notes
    if not plan.planned and not plan.problems:
        raise DataError("importing.err_no_rows", file=table.file)
    return plan


def existing(plan: ImportPlan, folder: Path) -> tuple[list[Planned], list[Planned], list[Update]]:
    """(files to write, files already there with the same answers, files there with other answers)."""
    to_write: list[Planned] = []
    same: list[Planned] = []
    updates: list[Update] = []
    # One listing instead of a look at every name (a first import writes into an empty folder). Names are compared
    # case-folded: on a file system that ignores case, a file named in other letters is the same file.
    try:
        with os.scandir(folder) as entries:
            present = {entry.name.casefold() for entry in entries}
    except FileNotFoundError:
        present = set()
    except OSError:
        present = None  # not a listable folder: every name is looked at, and writing reports what is wrong
    for item in plan.planned:
        if present is not None and item.name.casefold() not in present:
            to_write.append(item)
            continue
        path = folder / item.name
        if path.is_symlink() or (path.exists() and not path.is_file()):
            raise DataError("importing.err_not_regular_target", file=str(path))
        if path.exists():
            there = path.read_bytes()
            found = [] if there == item.text.encode("utf-8") else changes(there, item.text)
            if not found:
                same.append(item)
                continue
            updates.append(Update(path, item.row, found))
            if item.file_times and plan.qs is not None and found[0].what != "file":
                item = replace(item, text=kept_times(there, item.text, plan.qs, where=str(path)))
        to_write.append(item)
    return to_write, same, updates


def write_plan(plan: ImportPlan, folder: Path, *, force: bool, progress: Progress | None = None) -> WriteSummary:
    """Write the planned answers files into ``folder`` (owner-only, each atomically); ``progress`` hears how many
    have been written.

    Without ``force``, a file there whose answers would change stops the import before anything is written: each
    is named with its row and what would change, so that a second survey or round is never taken for a correction.
    """
    if folder.exists() and not folder.is_dir():
        raise UsageError("importing.err_folder_is_file", file=str(folder))
    fsutil.remove_abandoned(folder)  # what a killed import left, even when nothing is to be written now
    to_write, same, updates = existing(plan, folder)
    # Another phase's file is history, never a correction: not even --force replaces it (a name the import did not
    # make can still meet one it makes).
    other_phase = [update for update in updates if any(change.what == "project.phase" for change in update.changes)]
    if other_phase:
        problems = [update.problem("importing.err_other_phase") for update in other_phase[:MAX_LISTED]]
        raise DataError("importing.err_other_phase", problems=problems)
    if updates and not force:
        problems = [update.problem("importing.would_change") for update in updates[:MAX_LISTED]]
        if len(updates) > MAX_LISTED:
            problems.append(Problem("importing.more_problems", {"count": len(updates) - MAX_LISTED}))
        shown = ", ".join(str(update.path) for update in updates[:3]) + (" …" if len(updates) > 3 else "")
        problems.append(Problem("importing.err_exists", {"count": len(updates), "files": shown}))
        raise UsageError("importing.err_exists", problems=problems)
    written = None if progress is None else functools.partial(progress, "common.progress_write_files")
    fsutil.atomic_write_many([(folder / item.name, item.text) for item in to_write], private=True, written=written)
    return WriteSummary(written=len(to_write), unchanged=len(same), updated=updates)
