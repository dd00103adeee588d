"""The team file (format ``osallisuus/team/v1``): many respondents' answers to one question set, with provenance.

Written by ``osallisuus merge``; read by ``report`` and ``export``. Scores are never stored here — reports
compute them from the answers. See docs/team-format.md.

In memory a team is a list of small, immutable ``Response`` records (a team of ten thousand respondents stays well
under a hundred megabytes); what comes from a file is checked first with the same strict schema and messages as an
answers file.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, StringConstraints, ValidationError

from osallisuus_cli.errors import MAX_PROBLEMS, DataError, Problem, capped, data_error
from osallisuus_cli.files import fsutil, yamlemit, yamlio
from osallisuus_cli.model.answers import (
    PHASES,
    Answer,
    AnswersFile,
    FrameworkRef,
    Language,
    Project,
    Respondent,
    Timestamp,
    answer_data,
    answer_problems,
    compact,
    framework_ref_problems,
    iso,
    unchecked_answer_problems,
)
from osallisuus_cli.model.framework import QuestionSet
from osallisuus_cli.model.validation import Strict, problems_from

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
    language: str
    created: datetime
    updated: datetime
    answers: dict[str, TeamAnswer]
    source: Provenance


@dataclass(slots=True)
class TeamFile:
    framework: FrameworkRef
    responses: list[Response] = field(default_factory=list)
    anonymized: bool = False
    format: str = FORMAT


@lru_cache(maxsize=4096)
def _project(name: str, code: str | None, organisation: str | None, region: str | None, phase: str) -> TeamProject:
    return TeamProject(name, code, organisation, region, phase)


def _moment(value: datetime) -> datetime:
    """To the second, as stored: comparing exactly what is stored keeps merging associative.

    The offset becomes one shared ``timezone`` object per offset: a team of ten thousand respondents would
    otherwise carry a quarter of a million copies of "+02:00".
    """
    if value.microsecond:
        value = value.replace(microsecond=0)
    offset = value.utcoffset()
    return value if offset is None or value.tzinfo is _zone(offset) else value.replace(tzinfo=_zone(offset))


@lru_cache(maxsize=64)
def _zone(offset: timedelta) -> timezone:
    return timezone(offset)


def _text(value: str | None) -> str | None:
    """The text without the UTF-8 copy that validation leaves cached inside a non-ASCII string.

    Checking a length limit makes pydantic read the text as UTF-8, and Python keeps that second copy inside the
    string object for as long as it lives: a team would hold every Finnish answer twice.
    """
    if not value:
        return None
    # Interned: the same answer written by many (a next step agreed together) is kept once.
    return sys.intern(value if value.isascii() else (value + " ")[:-1])


def response_from_answers(doc: AnswersFile | ResponseSchema, source: Provenance) -> Response:
    """The team's record of one answers file (or of one checked response of a team file)."""
    person, project = doc.respondent, doc.project
    return Response(
        respondent=TeamRespondent(person.id, person.name, person.role),
        project=_project(project.name, project.code, project.organisation, project.region, project.phase),
        language=doc.language,
        created=_moment(doc.created),
        updated=_moment(doc.updated),
        answers={
            qid: TeamAnswer(
                a.level,
                _text(a.how),
                _text(a.next_step),
                _moment(a.updated) if a.updated else None,
                _text(a.reason),
            )
            for qid, a in doc.answers.items()
        },
        source=source,
    )


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


# --- reading -----------------------------------------------------------------------------------------------------


class ProvenanceSchema(Strict):
    file: Annotated[str, StringConstraints(min_length=1, max_length=500)] | None = None
    sha256: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]


class ResponseSchema(Strict):
    respondent: Respondent
    project: Project
    language: Language
    created: Timestamp
    updated: Timestamp
    source: ProvenanceSchema
    answers: dict[str, Answer] = Field(default_factory=dict)


class TeamSchema(Strict):
    """The team file without its responses, which are checked one at a time (see ``validate_team_data``)."""

    format: Literal["osallisuus/team/v1"]
    framework: FrameworkRef
    anonymized: bool = False
    responses: list[Any] = Field(default_factory=list)


def read_input(path: Path) -> bytes:
    """The bytes of an answers or team file: up to ``yamlio.MAX_BYTES``, or more when the file says it is a team.

    A team of thousands of respondents is legitimately large; anything else that large is refused unread.
    """
    return yamlio.read_bytes(path, larger=_team_limit)


def _team_limit(head: bytes) -> int:
    return MAX_TEAM_BYTES if looks_like_team_file(head) else 0


def looks_like_team_file(head: bytes) -> bool:
    """Whether the first bytes of a file say ``format: osallisuus/team/v1`` (a BOM and CRLF line ends allowed)."""
    head = b"\n" + head.removeprefix(b"\xef\xbb\xbf").replace(b"\r", b"")
    return b"\nformat: " + FORMAT.encode() + b"\n" in head


