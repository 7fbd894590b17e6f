"""Versioned JSON documents: atomic writes, forward migrations, corrupt files kept aside."""

from __future__ import annotations

import contextlib
import json
import os
import re
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from calmfloor.storage.errors import StorageWriteError, WriteFailure, write_error
from calmfloor.storage.safefile import FileReadError, ReadFailure, read_regular_file

ASIDE_TIME_FORMAT = "%Y%m%d-%H%M%S"
MAX_DOCUMENT_BYTES = 4 * 1024 * 1024  # far beyond any real settings, patterns or state file
PRIVATE_FILE_MODE = 0o600  # every file calmfloor writes: only its user may read it
TEMP_PREFIX = "."
TEMP_SUFFIX = ".tmp"
STALE_TEMP_S = 60.0  # a temporary file untouched this long belongs to a killed process
_TEMP_NAME = re.compile(r"\.(?P<name>.+)\.[a-z0-9_]{8}\.tmp")

Migration = Callable[[dict[str, Any]], dict[str, Any]]
"""Turns the body of version N into version N+1 (``migrations[0]`` upgrades 1 to 2)."""


class FileProblemKind(StrEnum):
    """What was wrong with a whole file."""

    CORRUPT = "corrupt"  # not JSON, not an object, or not our format: kept aside
    TOO_NEW = "too_new"  # written by a newer calmfloor: left untouched, saves refused
    UNREADABLE = "unreadable"  # could not be read (permissions, I/O): left alone, saves refused


@dataclass(frozen=True, slots=True)
class FileProblem:
    """A file that could not be used as it was; defaults were used instead.

    Attributes:
        path: the file.
        kind: what was wrong.
        kept_aside: where a corrupt file was moved (None if it could not be moved).
        found_version: the version in a too-new file.
        supported_version: the newest version this calmfloor understands.
        detail: the underlying error text, for logs only.
        read_failure: why the file could not be read at all (not a regular file, too
            large, no permission...), None when it was read but not understood.
    """

    path: Path
    kind: FileProblemKind
    kept_aside: Path | None = None
    found_version: int | None = None
    supported_version: int | None = None
    detail: str = ""
    read_failure: ReadFailure | None = None


@dataclass(frozen=True, slots=True)
class JsonDocument:
    """The outcome of reading a versioned JSON file.

    Attributes:
        body: the document upgraded to the current version (with ``format`` and
            ``version``), or None when the file was missing or unusable.
        problem: what was wrong with the file, if anything.
        writable: False when saving would clobber a file we did not understand.
    """

    body: dict[str, Any] | None
    problem: FileProblem | None = None
    writable: bool = True


def current_version(migrations: Sequence[Migration]) -> int:
    """The newest version of a format with these migrations (1 with none)."""
    return len(migrations) + 1


