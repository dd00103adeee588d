"""What the interview needs from a front end, and the plain data the flow hands to it.

The flow (``flow.py``) decides what to ask and prepares every text in the user's language; a front end only shows
and reads. Two front ends implement this: ``rich_ui`` (questionary menus) and ``plain`` (numbered line prompts for
screen readers and pipes).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from osallisuus_cli.answering.session import SectionSummary
from osallisuus_cli.i18n import t


@dataclass(frozen=True)
class Option:
    """One thing to choose: the value the flow gets back, the key a person types, and the label shown."""

    value: Any
    key: str
    label: str
    hint: str | None = None  # a longer description, e.g. of a scale level, when the set gives one


@dataclass(frozen=True)
class QuestionView:
    """Everything shown before one question is answered, already in the user's language."""

    question_id: str
    counter: str
    text: str
    examples: str | None = None
    heading: str | None = None
    heading_note: str | None = None
    subheading: str | None = None


class StoppedTyping(KeyboardInterrupt):
    """Ctrl-C (or Ctrl-D) in a text prompt, with the text as far as it was typed (None when it cannot be known)."""

    def __init__(self, typed: str | None) -> None:
        super().__init__()
        self.typed = typed


@dataclass(frozen=True)
class CutText:
    """A text prompt cut off by Ctrl-C: which text, what had been typed, and whether that was saved."""

    field: str
    typed: str | None
    saved: bool


@dataclass(frozen=True)
class SummaryRow:
    label: str
    counts: SectionSummary


class Frontend(Protocol):
    def say(self, text: str, *, strong: bool = False, literal: bool = False) -> None:
        """One line (or paragraph) of information; ``literal`` text (commands to copy) is never wrapped."""

    def show_question(self, view: QuestionView) -> None: ...

    def choose(
        self,
        message: str,
        options: Sequence[Option],
        *,
        special: Sequence[Option] = (),
        default: Any = None,
    ) -> Any:
        """One of ``options`` or ``special`` (shown apart from the others); ``default`` is preselected."""

    def text(
        self,
        message: str,
        *,
        default: str | None = None,
        required: bool = False,
        optional_note: bool = False,
        max_length: int,
    ) -> str | None:
        """Free text; Enter skips a new answer or keeps ``default``. Returns the new value (None: no text).

        ``optional_note`` says in the hint that nothing needs to be given (a name: personal data, never required).
        """

    def show_summary(self, title: str, rows: Sequence[SummaryRow], total: SummaryRow) -> None: ...

    def interrupted(self) -> None:
        """The user pressed Ctrl-C or closed the input: leave the screen tidy for the closing message."""


def key_summary(keys: Sequence[str]) -> str:
    """The keys a person may type, compactly: ``0–4, -, ?`` (a run of consecutive numbers as a range)."""
    numbers = [int(k) for k in keys if k.isdigit()]
    others = [k for k in keys if not k.isdigit()]
    parts: list[str] = []
    if numbers and numbers == list(range(numbers[0], numbers[0] + len(numbers))) and len(numbers) > 1:
        parts.append(f"{numbers[0]}\u2013{numbers[-1]}")
    else:
        parts.extend(str(n) for n in numbers)
    return ", ".join(parts + others)


def skip_hint(*, default: str | None, required: bool, optional_note: bool) -> str:
    """The hint after a new text's prompt (none when a default is shown: the front end says how to keep it)."""
    if default or required:
        return ""
    return t("assess.hint_optional" if optional_note else "assess.hint_skip")
