"""The workshops of a report: each one as the group rated and discussed it, kept apart from the respondents.

A workshop's numbers are ratings given in one session, not answers files: they are never added to the respondents'
figures. For each question the report shows how many rated it (on phones and in the room), how the ratings fell per
level (counted from the file, nothing recomputed), or only the spread when fewer rated than the workshop's or the
report's small-group limit, and the texts the group agreed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from osallisuus_cli.model.team import TeamWorkshop
from osallisuus_cli.model.workshop import QuestionResult, level_order
from osallisuus_cli.questionsets.framework import QuestionSet
from osallisuus_cli.reports.bars import Bar


@dataclass(slots=True)
class WorkshopQuestion:
    id: str
    number: int
    text: str
    domain: str  # the id of the domain the question belongs to (1, 2, 3, R): the Innokylä appendix groups by it
    domain_title: str
    rated: int
    phones: int
    room: int
    bars: list[Bar] | None  # None: fewer rated than the small-group limit, only the spread is shown
    low: int | None
    high: int | None
    disagreement: bool  # ratings two or more levels apart
    how: str | None
    next_step: str | None
    differ: str | None


@dataclass(slots=True)
class WorkshopResult:
    project: str
    phase: str  # the phase's code (the template says it in the report's language)
    held: date
    participants: int
    planned: int  # questions in the session's plan
    min_group: int  # the limit applied: the workshop's or the report's, whichever is larger
    questions: list[WorkshopQuestion] = field(default_factory=list)

    @property
    def ratings(self) -> int:
        """Every rating revealed in the session, all questions together."""
        return sum(question.rated for question in self.questions)

    @property
    def disagreements(self) -> list[WorkshopQuestion]:
        """The questions on which views were two or more levels apart."""
        return [question for question in self.questions if question.disagreement]

    @property
    def agreed(self) -> list[WorkshopQuestion]:
        """The questions on which the group wrote down what it agreed (any of the three texts)."""
        return [question for question in self.questions if question.how or question.next_step or question.differ]


def _question(qs: QuestionSet, qid: str, result: QuestionResult, lang: str, min_group: int) -> WorkshopQuestion:
    question = qs.question(qid)
    counts = result.counts
    numbers: list[int] = []
    if counts is not None:
        numbers = [level for level, count in counts.items() if isinstance(level, int) and count]
    low = min(numbers) if numbers else (result.spread.low if result.spread else None)
    high = max(numbers) if numbers else (result.spread.high if result.spread else None)
    bars = None
    if counts is not None and result.rated >= min_group:
        total = result.rated or 1
        bars = [
            Bar(level, qs.level_label(level, lang), counts[level], counts[level] / total)
            for level in sorted(counts, key=level_order)
        ]
    domain = qs.domain_of_section(qs.section_of(qid).id)
    return WorkshopQuestion(
        id=qid,
        number=question.number,
        text=qs.text(question.text, lang),
        domain=domain.id,
        domain_title=qs.text(domain.title, lang),
        rated=result.rated,
        phones=result.phones,
        room=result.room,
        bars=bars,
        low=low,
        high=high,
        disagreement=low is not None and high is not None and high - low >= 2,
        how=result.how,
        next_step=result.next_step,
        differ=result.differ,
    )


def workshop_results(
    workshops: Sequence[TeamWorkshop], qs: QuestionSet, lang: str, *, min_group: int = 1
) -> list[WorkshopResult]:
    """Every workshop of the team, its questions in the session's order (only those it revealed)."""
    results = []
    for item in workshops:
        doc = item.workshop
        limit = max(doc.min_group, min_group)
        questions = [
            _question(qs, qid, doc.results[qid], lang, limit)
            for qid in doc.plan
            if qid in doc.results and qs.has_question(qid)
        ]
        results.append(
            WorkshopResult(
                project=doc.project.name,
                phase=doc.project.phase,
                held=doc.created.date(),
                participants=doc.participants,
                planned=len(doc.plan),
                min_group=limit,
                questions=questions,
            )
        )
    return results


@dataclass(frozen=True, slots=True)
class AgreedPractice:
    """What a workshop wrote down for one question: how it is done in practice, and the next step agreed."""

    text: str
    next_step: str | None
    number: int
    held: date


@dataclass(frozen=True, slots=True)
class DomainPractices:
    label: str  # the domain's id: 1, 2, 3, R
    title: str
    practices: list[AgreedPractice]


def agreed_by_domain(workshops: Sequence[WorkshopResult]) -> list[DomainPractices]:
    """The practices every workshop wrote down, by domain in the order of the questions (for the Innokylä appendix,
    which describes per domain what the activity does)."""
    found: dict[str, DomainPractices] = {}
    questions = sorted(
        ((question, workshop.held) for workshop in workshops for question in workshop.questions if question.how),
        key=lambda pair: (pair[0].number, pair[1]),
    )
    for question, held in questions:
        domain = found.setdefault(
            question.domain, DomainPractices(question.domain, question.domain_title, practices=[])
        )
        domain.practices.append(AgreedPractice(question.how or "", question.next_step, question.number, held))
    return list(found.values())


def level_counts(result: WorkshopResult) -> dict[str, Any]:
    """{question id: {level: count}} of one workshop as the report shows it (for checks against a hand count)."""
    return {q.id: {bar.value: bar.count for bar in q.bars} for q in result.questions if q.bars is not None}
