"""The team's project file ``osallisuus.yaml`` (written by ``osallisuus init``)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Final, Literal

from pydantic import BeforeValidator, Field, ValidationError, field_validator

from osallisuus_cli.errors import DataError, Key, data_error
from osallisuus_cli.files import fsutil, yamlemit, yamlio
from osallisuus_cli.model.answers import Language, ShortText
from osallisuus_cli.model.phases import Phase, phase_choices, phase_named
from osallisuus_cli.model.validation import ProblemValue, Strict, problems_from

FORMAT: Final = "osallisuus/project/v1"


def _a_phase(value: Any) -> Any:
    # A person editing the file may write the phase as the menus offer it: Genomförande, implementation, 2.
    if value is None:
        return None
    phase = phase_named(value)
    if phase is None:
        raise ProblemValue("common.v.phase", value=repr(value), allowed=phase_choices())
    return phase


class ProjectFile(Strict):
    format: Literal["osallisuus/project/v1"] = FORMAT
    name: ShortText
    code: ShortText | None = None
    organisation: ShortText | None = None
    region: ShortText | None = None
    phase: Annotated[Phase | None, BeforeValidator(_a_phase)] = None
    lang: Language | None = None
    framework: ShortText | None = None
    answers_dir: ShortText | None = None
    min_group: Annotated[int, Field(ge=1)] | None = None  # the small-group rule of reports (report --min-group)

    @field_validator("answers_dir", "framework")
    @classmethod
    def _a_plain_path(cls, value: str | None) -> str | None:
        # A control character (NUL above all) cannot be in a real path and would break every later step.
        if value is not None and any(ord(char) < 0x20 or 0x7F <= ord(char) < 0xA0 for char in value):
            raise ProblemValue("safety.path_control_chars")
        return value

    @field_validator("answers_dir")
    @classmethod
    def _inside_the_team_folder(cls, value: str | None) -> str | None:
        # A project file may come with a cloned repository: it must not send answers (personal data) elsewhere.
        if value is None:
            return value
        path = Path(value)
        if path.is_absolute() or ".." in path.parts or value.startswith("~"):
            raise ProblemValue("team.err_answers_dir_outside", value=value)
        if not path.parts:  # "." or "./": the team folder itself, which holds this file and the reports
            raise ProblemValue("safety.answers_dir_is_project", value=value)
        return value


def validate_project_data(data: Any, *, file: str, text: str | None) -> ProjectFile:
    """Check a parsed project file; every problem at once."""
    if not isinstance(data, dict):
        raise DataError("common.not_mapping", file=file, found=Key(yamlio.kind_of(data)), what=Key("team.what_project"))
    try:
        return ProjectFile.model_validate(data)
    except ValidationError as exc:
        raise data_error(problems_from(exc, file=file, text=text)) from None


def load_project_file(path: Path) -> dict[str, Any]:
    """The project file's settings as a dict (only the keys that are set)."""
    text = yamlio.read_text(path)
    data = yamlio.parse(text, file=str(path), what="team.what_project")
    model = validate_project_data(data, file=str(path), text=text)
    values = model.model_dump(exclude_none=True)
    if model.framework:
        # a relative framework path is relative to the project file, not to wherever the command runs
        values["framework"] = str((path.parent / model.framework).resolve())
    return values


def project_file_text(model: ProjectFile) -> str:
    """The project file as written by ``osallisuus init``: two comment lines in the project's language (else the
    current one) saying what the file is, then the documented key order, unset keys left out."""
    from osallisuus_cli.i18n import t

    header = "".join(f"# {line}\n" for line in t("team.project_file_header", model.lang).split("\n"))
    return header + yamlemit.emit(model.model_dump(exclude_none=True))


def write_project_file(path: Path, model: ProjectFile, *, force: bool = False) -> None:
    """Write ``osallisuus.yaml`` atomically; an existing one is kept unless ``force``."""
    fsutil.check_new_file(path, force=force)
    fsutil.atomic_write(path, project_file_text(model))
