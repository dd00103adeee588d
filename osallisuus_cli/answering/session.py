"""One respondent's assessment session: which questions to ask and in which order, and every answer saved at once.

This is the core of ``osallisuus assess`` without any terminal code: the front ends in ``osallisuus_cli.cli.prompts``
ask the questions, this module decides what to ask, applies each answer and writes the answers file atomically
after every change, so stopping at any moment loses nothing.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from osallisuus_cli.answering import ondisk
from osallisuus_cli.errors import DataError, UsageError
from osallisuus_cli.files import fsutil
from osallisuus_cli.model import answers as answers_mod
from osallisuus_cli.model import history
from osallisuus_cli.model.answers import Answer, AnswersFile
from osallisuus_cli.model.projectpath import Settings
from osallisuus_cli.model.tally import tally
from osallisuus_cli.questionsets.framework import Level, Question, QuestionSet

TextField = Literal["how", "next_step", "reason"]
DEFAULT_ANSWERS_DIR = "answers"


def resolve_sections(qs: QuestionSet, requested: Iterable[str] | None) -> list[str] | None:
    """``--section`` values as section ids in the set's order; None means every section.

    Matching ignores case (``2a`` is ``2A``), and a domain id stands for all its sections (``2`` is 2A and 2B).
    """
    values = [value for value in (requested or ()) if value is not None]
    if not values:
        return None
    lookup: dict[str, list[str]] = {section.id.lower(): [section.id] for section in qs.sections}
    for domain in qs.domains:
        lookup.setdefault(domain.id.lower(), [section.id for section in domain.sections])
    chosen: set[str] = set()
    for value in values:
        ids = lookup.get(value.strip().lower())
        if ids is None:
            raise UsageError(
                "assess.err_unknown_section", value=value, valid=", ".join(section.id for section in qs.sections)
            )
        chosen.update(ids)
    return [section.id for section in qs.sections if section.id in chosen]


def resolve_question(qs: QuestionSet, requested: str | None, sections: list[str] | None) -> str | None:
    """``--question`` as a question id: its number (``8``) or its id (``q08``), within the chosen sections."""
    if requested is None:
        return None
    wanted = requested.strip().lower()
    for question in qs.questions:
        if wanted in (str(question.number), question.id.lower()):
            if sections and qs.section_of(question.id).id not in sections:
                raise UsageError(
                    "answering.err_question_not_in_sections", value=requested, sections=", ".join(sections)
                )
            return question.id
    raise UsageError("answering.err_unknown_question", value=requested, count=len(qs.questions))


def clean_text(value: str | None) -> str | None:
    """Free text as it is stored: outer whitespace and Windows line ends removed; empty means no text."""
    if value is None:
        return None
    text = value.replace("\r\n", "\n").strip()
    return text or None


@dataclass(frozen=True)
class SectionSummary:
    """How one section stands: levels on the scale, N/A, don't know, and questions still without an answer."""

    section_id: str
    total: int
    answered: int
    na: int
    dont_know: int

    @property
    def missing(self) -> int:
        return self.total - self.answered - self.na - self.dont_know

    def __add__(self, other: SectionSummary) -> SectionSummary:
        return SectionSummary(
            "",
            self.total + other.total,
            self.answered + other.answered,
            self.na + other.na,
            self.dont_know + other.dont_know,
        )


def summarize(doc: AnswersFile, qs: QuestionSet) -> list[SectionSummary]:
    """Counts per section of the whole set, in the set's order."""
    rows = []
    for section in qs.sections:
        counted = tally(doc.answers[q.id].level if q.id in doc.answers else None for q in section.questions)
        rows.append(SectionSummary(section.id, len(section.questions), counted.rated, counted.na, counted.dont_know))
    return rows


def total_of(rows: Iterable[SectionSummary]) -> SectionSummary:
    total = SectionSummary("", 0, 0, 0, 0)
    for row in rows:
        total = total + row
    return total


@dataclass(frozen=True)
class ContinuePoint:
    """Where a stopped session goes on: the file, whether in a review, at which question (its number), in which phase
    (only when it is not the file's own)."""

    path: Path
    review: bool = False
    question: int | None = None
    phase: str | None = None


