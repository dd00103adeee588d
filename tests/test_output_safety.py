"""Hostile text on its way out: a terminal gets escapes, files get the exact text, CSV cells cannot run or hide.

Free text in answers is written by anyone who can hand in a file: OSC 52 (clipboard write), a title change, a
screen clear, C1 controls, bidi overrides and zero-width characters must not reach a terminal as they are.
"""

from __future__ import annotations

import csv
import io
import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from osallisuus_cli.cli.app import app
from osallisuus_cli.errors import printable
from osallisuus_cli.model import answers
from osallisuus_cli.teamwork.export import neutralise
from tests.conftest import make_answers

HOSTILE = {
    "osc52": "\x1b]52;c;cm0gLXJmIH4=\x07",
    "title": "\x1b]0;pwned\x07",
    "clear": "\x1b[2J\x1b[H",
    "c1": "a\x9b31mb\x9d0;x\x9c",
    "bidi": "maksu \u202eenon\u202c",
    "isolate": "\u2066x\u2069",
    "zero-width": "sa\u200bla\u2060sana\ufeff",
    "marks": "\u200eL\u200fR\u061c",
}
RAW = tuple(
    chr(c) for c in (0x1B, 0x07, 0x9B, 0x9D, 0x9C, 0x202E, 0x202C, 0x2066, 0x2069, 0x200B, 0x2060, 0xFEFF, 0x200E)
)


@pytest.fixture
def folder(tmp_path: Path, qs) -> Path:
    answers_dir = tmp_path / "answers"
    answers_dir.mkdir()
    how = dict(zip(["q01", "q02", "q03", "q04", "q05", "q06", "q07", "q08"], HOSTILE.values(), strict=True))
    doc = make_answers(qs, dict.fromkeys(how, 2), how=how, name="Aino\x1b]0;x\x07")
    answers.save_answers(answers_dir / "aino.yaml", doc, qs)
    return answers_dir


@pytest.mark.parametrize("text", list(HOSTILE.values()), ids=list(HOSTILE))
def test_printable_leaves_nothing_that_drives_or_hides(text: str) -> None:
    shown = printable(text, lines=True)
    assert not any(char in shown for char in RAW)


def test_printable_keeps_emoji_joiners_and_letters() -> None:
    family = "👩\u200d💻 Åke ja Jyväskylä"
    assert printable(family) == family


def run_on_a_terminal(args: list[str], cwd: Path) -> bytes:
    """The command's standard output as a terminal receives it (a real pseudo-terminal)."""
    main, side = pty.openpty()
    env = {**os.environ, "NO_COLOR": "1", "OSALLISUUS_LANG": "en"}
    code = "from osallisuus_cli.main import run; run()"
    with subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=side, stderr=subprocess.DEVNULL, cwd=cwd, env=env
    ) as process:
        os.close(side)
        chunks = []
        while True:
            try:
                chunk = os.read(main, 65536)
            except OSError:  # the other end closed
                break
            if not chunk:
                break
            chunks.append(chunk)
        process.wait(timeout=60)
    os.close(main)
    return b"".join(chunks)


@pytest.mark.parametrize(
    "command", [["export"], ["export", "--format", "json"], ["report", "-o", "-", "--format", "md"]]
)
def test_data_on_a_terminal_is_escaped(folder: Path, command: list[str]) -> None:
    shown = run_on_a_terminal([*command, str(folder)], folder.parent).decode("utf-8")
    assert "Nuorten ääni" in shown
    for char in RAW:
        assert char not in shown, hex(ord(char))
    if command[0] == "export":
        assert "\\x1b]52" in shown or "\\u001b]52" in shown, "what was there is shown, as escapes"


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_a_file_or_pipe_gets_the_exact_text(runner, folder: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"export.{fmt}"
    assert runner.invoke(app, ["export", "--format", fmt, str(folder), "-o", str(out)]).exit_code == 0
    piped = runner.invoke(app, ["export", "--format", fmt, str(folder)]).stdout
    assert out.read_text(encoding="utf-8") == piped
    text = out.read_text(encoding="utf-8")
    rows = json.loads(text) if fmt == "json" else [json.loads(line) for line in text.splitlines()]
    assert {row["how"] for row in rows if row["how"]} == set(HOSTILE.values())


def test_csv_cells_keep_no_raw_controls(runner, folder: Path) -> None:
    text = runner.invoke(app, ["export", str(folder)]).stdout
    assert "\x1b" not in text
    assert "\x00" not in text
    assert "\x9b" not in text
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows[0]["how"] == "\\x1b]52;c;cm0gLXJmIH4=\\x07"
    assert rows[0]["respondent_name"] == "Aino\\x1b]0;x\\x07"


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("\r=1+1", "'\r=1+1"),
        ("\n=cmd", "'\n=cmd"),
        ("  =SUM(A1)", "'  =SUM(A1)"),
        ("\u3000＝1", "'\u3000＝1"),
        ("－1", "'－1"),
        ("\tx", "'\tx"),
        (" hyvin", " hyvin"),
        ("Kahvila", "Kahvila"),
    ],
)
def test_formula_starts_hidden_behind_blanks_are_neutralised(cell: str, expected: str) -> None:
    assert neutralise(cell) == expected


def test_nul_in_a_csv_cell_is_written_as_an_escape(runner, tmp_path: Path, qs) -> None:
    folder = tmp_path / "answers"
    folder.mkdir()
    answers.save_answers(folder / "a.yaml", make_answers(qs, {"q01": 1}, how={"q01": "a\x00b\rc"}), qs)
    rows = list(csv.DictReader(io.StringIO(runner.invoke(app, ["export", str(folder)]).stdout)))
    assert rows[0]["how"] == "a\\x00b\nc"
