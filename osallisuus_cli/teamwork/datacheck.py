"""The data check: what in a set of inputs would change the numbers a reader sees, said out loud.

``validate``, ``merge``, ``report`` and ``export`` all run ``check_inputs`` on what they read and show its findings
(on stderr, in ``--json`` and in the report's "data check" box). Each finding is one line: what, where, what to do.

Findings are of two levels: a *note* states a fact every reader needs (how many respondents per project and phase);
a *warning* names data that is odd or that may change the numbers (an empty file, a phase with few respondents, a
team file given together with the answers files it was made from …). ``validate --strict`` turns warnings into
errors for CI; notes never fail.

What a finding is and how findings are shown (capped in a terminal, one line per kind in a report) is in
``datacheck_lines``. Everything
here is pure: the same inputs give the same findings in the same order.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from osallisuus_cli.errors import Problem
from osallisuus_cli.model.answers import PHASES
from osallisuus_cli.model.team import Response, TeamWorkshop
from osallisuus_cli.questionsets.framework import QuestionSet
from osallisuus_cli.teamwork import likeness
from osallisuus_cli.teamwork.copies import anonymous
from osallisuus_cli.teamwork.datacheck_lines import NOTE, WARNING, Finding, PhaseCounts
from osallisuus_cli.teamwork.entries import Entry

# A phase with fewer respondents than this share of the project's largest phase is called out as a small group.
SMALL_GROUP_SHARE = 0.5


def phase_key(phase: str, form: str = "phase") -> Any:
    """The phase's name as a message parameter; ``form`` picks the form the sentence needs (``team.phase_in`` …)."""
    from osallisuus_cli.errors import Key

    return Key(f"team.{form}.{phase}")


# --- the check ---------------------------------------------------------------------------------------------------


def answered_count(response: Response, qs: QuestionSet) -> int:
    """Questions of the set with an answer (N/A and don't-know are answers)."""
    return sum(1 for question in qs.questions if question.id in response.answers)


def project_key(response: Response) -> str:
    """A project is its code, else its name (a renamed project with the same code stays one project)."""
    return response.project.code or response.project.name


def is_empty(response: Response) -> bool:
    """No answer at all: a respondent who stopped before the first question is no respondent."""
    return not response.answers


def check_inputs(
    entries: Sequence[Entry],
    qs: QuestionSet,
    *,
    project_phase: str | None = None,
    kept: Sequence[Response] | None = None,
    merge_warnings: Iterable[Problem] = (),
    workshops: Sequence[TeamWorkshop] = (),
) -> list[Finding]:
    """Every finding about the responses read from the inputs (``entries``: all of them, copies and empty ones too).

    ``kept`` are the responses a merge kept (what a report counts); without it they are the entries' responses,
    one per source file, empty ones left out. ``project_phase`` is the phase in the project file, if any.
    ``merge_warnings`` are what merging said about copies and duplicates, kept in the same list. ``workshops`` are
    the workshops read: each is named as a workshop (never counted as respondents), and beside answers of the same
    project and phase it is said that the two are reported apart.
    """
    if kept is None:
        kept = _unique_responses(entries)
    findings = _respondents(kept, bool(entries) and not workshops)
    findings += _workshops(workshops, kept)
    findings += _small_groups(kept)
    findings += _phase_differs(entries, project_phase)
    findings += _empty_and_incomplete(entries, qs)
    findings += _team_with_sources(entries)
    findings += _shared_files(entries)
    findings += _probable_copies(entries)
    findings += _same_files(entries)
    findings += [
        Finding("duplicate", warning.key, dict(warning.params), warning.file, WARNING) for warning in merge_warnings
    ]
    return _with_projects(findings, entries, kept)


