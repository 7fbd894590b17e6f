"""The Relax page's end: how the routine went, when to repeat it, and the ratings."""

from __future__ import annotations

import math
from datetime import datetime

from PySide6.QtCore import QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from calmfloor.core.routine import Routine, RoutineEnded
from calmfloor.ui.kit.fonts import set_font_scale
from calmfloor.ui.kit.session_page import done_title_label
from calmfloor.ui.kit.widgets import (
    announce,
    format_clock,
    format_number,
    keep_tall,
    scrolling,
    separator,
    wrapping_label,
)

REPEAT_HALF = "\u00bd"


def _hours_text(hours: float) -> str:
    """``4½`` for 4.5, ``4`` for 4.0, else the shortest decimal, in the locale's digits."""
    locale = QLocale()
    whole = math.floor(hours)
    if math.isclose(hours - whole, 0.5):
        return f"{locale.toString(whole)}{REPEAT_HALF}"
    if math.isclose(hours, whole):
        return locale.toString(whole)
    return locale.toString(float(hours), "g", 6)


class RelaxDonePane(QWidget):
    """The end of a routine: title, summary, the repeat offer, then the ratings footer.

    Args:
        footer: the after-session ratings with Save and Skip (from the session page).
        kiosk: a guest gets no reminder offer.

    Signals:
        repeat_reminder_requested(str, str, float): "Remind me again": routine id, name,
            hours.
    """

    repeat_reminder_requested = Signal(str, str, float)

    def __init__(self, footer: QWidget, *, kiosk: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kiosk = kiosk
        self._repeat_offer: tuple[str, str, float] | None = None  # id, name, hours
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self._done_title = done_title_label()
        self._done_summary = wrapping_label("done-summary")
        self._done_summary.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_font_scale(self._done_summary, 1.2)
        sit = wrapping_label()
        sit.setText(self.tr("Sit for a moment before you stand up, and stand slowly."))
        sit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._repeat = wrapping_label("repeat-note")
        self._repeat.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for label in (self._done_title, self._done_summary, sit, self._repeat):
            layout.addWidget(label)
        remind_row = QHBoxLayout()
        remind_row.addStretch(1)
        self._remind_again = QPushButton()
        self._remind_again.setObjectName("repeat-remind")
        keep_tall(self._remind_again)
        self._remind_again.clicked.connect(self.request_repeat_reminder)
        self._remind_again.hide()
        remind_row.addWidget(self._remind_again)
        remind_row.addStretch(1)
        layout.addLayout(remind_row)
        self._remind_confirm = wrapping_label("repeat-confirm")
        self._remind_confirm.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self._remind_confirm)
        layout.addWidget(footer)
        layout.addStretch(2)

    def scrolled(self) -> QWidget:
        """This pane in a scroll area, as the page shows it."""
        return scrolling(self, self.tr("Routine finished"))

    def show_end(self, event: RoutineEnded, routine: Routine | None) -> tuple[str, str]:
        """Say how ``routine`` went and offer its repeat; the title and summary said."""
        total = len(routine.steps) if routine else 0
        if event.completed:
            self._done_title.setText(self.tr("Well done"))
        else:
            self._done_title.setText(self.tr("Routine stopped"))
        summary = (
            self.tr("%1 of %n step(s) in %2", "", total)
            .replace("%1", format_number(len(event.steps_completed)))
            .replace("%2", format_clock(event.elapsed_s))
        )
        if event.steps_skipped:
            summary += separator() + self.tr("%n skipped", "", len(event.steps_skipped))
        self._done_summary.setText(summary)
        self._show_repeat(routine)
        return self._done_title.text(), summary

    def _show_repeat(self, routine: Routine | None) -> None:
        hours = routine.repeat_after_hours if routine else None
        self._remind_confirm.clear()
        self._remind_confirm.hide()
        if hours is None or routine is None:
            self._repeat.hide()
            self._remind_again.hide()
            self._repeat_offer = None
            return
        if math.isclose(hours, 1.0):
            self._repeat.setText(self.tr("Do this again in about an hour."))
            self._remind_again.setText(self.tr("Remind me again in an hour"))
        else:
            text = _hours_text(hours)
            self._repeat.setText(self.tr("Do this again in about %1 hours.").replace("%1", text))
            self._remind_again.setText(self.tr("Remind me again in %1 hours").replace("%1", text))
        self._repeat.show()
        self._repeat_offer = (routine.id, routine.name, float(hours))
        self._remind_again.setEnabled(True)
        self._remind_again.setVisible(not self._kiosk)  # a guest gets no reminders

    def request_repeat_reminder(self) -> None:
        """ "Remind me again in 4½ hours": ask the window to set the one-off reminder."""
        if self._repeat_offer is None:
            return
        self._remind_again.setEnabled(False)  # once; the confirmation says when
        self.repeat_reminder_requested.emit(*self._repeat_offer)

    def confirm_repeat_reminder(self, due: datetime) -> None:
        """Say when the reminder set from the end screen comes ("I'll remind you at 15:40.")."""
        local = due.astimezone()
        when = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
        self._remind_confirm.setText(self.tr("I'll remind you at %1.").replace("%1", when))
        self._remind_confirm.show()
        announce(self._remind_confirm, self._remind_confirm.text())
