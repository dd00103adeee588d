"""Cost of `osallisuus report` (Markdown and HTML) against `osallisuus merge` of the same answer files.

Usage: python benchmarks/report.py [--sizes 1000 10000] [--runs 3] [--keep DIR]

For each size N the script writes N realistic answer files (the generator of benchmarks/merge.py: Finnish free text,
four projects, all three phases, some N/A, don't-know and unanswered questions) and times, as subprocesses:

* ``osallisuus merge FOLDER -o team.yaml`` — reading, validating and writing the team;
* ``osallisuus report FOLDER -o report.md`` and ``-o report.html`` — reading and validating the same files, then
  scoring and rendering every section, question, free-text answer, the trend and (HTML) the charts;
* the same two reports from the merged team file, for reference.

It prints median wall times, peak memory and each report's ratio to the merge. Target: report ≤ 1.5 × merge (from
the answer files). Exit status 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from merge import COMMAND, generate, run  # the sibling benchmark's generator and timer

TARGET = 1.5


def median_run(argv: list[str], runs: int) -> tuple[float, float]:
    samples = [run(argv) for _ in range(runs)]
    return statistics.median(s for s, _ in samples), max(peak for _, peak in samples)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="Write the files here and leave them (default: a temporary folder).")
    args = parser.parse_args()

    failed = False
    with tempfile.TemporaryDirectory(prefix="osallisuus-bench-") as tmp:
        base = args.keep or Path(tmp)
        print(f"{'files':>7} {'command':<28} {'median s':>9} {'peak MB':>8} {'/ merge':>8}")
        for size in args.sizes:
            folder = base / f"n{size}" / "answers"
            if not folder.is_dir():
                generate(folder, size)
            out = folder.parent
            team = out / "team.yaml"
            run([COMMAND, "merge", str(folder), "-o", str(team), "--force"])  # warm caches; the team for later
            merge_s, merge_peak = median_run([COMMAND, "merge", str(folder), "-o", str(team), "--force"], args.runs)
            print(f"{size:>7} {'merge':<28} {merge_s:>9.2f} {merge_peak:>8.0f} {1:>8.2f}")
            for source, label in ((folder, "answers"), (team, "team file")):
                for fmt in ("md", "html"):
                    argv = [COMMAND, "report", str(source), "-o", str(out / f"report.{fmt}")]
                    seconds, peak = median_run(argv, args.runs)
                    ratio = seconds / merge_s
                    checked = source == folder
                    missed = checked and ratio > TARGET
                    failed |= missed
                    name = f"report {fmt} from {label}"
                    note = "  MISSED" if missed else ""
                    print(f"{size:>7} {name:<28} {seconds:>9.2f} {peak:>8.0f} {ratio:>8.2f}{note}")
            sizes = {fmt: (out / f"report.{fmt}").stat().st_size / 1e6 for fmt in ("md", "html")}
            print(f"{'':>7} report sizes: md {sizes['md']:.1f} MB, html {sizes['html']:.1f} MB")
    print(f"\ntarget: report from the answer files ≤ {TARGET} × merge of the same files")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
