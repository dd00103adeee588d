"""The portfolio: many projects side by side, for whoever coordinates the coordinators.

``build_portfolio`` turns one merged team holding the responses of many projects into plain data
(``portfolio.model``): key figures, each project's data check, a projects × sections table (mean level, respondents
n, coverage), the change between phases of each project that answered in more than one, and the questions that are
most often weak, most often strong and most often disputed across the projects. Templates (``portfolio.md.j2``,
``portfolio.html.j2``) only lay it out.

Rules, as the report's method notes say them:

* A project is identified by its code, else by its name. Its figures come from the phase the team report describes
  (``--phase`` or the project file's phase where it answered in it, else its latest phase unless few answered in
  it: ``periods.described``), and within it its latest round; the change compares its first phase with its latest.
* The small-group rule (``min_group``) is applied to each project: a project (or a side of a change) with fewer
  respondents than that shows no figures, and it does not count in the portfolio-wide question lists.
* Everything is deterministic: the same responses give the same model, whatever the order of the files.
"""

from __future__ import annotations

from collections.abc import Sequence

from osallisuus_cli.errors import UsageError
from osallisuus_cli.i18n import speaking, t
from osallisuus_cli.model.answers import PHASES
from osallisuus_cli.model.team import Response, TeamFile
from osallisuus_cli.portfolio.model import (
    Cell,
    Column,
    Group,
    PhaseChange,
    Portfolio,
    ProjectRow,
    QuestionTally,
)
from osallisuus_cli.questionsets.framework import QuestionSet
from osallisuus_cli.reports import scoring
from osallisuus_cli.reports.periods import described
from osallisuus_cli.reports.report_model import TOP, assign_rounds, section_label
from osallisuus_cli.reports.setfacts import set_facts
from osallisuus_cli.reports.workshops import workshop_results
from osallisuus_cli.teamwork.datacheck import project_key
from osallisuus_cli.teamwork.datacheck_lines import Finding, report_lines

SORTS: tuple[str, ...] = ("name", "respondents", "coverage", "mean")  # and any section id (1, 2A, …)
GROUP_BY: tuple[str, ...] = ("region", "organisation", "phase")
LIST_LENGTH = 5  # how many questions each portfolio-wide list shows
BANDS = 5  # heat-table colour bands over the scale (0–20 %, 20–40 %, … of the way from its lowest to its highest)

# Data check findings the portfolio does not show in a project's row: it says itself, for the phase its figures
# rest on, how many respondents left questions unanswered.
SAID_BY_PORTFOLIO = frozenset({"incomplete"})


def check_sort(value: str, qs: QuestionSet) -> str:
    """``--sort``: name, respondents, coverage, mean or a section id (any case); a usage error otherwise."""
    wanted = value.strip().lower()
    if wanted in SORTS:
        return wanted
    for section in qs.sections:
        if section.id.lower() == wanted:
            return section.id
    choices = ", ".join([*SORTS, *(section.id for section in qs.sections)])
    raise UsageError("portfolio.err_sort", value=value, choices=choices)


def check_group_by(value: str | None) -> str | None:
    if value is None:
        return None
    wanted = value.strip().lower()
    if wanted not in GROUP_BY:
        raise UsageError("portfolio.err_group_by", value=value, choices=", ".join(GROUP_BY))
    return wanted


def _levels(responses: Sequence[Response], question_ids: Sequence[str]) -> list[list[scoring.Level]]:
    return [[(r.answers[q].level if q in r.answers else None) for q in question_ids] for r in responses]


def _cell(rows: list[list[scoring.Level]], qs: QuestionSet) -> Cell:
    counts = scoring.counts(rows)
    average = scoring.mean(scoring.rated(level for row in rows for level in row))
    share = scoring.percent(average, qs.scale.minimum, qs.scale.maximum)
    band = None if share is None else min(BANDS - 1, int(share * BANDS / 100))
    return Cell(average, counts.answered, counts.respondents, scoring.coverage(counts), band)


