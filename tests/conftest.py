"""Shared test setup: Qt runs offscreen, and no test may leave a timer running."""

from __future__ import annotations

import os
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before anything imports Qt: no display here, and Qt aborts without one.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The offscreen screens the window tests see: the two laptop screens people have most often
# (Qt's default offscreen screen is 800 x 800, which nobody has).
SCREENS = Path(__file__).with_name("screens.json")


@pytest.fixture(scope="session")
def qapp_args() -> list[str]:
    """Give the test application two laptop screens, 1280 x 720 (primary) and 1366 x 768."""
    args = ["calmfloor-tests"]
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        args += ["-platform", f"offscreen:configfile={SCREENS}"]
    return args


@pytest.fixture(scope="session")
def qapp(qapp: object) -> object:
    """pytest-qt's application with calmfloor's typeface loaded, as the app does at start."""
    from PySide6.QtGui import QFont, QGuiApplication

    from calmfloor.ui.kit.fonts import install_fonts

    assert isinstance(qapp, QGuiApplication)
    families = install_fonts(qapp)
    assert families == ["Roboto", "Vazirmatn UI"], "the shipped typefaces did not load"
    font = QFont(qapp.font())
    font.setFamilies(families)
    qapp.setFont(font)
    return qapp


@pytest.fixture(autouse=True)
def no_leaked_timers(request: pytest.FixtureRequest) -> Iterator[None]:
    """Fail a Qt test that leaves a QTimer it started still running (napari's guard)."""
    if "qtbot" not in request.fixturenames:
        yield
        return
    import shiboken6
    from PySide6.QtCore import QTimer

    started: list[weakref.ref[QTimer]] = []
    original = QTimer.start

    def tracking_start(self: QTimer, *args: object) -> None:
        started.append(weakref.ref(self))
        original(self, *args)  # type: ignore[arg-type]

    mp = pytest.MonkeyPatch()
    mp.setattr(QTimer, "start", tracking_start)
    try:
        yield
    finally:
        mp.undo()
    leaked = [
        timer.objectName() or repr(timer)
        for timer in (ref() for ref in started)
        if timer is not None and shiboken6.isValid(timer) and timer.isActive()
    ]
    assert not leaked, f"timers left running: {leaked}"
