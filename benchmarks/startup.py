"""Start-up cost of the command against the floor of importing Typer.

Usage: python benchmarks/startup.py [--runs N]

Prints the median wall time of each command over N runs and its ratio to `python -c "import typer"`.
Exit status 1 when a ratio misses its target, so the script can gate a release.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

BIN = Path(sys.executable).parent
COMMAND = str(BIN / "osallisuus")

# The smallest Typer program that runs a command: Typer 0.29 coerces every parameter through pydantic, so this is
# the floor for any command that does real work (shown for reference, no target).
TYPER_COMMAND = (
    "import typer\napp = typer.Typer()\n@app.command()\ndef main(flag: bool = False) -> None:\n    print('x')\napp()\n"
)

CASES: list[tuple[str, list[str], float | None]] = [
    ('python -c "import typer"', [sys.executable, "-c", "import typer"], None),
    ("a one-option Typer command", [sys.executable, "-c", TYPER_COMMAND], None),
    ("osallisuus --version", [COMMAND, "--version"], 1.2),
    ("osallisuus --help", [COMMAND, "--help"], 2.2),
    ("osallisuus questions list", [COMMAND, "questions", "list"], 2.5),
]


def median_seconds(argv: list[str], runs: int) -> float:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # measure what users see: with cached bytecode
    for _ in range(2):  # warm the file-system cache and the bytecode cache
        subprocess.run(argv, capture_output=True, env=env, check=True)
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, capture_output=True, env=env, check=True)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()

    floor = None
    failed = False
    print(f"{'command':<28} {'median ms':>10} {'ratio':>7} {'target':>7}")
    for label, argv, target in CASES:
        seconds = median_seconds(argv, args.runs)
        if floor is None:
            floor = seconds
            print(f"{label:<28} {seconds * 1000:>10.1f} {'1.00':>7} {'':>7}")
            continue
        ratio = seconds / floor
        ok = target is None or ratio <= target
        failed |= not ok
        mark = "" if ok else "  MISSED"
        shown = "" if target is None else f"{target:.1f}"
        print(f"{label:<28} {seconds * 1000:>10.1f} {ratio:>7.2f} {shown:>7}{mark}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
