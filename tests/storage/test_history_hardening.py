"""Issue 15, the history database: nothing a patient saved is ever lost.

Every test uses real SQLite files in ``tmp_path``: a foreign -wal beside the history, the
daily and pre-migration backups and restoring them, unreadable rows and schemas that do
not match their version, another program's database in the history's place, a full disk,
and the file modes of everything the history writes.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import textwrap
from collections.abc import Callable
from contextlib import AbstractContextManager, closing
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

import calmfloor
from calmfloor.core.session import Outcome, Ratings, SessionKind, SessionRecord
from calmfloor.storage import history_db
from calmfloor.storage.errors import StorageWriteError
from calmfloor.storage.export_csv import write_csv
from calmfloor.storage.history_backup import BACKUPS_KEPT, list_backups
from calmfloor.storage.history_db import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    DatabaseCorruptError,
    DatabaseForeignError,
    ForeignJournalError,
    HistoryProblemKind,
    HistoryStore,
    open_history,
)
from calmfloor.storage.wal import read_wal, replayed_image

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
DAY1 = datetime(2026, 11, 21, 9, 0)
FileSizeLimit = Callable[[int], AbstractContextManager[None]]


def record(started: datetime = T0, **changes: object) -> SessionRecord:
    base = SessionRecord(
        kind=SessionKind.BREATHING,
        started=started,
        planned_s=300.0,
        name="Resonance",
        outcome=Outcome.COMPLETED,
        actual_s=300.0,
        ratings=Ratings(tension_before=6, tension_after=3),
    )
    return base.with_(**changes)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_history(path: Path, sessions: int, first: datetime = T0) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with HistoryStore.open(path) as db:
        db.add_many(record(first + timedelta(days=i)) for i in range(sessions))


def crash_with_wal(path: Path, sessions: int, first: datetime = T0) -> None:
    """A run that added ``sessions`` sessions and was killed: they live only in the -wal."""
    path.parent.mkdir(parents=True, exist_ok=True)
    script = textwrap.dedent(
        f"""
        import os
        from datetime import datetime, timedelta
        from pathlib import Path
        from calmfloor.core.session import SessionKind, SessionRecord
        from calmfloor.storage.history_db import HistoryStore

        first = datetime.fromisoformat({first.isoformat()!r})
        db = HistoryStore.open(Path({str(path)!r}))
        for i in range({sessions}):
            db.begin(SessionRecord(SessionKind.BREATHING, first + timedelta(days=i), 60.0))
        os._exit(9)
        """
    )
    env = {**os.environ, "PYTHONPATH": str(Path(calmfloor.__file__).parents[1])}
    done = subprocess.run([sys.executable, "-c", script], env=env, check=False)
    assert done.returncode == 9
    assert Path(f"{path}-wal").stat().st_size > 0


def v1_history(path: Path, sessions: int = 2) -> None:
    """A database exactly as calmfloor 0.1 (schema 1, no application_id) left it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    history_db.MIGRATIONS[0](conn)
    for i in range(sessions):
        conn.execute(
            "INSERT INTO sessions (kind, name, started_utc, utc_offset_min, planned_s, "
            "actual_s, outcome, updated_utc) VALUES ('breathing', 'Old', ?, 60, 300, 300, "
            "'completed', ?)",
            (f"2026-0{i + 1}-02T08:00:00.000000Z", f"2026-0{i + 1}-02T08:05:00.000000Z"),
        )
    conn.execute("PRAGMA user_version = 1")
    conn.close()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "history.sqlite3"


# -- 1. a -wal that belongs to another database is never replayed ----------------------------


def test_a_wal_left_by_another_history_is_kept_aside_and_not_replayed(
    db_path: Path, tmp_path: Path
) -> None:
    # an earlier run crashed at this path (one session in its -wal); then the user put
    # back a copy of their real history with five sessions
    crash_with_wal(db_path, sessions=1, first=T0 + timedelta(days=300))
    make_history(tmp_path / "copy" / "history.sqlite3", sessions=5)
    shutil.copy(tmp_path / "copy" / "history.sqlite3", db_path)
    wal_bytes = Path(f"{db_path}-wal").read_bytes()

    result = open_history(db_path, DAY1)

    assert result.store is not None
    with result.store as db:
        assert db.count() == 5
    (problem,) = result.problems
    assert problem.kind is HistoryProblemKind.FOREIGN_JOURNAL
    assert problem.kept_aside is not None and problem.kept_aside.read_bytes() == wal_bytes
    assert problem.kept_aside.name.startswith("history.sqlite3-wal.foreign-")


