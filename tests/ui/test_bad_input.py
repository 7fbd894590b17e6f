"""The app on damaged, newer or unwritable files: it runs, says what happened, loses nothing."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from session_pages import text

from calmfloor.core.breathing import SessionState
from calmfloor.core.clock import ManualClock
from calmfloor.core.session import Outcome, Ratings, SessionKind, SessionRecord
from calmfloor.core.settings import defaults
from calmfloor.core.stats import Range
from calmfloor.storage.history_db import HistoryStore
from calmfloor.ui.shell.main_window import MainWindow, Page

WindowFactory = Callable[..., MainWindow]

GARBAGE = bytes(range(256)) * 8 + b"\x00not json, not sqlite\xff" * 40
T0 = datetime(2025, 12, 1, 8, 0, tzinfo=UTC)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tree(root: Path) -> dict[str, str]:
    """Every file under ``root`` with its hash (directories as "dir"), to prove nothing changed."""
    listing: dict[str, str] = {}
    for path in sorted(root.rglob("*")):
        rel = str(path.relative_to(root))
        listing[rel] = "dir" if path.is_dir() else sha256(path)
    return listing


def make_history(path: Path, sessions: int = 3) -> None:
    """A real history database with ``sessions`` completed sessions, closed (checkpointed)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with HistoryStore.open(path) as db:
        for n in range(sessions):
            started = T0 + timedelta(days=n)
            db.add(
                SessionRecord(
                    kind=SessionKind.BREATHING,
                    started=started,
                    planned_s=300.0,
                    name=f"Old session {n}",
                    ended=started + timedelta(minutes=5),
                    actual_s=300.0,
                    outcome=Outcome.COMPLETED,
                    breaths=30,
                    ratings=Ratings(6, 4, 3, 2),
                )
            )
    assert not Path(f"{path}-wal").exists()


def run_session(window: MainWindow, clock: ManualClock, seconds: float = 5.0) -> None:
    """Start a session from the Breathe page, let it run, stop it early."""
    window.show_page(Page.BREATHE)
    window.breathing.start()
    assert window.controller.state is SessionState.RUNNING
    for _ in range(round(seconds * 10)):
        clock.advance(0.1)
        window.controller.tick()
    assert window.controller.state is SessionState.RUNNING
    window.breathing.stop()
    assert window.controller.state is SessionState.STOPPED
    assert not window.controller.ticker.isActive()


def assert_keeps_running(window: MainWindow, clock: ManualClock) -> None:
    """The window is up and the Breathe page starts and stops a session."""
    assert window.isVisible()
    window.show_page(Page.BREATHE)
    assert window.pages.currentWidget() is window.breathing
    assert window.breathing.isVisible()
    run_session(window, clock, seconds=1.0)
    window.breathing.skip_ratings()
    assert window.controller.state is SessionState.STOPPED
    assert window.isVisible()


def kept_aside(folder: Path, pattern: str) -> Path:
    """The one kept-aside file matching ``pattern`` (its -wal/-shm companions aside)."""
    (found,) = (p for p in folder.glob(pattern) if not p.name.endswith(("-wal", "-shm")))
    return found


def notices_with(window: MainWindow, *words: str) -> list[str]:
    return [m for m in window.messages.messages() if all(w in m for w in words)]


def close(window: MainWindow) -> None:
    window.close()
    window.context.close()


# -- settings ------------------------------------------------------------------------------


def test_corrupt_settings_are_kept_aside_and_defaults_used(
    make_window: WindowFactory, clock: ManualClock, data_dir: Path
) -> None:
    data_dir.mkdir()
    settings = data_dir / "settings.json"
    settings.write_bytes(GARBAGE)

    window = make_window()

    aside = kept_aside(data_dir, "settings.json.unreadable-*")
    assert aside.read_bytes() == GARBAGE
    (notice,) = notices_with(window, "settings", str(aside))
    assert "defaults are in use" in notice
    assert window.context.settings.as_dict() == defaults()
    assert window.messages.isVisible()
    assert_keeps_running(window, clock)


# -- history: damaged, truncated, newer ------------------------------------------------------


def test_garbage_history_is_kept_aside_and_a_fresh_history_saves(
    make_window: WindowFactory, clock: ManualClock, data_dir: Path
) -> None:
    data_dir.mkdir()
    db = data_dir / "history.sqlite3"
    db.write_bytes(GARBAGE)

    window = make_window()

    aside = kept_aside(data_dir, "history.sqlite3.corrupt-*")
    assert aside.read_bytes() == GARBAGE
    (notice,) = notices_with(window, "damaged", str(aside))
    assert "new history has been started" in notice
    run_session(window, clock)
    assert window.recorder.can_save
    window.breathing.skip_ratings()
    assert_keeps_running(window, clock)
    close(window)

    with HistoryStore.open(db) as store:
        records = store.sessions()
    assert len(records) == 2
    assert all(r.outcome is Outcome.STOPPED for r in records)
    assert aside.read_bytes() == GARBAGE


