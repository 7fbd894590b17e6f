"""The history page: every stored session in a sortable table, with a summary and delete."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from enum import IntEnum

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
    QSortFilterProxyModel,
    Qt,
    QTime,
    QTimeZone,
    Slot,
)
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from calmfloor.core.session import Outcome, Ratings, SessionKind, SessionRecord
from calmfloor.storage.errors import StorageError
from calmfloor.storage.history_db import HistoryStore

SORT_ROLE = Qt.ItemDataRole.UserRole  # numbers and instants, so sorting is by value
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the session's database id
HEADING_SCALE = 1.5  # the page heading, relative to the app's (already large) font
ROW_HEIGHT_LINES = 1.8  # rows a little taller than one line, easier to hit and to read
_INDEX = QModelIndex | QPersistentModelIndex


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


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("HistoryView", text, disambiguation, n)


def clock_text(seconds: float) -> str:
    """``m:ss``, or ``h:mm:ss`` from an hour on (rounded to whole seconds)."""
    total = max(round(seconds), 0)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def spoken_length(seconds: float) -> str:
    """A length in words for screen readers ("4 minutes 30 seconds")."""
    total = max(round(seconds), 0)
    minutes, secs = divmod(total, 60)
    parts = []
    if minutes:
        parts.append(_tr("%n minute(s)", "", minutes))
    if secs or not minutes:
        parts.append(_tr("%n second(s)", "", secs))
    return " ".join(parts)


def practice_text(seconds: float) -> str:
    """A total practice time for the summary ("1 h 4 min", "25 min", "under a minute")."""
    minutes_total = int(seconds // 60)
    if minutes_total == 0:
        return _tr("under a minute") if seconds > 0 else _tr("%n min", "", 0)
    hours, minutes = divmod(minutes_total, 60)
    if not hours:
        return _tr("%n min", "", minutes)
    if not minutes:
        return _tr("%n h", "", hours)
    return (
        _tr("%1 %2", "hours, then minutes")
        .replace("%1", _tr("%n h", "", hours))
        .replace("%2", _tr("%n min", "", minutes))
    )


def to_qdatetime(moment: datetime) -> QDateTime:
    """``moment`` as a QDateTime in its own UTC offset (the user's local time back then)."""
    offset = moment.utcoffset()
    seconds = int(offset.total_seconds()) if offset is not None else 0
    return QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute, moment.second),
        QTimeZone.fromSecondsAheadOfUtc(seconds),
    )


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

    def set_records(self, records: Sequence[SessionRecord]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._records = list(records)
        self._locale = QLocale()  # pick up a language change made since the last load
        self.endResetModel()

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
        if not index.isValid() or not 0 <= index.row() < len(self._records):
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
            return self._kind_text(record.kind)
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
                .replace("%1", self.tr("not rated") if before is None else str(before))
                .replace("%2", self.tr("not rated") if after is None else str(after))
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
        left = "—" if before is None else str(before)
        right = "—" if after is None else str(after)
        return f"{left} → {right}"

    def _kind_text(self, kind: SessionKind) -> str:
        return {
            SessionKind.BREATHING: self.tr("Breathing"),
            SessionKind.RELAX: self.tr("Relaxation"),
            SessionKind.STRETCH: self.tr("Stretch"),
            SessionKind.HEAT: self.tr("Heat pack"),
        }[kind]

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
            text += " · " + self.tr("%n skipped", "", len(skipped))
        return text


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
            and event.matches(QKeySequence.StandardKey.Delete)
        ):
            self._on_delete()
            return True
        return super().eventFilter(watched, event)


