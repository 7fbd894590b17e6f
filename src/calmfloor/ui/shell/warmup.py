"""Import History's heavy modules in an idle moment after start-up, never during a session."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from calmfloor.ui.history.warmup import warm_up as history_warm_up

# After the window's first paint, wait this long before importing: the person looks at the
# window and may start a session at once; the import (pyqtgraph, numpy: 250-500 ms on an
# old clinic PC) would delay that click, never a frame.
IDLE_DELAY_MS = 1500
# While a session runs, look again this often; the check is one call and paints nothing.
SESSION_RETRY_MS = 5000

Schedule = Callable[[int, Callable[[], None]], None]


class HistoryWarmup(QObject):
    """Imports History's charts once, after the first paint and an idle delay, while no
    session runs, so the first opening of History does not pay for pyqtgraph.

    A session running at that moment postpones it until the session has ended; the import
    is one synchronous step on the GUI thread, so it can never overlap a frame of a session
    that starts later: that session's first frame simply waits for it.

    Args:
        window: the main window; its first paint starts the idle delay.
        session_running: true while a breathing, routine or heat session runs.
        warm_up: the work (History's ``warm_up``; injected by tests).
        schedule: runs a callback after some milliseconds (``QTimer.singleShot`` bound to
            this object, so nothing runs after the window is gone; injected by tests).
    """

    def __init__(
        self,
        window: QWidget,
        session_running: Callable[[], bool],
        *,
        warm_up: Callable[[], None] = history_warm_up,
        schedule: Schedule | None = None,
    ) -> None:
        super().__init__(window)
        self.setObjectName("history-warmup")
        self._window = window
        self._session_running = session_running
        self._warm_up = warm_up
        self._schedule = schedule or self._single_shot
        self._painted = False
        self.done = False
        window.installEventFilter(self)

    def _single_shot(self, delay_ms: int, callback: Callable[[], None]) -> None:
        # a static single shot with this object as context: no QTimer to leave running
        QTimer.singleShot(delay_ms, self, callback)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Note the window's first paint, then stop filtering."""
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            self.window_painted()
        return False

    def window_painted(self) -> None:
        """Start the idle delay (once; the first paint calls it)."""
        if self._painted:
            return
        self._painted = True
        self._schedule(IDLE_DELAY_MS, self._try)

    def _try(self) -> None:
        if self.done:
            return
        if self._session_running():
            self._schedule(SESSION_RETRY_MS, self._try)
            return
        self.done = True
        self._warm_up()


def start_history_warmup(
    window: QWidget, session_running: Callable[[], bool], *, kiosk: bool
) -> HistoryWarmup | None:
    """Warm History up for this window; not in the kiosk, whose guests never open History."""
    if kiosk:
        return None
    return HistoryWarmup(window, session_running)
