"""The report as plain data: everything a template shows, computed once from a team file and a question set.

Templates only lay this out and format numbers; every figure comes from ``osallisuus_cli.reports.scoring``.

When the input holds several phases (suunnittelu → toteutus → arviointi) or several rounds of the same phase, the
summary, the per-question part, strengths, development areas and the action plan describe each project's *latest*
phase or round; the trend compares all of them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from osallisuus_cli.model.answers import PHASES
from osallisuus_cli.model.team import Response, instant, response_order
from osallisuus_cli.questionsets.framework import QuestionSet, Section
from osallisuus_cli.reports import scoring
from osallisuus_cli.reports.bars import Bar
from osallisuus_cli.reports.setfacts import AboutTheSet, SetFacts

if TYPE_CHECKING:
    from osallisuus_cli.reports.workshops import DomainPractices, WorkshopResult

FORMATS: tuple[str, ...] = ("md", "html")  # what a report can be written as (--format)
TOP = 3  # how many strengths, development areas and disputed questions to list
# Free-text answers shown per question (distinct texts, most frequent first once there are more): a report of
# thousands of respondents stays readable and small; the rest are counted, and ``export`` gives every one.
TEXT_CAP = 30


@dataclass(frozen=True, slots=True)
class TextItem:
    """One free-text answer as written; identical answers to the same question are listed once with a count."""

    text: str
    count: int = 1
    project: str | None = None
    question_number: int | None = None


class TextList(list[TextItem]):
    """Free-text answers as shown, and how many answers were left out past ``TEXT_CAP`` (``more``)."""

    more: int = 0

    @classmethod
    def joined(cls, parts: Sequence[TextList]) -> TextList:
        result = cls(item for part in parts for item in part)
        result.more = sum(part.more for part in parts)
        return result


@dataclass(slots=True)
class QuestionResult:
    id: str
    number: int
    text: str
    examples: str
    section_id: str
    counts: scoring.Counts
    bars: list[Bar]
    mean: float | None
    percent: float | None
    median: float | None
    low: int | None
    high: int | None
    spread: int
    split: int  # how far apart the lower and upper third of the ratings are (see scoring.split)
    disputed: bool
    how: TextList = field(default_factory=TextList)  # what the activity does: texts at levels of practice
    next_steps: TextList = field(default_factory=TextList)
    reasons: TextList = field(default_factory=TextList)  # texts at "not yet", N/A or don't know: reasons given


@dataclass(slots=True)
class SectionResult:
    id: str
    label: str  # "1", "2A", "2" … ("" for the structures section, which has no number)
    title: str
    description: str
    kind: str  # "section", "domain" (a domain pooled over its parts) or "structures"
    counts: scoring.Counts
    bars: list[Bar]
    mean: float | None
    percent: float | None
    median: float | None
    questions: list[QuestionResult] = field(default_factory=list)
    actions: TextList = field(default_factory=TextList)
    # The first part of a domain in several parts (2A) carries the domain's own heading and THL's description of it
    # (domain 2), so that the results by question show it before its parts, as THL's own pages do.
    domain_label: str = ""
    domain_title: str = ""
    domain_description: str = ""


@dataclass(slots=True)
class DomainResult:
    """A domain as a whole (for the Innokylä appendix): its figures and what the activity does in practice."""

    id: str
    label: str
    title: str
    description: str
    kind: str
    counts: scoring.Counts
    mean: float | None
    percent: float | None
    nearest_level: str
    practices: list[TextItem]


@dataclass(frozen=True, slots=True)
class Period:
    phase: str
    round: int
    phase_label: str
    several_rounds: bool
    respondents: int
    first: date | None
    last: date | None
    hidden: bool = False  # fewer respondents than the small-group limit: no figures shown


@dataclass(frozen=True, slots=True)
class TrendRow:
    key: str
    label: str
    title: str
    means: list[float | None]
    answered: list[int | None]  # None for a period below the small-group limit
    change: float | None


@dataclass(slots=True)
class Trend:
    periods: list[Period]
    sections: list[TrendRow]
    questions: list[TrendRow]
    both: int = 0  # respondents who answered in the first and in the last period

    @property
    def first(self) -> Period:
        return self.periods[0]

    @property
    def last(self) -> Period:
        return self.periods[-1]


@dataclass(frozen=True, slots=True)
class Basis:
    """What one project's part of the report rests on."""

    project: str
    phase: str  # "" when the project has no answers in the phase asked for (--phase)
    phase_label: str
    respondents: int
    reason: str  # "chosen" (--phase or the project file), "latest", "largest" (the latest was too small), "absent"
    others: list[tuple[str, int]]  # the phases not described, with their respondents