def _periods(responses: Sequence[Response]) -> dict[str, dict[int, list[Response]]]:
    """Each project's responses by phase, keeping only the latest round of each phase."""
    rounds: dict[tuple[str, int], dict[int, list[Response]]] = {}
    for response, round_ in assign_rounds(responses):
        key = (project_key(response), PHASES.index(response.project.phase))
        rounds.setdefault(key, {}).setdefault(round_, []).append(response)
    result: dict[str, dict[int, list[Response]]] = {}
    for (project, phase), by_round in sorted(rounds.items()):
        result.setdefault(project, {})[phase] = by_round[max(by_round)]
    return result


def _described(
    periods: dict[str, dict[int, list[Response]]], phase: str | None, required: bool
) -> dict[str, dict[int, list[Response]]]:
    """Each project's phases with the described one first (a project without answers in a required phase is left
    out): ``_shown`` reads it from there."""
    result = {}
    for key, phases in periods.items():
        found = described({index: len(group) for index, group in phases.items()}, phase, required=required)
        if found is not None:
            result[key] = {found[0]: phases[found[0]], **phases}
    return result


def _shown(phases: dict[int, list[Response]]) -> list[Response]:
    """The responses a project's figures rest on: its described phase's latest round."""
    return phases[next(iter(phases))]


def _first(responses: Sequence[Response], attr: str) -> str | None:
    return min((value for r in responses if (value := getattr(r.project, attr))), default=None)


@speaking
def build_portfolio(
    team: TeamFile,
    qs: QuestionSet,
    lang: str,
    *,
    sort: str = "name",
    group_by: str | None = None,
    min_group: int = 1,
    title: str | None = None,
    findings: Sequence[Finding] = (),
    phase: str | None = None,
    phase_required: bool = False,
) -> Portfolio:
    """The portfolio model of every project in ``team``, in ``lang``.

    ``findings`` are the data check's (see ``teamwork.datacheck``): each project's row lists its warnings after what
    the portfolio itself sees (a small group, unanswered questions, figures from the latest phase).
    """
    sort = check_sort(sort, qs)
    group_by = check_group_by(group_by)
    phase_label = {phase: t(f"report.phase.{phase}", lang) for phase in PHASES}
    periods = _described(_periods(team.responses), phase, phase_required)
    members = _members(team.responses, periods)
    rows = [_project_row(key, periods[key], members[key], qs, phase_label, min_group) for key in sorted(periods)]
    for row in rows:
        row.checks = _checks(row, _shown(periods[row.key]), findings, len(qs.questions), min_group, lang)
    changes = [
        _phase_change(row, periods[row.key], qs, phase_label, min_group) for row in rows if len(periods[row.key]) > 1
    ]
    tallies: dict[str, list[int]] = {q.id: [0, 0, 0] for q in qs.questions}  # strong, weak, disputed
    counted = sum(not row.hidden and _tally(_shown(periods[row.key]), qs, tallies) for row in rows)
    responses = [response for group in members.values() for response in group]
    current = [r for row_phases in periods.values() for r in _shown(row_phases)]
    coverage = scoring.coverage(scoring.counts(_levels(current, [q.id for q in qs.questions])))
    latest_phases = [row.phase for row in rows]
    return Portfolio(
        lang=lang,
        title=_title(title, len(rows), lang),
        facts=set_facts(qs, lang),
        columns=[Column(s.id, section_label(qs, s), qs.section_title(s, lang)) for s in qs.sections],
        groups=_grouped(_sorted(rows, sort, [s.id for s in qs.sections]), group_by, phase_label, lang),
        group_by=group_by,
        sort=sort,
        min_group=min_group,
        respondents=len(current),
        responses_total=len(responses),
        phase_counts=[(t(f"team.phase.{p}", lang), latest_phases.count(p)) for p in PHASES if p in latest_phases],
        coverage=None if coverage is None else coverage * 100,
        hidden=sum(row.hidden for row in rows),
        changes=sorted(changes, key=lambda c: (c.name.casefold(), c.name, c.code or "")),
        strong=_top(tallies, 0, qs, lang, counted),
        weak=_top(tallies, 1, qs, lang, counted),
        disputed=_top(tallies, 2, qs, lang, counted),
        counted=counted,
        first_date=min(r.created for r in responses).date() if responses else None,
        last_date=max(r.updated for r in responses).date() if responses else None,
        anonymized=team.anonymized,
        workshops=workshop_results(team.workshops, qs, lang, min_group=min_group),
    )