def test_a_wal_that_would_damage_the_history_is_kept_aside(db_path: Path, tmp_path: Path) -> None:
    # a -wal of another program's database: replayed, it would turn ours into theirs
    other = tmp_path / "other" / "history.sqlite3"
    other.parent.mkdir()
    holder = sqlite3.connect(other, isolation_level=None)
    holder.execute("PRAGMA journal_mode = WAL").fetchone()
    holder.execute("PRAGMA wal_autocheckpoint = 0")
    holder.execute("CREATE TABLE bookmarks (url TEXT)")
    holder.execute("INSERT INTO bookmarks VALUES ('https://example.org')")
    make_history(db_path, sessions=3)
    shutil.copy(f"{other}-wal", f"{db_path}-wal")
    holder.close()

    with pytest.raises(ForeignJournalError):
        HistoryStore.open(db_path, read_only=True)  # the read-only tools refuse it too
    result = open_history(db_path, DAY1)
    assert result.store is not None
    with result.store as db:
        assert db.count() == 3
    assert result.problem is not None
    assert result.problem.kind is HistoryProblemKind.FOREIGN_JOURNAL


def test_the_history_s_own_wal_after_a_crash_is_replayed(db_path: Path) -> None:
    make_history(db_path, sessions=2)
    crash_with_wal(db_path, sessions=3, first=T0 + timedelta(days=10))
    result = open_history(db_path, DAY1)
    assert result.problem is None and result.store is not None
    with result.store as db:
        assert db.count() == 5


def test_our_wal_reader_builds_the_image_sqlite_builds(db_path: Path, tmp_path: Path) -> None:
    make_history(db_path, sessions=4)
    crash_with_wal(db_path, sessions=40, first=T0 + timedelta(days=10))
    log = read_wal(Path(f"{db_path}-wal").read_bytes())
    assert log is not None
    ours = sqlite3.connect(":memory:")
    image = bytearray(replayed_image(db_path.read_bytes(), log))
    image[18] = image[19] = 1
    ours.deserialize(bytes(image))
    copy = tmp_path / "sqlite" / "h.sqlite3"
    copy.parent.mkdir()
    for suffix in ("", "-wal"):
        shutil.copy(f"{db_path}{suffix}", f"{copy}{suffix}")
    theirs = sqlite3.connect(copy)
    query = "SELECT * FROM sessions ORDER BY id"
    assert ours.execute(query).fetchall() == theirs.execute(query).fetchall()
    assert len(ours.execute(query).fetchall()) == 44
    ours.close()
    theirs.close()


def test_a_wal_without_a_valid_header_is_left_alone(db_path: Path) -> None:
    make_history(db_path, sessions=2)
    Path(f"{db_path}-wal").write_bytes(b"\x00" * 5000)  # SQLite ignores and resets it
    result = open_history(db_path, DAY1)
    assert result.problem is None and result.store is not None
    with result.store as db:
        assert db.count() == 2


# -- 2. automatic backups, and restoring one ---------------------------------------------------


def test_the_first_start_of_each_day_makes_one_private_backup(db_path: Path) -> None:
    make_history(db_path, sessions=3)
    for moment in (DAY1, DAY1 + timedelta(hours=5), DAY1 + timedelta(days=1)):
        result = open_history(db_path, moment)
        assert result.problem is None and result.store is not None
        result.store.close()
    backups = list_backups(db_path)
    assert [b.taken.date() for b in backups] == [date(2026, 11, 22), date(2026, 11, 21)]
    folder = db_path.parent / "backups"
    if os.name == "posix":
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        assert {stat.S_IMODE(b.path.stat().st_mode) for b in backups} == {0o600}
    for backup in backups:
        conn = sqlite3.connect(backup.path)
        assert conn.execute("SELECT COUNT(*) FROM sessions").fetchone() == (3,)
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        conn.close()


def test_an_empty_history_is_not_backed_up(db_path: Path) -> None:
    result = open_history(db_path, DAY1)
    assert result.store is not None
    result.store.close()
    assert list_backups(db_path) == []


def test_only_the_newest_seven_backups_are_kept(db_path: Path) -> None:
    make_history(db_path, sessions=1)
    for day in range(10):
        result = open_history(db_path, DAY1 + timedelta(days=day))
        assert result.store is not None
        result.store.close()
    backups = list_backups(db_path)
    assert len(backups) == BACKUPS_KEPT == 7
    assert backups[0].taken.date() == date(2026, 11, 30)
    assert backups[-1].taken.date() == date(2026, 11, 24)


def test_a_migration_is_preceded_by_a_backup_of_the_old_file(db_path: Path) -> None:
    v1_history(db_path, sessions=2)
    before = db_path.read_bytes()
    result = open_history(db_path, DAY1)
    assert result.problem is None and result.store is not None
    result.store.close()
    (backup,) = list_backups(db_path)  # the daily one is not needed the same day
    assert backup.before_version == SCHEMA_VERSION
    conn = sqlite3.connect(backup.path)
    assert conn.execute("PRAGMA user_version").fetchone() == (1,)
    assert conn.execute("SELECT COUNT(*) FROM sessions").fetchone() == (2,)
    conn.close()
    assert len(before) > 0