class Session:
    """An answers file being filled in: the questions to ask, the answers so far, and where they are saved."""

    def __init__(
        self,
        qs: QuestionSet,
        doc: AnswersFile,
        path: Path,
        *,
        sections: list[str] | None = None,
        clock: Callable[[], datetime] = answers_mod.now,
        resumed: bool = False,
        seen: ondisk.Seen | None = None,
    ) -> None:
        self.qs = qs
        self.doc = doc
        self.path = path
        self.sections = sections
        self.clock = clock
        self.resumed = resumed
        # The file as this session last read or wrote it (None: the session makes a new file); see ondisk.
        self.seen = seen
        # Where the interview is, so that stopping can name the command that continues right there: the question
        # being asked (None between questions), whether it is a review, and a text cut off by Ctrl-C.
        self.at: str | None = None
        self.reviewing = False
        self.cut: Any = None
        # In a review for a later phase: the respondent's file of the phase she reviews from (read, never written),
        # whose answers are the defaults of this phase's file (see change_phase).
        self.earlier: AnswersFile | None = None
        self.earlier_path: Path | None = None

    # --- where a stopped session continues -------------------------------------------------------------------

    def continues_at(self) -> ContinuePoint:
        """Where this session continues when it stops now: at the question being answered (a question left without
        an answer outside a review is asked again from the start of the pending ones), and in the review when a
        review was under way. A later phase's review continues from the earlier file again, so that its answers stay
        the defaults, with this session's phase."""
        at = self.at if self.at is not None and (self.reviewing or self.answer(self.at)) else None
        earlier = self.earlier_path if self.reviewing else None
        return ContinuePoint(
            path=earlier or self.path,
            review=self.reviewing,
            question=self.qs.question(at).number if at is not None else None,
            phase=self.doc.project.phase if earlier else None,
        )

    # --- what to ask ---------------------------------------------------------------------------------------

    @property
    def questions(self) -> list[Question]:
        """The questions of this session (all, or only the chosen sections), in the set's order."""
        return [q for q in self.qs.questions if not self.sections or self.qs.section_of(q.id).id in self.sections]

    def pending(self) -> list[Question]:
        """The questions not yet gone through, in order: without an answer, or with texts not yet asked (the
        session stopped after the level). A resumed session starts at the first of them."""
        return [q for q in self.questions if q.id not in self.doc.answers or self.doc.answers[q.id].unfinished]

    def unfinished(self, question_id: str) -> list[TextField]:
        """The texts of an answered question not yet asked (the session stopped after its level); empty when none."""
        answer = self.doc.answers.get(question_id)
        return list(answer.unfinished or ()) if answer is not None else []

    def answer(self, question_id: str) -> Answer | None:
        return self.doc.answers.get(question_id)

    def default_answer(self, question_id: str) -> Answer | None:
        """The answer offered as the default: this file's own, else (in a later phase's review) the earlier one."""
        own = self.doc.answers.get(question_id)
        if own is not None or self.earlier is None:
            return own
        return self.earlier.answers.get(question_id)

    @property
    def answered_count(self) -> int:
        return sum(1 for q in self.questions if q.id in self.doc.answers)

    def summary(self) -> list[SectionSummary]:
        return summarize(self.doc, self.qs)

    # --- applying answers: every change is saved before the next question is asked ------------------------

    def set_level(self, question_id: str, level: Level, *, texts_follow: bool = False) -> bool:
        """Record the level of one question; saves and returns True when something changed.

        ``texts_follow``: the level's texts are asked next, so the same save marks them unfinished (each text's
        ``set_text(..., asked=True)`` takes its mark away): stopped before they are all asked, the session goes
        on at them, not at the next question. A level kept as it was marks nothing (a review stopped in its texts
        continues with the printed ``--review --question`` command).
        """
        if not self.qs.has_question(question_id):
            raise KeyError(question_id)
        if not self.qs.scale.accepts(level):
            raise ValueError(f"{level!r} is not on the scale of {self.qs.id}")
        old = self.doc.answers.get(question_id)
        unfinished = list(answers_mod.texts_of_level(level)) if texts_follow else None
        if old is not None and old.level == level:
            return False  # kept as it was (Enter in a review): nothing is written, the file stays byte for byte
        values: dict[str, Any] = old.model_dump(exclude={"updated", "unfinished"}) if old else {}
        if level not in answers_mod.SPECIAL_LEVELS:
            values.pop("reason", None)  # a reason explains N/A or "don't know" only (the flow shows what went)
        moment = self.clock()
        self.doc.answers[question_id] = Answer(**{**values, "level": level}, unfinished=unfinished, updated=moment)
        self.save(moment)
        return True

    def _mark_unfinished(self, question_id: str, unfinished: list[Any] | None) -> None:
        """Set which texts of an answer are not yet asked; saves when that changed, the answer's time as it was."""
        old = self.doc.answers[question_id]
        if (old.unfinished or None) == (unfinished or None):
            return
        self.doc.answers[question_id] = old.model_copy(update={"unfinished": unfinished or None})
        self.save()

    def set_text(self, question_id: str, field: TextField, value: str | None, *, asked: bool = False) -> bool:
        """Set or clear "how in practice", "next step" or the reason of an answered question; saves when it changed.

        A value given back exactly as it is stored is kept byte for byte (a text the tool did not write may begin
        with a tab or end in spaces); only a new text is cleaned. ``asked``: the person has gone through this text
        (given it, or left it empty on purpose), so it is no longer unfinished; saved in the same write.
        """
        old = self.doc.answers.get(question_id)
        if old is None:
            raise KeyError(question_id)  # the level is always asked (and saved) first
        rest = [name for name in old.unfinished or () if not (asked and name == field)] or None
        text = value if value == getattr(old, field) else clean_text(value)
        if getattr(old, field) == text:
            self._mark_unfinished(question_id, rest)
            return False
        if field == "reason" and text is not None and old.level not in answers_mod.SPECIAL_LEVELS:
            raise ValueError(f"a reason goes with {answers_mod.SPECIAL_LEVELS}, not with level {old.level!r}")
        values: dict[str, Any] = old.model_dump(exclude={"updated"})
        values[field] = text
        values["unfinished"] = rest
        moment = self.clock()
        self.doc.answers[question_id] = Answer(**values, updated=moment)
        self.save(moment)
        return True

    def set_project(self, *, name: str) -> bool:
        """Update the project's name (a review); saves when it changed. A file's phase never changes: another
        phase is a file of its own (``change_phase``)."""
        project = self.doc.project
        if project.name == name:
            return False
        self.doc.project = project.model_copy(update={"name": name})
        self.save()
        return True

    def change_phase(self, phase: str, *, with_defaults: bool) -> bool:
        """Continue in the respondent's file of ``phase``; the file this session had stays exactly as it is.

        Her file of that phase beside this one (same respondent id and project) is continued; without one, a new
        file is made at once (``<name>-<phase>.yaml``, the same respondent id, no answers). ``with_defaults``: the
        answers of the file left are the defaults (a review). True when a new file was made.
        """
        origin, origin_path = self.doc, self.path
        if self.earlier is not None and self.earlier_path is not None:
            origin, origin_path = self.earlier, self.earlier_path
        target, exists = history.file_for_phase(origin_path, origin, phase, self.qs)
        if exists:
            doc, seen = ondisk.load(target, self.qs)
            doc.language = origin.language  # the language of this session, as a resumed file gets it
        else:
            doc, seen = history.for_phase(origin, phase, self.clock()), None
        self.doc, self.seen, self.path, self.resumed = doc, seen, target, exists
        moved = target.resolve() != origin_path.resolve()
        self.earlier, self.earlier_path = (origin, origin_path) if with_defaults and moved else (None, None)
        if not exists:
            self.save()
        return not exists

    def set_respondent(self, *, name: str | None, role: str | None) -> bool:
        respondent = self.doc.respondent
        # a value given back as it is stored is kept as it is (see set_text)
        name = name if name == respondent.name else clean_text(name)
        role = role if role == respondent.role else clean_text(role)
        if respondent.name == name and respondent.role == role:
            return False
        self.doc.respondent = respondent.model_copy(update={"name": name, "role": role})
        self.save()
        return True

    def save(self, moment: datetime | None = None) -> None:
        """Write the whole file atomically (temporary file, then rename): never half a file on disk.

        First the file is compared with what this session last read or wrote: changes made elsewhere meanwhile
        (another session, an editor, ``git pull``) are merged in answer by answer, and a change to the same
        question stops the session with ondisk.ChangedElsewhere before anything is written.
        """
        with fsutil.folder_lock(self.path.parent):
            self._catch_up()
            self.doc.updated = moment or self.clock()
            text = self.doc.to_yaml(self.qs)
            fsutil.atomic_write(self.path, text, private=True)
            self.seen = ondisk.seen(self.path, text.encode("utf-8"), self.doc)

    def refresh(self) -> bool:
        """Take in what was saved elsewhere since this session last read or wrote the file (before each question,
        so that an answer given in another window is seen, not asked again). True when something came in."""
        if self.seen is None:
            return False
        with fsutil.folder_lock(self.path.parent):
            return self._catch_up()

    def _catch_up(self) -> bool:
        caught = ondisk.catch_up(self.path, self.qs, self.doc, self.seen)
        if caught is None:
            return False
        self.doc, self.seen = caught
        return True


