"""Reading a team file: its schema, every response checked (problems listed up to a cap, the rest counted), and a
large valid file streamed response by response so that it is never whole in memory twice.

The one way in is ``model.inputfile.read_input``; this module knows only what a team file must look like.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, StringConstraints, ValidationError

from osallisuus_cli.errors import MAX_PROBLEMS, DataError, Problem, capped, data_error
from osallisuus_cli.files import yamlio
from osallisuus_cli.files.strictread import dotted
from osallisuus_cli.model.answers import (
    Answer,
    AnswersFile,
    FrameworkRef,
    Language,
    Project,
    Respondent,
    Timestamp,
    answer_problems,
    framework_ref_problems,
    unchecked_answer_problems,
)
from osallisuus_cli.model.team import (
    FORMAT,
    MAX_TEAM_BYTES,
    Provenance,
    Response,
    TeamAnswer,
    TeamFile,
    TeamRespondent,
    TeamWorkshop,
    lean_text,
    response_order,
    shared_project,
    stored_moment,
    workshop_order,
)
from osallisuus_cli.model.validation import Strict, problems_from
from osallisuus_cli.model.workshop import validate_workshop_data
from osallisuus_cli.questionsets.framework import QuestionSet


class ProvenanceSchema(Strict):
    file: Annotated[str, StringConstraints(min_length=1, max_length=500)] | None = None
    sha256: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]


class ResponseSchema(Strict):
    respondent: Respondent
    project: Project
    language: Language | None = None  # an anonymized team keeps no one's language
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
    workshops: list[Any] = Field(default_factory=list)  # each checked as a workshop file (see ``team_workshops``)


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
    workshops = team_workshops(head.workshops, qs, file=file, anonymized=head.anonymized)
    responses = _checked_responses(items if isinstance(items, list) else [], head.anonymized, qs, file=file, text=text)
    return TeamFile(framework=head.framework, responses=responses, anonymized=head.anonymized, workshops=workshops)


def _checked_responses(
    items: list[Any], anonymized: bool, qs: QuestionSet, *, file: str, text: str | None
) -> list[Response]:
    """Every response checked, each taken out of ``items`` as it is; with problems, the first ``MAX_PROBLEMS`` are
    listed with their lines and the responses with problems after them only counted."""
    responses: list[Response] = []
    listed: dict[int, Any] = {}  # the responses whose problems are listed, kept to locate them afterwards
    listed_count = unlisted = 0
    for index in range(len(items)):
        item, items[index] = items[index], None
        if listed_count >= MAX_PROBLEMS:  # enough to list: the rest are only counted, cheaply
            quick = _checked_response(item, anonymized, qs)
            unlisted += quick is None
            if quick is not None:
                responses.append(quick)
            continue
        found = _response_problems(item, anonymized, qs, file=file, index=index, at=yamlio.no_line)
        if isinstance(found, Response):
            responses.append(found)
        else:
            listed[index] = item
            listed_count += len(found)
    if listed:
        raise data_error(_located_problems(listed, anonymized, qs, file=file, text=text, unlisted=unlisted))
    responses.sort(key=response_order)
    return responses


def _located_problems(
    listed: dict[int, Any], anonymized: bool, qs: QuestionSet, *, file: str, text: str | None, unlisted: int
) -> list[Problem]:
    """The listed responses checked again, now with their lines (looked up for them alone, in one reading that
    stops after the last of them), in file order; then how many responses with problems are not listed."""
    wanted = {("responses", index) for index in listed}
    last = ("responses", max(listed) + 1)  # nothing after the last listed response needs a line
    at = yamlio.LineFinder(text, keep=lambda path: path[:2] in wanted or path == ("responses",), stop_at=last).at
    problems: list[Problem] = []
    for index, item in listed.items():
        again = _response_problems(item, anonymized, qs, file=file, index=index, at=at)
        problems += again if isinstance(again, list) else []
    problems.sort(key=lambda problem: problem.line or 0)
    problems = capped(problems)
    if unlisted:
        problems.append(Problem("safety.more_responses", {"count": unlisted}, file))
    return problems


class TeamWorkshopSchema(Strict):
    source: ProvenanceSchema
    workshop: dict[str, Any]


def team_workshops(items: list[Any], qs: QuestionSet, *, file: str, anonymized: bool) -> list[TeamWorkshop]:
    """The workshops of a team file, each checked as a workshop file is (every problem named, by its place)."""
    found: list[TeamWorkshop] = []
    problems: list[Problem] = []
    for index, item in enumerate(items):
        try:
            checked = TeamWorkshopSchema.model_validate(item)
            doc = validate_workshop_data(checked.workshop, qs, file=file, text=None)
        except ValidationError as exc:
            problems += problems_from(exc, file=file, text=None, prefix=("workshops", index))
            continue
        except DataError as exc:
            place = dotted(("workshops", index, "workshop"))
            problems += [
                Problem(p.key, p.params, file, None, place + (f".{p.path}" if p.path else "")) for p in exc.problems
            ]
            continue
        if doc.live is not None:
            doc = doc.model_copy(update={"live": None})
        name = None if anonymized else checked.source.file
        found.append(TeamWorkshop(doc, Provenance(name, checked.source.sha256)))
    if problems:
        raise data_error(capped(problems))
    found.sort(key=workshop_order)
    return found


def _outside_responses(path: tuple[Any, ...]) -> bool:
    """The header of a team file (format, framework, …) and the responses key itself, not what is below it."""
    return path[0] != "responses" or len(path) == 1


class _NotFine(Exception):
    """A response of a streamed team file has a problem: streaming stops, and the file is read the usual way."""


# The keys every response must have: an item without one of them is counted as a problem without the schema's
# full check (a junk file of a million items is counted in a moment).
_REQUIRED = frozenset(name for name, info in ResponseSchema.model_fields.items() if info.is_required())


def _may_be_response(item: Any) -> bool:
    return isinstance(item, dict) and item.keys() >= _REQUIRED


def _checked_response(item: Any, anonymized: bool, qs: QuestionSet) -> Response | None:
    """The checked response, or None when it has any problem (which is not worked out: only counted)."""
    if not _may_be_response(item):
        return None
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
    named = False

    def take(_index: int, item: Any) -> None:
        nonlocal named
        if not _may_be_response(item):
            raise _NotFine
        try:
            checked = ResponseSchema.model_validate(item)
        except ValidationError:
            raise _NotFine from None
        if answer_problems(checked.answers, qs, file=file, at=_no_line):
            raise _NotFine
        named = named or bool(checked.respondent.name or checked.respondent.role)
        responses.append(response_from_answers(checked, Provenance(checked.source.file, checked.source.sha256)))

    try:
        data = yamlio.parse(raw, file=file, what="team.what_answers_or_team", stream=("responses", take))
    except (DataError, _NotFine):  # the first bad response ends the parse: the usual reading names the problems
        return None
    if not isinstance(data, dict) or not isinstance(data.get("responses"), list):
        return None
    data["responses"] = []
    try:
        header = TeamSchema.model_validate(data)
    except ValidationError:
        return None
    if framework_ref_problems(header.framework, qs, file=file, at=_no_line) or (header.anonymized and named):
        return None
    try:
        workshops = team_workshops(header.workshops, qs, file=file, anonymized=header.anonymized)
    except DataError:
        return None
    responses.sort(key=response_order)
    return TeamFile(framework=header.framework, responses=responses, anonymized=header.anonymized, workshops=workshops)


def response_from_answers(doc: AnswersFile | ResponseSchema, source: Provenance) -> Response:
    """The team's record of one answers file (or of one checked response of a team file)."""
    person, project = doc.respondent, doc.project
    return Response(
        respondent=TeamRespondent(person.id, person.name, person.role),
        project=shared_project(project.name, project.code, project.organisation, project.region, project.phase),
        language=doc.language,
        created=stored_moment(doc.created),
        updated=stored_moment(doc.updated),
        answers={
            qid: TeamAnswer(
                a.level,
                lean_text(a.how),
                lean_text(a.next_step),
                stored_moment(a.updated) if a.updated else None,
                lean_text(a.reason),
            )
            for qid, a in doc.answers.items()
        },
        source=source,
    )
