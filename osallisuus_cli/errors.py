"""One error hierarchy for the whole tool.

Core code raises these with a message *key* and parameters; the CLI turns them into one readable line per problem
in the user's language (see ``osallisuus_cli.cli.commands._common.guard``) and the exit code of the class.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any


def _escapes(codes: list[int]) -> dict[int, str]:
    named = {0x09: "\\t", 0x0A: "\\n", 0x0D: "\\r"}
    return {code: named.get(code, f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}") for code in codes}


# Control characters (C0, DEL, C1), line and paragraph separators, the bidirectional-text controls and marks, and
# invisible characters: in text from a file they could break a one-line message, drive the terminal (colours,
# titles, clipboard, "Trojan Source" reordering) or hide text. The zero-width joiner and non-joiner stay: emoji
# sequences and several scripts need them, and they can neither reorder nor hide a line.
_BIDI = [0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
_INVISIBLE = [0x180E, 0x200B, *range(0x2060, 0x2065), *range(0x206A, 0x2070), 0xFEFF, 0xFFF9, 0xFFFA, 0xFFFB]
_UNSAFE = [*range(0x00, 0x20), *range(0x7F, 0xA0), 0x2028, 0x2029, *_BIDI, *_INVISIBLE]
_ONE_LINE = str.maketrans(_escapes(_UNSAFE))
_LINES = str.maketrans(_escapes([code for code in _UNSAFE if code not in (0x09, 0x0A)]))


def printable(text: str, *, lines: bool = False) -> str:
    """``text`` safe to show in a terminal: every unsafe character written as an escape (``\\x1b``, ``\\n``).

    ``lines`` keeps line breaks and tabs (a message of several lines); otherwise the result is one line.
    """
    return text.translate(_LINES if lines else _ONE_LINE)


class Key(str):
    """A message parameter that is itself a message key, translated when the message is rendered."""


MAX_VALUE = 120  # characters of a value from a file shown in a message (a key of 10,000 letters says nothing more)
MAX_NAME = 240  # characters of a file name or a place in a file (a path of keys) shown in a message
MAX_LINE = 1_000  # characters of one line of any message, whatever it quotes: the last guard


def shortened(text: str, limit: int) -> str:
    """``text`` cut in the middle to ``limit`` characters, so that both ends stay: the end of a file name, and the
    advice at the end of a message."""
    if len(text) <= limit:
        return text
    head = (limit - 1) // 2
    return text[:head] + "…" + text[len(text) - (limit - 1 - head) :]


def message_lines(text: str) -> str:
    """Every line of a message cut to MAX_LINE characters (see ``shortened``)."""
    if len(text) <= MAX_LINE:
        return text
    return "\n".join(shortened(line, MAX_LINE) for line in text.split("\n"))


class Whole(str):
    """A message parameter shown whole however long: a command to copy, and the file it names, would not run cut."""


def _shown(value: Any) -> Any:
    if isinstance(value, str) and not isinstance(value, Whole) and len(value) > MAX_VALUE:
        return value[: MAX_VALUE - 1] + "…"
    return value


def _fill(params: dict[str, Any], line: int | None, lang: str | None) -> dict[str, Any]:
    from osallisuus_cli.i18n import format_moment, t

    def filled(value: Any) -> Any:
        if isinstance(value, Key):
            return t(value, lang)
        if isinstance(value, datetime):  # a moment as people write it: 6.10.2026 klo 11.02
            return format_moment(value, lang)
        return _shown(value)

    return {"line": line, **{key: filled(value) for key, value in params.items()}}


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one file: where it is and what it is (as a message key and its parameters)."""

    key: str
    params: dict[str, Any] = field(default_factory=dict)
    file: str | None = None
    line: int | None = None
    path: str | None = None

    def render(self, lang: str | None = None) -> str:
        from osallisuus_cli.i18n import t

        where = ""
        if self.file is not None:
            file = shortened(self.file, MAX_NAME)
            where = file if self.line is None else f"{file}:{self.line}"
            where += ": "
        if self.path:
            where += f"{shortened(self.path, MAX_NAME)}: "
        # one line, whatever the file's keys, values or name hold
        return printable(where + t(self.key, lang, **_fill(self.params, self.line, lang)))

    def as_dict(self, lang: str | None = None) -> dict[str, Any]:
        from osallisuus_cli.i18n import t

        return {
            "file": self.file,
            "line": self.line,
            "path": shortened(self.path, MAX_NAME) if self.path else self.path,
            "code": self.key,
            "message": t(self.key, lang, **_fill(self.params, self.line, lang)),
        }


class OsallisuusError(Exception):
    """Base class: every expected failure. ``exit_code`` follows the project's convention."""

    exit_code = 1

    def __init__(
        self,
        message_key: str,
        /,
        *,
        file: str | Path | None = None,
        line: int | None = None,
        path: str | None = None,
        problems: list[Problem] | None = None,
        **params: Any,
    ) -> None:
        self.key = message_key
        self.params = params
        self.file = str(file) if file is not None else None
        self.line = line
        self.path = path
        self.problems = problems or [Problem(message_key, params, self.file, line, path)]
        super().__init__(self.problems[0].render("en"))

    def lines(self, lang: str | None = None) -> list[str]:
        return [p.render(lang) for p in self.problems]


class DataError(OsallisuusError):
    """A file holds something the tool cannot accept (exit 1)."""


class UsageError(OsallisuusError):
    """The command line asks for something impossible (exit 2)."""

    exit_code = 2


class Interrupted(OsallisuusError):
    """The user stopped an interactive session; everything answered so far is saved (exit 130).

    The command that continues it and the file it is saved in are shown whole, however long (``MAX_LINE`` still
    bounds the line): a long project name or folder made them end in '…', and the printed command did not run.
    """

    exit_code = 130

    def __init__(self, message_key: str, /, **params: Any) -> None:
        kept: dict[str, Any] = {key: Whole(v) if key in ("command", "target") else v for key, v in params.items()}
        super().__init__(message_key, **kept)


MAX_PROBLEMS = 50  # per file: a broken file of thousands of entries gets a readable list, not a flood


def capped(problems: list[Problem], *, more: int = 0, limit: int = MAX_PROBLEMS) -> list[Problem]:
    """The first ``limit`` problems, and one line counting the rest (``more`` counts those not even listed)."""
    rest = max(len(problems) - limit, 0) + more
    if not rest:
        return problems
    kept = problems[:limit]
    file = kept[-1].file if kept else None
    return [*kept, Problem("safety.more_problems", {"count": rest, "shown": len(kept)}, file)]


def data_error(problems: list[Problem]) -> DataError:
    """One DataError that carries several problems (the first one names the error)."""
    first = problems[0]
    return DataError(first.key, file=first.file, line=first.line, path=first.path, problems=problems, **first.params)
