"""One response as a merge meets it (``Entry``), what the merge counts on the way (``MergeSummary``) and who is who.

A respondent is compared by her id in a normal form (``same_id``: NFC, case-folded), a name by ``same_text``. An
anonymized team file's pseudonyms are only unique within that file, so its responses carry the file's hash in their
identity. ``Identities`` links two identities that turn out to be one person (the same source file seen under both).
Shared by ``merge``, its copy rules (``copies``) and its pool (``parallel``), which all build on these and on
nothing of each other's above them.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from osallisuus_cli.model.answers import AnswersFile
from osallisuus_cli.model.team import Provenance, Response, TeamFile
from osallisuus_cli.model.teamread import response_from_answers


@dataclass(slots=True)
class Entry:
    """One response as read from one input file."""

    response: Response
    origin: str  # the input file, as the user named it
    from_team: bool
    identity: tuple[str, ...]  # who answered: ("id", respondent id) or ("anon", team file hash, pseudonym)

    def label(self) -> str:
        """The input file, and for a team file the answers file the response came from."""
        if self.from_team and self.response.source.file:
            return f"{self.origin} ({self.response.source.file})"
        return self.origin


@dataclass
class MergeSummary:
    """What went into a merge and what was done on the way (shown by ``osallisuus merge``)."""

    answers_files: int = 0
    team_files: int = 0
    copies: int = 0  # the same answers file met more than once, kept once
    duplicate_groups: int = 0  # respondents with more than one response to the same project and phase
    dropped: int = 0  # older duplicates left out by --on-duplicate latest
    empty: int = 0  # responses without a single answer, left out (the data check names them)
    anonymized_inputs: list[str] = field(default_factory=list)
    workshop_files: int = 0  # workshop files read (their workshops are kept apart from the responses)


def same_text(text: str) -> str:
    """A name as compared: "Jyväskylä" typed with one code point for "ä" (NFC) or two (NFD) is the same name."""
    return text if text.isascii() else unicodedata.normalize("NFC", text)


def same_id(text: str) -> str:
    """A respondent id as compared: NFC and case-folded, so a UUID in capitals is the same person."""
    return same_text(text).casefold()


def answers_entry(doc: AnswersFile, path: Path, sha: str) -> Entry:
    """The one response of a checked answers file, as ``merge`` counts it."""
    response = response_from_answers(doc, Provenance(path.name, sha))
    return Entry(response, str(path), False, ("id", same_id(doc.respondent.id)))


def team_entries(team: TeamFile, path: Path, sha: str) -> list[Entry]:
    """The responses of a checked team file; an anonymized file's pseudonyms are only unique within it."""
    name = str(path)
    return [
        Entry(r, name, True, ("anon", sha, r.respondent.id) if team.anonymized else ("id", same_id(r.respondent.id)))
        for r in team.responses
    ]


class Identities:
    """Union-find over respondent identities: the same source file seen under two identities links them."""

    def __init__(self) -> None:
        self.parent: dict[tuple[str, ...], tuple[str, ...]] = {}

    def find(self, item: tuple[str, ...]) -> tuple[str, ...]:
        parent = self.parent.setdefault(item, item)
        if parent != item:
            parent = self.parent[item] = self.find(parent)
        return parent

    def union(self, a: tuple[str, ...], b: tuple[str, ...]) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            # the smaller root wins, so the result does not depend on the order of unions
            low, high = sorted((root_a, root_b))
            self.parent[high] = low
