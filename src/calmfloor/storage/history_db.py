"""The session history in SQLite: versioned schema, durable writes, damage kept aside."""

from __future__ import annotations

import contextlib
import functools
import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from enum import StrEnum
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from calmfloor.core.session import Outcome, Ratings, SessionKind, SessionRecord
from calmfloor.storage.errors import StorageError, StorageWriteError, WriteFailure, write_error
from calmfloor.storage.history_backup import (
    PRIVATE_DIR_MODE,
    PRIVATE_FILE_MODE,
    copy_database,
    create_private_file,
    has_backup_on,
    list_backups,
    write_backup,
)
from calmfloor.storage.jsonfile import ASIDE_TIME_FORMAT, keep_aside
from calmfloor.storage.wal import db_page_size, read_wal, replayed_image

# Not at every start: a flare's record loads with the programme code, History's summaries
# (core.stats, six dataclasses) with History; the store makes them only when asked.
if TYPE_CHECKING:
    from calmfloor.core.programme import FlareEntry
    from calmfloor.core.stats import DayKindTotal, Measure, RatingPoint, RatingSummary

BUSY_TIMEOUT_S = 5.0
SQLITE_MAGIC = b"SQLite format 3\x00"
SQLITE_HEADER_BYTES = 100
# PRAGMA application_id of every calmfloor history ("cflr"): set on every writable open,
# so a file of another program that happens to be SQLite is recognised and never migrated.
APPLICATION_ID = 0x63666C72
_APPLICATION_ID_AT = 68
_CORRUPT_CODES = ("SQLITE_NOTADB", "SQLITE_CORRUPT")
_READ_ONLY_FALLBACK_CODES = ("SQLITE_CANTOPEN", "SQLITE_IOERR", "SQLITE_FULL", "SQLITE_READONLY")


class HistoryError(StorageError):
    """Base class of history database errors that are not write failures."""


class DatabaseTooNewError(HistoryError):
    """The database was written by a newer calmfloor; it has not been touched.

    Attributes:
        path: the database file.
        found: its schema version.
        supported: the newest schema version this calmfloor understands.
    """

    def __init__(self, path: Path, found: int, supported: int) -> None:
        super().__init__(path, found, supported)
        self.found = found
        self.supported = supported


class DatabaseCorruptError(HistoryError):
    """The file is not a SQLite database, or it is truncated or damaged.

    Attributes:
        path: the database file.
        detail: what was found, for logs only.
    """

    def __init__(self, path: Path, detail: str = "") -> None:
        super().__init__(path, detail)
        self.detail = detail


class DatabaseForeignError(HistoryError):
    """The file is a valid SQLite database, but not a calmfloor history (another program's).

    Attributes:
        path: the database file.
        detail: what was found, for logs only.
    """

    def __init__(self, path: Path, detail: str = "") -> None:
        super().__init__(path, detail)
        self.detail = detail


class ForeignJournalError(HistoryError):
    """The ``-wal`` beside the database was not written for it; replaying it would lose data.

    Attributes:
        path: the database file.
        journal: the foreign journal.
        detail: what a replay would have done, for logs only.
    """

    def __init__(self, path: Path, journal: Path, detail: str = "") -> None:
        super().__init__(path, journal, detail)
        self.journal = journal
        self.detail = detail


class DatabaseUnreadableError(HistoryError):
    """The database could not be read for a reason other than damage (I/O, locking).

    Attributes:
        path: the database file.
        detail: the underlying error text, for logs only.
    """

    def __init__(self, path: Path, detail: str = "") -> None:
        super().__init__(path, detail)
        self.detail = detail


class SessionNotFoundError(LookupError):
    """No session has this id.

    Attributes:
        session_id: the id asked for.
    """

    def __init__(self, session_id: int) -> None:
        super().__init__(session_id)
        self.session_id = session_id


# ---------------------------------------------------------------------------------------
# Schema and migrations. MIGRATIONS[n] upgrades schema version n to n + 1; to add v2,
# append a function. Each runs inside the caller's transaction, so use conn.execute only
# (executescript would commit half-way).
#
# Adding a SessionKind or Outcome value is a schema change too: bump the version (a no-op
# migration is fine) so that an older calmfloor refuses the file instead of misreading it.


def _migrate_0_to_1(conn: sqlite3.Connection) -> None:
    # Frozen: never edit a released migration; append a new one instead.
    conn.execute(
        """
        CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            params_json TEXT NOT NULL DEFAULT '{}',
            started_utc TEXT NOT NULL,
            utc_offset_min INTEGER NOT NULL,
            ended_utc TEXT,
            planned_s REAL NOT NULL,
            actual_s REAL NOT NULL DEFAULT 0,
            outcome TEXT NOT NULL,
            breaths INTEGER NOT NULL DEFAULT 0,
            tension_before INTEGER CHECK (tension_before BETWEEN 0 AND 10),
            pain_before INTEGER CHECK (pain_before BETWEEN 0 AND 10),
            tension_after INTEGER CHECK (tension_after BETWEEN 0 AND 10),
            pain_after INTEGER CHECK (pain_after BETWEEN 0 AND 10),
            updated_utc TEXT NOT NULL
        )
        """
    )
    conn.execute("CREATE INDEX sessions_started_utc ON sessions (started_utc)")


def _migrate_1_to_2(conn: sqlite3.Connection) -> None:
    # Frozen. Version 2: relax, stretch and heat sessions, and what happened in them
    # (steps completed and skipped, skin checks) as JSON. An older calmfloor refuses v2.
    conn.execute("ALTER TABLE sessions ADD COLUMN details_json TEXT NOT NULL DEFAULT '{}'")
    conn.execute("CREATE INDEX sessions_kind_started ON sessions (kind, started_utc)")


def _migrate_2_to_3(conn: sqlite3.Connection) -> None:
    # Frozen. Version 3: the physiotherapist's programmes (each file's text, kept when a new
    # one is made active, so adherence can be judged against the one in force) and the
    # flare log. Sessions are unchanged: which item a session counted for is computed
    # (core/adherence.py), so it follows the rules rather than what an older app wrote.
    conn.execute(
        """
        CREATE TABLE programmes (
            id INTEGER PRIMARY KEY,
            programme_id TEXT NOT NULL,
            title TEXT NOT NULL,
            source_text TEXT NOT NULL,
            activated_utc TEXT NOT NULL,
            utc_offset_min INTEGER NOT NULL
        )
        """
    )
    conn.execute(
        """
        CREATE TABLE flares (
            id INTEGER PRIMARY KEY,
            at_utc TEXT NOT NULL,
            utc_offset_min INTEGER NOT NULL,
            severity INTEGER NOT NULL CHECK (severity BETWEEN 0 AND 10),
            trigger TEXT NOT NULL DEFAULT ''
        )
        """
    )
    conn.execute("CREATE INDEX flares_at_utc ON flares (at_utc)")


MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (
    _migrate_0_to_1,
    _migrate_1_to_2,
    _migrate_2_to_3,
)
SCHEMA_VERSION = len(MIGRATIONS)


# ---------------------------------------------------------------------------------------
# Time stamps: UTC text that sorts correctly, plus the local offset in minutes.


def _utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _offset_min(moment: datetime) -> int:
    offset = moment.utcoffset()
    assert offset is not None  # SessionRecord guarantees aware datetimes
    return round(offset.total_seconds() / 60)


def _from_utc_text(text: str, offset_min: int) -> datetime:
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(_fixed_offset(offset_min))


