"""The default front end: questionary menus and text prompts, rich for headings and the summary table.

Prompts use ``unsafe_ask`` so Ctrl-C reaches the command as KeyboardInterrupt (the command saves and tells the user
how to continue). ``input``/``output`` are passed to prompt_toolkit, which lets tests drive the prompts through a
pipe.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from osallisuus_cli.cli.prompts.base import Option, QuestionView, StoppedTyping, SummaryRow, key_summary, skip_hint
from osallisuus_cli.errors import printable
from osallisuus_cli.i18n import t

SEPARATOR = "\u2500" * 12
CHOICE_INDENT = 6  # the pointer, the key and two spaces: where an option's label begins
NARROW_COLUMNS = 72  # below this the summary table would wrap section names a word a line (see _summary_lines)


class RichFrontend:
    def __init__(self, *, input: Any = None, output: Any = None, console: Any = None) -> None:
        from rich.console import Console

        self.console = console if console is not None else Console(highlight=False)
        if output is None:
            output = menu_output()
            # questionary's pointer (») would be a quotation mark there; > reads as a pointer
            self._pointer = ">" if output is not None else "\u00bb"
        else:
            self._pointer = "\u00bb"  # questionary's own
        self._io = {name: value for name, value in (("input", input), ("output", output)) if value is not None}

    # --- showing ---------------------------------------------------------------------------------------------

    def say(self, text: str, *, strong: bool = False, literal: bool = False) -> None:
        # soft_wrap: rich adds no line breaks (a command cut in two would not run when copied); the terminal wraps
        self.console.print(escape(text), style="bold" if strong else None, soft_wrap=literal)

    def show_question(self, view: QuestionView) -> None:
        console = self.console
        console.print()
        if view.heading:
            console.rule(f"[bold]{escape(view.heading)}[/bold]", align="left")
            if view.heading_note:
                console.print(escape(view.heading_note), style="dim")
            console.print()
        if view.subheading:
            console.print(escape(view.subheading), style="bold")
            console.print()
        console.print(escape(view.counter), style="bold cyan")
        console.print(escape(view.text), style="bold")
        if view.examples:
            console.print(escape(view.examples), style="italic")

    def show_summary(self, title: str, rows: Sequence[SummaryRow], total: SummaryRow) -> None:
        from rich import box
        from rich.table import Table

        if self.console.width < NARROW_COLUMNS:
            self._summary_lines(title, rows, total)
            return
        table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, title_style="bold")
        table.add_column(t("assess.col_section"))
        for key in ("assess.col_answered", "assess.col_na", "assess.col_dont_know", "assess.col_missing"):
            table.add_column(t(key), justify="right")
        for row in [*rows, total]:
            counts = row.counts
            cells = [str(n) for n in (counts.answered, counts.na, counts.dont_know, counts.missing)]
            table.add_row(
                escape(row.label), *cells, style="bold" if row is total else None, end_section=row is rows[-1]
            )
        self.console.print()
        self.console.print(table)

    def _summary_lines(self, title: str, rows: Sequence[SummaryRow], total: SummaryRow) -> None:
        """The summary in a narrow terminal: each section's name on its own line(s), its counts below it — a
        table would squeeze the names to one word a line."""
        keys = ("assess.col_answered", "assess.col_na", "assess.col_dont_know", "assess.col_missing")
        self.console.print()
        self.console.print(escape(title), style="bold")
        for row in [*rows, total]:
            counts = row.counts
            numbers = (counts.answered, counts.na, counts.dont_know, counts.missing)
            self.console.print(escape(row.label), style="bold")
            self.console.print("  " + " · ".join(f"{t(key)} {n}" for key, n in zip(keys, numbers, strict=True)))

    def interrupted(self) -> None:
        self.console.print()

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
        while True:
            question = self._menu(message, options, special, default)
            chosen = question.unsafe_ask()
            # Only an option's value ends a menu: a key that reached prompt_toolkit's own line editor (Esc then
            # Enter, Alt-Enter) must not answer with the text of an empty line. Asked again, as it was.
            if any(o.value == chosen for o in every):
                return chosen

    def _menu(self, message: str, options: Sequence[Option], special: Sequence[Option], default: Any) -> Any:
        import questionary
        from questionary import Choice, Separator

        every = [*options, *special]
        width = self.console.width
        choices: list[Any] = [Choice(title=_choice_title(o, width), value=o.value, description=o.hint) for o in options]
        if special:
            # the special answers are not points on the scale: keep them visibly apart
            choices.append(Separator(SEPARATOR))
            choices += [Choice(title=_choice_title(o, width), value=o.value) for o in special]
        keys = key_summary([o.key for o in every])
        message, instruction = fit_prompt(message, t("assess.choose_instruction", keys=keys), self.console.width)
        question = questionary.select(
            message,
            choices=choices,
            default=default if any(o.value == default for o in every) else None,
            instruction=instruction,
            use_jk_keys=False,  # a word typed into a menu must not move the choice letter by letter
            pointer=self._pointer,
            **self._io,
        )
        _bind_keys(question, choices, every)
        _wrap_choices(question)
        feedback = Feedback(self.console)
        _explain_other_keys(question, feedback, keys)
        if not any(o.value == default for o in every):
            _start_unchosen(question, feedback)
        _bind_end_of_input(question.application.key_bindings)
        return question

    def text(
        self,
        message: str,
        *,
        default: str | None = None,
        required: bool = False,
        optional_note: bool = False,
        max_length: int,
    ) -> str | None:
        import questionary

        if default:
            hint = t("assess.hint_accept" if required else "assess.hint_keep_rich")
        else:
            hint = skip_hint(default=default, required=required, optional_note=optional_note)

        def validate(value: str) -> bool | str:
            if required and not value.strip():
                return t("assess.err_required")
            if len(value) > max_length:
                return t("assess.err_too_long", max=max_length)
            return True

        # the hint goes into the message: questionary's own instruction slot would add a second space before it
        label, _ = fit_prompt(f"{message} {hint}" if hint else message, "", self.console.width)
        from prompt_toolkit.key_binding import KeyBindings

        keys = KeyBindings()

        def stop(event: Any) -> None:
            # Ctrl-C and Ctrl-D stop the session; the text as far as it was typed goes with them (see flow.walk)
            event.app.exit(exception=StoppedTyping(event.app.current_buffer.text), style="class:aborting")

        keys.add("c-c", eager=True)(stop)
        keys.add("c-d", eager=True)(stop)
        # The old text is edited in the terminal, so it is put there escaped: a bidi override or an escape code from
        # the file must not reorder or drive the screen. Given back untouched, it is the old text byte for byte.
        shown = printable(default, lines=True) if default else ""
        answer = questionary.text(label, default=shown, validate=validate, key_bindings=keys, **self._io).unsafe_ask()
        if default and answer == shown:
            return default
        # the session cleans new text
        return answer if answer.strip() else None


def fit_prompt(message: str, instruction: str, width: int) -> tuple[str, str]:
    """A prompt's question and instruction with line breaks between words where the line '? question (instruction)'
    is wider than the terminal: prompt_toolkit breaks a line at the last column, in mid-word ('Ente' / 'r valitsee').

    Only spaces become line breaks, so the texts are otherwise as given; a word wider than the line keeps a line of
    its own and is left to the terminal. One column is kept free for the space questionary puts after the question.
    """
    text = f"? {message} {instruction}" if instruction else f"? {message}"
    if len(text) <= width or "\n" in text or width < 20:
        return message, instruction
    lines: list[str] = []
    for word in text.split(" "):
        if lines and len(lines[-1]) + 1 + len(word) <= width - 1:
            lines[-1] += " " + word
        else:
            lines.append(word)
    wrapped = "\n".join(lines)  # as long as text: each break took the place of one space
    cut = len(message) + 2
    if not instruction:
        return wrapped[2:], instruction
    between = wrapped[cut]
    return wrapped[2:cut], ("\n" if between == "\n" else "") + wrapped[cut + 1 :]


class _TextOnly:
    """A text stream seen without its ``buffer``: prompt_toolkit then writes text through it, and the stream's own
    error handler gives a stand-in for what the console lacks, instead of prompt_toolkit's "?" ("Miss? vaiheessa")."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def __getattr__(self, name: str) -> Any:
        if name == "buffer":
            raise AttributeError(name)
        return getattr(self._stream, name)


