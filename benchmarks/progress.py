"""Cost of the progress display: merge, validate and import with standard error on a terminal, shown and not.

Usage: python benchmarks/progress.py [--files 3000] [--rows 3000] [--runs 5]

Each command runs as a subprocess of this Python with standard error on a pseudo-terminal, so that the display
appears (after its two seconds) as a person sees it, and again with ``--quiet``, which is what a pipe or CI gets.
The runs alternate, so that a busy machine slows both alike. It prints the median CPU time (user + system) and wall
time of each and their ratio shown / quiet. On a busy machine these whole-command figures scatter by ±15 % (the
workers' share of the cores varies), so the script also reads the files in this process, on one core, with the
display drawn from the first file on a pseudo-terminal and without it: that CPU ratio is the steady figure.
Target: in-process CPU ratio ≤ 1.05 (the display costs no more than noise). Exit status 1 when it is missed.
"""

from __future__ import annotations

import argparse
import os
import pty
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

COMMAND = str(Path(sys.executable).parent / "osallisuus")
TARGET = 1.05


def on_terminal(argv: list[str]) -> tuple[float, float]:
    """CPU and wall time of ``argv`` with standard error on a pseudo-terminal whose screen is read and thrown away."""
    leader, follower = pty.openpty()
    reader = threading.Thread(target=_drain, args=(leader,), daemon=True)
    reader.start()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    environment = {key: value for key, value in os.environ.items() if key != "CI"}
    subprocess.run(
        argv, check=True, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=follower, env=environment
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    os.close(follower)
    reader.join(timeout=5)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), wall


def _drain(leader: int) -> None:
    try:
        while os.read(leader, 65536):
            pass
    except OSError:  # the terminal closed
        pass
    finally:
        os.close(leader)


def compare(name: str, argv: list[str], runs: int, before_each=None) -> float:  # type: ignore[no-untyped-def]
    shown: list[tuple[float, float]] = []
    quiet: list[tuple[float, float]] = []
    for _ in range(runs):
        for flags, into in (([], shown), (["--quiet"], quiet)):
            if before_each is not None:
                before_each()
            into.append(on_terminal([*argv, *flags]))
    cpu = (
        [statistics.median(times) for times in zip(*shown, strict=True)],
        [statistics.median(times) for times in zip(*quiet, strict=True)],
    )
    (shown_cpu, shown_wall), (quiet_cpu, quiet_wall) = cpu
    ratio = shown_cpu / quiet_cpu
    print(
        f"{name:10} shown: CPU {shown_cpu:6.2f} s, wall {shown_wall:6.2f} s   quiet: CPU {quiet_cpu:6.2f} s, "
        f"wall {quiet_wall:6.2f} s   CPU ratio {ratio:.3f}, wall ratio {shown_wall / quiet_wall:.3f}",
        flush=True,
    )
    return ratio


def in_process(folder: Path, runs: int) -> float:
    """CPU time of reading ``folder`` as merge does, in this process on one core, with the display and without."""
    from osallisuus_cli.cli.progress import Display
    from osallisuus_cli.questionsets.reading import load_question_set
    from osallisuus_cli.teamwork import merge, parallel

    leader, follower = pty.openpty()
    threading.Thread(target=_drain, args=(leader,), daemon=True).start()
    qs = load_question_set()
    one_core = parallel.Pooling(processes=1)
    merge.collect_team([folder], qs, pooling=one_core)  # built on first use, before anything is timed
    shown: list[float] = []
    quiet: list[float] = []
    with open(follower, "w", encoding="utf-8") as screen:
        for _ in range(runs):
            for into, display in ((shown, Display(screen, delay=0)), (quiet, None)):
                start = time.process_time()
                merge.collect_team([folder], qs, pooling=one_core, progress=display)
                into.append(time.process_time() - start)
                if display is not None:
                    display.close()
    ratio = statistics.median(shown) / statistics.median(quiet)
    print(
        f"in process shown: CPU {statistics.median(shown):6.2f} s   quiet: CPU {statistics.median(quiet):6.2f} s"
        f"   CPU ratio {ratio:.3f}",
        flush=True,
    )
    return ratio


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=3000)
    parser.add_argument("--rows", type=int, default=3000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from importlib import import_module

    generate = import_module("merge").generate
    make_export = import_module("import").make_export
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "answers"
        generate(folder, args.files)
        export = Path(scratch) / "forms.xlsx"
        make_export(export, args.rows)
        target = Path(scratch) / "imported"

        def empty_target() -> None:
            import shutil

            shutil.rmtree(target, ignore_errors=True)

        steady = in_process(folder, args.runs)
        ratios = [
            compare(
                "merge", [COMMAND, "merge", str(folder), "-o", str(Path(scratch) / "team.yaml"), "--force"], args.runs
            ),
            compare("validate", [COMMAND, "validate", str(folder)], args.runs),
            compare("import", [COMMAND, "import", str(export), "-o", str(target)], args.runs, empty_target),
        ]
    print(f"whole commands: CPU ratios {', '.join(f'{ratio:.3f}' for ratio in ratios)} (noise on a busy machine)")
    print(f"in process: CPU ratio {steady:.3f} (target ≤ {TARGET})")
    return 0 if steady <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
