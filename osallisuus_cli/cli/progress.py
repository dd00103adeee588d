"""Progress of long work on a terminal: merge, validate, import, report and export of large inputs.

The core counts (``teamwork.parallel.Progress``: what, done, total) and never draws; here the counts become rich's
progress display on standard error — only on a terminal, only once the command has run for ``DELAY`` seconds (a
quick command shows nothing), and never in a pipe, in CI (``CI`` set) or with ``--quiet``: there the command writes
exactly its usual lines. The display is transient: it is wiped when a step ends, before the lines that follow.

Calls come for every file or row, so a call costs a clock reading until the display is due, and the display is
redrawn at most ``REDRAW`` times a second; rich is imported only when the display first appears.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Callable, Iterator
from typing import Any

DELAY = 2.0  # seconds of work before the display appears
REDRAW = 5  # most redraws a second (a redraw costs about a millisecond of CPU)


def wanted(quiet: bool, stream: Any = None, environ: Any = None) -> bool:
    """Whether a progress display belongs on ``stream`` (default stderr): a terminal, not CI, not ``--quiet``."""
    stream = sys.stderr if stream is None else stream
    environ = os.environ if environ is None else environ
    if quiet or environ.get("CI") or environ.get("TERM") == "dumb":
        return False
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


class Display:
    """A ``Progress`` callback that draws on ``stream`` once ``delay`` seconds have passed since it was made."""

    def __init__(
        self, stream: Any = None, *, delay: float | None = None, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._stream = sys.stderr if stream is None else stream
        self._clock = clock
        self._due = clock() + (DELAY if delay is None else delay)
        self._next_draw = 0.0
        self._live: Any = None  # rich's Progress while it is shown
        self._task: Any = None
        self._what = ""

    def __call__(self, what: str, done: int, total: int) -> None:
        now = self._clock()
        finished = done >= total
        if now < self._due or (now < self._next_draw and not finished and what == self._what):
            return
        self._next_draw = now + 1 / REDRAW
        if self._live is None or what != self._what:
            self._start(what, total)
        self._live.update(self._task, completed=done, total=total)
        self._live.refresh()
        if finished:
            self.close()  # wiped before whatever the command says next

    def _start(self, what: str, total: int) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        from osallisuus_cli.i18n import t

        self.close()
        # a terminal, as ``wanted`` found: drawn as on one even when a test captures it
        console = Console(file=self._stream, highlight=False, force_terminal=True)
        self._live = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=console,
            transient=True,
            auto_refresh=False,  # drawn from the calls, at most REDRAW times a second: no thread of its own
            redirect_stdout=False,
            redirect_stderr=False,
        )
        self._what = what
        self._task = self._live.add_task(t(what), total=total)
        self._live.start()

    def close(self) -> None:
        if self._live is not None:
            live, self._live = self._live, None
            live.stop()


@contextlib.contextmanager
def progress_for(quiet: bool = False) -> Iterator[Callable[[str, int, int], None] | None]:
    """A progress callback for the core while the block runs, or None where no display belongs (``wanted``)."""
    if not wanted(quiet):
        yield None
        return
    display = Display()
    try:
        yield display
    finally:
        display.close()
