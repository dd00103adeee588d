"""File-system helpers: atomic writes, safe file names, paths that never leave their folder."""

from __future__ import annotations

import contextlib
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from osallisuus_cli.errors import DataError, UsageError
from osallisuus_cli.files import staging

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
    ``private`` files (answers may hold personal data) are readable by the owner only where the mode means that
    (POSIX: 0600). Windows has no such mode — Python sets only the read-only flag there — so a
    file takes its folder's permissions (ACL), as docs/windows.md tells the user; nothing claims otherwise. The file
    is prepared in a staging folder that a killed write leaves for the next command to remove (``staging``); the
    file and then the folder are flushed to disk, so the new name survives a power cut.
    """
    pieces = [data] if isinstance(data, (str, bytes)) else data
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        staging.remove_abandoned(folder)
        with staging.staging(folder) as stage:
            staged = stage / path.name
            with _new_file(staged, private) as handle:
                for piece in pieces:
                    handle.write(piece.encode("utf-8") if isinstance(piece, str) else piece)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(staged, path)  # noqa: PTH105 - the atomic step, spelled out
            sync_folder(folder)  # the rename itself survives a power cut only once the folder is on disk
    except OSError as exc:
        raise DataError("common.write_failed", file=str(path), reason=exc.strerror or str(exc)) from None


def _new_file(path: Path, private: bool) -> BinaryIO:
    """A new file open for writing: owner-only when ``private``, else as the umask allows."""
    # O_BINARY: on Windows a file opened without it turns every \n into \r\n (tempfile.mkstemp sets it too)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    return os.fdopen(os.open(path, flags, 0o600 if private else 0o666), "wb")


remove_abandoned = staging.remove_abandoned
TEMPORARY_SUFFIX = staging.SUFFIX  # what every name a write leaves ends with


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


def atomic_write_many(
    files: list[tuple[Path, str]], *, private: bool = False, written: Callable[[int, int], None] | None = None
) -> list[Path]:
    """Write many files so that either every one is in place or none changed: all are written into a staging folder
    and flushed to disk first, then moved into place; the files that did not exist before are returned.

    Each file is flushed with its own ``fsync``, several at a time (the disk takes them together), and each folder
    once after its renames — never ``os.sync``, which waits for every file system of the machine. If anything
    fails, the staging folders and the files this call created are removed again; a killed call leaves only its
    staging folders, which the next command removes (``staging``). ``written`` hears (done, total) as each file is
    written into the staging folder.
    """
    created: list[Path] = []
    folders = sorted({path.parent for path, _text in files})
    name = str(files[0][0]) if files else ""
    try:
        with contextlib.ExitStack() as stack:
            stages: dict[Path, Path] = {}
            for folder in folders:
                folder.mkdir(parents=True, exist_ok=True)
                staging.remove_abandoned(folder)
                stages[folder] = stack.enter_context(staging.staging(folder))
            staged = [(stages[path.parent] / path.name, path) for path, _text in files]
            for done, ((temporary, path), (_path, text)) in enumerate(zip(staged, files, strict=True), 1):
                name = str(path)
                with _new_file(temporary, private) as handle:
                    handle.write(text.encode("utf-8"))
                if written is not None:
                    written(done, len(files))
            _flush([temporary for temporary, _path in staged])
            for temporary, path in staged:
                name = str(path)
                existed = path.exists()
                os.replace(temporary, path)  # noqa: PTH105 - the atomic step, spelled out
                if not existed:
                    created.append(path)
            for folder in folders:
                sync_folder(folder)
    except BaseException as exc:
        for path in created:
            with contextlib.suppress(OSError):
                path.unlink()
        if isinstance(exc, OSError):
            raise DataError("common.write_failed", file=name, reason=exc.strerror or str(exc)) from None
        raise
    return created


def _flush(paths: list[Path]) -> None:
    """``fsync`` every file, a few at a time: the file system commits concurrent flushes together."""
    if len(paths) < 2:
        for path in paths:
            _fsync_path(path)
        return
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=min(16, len(paths))) as pool:
        for _done in pool.map(_fsync_path, paths):
            pass


def _fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
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
