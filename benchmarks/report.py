"""Cost of `osallisuus report` (team report and portfolio, Markdown and HTML) against `osallisuus merge`.

Usage: python benchmarks/report.py [--sizes 1000 10000] [--projects 100 1000] [--per-project 10] [--runs 3]
                                   [--keep DIR] [--no-browser]

Inputs are written by the generator of benchmarks/merge.py (Finnish free text, all three phases, some N/A,
don't-know and unanswered questions):

* ``--sizes``: N answer files from four projects, for the team report;
* ``--projects``: P made-up projects with ``--per-project`` answer files each, for the portfolio.

For each input the script times, as subprocesses, ``osallisuus merge`` of the folder, then the reports from the
answer files and (team report) from the merged team file, and prints the median wall time, the ratio to the merge,
the peak RSS of that process and the size of what it wrote. With Playwright and Chromium at hand it also opens each
HTML report in headless Chromium and times it until laid out (median of three fresh pages).

Targets (exit status 1 when one is missed): a report from the answer files ≤ 1.5 × merge of the same files; peak
RSS ≤ 200 MB for every report; the team report of 10,000 respondents in HTML ≤ 3 MB; the portfolio of 1,000 projects
in HTML ≤ 5 MB; every HTML report laid out in Chromium in < 3 s.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from merge import COMMAND, generate, run  # the sibling benchmark's generator and timer

RATIO = 1.5
PEAK_MB = 200
HTML_MB = {"report": (10_000, 3.0), "portfolio": (1_000, 5.0)}  # at this many respondents / projects: ≤ MB
RENDER_S = 3.0
CHROMIUM = "/usr/bin/chromium"


def median_run(argv: list[str], runs: int) -> tuple[float, float]:
    samples = [run(argv) for _ in range(runs)]
    return statistics.median(s for s, _ in samples), max(peak for _, peak in samples)


def render_seconds(page_file: Path, browser: object | None) -> float | None:
    """Median time until Chromium has loaded and laid out the page, or None without a browser."""
    if browser is None:
        return None
    samples = []
    for _ in range(3):
        context = browser.new_context(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
        page = context.new_page()
        start = time.perf_counter()
        page.goto(page_file.as_uri(), wait_until="load")
        page.evaluate("document.body.getBoundingClientRect().height")  # forces style and layout
        samples.append(time.perf_counter() - start)
        context.close()
    return statistics.median(samples)


def open_browser(enabled: bool) -> tuple[object | None, object | None]:
    if not enabled or not Path(CHROMIUM).exists():
        return None, None
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None, None
    playwright = sync_playwright().start()
    return playwright, playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 10000])
    parser.add_argument("--projects", type=int, nargs="*", default=[100, 1000])
    parser.add_argument("--per-project", type=int, default=10)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="Write the files here and leave them (default: a temporary folder).")
    parser.add_argument("--no-browser", action="store_true", help="Do not time the pages in Chromium.")
    args = parser.parse_args()

    misses: list[str] = []
    playwright, browser = open_browser(not args.no_browser)
    header = f"{'input':<14} {'command':<30} {'median s':>9} {'/ merge':>8} {'peak MB':>8} {'out MB':>7} {'open s':>7}"
    print(header)
    cases = [("report", size, size, None) for size in args.sizes]
    cases += [("portfolio", projects, projects * args.per_project, projects) for projects in args.projects]
    try:
        with tempfile.TemporaryDirectory(prefix="osallisuus-bench-") as tmp:
            base = args.keep or Path(tmp)
            for template, label_size, files, projects in cases:
                name = f"n{files}" if projects is None else f"p{projects}x{args.per_project}"
                folder = base / name / "answers"
                if not folder.is_dir():
                    generate(folder, files, projects=projects)
                out = folder.parent
                team = out / "team.yaml"
                merge_argv = [COMMAND, "merge", str(folder), "-o", str(team), "--force", "--on-duplicate", "keep-both"]
                run(merge_argv)  # warm the file-system cache; the team file for later
                merge_s, merge_peak = median_run(merge_argv, args.runs)
                label = f"{label_size} {'resp.' if projects is None else 'projects'}"
                print(f"{label:<14} {'merge':<30} {merge_s:>9.2f} {1:>8.2f} {merge_peak:>8.0f}")
                sources = [(folder, "answers")] + ([(team, "team file")] if projects is None else [])
                for source, kind in sources:
                    for fmt in ("md", "html"):
                        target = out / f"{template}-{kind.replace(' ', '')}.{fmt}"
                        argv = [COMMAND, "report", str(source), "-o", str(target), "--on-duplicate", "keep-both"]
                        argv += ["--template", template]
                        seconds, peak = median_run(argv, args.runs)
                        size_mb = target.stat().st_size / 1e6
                        opened = render_seconds(target, browser) if fmt == "html" else None
                        ratio = seconds / merge_s
                        command = f"{template} {fmt} from {kind}"
                        notes = []
                        if kind == "answers" and ratio > RATIO:
                            notes.append(f"ratio > {RATIO}")
                        if peak > PEAK_MB:
                            notes.append(f"RSS > {PEAK_MB} MB")
                        at, limit = HTML_MB[template]
                        if fmt == "html" and label_size >= at and size_mb > limit:
                            notes.append(f"size > {limit} MB")
                        if opened is not None and opened >= RENDER_S:
                            notes.append(f"open ≥ {RENDER_S} s")
                        misses += [f"{label} {command}: {note}" for note in notes]
                        shown = f"{opened:>7.2f}" if opened is not None else f"{'':>7}"
                        flag = "  MISSED " + ", ".join(notes) if notes else ""
                        print(
                            f"{label:<14} {command:<30} {seconds:>9.2f} {ratio:>8.2f} {peak:>8.0f} {size_mb:>7.2f} "
                            f"{shown}{flag}"
                        )
    finally:
        if browser is not None:
            browser.close()  # type: ignore[attr-defined]
            playwright.stop()  # type: ignore[attr-defined]
    print(
        f"\ntargets: report from the answer files ≤ {RATIO} × merge; peak RSS ≤ {PEAK_MB} MB; HTML ≤ 3 MB "
        f"(team report, 10,000 respondents) and ≤ 5 MB (portfolio, 1,000 projects); open in Chromium < {RENDER_S} s"
    )
    for miss in misses:
        print("MISSED:", miss)
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
