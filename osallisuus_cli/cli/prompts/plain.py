"""The plain front end: numbered line prompts that never redraw the screen and need no arrow keys.

Made for screen readers and braille displays (every prompt is one line of text followed by plain line input), and
just as usable through a pipe: it reads lines from standard input and writes plain text without any colour or
terminal control codes. Chosen with ``--plain``, ``OSALLISUUS_PLAIN=1`` or ``ACCESSIBLE=1``.
"""

from __future__ import annotations

import functools
import re
import shutil
import sys
import textwrap
from collections.abc import Sequence
from typing import IO, Any

from osallisuus_cli.answering.session import clean_text
from osallisuus_cli.cli.prompts.base import Option, QuestionView, StoppedTyping, SummaryRow, key_summary, skip_hint
from osallisuus_cli.errors import printable
from osallisuus_cli.i18n import t

CLEAR = "-"  # typed to a text prompt: remove the saved text
_LEAD = re.compile(r"^ +(?:\S{1,3} +)?")  # an indent, and a list item's key: continuation rows start under the label


class PlainFrontend:
    def __init__(self, stdin: IO[str] | None = None, stdout: IO[str] | None = None, width: int | None = None) -> None:
        self._stdin = stdin
        self._stdout = stdout
        self._width = width

    # Resolved at each use so that a test runner's replaced streams are honoured.
    @property
    def _in(self) -> IO[str]:
        return self._stdin or sys.stdin

    @property
    def _out(self) -> IO[str]:
        return self._stdout or sys.stdout

    @property
    def width(self) -> int | None:
        """Where lines are wrapped: the terminal's width; None (lines left whole) when writing to a pipe or file."""
        if self._width is not None:
            return self._width
        return shutil.get_terminal_size().columns if _is_terminal(self._out) else None

    def _write(self, text: str = "", *, wrap: bool = True) -> None:
        width = self.width if wrap else None
        lines = printable(text, lines=True).split("\n")
        if width:
            lines = [wrapped for line in lines for wrapped in _wrap(line, width)]
        self._out.write("\n".join(lines) + "\n")
        self._out.flush()

    def _read(self, prompt: str, *, typing: bool = False) -> str:
        """One line; in a text prompt (``typing``) Ctrl-C hands on the line as far as it was typed, if known."""
        prompt = printable(prompt)
        if self._stdin is None and self._stdout is None and _line_editing():
            # a person at a terminal: arrow keys, Backspace and Home/End edit the line as in a shell, instead of
            # going into the answer as escape codes; Ctrl-D (EOFError) and Ctrl-C stop as everywhere
            try:
                return input(prompt)
            except KeyboardInterrupt:
                if typing:
                    raise StoppedTyping(_typed_so_far()) from None
                raise
        self._out.write(prompt)
        self._out.flush()
        try:
            line = self._in.readline()
        except KeyboardInterrupt:
            if typing:
                raise StoppedTyping(None) from None  # a pipe's half line cannot be known
            raise
        if line == "":
            raise EOFError
        typed = line.rstrip("\r\n")
        if not _is_terminal(self._in):
            # a terminal echoes what is typed; from a pipe, echo it so the transcript reads like a dialogue
            self._out.write(typed + "\n")
        return typed

    # --- showing ---------------------------------------------------------------------------------------------

    def say(self, text: str, *, strong: bool = False, literal: bool = False) -> None:
        if strong:
            self._write()
        self._write(text, wrap=not literal)

    def show_question(self, view: QuestionView) -> None:
        self._write()
        if view.heading:
            self._write(view.heading)
            if view.heading_note:
                self._write(view.heading_note)
            self._write()
        if view.subheading:
            self._write(view.subheading)
            self._write()
        self._write(view.counter)
        self._write(view.text)
        if view.examples:
            self._write(view.examples)

    def show_summary(self, title: str, rows: Sequence[SummaryRow], total: SummaryRow) -> None:
        self._write()
        self._write(title)
        for row in [*rows, total]:
            counts = row.counts
            self._write(
                t(
                    "assess.plain_summary_row",
                    label=row.label,
                    answered=counts.answered,
                    na=counts.na,
                    dont_know=counts.dont_know,
                    missing=counts.missing,
                )
            )

    def interrupted(self) -> None:
        self._write()

    # --- asking ------------------------------------------------------------------------------------------------

    def choose(
        self,
        message: str,
        options: Sequence[Option],
        *,
        special: Sequence[Option] = (),
        default: Any = None,
    ) -> Any:
        every = [*options, *special]
        chosen_default = next((o for o in every if o.value == default), None) if default is not None else None
        self._write(message)
        for option in options:
            self._write(_option_line(option))
        if special:
            self._write()  # the special answers are not points on the scale: a blank line keeps them apart
        for option in special:
            self._write(_option_line(option))
        keys = key_summary([o.key for o in every])
        if chosen_default is not None:
            prompt = t("assess.plain_choose_default", keys=keys, default=f"{chosen_default.key} {chosen_default.label}")
        else:
            prompt = t("assess.plain_choose", keys=keys)
        while True:
            typed = self._read(prompt + ": ").strip()
            if not typed and chosen_default is not None:
                return chosen_default.value
            found = _match(typed, every)
            if found is not None:
                return found.value
            if typed:
                self._write(t("assess.plain_invalid", value=typed, keys=keys))
            else:
                self._write(t("assess.plain_pick", keys=keys))

    def text(
        self,
        message: str,
        *,
        default: str | None = None,
        required: bool = False,
        optional_note: bool = False,
        max_length: int,
    ) -> str | None:
        if default:
            self._write(t("assess.plain_current", value=default))
            hint = t("assess.hint_accept_plain" if required else "assess.hint_keep_plain", clear=CLEAR)
        else:
            hint = skip_hint(default=default, required=required, optional_note=optional_note)
        prompt = f"{message} {hint}: " if hint else f"{message}: "
        while True:
            typed = self._read(prompt, typing=True)
            if not typed.strip():
                if default:
                    return default
                if required:
                    self._write(t("assess.err_required"))
                    continue
                return None
            if typed.strip() == CLEAR and default and not required:
                return None
            if len(typed) > max_length:
                self._write(t("assess.err_too_long", max=max_length))
                continue
            return clean_text(typed)


