"""Typed storage errors that carry data, never user-facing text; the Qt layer words them."""

from __future__ import annotations

import errno
import sqlite3
from enum import StrEnum
from pathlib import Path


class WriteFailure(StrEnum):
    """Why a write failed, coarse enough for the UI to pick a translated message."""

    READ_ONLY = "read_only"  # read-only file system or database, or opened read-only
    DISK_FULL = "disk_full"  # no space, quota or file size limit
    PERMISSION_DENIED = "permission_denied"
    NOT_A_DIRECTORY = "not_a_directory"  # part of the path is a regular file
    NEWER_FORMAT = "newer_format"  # the file was written by a newer calmfloor; not clobbered
    PROTECTED = "protected"  # the file there could not be read, so it is not overwritten
    IS_A_DIRECTORY = "is_a_directory"  # a folder has the file's name
    NO_FOLDER = "no_folder"  # the folder to write in does not exist (a removed USB stick)
    BUSY = "busy"  # another process holds the database lock
    IO_ERROR = "io_error"
    OTHER = "other"


class StorageError(Exception):
    """Base class of every calmfloor storage error.

    Attributes:
        path: the file or directory concerned.
    """

    def __init__(self, path: Path, *details: object) -> None:
        super().__init__(str(path), *details)
        self.path = path


class StorageWriteError(StorageError):
    """Something could not be written; nothing already saved was lost.

    Attributes:
        path: the file or directory that could not be written.
        reason: the kind of failure.
        detail: the underlying error text, for logs only.
    """

    def __init__(self, path: Path, reason: WriteFailure, detail: str = "") -> None:
        super().__init__(path, reason.value, detail)
        self.reason = reason
        self.detail = detail


_ERRNO_REASONS: dict[int, WriteFailure] = {
    errno.EROFS: WriteFailure.READ_ONLY,
    errno.ENOSPC: WriteFailure.DISK_FULL,
    errno.EFBIG: WriteFailure.DISK_FULL,
    errno.EACCES: WriteFailure.PERMISSION_DENIED,
    errno.EPERM: WriteFailure.PERMISSION_DENIED,
    errno.ENOTDIR: WriteFailure.NOT_A_DIRECTORY,
    errno.EIO: WriteFailure.IO_ERROR,
    errno.EISDIR: WriteFailure.IS_A_DIRECTORY,
    errno.ENOENT: WriteFailure.NO_FOLDER,
}
if hasattr(errno, "EDQUOT"):
    _ERRNO_REASONS[errno.EDQUOT] = WriteFailure.DISK_FULL


def reason_for_os_error(exc: OSError) -> WriteFailure:
    """Classify an :class:`OSError` from a failed write."""
    if isinstance(exc, FileExistsError) and exc.errno == errno.EEXIST:
        # mkdir of a path that exists as a regular file
        return WriteFailure.NOT_A_DIRECTORY
    return _ERRNO_REASONS.get(exc.errno or -1, WriteFailure.OTHER)


def reason_for_sqlite_error(exc: sqlite3.Error) -> WriteFailure:
    """Classify an :class:`sqlite3.Error` from a failed write."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name.startswith("SQLITE_READONLY"):
        return WriteFailure.READ_ONLY
    if name == "SQLITE_FULL":
        return WriteFailure.DISK_FULL
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return WriteFailure.BUSY
    if name.startswith("SQLITE_PERM") or name.startswith("SQLITE_AUTH"):
        return WriteFailure.PERMISSION_DENIED
    if name.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN")):
        return WriteFailure.IO_ERROR
    return WriteFailure.OTHER


def write_error(path: Path, exc: OSError | sqlite3.Error) -> StorageWriteError:
    """A :class:`StorageWriteError` for ``path`` describing ``exc`` (raise it ``from exc``)."""
    if isinstance(exc, OSError):
        return StorageWriteError(path, reason_for_os_error(exc), str(exc))
    return StorageWriteError(path, reason_for_sqlite_error(exc), str(exc))
