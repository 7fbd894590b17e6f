"""The Breathe page end to end: keyboard control, fake clock, ratings, history."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStackedWidget
from pytestqt.qtbot import QtBot
from session_pages import button, find, label, rating

from calmfloor.core.breathing import SessionState
from calmfloor.core.clock import ManualClock
from calmfloor.core.session import Outcome
from calmfloor.storage.history_db import HistoryStore
from calmfloor.ui.shell.main_window import MainWindow, Page

WindowFactory = Callable[..., MainWindow]


def press(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    qtbot.keyClick(window.focusWidget() or window, key)


def tick(window: MainWindow, clock: ManualClock, seconds: float) -> None:
    """Advance time as frames would, in 1/60 s steps (the view only paints samples)."""
    steps = round(seconds * 60)
    for _ in range(steps):
        clock.advance(1 / 60)
        window.controller.tick()


def phase_word(window: MainWindow) -> str:
    return label(window.breathing, "phase-word").text()


def test_keyboard_start_pause_resume_stop(
    qtbot: QtBot, make_window: WindowFactory, clock: ManualClock, data_dir: Path
) -> None:
    window = make_window(session_minutes=1.0)
    window.breathing.select_pattern("Calm")  # 4-4-6-0
    press(qtbot, window, Qt.Key.Key_Space)
    assert window.controller.state is SessionState.RUNNING
    assert phase_word(window) == "Breathe in"
    assert window.controller.ticker.isActive()

    tick(window, clock, 4.5)
    assert phase_word(window) == "Hold"
    tick(window, clock, 4.0)
    assert phase_word(window) == "Breathe out"
    assert label(window.breathing, "phase-countdown").text() == "6"

    press(qtbot, window, Qt.Key.Key_Space)
    assert window.controller.state is SessionState.PAUSED
    assert not window.controller.ticker.isActive()  # nothing ticks while paused
    elapsed = window.controller.sample().elapsed_s
    clock.advance(300)
    press(qtbot, window, Qt.Key.Key_Space)
    assert window.controller.state is SessionState.RUNNING
    assert window.controller.sample().elapsed_s == pytest.approx(elapsed)
    assert phase_word(window) == "Breathe out"

    tick(window, clock, 2.0)
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.controller.state is SessionState.STOPPED
    assert not window.controller.ticker.isActive()
    assert label(window.breathing, "done-title").text() == "Session stopped"
    assert label(window.breathing, "done-summary").text() == "0 breaths in 0:11"

    with HistoryStore.open(data_dir / "history.sqlite3") as store:
        (record,) = store.sessions()
    assert record.outcome is Outcome.STOPPED
    assert record.actual_s == pytest.approx(10.5, abs=0.05)
    assert record.name == "Calm"


def test_ratings_are_saved_and_session_shows_in_history_after_restart(
    qtbot: QtBot, make_window: WindowFactory, clock: ManualClock, data_dir: Path
) -> None:
    window = make_window(length_mode="breaths", session_breaths=2)
    window.breathing.select_pattern("Slow 6 a minute")
    view = window.breathing
    qtbot.mouseClick(rating(view, "before", "tension", 7), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(rating(view, "before", "pain", 5), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button(view, "primary"), Qt.MouseButton.LeftButton)
    tick(window, clock, 20.2)
    assert window.controller.state is SessionState.FINISHED
    assert label(view, "done-title").text() == "Well done"
    assert label(view, "done-summary").text() == "2 breaths in 0:20"
    qtbot.mouseClick(rating(view, "after", "tension", 3), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(rating(view, "after", "pain", 2), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button(view, "save-ratings"), Qt.MouseButton.LeftButton)
    window.close()
    window.context.close()

    again = make_window()
    again.show_page(Page.HISTORY)
    table = again.history.table
    model = table.model()
    assert model.rowCount() == 1
    cells = [model.index(0, c).data() for c in range(model.columnCount())]
    assert "Slow 6 a minute" in cells
    assert "7 → 3" in cells and "5 → 2" in cells
    assert "Completed" in cells


def test_phase_label_follows_the_clock_through_a_ramp(
    make_window: WindowFactory, clock: ManualClock
) -> None:
    window = make_window(ramp_enabled=True, ramp_start_bpm=10.0, ramp_minutes=1.0)
    window.breathing.select_pattern("Slow 6 a minute")
    window.breathing.start()
    assert "10.0 breaths a minute" in label(window.breathing, "session-progress").text()
    first_in = window.controller.sample().phase_length_s
    assert first_in < 5.0
    tick(window, clock, first_in + 0.05)
    assert phase_word(window) == "Breathe out"
    tick(window, clock, 90)
    assert "6.0 breaths a minute" in label(window.breathing, "session-progress").text()


def test_hidden_page_keeps_phase_timing_without_frames(
    make_window: WindowFactory, clock: ManualClock
) -> None:
    window = make_window()
    window.breathing.select_pattern("Box")
    window.breathing.start()
    window.show_page(Page.SETTINGS)  #: the pacer is hidden
    assert window.controller.ticker.interval() == 4000 + 2
    clock.advance(4.002)
    window.controller.tick()
    assert phase_word(window) == "Hold"
    window.show_page(Page.BREATHE)
    assert window.controller.ticker.interval() == 16


def test_interrupted_session_is_recovered_on_next_start(
    make_window: WindowFactory, clock: ManualClock, data_dir: Path
) -> None:
    window = make_window()
    window.breathing.start()
    tick(window, clock, 20)  # past a heartbeat
    # the power goes here: what is on disk now is all the next start will find
    crashed = data_dir.parent / "after-crash"
    shutil.copytree(data_dir, crashed)

    again = make_window(crashed)
    assert again.context.recovered == 1
    assert any("interrupted" in text for text in again.messages.messages())
    again.close()
    again.context.close()
    with HistoryStore.open(crashed / "history.sqlite3") as store:
        (record,) = store.sessions()
    assert record.outcome is Outcome.INTERRUPTED
    assert record.actual_s == pytest.approx(15, abs=5)


def test_safety_note_shows_before_the_first_session_only(make_window: WindowFactory) -> None:
    window = make_window()
    assert label(window.breathing, "safety-note").isVisibleTo(window)
    window.breathing.start()
    window.breathing.stop()
    window.breathing.skip_ratings()
    window.close()
    window.context.close()
    again = make_window()
    assert not label(again.breathing, "safety-note").isVisibleTo(again)


def test_f11_toggles_full_screen(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.toggle_full_screen()
    assert window.isFullScreen()
    screen = window.screen().geometry()
    assert window.geometry().size() == screen.size()
    window.toggle_full_screen()
    assert not window.isFullScreen()


def test_window_size_is_restored(make_window: WindowFactory) -> None:
    window = make_window()
    window.resize(720, 610)  # the offscreen screen is 800x800
    window.close()
    window.context.close()
    again = make_window()
    assert (again.width(), again.height()) == (720, 610)


def test_start_option_opens_straight_into_a_session(
    make_window: WindowFactory, clock: ManualClock
) -> None:
    from calmfloor.app import start_breathing
    from calmfloor.cli import parse_args

    window = make_window()
    start_breathing(
        window, parse_args(["--start", "breathing", "--pattern", "box", "--breaths", "3"])
    )
    session = window.controller.session
    assert session is not None and session.state is SessionState.RUNNING
    assert session.plan.pattern.name == "Box" and session.timeline.total_breaths == 3
    tick(window, clock, 4 * 4 * 2 + 12 + 0.1)
    assert window.controller.state is SessionState.FINISHED


def test_the_session_steps_have_a_name_a_reader_says(make_window: WindowFactory) -> None:
    # an unnamed stack of steps is read by Orca as "layered pane"
    window = make_window()
    names = [
        find(page, "session-steps", QStackedWidget).accessibleName()
        for page in (window.breathing, window.relax)
    ]
    assert names == ["Paced breathing", "Muscle relaxation and stretches"]
