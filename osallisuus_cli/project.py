"""The team's project file ``osallisuus.yaml`` (written by ``osallisuus init``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import ValidationError

from osallisuus_cli import yamlio
from osallisuus_cli.answers import Language, Phase, ShortText
from osallisuus_cli.errors import DataError, Key, data_error
from osallisuus_cli.validation import Strict, problems_from

FORMAT = "osallisuus/project/v1"


class ProjectFile(Strict):
    format: str = FORMAT
    name: ShortText
    code: ShortText | None = None
    organisation: ShortText | None = None
    region: ShortText | None = None
    phase: Phase | None = None
    lang: Language | None = None
    framework: ShortText | None = None
    answers_dir: ShortText | None = None


def load_project_file(path: Path) -> dict[str, Any]:
    """The project file's settings as a dict (only the keys that are set)."""
    text = yamlio.read_text(path)
    data = yamlio.parse(text, file=str(path), what="project")
    if not isinstance(data, dict):
        raise DataError("common.not_mapping", file=str(path), found=Key(yamlio.kind_of(data)), what=PROJECT_WHAT)
    try:
        model = ProjectFile.model_validate(data)
    except ValidationError as exc:
        raise data_error(problems_from(exc, file=str(path), text=text)) from None
    values = model.model_dump(exclude_none=True)
    if model.framework:
        # a relative framework path is relative to the project file, not to wherever the command runs
        values["framework"] = str((path.parent / model.framework).resolve())
    return values


PROJECT_WHAT = "osallisuus.yaml"
