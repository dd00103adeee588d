"""Quoted user data is capped in every message: a key, a value or a file name of a megabyte gives a line of a
readable length that still names the place and ends with what to do."""

from __future__ import annotations

from pathlib import Path

import pytest

from osallisuus_cli.cli.app import app
from osallisuus_cli.errors import MAX_LINE, MAX_NAME, Problem, message_lines, shortened
from tests.conftest import REPO

HUGE = "k" * 1_000_000
ANSWERS = (REPO / "tests" / "corpus" / "unknown-field.yaml").read_text(encoding="utf-8").replace("langauge: fi\n", "")


def test_shortened_keeps_both_ends() -> None:
    text = "alku-" + "x" * 1000 + "-loppu"
    cut = shortened(text, 50)
    assert len(cut) == 50
    assert cut.startswith("alku-")
    assert cut.endswith("-loppu")
    assert shortened("lyhyt", 50) == "lyhyt"
    assert message_lines("a\n" + "b" * 5000) == "a\n" + shortened("b" * 5000, MAX_LINE)


def test_a_problem_caps_its_file_name_place_and_values() -> None:
    problem = Problem("common.v.choice", {"value": HUGE, "allowed": "0–4"}, "answers/" + HUGE + ".yaml", 3, HUGE)
    line = problem.render("en")
    assert len(line) < 2 * MAX_NAME + 200
    assert line.endswith("is not valid — allowed: 0–4")
    assert ".yaml:3: kkk" in line
    assert len(problem.as_dict("en")["path"]) == MAX_NAME


@pytest.mark.parametrize(
    ("name", "text", "command"),
    [
        ("a.yaml", ANSWERS.replace("language: fi\n", f"language: fi\n? {HUGE}\n: fi\n"), ["validate"]),
        ("a.yaml", ANSWERS.replace("  q02:\n", f"  ? {HUGE}\n  :\n"), ["merge", "-o", "team.yaml"]),
        ("a.yaml", ANSWERS.replace("    level: 3\n", f"    level: 3\n    ? {HUGE}\n    : x\n"), ["export"]),
        ("fw.yaml", f"id: x\n? {HUGE}\n: 1\n", ["questions", "check"]),
    ],
)
def test_a_megabyte_key_gives_short_lines_in_every_command(runner, tmp_path, monkeypatch, name, text, command) -> None:
    monkeypatch.chdir(tmp_path)
    Path(name).write_text(text, encoding="utf-8")
    result = runner.invoke(app, [*command, name])
    assert result.exit_code == 1, result.output
    lines = result.stderr.splitlines()
    assert lines
    assert max(len(line) for line in lines) <= MAX_LINE
    assert any(f"{name}:" in line and "kkk…kkk" in line for line in lines), "the place is named, cut in the middle"
    assert not Path("team.yaml").exists()


def test_a_project_file_with_a_megabyte_key_gives_short_lines(runner, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("osallisuus.yaml").write_text(f"project: x\n? {HUGE}\n: 1\n", encoding="utf-8")
    result = runner.invoke(app, ["validate"])
    assert result.exit_code in (1, 2)
    assert max(len(line) for line in result.stderr.splitlines()) <= MAX_LINE