@functools.lru_cache(maxsize=64)
def _fixed_offset(offset_min: int) -> timezone:
    """One shared ``timezone`` per offset (reading thousands of rows makes many)."""
    return timezone(timedelta(minutes=offset_min))


# The local calendar day of a session's start, in the offset recorded with it, as a
# proleptic Gregorian ordinal (date.toordinal). It equals
# date(started_utc, printf('%+d minutes', utc_offset_min)) but is integer arithmetic, which
# makes the daily totals about a quarter faster. _EPOCH_S moves the count from 1970 to year
# 1 so that SQLite's truncating division is a floor division.
_EPOCH_S = (date(1970, 1, 1).toordinal() - 1) * 86400
_MAX_ORDINAL = date.max.toordinal()
_LOCAL_DAY_SQL = (
    f"((CAST(strftime('%s', started_utc) AS INTEGER) + utc_offset_min * 60 + {_EPOCH_S})"
    " / 86400 + 1)"
)


def _utc_midnight_text(day: date, shift_days: int) -> str | None:
    """UTC text of midnight ``shift_days`` after ``day``; None past the calendar's ends."""
    try:
        return _utc_text(datetime.combine(day + timedelta(days=shift_days), time(), UTC))
    except OverflowError:
        return None


def _local_day_filter(since: date | None, until: date | None) -> tuple[str, tuple[str | int, ...]]:
    """A WHERE clause keeping sessions whose local start day is in ``[since, until]``.

    Offsets are under a day, so a local day D starts within a day of UTC midnight of D: the
    extra ``started_utc`` bounds are implied by the exact local-day test, and they let
    SQLite use the ``started_utc`` index to read only the rows near the range. Rows that
    cannot be read (:data:`_READABLE_SQL`) are always left out.
    """
    clauses: list[str] = [_READABLE_SQL]
    args: list[str | int] = []
    if since is not None:
        lower = _utc_midnight_text(since, -1)
        if lower is not None:
            clauses.append("started_utc >= ?")
            args.append(lower)
        clauses.append(f"{_LOCAL_DAY_SQL} >= ?")
        args.append(since.toordinal())
    if until is not None:
        upper = _utc_midnight_text(until, 2)
        if upper is not None:
            clauses.append("started_utc < ?")
            args.append(upper)
        clauses.append(f"{_LOCAL_DAY_SQL} <= ?")
        args.append(until.toordinal())
    return (" WHERE " + " AND ".join(clauses), tuple(args))


def _json(data: dict[str, Any]) -> str:
    return json.dumps(data, sort_keys=True, allow_nan=False, ensure_ascii=False)


def _require_aware(moment: datetime) -> None:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("datetimes stored in history must be timezone-aware")


# ---------------------------------------------------------------------------------------
# Opening


def _ro_uri(path: Path, immutable: bool = False) -> str:
    uri = path.absolute().as_uri() + "?mode=ro"
    return uri + "&immutable=1" if immutable else uri


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection that never changes the database file.

    When SQLite cannot open or size the -wal/-shm files next to a WAL database (a
    read-only folder, a full disk), the database is read into memory instead, with its
    committed -wal frames applied as SQLite would (:func:`_memory_image`): nothing is
    written anywhere, and nothing committed is missed.
    """
    try:
        conn = sqlite3.connect(_ro_uri(path), uri=True, isolation_level=None)
    except sqlite3.Error as exc:
        if not _needs_memory_fallback(exc):
            raise
        return _memory_image(path)
    try:
        conn.execute("PRAGMA user_version").fetchone()
    except sqlite3.Error as exc:
        conn.close()
        if not _needs_memory_fallback(exc):
            raise
        return _memory_image(path)
    return conn


def _needs_memory_fallback(exc: sqlite3.Error) -> bool:
    return str(getattr(exc, "sqlite_errorname", "")).startswith(_READ_ONLY_FALLBACK_CODES)


def _deserialize(image: bytes) -> sqlite3.Connection:
    """An in-memory connection holding ``image`` (marked as a rollback-journal database,
    since an in-memory database cannot be in WAL mode)."""
    data = bytearray(image)
    if len(data) >= SQLITE_HEADER_BYTES and data.startswith(SQLITE_MAGIC):
        data[18] = data[19] = 1
    conn = sqlite3.connect(":memory:", isolation_level=None)
    if data:
        try:
            conn.deserialize(bytes(data))
        except sqlite3.Error:
            conn.close()
            raise
    return conn


def _replayed_bytes(path: Path) -> bytes:
    """The database as SQLite would see it: the file with its committed -wal frames."""
    try:
        db = path.read_bytes()
        wal = Path(f"{path}-wal")
        log = read_wal(wal.read_bytes()) if wal.is_file() else None
    except OSError as exc:
        raise DatabaseUnreadableError(path, str(exc)) from exc
    return db if log is None else replayed_image(db, log)


def _memory_image(path: Path) -> sqlite3.Connection:
    """A private in-memory copy of the database (with its -wal applied), for reading only."""
    image = _replayed_bytes(path)
    conn = _deserialize(image)
    conn.execute("PRAGMA query_only = ON")
    return conn


@functools.lru_cache(maxsize=8)
def _expected_tables(
    migrations: tuple[Callable[[sqlite3.Connection], None], ...],
) -> dict[str, tuple[str, ...]]:
    """The tables and their columns that these migrations create, from an empty database."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        for migrate in migrations:
            migrate(conn)
        return _tables(conn)
    finally:
        conn.close()


def _tables(conn: sqlite3.Connection) -> dict[str, tuple[str, ...]]:
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {
        name: tuple(sorted(str(col[1]) for col in conn.execute(f'PRAGMA table_info("{name}")')))
        for name in names
    }


class _Verdict(StrEnum):
    OURS = "ours"
    FOREIGN = "foreign"
    DAMAGED = "damaged"


def _recognise(conn: sqlite3.Connection, version: int) -> tuple[_Verdict, str]:
    """Whether the open database is a calmfloor history whose tables match ``version``.

    ``application_id`` decides where it is set; an older history (application_id 0) is
    recognised by its tables, and an empty database of version 0 is a new history.
    Extra tables are tolerated; a table of ours with other columns is not.
    """
    app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
    if app_id not in (0, APPLICATION_ID):
        return _Verdict.FOREIGN, f"application_id {app_id:#x}"
    found = _tables(conn)
    if version == 0:
        if not found:
            return _Verdict.OURS, ""
        verdict = _Verdict.DAMAGED if app_id == APPLICATION_ID else _Verdict.FOREIGN
        return verdict, f"version 0 with tables {sorted(found)}"
    expected = _expected_tables(MIGRATIONS[:version])
    if app_id == 0 and not set(expected) & set(found):
        return _Verdict.FOREIGN, f"tables {sorted(found)}"
    for table, columns in expected.items():
        if found.get(table) != columns:
            return _Verdict.DAMAGED, (
                f"schema {version}: table {table} has {found.get(table)}, expected {columns}"
            )
    return _Verdict.OURS, ""


def _session_keys(conn: sqlite3.Connection) -> set[tuple[Any, ...]]:
    return set(conn.execute("SELECT id, started_utc FROM sessions").fetchall())


