"""Consoles that cannot show every character: a legacy Windows code page, an ASCII CI runner.

Every command runs as a real process with ``PYTHONIOENCODING`` set, the way a console hands Python its encoding:
none may crash, what it prints is in the console's encoding (stand-ins where a character is missing) and what it
writes to files is UTF-8.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from osallisuus_cli.cli import streams
from osallisuus_cli.i18n import catalogue, catalogue_names, t
from tests.conftest import REPO


def osallisuus(
    *args: str, cwd: Path, encoding: str = "ascii", stdin: str = "", **env: str
) -> subprocess.CompletedProcess[bytes]:
    environment = {key: value for key, value in os.environ.items() if not key.startswith("OSALLISUUS_")}
    environment.update(PYTHONIOENCODING=encoding, PYTHONPATH=str(REPO), NO_COLOR="1", **env)
    return subprocess.run(
        [sys.executable, "-m", "osallisuus_cli", *args],
        cwd=cwd,
        input=stdin.encode(),
        capture_output=True,
        env=environment,
        timeout=60,
        check=False,
    )


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo's team: answers in two phases, with names, free text and a data-check warning."""
    folder = tmp_path_factory.mktemp("demo")
    done = osallisuus("demo", "-o", "demo", cwd=folder, encoding="utf-8")
    assert done.returncode == 0, done.stderr.decode()
    return folder


def clean(done: subprocess.CompletedProcess[bytes], encoding: str, code: int = 0) -> str:
    """stderr of a command that ended as it should, checked to be in ``encoding``; stdout must be too."""
    errors = done.stderr.decode(encoding)  # UnicodeDecodeError: a character the console cannot show got through
    assert done.returncode == code, errors
    assert "Traceback" not in errors
    assert "UnicodeEncodeError" not in errors
    assert t("common.unexpected", detail="")[:12] not in errors
    return errors


# Every command, each doing real work on the demo's files; their stdout is text for the console.
TEXT_COMMANDS = {
    "help": ["--help"],
    "version": ["--version"],
    "questions list": ["questions", "list"],
    "questions show": ["questions", "show", "3"],
    "questions check": ["questions", "check", str(REPO / "questions" / "thl-osallisuus-24.yaml")],
    "validate": ["validate", "demo/answers"],
    "merge": ["merge", "demo/answers", "-o", "merged.yaml", "--force"],
    "report": ["report", "demo/answers", "-o", "report.html", "--force"],
    "report summary": ["report", "demo/team.yaml", "--template", "summary", "-o", "summary.md", "--force"],
    "export": ["export", "demo/answers", "-o", "export.csv", "--force"],
    "form": ["form", "-o", "lomake.html"],
    "init": ["init", "hanke", "--no-input", "--name", "Kylätalo – kaikille", "--phase", "toteutus"],
    "assess no-input": ["assess", "--no-input", "--from", "demo/answers/toteutus/samir.yaml", "-o", "samir.yaml"],
    "demo": ["demo", "-o", "demo2"],
    "workshop cards": ["workshop", "--cards", "-o", "kortit.html", "--project", "Kylätalo – kaikille"],
    "usage error": ["report", "--no-such-option"],
}


@pytest.mark.parametrize("command", TEXT_COMMANDS)
def test_every_command_runs_on_an_ascii_console(demo: Path, command: str) -> None:
    done = osallisuus(*TEXT_COMMANDS[command], cwd=demo)
    clean(done, "ascii", code=2 if command == "usage error" else 0)
    done.stdout.decode("ascii")  # UnicodeDecodeError: a character the console cannot show got through


