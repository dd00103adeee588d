"""Text for a funder's web form (``report --template funder``): plain text in short blocks to paste.

Forms such as STEA's results report take no attachments or links, are published, and ask whether figures come from
collected data, a sample or an estimate. So the text is plain (no markup), in the report's language, in blocks of at
most ``BLOCK_LIMIT`` characters, each headed by its title and its own character count: what was assessed and how,
who answered, the team's workshops (when, how many took part, the next steps agreed), strengths, development areas
and the next steps respondents suggested. It is built from the same report model as the team report, so the
small-group rule and anonymity are the report's: no names, and no figures or free texts for a group below
``min_group``. Free text is treated as hostile: control characters and bidirectional controls are removed and line
breaks become spaces, so a pasted block is what it shows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from osallisuus_cli.i18n import format_date, format_month, format_number, format_percent, t, tn

if TYPE_CHECKING:
    from osallisuus_cli.reports.report_model import QuestionResult, Report, TextItem

BLOCK_LIMIT = 1000  # characters a block may have: what web forms' text fields commonly take
# C0 and C1 controls, DEL, line and paragraph separators, bidirectional controls and marks, zero-width characters
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]+")


@dataclass(frozen=True, slots=True)
class Block:
    title: str
    body: str

    @property
    def length(self) -> int:
        return len(self.body)


def plain(text: str) -> str:
    """A free text made safe to paste: controls and bidi marks become spaces, runs of spaces one space."""
    return " ".join(_UNSAFE.sub(" ", text).split())


def _fitted(lines: list[str], more_key: str, lang: str, start: str = "") -> str:
    """``start`` and then as many whole lines as fit in a block, and how many did not fit."""
    kept: list[str] = []
    for index, line in enumerate(lines):
        rest = len(lines) - index - 1
        candidate = "\n".join(filter(None, [start, *kept, line]))
        tail = "\n" + t(more_key, lang, count=rest) if rest else ""
        if len(candidate) + len(tail) > BLOCK_LIMIT:
            left = len(lines) - index
            return "\n".join(filter(None, [start, *kept, t(more_key, lang, count=left)]))
        kept.append(line)
    return "\n".join(filter(None, [start, *kept]))


def _assessed(report: Report) -> str:
    lang = report.lang
    low, high = report.facts.scale[0], report.facts.scale[-1]
    return t(
        "funder.assessed_text_workshop" if _workshop_only(report) else "funder.assessed_text",
        lang,
        title=report.facts.citation,
        low=low.value,
        high=high.value,
        low_label=low.label,
        high_label=high.label,
    )


def _workshop_only(report: Report) -> bool:
    """No one's own answers, only the team's workshops: the figures are the workshops', and the text says so."""
    return not report.has_answers and bool(report.workshops)


def _answered(report: Report) -> str:
    lang = report.lang
    if _workshop_only(report):
        shown = format_month if report.anonymized else format_date
        took_part = [
            f"{t('workshop.r_title', lang, date=shown(w.held, lang), project=plain(w.project))}: "
            f"{tn('workshop.r_participants', w.participants, lang)}."
            for w in report.workshops
        ]
        return "\n".join([t("funder.collected_workshop", lang), *took_part])
    lines = [t("funder.collected", lang)]
    for basis in report.basis:
        if basis.phase:
            phase = t(f"team.phase_in.{basis.phase}", lang)
            line = t("funder.respondents_in", lang, count=basis.respondents, phase=phase)
            lines.append(f"{plain(basis.project)}: {line}" if report.several_projects else line)
    if report.first_date and report.last_date:
        shown = format_month if report.anonymized else format_date  # an anonymized team keeps months only
        first, last = shown(report.first_date, lang), shown(report.last_date, lang)
        dates = first if first == last else t("report.date_range", lang, first=first, last=last)
        lines.append(f"{t('report.dates', lang)}: {dates}.")
    if report.coverage is not None and not report.suppressed:
        lines.append(t("funder.coverage", lang, percent=format_percent(report.coverage / 100, lang)))
    if report.suppressed:
        lines.append(t("funder.suppressed", lang, count=report.respondents, min=report.min_group))
    elif report.single:  # the figures below are one person's, and a funder must not read them as the team's
        lines.append(t("funder.single", lang))
    return "\n".join(lines)


