"""Rotating copies of the history made with SQLite's online backup API, like Anki's.

A copy is taken at the first start of each day and before every migration, into the
``backups`` folder beside the database (0700; each file 0600); the newest
:data:`BACKUPS_KEPT` are kept. Copies are made with :meth:`sqlite3.Connection.backup`,
which copies a consistent snapshot page by page (including what is still in the -wal),
never with a file copy, which can catch a database half-way through a write.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from calmfloor.storage.errors import write_error

BACKUPS_KEPT = 7
BACKUP_DIR_NAME = "backups"
BACKUP_TIME_FORMAT = "%Y%m%d-%H%M%S"
PRIVATE_FILE_MODE = 0o600
PRIVATE_DIR_MODE = 0o700
_NAME = re.compile(r"-(\d{8}-\d{6})(?:-(\d+))?(?:-before-v(\d+))?\.sqlite3$")


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup file.

    Attributes:
        path: the file.
        taken: when it was taken (local time, from its name).
        before_version: set for a copy taken before migrating to this schema version.
    """

    path: Path
    taken: datetime
    before_version: int | None = None


def backup_dir(db_path: Path) -> Path:
    """The folder of the backups of ``db_path``."""
    return db_path.parent / BACKUP_DIR_NAME


def make_private_dir(folder: Path) -> None:
    """Create ``folder`` (and missing parents) readable by its owner only (0700).

    Raises:
        OSError: it could not be created.
    """
    if folder.is_dir():
        return
    folder.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(folder, PRIVATE_DIR_MODE)  # mkdir's mode is reduced by the umask only


def create_private_file(path: Path) -> None:
    """Create an empty file that only its owner can read (0600); fails if it exists.

    Raises:
        OSError: it exists or could not be created.
    """
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    os.close(fd)


def list_backups(db_path: Path) -> list[BackupInfo]:
    """The backups of ``db_path``, newest first (by the time in their names)."""
    folder = backup_dir(db_path)
    try:
        names = [p for p in folder.iterdir() if p.name.startswith(f"{db_path.stem}-")]
    except OSError:
        return []
    found = []
    for path in names:
        match = _NAME.search(path.name[len(db_path.stem) :])
        if match is None or not path.is_file():
            continue
        try:
            taken = datetime.strptime(match.group(1), BACKUP_TIME_FORMAT)
        except ValueError:
            continue
        before = int(match.group(3)) if match.group(3) else None
        found.append((taken, int(match.group(2) or 1), BackupInfo(path, taken, before)))
    found.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [info for _taken, _n, info in found]


def has_backup_on(db_path: Path, day: datetime) -> bool:
    """True when a backup of ``db_path`` was taken on the local day of ``day``."""
    return any(b.taken.date() == day.date() for b in list_backups(db_path))


def write_backup(
    source: sqlite3.Connection,
    db_path: Path,
    now: datetime | None = None,
    *,
    before_version: int | None = None,
) -> Path:
    """Copy the database behind ``source`` into a new backup file, then rotate.

    Args:
        source: an open connection to the history (read-only is enough).
        db_path: the history's path (names the folder and the file).
        now: the time in the file name; the local time when None.
        before_version: the schema version about to be migrated to, for a pre-migration
            copy.

    Returns:
        The new backup file.

    Raises:
        StorageWriteError: the copy could not be written (a partial file is removed).
    """
    folder = backup_dir(db_path)
    stamp = (now or datetime.now()).strftime(BACKUP_TIME_FORMAT)
    tail = f"-before-v{before_version}" if before_version is not None else ""
    try:
        make_private_dir(folder)
        target = folder / f"{db_path.stem}-{stamp}{tail}.sqlite3"
        n = 1
        while target.exists():
            n += 1
            target = folder / f"{db_path.stem}-{stamp}-{n}{tail}.sqlite3"
        create_private_file(target)
    except OSError as exc:
        raise write_error(folder, exc) from exc
    try:
        copy_database(source, target)
    except (sqlite3.Error, OSError) as exc:
        with contextlib.suppress(OSError):
            target.unlink()
        raise write_error(target, exc) from exc
    rotate_backups(db_path)
    return target


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Copy ``source`` into ``target`` (an existing empty file) with the backup API.

    The copy is left in rollback-journal mode, so it is one self-contained file.

    Raises:
        sqlite3.Error, OSError: the copy failed.
    """
    dest = sqlite3.connect(target, isolation_level=None)
    try:
        source.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE").fetchone()
    finally:
        dest.close()
    if os.name == "posix":
        os.chmod(target, PRIVATE_FILE_MODE)


def rotate_backups(db_path: Path, keep: int = BACKUPS_KEPT) -> list[Path]:
    """Remove all but the newest ``keep`` backups of ``db_path`` (best effort).

    Returns:
        The files removed.
    """
    removed = []
    for info in list_backups(db_path)[keep:]:
        with contextlib.suppress(OSError):
            info.path.unlink()
            removed.append(info.path)
    return removed
