"""The one way a data file given to ``merge``, ``validate``, ``report`` or ``export`` is read.

read (a regular file, within its byte limit) → SHA-256 of the bytes → decode (UTF-8) → parse (strict YAML) →
dispatch on ``format``: a team file, a project file, a workshop file, or else an answers file (which says what is
missing).

``read_input`` takes one path and returns a small picklable record, so that many files can be read by a pool of
processes as easily as one after another. It never raises for a bad file: the problems are in the record.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from osallisuus_cli.errors import DataError, Problem
from osallisuus_cli.files import yamlio
from osallisuus_cli.model import team as team_mod
from osallisuus_cli.model import teamread
from osallisuus_cli.model.answers import AnswersFile, validate_answers_data
from osallisuus_cli.model.project import FORMAT as PROJECT_FORMAT
from osallisuus_cli.model.project import ProjectFile, validate_project_data
from osallisuus_cli.model.workshop import FORMAT as WORKSHOP_FORMAT
from osallisuus_cli.model.workshop import WorkshopFile, validate_workshop_data
from osallisuus_cli.questionsets.framework import QuestionSet

Kind = Literal["answers", "team", "project", "workshop"]


@dataclass(slots=True)
class InputFile:
    """What one file turned out to be: its kind and checked contents, or the problems that stopped it."""

    path: Path
    sha256: str | None = None
    kind: Kind | None = None  # None when the file could not be read or parsed as any
    answers: AnswersFile | None = None
    team: team_mod.TeamFile | None = None
    project: ProjectFile | None = None
    workshop: WorkshopFile | None = None
    problems: list[Problem] = field(default_factory=list)
    # Only with ``keep_text``: each response's position in the file by source hash, and the text for line numbers.
    positions: dict[Any, int] = field(default_factory=dict)
    text: str | None = None

    @property
    def valid(self) -> bool:
        return not self.problems


def read_input(path: Path, qs: QuestionSet, *, keep_text: bool = False, project_files: bool = True) -> InputFile:
    """Read and check one answers, team, workshop or project file (``project_files=False``: a project file is a
    problem)."""
    name = str(path)
    result = InputFile(path)
    try:
        raw = teamread.read_input(path)
        result.sha256 = hashlib.sha256(raw).hexdigest()
        if len(raw) >= teamread.STREAM_FROM and not keep_text and teamread.looks_like_team_file(raw[:4096]):
            result.team = teamread.stream_team(raw, qs, file=name)  # None: read it as usual, for every problem
            if result.team is not None:
                result.kind = "team"
                return result
        text = yamlio.decode(raw, file=name)
        del raw  # a large team file is not kept twice
        header: dict[Any, int] = {}
        data = yamlio.parse(text, file=name, what="team.what_answers_or_team", header=header)
        kind = data.get("format") if isinstance(data, dict) else None
        if keep_text:
            result.text = text
        if kind == team_mod.FORMAT:
            result.kind = "team"
            if keep_text:
                result.positions = _positions(data)
            result.team = teamread.validate_team_data(data, qs, file=name, text=text, header=header)
        elif kind == WORKSHOP_FORMAT:
            result.kind = "workshop"
            result.workshop = validate_workshop_data(data, qs, file=name, text=text)
        elif kind == PROJECT_FORMAT:
            result.kind = "project"
            if not project_files:
                raise DataError("team.err_is_project_file", file=name)
            result.project = validate_project_data(data, file=name, text=text)
        else:
            result.kind = "answers"
            result.answers = validate_answers_data(data, qs, file=name, text=text)
    except DataError as exc:
        result.problems = list(exc.problems)
    return result


def _positions(data: dict[str, Any]) -> dict[Any, int]:
    """Where each response stands in the file (the loaded team is sorted), by its source hash."""
    positions: dict[Any, int] = {}
    responses = data.get("responses")
    if not isinstance(responses, list):  # the schema check reports it; nothing to place here
        return positions
    for position, item in enumerate(responses):
        source = item.get("source") if isinstance(item, dict) else None
        sha256 = source.get("sha256") if isinstance(source, dict) else None
        positions.setdefault(sha256 if isinstance(sha256, str) else None, position)
    return positions
