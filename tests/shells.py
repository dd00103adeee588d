"""Commands started by tests as a shell starts a command in the foreground of a person's terminal.

A test run started in the background by a script (``pytest … &``) begins with Ctrl-C's SIGINT and SIGQUIT ignored,
and an ignored signal stays ignored in every program it starts: a real Ctrl-C sent to such a command would do
nothing, and the test would wait for its answer in vain. A person's shell gives a foreground command the default
handling back; so does this, in the started process just before the command runs (``preexec_fn``).
"""

from __future__ import annotations

import signal


def in_the_foreground() -> None:
    for number in (signal.SIGINT, signal.SIGQUIT):
        signal.signal(number, signal.SIG_DFL)