def _members(responses: Sequence[Response], periods: dict[str, dict[int, list[Response]]]) -> dict[str, list[Response]]:
    """Each described project's responses, of every phase."""
    members: dict[str, list[Response]] = {}
    for response in responses:
        if project_key(response) in periods:
            members.setdefault(project_key(response), []).append(response)
    return members


def _title(title: str | None, projects: int, lang: str) -> str:
    """The title asked for, else one that says how many projects are side by side."""
    if title is None or not title.strip():
        title = t("portfolio.default_title", lang, count=projects)
    return title.strip()


def _project_row(
    key: str,
    phases: dict[int, list[Response]],
    everyone: Sequence[Response],
    qs: QuestionSet,
    phase_label: dict[str, str],
    min_group: int,
) -> ProjectRow:
    """One project's row: its figures from its described phase (``phases``: its latest round of each phase)."""
    latest = _shown(phases)
    hidden = len(latest) < min_group
    shown = [] if hidden else latest  # a row below the small-group limit carries no figures, not merely hides them
    return ProjectRow(
        key=key,
        name=min(r.project.name for r in latest),
        code=_first(everyone, "code"),
        organisation=_first(latest, "organisation"),
        region=_first(latest, "region"),
        phase=PHASES[next(iter(phases))],
        phase_counts=[(phase_label[PHASES[p]], len(phases[p])) for p in sorted(phases)],
        respondents=len(latest),
        responses_total=len(everyone),
        hidden=hidden,
        overall=_cell(_levels(shown, [q.id for q in qs.questions]), qs),
        cells=[_cell(_levels(shown, [q.id for q in section.questions]), qs) for section in qs.sections],
    )


def _mean_of(group: Sequence[Response], ids: Sequence[str]) -> float | None:
    return scoring.mean(scoring.rated(level for line in _levels(group, ids) for level in line))


def _phase_change(
    row: ProjectRow, phases: dict[int, list[Response]], qs: QuestionSet, phase_label: dict[str, str], min_group: int
) -> PhaseChange:
    """A project's change from its first phase to its latest; no figures when either side is a small group."""
    before, after = phases[min(phases)], phases[max(phases)]
    hidden = min(len(before), len(after)) < min_group
    all_ids = [q.id for q in qs.questions]
    section_ids = [[q.id for q in section.questions] for section in qs.sections]
    return PhaseChange(
        name=row.name,
        code=row.code,
        before=phase_label[PHASES[min(phases)]],
        before_n=len(before),
        after=phase_label[PHASES[max(phases)]],
        after_n=len(after),
        hidden=hidden,
        overall=None if hidden else scoring.change(_mean_of(before, all_ids), _mean_of(after, all_ids)),
        sections=[
            None if hidden else scoring.change(_mean_of(before, ids), _mean_of(after, ids)) for ids in section_ids
        ],
    )


def _checks(
    row: ProjectRow,
    latest: Sequence[Response],
    findings: Sequence[Finding],
    questions: int,
    min_group: int,
    lang: str,
) -> list[str]:
    """A project's data check: what the portfolio sees itself, then the data check's findings about the project."""
    own = [f for f in findings if f.project == row.key and f.code not in SAID_BY_PORTFOLIO]
    return _own_checks(row, latest, questions, min_group, lang) + report_lines(own, lang)


