"""The installed ``osallisuus`` command in a real pseudo-terminal (pexpect): a short run, Ctrl-C, and resuming."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pytest
import yaml

from osallisuus_cli.i18n import t
from tests.shells import in_the_foreground

pexpect = pytest.importorskip("pexpect")

COMMAND = Path(sys.executable).parent / "osallisuus"
pytestmark = [
    pytest.mark.slow,
    pytest.mark.timeout(120),
    pytest.mark.skipif(not COMMAND.exists(), reason="the osallisuus command is not installed next to this Python"),
]
SPECIAL = {"-": "answering.ask_reason_na", "?": "answering.ask_reason_dont_know"}
TIMEOUT = 30  # seconds to wait for any one screen (a loaded machine is slow); a missing prompt fails, never hangs


def environment(*, on_path: bool = True) -> dict[str, str]:
    """A clean environment; the command's folder is on the PATH (as after activating a venv) unless told otherwise."""
    # COLUMNS and LINES (set under pytest-xdist) would override the terminal's own 120 columns
    left_out = ("ACCESSIBLE", "COLUMNS", "LINES")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OSALLISUUS_", "LC_")) and k not in left_out}
    env.update({"PROMPT_TOOLKIT_NO_CPR": "1", "NO_COLOR": "1", "TERM": "xterm", "LANG": "C.UTF-8"})
    folders = [p for p in env.get("PATH", os.defpath).split(os.pathsep) if p and Path(p) != COMMAND.parent]
    env["PATH"] = os.pathsep.join(([str(COMMAND.parent)] if on_path else []) + folders)
    return env


def spawn(args: list[str], cwd: Path, *, command: Path = COMMAND, on_path: bool = True) -> pexpect.spawn:
    return pexpect.spawn(
        str(command),
        args,
        cwd=str(cwd),
        env=environment(on_path=on_path),
        encoding="utf-8",
        timeout=TIMEOUT,
        dimensions=(40, 120),
        preexec_fn=in_the_foreground,
    )


def finish(child: pexpect.spawn) -> int:
    child.expect(pexpect.EOF)
    child.close()
    return int(child.exitstatus if child.exitstatus is not None else 128 + (child.signalstatus or 0))


def opening(child: pexpect.spawn, name: str = "Aino") -> None:
    child.expect(said("assess.ask_project"))
    child.send("Nuorten ääni\r")
    child.expect(said("assess.ask_phase"))
    child.send("2\r")
    child.expect(said("assess.ask_name") + " " + said("assess.hint_optional"))
    child.send(f"{name}\r")
    child.expect(said("assess.ask_role"))
    child.send("\r")


def answer(child: pexpect.spawn, number: int, level: str, how: str = "") -> None:
    """One question: the level's key, then its texts (for - and ? only the reason, given as ``how`` here)."""
    child.expect(said("assess.counter", number=number, total=24))
    child.expect(said("assess.ask_level"))
    child.send(f"{level}\r")
    if level in SPECIAL:
        child.expect(re.escape(t(SPECIAL[level], "fi")))
        child.send(f"{how}\r")
        return
    child.expect(said("assess.ask_how"))
    child.send(f"{how}\r")
    child.expect(said("assess.ask_next_step"))
    child.send("\r")


def said(key: str, lang: str = "fi", **params: object) -> str:
    """The pattern of a message from the catalogue, as the command shows it (so a copy edit never breaks a test)."""
    return re.escape(t(key, lang, **params))


def said_before(key: str, placeholder: str, lang: str = "fi") -> str:
    """The pattern of a message up to ``{placeholder}``, which is captured (up to the end of the line)."""
    head = t(key, lang).split("{" + placeholder + "}", 1)[0]
    return re.escape(head) + r"([^\r\n]*)"


