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


def info(message: str, *, keep: Iterable[str] | None = None) -> None:
    """A message on stderr; names and texts from files in it cannot drive the terminal (see errors.printable).

    With ``keep`` (the file names and commands in it, perhaps none), a terminal gets the message broken between
    words to its width (``between_words``); a file or a pipe gets it as it is.
    """
    from osallisuus_cli.errors import message_lines, printable

    width = terminal_width(sys.stderr) if keep is not None else None
    if width is not None:
        message = between_words(message, width, keep or ())
    sys.stderr.write(message_lines(printable(message, lines=True)) + "\n")
    sys.stderr.flush()


def terminal_width(stream: Any) -> int | None:
    """The columns of the terminal ``stream`` writes to; None for a file, a pipe or a stream without a terminal."""
    try:
        return os.get_terminal_size(stream.fileno()).columns if stream.isatty() else None
    except (AttributeError, OSError, ValueError):
        return None


_GLUE = "\x00"  # holds a kept piece's words together while the lines are made; never in a message (printable)


def between_words(text: str, width: int, keep: Iterable[str] = ()) -> str:
    """``text`` with line breaks between words where a line would be wider than ``width``: a terminal breaks a long
    line at its last column, in mid-word ('tiedo' / 'sto').

    Only spaces become line breaks, so the words are as given, and the text's own line breaks stay. A piece in
    ``keep`` (a command or a file name to copy) is never broken: a kept piece wider than the line gets a line of its
    own and is left to the terminal, whose soft wrap copies as one line, so a command still runs as copied; the
    words after such a piece go on from where its last row ends.
    """
    if width < 20:
        return text
    for piece in sorted(keep, key=len, reverse=True):  # a command first, then a file name it may hold
        if " " in piece:
            text = text.replace(piece, piece.replace(" ", _GLUE))
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current: str | None = None
        for word in paragraph.split(" "):
            if current is None:
                current = word
            elif (len(current) - 1) % width + 2 + len(word) <= width:  # after the last row the terminal shows
                current += " " + word
            else:
                lines.append(current)
                current = word
        lines.append(current or "")
    return "\n".join(lines).replace(_GLUE, " ")


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
