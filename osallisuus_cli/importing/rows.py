"""Survey exports (Microsoft Forms, Webropol, a sheet typed in from paper) turned into ordinary answers files.

Each row becomes one answers file, checked exactly as ``validate`` checks one. Columns are found by their headers
through an import mapping (``mapping``), never by position. Every problem of every row is collected with its place
(``FILE:row:column``); nothing is written while any row fails, unless the caller chooses to skip bad rows.

The result is deterministic: the same export gives the same files, byte for byte. A row's respondent id is derived
from the survey and the row's own id (see ``identity``), so importing an export again — a later, longer one, or the
same saved in another format — writes nothing new for the rows imported before, and ``merge`` sees no duplicates;
an export without a row id is refused. Times come from the export, never from the clock.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from typing import Any, NamedTuple

from osallisuus_cli.errors import DataError, Problem
from osallisuus_cli.importing.cells import RowCells, short
from osallisuus_cli.importing.identity import row_respondent, survey_fingerprint
from osallisuus_cli.importing.mapping import ImportMapping, normalise, zone
from osallisuus_cli.importing.shape import Table, column_letter
from osallisuus_cli.model.answers import FORMAT, iso, validate_answers_data
from osallisuus_cli.questionsets.framework import QuestionSet
from osallisuus_cli.teamwork import parallel

_LEADING_NUMBER = re.compile(r"(-?[0-9]{1,9})(?:\s*[-.:)]\s*|\s+|$)")  # no scale has a level of ten digits
_ANONYMOUS = frozenset({"anonymous", "anonyymi", "anonym", "anonyym"})


@dataclass
class Defaults:
    """Project fields for rows whose survey does not ask them (from options or the project file)."""

    name: str | None = None
    code: str | None = None
    organisation: str | None = None
    region: str | None = None
    phase: str | None = None


@dataclass
class Planned:
    """One answers file to write: its file name, its text and the row it came from."""

    name: str
    text: str
    row: int
    respondent: str
    file_times: bool = False  # its times are the export file's: the export has no time columns


@dataclass
class ImportPlan:
    """What an import would write, and what stands in its way."""

    source: str
    planned: list[Planned] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    bad_rows: list[int] = field(default_factory=list)
    notes: list[Problem] = field(default_factory=list)
    personal_data_left_out: bool = False
    blank_rows: int = 0
    mapping: str = ""
    qs: QuestionSet | None = field(default=None, repr=False)  # what the rows were checked against


def file_name(respondent: str, project: dict[str, Any]) -> str:
    """The answers file's name: the same response always gets the same name, and it holds nothing personal."""
    basis = "\n".join([respondent, project["name"], project.get("code") or "", project["phase"]])
    return f"vastaus-{hashlib.sha256(basis.encode('utf-8')).hexdigest()[:12]}.yaml"


def checked(data: dict[str, Any], qs: QuestionSet, *, where: str, row: int) -> tuple[Planned | None, list[Problem]]:
    """One answers file's data checked as ``validate`` would: the file to write, or the problems found."""
    try:
        doc = validate_answers_data(data, qs, file=where, text=None)
    except DataError as exc:
        return None, list(exc.problems)
    project = data["project"]
    return Planned(file_name(doc.respondent.id, project), doc.to_yaml(qs), row, doc.respondent.id), []


def finish(plan: ImportPlan, data: dict[str, Any], qs: QuestionSet, *, where: str, row: int) -> list[Problem]:
    """Check one answers file's data as ``validate`` would and plan it; the problems found, if any."""
    item, problems = checked(data, qs, where=where, row=row)
    if item is not None:
        plan.planned.append(item)
    return problems


class RowOutcome(NamedTuple):
    """What one row gives: its problems, or the file to write; and whether it held a name or an email address."""

    problems: list[Problem]
    planned: Planned | None = None
    personal: bool = False


