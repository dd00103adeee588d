"""What ``osallisuus workshop`` prints on a narrow terminal: its lines break between words, never in mid-word, and a
file name or a command to copy is never broken by a line break of ours (the terminal's own soft wrap copies as one
line)."""

from __future__ import annotations

import contextlib
import io
import os
import sys
from pathlib import Path

import pytest

from osallisuus_cli.cli.output import between_words
from osallisuus_cli.i18n import t, tn
from tests.shells import in_the_foreground

LANGS = ("fi", "sv", "en")
FILE = "answers/tyopaja-nuorten-aani-2026-12-08.yaml"
LONG_FILE = "/home/aino/Asiakirjat/Osallisuus/Nuorten ääni/answers/tyopaja-nuorten-aani-2026-12-08.yaml"
COMMAND = f"osallisuus workshop --resume '{LONG_FILE}' --lang sv"


def _messages(lang: str) -> list[tuple[str, list[str]]]:
    """What the command says, with the pieces it keeps whole."""
    report = f"osallisuus report '{LONG_FILE}'"
    return [
        (tn("workshop.started", 7, lang, project="Nuorten ääni", phase="toteutus", target=FILE), [FILE]),
        (t("workshop.open_facilitator", lang), []),
        (t("workshop.room_only", lang), []),
        (t("workshop.phones_address", lang), []),
        (t("workshop.finished", lang, target=LONG_FILE, command=report), [LONG_FILE, report]),
        (t("workshop.interrupted", lang, target=LONG_FILE, command=COMMAND), [LONG_FILE, COMMAND]),
    ]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("width", [40, 60, 100])
def test_the_workshops_lines_break_between_words_and_keep_what_is_copied_whole(lang: str, width: int) -> None:
    for message, keep in _messages(lang):
        shown = between_words(message, width, keep)
        assert shown.split() == message.split(), "only spaces become line breaks"
        lines = shown.split("\n")
        for piece in keep:
            assert any(piece in line for line in lines), (piece, "on one line, unbroken")
        for line in lines:
            kept = [piece for piece in keep if piece in line]
            if not kept:  # a line of words only fits the terminal, or is one word too long to fit any line
                assert len(line) <= width or " " not in line, (width, line)
        assert ("\n" in shown) == (len(message) > width), "a line that fits is left alone"


def test_the_words_after_a_long_piece_go_on_where_its_last_row_ends() -> None:
    path = "x" * 70  # 60 columns and 10 on the next row
    text = f"Kaikki on tallessa tiedostossa {path}; jatka komennolla: osallisuus workshop --resume answers/t.yaml"
    shown = between_words(text, 60, [path])
    assert shown.split("\n") == [
        "Kaikki on tallessa tiedostossa",
        f"{path}; jatka komennolla: osallisuus workshop --resume",  # its last row: 10 + 48 columns
        "answers/t.yaml",
    ]


def test_a_command_wider_than_the_line_starts_a_line_of_its_own() -> None:
    shown = between_words(t("workshop.interrupted", "fi", target=FILE, command=COMMAND), 60, [FILE, COMMAND])
    assert shown.split("\n")[-1] == COMMAND


@pytest.mark.parametrize("lang", LANGS)
def test_the_command_to_continue_and_its_file_are_shown_whole_however_long(lang: str) -> None:
    """A long project name or folder made them end in '…' (a value from a file is cut at 120 characters): the
    printed command did not run."""
    from osallisuus_cli.errors import MAX_VALUE, Interrupted, UsageError

    target = "/home/aino/" + "Nuorten ääni ja osallisuus Keski-Suomessa/" * 4 + "answers/tyopaja.yaml"
    command = f"osallisuus workshop --resume '{target}' --lang {lang} --lan"
    assert len(target) > MAX_VALUE
    (line,) = Interrupted("workshop.interrupted", target=target, command=command).lines(lang)
    assert line == t("workshop.interrupted", lang, target=target, command=command)
    (line,) = Interrupted("assess.saved_resume", command=command).lines(lang)
    assert line == t("assess.saved_resume", lang, command=command)
    (line,) = UsageError("workshop.err_section", section=target, known="1, 2A").lines(lang)
    assert target not in line, "a value in any other message is still cut"


