"""Who a row of a survey export is, and what importing it again would change.

A row is identified by the survey's own row id — Forms' ``ID``, Webropol's respondent number, the column named by
``--id-column`` or a mapping's ``fixed_columns: id`` — together with the survey (its mapped column headers), the
row's project and phase, and, when the export has one, the minute its answering started. The same row therefore
gets the same respondent id and the same file whenever it is imported: from a later, longer export of the same
survey, from the same export saved as Finnish Excel's CSV (which drops the seconds of every time), after a cell was
corrected. Two surveys with other questions, two projects or phases, and two forms whose rows have the same numbers
but started at other times stay apart. A survey's ``respondent.id`` column, when it has one, is the id as it is.

An export with no row id is refused rather than given ids made up on each import (from the row's number, which
sorting changes, or the file's content, which any correction changes): the same people would be counted again.

An answers file already there is compared with the one the import would write by what a person answered — the
respondent, project, language and every answer — not by its times: an export without seconds, or without time
columns (whose times are the export file's), leaves the earlier file as it is. What differs is listed per file.
When an export without time columns updates a file, the answers it does not change keep their times, and the file
its ``created``: the export file's time says only when the export was saved.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

import yaml

from osallisuus_cli.files import yamlio
from osallisuus_cli.importing.mapping import normalise
from osallisuus_cli.model.answers import validate_answers_data

if TYPE_CHECKING:
    from osallisuus_cli.questionsets.framework import QuestionSet

# Respondent ids made by the import are name-based UUIDs in this namespace (uuid5), never random.
NAMESPACE = uuid.UUID("4f1d3c1e-5b0a-5e55-9a55-0a5a11150000")
# The lines of an answers file that hold a time, as its writer puts them: the file's own at the top level, each
# answer's four spaces in. A text's lines are indented further, so none of them can be taken for a time.
_TIME_LINES = re.compile(r"""^(?:created|updated|    updated): ["']?\d{4}-\d\d-\d\dT[^\n]*\n""", re.MULTILINE)
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
ANSWER_FIELDS = ("level", "reason", "how", "next_step")
PERSON_FIELDS = (
    ("respondent", "id"),
    ("respondent", "name"),
    ("respondent", "role"),
    ("project", "name"),
    ("project", "code"),
    ("project", "organisation"),
    ("project", "region"),
    ("project", "phase"),
    ("language",),
)


def survey_fingerprint(headers: Iterable[str]) -> str:
    """The survey, as far as the export shows it: the headers of the columns the import reads, in any order."""
    return hashlib.sha256("\n".join(sorted(normalise(header) for header in headers)).encode("utf-8")).hexdigest()


def row_respondent(survey: str, own_id: str, project: dict[str, Any], start: datetime | None) -> str:
    """The respondent id of the row ``own_id`` of ``survey`` in ``project`` (its name, code and phase).

    The start time counts to the minute (as the survey's own clock shows it): Excel's CSV keeps no seconds.
    """
    minute = start.strftime("%Y-%m-%dT%H:%M") if start is not None else ""
    parts = ["row", survey, own_id.strip(), project["name"], project.get("code") or "", project["phase"], minute]
    return str(uuid.uuid5(NAMESPACE, "\n".join(parts)))


# --- an answers file already there ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    """One difference between the file there and the file the import would write: ``what`` is ``q07.level``,
    ``q07.how``, ``project.phase``, … or ``file`` (the file there is not an answers file to compare with)."""

    what: str
    old: Any = None
    new: Any = None


def changes(existing: bytes, planned: str) -> list[Change]:
    """What importing would change in an answers file: nothing when only times differ (see the module).

    Both files are mostly written by this tool's one writer, so the texts without their time lines are compared
    first (an export saved again as CSV differs from its .xlsx only there); only files that differ otherwise are
    read as data, field by field."""
    try:
        text = existing.decode("utf-8")
    except UnicodeDecodeError:
        return [Change("file")]
    if _TIME_LINES.sub("", text) == _TIME_LINES.sub("", planned):
        return []
    try:
        old = yaml.load(text, Loader=_LOADER)  # noqa: S506 - the safe loader (libyaml's when there is one)
    except yaml.YAMLError:
        old = None
    new = yaml.load(planned, Loader=_LOADER)  # noqa: S506
    if not isinstance(old, dict) or not isinstance(old.get("answers"), dict):
        return [Change("file")]
    found = [
        Change(".".join(path), _get(old, path), _get(new, path))
        for path in PERSON_FIELDS
        if _get(old, path) != _get(new, path)
    ]
    old_answers, new_answers = old["answers"], new["answers"]
    for qid in [*new_answers, *(qid for qid in old_answers if qid not in new_answers)]:
        before, after = old_answers.get(qid), new_answers.get(qid)
        if not isinstance(before, dict) or not isinstance(after, dict):
            found.append(Change(f"{qid}.level", _get(before, ("level",)), _get(after, ("level",))))
            continue
        found += [
            Change(f"{qid}.{name}", before.get(name), after.get(name))
            for name in ANSWER_FIELDS
            if before.get(name) != after.get(name)
        ]
    return found


def _get(data: Any, path: tuple[str, ...]) -> Any:
    for key in path:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data


def describe(found: list[Change], lang: str | None = None, *, limit: int = 6) -> str:
    """The changes in one line: ``q03: 2 → 3; q07: teksti 'miten' muuttuu; …``."""
    from osallisuus_cli.i18n import t

    parts = []
    for change in found[:limit]:
        if change.what == "file":
            parts.append(t("importing.change_file", lang))
            continue
        owner, _, name = change.what.partition(".")
        if name == "level" or owner in ("respondent", "project", "language"):
            old = _shown(change.old, lang)
            new = _shown(change.new, lang)
            label = owner if name == "level" else change.what
            parts.append(f"{label}: {old} → {new}")
        else:
            parts.append(t("importing.change_text", lang, question=owner, field=t(f"importing.field_{name}", lang)))
    if len(found) > limit:
        parts.append(t("importing.more_changes", lang, count=len(found) - limit))
    return "; ".join(parts)


def _shown(value: Any, lang: str | None) -> str:
    from osallisuus_cli.i18n import t

    if value is None:
        return t("importing.change_none", lang)
    if value in ("na", "dont_know"):
        return t(f"importing.change_{value}", lang)
    text = " ".join(str(value).split())
    return text if len(text) <= 40 else text[:39] + "…"


def kept_times(existing: bytes, planned: str, qs: QuestionSet, *, where: str) -> str:
    """The file an update from an export without time columns writes: ``planned``, with the ``created`` of the file
    there and, for every answer it leaves as it was, that answer's time there (see the module)."""
    old = validate_answers_data(yamlio.parse(existing, file=where, what="team.what_answers"), qs, file=where, text=None)
    new = validate_answers_data(yamlio.parse(planned, file=where, what="team.what_answers"), qs, file=where, text=None)
    for qid, answer in new.answers.items():
        before = old.answers.get(qid)
        if before is not None and all(getattr(before, name) == getattr(answer, name) for name in ANSWER_FIELDS):
            answer.updated = before.updated
    new.created = old.created
    moments = [answer.updated for answer in new.answers.values() if answer.updated is not None]
    new.updated = max([new.created, *moments])  # aware times: compared as instants
    return new.to_yaml(qs)