def _question_line(question: QuestionResult, lang: str) -> str:
    mean = format_number(question.mean, lang) if question.mean is not None else "–"
    figures = t(
        "funder.question_figures", lang, mean=mean, n=question.counts.answered, total=question.counts.respondents
    )
    return f"– {t('report.question_ref', lang, number=question.number).capitalize()}: {question.text} ({figures})"


def _questions(report: Report, items: list[QuestionResult], intro_key: str) -> str:
    lang = report.lang
    if _workshop_only(report):
        return t("funder.workshop_only", lang, heading=t("workshop.fd_heading", lang))
    if report.suppressed:
        return t("funder.none_shown", lang, min=report.min_group)
    if not items:
        return t("funder.none_listed", lang)
    lines = [_question_line(question, lang) for question in items]
    intro = f"{intro_key}_single" if report.single else intro_key  # one person's ratings are no team's average
    return _fitted(lines, "funder.more_questions", lang, start=t(intro, lang))


def _text_line(item: TextItem, lang: str) -> str:
    times = f" {t('report.times', lang, count=item.count)}" if item.count > 1 else ""
    return f"– {plain(item.text)}{times}"


def _next_steps(report: Report) -> str:
    lang = report.lang
    if _workshop_only(report):
        return t("funder.workshop_only", lang, heading=t("workshop.fd_heading", lang))
    if report.suppressed:
        return t("funder.none_shown", lang, min=report.min_group)
    lines = [_text_line(item, lang) for section in report.sections for item in section.actions]
    if not lines:
        return t("funder.no_steps", lang)
    return _fitted(lines, "funder.more_steps", lang, start=t("funder.steps_intro", lang))


def _workshops(report: Report) -> str:
    """The team's workshops: when, how many took part, what was discussed, where views differed, the next steps
    the group agreed (no participant is named, and the workshop's ratings are not the respondents')."""
    lang = report.lang
    shown = format_month if report.anonymized else format_date
    lines = []
    for workshop in report.workshops:
        held = t(
            "workshop.fd_held",
            lang,
            date=shown(workshop.held, lang),
            participants=tn("workshop.r_participants", workshop.participants, lang),
            done=len(workshop.questions),
            planned=workshop.planned,
            ratings=tn("workshop.s_ratings", workshop.ratings, lang),
        )
        apart = workshop.disagreements
        if apart:
            numbers = ", ".join(str(question.number) for question in apart)
            held += " " + tn("workshop.s_disagreements", len(apart), lang, numbers=numbers)
        lines.append(held)
    lines.append(t("workshop.fd_method_alone" if _workshop_only(report) else "workshop.fd_method", lang))
    steps = [
        f"– {t('report.question_ref', lang, number=question.number).capitalize()}: {plain(question.next_step)}"
        for workshop in report.workshops
        for question in workshop.questions
        if question.next_step
    ]
    if not steps:
        return "\n".join(lines)
    return _fitted(steps, "funder.more_steps", lang, start="\n".join([*lines, t("workshop.fd_steps_intro", lang)]))


def funder_blocks(report: Report) -> list[Block]:
    lang = report.lang
    workshops = [Block(t("workshop.fd_heading", lang), _workshops(report))] if report.workshops else []
    return [
        Block(t("funder.h_assessed", lang), _assessed(report)),
        Block(t("funder.h_answered", lang), _answered(report)),
        *workshops,
        Block(t("report.h_strengths", lang), _questions(report, report.strengths, "funder.strengths_intro")),
        Block(t("report.h_development", lang), _questions(report, report.development, "funder.development_intro")),
        Block(t("funder.h_steps", lang), _next_steps(report)),
    ]


def funder_text(report: Report) -> str:
    """The blocks as one plain text: each one's title with its character count, then the text to paste."""
    lang = report.lang
    out = [plain(report.title), t("funder.intro", lang, limit=format_number(BLOCK_LIMIT, lang, 0)), ""]
    for block in funder_blocks(report):
        count = t("funder.count", lang, count=block.length, limit=format_number(BLOCK_LIMIT, lang, 0))
        out += [f"=== {block.title} ({count}) ===", block.body, ""]
    return "\n".join(out).rstrip("\n") + "\n"