def validate_team_data(
    data: dict[str, Any], qs: QuestionSet, *, file: str, text: str | None, header: dict[Any, int] | None = None
) -> TeamFile:
    """Check a parsed team file against the schema and ``qs``; every problem in every response at once (the first
    ``MAX_PROBLEMS`` of them listed, the rest counted).

    The responses are taken out of ``data`` one by one as they are checked, so a large team is never in memory
    both as parsed data and as the team. Lines are looked up only for the responses whose problems are listed;
    ``header`` (from ``yamlio.parse``) locates the keys above the responses without reading the file again.
    """
    finder = yamlio.LineFinder(text, keep=_outside_responses)
    if header is not None:
        known = header

        def at_header(*path: Any) -> int | None:
            return yamlio.nearest_line(known, path)

    else:
        at_header = finder.at
    if "responses" not in data and ("answers" in data or "respondent" in data):
        raise DataError("team.err_team_holds_answers", file=file, line=at_header("format"), path="format")
    items = data.get("responses")
    if isinstance(items, list):
        data["responses"] = []
    try:
        head = TeamSchema.model_validate(data)
    except ValidationError as exc:
        raise data_error(capped(problems_from(exc, file=file, text=text, at=at_header))) from None
    problems = framework_ref_problems(head.framework, qs, file=file, at=at_header)
    if problems:
        raise data_error(problems)
    items = items if isinstance(items, list) else []
    responses: list[Response] = []
    listed: dict[int, Any] = {}  # the responses whose problems are listed, kept to locate them afterwards
    listed_count = unlisted = 0
    for index in range(len(items)):
        item, items[index] = items[index], None
        if listed_count >= MAX_PROBLEMS:  # enough to list: the rest are only counted, cheaply
            quick = _checked_response(item, head.anonymized, qs)
            unlisted += quick is None
            if quick is not None:
                responses.append(quick)
            continue
        found = _response_problems(item, head.anonymized, qs, file=file, index=index, at=yamlio.no_line)
        if isinstance(found, Response):
            responses.append(found)
        else:
            listed[index] = item
            listed_count += len(found)
    if listed:
        wanted = {("responses", index) for index in listed}
        last = ("responses", max(listed) + 1)  # nothing after the last listed response needs a line
        at = yamlio.LineFinder(text, keep=lambda path: path[:2] in wanted or path == ("responses",), stop_at=last).at
        for index, item in listed.items():
            again = _response_problems(item, head.anonymized, qs, file=file, index=index, at=at)
            problems += again if isinstance(again, list) else []
        problems.sort(key=lambda problem: problem.line or 0)
        problems = capped(problems)
        if unlisted:
            problems.append(Problem("safety.more_responses", {"count": unlisted}, file))
        raise data_error(problems)
    responses.sort(key=response_order)
    return TeamFile(framework=head.framework, responses=responses, anonymized=head.anonymized)


def _outside_responses(path: tuple[Any, ...]) -> bool:
    """The header of a team file (format, framework, …) and the responses key itself, not what is below it."""
    return path[0] != "responses" or len(path) == 1


def _checked_response(item: Any, anonymized: bool, qs: QuestionSet) -> Response | None:
    """The checked response, or None when it has any problem (which is not worked out: only counted)."""
    try:
        checked = ResponseSchema.model_validate(item)
    except ValidationError:
        return None
    if answer_problems(checked.answers, qs, file="", at=yamlio.no_line) or (
        anonymized and (checked.respondent.name or checked.respondent.role)
    ):
        return None
    return response_from_answers(checked, Provenance(checked.source.file, checked.source.sha256))


def _response_problems(
    item: Any, anonymized: bool, qs: QuestionSet, *, file: str, index: int, at: Callable[..., int | None]
) -> Response | list[Problem]:
    """The checked response, or every problem of the ``index``-th response of a team file."""
    prefix = ("responses", index)
    try:
        checked = ResponseSchema.model_validate(item)
    except ValidationError as exc:
        found = problems_from(exc, file=file, text=None, prefix=prefix, at=at)
        return found + unchecked_answer_problems(item, qs, found, file=file, at=at, prefix=prefix)
    found = answer_problems(checked.answers, qs, file=file, at=at, prefix=prefix)
    if anonymized and (checked.respondent.name or checked.respondent.role):
        found.append(Problem("team.err_name_in_anonymized", {}, file, at(*prefix, "respondent"), None))
    if found:
        return found
    return response_from_answers(checked, Provenance(checked.source.file, checked.source.sha256))


STREAM_FROM = 4 * 1024 * 1024  # bytes: a team file this large is checked response by response as it is parsed


def _no_line(*_path: Any) -> None:
    return None


