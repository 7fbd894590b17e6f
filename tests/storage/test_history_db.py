"""Tests for the SQLite session history: round trips, crash recovery, damage and versions."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, closing
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

import calmfloor
from calmfloor.core.session import Outcome, Ratings, SessionKind, SessionRecord
from calmfloor.storage import history_db
from calmfloor.storage.errors import StorageWriteError, WriteFailure
from calmfloor.storage.history_db import (
    SCHEMA_VERSION,
    DatabaseCorruptError,
    DatabaseTooNewError,
    HistoryProblemKind,
    HistoryStore,
    SessionNotFoundError,
    open_history,
)

IST = timezone(timedelta(hours=5, minutes=30))
CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))
T0 = datetime(2026, 3, 2, 8, 15, 30, 123456, tzinfo=IST)
NOW = datetime(2026, 11, 21, 7, 5, 1)


def record(started: datetime = T0, **changes: object) -> SessionRecord:
    base = SessionRecord(
        kind=SessionKind.BREATHING,
        started=started,
        planned_s=300.0,
        name="Resonance",
        params={"in": 5.5, "out": 5.5, "ramp": None},
        ratings=Ratings(tension_before=6, pain_before=4),
    )
    return base.with_(**changes)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "history.sqlite3"


@pytest.fixture
def store(db_path: Path) -> Iterator[HistoryStore]:
    result = open_history(db_path)
    assert result.problem is None and result.store is not None
    with result.store as opened:
        yield opened


def make_db_with_rows(path: Path, rows: int = 200) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with HistoryStore.open(path) as db:
        for n in range(rows):
            db.add(
                record(
                    T0 + timedelta(hours=n),
                    name=f"session {n} " + "x" * 200,
                    outcome=Outcome.COMPLETED,
                    ended=T0 + timedelta(hours=n, minutes=5),
                )
            )


# -- schema and pragmas -------------------------------------------------------------------


def test_new_database_uses_wal_and_current_schema(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # synchronous is a setting of the store's own connection: watch what it is told
    told: list[str] = []
    connect = sqlite3.connect

    def traced(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        conn = connect(*args, **kwargs)
        conn.set_trace_callback(told.append)
        return conn

    monkeypatch.setattr(sqlite3, "connect", traced)
    opened = open_history(db_path)
    monkeypatch.undo()
    assert opened.problem is None and opened.store is not None
    store = opened.store
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 3
        indexes = {r[1] for r in conn.execute("PRAGMA index_list(sessions)")}
        assert "sessions_started_utc" in indexes
    finally:
        conn.close()
    store.close()
    assert "PRAGMA synchronous = FULL" in told  # FULL: 2


def test_migrations_run_on_an_empty_v0_file(db_path: Path) -> None:
    db_path.parent.mkdir()
    db_path.write_bytes(b"")
    with HistoryStore.open(db_path) as db:
        db.add(record())
        assert db.count() == 1
    assert history_db.inspect_database(db_path) == SCHEMA_VERSION


def test_a_new_migration_is_applied_by_appending_it(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_db_with_rows(db_path, rows=2)

    def add_note_column(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE sessions ADD COLUMN note TEXT NOT NULL DEFAULT ''")

    next_version = SCHEMA_VERSION + 1
    monkeypatch.setattr(history_db, "MIGRATIONS", (*history_db.MIGRATIONS, add_note_column))
    monkeypatch.setattr(history_db, "SCHEMA_VERSION", next_version)
    with HistoryStore.open(db_path) as db, closing(sqlite3.connect(db_path)) as conn:
        assert db.count() == 2
        columns = {r[1] for r in conn.execute("PRAGMA table_info(sessions)")}
        assert "note" in columns
        assert conn.execute("PRAGMA user_version").fetchone()[0] == next_version


def test_a_version_1_database_keeps_its_sessions_when_upgraded(db_path: Path) -> None:
    # a database exactly as calmfloor 0.1 (schema 1) left it
    db_path.parent.mkdir(parents=True)
    conn = sqlite3.connect(db_path, isolation_level=None)
    history_db.MIGRATIONS[0](conn)
    conn.execute(
        "INSERT INTO sessions (kind, name, started_utc, utc_offset_min, ended_utc, planned_s, "
        "actual_s, outcome, breaths, tension_before, updated_utc) VALUES ('breathing', "
        "'Resonance', '2026-03-02T02:45:30.000000Z', 330, '2026-03-02T02:50:30.000000Z', "
        "300, 300, 'completed', 27, 6, '2026-03-02T02:50:30.000000Z')"
    )
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    with HistoryStore.open(db_path) as db:
        (old,) = db.sessions()
        assert (old.name, old.breaths, old.ratings.tension_before) == ("Resonance", 27, 6)
        assert old.details == {}
        assert old.started.utcoffset() == timedelta(minutes=330)
    assert history_db.inspect_database(db_path) == SCHEMA_VERSION


@pytest.mark.parametrize("kind", list(SessionKind))
def test_every_kind_and_its_details_round_trip(store: HistoryStore, kind: SessionKind) -> None:
    details = {"steps_completed": [0, 1, 3], "steps_skipped": [{"step": 2, "hurts": True}]}
    session_id = store.begin(record(kind=kind, name="Feet to pelvic floor – ünïcode"))
    store.heartbeat(session_id, T0 + timedelta(minutes=2), 120.0, details={"steps_completed": [0]})
    assert store.get(session_id).details == {"steps_completed": [0]}  # type: ignore[union-attr]
    store.finish(session_id, T0 + timedelta(minutes=9), 540.0, Outcome.COMPLETED, details=details)
    stored = store.get(session_id)
    assert stored is not None
    assert (stored.kind, stored.details, stored.actual_s) == (kind, details, 540.0)
    store.finish(session_id, T0 + timedelta(minutes=9), 540.0, Outcome.COMPLETED)
    assert store.get(session_id).details == details  # type: ignore[union-attr]  # None keeps


def test_ratings_out_of_range_are_refused_by_the_database(
    store: HistoryStore, db_path: Path
) -> None:
    session_id = store.add(record())
    with closing(sqlite3.connect(db_path)) as conn, pytest.raises(sqlite3.IntegrityError):
        conn.execute("UPDATE sessions SET pain_after = 11 WHERE id = ?", (session_id,))


# -- round trips ----------------------------------------------------------------------------


def test_add_and_get_round_trip(store: HistoryStore) -> None:
    original = record(
        ended=T0 + timedelta(minutes=5, seconds=2.5),
        actual_s=302.5,
        outcome=Outcome.COMPLETED,
        breaths=27,
        ratings=Ratings(6, 4, 2, 3),
    )
    session_id = store.add(original)
    loaded = store.get(session_id)
    assert loaded == original.with_(id=session_id)
    assert loaded is not None and loaded.started.utcoffset() == timedelta(hours=5, minutes=30)
    assert loaded.started.isoformat() == "2026-03-02T08:15:30.123456+05:30"
    assert store.get(session_id + 1) is None


def test_sessions_newest_first_with_limit(store: HistoryStore) -> None:
    ids = [store.add(record(T0 + timedelta(days=n))) for n in (1, 3, 2)]
    assert [s.id for s in store.sessions()] == [ids[1], ids[2], ids[0]]
    assert [s.id for s in store.sessions(limit=2)] == [ids[1], ids[2]]
    assert store.sessions(limit=0) == []


def test_order_is_by_instant_not_by_local_clock(store: HistoryStore) -> None:
    # 09:00 in India is earlier than 06:00 in London on the same day
    early = store.add(record(datetime(2026, 5, 1, 9, 0, tzinfo=IST)))
    late = store.add(record(datetime(2026, 5, 1, 6, 0, tzinfo=UTC)))
    assert [s.id for s in store.sessions()] == [late, early]


def test_timestamps_across_a_dst_change_keep_their_own_offsets(store: HistoryStore) -> None:
    # Central Europe moved from +01:00 to +02:00 at 01:00 UTC on 2026-03-29.
    before = datetime(2026, 3, 29, 1, 30, tzinfo=CET)
    across_end = datetime(2026, 3, 29, 3, 20, tzinfo=CEST)  # 50 minutes later
    after = datetime(2026, 3, 29, 9, 0, tzinfo=CEST)
    a = store.add(record(before, ended=across_end, outcome=Outcome.COMPLETED))
    b = store.add(record(after))
    loaded_a, loaded_b = store.get(a), store.get(b)
    assert loaded_a is not None and loaded_b is not None
    assert loaded_a.started == before and loaded_a.started.utcoffset() == timedelta(hours=1)
    assert loaded_a.ended == across_end  # the same instant, shown in the start's offset
    assert loaded_a.ended is not None
    assert loaded_a.ended - loaded_a.started == timedelta(minutes=50)
    assert loaded_b.started.utcoffset() == timedelta(hours=2)


def test_zoneinfo_times_round_trip_as_fixed_offsets(store: HistoryStore) -> None:
    zoneinfo = pytest.importorskip("zoneinfo")
    try:
        berlin = zoneinfo.ZoneInfo("Europe/Berlin")
    except zoneinfo.ZoneInfoNotFoundError:
        pytest.skip("no time zone database")
    started = datetime(2026, 10, 25, 2, 30, fold=1, tzinfo=berlin)  # the repeated hour
    loaded = store.get(store.add(record(started)))
    assert loaded is not None
    # PEP 495: a time in the repeated hour never equals one in another zone; compare in UTC
    assert loaded.started.astimezone(UTC) == started.astimezone(UTC)
    assert loaded.started.utcoffset() == timedelta(hours=1)


def test_naive_times_are_refused(store: HistoryStore) -> None:
    session_id = store.begin(record())
    with pytest.raises(ValueError, match="aware"):
        store.heartbeat(session_id, datetime(2026, 1, 1), 10, 1)


# -- the life of a session --------------------------------------------------------------------


def test_begin_heartbeat_finish_ratings_delete(store: HistoryStore) -> None:
    session_id = store.begin(record(outcome=Outcome.COMPLETED))  # begin always stores RUNNING
    running = store.get(session_id)
    assert running is not None and running.outcome is Outcome.RUNNING and running.ended is None
    store.heartbeat(session_id, T0 + timedelta(seconds=15), 15.0, 1)
    assert store.get(session_id) == running.with_(actual_s=15.0, breaths=1)
    end = T0 + timedelta(minutes=5)
    store.finish(session_id, end, 300.0, Outcome.COMPLETED, 27)
    store.heartbeat(session_id, end + timedelta(seconds=15), 999.0, 99)  # ignored now
    store.set_ratings(session_id, Ratings(6, 4, 2, 1))
    done = store.get(session_id)
    assert done == running.with_(
        ended=end,
        actual_s=300.0,
        outcome=Outcome.COMPLETED,
        breaths=27,
        ratings=Ratings(6, 4, 2, 1),
    )
    assert store.delete(session_id) is True
    assert store.delete(session_id) is False
    assert store.get(session_id) is None


def test_missing_sessions_and_bad_outcomes(store: HistoryStore) -> None:
    with pytest.raises(SessionNotFoundError):
        store.finish(42, T0, 1.0, Outcome.STOPPED, 0)
    with pytest.raises(SessionNotFoundError):
        store.set_ratings(42, Ratings())
    session_id = store.begin(record())
    with pytest.raises(ValueError, match="RUNNING"):
        store.finish(session_id, T0, 1.0, Outcome.RUNNING, 0)


def test_crash_recovery_after_the_connection_was_dropped(db_path: Path) -> None:
    db_path.parent.mkdir()
    with HistoryStore.open(db_path) as db:
        done = db.add(record(outcome=Outcome.COMPLETED, ended=T0 + timedelta(minutes=1)))
        quiet = db.begin(record(T0 + timedelta(hours=1)))
        beating = db.begin(record(T0 + timedelta(hours=2)))
        db.heartbeat(beating, T0 + timedelta(hours=2, seconds=45), 45.0, 4)
    # closed without finish: the app was killed
    with HistoryStore.open(db_path) as db:
        recovered = db.recover_interrupted()
        assert [r.id for r in recovered] == [beating, quiet]
        assert all(r.outcome is Outcome.INTERRUPTED for r in recovered)
        assert recovered[0].ended == T0 + timedelta(hours=2, seconds=45)
        assert (recovered[0].actual_s, recovered[0].breaths) == (45.0, 4)
        assert recovered[1].ended == T0 + timedelta(hours=1)  # no heartbeat: ends at start
        assert db.recover_interrupted() == []
        completed = db.get(done)
        assert completed is not None and completed.outcome is Outcome.COMPLETED
        # a late finish (e.g. from a second instance) still wins
        db.finish(quiet, T0 + timedelta(hours=1, minutes=5), 300.0, Outcome.COMPLETED, 27)
        repaired = db.get(quiet)
        assert repaired is not None and repaired.outcome is Outcome.COMPLETED


def test_crash_recovery_after_the_process_was_killed(db_path: Path) -> None:
    db_path.parent.mkdir()
    script = textwrap.dedent(
        f"""
        import os
        from datetime import datetime, timedelta, timezone
        from pathlib import Path
        from calmfloor.core.session import SessionKind, SessionRecord
        from calmfloor.storage.history_db import HistoryStore

        tz = timezone(timedelta(hours=5, minutes=30))
        start = datetime(2026, 3, 2, 8, 0, tzinfo=tz)
        db = HistoryStore.open(Path({str(db_path)!r}))
        sid = db.begin(SessionRecord(SessionKind.BREATHING, start, 300.0, name="kill me"))
        db.heartbeat(sid, start + timedelta(seconds=30), 30.0, 3)
        os._exit(9)  # no close, no finish, no checkpoint: like a power cut for the app
        """
    )
    env = {**os.environ, "PYTHONPATH": str(Path(calmfloor.__file__).parents[1])}
    completed = subprocess.run([sys.executable, "-c", script], env=env, check=False)
    assert completed.returncode == 9
    assert Path(f"{db_path}-wal").exists()  # the commits live only in the WAL
    result = open_history(db_path)
    assert result.problem is None and result.store is not None
    with result.store as db:
        (recovered,) = db.recover_interrupted()
    assert recovered.name == "kill me"
    assert recovered.outcome is Outcome.INTERRUPTED
    assert recovered.actual_s == 30.0 and recovered.breaths == 3
    assert recovered.ended == datetime(2026, 3, 2, 8, 0, 30, tzinfo=IST)


# -- damaged, newer and unwritable databases ------------------------------------------------


def test_garbage_bytes_are_kept_aside_and_a_fresh_history_started(db_path: Path) -> None:
    db_path.parent.mkdir()
    garbage = bytes(range(256)) * 40
    db_path.write_bytes(garbage)
    Path(f"{db_path}-wal").write_bytes(b"old wal")
    with pytest.raises(DatabaseCorruptError):
        HistoryStore.open(db_path)
    assert db_path.read_bytes() == garbage  # open() itself never moves or changes it

    result = open_history(db_path, now=NOW)
    assert result.problem is not None and result.problem.kind is HistoryProblemKind.CORRUPT
    aside = db_path.parent / "history.sqlite3.corrupt-20261121-070501"
    assert result.problem.kept_aside == aside
    assert aside.read_bytes() == garbage
    assert Path(f"{aside}-wal").read_bytes() == b"old wal"
    assert result.store is not None
    with result.store as db:
        assert db.sessions() == []
        db.add(record())
        assert db.count() == 1


def test_short_garbage_file_is_corrupt(db_path: Path) -> None:
    db_path.parent.mkdir()
    db_path.write_bytes(b"SQLite format 3\x00 but short")
    with pytest.raises(DatabaseCorruptError):
        history_db.inspect_database(db_path)


def test_truncated_database_is_kept_aside(db_path: Path) -> None:
    make_db_with_rows(db_path)
    assert not Path(f"{db_path}-wal").exists()  # checkpointed on close
    size = db_path.stat().st_size
    with db_path.open("r+b") as handle:
        handle.truncate(size // 2)
    half = db_path.read_bytes()
    with pytest.raises(DatabaseCorruptError, match="truncated"):
        history_db.inspect_database(db_path)
    result = open_history(db_path, now=NOW)
    assert result.problem is not None and result.problem.kind is HistoryProblemKind.CORRUPT
    assert result.problem.kept_aside is not None
    assert result.problem.kept_aside.read_bytes() == half
    assert result.store is not None
    with result.store as db:
        assert db.count() == 0


def test_damaged_pages_are_found_by_quick_check(db_path: Path) -> None:
    make_db_with_rows(db_path)
    data = bytearray(db_path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for offset in range(page_size * 2, len(data) - page_size, page_size):
        data[offset : offset + 64] = b"\xa5" * 64  # scribble over page headers
    db_path.write_bytes(bytes(data))
    with pytest.raises(DatabaseCorruptError):
        history_db.inspect_database(db_path)


def test_newer_database_is_refused_and_left_byte_identical(db_path: Path) -> None:
    make_db_with_rows(db_path, rows=3)
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = sha256(db_path)
    listing = sorted(p.name for p in db_path.parent.iterdir())

    with pytest.raises(DatabaseTooNewError) as info:
        HistoryStore.open(db_path)
    assert (info.value.found, info.value.supported) == (99, SCHEMA_VERSION)
    result = open_history(db_path)
    assert result.store is None
    assert result.problem is not None and result.problem.kind is HistoryProblemKind.TOO_NEW
    assert result.problem.found_version == 99

    assert sha256(db_path) == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == listing


def test_newer_database_still_in_wal_is_refused(db_path: Path) -> None:
    # the version change is only in the -wal file, so the header check cannot see it
    make_db_with_rows(db_path, rows=1)
    holder = sqlite3.connect(db_path)
    try:
        holder.execute("PRAGMA user_version = 99")
        before = sha256(db_path)
        with pytest.raises(DatabaseTooNewError):
            HistoryStore.open(db_path)
        assert sha256(db_path) == before
    finally:
        holder.close()


def test_unwritable_data_dir_without_a_database_turns_history_off(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the data directory should be")
    result = open_history(blocker / "history.sqlite3")
    assert result.store is None
    assert result.problem is not None
    assert result.problem.kind is HistoryProblemKind.UNAVAILABLE
    assert result.problem.reason is WriteFailure.NOT_A_DIRECTORY


def test_existing_database_that_cannot_be_written_opens_read_only(db_path: Path) -> None:
    make_db_with_rows(db_path, rows=3)
    before = sha256(db_path)
    # Root ignores permissions, so block the files SQLite must create to write: with the
    # -wal and -shm names taken by directories every read-write open really fails.
    os.mkdir(f"{db_path}-wal")
    os.mkdir(f"{db_path}-shm")
    result = open_history(db_path)
    assert result.problem is not None
    assert result.problem.kind is HistoryProblemKind.READ_ONLY
    assert result.store is not None
    with result.store as db:
        assert db.read_only
        assert len(db.sessions()) == 3
        assert db.recover_interrupted() == []
        for write in (
            lambda: db.add(record()),
            lambda: db.begin(record()),
            lambda: db.delete(1),
            lambda: db.set_ratings(1, Ratings()),
        ):
            with pytest.raises(StorageWriteError) as info:
                write()
            assert info.value.reason is WriteFailure.READ_ONLY
    assert sha256(db_path) == before


def test_full_disk_loses_nothing_already_saved(
    file_size_limit: Callable[[int], AbstractContextManager[None]], db_path: Path
) -> None:
    make_db_with_rows(db_path, rows=5)
    with HistoryStore.open(db_path) as db:
        kept = db.sessions()
        wal = Path(f"{db_path}-wal")
        limit = max(wal.stat().st_size, db_path.stat().st_size) + 1024
        with file_size_limit(limit), pytest.raises(StorageWriteError) as info:
            db.add(record(params={"blob": "x" * 1_000_000}))
        assert info.value.reason in (WriteFailure.DISK_FULL, WriteFailure.IO_ERROR)
        assert db.sessions() == kept
        db.add(record())  # works again once there is room
    with HistoryStore.open(db_path) as db:
        assert db.count() == 6


def test_closed_store_refuses_use(db_path: Path) -> None:
    result = open_history(db_path)
    assert result.store is not None
    result.store.close()
    result.store.close()
    with pytest.raises(RuntimeError):
        result.store.sessions()
