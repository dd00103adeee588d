"""The workshop session model without a server: seats, silent ratings, the reveal, room counts, agreed texts, the
small-group rule, saving after every event, resuming, and the workshop file as validate reads it."""

from __future__ import annotations

import dataclasses
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner

from osallisuus_cli.cli.app import app
from osallisuus_cli.errors import DataError, UsageError
from osallisuus_cli.groupwork.session import MAX_CHANGES, Refused, Session, plan_questions, reveal_of
from osallisuus_cli.i18n import t
from osallisuus_cli.model.answers import Project
from osallisuus_cli.model.inputfile import read_input
from osallisuus_cli.model.workshop import load_workshop, parse_workshop
from osallisuus_cli.questionsets.framework import QuestionSet
from osallisuus_cli.questionsets.reading import load_question_set
from tests.conftest import REPO


def start(tmp_path: Path, qs: QuestionSet, *, min_group: int = 1, sections: list[str] | None = None) -> Session:
    return Session.start(
        tmp_path / "paja.yaml",
        qs,
        project=Project(name="Nuorten ääni", phase="toteutus"),
        language="fi",
        plan=plan_questions(qs, sections or ["1"]),
        min_group=min_group,
    )


def test_silent_ratings_then_the_reveal_counts_each_seat_once(tmp_path: Path, qs: QuestionSet) -> None:
    session = start(tmp_path, qs)
    seats = [session.join(None)[0] for _ in range(5)]
    for secret, level in zip(seats, [1, 2, 2, 4, "na"], strict=True):
        session.vote(secret, "q01", level)
    session.vote(seats[0], "q01", 3)  # a change of mind before the reveal replaces the rating
    assert session.current_reveal() is None  # silent: nothing to show yet
    session.reveal()
    shown = session.current_reveal()
    assert shown is not None
    assert shown.rated == 5
    assert shown.counts == {0: 0, 1: 0, 2: 2, 3: 1, 4: 1, "na": 1, "dont_know": 0}
    assert shown.disagreement  # 2 and 4 are two levels apart
    doc = load_workshop(tmp_path / "paja.yaml", qs)
    assert doc.results["q01"].phones == 5
    assert doc.live is not None
    assert doc.live.votes == {}


def test_room_counts_add_to_the_phones(tmp_path: Path, qs: QuestionSet) -> None:
    session = start(tmp_path, qs)
    secret, _ = session.join(None)
    session.vote(secret, "q01", 3)
    session.reveal(room={3: 2, 1: 1})
    result = load_workshop(tmp_path / "paja.yaml", qs).results["q01"]
    assert (result.phones, result.room, result.rated) == (1, 3, 4)
    assert result.counts is not None
    assert result.counts[3] == 3
    assert result.counts[1] == 1


def test_fewer_than_min_group_reveals_only_the_spread(tmp_path: Path, qs: QuestionSet) -> None:
    session = start(tmp_path, qs, min_group=3)
    a, b = session.join(None)[0], session.join(None)[0]
    session.vote(a, "q01", 1)
    session.vote(b, "q01", 3)
    session.reveal()
    result = load_workshop(tmp_path / "paja.yaml", qs).results["q01"]
    assert result.counts is None  # not even in the file
    assert result.spread is not None
    assert (result.spread.low, result.spread.high) == (1, 3)
    assert reveal_of(result).disagreement


def test_replayed_forged_and_excess_votes_change_nothing(tmp_path: Path, qs: QuestionSet) -> None:
    session = start(tmp_path, qs)
    secret, _ = session.join(None)
    session.vote(secret, "q01", 2)
    saved = session.version
    session.vote(secret, "q01", 2)  # the same vote again
    assert session.version == saved
    with pytest.raises(Refused, match="seat"):
        session.vote("not-a-seat", "q01", 1)
    with pytest.raises(Refused, match="closed"):
        session.vote(secret, "q02", 1)  # not the open question
    with pytest.raises(Refused, match="level"):
        session.vote(secret, "q01", 99)
    for change in range(MAX_CHANGES * 3):
        try:
            session.vote(secret, "q01", change % 2 + 1)
        except Refused as refused:
            assert refused.reason == "limit"
    session.reveal()
    result = load_workshop(tmp_path / "paja.yaml", qs).results["q01"]
    assert result.phones == 1
    assert result.counts is not None
    assert sum(result.counts.values()) == 1
    with pytest.raises(Refused, match="closed"):
        session.vote(secret, "q01", 1)  # after the reveal


def test_a_phone_that_comes_back_gets_its_own_seat(tmp_path: Path, qs: QuestionSet) -> None:
    session = start(tmp_path, qs)
    secret, number = session.join(None)
    session.vote(secret, "q01", 2)
    assert session.join(secret) == (secret, number)
    assert session.own_vote(secret) == 2
    assert session.seats == 1