def ascii_text(text: str) -> str:
    """``text`` as a console that says ASCII shows it: with the stand-ins of cli.streams."""
    return text.encode("ascii", errors=streams.STAND_IN).decode("ascii")


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
@pytest.mark.parametrize(
    ("args", "name", "stream"),
    [
        (["--help"], "app", "stdout"),
        (["report", "--help"], "report", "stdout"),
        (["questions", "show", "-h"], "questions_show", "stdout"),
        ([], "app", "stderr"),  # the command alone: its help, on stderr (exit 2)
        (["questions"], "questions", "stderr"),
    ],
)
def test_help_on_an_ascii_console_has_stand_ins_as_every_other_text(lang: str, args, name: str, stream: str) -> None:
    """Help follows the rule of every text the tool writes: a console that lacks a letter gets its stand-in (not
    UTF-8 bytes it would show as mojibake, not a crash), in the language asked for."""
    done = osallisuus(*args, cwd=REPO, OSALLISUUS_LANG=lang)
    shown = (done.stdout if stream == "stdout" else done.stderr).decode("ascii")
    assert done.returncode == (0 if stream == "stdout" else 2), done.stderr
    flowing = " ".join(shown.split())
    assert flowing.startswith(ascii_text(t("help.usage", lang)) + " "), flowing[:80]
    assert " ".join(ascii_text(t(f"help.{name}", lang)).split()) in flowing
    assert ascii_text(t("help.opt.help", lang)) in flowing


def test_help_on_a_utf8_console_or_a_legacy_code_page_keeps_its_letters() -> None:
    assert osallisuus("--help", cwd=REPO, encoding="utf-8").stdout.decode("utf-8").startswith("Käyttö:")
    done = osallisuus("--help", cwd=REPO, encoding="cp850")
    assert done.stdout.decode("cp850").startswith("Käyttö:")


@pytest.mark.parametrize("encoding", ["cp1252", "cp850"])
def test_legacy_code_pages_keep_their_own_letters(demo: Path, encoding: str) -> None:
    done = osallisuus("questions", "show", "3", cwd=demo, encoding=encoding)
    clean(done, encoding)
    shown = done.stdout.decode(encoding)
    assert "Etsitäänkö" in shown  # ä is in both code pages: kept, not stood in for
    errors = clean(osallisuus("validate", "demo/answers", cwd=demo, encoding=encoding), encoding)
    assert "vastattu 23/24" in errors


def test_files_are_utf8_whatever_the_console(demo: Path) -> None:
    for name in ("report.html", "export.csv", "merged.yaml", "summary.md"):
        (demo / name).unlink(missing_ok=True)
    for command in ("report", "export", "merge", "report summary"):
        clean(osallisuus(*TEXT_COMMANDS[command], cwd=demo), "ascii")
    assert "Kylätalo kaikille" in (demo / "report.html").read_text(encoding="utf-8")
    assert "Kylätalo kaikille" in (demo / "merged.yaml").read_text(encoding="utf-8")
    assert "Kylätalo kaikille" in (demo / "export.csv").read_text(encoding="utf-8")
    assert "–" in (demo / "summary.md").read_text(encoding="utf-8")


def test_data_piped_from_stdout_is_utf8(demo: Path) -> None:
    done = osallisuus("export", "demo/answers", "-F", "json", cwd=demo)
    clean(done, "ascii")
    assert "Kylätalo kaikille" in done.stdout.decode("utf-8")
    done = osallisuus("report", "demo/team.yaml", cwd=demo)
    clean(done, "ascii")
    assert "Kylätalo kaikille" in done.stdout.decode("utf-8")


def test_plain_assess_reads_and_shows_finnish_on_an_ascii_console(tmp_path: Path) -> None:
    # A terminal that says "ASCII" sends UTF-8: the project's name is kept as typed, and shown with stand-ins.
    done = osallisuus("assess", "--plain", "-o", "vastaukset.yaml", cwd=tmp_path, stdin="Kylätalo\n2\nÄijä\n\n1\n")
    errors = clean(done, "ascii", code=130)
    shown = done.stdout.decode("ascii")
    assert "Kylatalo" in shown
    saved = (tmp_path / "vastaukset.yaml").read_text(encoding="utf-8")
    assert "Kylätalo" in saved
    assert "Äijä" in saved
    assert "vastaukset.yaml" in errors


def test_stand_ins_read_the_same() -> None:
    text = "Vastattu 3/24 – ✓ valmis → seuraava… “lainaus” 0⁠–⁠4 ████░░ 🎉 Åbo Kärkölä ≥ 5 œuvre Łódź 漢"
    shown = text.encode("ascii", errors=streams.STAND_IN).decode("ascii")
    assert shown == 'Vastattu 3/24 - v valmis -> seuraava... "lainaus" 0-4 ####.. * Abo Karkola >= 5 oeuvre Lodz ?'
    latin = text.encode("cp1252", errors=streams.STAND_IN).decode("cp1252")
    assert "Kärkölä" in latin
    assert "Åbo" in latin
    assert "–" in latin  # cp1252 has the en dash
    assert "0–4" in latin  # but not the word joiner around it