def menu_output(stream: Any = None) -> Any:
    """The menus' output on a terminal whose encoding cannot hold every letter (an ASCII console, the C locale), or
    None for prompt_toolkit's own. Windows consoles are written in UTF-16 by prompt_toolkit and are left alone."""
    import sys

    from osallisuus_cli.cli.streams import holds_unicode

    stream = sys.stdout if stream is None else stream
    if sys.platform == "win32" or holds_unicode(getattr(stream, "encoding", None)) or not stream.isatty():
        return None
    from prompt_toolkit.output.vt100 import Vt100_Output

    return Vt100_Output.from_pty(_TextOnly(stream))  # type: ignore[arg-type]


def escape(text: str) -> str:
    """Text from files and question sets as rich shows it literally: no markup, no terminal control codes."""
    from rich.markup import escape as escape_markup

    return escape_markup(printable(text, lines=True))


def _bind_keys(question: Any, choices: Sequence[Any], options: Sequence[Option]) -> None:
    """Typing an option's key (0–4, - or ?) moves the pointer to it; Enter then confirms.

    questionary's own shortcuts accept only letters and digits and number from 1, so the keys are bound here:
    the digits match the scale values and the special answers get keys of their own.
    """
    from questionary.prompts.common import InquirerControl, Separator

    app = question.application
    control = next(c for c in app.layout.find_all_controls() if isinstance(c, InquirerControl))
    keys = iter(option.key for option in options)
    for index, choice in enumerate(choices):
        if isinstance(choice, Separator):
            continue
        key = next(keys)

        def point(event: Any, index: int = index) -> None:
            control.pointed_at = index

        app.key_bindings.add(key, eager=True)(point)


