"""The History page: a summary, practice and symptom charts, consistency, and the session table."""

from __future__ import annotations

import dataclasses
import html
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStandardPaths,
    Qt,
    QTime,
    Slot,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from calmfloor.core.clock import Clock, SystemClock
from calmfloor.core.programme import FlareEntry
from calmfloor.core.session import Outcome, Ratings, SessionKind, SessionRecord
from calmfloor.core.stats import (
    DayKindTotal,
    Measure,
    Range,
    RatingPoint,
    RatingSummary,
    bucket_for,
    calendar_weeks,
    current_streak,
    practice_series,
    practice_summary,
    practised_days,
    range_start,
    week_progress,
)
from calmfloor.storage.errors import StorageError, StorageWriteError
from calmfloor.storage.history_backup import BackupInfo, list_backups
from calmfloor.storage.history_db import HistoryStore
from calmfloor.ui.history.text import clock_text, practice_text, spoken_length, to_qdatetime
from calmfloor.ui.kit.fonts import set_font_scale
from calmfloor.ui.kit.messages import write_failure_text
from calmfloor.ui.kit.models import SettingsModel
from calmfloor.ui.kit.shortcuts import matches
from calmfloor.ui.kit.theme import CHOSEN_BUTTON_STYLE
from calmfloor.ui.kit.widgets import (
    FlowLayout,
    change_text,
    format_number,
    kind_text,
    scrolling,
    separator,
)

if TYPE_CHECKING:
    # pyqtgraph comes with the charts, imported when the page is built
    from calmfloor.ui.history.calendar import CalendarHeatMap
    from calmfloor.ui.history.charts import PracticeChart, SymptomChart


SORT_ROLE = Qt.ItemDataRole.UserRole  # numbers and instants, so sorting is by value


ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the session's database id


_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        SORT_ROLE,
        ID_ROLE,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.TextAlignmentRole,
    }
)  # the roles data() answers; every other role returns None at once


HEADING_SCALE = 1.5  # the page heading, relative to the app's (already large) font


STREAK_SCALE = 1.3  # the streak line on the Consistency tab


ROW_HEIGHT_LINES = 1.8  # rows a little taller than one line, easier to hit and to read


_INDEX = QModelIndex | QPersistentModelIndex


RESIZE_SAMPLE_ROWS = 60  # columns fit the first rows, not all 20,000


class Column(IntEnum):
    """The table's columns, in order."""

    DATE = 0
    KIND = 1
    PATTERN = 2  # the pattern, routine or heat-pack area
    LENGTH = 3
    RESULT = 4
    DONE = 5  # breaths, routine steps or skin checks
    TENSION = 6
    PAIN = 7


