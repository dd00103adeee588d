"""Copies of one answers file met more than once in a merge (the same ``source.sha256``), and which one is kept.

* Copies with the same content are one response; the copy with the respondent's own id is kept (an anonymized copy
  can be made from it again), then the one whose text sorts first, so the order of the inputs never matters.
* A team file's copy that differs from the answers file it names was **edited after merging** (a hand correction
  in the team file): the edit is the later word, so the team file's copy is kept, with a warning. ``validate``, the
  integrity check, reports it as a problem — team files are not tamper-evident, and this is where it shows.
* Copies that differ among themselves otherwise (two team files with different versions of one response) cannot
  be told apart by the tool: with ``--on-duplicate error`` the merge stops and names them; ``latest`` keeps the one
  with the newest ``updated`` (then the text that sorts first); ``keep-both`` keeps every version, with a warning.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from osallisuus_cli.errors import Problem
from osallisuus_cli.files import yamlemit
from osallisuus_cli.model import team as team_mod
from osallisuus_cli.model.answers import question_order
from osallisuus_cli.model.team import Provenance, Response, TeamAnswer, TeamRespondent, instant
from osallisuus_cli.questionsets.framework import QuestionSet
from osallisuus_cli.teamwork.entries import Entry, Identities, MergeSummary

EDITED = "safety.warn_team_copy_edited"
DIFFER = "safety.err_copies_differ"


def _month(moment: datetime) -> datetime:
    """The month only, as midnight UTC of its first day: the day (which says who answered first), the time of day
    and the UTC offset (where someone was, when they work) are gone. Taken from the moment in UTC, so the label
    ``+00:00`` is true."""
    moment = instant(moment)
    return datetime(moment.year, moment.month, 1, tzinfo=UTC)


def content_digest(response: Response) -> str:
    """The SHA-256 of a response as written in a team file, its source left out: for an anonymized response, what
    stands in for the hash of an answers file (which anyone holding the files could compute and match)."""
    data = team_mod.response_data(response, {})
    del data["source"]
    return hashlib.sha256(json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()


def anonymous(response: Response, pseudonym: str) -> Response:
    """``response`` without name, role, language, file name, file hash, day, time of day or per-answer times; its
    ``source.sha256`` is the ``content_digest`` of what is left, pseudonym included."""
    answers = {
        qid: TeamAnswer(answer.level, answer.how, answer.next_step, None, answer.reason) if answer.updated else answer
        for qid, answer in response.answers.items()
    }
    bare = Response(
        TeamRespondent(pseudonym),
        response.project,
        None,
        _month(response.created),
        _month(response.updated),
        answers,
        Provenance(None, ""),
    )
    return replace(bare, source=Provenance(None, content_digest(bare)))


def linked_to_anonymized(entries: list[Entry]) -> list[Entry]:
    """Named responses that an anonymized input already holds, given that response's hash, so that they are copies
    of it (kept once) as they were when anonymized teams kept the files' hashes. A named response matches when it
    anonymizes to the same content.

    Two people can anonymize alike (the same answers in the same month); a named response then matches the
    anonymized one of *its* person: the pseudonym that this respondent's unambiguous responses (those whose content
    only one pseudonym holds) were matched to, else a pseudonym no other respondent has, else the smallest hash.
    Without that, a person's named files could be linked across two pseudonyms and join two people into one."""
    pool: dict[str, list[tuple[str, str]]] = {}  # content → (pseudonym, anonymized response's hash)
    for entry in entries:
        if entry.identity[0] == "anon":
            key = anonymous(entry.response, "").source.sha256
            pool.setdefault(key, []).append((entry.identity[-1], entry.response.source.sha256))
    if not pool:
        return entries
    for candidates in pool.values():
        candidates.sort(reverse=True)  # popped from the end: smallest first
    named = {entry.response.source.sha256: entry.response for entry in entries if entry.identity[0] != "anon"}
    content = {sha: anonymous(response, "").source.sha256 for sha, response in named.items()}
    person_of: dict[str, str] = {}  # named respondent id → pseudonym
    for sha in sorted(named):
        pseudonyms = {pseudonym for pseudonym, _ in pool.get(content[sha], [])}
        if len(pseudonyms) == 1:
            person_of.setdefault(named[sha].respondent.id, pseudonyms.pop())
    taken = set(person_of.values())
    linked: dict[str, str] = {}  # a named file's hash → the anonymized response it is a copy of
    for sha in sorted(named, key=lambda sha: (len({p for p, _ in pool.get(content[sha], [])}), sha)):
        alike = pool.get(content[sha])
        if not alike:
            continue
        own = person_of.get(named[sha].respondent.id)
        index = next((i for i in range(len(alike) - 1, -1, -1) if alike[i][0] == own), None)
        if index is None:
            index = next((i for i in range(len(alike) - 1, -1, -1) if alike[i][0] not in taken), None)
        pseudonym, linked[sha] = alike.pop(len(alike) - 1 if index is None else index)
        if own is None:
            person_of[named[sha].respondent.id] = pseudonym
            taken.add(pseudonym)
    result = []
    for entry in entries:
        response = entry.response
        copy_of = linked.get(response.source.sha256) if entry.identity[0] != "anon" else None
        result.append(
            entry
            if copy_of is None
            else replace(entry, response=replace(response, source=Provenance(response.source.file, copy_of)))
        )
    return result