@dataclass(frozen=True, slots=True)
class ProjectInfo:
    name: str
    code: str | None
    organisation: str | None
    region: str | None
    phases: list[str]
    respondents: int


@dataclass(slots=True)
class Report(AboutTheSet):
    lang: str
    title: str
    facts: SetFacts  # the question set's (``framework_citation``, ``scale``, … read through to it)
    projects: list[ProjectInfo]
    phases: list[str]
    respondents: int
    responses_total: int
    first_date: date | None
    last_date: date | None
    summary: list[SectionResult]
    sections: list[SectionResult]
    domains: list[DomainResult]
    strengths: list[QuestionResult]
    development: list[QuestionResult]
    disputed: list[QuestionResult]
    disputed_count: int
    coverage: float | None
    trend: Trend | None
    anonymized: bool
    dispute_range: int = scoring.DISPUTE_RANGE
    datacheck: list[str] = field(default_factory=list)  # the data check's warnings, as the report shows them
    basis: list[Basis] = field(default_factory=list)
    respondents_by_phase: list[tuple[str, list[tuple[str, int]]]] = field(default_factory=list)
    min_group: int = 1
    texts_withheld: list[str] = field(default_factory=list)  # projects below the limit: their texts are left out
    workshops: list[WorkshopResult] = field(default_factory=list)  # never counted among the respondents

    @property
    def workshop_practices(self) -> list[DomainPractices]:
        """What the workshops wrote down about practice, by domain (the Innokylä appendix shows it)."""
        from osallisuus_cli.reports.workshops import agreed_by_domain

        return agreed_by_domain(self.workshops)

    @property
    def single(self) -> bool:
        """One respondent: no spread, no disagreement, and never called the team."""
        return self.respondents == 1

    @property
    def suppressed(self) -> bool:
        """Fewer respondents than the small-group limit: no distribution and no free text is shown."""
        return 0 < self.respondents < self.min_group

    @property
    def has_answers(self) -> bool:
        return self.respondents > 0

    @property
    def several_projects(self) -> bool:
        return len(self.projects) > 1

    @property
    def has_actions(self) -> bool:
        return any(section.actions for section in self.sections)


# --- building ------------------------------------------------------------------------------------------------


def in_team_order(responses: Sequence[Response]) -> list[Response]:
    # The report must not depend on the order the files were given in: use the team file's own order.
    return sorted(responses, key=response_order)


def assign_rounds(responses: Sequence[Response]) -> list[tuple[Response, int]]:
    """Each response with its round: the how-many-th answer of the same respondent in the same project and phase.

    A respondent who answered again in the same phase (kept with ``--on-duplicate keep-both``) starts round 2.
    """
    seen: dict[tuple[str, str, str], int] = {}
    result = []
    for response in sorted(responses, key=lambda r: (instant(r.updated), r.source.sha256)):
        key = (response.project.name, response.project.phase, response.respondent.id)
        seen[key] = seen.get(key, 0) + 1
        result.append((response, seen[key]))
    return result


def period_key(response: Response, round_: int) -> tuple[int, int]:
    return PHASES.index(response.project.phase), round_


def _texts(
    responses: Sequence[Response],
    qid: str,
    attr: str | tuple[str, ...],
    several_projects: bool,
    number: int | None = None,
    keep: Callable[[int | str], bool] | None = None,
) -> TextList:
    """The texts in ``attr`` (or in each of several fields) of the answers to ``qid``, only of answers whose level
    passes ``keep``; identical ones listed once with a count."""
    fields = (attr,) if isinstance(attr, str) else attr
    grouped: dict[tuple[str | None, str], int] = {}
    for response in responses:
        answer = response.answers.get(qid)
        if answer is None or (keep is not None and not keep(answer.level)):
            continue
        for name in fields:
            value = getattr(answer, name, None)
            text = value.replace("\r\n", "\n").strip() if value else ""
            if text:
                key = (response.project.name if several_projects else None, text)
                grouped[key] = grouped.get(key, 0) + 1
    items = list(grouped.items())
    if len(items) <= TEXT_CAP:
        return TextList(TextItem(text, count, project, number) for (project, text), count in items)
    # the most frequent first; among equals the first met (team order), so the choice is deterministic
    ranked = sorted(range(len(items)), key=lambda i: (-items[i][1], i))
    shown = (items[i] for i in ranked[:TEXT_CAP])
    result = TextList(TextItem(text, count, project, number) for (project, text), count in shown)
    result.more = sum(items[i][1] for i in ranked[TEXT_CAP:])
    return result