def _with_projects(findings: list[Finding], entries: Sequence[Entry], kept: Sequence[Response]) -> list[Finding]:
    """Each finding with the project it is about, so a portfolio can show it in that project's row: by the
    project named in it, else by the file it names (a file whose responses are all of one project). Most findings
    are about one response and know their project already; the lookups are made only for the others."""
    if all(finding.project is not None for finding in findings):
        return findings
    by_name: dict[str, str] = {}
    for response in [*kept, *(entry.response for entry in entries)]:
        by_name.setdefault(response.project.name, project_key(response))
    by_file: dict[str, set[str]] | None = None  # made when a finding needs it: three names for every entry
    result = []
    for finding in findings:
        project = finding.project
        if project is None and isinstance(finding.params.get("project"), str):
            project = by_name.get(finding.params["project"])
        if project is None and finding.where is not None:
            by_file = by_file if by_file is not None else _projects_by_file(entries)
            if len(by_file.get(finding.where, ())) == 1:
                project = next(iter(by_file[finding.where]))
        result.append(replace(finding, project=project) if project != finding.project else finding)
    return result


def _projects_by_file(entries: Sequence[Entry]) -> dict[str, set[str]]:
    """The projects of the responses each file holds, by every name a finding gives a file."""
    by_file: dict[str, set[str]] = {}
    for entry in entries:
        for place in {entry.origin, entry.label(), _where(entry)}:
            by_file.setdefault(place, set()).add(project_key(entry.response))
    return by_file


def _unique_responses(entries: Sequence[Entry]) -> list[Response]:
    seen: set[str] = set()
    result = []
    for entry in entries:
        response = entry.response
        if response.source.sha256 in seen or is_empty(response):
            continue
        seen.add(response.source.sha256)
        result.append(response)
    return result


def respondents_per_phase(responses: Iterable[Response]) -> dict[str, dict[str, int]]:
    """{project: {phase: respondents}}, projects by name and phases in their order."""
    counts: dict[str, dict[str, set[str]]] = {}
    for response in responses:
        phases = counts.setdefault(response.project.name, {})
        phases.setdefault(response.project.phase, set()).add(response.respondent.id)
    return {
        project: {phase: len(ids) for phase, ids in sorted(phases.items(), key=lambda item: PHASES.index(item[0]))}
        for project, phases in sorted(counts.items())
    }


def _people(responses: Iterable[Response]) -> dict[str, int]:
    """{project: people}: one person answering in two phases (her files share a respondent id) counts once."""
    ids: dict[str, set[str]] = {}
    for response in responses:
        ids.setdefault(response.project.name, set()).add(response.respondent.id)
    return {project: len(found) for project, found in ids.items()}


def _respondents(kept: Sequence[Response], _read_any: bool) -> list[Finding]:
    findings = []
    people = _people(kept)
    for project, phases in respondents_per_phase(kept).items():
        params = {"project": project, "counts": PhaseCounts(phases.items()), "total": people[project]}
        findings.append(Finding("respondents", "datacheck.respondents", params, None, NOTE))
    if not kept and _read_any:
        findings.append(Finding("respondents", "datacheck.no_respondents", {}, None, WARNING))
    return findings


def _workshops(workshops: Sequence[TeamWorkshop], kept: Sequence[Response]) -> list[Finding]:
    findings = []
    answered = respondents_per_phase(kept)
    for item in workshops:
        doc = item.workshop
        project, phase = doc.project.name, doc.project.phase
        params = {
            "project": project,
            "phase": phase_key(phase, "phase_in"),
            "count": doc.participants,
            "questions": len(doc.results),
            "date": doc.created.date(),  # said as people write dates: 8.12.2026, 8 Dec 2026
        }
        where = item.source.file
        findings.append(Finding("workshop", "datacheck.workshop", params, where, NOTE, None, project))
        if not doc.results:  # a session opened and closed before any reveal: no figure comes from it
            findings.append(Finding("workshop_empty", "datacheck.workshop_empty", {}, where, WARNING, None, project))
            continue
        respondents = answered.get(project, {}).get(phase, 0)
        if respondents:
            both = {"project": project, "phase": phase_key(phase, "phase_in"), "count": respondents}
            findings.append(
                Finding("workshop_with_answers", "datacheck.workshop_with_answers", both, where, NOTE, None, project)
            )
    return findings


