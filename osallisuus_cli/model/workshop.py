"""The workshop file (format ``osallisuus/workshop/v1``): a team's session on the questions, rated together.

A workshop is not a set of answers files: nobody's own answers are in it. For each question the group discussed it
keeps how many rated it, how the ratings fell on the scale (or only their spread, when fewer rated than the
session's ``min_group``), and what the group agreed: how it is done in practice, the next step and why views differ.
``validate``, ``merge``, ``report`` and ``export`` read it; a merge carries it into the team file whole.

While a session runs the file also holds a ``live`` block: where the session is, the tokens of its links, the seats
(each by the SHA-256 of its secret, never the secret) and the ratings of the one question that is open. Those
ratings are kept by seat number only until the reveal, so that a phone can change its mind and a resumed session
counts nobody twice; after the reveal only the counts remain. See docs/workshop.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, Final, Literal

from pydantic import Field, StringConstraints, ValidationError, model_validator

from osallisuus_cli.errors import DataError, Key, Problem, capped, data_error
from osallisuus_cli.files import fsutil, yamlemit, yamlio
from osallisuus_cli.model.answers import (
    FrameworkRef,
    FreeText,
    Language,
    Project,
    Timestamp,
    compact,
    framework_ref_problems,
    iso,
)
from osallisuus_cli.model.validation import ProblemValue, Strict, problems_from

if TYPE_CHECKING:
    from pathlib import Path

    from osallisuus_cli.questionsets.framework import QuestionSet

FORMAT: Final = "osallisuus/workshop/v1"
MAX_SEATS = 200  # a room, not a conference: more seats than this are refused
MAX_QUESTIONS = 200
TOKEN = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_-]{22,64}$")]
SEAT_HASH = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
Count = Annotated[int, Field(ge=0, le=MAX_SEATS)]
LevelKey = int | Literal["na", "dont_know"]
QuestionId = Annotated[str, StringConstraints(min_length=1, max_length=40)]


class Spread(Strict):
    """The lowest and the highest level given: all a small group's reveal shows."""

    low: int
    high: int


class QuestionResult(Strict):
    """One question as the group rated and discussed it."""

    phones: Count = 0  # ratings sent from phones
    room: Count = 0  # ratings counted in the room (cards, hands) and typed in by the facilitator
    counts: dict[LevelKey, Count] | None = None  # per level; None when fewer than min_group rated
    spread: Spread | None = None  # only when counts are withheld
    how: FreeText | None = None  # how this is done in practice, as the group put it
    next_step: FreeText | None = None
    differ: FreeText | None = None  # why views differ
    revealed: Timestamp

    @property
    def rated(self) -> int:
        return self.phones + self.room

    @model_validator(mode="after")
    def _counts_add_up(self) -> QuestionResult:
        if self.counts is not None and sum(self.counts.values()) != self.rated:
            raise ProblemValue("workshop.v_counts_sum", total=sum(self.counts.values()), rated=self.rated)
        if self.counts is not None and self.spread is not None:
            raise ProblemValue("workshop.v_counts_and_spread")
        if self.spread is not None and self.spread.low > self.spread.high:
            raise ProblemValue("workshop.v_spread_order", low=self.spread.low, high=self.spread.high)
        return self


class Live(Strict):
    """A running (or resumable) session: where it is and who holds a seat. Dropped when the session is closed."""

    position: Annotated[int, Field(ge=0, le=MAX_QUESTIONS)] = 0
    port: Annotated[int, Field(ge=1, le=65535)] | None = None  # a resumed session listens where phones knew it
    participant_token: TOKEN
    facilitator_token: TOKEN
    seats: dict[SEAT_HASH, Annotated[int, Field(ge=1, le=MAX_SEATS)]] = Field(default_factory=dict)
    votes: dict[Annotated[int, Field(ge=1, le=MAX_SEATS)], LevelKey] = Field(default_factory=dict)
    changes: dict[Annotated[int, Field(ge=1, le=MAX_SEATS)], Count] = Field(default_factory=dict)


class WorkshopFile(Strict):
    format: Literal["osallisuus/workshop/v1"]
    framework: FrameworkRef
    project: Project
    language: Language
    created: Timestamp
    updated: Timestamp
    min_group: Annotated[int, Field(ge=1, le=MAX_SEATS)] = 1
    participants: Count = 0  # the most people who took part at once: seats joined, or ratings on one question
    plan: Annotated[list[QuestionId], Field(min_length=1, max_length=MAX_QUESTIONS)]
    results: dict[QuestionId, QuestionResult] = Field(default_factory=dict)
    live: Live | None = None

    @model_validator(mode="after")
    def _consistent(self) -> WorkshopFile:
        if len(set(self.plan)) != len(self.plan):
            raise ProblemValue("workshop.v_plan_repeats", _loc=("plan",))
        for qid, result in self.results.items():
            if qid not in self.plan:
                raise ProblemValue("workshop.v_result_not_planned", question=qid, _loc=("results", qid))
            if result.rated > self.participants:
                raise ProblemValue(
                    "workshop.v_more_than_participants",
                    question=qid,
                    rated=result.rated,
                    participants=self.participants,
                    _loc=("results", qid),
                )
        if self.live is not None and self.live.position >= len(self.plan):
            raise ProblemValue("workshop.v_position", _loc=("live", "position"))
        return self