def test_every_character_of_the_catalogues_has_a_stand_in_on_an_ascii_console() -> None:
    """What the tool says is read in full on an ASCII console: no letter or sign of a message becomes "?"."""
    missing = {
        f"{char!r} in {key} ({lang})"
        for area in catalogue_names()
        for key, texts in catalogue(area).items()
        for lang, text in texts.items()
        for char in text
        if not char.isascii() and streams.stand_in(char, "ascii") == "?"
    }
    assert not missing


def test_streams_that_hold_unicode_are_left_alone() -> None:
    class Streams:
        stdout = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
        stderr = io.TextIOWrapper(io.BytesIO(), encoding="cp850")
        stdin = io.TextIOWrapper(io.BytesIO("Äijä\n".encode()), encoding="ascii")

    streams.set_up(Streams)
    assert Streams.stdout.errors == "strict"
    assert Streams.stderr.errors == streams.STAND_IN
    assert Streams.stdin.readline() == "Äijä\n"
    streams.set_up(Streams)  # a second time changes nothing
    assert Streams.stderr.errors == streams.STAND_IN


class NoConsoleScreenBufferError(Exception):
    """What prompt_toolkit raises on Windows in a terminal without a console screen buffer (Git Bash's mintty)."""


def test_assess_falls_back_to_plain_lines_where_the_menus_cannot_open_the_console(runner, tmp_path, monkeypatch):
    import prompt_toolkit.output.defaults

    from osallisuus_cli.cli.commands import assess
    from osallisuus_cli.main import app

    def no_console(*args: object, **kwargs: object) -> None:
        raise NoConsoleScreenBufferError("Found xterm-256color, while expecting a Windows console.")

    monkeypatch.setattr(assess, "_is_terminal", lambda stream: True)  # a terminal, as mintty is one
    monkeypatch.setattr(prompt_toolkit.output.defaults, "create_output", no_console)
    monkeypatch.chdir(tmp_path)
    target = tmp_path / "vastaukset.yaml"
    result = runner.invoke(app, ["assess", "-o", target.name], input="Kylätalo\n2\n\n\n3\n")
    assert result.exit_code == 130, result.output
    assert t("assess.plain_fallback", reason="NoConsoleScreenBufferError") + "\n" in result.stderr
    assert result.stderr.count("NoConsoleScreenBufferError") == 1
    assert "Kylätalo" in target.read_text(encoding="utf-8")  # the first answer, given in plain lines, is saved
    assert "--plain" in result.stderr.splitlines()[-1]  # the command that continues asks for plain lines at once


def test_the_menus_open_a_real_terminal(monkeypatch) -> None:
    import pty

    from osallisuus_cli.cli.prompts import menus_unavailable

    leader, follower = pty.openpty()
    with open(follower, encoding="utf-8") as keys, open(os.dup(follower), "w", encoding="utf-8") as screen:
        monkeypatch.setattr(sys, "stdin", keys)
        monkeypatch.setattr(sys, "stdout", screen)
        assert menus_unavailable() is None
    os.close(leader)


def test_commands_to_copy_are_quoted_as_windows_shells_read_them(monkeypatch, tmp_path) -> None:
    from pathlib import PureWindowsPath

    from osallisuus_cli.cli import commandline

    monkeypatch.setattr(commandline, "on_windows", lambda: True)
    answers = PureWindowsPath("C:/Users/Matti Meikäläinen/Tiedostot/vastaukset.yaml")
    line = commandline.join_command([r".venv\Scripts\osallisuus.exe", "assess", "-o", str(answers), "--lang", "fi"])
    assert (
        line
        == r'.venv\Scripts\osallisuus.exe assess -o "C:\Users\Matti Meikäläinen\Tiedostot\vastaukset.yaml" --lang fi'
    )
    assert (
        commandline.join_command(["report", r"D:\Hanke & tiimi\answers", ""]) == r'report "D:\Hanke & tiimi\answers" ""'
    )
    # the command that continues a session, with a folder whose name has a space
    target = tmp_path / "Matti Meikäläinen" / "vastaukset.yaml"
    command = commandline.resume_command(target, cwd=tmp_path, program_words=["osallisuus"], plain=True)
    assert command == f'osallisuus assess -o "{Path("Matti Meikäläinen", "vastaukset.yaml")}" --plain'


