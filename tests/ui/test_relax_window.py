"""The Relax page inside the main window: a whole routine, recorded in history."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from session_pages import button, routine_library
from tests.ui.conftest import WindowFactory

from calmfloor.core.clock import ManualClock
from calmfloor.core.routine import RoutinePhase
from calmfloor.core.session import Outcome, SessionKind
from calmfloor.storage.history_db import HistoryStore
from calmfloor.storage.settings_store import STATE_RELAX_CAUTION_SEEN
from calmfloor.ui.history.view import Column
from calmfloor.ui.shell.main_window import MainWindow, Page


def run_to_end(window: MainWindow, clock: ManualClock, limit_s: float = 3600.0) -> None:
    spent = 0.0
    while window.relax_controller.is_active and spent < limit_s:
        sample = window.relax_controller.sample()
        step = max(sample.phase_left_s + 0.01, 0.01) if sample is not None else 1.0
        clock.advance(step)
        spent += step
        window.relax_controller.tick()


def test_standard_routine_with_one_painful_step_skipped_is_in_history(
    make_window: WindowFactory, clock: ManualClock, data_dir: Path, qtbot: QtBot
) -> None:
    window = make_window()
    window.show_page(Page.RELAX)
    relax = window.relax
    assert relax.caution_showing()
    relax.acknowledge_caution()
    assert window.context.state.get_bool(STATE_RELAX_CAUTION_SEEN, False)
    assert relax.select_routine("feet-to-pelvic-floor")
    relax.start()

    # into step 4 (glutes): skip it because it hurts
    while window.relax_controller.sample().segment.step_index < 3:
        clock.advance(window.relax_controller.sample().phase_left_s + 0.01)
        window.relax_controller.tick()
    qtbot.mouseClick(button(relax, "skip-hurts"), Qt.MouseButton.LeftButton)
    run_to_end(window, clock)
    relax.skip_ratings()

    window.show_page(Page.HISTORY)
    model = window.history.table.model()
    assert model.rowCount() == 1
    cells = [model.index(0, c).data() for c in range(model.columnCount())]
    assert cells[Column.KIND] == "Relaxation"
    assert cells[Column.PATTERN] == "Feet to pelvic floor"
    assert cells[Column.RESULT] == "Completed"
    assert cells[Column.DONE] == "8 of 9 steps · 1 skipped"
    window.close()
    window.context.close()

    with HistoryStore.open(data_dir / "history.sqlite3") as store:
        (record,) = store.sessions()
    assert record.kind is SessionKind.RELAX and record.outcome is Outcome.COMPLETED
    assert record.params["routine_id"] == "feet-to-pelvic-floor"
    assert record.params["routine_version"] == "1.0"
    assert record.details["steps_skipped"] == [{"step": 3, "region": "glutes", "hurts": True}]


def test_caution_is_shown_once_and_remembered(make_window: WindowFactory) -> None:
    window = make_window()
    window.show_page(Page.RELAX)
    window.relax.acknowledge_caution()
    window.close()
    window.context.close()
    again = make_window()
    again.show_page(Page.RELAX)
    assert not again.relax.caution_showing()


PELVIC_TENSE_ROUTINE = """
format = 1
id = "pelvic-squeeze"
name = "Pelvic floor with tensing"
author = "A. Physio"
version = "1.0"
ready_s = 0

[[steps]]
region = "pelvic_floor"
mode = "tense_release"
instruction = "Gently lift, then let go completely."
"""


def test_pelvic_floor_lets_go_only_unless_the_setting_allows_tensing(
    make_window: WindowFactory, clock: ManualClock, tmp_path: Path
) -> None:
    source = tmp_path / "pelvic.toml"
    source.write_text(PELVIC_TENSE_ROUTINE, encoding="utf-8")
    window = make_window()
    window.show_page(Page.RELAX)
    relax = window.relax
    relax.acknowledge_caution()
    loaded, problems = routine_library(window).import_file(source)
    assert problems == [] and loaded is not None
    assert relax.select_routine("pelvic-squeeze")

    relax.start()
    assert window.relax_controller.sample().segment.phase is RoutinePhase.LET_GO
    relax.stop()
    relax.skip_ratings()

    window.context.settings.set_value("relax_pelvic_tense", True)
    relax.start()
    assert window.relax_controller.sample().segment.phase is RoutinePhase.TENSE
    relax.stop()
    relax.skip_ratings()


def test_keys_reach_the_relax_page_after_navigating_to_it(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    window.show_page(Page.RELAX)
    window.relax.acknowledge_caution()
    window.relax.select_routine("feet-to-pelvic-floor-quick")
    window.relax.start()
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Space)
    assert window.relax_controller.state == "paused"
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Escape)
    assert not window.relax_controller.is_active
