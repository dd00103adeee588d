"""A write killed inside its window leaves nothing behind for long: real processes, killed with a real SIGKILL while
their files are written, and the next command that reads or writes the folder removes what they left (validate says
so). A write that is still under way is never touched. Files are flushed one by one, never with ``os.sync``."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from osallisuus_cli.cli.app import app
from osallisuus_cli.files import fsutil, staging
from osallisuus_cli.i18n import t
from tests.conftest import make_answers, write_answers
from tests.forms import forms_rows, write_xlsx

pytestmark = [pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and advisory locks are POSIX")]

# A real process that writes through the tool's own code and stops inside the write window: after its files are
# written into the staging folder and before they are moved into place (the moment a kill leaves the most behind).
# It says "ready" and waits to be killed. ``import`` runs the whole command, the others one save.
CHILD = textwrap.dedent(
    """
    import signal, sys
    from pathlib import Path
    from osallisuus_cli.files import fsutil

    def stop_here(*args, **kwargs):
        print("ready", flush=True)
        signal.pause()

    what, target = sys.argv[1], Path(sys.argv[2])
    if what == "import":
        fsutil._flush = stop_here
        from osallisuus_cli.cli.app import run
        sys.argv = ["osallisuus", "import", *sys.argv[3:], "-o", str(target)]
        run()
    elif what == "save":
        import os
        real = os.fsync
        os.fsync = lambda fd: stop_here() if Path(f"/proc/self/fd/{fd}").resolve().is_file() else real(fd)
        fsutil.atomic_write(target / "aino.yaml", "kopio vastauksista\\n", private=True)
    """
)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.fixture
def killed(tmp_path: Path, qs) -> Iterator[Any]:
    """Start a writer in ``answers/``, kill it inside its window with SIGKILL; the folder it left."""
    folder = tmp_path / "answers"
    children: list[subprocess.Popen[str]] = []

    def start(what: str, *args: str) -> subprocess.Popen[str]:
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, what, str(folder), *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=tmp_path,
        )
        children.append(child)
        assert child.stdout is not None
        assert child.stdout.readline() == "ready\n", child.stderr.read() if child.stderr else ""
        return child

    def kill(what: str, *args: str) -> Path:
        child = start(what, *args)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
        assert child.returncode == -signal.SIGKILL
        return folder

    folder.mkdir()
    write_answers(folder / "eero.yaml", make_answers(qs, {"q01": 2}, name="Eero"), qs)
    kill.start = start
    yield kill
    for child in children:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=10)


def survey(tmp_path: Path, qs, rows: int = 30) -> Path:
    header, body = forms_rows(qs, rows=rows)
    return write_xlsx(tmp_path / "forms.xlsx", header, body)


def test_a_killed_import_leaves_copies_that_validate_removes_and_names(runner, killed, tmp_path, qs) -> None:
    folder = killed("import", str(survey(tmp_path, qs)))
    left = leftovers(folder)
    assert len(left) == 1, "one staging folder, not a file per answers file"
    assert staging.STAGING.match(left[0])
    assert len(list((folder / left[0]).iterdir())) == 31, "30 whole copies of answers and the lock"
    assert sorted(p.name for p in folder.glob("*.yaml")) == ["eero.yaml"], "nothing was moved into place"

    result = runner.invoke(app, ["validate", str(folder), "--lang", "en"])
    assert result.exit_code == 0, result.output
    said = f"warning: {folder / left[0]}: {t('team.leftover_removed', 'en')}"
    assert said in result.stderr.splitlines()
    assert leftovers(folder) == []


def test_validate_strict_fails_on_a_leftover_and_json_lists_it(runner, killed, tmp_path, qs) -> None:
    folder = killed("import", str(survey(tmp_path, qs, rows=2)))
    left = leftovers(folder)
    result = runner.invoke(app, ["validate", str(folder), "--strict", "--json"])
    assert result.exit_code == 1, "a CI run fails, so the copy is looked for where it went"
    assert json.loads(result.stdout)["removed_leftovers"] == [str(folder / left[0])]
    assert leftovers(folder) == []


@pytest.mark.parametrize(
    "command",
    [
        ["merge", "answers", "-o", "team.yaml"],
        ["report", "answers", "-o", "report.md"],
        ["export", "answers", "-o", "answers.csv"],
    ],
)
def test_every_command_that_reads_the_folder_removes_what_a_killed_save_left(
    runner, killed, command, tmp_path, monkeypatch
) -> None:
    folder = killed("save")
    assert len(leftovers(folder)) == 1
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, command)
    assert result.exit_code == 0, result.output
    assert leftovers(folder) == []
    assert sorted(p.name for p in folder.iterdir()) == ["eero.yaml"], "the kill came before the rename"


def test_the_next_import_removes_what_a_killed_import_left_and_writes_everything(runner, killed, tmp_path, qs) -> None:
    path = survey(tmp_path, qs, rows=5)
    folder = killed("import", str(path))
    assert leftovers(folder)
    result = runner.invoke(app, ["import", str(path), "-o", str(folder)])
    assert result.exit_code == 0, result.output
    assert leftovers(folder) == []
    assert len(list(folder.glob("*.yaml"))) == 6


def test_a_write_under_way_is_never_touched(runner, killed, tmp_path, qs) -> None:
    folder = tmp_path / "answers"
    writer = killed.start("import", str(survey(tmp_path, qs, rows=3)))
    left = leftovers(folder)
    assert len(left) == 1
    result = runner.invoke(app, ["validate", str(folder), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert t("team.leftover_removed", "en") not in result.stderr
    write_answers(folder / "aino.yaml", make_answers(qs, {"q02": 1}), qs)  # a save beside it
    assert leftovers(folder) == left, "the live writer's staging folder stays"
    assert writer.poll() is None


def test_a_killed_answers_save_leaves_nothing_the_next_save_keeps(killed, qs) -> None:
    folder = killed("save")
    assert len(leftovers(folder)) == 1
    write_answers(folder / "aino.yaml", make_answers(qs, {"q01": 1}), qs)
    assert leftovers(folder) == []
    assert sorted(p.name for p in folder.iterdir()) == ["aino.yaml", "eero.yaml"]


def test_an_empty_staging_folder_without_its_lock_is_taken_for_a_dead_writers(tmp_path: Path) -> None:
    stage = tmp_path / ".osallisuus-save.abcd1234.tmp"
    stage.mkdir()
    assert staging.remove_abandoned(tmp_path) == [stage]
    other = tmp_path / ".osallisuus-save.ABCD1234.tmp"  # not the tool's pattern
    other.mkdir()
    linked = tmp_path / ".osallisuus-save.zzzzzzzz.tmp"
    linked.symlink_to(tmp_path / "elsewhere")
    assert staging.remove_abandoned(tmp_path) == []
    assert other.is_dir()
    assert linked.is_symlink()


def test_many_files_are_flushed_one_by_one_and_the_folder_after_never_with_os_sync(tmp_path, monkeypatch) -> None:
    flushed: list[str] = []
    real = os.fsync

    def recording(fd: int) -> None:
        flushed.append("folder" if os.path.isdir(f"/proc/self/fd/{fd}") else "file")
        real(fd)

    def forbidden() -> None:
        raise AssertionError("os.sync waits for every file system of the machine")

    monkeypatch.setattr(os, "fsync", recording)
    monkeypatch.setattr(os, "sync", forbidden)
    files = [(tmp_path / "out" / f"r{i}.yaml", f"n: {i}\n") for i in range(40)]
    created = fsutil.atomic_write_many(files, private=True)
    assert len(created) == 40
    assert flushed.count("file") == 40
    assert flushed[-1] == "folder"
    assert leftovers(tmp_path / "out") == []
    assert all((tmp_path / "out" / f"r{i}.yaml").stat().st_mode & 0o777 == 0o600 for i in range(40))