def test_commands_to_copy_are_quoted_for_posix_shells_elsewhere(monkeypatch) -> None:
    import shlex

    from osallisuus_cli.cli import commandline

    monkeypatch.setattr(commandline, "on_windows", lambda: False)
    words = ["osallisuus", "assess", "-o", "Matti Meikäläinen/vastaukset.yaml", "--plain"]
    assert shlex.split(commandline.join_command(words)) == words


def test_a_report_shown_on_a_legacy_console_is_in_its_code_page(demo: Path) -> None:
    import pty

    leader, follower = pty.openpty()
    environment = {key: value for key, value in os.environ.items() if not key.startswith("OSALLISUUS_")}
    environment.update(PYTHONIOENCODING="cp850", PYTHONPATH=str(REPO), NO_COLOR="1", COLUMNS="100")
    process = subprocess.Popen(
        [sys.executable, "-m", "osallisuus_cli", "report", "demo/team.yaml"],
        cwd=demo,
        stdin=subprocess.DEVNULL,
        stdout=follower,
        stderr=subprocess.DEVNULL,
        env=environment,
    )
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the other end closed: the report is all there
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    assert process.wait(timeout=30) == 0
    assert "ä".encode() not in shown  # not UTF-8, which the console would show as "Ã¤"
    text = shown.decode("cp850")
    assert "Kylätalo kaikille" in text
    assert "████" in text  # cp850 has the blocks of the bars
    assert "0-4" in text  # but not the word joiners around a range's dash


def example_lines() -> list[tuple[str, str]]:
    """Every command line of the README and the docs that runs this tool: code blocks, inline code, CI files."""
    import re

    found = []
    sources = [REPO / "README.md", REPO / "action.yml", *sorted((REPO / "docs").rglob("*.md"))]
    sources += sorted((REPO / "docs").rglob("*.yml"))
    for path in sources:
        text = path.read_text(encoding="utf-8")
        pieces = re.findall(r"```.*?```", text, flags=re.S) + re.findall(r"`([^`\n]+)`", text)
        if path.suffix == ".yml":  # a workflow or the action: every line
            pieces = [text]
        for piece in pieces:
            found += [(path.name, line) for line in piece.splitlines() if re.search(r"\bosallisuus(_cli)? ", line)]
    return found


def test_every_example_writes_its_files_with_o() -> None:
    """A redirect writes the console's code page (cmd.exe) or UTF-16 (PowerShell 5.1): files are written with -o.
    docs/windows.md shows the redirect once, as what not to do."""
    import re

    lines = example_lines()
    assert len(lines) > 50
    redirected = [
        (name, line)
        for name, line in lines
        if re.search(r"(?<![-=<])>>?\s*[\w\"$%.]", line.split("#")[0]) and name != "windows.md"
    ]
    assert redirected == []
    assert any("-o" in line for name, line in lines if name == "windows.md")


@pytest.mark.skipif(sys.platform == "win32", reason="a pseudo-terminal")
def test_menus_on_an_ascii_terminal_write_stand_ins_not_question_marks() -> None:
    """prompt_toolkit encodes with "?" what a console lacks; the menus get the same stand-ins as the rest."""
    from osallisuus_cli.cli.prompts.rich_ui import menu_output

    master, slave = os.openpty()
    try:
        with open(slave, "w", encoding="ascii", errors=streams.STAND_IN, closefd=False) as console:
            output = menu_output(console)
            assert output is not None
            text = t("assess.choose_instruction", "fi", keys="0–4")
            output.write(f"» {text}")
            output.flush()
            shown = os.read(master, 4096).decode("ascii")
        assert "?" not in shown
        assert shown == f"» {text}".encode("ascii", errors=streams.STAND_IN).decode("ascii")
        with open(slave, "w", encoding="utf-8", closefd=False) as utf8:
            assert menu_output(utf8) is None  # a terminal that shows every letter keeps prompt_toolkit's own output
    finally:
        os.close(master)
        os.close(slave)
