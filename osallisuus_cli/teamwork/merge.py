"""Collect answers files, folders and team files into one team, deterministically.

The result depends only on the contents of the inputs — not on their order, their paths or the clock — so merging
is idempotent (``merge(a, a) == merge(a)``) and associative (``merge(merge(a, b), c) == merge(a, b, c)``):

* A response is identified by the SHA-256 of the answers file it came from. The same file met twice (given twice,
  copied under another name, or already inside a team file) is one response; which copy is kept — a team file's
  hand correction wins over the original, copies that differ otherwise are refused — is set out in ``copies``.
* Responses by the same respondent to the same project and phase are duplicates, handled by ``on_duplicate``:
  ``error`` (default) names the files, ``latest`` keeps the newest ``updated`` (then ``created``, then the hash),
  ``keep-both`` keeps all with a warning. Duplicates that already sit together in one team file were kept on
  purpose when it was written; ``error`` leaves them as they are, with a warning. Responses under one id that are
  probably two people (other names, or clearly other answers: ``likeness.two_people``) are never handled as extra
  files: ``error`` and ``latest`` both stop and say so, so that no one is left out silently.
* Responses are sorted by project, phase, respondent, time and hash (see ``team.response_order``).
* Anonymizing (``copies.anonymous``) drops names, roles, languages, file names, per-answer times and the day and
  time of ``created`` and ``updated`` (the month is kept), puts a hash of the anonymized response in place of the
  file's hash, and numbers respondents R1, R2, … in the order of what is left. See docs/team-format.md.

See docs/team-format.md.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal, TypeVar

from osallisuus_cli.errors import DataError, Key, Problem, UsageError, data_error
from osallisuus_cli.i18n import plural_key
from osallisuus_cli.model.answers import PHASES, AnswersFile, FrameworkRef
from osallisuus_cli.model.inputfile import read_input
from osallisuus_cli.model.team import (
    Provenance,
    Response,
    TeamFile,
    TeamWorkshop,
    dump_team,
    instant,
    response_order,
    save_team,
    workshop_order,
)
from osallisuus_cli.questionsets.framework import QuestionSet
from osallisuus_cli.teamwork import likeness, parallel
from osallisuus_cli.teamwork.copies import EDITED, anonymous, linked_to_anonymized, one_per_source
from osallisuus_cli.teamwork.entries import (
    Entry,
    Identities,
    MergeSummary,
    answers_entry,
    same_text,
    team_entries,
)
from osallisuus_cli.teamwork.inputs import expand_paths

OnDuplicate = Literal["error", "latest", "keep-both"]
ON_DUPLICATE: tuple[str, ...] = ("error", "latest", "keep-both")

__all__ = [
    "Entry",
    "MergeResult",
    "MergeSummary",
    "OnDuplicate",
    "answers_entry",
    "collect_team",
    "dump_team",
    "duplicate_findings",
    "save_team",
    "team_entries",
]


# --- reading the inputs --------------------------------------------------------------------------------------------


@dataclass
class MergeResult:
    team: TeamFile
    warnings: list[Problem]
    summary: MergeSummary
    entries: list[Entry] = field(default_factory=list)  # every response read, empty ones too (for the data check)


# What reading one input gives: its kind ("answers", "team", "anonymized team", "workshop" or None), its responses
# (entries, or in a worker the same packed), its problems and its workshops (a workshop file, or a team file's).
E = TypeVar("E")


def _read_file(
    path: Path,
    qs: QuestionSet,
    one: Callable[[AnswersFile, Path, str], E],
    many: Callable[[TeamFile, Path, str], list[E]],
) -> tuple[str | None, list[E], list[Problem], list[TeamWorkshop]]:
    """Read and check one input file through the one read pipeline (``inputfile.read_input``); its responses made
    by ``one`` (an answers file) or ``many`` (a team file): entries here, packed entries in a worker (``parallel``)."""
    found = read_input(path, qs, project_files=False)
    if found.problems or found.sha256 is None:
        return None, [], found.problems, []
    if found.team is not None:
        kind = "anonymized team" if found.team.anonymized else "team"
        return kind, many(found.team, path, found.sha256), [], found.team.workshops
    if found.answers is not None:
        return "answers", [one(found.answers, path, found.sha256)], [], []
    if found.workshop is not None:
        workshop = found.workshop.model_copy(update={"live": None})  # the links of a session are not team data
        return "workshop", [], [], [TeamWorkshop(workshop, Provenance(path.name, found.sha256))]
    return None, [], [], []


def _read(
    paths: Sequence[Path],
    qs: QuestionSet,
    summary: MergeSummary,
    pooling: parallel.Pooling,
    progress: parallel.Progress | None = None,
) -> tuple[list[Entry], list[TeamWorkshop]]:
    """Every input read and checked (on every core when there are many), in the order given; and the workshops."""
    entries: list[Entry] = []
    workshops: list[TeamWorkshop] = []
    problems: list[Problem] = []
    job = functools.partial(_read_file, qs=qs, one=answers_entry, many=team_entries)
    packing = functools.partial(_read_file, qs=qs, one=parallel.pack_answers, many=parallel.pack_team)
    outcomes = parallel.ordered_map(
        job,
        paths,
        remote=packing,
        receive=parallel.receive_outcome,
        pool_from=pooling.reads_from(),
        pooling=pooling,
        progress=progress,
    )
    for path, (kind, found, trouble, held) in zip(paths, outcomes, strict=True):
        problems.extend(trouble)
        workshops.extend(held)
        summary.workshop_files += kind == "workshop"
        if kind in ("team", "anonymized team"):
            summary.team_files += 1
            if kind == "anonymized team":
                summary.anonymized_inputs.append(str(path))
        elif kind == "answers":
            summary.answers_files += 1
        entries.extend(found)
    if problems:
        raise data_error(problems)
    return entries, workshops


def one_per_workshop(workshops: list[TeamWorkshop], anonymized: bool) -> list[TeamWorkshop]:
    """Each workshop once: the same file met twice (itself and in a team file) counts once, and of two versions of
    one session (the same project and start, saved at different moments) the later one is kept."""
    latest: dict[tuple[Any, ...], TeamWorkshop] = {}
    for item in workshops:
        doc = item.workshop
        key = (doc.project.name, doc.project.code, doc.project.phase, instant(doc.created))
        kept = latest.get(key)
        if kept is None or (instant(doc.updated), item.source.sha256) > (
            instant(kept.workshop.updated),
            kept.source.sha256,
        ):
            latest[key] = item
    chosen = [
        TeamWorkshop(item.workshop, Provenance(None, item.source.sha256)) if anonymized else item
        for item in latest.values()
    ]
    return sorted(chosen, key=workshop_order)


# --- merging -------------------------------------------------------------------------------------------------------


def _newest(entry: Entry) -> tuple[Any, ...]:
    response = entry.response
    return (instant(response.updated), instant(response.created), response.source.sha256)


def _duplicates(
    entries: list[Entry], ids: Identities, on_duplicate: str, summary: MergeSummary, warnings: list[Problem]
) -> list[Entry]:
    groups: dict[tuple[Any, ...], list[Entry]] = {}
    for entry in entries:
        project = entry.response.project
        key = (
            ids.find(entry.identity),
            same_text(project.name),
            same_text(project.code or ""),
            PHASES.index(project.phase),
        )
        groups.setdefault(key, []).append(entry)
    kept: list[Entry] = []
    problems: list[Problem] = []
    for key in sorted(groups):
        group = groups[key]
        if len(group) == 1:
            kept.extend(group)
            continue
        group.sort(key=_newest)
        summary.duplicate_groups += 1
        newest = group[-1]
        project = newest.response.project
        params = {
            "id": newest.response.respondent.id,
            "project": project.name,
            "phase": Key(f"team.phase.{project.phase}"),
            "phase_in": Key(f"team.phase_in.{project.phase}"),
            "count": len(group),
        }
        labels = sorted({entry.label() for entry in group})
        in_one_team = len({entry.origin for entry in group}) == 1 and all(entry.from_team for entry in group)
        if on_duplicate != "keep-both" and not in_one_team and likeness.two_people(group):
            # probably two people under one id: neither is an extra file, and "latest" must not drop one of them
            params |= {"files": ", ".join(labels)}
            problems.append(Problem("team.err_two_people", params, labels[0], None, "respondent.id"))
        elif on_duplicate == "latest":
            kept.append(newest)
            summary.dropped += len(group) - 1
            dropped = ", ".join(sorted({entry.label() for entry in group[:-1]}))
            params |= {"kept": newest.label(), "updated": newest.response.updated, "dropped": dropped}
            warnings.append(Problem("team.warn_duplicate_latest", params, newest.origin, None, "respondent.id"))
        elif on_duplicate == "keep-both" or in_one_team:
            kept.extend(group)
            message = "team.warn_duplicate_kept" if on_duplicate == "keep-both" else "team.warn_duplicate_in_team"
            warnings.append(Problem(message, params | {"files": ", ".join(labels)}, labels[0], None, "respondent.id"))
        else:
            others = ", ".join(labels[1:])
            problems.append(
                Problem("team.err_duplicate", params | {"others": others}, labels[0], None, "respondent.id")
            )
    if problems:
        raise data_error(problems)
    return kept


def _anonymize(entries: list[Entry], ids: Identities) -> list[Response]:
    members: dict[tuple[str, ...], list[Response]] = {}
    for entry in entries:
        members.setdefault(ids.find(entry.identity), []).append(entry.response)

    def content(root: tuple[str, ...]) -> tuple[Any, ...]:
        # What is left of a person once anonymized, then (only between people left exactly alike) a hash
        alike = sorted(anonymous(r, "").source.sha256 for r in members[root])
        return alike, min(r.source.sha256 for r in members[root])

    # Numbered in the order of what anonymizing keeps: neither the order of answering nor the files' hashes, which
    # whoever holds the files could compute, say anything more about who is who.
    pseudonym = {root: f"R{number}" for number, root in enumerate(sorted(members, key=content), start=1)}
    result = [anonymous(entry.response, pseudonym[ids.find(entry.identity)]) for entry in entries]
    # A person's responses kept alike (keep-both) stay apart: the second one's hash is numbered
    seen: dict[str, int] = {}
    for index, response in enumerate(result):
        sha = response.source.sha256
        seen[sha] = seen.get(sha, 0) + 1
        if seen[sha] > 1:
            numbered = hashlib.sha256(f"{sha}#{seen[sha] - 1}".encode("ascii")).hexdigest()
            result[index] = replace(response, source=Provenance(None, numbered))
    return result


def collect_team(
    paths: Sequence[Path],
    qs: QuestionSet,
    *,
    on_duplicate: OnDuplicate = "error",
    anonymize: bool = False,
    refused_anonymizing: bool = False,
    expanded: Sequence[Path] | None = None,
    pooling: parallel.Pooling = parallel.DEFAULT,
    progress: parallel.Progress | None = None,
) -> MergeResult:
    """One team from answers files, folders and team files (mixed); every problem in every file at once.

    A response without a single answer (someone who stopped before the first question) is no respondent: it is
    left out and counted in ``summary.empty``. An anonymized input makes the result anonymized; that is only
    worth a warning when the user asked for names (``refused_anonymizing``, i.e. ``--no-anonymize``).
    ``expanded``: ``expand_paths(paths)`` when the caller has listed the files already; ``pooling``: when the files
    are read by a pool of workers; ``progress`` hears how many files have been read.
    """
    if on_duplicate not in ON_DUPLICATE:
        raise UsageError("team.err_on_duplicate", value=on_duplicate)
    if not paths:
        raise UsageError("team.err_no_inputs")
    summary = MergeSummary()
    warnings: list[Problem] = []
    read, workshops = _read(expand_paths(paths) if expanded is None else expanded, qs, summary, pooling, progress)
    entries = [entry for entry in read if entry.response.answers]
    if summary.anonymized_inputs:  # named files already inside an anonymized team are copies of its responses
        entries = linked_to_anonymized(entries)
    summary.empty = len({entry.response.source.sha256 for entry in read if not entry.response.answers})
    ids = Identities()
    problems: list[Problem] = []
    entries = one_per_source(entries, qs, ids, summary, warnings, problems, on_duplicate=on_duplicate)
    if problems:
        raise data_error(problems)
    entries = _duplicates(entries, ids, on_duplicate, summary, warnings)
    anonymized = anonymize or bool(summary.anonymized_inputs)
    if summary.anonymized_inputs and not anonymize and refused_anonymizing:
        files = ", ".join(sorted(summary.anonymized_inputs))
        key = plural_key("team.warn_result_anonymized", len(summary.anonymized_inputs))
        warnings.append(Problem(key, {"files": files}))
    responses = _anonymize(entries, ids) if anonymized else [entry.response for entry in entries]
    responses.sort(key=response_order)
    team = TeamFile(
        framework=FrameworkRef(id=qs.id, version=qs.version),
        responses=responses,
        anonymized=anonymized,
        workshops=one_per_workshop(workshops, anonymized),
    )
    return MergeResult(team=team, warnings=warnings, summary=summary, entries=read)


def duplicate_findings(
    entries: list[Entry], qs: QuestionSet, *, on_duplicate: OnDuplicate = "error"
) -> tuple[list[Problem], list[Problem]]:
    """What merging ``entries`` would say about copies and duplicates: (problems, warnings), nothing raised.

    ``validate`` uses it, so that a folder it passes is a folder ``merge`` and ``report`` accept.
    """
    if on_duplicate not in ON_DUPLICATE:
        raise UsageError("team.err_on_duplicate", value=on_duplicate)
    summary = MergeSummary()
    warnings: list[Problem] = []
    ids = Identities()
    problems: list[Problem] = []
    kept = one_per_source(entries, qs, ids, summary, warnings, problems, on_duplicate=on_duplicate)
    # validate is the integrity check: a team file's copy edited after merging is a problem there (merge keeps it)
    problems += [warning for warning in warnings if warning.key == EDITED]
    warnings = [warning for warning in warnings if warning.key != EDITED]
    try:
        _duplicates(kept, ids, on_duplicate, summary, warnings)
    except DataError as exc:
        problems += exc.problems
    return problems, warnings