def test_notes_move_and_resume_after_a_crash(tmp_path: Path, qs: QuestionSet) -> None:
    session = start(tmp_path, qs)
    secret, _ = session.join(None)
    with pytest.raises(Refused):
        session.notes(how="ennen paljastusta")
    session.vote(secret, "q01", 3)
    session.reveal()
    session.notes(how="Kysymme joka kerta.", next_step="Kirjataan palaute.", differ="  ")
    session.move(1)
    session.vote(secret, "q02", 1)
    # the process dies here: a new one reads the file and goes on
    path = tmp_path / "paja.yaml"
    resumed = Session.resume(path, load_workshop(path, qs), qs)
    assert resumed.question_id == "q02"
    assert resumed.join(secret)[1] == 1
    assert resumed.own_vote(secret) == 1
    resumed.reveal()
    doc = load_workshop(path, qs)
    assert doc.results["q01"].how == "Kysymme joka kerta."
    assert doc.results["q01"].differ is None
    assert doc.results["q02"].phones == 1
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_closed_session_keeps_only_the_results(tmp_path: Path, qs: QuestionSet) -> None:
    session = start(tmp_path, qs)
    token = session.live.participant_token
    session.join(None)
    session.close()
    text = (tmp_path / "paja.yaml").read_text(encoding="utf-8")
    assert "live:" not in text
    assert token not in text
    reopened = Session.resume(tmp_path / "paja.yaml", load_workshop(tmp_path / "paja.yaml", qs), qs)
    assert reopened.live.participant_token != token  # old links stay dead


def test_sections_choose_the_questions(qs: QuestionSet) -> None:
    assert plan_questions(qs, ["2a"]) == [q.id for q in qs.section_of("q08").questions]
    with pytest.raises(UsageError):
        plan_questions(qs, ["9"])


def test_a_locked_set_is_refused(tmp_path: Path, qs: QuestionSet) -> None:
    locked = dataclasses.replace(qs, locked=True)
    with pytest.raises(UsageError) as caught:
        start(tmp_path, locked)
    assert caught.value.lines("en")[0] == t("workshop.err_locked", "en", set=qs.id)
    assert not (tmp_path / "paja.yaml").exists()


def test_the_file_reads_as_a_workshop_and_bad_files_are_named(tmp_path: Path, qs: QuestionSet) -> None:
    session = start(tmp_path, qs)
    session.reveal(room={2: 3})
    found = read_input(tmp_path / "paja.yaml", qs)
    assert found.kind == "workshop"
    assert found.valid
    assert found.workshop is not None
    text = (tmp_path / "paja.yaml").read_text(encoding="utf-8").replace("      2: 3", "      2: 4")
    with pytest.raises(DataError) as caught:
        parse_workshop(text, qs, file="paja.yaml")
    assert t("workshop.v_counts_sum", "fi", total=4, rated=3) in caught.value.lines("fi")[0]
    text = (tmp_path / "paja.yaml").read_text(encoding="utf-8").replace("- q01", "- q99")
    with pytest.raises(DataError):
        parse_workshop(text, qs, file="paja.yaml")


def test_questions_check_accepts_locked_and_refuses_a_wrong_value(tmp_path: Path, runner: CliRunner) -> None:
    original = (REPO / "questions" / "thl-osallisuus-24.yaml").read_text(encoding="utf-8")
    locked = tmp_path / "locked.yaml"
    locked.write_text(original.replace("\nformat:", "\nlocked: true\nformat:", 1), encoding="utf-8")
    assert load_question_set(str(locked)).locked
    assert runner.invoke(app, ["questions", "check", str(locked)]).exit_code == 0
    wrong = tmp_path / "wrong.yaml"
    wrong.write_text(original.replace("\nformat:", '\nlocked: "yes"\nformat:', 1), encoding="utf-8")
    result = runner.invoke(app, ["questions", "check", str(wrong)])
    assert result.exit_code == 1
    assert "locked" in result.output


def test_leaving_unrevealed_ratings_needs_a_second_word(tmp_path: Path, qs: QuestionSet) -> None:
    session = start(tmp_path, qs)
    secret, _ = session.join(None)
    session.move(1)  # nothing rated yet: moving on drops nothing
    session.vote(secret, "q02", 2)
    with pytest.raises(Refused, match="unrevealed"):
        session.move(1)
    assert session.question_id == "q02"
    assert load_workshop(tmp_path / "paja.yaml", qs).live.votes == {1: 2}
    session.move(1, discard=True)
    assert session.question_id == "q03"
    assert session.live.votes == {}