# --- where answers go and how to come back to them ----------------------------------------------------------


def answers_folder(settings: Settings) -> Path:
    """The folder for answers files: the project's ``answers_dir`` (relative to the project folder) or ./answers."""
    return settings.base_dir() / str(settings.get("answers_dir", default=DEFAULT_ANSWERS_DIR))


def default_output(settings: Settings, *, name: str | None, project: str) -> Path:
    """``<answers folder>/<slug>.yaml``, the slug made from the respondent's name if given, else the project's."""
    stem = fsutil.slugify(name or project)
    return fsutil.inside(answers_folder(settings), f"{stem}.yaml")


def check_writable(path: Path) -> None:
    """Refuse, before anything is asked, an answers file that could not be saved where it is.

    An existing file must not be read-only: answers are written by replacing the file, which the folder allows even
    for a read-only file, but a file made read-only was meant to stay as it is (the write bits are checked too, as
    an administrator may write anything). A new file needs a folder it can be created in.
    """
    try:
        mode = path.stat().st_mode
    except (FileNotFoundError, NotADirectoryError):
        check_folder(path.parent, for_file=path)
        return
    except OSError:
        return  # unreadable in some other way: loading it says why
    if not (mode & 0o222) or not os.access(path, os.W_OK):
        raise DataError("assess.err_read_only", file=str(path))