def same_content(a: Response, b: Response, *, ignore_respondent: bool) -> bool:
    if ignore_respondent:  # an anonymized copy: compare what anonymizing keeps
        a, b = anonymous(a, ""), anonymous(b, "")
    return (
        a.answers == b.answers
        and a.project == b.project
        and a.language == b.language
        and a.created == b.created
        and a.updated == b.updated
        and (ignore_respondent or a.respondent == b.respondent)
    )


def _same(a: Entry, b: Entry) -> bool:
    anonymized = "anon" in (a.identity[0], b.identity[0])
    return same_content(a.response, b.response, ignore_respondent=anonymized)


def _rank(order: dict[str, int]) -> Callable[[Entry], tuple[Any, ...]]:
    def rank(entry: Entry) -> tuple[Any, ...]:
        # Prefer a copy with the respondent's own id, then decide by content (never by the order of the inputs).
        return (entry.identity[0] == "anon", yamlemit.emit(team_mod.response_data(entry.response, order)))

    return rank


def _versions(copies: list[Entry]) -> list[list[Entry]]:
    """The copies grouped by content, each group in rank order (``copies`` is sorted by rank)."""
    versions: list[list[Entry]] = []
    for entry in copies:
        for version in versions:
            if _same(version[0], entry):
                version.append(entry)
                break
        else:
            versions.append([entry])
    return versions


def one_per_source(
    entries: list[Entry],
    qs: QuestionSet,
    ids: Identities,
    summary: MergeSummary,
    warnings: list[Problem],
    problems: list[Problem],
    *,
    on_duplicate: str = "error",
) -> list[Entry]:
    """One entry per source hash (or several, where ``keep-both`` keeps differing versions); see the module."""
    by_source: dict[str, list[Entry]] = {}
    for entry in entries:
        by_source.setdefault(entry.response.source.sha256, []).append(entry)
        ids.find(entry.identity)
    rank = _rank(question_order(qs))
    kept: list[Entry] = []
    for sha in sorted(by_source):
        copies = by_source[sha]
        if len(copies) == 1:
            kept.append(copies[0])
            continue
        copies.sort(key=rank)
        for other in copies[1:]:
            ids.union(copies[0].identity, other.identity)
        originals = [entry for entry in copies if not entry.from_team]
        edited = [entry for entry in copies if entry.from_team and originals and not _same(entry, originals[0])]
        for entry in edited:
            params: dict[str, Any] = {"original": originals[0].label(), "sha": sha[:12]}
            warnings.append(Problem(EDITED, params, entry.label(), None, "source.sha256"))
        versions = _versions(edited or copies)
        chosen = [version[0] for version in versions]
        if len(versions) > 1:
            labels = [version[0].label() for version in versions]
            params = {"sha": sha[:12], "count": len(versions), "others": ", ".join(labels[1:])}
            if on_duplicate == "latest":
                newest = max(instant(entry.response.updated) for entry in chosen)
                chosen = [next(entry for entry in chosen if instant(entry.response.updated) == newest)]
                params = {"kept": chosen[0].label(), "sha": sha[:12]}
                warnings.append(Problem("team.warn_copies_differ", params, ", ".join(labels), None, "source.sha256"))
            elif on_duplicate == "keep-both":
                warnings.append(Problem("safety.warn_copies_kept", params, labels[0], None, "source.sha256"))
            else:
                problems.append(Problem(DIFFER, params, labels[0], None, "source.sha256"))
        summary.copies += len(copies) - len(chosen)
        kept.extend(chosen)
    return kept
