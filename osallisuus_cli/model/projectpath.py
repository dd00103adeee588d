"""Where the team's project file is: ``osallisuus.yaml`` in the current folder or the nearest folder above it.

Kept apart from ``project`` (the file's pydantic model) so that finding the file costs no import at start-up.
"""

from __future__ import annotations

from pathlib import Path

PROJECT_FILE = "osallisuus.yaml"


def find_project_file(start: Path | None = None) -> Path | None:
    folder = (start or Path.cwd()).resolve()
    for candidate in (folder, *folder.parents):
        path = candidate / PROJECT_FILE
        if path.is_file():
            return path
    return None
