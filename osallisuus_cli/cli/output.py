"""What the commands say and print: messages on stderr (``error``, ``info``) and data on stdout (``write_stdout``).

Text from files reaches a terminal only through here, made harmless (``errors.printable``: no escape codes, bidi
overrides or invisible characters), and a console whose code page lacks a character gets a stand-in
(``cli.streams``); files and pipes get the exact UTF-8 text. The lowest module of the CLI: it imports none of it but
``streams``.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterable, Iterator
from typing import Any

# errors, i18n and streams are imported where they are used: ``--version`` and ``--help`` start without them


def color_enabled(stream: Any = None) -> bool:
    stream = stream or sys.stderr
    return "NO_COLOR" not in os.environ and hasattr(stream, "isatty") and stream.isatty()


def error(message: str, *, warning: bool = False) -> None:
    """One message on stderr, prefixed with 'virhe:'/'varoitus:' in the current language."""
    from osallisuus_cli.errors import message_lines, printable
    from osallisuus_cli.i18n import t

    prefix = t("common.warning_prefix" if warning else "common.error_prefix")
    if color_enabled():
        color = "33" if warning else "31"
        prefix = f"\x1b[{color}m{prefix}\x1b[0m"
    sys.stderr.write(message_lines(f"{prefix}: {printable(message)}") + "\n")
    sys.stderr.flush()


def info(message: str) -> None:
    """A message on stderr; names and texts from files in it cannot drive the terminal (see errors.printable)."""
    from osallisuus_cli.errors import message_lines, printable

    sys.stderr.write(message_lines(printable(message, lines=True)) + "\n")
    sys.stderr.flush()


def write_stdout(pieces: Iterable[str | bytes]) -> None:
    """Pieces to standard output as UTF-8 bytes, whatever the locale or code page says (a file or a pipe gets UTF-8);
    a terminal that cannot show UTF-8 gets text in its own encoding, with stand-ins (``cli.streams``).

    A full disk or another failure of the stream is one clear line (exit 1); a reader that stops reading
    (``| head``) is left to ``guard``, which ends every command alike.
    """
    from osallisuus_cli.cli.streams import holds_unicode

    terminal = to_terminal()
    buffer = getattr(sys.stdout, "buffer", None)
    if terminal and not holds_unicode(getattr(sys.stdout, "encoding", None)):
        buffer = None  # a console that cannot show UTF-8 (a legacy code page): written as text, with stand-ins
    sys.stdout.flush()
    shown = terminal_safe if terminal else None
    for piece in pieces:  # made outside the guard: only a failing write is the stream's fault
        data = piece.encode("utf-8") if isinstance(piece, str) else piece
        if shown is not None:
            data = shown(data)
        with _stdout_errors():
            if buffer is not None:
                buffer.write(data)
            else:
                sys.stdout.write(data.decode("utf-8"))
    with _stdout_errors():
        (buffer or sys.stdout).flush()


def to_terminal() -> bool:
    """Whether standard output is a terminal (where text from files must not be able to drive it)."""
    isatty = getattr(sys.stdout, "isatty", None)
    try:
        return bool(isatty and isatty())
    except ValueError:  # a closed stream
        return False


def terminal_safe(data: bytes) -> bytes:
    """Data for a terminal's eyes: escape codes, C1 controls, bidi overrides and invisible characters written as
    visible escapes (``\x1b``); line breaks and tabs kept. Files and pipes get the exact text instead."""
    from osallisuus_cli.errors import printable

    text = data.decode("utf-8", errors="replace").replace("\r\n", "\n")
    return printable(text, lines=True).encode("utf-8")


@contextlib.contextmanager
def _stdout_errors() -> Iterator[None]:
    from osallisuus_cli.errors import DataError

    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise DataError("team.err_write_stdout", reason=exc.strerror or str(exc)) from None
