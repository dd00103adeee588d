"""The team file (format ``osallisuus/team/v1``): many respondents' answers to one question set, with provenance.

Written by ``osallisuus merge``; read by ``report`` and ``export``. Scores are never stored here — reports
compute them from the answers.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from osallisuus_cli.answers import Answer, FrameworkRef, Language, Project, Respondent, Timestamp
from osallisuus_cli.validation import Strict

FORMAT = "osallisuus/team/v1"


class Provenance(Strict):
    """Where a response came from: the source file's name (not its path) and the SHA-256 of its bytes."""

    file: Annotated[str, StringConstraints(min_length=1, max_length=500)]
    sha256: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]


class Response(Strict):
    """One respondent's answers, exactly as in their answers file."""

    respondent: Respondent
    project: Project
    language: Language
    created: Timestamp
    updated: Timestamp
    answers: dict[str, Answer] = Field(default_factory=dict)
    source: Provenance


class TeamFile(Strict):
    format: Literal["osallisuus/team/v1"]
    framework: FrameworkRef
    anonymized: bool = False
    responses: list[Response] = Field(default_factory=list)
