"""Which responses are probably one person counted twice, and which are probably two people under one id.

* **Probable copies**: responses from different files (not copies of one file: those ``copies`` settles) with the
  same answers — every level and every text (reason, how, next step) — where at least one text was written. Two
  people may choose the same levels; two people do not write the same sentences. The projects and respondent ids
  may differ (a project folder copied under another name, with or without new ids). One person's own answers in
  two phases of one project are her history, not a copy.
* **Probably two people under one id**: responses with the same respondent id in one project and phase, whose names
  differ, or whose levels differ in most questions both answered while none of their texts is the other's (another
  person who saved over a shared draft, or a form opened after someone else on the same computer). They are never
  offered as extra copies to delete, and a merge that keeps the newest never drops one of them silently.
* **A nameless file that two people may have shared**: versions before 4 December 2026 offered every nameless
  respondent the same file, named after the project; a file of that name created since then was not offered.

Everything here is pure and depends only on the responses, never on the order of the inputs.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from osallisuus_cli.files.fsutil import slugify
from osallisuus_cli.model.team import Response, instant
from osallisuus_cli.teamwork.entries import Entry, same_id, same_text

# The first day on which no version of the tool offered a nameless respondent another one's file.
SHARED_NAMELESS_UNTIL = datetime(2026, 12, 4, tzinfo=UTC)
# Two responses under one id are two people when fewer than this share of the questions both answered have the same
# level, and there are at least this many such questions to compare.
SAME_LEVEL_SHARE = 0.5
COMPARED_AT_LEAST = 4


def content(response: Response) -> tuple[Any, ...] | None:
    """What a copy repeats: every answer's level and texts, in question order; None without any text at all."""
    answers = tuple(
        (qid, str(answer.level), answer.reason, answer.how, answer.next_step)
        for qid, answer in sorted(response.answers.items())
    )
    if not any(reason or how or next_step for _qid, _level, reason, how, next_step in answers):
        return None
    return answers


def copy_groups(entries: Sequence[Entry]) -> list[list[Entry]]:
    """Groups of responses that are probably one person's answers counted more than once (see the module)."""
    by_content: dict[tuple[Any, ...], dict[str, Entry]] = {}
    for entry in entries:
        key = content(entry.response)
        if key is not None:
            by_content.setdefault(key, {}).setdefault(entry.response.source.sha256, entry)
    groups = []
    for found in by_content.values():
        group = sorted(found.values(), key=lambda entry: (entry.label(), entry.response.source.sha256))
        if len(group) > 1 and not _one_persons_phases(group):
            groups.append(group)
    return sorted(groups, key=lambda group: group[0].label())


def _one_persons_phases(group: list[Entry]) -> bool:
    """One respondent's answers in the phases of one project (or the same phase: a duplicate, named by merge)."""
    people = {
        (entry.identity, same_text(entry.response.project.name), same_text(entry.response.project.code or ""))
        for entry in group
    }
    return len(people) == 1


def two_people(group: Sequence[Entry]) -> bool:
    """Responses under one respondent id that are probably two people (see the module)."""
    names = {same_id(entry.response.respondent.name) for entry in group if entry.response.respondent.name}
    if len(names) > 1:
        return True
    return any(_unlike(a.response, b.response) for index, a in enumerate(group) for b in group[index + 1 :])


def _unlike(a: Response, b: Response) -> bool:
    """Clearly other answers: most levels differ, and each wrote texts of its own, none of them the other's. Levels
    alone do not tell: one person may rethink every answer, but she keeps her own words."""
    both = [qid for qid in a.answers if qid in b.answers]
    if len(both) < COMPARED_AT_LEAST:
        return False
    same = sum(1 for qid in both if a.answers[qid].level == b.answers[qid].level)
    if same >= SAME_LEVEL_SHARE * len(both):
        return False
    texts_a, texts_b = _texts(a), _texts(b)
    return bool(texts_a) and bool(texts_b) and not texts_a & texts_b


def _texts(response: Response) -> set[str]:
    return {
        " ".join(text.split()).casefold()
        for answer in response.answers.values()
        for text in (answer.reason, answer.how, answer.next_step)
        if text and text.strip()
    }


def maybe_shared(entry: Entry) -> bool:
    """A nameless answers file named after its project, created when such a file was offered to everyone."""
    response = entry.response
    if entry.from_team or response.respondent.name or not response.answers:
        return False
    if Path(entry.origin).stem != slugify(response.project.name):
        return False
    return instant(response.created) < SHARED_NAMELESS_UNTIL
