"""Which files a command reads: the files given, and every YAML file in the folders given.

A folder is walked below too, hidden files and folders skipped, in a fixed order (the same on every machine); a
folder without YAML files is named as such, a symlink out of a folder is refused, and what killed writes left behind
is removed on the way (and named).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from osallisuus_cli.errors import Problem, data_error
from osallisuus_cli.files import fsutil

YAML_SUFFIXES = (".yaml", ".yml")


def expand_paths(
    paths: Sequence[Path], problems: list[Problem] | None = None, *, leftovers: list[Path] | None = None
) -> list[Path]:
    """Files as given; folders become every ``*.yaml``/``*.yml`` inside them (below too, hidden ones skipped), sorted.

    A folder without any YAML file is an error: it is almost always the wrong folder. A file named twice is read once.
    With ``problems`` given, what is wrong (an empty folder, a link out of a folder) is added there instead of
    raised, and the files that can be read are still returned. What killed writes left in a folder (copies of
    answers) is removed on the way, and named in ``leftovers`` when it is given.
    """
    found: list[Path] = []
    collect = problems is not None
    problems = problems if problems is not None else []
    for path in paths:
        if path.is_dir():
            inside = _yaml_files(path, problems, leftovers if leftovers is not None else [])
            if not inside:
                problems.append(Problem(_empty_folder_key(path), {}, str(path)))
            found.extend(inside)
        else:
            found.append(path)
    if problems and not collect:
        raise data_error(problems)
    seen: set[str] = set()
    unique = []
    for path in found:
        key = os.path.abspath(path)  # noqa: PTH100 - no system calls, unlike resolve()
        if key not in seen:
            seen.add(key)
            unique.append(path)
    return unique


def _empty_folder_key(folder: Path) -> str:
    """Why a folder gave no answers: nothing in it yet (a new team's answers folder: answer first), or other files
    only (probably the wrong folder)."""
    try:
        with os.scandir(folder) as entries:
            holds_something = any(not entry.name.startswith(".") for entry in entries)
    except OSError:
        holds_something = True
    return "team.err_no_yaml_in_folder" if holds_something else "team.err_no_answers_yet"


def _yaml_files(folder: Path, problems: list[Problem], leftovers: list[Path]) -> list[Path]:
    """The YAML files below ``folder``; a symlink that leads out of it is a problem (name such a file directly).

    Folders behind symlinks are not entered (no loops, nothing outside); a file behind one is read only when it
    stays inside the folder, so a link in a shared answers folder cannot pull in any file the reader may read.
    """
    files: list[tuple[tuple[str, ...], Path]] = []  # (the parts of the path inside the folder, the path)
    real_folder: Path | None = None
    for root, dirs, names in os.walk(folder):
        if any(name.startswith(".") and name.endswith(fsutil.TEMPORARY_SUFFIX) for name in (*names, *dirs)):
            leftovers += fsutil.remove_abandoned(Path(root))  # only where a write left something: no extra look
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        inside = Path(root).relative_to(folder).parts  # once per folder, not per file
        for name in names:
            if not name.lower().endswith(YAML_SUFFIXES) or name.startswith("."):
                continue
            path = Path(root, name)
            if path.is_symlink():
                real_folder = real_folder or folder.resolve()
                target = _target(path)
                if target is not None and real_folder not in target.parents:
                    problems.append(
                        Problem("safety.symlink_outside", {"folder": str(folder), "target": str(target)}, str(path))
                    )
                    continue
            files.append(((*inside, name), path))
    files.sort(key=lambda pair: pair[0])
    return [path for _, path in files]


def _target(link: Path) -> Path | None:
    """Where a symlink finally leads; None for a loop (reading the file reports it)."""
    try:
        return link.resolve()
    except (OSError, RuntimeError):  # RuntimeError: a loop, before Python 3.13
        return None