def _check_journal(path: Path) -> None:
    """Refuse a -wal file that replayed over this database would damage it or lose sessions.

    A log belongs to a database only in the sense that replaying it leaves that database
    whole, so that is what is checked, in memory, before SQLite sees the log: when the
    file alone is a healthy calmfloor history, the replayed image must still be one (same
    page size, ``quick_check`` ok, our schema) and must still hold every session the file
    holds (id and start). A log that deleted sessions in the instant between a delete's
    commit and its checkpoint would also be refused; it is kept aside, not lost, and the
    sessions reappear: of the two errors that is the one that loses nothing.

    Raises:
        ForeignJournalError: the log does not belong to this database.
    """
    wal = Path(f"{path}-wal")
    try:
        if not wal.is_file() or wal.stat().st_size == 0:
            return
        log = read_wal(wal.read_bytes())
        db = path.read_bytes()
    except OSError:
        return  # SQLite cannot read it either; the open reports the I/O problem
    if log is None:
        return  # SQLite ignores a log without a valid header or commit
    alone_keys = _healthy_sessions(db)
    if alone_keys is None:
        return  # the file alone is not a healthy history (mid-checkpoint?): the log decides
    if db and db_page_size(db) != log.page_size:
        raise ForeignJournalError(path, wal, f"page size {log.page_size} vs {db_page_size(db)}")
    try:
        conn = _deserialize(replayed_image(db, log))
    except sqlite3.Error as exc:
        raise ForeignJournalError(path, wal, f"replay is not a database: {exc}") from exc
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION and int(
            conn.execute("PRAGMA application_id").fetchone()[0]
        ) in (0, APPLICATION_ID):
            return  # a newer calmfloor's log; the open refuses the pair, untouched
        if conn.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
            raise ForeignJournalError(path, wal, "the replayed database fails quick_check")
        verdict, detail = _recognise(conn, version)
        if verdict is not _Verdict.OURS:
            raise ForeignJournalError(path, wal, f"the replayed database is {verdict}: {detail}")
        lost = alone_keys - (_session_keys(conn) if version else set())
        if lost:
            raise ForeignJournalError(path, wal, f"a replay would lose {len(lost)} session(s)")
    except sqlite3.Error as exc:
        raise ForeignJournalError(path, wal, f"the replayed database is unreadable: {exc}") from exc
    finally:
        conn.close()


def _healthy_sessions(db: bytes) -> set[tuple[Any, ...]] | None:
    """The session keys of a database file's bytes alone, None unless it is a healthy history."""
    try:
        conn = _deserialize(db)
    except sqlite3.Error:
        return None
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if not 0 <= version <= SCHEMA_VERSION:
            return None
        if conn.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
            return None
        if _recognise(conn, version)[0] is not _Verdict.OURS:
            return None
        return _session_keys(conn) if version else set()
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def _is_corruption(exc: sqlite3.Error) -> bool:
    return str(getattr(exc, "sqlite_errorname", "")).startswith(_CORRUPT_CODES)


def inspect_database(path: Path) -> int:
    """Check an existing database without changing it and return its schema version.

    Reads the header bytes first, checks a -wal file beside it without letting SQLite
    replay it (:func:`_check_journal`), then opens the file read-only (``mode=ro``) for
    ``PRAGMA user_version``, the schema (:func:`_recognise`) and ``PRAGMA quick_check``.
    An empty file is version 0.

    Raises:
        ForeignJournalError: the -wal beside it was written for another database.
        DatabaseForeignError: a SQLite database of another program.
        DatabaseTooNewError: its version is newer than :data:`SCHEMA_VERSION`.
        DatabaseCorruptError: not a SQLite database, truncated, damaged, or its tables do
            not match its version.
        DatabaseUnreadableError: it could not be read (I/O error, locked, a directory).
    """
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(SQLITE_HEADER_BYTES)
    except OSError as exc:
        raise DatabaseUnreadableError(path, str(exc)) from exc
    _check_journal(path)
    if size == 0:
        return 0
    if len(header) < SQLITE_HEADER_BYTES or not header.startswith(SQLITE_MAGIC):
        raise DatabaseCorruptError(path, "not a SQLite database")
    app_id = int.from_bytes(header[_APPLICATION_ID_AT : _APPLICATION_ID_AT + 4], "big")
    if app_id not in (0, APPLICATION_ID):
        raise DatabaseForeignError(path, f"application_id {app_id:#x}")
    header_version = int.from_bytes(header[60:64], "big", signed=True)
    if header_version > SCHEMA_VERSION:
        # refuse before SQLite even opens it
        raise DatabaseTooNewError(path, header_version, SCHEMA_VERSION)

    try:
        conn = _connect_read_only(path)
    except sqlite3.Error as exc:
        if _is_corruption(exc):
            raise DatabaseCorruptError(path, str(exc)) from exc
        raise DatabaseUnreadableError(path, str(exc)) from exc
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise DatabaseTooNewError(path, version, SCHEMA_VERSION)
        verdict, detail = _recognise(conn, version)
        if verdict is _Verdict.FOREIGN:
            raise DatabaseForeignError(path, detail)
        if verdict is _Verdict.DAMAGED:
            raise DatabaseCorruptError(path, detail)
        _check_size(path, size, header)
        rows = conn.execute("PRAGMA quick_check").fetchall()
        if rows != [("ok",)]:
            raise DatabaseCorruptError(path, "; ".join(str(r[0]) for r in rows[:5]))
    except sqlite3.Error as exc:
        if _is_corruption(exc):
            raise DatabaseCorruptError(path, str(exc)) from exc
        raise DatabaseUnreadableError(path, str(exc)) from exc
    finally:
        conn.close()
    return version