def test_truncated_history_is_kept_aside_and_a_fresh_history_saves(
    make_window: WindowFactory, clock: ManualClock, data_dir: Path
) -> None:
    db = data_dir / "history.sqlite3"
    make_history(db, sessions=5)
    with db.open("r+b") as handle:
        handle.truncate(db.stat().st_size // 2)
    half = db.read_bytes()

    window = make_window()

    aside = kept_aside(data_dir, "history.sqlite3.corrupt-*")
    assert aside.read_bytes() == half
    assert notices_with(window, "damaged", str(aside))
    window.show_page(Page.HISTORY)
    assert window.history.message_text == "No sessions yet. Your practice will appear here."
    run_session(window, clock)
    window.breathing.skip_ratings()
    window.show_page(Page.HISTORY)
    assert window.history.table.model().rowCount() == 1
    assert_keeps_running(window, clock)
    close(window)

    with HistoryStore.open(db) as store:
        assert store.count() == 2
    assert aside.read_bytes() == half


def test_newer_history_is_left_byte_identical(
    make_window: WindowFactory, clock: ManualClock, data_dir: Path
) -> None:
    db = data_dir / "history.sqlite3"
    make_history(db)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = sha256(db)
    names = sorted(p.name for p in data_dir.iterdir())

    window = make_window()

    (notice,) = notices_with(window, "newer version")
    assert "will not be saved" in notice
    assert sha256(db) == before
    window.show_page(Page.HISTORY)
    assert window.history.message_text == notice  # the page explains why it is empty
    assert window.history.table.model().rowCount() == 0

    run_session(window, clock)
    assert not window.recorder.can_save
    assert text(window.breathing, "not-saved") == (
        "This session could not be saved to your history."
    )
    window.breathing.skip_ratings()
    assert_keeps_running(window, clock)
    assert sha256(db) == before
    close(window)

    assert sha256(db) == before
    # no -wal/-shm or kept-aside copy appeared; only the JSON files the app writes itself
    added = {p.name for p in data_dir.iterdir()} - set(names)
    assert added <= {"settings.json", "state.json", "routines"}


# -- unwritable places ---------------------------------------------------------------------


def test_data_dir_under_a_regular_file_runs_without_writing(
    make_window: WindowFactory, clock: ManualClock, tmp_path: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_bytes(b"a regular file where a folder should be")
    before = tree(tmp_path)

    window = make_window(blocker / "data")

    assert notices_with(window, "Could not save", "part of the folder path is a file")
    assert notices_with(window, "History is not available", "will not be saved")
    assert window.context.history is None
    window.show_page(Page.HISTORY)
    assert "History is not available" in window.history.message_text

    run_session(window, clock)
    assert not window.recorder.can_save
    window.breathing.skip_ratings()
    assert_keeps_running(window, clock)
    window.context.settings.set_value("session_minutes", 7.0)  # a save that must fail politely
    assert notices_with(window, "Could not save your settings")
    assert window.isVisible()
    close(window)

    assert tree(tmp_path) == before


def test_history_whose_folder_cannot_be_written_is_shown_read_only(
    make_window: WindowFactory, clock: ManualClock, data_dir: Path
) -> None:
    db = data_dir / "history.sqlite3"
    make_history(db, sessions=3)
    before = sha256(db)
    # Tests run as root, which ignores permissions: with the -wal and -shm names taken by
    # directories, SQLite cannot open the database for writing, as in a read-only folder.
    os.mkdir(f"{db}-wal")
    os.mkdir(f"{db}-shm")

    window = make_window()

    assert window.context.history is not None and window.context.history.read_only
    (notice,) = notices_with(window, "can be shown but not added to")
    assert "Sessions will not be saved" in notice
    window.show_page(Page.HISTORY)
    window.history.set_range(Range.ALL)  # the sessions are older than the default month
    model = window.history.table.model()
    assert model.rowCount() == 3
    names = {model.index(row, 2).data() for row in range(3)}
    assert names == {"Old session 0", "Old session 1", "Old session 2"}

    run_session(window, clock)
    assert not window.recorder.can_save
    window.breathing.skip_ratings()
    assert_keeps_running(window, clock)
    window.show_page(Page.HISTORY)
    assert window.history.table.model().rowCount() == 3
    close(window)

    assert sha256(db) == before
    assert Path(f"{db}-wal").is_dir() and Path(f"{db}-shm").is_dir()


# -- patterns ------------------------------------------------------------------------------


def test_a_malformed_pattern_is_skipped_and_named(
    make_window: WindowFactory, clock: ManualClock, data_dir: Path
) -> None:
    data_dir.mkdir()
    patterns = data_dir / "patterns.json"
    good = {"name": "Evening", "in": 4, "hold_in": 2, "out": 7, "hold_out": 0}
    bad = {"name": "Broken", "in": "four", "out": -3}
    patterns.write_text(
        json.dumps({"format": "calmfloor-patterns", "version": 1, "patterns": [good, bad]})
    )
    before = sha256(patterns)

    window = make_window()

    (notice,) = notices_with(window, "skipped")
    assert "Broken" in notice and "Evening" not in notice
    assert window.context.library.find("Broken") is None
    assert window.breathing.select_pattern("Evening")
    assert window.breathing.current_pattern().name == "Evening"
    assert window.breathing.plan().pattern.name == "Evening"
    assert sha256(patterns) == before  # loading alone rewrites nothing
    assert_keeps_running(window, clock)
    assert window.controller.session is not None
    assert window.controller.session.plan.pattern.name == "Evening"
