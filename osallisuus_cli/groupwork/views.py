"""What each side of a workshop sees, as JSON-ready data: the facilitator's projector, and one phone.

Nothing here says who rated what. Before the reveal both sides get only how many have rated; a phone also gets its
own rating back (so that a reloaded phone shows its choice), never anyone else's. After the reveal both get the
same distribution, or only the spread when fewer than ``min_group`` rated; the session no longer knows who chose
what, so a phone shows its own choice beside the distribution from what it remembers itself (``phone.js``). Every
push carries the whole state, so a phone that reconnects or joins late needs nothing else.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from osallisuus_cli.groupwork.session import NOTE_FIELDS, Reveal, Session
from osallisuus_cli.model.workshop import level_order

if TYPE_CHECKING:
    from osallisuus_cli.questionsets.framework import QuestionSet


def level_key(level: Any) -> str:
    """A level as JSON carries it (keys of a JSON object are text)."""
    return str(level)


def parse_level(value: Any) -> Any:
    """A level from JSON: '3' or 3 → 3; 'na' and 'dont_know' stay text; anything else is returned as it is (and
    the session refuses it)."""
    if isinstance(value, str) and value.isdigit() and len(value) <= 3:
        return int(value)
    return value


def scale_levels(qs: QuestionSet) -> list[Any]:
    """Every level of the scale in order: the numbers, then the special answers."""
    values = [level.value for level in qs.scale.levels] + [special.value for special in qs.scale.special]
    return sorted(values, key=level_order)


def reveal_data(reveal: Reveal | None, qs: QuestionSet) -> dict[str, Any] | None:
    if reveal is None:
        return None
    counts = None
    if reveal.counts is not None:
        counts = [{"level": level_key(level), "count": reveal.counts.get(level, 0)} for level in scale_levels(qs)]
    return {
        "rated": reveal.rated,
        "counts": counts,
        "low": reveal.low,
        "high": reveal.high,
        "disagreement": reveal.disagreement,
    }


def _common(session: Session) -> dict[str, Any]:
    live = session.live
    return {
        "version": session.version,
        "position": live.position,
        "total": len(session.doc.plan),
        "question": session.question_id,
        "revealed": session.revealed,
        "rated": len(live.votes) if not session.revealed else session.doc.results[session.question_id].rated,
        "seats": session.seats,
        "reveal": reveal_data(session.current_reveal(), session.qs),
        "minGroup": session.doc.min_group,
        "broken": session.broken,  # the file changed elsewhere: nothing more is saved (see ``Session._write``)
    }


def facilitator_state(session: Session) -> dict[str, Any]:
    """The projector's view: the phones' count so far, the reveal, and the texts the group has agreed."""
    with session.lock:
        state = _common(session)
        result = session.doc.results.get(session.question_id)
        state["notes"] = {name: (getattr(result, name) or "") if result else "" for name in NOTE_FIELDS}
        if result is not None:
            state["phones"], state["room"] = result.phones, result.room
        return state


def phone_state(session: Session, secret: str | None) -> dict[str, Any]:
    """One phone's view: the open question, its own rating, how many have rated and, after the reveal, the result."""
    with session.lock:
        state = _common(session)
        own = session.own_vote(secret)
        state["own"] = None if own is None else level_key(own)
        state["seated"] = session.seat_of(secret) is not None
        return state
