"""Question sets as terminal text: the layout of ``osallisuus questions list`` and ``questions show``.

Plain ``textwrap`` rather than a rich layout: the output is a few headings and wrapped paragraphs, and ``questions
list`` is meant to start about as fast as the CLI toolkit itself (rich would add a third to its run time). Wrapped
question text hangs under its first word so the numbers stand out in the left margin; bold and dim are used only
when the caller says colour is on (a terminal, NO_COLOR unset), so piped output is clean text.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass

from osallisuus_cli.i18n import t, tn
from osallisuus_cli.questionsets.framework import Question, QuestionSet, Section

MIN_WIDTH = 40
# The keys that choose the special answers in assess; questions list shows the same symbols beside them.
SPECIAL_KEYS = {"na": "-", "dont_know": "?"}
MAX_WIDTH = 100  # longer lines are hard to read, however wide the terminal


@dataclass(frozen=True)
class Style:
    """ANSI styling, or none at all."""

    color: bool = False

    def _wrap(self, text: str, on: str, off: str) -> str:
        return f"\x1b[{on}m{text}\x1b[{off}m" if self.color and text else text

    def bold(self, text: str) -> str:
        return self._wrap(text, "1", "22")

    def dim(self, text: str) -> str:
        return self._wrap(text, "2", "22")

    def italic(self, text: str) -> str:
        return self._wrap(text, "3", "23")


def clamp_width(columns: int) -> int:
    return max(MIN_WIDTH, min(MAX_WIDTH, columns))


# A sub-part label stays on the line of the word it introduces ("b) met", never "b)" at a line end).
_SUBPART = re.compile(r"(?<![\w)])([a-z]\)) ")
_GLUE = "\x00"  # not whitespace to textwrap, one column wide, replaced by a space after wrapping


def _wrap(text: str, width: int, first: str, rest: str) -> list[str]:
    glued = _SUBPART.sub(lambda m: m.group(1) + _GLUE, text)
    lines = textwrap.wrap(
        glued, width, initial_indent=first, subsequent_indent=rest, break_long_words=False, break_on_hyphens=False
    )
    return [line.replace(_GLUE, " ") for line in lines]


def paragraph(text: str, width: int, *, indent: int = 0) -> list[str]:
    return _wrap(text, width, " " * indent, " " * indent)


def hanging(label: str, text: str, width: int, *, label_width: int, indent: int = 0, gap: int = 2) -> list[str]:
    """``label`` right-aligned in the margin and ``text`` wrapped beside it, continuation lines under the text."""
    first = " " * indent + label.rjust(label_width) + " " * gap
    return _wrap(text, width, first, " " * len(first))


def translation_note(qs: QuestionSet, lang: str) -> str | None:
    """What a reader of an unofficial translation must be told: the set's own note, else a general one."""
    if not qs.is_unofficial(lang):
        return None
    return qs.translation_note(lang) or t("questions.unofficial_note_general", lang)


def _heading(section_id: str, title: str, style: Style, width: int) -> list[str]:
    lines = hanging(section_id, title, width, label_width=len(section_id))
    return [style.bold(line) for line in lines]


def list_lines(qs: QuestionSet, lang: str, *, width: int, style: Style) -> list[str]:
    """Title, every section with its questions, and the answer scale."""
    out = [style.bold(line) for line in paragraph(qs.text(qs.title, lang), width)]
    out += [
        style.dim(line)
        for line in paragraph(tn("questions.set_line", len(qs.questions), lang, id=qs.id, version=qs.version), width)
    ]
    note = translation_note(qs, lang)
    if note:
        out += [style.italic(line) for line in paragraph(note, width)]
    number_width = max(len(str(q.number)) for q in qs.questions)
    for domain in qs.domains:
        out.append("")
        shared = len(domain.sections) == 1 and not domain.sections[0].title
        if not shared:
            out += _heading(domain.id, qs.text(domain.title, lang), style, width)
        for section in domain.sections:
            if not shared:
                out.append("")
            out += _heading(section.id, qs.section_title(section, lang), style, width)
            for question in section.questions:
                out += hanging(
                    str(question.number), qs.text(question.text, lang), width, label_width=number_width, indent=2
                )
    out += ["", style.bold(t("questions.scale_heading", lang))]
    value_width = max(len(str(level.value)) for level in qs.scale.levels)
    for level in qs.scale.levels:
        out += hanging(str(level.value), qs.text(level.label, lang), width, label_width=value_width, indent=2)
    for special in qs.scale.special:
        key = SPECIAL_KEYS.get(str(special.value), "–")
        out += hanging(key, qs.text(special.label, lang), width, label_width=value_width, indent=2)
    return out


def question_lines(qs: QuestionSet, question: Question, lang: str, *, width: int, style: Style) -> list[str]:
    """One question in full: where it belongs, its text, its examples and the source."""
    section: Section = qs.section_of(question.id)
    domain = qs.domain_of_section(section.id)
    out = _heading(domain.id, qs.text(domain.title, lang), style, width)
    if section.title:
        out += _heading(section.id, qs.text(section.title, lang), style, width)
    out.append("")
    position = t("questions.question_of", lang, number=question.number, count=len(qs.questions), id=question.id)
    out.append(style.dim(position))
    out += [style.bold(line) for line in paragraph(qs.text(question.text, lang), width)]
    if question.examples:
        out.append("")
        out += [style.italic(line) for line in paragraph(qs.text(question.examples, lang), width)]
    out.append("")
    source = t("questions.source", lang, source=qs.text(qs.source.publisher, lang))
    out += [style.dim(line) for line in paragraph(source, width)]
    note = translation_note(qs, lang)
    if note:
        out.append("")
        out += [style.dim(line) for line in paragraph(note, width)]
    return out
