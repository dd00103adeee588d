"""Answering without losing or inventing anything: no stray Enter as a score, nameless respondents kept apart, the
reason for N/A or "don't know" stored as a reason, and a review that keeps what it was given byte for byte."""

from __future__ import annotations

import io
import threading
import time
from pathlib import Path

import pytest
from prompt_toolkit.data_structures import Size
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output.vt100 import Vt100_Output
from rich.console import Console

from osallisuus_cli.cli.prompts import flow
from osallisuus_cli.cli.prompts.rich_ui import RichFrontend
from osallisuus_cli.i18n import t
from osallisuus_cli.model import answers as answers_mod
from osallisuus_cli.model.team import TeamFile, dump_team
from tests.conftest import make_answers, read_team, write_answers
from tests.test_assess_prompts import DONE, all_levels, answer, interview, meta, plain_interview, reasoned

pytestmark = pytest.mark.timeout(60)


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


# --- B4: Enter alone never answers a question ---------------------------------------------------------------------


def test_a_stray_enter_in_the_menu_does_not_record_a_level(qs):
    """Skipping the texts with Enter, Enter, Enter and one Enter too many used to record "0 Ei vielä"."""
    keys = meta() + answer("3") + "\r\r" + answer("1") + answer("2") + DONE
    run = interview(qs, keys, sections=["3"], capture_prompts=True)
    assert all_levels(run.doc) == {"q21": 3, "q22": 1, "q23": 2}
    assert run.prompts.count("\x07") == 2, "each refused Enter rings the bell"


def test_the_level_menu_points_at_nothing_until_a_key_is_pressed(qs):
    drawn = io.StringIO()
    output = Vt100_Output(drawn, lambda: Size(rows=40, columns=120), term="xterm")
    result: list[object] = []
    with create_pipe_input() as pipe:
        ui = RichFrontend(input=pipe, output=output, console=Console(file=io.StringIO()))
        worker = threading.Thread(
            target=lambda: result.append(
                ui.choose("Taso", flow.level_options(qs), special=flow.special_options(qs), default=None)
            )
        )
        worker.start()
        first = wait_for(lambda: drawn.getvalue(), "En osaa sanoa")
        pipe.send_text("\r2\r")
        worker.join(timeout=20)
    assert result == [2]
    assert "»" not in first, "no option is drawn as pointed at before a key is pressed"


def wait_for(read, text: str, seconds: float = 20.0) -> str:
    """What ``read`` gives once it holds ``text`` (checked whenever the drawing thread yields, up to ``seconds``)."""
    deadline = time.monotonic() + seconds
    while text not in (value := read()):
        if time.monotonic() > deadline:
            raise AssertionError(f"{text!r} never appeared in {value!r}")
        time.sleep(0.01)
    return value


def test_a_stray_enter_in_plain_mode_does_not_record_a_level(qs):
    lines = ["Nuorten ääni", "2", "", "", "", "", "3", "", "", ""]
    session, shown = plain_interview(qs, lines, sections=["R"])
    assert all_levels(session.doc) == {"q24": 3}
    assert t("assess.plain_pick", keys="0–4, -, ?") in shown


def test_a_review_keeps_the_saved_level_with_enter(qs, tmp_path):
    path = write_answers(tmp_path / "a.yaml", make_answers(qs, {"q24": 3}), qs)
    run = interview(qs, "\r" * 4 + "\r\r\r" + DONE, output=path, sections=["R"], review=True)
    assert all_levels(run.doc) == {"q24": 3}


# --- B2: a file is offered for continuing only to the person who made it -----------------------------------------


def test_two_nameless_respondents_get_files_of_their_own(qs, tmp_path):
    first = interview(qs, meta(name="") + answer("1") + DONE, sections=["R"])
    second = interview(qs, meta(name="") + answer("4") + DONE, sections=["R"], capture_prompts=True)
    assert first.session is not None
    assert second.session is not None
    assert first.session.path != second.session.path
    assert "Kysymys 24/24" in second.shown, "the second person answers from the start"
    assert "Jatka tätä tiedostoa" not in second.prompts, "nobody is offered someone else's answers"
    assert answers_mod.load_answers(first.session.path, qs).answers["q24"].level == 1
    assert answers_mod.load_answers(second.session.path, qs).answers["q24"].level == 4
    assert first.session.doc.respondent.id != second.session.doc.respondent.id


