"""Continuing an assessment exactly where it stopped: the question, and the part of it not yet gone through.

A plain ``osallisuus assess`` on the same file goes back to a question whose texts were cut off by Ctrl-C (the
file's ``unfinished`` list says which), asks only those, and never again a text left empty on purpose. Keys go into
a prompt_toolkit pipe as in test_assess_prompts; the real Ctrl-C in a real terminal is in test_terminal.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from osallisuus_cli.answering import ondisk
from osallisuus_cli.answering.session import Session
from osallisuus_cli.cli.app import app
from osallisuus_cli.cli.commands.assess import Continuing, _interview
from osallisuus_cli.cli.prompts import flow, opening
from osallisuus_cli.cli.settings import Settings
from osallisuus_cli.errors import DataError, Interrupted
from osallisuus_cli.i18n import t
from osallisuus_cli.model import answers as answers_mod
from tests.conftest import make_answers, write_answers
from tests.test_assess_prompts import DONE, Ticking, answer, interview, rich_ui

pytestmark = pytest.mark.timeout(60)


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def answered_to(qs, path: Path, last: int) -> answers_mod.AnswersFile:
    """A file with questions 1..``last`` answered (level 1), as a session that went through them leaves it."""
    doc = make_answers(qs, {f"q{n:02d}": 1 for n in range(1, last + 1)})
    write_answers(path, doc, qs)
    return doc


def stop(qs, path: Path, keys: str) -> str:
    """Continue ``path`` with ``keys`` ending in Ctrl-C; what the screen showed."""
    plan = opening.Plan(settings=Settings(), output=path, clock=Ticking())
    with rich_ui(keys) as (ui, shown, _), pytest.raises(Interrupted):
        _interview(ui, qs, plan, Continuing(None, None, None, False))
    return shown.getvalue()


def resume_line(qs, level: int | str) -> str:
    return t("answering.resume_texts", level=flow.level_words(qs, level))


# --- where it goes on -------------------------------------------------------------------------------------------


def test_ctrl_c_in_the_first_text_resumes_at_that_text_and_asks_the_next_step(qs, tmp_path):
    path = tmp_path / "a.yaml"
    answered_to(qs, path, 21)
    stop(qs, path, "3\rKokous kerran kuu\x03")
    cut = answers_mod.load_answers(path, qs).answers["q22"]
    assert (cut.level, cut.how, cut.unfinished) == (3, "Kokous kerran kuu", ["how", "next_step"])

    # plain assess on the same file: the texts of q22, the typed text as the default to go on with
    run = interview(qs, "ssa\r" + "Kysytään nuorilta\r" + answer("2") * 2 + DONE, output=path)
    assert t("assess.resume_next", number=22) in run.shown
    assert resume_line(qs, 3) in run.shown
    done = answers_mod.load_answers(path, qs)
    q22 = done.answers["q22"]
    assert (q22.level, q22.how, q22.next_step, q22.unfinished) == (3, "Kokous kerran kuussa", "Kysytään nuorilta", None)
    assert [done.answers[q].level for q in ("q23", "q24")] == [2, 2], "then on to the next questions"


def test_ctrl_c_in_the_second_text_asks_only_that_one(qs, tmp_path):
    path = tmp_path / "a.yaml"
    answered_to(qs, path, 22)
    stop(qs, path, "4\rAvoin ilta\rKysy\x03")
    cut = answers_mod.load_answers(path, qs).answers["q23"]
    assert (cut.how, cut.next_step, cut.unfinished) == ("Avoin ilta", "Kysy", ["next_step"])

    run = interview(qs, " nuorilta\r" + answer("1") + DONE, output=path)
    assert resume_line(qs, 4) in run.shown
    q23 = answers_mod.load_answers(path, qs).answers["q23"]
    assert (q23.level, q23.how, q23.next_step, q23.unfinished) == (4, "Avoin ilta", "Kysy nuorilta", None)


def test_a_text_left_empty_on_purpose_is_not_asked_again(qs, tmp_path):
    """Enter on an empty "how" is an answer: only the next step, cut off while typed, is asked again."""
    path = tmp_path / "a.yaml"
    answered_to(qs, path, 22)
    stop(qs, path, "2\r\rKes\x03")
    assert answers_mod.load_answers(path, qs).answers["q23"].unfinished == ["next_step"]
    run = interview(qs, "ken\r" + answer("1") + DONE, output=path)
    q23 = answers_mod.load_answers(path, qs).answers["q23"]
    assert (q23.how, q23.next_step, q23.unfinished) == (None, "Kesken", None)
    assert run.shown.count("Kysymys 23/24") == 1


def test_a_question_gone_through_with_empty_texts_is_done(qs, tmp_path):
    """Both texts left empty, then Ctrl-C on the next level menu: resuming starts at that next question."""
    path = tmp_path / "a.yaml"
    answered_to(qs, path, 21)
    stop(qs, path, answer("3") + "\x03")
    saved = answers_mod.load_answers(path, qs)
    assert (saved.answers["q22"].how, saved.answers["q22"].unfinished) == (None, None)
    assert "q23" not in saved.answers, "stopped on the level menu: nothing of q23 was saved"
    run = interview(qs, answer("1") * 2 + DONE, output=path)
    assert t("assess.resume_next", number=23) in run.shown
    assert "Kysymys 22/24" not in run.shown
    assert resume_line(qs, 3) not in run.shown


def test_ctrl_c_in_the_reason_of_not_applicable_asks_the_reason_again(qs, tmp_path):
    """N/A has one text, its reason: cut off, it is kept as typed and asked again."""
    path = tmp_path / "a.yaml"
    answered_to(qs, path, 23)
    stop(qs, path, "-\rEi nuoria tässä vai\x03")
    cut = answers_mod.load_answers(path, qs).answers["q24"]
    assert (cut.level, cut.reason, cut.unfinished) == ("na", "Ei nuoria tässä vai", ["reason"])
    run = interview(qs, "heessa\r" + DONE, output=path)
    assert resume_line(qs, "na") in run.shown
    q24 = answers_mod.load_answers(path, qs).answers["q24"]
    assert (q24.reason, q24.unfinished) == ("Ei nuoria tässä vaiheessa", None)


def test_the_printed_question_command_still_asks_the_whole_question(qs, tmp_path):
    path = tmp_path / "a.yaml"
    answered_to(qs, path, 23)
    stop(qs, path, "3\rPuoli\x03")
    run = interview(qs, "\r" + "\x15Koko teksti\r" + "Askel\r" + DONE, output=path, start="q24")
    q24 = answers_mod.load_answers(path, qs).answers["q24"]
    assert (q24.level, q24.how, q24.next_step, q24.unfinished) == (3, "Koko teksti", "Askel", None)
    assert resume_line(qs, 3) not in run.shown


# --- the session keeps the mark -----------------------------------------------------------------------------------


def session_on(qs, tmp_path: Path) -> Session:
    path = tmp_path / "s.yaml"
    doc = answered_to(qs, path, 0)
    return Session(qs, doc, path, clock=Ticking(), resumed=True, seen=ondisk.load(path, qs)[1])


def test_the_level_marks_its_texts_and_each_text_asked_takes_its_mark_away(qs, tmp_path):
    session = session_on(qs, tmp_path)
    session.set_level("q01", 2, texts_follow=True)
    on_disk = lambda: answers_mod.load_answers(session.path, qs).answers["q01"]  # noqa: E731
    assert on_disk().unfinished == ["how", "next_step"]
    assert [q.id for q in session.pending()][:1] == ["q01"], "a question with texts to ask is still to be done"
    updated = on_disk().updated
    session.set_text("q01", "how", None, asked=True)  # left empty: only the mark changes
    assert (on_disk().unfinished, on_disk().updated) == (["next_step"], updated), "the answer's time stays"
    session.set_text("q01", "next_step", "Askel", asked=True)
    assert on_disk().unfinished is None
    assert "q01" not in [q.id for q in session.pending()]


def test_a_level_kept_as_it_was_marks_nothing(qs, tmp_path):
    """A review where Enter keeps the level writes nothing: the file stays byte for byte."""
    session = session_on(qs, tmp_path)
    session.set_level("q01", 2)
    before = session.path.read_bytes()
    assert session.set_level("q01", 2, texts_follow=True) is False
    assert session.path.read_bytes() == before


# --- the field in the file ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("level", "unfinished"),
    [(3, ["reason"]), ("na", ["how"]), (2, []), (2, ["how", "how"]), (2, ["kommentti"]), (2, "how")],
)
def test_a_wrong_unfinished_list_is_refused_in_words(qs, tmp_path, level, unfinished):
    doc = make_answers(qs, {"q01": level})
    text = doc.to_yaml(qs).replace("    updated:", f"    unfinished: {unfinished!r}\n    updated:", 1)
    with pytest.raises(DataError) as caught:
        answers_mod.parse_answers(text, qs, file="a.yaml")
    assert "unfinished" in caught.value.lines("en")[0]


def test_validate_and_merge_accept_a_file_stopped_in_its_texts(qs, runner, tmp_path):
    doc = make_answers(qs, {"q01": 3, "q02": "na"}, how={"q01": "Puoli"})
    doc.answers["q01"].unfinished = ["how", "next_step"]
    doc.answers["q02"].unfinished = ["reason"]
    path = write_answers(tmp_path / "answers" / "aino.yaml", doc, qs)
    assert answers_mod.load_answers(path, qs) == doc, "written and read back as it was"
    assert runner.invoke(app, ["validate", str(path)]).exit_code == 0
    merged = runner.invoke(app, ["merge", str(path.parent), "-o", str(tmp_path / "team.yaml")])
    assert merged.exit_code == 0, merged.output
    assert "unfinished" not in (tmp_path / "team.yaml").read_text(encoding="utf-8")
