"""The answers file on disk while a session has it open: what the session last saw, and changes made elsewhere.

Two sessions on one file (the same person in two terminals, a shared drive, ``git pull`` or ``assess --no-input``
while a session is open) must never overwrite each other. Before every save a session compares the file with what
it last read or wrote (modification time, size and a SHA-256 of the bytes). A change made elsewhere is merged
answer by answer when it touches other questions than this session's change; when both changed the same question
(or the same details), nothing is written and :class:`ChangedElsewhere` says what each side holds.
"""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from osallisuus_cli.errors import DataError
from osallisuus_cli.files import yamlio
from osallisuus_cli.model import answers as answers_mod
from osallisuus_cli.model.answers import Answer, AnswersFile
from osallisuus_cli.questionsets.framework import QuestionSet


@dataclass(frozen=True)
class Seen:
    """The file as a session last read or wrote it: how to recognise it, and its content (the base of a merge)."""

    mtime_ns: int
    size: int
    sha256: str
    doc: AnswersFile

    def same_as(self, status: os.stat_result, raw: bytes) -> bool:
        return (status.st_mtime_ns, status.st_size) == (self.mtime_ns, self.size) and digest(raw) == self.sha256


class ChangedElsewhere(DataError):
    """The file changed on disk since this session read it, in the same place as this session's change.

    ``part`` is a question id, ``"details"`` (project or respondent), or ``"file"`` (another file altogether, or
    one that can no longer be read); ``theirs`` and ``ours`` are the two versions of that part (None: absent).
    """

    def __init__(self, file: Path, part: str, theirs: Any = None, ours: Any = None, *, reason: str = "") -> None:
        super().__init__("answering.err_changed_elsewhere", file=str(file), part=part, reason=reason)
        self.part, self.theirs, self.ours = part, theirs, ours


def digest(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def read(path: Path) -> tuple[os.stat_result, bytes] | None:
    """The file's status and bytes, read through one open handle (so both describe the same file); None if gone.

    Only a regular file is read (a pipe put in its place would never end), and at most the size any answers file
    may have, plus one byte to tell that it is too large.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise ChangedElsewhere(path, "file", reason=exc.strerror or str(exc)) from None
    with os.fdopen(fd, "rb") as handle:
        status = os.fstat(fd)
        if not stat.S_ISREG(status.st_mode):
            raise ChangedElsewhere(path, "file")
        return status, handle.read(yamlio.MAX_BYTES + 1)


def seen(path: Path, raw: bytes, doc: AnswersFile) -> Seen:
    """What a session has just written (``raw``, holding ``doc``) as the base for the next comparison."""
    status = path.stat()
    return Seen(status.st_mtime_ns, status.st_size, digest(raw), doc.model_copy(deep=True))


def load(path: Path, qs: QuestionSet) -> tuple[AnswersFile, Seen]:
    """Read an answers file to continue it, remembering exactly what was read."""
    raw = yamlio.read_bytes(path)  # every reader's checks and messages (missing, a folder, too large…)
    status = path.stat()  # if the file changes in between, the hash differs and the next save merges the change
    doc = answers_mod.parse_answers(yamlio.decode(raw, file=str(path)), qs, file=str(path))
    return doc, Seen(status.st_mtime_ns, status.st_size, digest(raw), doc.model_copy(deep=True))


def _parse(path: Path, raw: bytes, qs: QuestionSet) -> AnswersFile:
    if len(raw) > yamlio.MAX_BYTES:
        return answers_mod.load_answers(path, qs)  # says "too large" as every reader does
    return answers_mod.parse_answers(yamlio.decode(raw, file=str(path)), qs, file=str(path))


def catch_up(path: Path, qs: QuestionSet, ours: AnswersFile, last: Seen | None) -> tuple[AnswersFile, Seen] | None:
    """``ours`` with the changes made on disk since ``last`` merged in, and the file as now read; None when the
    file is as this session left it (or gone: it is simply written again).

    A file that did not exist when the session began but exists now was made by someone else: never replaced.
    """
    found = read(path)
    if found is None:
        return None
    status, raw = found
    if last is None:
        raise ChangedElsewhere(path, "file")
    if last.same_as(status, raw):
        return None
    try:
        theirs = _parse(path, raw, qs)
    except DataError as exc:
        raise ChangedElsewhere(path, "file", reason=exc.lines()[0]) from None
    merged = merge(path, last.doc, ours, theirs)
    return merged, Seen(status.st_mtime_ns, status.st_size, digest(raw), theirs.model_copy(deep=True))


def merge(path: Path, base: AnswersFile, ours: AnswersFile, theirs: AnswersFile) -> AnswersFile:
    """Three-way merge per answer and per block of details; a part changed on both sides differently is refused."""
    if (theirs.respondent.id, theirs.created, theirs.framework) != (base.respondent.id, base.created, base.framework):
        raise ChangedElsewhere(path, "file")  # another respondent's file, or a new one, now has this name
    merged = ours.model_copy(deep=True)
    merged.respondent = _pick(path, "details", base.respondent, ours.respondent, theirs.respondent)
    merged.project = _pick(path, "details", base.project, ours.project, theirs.project)
    answers: dict[str, Answer] = {}
    for qid in dict.fromkeys([*theirs.answers, *ours.answers]):  # the writer puts them in the set's order again
        chosen = _pick(path, qid, base.answers.get(qid), ours.answers.get(qid), theirs.answers.get(qid))
        if chosen is not None:
            answers[qid] = chosen
    merged.answers = answers
    merged.updated = max(ours.updated, theirs.updated)
    return merged


def _pick(path: Path, part: str, base: Any, ours: Any, theirs: Any) -> Any:
    if _same(ours, base):
        return theirs
    if _same(theirs, base) or _same(ours, theirs):
        return ours
    raise ChangedElsewhere(path, part, theirs, ours)


def _same(one: Any, other: Any) -> bool:
    """Equal in content; an answer's own timestamp does not make two equal answers different."""
    if isinstance(one, Answer) and isinstance(other, Answer):
        return one.model_dump(exclude={"updated"}) == other.model_dump(exclude={"updated"})
    return bool(one == other)
