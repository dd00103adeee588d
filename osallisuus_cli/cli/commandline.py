"""Command lines printed for the user to copy: how this program was started, the ``assess`` command that
continues an answers file, and how any command's words are quoted for this platform's shell. Presentation, so it
lives with the command line, not in the answering core."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

from osallisuus_cli.answering.session import display_path

PROGRAM = "osallisuus"


def program(
    argv0: str | None = None,
    *,
    which: Callable[[str], str | None] = shutil.which,
    executable: str | None = None,
    cwd: Path | None = None,
) -> list[str]:
    """The words that start this tool again from here, as a person would type them.

    ``osallisuus`` when that name finds this very program on the PATH; otherwise the path it was started by — after
    the README's install that is ``.venv/bin/osallisuus``, which is not on the PATH, so a bare ``osallisuus`` would
    only give "command not found". ``python -m osallisuus_cli`` is given back with the same Python.
    """
    started = sys.argv[0] if argv0 is None else argv0
    if not started:
        return [PROGRAM]
    where = Path(started)
    if where.name == "__main__.py" and where.parent.name == "osallisuus_cli":
        return [_typed(executable or sys.executable, which, cwd), "-m", "osallisuus_cli"]
    if where.stem.lower() != PROGRAM:
        return [PROGRAM]  # started some other way (a test runner, another program): the documented name
    return [_typed(started, which, cwd)]


def _typed(path: str, which: Callable[[str], str | None], cwd: Path | None) -> str:
    """``path`` as it is typed here: its bare name when the PATH finds that same file, else a path to it.

    Paths are compared without following links: a virtual environment's ``python3`` links to the system one, but
    only the environment's has this tool installed.
    """
    here = _absolute(cwd or Path.cwd())
    full = _absolute(here / path)
    found = which(full.name)
    if found and _absolute(Path(found)) == full:
        return full.name
    try:
        relative = full.relative_to(here)
    except ValueError:
        return str(full)
    # a bare name would be looked up on the PATH instead: keep a folder in front
    return str(relative) if len(relative.parts) > 1 else f"{os.curdir}{os.sep}{relative}"


def _absolute(path: Path) -> Path:
    """An absolute, normalised path, links left as they are (unlike ``resolve``)."""
    return Path(os.path.normpath(path.absolute()))


def resume_command(
    path: Path,
    *,
    sections: list[str] | None = None,
    framework: Path | None = None,
    lang: str | None = None,
    plain: bool = False,
    cwd: Path | None = None,
    program_words: list[str] | None = None,
    review: bool = False,
    question: int | None = None,
    phase: str | None = None,
) -> str:
    """The exact command line that continues this session where it stopped (in a review, at a question)."""
    parts = [*(program_words or program(cwd=cwd)), "assess", "-o", display_path(path, cwd)]
    if review:
        parts.append("--review")
    if phase:
        parts += ["--phase", phase]
    if question is not None:
        parts += ["--question", str(question)]
    for section in sections or ():
        parts += ["--section", section]
    if framework is not None:
        parts += ["--framework", display_path(framework, cwd)]
    if lang:
        parts += ["--lang", lang]
    if plain:
        parts.append("--plain")
    return join_command(parts)


def on_windows() -> bool:
    return os.name == "nt"


# What a word may hold and still be typed bare in cmd.exe and PowerShell alike: letters and digits of any script and
# the characters of ordinary paths and options. Anything else (a space, & ; ( ) ' , $ @ and the rest) is quoted.
_BARE_ON_WINDOWS = re.compile(r"[\w\\/:.\-=+]+")


def join_command(words: list[str]) -> str:
    """``words`` as one line that this platform's shell runs as those words: POSIX quoting (``shlex``), or on Windows
    double quotes around a word that needs them (``"C:\\Users\\Matti Meikäläinen\\vastaukset.yaml"``), which cmd.exe
    and PowerShell both read; Windows paths hold no double quotes."""
    if not on_windows():
        return shlex.join(words)
    return " ".join(word if _BARE_ON_WINDOWS.fullmatch(word) else f'"{word}"' for word in words)
