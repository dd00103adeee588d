"""The answers file: one respondent's answers to one question set (format ``osallisuus/answers/v1``).

See docs/answers-format.md. Files are validated twice: against the schema (pydantic) and against the question set
they name (question ids, scale values).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any, Final, Literal

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BeforeValidator,
    Field,
    StringConstraints,
    ValidationError,
    model_validator,
)

from osallisuus_cli.errors import DataError, Key, Problem, capped, data_error
from osallisuus_cli.files import fsutil, yamlemit, yamlio
from osallisuus_cli.files.strictread import dotted
from osallisuus_cli.model.phases import PHASES as PHASES
from osallisuus_cli.model.phases import Phase
from osallisuus_cli.model.validation import ProblemValue, Strict, problems_from
from osallisuus_cli.questionsets.framework import QuestionSet

FORMAT: Final = "osallisuus/answers/v1"
Language = Literal["fi", "sv", "en"]
MAX_TEXT = 20_000
MAX_SHORT_TEXT = 300  # a project name, a respondent's name or role: one line
# The answers that are not points on the scale: "does not apply to our activity" and "don't know".
SPECIAL_LEVELS: tuple[str, ...] = ("na", "dont_know")


def _timestamp(value: Any) -> Any:
    # YAML reads an unquoted timestamp as a datetime and a quoted one as text; accept both spellings.
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return value
    return value


def _utc_convertible(value: datetime) -> datetime:
    # 9999-12-31T23:59:59-12:00 is a valid time, but a year past 9999 in UTC: every later step compares in UTC.
    if 1 < value.year < 9999:
        return value  # an offset is less than a day: only the first and the last year can leave the range
    try:
        value.astimezone(UTC)
    except (OverflowError, ValueError):
        raise ProblemValue("safety.time_out_of_range") from None
    return value


Timestamp = Annotated[AwareDatetime, BeforeValidator(_timestamp), AfterValidator(_utc_convertible)]
ShortText = Annotated[str, StringConstraints(min_length=1, max_length=MAX_SHORT_TEXT)]
FreeText = Annotated[str, StringConstraints(max_length=MAX_TEXT)]


# The fields every writer of an answers file or a team file writes, in the documented order: the answers file's
# writer (``AnswersFile.to_yaml``), its plain data (``to_data``, ``answer_data``) and the team file's writer
# (``team.response_yaml``) all walk these lists, and a test holds them to the models, so a field added to a model
# is written by all of them or the test fails.
RESPONDENT_FIELDS: tuple[str, ...] = ("id", "name", "role")
PROJECT_FIELDS: tuple[str, ...] = ("name", "code", "organisation", "region", "phase")
ANSWER_TEXTS: tuple[str, ...] = ("reason", "how", "next_step")  # between an answer's level and its time
# An answers file only (a team file is a finished record): the texts of a question a terminal session had not yet
# asked when it stopped (docs/answers-format.md), written after the texts, before the time.
UNFINISHED = "unfinished"
TextName = Literal["reason", "how", "next_step"]


def texts_of_level(level: int | str) -> tuple[TextName, ...]:
    """The texts that go with a level, in the order they are asked: the reason for N/A and "don't know", else how
    it is in practice and the next step."""
    return ("reason",) if level in SPECIAL_LEVELS else ("how", "next_step")


class FrameworkRef(Strict):
    id: ShortText
    version: ShortText


class Respondent(Strict):
    id: Annotated[str, StringConstraints(min_length=1, max_length=100)]
    name: ShortText | None = None
    role: ShortText | None = None


class Project(Strict):
    name: ShortText
    code: ShortText | None = None
    organisation: ShortText | None = None
    region: ShortText | None = None
    phase: Phase


class Answer(Strict):
    level: int | Literal["na", "dont_know"]
    # Why the question does not apply, or why the respondent cannot say: only with "na" or "dont_know". It is
    # never a description of practice, so it is kept apart from ``how`` (reports show it as a reason).
    reason: FreeText | None = None
    how: FreeText | None = None
    next_step: FreeText | None = None
    # The texts not yet asked when a terminal session stopped after the level (Ctrl-C, a closed window): asked when
    # the session continues. Absent once the question has been gone through, its texts given or left empty.
    unfinished: list[TextName] | None = None
    updated: Timestamp | None = None

    @model_validator(mode="after")
    def _reason_only_with_special(self) -> Answer:
        if self.reason is not None and self.level not in SPECIAL_LEVELS:
            raise ProblemValue("answering.err_reason_with_level", level=self.level, _loc=("reason",))
        if self.unfinished is not None:
            allowed = texts_of_level(self.level)
            if (
                not self.unfinished
                or len(set(self.unfinished)) < len(self.unfinished)
                or not set(self.unfinished) <= set(allowed)
            ):
                raise ProblemValue(
                    "answering.err_unfinished", level=self.level, allowed=", ".join(allowed), _loc=("unfinished",)
                )
        return self


class AnswersFile(Strict):
    format: Literal["osallisuus/answers/v1"]
    framework: FrameworkRef
    respondent: Respondent
    project: Project
    language: Language
    created: Timestamp
    updated: Timestamp
    answers: dict[str, Answer] = Field(default_factory=dict)

    def to_yaml(self, qs: QuestionSet | None = None) -> str:
        """``yamlemit.emit(self.to_data(qs))``, written out by hand (a test checks that both give the same text): an
        import writes thousands of files, and building the plain data first cost more than writing it."""
        text, key = yamlemit.scalar, yamlemit.key
        respondent, project = self.respondent, self.project
        out = ["format: ", text(self.format, 2), "\nframework:\n  id: ", text(self.framework.id, 4)]
        out += ["\n  version: ", text(self.framework.version, 4), "\nrespondent:\n"]
        for name in RESPONDENT_FIELDS:
            value = getattr(respondent, name)
            if value is not None:
                out += ["  ", name, ": ", text(value, 4), "\n"]
        out.append("project:\n")
        for name in PROJECT_FIELDS:
            value = getattr(project, name)
            if value is not None:
                out += ["  ", name, ": ", text(value, 4), "\n"]
        # An answer's time is mostly the file's: written once, as long as the moment and its offset stay the same.
        last, stamp = self.updated, text(iso(self.updated), 2)
        out += ["language: ", text(self.language, 2), "\ncreated: ", text(iso(self.created), 2)]
        out += ["\nupdated: ", stamp, "\n"]
        if not self.answers:
            out.append("answers: {}\n")
            return "".join(out)
        out.append("answers:\n")
        for qid in in_question_order(self.answers, question_order(qs)):
            answer = self.answers[qid]
            out += ["  ", key(qid), ":\n    level: ", text(answer.level, 6), "\n"]
            for name in ANSWER_TEXTS:
                value = getattr(answer, name)
                if value:
                    out += ["    ", name, ": ", text(value, 6), "\n"]
            if answer.unfinished:
                out.append("    unfinished:\n")
                out += ["      - " + text(name, 8) + "\n" for name in answer.unfinished]
            moment = answer.updated
            if moment:
                if moment != last or moment.utcoffset() != last.utcoffset():
                    last, stamp = moment, text(iso(moment), 6)
                out += ["    updated: ", stamp, "\n"]
        return "".join(out)

    def to_data(self, qs: QuestionSet | None = None) -> dict[str, Any]:
        """Plain data in the documented key order; answers in question order when the set is known."""
        answers = [(qid, self.answers[qid]) for qid in in_question_order(self.answers, question_order(qs))]
        return {
            "format": self.format,
            "framework": {"id": self.framework.id, "version": self.framework.version},
            "respondent": compact({name: getattr(self.respondent, name) for name in RESPONDENT_FIELDS}),
            "project": compact({name: getattr(self.project, name) for name in PROJECT_FIELDS}),
            "language": self.language,
            "created": iso(self.created),
            "updated": iso(self.updated),
            "answers": {qid: answer_data(answer) for qid, answer in answers},
        }


def question_order(qs: QuestionSet | None) -> dict[str, int]:
    """Each question id's place in the set (empty without a set)."""
    return {q.id: i for i, q in enumerate(qs.questions)} if qs else {}


