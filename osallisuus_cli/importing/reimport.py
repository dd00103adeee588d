"""This tool's own ``export --format csv/jsonl/json`` read back into answers files.

The export is long: one record per response and question, responses one after another in team order. A response
ends where the respondent, project, phase or language changes, or where a question comes round again. Everything
the export carries comes back as it was — ids, project fields, levels, texts (``reason``, ``how``, ``next_step``; CSV
cells that the export protected against spreadsheet formulas lose the protecting apostrophe again), answer times —
so export → import → merge gives the team that was exported. A response's own ``created``/``updated`` are not in the
export: they become its first and last answer time. An export made before ``reason`` was a column still reads.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from osallisuus_cli.errors import Problem
from osallisuus_cli.importing.rows import ImportPlan, check_names, finish
from osallisuus_cli.importing.shape import Table, column_letter
from osallisuus_cli.model.answers import FORMAT, iso
from osallisuus_cli.model.phases import phase_choices, phase_named
from osallisuus_cli.questionsets.framework import QuestionSet
from osallisuus_cli.teamwork.export import COLUMNS, restore

# The columns that describe the response rather than one answer: the export's own, up to the language.
RESPONSE_COLUMNS = COLUMNS[: COLUMNS.index("language") + 1]
# Columns an earlier version of the export did not have: a file without them still reads (as empty cells).
LATER_COLUMNS = ("reason",)
_INTEGER = re.compile(r"-?[0-9]{1,9}")  # longer is no level (and 5,000 digits are more than Python reads)


def is_export(table: Table) -> bool:
    """Does the table look like this tool's export (its machine column names)?"""
    return {"respondent", "question_id", "level", "special"} <= set(table.headers)


def read_export(table: Table, qs: QuestionSet, *, keep_names: bool) -> ImportPlan:
    plan = ImportPlan(table.file)
    missing = [column for column in COLUMNS if column not in table.headers and column not in LATER_COLUMNS]
    if missing:
        plan.problems.append(Problem("importing.err_export_columns", {"columns": ", ".join(missing)}, table.file))
        return plan
    index = {name: table.headers.index(name) for name in COLUMNS if name in table.headers}
    reader = _Records(table, qs, index, plan, keep_names=keep_names)
    group: list[tuple[int, list[Any]]] = []
    seen: set[Any] = set()
    key: tuple[Any, ...] | None = None
    for values, number in zip(table.rows, table.row_numbers, strict=True):
        if all(value is None for value in values):
            plan.blank_rows += 1
            continue
        record_key = tuple(reader.value(values, column) for column in RESPONSE_COLUMNS)
        question = reader.value(values, "question_id")
        if group and (record_key != key or question in seen):
            reader.response(group)
            group, seen = [], set()
        group.append((number, values))
        seen.add(question)
        key = record_key
    if group:
        reader.response(group)
    check_names(plan)
    return plan


