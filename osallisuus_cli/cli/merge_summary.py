"""The summary ``osallisuus merge`` prints: what was merged, and a plain table of how each section was answered."""

from __future__ import annotations

from osallisuus_cli.i18n import t, tn
from osallisuus_cli.model.answers import PHASES
from osallisuus_cli.questionsets.framework import QuestionSet
from osallisuus_cli.teamwork.merge import MergeResult
from osallisuus_cli.teamwork.teamsummary import SectionCoverage, coverage

_TITLE_WIDTH = 44


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def coverage_table(rows: list[SectionCoverage], lang: str | None = None) -> list[str]:
    """A plain aligned table (no box drawing: it reads well in any terminal and with a screen reader)."""
    heads = [t(f"team.coverage_{name}", lang) for name in ("answered", "na", "dont_know", "missing")]
    labels = [_shorten(f"{row.section_id} {row.title}", _TITLE_WIDTH) for row in rows]
    first = max([len(t("team.coverage_section", lang)), *map(len, labels)])
    widths = [max(len(head), 5) for head in heads]
    lines = [
        "  ".join(
            [t("team.coverage_section", lang).ljust(first), *(h.rjust(w) for h, w in zip(heads, widths, strict=True))]
        )
    ]
    for label, row in zip(labels, rows, strict=True):
        numbers = (row.answered, row.na, row.dont_know, row.missing)
        lines.append("  ".join([label.ljust(first), *(str(n).rjust(w) for n, w in zip(numbers, widths, strict=True))]))
    return lines


def summary_lines(result: MergeResult, qs: QuestionSet, policy: str, lang: str | None = None) -> list[str]:
    team, summary = result.team, result.summary
    lines = [
        t(
            "team.merge_counts",
            lang,
            responses=len(team.responses),
            respondents=len({r.respondent.id for r in team.responses}),
            answers_files=summary.answers_files,
            team_files=summary.team_files,
        )
    ]
    if team.workshops:
        lines.append(tn("workshop.merge_kept", len(team.workshops), lang))
    projects = sorted({r.project.name for r in team.responses})
    if projects:
        lines.append(t("team.merge_projects", lang, projects=", ".join(projects)))
        phases = sorted({r.project.phase for r in team.responses}, key=PHASES.index)
        lines.append(t("team.merge_phases", lang, phases=", ".join(t(f"team.phase.{p}", lang) for p in phases)))
    if summary.copies:
        lines.append(t("team.merge_copies", lang, count=summary.copies))
    if summary.duplicate_groups:
        lines.append(
            tn(
                "team.merge_duplicates",
                summary.duplicate_groups,
                lang,
                policy=t(f"team.policy.{policy}", lang),
                dropped=summary.dropped,
            )
        )
    if team.anonymized:
        lines.append(t("team.merge_anonymized", lang))
    if team.responses:
        lines += coverage_table(coverage(team, qs, lang), lang)
    return lines
