"""The History page's session table: one row per stored session, sortable by value."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent

from calmfloor.core.session import Outcome, Ratings, SessionKind, SessionRecord
from calmfloor.ui.history.text import clock_text, spoken_length, to_qdatetime
from calmfloor.ui.kit.shortcuts import matches
from calmfloor.ui.kit.widgets import change_text, format_number, kind_text, separator

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


class DeleteKeyFilter(QObject):
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
