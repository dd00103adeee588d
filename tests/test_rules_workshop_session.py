"""The workshop session's rules as docs/workshop.md states them, each on a session made for it: a small group's
reveal shows the spread of every rating (phones and room alike), a closed session opens again where it stopped,
and the session stays within its plan, its room within its seats and its texts within the length of any answer's."""

from __future__ import annotations

from pathlib import Path

import pytest

from osallisuus_cli.errors import DataError
from osallisuus_cli.groupwork.session import MAX_CHANGES, Refused, Session, plan_questions, seat_hash
from osallisuus_cli.groupwork.views import parse_level
from osallisuus_cli.i18n import t
from osallisuus_cli.model.answers import MAX_TEXT, Project
from osallisuus_cli.model.workshop import MAX_SEATS, load_workshop, parse_workshop
from osallisuus_cli.questionsets.framework import QuestionSet


def start(tmp_path: Path, qs: QuestionSet, *, min_group: int = 1) -> Session:
    return Session.start(
        tmp_path / "paja.yaml",
        qs,
        project=Project(name="Nuorten ääni", phase="toteutus"),
        language="fi",
        plan=plan_questions(qs, ["1"]),
        min_group=min_group,
    )


def test_a_small_groups_spread_includes_the_ratings_counted_in_the_room(tmp_path: Path, qs: QuestionSet) -> None:
    # Two rated: fewer than min_group 3, so only the spread is shown; one rating came from a phone, one from the room.
    session = start(tmp_path, qs, min_group=3)
    secret, _ = session.join(None)
    session.vote(secret, "q01", 2)
    session.reveal(room={4: 1})
    result = load_workshop(tmp_path / "paja.yaml", qs).results["q01"]
    assert result.counts is None
    assert result.spread is not None
    assert (result.spread.low, result.spread.high) == (2, 4)
    shown = session.current_reveal()
    assert shown is not None
    assert shown.disagreement


def test_a_small_group_rated_only_in_the_room_still_shows_its_spread(tmp_path: Path, qs: QuestionSet) -> None:
    session = start(tmp_path, qs, min_group=3)
    session.reveal(room={1: 1, 3: 1})
    result = load_workshop(tmp_path / "paja.yaml", qs).results["q01"]
    assert result.spread is not None
    assert (result.spread.low, result.spread.high) == (1, 3)


def test_a_closed_session_opens_again_at_the_first_question_not_yet_revealed(tmp_path: Path, qs: QuestionSet) -> None:
    session = start(tmp_path, qs)
    plan = session.doc.plan
    session.reveal(room={2: 1})
    session.move(1)
    session.reveal(room={3: 1})
    session.close()
    path = tmp_path / "paja.yaml"
    reopened = Session.resume(path, load_workshop(path, qs), qs)
    assert reopened.question_id == plan[2]
    assert not reopened.revealed


def test_a_closed_session_with_every_question_revealed_opens_at_its_last(tmp_path: Path, qs: QuestionSet) -> None:
    session = start(tmp_path, qs)
    plan = session.doc.plan
    for position in range(len(plan)):
        session.reveal(room={2: 1})
        if position < len(plan) - 1:
            session.move(1)
    session.close()
    path = tmp_path / "paja.yaml"
    reopened = Session.resume(path, load_workshop(path, qs), qs)
    assert reopened.question_id == plan[-1]
    assert reopened.revealed


def test_the_session_never_moves_past_its_last_question_or_before_its_first(tmp_path: Path, qs: QuestionSet) -> None:
    session = start(tmp_path, qs)
    plan = session.doc.plan
    with pytest.raises(Refused, match="end"):
        session.move(-1)
    for _ in plan[1:]:
        session.move(1)
    assert session.question_id == plan[-1]
    with pytest.raises(Refused, match="end"):
        session.move(1)
    assert session.question_id == plan[-1]
    live = load_workshop(tmp_path / "paja.yaml", qs).live
    assert live is not None
    assert live.position == len(plan) - 1


@pytest.mark.parametrize(("participants", "valid"), [(3, True), (2, False)])
def test_a_workshop_file_never_has_more_ratings_on_a_question_than_participants(
    tmp_path: Path, qs: QuestionSet, participants: int, valid: bool
) -> None:
    session = start(tmp_path, qs)
    session.reveal(room={1: 1, 2: 2})
    session.close()
    text = (tmp_path / "paja.yaml").read_text(encoding="utf-8")
    assert "\nparticipants: 3\n" in text
    edited = text.replace("\nparticipants: 3\n", f"\nparticipants: {participants}\n")
    if valid:
        assert parse_workshop(edited, qs, file="paja.yaml").participants == participants
        return
    with pytest.raises(DataError) as caught:
        parse_workshop(edited, qs, file="paja.yaml")
    expected = t("workshop.v_more_than_participants", "en", question="q01", rated=3, participants=participants)
    assert expected in caught.value.lines("en")[0]


def test_a_room_takes_max_seats_phones_and_refuses_the_next(tmp_path: Path, qs: QuestionSet) -> None:
    session = start(tmp_path, qs)
    for number in range(1, MAX_SEATS):  # seats already taken, as a resumed file holds them
        session.live.seats[seat_hash(f"phone-{number}")] = number
    secret, number = session.join(None)
    assert number == MAX_SEATS
    with pytest.raises(Refused, match="full"):
        session.join(None)
    assert session.join(secret) == (secret, MAX_SEATS)  # a phone with its seat comes back in a full room
    assert session.seats == MAX_SEATS


def test_an_agreed_text_may_be_as_long_as_any_answer_text_and_no_longer(tmp_path: Path, qs: QuestionSet) -> None:
    session = start(tmp_path, qs)
    session.reveal(room={2: 1})
    session.notes(how="a" * MAX_TEXT)
    with pytest.raises(Refused, match="too_long"):
        session.notes(next_step="b" * (MAX_TEXT + 1))
    result = load_workshop(tmp_path / "paja.yaml", qs).results["q01"]
    assert result.how == "a" * MAX_TEXT
    assert result.next_step is None


@pytest.mark.parametrize("sent", ["9" * 5000, "-1", "3.0", "NA"])
def test_a_level_from_a_phone_that_is_no_level_is_refused_never_a_crash(
    tmp_path: Path, qs: QuestionSet, sent: str
) -> None:
    session = start(tmp_path, qs)
    secret, _ = session.join(None)
    with pytest.raises(Refused, match="level"):
        session.vote(secret, "q01", parse_level(sent))
    assert parse_level("3") == 3
    assert parse_level("dont_know") == "dont_know"


def test_a_seat_may_change_its_rating_max_changes_times_on_each_question(tmp_path: Path, qs: QuestionSet) -> None:
    session = start(tmp_path, qs)
    secret, _ = session.join(None)
    for change in range(MAX_CHANGES):
        session.vote(secret, "q01", change % 2 + 1)
    with pytest.raises(Refused, match="limit"):
        session.vote(secret, "q01", 4)
    session.reveal()
    session.move(1)
    for change in range(MAX_CHANGES):  # the next question starts afresh
        session.vote(secret, "q02", change % 2 + 1)
    assert session.own_vote(secret) == 2