class SessionTableModel(QAbstractTableModel):
    """Stored sessions as table rows, newest first as given.

    ``DisplayRole`` is the text shown, ``SORT_ROLE`` the value to sort by (a timestamp,
    seconds, a count, or the change in a rating), ``ID_ROLE`` the session's database id.
    Ratings sort by their change (after minus before, so the biggest fall comes first);
    rows without both ratings sort last.

    Signals:
        The standard QAbstractItemModel signals only.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[SessionRecord] = []
        self._locale = QLocale()
        # the store gives newest first, which is the default order
        self._order: tuple[int, Qt.SortOrder] = (Column.DATE, Qt.SortOrder.DescendingOrder)

    def set_records(self, records: Sequence[SessionRecord]) -> None:
        """Replace every row (given newest first), keeping the chosen sort order."""
        self.beginResetModel()
        self._records = list(records)
        self._locale = QLocale()  # pick up a language change made since the last load
        if self._order != (Column.DATE, Qt.SortOrder.DescendingOrder):
            self._records = self._sorted(*self._order)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by the value behind ``column`` (rows without one last), keeping the selection.

        Sorting here with Python keys, rather than in a QSortFilterProxyModel that asks
        ``data()`` for every comparison, keeps 20,000 rows quick to sort.
        """
        if not 0 <= column < len(Column):
            return
        self.layoutAboutToBeChanged.emit()
        self._order = (column, order)
        old_rows = {id(record): row for row, record in enumerate(self._records)}
        self._records = self._sorted(column, order)
        new_rows = {old_rows[id(record)]: row for row, record in enumerate(self._records)}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent,
            [self.index(new_rows.get(i.row(), i.row()), i.column()) for i in persistent],
        )
        self.layoutChanged.emit()

    def _sorted(self, column: int, order: Qt.SortOrder) -> list[SessionRecord]:
        which = Column(column)
        keyed = [(self._sort_value(r, which), r) for r in self._records]
        present = [(k, r) for k, r in keyed if k is not None]
        missing = [r for k, r in keyed if k is None]
        present.sort(key=_sort_key, reverse=order == Qt.SortOrder.DescendingOrder)
        return [r for _, r in present] + missing

    def record(self, row: int) -> SessionRecord:
        """The session shown in ``row``."""
        return self._records[row]

    def rowCount(self, parent: _INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: _INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        column = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                Column.DATE: self.tr("Date"),
                Column.KIND: self.tr("Kind"),
                Column.PATTERN: self.tr("Practice"),
                Column.LENGTH: self.tr("Length"),
                Column.RESULT: self.tr("Result"),
                Column.DONE: self.tr("Done"),
                Column.TENSION: self.tr("Tension before → after"),
                Column.PAIN: self.tr("Pain before → after"),
            }[column]
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.TENSION, Column.PAIN):
            return self.tr("Rated from 0 (none) to 10 (worst), before and after the session.")
        return None

    def data(self, index: _INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role not in _ROLES or not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(record, column)
        if role == SORT_ROLE:
            return self._sort_value(record, column)
        if role == ID_ROLE:
            return record.id
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.LENGTH:
            return self.tr("Planned: %1").replace("%1", clock_text(record.planned_s))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken(record, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            Column.LENGTH,
            Column.DONE,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    # the three faces of a cell

    def _display(self, record: SessionRecord, column: Column) -> str:
        if column is Column.DATE:
            return self._locale.toString(
                to_qdatetime(record.started), QLocale.FormatType.ShortFormat
            )
        if column is Column.KIND:
            return kind_text(record.kind)
        if column is Column.PATTERN:
            # presets, built-in routines and heat areas are stored under their English
            # names; user names pass through unchanged
            context = {SessionKind.BREATHING: "patterns", SessionKind.HEAT: "heat"}.get(
                record.kind, "routines"
            )
            return QCoreApplication.translate(context, record.name) if record.name else ""
        if column is Column.LENGTH:
            return clock_text(record.actual_s)
        if column is Column.RESULT:
            return self._outcome_text(record.outcome, record.kind)
        if column is Column.DONE:
            return self._done_text(record)
        before, after = self._ratings(record.ratings, column)
        return self._pair_text(before, after)

    def _sort_value(self, record: SessionRecord, column: Column) -> object:
        if column is Column.DATE:
            return record.started.timestamp()
        if column is Column.LENGTH:
            return float(record.actual_s)
        if column is Column.DONE:
            return _done_count(record)
        if column in (Column.TENSION, Column.PAIN):
            before, after = self._ratings(record.ratings, column)
            # None is an invalid QVariant, which Qt sorts after every number
            return None if before is None or after is None else after - before
        return self._display(record, column)

    def _spoken(self, record: SessionRecord, column: Column) -> str:
        if column is Column.LENGTH:
            return spoken_length(record.actual_s)
        if column in (Column.TENSION, Column.PAIN):
            before, after = self._ratings(record.ratings, column)
            if before is None and after is None:
                return self.tr("not rated")
            return (
                self.tr("%1 before, %2 after")
                .replace("%1", self.tr("not rated") if before is None else format_number(before))
                .replace("%2", self.tr("not rated") if after is None else format_number(after))
            )
        return self._display(record, column)

    # wording

    @staticmethod
    def _ratings(ratings: Ratings, column: Column) -> tuple[int | None, int | None]:
        if column is Column.TENSION:
            return ratings.tension_before, ratings.tension_after
        return ratings.pain_before, ratings.pain_after

    @staticmethod
    def _pair_text(before: int | None, after: int | None) -> str:
        if before is None and after is None:
            return "—"
        left = "—" if before is None else format_number(before)
        right = "—" if after is None else format_number(after)
        return change_text(left, right)

    def _outcome_text(self, outcome: Outcome, kind: SessionKind = SessionKind.BREATHING) -> str:
        if kind is SessionKind.HEAT and outcome is Outcome.STOPPED:
            return self.tr("Removed early")
        return {
            Outcome.COMPLETED: self.tr("Completed"),
            Outcome.STOPPED: self.tr("Stopped early"),
            Outcome.INTERRUPTED: self.tr("Interrupted"),
            Outcome.RUNNING: self.tr("In progress"),
        }[outcome]

    def _done_text(self, record: SessionRecord) -> str:
        details = record.details
        if record.kind is SessionKind.BREATHING:
            return self.tr("%n breath(s)", "", record.breaths)
        if record.kind is SessionKind.HEAT:
            due = _int(details.get("skin_checks_due"))
            if not due:
                return "—"
            return self.tr("%1 of %n skin check(s)", "", due).replace(
                "%1", self._locale.toString(_int(details.get("skin_checks_acknowledged")))
            )
        total = _int(details.get("steps_total"))
        if not total:
            return "—"
        text = self.tr("%1 of %n step(s)", "", total).replace(
            "%1", self._locale.toString(_done_count(record))
        )
        skipped = details.get("steps_skipped")
        if isinstance(skipped, list) and skipped:
            text += separator() + self.tr("%n skipped", "", len(skipped))
        return text


def _sort_key(keyed: tuple[object, SessionRecord]) -> Any:
    value = keyed[0]
    return value.casefold() if isinstance(value, str) else value


def _int(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _done_count(record: SessionRecord) -> int:
    """The number behind the Done column, for sorting."""
    if record.kind is SessionKind.BREATHING:
        return int(record.breaths)
    if record.kind is SessionKind.HEAT:
        return _int(record.details.get("skin_checks_acknowledged"))
    completed = record.details.get("steps_completed")
    return len(completed) if isinstance(completed, list) else 0


class _DeleteKeyFilter(QObject):
    """Calls ``on_delete`` when the Delete key is pressed in the watched table."""

    def __init__(self, on_delete: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_delete = on_delete

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and matches(event, "history-delete")
        ):
            self._on_delete()
            return True
        return super().eventFilter(watched, event)


class Tab(IntEnum):
    """The page's tabs, in order."""

    PRACTICE = 0
    SYMPTOMS = 1
    CONSISTENCY = 2
    SESSIONS = 3
    PROGRAMME = 4  # adherence, flares, regions skipped because they hurt, heat apart


GOAL_KEY = "weekly_goal_days"


DEFAULT_GOAL_DAYS = 5


HEAT_MAP_WEEKS = 26


RANGES: tuple[Range, ...] = (Range.WEEK, Range.MONTH, Range.QUARTER, Range.YEAR, Range.ALL)


def _locale_week_start() -> int:
    """The locale's first day of the week, 0 = Monday ... 6 = Sunday."""
    return QLocale().firstDayOfWeek().value - 1


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


class HistoryView(QWidget):
    """The History page: a plain-language summary over a chosen range, then four tabs.

    Practice (minutes per day or week, stacked by kind), Symptoms (ratings before and after
    and their change), Consistency (streak, weekly goal, calendar heat map) and Sessions (the
    sortable table with delete, delete-all and export). Only the visible tab is refreshed;
    the others are marked stale and refreshed when shown, and the session table is read only
    when it is first needed. pyqtgraph is imported when the page is built.

    When there is no store the page shows ``unavailable_message`` instead; when there are no
    sessions it says so. A read-only store shows everything but cannot delete.

    Args:
        store: the history database, or None when history is off this run.
        unavailable_message: the translated explanation shown when ``store`` is None.
        settings: the preferences (the weekly goal is read and edited here), or None.
        clock: gives today's date (``clock.wall()``); the system clock when None.
        export_enabled: offer Export CSV and PDF report; False hides them (the clinic
            turned export off).
        parent: the Qt parent.

    Signals:
        None; call :meth:`reload` when the page is shown and after a session is saved.
    """

    def __init__(
        self,
        store: HistoryStore | None,
        unavailable_message: str = "",
        settings: SettingsModel | None = None,
        clock: Clock | None = None,
        parent: QWidget | None = None,
        *,
        export_enabled: bool = True,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._export_enabled = export_enabled
        self._settings = settings
        self._clock: Clock = clock or SystemClock()
        self._range = Range.MONTH
        self._stale: set[Tab] = set(Tab)
        self._local_goal = DEFAULT_GOAL_DAYS
        self._today = self._clock.wall().date()
        self._start = self._today
        self._totals: list[DayKindTotal] = []
        self._points: list[RatingPoint] | None = None  # read when first needed
        self._has_history = False
        self.setObjectName("history-view")

        self._heading = QLabel(self.tr("History"))
        set_font_scale(self._heading, HEADING_SCALE, bold=True)
        self._heading.setAccessibleName(self.tr("History"))

        self._range_buttons = QButtonGroup(self)
        self._range_buttons.setExclusive(True)
        range_row = FlowLayout()  # wraps rather than widen the window (German, 200 %)
        range_titles = {
            Range.WEEK: (self.tr("Week"), self.tr("Show the last 7 days")),
            Range.MONTH: (self.tr("Month"), self.tr("Show the last 30 days")),
            Range.QUARTER: (self.tr("3 months"), self.tr("Show the last 3 months")),
            Range.YEAR: (self.tr("Year"), self.tr("Show the last year")),
            Range.ALL: (self.tr("All"), self.tr("Show all your history")),
        }
        for index, rng in enumerate(RANGES):
            title, spoken = range_titles[rng]
            button = QPushButton(title)
            button.setCheckable(True)
            button.setObjectName(f"history-range-{rng.value}")
            button.setAccessibleName(spoken)
            button.setChecked(rng is self._range)
            self._range_buttons.addButton(button, index)
            range_row.addWidget(button)
        for chosen in self._range_buttons.buttons():
            chosen.setStyleSheet(CHOSEN_BUTTON_STYLE)
            set_font_scale(chosen, 1.0)  # a style sheet would keep the old text size
        # toggled, not clicked: a screen reader's default action on a checkable button toggles it
        self._range_buttons.idToggled.connect(
            lambda index, on: self.set_range(RANGES[index]) if on else None
        )
        self._range_keys = _ArrowKeyFilter(self._range_buttons, self)
        for range_button in self._range_buttons.buttons():
            range_button.installEventFilter(self._range_keys)
        self._range_box = QWidget()
        self._range_box.setLayout(range_row)
        self._range_box.setAccessibleName(self.tr("Time shown"))

        self._summary = QLabel()
        self._summary.setObjectName("history-summary")
        self._summary.setWordWrap(True)
        self._summary.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self._summary.setAccessibleName(self.tr("Summary"))
        self._summary.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches it

        self._notice = QLabel()  # read-only, export and error notes
        self._notice.setWordWrap(True)
        self._notice.setObjectName("history-notice")
        self._notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._notice.hide()

        self._message = QLabel()  # the empty or unavailable state
        self._message.setObjectName("history-message")
        self._message.setWordWrap(True)
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)

        from calmfloor.ui.history.charts import PracticeChart

        self._practice = PracticeChart()
        self._symptoms_page = QWidget()
        QVBoxLayout(self._symptoms_page).setContentsMargins(0, 0, 0, 0)
        self._symptoms: SymptomChart | None = None  # built when its tab is first shown
        self._tabs = QTabWidget()
        self._tabs.setObjectName("history-tabs")
        self._tabs.setAccessibleName(self.tr("Charts and sessions"))
        # each tab scrolls when large text or a small window leaves too little room: the
        # charts keep their size and the page never grows past the screen (the scroll areas
        # are kept here: Python would otherwise collect them, and the charts with them)
        self._tab_scrolls: list[QWidget] = [
            scrolling(self._practice, self.tr("Practice")),
            scrolling(self._symptoms_page, self.tr("Symptoms")),
            scrolling(self._build_consistency(), self.tr("Consistency")),
            scrolling(self._build_sessions(), self.tr("Sessions")),
        ]
        # the programme's tables scroll inside their own text view, so they never widen the
        # window (a table of six columns in German at 200 % would)
        self._tab_scrolls.append(self._build_programme())
        titles = (
            self.tr("Practice"),
            self.tr("Symptoms"),
            self.tr("Consistency"),
            self.tr("Sessions"),
            self.tr("Programme"),
        )
        for scroll, title in zip(self._tab_scrolls, titles, strict=True):
            self._tabs.addTab(scroll, title)
        self._tabs.currentChanged.connect(self._on_tab_changed)

        self._pages = QStackedWidget()
        self._pages.addWidget(self._tabs)
        self._pages.addWidget(self._message)

        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addWidget(self._range_box)
        layout.addWidget(self._summary)
        layout.addWidget(self._notice)
        layout.addWidget(self._pages, 1)

        if settings is not None:
            settings.changed.connect(self._on_setting)
        self._unavailable_message = unavailable_message or self.tr(
            "History is not available this time. Your sessions are not being recorded."
        )
        self.reload()

    # ----- building ----------------------------------------------------------------------

    def _build_consistency(self) -> QWidget:
        from calmfloor.ui.history.calendar import CalendarHeatMap

        page = QWidget()
        self._streak = QLabel()
        self._streak.setObjectName("history-streak")
        set_font_scale(self._streak, STREAK_SCALE, bold=True)
        self._week = QLabel()
        self._week.setObjectName("history-week")
        self._week.setWordWrap(True)
        self._goal = QSpinBox()
        self._goal.setObjectName("history-goal")
        self._goal.setRange(1, 7)
        self._goal.setAccessibleName(self.tr("Days a week I aim to practise"))
        self._goal.setValue(self.weekly_goal)
        self._goal.valueChanged.connect(self._on_goal_edited)
        goal_label = QLabel(self.tr("Days a week I aim to &practise:"))
        goal_label.setBuddy(self._goal)
        goal_row = QHBoxLayout()
        goal_row.addWidget(goal_label)
        goal_row.addWidget(self._goal)
        goal_row.addStretch(1)
        self._heat_map = CalendarHeatMap()
        heat_title = QLabel(self.tr("The last 26 weeks: the stronger the colour, the more minutes"))
        heat_title.setWordWrap(True)

        column = QVBoxLayout(page)
        column.addWidget(self._streak)
        column.addWidget(self._week)
        column.addLayout(goal_row)
        column.addSpacing(12)
        column.addWidget(heat_title)
        column.addWidget(self._heat_map)
        column.addStretch(1)
        if self._settings is not None and self._goal_is_setting():
            self._goal.setEnabled(not self._settings.is_locked(GOAL_KEY))
        return page

    def _build_sessions(self) -> QWidget:
        self._model = SessionTableModel(self)

        self._table = QTableView()
        self._table.setObjectName("history-table")
        self._table.setModel(self._model)
        self._table.setAccessibleName(self.tr("Session history"))
        self._table.setAccessibleDescription(
            self.tr("One row per session. Choose a column heading to sort by it.")
        )
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.setAlternatingRowColors(True)
        self._table.setWordWrap(False)
        self._table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        self._table.setSortingEnabled(True)
        self._table.sortByColumn(Column.DATE, Qt.SortOrder.DescendingOrder)
        self._table.verticalHeader().hide()
        self._table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._table.verticalHeader().setDefaultSectionSize(
            round(self._table.fontMetrics().height() * ROW_HEIGHT_LINES)
        )
        header = self._table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(RESIZE_SAMPLE_ROWS)

        self._delete_button = self._button(
            self.tr("Delete session…"),
            "history-delete",
            self.tr("Delete session"),
            self.tr("Deletes the selected session from the history, after asking you."),
            self.delete_selected,
        )
        self._delete_all_button = self._button(
            self.tr("Delete all my data…"),
            "history-delete-all",
            self.tr("Delete all my data"),
            self.tr("Deletes every session and rating, after asking you. Settings are kept."),
            self.delete_all,
        )
        self._restore_button = self._button(
            self.tr("Restore from a backup…"),
            "history-restore",
            self.tr("Restore from a backup"),
            self.tr(
                "Brings back your history as it was in one of the daily backups, after "
                "asking you. Your history as it is now is kept in a file beside it."
            ),
            self.restore_from_backup,
        )
        self._csv_button = self._button(
            self.tr("Export CSV…"),
            "history-export-csv",
            self.tr("Export CSV"),
            self.tr("Saves the sessions shown as a spreadsheet file."),
            self.export_csv,
        )
        self._pdf_button = self._button(
            self.tr("PDF report…"),
            "history-export-pdf",
            self.tr("PDF report"),
            self.tr("Saves a printable report of the time shown, for your physiotherapist."),
            self.export_pdf,
        )
        # the name line of the PDF: typed for one export, cleared after it, never stored
        self._patient_name = QLineEdit()
        self._patient_name.setObjectName("history-patient-name")
        self._patient_name.setMaxLength(80)
        self._patient_name.setPlaceholderText(self.tr("Name on the report (optional)"))
        self._patient_name.setAccessibleName(self.tr("Name on the report"))
        self._patient_name.setAccessibleDescription(
            self.tr("Printed at the top of the next PDF report only; calmfloor does not keep it.")
        )
        self._delete_key = _DeleteKeyFilter(self.delete_selected, self)
        self._table.installEventFilter(self._delete_key)
        self._table.selectionModel().selectionChanged.connect(self._update_actions)

        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._table, 1)
        buttons = FlowLayout()  # wraps rather than widen the window
        for button in (self._delete_button, self._delete_all_button, self._restore_button):
            buttons.addWidget(button)
        for widget in (self._csv_button, self._patient_name, self._pdf_button):
            if not self._export_enabled:  # hide only: shown without a parent, it is a window
                widget.hide()
            buttons.addWidget(widget)
        column.addLayout(buttons)
        return page

    @staticmethod
    def _button(
        text: str, name: str, spoken: str, description: str, slot: Callable[[], None]
    ) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(spoken)
        button.setAccessibleDescription(description)
        button.clicked.connect(slot)
        return button

    # ----- public ------------------------------------------------------------------------

    @property
    def table(self) -> QTableView:
        """The session table, filled for the range shown (read on first use)."""
        self._refresh_tab(Tab.SESSIONS)
        return self._table

    @property
    def tabs(self) -> QTabWidget:
        """Practice, Symptoms, Consistency, Sessions."""
        return self._tabs

    @property
    def practice_chart(self) -> PracticeChart:
        """The practice chart."""
        return self._practice

    @property
    def symptom_chart(self) -> SymptomChart:
        """The symptom chart (built and filled on first use)."""
        self._refresh_tab(Tab.SYMPTOMS)
        assert self._symptoms is not None
        return self._symptoms

    @property
    def heat_map(self) -> CalendarHeatMap:
        """The calendar heat map (filled on first use)."""
        self._refresh_tab(Tab.CONSISTENCY)
        return self._heat_map

    @property
    def range_buttons(self) -> QButtonGroup:
        """The range switch (ids follow :data:`RANGES`)."""
        return self._range_buttons

    @property
    def goal_spin(self) -> QSpinBox:
        """The weekly goal's spin box."""
        return self._goal

    @property
    def delete_button(self) -> QPushButton:
        """The "Delete session" button."""
        return self._delete_button

    @property
    def delete_all_button(self) -> QPushButton:
        """The "Delete all my data" button."""
        return self._delete_all_button

    @property
    def restore_button(self) -> QPushButton:
        """The "Restore from a backup" button."""
        return self._restore_button

    @property
    def export_csv_button(self) -> QPushButton:
        """The "Export CSV" button."""
        return self._csv_button

    @property
    def pdf_button(self) -> QPushButton:
        """The "PDF report" button."""
        return self._pdf_button

    @property
    def message_text(self) -> str:
        """The empty or unavailable message, or "" while the tabs are shown."""
        return self._message.text() if self._pages.currentWidget() is self._message else ""

    @property
    def summary_text(self) -> str:
        """The plain-language summary."""
        return self._summary.text()

    @property
    def notice_text(self) -> str:
        """The notice line (read-only, export results, errors), or ""."""
        return self._notice.text() if not self._notice.isHidden() else ""

    @property
    def streak_text(self) -> str:
        """The streak line of the Consistency tab."""
        self._refresh_tab(Tab.CONSISTENCY)
        return self._streak.text()

    @property
    def week_text(self) -> str:
        """The "days this week" line of the Consistency tab."""
        self._refresh_tab(Tab.CONSISTENCY)
        return self._week.text()

    @property
    def current_range(self) -> Range:
        """The range shown."""
        return self._range

    @property
    def range_start(self) -> date:
        """The first day of the range shown."""
        return self._start

    @property
    def weekly_goal(self) -> int:
        """Days a week the user aims to practise (the setting, or 5 without one)."""
        if self._settings is not None and self._goal_is_setting():
            value = self._settings.value(GOAL_KEY)
            return value if isinstance(value, int) else DEFAULT_GOAL_DAYS
        return self._local_goal

    def set_range(self, rng: Range) -> None:
        """Show ``rng``: the summary and the visible tab now, the other tabs when shown."""
        button = self._range_buttons.button(RANGES.index(rng))
        if button is not None and not button.isChecked():
            button.setChecked(True)
        if rng is self._range:
            return
        self._range = rng
        self._stale |= {Tab.PRACTICE, Tab.SYMPTOMS, Tab.SESSIONS, Tab.PROGRAMME}
        self._load_range()

    @Slot()
    def reload(self) -> None:
        """Read the history again (page shown, a session saved or deleted)."""
        self._stale = set(Tab)
        self._notice.hide()
        self._load_range()
        notices = []
        if self._store is not None and self._store.read_only:
            notices.append(
                self.tr("History is open read-only: sessions can be viewed but not deleted.")
            )
        unreadable = self._unreadable_count()
        if unreadable:
            notices.append(
                self.tr(
                    "Not shown: %n session(s) in your history that could not be read; "
                    "each stays untouched in the file.",
                    "",
                    unreadable,
                )
            )
        if notices:
            self._show_notice(" ".join(notices))

    def _unreadable_count(self) -> int:
        if self._store is None:
            return 0
        try:
            return self._store.unreadable_count()
        except StorageError:
            return 0  # the page already says the history could not be read

    @Slot()
    def delete_selected(self) -> None:
        """Ask, then delete the selected session and reload."""
        record = self._selected_record()
        if record is None or record.id is None or not self._can_delete():
            return
        assert self._store is not None
        when = self._model.data(self._model.index(self._selected_source_row(), Column.DATE))
        what = self._model.data(self._model.index(self._selected_source_row(), Column.PATTERN))
        question = (
            self.tr("Delete the session of %1 (%2)? This cannot be undone.")
            .replace("%1", str(when))
            .replace("%2", str(what))
            if what
            else self.tr("Delete the session of %1? This cannot be undone.").replace(
                "%1", str(when)
            )
        )
        answer = QMessageBox.question(
            self,
            self.tr("Delete session"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        row = self._table.currentIndex().row()
        try:
            self._store.delete(record.id)
        except StorageError:
            self._show_notice(self.tr("The session could not be deleted. Nothing was changed."))
            return
        self.reload()
        if self._model.rowCount():
            # keep the keyboard where it was, on the row that moved up into its place
            self._table.selectRow(min(max(row, 0), self._model.rowCount() - 1))
            self._table.setFocus()

    @Slot()
    def delete_all(self) -> None:
        """Ask, then delete every session and rating (settings, patterns, routines stay)."""
        if not self._can_delete():
            return
        assert self._store is not None
        answer = QMessageBox.question(
            self,
            self.tr("Delete all my data"),
            self.tr(
                "Delete every session and every rating in your history? This cannot be "
                "undone.\n\nYour settings, breathing patterns and routines are kept."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            count = self._store.delete_all()
        except StorageError:
            self._show_notice(self.tr("Your history could not be deleted. Nothing was changed."))
            return
        self.reload()
        self._show_notice(
            self.tr("Deleted %n session(s), ratings included. Your settings are kept.", "", count)
        )

    @Slot()
    def restore_from_backup(self) -> None:
        """Offer the backups, newest first, and restore the one chosen after asking.

        The history as it is now is kept in a file beside it first (see
        :meth:`HistoryStore.restore`); the page then shows the restored history.
        """
        if not self._can_delete():
            return
        assert self._store is not None
        title = self.tr("Restore from a backup")
        backups = list_backups(self._store.path)
        if not backups:
            self._show_notice(
                self.tr(
                    "There is no backup yet. calmfloor makes one on each day you use it "
                    "and before every update of the history."
                )
            )
            return
        labels = [self._backup_label(backup) for backup in backups]
        chosen, ok = QInputDialog.getItem(
            self, title, self.tr("Backup to bring back:"), labels, 0, False
        )
        if not ok or chosen not in labels:
            return
        backup = backups[labels.index(chosen)]
        answer = QMessageBox.question(
            self,
            title,
            self.tr(
                "Replace your history with the backup of %1? Your history as it is now "
                "is kept in a file beside it first."
            ).replace("%1", chosen),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            aside = self._store.restore(backup.path)
        except StorageError:
            self._show_notice(
                self.tr("The backup could not be restored. Your history was not changed.")
            )
            return
        self.reload()
        self._show_notice(
            self.tr("Restored the backup of %1. Your history as it was is kept as %2.")
            .replace("%1", chosen)
            .replace("%2", str(aside))
        )

    def _backup_label(self, backup: BackupInfo) -> str:
        taken = backup.taken
        moment = QDateTime(
            QDate(taken.year, taken.month, taken.day),
            QTime(taken.hour, taken.minute, taken.second),
        )
        text = QLocale().toString(moment, QLocale.FormatType.ShortFormat)
        if backup.before_version is not None:
            text = self.tr("%1, before an update").replace("%1", text)
        return text

    @Slot()
    def export_csv(self) -> None:
        """Ask for a file name, then save the sessions of the range shown as CSV."""
        if self._store is None or not self._export_enabled:
            return
        path = self._ask_path(self.tr("Export CSV"), "csv", self.tr("CSV files (*.csv)"))
        if path is None:
            return
        from calmfloor.storage.export_csv import write_csv
        from calmfloor.storage.programme_store import counted_for

        try:
            records = self._store.sessions(since=self._export_since(), until=self._today)
            write_csv(list(reversed(records)), path, counted_for(self._store))
        except StorageWriteError as exc:
            self._show_notice(write_failure_text(self.tr("the CSV file"), exc))
            return
        except StorageError:
            self._show_notice(self.tr("The history could not be read just now. Try again later."))
            return
        self._show_notice(
            self.tr("Saved %n session(s) to %1.", "", len(records)).replace("%1", str(path))
        )

    @Slot()
    def export_pdf(self) -> None:
        """Ask for a file name, then save a PDF report of the range shown."""
        if self._store is None or not self._export_enabled:
            return
        path = self._ask_path(self.tr("PDF report"), "pdf", self.tr("PDF files (*.pdf)"))
        if path is None:
            return
        from calmfloor.ui.history.report import load_report_data, write_pdf_report

        try:
            data = load_report_data(self._store, self._export_since(), self._today, self._today)
            data = dataclasses.replace(data, patient_name=self._patient_name.text())
            pages = write_pdf_report(data, path, QLocale(), _locale_week_start())
            self._patient_name.clear()  # for this report only
        except StorageWriteError as exc:
            self._show_notice(write_failure_text(self.tr("the report"), exc))
            return
        except StorageError:
            self._show_notice(self.tr("The history could not be read just now. Try again later."))
            return
        self._show_notice(
            self.tr("Saved the report (%n page(s)) to %1.", "", pages).replace("%1", str(path))
        )

    # ----- loading -----------------------------------------------------------------------

    def _load_range(self) -> None:
        """Read the totals of the range, write the summary, refresh the visible tab."""
        store = self._store
        if store is None:
            self._show_message(self._unavailable_message)
            self._update_actions()
            return
        self._today = self._clock.wall().date()
        try:
            first_day = store.first_day()
            self._has_history = first_day is not None
            self._start = range_start(self._range, self._today, first_day)
            self._totals = store.daily_totals(self._start, self._today)
            self._points = None
        except StorageError:
            self._show_message(self.tr("The history could not be read just now. Try again later."))
            self._update_actions()
            return
        if not self._has_history:
            self._model.set_records([])
            self._stale.discard(Tab.SESSIONS)
            self._show_message(self.tr("No sessions yet. Your practice will appear here."))
            self._update_actions()
            return
        self._summary.setText(self._summary_text())
        # readers say a label's name, not its description (Orca: "Summary label." and no more)
        self._summary.setAccessibleName(
            self.tr("Summary: %1").replace("%1", self._summary.text().replace("\n", " "))
        )
        self._summary.setAccessibleDescription(self._summary.text())
        self._summary.show()
        self._range_box.show()
        self._pages.setCurrentWidget(self._tabs)
        self._refresh_visible()
        self._update_actions()

    def _rating_points(self) -> list[RatingPoint]:
        if self._points is None:
            assert self._store is not None
            self._points = self._store.rating_points(self._start, self._today)
        return self._points

    def _on_tab_changed(self, index: int) -> None:
        if index >= 0:  # -1: the last tab went away (the page is being taken down)
            self._refresh_visible()

    def _refresh_visible(self) -> None:
        self._refresh_tab(Tab(self._tabs.currentIndex()))

    def _refresh_tab(self, tab: Tab) -> None:
        """Bring ``tab`` up to date if it is stale."""
        if tab not in self._stale or self._store is None or not self._has_history:
            if tab is Tab.SYMPTOMS:
                self._ensure_symptom_chart()
            return
        self._stale.discard(tab)
        try:
            if tab is Tab.PRACTICE:
                self._fill_practice()
            elif tab is Tab.SYMPTOMS:
                self._ensure_symptom_chart().set_points(
                    self._rating_points(), self._start, self._today
                )
            elif tab is Tab.CONSISTENCY:
                self._fill_consistency()
            elif tab is Tab.PROGRAMME:
                self._fill_programme()
            else:
                self._fill_sessions()
        except StorageError:
            self._stale.add(tab)
            self._show_notice(self.tr("The history could not be read just now. Try again later."))

    def _build_programme(self) -> QTextBrowser:
        self._programme_text = QTextBrowser()
        self._programme_text.setObjectName("history-programme")
        self._programme_text.setOpenLinks(False)
        self._programme_text.setFrameShape(QFrame.Shape.NoFrame)
        self._programme_text.setAccessibleName(self.tr("Programme and flares"))
        return self._programme_text

    def _fill_programme(self) -> None:
        """The programme section of the PDF, for the range shown."""
        from calmfloor.ui.history.programme_section import load_review, review_html

        assert self._store is not None
        sessions = self._store.sessions(since=self._start, until=self._today)
        review = load_review(self._store, sessions, self._start, self._today, self._today)
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
        self._programme_text.setHtml(body)

    def _fill_practice(self) -> None:
        series = practice_series(
            self._totals, self._start, self._today, bucket_for(self._range), _locale_week_start()
        )
        self._practice.set_series(series)

    def _ensure_symptom_chart(self) -> SymptomChart:
        if self._symptoms is None:
            from calmfloor.ui.history.charts import SymptomChart

            self._symptoms = SymptomChart()
            layout = self._symptoms_page.layout()
            assert layout is not None
            layout.addWidget(self._symptoms)
            # built late, its controls would come last in Tab order: put them after the tabs
            previous: QWidget = self._tabs.tabBar()
            for control in self._symptoms.findChildren(QWidget):
                if control.focusPolicy() != Qt.FocusPolicy.NoFocus:
                    QWidget.setTabOrder(previous, control)
                    previous = control
        return self._symptoms

    def _fill_consistency(self) -> None:
        assert self._store is not None
        week_start = _locale_week_start()
        weeks = calendar_weeks(self._today, HEAT_MAP_WEEKS, week_start)
        since = weeks[0][0]
        totals = self._store.daily_totals(since, self._today)
        days = practised_days(totals)
        streak = current_streak(days, self._today)
        if streak >= (self._today - since).days:
            # the streak runs past the calendar: count it over the whole history
            days = practised_days(self._store.daily_totals(None, self._today))
            streak = current_streak(days, self._today)
        minutes: dict[date, float] = {}
        for total in totals:
            minutes[total.day] = minutes.get(total.day, 0.0) + total.seconds / 60
        self._heat_map.set_days(weeks, minutes, self._today)
        worst: dict[date, int] = {}
        for flare in self._store.flares(since, self._today):  # the flare log, on the calendar
            day = flare.at.date()
            worst[day] = max(worst.get(day, 0), flare.severity)
        self._heat_map.set_flares(worst)
        if streak:
            self._streak.setText(self.tr("%n day(s) in a row", "", streak))
        else:
            self._streak.setText(self.tr("A new streak starts with your next session"))
        self._streak.setAccessibleName(self._streak.text())
        self._update_week_text(days)

    def _update_week_text(self, days: set[date] | None = None) -> None:
        if days is None:
            if self._store is None or not self._has_history:
                return
            week_first = self._today - timedelta(days=7)
            days = practised_days(self._store.daily_totals(week_first, self._today))
        progress = week_progress(days, self._today, _locale_week_start(), self.weekly_goal)
        text = self.tr("%1 of %n day(s) this week", "", progress.goal).replace(
            "%1", QLocale().toString(progress.days_done)
        )
        if progress.met:
            text += " — " + self.tr("you reached your goal. Well done.")
        self._week.setText(text)
        self._week.setAccessibleName(text)

    def _fill_sessions(self) -> None:
        assert self._store is not None
        records = self._store.sessions(since=self._start, until=self._today)
        self._model.set_records(records)
        if records:
            self._table.resizeColumnsToContents()
        self._update_actions()

    # ----- wording -----------------------------------------------------------------------

    def _summary_text(self) -> str:
        practice = practice_summary(self._totals, self._start, self._today)
        days = practice.days_practised
        since = QLocale().toString(
            QDate(self._start.year, self._start.month, self._start.day),
            QLocale.FormatType.LongFormat,
        )
        if days:
            template = {
                Range.WEEK: self.tr(
                    "Over the last 7 days you practised on %n day(s), %1 in all.", "", days
                ),
                Range.MONTH: self.tr(
                    "Over the last 30 days you practised on %n day(s), %1 in all.", "", days
                ),
                Range.QUARTER: self.tr(
                    "Over the last 3 months you practised on %n day(s), %1 in all.", "", days
                ),
                Range.YEAR: self.tr(
                    "Over the last year you practised on %n day(s), %1 in all.", "", days
                ),
                Range.ALL: self.tr("Since %2 you practised on %n day(s), %1 in all.", "", days),
            }[self._range]
            text = template.replace("%1", practice_text(practice.minutes * 60)).replace("%2", since)
        else:
            text = {
                Range.WEEK: self.tr("You have not practised in the last 7 days."),
                Range.MONTH: self.tr("You have not practised in the last 30 days."),
                Range.QUARTER: self.tr("You have not practised in the last 3 months."),
                Range.YEAR: self.tr("You have not practised in the last year."),
                Range.ALL: self.tr("You have not practised yet."),
            }[self._range]
        assert self._store is not None  # the summary is only made for an open store
        summaries = self._store.rating_summaries(self._start, self._today)  # SQL, no rows
        for measure in (Measure.TENSION, Measure.PAIN):
            sentence = self._rating_sentence(summaries[measure])
            if sentence:
                text += " " + sentence
        return text

    def _rating_sentence(self, summary: RatingSummary) -> str:
        direction = summary.direction()
        if direction == "none" or summary.mean_change is None:
            return ""
        n = summary.sessions
        tension = summary.measure is Measure.TENSION
        if direction == "dropped":
            template = (
                self.tr(
                    "Tension dropped on average %1 points per session (%n rated session(s)).", "", n
                )
                if tension
                else self.tr(
                    "Pain dropped on average %1 points per session (%n rated session(s)).", "", n
                )
            )
        elif direction == "rose":
            template = (
                self.tr(
                    "Tension rose on average %1 points per session (%n rated session(s)).", "", n
                )
                if tension
                else self.tr(
                    "Pain rose on average %1 points per session (%n rated session(s)).", "", n
                )
            )
        else:
            template = (
                self.tr("Tension stayed about the same (%n rated session(s)).", "", n)
                if tension
                else self.tr("Pain stayed about the same (%n rated session(s)).", "", n)
            )
        return template.replace("%1", QLocale().toString(abs(summary.mean_change), "f", 1))

    # ----- actions -----------------------------------------------------------------------

    def _ask_path(self, title: str, suffix: str, file_filter: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = f"calmfloor-{self._range.value}-{self._today.isoformat()}.{suffix}"
        chosen, _filter = QFileDialog.getSaveFileName(
            self, title, str(Path(folder) / name), file_filter
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix else path.with_suffix(f".{suffix}")

    def _export_since(self) -> date | None:
        return None if self._range is Range.ALL else self._start

    def _on_goal_edited(self, value: int) -> None:
        if self._settings is not None and self._goal_is_setting():
            self._settings.set_value(GOAL_KEY, value)  # announces; _on_setting updates the text
        else:
            self._local_goal = value
            self._update_week_text()

    def _on_setting(self, key: str, value: object) -> None:
        if key != GOAL_KEY:
            return
        if isinstance(value, int) and self._goal.value() != value:
            self._goal.setValue(value)
        self._update_week_text()

    def _goal_is_setting(self) -> bool:
        assert self._settings is not None
        try:
            self._settings.value(GOAL_KEY)
        except KeyError:
            return False
        return True

    def _can_delete(self) -> bool:
        return self._store is not None and not self._store.read_only

    def _selected_source_row(self) -> int:
        rows = self._table.selectionModel().selectedRows()
        if not rows:
            return -1
        return rows[0].row()

    def _selected_record(self) -> SessionRecord | None:
        row = self._selected_source_row()
        return self._model.record(row) if row >= 0 else None

    def _update_actions(self) -> None:
        writable = self._can_delete()
        has_rows = self._has_history and self._store is not None
        self._delete_button.setEnabled(writable and self._selected_record() is not None)
        self._delete_all_button.setEnabled(writable and has_rows)
        self._restore_button.setEnabled(writable)
        self._csv_button.setEnabled(has_rows)
        self._pdf_button.setEnabled(has_rows)
        reason = (
            self.tr("History is open read-only, so nothing can be deleted.")
            if self._store is not None and self._store.read_only
            else ""
        )
        self._delete_button.setToolTip(reason)
        self._delete_all_button.setToolTip(reason)
        self._restore_button.setToolTip(reason)

    def _show_message(self, text: str) -> None:
        self._message.setText(text)
        self._message.setAccessibleName(text)
        self._pages.setCurrentWidget(self._message)
        self._summary.hide()
        self._range_box.hide()

    def _show_notice(self, text: str) -> None:
        self._notice.setText(text)
        self._notice.setAccessibleName(text)
        self._notice.show()