def saved(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def test_a_short_run_in_a_real_terminal(tmp_path):
    child = spawn(["assess", "--section", "R"], tmp_path)
    opening(child)
    answer(child, 24, "3", "Kumppanuuspöytä")
    child.expect(said("assess.menu_title_section", sections="R"))
    child.send("\r")
    child.expect(said("assess.summary_title"))
    child.expect("answers/aino.yaml")
    assert finish(child) == 0
    data = saved(tmp_path / "answers" / "aino.yaml")
    assert data["answers"] == {
        "q24": {"level": 3, "how": "Kumppanuuspöytä", "updated": data["answers"]["q24"]["updated"]}
    }
    assert data["project"] == {"name": "Nuorten ääni", "phase": "toteutus"}


def test_esc_then_enter_and_alt_enter_in_a_menu_answer_nothing_in_a_real_terminal(tmp_path):
    """They ended the session with "'' is not on the scale"; now the menu stays and says which keys choose."""
    child = spawn(["assess", "--section", "R"], tmp_path)
    opening(child)
    child.expect(said("assess.ask_level"))
    child.send("x")  # first a letter: once its line is there, the menu is reading keys
    child.expect(said("assess.plain_invalid", value="x", keys="0–4, -, ?"))
    child.send("\x1b")  # Esc, then Enter as a separate key: one sequence (Alt-Enter), or Esc alone and then Enter
    child.send("\r")
    child.expect([said("assess.menu_keys", keys="0–4, -, ?"), said("assess.menu_choose_first")])
    child.send("\x1b\r")  # Alt-Enter
    child.send("2\r")
    child.expect(said("assess.ask_how"))
    child.send("\x03")
    assert finish(child) == 130
    assert saved(tmp_path / "answers" / "aino.yaml")["answers"]["q24"]["level"] == 2


def test_ctrl_c_saves_and_the_printed_command_resumes(tmp_path):
    child = spawn(["assess", "--section", "1"], tmp_path)
    opening(child)
    answer(child, 1, "2", "Avoimet ovet")
    answer(child, 2, "-")
    child.expect(said("assess.counter", number=3, total=24))
    child.expect(said("assess.ask_level"))
    child.sendintr()
    child.expect(said_before("assess.saved_resume", "command"))
    command = child.match.group(1).strip()
    assert finish(child) == 130
    assert command == "osallisuus assess -o answers/aino.yaml --section 1"
    assert sorted(saved(tmp_path / "answers" / "aino.yaml")["answers"]) == ["q01", "q02"]
    assert not list((tmp_path / "answers").glob(".*.tmp"))

    resumed = spawn(command.split()[1:], tmp_path)
    resumed.expect(said("assess.resume_next", number=3))
    for number in range(3, 8):
        answer(resumed, number, "?" if number == 5 else "4")
    resumed.expect(said("assess.menu_title_section", sections="1"))
    resumed.send("\r")
    resumed.expect(said("assess.summary_title"))
    assert finish(resumed) == 0
    answers = saved(tmp_path / "answers" / "aino.yaml")["answers"]
    assert {qid: a["level"] for qid, a in answers.items()} == {
        "q01": 2,
        "q02": "na",
        "q03": 4,
        "q04": 4,
        "q05": "dont_know",
        "q06": 4,
        "q07": 4,
    }
    assert answers["q01"]["how"] == "Avoimet ovet"


def test_installed_like_the_readme_says_the_printed_command_runs_as_it_is(tmp_path):
    """`.venv/bin/osallisuus assess` without activating the venv: the command to continue must work as printed."""
    venv_bin = tmp_path / ".venv" / "bin"
    venv_bin.mkdir(parents=True)
    (venv_bin / "osallisuus").symlink_to(COMMAND)
    child = spawn(["assess", "--section", "R"], tmp_path, command=venv_bin / "osallisuus", on_path=False)
    opening(child)
    child.expect(said("assess.counter", number=24, total=24))
    child.expect(said("assess.ask_level"))
    child.sendintr()
    child.expect(said_before("assess.saved_resume", "command"))
    command = child.match.group(1).strip()
    assert finish(child) == 130
    assert command == ".venv/bin/osallisuus assess -o answers/aino.yaml --section R"

    resumed = pexpect.spawn(
        "/bin/sh",
        ["-c", command],
        cwd=str(tmp_path),
        env=environment(on_path=False),
        encoding="utf-8",
        timeout=TIMEOUT,
        dimensions=(40, 160),
        preexec_fn=in_the_foreground,
    )
    answer(resumed, 24, "2")
    resumed.expect(said("assess.menu_title_section", sections="R"))
    resumed.send("\r")
    report_line = next(line for line in t("assess.next_steps", "fi").splitlines() if "{report}" in line)
    label = report_line.split("{report}")[0].strip()
    page = t("assess.report_file", "fi", name="aino")
    resumed.expect(re.escape(label) + " +" + re.escape(f".venv/bin/osallisuus report answers/aino.yaml -o {page}"))
    assert finish(resumed) == 0
    assert saved(tmp_path / "answers" / "aino.yaml")["answers"]["q24"]["level"] == 2


def test_plain_mode_in_a_real_terminal_and_ctrl_c(tmp_path):
    child = spawn(["assess", "--plain", "--section", "R", "--lang", "en"], tmp_path)
    child.expect(said("assess.ask_project", "en") + ": ")
    child.send("Youth voice\r")
    child.expect(said("assess.plain_choose", "en", keys="1–3") + ": ")
    child.send("3\r")
    child.expect(said("assess.ask_name", "en") + " " + said("assess.hint_optional", "en") + ": ")
    child.send("\r")
    child.expect(said("assess.ask_role", "en") + " " + said("assess.hint_optional", "en") + ": ")
    child.send("\r")
    child.expect(said("assess.counter", "en", number=24, total=24))
    child.expect(said("assess.plain_choose", "en", keys="0–4, -, ?") + ": ")
    assert "\x1b[" not in child.before, "plain mode writes no terminal control codes"
    child.sendintr()
    command = "osallisuus assess -o answers/youth-voice.yaml --section R --lang en --plain"
    child.expect(said("assess.saved_resume", "en", command=command))
    assert finish(child) == 130
    assert saved(tmp_path / "answers" / "youth-voice.yaml")["answers"] == {}


def test_plain_mode_edits_the_line_with_the_arrow_keys(tmp_path):
    """In a terminal the arrow keys move within the line, as in a shell; they never go into the answer as codes."""
    left = "\x1b[D"
    child = spawn(["assess", "--plain", "--section", "R", "-o", "a.yaml"], tmp_path)
    child.expect(said("assess.ask_project") + ": ")
    child.send(f"Nuoten ääni{left * 8}r\r")
    child.expect(said("assess.plain_choose", keys="1–3") + ": ")
    child.send("1\r")
    child.expect(said("assess.ask_name"))
    child.send("\r")
    child.expect(said("assess.ask_role"))
    child.send("\r")
    child.expect(said("assess.plain_choose", keys="0–4, -, ?") + ": ")
    child.send("2\r")
    child.expect(said("assess.ask_how"))
    child.send(f"Avoin ilta{left * 5}na\r")
    child.expect(said("assess.ask_next_step"))
    assert "\x1b[?2004" not in child.before, "no bracketed-paste codes around the prompts"
    child.sendeof()
    assert finish(child) == 130
    data = saved(tmp_path / "a.yaml")
    assert data["project"]["name"] == "Nuorten ääni"
    assert data["answers"]["q24"]["how"] == "Avoinna ilta"


def test_menus_with_the_output_redirected_stop_at_once_and_name_plain_mode(tmp_path):
    """`osallisuus assess > log.txt`: the menus would be drawn into the file and the person would type blind."""
    child = pexpect.spawn(
        "/bin/sh",
        ["-c", f"'{COMMAND}' assess --lang en > log.txt"],
        cwd=str(tmp_path),
        env=environment(),
        encoding="utf-8",
        timeout=TIMEOUT,
        preexec_fn=in_the_foreground,
    )
    child.expect("--plain")
    assert finish(child) == 2
    assert not (tmp_path / "answers").exists()


def test_ctrl_c_inside_a_text_in_plain_mode_keeps_it_and_continues_there(tmp_path):
    """Plain mode at a terminal edits the line with readline: Ctrl-C hands on the line as far as it was typed."""
    child = spawn(["assess", "--plain", "--section", "R"], tmp_path)
    child.expect(said("assess.ask_project"))
    child.sendline("Nuorten ääni")
    child.expect(said("assess.plain_choose", keys="1–3"))
    child.sendline("2")
    child.expect(said("assess.ask_name"))
    child.sendline("Aino")
    child.expect(said("assess.ask_role"))
    child.sendline("")
    child.expect(said("assess.plain_choose", keys="0–4, -, ?"))
    child.sendline("-")
    child.expect(said("answering.ask_reason_na"))
    child.send("Ei yksilöpalvelua mei")
    child.expect("mei")  # echoed: readline has the text
    child.sendintr()
    child.expect(re.escape(t("answering.cut_saved", "fi").split()[0]))
    child.expect(said_before("assess.saved_resume", "command"))
    command = child.match.group(1).strip()
    assert finish(child) == 130
    assert command == "osallisuus assess -o answers/aino.yaml --question 24 --section R --plain"
    assert saved(tmp_path / "answers" / "aino.yaml")["answers"]["q24"]["reason"] == "Ei yksilöpalvelua mei"


def test_ctrl_c_inside_the_first_text_and_plain_assess_asks_that_questions_next_step(tmp_path, qs):
    """A real SIGINT while "how" is being typed; then assess on the file without --question goes back to that
    question's texts (it went on at the next question, so the next step was never asked), losing nothing typed."""
    from tests.conftest import make_answers, write_answers

    path = write_answers(tmp_path / "a.yaml", make_answers(qs, {f"q0{n}": 1 for n in range(1, 6)}), qs)
    child = spawn(["assess", "-o", "a.yaml", "--section", "1"], tmp_path)
    child.expect(said("assess.resume_next", number=6))
    child.expect(said("assess.ask_level"))
    child.send("3\r")
    child.expect(said("assess.ask_how"))
    child.send("Kerhot kahde")
    child.expect("kahde")  # drawn: the prompt has the text
    child.sendintr()
    child.expect(said_before("assess.saved_resume", "command"))
    assert finish(child) == 130
    cut = saved(path)["answers"]["q06"]
    assert (cut["how"], cut["unfinished"]) == ("Kerhot kahde", ["how", "next_step"])

    resumed = spawn(["assess", "-o", "a.yaml", "--section", "1"], tmp_path)
    resumed.expect(said("assess.resume_next", number=6))
    resumed.expect(said("assess.counter", number=6, total=24))
    resumed.expect(said_before("answering.resume_texts", "level"))
    assert resumed.match.group(1).startswith("3 ")
    resumed.expect(said("assess.ask_how"))
    resumed.expect("Kerhot kahde")  # what was typed before is the text to go on with
    resumed.send("ssa\r")
    resumed.expect(said("assess.ask_next_step"))
    resumed.send("Kysytään nuorilta\r")
    answer(resumed, 7, "2")
    resumed.expect(said("assess.menu_title_section", sections="1"))
    resumed.send("\r")
    resumed.expect(said("assess.summary_title"))
    assert finish(resumed) == 0
    answers = saved(path)["answers"]
    q06 = {key: value for key, value in answers["q06"].items() if key != "updated"}
    assert q06 == {"level": 3, "how": "Kerhot kahdessa", "next_step": "Kysytään nuorilta"}
    assert answers["q07"]["level"] == 2
    assert all(answers[f"q0{n}"]["level"] == 1 for n in range(1, 6)), "the earlier answers are as they were"
