"""The team file (format ``osallisuus/team/v1``): many respondents' answers to one question set, with provenance.

Written by ``osallisuus merge``; read by ``report`` and ``export``. Scores are never stored here — reports
compute them from the answers. See docs/team-format.md.

In memory a team is a list of small, immutable ``Response`` records (a team of ten thousand respondents stays well
under a hundred megabytes); what comes from a file is checked first with the same strict schema and messages as an
answers file (see ``teamread``). This module holds the team in memory, its documented order, and its writer.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from functools import lru_cache, partial
from pathlib import Path
from typing import Any

from osallisuus_cli.files import fsutil, yamlemit
from osallisuus_cli.model.answers import (
    ANSWER_TEXTS,
    PHASES,
    PROJECT_FIELDS,
    RESPONDENT_FIELDS,
    FrameworkRef,
    answer_data,
    compact,
    in_question_order,
    iso,
    question_order,
)
from osallisuus_cli.model.workshop import WorkshopFile, workshop_data
from osallisuus_cli.questionsets.framework import QuestionSet

FORMAT = "osallisuus/team/v1"
MAX_TEAM_BYTES = 256 * 1024 * 1024


# --- the team in memory ------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TeamAnswer:
    """One answer of one response: a scale value, ``"na"`` or ``"dont_know"``, and optional free text."""

    level: int | str
    how: str | None = None
    next_step: str | None = None
    updated: datetime | None = None
    reason: str | None = None  # why "na" or "dont_know" (never practice); see answers.Answer


@dataclass(frozen=True, slots=True)
class TeamRespondent:
    """Who answered: the id from the answers file (a pseudonym R1, R2, … when anonymized), name and role."""

    id: str
    name: str | None = None
    role: str | None = None


@dataclass(frozen=True, slots=True)
class TeamProject:
    """The project and phase a response is about (shared by every response with the same values)."""

    name: str
    code: str | None = None
    organisation: str | None = None
    region: str | None = None
    phase: str = "toteutus"


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where a response came from: the source answers file's name (not its path) and the SHA-256 of its bytes.

    ``file`` is None in an anonymized team (file names often carry people's names); the hash still lets whoever
    holds the original files trace each response.
    """

    file: str | None
    sha256: str


@dataclass(frozen=True, slots=True)
class Response:
    """One respondent's answers, exactly as in their answers file, and where they came from."""

    respondent: TeamRespondent
    project: TeamProject
    language: str | None  # None in an anonymized team: one Swedish speaker among Finnish ones would stand out
    created: datetime
    updated: datetime
    answers: dict[str, TeamAnswer]
    source: Provenance


@dataclass(frozen=True, slots=True)
class TeamWorkshop:
    """A workshop carried whole into a team file (its live block dropped), and where it came from.

    A workshop is not a respondent: it is kept beside the responses, never among them, so that no count of
    respondents ever includes it (see docs/workshop.md).
    """

    workshop: WorkshopFile
    source: Provenance


@dataclass(slots=True)
class TeamFile:
    framework: FrameworkRef
    responses: list[Response] = field(default_factory=list)
    anonymized: bool = False
    format: str = FORMAT
    workshops: list[TeamWorkshop] = field(default_factory=list)


def workshop_order(item: TeamWorkshop) -> tuple[Any, ...]:
    """Workshops in a team file: by project, phase and when they were held; the hash breaks ties."""
    project = item.workshop.project
    return (
        project.name,
        project.code or "",
        PHASES.index(project.phase),
        instant(item.workshop.created),
        item.source.sha256,
    )


def workshops_text(team: TeamFile) -> str:
    """The team file's text after its responses: the workshops, when it has any (else nothing at all, so a team
    without workshops is written exactly as before)."""
    if not team.workshops:
        return ""
    items = [
        {
            "source": compact({"file": item.source.file, "sha256": item.source.sha256}),
            "workshop": workshop_data(item.workshop, with_live=False),
        }
        for item in team.workshops
    ]
    return "".join(yamlemit.mapping_lines({"workshops": items}, 0))


@lru_cache(maxsize=4096)
def shared_project(
    name: str, code: str | None, organisation: str | None, region: str | None, phase: str
) -> TeamProject:
    return TeamProject(name, code, organisation, region, phase)


def stored_moment(value: datetime) -> datetime:
    """To the second, as stored: comparing exactly what is stored keeps merging associative.

    The offset becomes one shared ``timezone`` object per offset: a team of ten thousand respondents would
    otherwise carry a quarter of a million copies of "+02:00".
    """
    if value.microsecond:
        value = value.replace(microsecond=0)
    offset = value.utcoffset()
    return value if offset is None or value.tzinfo is shared_zone(offset) else value.replace(tzinfo=shared_zone(offset))


@lru_cache(maxsize=64)
def shared_zone(offset: timedelta) -> timezone:
    return timezone(offset)


def lean_text(value: str | None) -> str | None:
    """The text without the UTF-8 copy that validation leaves cached inside a non-ASCII string.

    Checking a length limit makes pydantic read the text as UTF-8, and Python keeps that second copy inside the
    string object for as long as it lives: a team would hold every Finnish answer twice.
    """
    if not value:
        return None
    # Interned: the same answer written by many (a next step agreed together) is kept once.
    return sys.intern(value if value.isascii() else (value + " ")[:-1])


