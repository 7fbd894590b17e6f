"""The kiosk's idle watch: any input anywhere moves the reset deadline; one timer waits for it."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

from calmfloor.core.clock import Clock
from calmfloor.core.kiosk import GuestActivity

# Input that shows someone is at the screen.
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)

RUNNING = "running"

PAUSED = "paused"

ENDED = frozenset({"finished", "stopped"})


class IdleWatcher(QObject):
    """Counts user input anywhere in the application and says when a reset is due.

    An event filter on the application notes every key, click, mouse movement, wheel turn
    and touch in the :class:`~calmfloor.core.kiosk.GuestActivity`; ONE single-shot timer
    waits for its deadline. Input only ever moves the deadline later, so the timer is
    re-armed when it fires rather than on every mouse movement.

    Args:
        activity: decides when a reset is due.
        clock: monotonic time.
        parent: the Qt parent.

    Signals:
        reset_due(): the kiosk should return to its welcome screen now.
    """

    reset_due = Signal()

    def __init__(self, activity: GuestActivity, clock: Clock, parent: QObject | None = None):
        super().__init__(parent)
        self.activity = activity
        self._clock = clock
        self._timer = QTimer(self)
        self._timer.setObjectName("kiosk-idle-timer")
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.check)
        self._watching = False
        self.start()

    @property
    def timer(self) -> QTimer:
        """The one timer (exposed for tests)."""
        return self._timer

    def start(self) -> None:
        """Watch the application's input."""
        app = QCoreApplication.instance()
        if app is not None and not self._watching:
            app.installEventFilter(self)
            self._watching = True

    def stop(self) -> None:
        """Stop watching and drop the timer."""
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None and self._watching:
            app.removeEventFilter(self)
        self._watching = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self.activity.note_input(self._clock.now())
            if not self._timer.isActive():
                self.arm()
        return False

    def arm(self) -> None:
        """Start the timer to the activity's deadline (or stop it when there is none)."""
        deadline = self.activity.deadline()
        if deadline is None or not self._watching:
            self._timer.stop()
            return
        self._timer.start(max(0, math.ceil((deadline - self._clock.now()) * 1000)))

    def check(self) -> None:
        """The timer fired: reset when due, else wait for the new deadline."""
        if self.activity.reset_due(self._clock.now()):
            self.reset_due.emit()
        else:
            self.arm()
