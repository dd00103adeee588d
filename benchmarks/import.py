"""Cost of `osallisuus import` against the floor of merely reading the same sheet with the chosen reader.

Usage: python benchmarks/import.py [--rows 10000] [--runs 3] [--keep DIR]

The script writes a Microsoft Forms export of the survey kit's survey (Forms' own columns, then per question the
choice, "how in practice?" and "next step?" columns — 82 columns) with N responses, then times, as subprocesses of
this Python:

* the floor: openpyxl in read-only mode reading every row of the sheet (``iter_rows(values_only=True)``), which is
  all any import must do at least;
* ``osallisuus import FILE -o FOLDER`` (the installed command: start-up, reading, mapping, checking every row as an
  answers file, writing N files atomically) into an empty folder.

It prints the median wall and CPU time of each and their ratios (CPU time is the steadier figure on a busy
machine). Target: import / floor ≤ 1.5 at 10,000 rows. Exit status 1
when the target is missed.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

BIN = Path(sys.executable).parent
COMMAND = str(BIN / "osallisuus")
TARGET = 1.5

FLOOR = """
import sys
from openpyxl import load_workbook
workbook = load_workbook(sys.argv[1], read_only=True, data_only=False, keep_links=False)
for row in workbook.worksheets[0].iter_rows(values_only=True):
    pass
workbook.close()
"""


def make_export(path: Path, rows: int) -> None:
    from osallisuus_cli.questionsets.reading import load_question_set
    from tests.forms import forms_rows, write_xlsx

    write_xlsx(path, *forms_rows(load_question_set(), rows=rows, ui="fi"))


def timed(command: list[str]) -> tuple[float, float]:
    """Wall time and CPU time (user + system) of the command: on a busy machine the CPU time is the steadier one."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="keep the export here instead of a temporary folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        source = folder / "forms.xlsx"
        if not source.exists():
            make_export(source, args.rows)
        floor, full = [], []
        for run in range(args.runs):
            floor.append(timed([sys.executable, "-c", FLOOR, str(source)]))
            # Each run into a folder of its own, all removed at the end: on ext4 without a journal, every new file
            # skips over the inodes freed in the last minutes (one look each), so removing the last run's 10,000
            # files just before would make the import pay for the benchmark's own clean-up.
            out = Path(tmp) / f"answers-{run}"
            full.append(timed([COMMAND, "import", str(source), "-o", str(out)]))
            written = len(list(out.iterdir()))
            assert written == args.rows, f"{written} files written, expected {args.rows}"
        floor_wall, import_wall = (statistics.median(t[0] for t in runs) for runs in (floor, full))
        floor_cpu, import_cpu = (statistics.median(t[1] for t in runs) for runs in (floor, full))
        ratio = import_wall / floor_wall
        print(f"rows: {args.rows}  sheet: {source.stat().st_size / 1e6:.1f} MB  (medians of {args.runs})")
        print(f"openpyxl read-only, rows only: {floor_wall:.2f} s wall, {floor_cpu:.2f} s CPU")
        print(f"osallisuus import:             {import_wall:.2f} s wall, {import_cpu:.2f} s CPU")
        print(f"ratio import / reader:         {ratio:.2f} wall, {import_cpu / floor_cpu:.2f} CPU (target ≤ {TARGET})")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