def test_a_named_respondent_is_still_offered_their_own_file(qs, tmp_path):
    interview(qs, meta(name="Aino") + answer("1") + DONE, sections=["R"])
    again = interview(qs, meta(name="Aino") + "\r" + "\r\r\r" + DONE, sections=["R"], review=False)
    assert again.session is not None
    assert again.session.path.name == "aino.yaml"


# --- C8: the reason for N/A and "don't know" is a reason, not practice -------------------------------------------


def test_na_asks_for_the_reason_only(qs):
    run = interview(qs, meta() + reasoned("-", "Ei yksilöpalvelua") + DONE, sections=["R"], capture_prompts=True)
    saved = run.doc.answers["q24"]
    assert (saved.level, saved.reason, saved.how, saved.next_step) == ("na", "Ei yksilöpalvelua", None, None)
    assert t("answering.ask_reason_na") in run.prompts
    assert t("assess.ask_how") not in run.prompts


def test_dont_know_asks_its_own_reason(qs):
    run = interview(qs, meta() + reasoned("?", "En tunne tätä osaa") + DONE, sections=["R"], capture_prompts=True)
    assert run.doc.answers["q24"].reason == "En tunne tätä osaa"
    assert t("answering.ask_reason_dont_know") in run.prompts


def test_moving_from_na_to_the_scale_removes_the_reason_and_says_which(qs, tmp_path):
    path = write_answers(tmp_path / "a.yaml", make_answers(qs, {"q24": "na"}, reason={"q24": "Ei koske"}), qs)
    run = interview(qs, "\r" * 4 + answer("2", "Kokeiltu") + DONE, output=path, sections=["R"], review=True)
    saved = answers_mod.load_answers(path, qs).answers["q24"]
    assert (saved.level, saved.reason, saved.how) == (2, None, "Kokeiltu")
    assert t("answering.reason_dropped", text="Ei koske") in run.shown


def test_the_reason_is_written_and_read_in_answers_and_team_files(qs, tmp_path, make_team):
    doc = make_answers(qs, {"q01": "na", "q02": "dont_know", "q03": 2}, reason={"q01": "Ei\n\tkoske", "q02": "?"})
    path = write_answers(tmp_path / "a.yaml", doc, qs)
    assert answers_mod.load_answers(path, qs) == doc
    assert "reason:" in path.read_text(encoding="utf-8")
    team: TeamFile = make_team([doc])
    written = tmp_path / "team.yaml"
    written.write_text(dump_team(team, qs), encoding="utf-8")
    again = read_team(written, qs)
    assert again.responses[0].answers["q01"].reason == "Ei\n\tkoske"
    assert again.responses[0].answers["q02"].reason == "?"


# --- a review with Enter everywhere keeps the file byte for byte --------------------------------------------------

ODD_TEXTS = {"q24": "\tSisennetty rivi  \r\nja Windowsin rivinvaihto  "}


def odd_file(qs, path: Path) -> bytes:
    doc = make_answers(qs, {"q24": 3}, how=ODD_TEXTS, next_step={"q24": "  välilyönnit ympärillä  "})
    doc.respondent = doc.respondent.model_copy(update={"role": "\tohjaaja  "})
    write_answers(path, doc, qs)
    return path.read_bytes()


def test_a_menu_review_with_enter_everywhere_keeps_the_file_byte_for_byte(qs, tmp_path):
    path = tmp_path / "a.yaml"
    before = odd_file(qs, path)
    interview(qs, "\r" * 4 + "\r\r\r" + DONE, output=path, sections=["R"], review=True)
    assert path.read_bytes() == before


def test_a_plain_review_with_enter_everywhere_keeps_the_file_byte_for_byte(qs, tmp_path):
    path = tmp_path / "a.yaml"
    before = odd_file(qs, path)
    plain_interview(qs, [""] * 7 + ["2"], output=path, sections=["R"], review=True)
    assert path.read_bytes() == before
