"""What a merge produced, in numbers: how the answers to each section split (the merge summary shows them)."""

from __future__ import annotations

from dataclasses import dataclass

from osallisuus_cli.i18n import get_language
from osallisuus_cli.model.tally import tally
from osallisuus_cli.model.team import TeamFile
from osallisuus_cli.questionsets.framework import QuestionSet


@dataclass(frozen=True)
class SectionCoverage:
    """How the answers to one section's questions split, over all responses (response × question)."""

    section_id: str
    title: str
    answered: int  # a level on the scale
    na: int
    dont_know: int
    missing: int


def coverage(team: TeamFile, qs: QuestionSet, lang: str | None = None) -> list[SectionCoverage]:
    rows = []
    for section in qs.sections:
        counted = tally(
            answer.level if (answer := response.answers.get(question.id)) is not None else None
            for response in team.responses
            for question in section.questions
        )
        title = qs.section_title(section, lang or get_language())
        rows.append(SectionCoverage(section.id, title, counted.rated, counted.na, counted.dont_know, counted.missing))
    return rows