# --- checking against the question set ----------------------------------------------------------------------------


def workshop_problems(doc: WorkshopFile, qs: QuestionSet, *, file: str, text: str | None) -> list[Problem]:
    """What the schema cannot know: the set's id, its questions, its scale."""
    at = yamlio.LineFinder(text).at
    problems = framework_ref_problems(doc.framework, qs, file=file, at=at)
    if problems:
        return problems
    accepts = qs.scale.acceptor()
    for index, qid in enumerate(doc.plan):
        if not qs.has_question(qid):
            problems.append(_problem("workshop.v_unknown_question", file, at("plan", index), question=qid))
    for qid, result in doc.results.items():
        for level in result.counts or {}:
            if not accepts(level):
                line = at("results", qid, "counts", level)
                problems.append(_problem("workshop.v_unknown_level", file, line, question=qid, level=level))
        if result.spread is not None:
            for value in (result.spread.low, result.spread.high):
                if not accepts(value):
                    line = at("results", qid, "spread")
                    problems.append(_problem("workshop.v_unknown_level", file, line, question=qid, level=value))
    return problems


def _problem(key: str, file: str, line: int | None, **params: Any) -> Problem:
    return Problem(key, file=file, line=line, params=params)


def validate_workshop_data(data: Any, qs: QuestionSet, *, file: str, text: str | None) -> WorkshopFile:
    """Check parsed workshop-file data; all problems at once."""
    if not isinstance(data, dict):
        raise DataError("common.not_mapping", file=file, found=Key(yamlio.kind_of(data)), what=Key("workshop.what"))
    try:
        doc = WorkshopFile.model_validate(data)
    except ValidationError as exc:
        at = yamlio.LineFinder(text).at
        problems = problems_from(exc, file=file, text=text, at=at)
        raise data_error(capped(sorted(problems, key=lambda problem: problem.line or 0))) from None
    problems = workshop_problems(doc, qs, file=file, text=text)
    if problems:
        raise data_error(capped(problems))
    return doc


def parse_workshop(text: str, qs: QuestionSet, *, file: str) -> WorkshopFile:
    data = yamlio.parse(text, file=file, what="workshop.what")
    return validate_workshop_data(data, qs, file=file, text=text)


def load_workshop(path: Path, qs: QuestionSet) -> WorkshopFile:
    return parse_workshop(yamlio.read_text(path), qs, file=str(path))


# --- writing ---------------------------------------------------------------------------------------------------


def level_order(level: LevelKey) -> tuple[int, int]:
    """Levels in scale order, the special answers after the numbers."""
    return (0, level) if isinstance(level, int) else (1, ("na", "dont_know").index(level))


def result_data(result: QuestionResult) -> dict[str, Any]:
    data: dict[str, Any] = {"phones": result.phones, "room": result.room}
    if result.counts is not None:
        data["counts"] = {level: result.counts[level] for level in sorted(result.counts, key=level_order)}
    if result.spread is not None:
        data["spread"] = {"low": result.spread.low, "high": result.spread.high}
    data.update(compact({"how": result.how, "next_step": result.next_step, "differ": result.differ}))
    data["revealed"] = iso(result.revealed)
    return data


def workshop_data(doc: WorkshopFile, *, with_live: bool = True) -> dict[str, Any]:
    """Plain data in the documented key order; results in the session's order."""
    data: dict[str, Any] = {
        "format": doc.format,
        "framework": {"id": doc.framework.id, "version": doc.framework.version},
        "project": compact(doc.project.model_dump()),
        "language": doc.language,
        "created": iso(doc.created),
        "updated": iso(doc.updated),
        "min_group": doc.min_group,
        "participants": doc.participants,
        "plan": list(doc.plan),
        "results": {qid: result_data(doc.results[qid]) for qid in doc.plan if qid in doc.results},
    }
    if with_live and doc.live is not None:
        live = doc.live
        data["live"] = {
            "position": live.position,
            **({"port": live.port} if live.port is not None else {}),
            "participant_token": live.participant_token,
            "facilitator_token": live.facilitator_token,
            "seats": dict(sorted(live.seats.items(), key=lambda item: item[1])),
            "votes": dict(sorted(live.votes.items())),
            "changes": dict(sorted(live.changes.items())),
        }
    return data


def dump_workshop(doc: WorkshopFile) -> str:
    return yamlemit.emit(workshop_data(doc))


def save_workshop(path: Path, doc: WorkshopFile) -> None:
    """Write atomically and private to its owner: the agreed texts may describe the people the team works with."""
    fsutil.atomic_write(path, dump_workshop(doc), private=True)


def looks_like_workshop(data: Any) -> bool:
    return isinstance(data, dict) and data.get("format") == FORMAT
