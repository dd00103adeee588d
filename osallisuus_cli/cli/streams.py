"""The standard streams, set up once for every command: no console encoding can crash the tool.

A Windows console with a legacy code page (cp850, cp1252), a redirected stream in the ANSI code page, a CI runner
with ``PYTHONIOENCODING=ascii`` or the C locale: Python writes such streams strictly, and the first "ä" or "—" ends
the command with UnicodeEncodeError. Here every text stream that cannot hold all of Unicode writes what it can and
an ASCII stand-in for the rest (``—`` → ``-``, ``→`` → ``->``, ``ä`` → ``a`` where even Latin-1 is missing, ``?`` for
what has no stand-in). Streams that can (UTF-8, a Windows console Python writes in UTF-16) are left as they are.

Files are never written through these streams: every file the tool writes is UTF-8 (``-o FILE``), and data sent to
standard output is UTF-8 bytes unless it goes to a terminal that cannot show them (``_team.write_stdout``).
Standard input in plain ASCII cannot be what a person types in Finnish: it is read as UTF-8, what a terminal that
says "ASCII" nearly always sends.
"""

from __future__ import annotations

import codecs
import contextlib
import io
import sys
import unicodedata
from typing import Any

STAND_IN = "osallisuus-stand-in"  # the codec error handler registered here

# Characters the tool itself writes (and common ones in people's texts), each with an ASCII stand-in that reads the
# same. Letters with marks lose the mark (unicodedata), everything else becomes "?".
_STAND_INS = {
    "\u2014": "-",  # em dash
    "\u2013": "-",  # en dash
    "\u2212": "-",  # minus sign
    "\u2010": "-",
    "\u2011": "-",
    "\u2026": "...",
    "\u2192": "->",
    "\u2190": "<-",
    "\u21d2": "=>",
    "\u2265": ">=",
    "\u2264": "<=",
    "\u2713": "v",  # check mark
    "\u2714": "v",
    "\u2717": "x",
    "\u2718": "x",
    "\u00d7": "x",  # multiplication sign: 9 answers × 24 questions
    "\u2022": "*",  # bullet
    "\u00b7": ".",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2018": "'",
    "\u2019": "'",
    "\u00a0": " ",
    "\u202f": " ",
    "\u2060": "",  # word joiner: invisible
    "\u200d": "",  # zero-width joiner of emoji sequences
    "\ufe0f": "",  # emoji presentation selector
    "\u2500": "-",  # box drawing: a rule
    "\u2588": "#",  # full block of a bar
    "\u2591": ".",  # light shade of a bar
    "\u00e6": "ae",
    "\u00c6": "AE",
    "\u0153": "oe",
    "\u00df": "ss",
    "\u00f8": "o",
    "\u00d8": "O",
    "\u0142": "l",
    "\u0141": "L",
    "\u0111": "d",
    "\u0110": "D",
}


def stand_in(char: str, encoding: str) -> str:
    """What ``char`` is written as in ``encoding`` when the encoding lacks it: something that reads the same."""
    if char in _STAND_INS:
        return _STAND_INS[char]
    if unicodedata.category(char) == "So" or ord(char) >= 0x1F000:
        return "*"  # an emoji or a symbol: a mark where it stood
    base = unicodedata.normalize("NFKD", char)
    kept = "".join(c for c in base if not unicodedata.combining(c))
    if kept and kept != char:
        try:
            kept.encode(encoding)
        except UnicodeEncodeError:
            return "?"
        return kept
    return "?"


def _handler(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    text = exc.object[exc.start : exc.end]
    return "".join(stand_in(char, exc.encoding) for char in text), exc.end


codecs.register_error(STAND_IN, _handler)


def holds_unicode(encoding: str | None) -> bool:
    """Whether a stream in ``encoding`` can be given any text (UTF-8, UTF-16, UTF-32)."""
    if not encoding:
        return False
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return False
    return name.startswith(("utf-8", "utf-16", "utf-32"))


def as_shown(text: str, stream: Any) -> str:
    """``text`` as ``stream`` shows it: with the stand-ins its encoding needs. For text that a library writes past the
    stream's own encoder (Click's prompts: to a stream that says ASCII it writes UTF-8)."""
    encoding = getattr(stream, "encoding", None)
    if not encoding or holds_unicode(encoding):
        return text
    try:
        return text.encode(encoding, errors=STAND_IN).decode(encoding)
    except LookupError:
        return text


def set_up(streams: Any = sys) -> None:
    """Make ``streams.stdout`` and ``streams.stderr`` write every text, ``streams.stdin`` read what a person types.

    Idempotent, and a stream that is not a real text file (a test's capture) is left alone.
    """
    for name in ("stdout", "stderr"):
        stream = getattr(streams, name, None)
        if isinstance(stream, io.TextIOWrapper) and not holds_unicode(stream.encoding):
            _reconfigure(stream, errors=STAND_IN)
    stdin = getattr(streams, "stdin", None)
    if isinstance(stdin, io.TextIOWrapper) and _is_ascii(stdin.encoding):
        _reconfigure(stdin, encoding="utf-8")


def _is_ascii(encoding: str | None) -> bool:
    try:
        return codecs.lookup(encoding or "").name == "ascii"
    except LookupError:
        return False


def _reconfigure(stream: io.TextIOWrapper, *, encoding: str | None = None, errors: str | None = None) -> None:
    with contextlib.suppress(ValueError, OSError):  # closed, or already read from (stdin): left as it is
        stream.reconfigure(encoding=encoding, errors=errors)
