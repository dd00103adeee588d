"""A workshop session as events on one file: seats join, ratings come in silently, the facilitator reveals, the group
records what it agreed, the session moves on. No server here: ``server`` calls these methods, tests call them too.

Every event that changes anything saves the whole file at once (atomically, owner-only), so a crash loses nothing
and ``--resume`` continues exactly where the session was. An event that would change nothing (a replayed vote, a
vote from a seat that does not exist, a vote for a question that is not open) is refused and saves nothing.
"""

from __future__ import annotations

import hashlib
import secrets
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from osallisuus_cli.errors import UsageError
from osallisuus_cli.model.answers import FrameworkRef, Project, now
from osallisuus_cli.model.workshop import (
    MAX_SEATS,
    Live,
    QuestionResult,
    Spread,
    WorkshopFile,
    level_order,
    save_workshop,
)

if TYPE_CHECKING:
    from pathlib import Path

    from osallisuus_cli.questionsets.framework import QuestionSet

MAX_CHANGES = 20  # a seat may change its rating this many times per question; after that its rating stays
NOTE_FIELDS = ("how", "next_step", "differ")


class Refused(Exception):
    """An event the session does not take; ``reason`` is a short machine word the pages show as a message key."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def new_token() -> str:
    """A link token: 128 bits from the system's random source, safe in a URL path. Not more: a participant who
    cannot scan the QR code types the address from the wall, and 22 characters is what 128 bits take."""
    return secrets.token_urlsafe(16)


def seat_hash(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def _stamp(path: Path) -> tuple[int, int, int] | None:
    """What tells one version of a file from another without reading it: inode, size, modification time."""
    try:
        found = path.stat()
    except OSError:
        return None
    return found.st_ino, found.st_size, found.st_mtime_ns


def plan_questions(qs: QuestionSet, sections: list[str] | None) -> list[str]:
    """The session's questions in the set's order: all of them, or those of the sections named (1, 2A …)."""
    if not sections:
        return [q.id for q in qs.questions]
    known = {s.id.lower(): s for s in qs.sections}
    chosen = []
    for name in sections:
        section = known.get(name.strip().lower())
        if section is None:
            raise UsageError("workshop.err_section", section=name, known=", ".join(s.id for s in qs.sections))
        chosen.append(section.id)
    return [q.id for s in qs.sections if s.id in chosen for q in s.questions]


def refuse_locked(qs: QuestionSet) -> None:
    """A set whose owner allows it only in its official use may not be rated and discussed in one session."""
    if qs.locked:
        raise UsageError("workshop.err_locked", set=qs.id)


@dataclass(frozen=True)
class Reveal:
    """What a reveal shows: counts per level when enough rated, otherwise only the spread."""

    rated: int
    counts: dict[Any, int] | None
    low: int | None
    high: int | None

    @property
    def disagreement(self) -> bool:
        """Views two or more levels apart: the thing to talk about."""
        return self.low is not None and self.high is not None and self.high - self.low >= 2


def reveal_of(result: QuestionResult) -> Reveal:
    if result.counts is not None:
        numbers = [level for level, count in result.counts.items() if isinstance(level, int) and count]
        low, high = (min(numbers), max(numbers)) if numbers else (None, None)
        return Reveal(result.rated, dict(result.counts), low, high)
    spread = result.spread
    return Reveal(result.rated, None, spread.low if spread else None, spread.high if spread else None)


class Session:
    """One workshop file and the events on it. Thread-safe: every event holds the session's lock."""

    def __init__(self, path: Path, doc: WorkshopFile, qs: QuestionSet) -> None:
        self.path, self.doc, self.qs = path, doc, qs
        self.lock = threading.RLock()
        self.version = 0  # grows with every saved event; pushes carry it
        self.written: tuple[int, int, int] | None = None  # the file as this session last wrote it (see ``_write``)
        self.broken = False  # the file changed under this session: it saves nothing more

    # --- starting -------------------------------------------------------------------------------------------------

    @classmethod
    def start(
        cls,
        path: Path,
        qs: QuestionSet,
        *,
        project: Project,
        language: str,
        plan: list[str],
        min_group: int,
    ) -> Session:
        refuse_locked(qs)
        moment = now()
        doc = WorkshopFile(
            format="osallisuus/workshop/v1",
            framework=FrameworkRef(id=qs.id, version=qs.version),
            project=project,
            language=language,  # type: ignore[arg-type]
            created=moment,
            updated=moment,
            min_group=min_group,
            plan=plan,
            live=Live(participant_token=new_token(), facilitator_token=new_token()),
        )
        session = cls(path, doc, qs)
        session.save()
        return session

    @classmethod
    def resume(cls, path: Path, doc: WorkshopFile, qs: QuestionSet) -> Session:
        """Continue a saved session; one closed earlier opens again with new links (the old ones stay dead)."""
        refuse_locked(qs)
        if doc.live is None:
            position = next((i for i, qid in enumerate(doc.plan) if qid not in doc.results), len(doc.plan) - 1)
            doc.live = Live(position=position, participant_token=new_token(), facilitator_token=new_token())
        session = cls(path, doc, qs)
        session.save()
        return session

    # --- the state ------------------------------------------------------------------------------------------------

    @property
    def live(self) -> Live:
        assert self.doc.live is not None, "a closed session takes no events"
        return self.doc.live

    @property
    def question_id(self) -> str:
        return self.doc.plan[self.live.position]

    @property
    def revealed(self) -> bool:
        return self.question_id in self.doc.results

    @property
    def seats(self) -> int:
        return len(self.live.seats)

    def save(self) -> None:
        self.doc.updated = now()
        self.doc.participants = max(
            [self.doc.participants, len(self.live.seats) if self.doc.live else 0]
            + [result.rated for result in self.doc.results.values()]
        )
        self._write()

    def _write(self) -> None:
        """The whole file, atomically; never over a file that changed since this session last wrote it (another
        session resumed on it, or an edit): from then on this session saves nothing and says why."""
        stamp = _stamp(self.path)
        if self.broken or (self.written is not None and stamp != self.written):
            self.broken = True
            raise Refused("elsewhere")
        save_workshop(self.path, self.doc)
        self.written = _stamp(self.path)
        self.version += 1

    # --- participants ---------------------------------------------------------------------------------------------

    def join(self, secret: str | None) -> tuple[str, int]:
        """A seat for a phone: its own again when it shows its secret, else a new one. (secret, seat number)"""
        with self.lock:
            if secret:
                number = self.live.seats.get(seat_hash(secret))
                if number is not None:
                    return secret, number
            if len(self.live.seats) >= MAX_SEATS:
                raise Refused("full")
            secret = secrets.token_urlsafe(24)
            number = len(self.live.seats) + 1
            self.live.seats[seat_hash(secret)] = number
            self.save()
            return secret, number

    def seat_of(self, secret: str | None) -> int | None:
        return self.live.seats.get(seat_hash(secret)) if secret else None

    def vote(self, secret: str | None, question_id: str, level: Any) -> None:
        """A seat's rating of the open question (a later one replaces it until the reveal)."""
        with self.lock:
            seat = self.seat_of(secret)
            if seat is None:
                raise Refused("seat")
            if question_id != self.question_id or self.revealed:
                raise Refused("closed")
            if not self.qs.scale.accepts(level):
                raise Refused("level")
            if self.live.votes.get(seat) == level:
                return  # the same rating again: nothing changes, nothing is saved
            changes = self.live.changes.get(seat, 0)
            if changes >= MAX_CHANGES:
                raise Refused("limit")
            self.live.votes[seat] = level
            self.live.changes[seat] = changes + 1
            self.save()

    def own_vote(self, secret: str | None) -> Any:
        seat = self.seat_of(secret)
        return None if seat is None or self.revealed else self.live.votes.get(seat)

    # --- the facilitator ------------------------------------------------------------------------------------------

    def reveal(self, room: dict[Any, int] | None = None) -> None:
        """Close the rating of the open question: phones' ratings plus the counts typed in from the room."""
        with self.lock:
            if self.revealed:
                raise Refused("revealed")
            typed = self._checked_room(room or {})
            counts: dict[Any, int] = {}
            for level in self.live.votes.values():
                counts[level] = counts.get(level, 0) + 1
            for level, count in typed.items():
                counts[level] = counts.get(level, 0) + count
            phones, in_room = len(self.live.votes), sum(typed.values())
            if phones + in_room > MAX_SEATS:
                raise Refused("too_many")
            result = QuestionResult(phones=phones, room=in_room, revealed=now())
            if phones + in_room >= self.doc.min_group:
                result.counts = {level: counts.get(level, 0) for level in self._levels()}
            else:
                numbers = [level for level in counts if isinstance(level, int)]
                result.spread = Spread(low=min(numbers), high=max(numbers)) if numbers else None
            self.doc.results[self.question_id] = result
            self.live.votes.clear()  # from now on only the counts: nobody's rating is kept by seat
            self.live.changes.clear()
            self.save()

    def _levels(self) -> list[Any]:
        return sorted(
            [level.value for level in self.qs.scale.levels] + [special.value for special in self.qs.scale.special],
            key=level_order,
        )

    def _checked_room(self, room: dict[Any, int]) -> dict[Any, int]:
        typed = {}
        for level, count in room.items():
            if not self.qs.scale.accepts(level) or type(count) is not int or not 0 <= count <= MAX_SEATS:
                raise Refused("count")
            if count:
                typed[level] = count
        return typed

    def notes(self, **texts: str | None) -> None:
        """What the group agreed on the revealed question (an empty text removes what was there)."""
        from osallisuus_cli.model.answers import MAX_TEXT

        with self.lock:
            if not self.revealed:
                raise Refused("not_revealed")
            result = self.doc.results[self.question_id]
            for name, value in texts.items():
                if name not in NOTE_FIELDS or (value is not None and not isinstance(value, str)):
                    raise Refused("note")
                if value is not None and len(value) > MAX_TEXT:
                    raise Refused("too_long")
                setattr(result, name, (value.strip() or None) if value is not None else None)
            self.save()

    def move(self, step: int, *, discard: bool = False) -> None:
        """To the next (1) or the previous (-1) question; a question already revealed shows its result.

        Ratings given to a question that was not revealed are dropped when the session leaves it, so leaving one
        that has ratings needs ``discard`` (the facilitator's second press): nothing is dropped by a slip.
        """
        with self.lock:
            position = self.live.position + step
            if not 0 <= position < len(self.doc.plan):
                raise Refused("end")
            if self.live.votes and not self.revealed and not discard:
                raise Refused("unrevealed")
            self.live.position = position
            self.live.votes.clear()  # ratings of a question left unrevealed are not kept
            self.live.changes.clear()
            self.save()

    def close(self) -> None:
        """End the session: the links stop working and only the results remain in the file."""
        with self.lock:
            if self.doc.live is None:
                return
            self.save()
            self.doc.live = None
            self.doc.updated = now()
            self._write()

    # --- what each side sees --------------------------------------------------------------------------------------

    def current_reveal(self) -> Reveal | None:
        result = self.doc.results.get(self.question_id)
        return reveal_of(result) if result is not None else None
