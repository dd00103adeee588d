"""The team's project file ``osallisuus.yaml``: where it is (the current folder or the nearest folder above it) and
its values as the commands see them.

Kept apart from ``project`` (the file's pydantic model) so that finding the file costs no import at start-up.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PROJECT_FILE = "osallisuus.yaml"


def find_project_file(start: Path | None = None) -> Path | None:
    folder = (start or Path.cwd()).resolve()
    for candidate in (folder, *folder.parents):
        path = candidate / PROJECT_FILE
        if path.is_file():
            return path
    return None


@dataclass(frozen=True)
class Settings:
    """The project file's values (only the keys that are set) and where it is."""

    project: Mapping[str, Any] = field(default_factory=dict)
    project_file: Path | None = None

    def get(self, name: str, default: Any = None) -> Any:
        """``name`` from the project file, else ``default``."""
        value = self.project.get(name)
        return default if value in (None, "") else value

    def base_dir(self) -> Path:
        """The team folder: where the project file is, else the current folder."""
        return self.project_file.parent if self.project_file else Path.cwd()


def load_settings(start: Path | None = None) -> Settings:
    """The project file found from ``start`` (default: the current folder) upwards; empty settings without one."""
    path = find_project_file(start)
    data: Mapping[str, Any] = {}
    if path is not None:
        from osallisuus_cli.model.project import load_project_file

        data = load_project_file(path)
    return Settings(project=data, project_file=path)
