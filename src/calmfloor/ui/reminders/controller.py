"""Practice reminders in the window: the controller and its one timer, the banner, the notifier."""

from __future__ import annotations

import contextlib
import math
import zoneinfo
from collections.abc import Callable, Sequence
from datetime import datetime, time, tzinfo

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTime, QTimer, QTimeZone, Signal, Slot
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from calmfloor.core.clock import Clock
from calmfloor.core.reminders import (
    DAILY_TEXT,
    ONE_OFF_TEXT,
    Reminder,
    ReminderCheck,
    ReminderKind,
    ReminderSchedule,
    parse_times,
)
from calmfloor.storage.errors import StorageWriteError
from calmfloor.storage.settings_store import (
    STATE_ONE_OFF_REMINDER,
    STATE_REMINDERS_HANDLED_UNTIL,
    StateStore,
)
from calmfloor.ui.kit.i18n import FALLBACK_LANGUAGE, current_language
from calmfloor.ui.kit.models import SettingsModel
from calmfloor.ui.kit.session import FLOAT_SLACK_MS
from calmfloor.ui.kit.shortcuts import matches
from calmfloor.ui.kit.tray import SharedTray
from calmfloor.ui.kit.widgets import announce, tr_core, wrapping_label

# Qt timers run on the monotonic clock, which stands still while the computer sleeps: a timer
# armed for 09:00 at 22:00 the evening before would fire hours late after a night asleep. So
# the timer never waits longer than this; on waking, the next look at the wall clock is at
# most this far off, well inside the half hour a missed reminder may still show.
WAKE_MAX_MS = 15 * 60 * 1000
REMINDER_SETTINGS = ("reminders_enabled", "reminder_times")
QUIET_POLL_MS = 60 * 1000  # a reminder held while the user is quiet: look again this often


def system_time_zone() -> tzinfo:
    """The system's time zone as a ``zoneinfo`` zone, or the current local offset."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        local = datetime.now().astimezone().tzinfo
        assert local is not None
        return local


def wait_ms(due: datetime, now: datetime) -> int:
    """Milliseconds from ``now`` to ``due``, at least 0 and at most ``WAKE_MAX_MS``."""
    left_ms = (due - now).total_seconds() * 1000
    return min(max(math.ceil(left_ms - FLOAT_SLACK_MS), 0), WAKE_MAX_MS)


def local_time_text(moment: datetime, tz: tzinfo | None = None) -> str:
    """``moment`` as a local time of day in the locale's short format ("15:40", "3:40 PM")."""
    local = moment.astimezone(tz) if tz is not None else moment.astimezone()
    return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