def test_no_backup_no_migration_but_the_history_is_still_shown(db_path: Path) -> None:
    v1_history(db_path, sessions=2)
    before = sha256(db_path)
    (db_path.parent / "backups").write_text("a file where the backups folder belongs")
    with pytest.raises(StorageWriteError):
        HistoryStore.open(db_path, now=DAY1)
    result = open_history(db_path, DAY1)
    assert result.problem is not None
    assert result.problem.kind is HistoryProblemKind.READ_ONLY
    assert result.store is not None
    with result.store as db:
        assert [s.name for s in db.sessions()] == ["Old", "Old"]  # migrated in memory only
    assert sha256(db_path) == before


def test_restore_keeps_the_current_history_aside_and_brings_the_backup_back(
    db_path: Path,
) -> None:
    make_history(db_path, sessions=3)
    result = open_history(db_path, DAY1)
    assert result.store is not None
    (backup,) = list_backups(db_path)
    with result.store as db:
        for session in db.sessions():
            assert session.id is not None and db.delete(session.id)
        db.add(record(T0 + timedelta(days=99), name="after the backup"))
        aside = db.restore(backup.path, DAY1 + timedelta(hours=1))
        assert db.count() == 3
        assert "after the backup" not in {s.name for s in db.sessions()}
        db.add(record(T0 + timedelta(days=100)))  # the same store keeps working
        assert db.count() == 4
    assert aside.name.startswith("history.sqlite3.before-restore-")
    if os.name == "posix":
        assert stat.S_IMODE(aside.stat().st_mode) == 0o600
    kept = sqlite3.connect(aside)
    assert kept.execute("SELECT name FROM sessions").fetchall() == [("after the backup",)]
    kept.close()
    assert history_db.inspect_database(db_path) == SCHEMA_VERSION


def test_restoring_an_older_backup_migrates_it(db_path: Path, tmp_path: Path) -> None:
    old = tmp_path / "old" / "history.sqlite3"
    v1_history(old, sessions=2)
    result = open_history(db_path, DAY1)
    assert result.store is not None
    with result.store as db:
        db.restore(old, DAY1)
        assert [s.details for s in db.sessions()] == [{}, {}]
        with closing(sqlite3.connect(db_path)) as conn:  # the file the store now uses
            assert conn.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)


def test_a_foreign_or_damaged_file_is_never_restored(db_path: Path, tmp_path: Path) -> None:
    make_history(db_path, sessions=2)
    foreign = tmp_path / "foreign.sqlite3"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE notes (text TEXT)")
    conn.close()
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"not a database" * 100)
    with HistoryStore.open(db_path) as db:
        with pytest.raises(DatabaseForeignError):
            db.restore(foreign)
        with pytest.raises(DatabaseCorruptError):
            db.restore(garbage)
        assert db.count() == 2
    assert not list(db_path.parent.glob("*before-restore*"))


# -- 3. unreadable rows and schemas that do not match their version ---------------------------


def test_unreadable_rows_are_skipped_everywhere_and_counted(db_path: Path, tmp_path: Path) -> None:
    make_history(db_path, sessions=3)
    conn = sqlite3.connect(db_path)
    for started, offset, kind in (
        ("yesterday-ish", 60, "breathing"),
        ("2026-13-45T99:99:99Z", 60, "breathing"),
        ("2026-03-09T08:00:00.000000Z", "sixty", "breathing"),
        ("2026-03-09T08:00:00.000000Z", 60, "yoga"),
        ("", 60, "breathing"),
    ):
        conn.execute(
            "INSERT INTO sessions (kind, started_utc, utc_offset_min, planned_s, outcome, "
            "updated_utc) VALUES (?, ?, ?, 60, 'completed', '')",
            (kind, started, offset),
        )
    conn.commit()
    conn.close()
    with HistoryStore.open(db_path) as db:
        assert db.unreadable_count() == 5
        assert db.count() == 8
        assert len(db.sessions()) == 3
        assert db.first_day() == date(2026, 3, 2)
        assert sum(t.sessions for t in db.daily_totals()) == 3
        assert len(db.rating_points()) == 3
        assert db.rating_summaries()[next(iter(db.rating_summaries()))].sessions == 3
        out = tmp_path / "export.csv"
        write_csv(list(reversed(db.sessions())), out)
        assert len(out.read_text(encoding="utf-8").splitlines()) == 4