def _choice_title(option: Option, width: int) -> str:
    """The option's key and label; a label wider than the terminal goes on under itself between words, indented,
    instead of being cut ("Kokeiltu tai osittain kä" at 30 columns): the whole label is what a person chooses."""
    import textwrap

    lines = textwrap.wrap(option.label, width=max(width - CHOICE_INDENT - 1, 12), break_on_hyphens=False) or [""]
    return f"{option.key}  " + ("\n" + " " * CHOICE_INDENT).join(lines)


def _wrap_choices(question: Any) -> None:
    """Should the terminal become narrower than the labels were wrapped for, they go on under themselves, indented,
    instead of being cut."""
    from prompt_toolkit.filters import to_filter
    from prompt_toolkit.layout.containers import Window
    from questionary.prompts.common import InquirerControl

    for window in question.application.layout.find_all_windows():
        if isinstance(window, Window) and isinstance(window.content, InquirerControl):
            window.wrap_lines = to_filter(True)
            window.get_line_prefix = lambda _line, wrapped: " " * CHOICE_INDENT if wrapped else ""


def _start_unchosen(question: Any, feedback: Feedback) -> None:
    """Point at no option until one is picked: with nothing to keep, Enter alone must not answer for the person.

    A stray Enter (the rhythm of skipping the text prompts) would otherwise record the first option, "0 Ei vielä",
    a real score. The pointer appears with the first key (an option's key, or an arrow: down from the top, up from
    the bottom); until then Enter only rings the bell.
    """
    from prompt_toolkit.filters import Condition
    from questionary.prompts.common import InquirerControl

    app = question.application
    control = next(c for c in app.layout.find_all_controls() if isinstance(c, InquirerControl))
    control.pointed_at = -1  # matches no row, so no row is drawn as pointed at
    unchosen = Condition(lambda: control.pointed_at < 0)
    valid = [i for i, choice in enumerate(control.choices) if not choice.disabled]

    def refuse(event: Any) -> None:
        feedback(event, "enter", t("assess.menu_choose_first"))

    def first(event: Any) -> None:
        control.pointed_at = valid[0]

    def last(event: Any) -> None:
        control.pointed_at = valid[-1]

    keys = app.key_bindings
    keys.add("enter", eager=True, filter=unchosen)(refuse)
    for key in ("down", "c-n", "tab"):
        keys.add(key, eager=True, filter=unchosen)(first)
    for key in ("up", "c-p", "s-tab"):
        keys.add(key, eager=True, filter=unchosen)(last)


def _explain_other_keys(question: Any, feedback: Feedback, keys: str) -> None:
    """A key that does nothing in a menu (x, 7, q, Esc then Enter) says so in one short line above the menu, and
    rings the bell; the same line is not repeated for every key of a word typed by mistake."""

    def other(event: Any) -> None:
        pressed = event.key_sequence[-1].data if event.key_sequence else ""
        shown = pressed if pressed.isprintable() and pressed.strip() else ""
        if shown:
            feedback(event, "key", t("assess.plain_invalid", value=shown, keys=keys))
        else:
            feedback(event, "other", t("assess.menu_keys", keys=keys))

    bindings = question.application.key_bindings
    bindings.add("<any>")(other)
    bindings.add("escape")(
        other
    )  # Esc alone (not eager: Esc then Enter is still one sequence) beats its silent default
    for sequence in (("escape", "enter"), ("escape", "c-j"), ("c-j",)):  # Alt-Enter, Esc then Enter, Ctrl-J
        bindings.add(*sequence, eager=True)(other)


class Feedback:
    """Short lines printed above one menu, with the bell: each kind of line once per menu, so a word typed into the
    menu by mistake gives one line, not one a letter."""

    def __init__(self, console: Any) -> None:
        self.console = console
        self.said: set[str] = set()

    def __call__(self, event: Any, kind: str, line: str) -> None:
        from prompt_toolkit.application import run_in_terminal

        event.app.output.bell()
        if kind not in self.said:
            self.said.add(kind)
            run_in_terminal(lambda: self.console.print(escape(line), style="yellow"))


def _bind_end_of_input(keys: Any) -> None:
    """Ctrl-D ends the session like Ctrl-C, in every prompt.

    prompt_toolkit ends only an empty text line on Ctrl-D and ignores it in menus; a person who learnt Ctrl-D as
    "end" in a shell would be left waiting in front of a menu or a text filled in by a review.
    """

    def end(event: Any) -> None:
        event.app.exit(exception=EOFError, style="class:aborting")

    keys.add("c-d", eager=True)(end)