class ReminderController(QObject):
    """Owns the reminder schedule and the ONE single-shot timer armed to the next reminder.

    The timer (``reminder-timer``) is armed to the next due reminder but never for longer
    than ``WAKE_MAX_MS`` (15 minutes), because Qt timers stand still while the machine
    sleeps: waking, it looks at the wall clock again within 15 minutes at most. It is
    re-armed when the reminder settings change, when a session ends (:meth:`session_ended`)
    and when the application becomes active (:meth:`check_now`). With no reminder set there
    is no timer at all.

    The one-off reminder and the moment up to which the daily times are done with are kept
    in the state file, so a restart neither loses the one-off nor repeats a reminder shown
    already.

    Args:
        clock: ``wall()`` gives the current time.
        settings: the preferences (``reminders_enabled``, ``reminder_times``).
        state: the state file, for the one-off reminder.
        is_busy: True while any session (breathing, routine, heat pack) runs.
        last_practice: when the newest session started, or None.
        parent: the Qt parent.
        tz: the local time zone; the system's when None.
        quiet: True while the user is in a full-screen application, presenting or has
            do-not-disturb on (see :mod:`calmfloor.ui.reminders.quiet`); never when None.
        programme_times: more daily times, from the programme in force (its items' times
            of day); they join the times in Settings while reminders are on.

    Signals:
        reminder_due(object): show this :class:`~calmfloor.core.reminders.Reminder` now.
    """

    reminder_due = Signal(object)

    def __init__(
        self,
        clock: Clock,
        settings: SettingsModel,
        state: StateStore,
        is_busy: Callable[[], bool],
        last_practice: Callable[[], datetime | None],
        parent: QObject | None = None,
        *,
        tz: tzinfo | None = None,
        quiet: Callable[[], bool] | None = None,
        programme_times: Callable[[], Sequence[time]] | None = None,
    ) -> None:
        super().__init__(parent)
        self._quiet = quiet or (lambda: False)
        self._programme_times = programme_times or (lambda: ())
        self._clock = clock
        self._settings = settings
        self._state = state
        self._is_busy = is_busy
        self._last_practice = last_practice
        self._enabled = True
        now = clock.wall()
        self._schedule = ReminderSchedule(
            tz or system_time_zone(),
            self._stored_handled_until(now),
            self._times(),
            enabled=bool(settings.value("reminders_enabled")),
            one_off=self._stored_one_off(),
        )
        self._timer = QTimer(self)
        self._timer.setObjectName("reminder-timer")
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.check_now)
        settings.changed.connect(self._on_setting)
        self._arm()

    # ----- state ------------------------------------------------------------------------

    def _times(self) -> tuple[time, ...]:
        value = self._settings.value("reminder_times")
        own = parse_times(value if isinstance(value, tuple) else ())
        return tuple(sorted({*own, *self._programme_times()}))

    def refresh_times(self) -> None:
        """Read the times again (the programme changed); a time just passed does not fire."""
        self._schedule.set_times(self._times(), self._clock.wall())
        self._arm()

    def _stored_one_off(self) -> Reminder | None:
        stored = self._state.get(STATE_ONE_OFF_REMINDER)
        if stored is None:
            return None
        try:
            reminder = Reminder.from_json(stored)
        except (ValueError, TypeError):
            return None  # a damaged entry is forgotten, never an error
        return reminder if reminder.kind is ReminderKind.ONE_OFF else None

    def _stored_handled_until(self, now: datetime) -> datetime:
        text = self._state.get_str(STATE_REMINDERS_HANDLED_UNTIL, "")
        try:
            stored = datetime.fromisoformat(text) if text else None
        except ValueError:
            stored = None
        if stored is None or stored.utcoffset() is None or stored > now:
            return now  # first run (or a clock set back): nothing to catch up
        return stored

    def _save_state(self) -> None:
        one_off = self._schedule.one_off
        if one_off is None:
            self._state.remove(STATE_ONE_OFF_REMINDER)
        else:
            self._state.set(STATE_ONE_OFF_REMINDER, one_off.to_json())
        self._state.set(STATE_REMINDERS_HANDLED_UNTIL, self._schedule.handled_until.isoformat())
        # remembering reminders is a convenience: a failed write costs at most a repeat
        with contextlib.suppress(StorageWriteError):
            self._state.save()

    # ----- public -----------------------------------------------------------------------

    @property
    def timer(self) -> QTimer:
        """The one timer this controller runs (exposed for tests)."""
        return self._timer

    @property
    def schedule(self) -> ReminderSchedule:
        """The schedule (read it; change it through this controller)."""
        return self._schedule

    @property
    def enabled(self) -> bool:
        """False when reminders are switched off altogether (kiosk mode)."""
        return self._enabled

    def next_due(self) -> Reminder | None:
        """The next reminder to come, or None (also while switched off)."""
        if not self._enabled:
            return None
        return self._schedule.next_due(self._clock.wall())

    def set_enabled(self, enabled: bool) -> None:
        """Switch every reminder on or off; off drops the timer (kiosk mode)."""
        self._enabled = enabled
        self._arm()

    def remind_after(self, hours: float, routine_id: str, name: str) -> Reminder:
        """Set the one-off reminder to repeat a routine ``hours`` from now.

        Returns:
            The reminder (its ``due`` says when).
        """
        reminder = self._schedule.remind_after(self._clock.wall(), hours, routine_id, name)
        self._save_state()
        self._arm()
        return reminder

    def snooze(self, reminder: Reminder) -> Reminder:
        """ "In 15 minutes": bring ``reminder`` back later."""
        again = self._schedule.snooze(reminder, self._clock.wall())
        if again.kind is ReminderKind.ONE_OFF:
            self._save_state()
        self._arm()
        return again

    def dismiss(self, reminder: Reminder) -> None:
        """The user dismissed ``reminder``; it was marked done when it showed."""
        del reminder

    @Slot()
    def session_ended(self) -> None:
        """A session ended: a one-off that waited for it shows now."""
        self.check_now()

    @Slot()
    def check_now(self) -> None:
        """Look at the wall clock: show what is due, then re-arm the timer."""
        if not self._enabled:
            self._arm()
            return
        result: ReminderCheck = self._schedule.check(
            self._clock.wall(),
            busy=self._is_busy(),
            last_practice=self._last_practice(),
            quiet=self._quiet(),
        )
        if result.handled:
            self._save_state()
        self._arm()
        if result.shown is not None:
            self.reminder_due.emit(result.shown)

    # ----- internals --------------------------------------------------------------------

    def _on_setting(self, key: str, _value: object) -> None:
        if key not in REMINDER_SETTINGS:
            return
        now = self._clock.wall()
        self._schedule.set_times(self._times(), now)
        self._schedule.set_enabled(bool(self._settings.value("reminders_enabled")), now)
        self._arm()

    def _arm(self) -> None:
        reminder = self.next_due()
        held = self._enabled and self._schedule.held is not None
        if reminder is None and not held:
            self._timer.stop()
            return
        wait = wait_ms(reminder.due, self._clock.wall()) if reminder is not None else WAKE_MAX_MS
        self._timer.start(min(wait, QUIET_POLL_MS) if held else wait)


