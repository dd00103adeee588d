"""A respondent's answers across the project's phases: one answers file per phase, one respondent id in all of them.

A later phase never rewrites an earlier phase's file: its answers go into a file of their own beside it,
``<name>-<phase>.yaml`` (``aino-virtanen.yaml`` in toteutus, ``aino-virtanen-arviointi.yaml`` in arviointi), with
the same ``respondent.id``, so that merge, validate and report count her once in each phase and the report's
section on change sees her in both. Every answers file stays one respondent in one phase: files written before
this rule read as they always did. See docs/answers-format.md.
"""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from osallisuus_cli.errors import DataError
from osallisuus_cli.model.answers import AnswersFile, load_answers
from osallisuus_cli.model.phases import PHASES
from osallisuus_cli.questionsets.framework import QuestionSet


def same_respondent(one: str, other: str) -> bool:
    """Two respondent ids name the same person: compared as merge compares them (NFC, case-folded)."""
    return unicodedata.normalize("NFC", one).casefold() == unicodedata.normalize("NFC", other).casefold()


def base_stem(path: Path) -> str:
    """The file name's stem without a phase suffix: ``aino-arviointi-2`` and ``aino-arviointi`` give ``aino``."""
    stem = path.stem
    parts = stem.rsplit("-", 2)
    if len(parts) == 3 and parts[1] in PHASES and parts[2].isdigit() and parts[0]:
        return parts[0]
    head, _, tail = stem.rpartition("-")
    return head if head and tail in PHASES else stem


def phase_paths(path: Path, phase: str) -> Iterator[Path]:
    """Where a respondent's file of ``phase`` may be, beside her file ``path``: the base name (the first file she
    made, whatever its phase), then ``<base>-<phase>.yaml``, ``<base>-<phase>-2.yaml``, … without end."""
    stem = base_stem(path)
    yield path.with_name(f"{stem}{path.suffix}")
    yield path.with_name(f"{stem}-{phase}{path.suffix}")
    for number in itertools.count(2):
        yield path.with_name(f"{stem}-{phase}-{number}{path.suffix}")


def file_for_phase(path: Path, doc: AnswersFile, phase: str, qs: QuestionSet) -> tuple[Path, bool]:
    """The file that holds (or will hold) the answers of ``doc``'s respondent in ``phase``, and whether it exists.

    Her file of that phase beside ``path`` (the same respondent id and project) when there is one; else the first
    free name. A file of someone else, or of another phase, is never chosen: it stays as it is. A file that
    cannot be read under the phase's own name is said, not walked past.
    """
    for index, candidate in enumerate(phase_paths(path, phase)):
        if not candidate.exists():
            if index == 0:
                continue  # the base name is free: her files were all named by phase
            return candidate, False
        try:
            found = load_answers(candidate, qs)
        except DataError:
            if index == 1:
                raise
            continue
        if (
            found.project.phase == phase
            and same_respondent(found.respondent.id, doc.respondent.id)
            and found.project.name == doc.project.name
        ):
            return candidate, True
    raise AssertionError("phase_paths never ends")  # pragma: no cover


def for_phase(earlier: AnswersFile, phase: str, moment: datetime) -> AnswersFile:
    """A new answers file for the same respondent and project in ``phase``: no answers yet, created now."""
    return earlier.model_copy(
        update={
            "project": earlier.project.model_copy(update={"phase": phase}),
            "respondent": earlier.respondent.model_copy(),
            "created": moment,
            "updated": moment,
            "answers": {},
        }
    )