def _option_line(option: Option) -> str:
    return f"  {option.key}  {option.label}" + (f" \u2014 {option.hint}" if option.hint else "")


def _wrap(line: str, width: int) -> list[str]:
    """One line as rows that fit the terminal, broken between words only (the terminal would cut words apart).

    Continuation rows line up under the text: under a list item's label (``  0  Ei vielä``), else under the indent.
    """
    if len(line) < width:
        return [line]
    lead = _LEAD.match(line)
    indent = " " * len(lead.group(0)) if lead else ""
    rows = textwrap.wrap(
        line, width=width - 1, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False
    )
    return rows or [line]


@functools.cache
def _line_editing() -> bool:
    """True when standard input and output are a terminal and ``input`` can edit the line with readline.

    Bracketed paste is turned off: it would write control codes around every prompt, and plain mode writes none.
    """
    if not (_is_terminal(sys.stdin) and _is_terminal(sys.stdout)):
        return False
    try:
        import readline
    except ImportError:  # no readline (e.g. Windows): input() still reads the line the console edited
        return True
    readline.parse_and_bind("set enable-bracketed-paste off")
    return True


def _typed_so_far() -> str | None:
    """The line readline was editing when Ctrl-C came (None without readline)."""
    try:
        import readline
    except ImportError:  # pragma: no cover - no readline (Windows)
        return None
    return readline.get_line_buffer()


def _is_terminal(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _match(typed: str, options: Sequence[Option]) -> Option | None:
    """An option by its key, its stored value (``na``, ``dont_know``) or its whole label, ignoring case."""
    wanted = typed.casefold()
    if not wanted:
        return None
    for option in options:
        if wanted in (option.key.casefold(), str(option.value).casefold(), option.label.casefold()):
            return option
    return None
