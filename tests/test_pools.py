"""The pools of worker processes on a platform without fork, and when their parent is killed outright.

Windows (and macOS by default) start workers by spawn; to Python such a platform is one without ``os.fork``, which
is how these tests make one. Every parallel path must give the bytes a serial run gives. And whatever the start
method, workers end with the process that started them, SIGKILL included.
"""

from __future__ import annotations

import contextlib
import os
import select
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from osallisuus_cli.importing.rows import Defaults
from osallisuus_cli.importing.run import plan_import
from osallisuus_cli.model.team import dump_team
from osallisuus_cli.questionsets.framework import QuestionSet
from osallisuus_cli.reports.report import build_report, render
from osallisuus_cli.teamwork import filecheck, merge, parallel
from tests.conftest import REPO
from tests.test_import_parallel import export

sys.path.insert(0, str(REPO / "benchmarks"))
from merge import generate  # the benchmark's realistic answer files

FILES = 40
# Workers from the second file or row on, on two cores, however they are started.
POOLED = parallel.Pooling(read_from=2, spawn_read_from=2, rows_from=2, spawn_rows_from=2, write_from=2, processes=2)
SERIAL = parallel.Pooling(processes=1)


@pytest.fixture
def no_fork(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(os, "fork")
    assert not parallel.forks()
    assert POOLED.method() == "spawn"


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("spawned") / "answers"
    generate(target, FILES, seed=11, projects=3)
    return target


def counted(monkeypatch: pytest.MonkeyPatch, name: str) -> list[object]:
    """Calls of ``parallel.<name>``, which the parent makes only for what a worker sent back."""
    received: list[object] = []
    real = getattr(parallel, name)

    def counting(packed):
        received.append(packed)
        return real(packed)

    monkeypatch.setattr(parallel, name, counting)
    return received


def test_merge_and_report_give_the_same_bytes_with_spawned_workers(
    no_fork: None, folder: Path, qs: QuestionSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    received = counted(monkeypatch, "receive_outcome")
    spawned = merge.collect_team([folder], qs, pooling=POOLED).team
    assert len(received) == FILES - 1  # every file but the first was read by a spawned worker
    serial = merge.collect_team([folder], qs, pooling=SERIAL).team
    assert dump_team(spawned, qs) == dump_team(serial, qs)
    assert render(build_report(spawned, qs, "fi"), fmt="md") == render(build_report(serial, qs, "fi"), fmt="md")
    # Writing the team file: the team would have to cross to every worker, so it is written here, the same text
    pieces = list(parallel.team_chunks(spawned, qs, POOLED))
    assert all(isinstance(piece, str) for piece in pieces)
    assert "".join(str(piece) for piece in pieces) == dump_team(serial, qs)


def test_validate_says_the_same_with_spawned_workers(
    no_fork: None, folder: Path, qs: QuestionSet, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "rikki.yaml").write_text("format: osallisuus/answers/v1\nanswers: [\n", encoding="utf-8")
    (broken / "ääni.yaml").write_text((folder / "vastaaja-00002.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    received = counted(monkeypatch, "receive_entries")
    spawned = filecheck.check_paths([folder, broken], qs, require_complete=True, pooling=POOLED)
    assert len(received) == FILES + 1  # every file but the first
    serial = filecheck.check_paths([folder, broken], qs, require_complete=True, pooling=SERIAL)
    assert spawned == serial
    assert any(report.problems for report in serial)


def test_import_plans_the_same_with_spawned_workers(no_fork: None, qs: QuestionSet, tmp_path: Path) -> None:
    source = export(tmp_path, qs)

    def planned(pooling: parallel.Pooling) -> tuple[object, ...]:
        plan = plan_import(
            source, qs, mapping=None, defaults=Defaults(), language="fi", keep_names=False, pooling=pooling
        )
        files = [(item.name, item.text, item.row, item.respondent) for item in plan.planned]
        return files, [problem.render() for problem in plan.problems], plan.bad_rows, plan.blank_rows

    spawned = planned(POOLED)
    assert spawned == planned(SERIAL)
    assert len(spawned[0]) > 30


# --- workers die with their parent -----------------------------------------------------------------------------

# A parent whose workers each report their process id on a FIFO, then wait for ever in the middle of a task.
PARENT = textwrap.dedent(
    """
    import functools, os, sys, threading
    from multiprocessing import parent_process
    from osallisuus_cli.teamwork import parallel

    def report_and_wait(fifo, item):
        if parent_process() is None:
            return item  # the first item is done in the parent itself
        with open(fifo, "w") as out:
            out.write(f"{os.getpid()}\\n")
        threading.Event().wait()

    if __name__ == "__main__":
        fifo, method = sys.argv[1:]
        pooling = parallel.Pooling(processes=2, start_method=method)
        job = functools.partial(report_and_wait, fifo)
        for _ in parallel.ordered_map(job, range(50), pool_from=2, pooling=pooling):
            pass
    """
)


def worker_pids(fifo: Path, count: int, timeout: float) -> list[int]:
    """The first ``count`` process ids written to ``fifo``, waiting at most ``timeout`` seconds for them."""
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    keep_open = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)  # so that a worker closing its end is no end of file
    text = b""
    try:
        while text.count(b"\n") < count:
            ready, _, _ = select.select([reader], [], [], timeout)
            assert ready, f"workers reported {text!r} in {timeout} s"
            text += os.read(reader, 4096)
    finally:
        os.close(reader)
        os.close(keep_open)
    return [int(line) for line in text.split()]


def ended(pid: int, timeout: float) -> bool:
    """Whether process ``pid`` ends within ``timeout`` seconds (waited on its pidfd, not polled)."""
    try:
        handle = os.pidfd_open(pid)
    except ProcessLookupError:
        return True
    try:
        ready, _, _ = select.select([handle], [], [], timeout)
        return bool(ready)
    finally:
        os.close(handle)


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_workers_end_when_their_parent_is_killed(tmp_path: Path, method: str) -> None:
    script = tmp_path / "parent.py"
    script.write_text(PARENT, encoding="utf-8")
    fifo = tmp_path / "pids"
    os.mkfifo(fifo)
    environment = {**os.environ, "PYTHONPATH": str(REPO)}
    parent = subprocess.Popen([sys.executable, str(script), str(fifo), method], env=environment)
    pids: list[int] = []
    try:
        pids = worker_pids(fifo, 2, timeout=30)  # spawned workers import the tool first: slow on a loaded machine
        assert parent.poll() is None
        assert all(not ended(pid, 0) for pid in pids)  # both workers are there, each in the middle of a task
        parent.send_signal(signal.SIGKILL)
        parent.wait(timeout=5)
        assert all(ended(pid, 5) for pid in pids), "a worker outlived its parent"
    finally:
        parent.kill()
        for pid in pids:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
