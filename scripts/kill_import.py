"""Kill ``osallisuus import`` at random moments, many times, and check that a killed import leaves nothing for long.

Usage: python scripts/kill_import.py [KILLS] [ROWS] [SEED]   (default 30 kills, 2,500 rows, seed 1)

Each round imports one Forms workbook of ROWS responses into an empty answers folder and is killed with SIGKILL at a
random moment of its run (measured first, so most kills fall while it reads, plans or writes). After every kill the
script counts what the kill left (staging folders, the copies of answers in them), then runs ``validate`` on the
folder and checks that
  * nothing the kill left is still there,
  * every answers file in the folder is complete and valid (never half written),
  * validate named every staging folder it removed.
Prints the counts; exit 1 if anything was left or broken.
"""

from __future__ import annotations

import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from osallisuus_cli.files import staging
from osallisuus_cli.questionsets.reading import load_question_set
from tests.forms import forms_rows, write_xlsx

COMMAND = str(Path(sys.executable).parent / "osallisuus")


def leftovers(folder: Path) -> list[Path]:
    """What a write left in ``folder``: staging folders and the temporary files of earlier versions."""
    if not folder.is_dir():
        return []
    return [p for p in folder.iterdir() if staging.STAGING.match(p.name) or staging.TEMPORARY.match(p.name)]


def run_import(workbook: Path, folder: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [COMMAND, "import", str(workbook), "-o", str(folder)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def main() -> int:
    kills = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 2500
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)  # noqa: S311 - a repeatable schedule
    work = Path(tempfile.mkdtemp(prefix="kill-import-"))
    header, body = forms_rows(load_question_set(), rows=rows)
    workbook = write_xlsx(work / "forms.xlsx", header, body)
    folder = work / "answers"

    started = time.monotonic()
    subprocess.run([COMMAND, "import", str(workbook), "-o", str(folder)], check=True, capture_output=True)
    whole = time.monotonic() - started
    print(f"one import of {rows} rows: {whole:.1f} s")
    counts = {
        "kills": 0,
        "kills_that_left_something": 0,
        "staging_folders_after_kill": 0,
        "copies_in_them": 0,
        "left_after_validate": 0,
        "not_named_by_validate": 0,
        "broken_files": 0,
        "files_in_place_after_kill": 0,
        "kills_with_workers_left_running": 0,
    }
    for _ in range(kills):
        shutil.rmtree(folder, ignore_errors=True)
        child = run_import(workbook, folder)
        time.sleep(rng.uniform(0.3, 1.1) * whole)
        child.send_signal(signal.SIGKILL)
        child.wait()
        if workers_outlive(child.pid, grace=5.0):  # they must die with it; ended here if they did not
            counts["kills_with_workers_left_running"] += 1
        counts["kills"] += 1
        left = leftovers(folder)
        counts["kills_that_left_something"] += bool(left)
        counts["staging_folders_after_kill"] += len(left)
        counts["copies_in_them"] += sum(sum(1 for p in stage.iterdir() if p.name != staging.LOCK) for stage in left)
        if not folder.is_dir():
            continue
        counts["files_in_place_after_kill"] += sum(1 for _ in folder.glob("*.yaml"))
        checked = subprocess.run(
            [COMMAND, "validate", str(folder), "--lang", "en"], capture_output=True, text=True, check=False
        )
        counts["left_after_validate"] += len(leftovers(folder))
        counts["not_named_by_validate"] += sum(1 for stage in left if str(stage) not in checked.stderr)
        # a problem of a file (an empty folder, when the kill came before any rename, is none)
        broken = [
            line for line in checked.stderr.splitlines() if re.match(rf"{re.escape(str(folder))}/[^:]+\.yaml:", line)
        ]
        if broken:
            print(f"after a kill: {broken[:3]}")
        counts["broken_files"] += len(broken)
    for key, value in counts.items():
        print(f"{key}: {value}")
    shutil.rmtree(work, ignore_errors=True)
    bad = counts["left_after_validate"] + counts["not_named_by_validate"] + counts["broken_files"]
    return 1 if bad else 0


def workers_outlive(group: int, *, grace: float) -> bool:
    """True when a process of the killed import's group (a pool worker) is still running ``grace`` seconds after
    the kill; such workers are then killed here. A worker notices its parent's death on its own thread, which a
    loaded machine may schedule only after a while, so the grace period is what "dies with its parent" means."""
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline:
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return False
        time.sleep(0.05)
    try:
        os.killpg(group, signal.SIGKILL)
    except ProcessLookupError:
        return False
    return True


if __name__ == "__main__":
    sys.exit(main())
