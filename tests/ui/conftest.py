"""Fixtures for window-level tests: a real data directory, a hand-moved clock, no sound."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from calmfloor.core.clock import ManualClock
from calmfloor.storage.paths import resolve_paths
from calmfloor.ui.kit.sound import CuePlayer
from calmfloor.ui.shell.context import load_context
from calmfloor.ui.shell.main_window import MainWindow, Page

WindowFactory = Callable[..., MainWindow]


@pytest.fixture(autouse=True)
def english_plurals(qapp: object) -> None:
    """The app installs its plural forms at start-up; so do the window tests."""
    from PySide6.QtCore import QCoreApplication

    from calmfloor.ui.kit.i18n import install_translations

    app = QCoreApplication.instance()
    assert app is not None and install_translations(app)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def make_window(qtbot: QtBot, clock: ManualClock, data_dir: Path) -> Iterator[WindowFactory]:
    """Build a main window on ``data_dir``, as the app does at start-up; closed afterwards."""
    made: list[MainWindow] = []

    def make(
        path: Path | None = None, *, cues: CuePlayer | None = None, **settings: object
    ) -> MainWindow:
        context = load_context(resolve_paths(path or data_dir), clock)
        for key, value in settings.items():
            context.settings.set_value(key, value)
        window = MainWindow(context, cues or CuePlayer(backend=None))
        # not qtbot.addWidget: pytest-qt would close it before a running session is stopped
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        QTest.qWaitForWindowActive(window, 2000)  # window shortcuts need an active window
        made.append(window)
        return window

    yield make
    for window in made:
        window.breathing.stop()
        if window.is_built(Page.RELAX):
            window.relax.stop()
        if window.is_built(Page.HEAT):
            window.heat.remove_pack()
        window.close()
        window.context.close()
