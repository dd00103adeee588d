"""File-system helpers: atomic writes, safe file names, paths that never leave their folder."""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
import time
import unicodedata
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path

from osallisuus_cli.errors import DataError, UsageError

# Letters that Unicode does not decompose into a base letter, spelled as Nordic names are in ASCII.
_LETTERS = str.maketrans(
    {"ä": "a", "ö": "o", "å": "a", "ø": "o", "æ": "ae", "ð": "d", "þ": "th", "ß": "ss", "œ": "oe", "ł": "l", "đ": "d"}
)
# Names Windows reserves for devices, whatever the extension (a shared folder may be opened there).
_WINDOWS_RESERVED = frozenset({"con", "prn", "aux", "nul"} | {f"{d}{i}" for d in ("com", "lpt") for i in range(1, 10)})


def slugify(name: str, *, fallback: str = "vastaukset", max_length: int = 60) -> str:
    """A safe, portable file-name stem: 'Nuorten Ääni / Jyväskylä' → 'nuorten-aani-jyvaskyla'."""
    ascii_text = unicodedata.normalize("NFKD", name.lower().translate(_LETTERS)).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:max_length].strip("-")
    if slug in _WINDOWS_RESERVED:
        slug += "-1"
    return slug or fallback


def inside(folder: Path, name: str) -> Path:
    """``folder / name``, refusing any name that would leave the folder (``..``, absolute paths, symlinks out)."""
    try:
        base = folder.resolve()
        target = (base / name).resolve()
    except (OSError, RuntimeError):  # a symlink loop (RuntimeError before Python 3.13)
        raise DataError("safety.symlink_loop", file=str(folder / name)) from None
    if target != base and base not in target.parents:
        raise UsageError("common.path_escapes", name=name, folder=str(folder))
    return target


def atomic_write(path: Path, data: str | bytes | Iterable[str | bytes], *, private: bool = False) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new one, never half of either.

    ``data`` may also be an iterable of pieces, written one by one (a large file is never whole in memory).
    ``private`` files (answers may hold personal data) are readable by the owner only.
    """
    pieces = [data] if isinstance(data, (str, bytes)) else data
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        remove_stale_temporaries(folder)
        # The temporary name must fit wherever the real one does: a name near the limit (255 bytes) gets a short one.
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name[:40]}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise DataError("common.write_failed", file=str(path), reason=exc.strerror or str(exc)) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            for piece in pieces:
                handle.write(piece.encode("utf-8") if isinstance(piece, str) else piece)
            handle.flush()
            os.fsync(handle.fileno())
        if not private:
            umask = os.umask(0)
            os.umask(umask)
            Path(tmp_name).chmod(0o666 & ~umask)
        os.replace(tmp_name, path)  # noqa: PTH105 - the atomic step, spelled out
        sync_folder(folder)  # the rename itself survives a power cut only once the folder is on disk
    except BaseException as exc:
        with contextlib.suppress(OSError):
            Path(tmp_name).unlink()
        if isinstance(exc, OSError):
            raise DataError("common.write_failed", file=str(path), reason=exc.strerror or str(exc)) from None
        raise


# The temporary files atomic_write makes (tempfile.mkstemp: a dot, the name, 8 random letters, digits or "_", .tmp)
TEMPORARY = re.compile(r"\A\..+\.[a-z0-9_]{8}\.tmp\Z")
STALE_AFTER = 60.0  # seconds without a write: no save takes this long (a live writer keeps the time fresh)


def remove_stale_temporaries(folder: Path, *, now: float | None = None) -> int:
    """Remove what a killed or crashed write left in ``folder``: temporary files of this tool's own pattern only,
    regular files only, and only those not written to for STALE_AFTER seconds (another save may be under way).

    They are whole copies of answers, so leaving them would keep personal data nobody knows of. Returns how many
    were removed; a file that cannot be looked at or removed is left alone.
    """
    moment = time.time() if now is None else now
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        if not TEMPORARY.match(entry.name):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if stat.S_ISREG(info.st_mode) and moment - info.st_mtime >= STALE_AFTER:
                os.unlink(entry.path)  # noqa: PTH108 - an entry of scandir
                removed += 1
        except OSError:
            continue
    return removed


def sync_folder(folder: Path) -> None:
    """Flush a folder's entries to disk (after a rename); a system or file system that cannot is left as it is."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextlib.contextmanager
def folder_lock(folder: Path) -> Iterator[None]:
    """Hold an advisory lock on ``folder`` (an extra guard: sessions on one machine check and save one at a time).

    Where locks are not available (Windows, some shared drives) this does nothing: the check of the file's
    content before every save is the guard that always holds.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        yield
        return
    try:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def shipped_dir(name: str) -> Path | None:
    """A folder shipped with the package (``questions``, ``templates``): inside the installed package, or at the
    top of a source checkout, where the repository keeps it."""
    here = Path(__file__).resolve().parents[1]  # the package folder, above files/
    for candidate in (here / name, here.parent / name):
        if candidate.is_dir():
            return candidate
    return None


def atomic_write_many(files: list[tuple[Path, str]], *, private: bool = False) -> list[Path]:
    """Write many files so that either every one is in place or none changed: all are written to temporary files
    first, flushed to disk in one step, then moved into place; the files that did not exist before are returned.

    One flush for all (``os.sync``) instead of one ``fsync`` per file: thousands of files (an imported survey) would
    otherwise spend most of their time waiting for the disk. Where the system has no ``sync``, each file is flushed.
    If anything fails, the temporary files and the files this call created are removed again.
    """
    temporary: deque[tuple[str, Path]] = deque()  # written and not yet moved into place
    created: list[Path] = []
    made: set[Path] = set()
    try:
        for path, text in files:
            if path.parent not in made:
                path.parent.mkdir(parents=True, exist_ok=True)
                made.add(path.parent)
            fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name[:40]}.", suffix=".tmp", dir=path.parent)
            temporary.append((tmp_name, path))
            with os.fdopen(fd, "wb") as handle:
                handle.write(text.encode("utf-8"))
                if not hasattr(os, "sync"):
                    handle.flush()
                    os.fsync(handle.fileno())
            if not private:
                umask = os.umask(0)
                os.umask(umask)
                Path(tmp_name).chmod(0o666 & ~umask)
        if hasattr(os, "sync"):
            os.sync()
        while temporary:
            tmp_name, path = temporary[0]
            existed = path.exists()
            os.replace(tmp_name, path)  # noqa: PTH105 - the atomic step, spelled out
            temporary.popleft()
            if not existed:
                created.append(path)
        for folder in {path.parent for path, _text in files}:
            _sync_folder(folder)
    except BaseException as exc:
        for tmp_name, _path in temporary:
            with contextlib.suppress(OSError):
                Path(tmp_name).unlink()
        for path in created:
            with contextlib.suppress(OSError):
                path.unlink()
        if isinstance(exc, OSError):
            name = str(temporary[0][1]) if temporary else str(files[0][0])
            raise DataError("common.write_failed", file=name, reason=exc.strerror or str(exc)) from None
        raise
    return created


def _sync_folder(folder: Path) -> None:
    """Make the new names in ``folder`` durable (POSIX; a folder cannot be opened this way on Windows)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def check_new_file(path: Path, *, force: bool) -> None:
    """The rule of every command that writes a file: a folder is never an output, and an existing file is replaced
    only with ``--force``. Checked before any work is done, so a refused command has read and written nothing."""
    if path.is_dir():
        raise UsageError("team.err_output_is_folder", file=str(path))
    if path.exists() and not force:
        raise UsageError("common.exists", file=str(path))