def in_question_order(ids: Iterable[str], order: dict[str, int]) -> list[str]:
    """Answer ids in the documented order of every file: the set's order, then ids the set does not know, by id."""
    return sorted(ids, key=lambda qid: (order.get(qid, len(order)), qid))


def compact(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` without its empty (None) values."""
    return {key: value for key, value in data.items() if value is not None}


def answer_data(answer: Any) -> dict[str, Any]:
    """One answer as plain data in the documented key order (``Answer`` or a team file's ``TeamAnswer``)."""
    data: dict[str, Any] = {"level": answer.level}
    for name in ANSWER_TEXTS:
        if value := getattr(answer, name):
            data[name] = value
    if getattr(answer, UNFINISHED, None):
        data[UNFINISHED] = list(answer.unfinished)
    if answer.updated:
        data["updated"] = iso(answer.updated)
    return data


def iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def now() -> datetime:
    """The current local time with its UTC offset, to the second."""
    return datetime.now().astimezone().replace(microsecond=0)


def new_answers(
    qs: QuestionSet,
    *,
    project: Project,
    language: str,
    name: str | None = None,
    role: str | None = None,
    moment: datetime | None = None,
    respondent_id: str | None = None,
) -> AnswersFile:
    moment = moment or now()
    return AnswersFile(
        format=FORMAT,
        framework=FrameworkRef(id=qs.id, version=qs.version),
        respondent=Respondent(id=respondent_id or str(uuid.uuid4()), name=name or None, role=role or None),
        project=project,
        language=language,  # type: ignore[arg-type]
        created=moment,
        updated=moment,
    )


def framework_problems(doc: AnswersFile, qs: QuestionSet, *, file: str, text: str | None) -> list[Problem]:
    """What is wrong with ``doc`` when read against the question set ``qs``."""
    at = yamlio.LineFinder(text).at  # lines are looked up only when there is something to report
    problems = framework_ref_problems(doc.framework, qs, file=file, at=at)
    return problems or answer_problems(doc.answers, qs, file=file, at=at)


def framework_ref_problems(
    ref: FrameworkRef, qs: QuestionSet, *, file: str, at: Callable[..., int | None]
) -> list[Problem]:
    """A file for another question set or another version of it is refused: scales and questions may differ."""
    if ref.id != qs.id:
        return [
            Problem(
                "team.err_framework_id",
                {"found": ref.id, "expected": qs.id},
                file,
                at("framework", "id"),
                "framework.id",
            )
        ]
    if ref.version != qs.version:
        return [
            Problem(
                "team.err_framework_version",
                {"found": ref.version, "expected": qs.version, "id": qs.id},
                file,
                at("framework", "version"),
                "framework.version",
            )
        ]
    return []


def answer_problems(
    answers: dict[str, Answer],
    qs: QuestionSet,
    *,
    file: str,
    at: Callable[..., int | None],
    prefix: tuple[Any, ...] = (),
) -> list[Problem]:
    """Unknown question ids and levels off the scale; ``prefix`` locates the answers inside a bigger file."""
    problems = []
    where = dotted((*prefix, "answers"))
    accepts = qs.scale.acceptor()  # once per file: this runs for every answer of every file in a merge
    for qid, answer in answers.items():
        level = answer.level
        if not qs.has_question(qid):
            problems.append(
                Problem("team.err_unknown_question", {"id": qid}, file, at(*prefix, "answers", qid), f"{where}.{qid}")
            )
        elif not accepts(level):
            allowed = ", ".join([str(level.value) for level in qs.scale.levels] + [s.value for s in qs.scale.special])
            problems.append(
                Problem(
                    "common.v.choice",
                    {"value": repr(answer.level), "allowed": allowed},
                    file,
                    at(*prefix, "answers", qid, "level"),
                    f"{where}.{qid}.level",
                )
            )
    return problems


def unchecked_answer_problems(
    data: Any,
    qs: QuestionSet,
    found: list[Problem],
    *,
    file: str,
    at: Callable[..., int | None],
    prefix: tuple[Any, ...] = (),
) -> list[Problem]:
    """Unknown question ids and levels off the scale in data whose schema check failed elsewhere.

    So that one run lists every problem: a file with a misspelt key *and* a level of 7 gets both reported.
    """
    raw = data.get("answers") if isinstance(data, dict) else None
    if not isinstance(raw, dict):
        return []
    readable = {}
    for qid, item in raw.items():
        level = item.get("level") if isinstance(item, dict) else None
        if isinstance(qid, str) and (type(level) is int or level in ("na", "dont_know")):
            readable[qid] = Answer.model_construct(level=level)
        elif isinstance(qid, str) and not qs.has_question(qid):
            readable[qid] = Answer.model_construct(level="na")  # only the unknown id is reported
    reported = {problem.path for problem in found}
    return [p for p in answer_problems(readable, qs, file=file, at=at, prefix=prefix) if p.path not in reported]


def parse_answers(text: str, qs: QuestionSet, *, file: str) -> AnswersFile:
    """Validate answers-file text against the schema and the question set; all problems at once."""
    data = yamlio.parse(text, file=file, what="team.what_answers")
    return validate_answers_data(data, qs, file=file, text=text)


def validate_answers_data(data: Any, qs: QuestionSet, *, file: str, text: str | None) -> AnswersFile:
    """Check parsed answers-file data (``text`` locates problems by line when given); all problems at once."""
    if not isinstance(data, dict):
        raise DataError("common.not_mapping", file=file, found=Key(yamlio.kind_of(data)), what=Key("team.what_answers"))
    found_format = data.get("format")
    if found_format != FORMAT:
        # Another kind of file, or none named: one clear line, not a page of unknown keys.
        if found_format is None:
            key = "team.err_format_missing"
        elif found_format == "osallisuus/team/v1":
            key = "team.err_is_team_file"
        else:  # any value, a list or a mapping too
            key = "team.err_format"
        line = yamlio.LineFinder(text).at("format")
        raise DataError(key, file=file, line=line, path="format", found=repr(found_format), expected=FORMAT)
    try:
        doc = AnswersFile.model_validate(data)
    except ValidationError as exc:
        at = yamlio.LineFinder(text).at
        problems = problems_from(exc, file=file, text=text, at=at)
        problems += unchecked_answer_problems(data, qs, problems, file=file, at=at)
        raise data_error(capped(sorted(problems, key=lambda problem: problem.line or 0))) from None
    problems = framework_problems(doc, qs, file=file, text=text)
    if problems:
        raise data_error(capped(problems))
    return doc


def load_answers(path: Path, qs: QuestionSet) -> AnswersFile:
    return parse_answers(yamlio.read_text(path), qs, file=str(path))


def save_answers(path: Path, doc: AnswersFile, qs: QuestionSet | None = None) -> None:
    """Write atomically; answers may hold personal data, so the file is private to its owner."""
    fsutil.atomic_write(path, doc.to_yaml(qs), private=True)


def unanswered(doc: AnswersFile, qs: QuestionSet, sections: list[str] | None = None) -> list[str]:
    """Ids of the questions (in order, optionally only in ``sections``) that have no answer yet."""
    return [
        q.id for q in qs.questions if q.id not in doc.answers and (not sections or qs.section_of(q.id).id in sections)
    ]
