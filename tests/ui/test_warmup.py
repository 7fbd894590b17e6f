"""History's warm-up: after the first paint and an idle delay, never while a session runs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget
from pytestqt.qtbot import QtBot
from tests.ui.conftest import WindowFactory

from calmfloor.core.clock import ManualClock
from calmfloor.storage.paths import resolve_paths
from calmfloor.ui.kit.sound import CuePlayer
from calmfloor.ui.shell.context import load_context
from calmfloor.ui.shell.main_window import MainWindow
from calmfloor.ui.shell.warmup import (
    IDLE_DELAY_MS,
    SESSION_RETRY_MS,
    HistoryWarmup,
    start_history_warmup,
)


@dataclass
class Loop:
    """A hand-driven event loop: single shots wait in a list until ``run_for`` reaches them."""

    now_ms: int = 0
    pending: list[tuple[int, Callable[[], None]]] = field(default_factory=list)

    def schedule(self, delay_ms: int, callback: Callable[[], None]) -> None:
        self.pending.append((self.now_ms + delay_ms, callback))

    def run_for(self, ms: int) -> None:
        end = self.now_ms + ms
        while self.pending:
            self.pending.sort(key=lambda entry: entry[0])
            due, callback = self.pending[0]
            if due > end:
                break
            self.pending.pop(0)
            self.now_ms = due
            callback()
        self.now_ms = end


@dataclass
class Rig:
    loop: Loop
    warmup: HistoryWarmup
    session: list[bool]
    warmed_at: list[int]
    session_checks: list[int]


@pytest.fixture
def rig(qtbot: QtBot) -> Rig:
    window = QWidget()
    qtbot.addWidget(window)
    loop = Loop()
    session = [False]
    warmed_at: list[int] = []
    checks: list[int] = []

    def running() -> bool:
        checks.append(loop.now_ms)
        return session[0]

    warmup = HistoryWarmup(
        window,
        running,
        warm_up=lambda: warmed_at.append(loop.now_ms),
        schedule=loop.schedule,
    )
    return Rig(loop, warmup, session, warmed_at, checks)


def test_nothing_happens_before_the_window_has_painted(rig: Rig) -> None:
    rig.loop.run_for(60_000)
    assert rig.loop.pending == []
    assert rig.warmed_at == []


def test_the_import_runs_once_an_idle_delay_after_the_first_paint(rig: Rig) -> None:
    rig.loop.run_for(700)  # start-up
    rig.warmup.window_painted()
    rig.loop.run_for(IDLE_DELAY_MS - 1)
    assert rig.warmed_at == []
    rig.loop.run_for(1)
    assert rig.warmed_at == [700 + IDLE_DELAY_MS]
    assert rig.warmup.done
    rig.warmup.window_painted()  # later paints start nothing
    rig.loop.run_for(60_000)
    assert rig.warmed_at == [700 + IDLE_DELAY_MS]
    assert rig.loop.pending == []


def test_a_running_session_postpones_the_import_until_it_has_ended(rig: Rig) -> None:
    rig.warmup.window_painted()
    rig.session[0] = True  # the person started a breathing session straight away
    rig.loop.run_for(IDLE_DELAY_MS + 3 * SESSION_RETRY_MS)
    assert rig.warmed_at == []
    assert rig.session_checks == [IDLE_DELAY_MS + k * SESSION_RETRY_MS for k in range(4)]
    rig.session[0] = False
    ended_ms = rig.loop.now_ms
    rig.loop.run_for(SESSION_RETRY_MS)
    assert len(rig.warmed_at) == 1
    assert ended_ms < rig.warmed_at[0] <= ended_ms + SESSION_RETRY_MS
    assert rig.loop.pending == []  # nothing polls any more


def test_the_import_never_runs_while_a_session_runs(rig: Rig) -> None:
    # sessions come and go on a pattern that shares no period with the retry
    rig.warmup.window_painted()
    busy = [(0, 9_000), (10_000, 31_000), (31_200, 50_000)]
    for start, end in busy:
        rig.loop.run_for(start - rig.loop.now_ms)
        rig.session[0] = True
        rig.loop.run_for(end - start)
        rig.session[0] = False
    rig.loop.run_for(SESSION_RETRY_MS)
    assert len(rig.warmed_at) == 1
    assert not any(start <= rig.warmed_at[0] <= end for start, end in busy)
    assert rig.warmed_at[0] <= busy[-1][1] + SESSION_RETRY_MS


def test_the_first_paint_of_the_window_starts_the_delay(qtbot: QtBot) -> None:
    window = QMainWindow()
    window.setCentralWidget(QLabel("calmfloor"))
    window.resize(400, 300)
    qtbot.addWidget(window)
    loop = Loop()
    warmup = HistoryWarmup(window, lambda: False, warm_up=lambda: None, schedule=loop.schedule)
    assert loop.pending == []
    window.show()
    qtbot.waitUntil(lambda: len(loop.pending) == 1)  # the first paint came
    assert [due for due, _ in loop.pending] == [IDLE_DELAY_MS]
    window.update()
    qtbot.wait(50)  # another paint
    assert len(loop.pending) == 1
    loop.run_for(IDLE_DELAY_MS)
    assert warmup.done


def test_the_kiosk_warms_nothing_up(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    assert start_history_warmup(window, lambda: False, kiosk=True) is None
    assert window.findChild(QObject, "history-warmup") is None


def test_the_main_window_warms_history_up(make_window: WindowFactory) -> None:
    window = make_window()
    warmup = window.findChild(HistoryWarmup, "history-warmup")
    assert warmup is not None
    assert not warmup.done  # not before the idle delay


def test_a_kiosk_window_warms_nothing_up(qtbot: QtBot, data_dir: Path, clock: ManualClock) -> None:
    context = load_context(resolve_paths(data_dir), clock)
    window = MainWindow(context, CuePlayer(backend=None), kiosk=True)
    try:
        assert window.findChild(HistoryWarmup, "history-warmup") is None
    finally:
        window.close()
        context.close()
