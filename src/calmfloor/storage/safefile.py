"""The one way calmfloor reads a file: regular files only, never blocking, never unbounded.

A settings file that is a named pipe would block ``open()`` forever, and one that is a
symlink to ``/dev/zero`` would be read until memory runs out. Every reader in
:mod:`calmfloor.storage` goes through :func:`read_regular_file`, which opens without
blocking (``O_NONBLOCK``), checks the open file itself (``fstat``: no race between a check
and the open) and reads at most a fixed number of bytes.
"""

from __future__ import annotations

import errno
import os
import stat
from enum import StrEnum
from pathlib import Path

__all__ = [
    "UTF8_BOM",
    "FileReadError",
    "ReadFailure",
    "read_regular_file",
    "read_text",
]

UTF8_BOM = b"\xef\xbb\xbf"
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
_CHUNK_BYTES = 64 * 1024


class ReadFailure(StrEnum):
    """Why a file could not be read; the callers word it."""

    MISSING = "missing"  # it does not exist (or a folder on its path does not)
    FOLDER = "folder"  # a folder where a file was expected
    NOT_REGULAR = "not_regular"  # a pipe, socket or device: it could block or never end
    TOO_LARGE = "too_large"  # more than the caller's limit
    PERMISSION = "permission"  # no permission to read it
    IO_ERROR = "io_error"  # anything else the system reported


class FileReadError(Exception):
    """A file that could not be read; carries data, never user text.

    Attributes:
        path: the file.
        reason: why.
        size: the size found, for ``TOO_LARGE``.
        limit: the caller's limit, for ``TOO_LARGE``.
        detail: the system's error text, for logs only.
    """

    def __init__(
        self,
        path: Path,
        reason: ReadFailure,
        *,
        size: int | None = None,
        limit: int | None = None,
        detail: str = "",
    ) -> None:
        super().__init__(str(path), reason.value, detail)
        self.path = path
        self.reason = reason
        self.size = size
        self.limit = limit
        self.detail = detail

    def describe(self) -> str:
        """An English clause for logs and the command-line tools ("this is not a regular file")."""
        if self.reason is ReadFailure.MISSING:
            return "the file does not exist"
        if self.reason is ReadFailure.FOLDER:
            return "this is a folder, not a file"
        if self.reason is ReadFailure.NOT_REGULAR:
            return "this is not a regular file (a pipe or a device)"
        if self.reason is ReadFailure.TOO_LARGE:
            return f"the file is larger than {(self.limit or 0) // 1024} KiB"
        if self.reason is ReadFailure.PERMISSION:
            return "the file cannot be read (no permission)"
        return f"the file cannot be read ({self.detail or 'input/output error'})"


def _failure(path: Path, exc: OSError | ValueError) -> FileReadError:
    if isinstance(exc, ValueError):  # a NUL character in the name
        return FileReadError(path, ReadFailure.IO_ERROR, detail=str(exc))
    if isinstance(exc, (FileNotFoundError, NotADirectoryError)):
        return FileReadError(path, ReadFailure.MISSING, detail=str(exc))
    if isinstance(exc, IsADirectoryError):
        return FileReadError(path, ReadFailure.FOLDER, detail=str(exc))
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM):
        return FileReadError(path, ReadFailure.PERMISSION, detail=str(exc))
    if exc.errno in (errno.ENXIO, errno.ENODEV):  # a socket or a device without a reader
        return FileReadError(path, ReadFailure.NOT_REGULAR, detail=str(exc))
    return FileReadError(path, ReadFailure.IO_ERROR, detail=exc.strerror or str(exc))


def read_regular_file(path: Path, max_bytes: int, *, strip_bom: bool = True) -> bytes:
    """The bytes of the regular file ``path``, read without ever blocking or running away.

    The file is opened with ``O_NONBLOCK`` (a FIFO opens at once instead of waiting for a
    writer), checked with ``fstat`` on the open descriptor (so nothing can be swapped in
    between), refused unless it is a regular file, and read up to ``max_bytes``. A
    symbolic link is followed to what it names, which must itself be a regular file.

    Args:
        path: the file.
        max_bytes: the most a valid file can hold; a larger one is refused.
        strip_bom: remove a leading UTF-8 byte order mark.

    Raises:
        FileReadError: the file is missing, a folder, not a regular file, too large, or
            could not be read.
    """
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except (OSError, ValueError) as exc:
        raise _failure(path, exc) from exc
    try:
        try:
            info = os.fstat(fd)
        except OSError as exc:
            raise _failure(path, exc) from exc
        if stat.S_ISDIR(info.st_mode):
            raise FileReadError(path, ReadFailure.FOLDER)
        if not stat.S_ISREG(info.st_mode):
            raise FileReadError(path, ReadFailure.NOT_REGULAR)
        if info.st_size > max_bytes:
            raise FileReadError(path, ReadFailure.TOO_LARGE, size=info.st_size, limit=max_bytes)
        chunks: list[bytes] = []
        total = 0
        try:
            while total <= max_bytes:
                chunk = os.read(fd, min(_CHUNK_BYTES, max_bytes + 1 - total))
                if not chunk:
                    break
                chunks.append(chunk)
                total += len(chunk)
        except OSError as exc:
            raise _failure(path, exc) from exc
        if total > max_bytes:  # it grew since fstat()
            raise FileReadError(path, ReadFailure.TOO_LARGE, size=total, limit=max_bytes)
    finally:
        os.close(fd)
    raw = b"".join(chunks)
    return raw.removeprefix(UTF8_BOM) if strip_bom else raw


def read_text(path: Path, max_bytes: int) -> str:
    """:func:`read_regular_file` decoded as UTF-8 (a byte order mark is allowed).

    Raises:
        FileReadError: see :func:`read_regular_file`.
        UnicodeDecodeError: the file is not UTF-8.
    """
    return read_regular_file(path, max_bytes).decode("utf-8")
