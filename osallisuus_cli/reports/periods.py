"""Which phase (and round) a report describes for each project, and what that part of the report rests on.

A team may hold answers from several phases and rounds; the report speaks for one of them per project. The choice
and its reasons are kept apart from the building of the report so that they can be read (and tested) on their own.
"""

from __future__ import annotations

from collections.abc import Sequence

from osallisuus_cli.i18n import t
from osallisuus_cli.model.answers import PHASES
from osallisuus_cli.model.team import Response
from osallisuus_cli.reports.report_model import Basis, period_key
from osallisuus_cli.teamwork.datacheck import SMALL_GROUP_SHARE

Chosen = dict[str, tuple[tuple[int, int], str]]  # {project: ((phase index, round), why: chosen|latest|largest)}


def _period_counts(responses_with_rounds: Sequence[tuple[Response, int]]) -> dict[str, dict[tuple[int, int], int]]:
    """{project: {(phase index, round): responses}}."""
    counts: dict[str, dict[tuple[int, int], int]] = {}
    for response, round_ in responses_with_rounds:
        periods = counts.setdefault(response.project.name, {})
        key = period_key(response, round_)
        periods[key] = periods.get(key, 0) + 1
    return counts


def choose_periods(
    responses_with_rounds: Sequence[tuple[Response, int]], phase: str | None = None, *, required: bool = False
) -> Chosen:
    """Which phase (and round: the latest of it) the report describes for each project, and why.

    ``phase`` (``--phase``, or the project file's) is taken where the project has answers in it; with ``required``
    (``--phase``) a project without answers in it is left out. Otherwise the latest phase — unless fewer than half
    as many answered in it as in the project's largest phase: a few early answers must not speak for the team, so
    the largest phase is described and the data check names the small one.
    """
    chosen: Chosen = {}
    for project, periods in _period_counts(responses_with_rounds).items():
        latest_round: dict[int, tuple[int, int]] = {}
        for key in sorted(periods):
            latest_round[key[0]] = key
        found = described({index: periods[key] for index, key in latest_round.items()}, phase, required=required)
        if found is not None:
            chosen[project] = (latest_round[found[0]], found[1])
    return chosen


def described(sizes: dict[int, int], phase: str | None, *, required: bool = False) -> tuple[int, str] | None:
    """The phase (its index) a project's figures describe, and why (chosen|latest|largest), from the respondents of
    each phase it answered in (``sizes``): the rule of ``choose_periods``, which the portfolio follows too. None when
    ``required`` and the project has no answers in ``phase``."""
    wanted = PHASES.index(phase) if phase in PHASES else None
    if wanted is not None and wanted in sizes:
        return wanted, "chosen"
    if wanted is not None and required:
        return None
    latest = max(sizes)
    largest = max(sizes, key=lambda index: (sizes[index], index))
    if sizes[latest] < sizes[largest] * SMALL_GROUP_SHARE:
        return largest, "largest"
    return latest, "latest"


def responses_in(responses_with_rounds: Sequence[tuple[Response, int]], chosen: Chosen) -> list[Response]:
    """Each project's responses from the phase and round chosen for it."""
    return [
        r
        for r, round_ in responses_with_rounds
        if r.project.name in chosen and period_key(r, round_) == chosen[r.project.name][0]
    ]


def basis(responses_with_rounds: Sequence[tuple[Response, int]], chosen: Chosen, lang: str) -> list[Basis]:
    """What each project's part of the report rests on: its phase, how many, why that phase, and the others."""
    result = []
    for project, periods in _period_counts(responses_with_rounds).items():
        per_phase: dict[int, int] = {}
        for (index, _round), count in periods.items():
            per_phase[index] = max(per_phase.get(index, 0), count)
        if project not in chosen:
            others = [(phase_name(PHASES[i], lang), n) for i, n in sorted(per_phase.items())]
            result.append(Basis(project, "", "", 0, "absent", others))
            continue
        (index, round_), reason = chosen[project]
        others = [(phase_name(PHASES[i], lang), n) for i, n in sorted(per_phase.items()) if i != index]
        label = phase_name(PHASES[index], lang)
        result.append(Basis(project, PHASES[index], label, periods[(index, round_)], reason, others))
    return result


def phase_name(phase: str, lang: str) -> str:
    """The phase as a word inside a sentence ("vaihetta toteutus"), not as a heading."""
    return t(f"team.phase.{phase}", lang)
