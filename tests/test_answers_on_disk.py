"""Nothing is lost on disk: two sessions on one file, temporary files left by a kill, a failed save, Ctrl-C inside
a text, and the commands that continue exactly where a session stopped."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import pytest

from osallisuus_cli.answering import ondisk
from osallisuus_cli.answering.session import Session
from osallisuus_cli.cli.commands.assess import Continuing, _interview
from osallisuus_cli.cli.prompts import flow, opening
from osallisuus_cli.cli.settings import Settings
from osallisuus_cli.errors import DataError, Interrupted
from osallisuus_cli.files import fsutil, staging
from osallisuus_cli.i18n import t
from osallisuus_cli.model import answers as answers_mod
from tests.conftest import make_answers, write_answers
from tests.test_assess_prompts import DONE, Ticking, answer, interview, rich_ui

pytestmark = pytest.mark.timeout(120)


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def opened(qs, path: Path) -> Session:
    """A session continuing ``path``, as `assess -o path` opens it."""
    doc, seen = ondisk.load(path, qs)
    return Session(qs, doc, path, clock=Ticking(), resumed=True, seen=seen)


def levels(qs, path: Path) -> dict[str, object]:
    return {qid: a.level for qid, a in answers_mod.load_answers(path, qs).answers.items()}


# --- two sessions on one file -------------------------------------------------------------------------------------


def test_two_sessions_answering_different_questions_keep_both(qs, tmp_path):
    path = write_answers(tmp_path / "a.yaml", make_answers(qs, {"q01": 1}), qs)
    first, second = opened(qs, path), opened(qs, path)
    first.set_level("q02", 2)
    second.set_level("q03", 3)
    first.set_text("q02", "how", "Ensimmäinen ikkuna")
    second.set_level("q01", 4)  # changed only here: the other session never touched q01 after opening
    assert levels(qs, path) == {"q01": 4, "q02": 2, "q03": 3}
    assert answers_mod.load_answers(path, qs).answers["q02"].how == "Ensimmäinen ikkuna"


def test_the_same_question_changed_in_two_sessions_is_never_overwritten(qs, tmp_path):
    path = write_answers(tmp_path / "a.yaml", make_answers(qs, {"q01": 1}), qs)
    first, second = opened(qs, path), opened(qs, path)
    first.set_level("q05", 2)
    before = path.read_bytes()
    with pytest.raises(ondisk.ChangedElsewhere) as caught:
        second.set_level("q05", 4)
    assert path.read_bytes() == before, "the other session's answer stays"
    assert (caught.value.part, caught.value.theirs.level, caught.value.ours.level) == ("q05", 2, 4)


def test_a_change_made_by_hand_with_the_same_size_and_time_is_still_seen(qs, tmp_path):
    """The modification time and size can stay the same (a coarse clock, an editor); the content hash differs."""
    path = write_answers(tmp_path / "a.yaml", make_answers(qs, {"q01": 1}), qs)
    session = opened(qs, path)
    status = path.stat()
    path.write_bytes(path.read_bytes().replace(b"level: 1", b"level: 2"))
    os.utime(path, ns=(status.st_atime_ns, status.st_mtime_ns))
    session.set_level("q07", 3)
    assert levels(qs, path) == {"q01": 2, "q07": 3}


def test_a_file_made_by_someone_else_under_the_same_name_is_never_replaced(qs, tmp_path):
    path = tmp_path / "a.yaml"
    session = Session(qs, make_answers(qs, {}), path, clock=Ticking())  # a new file, not yet written
    other = write_answers(path, make_answers(qs, {"q01": 3}, respondent_id="someone-else"), qs).read_bytes()
    with pytest.raises(ondisk.ChangedElsewhere):
        session.save()
    assert path.read_bytes() == other


def test_the_message_names_both_versions_and_the_command_to_continue(qs, tmp_path):
    path = write_answers(tmp_path / "a.yaml", make_answers(qs, {"q24": 1}), qs)
    other = opened(qs, path)
    ticking = Ticking()

    def clock():  # the moment this session records its change, another window has just saved the same question
        if other.doc.answers["q24"].level != "dont_know":
            other.set_level("q24", "dont_know")
        return ticking()

    plan = opening.Plan(settings=Settings(), output=path, sections=["R"], review=True, clock=clock)
    with rich_ui("\r" * 4 + "3\r") as (ui, _, _), pytest.raises(DataError) as caught:
        _interview(ui, qs, plan, Continuing(plan.sections, None, None, False))
    message = caught.value.lines()[0]
    assert message.startswith("a.yaml: ")
    assert "«? En osaa sanoa»" in message, "the version in the file"
    assert "«3 Toteutuu säännöllisesti»" in message, "the version of this session"
    assert message.endswith("assess -o a.yaml --review --question 24 --section R")
    assert levels(qs, path) == {"q24": "dont_know"}


def test_an_answer_given_in_another_window_is_not_asked_again(qs, tmp_path):
    path = write_answers(tmp_path / "a.yaml", make_answers(qs, {}), qs)
    plan = opening.Plan(settings=Settings(), output=path, sections=["3"], clock=Ticking())
    other = opened(qs, path)
    with rich_ui(answer("2")) as (ui, shown, _):
        session = opening.open_session(ui, qs, plan)
        other.set_level("q22", 4)
        other.set_level("q23", 1)
        flow.walk(ui, session, session.pending(), fresh_only=True)
    assert levels(qs, path) == {"q21": 2, "q22": 4, "q23": 1}
    assert "Kysymys 22/24" not in shown.getvalue()


# --- temporary files and the folder on disk -----------------------------------------------------------------------


def test_an_earlier_versions_stale_temporary_files_are_removed_on_the_next_save(qs, tmp_path):
    folder = tmp_path / "answers"
    folder.mkdir()
    stale = folder / ".aino.yaml.k3j_x9a2.tmp"
    fresh = folder / ".eero.yaml.abcdefgh.tmp"
    other = [folder / "notes.tmp", folder / ".aino.yaml.tmp", folder / ".x.yaml.ABCDEFGH.tmp"]
    for path in (stale, fresh, *other):
        path.write_text("kopio vastauksista", encoding="utf-8")
    old = time.time() - staging.STALE_AFTER - 5
    for path in (stale, *other):
        os.utime(path, (old, old))
    linked = folder / ".link.yaml.zzzzzzzz.tmp"
    linked.symlink_to(tmp_path / "elsewhere")
    write_answers(folder / "aino.yaml", make_answers(qs, {"q01": 1}), qs)
    assert not stale.exists()
    assert fresh.exists(), "another save may be under way: a fresh file is left alone"
    assert all(path.exists() for path in other), "only the tool's own pattern"
    assert linked.is_symlink(), "only regular files"


def test_the_folder_is_flushed_after_the_rename(tmp_path, monkeypatch):
    synced: list[bool] = []
    real = os.fsync

    def recording(fd: int) -> None:
        synced.append(stat.S_ISDIR(os.fstat(fd).st_mode))
        real(fd)

    monkeypatch.setattr(os, "fsync", recording)
    fsutil.atomic_write(tmp_path / "a.yaml", "x: 1\n")
    assert synced == [False, True], "the file's data, then the folder entry"


def test_a_failed_save_says_the_earlier_answers_are_safe_and_how_to_continue(qs, tmp_path, monkeypatch):
    path = write_answers(tmp_path / "a.yaml", make_answers(qs, {"q21": 1}), qs)
    before = path.read_bytes()
    plan = opening.Plan(settings=Settings(), output=path, sections=["3"], clock=Ticking())

    def full(*args: object, **kwargs: object) -> None:
        raise DataError("common.write_failed", file=str(path), reason="No space left on device")

    monkeypatch.setattr(fsutil, "atomic_write", full)
    with rich_ui(answer("2")) as (ui, _, _), pytest.raises(DataError) as caught:
        _interview(ui, qs, plan, Continuing(plan.sections, None, None, False))
    assert caught.value.key == "answering.err_save_failed"
    assert caught.value.exit_code == 1
    message = caught.value.lines("en")[0]
    assert "your earlier answers are safe" in message
    assert "No space left on device" in message
    assert message.endswith("assess -o a.yaml --question 22 --section 3"), "where the failed answer is asked again"
    assert path.read_bytes() == before


# --- Ctrl-C inside a text, and in a review ------------------------------------------------------------------------


def test_ctrl_c_while_changing_a_saved_text_keeps_the_saved_one_and_shows_the_change(qs, tmp_path):
    path = write_answers(tmp_path / "a.yaml", make_answers(qs, {"q24": 3}, how={"q24": "Vanha teksti"}), qs)
    before = path.read_bytes()
    plan = opening.Plan(settings=Settings(), output=path, sections=["R"], review=True, clock=Ticking())
    with rich_ui("\r" * 4 + "\r" + " ja uutta\x03") as (ui, shown, _), pytest.raises(Interrupted) as caught:
        _interview(ui, qs, plan, Continuing(plan.sections, None, None, False))
    assert path.read_bytes() == before
    assert t("answering.cut_not_saved", text="Vanha teksti ja uutta") in shown.getvalue()
    assert "--review --question 24" in caught.value.lines()[0]


def test_the_printed_command_continues_at_the_cut_text_with_what_was_typed(qs, tmp_path):
    path = tmp_path / "a.yaml"
    plan = opening.Plan(settings=Settings(), output=path, sections=["3"], clock=Ticking())
    keys = "Nuorten ääni\r2\rAino\r\r" + answer("1") + "2\rTämä teksti on kesken\x03"
    with rich_ui(keys) as (ui, _, _), pytest.raises(Interrupted) as caught:
        _interview(ui, qs, plan, Continuing(plan.sections, None, None, False))
    assert caught.value.lines()[0].endswith("assess -o a.yaml --question 22 --section 3")
    # as printed: question 22 again, its level and the cut text as defaults (Enter keeps both), then onwards
    run = interview(qs, "\r" + " loppuun.\r" + "\r" + answer("4") + DONE, output=path, sections=["3"], start="q22")
    saved = answers_mod.load_answers(path, qs).answers
    assert (saved["q22"].level, saved["q22"].how) == (2, "Tämä teksti on kesken loppuun.")
    assert {qid: a.level for qid, a in saved.items()} == {"q21": 1, "q22": 2, "q23": 4}
    assert "Kysymys 21/24" not in run.shown


def test_ctrl_c_in_a_review_prints_a_command_that_continues_the_review_there(qs, tmp_path):
    path = write_answers(tmp_path / "a.yaml", make_answers(qs, {"q21": 1, "q22": 2, "q23": 3}), qs)
    plan = opening.Plan(settings=Settings(), output=path, sections=["3"], review=True, clock=Ticking())
    with rich_ui("\r" * 4 + "\r\r\r" + "\x03") as (ui, _, _), pytest.raises(Interrupted) as caught:
        _interview(ui, qs, plan, Continuing(plan.sections, None, None, False))
    assert caught.value.lines()[0].endswith("assess -o a.yaml --review --question 22 --section 3")
    run = interview(qs, "4\r\r\r" + "\r\r\r" + DONE, output=path, sections=["3"], review=True, start="q22")
    assert "Kysymys 21/24" not in run.shown, "the review goes on where it stopped"
    assert t("assess.ask_project") not in run.shown
    assert levels(qs, path) == {"q21": 1, "q22": 4, "q23": 3}