pexpect = pytest.importorskip("pexpect")
INSTALLED = Path(sys.executable).parent / "osallisuus"


@pytest.mark.slow
@pytest.mark.timeout(60)
@pytest.mark.skipif(not INSTALLED.exists(), reason="the osallisuus command is not installed next to this Python")
def test_at_sixty_columns_no_line_is_cut_in_mid_word(tmp_path: Path) -> None:
    left_out = ("COLUMNS", "LINES")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OSALLISUUS_", "LC_")) and k not in left_out}
    env.update({"NO_COLOR": "1", "TERM": "xterm", "LANG": "C.UTF-8"})
    args = ["workshop", "--project", "Nuorten ääni", "--section", "1", "--port", "0", "--lang", "fi"]
    child = pexpect.spawn(
        str(INSTALLED),
        args,
        cwd=str(tmp_path),
        env=env,
        encoding="utf-8",
        timeout=30,
        dimensions=(30, 60),
        preexec_fn=in_the_foreground,
    )
    child.logfile_read = io.StringIO()
    child.expect(r"(http://127\.0\.0\.1:\d+/)f/\S+")
    _wait_until_it_answers(child.match.group(1))
    child.expect_exact(t("workshop.room_only", "fi").split()[-1])
    child.sendintr()
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    shown = [line for line in child.logfile_read.getvalue().replace("\r", "").split("\n") if line.strip()]
    (saved,) = (tmp_path / "answers").glob("*.yaml")
    resume = f" workshop --resume answers/{saved.name} --lang fi"
    (command,) = [line for line in shown if line.endswith(resume)]  # on a line of its own, whole
    said = " ".join(" ".join(shown).split())
    assert " ".join(t("workshop.interrupted", "fi", target=str(saved), command=command).split()) in said
    for message in (t("workshop.open_facilitator", "fi"), t("workshop.room_only", "fi")):
        assert message in said
    for line in shown:
        if str(saved) not in line and line != command:  # what is kept whole is left to the terminal's soft wrap
            assert len(line) <= 60, line


@pytest.mark.slow
@pytest.mark.timeout(60)
@pytest.mark.skipif(not INSTALLED.exists(), reason="the osallisuus command is not installed next to this Python")
def test_ctrl_c_the_moment_the_address_is_shown_says_only_that_all_is_saved(tmp_path: Path) -> None:
    """Before the server's loop runs, Ctrl-C left uvicorn's coroutine unstarted and Python warned of it on the
    terminal ('RuntimeWarning: coroutine ... was never awaited') above the message that all is saved."""
    left_out = ("COLUMNS", "LINES")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OSALLISUUS_", "LC_")) and k not in left_out}
    env.update({"NO_COLOR": "1", "TERM": "xterm", "LANG": "C.UTF-8"})
    args = ["workshop", "--project", "P", "--port", "0", "--lang", "en"]
    child = pexpect.spawn(
        str(INSTALLED), args, cwd=str(tmp_path), env=env, encoding="utf-8", timeout=30, preexec_fn=in_the_foreground
    )
    child.logfile_read = io.StringIO()
    child.expect_exact("http://")
    child.sendintr()
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    shown = child.logfile_read.getvalue()
    assert "Warning" not in shown
    assert "Traceback" not in shown
    start = t("workshop.interrupted", "en", target="\x00", command="").split("\x00")[0]
    assert " ".join(start.split()) in " ".join(shown.split())


def _wait_until_it_answers(url: str) -> None:
    """The server's socket is bound before the addresses are printed, so a request waits for its loop to answer
    (any status will do): a Ctrl-C before the loop runs is another story than this test's."""
    import urllib.error
    import urllib.request

    with contextlib.suppress(urllib.error.HTTPError):
        urllib.request.urlopen(url, timeout=20).close()
