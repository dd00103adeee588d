"""Where every setting comes from, in one place: flag > OSALLISUUS_* environment > project file > default.

The project file is ``osallisuus.yaml`` in the current folder or the nearest folder above it (``osallisuus init``
writes it).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from osallisuus_cli.model.projectpath import find_project_file

ENV_PREFIX = "OSALLISUUS_"
_TRUE = frozenset({"1", "true", "yes", "on", "kyllä", "ja"})


@dataclass
class Settings:
    """Values from the project file (if any) and the environment; ``get`` applies the precedence."""

    project: Mapping[str, Any] = field(default_factory=dict)
    project_file: Path | None = None
    environ: Mapping[str, str] = field(default_factory=lambda: os.environ)

    def get(self, name: str, flag: Any = None, default: Any = None) -> Any:
        """``name`` from the flag, else $OSALLISUUS_<NAME>, else the project file, else ``default``."""
        if flag is not None:
            return flag
        env = self.environ.get(ENV_PREFIX + name.upper())
        if env not in (None, ""):
            return env
        value = self.project.get(name)
        if value not in (None, ""):
            return value
        return default

    def flag(self, name: str, flag: bool | None = None, *, extra_env: tuple[str, ...] = ()) -> bool:
        """A boolean setting; ``extra_env`` names other variables that also switch it on (e.g. ACCESSIBLE)."""
        if flag:
            return True
        for var in (ENV_PREFIX + name.upper(), *extra_env):
            if self.environ.get(var, "").strip().lower() in _TRUE:
                return True
        return bool(self.project.get(name))

    def base_dir(self) -> Path:
        """The team folder: where the project file is, else the current folder."""
        return self.project_file.parent if self.project_file else Path.cwd()


def load_settings(start: Path | None = None, environ: Mapping[str, str] | None = None) -> Settings:
    path = find_project_file(start)
    data: Mapping[str, Any] = {}
    if path is not None:
        from osallisuus_cli.model.project import load_project_file

        data = load_project_file(path)
    return Settings(project=data, project_file=path, environ=environ if environ is not None else os.environ)
