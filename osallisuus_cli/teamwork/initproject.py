"""Setting up a team's folder (``osallisuus init``): the values, the questions for what is missing, the files."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from osallisuus_cli.errors import DataError, UsageError, data_error
from osallisuus_cli.files import fsutil
from osallisuus_cli.i18n import LANGUAGES, get_language, t
from osallisuus_cli.model.phases import parse_phase, phase_choices, phase_named
from osallisuus_cli.model.project import ProjectFile, write_project_file
from osallisuus_cli.model.projectpath import PROJECT_FILE
from osallisuus_cli.model.validation import problems_from


@dataclass(frozen=True)
class InitValues:
    name: str | None = None
    code: str | None = None
    organisation: str | None = None
    region: str | None = None
    phase: str | None = None
    lang: str | None = None
    framework: Path | None = None
    answers_dir: str = "answers"


Prompt = Callable[..., Any]


def _choice(prompt: Prompt, say: Callable[[str], None], key: str, choices: tuple[str, ...], default: str) -> str:
    while True:
        answer = str(prompt(t(key, choices=" / ".join(choices)), default=default)).strip().lower()
        if answer in choices:
            return answer
        say(t("team.init_bad_choice", value=answer, allowed=", ".join(choices)))


def _ask_phase(prompt: Prompt, say: Callable[[str], None]) -> str:
    while True:
        answer = str(prompt(t("team.init_ask_phase", choices=phase_choices()), default="1")).strip()
        phase = phase_named(answer)
        if phase is not None:
            return phase
        say(t("team.init_bad_choice", value=answer, allowed=phase_choices()))


def _checked_phase(value: str | None) -> str | None:
    return None if value is None else parse_phase(value)


def _text(prompt: Prompt, key: str) -> str | None:
    return str(prompt(t(key), default="", show_default=False)).strip() or None


def ask_missing(values: InitValues, prompt: Prompt, say: Callable[[str], None]) -> InitValues:
    """Ask for what the options left out (``prompt`` is e.g. ``typer.prompt``, ``say`` shows a hint)."""
    name = values.name
    while not (name or "").strip():
        name = str(prompt(t("team.init_ask_name"))).strip()
    return replace(
        values,
        name=name,
        code=values.code or _text(prompt, "team.init_ask_code"),
        organisation=values.organisation or _text(prompt, "team.init_ask_organisation"),
        region=values.region or _text(prompt, "team.init_ask_region"),
        phase=values.phase or _ask_phase(prompt, say),
        lang=values.lang or _choice(prompt, say, "team.init_ask_lang", LANGUAGES, get_language()),
    )


def _checked_choice(value: str | None, allowed: tuple[str, ...]) -> str | None:
    if value is None:
        return None
    if value.strip().lower() not in allowed:
        raise UsageError("team.init_bad_choice", value=value, allowed=", ".join(allowed))
    return value.strip().lower()


def create_project(folder: Path, values: InitValues, *, force: bool = False) -> tuple[Path, Path]:
    """Write ``folder/osallisuus.yaml`` and create the answers folder; both paths. Nothing is written on error."""
    if not (values.name or "").strip():
        raise UsageError("team.init_need_name")
    project_file = folder / PROJECT_FILE
    answers = fsutil.inside(folder, values.answers_dir)  # never outside the team's folder
    framework = None
    if values.framework is not None:
        from osallisuus_cli.questionsets.reading import load_question_set

        load_question_set(values.framework)  # refuse a missing or broken set now, not at the first assess
        framework = os.path.relpath(values.framework.resolve(), folder.resolve())
    data = {
        "name": (values.name or "").strip(),
        "code": values.code,
        "organisation": values.organisation,
        "region": values.region,
        "phase": _checked_phase(values.phase),
        "lang": _checked_choice(values.lang, LANGUAGES),
        "framework": framework,
        "answers_dir": values.answers_dir,
    }
    try:
        model = ProjectFile.model_validate({key: value for key, value in data.items() if value is not None})
    except ValidationError as exc:
        raise data_error(problems_from(exc, file=str(project_file), text=None)) from None
    fsutil.check_new_file(project_file, force=force)
    for needed in (folder, answers):  # checked before anything is written
        if needed.exists() and not needed.is_dir():
            shown = folder / values.answers_dir if needed is answers else folder
            raise UsageError("team.err_not_a_folder", file=str(shown))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:  # e.g. a file where a folder above it should be
        raise DataError("common.write_failed", file=str(folder), reason=exc.strerror or str(exc)) from None
    write_project_file(project_file, model, force=force)
    answers.mkdir(parents=True, exist_ok=True)
    here = Path.cwd().resolve()
    return project_file, answers.relative_to(here) if answers.is_relative_to(here) else answers
