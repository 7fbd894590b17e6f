"""Parts of the History page: the range switch, the Consistency tab and the Programme tab."""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from calmfloor.core.stats import Range, week_progress
from calmfloor.ui.history.calendar import CalendarHeatMap
from calmfloor.ui.history.controller import Consistency, locale_week_start
from calmfloor.ui.kit.fonts import set_font_scale
from calmfloor.ui.kit.models import SettingsModel
from calmfloor.ui.kit.roles import read_as_choice
from calmfloor.ui.kit.theme import CHOSEN_BUTTON_STYLE
from calmfloor.ui.kit.widgets import FlowLayout, format_number

if TYPE_CHECKING:
    from calmfloor.core.programme import FlareEntry  # the programme model loads with a review

RANGES: tuple[Range, ...] = (Range.WEEK, Range.MONTH, Range.QUARTER, Range.YEAR, Range.ALL)
STREAK_SCALE = 1.3  # the streak line on the Consistency tab
GOAL_KEY = "weekly_goal_days"
DEFAULT_GOAL_DAYS = 5


class _ArrowKeyFilter(QObject):
    """Arrow keys move through a group of checkable buttons and choose the next one."""

    def __init__(self, group: QButtonGroup, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._group = group

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            step = {
                Qt.Key.Key_Left: -1,
                Qt.Key.Key_Up: -1,
                Qt.Key.Key_Right: 1,
                Qt.Key.Key_Down: 1,
            }.get(Qt.Key(event.key()))
            buttons = self._group.buttons()
            if step is not None and watched in buttons:
                target = buttons[(buttons.index(watched) + step) % len(buttons)]
                target.setFocus(Qt.FocusReason.TabFocusReason)
                target.click()
                return True
        return super().eventFilter(watched, event)


class RangeBar(QWidget):
    """The range switch: Week, Month, 3 months, Year, All; arrow keys move and choose.

    Args:
        chosen: the range checked at first.
        parent: the Qt parent.

    Signals:
        range_chosen(object): a :class:`Range` was chosen.
    """

    range_chosen = Signal(object)

    def __init__(self, chosen: Range, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons = QButtonGroup(self)
        self.buttons.setExclusive(True)
        row = FlowLayout()  # wraps rather than widen the window (German, 200 %)
        titles = {
            Range.WEEK: (self.tr("Week"), self.tr("Show the last 7 days")),
            Range.MONTH: (self.tr("Month"), self.tr("Show the last 30 days")),
            Range.QUARTER: (self.tr("3 months"), self.tr("Show the last 3 months")),
            Range.YEAR: (self.tr("Year"), self.tr("Show the last year")),
            Range.ALL: (self.tr("All"), self.tr("Show all your history")),
        }
        for index, rng in enumerate(RANGES):
            title, spoken = titles[rng]
            button = QPushButton(title)
            button.setCheckable(True)
            button.setObjectName(f"history-range-{rng.value}")
            button.setAccessibleName(spoken)
            button.setChecked(rng is chosen)
            button.setStyleSheet(CHOSEN_BUTTON_STYLE)
            set_font_scale(button, 1.0)  # a style sheet would keep the old text size
            self.buttons.addButton(button, index)
            read_as_choice(button)  # "Week, selected, radio button", not a check box
            row.addWidget(button)
        # toggled, not clicked: a screen reader's default action on a checkable button toggles it
        self.buttons.idToggled.connect(
            lambda index, on: self.range_chosen.emit(RANGES[index]) if on else None
        )
        self._keys = _ArrowKeyFilter(self.buttons, self)
        for member in self.buttons.buttons():
            member.installEventFilter(self._keys)
        self.setLayout(row)
        self.setAccessibleName(self.tr("Time shown"))

    def check(self, rng: Range) -> None:
        """Check the button of ``rng`` (announces it when it was not checked)."""
        button = self.buttons.button(RANGES.index(rng))
        if button is not None and not button.isChecked():
            button.setChecked(True)


class ConsistencyPane(QWidget):
    """The streak, this week against the weekly goal, and the calendar heat map.

    Args:
        settings: the preferences (the weekly goal is read and edited here), or None: then
            the goal lives on this page only.
        parent: the Qt parent.

    Signals:
        goal_edited(): the weekly goal changed; the page recounts this week.
    """

    goal_edited = Signal()

    def __init__(self, settings: SettingsModel | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._local_goal = DEFAULT_GOAL_DAYS
        self.streak = QLabel()
        self.streak.setObjectName("history-streak")
        set_font_scale(self.streak, STREAK_SCALE, bold=True)
        self.week = QLabel()
        self.week.setObjectName("history-week")
        self.week.setWordWrap(True)
        self.goal = QSpinBox()
        self.goal.setObjectName("history-goal")
        self.goal.setRange(1, 7)
        self.goal.setAccessibleName(self.tr("Days a week I aim to practise"))
        self.goal.setValue(self.weekly_goal)
        self.goal.valueChanged.connect(self._on_goal_edited)
        goal_label = QLabel(self.tr("Days a week I aim to &practise:"))
        goal_label.setBuddy(self.goal)
        goal_row = QHBoxLayout()
        goal_row.addWidget(goal_label)
        goal_row.addWidget(self.goal)
        goal_row.addStretch(1)
        self.heat_map = CalendarHeatMap()
        heat_title = QLabel(self.tr("The last 26 weeks: the stronger the colour, the more minutes"))
        heat_title.setWordWrap(True)

        column = QVBoxLayout(self)
        column.addWidget(self.streak)
        column.addWidget(self.week)
        column.addLayout(goal_row)
        column.addSpacing(12)
        column.addWidget(heat_title)
        column.addWidget(self.heat_map)
        column.addStretch(1)
        if settings is not None and self._goal_is_setting():
            self.goal.setEnabled(not settings.is_locked(GOAL_KEY))
            settings.changed.connect(self._on_setting)

    @property
    def weekly_goal(self) -> int:
        """Days a week the user aims to practise (the setting, or 5 without one)."""
        if self._settings is not None and self._goal_is_setting():
            return self._settings.get_int(GOAL_KEY)
        return self._local_goal

    def show_consistency(self, found: Consistency, today: date) -> None:
        """Show the streak, the calendar and this week's days."""
        self.heat_map.set_days(found.weeks, found.minutes, today)
        self.heat_map.set_flares(found.flares)
        if found.streak:
            self.streak.setText(self.tr("%n day(s) in a row", "", found.streak))
        else:
            self.streak.setText(self.tr("A new streak starts with your next session"))
        self.streak.setAccessibleName(self.streak.text())
        self.show_week(found.days, today)

    def show_week(self, days: set[date], today: date) -> None:
        """Write "n of goal days this week" for the days practised."""
        progress = week_progress(days, today, locale_week_start(), self.weekly_goal)
        text = self.tr("%1 of %n day(s) this week", "", progress.goal).replace(
            "%1", QLocale().toString(progress.days_done)
        )
        if progress.met:
            text += " — " + self.tr("you reached your goal. Well done.")
        self.week.setText(text)
        self.week.setAccessibleName(text)

    def _on_goal_edited(self, value: int) -> None:
        if self._settings is not None and self._goal_is_setting():
            self._settings.set_value(GOAL_KEY, value)  # announces; _on_setting tells the page
        else:
            self._local_goal = value
            self.goal_edited.emit()

    def _on_setting(self, key: str, value: object) -> None:
        if key != GOAL_KEY:
            return
        if isinstance(value, int) and self.goal.value() != value:
            self.goal.setValue(value)
        self.goal_edited.emit()

    def _goal_is_setting(self) -> bool:
        assert self._settings is not None
        try:
            self._settings.value(GOAL_KEY)
        except KeyError:
            return False
        return True


class ProgrammePane(QTextBrowser):
    """The programme section of the PDF, for the range shown: adherence, flares, heat.

    Its tables scroll inside this text view, so they never widen the window (a table of six
    columns in German at 200 % would).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history-programme")
        self.setOpenLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Programme and flares"))

    def show_review(self, review: object) -> None:
        """Show ``review`` (a :class:`ProgrammeReview`), or say there is nothing for it."""
        from calmfloor.ui.history.programme_section import ProgrammeReview, review_html

        assert isinstance(review, ProgrammeReview)
        locale = QLocale()

        def day_text(day: date) -> str:
            return locale.toString(
                QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat
            )

        def moment_text(flare: FlareEntry) -> str:
            at = flare.at
            clock = locale.toString(QTime(at.hour, at.minute), QLocale.FormatType.ShortFormat)
            return f"{day_text(at.date())} {clock}"

        def table(heads: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
            esc = html.escape
            head = "".join(f"<th align='left'>{esc(cell)}</th>" for cell in heads)
            body = "".join(
                "<tr>" + "".join(f"<td>{esc(cell)}</td>" for cell in row) + "</tr>" for row in rows
            )
            return (
                f"<table cellspacing='0' cellpadding='3' border='1'><tr>{head}</tr>{body}</table>"
            )

        body = review_html(
            review, lambda value: format_number(round(value)), day_text, moment_text, table
        )
        if not body:
            nothing = self.tr(
                "Nothing here for this period: no programme, flare, region skipped because it "
                "hurt, or heat-pack use. A physiotherapist's programme is imported on Today."
            )
            body = f"<p>{html.escape(nothing)}</p>"
        self.setHtml(body)
