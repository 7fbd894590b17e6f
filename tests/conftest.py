"""Shared test setup: Qt runs offscreen, and no test may leave a timer running."""

from __future__ import annotations

import os
import weakref
from collections.abc import Iterator

import pytest

# Before anything imports Qt: no display here, and Qt aborts without one.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


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
