"""The heat timer on every page: the navigation chip, the time's-up banner, notifications."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from calmfloor.core.heat import HeatSample, HeatState
from calmfloor.ui.heat.controller import HeatController
from calmfloor.ui.heat.parts import (
    ACTIVE_STATES,
    ALARM_FONT_SCALE,
    area_text,
    minutes_left,
    seconds_left,
)
from calmfloor.ui.kit.fonts import set_font_scale
from calmfloor.ui.kit.sound import CuePlayer
from calmfloor.ui.kit.theme import paint_for
from calmfloor.ui.kit.tray import SharedTray
from calmfloor.ui.kit.widgets import announce, format_clock, format_number, wrapping_label


class HeatStatusChip(QPushButton):
    """A compact heat countdown for the window's navigation column, on every page.

    Shows "Heat 12:34" with the area underneath while the pack is on, "Heat paused" while
    paused, "Check your skin" while a skin check waits, and a highlighted "Time's up"
    when time is up; hidden otherwise. Screen readers get a fixed name and a description
    that changes at most once a minute.

    Args:
        controller: the heat timer.
        parent: the Qt parent.

    Signals:
        activated(): the user clicked it (the window shows the Heat page).
    """

    activated = Signal()

    def __init__(self, controller: HeatController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("heat-chip")
        self._controller = controller
        self._key: tuple[str, int, bool] | None = None
        self._described: tuple[str, int, bool] | None = None
        self._highlighted = False
        self._title = QLabel()
        self._title.setObjectName("heat-chip-title")
        # a fixed name: the seconds must not reach readers (the chip describes each minute)
        self._title.setAccessibleName(self.tr("Heat time left"))
        self._title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._detail = QLabel()
        self._detail.setObjectName("heat-chip-detail")
        self._detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_font_scale(self._detail, 0.85)
        set_font_scale(self._title, 1.0, bold=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 6)  # "Heat paused" fits the column on one line
        layout.setSpacing(0)
        for label in (self._title, self._detail):
            # long words wrap: the chip never widens the navigation column
            label.setWordWrap(True)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)
        self.setAccessibleName(self.tr("Heat pack timer"))
        self.clicked.connect(self.activated.emit)
        controller.sample_changed.connect(self._on_sample)
        controller.state_changed.connect(lambda _state: self.refresh())
        controller.skin_check_due.connect(lambda _number: self.refresh())
        self.refresh()

    def chip_text(self) -> str:
        """What the chip says, both lines (for tests and tooltips)."""
        return " ".join(t for t in (self._title.text(), self._detail.text()) if t)

    def sizeHint(self) -> QSize:
        # as wide as "Heat 00:00" (the column decides the rest), as tall as the two lines
        width = self.fontMetrics().horizontalAdvance(
            self.tr("Heat %1").replace("%1", f"{format_number(0, 2)}:{format_number(0, 2)}")
        )
        layout = self.layout()
        height = layout.totalHeightForWidth(width + 8) if layout is not None else 0
        return QSize(width + 8, max(height, self.fontMetrics().height() * 2 + 8))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        return (
            layout.totalHeightForWidth(width)
            if layout is not None
            else super().heightForWidth(width)
        )

    def refresh(self) -> None:
        """Show the controller's current state."""
        self._on_sample(self._controller.sample())

    def _on_sample(self, sample: HeatSample | None) -> None:
        state = sample.state if sample is not None else HeatState.IDLE
        if sample is None or state not in ACTIVE_STATES:
            self._key = self._described = None
            self.hide()
            return
        timer = self._controller.timer
        area = area_text(timer.plan.area) if timer is not None else ""
        left = seconds_left(sample.left_s)
        checking = sample.pending_skin_check is not None
        key = (state.value, left, checking)
        if key == self._key:
            return
        self._key = key
        if state is HeatState.TIME_UP:
            title, detail = self.tr("Time's up"), self.tr("Take the pack off")
        elif state is HeatState.PAUSED:
            title, detail = self.tr("Heat paused"), area
        else:
            title = self.tr("Heat %1").replace("%1", format_clock(left))
            detail = self.tr("Check your skin") if checking else area
        self._title.setText(title)
        self._detail.setText(detail)
        self.setToolTip(self.chip_text())
        self._set_highlight(state is HeatState.TIME_UP or checking)
        described = (state.value, minutes_left(sample.left_s), checking)
        if described != self._described:  # at most once a minute, or on a change of state
            self._described = described
            self.setAccessibleDescription(self._description(state, sample, area, checking))
        self.show()
        self.updateGeometry()

    def _description(self, state: HeatState, sample: HeatSample, area: str, checking: bool) -> str:
        if state is HeatState.TIME_UP:
            return self.tr("Time's up: take the heat pack off now.")
        if state is HeatState.PAUSED:
            return self.tr("Paused. %1.").replace("%1", area)
        text = self.tr("About %n minute(s) left", "", minutes_left(sample.left_s))
        text += ". " + area + "."
        if checking:
            text += " " + self.tr("Time to check your skin.")
        return text

    def _set_highlight(self, on: bool) -> None:
        if on == self._highlighted:
            return
        self._highlighted = on
        if not on:
            self.setPalette(QPalette())  # no roles of its own: follows the theme again
            return
        app_pal = QApplication.palette()
        pal = QPalette()
        pal.setColor(QPalette.ColorRole.Button, app_pal.color(QPalette.ColorRole.Highlight))
        text = app_pal.color(QPalette.ColorRole.HighlightedText)
        pal.setColor(QPalette.ColorRole.ButtonText, text)
        pal.setColor(QPalette.ColorRole.WindowText, text)  # the two labels inside
        self.setPalette(pal)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ApplicationPaletteChange and self._highlighted:
            self._highlighted = False  # light or dark theme: take the new colours
            self._set_highlight(True)

    def is_highlighted(self) -> bool:
        """True while it asks for attention (time up, or a skin check waiting)."""
        return self._highlighted


