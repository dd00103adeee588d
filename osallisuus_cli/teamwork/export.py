"""A team as flat records for spreadsheets and statistics tools: CSV, JSON and JSON Lines.

Long format: one record per response × question, every question of the set, in team order then question order. A
team's workshops are exported apart (``workshop_records``): one record per workshop × question × level.
Column names are stable machine names in English (``project``, ``question_id``, …), never translated, so an R
script or an Excel query written once keeps working whatever language the tool speaks. See docs/team-format.md.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

from osallisuus_cli.model.answers import iso
from osallisuus_cli.model.team import TeamFile
from osallisuus_cli.model.workshop import level_order
from osallisuus_cli.questionsets.framework import QuestionSet

FORMATS: tuple[str, ...] = ("csv", "json", "jsonl")

COLUMNS: tuple[str, ...] = (
    "project",
    "project_code",
    "organisation",
    "region",
    "phase",
    "respondent",
    "respondent_name",
    "respondent_role",
    "language",
    "section",
    "question_id",
    "question_number",
    "level",
    "special",
    "reason",
    "how",
    "next_step",
    "answered_at",
)
# Spreadsheets run a cell that starts with one of these as a formula (OWASP "CSV injection"); some strip leading
# white space and line breaks first, so a cell starting with those is neutralised too.
FORMULA_START = ("=", "+", "-", "@", "＝", "＋", "－", "＠")
_BLANK = " \t\r\n\u3000\xa0"
# Control characters other than tab and line break are never written raw into a CSV (NUL ends a cell in some readers,
# ESC drives a terminal that shows the file): they become the visible escapes the terminal uses (\x1b).
CONTROLS = str.maketrans(
    {code: f"\\x{code:02x}" for code in [*range(0x20), *range(0x7F, 0xA0)] if code not in (9, 10, 13)}
)


def records(team: TeamFile, qs: QuestionSet) -> Iterator[dict[str, Any]]:
    """One record per response and question, keys in ``COLUMNS`` order.

    ``level`` is the scale value or None; ``special`` says why there is none: ``na`` (not relevant), ``dont_know``
    or ``missing`` (not answered); ``reason`` is the respondent's own words for an ``na`` or ``dont_know``.
    """
    sections = [(section.id, question) for section in qs.sections for question in section.questions]
    for response in team.responses:
        respondent, project = response.respondent, response.project
        common = {
            "project": project.name,
            "project_code": project.code,
            "organisation": project.organisation,
            "region": project.region,
            "phase": project.phase,
            "respondent": respondent.id,
            "respondent_name": respondent.name,
            "respondent_role": respondent.role,
            "language": response.language,
        }
        for section_id, question in sections:
            answer = response.answers.get(question.id)
            level: int | None = None
            special: str | None = "missing"
            reason: str | None = None
            how: str | None = None
            next_step: str | None = None
            updated: str | None = None
            if answer is not None:
                level = answer.level if isinstance(answer.level, int) else None  # validated: never a bool
                special = answer.level if isinstance(answer.level, str) else None
                reason, how, next_step = answer.reason, answer.how, answer.next_step
                updated = iso(answer.updated) if answer.updated else None
            yield common | {
                "section": section_id,
                "question_id": question.id,
                "question_number": question.number,
                "level": level,
                "special": special,
                "reason": reason,
                "how": how,
                "next_step": next_step,
                "answered_at": updated,
            }


WORKSHOP_COLUMNS: tuple[str, ...] = (
    "project",
    "project_code",
    "organisation",
    "region",
    "phase",
    "workshop",
    "participants",
    "section",
    "question_id",
    "question_number",
    "rated",
    "phones",
    "room",
    "level",
    "special",
    "count",
    "low",
    "high",
    "how",
    "next_step",
    "differ",
)


def workshop_records(team: TeamFile, qs: QuestionSet) -> Iterator[dict[str, Any]]:
    """``export --by workshop``: one record per workshop, question and level, keys in ``WORKSHOP_COLUMNS`` order.

    ``workshop`` is when the session started; ``count`` is how many chose the level; a question revealed with fewer
    ratings than the session's ``min_group`` has one record with only ``low`` and ``high`` (its spread). Workshops
    are never among the respondents' records: a workshop is not a respondent.
    """
    for item in team.workshops:
        doc, project = item.workshop, item.workshop.project
        common = {
            "project": project.name,
            "project_code": project.code,
            "organisation": project.organisation,
            "region": project.region,
            "phase": project.phase,
            "workshop": iso(doc.created),
            "participants": doc.participants,
        }
        for qid in doc.plan:
            result = doc.results.get(qid)
            if result is None or not qs.has_question(qid):
                continue
            question = qs.question(qid)
            about = common | {
                "section": qs.section_of(qid).id,
                "question_id": qid,
                "question_number": question.number,
                "rated": result.rated,
                "phones": result.phones,
                "room": result.room,
            }
            texts = {"how": result.how, "next_step": result.next_step, "differ": result.differ}
            if result.counts is None:
                spread = result.spread
                low, high = (spread.low, spread.high) if spread else (None, None)
                yield about | {"level": None, "special": None, "count": None, "low": low, "high": high} | texts
                continue
            for level in sorted(result.counts, key=level_order):
                number = level if isinstance(level, int) else None
                special = level if isinstance(level, str) else None
                count = result.counts[level]
                yield about | {"level": number, "special": special, "count": count, "low": None, "high": None} | texts


def neutralise(value: str) -> str:
    """Make a cell that a spreadsheet would run as a formula read as text: a leading apostrophe.

    A text that already starts with apostrophes before such a start gets one more, so that ``restore`` (used by
    ``import``) can always take exactly one away again.
    """
    return "'" + value if _runs(value) else value


def _runs(value: str) -> bool:
    """Whether a spreadsheet could take ``value`` (apostrophes before it aside) for a formula."""
    text = value.lstrip("'")
    return text[:1] in ("\t", "\r", "\n") or text.lstrip(_BLANK).startswith(FORMULA_START)


def restore(value: str) -> str:
    """The text ``neutralise`` was given."""
    return value[1:] if value.startswith("'") and _runs(value[1:]) else value


def _cell(value: Any, excel: bool = False) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value).replace(".", ",") if excel else repr(value)
    if isinstance(value, str):
        text = neutralise(value)  # before line ends are changed: a leading CR is a formula start too
        if "\r" in text:  # csv quotes a cell only for the line end it writes; keep every break as \n
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        return text.translate(CONTROLS)
    return str(value)


def _batches(rows: Iterator[dict[str, Any]], size: int = 2000) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def to_csv(
    rows: Iterator[dict[str, Any]], *, excel: bool = False, columns: tuple[str, ...] = COLUMNS
) -> Iterator[bytes]:
    """CSV with a header row, in pieces. ``excel``: what Excel in a Finnish locale opens right — semicolons, UTF-8
    with a byte-order mark, CRLF line ends, a decimal comma. Otherwise commas, UTF-8, LF (R, Python, LibreOffice)."""
    buffer = io.StringIO()
    if excel:
        buffer.write("\ufeff")
    writer = csv.writer(buffer, delimiter=";" if excel else ",", lineterminator="\r\n" if excel else "\n")
    writer.writerow(columns)
    for batch in _batches(rows):
        writer.writerows([_cell(row[column], excel) for column in columns] for row in batch)
        yield buffer.getvalue().encode("utf-8")
        buffer.seek(0)
        buffer.truncate()
    if buffer.tell():
        yield buffer.getvalue().encode("utf-8")


def to_json(rows: Iterator[dict[str, Any]]) -> Iterator[bytes]:
    """A JSON array, two-space indented, written record by record (the same text as one ``json.dumps``)."""
    first = True
    for row in rows:
        record = json.dumps(row, ensure_ascii=False, indent=2).replace("\n", "\n  ")
        yield (("[\n  " if first else ",\n  ") + record).encode("utf-8")
        first = False
    yield b"[]\n" if first else b"\n]\n"


def to_jsonl(rows: Iterator[dict[str, Any]]) -> Iterator[bytes]:
    for batch in _batches(rows):
        yield "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in batch).encode("utf-8")


def export(
    team: TeamFile, qs: QuestionSet, fmt: str, *, excel: bool = False, workshops: bool = False
) -> Iterator[bytes]:
    """The export in pieces, to be written one after another (a large team is never whole in memory as text);
    ``workshops``: the team's workshops (``export --by workshop``) instead of its respondents."""
    rows = workshop_records(team, qs) if workshops else records(team, qs)
    if fmt == "csv":
        return to_csv(rows, excel=excel, columns=WORKSHOP_COLUMNS if workshops else COLUMNS)
    if fmt == "json":
        return to_json(rows)
    return to_jsonl(rows)