def _small_groups(kept: Sequence[Response]) -> list[Finding]:
    findings = []
    for project, phases in respondents_per_phase(kept).items():
        if len(phases) < 2:
            continue
        largest_phase, largest = max(phases.items(), key=lambda item: (item[1], PHASES.index(item[0])))
        for phase, count in phases.items():
            if count < largest * SMALL_GROUP_SHARE:
                params = {
                    "project": project,
                    "phase": phase_key(phase, "phase_in"),
                    "count": count,
                    "other": phase_key(largest_phase, "phase_in"),
                    "other_n": largest,
                }
                findings.append(Finding("small_group", "datacheck.small_group", params, None, WARNING))
    return findings


def _phase_differs(entries: Sequence[Entry], project_phase: str | None) -> list[Finding]:
    """Answers in another phase than the project file's, unless they are the history of someone who has also
    answered in the project's phase (her earlier phase's file is kept as it was, by design)."""
    if project_phase is None:
        return []
    findings = []
    seen: set[str] = set()
    current = {
        (entry.identity, project_key(entry.response))
        for entry in entries
        if entry.response.project.phase == project_phase
    }
    for entry in entries:
        response = entry.response
        if response.project.phase == project_phase or response.source.sha256 in seen or is_empty(response):
            continue
        if (entry.identity, project_key(response)) in current:
            continue
        seen.add(response.source.sha256)
        params = {"phase": phase_key(response.project.phase), "expected": phase_key(project_phase)}
        findings.append(_about(entry, "phase_differs", params))
    return findings


def _about(entry: Entry, code: str, params: dict[str, Any]) -> Finding:
    """A warning about one response: where it is, who (in words a report may print) and which project."""
    where, public, project = _where(entry), _public(entry), project_key(entry.response)
    return Finding(code, f"datacheck.{code}", params, where, WARNING, public, project)


def _where(entry: Entry) -> str:
    """The file, and for a team file which response in it: its source file, or its pseudonym when anonymized."""
    if not entry.from_team:
        return entry.origin
    return f"{entry.origin} ({entry.response.source.file or entry.response.respondent.id})"


def _public(entry: Entry) -> str | None:
    """A name a report may print: only a pseudonym of an anonymized team (R3); file names often carry names."""
    return entry.response.respondent.id if entry.identity[0] == "anon" else None


def _empty_and_incomplete(entries: Sequence[Entry], qs: QuestionSet) -> list[Finding]:
    findings = []
    total = len(qs.questions)
    seen: set[str] = set()
    for entry in entries:
        response = entry.response
        if response.source.sha256 in seen:
            continue
        seen.add(response.source.sha256)
        answered = answered_count(response, qs)
        if is_empty(response):
            findings.append(_about(entry, "empty", {"total": total}))
        elif answered < total:
            params = {"answered": answered, "total": total}
            findings.append(_about(entry, "incomplete", params))
    return findings