class HeatAlarmBanner(QFrame):
    """The "time's up" banner the window shows above every page.

    Appears when time is up, with a large "I've removed the pack" button that takes the
    focus (Enter or Space presses it). It sounds the alarm then, and again on every repeat
    from the controller, louder each time (``CuePlayer.play_alarm``), until the pack is off;
    then it hides and silences the alarm.

    Args:
        controller: the heat timer.
        cues: plays the alarm (a safety sound: it plays even with cues off).
        parent: the Qt parent.

    Signals:
        None.
    """

    def __init__(
        self, controller: HeatController, cues: CuePlayer, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("heat-alarm")
        self._controller = controller
        self._cues = cues
        self.volumes: list[int] = []  # the loudness of every alarm sounded (for tests)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self._recolour()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        words = QVBoxLayout()
        self._title = wrapping_label(
            "heat-alarm-title", self.tr("Time's up: take the heat pack off now")
        )
        set_font_scale(self._title, ALARM_FONT_SCALE, bold=True)
        self._detail = wrapping_label(
            "heat-alarm-detail",
            self.tr("The sound repeats until you press the button."),
        )
        set_font_scale(self._detail, 1.1)
        words.addWidget(self._title)
        words.addWidget(self._detail)
        layout.addLayout(words, 1)
        self._button = QPushButton(self.tr("I've removed the pack"))
        self._button.setObjectName("heat-alarm-ack")
        self._button.setAccessibleName(self.tr("I've removed the pack"))
        self._button.setAccessibleDescription(self.tr("Stops the alarm and ends the heat session"))
        self._button.setAutoDefault(True)
        self._button.setDefault(True)
        set_font_scale(self._button, 1.35, bold=True)
        metrics = self._button.fontMetrics()
        self._button.setMinimumHeight(metrics.height() * 2 + 8)
        self._button.setMinimumWidth(
            metrics.horizontalAdvance(self._button.text()) + metrics.height() * 3
        )
        self._button.clicked.connect(self.acknowledge)
        layout.addWidget(self._button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setAccessibleName(self.tr("Heat pack alarm"))
        controller.time_up.connect(self._on_time_up)
        controller.alarm_repeat.connect(self._on_repeat)
        controller.state_changed.connect(self._on_state)
        self.setVisible(controller.state is HeatState.TIME_UP)

    def button(self) -> QPushButton:
        """The "I've removed the pack" button."""
        return self._button

    def acknowledge(self) -> None:
        """The pack is off: stop the alarm and end the session."""
        self._controller.acknowledge()

    def _recolour(self) -> None:
        paint = paint_for(QApplication.palette())  # the theme's alarm colours
        pal = QPalette()
        pal.setColor(QPalette.ColorRole.Window, QColor(paint.alarm_bg))
        pal.setColor(QPalette.ColorRole.WindowText, QColor(paint.alarm_text))
        self.setPalette(pal)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ApplicationPaletteChange:  # light or dark theme
            self._recolour()

    def _sound(self, repeat: int) -> None:
        self.volumes.append(self._cues.play_alarm(repeat))

    def _on_time_up(self, _overdue_s: float) -> None:
        self.show()
        self._sound(1)
        announce(self._title, self._title.text())  # said with the focused button
        self._button.setFocus()
        window = self.window()
        if window is not self:
            QApplication.alert(window)

    def _on_repeat(self, level: int) -> None:
        if self._controller.state is HeatState.TIME_UP:
            self._sound(level + 1)  # the first sound at time up was repeat 1

    def _on_state(self, state: str) -> None:
        if state == HeatState.TIME_UP or self.isHidden():
            return
        self.hide()
        self._cues.stop_all()  # the alarm may still be ringing


class HeatNotifier(QObject):
    """System notifications for time up and skin checks, where the desktop has a tray.

    Without a system tray it does nothing: the banner and the chip are the in-app path. It
    uses the window's one :class:`~calmfloor.ui.kit.tray.SharedTray` (created the first time it is
    needed) and lets go of the icon whenever no heat session runs.

    Args:
        controller: the heat timer.
        parent: the Qt parent.
        tray: the shared tray icon; None makes one of its own (with the two arguments below).
        tray_available: whether the desktop has a tray (tests pass a stand-in).
        make_tray: creates the tray icon (tests pass a stand-in).

    Signals:
        activated(): the user clicked the tray icon or a notification (show the Heat page).
    """

    activated = Signal()
    OWNER = "heat"

    def __init__(
        self,
        controller: HeatController,
        parent: QObject | None = None,
        *,
        tray: SharedTray | None = None,
        tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
        make_tray: Callable[[QObject], QSystemTrayIcon] | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._shared = tray or SharedTray(self, tray_available=tray_available, make_tray=make_tray)
        self._shared.message_clicked.connect(self._on_clicked)
        self._shared.activated.connect(self._on_clicked)
        controller.time_up.connect(self._on_time_up)
        controller.skin_check_due.connect(self._on_skin_check)
        controller.state_changed.connect(self._on_state)

    @property
    def tray(self) -> QSystemTrayIcon | None:
        """The tray icon, once created."""
        return self._shared.icon

    def _on_clicked(self, owner: str) -> None:
        if owner == self.OWNER:
            self.activated.emit()

    def _notify(self, title: str, text: str, icon: QSystemTrayIcon.MessageIcon) -> None:
        self._shared.notify(self.OWNER, title, text, icon)

    def _on_time_up(self, _overdue_s: float) -> None:
        self._notify(
            self.tr("Heat pack: time's up"),
            self.tr("Take the heat pack off now."),
            QSystemTrayIcon.MessageIcon.Warning,
        )

    def _on_skin_check(self, _number: int) -> None:
        self._notify(
            self.tr("Heat pack: check your skin"),
            self.tr("Lift the pack and look. Red patches, blisters or burning? Take it off."),
            QSystemTrayIcon.MessageIcon.Information,
        )

    def _on_state(self, state: str) -> None:
        if state in (HeatState.DONE, HeatState.REMOVED, HeatState.IDLE):
            self._shared.release(self.OWNER)
