"""Progress of long work: the core counts through a callback, the command line draws it on a terminal only."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from osallisuus_cli.cli import progress
from osallisuus_cli.cli.app import app
from osallisuus_cli.i18n import t
from osallisuus_cli.importing.rows import Defaults
from osallisuus_cli.importing.run import plan_import, write_plan
from osallisuus_cli.questionsets.framework import QuestionSet
from osallisuus_cli.teamwork import filecheck, merge, parallel
from tests.conftest import REPO
from tests.test_import_parallel import ROWS, export

sys.path.insert(0, str(REPO / "benchmarks"))
from merge import generate  # the benchmark's realistic answer files

FILES = 30
READ = "common.progress_read_files"


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("progress") / "answers"
    generate(target, FILES, seed=5, projects=2)
    return target


class Heard(list[tuple[str, int, int]]):
    def __call__(self, what: str, done: int, total: int) -> None:
        self.append((what, done, total))


@pytest.mark.parametrize("pooling", [parallel.Pooling(processes=1), parallel.Pooling(read_from=2, processes=2)])
def test_merge_and_validate_count_every_file_read(folder: Path, qs: QuestionSet, pooling: parallel.Pooling) -> None:
    heard = Heard()
    merge.collect_team([folder], qs, pooling=pooling, progress=heard)
    assert heard == [(READ, done, FILES) for done in range(1, FILES + 1)]
    heard.clear()
    filecheck.check_paths([folder], qs, pooling=pooling, progress=heard)
    assert heard == [(READ, done, FILES) for done in range(1, FILES + 1)]


def test_import_counts_rows_read_and_files_written(qs: QuestionSet, tmp_path: Path) -> None:
    heard = Heard()
    plan = plan_import(
        export(tmp_path, qs), qs, mapping=None, defaults=Defaults(), language="fi", keep_names=False, progress=heard
    )
    read = [entry for entry in heard if entry[0] == "common.progress_read_rows"]
    assert read == [("common.progress_read_rows", done, ROWS - 3) for done in range(1, ROWS - 2)]  # blank, merged
    heard.clear()
    summary = write_plan(plan, tmp_path / "answers", force=False, progress=heard)
    assert heard == [("common.progress_write_files", done, summary.written) for done in range(1, summary.written + 1)]


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class Clock:
    now = 100.0

    def __call__(self) -> float:
        return self.now


def test_the_display_appears_only_after_the_delay_and_is_wiped_when_done() -> None:
    screen, clock = Terminal(), Clock()
    display = progress.Display(screen, delay=2.0, clock=clock)
    for done in range(1, 50):
        display(READ, done, 1000)
    assert screen.getvalue() == ""  # a quick command shows nothing
    clock.now += 2.5
    display(READ, 50, 1000)
    drawn = screen.getvalue()
    assert t(READ) in drawn
    assert "50/1000" in drawn
    for done in range(51, 900):  # within a fifth of a second: not one redraw
        display(READ, done, 1000)
    assert screen.getvalue() == drawn
    clock.now += 0.25
    display(READ, 900, 1000)
    assert "900/1000" in screen.getvalue()
    clock.now += 0.01
    display(READ, 1000, 1000)  # the end of a step is drawn, then wiped before the lines that follow
    assert "1000/1000" in screen.getvalue()
    assert screen.getvalue().endswith("\r\x1b[1A\x1b[2K")  # the line it drew, erased


@pytest.mark.parametrize(
    ("quiet", "terminal", "environ", "shown"),
    [
        (False, True, {}, True),
        (True, True, {}, False),  # --quiet
        (False, False, {}, False),  # a pipe or a file
        (False, True, {"CI": "true"}, False),
        (False, True, {"TERM": "dumb"}, False),
    ],
)
def test_a_display_only_on_a_terminal_outside_ci_without_quiet(quiet, terminal, environ, shown) -> None:
    stream = Terminal() if terminal else io.StringIO()
    assert progress.wanted(quiet, stream, environ) is shown


def test_commands_say_the_same_lines_with_the_display_as_without(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """merge, validate, report and export on a terminal (the display from the first file on): the display comes
    and goes, and every usual line is there after it, as --quiet prints them."""
    runner = CliRunner()
    commands = [
        ["merge", str(folder), "-o", str(tmp_path / "team.yaml"), "--force"],
        ["validate", str(folder)],
        ["report", str(folder), "-o", str(tmp_path / "report.html"), "--force"],
        ["export", str(folder), "-o", str(tmp_path / "export.csv"), "--force"],
    ]
    monkeypatch.setattr(progress, "DELAY", 0.0)
    real_wanted = progress.wanted
    for argv in commands:
        monkeypatch.setattr(progress, "wanted", lambda quiet: not quiet)  # stderr is a terminal
        quiet = runner.invoke(app, [*argv, "--quiet"])
        shown = runner.invoke(app, argv)
        assert (shown.exit_code, quiet.exit_code) == (0, 0), shown.stderr
        assert t(READ) not in quiet.stderr
        assert t(READ) in shown.stderr
        assert shown.stderr.endswith(quiet.stderr.splitlines()[-1] + "\n")
        for line in quiet.stderr.splitlines():
            assert line in shown.stderr
        monkeypatch.setattr(progress, "wanted", real_wanted)
        piped = runner.invoke(app, argv)  # CliRunner's stderr is no terminal: exactly the --quiet lines
        assert piped.stderr == quiet.stderr


def test_a_real_terminal_gets_the_display_and_a_pipe_does_not() -> None:
    import os
    import pty

    leader, follower = pty.openpty()
    with open(follower, "w", encoding="utf-8") as terminal:
        assert progress.wanted(False, terminal, {})
    os.close(leader)
    read_end, write_end = os.pipe()
    with open(write_end, "w", encoding="utf-8") as pipe:
        assert not progress.wanted(False, pipe, {})
    os.close(read_end)