def _check_size(path: Path, size: int, header: bytes) -> None:
    """Refuse a file shorter than its header says (truncated by a copy or a full disk)."""
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return  # a crash mid-checkpoint can leave the file short; the WAL completes it
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    change_counter = header[24:28]
    valid_for = header[92:96]
    page_count = int.from_bytes(header[28:32], "big")
    if change_counter == valid_for and page_count and size < page_size * page_count:
        raise DatabaseCorruptError(
            path, f"truncated: {size} bytes, header says {page_size * page_count}"
        )


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    """Bring the schema to :data:`SCHEMA_VERSION` in one transaction.

    The transaction always writes (the version is set even when unchanged), so a database
    that cannot be written fails here, at open, not at the end of a session.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:  # a newer calmfloor got here between check and open
            raise DatabaseTooNewError(path, version, SCHEMA_VERSION)
        for migrate in MIGRATIONS[version:]:
            migrate(conn)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION:d}")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID:d}")
        conn.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        raise


def _read_only_connection(path: Path, version: int, *, migrate: bool = True) -> sqlite3.Connection:
    """A connection for reading only; an older schema is migrated in a private memory copy.

    Raises:
        DatabaseUnreadableError: it could not be read.
    """
    try:
        if version < SCHEMA_VERSION and migrate:
            conn = _deserialize(_replayed_bytes(path))
            _migrate(conn, path)
        else:
            conn = _connect_read_only(path)
        conn.execute("PRAGMA query_only = ON")  # cannot fail: sets a connection flag
    except sqlite3.Error as exc:
        raise DatabaseUnreadableError(path, str(exc)) from exc
    return conn


def _backup_before_migration(path: Path, version: int, now: datetime | None) -> None:
    """Copy a history that is about to be migrated; no copy, no migration.

    Raises:
        StorageWriteError: the copy could not be made.
    """
    try:
        source = _connect_read_only(path)
    except sqlite3.Error as exc:
        raise write_error(path, exc) from exc
    try:
        write_backup(source, path, now, before_version=SCHEMA_VERSION)
    finally:
        source.close()


def _make_private(path: Path) -> None:
    """Make the database and its -wal/-shm readable by their owner only (POSIX)."""
    if os.name != "posix":
        return
    for file in (path, *_sidecars(path)):
        with contextlib.suppress(OSError):  # best effort: not ours, or gone
            if file.is_file() and file.stat().st_mode & 0o077:
                os.chmod(file, PRIVATE_FILE_MODE)


def _aside_name(path: Path, tag: str, now: datetime | None) -> Path:
    """A free name ``<name>.<tag>-YYYYmmdd-HHMMSS`` beside ``path``."""
    base = f"{path.name}.{tag}-{(now or datetime.now()).strftime(ASIDE_TIME_FORMAT)}"
    candidate, n = path.with_name(base), 1
    while candidate.exists() or candidate.is_symlink():
        n += 1
        candidate = path.with_name(f"{base}-{n}")
    return candidate


# ---------------------------------------------------------------------------------------
# The store

_COLUMNS = (
    "id, kind, name, params_json, started_utc, utc_offset_min, ended_utc, planned_s, "
    "actual_s, outcome, breaths, tension_before, pain_before, tension_after, pain_after, "
    "details_json"
)


# what reading a damaged or hand-edited row can raise (bad text, types, JSON, dates)
_BAD_ROW_ERRORS = (ValueError, TypeError, OverflowError, RecursionError, AttributeError)

# A row every reader can use: a start time SQLite and Python both read, a local offset
# under a day, a known kind and outcome. Rows that fail it are skipped everywhere and
# counted by HistoryStore.unreadable_count.
_READABLE_SQL = (
    "(typeof(started_utc) = 'text' AND started_utc GLOB "
    "'[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9]*' "
    "AND strftime('%s', started_utc) IS NOT NULL AND typeof(utc_offset_min) = 'integer' "
    "AND abs(utc_offset_min) < 1440 "
    f"AND kind IN ({', '.join(repr(k.value) for k in SessionKind)}) "
    f"AND outcome IN ({', '.join(repr(o.value) for o in Outcome)}))"
)


def _record_from_row(row: tuple[Any, ...]) -> SessionRecord | None:
    (
        row_id,
        kind,
        name,
        params_json,
        started_utc,
        offset_min,
        ended_utc,
        planned_s,
        actual_s,
        outcome,
        breaths,
        t_before,
        p_before,
        t_after,
        p_after,
        details_json,
    ) = row
    try:
        params = json.loads(params_json) if params_json else {}
        details = json.loads(details_json) if details_json else {}
        return SessionRecord(
            kind=SessionKind(kind),
            started=_from_utc_text(started_utc, offset_min),
            planned_s=float(planned_s),
            name=name,
            params=params if isinstance(params, dict) else {},
            ended=_from_utc_text(ended_utc, offset_min) if ended_utc else None,
            actual_s=float(actual_s),
            outcome=Outcome(outcome),
            breaths=int(breaths),
            ratings=Ratings(t_before, p_before, t_after, p_after),
            details=details if isinstance(details, dict) else {},
            id=int(row_id),
        )
    except _BAD_ROW_ERRORS:
        # a row this version cannot represent; skipped (and counted by
        # HistoryStore.unreadable_count) rather than crash the history page
        return None


_INSERT_SQL = """
    INSERT INTO sessions (kind, name, params_json, started_utc, utc_offset_min,
        ended_utc, planned_s, actual_s, outcome, breaths, tension_before,
        pain_before, tension_after, pain_after, updated_utc, details_json)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
"""


def _rating_point_from_row(row: tuple[Any, ...]) -> RatingPoint | None:
    from calmfloor.core.stats import RatingPoint

    row_id, started_utc, offset_min, kind, name, t_before, t_after, p_before, p_after = row
    try:
        return RatingPoint(
            session_id=int(row_id),
            started=_from_utc_text(started_utc, offset_min),
            kind=SessionKind(kind),
            name=name,
            tension_before=t_before,
            tension_after=t_after,
            pain_before=p_before,
            pain_after=p_after,
        )
    except _BAD_ROW_ERRORS:
        return None  # a row this version cannot represent, as in _record_from_row


@dataclass(frozen=True, slots=True)
class StoredProgramme:
    """A programme as kept in history: the file's text and when it was made active."""

    id: int
    programme_id: str
    title: str
    source_text: str
    activated: datetime


