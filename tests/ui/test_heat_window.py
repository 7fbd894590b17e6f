"""The heat timer inside the main window: on every page, through a routine, into history."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from tests.ui.conftest import WindowFactory

from calmfloor.core.clock import ManualClock
from calmfloor.core.heat import HeatState
from calmfloor.core.routine import RoutinePhase
from calmfloor.core.session import Outcome, SessionKind
from calmfloor.storage.history_db import HistoryStore
from calmfloor.storage.settings_store import STATE_HEAT_CHECKLIST_CONFIRMED
from calmfloor.ui.history.view import Column
from calmfloor.ui.shell.main_window import MainWindow, Page

MIN = 60.0


def let_pass(window: MainWindow, clock: ManualClock, seconds: float) -> None:
    """Let ``seconds`` pass with the once-a-second ticks the heat ticker makes."""
    while seconds > 1e-9:
        step = min(1.0, seconds)
        clock.advance(step)
        seconds -= step
        window.heat_controller.tick()


def start_heat(window: MainWindow, area: str = "lower_back", minutes: int = 10) -> None:
    window.show_page(Page.HEAT)
    window.heat.confirm_checklist()
    assert window.heat.select_area(area)
    window.heat.set_minutes(minutes)
    assert window.heat.start()


@pytest.fixture
def alarms(make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    played: list[int] = []
    from calmfloor.ui.kit.sound import CuePlayer

    def play_alarm(self: CuePlayer, repeat: int) -> int:
        played.append(repeat)
        return repeat

    monkeypatch.setattr(CuePlayer, "play_alarm", play_alarm)
    return played


def test_heat_keeps_running_across_pages_and_the_alarm_repeats_until_acknowledged(
    make_window: WindowFactory,
    clock: ManualClock,
    data_dir: Path,
    alarms: list[int],
    qtbot: QtBot,
) -> None:
    window = make_window(heat_skin_checks=False)
    start_heat(window, minutes=10)
    assert window.context.state.get_bool(STATE_HEAT_CHECKLIST_CONFIRMED, False)

    for page in (Page.BREATHE, Page.RELAX, Page.HISTORY, Page.SETTINGS):
        window.show_page(page)
        let_pass(window, clock, 2 * MIN)
        assert window.heat_chip.isVisible()
        assert window.heat_controller.state is HeatState.RUNNING
    assert "2:00" in window.heat_chip.chip_text()  # 8 of 10 minutes gone, counted on every page

    window.showMinimized()
    let_pass(window, clock, 2 * MIN)  # the end comes while minimised, on the Settings page
    assert window.heat_controller.state is HeatState.TIME_UP
    assert window.heat_banner.isVisibleTo(window)
    let_pass(window, clock, 30)
    assert len(alarms) >= 4 and alarms == sorted(alarms)  # repeats, growing louder
    window.showNormal()

    qtbot.mouseClick(window.heat_banner.button(), Qt.MouseButton.LeftButton)
    heard = len(alarms)
    let_pass(window, clock, 30)
    assert len(alarms) == heard  # acknowledged: silence
    assert not window.heat_banner.isVisibleTo(window)
    assert not window.heat_controller.ticker.isActive()

    window.show_page(Page.HISTORY)
    model = window.history.table.model()
    cells = [model.index(0, c).data() for c in range(model.columnCount())]
    assert cells[Column.KIND] == "Heat pack"
    assert cells[Column.PATTERN] == "Lower back"
    assert cells[Column.RESULT] == "Completed"
    window.close()
    window.context.close()
    with HistoryStore.open(data_dir / "history.sqlite3") as store:
        (record,) = store.sessions()
    assert record.kind is SessionKind.HEAT and record.outcome is Outcome.COMPLETED
    assert record.details["area"] == "lower_back"
    assert record.actual_s == pytest.approx(10 * MIN + 30, abs=1.5)


def test_closing_with_the_pack_on_asks_first(
    make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    start_heat(window)
    monkeypatch.setattr(window.heat, "confirm_leave", lambda: False)
    window.close()
    assert window.isVisible()  # refused: the heat timer would die with the window
    monkeypatch.undo()


def test_the_routine_heat_step_sets_up_the_heat_timer(
    make_window: WindowFactory, clock: ManualClock
) -> None:
    window = make_window()
    window.show_page(Page.RELAX)
    relax = window.relax
    relax.acknowledge_caution()
    assert relax.select_routine("after-glute-spasm")
    relax.start()
    clock.advance(window.relax_controller.sample().phase_left_s + 0.01)  # past "get ready"
    window.relax_controller.tick()
    assert window.relax_controller.sample().segment.phase is RoutinePhase.ACTIVITY
    assert window.pages.currentWidget() is window.heat  # the patient presses Start there
    assert window.heat.minutes() == 15
    assert window.heat_controller.state is HeatState.IDLE  # never started behind their back
    assert window.relax_controller.is_active  # the routine goes on
