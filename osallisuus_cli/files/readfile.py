"""Reading a data file safely: regular files only, never more bytes than the limit, never a hang.

A name ending in ``.yaml`` may be a FIFO (reading it waits forever for a writer), a character device (``/dev/zero``
never ends) or a symlink to either. So the file is opened non-blocking, checked with ``fstat`` *after* opening (no
window between the check and the read) and read in pieces up to the limit: the limit counts the bytes actually
read, never the size the file system claims.
"""

from __future__ import annotations

import errno
import io
import os
import stat
from collections.abc import Callable
from pathlib import Path

from osallisuus_cli.errors import DataError

_CHUNK = 1024 * 1024
_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)


def megabytes(size: int, limit: int) -> tuple[str, str]:
    """``size`` and ``limit`` in MB, with as many decimals as it takes for a size over the limit to show it."""
    for digits in (1, 2, 3):
        shown, most = f"{size / 1e6:.{digits}f}", f"{limit / 1e6:.{digits}f}"
        if shown != most:
            return shown, most
    return f"{size / 1e6:.6f}", f"{limit / 1e6:.6f}"


def too_large(file: str, size: int, limit: int, *, more: bool = False) -> DataError:
    shown, most = megabytes(size, limit)
    return DataError("common.too_large", file=file, size=("> " if more else "") + shown, limit=most)


def open_regular(path: Path | str) -> int:
    """A file descriptor of the regular file at ``path`` (symlinks followed), or a DataError saying what it is."""
    name = str(path)
    try:
        fd = os.open(path, _FLAGS)
    except ValueError:  # a NUL character inside the path
        raise DataError("safety.path_has_nul", file=name.replace("\0", "\\0")) from None
    except FileNotFoundError:
        raise DataError("common.file_not_found", file=name) from None
    except IsADirectoryError:
        raise DataError("common.is_directory", file=name) from None
    except OSError as exc:
        raise os_error(exc, name) from None
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise DataError("common.is_directory", file=name)
        if not stat.S_ISREG(mode):
            raise DataError("safety.not_regular_file", file=name)
    except BaseException:
        os.close(fd)
        raise
    return fd


def os_error(exc: OSError, name: str) -> DataError:
    """A system error met while reading, in the user's language (the system's own text is English)."""
    if exc.errno == errno.ELOOP:
        return DataError("safety.symlink_loop", file=name)
    if exc.errno in (errno.EACCES, errno.EPERM):
        if Path(name).is_dir():  # opening a folder is refused with "permission denied" on some systems
            return DataError("common.is_directory", file=name)
        return DataError("safety.permission_denied", file=name)
    if exc.errno == errno.ENAMETOOLONG:
        return DataError("safety.name_too_long", file=name)
    if exc.errno in (errno.ENXIO, errno.ENODEV, errno.EOPNOTSUPP):  # a socket or a device without a driver
        return DataError("safety.not_regular_file", file=name)
    return DataError("common.file_unreadable", file=name, reason=exc.strerror or str(exc))


def _head(fd: int) -> bytes:
    """The first 4 KiB, leaving the file position at the start."""
    head = os.read(fd, 4096)
    os.lseek(fd, 0, os.SEEK_SET)
    return head


def read_regular(path: Path | str, *, max_bytes: int, larger: Callable[[bytes], int] | None = None) -> bytes:
    """The bytes of the regular file at ``path``, at most ``max_bytes`` of them, or a DataError.

    ``larger``, given the first bytes (up to 4 KiB), may raise the limit (a team file is legitimately large).
    """
    name = str(path)
    fd = open_regular(path)
    try:
        limit = max_bytes
        if larger is not None:
            limit = max(max_bytes, larger(_head(fd)))
        claimed = os.fstat(fd).st_size
        # One allocation of the right size for the usual file; a file that grows while it is read costs a second.
        with io.FileIO(fd, closefd=False) as handle:
            data = handle.read(min(claimed, limit) + 1)
            while claimed < len(data) <= limit:  # the file grew after fstat
                more = handle.read(min(_CHUNK, limit + 1 - len(data)))
                if not more:
                    break
                data += more
        if len(data) > limit:
            raise too_large(name, max(claimed, len(data)), limit, more=claimed <= limit)
        return data
    except OSError as exc:
        raise os_error(exc, name) from None
    finally:
        os.close(fd)


__all__ = ["megabytes", "open_regular", "os_error", "read_regular", "too_large"]