class HistoryView(QWidget):
    """Every stored session, newest first, with a summary line and a way to delete one.

    When there is no store the page shows ``unavailable_message`` instead; when there are no
    sessions it says so. A read-only store lists sessions but cannot delete them.

    Args:
        store: the history database, or None when history is off this run.
        unavailable_message: the translated explanation shown when ``store`` is None.
        parent: the Qt parent.

    The Delete key in the table does what the "Delete session" button does (it asks first).

    Signals:
        None; call :meth:`reload` when the page is shown and after a session is saved.
    """

    def __init__(
        self,
        store: HistoryStore | None,
        unavailable_message: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self.setObjectName("history-view")

        self._heading = QLabel(self.tr("History"))
        font = QFont(self._heading.font())
        font.setPointSizeF(font.pointSizeF() * HEADING_SCALE)
        font.setBold(True)
        self._heading.setFont(font)
        self._heading.setAccessibleName(self.tr("History"))

        self._summary = QLabel()
        self._summary.setWordWrap(True)

        self._model = SessionTableModel(self)
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setSourceModel(self._model)
        self._proxy.setSortRole(SORT_ROLE)
        self._proxy.setDynamicSortFilter(True)

        self._table = QTableView()
        self._table.setObjectName("history-table")
        self._table.setModel(self._proxy)
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
        self._table.verticalHeader().setDefaultSectionSize(
            round(self._table.fontMetrics().height() * ROW_HEIGHT_LINES)
        )
        self._table.horizontalHeader().setStretchLastSection(True)
        self._table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self._table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

        self._delete_button = QPushButton(self.tr("Delete session…"))
        self._delete_button.setObjectName("history-delete")
        self._delete_button.setAccessibleName(self.tr("Delete session"))
        self._delete_button.setAccessibleDescription(
            self.tr("Deletes the selected session from the history, after asking you.")
        )
        self._delete_button.clicked.connect(self.delete_selected)
        self._delete_key = _DeleteKeyFilter(self.delete_selected, self)
        self._table.installEventFilter(self._delete_key)
        self._table.selectionModel().selectionChanged.connect(self._update_actions)

        self._notice = QLabel()  # read-only and error notes
        self._notice.setWordWrap(True)
        self._notice.setObjectName("history-notice")
        self._notice.hide()

        self._message = QLabel()  # the empty or unavailable state
        self._message.setObjectName("history-message")
        self._message.setWordWrap(True)
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)

        table_page = QWidget()
        table_layout = QVBoxLayout(table_page)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self._table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self._delete_button)
        buttons.addStretch(1)
        table_layout.addLayout(buttons)

        self._pages = QStackedWidget()
        self._pages.addWidget(table_page)
        self._pages.addWidget(self._message)

        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addWidget(self._summary)
        layout.addWidget(self._notice)
        layout.addWidget(self._pages, 1)

        self._unavailable_message = unavailable_message or self.tr(
            "History is not available this time. Your sessions are not being recorded."
        )
        self.reload()

    # public

    @property
    def table(self) -> QTableView:
        """The session table (for the main window's focus handling and for tests)."""
        return self._table

    @property
    def delete_button(self) -> QPushButton:
        """The "Delete session" button."""
        return self._delete_button

    @property
    def message_text(self) -> str:
        """The empty or unavailable message, or "" while the table is shown."""
        return self._message.text() if self._pages.currentWidget() is self._message else ""

    @property
    def summary_text(self) -> str:
        """The summary line."""
        return self._summary.text()

    @Slot()
    def reload(self) -> None:
        """Read every session again from the store and show them."""
        if self._store is None:
            self._show_message(self._unavailable_message)
            self._summary.hide()
            self._model.set_records([])
            self._update_actions()
            return
        try:
            records = self._store.sessions()
        except StorageError:
            self._show_message(self.tr("The history could not be read just now. Try again later."))
            self._summary.hide()
            self._update_actions()
            return
        self._model.set_records(records)
        self._notice.hide()
        self._summary.setText(self._summary_for(records))
        self._summary.setVisible(bool(records))
        if records:
            self._pages.setCurrentIndex(0)
            self._table.resizeColumnsToContents()
        else:
            self._show_message(self.tr("No sessions yet. Your practice will appear here."))
        if self._store.read_only:
            self._show_notice(
                self.tr("History is open read-only: sessions can be viewed but not deleted.")
            )
        self._update_actions()

    @Slot()
    def delete_selected(self) -> None:
        """Ask, then delete the selected session and reload."""
        record = self._selected_record()
        if record is None or record.id is None or not self._can_delete():
            return
        assert self._store is not None
        when = self._model.data(self._model.index(self._selected_source_row(), Column.DATE))
        what = QCoreApplication.translate("patterns", record.name) if record.name else ""
        question = (
            self.tr("Delete the session of %1 (%2)? This cannot be undone.")
            .replace("%1", str(when))
            .replace("%2", what)
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
        if self._proxy.rowCount():
            # keep the keyboard where it was, on the row that moved up into its place
            self._table.selectRow(min(max(row, 0), self._proxy.rowCount() - 1))
            self._table.setFocus()

    # internals

    def _summary_for(self, records: Sequence[SessionRecord]) -> str:
        total_s = sum(r.actual_s for r in records)
        return (
            self.tr("%1, %2 of practice in all")
            .replace("%1", self.tr("%n session(s)", "", len(records)))
            .replace("%2", practice_text(total_s))
        )

    def _show_message(self, text: str) -> None:
        self._message.setText(text)
        self._message.setAccessibleName(text)
        self._pages.setCurrentWidget(self._message)

    def _show_notice(self, text: str) -> None:
        self._notice.setText(text)
        self._notice.show()

    def _can_delete(self) -> bool:
        return self._store is not None and not self._store.read_only

    def _selected_source_row(self) -> int:
        rows = self._table.selectionModel().selectedRows()
        if not rows:
            return -1
        return self._proxy.mapToSource(rows[0]).row()

    def _selected_record(self) -> SessionRecord | None:
        row = self._selected_source_row()
        return self._model.record(row) if row >= 0 else None

    @Slot()
    def _update_actions(self) -> None:
        if self._store is not None and self._store.read_only:
            self._delete_button.setEnabled(False)
            self._delete_button.setToolTip(
                self.tr("History is open read-only, so sessions cannot be deleted.")
            )
            return
        has_rows = self._pages.currentIndex() == 0 and self._model.rowCount() > 0
        self._delete_button.setVisible(self._store is not None)
        self._delete_button.setEnabled(has_rows and self._selected_record() is not None)
        self._delete_button.setToolTip(
            self.tr("Delete the selected session.")
            if self._delete_button.isEnabled()
            else self.tr("Select a session to delete it.")
        )
