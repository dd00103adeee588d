r"""The portfolio as data: what ``portfolio.build.build_portfolio`` makes and the templates lay out.

One ``Portfolio`` holds the key figures, ``Group``\ s of ``ProjectRow``\ s (each with a ``Cell`` per ``Column``),
the ``PhaseChange`` of each project that answered in more than one phase, and the portfolio-wide
``QuestionTally`` lists. Plain dataclasses, no behaviour beyond a few derived properties.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from osallisuus_cli.reports import scoring
from osallisuus_cli.reports.setfacts import AboutTheSet, SetFacts
from osallisuus_cli.reports.workshops import WorkshopResult


@dataclass(frozen=True, slots=True)
class Column:
    id: str
    label: str  # "1", "2A" … ("" for the structures section)
    title: str


@dataclass(frozen=True, slots=True)
class Cell:
    """One project's figures for one section (or for all questions): mean level, n of N, coverage, heat band."""

    mean: float | None
    answered: int
    respondents: int
    coverage: float | None  # share (0–1) of possible answers given in any form
    band: int | None  # 0 … BANDS-1; None without ratings

    @property
    def coverage_percent(self) -> float | None:
        return None if self.coverage is None else self.coverage * 100


@dataclass(slots=True)
class ProjectRow:
    key: str  # the code, else the name
    name: str
    code: str | None
    organisation: str | None
    region: str | None
    phase: str  # the latest phase, whose responses the figures describe
    phase_counts: list[tuple[str, int]]  # (phase label, respondents) in phase order
    respondents: int
    responses_total: int
    hidden: bool  # fewer respondents than the small-group limit: no figures
    overall: Cell
    cells: list[Cell]
    checks: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Group:
    label: str  # '' when the portfolio is not grouped
    projects: list[ProjectRow]


@dataclass(frozen=True, slots=True)
class PhaseChange:
    name: str
    code: str | None
    before: str
    before_n: int
    after: str
    after_n: int
    hidden: bool  # a side below the small-group limit
    overall: float | None
    sections: list[float | None]


@dataclass(frozen=True, slots=True)
class QuestionTally:
    id: str
    number: int
    text: str
    projects: int  # in how many projects the question was on this list
    of: int  # how many projects were counted


@dataclass(slots=True)
class Portfolio(AboutTheSet):
    lang: str
    title: str
    facts: SetFacts  # the question set's (``framework_citation``, ``scale``, … read through to it)
    columns: list[Column]
    groups: list[Group]
    group_by: str | None
    sort: str
    min_group: int
    respondents: int
    responses_total: int
    phase_counts: list[tuple[str, int]]  # (phase label, projects whose latest phase it is)
    coverage: float | None
    hidden: int
    changes: list[PhaseChange]
    strong: list[QuestionTally]
    weak: list[QuestionTally]
    disputed: list[QuestionTally]
    counted: int  # projects counted in the question lists
    first_date: date | None
    last_date: date | None
    anonymized: bool
    dispute_range: int = scoring.DISPUTE_RANGE
    workshops: list[WorkshopResult] = field(default_factory=list)  # never counted among the respondents

    @property
    def projects(self) -> list[ProjectRow]:
        return [project for group in self.groups for project in group.projects]

    @property
    def has_answers(self) -> bool:
        return self.respondents > 0