def check_folder(folder: Path, *, for_file: Path | None = None) -> None:
    """A new answers file can be created in ``folder``: its nearest existing part is a folder one may write to."""
    nearest = folder
    while not nearest.exists() and nearest != nearest.parent:
        nearest = nearest.parent
    where = str(for_file) if for_file is not None else display_path(folder)
    shown = display_path(nearest)
    shown = str(nearest.resolve()) if shown == "." else shown
    if not nearest.is_dir():
        raise DataError("assess.err_parent_not_folder", file=where, folder=shown)
    if not os.access(nearest, os.W_OK | os.X_OK):
        raise DataError("assess.err_folder_read_only", file=where, folder=shown)


def numbered_paths(path: Path) -> Iterator[Path]:
    """``path``, then ``<stem>-2.yaml``, ``<stem>-3.yaml``, … without end."""
    yield path
    for number in itertools.count(2):
        yield path.with_name(f"{path.stem}-{number}{path.suffix}")


def free_path(path: Path) -> Path:
    """``path`` itself if no file is there, else the first free ``<stem>-2.yaml``, ``<stem>-3.yaml``, …"""
    return next(candidate for candidate in numbered_paths(path) if not candidate.exists())


def display_path(path: Path, cwd: Path | None = None) -> str:
    """A path as a person would type it here: relative to the current folder when it is inside it."""
    here = (cwd or Path.cwd()).resolve()
    try:
        return str(path.resolve().relative_to(here))
    except ValueError:
        return str(path.resolve())