def reminder_text(reminder: Reminder) -> str:
    """What the reminder says, translated."""
    if reminder.kind is ReminderKind.ONE_OFF and reminder.name:
        name = reminder.name  # as the Relax page showed it
        language = current_language() or FALLBACK_LANGUAGE
        # English: "Piriformis stretch" reads "your piriformis stretch"; German nouns keep
        # their capital, and other languages may have no capitals at all
        if language.split("_")[0] == "en" and name[1:2].islower():
            name = name[:1].lower() + name[1:]
        return tr_core("reminders", ONE_OFF_TEXT).replace("%1", name)
    return tr_core("reminders", DAILY_TEXT)


class ReminderNotifier(QObject):
    """Sends reminders as system notifications through the shared tray, where there is one.

    Args:
        tray: the window's shared tray icon.
        parent: the Qt parent.

    Signals:
        activated(): the user clicked a reminder's notification or the icon it holds.
    """

    activated = Signal()
    OWNER = "reminders"

    def __init__(self, tray: SharedTray, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tray = tray
        tray.message_clicked.connect(self._on_clicked)
        tray.activated.connect(self._on_clicked)

    def available(self) -> bool:
        """True when notifications can be shown."""
        return self._tray.available()

    def notify(self, reminder: Reminder) -> bool:
        """Show ``reminder`` as a notification; False when there is no tray."""
        return self._tray.notify(
            self.OWNER,
            self.tr("calmfloor"),
            reminder_text(reminder),
            QSystemTrayIcon.MessageIcon.Information,
        )

    def done(self) -> None:
        """The reminder was answered: the icon is no longer needed for it."""
        self._tray.release(self.OWNER)

    def _on_clicked(self, owner: str) -> None:
        if owner == self.OWNER:
            self.activated.emit()


class ReminderBanner(QFrame):
    """The in-app reminder above the pages, in calm colours.

    It says what the reminder is for and offers "Start now", "In 15 minutes" and
    "Dismiss" (Esc dismisses too). It never takes the keyboard focus, so a running session
    is not disturbed; screen readers hear it once. With a notifier whose desktop has a
    tray, a reminder goes to the notification first and the banner shows its choices when
    the notification is clicked (:meth:`show_held`).

    Args:
        controller: the reminders.
        notifier: sends system notifications, or None for the banner only.
        parent: the Qt parent.

    Signals:
        start_requested(object): "Start now" for this reminder (the window opens the page).
    """

    start_requested = Signal(object)

    def __init__(
        self,
        controller: ReminderController,
        notifier: ReminderNotifier | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reminder-banner")
        self._controller = controller
        self._notifier = notifier
        self._reminder: Reminder | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self._recolour()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        words = QVBoxLayout()
        self._text = wrapping_label("reminder-text")
        words.addWidget(self._text)
        layout.addLayout(words, 1)
        self._start = QPushButton(self.tr("Start now"))
        self._start.setObjectName("reminder-start")
        self._snooze = QPushButton(self.tr("In 15 minutes"))
        self._snooze.setObjectName("reminder-snooze")
        self._snooze.setAccessibleName(self.tr("Remind me in 15 minutes"))
        self._dismiss = QPushButton(self.tr("Dismiss"))
        self._dismiss.setObjectName("reminder-dismiss")
        for button in (self._start, self._snooze, self._dismiss):
            button.setAutoDefault(False)
            button.setMinimumHeight(button.fontMetrics().height() * 2)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        self._start.clicked.connect(self.start_now)
        self._snooze.clicked.connect(self.snooze)
        self._dismiss.clicked.connect(self.dismiss)
        self.setAccessibleName(self.tr("Practice reminder"))
        controller.reminder_due.connect(self._on_due)
        self.hide()

    @property
    def reminder(self) -> Reminder | None:
        """The reminder shown (or held for the notification), if any."""
        return self._reminder

    def text(self) -> str:
        """What the banner says."""
        return self._text.text()

    def buttons(self) -> tuple[QPushButton, QPushButton, QPushButton]:
        """Start now, In 15 minutes, Dismiss."""
        return self._start, self._snooze, self._dismiss

    def _on_due(self, reminder: Reminder) -> None:
        self._reminder = reminder
        self._text.setText(reminder_text(reminder))
        if self._notifier is not None and self._notifier.notify(reminder):
            self.hide()  # the notification first; a click on it shows the choices here
            return
        self._reveal()

    def show_held(self) -> None:
        """Show the choices for the reminder the notification was about."""
        if self._reminder is not None:
            self._reveal()

    def _reveal(self) -> None:
        self.show()
        announce(self._text, self._text.text())

    def start_now(self) -> None:
        """Start practice now."""
        reminder = self._finish()
        if reminder is not None:
            self.start_requested.emit(reminder)

    def snooze(self) -> None:
        """Remind me in 15 minutes."""
        reminder = self._finish()
        if reminder is not None:
            self._controller.snooze(reminder)

    def dismiss(self) -> None:
        """Not now: the reminder goes away and does not come back."""
        reminder = self._finish()
        if reminder is not None:
            self._controller.dismiss(reminder)

    def _finish(self) -> Reminder | None:
        reminder, self._reminder = self._reminder, None
        self.hide()
        if self._notifier is not None:
            self._notifier.done()
        return reminder

    def event(self, event: QEvent) -> bool:
        # Esc in the banner is the banner's, not the page's (stop the session): Qt asks the
        # focused button and then its parents before it looks at the window's shortcuts
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and matches(event, "reminder-dismiss")
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if matches(event, "reminder-dismiss") and self.isVisible():
            self.dismiss()
            event.accept()
            return
        super().keyPressEvent(event)

    def _recolour(self) -> None:
        # a soft tint, not an alarm colour: the alternate base of the theme's own palette
        app_pal = QApplication.palette()
        pal = QPalette()
        pal.setColor(QPalette.ColorRole.Window, app_pal.color(QPalette.ColorRole.AlternateBase))
        pal.setColor(QPalette.ColorRole.WindowText, app_pal.color(QPalette.ColorRole.Text))
        self.setPalette(pal)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ApplicationPaletteChange:  # light or dark theme
            self._recolour()