class HistoryStore:
    """The session history database. Use :meth:`open` or :func:`open_history`.

    Every write is one transaction with ``synchronous=FULL`` in WAL mode, so a committed
    session survives a crash or power loss, and a failed write loses nothing committed.

    Attributes:
        path: the database file.
        read_only: True when opened read-only; every write raises StorageWriteError.
    """

    def __init__(self, path: Path, conn: sqlite3.Connection, *, read_only: bool) -> None:
        self.path = path
        self.read_only = read_only
        self._conn: sqlite3.Connection | None = conn
        self._restores = 0  # part of the cache key: a restore replaces every row
        self._totals_cache: tuple[tuple[int, int, int, int], list[DayKindTotal]] | None = None
        self._summaries_cache: tuple[
            tuple[int, int, int, int] | None,
            dict[tuple[date | None, date | None], dict[Measure, RatingSummary]],
        ] = (None, {})

    @classmethod
    def open(
        cls, path: Path, *, read_only: bool = False, now: datetime | None = None
    ) -> HistoryStore:
        """Open (creating and migrating if needed) the database at ``path``.

        An existing file is checked read-only first (see :func:`inspect_database`), so a
        newer, damaged or foreign database, or one with a foreign -wal, is never modified.
        A new file is created 0600 (its -wal and -shm inherit that), an existing one is
        made 0600. Before a migration the file is copied to the backups folder; if that
        copy cannot be made, nothing is migrated.

        A read-only store of a database that needs migrating, or that SQLite cannot open
        read-only (a full disk), reads a private in-memory copy, migrated in memory.

        Args:
            path: the database file.
            read_only: open for reading only; the file is never changed.
            now: the time in a pre-migration backup's name; the local time when None.

        Raises:
            ForeignJournalError: the -wal beside it belongs to another database (both left
                untouched).
            DatabaseForeignError: another program's database (left untouched).
            DatabaseTooNewError: written by a newer calmfloor (left untouched).
            DatabaseCorruptError: not a database, truncated, damaged, or tables that do not
                match its version (left untouched).
            DatabaseUnreadableError: it could not be read.
            StorageWriteError: it cannot be created or written, or the pre-migration backup
                failed (for ``read_only``: it does not exist).
        """
        exists = path.exists()
        version = inspect_database(path) if exists else 0
        if read_only:
            if not exists:
                raise StorageWriteError(path, WriteFailure.READ_ONLY, "does not exist")
            return cls(path, _read_only_connection(path, version), read_only=True)
        if version and version < SCHEMA_VERSION:
            _backup_before_migration(path, version, now)
        try:
            if not exists:
                create_private_file(path)
            _make_private(path)
        except OSError as exc:
            raise write_error(path, exc) from exc
        try:
            conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        except sqlite3.Error as exc:
            raise write_error(path, exc) from exc
        try:
            conn.execute("PRAGMA journal_mode = WAL").fetchone()
            conn.execute("PRAGMA synchronous = FULL")
            # deleted rows are overwritten with zeros, not just unlinked (privacy)
            conn.execute("PRAGMA secure_delete = ON")
            _migrate(conn, path)
            _make_private(path)
        except sqlite3.Error as exc:
            conn.close()
            if _is_corruption(exc):
                raise DatabaseCorruptError(path, str(exc)) from exc
            raise write_error(path, exc) from exc
        except BaseException:
            conn.close()
            raise
        return cls(path, conn, read_only=False)

    # -- backups -----------------------------------------------------------------------

    def backup(self, now: datetime | None = None) -> Path:
        """Copy the history into the backups folder now (see :mod:`history_backup`).

        Returns:
            The new backup file.

        Raises:
            StorageWriteError: it could not be written.
        """
        try:
            return write_backup(self._db, self.path, now)
        except sqlite3.Error as exc:
            raise write_error(self.path, exc) from exc

    def restore(self, backup: Path, now: datetime | None = None) -> Path:
        """Replace the history with ``backup``, keeping the current one aside first.

        The backup is checked read-only like any history (never a foreign or damaged
        file); the current history is copied to ``<name>.before-restore-<time>`` beside
        it; then the backup's pages are copied into this open database in one step, and
        migrated if the backup is older. The store stays open, so everything that holds it
        sees the restored history.

        Returns:
            Where the history before the restore was kept.

        Raises:
            HistoryError: the backup is not a usable history (nothing was changed).
            StorageWriteError: the store is read-only, or a copy failed (the history as it
                was is still in place, or kept aside).
        """
        if self.read_only:
            raise StorageWriteError(self.path, WriteFailure.READ_ONLY, "opened read-only")
        version = inspect_database(backup)
        aside = _aside_name(self.path, "before-restore", now)
        try:
            create_private_file(aside)
            copy_database(self._db, aside)
        except (OSError, sqlite3.Error) as exc:
            raise write_error(aside, exc) from exc
        try:
            source = _read_only_connection(backup, version, migrate=False)
        except sqlite3.Error as exc:
            raise DatabaseUnreadableError(backup, str(exc)) from exc
        try:
            source.backup(self._db)
            self._restores += 1
            _migrate(self._db, self.path)
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        except sqlite3.Error as exc:
            raise write_error(self.path, exc) from exc
        finally:
            source.close()
        return aside

    # -- plumbing ----------------------------------------------------------------------

    @property
    def _db(self) -> sqlite3.Connection:
        if self._conn is None:
            raise RuntimeError("the history store is closed")
        return self._conn

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        if self.read_only:
            raise StorageWriteError(self.path, WriteFailure.READ_ONLY, "opened read-only")
        conn = self._db
        try:
            conn.execute("BEGIN IMMEDIATE")
            yield conn
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            self._rollback()
            raise write_error(self.path, exc) from exc
        except BaseException:
            self._rollback()
            raise

    def _rollback(self) -> None:
        if self._conn is not None and self._conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                self._conn.execute("ROLLBACK")

    def _read(self, sql: str, args: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        try:
            return self._db.execute(sql, args).fetchall()
        except sqlite3.Error as exc:
            if _is_corruption(exc):
                raise DatabaseCorruptError(self.path, str(exc)) from exc
            raise DatabaseUnreadableError(self.path, str(exc)) from exc

    @staticmethod
    def _insert(conn: sqlite3.Connection, record: SessionRecord, outcome: Outcome) -> int:
        cursor = conn.execute(_INSERT_SQL, HistoryStore._row(record, outcome))
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    @staticmethod
    def _row(record: SessionRecord, outcome: Outcome) -> tuple[Any, ...]:
        """The column values of ``record`` in :data:`_INSERT_SQL` order."""
        _require_aware(record.started)
        if record.ended is not None:
            _require_aware(record.ended)
        ratings = record.ratings
        return (
            record.kind.value,
            record.name,
            _json(record.params),
            _utc_text(record.started),
            _offset_min(record.started),
            _utc_text(record.ended) if record.ended is not None else None,
            float(record.planned_s),
            float(record.actual_s),
            outcome.value,
            int(record.breaths),
            ratings.tension_before,
            ratings.pain_before,
            ratings.tension_after,
            ratings.pain_after,
            _utc_text(record.ended or record.started),
            _json(record.details),
        )

    # -- writes ------------------------------------------------------------------------

    def begin(self, record: SessionRecord) -> int:
        """Store a session that is starting, as RUNNING, and return its id.

        If the app dies before :meth:`finish`, :meth:`recover_interrupted` finds it.

        Raises:
            StorageWriteError: it could not be written.
        """
        with self._write() as conn:
            return self._insert(conn, record, Outcome.RUNNING)

    def add(self, record: SessionRecord) -> int:
        """Store a whole session at once (its outcome as given) and return its id.

        Raises:
            StorageWriteError: it could not be written.
        """
        with self._write() as conn:
            return self._insert(conn, record, record.outcome)

    def add_many(self, records: Iterable[SessionRecord]) -> int:
        """Store many whole sessions in one transaction (imports, test data).

        All or nothing: if one cannot be written, none is.

        Returns:
            How many sessions were stored.

        Raises:
            ValueError: a record has a naive datetime (nothing is stored).
            StorageWriteError: they could not be written.
        """
        rows = [self._row(record, record.outcome) for record in records]
        with self._write() as conn:
            conn.executemany(_INSERT_SQL, rows)
        return len(rows)

    def heartbeat(
        self,
        session_id: int,
        ended: datetime,
        actual_s: float,
        breaths: int = 0,
        details: dict[str, Any] | None = None,
    ) -> None:
        """Note progress of a RUNNING session (the UI calls this every ~15 s).

        After a crash the session is closed at its last heartbeat. Sessions that are no
        longer RUNNING are left as they are.

        Args:
            session_id: the running session.
            ended: the wall-clock time of this heartbeat.
            actual_s: active seconds so far.
            breaths: breaths so far (breathing sessions).
            details: replaces the stored details when given (None keeps them).

        Raises:
            StorageWriteError: it could not be written.
        """
        _require_aware(ended)
        with self._write() as conn:
            conn.execute(
                "UPDATE sessions SET actual_s = ?, breaths = ?, updated_utc = ?, "
                "details_json = COALESCE(?, details_json) WHERE id = ? AND outcome = ?",
                (
                    float(actual_s),
                    int(breaths),
                    _utc_text(ended),
                    None if details is None else _json(details),
                    session_id,
                    Outcome.RUNNING,
                ),
            )

    def finish(
        self,
        session_id: int,
        ended: datetime,
        actual_s: float,
        outcome: Outcome,
        breaths: int = 0,
        details: dict[str, Any] | None = None,
    ) -> None:
        """Close a session with its final figures (also repairs one marked INTERRUPTED).

        ``details`` replaces the stored details when given (None keeps them).

        Raises:
            ValueError: ``outcome`` is RUNNING.
            SessionNotFoundError: no such session.
            StorageWriteError: it could not be written.
        """
        if outcome is Outcome.RUNNING:
            raise ValueError("a finished session cannot be RUNNING")
        _require_aware(ended)
        with self._write() as conn:
            cursor = conn.execute(
                "UPDATE sessions SET ended_utc = ?, actual_s = ?, outcome = ?, breaths = ?, "
                "updated_utc = ?, details_json = COALESCE(?, details_json) WHERE id = ?",
                (
                    _utc_text(ended),
                    float(actual_s),
                    outcome.value,
                    int(breaths),
                    _utc_text(ended),
                    None if details is None else _json(details),
                    session_id,
                ),
            )
            if cursor.rowcount == 0:
                raise SessionNotFoundError(session_id)

    def set_ratings(self, session_id: int, ratings: Ratings) -> None:
        """Replace all four ratings of a session.

        Raises:
            SessionNotFoundError: no such session.
            StorageWriteError: it could not be written.
        """
        with self._write() as conn:
            cursor = conn.execute(
                "UPDATE sessions SET tension_before = ?, pain_before = ?, tension_after = ?, "
                "pain_after = ? WHERE id = ?",
                (
                    ratings.tension_before,
                    ratings.pain_before,
                    ratings.tension_after,
                    ratings.pain_after,
                    session_id,
                ),
            )
            if cursor.rowcount == 0:
                raise SessionNotFoundError(session_id)

    def delete(self, session_id: int) -> bool:
        """Remove a session; returns False if there was none with this id.

        The row is overwritten (``secure_delete``) and the write-ahead log is checkpointed
        and emptied, so the session's text does not linger in the -wal file either.

        Raises:
            StorageWriteError: it could not be written.
        """
        with self._write() as conn:
            deleted = conn.execute("DELETE FROM sessions WHERE id = ?", (session_id,)).rowcount > 0
        with contextlib.suppress(sqlite3.Error):  # best effort: the delete itself is committed
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        return deleted

    def delete_all(self) -> int:
        """Delete every session and leave no trace of them in the database files.

        The rows are deleted (overwritten, with ``secure_delete``), then the database is
        rebuilt with VACUUM and the write-ahead log is emptied, so the old text is gone from
        both the file and its -wal, and the automatic backups (copies of the same sessions)
        are removed. The store stays open and usable, and empty.

        Returns:
            How many sessions were deleted.

        Raises:
            StorageWriteError: the rows could not be deleted, or the clean-up failed (the
                rows are then gone but old bytes may remain until the next clean-up).
        """
        with self._write() as conn:
            deleted = conn.execute("DELETE FROM sessions").rowcount
            conn.execute("DELETE FROM flares")
            conn.execute("DELETE FROM programmes")
        try:
            self._db.execute("VACUUM")
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        except sqlite3.Error as exc:
            raise write_error(self.path, exc) from exc
        for backup in list_backups(self.path):
            try:
                backup.path.unlink()
            except FileNotFoundError:
                pass
            except OSError as exc:
                raise write_error(backup.path, exc) from exc
        return deleted

    def recover_interrupted(self) -> list[SessionRecord]:
        """Mark every session still RUNNING (left by a crash, kill or power loss) INTERRUPTED.

        Each ends at its last heartbeat, or at its start if there was none. Call once at
        start-up, before beginning a new session. A read-only store changes nothing and
        returns an empty list.

        Returns:
            The sessions that were marked, newest first.

        Raises:
            StorageWriteError: they could not be written.
        """
        if self.read_only:
            return []
        with self._write() as conn:
            ids = [
                row[0]
                for row in conn.execute(
                    "SELECT id FROM sessions WHERE outcome = ?", (Outcome.RUNNING.value,)
                )
            ]
            conn.execute(
                "UPDATE sessions SET outcome = ?, ended_utc = COALESCE(updated_utc, started_utc) "
                "WHERE outcome = ?",
                (Outcome.INTERRUPTED.value, Outcome.RUNNING.value),
            )
        records = (self.get(i) for i in ids)
        return sorted(
            (r for r in records if r is not None),
            key=lambda r: (r.started, r.id or 0),
            reverse=True,
        )

    # -- reads -------------------------------------------------------------------------

    def get(self, session_id: int) -> SessionRecord | None:
        """The session with this id, or None."""
        rows = self._read(f"SELECT {_COLUMNS} FROM sessions WHERE id = ?", (session_id,))
        return _record_from_row(rows[0]) if rows else None

    def sessions(
        self, limit: int | None = None, since: date | None = None, until: date | None = None
    ) -> list[SessionRecord]:
        """Stored sessions, newest start first.

        Times come back in each session's original local offset (a fixed-offset
        ``timezone``); ``ended`` uses the offset of ``started``, and is the same instant.

        Args:
            limit: at most this many; all when None.
            since: only sessions whose local start day is on or after this day.
            until: only sessions whose local start day is on or before this day.
        """
        where, args = _local_day_filter(since, until)
        rows = self._read(
            f"SELECT {_COLUMNS} FROM sessions{where} ORDER BY started_utc DESC, id DESC LIMIT ?",
            (*args, -1 if limit is None else max(limit, 0)),
        )
        return [r for r in map(_record_from_row, rows) if r is not None]

    def daily_totals(
        self, since: date | None = None, until: date | None = None
    ) -> list[DayKindTotal]:
        """Active time and session count per local day and kind, in one SQL query.

        The day of a session is the calendar day of its start in the offset recorded with
        it. Every stored session counts, whatever its outcome, with the active seconds it
        reached. Kinds this version does not know are left out.

        Args:
            since: first local day (inclusive); from the oldest when None.
            until: last local day (inclusive); to the newest when None.

        Returns:
            Totals sorted by day, then kind.
        """
        # The whole history's totals are kept until the database changes: History asks
        # again at every range switch, and "All" at 20,000 sessions costs ~100 ms of SQL.
        # Until they are needed, a range with a first day reads only its own rows (through
        # the started_utc index), so History's first opening never aggregates all of them.
        key = self._change_key()
        if self._totals_cache is None or self._totals_cache[0] != key:
            if since is not None:
                return self._aggregate_days(since, until)
            self._totals_cache = (key, self._aggregate_days(None, None))
        return [
            total
            for total in self._totals_cache[1]
            if (since is None or total.day >= since) and (until is None or total.day <= until)
        ]

    def _aggregate_days(self, since: date | None, until: date | None) -> list[DayKindTotal]:
        """The SQL behind :meth:`daily_totals`, for ``[since, until]``."""
        from calmfloor.core.stats import DayKindTotal

        where, args = _local_day_filter(since, until)
        rows = self._read(
            f"SELECT {_LOCAL_DAY_SQL} AS local_day, kind, SUM(actual_s), COUNT(*) "
            f"FROM sessions{where} GROUP BY local_day, kind ORDER BY local_day, kind",
            args,
        )
        kinds = {kind.value: kind for kind in SessionKind}
        return [
            DayKindTotal(date.fromordinal(day), kinds[kind], float(seconds or 0), int(count))
            for day, kind, seconds, count in rows
            if kind in kinds and isinstance(day, int) and 1 <= day <= _MAX_ORDINAL
        ]

    def _change_key(self) -> tuple[int, int, int, int]:
        """Changes when anything in the database may have changed: this connection's writes,
        another connection's (``PRAGMA data_version``), or a restore."""
        conn = self._db
        data_version = int(conn.execute("PRAGMA data_version").fetchone()[0])
        return (id(conn), conn.total_changes, data_version, self._restores)

    def rating_points(
        self, since: date | None = None, until: date | None = None
    ) -> list[RatingPoint]:
        """The sessions with at least one rating, oldest first.

        Args:
            since: first local day (inclusive); from the oldest when None.
            until: last local day (inclusive); to the newest when None.
        """
        where, args = _local_day_filter(since, until)
        rated = (
            "(tension_before IS NOT NULL OR tension_after IS NOT NULL "
            "OR pain_before IS NOT NULL OR pain_after IS NOT NULL)"
        )
        where = f"{where} AND {rated}"
        rows = self._read(
            "SELECT id, started_utc, utc_offset_min, kind, name, tension_before, "
            f"tension_after, pain_before, pain_after FROM sessions{where} "
            "ORDER BY started_utc, id",
            args,
        )
        return [p for p in map(_rating_point_from_row, rows) if p is not None]

    def rating_summaries(
        self, since: date | None = None, until: date | None = None
    ) -> dict[Measure, RatingSummary]:
        """Tension and pain summarised in SQL, as :func:`~calmfloor.core.stats.rating_summary`
        would summarise :meth:`rating_points` (one query; no row becomes a Python object).

        Args:
            since: first local day (inclusive); from the oldest when None.
            until: last local day (inclusive); to the newest when None.
        """
        from calmfloor.core.stats import (
            MEANINGFUL_FRACTION,
            MEANINGFUL_POINTS,
            Measure,
            RatingSummary,
        )

        change = self._change_key()
        if self._summaries_cache[0] != change:  # one entry per range, until a change
            self._summaries_cache = (change, {})
        cached = self._summaries_cache[1].get((since, until))
        if cached is not None:
            return dict(cached)
        where, args = _local_day_filter(since, until)
        parts = []
        for measure in Measure:
            before, after = f"{measure.value}_before", f"{measure.value}_after"
            both = f"({before} IS NOT NULL AND {after} IS NOT NULL)"
            drop = f"({before} - {after})"
            meaningful = (
                f"({both} AND {drop} > 0 AND ({drop} >= {MEANINGFUL_POINTS} "
                f"OR {drop} >= {MEANINGFUL_FRACTION} * {before} - 1e-9))"
            )
            parts.append(
                f"SUM({both}), AVG(CASE WHEN {both} THEN {before} END), "
                f"AVG(CASE WHEN {both} THEN {after} END), SUM({meaningful})"
            )
        row = self._read(f"SELECT {', '.join(parts)} FROM sessions{where}", args)[0]
        summaries: dict[Measure, RatingSummary] = {}
        for index, measure in enumerate(Measure):
            count, mean_before, mean_after, meaningful = row[index * 4 : index * 4 + 4]
            if not count:
                summaries[measure] = RatingSummary(measure, 0, None, None, None, 0)
                continue
            summaries[measure] = RatingSummary(
                measure=measure,
                sessions=int(count),
                mean_before=float(mean_before),
                mean_after=float(mean_after),
                mean_change=float(mean_after) - float(mean_before),
                meaningful=int(meaningful or 0),
            )
        self._summaries_cache[1][(since, until)] = dict(summaries)
        return summaries

    def first_day(self) -> date | None:
        """The earliest local start day of any stored session, None when there is none."""
        oldest = self._read(f"SELECT MIN(started_utc) FROM sessions WHERE {_READABLE_SQL}")[0][0]
        if oldest is None:
            return None
        # offsets are under a day, so the earliest local day is among the first two UTC days
        try:
            near = _utc_midnight_text(datetime.fromisoformat(oldest).date(), 2)
        except ValueError:
            near = None  # a form SQLite reads and Python does not: look at every row
        rows = self._read(
            f"SELECT MIN({_LOCAL_DAY_SQL}) FROM sessions WHERE {_READABLE_SQL}"
            + (" AND started_utc < ?" if near else ""),
            (near,) if near else (),
        )
        day = rows[0][0] if rows else None
        if not isinstance(day, int) or not 1 <= day <= _MAX_ORDINAL:
            return None
        return date.fromordinal(day)

    def count(self) -> int:
        """How many sessions are stored (readable or not)."""
        return int(self._read("SELECT COUNT(*) FROM sessions")[0][0])

    def unreadable_count(self) -> int:
        """How many stored sessions cannot be read and are left out of every list and total.

        Such rows come from a damaged or hand-edited file (a start time that is not a
        time, an unknown kind); they stay in the file untouched.
        """
        sql = f"SELECT COUNT(*) FROM sessions WHERE NOT COALESCE({_READABLE_SQL}, 0)"
        return int(self._read(sql)[0][0])

    # -- lifetime ----------------------------------------------------------------------

    # -- programmes and the flare log -------------------------------------------------

    def activate_programme(
        self, source_text: str, programme_id: str, title: str, activated: datetime
    ) -> int:
        """Keep a programme file's text as the active programme; earlier ones stay as history.

        Raises:
            StorageWriteError: it could not be written.
        """
        _require_aware(activated)
        with self._write() as conn:
            cursor = conn.execute(
                "INSERT INTO programmes (programme_id, title, source_text, activated_utc,"
                " utc_offset_min) VALUES (?, ?, ?, ?, ?)",
                (programme_id, title, source_text, _utc_text(activated), _offset_min(activated)),
            )
            assert cursor.lastrowid is not None
            return cursor.lastrowid

    def programmes(self) -> list[StoredProgramme]:
        """Every programme made active, oldest first (the last one is in force)."""
        rows = self._read(
            "SELECT id, programme_id, title, source_text, activated_utc, utc_offset_min"
            " FROM programmes ORDER BY activated_utc, id"
        )
        return [
            StoredProgramme(row[0], row[1], row[2], row[3], _from_utc_text(row[4], row[5]))
            for row in rows
        ]

    def add_flare(self, entry: FlareEntry) -> int:
        """Store one flare and return its id.

        Raises:
            StorageWriteError: it could not be written.
        """
        _require_aware(entry.at)
        with self._write() as conn:
            cursor = conn.execute(
                "INSERT INTO flares (at_utc, utc_offset_min, severity, trigger)"
                " VALUES (?, ?, ?, ?)",
                (_utc_text(entry.at), _offset_min(entry.at), entry.severity, entry.trigger),
            )
            assert cursor.lastrowid is not None
            return cursor.lastrowid

    def flares(self, since: date | None = None, until: date | None = None) -> list[FlareEntry]:
        """The flare log, oldest first, by local day in each entry's own offset."""
        rows = self._read(
            "SELECT id, at_utc, utc_offset_min, severity, trigger FROM flares ORDER BY at_utc, id"
        )
        from calmfloor.core.programme import FlareEntry

        entries: list[FlareEntry] = []
        for row in rows:
            try:
                entry = FlareEntry(_from_utc_text(row[1], row[2]), row[3], row[4], row[0])
            except (TypeError, ValueError):
                continue  # an unreadable row is left out, as for sessions
            day = entry.at.date()
            if (since is None or day >= since) and (until is None or day <= until):
                entries.append(entry)
        return entries

    def delete_flare(self, flare_id: int) -> bool:
        """Delete one flare; False when there was none with this id."""
        with self._write() as conn:
            return conn.execute("DELETE FROM flares WHERE id = ?", (flare_id,)).rowcount > 0

    def close(self) -> None:
        """Close the database (safe to call twice)."""
        if self._conn is not None:
            self._rollback()
            self._conn.close()
            self._conn = None

    def __enter__(self) -> HistoryStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


# ---------------------------------------------------------------------------------------
# The start-up policy


class HistoryProblemKind(StrEnum):
    """What :func:`open_history` had to work around."""

    CORRUPT = "corrupt"  # damaged file moved to kept_aside; a fresh history was started
    FOREIGN = "foreign"  # another program's database moved to kept_aside; a fresh history
    FOREIGN_JOURNAL = "foreign_journal"  # a -wal of another database moved to kept_aside
    TOO_NEW = "too_new"  # from a newer calmfloor: untouched, history off this run
    READ_ONLY = "read_only"  # cannot write: history shown but nothing new is saved
    UNAVAILABLE = "unavailable"  # cannot create or read the database: history off this run
    BACKUP_FAILED = "backup_failed"  # today's backup copy could not be written


# the problems after which the user may want a backup back
RESTORABLE_PROBLEMS = frozenset(
    {HistoryProblemKind.CORRUPT, HistoryProblemKind.FOREIGN, HistoryProblemKind.FOREIGN_JOURNAL}
)


@dataclass(frozen=True, slots=True)
class HistoryProblem:
    """Why history is not fully working, for the UI to explain.

    Attributes:
        kind: what happened.
        path: the database file.
        kept_aside: where a damaged or foreign database, or a foreign -wal, was moved (None
            if it could not be moved).
        found_version: schema version of a too-new database.
        supported_version: the newest schema version this calmfloor understands.
        reason: why writing failed (READ_ONLY, UNAVAILABLE, BACKUP_FAILED).
        detail: the underlying error text, for logs only.
    """

    kind: HistoryProblemKind
    path: Path
    kept_aside: Path | None = None
    found_version: int | None = None
    supported_version: int = SCHEMA_VERSION
    reason: WriteFailure | None = None
    detail: str = ""


@dataclass(frozen=True, slots=True)
class OpenHistoryResult:
    """The store (None when history is off this run) and what went wrong, if anything.

    Attributes:
        store: the open history, or None.
        problem: the main problem, if any.
        also: further problems (a foreign -wal kept aside, a failed backup).
    """

    store: HistoryStore | None
    problem: HistoryProblem | None = None
    also: tuple[HistoryProblem, ...] = ()

    @property
    def problems(self) -> tuple[HistoryProblem, ...]:
        """Every problem, the main one first."""
        return (*((self.problem,) if self.problem else ()), *self.also)


def _sidecars(path: Path) -> tuple[Path, Path]:
    return Path(f"{path}-wal"), Path(f"{path}-shm")


def keep_database_aside(path: Path, now: datetime | None = None, tag: str = "corrupt") -> Path:
    """Rename a damaged database and its -wal/-shm files to ``<name>.<tag>-<time>``.

    The -wal and -shm files keep their suffixes after the new name, so the set still opens
    together in a SQLite tool. Nothing is deleted.

    Returns:
        The new path of the database file.

    Raises:
        OSError: a rename failed.
    """
    aside = keep_aside(path, tag, now)
    for sidecar, suffix in zip(_sidecars(path), ("-wal", "-shm"), strict=True):
        if sidecar.exists():
            os.rename(sidecar, f"{aside}{suffix}")
    return aside


def keep_journal_aside(path: Path, now: datetime | None = None) -> Path:
    """Rename a foreign ``-wal`` (and the ``-shm`` index of it) to ``<name>.foreign-<time>``.

    Returns:
        The new path of the -wal file.

    Raises:
        OSError: a rename failed.
    """
    wal, shm = _sidecars(path)
    aside = keep_aside(wal, "foreign", now)
    if shm.exists():
        keep_aside(shm, "foreign", now)
    return aside


def open_history(path: Path, now: datetime | None = None) -> OpenHistoryResult:
    """Open the history database, working around every problem that can be worked around.

    - a -wal file that was not written for this database (:func:`_check_journal`): it is
      renamed aside with its -shm, never replayed, never deleted, and the database opened
      without it;
    - damaged (also: tables that do not match the schema version): the file (with its
      -wal/-shm) is renamed aside, never deleted, and a fresh database is started; the
      problem says where the old one went;
    - another program's SQLite file: the same, as ``FOREIGN``;
    - too new: history is off this run and the file is left byte-for-byte untouched;
    - cannot write (directory cannot be created, read-only, a full disk): an existing
      valid database is opened read-only (listing works, writes raise StorageWriteError),
      otherwise history is off this run.

    A writable history with sessions in it is copied to the backups folder at the first
    open of each local day (:mod:`history_backup`); the folder the database is created in
    is made 0700.

    Args:
        path: the database file, usually ``AppPaths.history_db``.
        now: time for the kept-aside and backup names; local time when None.
    """
    try:
        if not path.parent.is_dir():
            path.parent.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    except OSError as exc:
        error = write_error(path.parent, exc)
        return OpenHistoryResult(
            None,
            HistoryProblem(
                HistoryProblemKind.UNAVAILABLE, path, reason=error.reason, detail=error.detail
            ),
        )
    also: list[HistoryProblem] = []
    try:
        result = _open_history(path, now)
    except ForeignJournalError as exc:
        try:
            aside: Path | None = keep_journal_aside(path, now)
        except OSError as move_error:
            aside = None
            exc.detail = f"{exc.detail}; not moved: {move_error}"
        journal = HistoryProblem(
            HistoryProblemKind.FOREIGN_JOURNAL, path, kept_aside=aside, detail=exc.detail
        )
        if aside is None:
            return OpenHistoryResult(None, journal)
        also.append(journal)
        try:
            result = _open_history(path, now)
        except ForeignJournalError as again:  # a third program is writing there right now
            return OpenHistoryResult(
                None, HistoryProblem(HistoryProblemKind.UNAVAILABLE, path, detail=again.detail)
            )
    store = result.store
    if store is not None and not store.read_only:
        backup_problem = _daily_backup(store, now)
        if backup_problem is not None:
            also.append(backup_problem)
    if result.problem is None and also:
        return OpenHistoryResult(store, also[0], tuple(also[1:]))
    return OpenHistoryResult(store, result.problem, tuple(also))


def _daily_backup(store: HistoryStore, now: datetime | None) -> HistoryProblem | None:
    """Copy the history once per local day, when it holds sessions."""
    moment = now or datetime.now()
    try:
        if has_backup_on(store.path, moment) or store.count() == 0:
            return None
        store.backup(moment)
    except (StorageWriteError, HistoryError) as exc:
        reason = exc.reason if isinstance(exc, StorageWriteError) else None
        detail = getattr(exc, "detail", "")
        return HistoryProblem(
            HistoryProblemKind.BACKUP_FAILED, store.path, reason=reason, detail=detail
        )
    return None


def _open_history(path: Path, now: datetime | None) -> OpenHistoryResult:
    try:
        return OpenHistoryResult(HistoryStore.open(path, now=now))
    except DatabaseTooNewError as exc:
        problem = HistoryProblem(
            HistoryProblemKind.TOO_NEW, path, found_version=exc.found, detail=str(exc)
        )
        return OpenHistoryResult(None, problem)
    except DatabaseCorruptError as exc:
        return _replace(path, HistoryProblemKind.CORRUPT, exc.detail, now)
    except DatabaseForeignError as exc:
        return _replace(path, HistoryProblemKind.FOREIGN, exc.detail, now)
    except DatabaseUnreadableError as exc:
        problem = HistoryProblem(HistoryProblemKind.UNAVAILABLE, path, detail=exc.detail)
        return OpenHistoryResult(None, problem)
    except StorageWriteError as exc:
        write_failure = exc
    try:
        store = HistoryStore.open(path, read_only=True)
    except (HistoryError, StorageWriteError):
        return OpenHistoryResult(
            None,
            HistoryProblem(
                HistoryProblemKind.UNAVAILABLE,
                path,
                reason=write_failure.reason,
                detail=write_failure.detail,
            ),
        )
    problem = HistoryProblem(
        HistoryProblemKind.READ_ONLY,
        path,
        reason=write_failure.reason,
        detail=write_failure.detail,
    )
    return OpenHistoryResult(store, problem)


def _replace(
    path: Path, kind: HistoryProblemKind, detail: str, now: datetime | None
) -> OpenHistoryResult:
    """Keep an unusable database aside and start a fresh one."""
    tag = "corrupt" if kind is HistoryProblemKind.CORRUPT else "other-program"
    try:
        aside = keep_database_aside(path, now, tag)
    except OSError as exc:
        problem = HistoryProblem(kind, path, detail=f"{detail}; not moved: {exc}")
        return OpenHistoryResult(None, problem)
    problem = HistoryProblem(kind, path, kept_aside=aside, detail=detail)
    try:
        return OpenHistoryResult(HistoryStore.open(path), problem)
    except (HistoryError, StorageWriteError):
        return OpenHistoryResult(None, problem)