def describes_practice(level: int | str, minimum: int) -> bool:
    """A level that says the activity does something: on the scale above its lowest level ("not yet").

    What is written with "not yet", N/A or don't know is a reason or a plan, never a description of practice.
    """
    return isinstance(level, int) and not isinstance(level, bool) and level > minimum


def _bars(dist: dict[int | str, int], qs: QuestionSet, lang: str, total: int, missing_label: str) -> list[Bar]:
    bars = []
    for value, count in dist.items():
        label = missing_label if value == "missing" else qs.level_label(value, lang)  # type: ignore[arg-type]
        bars.append(Bar(value, label, count, count / total if total else 0.0))
    return bars


def question_result(
    qs: QuestionSet,
    section: Section,
    index: int,
    responses: Sequence[Response],
    lang: str,
    labels: dict[str, str],
    voiced: Sequence[Response] | None = None,
) -> QuestionResult:
    """One question's figures from ``responses``, and its free texts from ``voiced`` (default: the same): the
    responses whose group — the project a text is labelled with — reaches the small-group limit."""
    question = section.questions[index]
    speaking = responses if voiced is None else voiced
    levels = [(r.answers[question.id].level if question.id in r.answers else None) for r in responses]
    values = scoring.rated(levels)
    average = scoring.mean(values)
    low_high = scoring.value_range(values)
    scale_values = [level.value for level in qs.scale.levels]
    several = len({r.project.name for r in responses}) > 1
    minimum = qs.scale.minimum

    def practice(level: int | str) -> bool:
        return describes_practice(level, minimum)

    return QuestionResult(
        id=question.id,
        number=question.number,
        text=qs.text(question.text, lang),
        examples=qs.text(question.examples, lang),
        section_id=section.id,
        counts=scoring.counts([[level] for level in levels]),
        bars=_bars(scoring.distribution(levels, scale_values), qs, lang, len(levels), labels["missing"]),
        mean=average,
        percent=scoring.percent(average, qs.scale.minimum, qs.scale.maximum),
        median=scoring.median(values),
        low=low_high[0] if low_high else None,
        high=low_high[1] if low_high else None,
        spread=scoring.spread(values),
        split=scoring.split(values),
        disputed=scoring.is_disputed(values),
        how=_texts(speaking, question.id, "how", several, keep=practice),
        next_steps=_texts(speaking, question.id, "next_step", several, question.number),
        # a reason stored as its own field, and what was written as "how" at a level that is no practice
        reasons=_texts(speaking, question.id, ("reason", "how"), several, keep=lambda level: not practice(level)),
    )


def block_figures(
    qs: QuestionSet,
    question_ids: Sequence[str],
    responses: Sequence[Response],
    lang: str,
    missing_label: str,
) -> tuple[scoring.Counts, list[Bar], float | None, float | None, float | None]:
    rows = [[(r.answers[qid].level if qid in r.answers else None) for qid in question_ids] for r in responses]
    block_counts = scoring.counts(rows)
    values = scoring.rated(level for row in rows for level in row)
    average = scoring.mean(values)
    scale_values = [level.value for level in qs.scale.levels]
    dist = scoring.distribution((level for row in rows for level in row), scale_values)
    bars = _bars(dist, qs, lang, block_counts.possible, missing_label)
    return (
        block_counts,
        bars,
        average,
        scoring.percent(average, qs.scale.minimum, qs.scale.maximum),
        scoring.median(values),
    )


def section_label(qs: QuestionSet, section: Section) -> str:
    """'1', '2A' … and 'R' for the structures part, as THL marks it (its id in the question set)."""
    return section.id


def nearest_level(qs: QuestionSet, value: float | None, lang: str) -> str:
    """The scale label closest to a mean (ties go to the lower level), or '' when nothing was rated."""
    if value is None:
        return ""
    best = min(qs.scale.levels, key=lambda level: (abs(level.value - value), level.value))
    return qs.text(best.label, lang)