def _own_checks(row: ProjectRow, latest: Sequence[Response], questions: int, min_group: int, lang: str) -> list[str]:
    """What the portfolio itself can tell about a project's data: a small group, unanswered questions."""
    lines = []
    if row.hidden:
        lines.append(t("portfolio.check_hidden", lang, count=row.respondents, min=min_group))
    elif row.respondents == 1:
        lines.append(t("portfolio.check_one", lang))
    incomplete = sum(1 for r in latest if len(r.answers) < questions)
    if incomplete:
        lines.append(t("portfolio.check_incomplete", lang, count=incomplete, n=row.respondents))
    if len(row.phase_counts) > 1:
        lines.append(t("portfolio.check_latest", lang, phase=t(f"team.phase_obj.{row.phase}", lang)))
    return lines


def _tally(responses: Sequence[Response], qs: QuestionSet, tallies: dict[str, list[int]]) -> bool:
    """Count the project's strongest, weakest and disputed questions; False when it rated nothing."""
    scored = []
    for question in qs.questions:
        values = scoring.rated(r.answers[question.id].level for r in responses if question.id in r.answers)
        scored.append(
            scoring.Scored(question.id, question.number, scoring.mean(values), scoring.split(values), len(values))
        )
    if all(item.mean is None for item in scored):
        return False
    top = scoring.strengths(scored, TOP)
    for item in top:
        tallies[item.key][0] += 1
    for item in scoring.development_areas(scored, TOP, exclude=[item.key for item in top]):
        tallies[item.key][1] += 1
    for item in scored:
        tallies[item.key][2] += item.spread >= scoring.DISPUTE_RANGE
    return True


def _top(tallies: dict[str, list[int]], which: int, qs: QuestionSet, lang: str, counted: int) -> list[QuestionTally]:
    ranked = sorted((q for q in qs.questions if tallies[q.id][which]), key=lambda q: (-tallies[q.id][which], q.number))
    return [
        QuestionTally(q.id, q.number, qs.text(q.text, lang), tallies[q.id][which], counted)
        for q in ranked[:LIST_LENGTH]
    ]


def _sorted(rows: list[ProjectRow], sort: str, section_ids: list[str]) -> list[ProjectRow]:
    """By name, or by a figure from high to low (projects without that figure last, then by name)."""

    def by_name(row: ProjectRow) -> tuple[str, str, str]:
        return (row.name.casefold(), row.name, row.key)

    if sort == "name":
        return sorted(rows, key=by_name)

    def figure(row: ProjectRow) -> float | None:
        if sort == "respondents":
            return row.respondents
        if row.hidden:
            return None
        if sort == "coverage":
            return row.overall.coverage
        cell = row.overall if sort == "mean" else row.cells[section_ids.index(sort)]
        return cell.mean

    def key(row: ProjectRow) -> tuple[bool, float, tuple[str, str, str]]:
        value = figure(row)
        return (value is None, -(value or 0.0), by_name(row))

    return sorted(rows, key=key)


def _grouped(rows: list[ProjectRow], group_by: str | None, phase_label: dict[str, str], lang: str) -> list[Group]:
    if group_by is None:
        return [Group("", rows)]
    groups: dict[str | None, list[ProjectRow]] = {}
    for row in rows:
        value = phase_label[row.phase] if group_by == "phase" else getattr(row, group_by)
        groups.setdefault(value, []).append(row)

    def order(value: str | None) -> tuple[int, str]:
        if group_by == "phase":
            return (next(i for i, p in enumerate(PHASES) if phase_label[p] == value), "")
        return (value is None, (value or "").casefold())

    none = t("portfolio.group_none", lang)
    return [Group(value if value is not None else none, groups[value]) for value in sorted(groups, key=order)]
