"""Question sets ("frameworks"): THL's 24 helper questions and any set written in the same schema.

A set is YAML (see docs/question-sets.md). Every text a person sees is a map from language code to text, so
translations can be added without restructuring anything. The classes here are plain data: reading and checking a
file is done by ``questionset``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Literal

FORMAT = "osallisuus/question-set/v1"
BUILTIN_ID = "thl-osallisuus-24"
SPECIAL_VALUES = ("na", "dont_know")

Text = dict[str, str]
"""A text in several languages: ``{"fi": "…", "sv": "…", "en": "…"}``."""
Level = int | Literal["na", "dont_know"]


@dataclass
class Languages:
    """The languages a set is written in: the default one, every one it declares, the original and the translations."""

    default: str
    available: list[str]
    authoritative: str
    unofficial: list[str] = field(default_factory=list)


@dataclass
class Source:
    """Where the questions come from, and the notes a reader must see (no official scoring, unofficial translations)."""

    publisher: Text
    title: Text
    url: str
    note: Text
    references: list[str] = field(default_factory=list)
    translation_note: Text | None = None
    earlier_url: str | None = None  # where the page used to be (the address in older material that cites it)


@dataclass
class ScaleLevel:
    """One step of the answer scale: a number and its label."""

    value: int
    label: Text
    description: Text | None = None


@dataclass
class SpecialAnswer:
    """An answer kept apart from the numbers: not applicable (``na``) or don't know (``dont_know``)."""

    value: Literal["na", "dont_know"]
    label: Text


@dataclass
class Scale:
    """The answer scale of a set: its numbered levels in ascending order and its special answers."""

    levels: list[ScaleLevel]
    special: list[SpecialAnswer] = field(default_factory=list)

    @property
    def minimum(self) -> int:
        return self.levels[0].value

    @property
    def maximum(self) -> int:
        return self.levels[-1].value

    def accepts(self, level: Any) -> bool:
        """Whether ``level`` is an answer on this scale (see ``acceptor``)."""
        return self.acceptor()(level)

    def acceptor(self) -> Callable[[Any], bool]:
        """The one rule for a level: a value of the scale (an int, never a bool), or one of its special answers.

        The answers file's schema only says a level is a whole number or a special answer's name; which ones a set
        takes is decided here. A file's checks build the test once and run it for each of its answers.
        """
        numbers = frozenset(item.value for item in self.levels)
        specials = frozenset(special.value for special in self.special)
        return lambda level: level in numbers if type(level) is int else isinstance(level, str) and level in specials


@dataclass
class Question:
    """One question: a stable id, its number in the set, its text and (shown as a hint) its examples."""

    id: str
    number: int
    text: Text
    examples: Text | None = None


@dataclass
class Section:
    """A group of questions asked together (THL's 1, 2A, 2B, 3 and R)."""

    id: str
    questions: list[Question]
    title: Text | None = None
    description: Text | None = None


@dataclass
class Domain:
    """A domain of participation, or the cross-cutting part on structures (``kind: structures``)."""

    id: str
    title: Text
    sections: list[Section]
    kind: Literal["domain", "structures"] = "domain"
    short_title: Text | None = None
    description: Text | None = None


def _without_zeros(ref: str) -> str:
    """'Q07' → 'q7': an id compared without case and without leading zeros in its numbers."""
    return re.sub(r"\d+", lambda match: str(int(match.group())), ref.lower())


@dataclass
class QuestionSet:
    """A whole question set, with lookups by question and section and texts in the language asked for."""

    format: str
    id: str
    version: str
    languages: Languages
    title: Text
    source: Source
    scale: Scale
    domains: list[Domain]
    description: Text | None = None
    # The set's owner allows it only as published (THL's ESIS indicator): a workshop refuses to run it live.
    locked: bool = False

    # --- lookups -------------------------------------------------------------------------------------------

    @cached_property
    def questions(self) -> list[Question]:
        return [q for d in self.domains for s in d.sections for q in s.questions]

    @cached_property
    def sections(self) -> list[Section]:
        return [s for d in self.domains for s in d.sections]

    @cached_property
    def _index(self) -> dict[str, tuple[Domain, Section, Question]]:
        return {q.id: (d, s, q) for d in self.domains for s in d.sections for q in s.questions}

    def question(self, question_id: str) -> Question:
        return self._index[question_id][2]

    def section_of(self, question_id: str) -> Section:
        return self._index[question_id][1]

    def domain_of_section(self, section_id: str) -> Domain:
        return next(d for d in self.domains if any(s.id == section_id for s in d.sections))

    def has_question(self, question_id: str) -> bool:
        return question_id in self._index

    def find_question(self, ref: str) -> Question | None:
        """A question by id (q07), by number (7), by a case-insensitive id (Q07) or by an id without its leading
        zeros (q7, as people write it)."""
        ref = ref.strip()
        if ref.isdigit():
            return next((q for q in self.questions if q.number == int(ref)), None)
        exact = next((q for q in self.questions if q.id.lower() == ref.lower()), None)
        return exact or next((q for q in self.questions if _without_zeros(q.id) == _without_zeros(ref)), None)

    def section_title(self, section: Section, lang: str) -> str:
        if section.title:
            return self.text(section.title, lang)
        return self.text(self.domain_of_section(section.id).title, lang)

    def text(self, value: dict[str, str] | None, lang: str) -> str:
        """``value`` in ``lang``, else in the set's default language."""
        if not value:
            return ""
        return value.get(lang) or value.get(self.languages.default) or next(iter(value.values()))

    def is_unofficial(self, lang: str) -> bool:
        return lang in self.languages.unofficial

    def translation_note(self, lang: str) -> str | None:
        """The set's own note for readers of an unofficial translation, when ``lang`` is one and the set has it."""
        if not self.is_unofficial(lang) or not self.source.translation_note:
            return None
        return self.text(self.source.translation_note, lang)

    def level_label(self, level: Level, lang: str) -> str:
        items: list[ScaleLevel | SpecialAnswer] = [*self.scale.levels, *self.scale.special]
        for item in items:
            if item.value == level:
                return self.text(item.label, lang)
        return str(level)
