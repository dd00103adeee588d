"""Where the output goes wrong: an output that is one of the inputs or a folder, a full disk.

Each case is one line on stderr, the documented exit code, and no input or earlier output touched. (A reader that
stops reading, ``| head``, is handled for every command alike: see test_cli_basics.py.)
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from osallisuus_cli.cli.app import app
from osallisuus_cli.model import answers
from tests.conftest import make_answers

BIN = Path(sys.executable).parent / "osallisuus"
IDS = [f"{i:08d}-3333-4333-8333-333333333333" for i in range(12)]


@pytest.fixture
def folder(tmp_path: Path, qs) -> Path:
    answers_dir = tmp_path / "answers"
    answers_dir.mkdir()
    for i, rid in enumerate(IDS[:3]):
        levels = {q.id: (i + n) % 5 for n, q in enumerate(qs.questions)}
        doc = make_answers(qs, levels, respondent_id=rid, name=f"Vastaaja {i}", how={"q01": "Avoin ilta " * 20})
        answers.save_answers(answers_dir / f"vastaaja-{i}.yaml", doc, qs)
    return answers_dir


@pytest.fixture
def team(runner, folder: Path, tmp_path: Path) -> Path:
    out = tmp_path / "tiimi.yaml"
    assert runner.invoke(app, ["merge", str(folder), "-o", str(out)]).exit_code == 0
    return out


@pytest.mark.parametrize("fmt", ["csv", "json", "jsonl"])
def test_export_never_writes_over_its_input_even_with_force(runner, team: Path, fmt: str) -> None:
    before = team.read_bytes()
    result = runner.invoke(app, ["export", str(team), "-F", fmt, "-o", str(team), "--force", "--lang", "en"])
    assert result.exit_code == 2, result.output
    assert result.stderr.count("\n") == 1
    assert "the output file is also an input" in result.stderr
    assert team.read_bytes() == before


def test_export_into_a_file_inside_an_input_folder_is_refused_too(runner, folder: Path) -> None:
    target = folder / "vastaaja-1.yaml"
    before = target.read_bytes()
    result = runner.invoke(app, ["export", str(folder), "-o", str(target), "--force"])
    assert result.exit_code == 2
    assert "syötetiedosto" in result.stderr
    assert target.read_bytes() == before


def test_merge_may_rewrite_its_team_file_but_never_an_answers_file(runner, folder: Path, team: Path, qs) -> None:
    # Bringing a newcomer into the team file in place is the ordinary way to keep it up to date.
    newcomer = make_answers(qs, {"q01": 4}, respondent_id=IDS[5], name="Uusi")
    answers.save_answers(folder.parent / "uusi.yaml", newcomer, qs)
    result = runner.invoke(app, ["merge", str(team), str(folder.parent / "uusi.yaml"), "-o", str(team), "--force"])
    assert result.exit_code == 0, result.output
    assert "responses:" in team.read_text(encoding="utf-8")
    assert "Uusi" in team.read_text(encoding="utf-8")
    # An answers file is somebody's work in progress: turning it into a team file would end it.
    target = folder / "vastaaja-0.yaml"
    before = target.read_bytes()
    result = runner.invoke(app, ["merge", str(folder), "-o", str(target), "--force", "--lang", "en"])
    assert result.exit_code == 2
    assert "the output file is also an input" in result.stderr
    assert target.read_bytes() == before


@pytest.mark.parametrize(
    "args",
    [
        ["merge", "-o", "{out}"],
        ["merge", "-o", "{out}", "--force"],
        ["export", "-o", "{out}", "--force"],
        ["report", "-o", "{out}"],
        ["report", "-o", "{out}/", "--format", "html"],
    ],
)
def test_an_output_that_is_a_folder_is_a_usage_error(runner, folder: Path, tmp_path: Path, args: list[str]) -> None:
    out = tmp_path / "raportit"
    out.mkdir()
    command, *rest = args
    result = runner.invoke(app, [command, str(folder), *[a.format(out=out) for a in rest], "--lang", "en"])
    assert result.exit_code == 2, result.output
    assert result.stderr.count("\n") == 1
    assert "is a folder" in result.stderr
    assert list(out.iterdir()) == []


def run_cli(*args: str, stdout: int | None = subprocess.PIPE) -> subprocess.Popen[bytes]:
    env = {**os.environ, "NO_COLOR": "1", "OSALLISUUS_LANG": "en"}
    return subprocess.Popen([str(BIN), *args], stdout=stdout, stderr=subprocess.PIPE, env=env)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("args", [["merge"], ["export"], ["report"], ["validate", "--json"]])
def test_a_full_disk_on_standard_output_is_one_clear_line(folder: Path, args: list[str]) -> None:
    with open("/dev/full", "wb") as full:
        process = run_cli(*args[:1], str(folder), *args[1:], stdout=full.fileno())
        _, stderr = process.communicate(timeout=30)
    message = stderr.decode()
    assert process.returncode == 1, message
    assert "could not write to standard output (No space left on device)" in message
    assert "unexpected" not in message
    assert "Traceback" not in message