# --- order -------------------------------------------------------------------------------------------------------

_DIGITS = re.compile(r"(\d+)")


def natural_key(text: str) -> tuple[Any, ...]:
    """'R2' before 'R10': digit runs compare as numbers."""
    parts = _DIGITS.split(text)
    return tuple(int(part) if i % 2 else part for i, part in enumerate(parts))


def instant(moment: datetime) -> datetime:
    return moment.astimezone(UTC)


def response_order(response: Response) -> tuple[Any, ...]:
    """The order of responses in a team file: project, phase, respondent, then time; the hash breaks ties."""
    project = response.project
    return (
        project.name,
        project.code or "",
        PHASES.index(project.phase),
        natural_key(response.respondent.id),
        instant(response.updated),
        response.source.sha256,
    )


# --- writing -----------------------------------------------------------------------------------------------------


def response_data(response: Response, order: dict[str, int]) -> dict[str, Any]:
    """One response as plain data in the documented key order; answers in question order."""
    respondent, project = response.respondent, response.project
    answers = {}
    for qid in in_question_order(response.answers, order):
        answers[qid] = answer_data(response.answers[qid])
    data = {
        "respondent": compact({name: getattr(respondent, name) for name in RESPONDENT_FIELDS}),
        "project": compact({name: getattr(project, name) for name in PROJECT_FIELDS}),
        "language": response.language,
        "created": iso(response.created),
        "updated": iso(response.updated),
        "source": compact({"file": response.source.file, "sha256": response.source.sha256}),
        "answers": answers,
    }
    if response.language is None:
        del data["language"]
    return data


def team_chunks(team: TeamFile, qs: QuestionSet) -> Iterator[str]:
    """The team file's text, one response at a time, so a large team is never held twice in memory."""
    yield team_head(team)
    write = response_writer(qs)
    for response in team.responses:
        yield write(response)
    yield workshops_text(team)


def team_head(team: TeamFile) -> str:
    """The team file's text up to its first response."""
    head = "".join(
        yamlemit.mapping_lines(
            {
                "format": team.format,
                "framework": {"id": team.framework.id, "version": team.framework.version},
                "anonymized": team.anonymized,
            },
            0,
        )
    )
    return head + ("responses:\n" if team.responses else "responses: []\n")


def response_writer(qs: QuestionSet) -> Callable[[Response], str]:
    """The text of one response in a team file (the item of ``responses``), its answers in question order."""
    order = question_order(qs)
    keys = {q.id: f"      {yamlemit.key(q.id)}:\n" for q in qs.questions}
    return partial(_response_yaml, order=order, keys=keys)


def _response_yaml(response: Response, order: dict[str, int], keys: dict[str, str]) -> str:
    """``yamlemit.sequence_lines([response_data(response)], 2)``, written out by hand: this is the hot loop of a
    large merge (a test checks that both give the same text)."""
    text, free_text = yamlemit.scalar, yamlemit.text
    respondent, project, source = response.respondent, response.project, response.source
    out = ["  - respondent:\n"]
    for name in RESPONDENT_FIELDS:
        value = getattr(respondent, name)
        if value is not None:
            out += ["      ", name, ": ", text(value, 8), "\n"]
    out.append("    project:\n")
    for name in PROJECT_FIELDS:
        value = getattr(project, name)
        if value is not None:
            out += ["      ", name, ": ", text(value, 8), "\n"]
    if response.language is not None:
        out += ["    language: ", text(response.language, 6), "\n"]
    out += ['    created: "', response.created.isoformat(), '"\n    updated: "', response.updated.isoformat(), '"\n']
    out.append("    source:\n")
    if source.file is not None:
        out += ["      file: ", text(source.file, 8), "\n"]
    out += ["      sha256: ", text(source.sha256, 8), "\n"]
    answers = response.answers
    if not answers:
        out.append("    answers: {}\n")
        return "".join(out)
    out.append("    answers:\n")
    ids = list(answers)
    if any(qid not in order for qid in ids) or ids != sorted(ids, key=order.__getitem__):
        ids = in_question_order(ids, order)
    for qid in ids:
        answer = answers[qid]
        out.append(keys.get(qid) or f"      {yamlemit.key(qid)}:\n")
        level = answer.level
        out += ["        level: ", str(level) if type(level) is int else text(level, 10), "\n"]
        for name in ANSWER_TEXTS:
            if value := getattr(answer, name):
                out += ["        ", name, ": ", free_text(value, 10), "\n"]
        if answer.updated:
            out += ['        updated: "', answer.updated.isoformat(), '"\n']
    return "".join(out)


def dump_team(team: TeamFile, qs: QuestionSet) -> str:
    return "".join(team_chunks(team, qs))


def save_team(path: Path, team: TeamFile, qs: QuestionSet) -> None:
    """Write atomically and private to its owner: even anonymized, a team file holds every free-text answer."""
    fsutil.atomic_write(path, team_chunks(team, qs), private=True)
