"""Reports: build the report model from a team and render it as Markdown or HTML through Jinja2 templates.

``build_report`` turns a ``TeamFile`` and its ``QuestionSet`` into plain data (see ``report_model``);
``render`` lays that out with a template (see ``report_render``). Both are pure: the same input gives the same
bytes, whatever the clock or the order of the files.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from osallisuus_cli.i18n import speaking, t
from osallisuus_cli.model.answers import PHASES
from osallisuus_cli.model.team import Response, TeamFile
from osallisuus_cli.questionsets.framework import Domain, QuestionSet
from osallisuus_cli.reports import scoring
from osallisuus_cli.reports.periods import basis, choose_periods, phase_name, responses_in
from osallisuus_cli.reports.report_model import (
    TOP,
    DomainResult,
    Period,
    ProjectInfo,
    QuestionResult,
    Report,
    SectionResult,
    TextItem,
    TextList,
    Trend,
    TrendRow,
    assign_rounds,
    block_figures,
    in_team_order,
    nearest_level,
    period_key,
    question_result,
    section_label,
)
from osallisuus_cli.reports.setfacts import set_facts
from osallisuus_cli.reports.workshops import workshop_results
from osallisuus_cli.teamwork.datacheck import respondents_per_phase
from osallisuus_cli.teamwork.datacheck_lines import Finding, report_lines


class Document(Protocol):
    """What a template is given as ``report``: the team report, or a portfolio of many projects (``portfolio.model``),
    which builds on this package and so is named here only by what rendering needs of it."""

    @property
    def lang(self) -> str: ...


def phase_label(phase: str, lang: str) -> str:
    return t(f"report.phase.{phase}", lang)


def _whole_title(qs: QuestionSet, domain: Domain, lang: str) -> str:
    """'Osallisuus yhteisöissä … (2A + 2B yhteensä)': a domain pooled over its parts."""
    parts = " + ".join(section.id for section in domain.sections)
    return t("report.domain_whole", lang, title=qs.text(domain.title, lang), parts=parts)


def _sections(
    qs: QuestionSet, responses: Sequence[Response], lang: str, voiced: Sequence[Response] | None = None
) -> tuple[list[SectionResult], list[SectionResult]]:
    """The sections with their questions, and the summary rows (sections plus multi-part domains as a whole);
    free texts only from ``voiced`` (see ``question_result``)."""
    labels = {"missing": t("report.no_answer", lang)}
    sections: list[SectionResult] = []
    summary: list[SectionResult] = []
    for domain in qs.domains:
        domain_sections: list[SectionResult] = []
        for section in domain.sections:
            questions = [
                question_result(qs, section, i, responses, lang, labels, voiced) for i in range(len(section.questions))
            ]
            block_counts, bars, average, pct, med = block_figures(
                qs, [q.id for q in section.questions], responses, lang, labels["missing"]
            )
            result = SectionResult(
                id=section.id,
                label=section_label(qs, section),
                title=qs.section_title(section, lang),
                description=qs.text(section.description, lang)
                or (qs.text(domain.description, lang) if len(domain.sections) == 1 else ""),
                kind="structures" if domain.kind == "structures" else "section",
                counts=block_counts,
                bars=bars,
                mean=average,
                percent=pct,
                median=med,
                questions=questions,
                actions=TextList.joined([q.next_steps for q in questions]),
            )
            if len(domain.sections) > 1 and not domain_sections:
                result.domain_label = domain.id
                result.domain_title = qs.text(domain.title, lang)
                result.domain_description = qs.text(domain.description, lang)
            sections.append(result)
            domain_sections.append(result)
        summary.extend(domain_sections)
        if len(domain.sections) > 1:
            ids = [q.id for s in domain.sections for q in s.questions]
            block_counts, bars, average, pct, med = block_figures(qs, ids, responses, lang, labels["missing"])
            summary.append(
                SectionResult(
                    id=domain.id,
                    label=domain.id,
                    title=_whole_title(qs, domain, lang),
                    description=qs.text(domain.description, lang),
                    kind="domain",
                    counts=block_counts,
                    bars=bars,
                    mean=average,
                    percent=pct,
                    median=med,
                )
            )
    return sections, summary


def _domains(
    qs: QuestionSet, sections: Sequence[SectionResult], summary: Sequence[SectionResult], lang: str
) -> list[DomainResult]:
    by_id = {s.id: s for s in sections}
    wholes = {s.id: s for s in summary if s.kind == "domain"}
    result = []
    for domain in qs.domains:
        parts = [by_id[s.id] for s in domain.sections]
        figures = wholes.get(domain.id) or parts[0]
        practices = TextList.joined(
            [
                TextList(TextItem(item.text, item.count, item.project, question.number) for item in question.how)
                for part in parts
                for question in part.questions
            ]
        )
        practices.more = sum(question.how.more for part in parts for question in part.questions)
        result.append(
            DomainResult(
                id=domain.id,
                label=domain.id,
                title=qs.text(domain.title, lang),
                description=qs.text(domain.description, lang),
                kind=domain.kind,
                counts=figures.counts,
                mean=figures.mean,
                percent=figures.percent,
                nearest_level=nearest_level(qs, figures.mean, lang),
                practices=practices,
            )
        )
    return result


def _trend(qs: QuestionSet, with_rounds: Sequence[tuple[Response, int]], lang: str, min_group: int = 1) -> Trend | None:
    groups: dict[tuple[int, int], list[Response]] = {}
    for response, round_ in with_rounds:
        groups.setdefault(period_key(response, round_), []).append(response)
    if len(groups) < 2:
        return None
    keys = sorted(groups)
    rounds_per_phase: dict[int, int] = {}
    for phase_index, round_ in keys:
        rounds_per_phase[phase_index] = max(rounds_per_phase.get(phase_index, 0), round_)
    periods = []
    for key in keys:
        members = groups[key]
        phase = PHASES[key[0]]
        periods.append(
            Period(
                phase=phase,
                round=key[1],
                phase_label=phase_label(phase, lang),
                several_rounds=rounds_per_phase[key[0]] > 1,
                respondents=len(members),
                first=min(r.created for r in members).date(),
                last=max(r.updated for r in members).date(),
                hidden=len(members) < min_group,
            )
        )
    hidden = [period.hidden for period in periods]

    def row(key: str, label: str, title: str, question_ids: Sequence[str]) -> TrendRow:
        means: list[float | None] = []
        answered: list[int | None] = []
        for period in keys:
            rows = [[(r.answers[q].level if q in r.answers else None) for q in question_ids] for r in groups[period]]
            means.append(scoring.mean(scoring.rated(level for line in rows for level in line)))
            answered.append(scoring.counts(rows).answered)
        # a group below the small-group limit gives no figure (not even how many it answered), and no change
        means = [None if secret else mean for mean, secret in zip(means, hidden, strict=True)]
        answered = [None if secret else count for count, secret in zip(answered, hidden, strict=True)]
        return TrendRow(key, label, title, means, answered, scoring.overall_change(means))

    section_rows = []
    for domain in qs.domains:
        for section in domain.sections:
            ids = [q.id for q in section.questions]
            section_rows.append(row(section.id, section_label(qs, section), qs.section_title(section, lang), ids))
        if len(domain.sections) > 1:
            ids = [q.id for s in domain.sections for q in s.questions]
            section_rows.append(row(domain.id, domain.id, _whole_title(qs, domain, lang), ids))
    question_rows = [row(q.id, str(q.number), qs.text(q.text, lang), [q.id]) for q in qs.questions]
    return Trend(periods, section_rows, question_rows, both=_in_both(groups[keys[0]], groups[keys[-1]]))


def _in_both(first: Sequence[Response], last: Sequence[Response]) -> int:
    """How many respondents of ``last`` also answered in ``first``: the same respondent id (a later phase's file keeps
    it), or the same name (files from before that rule; an anonymised team keeps only the ids)."""

    def keys(response: Response) -> set[tuple[str, str, str]]:
        project = response.project.name
        found = {(project, "id", response.respondent.id)}
        if response.respondent.name:
            found.add((project, "name", response.respondent.name.strip().casefold()))
        return found

    earlier = set().union(*(keys(r) for r in first))
    return sum(1 for response in last if keys(response) & earlier)


def _projects(responses: Sequence[Response]) -> list[ProjectInfo]:
    found: dict[str, list[Response]] = {}
    for response in responses:
        found.setdefault(response.project.name, []).append(response)
    result = []
    for name, members in found.items():

        def first(attr: str, members: list[Response] = members) -> str | None:
            return next((getattr(r.project, attr) for r in members if getattr(r.project, attr)), None)

        phases = sorted({r.project.phase for r in members}, key=PHASES.index)
        result.append(ProjectInfo(name, first("code"), first("organisation"), first("region"), phases, len(members)))
    return result


def _title(given: str | None, projects: Sequence[ProjectInfo], lang: str) -> str:
    """The title asked for, else the projects' names, else the report's general title."""
    if given is not None and given.strip():
        return given.strip()
    if projects:
        return t("report.default_title", lang, project=", ".join(p.name for p in projects)).strip()
    return t("report.title", lang).strip()


def _counts(responses: Sequence[Response], qs: QuestionSet) -> scoring.Counts:
    return scoring.counts(
        [[(r.answers[q.id].level if q.id in r.answers else None) for q in qs.questions] for r in responses]
    )


def small_groups(current: Sequence[Response], min_group: int) -> tuple[list[Response], list[Response], list[str]]:
    """The small-group rule, applied to the data itself so that no template can show what it hides: what the
    report's figures come from (nobody, when the whole group is below the limit), what its free texts come from
    (not the projects below the limit, whose texts would carry their name), and those projects."""
    if 0 < len(current) < min_group:
        return [], [], []
    sizes = Counter(response.project.name for response in current)
    withheld = sorted(name for name, size in sizes.items() if size < min_group)
    voiced = [response for response in current if sizes[response.project.name] >= min_group]
    return list(current), voiced, withheld


def _as_percent(share: float | None) -> float | None:
    return None if share is None else share * 100


@speaking
def build_report(
    team: TeamFile,
    qs: QuestionSet,
    lang: str,
    *,
    title: str | None = None,
    findings: Sequence[Finding] = (),
    phase: str | None = None,
    phase_required: bool = False,
    min_group: int = 1,
) -> Report:
    """The report model for ``team`` in ``lang`` (independent of the languages the respondents answered in).

    ``findings`` are the data check's (see ``teamwork.datacheck``): its warnings go into the report's box.
    ``phase`` chooses the phase described (see ``periods.choose_periods``); ``min_group`` is the small-group rule:
    a group of fewer respondents is not shown as a distribution or as free text.
    """
    responses = in_team_order(team.responses)
    with_rounds = assign_rounds(responses)
    chosen = choose_periods(with_rounds, phase, required=phase_required)
    current = in_team_order(responses_in(with_rounds, chosen))
    described, voiced, withheld = small_groups(current, min_group)
    sections, summary = _sections(qs, described, lang, voiced)
    scored = [scoring.Scored(q.id, q.number, q.mean, q.split, q.counts.answered) for s in sections for q in s.questions]
    by_id: dict[str, QuestionResult] = {q.id: q for s in sections for q in s.questions}
    top = scoring.strengths(scored, TOP)
    low = scoring.development_areas(scored, TOP, exclude=[item.key for item in top])
    disputed = scoring.most_disputed(scored, TOP)
    projects = _projects(responses)
    return Report(
        lang=lang,
        title=_title(title, projects, lang),
        facts=set_facts(qs, lang),
        projects=projects,
        phases=[phase_label(p, lang) for p in sorted({r.project.phase for r in current}, key=PHASES.index)],
        respondents=len(current),
        responses_total=len(responses),
        first_date=min(r.created for r in responses).date() if responses else None,
        last_date=max(r.updated for r in responses).date() if responses else None,
        summary=summary,
        sections=sections,
        domains=_domains(qs, sections, summary, lang),
        strengths=[by_id[item.key] for item in top],
        development=[by_id[item.key] for item in low],
        disputed=[by_id[item.key] for item in disputed],
        disputed_count=sum(q.disputed for q in by_id.values()),
        coverage=_as_percent(scoring.coverage(_counts(described, qs))),
        trend=_trend(qs, with_rounds, lang, min_group),
        anonymized=team.anonymized,
        datacheck=report_lines(findings, lang),
        basis=basis(with_rounds, chosen, lang),
        respondents_by_phase=[
            (project, [(phase_name(p, lang), n) for p, n in phases.items()])
            for project, phases in respondents_per_phase(responses).items()
        ],
        min_group=min_group,
        texts_withheld=withheld,
        workshops=workshop_results(team.workshops, qs, lang, min_group=min_group),
    )


def render(
    report: Document,
    *,
    fmt: str = "md",
    template: str = "report",
    templates_dir: Path | None = None,
) -> str:
    """The report as Markdown or HTML text, from the built-in templates or overrides in ``templates_dir``."""
    from osallisuus_cli.reports.report_render import render_template

    return render_template(report, fmt=fmt, template=template, templates_dir=templates_dir)
