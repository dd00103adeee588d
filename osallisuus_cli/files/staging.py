"""Where a write is prepared before it is moved into place, and how what a killed write left is found and removed.

Every write of the tool first writes its files into a hidden *staging folder* beside them
(``.osallisuus-save.XXXXXXXX.tmp/``), then moves each into place with one rename. The writer holds a lock on the
``lock`` file inside for as long as it lives: the operating system lets go of it when the process ends, however it
ends (a SIGKILL included). So a staging folder whose lock can be taken belongs to a write that will never finish,
and the next command that reads or writes the folder removes it at once — such files are whole copies of answers,
personal data nobody knows of, and they would travel with ``git add answers/``. A live write is never touched.

Where there are no advisory locks (Windows) the open lock file itself is the sign: an open file cannot be removed
there, so a lock file that can be removed belonged to a process that is gone.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

if sys.platform != "win32":  # Windows has no advisory locks, see the module docstring
    import fcntl

PREFIX, SUFFIX = ".osallisuus-save.", ".tmp"
# A staging folder: the prefix, 8 random letters, digits or "_" (tempfile.mkdtemp), .tmp
STAGING = re.compile(r"\A\.osallisuus-save\.[a-z0-9_]{8}\.tmp\Z")
# The temporary files of earlier versions, written straight into the folder (a dot, the name, 8 letters, .tmp)
TEMPORARY = re.compile(r"\A\..+\.[a-z0-9_]{8}\.tmp\Z")
LOCK = "lock"
# An earlier version's temporary file holds no lock: it is stale once nothing has written to it for this long.
STALE_AFTER = 60.0
_ATTEMPTS = 5
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


@contextlib.contextmanager
def staging(folder: Path) -> Iterator[Path]:
    """A new staging folder inside ``folder``, locked while the block runs and removed with whatever is left in it."""
    stage, fd = _new_stage(folder)
    try:
        yield stage
    finally:
        if sys.platform == "win32":  # pragma: no cover - an open file cannot be removed there: let go of it first
            os.close(fd)
        _empty(stage)  # elsewhere removed while still locked, so no cleaner takes the folder for a dead write's
        with contextlib.suppress(OSError):
            stage.rmdir()
        if sys.platform != "win32":
            os.close(fd)


def _new_stage(folder: Path) -> tuple[Path, int]:
    """Make and lock a staging folder. A cleaner may take a folder for a dead write's in the instant between its
    making and its locking (its lock file missing or free): the lock file is then gone, and another is made."""
    for _attempt in range(_ATTEMPTS):
        stage = Path(tempfile.mkdtemp(prefix=PREFIX, suffix=SUFFIX, dir=folder))
        try:
            fd = os.open(stage / LOCK, os.O_RDWR | os.O_CREAT | os.O_EXCL | _CLOEXEC, 0o600)
        except FileNotFoundError:
            continue
        if sys.platform != "win32":
            with contextlib.suppress(OSError):  # no locks on this file system: only the age tells (see _abandoned)
                fcntl.flock(fd, fcntl.LOCK_EX)
        if _is_at(stage / LOCK, fd):
            return stage, fd
        os.close(fd)
        with contextlib.suppress(OSError):
            stage.rmdir()
    raise OSError(f"{folder}: no staging folder could be kept")


def _is_at(path: Path, fd: int) -> bool:
    """Whether the file open as ``fd`` is still the one named ``path``."""
    try:
        named, held = path.lstat(), os.fstat(fd)
    except OSError:
        return False
    return (named.st_dev, named.st_ino) == (held.st_dev, held.st_ino)


def remove_abandoned(folder: Path, *, now: float | None = None) -> list[Path]:
    """Remove what killed or crashed writes left in ``folder`` (not below it); the paths removed, sorted.

    Staging folders of writes that are gone are removed at once; an earlier version's temporary files once they are
    STALE_AFTER seconds old. Only the tool's own patterns, only regular files; what cannot be looked at or removed
    is left alone.
    """
    moment = time.time() if now is None else now
    removed: list[Path] = []
    try:
        with os.scandir(folder) as listing:
            entries = [entry for entry in listing if entry.name.startswith(".") and entry.name.endswith(SUFFIX)]
    except OSError:
        return removed
    for entry in entries:
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        path = Path(entry.path)
        if STAGING.match(entry.name) and stat.S_ISDIR(info.st_mode):
            if _abandoned(path, info, moment):
                _empty(path)
                with contextlib.suppress(OSError):
                    path.rmdir()
                    removed.append(path)
        elif TEMPORARY.match(entry.name) and stat.S_ISREG(info.st_mode) and moment - info.st_mtime >= STALE_AFTER:
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    return sorted(removed)


def _abandoned(stage: Path, info: os.stat_result, moment: float) -> bool:
    """Whether no living process writes through ``stage``."""
    lock = stage / LOCK
    if sys.platform == "win32":  # pragma: no cover - an open file cannot be removed there
        try:
            lock.unlink()
        except FileNotFoundError:
            return _without_lock(stage, info, moment)
        except OSError:
            return False
        return True
    try:
        fd = os.open(lock, os.O_RDONLY | _NOFOLLOW | _CLOEXEC)
    except FileNotFoundError:
        return _without_lock(stage, info, moment)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError:  # a file system without locks: only the age can tell
        os.close(fd)
        return moment - info.st_mtime >= STALE_AFTER
    # Held until the folder is gone: a writer that made the lock file but had not locked it yet finds it removed.
    with contextlib.suppress(OSError):
        lock.unlink()
    os.close(fd)
    return True


def _without_lock(stage: Path, info: os.stat_result, moment: float) -> bool:
    """A staging folder without its lock file: a writer about to make it (the folder is empty, and removing it makes
    the writer take another), or a write killed while it cleaned up (files may remain)."""
    try:
        with os.scandir(stage) as listing:
            empty = next(listing, None) is None
    except OSError:
        return False
    return empty or moment - info.st_mtime >= 1.0


def _empty(stage: Path) -> None:
    """Remove the files (and links) inside a staging folder; the lock file last."""
    try:
        with os.scandir(stage) as listing:
            names = sorted((entry.name for entry in listing if not entry.is_dir(follow_symlinks=False)), key=_lock_last)
    except OSError:
        return
    for name in names:
        with contextlib.suppress(OSError):
            (stage / name).unlink()


def _lock_last(name: str) -> tuple[bool, str]:
    return name == LOCK, name