def is_utf8(raw: bytes, piece: int = 1 << 20) -> bool:
    """Whether ``raw`` is valid UTF-8, checked a piece at a time (no second copy of a large file as text)."""
    import codecs

    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        for start in range(0, len(raw), piece):
            decoder.decode(raw[start : start + piece])
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def stream_team(raw: bytes, qs: QuestionSet, *, file: str) -> TeamFile | None:
    """A large, valid team file read with little memory: each response checked and kept as it is parsed, the
    bytes given straight to libyaml (no text copy, no parsed copy of the whole file).

    None when anything is amiss: the caller then reads the file the usual way, which names every problem with its
    line. So this only ever speeds up a file that is fine, and its result is what ``validate_team_data`` gives.
    """
    if not is_utf8(raw):
        return None
    responses: list[Response] = []
    named = failed = False

    def take(_index: int, item: Any) -> None:
        nonlocal named, failed
        if failed:
            return
        try:
            checked = ResponseSchema.model_validate(item)
        except ValidationError:
            failed = True
            return
        if answer_problems(checked.answers, qs, file=file, at=_no_line):
            failed = True
            return
        named = named or bool(checked.respondent.name or checked.respondent.role)
        responses.append(response_from_answers(checked, Provenance(checked.source.file, checked.source.sha256)))

    try:
        data = yamlio.parse(raw, file=file, what="team.what_answers_or_team", stream=("responses", take))
    except DataError:
        return None
    if failed or not isinstance(data, dict) or not isinstance(data.get("responses"), list):
        return None
    data["responses"] = []
    try:
        header = TeamSchema.model_validate(data)
    except ValidationError:
        return None
    if framework_ref_problems(header.framework, qs, file=file, at=_no_line) or (header.anonymized and named):
        return None
    responses.sort(key=response_order)
    return TeamFile(framework=header.framework, responses=responses, anonymized=header.anonymized)


# --- writing -----------------------------------------------------------------------------------------------------


def response_data(response: Response, order: dict[str, int]) -> dict[str, Any]:
    """One response as plain data in the documented key order; answers in question order."""
    respondent, project = response.respondent, response.project
    answers = {}
    for qid in sorted(response.answers, key=lambda q: (order.get(q, len(order)), q)):
        answers[qid] = answer_data(response.answers[qid])
    return {
        "respondent": compact({"id": respondent.id, "name": respondent.name, "role": respondent.role}),
        "project": compact(
            {
                "name": project.name,
                "code": project.code,
                "organisation": project.organisation,
                "region": project.region,
                "phase": project.phase,
            }
        ),
        "language": response.language,
        "created": iso(response.created),
        "updated": iso(response.updated),
        "source": compact({"file": response.source.file, "sha256": response.source.sha256}),
        "answers": answers,
    }


def team_chunks(team: TeamFile, qs: QuestionSet) -> Iterator[str]:
    """The team file's text, one response at a time, so a large team is never held twice in memory."""
    yield "".join(
        yamlemit.mapping_lines(
            {
                "format": team.format,
                "framework": {"id": team.framework.id, "version": team.framework.version},
                "anonymized": team.anonymized,
            },
            0,
        )
    )
    if not team.responses:
        yield "responses: []\n"
        return
    yield "responses:\n"
    order = {q.id: i for i, q in enumerate(qs.questions)}
    keys = {q.id: f"      {yamlemit.key(q.id)}:\n" for q in qs.questions}
    for response in team.responses:
        yield _response_yaml(response, order, keys)


def _response_yaml(response: Response, order: dict[str, int], keys: dict[str, str]) -> str:
    """``yamlemit.sequence_lines([response_data(response)], 2)``, written out by hand: this is the hot loop of a
    large merge (a test checks that both give the same text)."""
    text, free_text = yamlemit.scalar, yamlemit.text
    respondent, project, source = response.respondent, response.project, response.source
    out = ["  - respondent:\n      id: ", text(respondent.id, 8), "\n"]
    if respondent.name is not None:
        out += ["      name: ", text(respondent.name, 8), "\n"]
    if respondent.role is not None:
        out += ["      role: ", text(respondent.role, 8), "\n"]
    out += ["    project:\n      name: ", text(project.name, 8), "\n"]
    for name in ("code", "organisation", "region"):
        value = getattr(project, name)
        if value is not None:
            out += ["      ", name, ": ", text(value, 8), "\n"]
    out += ["      phase: ", text(project.phase, 8), "\n"]
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
        ids.sort(key=lambda q: (order.get(q, len(order)), q))
    for qid in ids:
        answer = answers[qid]
        out.append(keys.get(qid) or f"      {yamlemit.key(qid)}:\n")
        level = answer.level
        out += ["        level: ", str(level) if type(level) is int else text(level, 10), "\n"]
        if answer.reason:
            out += ["        reason: ", free_text(answer.reason, 10), "\n"]
        if answer.how:
            out += ["        how: ", free_text(answer.how, 10), "\n"]
        if answer.next_step:
            out += ["        next_step: ", free_text(answer.next_step, 10), "\n"]
        if answer.updated:
            out += ['        updated: "', answer.updated.isoformat(), '"\n']
    return "".join(out)


def dump_team(team: TeamFile, qs: QuestionSet) -> str:
    return "".join(team_chunks(team, qs))


def save_team(path: Path, team: TeamFile, qs: QuestionSet) -> None:
    """Write atomically and private to its owner: even anonymized, a team file holds every free-text answer."""
    fsutil.atomic_write(path, team_chunks(team, qs), private=True)