def write_json_atomic(path: Path, data: Mapping[str, Any]) -> None:
    """Replace ``path`` with ``data`` as JSON, all or nothing.

    Writes a temporary file in the same directory, flushes and fsyncs it, renames it over
    ``path`` and fsyncs the directory where the platform allows. On failure the old file is
    untouched and the temporary file removed.

    Raises:
        StorageWriteError: the file could not be written.
        TypeError, ValueError: ``data`` is not JSON-serialisable (a programming error).
    """
    text = json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False) + "\n"
    write_bytes_atomic(path, text.encode("utf-8"))


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data``, all or nothing, readable by its owner only.

    A private (``0600``) temporary file in the same folder is written, flushed, fsynced
    and renamed over ``path``; the folder is fsynced where the platform allows. On failure
    the old file is untouched and the temporary file removed. Temporary files of ``path``
    left behind by a process that was killed are removed first
    (:func:`remove_leftover_temp_files`). Every file calmfloor writes goes through here,
    so every one of them is private: a history export, a report and a routine shared with
    someone too (modes do not travel by mail or USB stick; the owner may loosen them).

    Args:
        path: the file to write.
        data: its new content.

    Raises:
        StorageWriteError: the file could not be written.
    """
    remove_leftover_temp_files(path.parent, path.name)
    tmp_name: str | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(
            prefix=f"{TEMP_PREFIX}{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent
        )
        with os.fdopen(fd, "wb") as handle:
            if os.name == "posix":
                os.fchmod(handle.fileno(), PRIVATE_FILE_MODE)  # mkstemp's mode, made sure
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
        tmp_name = None
        _fsync_dir(path.parent)
    except OSError as exc:
        raise write_error(path, exc) from exc
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


def remove_leftover_temp_files(
    folder: Path, name: str | None = None, *, now: float | None = None
) -> list[Path]:
    """Remove the temporary files :func:`write_bytes_atomic` left when it was killed.

    Only names it makes (``.<name>.<8 random characters>.tmp``) that have not changed for
    :data:`STALE_TEMP_S` are removed, so a write in progress in another process is never
    disturbed. Never raises: a file that cannot be removed is left.

    Args:
        folder: where to look.
        name: only the leftovers of this file; every leftover in ``folder`` when None.
        now: the wall-clock time to age them against; ``time.time()`` when None.

    Returns:
        The files removed.
    """
    limit = (time.time() if now is None else now) - STALE_TEMP_S
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        match = _TEMP_NAME.fullmatch(entry.name)
        if match is None or (name is not None and match["name"] != name):
            continue
        try:
            if not entry.is_file(follow_symlinks=False) or entry.stat().st_mtime > limit:
                continue
            os.unlink(entry.path)
        except OSError:
            continue
        removed.append(Path(entry.path))
    return removed


def _fsync_dir(directory: Path) -> None:
    """Make the rename durable; not possible on Windows, where it is skipped."""
    if os.name != "posix":
        return
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems refuse fsync on directories; the rename still happened
    finally:
        os.close(fd)


def keep_aside(path: Path, tag: str, now: datetime | None = None) -> Path:
    """Rename ``path`` to ``<name>.<tag>-YYYYmmdd-HHMMSS`` beside it, never overwriting.

    A numeric suffix (``-2``, ``-3``...) is added if that name is taken.

    Returns:
        The new path.

    Raises:
        OSError: the rename failed (the file stays where it was).
    """
    stamp = (now or datetime.now()).strftime(ASIDE_TIME_FORMAT)
    base = f"{path.name}.{tag}-{stamp}"
    candidate = path.with_name(base)
    n = 1
    while candidate.exists() or candidate.is_symlink():
        n += 1
        candidate = path.with_name(f"{base}-{n}")
    os.rename(path, candidate)  # on Windows rename itself refuses to overwrite
    return candidate


def read_document(
    path: Path,
    fmt: str,
    migrations: Sequence[Migration] = (),
    *,
    aside_tag: str = "unreadable",
    now: datetime | None = None,
) -> JsonDocument:
    """Read a ``{"format": fmt, "version": N, ...}`` file and upgrade it to the current version.

    - missing file: ``body`` None, no problem;
    - not JSON, not an object, wrong ``format`` or a bad ``version``: the file is renamed
      aside (see :func:`keep_aside`), ``body`` None, problem ``CORRUPT``;
    - a version newer than ``current_version(migrations)``: left untouched, ``body`` None,
      ``writable`` False, problem ``TOO_NEW``;
    - an I/O error while reading: left alone, ``writable`` False, problem ``UNREADABLE``.

    A corrupt file that cannot be moved aside is reported with ``kept_aside`` None and
    ``writable`` False, so it is never overwritten.

    Args:
        path: the file.
        fmt: the expected ``format`` value, e.g. ``calmfloor-settings``.
        migrations: forward migrations; see :data:`Migration`.
        aside_tag: word used in the kept-aside file name.
        now: time used in the kept-aside file name; the local time when None.
    """
    supported = current_version(migrations)
    read_failure: ReadFailure | None = None
    raw: bytes | None = None
    detail: str | None = None
    try:
        raw = read_regular_file(path, MAX_DOCUMENT_BYTES)
    except FileReadError as exc:
        if exc.reason is ReadFailure.MISSING:
            return JsonDocument(None)  # saving will report why it cannot be made
        if exc.reason not in _SET_ASIDE:
            problem = FileProblem(
                path,
                FileProblemKind.UNREADABLE,
                supported_version=supported,
                detail=exc.describe(),
                read_failure=exc.reason,
            )
            return JsonDocument(None, problem, writable=False)
        read_failure = exc.reason
        detail = exc.describe()
    else:
        detail = _corruption(raw, fmt)
    if raw is not None and detail is None:
        body: dict[str, Any] = json.loads(raw.decode("utf-8"))
        version = body["version"]
        if version > supported:
            problem = FileProblem(
                path,
                FileProblemKind.TOO_NEW,
                found_version=version,
                supported_version=supported,
            )
            return JsonDocument(None, problem, writable=False)
        try:
            for migrate in migrations[version - 1 :]:
                body = migrate(body)
        except (KeyError, TypeError, ValueError) as exc:
            detail = f"migration from version {version} failed: {exc!r}"
        else:
            body["version"] = supported
            return JsonDocument(body)

    try:
        aside: Path | None = keep_aside(path, aside_tag, now)
    except OSError as exc:
        aside = None
        detail = f"{detail}; could not keep aside: {exc}"
    problem = FileProblem(
        path,
        FileProblemKind.CORRUPT,
        kept_aside=aside,
        supported_version=supported,
        detail=detail or "",
        read_failure=read_failure,
    )
    return JsonDocument(None, problem, writable=aside is not None)


# A pipe, a device or a runaway file is set aside like a damaged one (renaming moves the
# link or the pipe, never what it points to); a folder or a permission problem is left alone.
_SET_ASIDE = frozenset({ReadFailure.NOT_REGULAR, ReadFailure.TOO_LARGE})


def _corruption(raw: bytes, fmt: str) -> str | None:
    """Why ``raw`` is not a usable ``fmt`` document, or None if it is."""
    try:
        body = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        return f"not JSON: {exc}"
    if not isinstance(body, dict):
        return "not a JSON object"
    if body.get("format") != fmt:
        return f"format is {body.get('format')!r}, expected {fmt!r}"
    version = body.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        return f"bad version {version!r}"
    return None


def new_document(fmt: str, migrations: Sequence[Migration] = ()) -> dict[str, Any]:
    """The header of a new document at the current version: ``{"format", "version"}``."""
    return {"format": fmt, "version": current_version(migrations)}


def refuse_write(path: Path, problem: FileProblem | None) -> StorageWriteError:
    """The error raised when saving over a file that :func:`read_document` said not to touch."""
    reason = (
        WriteFailure.NEWER_FORMAT
        if problem is not None and problem.kind is FileProblemKind.TOO_NEW
        else WriteFailure.PROTECTED
    )
    return StorageWriteError(path, reason, problem.detail if problem else "")