def test_a_sessions_table_missing_columns_is_kept_aside_as_damaged(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute(
        "CREATE TABLE sessions (id INTEGER PRIMARY KEY, kind TEXT, started_utc TEXT, "
        "utc_offset_min INTEGER, planned_s REAL, outcome TEXT, updated_utc TEXT)"
    )
    conn.execute(
        "INSERT INTO sessions VALUES (1, 'breathing', '2026-03-02T08:00:00Z', 0, 60, "
        "'completed', '')"
    )
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    conn.close()
    before = sha256(db_path)

    with pytest.raises(DatabaseCorruptError):
        history_db.inspect_database(db_path)
    result = open_history(db_path, DAY1)
    assert result.problem is not None and result.problem.kind is HistoryProblemKind.CORRUPT
    assert result.problem.kept_aside is not None
    assert sha256(result.problem.kept_aside) == before
    assert result.store is not None
    with result.store as db:
        db.begin(record())  # sessions are saved again
        assert db.count() == 1


# -- 4. another program's database; a full disk ------------------------------------------------


@pytest.mark.parametrize(
    "setup",
    [
        "PRAGMA application_id = 1234",
        "CREATE TABLE moz_places (url TEXT)",
        "CREATE TABLE sessions (token TEXT)",
    ],
)
def test_another_program_s_database_is_kept_aside_untouched(db_path: Path, setup: str) -> None:
    db_path.parent.mkdir(parents=True)
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("CREATE TABLE IF NOT EXISTS data (x)")
    conn.execute(setup)
    conn.close()
    before = sha256(db_path)
    with pytest.raises((DatabaseForeignError, DatabaseCorruptError)):
        HistoryStore.open(db_path)
    assert sha256(db_path) == before
    result = open_history(db_path, DAY1)
    assert result.problem is not None
    assert result.problem.kind in (HistoryProblemKind.FOREIGN, HistoryProblemKind.CORRUPT)
    assert result.problem.kept_aside is not None
    assert sha256(result.problem.kept_aside) == before
    assert result.store is not None
    result.store.close()


def test_a_user_version_schema_of_another_program_is_foreign(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("CREATE TABLE tracks (title TEXT)")
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    with pytest.raises(DatabaseForeignError):
        history_db.inspect_database(db_path)
    result = open_history(db_path, DAY1)
    assert result.problem is not None and result.problem.kind is HistoryProblemKind.FOREIGN
    assert result.problem.kept_aside is not None
    assert ".other-program-" in result.problem.kept_aside.name


def test_new_and_old_histories_carry_our_application_id(db_path: Path, tmp_path: Path) -> None:
    old = tmp_path / "old" / "history.sqlite3"
    v1_history(old)
    for path in (db_path, old):
        path.parent.mkdir(parents=True, exist_ok=True)
        with HistoryStore.open(path, now=DAY1):
            pass
        header = path.read_bytes()[68:72]
        assert int.from_bytes(header, "big") == APPLICATION_ID


def test_a_full_disk_still_shows_the_history_read_only(
    db_path: Path, file_size_limit: FileSizeLimit
) -> None:
    make_history(db_path, sessions=4)
    before = sha256(db_path)
    with file_size_limit(0):
        result = open_history(db_path, DAY1)
        assert result.store is not None
        assert result.problem is not None
        kind, count = result.problem.kind, result.store.count()
        names = {s.name for s in result.store.sessions()}
        result.store.close()
    assert (kind, count, names) == (HistoryProblemKind.READ_ONLY, 4, {"Resonance"})
    assert sha256(db_path) == before


def test_a_full_disk_with_a_crash_wal_shows_every_committed_session(
    db_path: Path, file_size_limit: FileSizeLimit
) -> None:
    make_history(db_path, sessions=1)
    crash_with_wal(db_path, sessions=2, first=T0 + timedelta(days=5))
    Path(f"{db_path}-shm").unlink()  # SQLite must now build an index it has no room for
    with file_size_limit(0):
        result = open_history(db_path, DAY1)
        assert result.store is not None
        count = result.store.count()
        result.store.close()
    assert count == 3


# -- file modes ---------------------------------------------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_the_database_its_journal_and_its_folder_are_private(db_path: Path) -> None:
    old_umask = os.umask(0o022)
    try:
        result = open_history(db_path, DAY1)
        assert result.store is not None
        with result.store as db:
            db.add(record())
            for suffix in ("", "-wal", "-shm"):
                assert stat.S_IMODE(Path(f"{db_path}{suffix}").stat().st_mode) == 0o600
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(db_path.parent.stat().st_mode) == 0o700


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_an_existing_world_readable_history_is_made_private(db_path: Path) -> None:
    make_history(db_path, sessions=1)
    os.chmod(db_path, 0o644)
    with HistoryStore.open(db_path, now=DAY1):
        pass
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600


def test_delete_all_my_data_also_removes_the_backups(db_path: Path) -> None:
    make_history(db_path, sessions=2)
    result = open_history(db_path, DAY1)
    assert result.store is not None and len(list_backups(db_path)) == 1
    with result.store as db:
        assert db.delete_all() == 2
    assert list_backups(db_path) == []
