"""The Heat page while the pack is on: the countdown, the end time, skin checks, pause."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QLocale, Qt, QTime, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from calmfloor.core.clock import Clock
from calmfloor.core.heat import HeatSample, HeatState
from calmfloor.ui.heat.parts import (
    AREA_FONT_SCALE,
    BANNER_FONT_SCALE,
    COUNTDOWN_FONT_SCALE,
    SAFETY_FONT_SCALE,
    STATUS_FONT_SCALE,
    minutes_left,
    page_font,
    panel,
    seconds_left,
    size_buttons,
)
from calmfloor.ui.heat.safety import HeatSafetyPanel
from calmfloor.ui.kit.widgets import FlowLayout, announce, format_clock, wrapping_label

END_TIME_SLACK_S = 30.0  # "Ends at" is recomputed only when the end moves more than this


class HeatRunningPane(QWidget):
    """The session: the area, a large countdown, "Ends at", the next skin check, the
    safety rules, the skin-check prompt, pause and "I've removed the pack".

    Screen readers hear the time left once a minute (the countdown's description), never
    every second.

    Args:
        clock: wall-clock time for "Ends at".
        parent: the Qt parent.

    Signals:
        pause_requested(): the user pressed Pause (or Resume).
        remove_requested(): the user pressed "I've removed the pack".
        skin_ok_requested(): the user answered the skin check: skin looks fine.
    """

    pause_requested = Signal()
    remove_requested = Signal()
    skin_ok_requested = Signal()

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("heat-running")
        self._clock = clock
        self._shown_key: tuple[int, int | None, int] | None = None  # what the labels show
        self._minute_shown: int | None = None
        self._ends_at: datetime | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        left = QVBoxLayout()
        self._area_title = wrapping_label("heat-area-title")
        self._area_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._area_title.setAccessibleName(self.tr("Heat pack on"))
        self.countdown = QLabel()
        self.countdown.setObjectName("heat-countdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # a fixed name: screen readers must not be told every second
        self.countdown.setAccessibleName(self.tr("Heat time left"))
        self._status = wrapping_label("heat-status")
        self._status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._next_check = wrapping_label("heat-next-check")
        self._next_check.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._next_check.setAccessibleName(self.tr("Next skin check"))
        for widget in (self._area_title, self.countdown, self._status, self._next_check):
            left.addWidget(widget)
        top.addLayout(left, 3)
        top.addSpacing(self.fontMetrics().height())
        self.safety = HeatSafetyPanel()
        top.addWidget(self.safety, 2, Qt.AlignmentFlag.AlignVCenter)
        layout.addStretch(1)
        layout.addLayout(top)
        layout.addSpacing(self.fontMetrics().height())
        layout.addWidget(self._build_skin_check())
        layout.addStretch(1)

        buttons = FlowLayout(centered=True)  # wraps rather than widen the window
        self.pause_button = QPushButton(self.tr("Pause (pack off)"))
        self.pause_button.setObjectName("heat-pause")
        self.pause_button.clicked.connect(self.pause_requested.emit)
        self.remove_button = QPushButton(self.tr("I've removed the pack"))
        self.remove_button.setObjectName("heat-remove")
        self.remove_button.setAccessibleDescription(self.tr("Ends the heat session now"))
        self.remove_button.clicked.connect(self.remove_requested.emit)
        for button in (self.pause_button, self.remove_button):
            button.setAutoDefault(True)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setAccessibleName(button.text())
            buttons.addWidget(button)
        layout.addLayout(buttons)
        layout.addSpacing(self.fontMetrics().height() // 2)

    def _build_skin_check(self) -> QWidget:
        self._skin_banner = panel("heat-skin-check")
        banner = QHBoxLayout(self._skin_banner)
        self._skin_text = wrapping_label("heat-skin-check-text")
        self._skin_text.setText(
            self.tr(
                "Time to check your skin: lift the pack and look. Red patches, blisters or "
                "burning? Take it off."
            )
        )
        banner.addWidget(self._skin_text, 1)
        self.skin_ok = QPushButton(self.tr("Skin looks fine"))
        self.skin_ok.setObjectName("heat-skin-ok")
        self.skin_ok.setAutoDefault(True)
        self.skin_ok.setDefault(True)
        self.skin_ok.setAccessibleName(self.tr("Skin looks fine"))
        self.skin_ok.setAccessibleDescription(self.tr("I checked my skin under the pack"))
        self.skin_ok.clicked.connect(self.skin_ok_requested.emit)
        banner.addWidget(self.skin_ok, 0, Qt.AlignmentFlag.AlignVCenter)
        self._skin_banner.hide()
        return self._skin_banner

    # ----- what it shows --------------------------------------------------------------

    def begin(self, area: str) -> None:
        """A new session on ``area`` (its name): nothing of the last one is kept."""
        self._shown_key = None
        self._minute_shown = None
        self._ends_at = None
        self.show_area(area)

    def show_area(self, area: str) -> None:
        """The area's name above the countdown."""
        self._area_title.setText(area)
        self._area_title.setAccessibleDescription(area)

    def show_running(self, sample: HeatSample | None) -> None:
        """Running (again): time counts down, Pause pauses."""
        self._set_pause_text(self.tr("Pause (pack off)"))
        self._ends_at = None
        self.countdown.setEnabled(True)
        if sample is not None:
            self._show_status(sample)

    def show_paused(self) -> None:
        """Paused: the pack is off, time stands still, Pause resumes."""
        self._set_pause_text(self.tr("Resume (pack back on)"))
        self._ends_at = None
        self.countdown.setEnabled(False)
        self._status.setText(self.tr("Paused: the pack is off. Time stops until you resume."))
        announce(self._status, self.tr("Paused"))

    def ended(self) -> None:
        """The pack is off: the next session starts from a clean countdown."""
        self._skin_banner.hide()
        self._shown_key = None
        self.countdown.setEnabled(True)

    def _set_pause_text(self, text: str) -> None:
        self.pause_button.setText(text)
        self.pause_button.setAccessibleName(text)

    def show_skin_check(self) -> None:
        """Ask for a skin check (read out; the caller decides about the focus)."""
        self._skin_banner.show()
        announce(self._skin_text, self._skin_text.text())

    def hide_skin_check(self) -> None:
        """No skin check waits (answered, or the session is over)."""
        self._skin_banner.hide()

    def skin_check_pending(self) -> bool:
        """True while a skin check waits for the user."""
        return not self._skin_banner.isHidden()

    def _show_status(self, sample: HeatSample) -> None:
        if sample.state is not HeatState.RUNNING:
            return
        end = self._clock.wall() + timedelta(seconds=sample.left_s)
        if (
            self._ends_at is not None
            and abs((end - self._ends_at).total_seconds()) < END_TIME_SLACK_S
        ):
            return
        self._ends_at = end
        local = (end + timedelta(seconds=30)).astimezone()  # to the nearest minute
        shown = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
        self._status.setText(self.tr("Ends at %1").replace("%1", shown))

    def paint(self, sample: HeatSample) -> None:
        """Show ``sample``: the labels change only when what they show changes."""
        if sample.state not in (HeatState.RUNNING, HeatState.PAUSED):
            return
        if sample.pending_skin_check is None and self.skin_check_pending():
            self._skin_banner.hide()
        left = seconds_left(sample.left_s)
        check = None if sample.next_skin_check_s is None else seconds_left(sample.next_skin_check_s)
        key = (left, check, 1 if sample.state is HeatState.PAUSED else 0)
        if key == self._shown_key:
            return
        self._shown_key = key
        self.countdown.setText(format_clock(left))
        minutes = minutes_left(sample.left_s)
        if minutes != self._minute_shown:  # readers learn the time left once a minute
            self._minute_shown = minutes
            self.countdown.setAccessibleDescription(self.tr("About %n minute(s) left", "", minutes))
        if check is None:
            self._next_check.clear()
        else:
            self._next_check.setText(
                self.tr("Next skin check in %1").replace("%1", format_clock(check))
            )
        check_text = (
            "" if check is None else self.tr("In about %n minute(s)", "", minutes_left(check))
        )
        if self._next_check.accessibleDescription() != check_text:  # once a minute
            self._next_check.setAccessibleDescription(check_text)
        self._show_status(sample)

    def apply_fonts(self, base: QFont, height: int) -> None:
        """Large type, growing with a page of ``height`` pixels."""
        self._area_title.setFont(page_font(base, AREA_FONT_SCALE, bold=True, height=height))
        self.countdown.setFont(page_font(base, COUNTDOWN_FONT_SCALE, bold=True, height=height))
        self._status.setFont(page_font(base, STATUS_FONT_SCALE, height=height))
        self._next_check.setFont(page_font(base, SAFETY_FONT_SCALE, height=height))
        self.safety.apply_fonts(base, height)
        self._skin_text.setFont(page_font(base, BANNER_FONT_SCALE, height=height))
        size_buttons(
            (self.pause_button, self.remove_button, self.skin_ok, self.safety.help_button),
            base,
            height,
            {self.pause_button: (self.tr("Pause (pack off)"), self.tr("Resume (pack back on)"))},
        )