def _team_with_sources(entries: Sequence[Entry]) -> list[Finding]:
    """A team file together with answers files it was made from: the same people would be counted again.

    A response of a team file is matched to a given answers file by its hash (an unchanged copy; in an anonymized
    team, the hash of what anonymizing leaves of the file), its source file name or its respondent id. An anonymized
    team keeps none of the last two, and only the month a respondent started; so once a team is evidently made from
    these answers (at least one unchanged copy), an answers file that no team response names is taken for a changed
    source when a response of the team that names no given file started in the same month, project and phase.
    """
    answers = [entry for entry in entries if not entry.from_team]
    if not answers:
        return []
    # an anonymized response stands for its file by the hash of what anonymizing left of it (copies.anonymous)
    as_anonymized = {id(entry): anonymous(entry.response, "") for entry in answers}
    by_sha = {entry.response.source.sha256 for entry in answers}
    by_sha |= {response.source.sha256 for response in as_anonymized.values()}
    by_name = {Path(entry.origin).name for entry in answers}
    by_id = {entry.response.respondent.id for entry in answers}
    in_teams = {_content(entry) for entry in entries if entry.from_team}
    unnamed: dict[tuple[Any, ...], list[Entry]] = {}  # answers files no team response names, by start month
    for entry in answers:
        if not {entry.response.source.sha256, as_anonymized[id(entry)].source.sha256} & in_teams:
            unnamed.setdefault(_start(as_anonymized[id(entry)]), []).append(entry)
    matched: dict[str, list[Entry]] = {}
    candidates: dict[str, set[str]] = {}
    for entry in entries:
        if not entry.from_team:
            continue
        response = entry.response
        nameless = entry.identity[0] == "anon"
        if (
            _content(entry) in by_sha
            or (response.source.file and response.source.file in by_name)
            or (not nameless and response.respondent.id in by_id)
        ):
            matched.setdefault(entry.origin, []).append(entry)
        elif nameless:
            found = unnamed.get(_start(anonymous(response, "")), [])
            candidates.setdefault(entry.origin, set()).update(source.origin for source in found)
    findings = []
    for origin in sorted(matched):
        changed = sorted(candidates.get(origin, ()))
        if changed:
            params = {"count": len(changed), "files": ", ".join(changed)}
            findings.append(Finding("team_sources_changed", "datacheck.team_sources_changed", params, origin))
        else:
            params = {"count": len(matched[origin])}
            findings.append(Finding("team_with_sources", "datacheck.team_with_sources", params, origin))
    return findings


def _content(entry: Entry) -> str:
    """A team's response as its file's hash (named team) or as what anonymizing leaves (anonymized team)."""
    if entry.identity[0] == "anon":
        return anonymous(entry.response, "").source.sha256
    return entry.response.source.sha256


def _start(response: Response) -> tuple[Any, ...]:
    """When and where a respondent started, as far as an anonymized team keeps it: the month."""
    created = response.created
    project = response.project
    return (created.year, created.month, created.day, project.name, project.phase, response.language or "")


def _shared_files(entries: Sequence[Entry]) -> list[Finding]:
    """A nameless answers file that every nameless respondent was once offered (``likeness.maybe_shared``)."""
    return [
        Finding(
            "shared_file",
            "datacheck.shared_file",
            {"checked": f"{Path(entry.origin).stem}-1{Path(entry.origin).suffix}"},  # a name no run offers to all
            entry.origin,
            project=project_key(entry.response),
        )
        for entry in entries
        if likeness.maybe_shared(entry)
    ]


def _probable_copies(entries: Sequence[Entry]) -> list[Finding]:
    """Responses in different files with the same answers and texts (``likeness.copy_groups``): one finding a group."""
    findings = []
    for group in likeness.copy_groups(entries):
        first, others = group[0], [_where(entry) for entry in group[1:]]
        shown = ", ".join(others[:3]) + (f" (+{len(others) - 3})" if len(others) > 3 else "")
        projects = sorted({entry.response.project.name for entry in group})
        params = {"count": len(others), "times": len(group), "others": shown, "projects": ", ".join(projects)}
        findings.append(_about(first, "probable_copy", params))
    return findings


def _same_files(entries: Sequence[Entry]) -> list[Finding]:
    """One answer file, byte for byte, in more than one place (a copy in the folder, a saved attachment twice): read
    once and counted once, but named, so the extra copy can go — and a copy meant to be someone else's is noticed.
    Team files are left out: a team file beside its own answer files is ``team_with_sources``."""
    places: dict[str, dict[str, Entry]] = {}
    for entry in entries:
        if not entry.from_team:
            places.setdefault(entry.response.source.sha256, {}).setdefault(entry.origin, entry)
    findings = []
    for found in places.values():
        if len(found) > 1:
            first, *others = sorted(found)
            shown = ", ".join(others[:3]) + (f" (+{len(others) - 3})" if len(others) > 3 else "")
            params = {"count": len(others), "others": shown}
            findings.append(replace(_about(found[first], "same_file", params), level=NOTE))
    return findings
