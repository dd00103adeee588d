"""Where a command's inputs are and whether its output may be written: the rules every command that reads a team's
files and writes one file shares.

The inputs are the paths given, else the project's answers folder (which must stay inside the team folder). An
output is refused, before anything is read, when it is one of the inputs (writing it would destroy what is being
read), when a team file would land in a folder being read (it would be read back next time: the same answers twice)
and, without ``force``, when it exists. ``-`` (or no output) is standard output.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from osallisuus_cli.errors import DataError, UsageError
from osallisuus_cli.files.fsutil import check_new_file
from osallisuus_cli.files.readfile import open_regular
from osallisuus_cli.model.projectpath import Settings
from osallisuus_cli.model.teamread import looks_like_team_file
from osallisuus_cli.teamwork.inputs import YAML_SUFFIXES, expand_paths


def input_paths(paths: list[Path] | None, settings: Settings) -> list[Path]:
    """The paths given, else the answers folder: the project's ``answers_dir``, else ./answers/ when it exists.

    ``assess`` writes to ./answers/ outside a project folder, so the commands that read answers look there too.
    """
    if paths:
        return list(paths)
    folder = settings.get("answers_dir")
    if settings.project_file is None and folder is None and not (settings.base_dir() / "answers").is_dir():
        raise UsageError("team.err_no_inputs")
    base = settings.base_dir()
    default = base / (folder or "answers")
    if folder is not None and folder == settings.project.get("answers_dir"):
        _inside_project(base, default, folder)
    # shown in messages: answers/aino.yaml reads better than the absolute path
    return [Path(os.path.relpath(default)) if default.is_absolute() else default]


def _inside_project(base: Path, folder: Path, value: str) -> None:
    """The project file's answers folder, symlinks resolved, must still be inside the team folder."""
    try:
        real_base, real = base.resolve(), folder.resolve()
    except (OSError, RuntimeError):  # a symlink loop: reading it reports the loop
        return
    if real != real_base and real_base not in real.parents:
        raise UsageError("team.err_answers_dir_outside", value=value)
    if real == real_base:
        raise UsageError("safety.answers_dir_is_project", value=value)


def is_stdout(output: Path | None) -> bool:
    return output is None or str(output) == "-"


def check_output(output: Path | None, force: bool = False) -> None:
    """Refuse, before any work is done, an output that is a folder or (without ``--force``) an existing file."""
    if not is_stdout(output):
        assert output is not None  # is_stdout says so
        check_new_file(output, force=force)


def refuse_output_among_inputs(
    output: Path | None, inputs: Sequence[Path], *, team_files_allowed: bool = False
) -> list[Path] | None:
    """The output must not be one of the input files: writing it would destroy what is being read.

    ``team_files_allowed``: merge may rewrite a team file it reads (bringing newcomers into it in place), since the
    result holds everything the old file held. Returns the input files (``expand_paths(inputs)``) when it had to
    list them, so that a folder of ten thousand answers is not walked twice.
    """
    if output is None or is_stdout(output):
        return None
    if not os.path.lexists(output):
        return None  # nothing there yet: writing it destroys nothing
    try:
        found = output.stat()
    except OSError:  # a link loop or a dangling link: compared by name below
        found = None
    target = _resolved(output)
    # An input that is not there is read (and reported) later; it cannot be the output. Listing every input gives
    # the same files and problems as listing those that exist: only folders are walked.
    missing = {p for p in inputs if not p.exists()}
    files = expand_paths(inputs)
    for path in files:
        if path in missing:
            continue
        # Device and inode first, one stat per file: resolving every part of every path of a folder of ten thousand
        # answers would cost seconds.
        if found is not None and not _same_file(path, found):
            continue
        if _resolved(path) == target and not (team_files_allowed and _is_team_file(path)):
            raise UsageError("team.err_output_is_input", file=str(output))
    return files


def refuse_team_inside_inputs(output: Path | None, inputs: Iterable[Path]) -> None:
    """A team file written into a folder being read would be read back next time: the same answers twice.

    Only YAML output counts (what a folder read picks up); hidden files are never read, so they are allowed.
    """
    if output is None or is_stdout(output):
        return
    if not output.name.lower().endswith(YAML_SUFFIXES) or output.name.startswith("."):
        return
    target = output.resolve()
    for folder in inputs:
        if folder.is_dir() and folder.resolve() in target.parents:
            raise UsageError("datacheck.err_output_in_input_folder", file=str(output), folder=str(folder))


def _same_file(path: Path, found: os.stat_result) -> bool:
    try:
        return os.path.samestat(path.stat(), found)
    except OSError:  # a loop or a link to nothing: decided by name
        return True


def _resolved(path: Path) -> Path:
    """``path`` with symlinks resolved; a symlink loop (refused when read) stays as written."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # Python before 3.13 raises RuntimeError for a loop
        return path.absolute()


def _is_team_file(path: Path) -> bool:
    try:
        fd = open_regular(path)  # a FIFO or a device is no team file, and is never waited on
    except DataError:
        return False
    try:
        return looks_like_team_file(os.read(fd, 4096))
    except OSError:
        return False
    finally:
        os.close(fd)