def check_names(plan: ImportPlan) -> None:
    """Two rows that would write the same file are the same respondent, project and phase: merge would refuse."""
    seen: dict[str, int] = {}
    for item in plan.planned:
        if item.name in seen:
            plan.problems.append(
                Problem("importing.err_same_respondent", {"other": seen[item.name]}, f"{plan.source}:{item.row}")
            )
            plan.bad_rows.append(item.row)
        else:
            seen[item.name] = item.row
    if plan.bad_rows:
        bad = set(plan.bad_rows)
        plan.planned = [item for item in plan.planned if item.row not in bad]


class SurveyRows:
    """Reads the rows of a survey export through a mapping."""

    def __init__(
        self,
        table: Table,
        qs: QuestionSet,
        mapping: ImportMapping,
        *,
        defaults: Defaults,
        language: str,
        keep_names: bool,
        id_column: str | None = None,
    ) -> None:
        self.table, self.qs, self.mapping, self.defaults = table, qs, mapping, defaults
        self.id_column = id_column
        self.language = mapping.language or language
        self.keep_names = keep_names
        self.zone: tzinfo = zone(mapping.timezone) or datetime.now().astimezone().tzinfo  # type: ignore[assignment]
        self.plan = ImportPlan(table.file, mapping=mapping.source, qs=qs)
        self.targets: dict[str, int] = {}
        self.fixed: dict[str, int] = {}
        numbers = [level.value for level in qs.scale.levels]
        self.scale = set(numbers)
        self.labels_seen: dict[str, Any] = {}
        self.allowed = ", ".join(
            [str(n) for n in numbers] + [qs.text(s.label, self.language) for s in qs.scale.special]
        )

    # --- columns -------------------------------------------------------------------------------------------------

    def match_columns(self) -> bool:
        """Find each field's column by its header; False when a column problem stops every row."""
        table, mapping, plan = self.table, self.mapping, self.plan
        unused: list[str] = []
        chosen_id = normalise(self.id_column) if self.id_column else None
        id_columns: list[int] = []  # the columns that say which row is which (see ``identity``)
        for index, header in enumerate(table.headers):
            where = f"{table.file}:1:{column_letter(index)}"
            target = mapping.target_of(header) if header else None
            role = mapping.fixed_of(header) if header and target is None else None
            if header and (normalise(header) == chosen_id if chosen_id else role == "id"):
                id_columns.append(index)
                continue
            if role == "id":
                continue  # another id column than the one chosen with --id-column
            if target is not None:
                if target in self.targets:
                    other = column_letter(self.targets[target])
                    plan.problems.append(
                        Problem("importing.err_two_columns", {"header": header, "other": other}, where)
                    )
                self.targets.setdefault(target, index)
            elif role is not None:
                self.fixed.setdefault(role, index)
            elif header and not mapping.is_ignored(header):
                unused.append(f"{column_letter(index)} {short(header)}")
        for target in mapping.required:
            if target not in self.targets:
                header = mapping.headers.get(target, target)
                key = "importing.err_missing_column"
                plan.problems.append(Problem(key, {"header": short(header, 80), "target": target}, table.file))
        if "project.name" not in self.targets and not self.defaults.name:
            plan.problems.append(Problem("importing.err_no_project_name", {}, table.file))
        if "project.phase" not in self.targets and not self.defaults.phase:
            plan.problems.append(Problem("importing.err_no_phase", {}, table.file))
        self._id_column(id_columns)
        if unused:
            shown = "; ".join(unused[:8]) + (f"; … (+{len(unused) - 8})" if len(unused) > 8 else "")
            plan.notes.append(Problem("importing.note_unused_columns", {"count": len(unused), "columns": shown}))
        return not plan.problems

    def _id_column(self, found: list[int]) -> None:
        """The one column that identifies a row, or the problem that there is none, or two."""
        table, plan = self.table, self.plan
        if len(found) > 1:
            first, second = (f"{column_letter(index)} '{short(table.headers[index])}'" for index in found[:2])
            where = f"{table.file}:1:{column_letter(found[1])}"
            plan.problems.append(Problem("importing.err_two_id_columns", {"first": first, "second": second}, where))
        elif found:
            self.fixed["id"] = found[0]
        elif self.id_column:
            plan.problems.append(Problem("importing.err_id_column_missing", {"header": self.id_column}, table.file))
        elif "respondent.id" not in self.targets:
            plan.problems.append(Problem("importing.err_no_id_column", {}, table.file))

    # --- rows ----------------------------------------------------------------------------------------------------

    def read(
        self, pooling: parallel.Pooling = parallel.DEFAULT, progress: parallel.Progress | None = None
    ) -> ImportPlan:
        """The plan for every row; rows are read by a pool of workers from ``pooling.imports_from()`` rows on, and
        ``progress`` hears how many have been read."""
        if not self.match_columns():
            return self.plan
        # Each question's columns, looked up once rather than in every row: (question, level, [(field, column)]).
        self.question_columns = [
            (
                question,
                self.targets.get(f"{question.id}.level"),
                [
                    (name, self.targets[f"{question.id}.{name}"])
                    for name in ("reason", "how", "next_step")
                    if f"{question.id}.{name}" in self.targets
                ],
            )
            for question in self.qs.questions
        ]
        merged_rows = self._merged()
        self.fingerprint = self._fingerprint()
        taken: list[int] = []  # indexes of the rows to read, in order
        for index, values in enumerate(self.table.rows):
            if all(value is None or (isinstance(value, str) and not value.strip()) for value in values):
                self.plan.blank_rows += 1
            else:
                taken.append(index)
        # A merged area moves values between rows: what else the row shows would only follow from it.
        numbers = self.table.row_numbers
        to_read = [index for index in taken if numbers[index] not in merged_rows]
        # Rows are read on every core when there are many, their outcomes taken in order, so the plan is the one a
        # serial read makes. Only row indexes cross: a forked worker has the table from the start, a spawned one is
        # sent it once (with this object, as ``read_row``'s own).
        outcomes = parallel.ordered_map(
            self.read_row,
            to_read,
            pool_from=pooling.imports_from(),
            pooling=pooling,
            progress=progress,
            what="common.progress_read_rows",
        )
        for index in taken:
            number = numbers[index]
            outcome = RowOutcome(merged_rows[number]) if number in merged_rows else next(outcomes)
            if outcome.planned is not None:
                self.plan.planned.append(outcome.planned)
            if outcome.personal:
                self.plan.personal_data_left_out = True
            if outcome.problems:
                self.plan.problems.extend(outcome.problems)
                self.plan.bad_rows.append(number)
        check_names(self.plan)
        return self.plan

    def read_row(self, index: int) -> RowOutcome:
        """The outcome of the table's row ``index`` (after ``read`` has matched the columns)."""
        return self._row(self.table.rows[index], self.table.row_numbers[index], self.fingerprint)

    def _merged(self) -> dict[int, list[Problem]]:
        """Merged cells hide which row a value belongs to: every row they touch is reported."""
        found: dict[int, list[Problem]] = {}
        for first_row, first_col, last_row, last_col in self.table.merged:
            area = f"{column_letter(first_col)}{first_row}:{column_letter(last_col)}{last_row}"
            where = f"{self.table.file}:{first_row}:{column_letter(first_col)}"
            problem = Problem("importing.err_merged", {"area": area}, where)
            if first_row == 1:
                self.plan.problems.append(problem)
            for row in range(max(first_row, 2), last_row + 1):
                found.setdefault(row, []).append(problem)
        return found

    def label_value(self, text: str) -> Any:
        """The level a label stands for, or None; a survey repeats a handful of labels, so each is read once."""
        if text not in self.labels_seen:
            key = normalise(text)
            value = self.mapping.labels.get(key)
            match = _LEADING_NUMBER.match(key)
            if value is None and ";" not in key and match and int(match.group(1)) in self.scale:
                value = int(match.group(1))
            self.labels_seen[text] = value
        return self.labels_seen[text]

    def _fingerprint(self) -> str:
        return survey_fingerprint(self.table.headers[index] for index in self.targets.values())

    def _row(self, values: list[Any], number: int, fingerprint: str) -> RowOutcome:
        problems: list[Problem] = []
        cell = RowCells(values, self, number, problems)
        start = cell.moment(self.fixed.get("start_time"))
        end = cell.moment(self.fixed.get("completion_time")) or start
        modified = cell.moment(self.fixed.get("last_modified_time"))
        created = start or end or self.table.modified
        updated = max(moment for moment in (created, end, modified) if moment is not None)
        stamp = iso(updated)
        answers = self._answers(cell, problems, stamp)
        if not answers and not problems:
            return RowOutcome([*problems, *cell.empty()])
        project = self._project(cell, problems)
        respondent = {"id": cell.text(self.targets.get("respondent.id"))}
        if not respondent["id"]:
            own_id = cell.text(self.fixed.get("id"))
            if not own_id:
                cell.problem(self.fixed.get("id", self.targets.get("respondent.id")), "importing.err_empty_id")
            elif not problems:
                respondent["id"] = row_respondent(fingerprint, own_id, project, start)
        if problems:
            return RowOutcome(problems)
        name = cell.text(self.targets.get("respondent.name")) or cell.text(self.fixed.get("name"))
        if name and name.strip().casefold() in _ANONYMOUS:
            name = None
        personal = bool(name or cell.text(self.fixed.get("email"))) and not self.keep_names
        respondent["name"] = name if self.keep_names else None
        respondent["role"] = cell.text(self.targets.get("respondent.role"))
        data = {
            "format": FORMAT,
            "framework": {"id": self.qs.id, "version": self.qs.version},
            "respondent": {key: value for key, value in respondent.items() if value},
            "project": {key: value for key, value in project.items() if value},
            "language": self.language,
            "created": iso(created),
            "updated": stamp,
            "answers": answers,
        }
        where = f"{self.table.file}:{number}"
        planned, problems = checked(data, self.qs, where=where, row=number)
        if planned is not None:
            planned.file_times = start is None and end is None and modified is None
        return RowOutcome([_located(p, where, self) for p in problems], planned, personal)

    def _answers(self, cell: RowCells, problems: list[Problem], stamp: str) -> dict[str, Any]:
        """The row's answers by question, each with the row's time; a text without a level is a problem."""
        answers: dict[str, Any] = {}
        for question, level_at, texts_at in self.question_columns:
            found = len(problems)
            level = cell.level(level_at)
            unreadable = len(problems) > found  # already reported: the texts are not reported again
            # reason (only with na or dont_know: validation says so otherwise), how, next_step — in this order
            texts = [(name, at, cell.text(at)) for name, at in texts_at]
            if level is None:
                written = [at for _name, at, text in texts if text]
                if written and not unreadable:
                    cell.problem(written[0], "importing.err_text_without_level", number=question.number)
                continue
            answer: dict[str, Any] = {"level": level}
            for field_name, _at, text in texts:
                if text:
                    answer[field_name] = text
            answer["updated"] = stamp
            answers[question.id] = answer
        return answers

    def _project(self, cell: RowCells, problems: list[Problem]) -> dict[str, Any]:
        """The row's project, a field the survey did not ask taken from the defaults; a project needs a name and a
        phase (said only when its cells had no other problem)."""
        found = len(problems)
        project = {
            "name": cell.text(self.targets.get("project.name")) or self.defaults.name,
            "code": cell.text(self.targets.get("project.code")) or self.defaults.code,
            "organisation": cell.text(self.targets.get("project.organisation")) or self.defaults.organisation,
            "region": cell.text(self.targets.get("project.region")) or self.defaults.region,
            "phase": cell.phase(self.targets.get("project.phase")) or self.defaults.phase,
        }
        if not project["name"] and len(problems) == found:
            cell.problem(self.targets.get("project.name"), "importing.err_empty_project")
        if not project["phase"] and len(problems) == found:
            cell.problem(self.targets.get("project.phase"), "importing.err_empty_phase")
        return project


def _located(problem: Problem, where: str, rows: SurveyRows) -> Problem:
    """A schema problem (``answers.q07.how``) placed at the column that held the value."""
    parts = (problem.path or "").split(".")
    target = ".".join(parts[1:3]) if parts[0] == "answers" else ".".join(parts[:2])
    index = rows.targets.get(target)
    place = f"{where}:{column_letter(index)}" if index is not None else where
    return Problem(problem.key, problem.params, place, None, None)