class _Records:
    def __init__(
        self, table: Table, qs: QuestionSet, index: dict[str, int], plan: ImportPlan, *, keep_names: bool
    ) -> None:
        self.table, self.qs, self.index, self.plan, self.keep_names = table, qs, index, plan, keep_names
        self.csv = table.kind == "csv"

    def value(self, values: list[Any], column: str) -> Any:
        position = self.index.get(column)
        value = values[position] if position is not None and position < len(values) else None
        if isinstance(value, str) and self.csv:
            value = restore(value)
        return value

    def place(self, number: int, column: str) -> str:
        where = column if self.table.kind != "csv" else column_letter(self.index[column])
        return f"{self.table.file}:{number}:{where}"

    def response(self, group: list[tuple[int, list[Any]]]) -> None:
        """One respondent's rows (one per question answered) as one answers file, or the problems of its rows."""
        problems: list[Problem] = []
        first_number, first = group[0]
        answers: dict[str, Any] = {}
        moments: list[datetime] = []
        for number, values in group:
            found = self.answer(number, values, problems, moments)
            if found is not None:
                answers[found[0]] = found[1]
        given = self.value(first, "phase")
        phase = phase_named(given)
        if phase is None:
            where = self.place(first_number, "phase")
            problems.append(Problem("common.v.phase", {"value": repr(given), "allowed": phase_choices()}, where))
        if problems or phase is None:
            self._bad(problems, group)
            return
        data = self.answers_data(first, phase, answers, moments)
        where = f"{self.table.file}:{first_number}"
        found_problems = finish(self.plan, data, self.qs, where=where, row=first_number)
        if found_problems:
            self._bad([Problem(p.key, p.params, where, None, p.path) for p in found_problems], group)

    def answer(
        self, number: int, values: list[Any], problems: list[Problem], moments: list[datetime]
    ) -> tuple[str, dict[str, Any]] | None:
        """One row: its question and answer, or None with its problem in ``problems`` (or for a question the export
        marks as not answered); the moment it was answered goes to ``moments``."""
        qid = self.value(values, "question_id")
        if not isinstance(qid, str) or not self.qs.has_question(qid):
            problems.append(Problem("team.err_unknown_question", {"id": qid}, self.place(number, "question_id")))
            return None
        special = self.value(values, "special")
        level = self.value(values, "level")
        reason, how, next_step = (self.value(values, name) for name in ("reason", "how", "next_step"))
        if special == "missing":
            if level is not None or reason is not None or how is not None or next_step is not None:
                problems.append(Problem("importing.err_export_missing", {}, self.place(number, "special")))
            return None
        if special is None and isinstance(level, str) and _INTEGER.fullmatch(level):
            level = int(level)
        if special is not None:
            if level is not None or special not in ("na", "dont_know"):
                where = self.place(number, "special")
                problems.append(Problem("importing.err_export_level", {"value": repr(special)}, where))
                return None
            level = special
        elif type(level) is not int:
            problems.append(Problem("importing.err_export_level", {"value": repr(level)}, self.place(number, "level")))
            return None
        answer: dict[str, Any] = {"level": level}
        for name, text in (("reason", reason), ("how", how), ("next_step", next_step)):
            if text is not None:
                answer[name] = str(text)
        answered = self.value(values, "answered_at")
        if answered is not None:
            moment = _moment(answered)
            if moment is None:
                where = self.place(number, "answered_at")
                problems.append(Problem("importing.err_time", {"value": str(answered), "header": ""}, where))
                return None
            moments.append(moment)
            answer["updated"] = iso(moment)
        return qid, answer

    def answers_data(
        self, first: list[Any], phase: str, answers: dict[str, Any], moments: list[datetime]
    ) -> dict[str, Any]:
        """The answers file's data: who answered (a name only with ``keep_names``), the project, the answers, and
        its times from the answers' own (else the export file's time)."""
        created = min(moments) if moments else self.table.modified
        updated = max(moments) if moments else self.table.modified
        name = self.value(first, "respondent_name")
        if name and not self.keep_names:
            self.plan.personal_data_left_out = True
        respondent = {
            "id": _text(self.value(first, "respondent")),
            "name": _text(name) if self.keep_names else None,
            "role": _text(self.value(first, "respondent_role")),
        }
        project = {
            "name": _text(self.value(first, "project")),
            "code": _text(self.value(first, "project_code")),
            "organisation": _text(self.value(first, "organisation")),
            "region": _text(self.value(first, "region")),
            "phase": phase,
        }
        return {
            "format": FORMAT,
            "framework": {"id": self.qs.id, "version": self.qs.version},
            "respondent": {key: value for key, value in respondent.items() if value is not None},
            "project": {key: value for key, value in project.items() if value is not None},
            "language": self.value(first, "language"),
            "created": iso(created),
            "updated": iso(updated),
            "answers": answers,
        }

    def _bad(self, problems: list[Problem], group: list[tuple[int, list[Any]]]) -> None:
        self.plan.problems.extend(problems)
        self.plan.bad_rows.append(group[0][0])


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def _moment(value: Any) -> datetime | None:
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None
