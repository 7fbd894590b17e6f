"""The window's reminders (controller, notifier, banner), made just after its first paint.

Making them asks Qt for the system's time zone (the first ``QTimeZone`` use, about 12 ms)
and imports the reminders package, none of which the first paint needs; the window makes
them from the event loop right after that paint, or at once when something asks for them
earlier (docs/performance.md, "Start-up").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from calmfloor.ui.shell.context import AppContext, last_practice

if TYPE_CHECKING:
    from calmfloor.ui.kit.tray import SharedTray
    from calmfloor.ui.programme.mount import ProgrammeMount
    from calmfloor.ui.reminders.controller import (
        ReminderBanner,
        ReminderController,
        ReminderNotifier,
    )


class ReminderHost(Protocol):
    """What the reminders need of the main window."""

    context: AppContext
    programme: ProgrammeMount | None
    tray: SharedTray
    kiosk: bool

    def session_running(self) -> bool:
        """True while a session runs (a reminder waits for it)."""
        ...


@dataclass(frozen=True, slots=True)
class ReminderParts:
    """What the window keeps of its reminders."""

    controller: ReminderController
    notifier: ReminderNotifier
    banner: ReminderBanner


def make_reminders(window: ReminderHost, owner: QWidget) -> ReminderParts:
    """The reminders of the window's profile: a timer and a hidden banner (no page is
    built), children of ``owner`` (the window). A kiosk's are switched off at once."""
    from calmfloor.ui.reminders.controller import (
        ReminderBanner,
        ReminderController,
        ReminderNotifier,
    )
    from calmfloor.ui.reminders.quiet import system_quiet_source

    context, programme = window.context, window.programme
    controller = ReminderController(
        context.clock,
        context.settings,
        context.state,
        window.session_running,
        lambda: last_practice(context.history),
        owner,
        quiet=system_quiet_source(),  # full screen, presenting, do-not-disturb: wait
        programme_times=programme.times_today if programme is not None else None,
    )
    if programme is not None:
        programme.controller.changed.connect(controller.refresh_times)
    notifier = ReminderNotifier(window.tray, owner)
    banner = ReminderBanner(controller, notifier)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        # after a suspend or a long time in the background, look at the clock at once
        app.applicationStateChanged.connect(controller.check_now)
    if window.kiosk:
        controller.set_enabled(False)
    return ReminderParts(controller, notifier, banner)


class AfterFirstPaint(QObject):
    """Calls ``then`` once from the event loop, right after ``widget``'s first paint, if the
    widget is still visible then (a window closed meanwhile needs nothing more).

    A one-shot event filter: it removes itself at that paint, so no later event passes
    through Python.
    """

    def __init__(self, widget: QWidget, then: Callable[[], object]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            self._widget.removeEventFilter(self)
            QTimer.singleShot(0, self._widget, self._after_paint)
        return False

    def _after_paint(self) -> None:
        if self._widget.isVisible():
            self._then()
