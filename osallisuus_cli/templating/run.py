"""A user's template rendered in a process of its own, stopped at a deadline and held to a memory limit.

``bounds`` refuses every single operation that would make something huge; what is left is a template
that merely runs long (loops within loops) or builds up many large values one at a time. Such a render runs in a
child process started by *spawn* — the only way on Windows, and the same everywhere so that every platform gives the
same bytes. The parent waits at most ``SECONDS``; then the child is ended and the user told what happened. Where the
operating system offers it (``resource.RLIMIT_AS`` on Linux and other Unix systems) the child's memory is limited to
``MEMORY`` bytes, and running out is said as such. The child also ends itself shortly after the deadline, so a parent
killed meanwhile leaves nothing running.

The shipped templates are ours and render in the calling process, without these costs.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable
from typing import Any

from osallisuus_cli import errors
from osallisuus_cli.errors import OsallisuusError, UsageError

SECONDS = 10.0  # the longest a user's template may take, starting the process included
MEMORY = 1 << 30  # bytes of address space for the rendering process, where the system can limit it
GRACE = 2.0  # seconds after the deadline at which the child ends itself, should the parent be gone


def _limit_memory(limit: int) -> None:
    try:
        import resource
    except ImportError:  # Windows: the bounds on each operation and the deadline still hold
        return
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _child(conn: Any, job: Callable[..., str], args: tuple[Any, ...], seconds: float, memory: int) -> None:
    import signal

    # Ctrl-C belongs to the parent, which ends this process; the timer ends it if the parent cannot.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    timer = threading.Timer(seconds + GRACE, os._exit, (3,))
    timer.daemon = True
    timer.start()
    _limit_memory(memory)
    try:
        reply: tuple[Any, ...] = ("ok", job(*args))
    except OsallisuusError as exc:
        reply = ("error", type(exc).__name__, exc.key, exc.params, exc.file, exc.line, exc.path, exc.problems)
    except MemoryError:
        reply = ("memory",)
    try:
        conn.send(reply)
    except MemoryError:
        conn.send(("memory",))
    conn.close()


def run_bounded(
    job: Callable[..., str],
    args: tuple[Any, ...],
    *,
    name: str,
    seconds: float | None = None,
    memory: int | None = None,
) -> str:
    """``job(*args)`` in a spawned process: its text, or its ``OsallisuusError`` raised here again; a
    ``UsageError`` naming the template ``name`` when it runs past ``seconds`` or out of ``memory`` bytes."""
    seconds = SECONDS if seconds is None else seconds
    memory = MEMORY if memory is None else memory
    context = multiprocessing.get_context("spawn")
    receiving, sending = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(sending, job, args, seconds, memory), daemon=True)
    process.start()
    sending.close()
    try:
        if not receiving.poll(seconds):
            raise UsageError("safety.template_timeout", name=name, seconds=round(seconds))
        try:
            reply = receiving.recv()
        except EOFError:  # the child died without a word: the system ended it, most likely for its memory
            reply = ("memory",)
    finally:
        if process.is_alive():
            process.kill()
        process.join()
        receiving.close()
    if reply[0] == "ok":
        return str(reply[1])
    if reply[0] == "memory":
        raise UsageError("safety.template_memory", name=name, limit=memory // (1 << 20))
    _, kind, key, params, file, line, path, problems = reply
    error_class = getattr(errors, kind, UsageError)
    raise error_class(key, file=file, line=line, path=path, problems=problems, **params)
