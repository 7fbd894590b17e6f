"""The reminder times editor of the settings page: one time box per time, add and remove."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTimeEdit, QVBoxLayout, QWidget

from calmfloor.core.settings import TIMES_MAX, TIMES_MIN
from calmfloor.ui.kit.widgets import format_number

ADD_TIME_STEP_MIN = 60  # "Add a time" suggests the last time plus this, or the next free one
MINUTES_PER_DAY = 24 * 60


def _time_text(value: QTime) -> str:
    return f"{value.hour():02d}:{value.minute():02d}"


class TimesEdit(QWidget):
    """An editable list of times of day: one time box per time, "Remove" beside each, and
    "Add a time" below. Times show in the locale's short time format; the value is a tuple
    of ``"HH:MM"`` strings in the user's order.

    A time that is already on the list is not taken: the box goes back to its old value and
    a note says why. The last time cannot be removed, and no more than ``maximum`` added.

    Args:
        minimum: fewest times allowed.
        maximum: most times allowed.
        parent: the Qt parent.

    Signals:
        times_edited(object): the user changed the list; the new tuple of ``"HH:MM"``.
    """

    times_edited = Signal(object)

    def __init__(
        self, minimum: int = TIMES_MIN, maximum: int = TIMES_MAX, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._minimum = minimum
        self._maximum = maximum
        self._times: tuple[str, ...] = ()
        self._edits: list[QTimeEdit] = []
        self._removes: list[QPushButton] = []
        self._rows = QVBoxLayout()
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._add = QPushButton(self.tr("Add a time"))
        self._add.setObjectName("times-add")
        self._add.clicked.connect(self.add_time)
        self._note = QLabel()
        self._note.setObjectName("times-note")
        self._note.setWordWrap(True)
        self._note.hide()
        add_row = QHBoxLayout()
        add_row.addWidget(self._add)
        add_row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self._rows)
        column.addLayout(add_row)
        column.addWidget(self._note)

    def times(self) -> tuple[str, ...]:
        """The times shown, as ``"HH:MM"``."""
        return self._times

    def time_edits(self) -> list[QTimeEdit]:
        """The time boxes, in order (for tests and focus)."""
        return list(self._edits)

    def remove_buttons(self) -> list[QPushButton]:
        """The "Remove" buttons, one per time."""
        return list(self._removes)

    def add_button(self) -> QPushButton:
        """The "Add a time" button."""
        return self._add

    def set_times(self, times: tuple[str, ...]) -> None:
        """Show ``times`` (no signal)."""
        self._times = tuple(times)
        self._note.hide()
        while len(self._edits) > len(self._times):
            edit = self._edits.pop()
            self._removes.pop()
            row = edit.parentWidget()
            if row is not None:
                self._rows.removeWidget(row)
                row.hide()
                row.deleteLater()
        while len(self._edits) < len(self._times):
            self._add_row()
        count = len(self._times)
        for index, (edit, text) in enumerate(zip(self._edits, self._times, strict=True)):
            hour, minute = (int(part) for part in text.split(":"))
            was_blocked = edit.blockSignals(True)
            edit.setTime(QTime(hour, minute))
            edit.blockSignals(was_blocked)
            name = self.tr("Reminder time %1 of %2").replace("%1", format_number(index + 1))
            edit.setAccessibleName(name.replace("%2", format_number(count)))
            remove = self._removes[index]
            remove_name = self.tr("Remove reminder time %1").replace("%1", format_number(index + 1))
            remove.setAccessibleName(remove_name)
            remove.setEnabled(count > self._minimum)
        self._add.setEnabled(count < self._maximum)
        self._fix_tab_order()

    def _add_row(self) -> None:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        edit = QTimeEdit()
        edit.setObjectName("reminder-time")
        edit.setDisplayFormat(QLocale().timeFormat(QLocale.FormatType.ShortFormat))
        edit.setKeyboardTracking(False)  # one change per finished edit, not per digit
        edit.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        edit.setWrapping(True)
        edit.timeChanged.connect(lambda value, e=edit: self._on_time(e, value))
        remove = QPushButton(self.tr("Remove"))
        remove.setObjectName("reminder-time-remove")
        remove.clicked.connect(lambda _checked=False, e=edit: self._remove(e))
        layout.addWidget(edit)
        layout.addWidget(remove)
        layout.addStretch(1)
        self._edits.append(edit)
        self._removes.append(remove)
        self._rows.addWidget(row)
        if len(self._edits) == 1:
            self.setFocusProxy(edit)  # a buddy label takes the keyboard to the first time

    def _fix_tab_order(self) -> None:
        chain: list[QWidget] = []
        for edit, remove in zip(self._edits, self._removes, strict=True):
            chain += [edit, remove]
        chain.append(self._add)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _on_time(self, edit: QTimeEdit, value: QTime) -> None:
        index = self._edits.index(edit)
        text = _time_text(value)
        if text == self._times[index]:
            return
        if text in self._times:
            self._note.setText(self.tr("That time is already on the list."))
            self._note.show()
            self.set_times(self._times)  # back to the old value
            self._note.show()
            return
        self._note.hide()
        changed = list(self._times)
        changed[index] = text
        self._times = tuple(changed)
        self.times_edited.emit(self._times)

    def _remove(self, edit: QTimeEdit) -> None:
        if len(self._times) <= self._minimum:
            return
        index = self._edits.index(edit)
        times = self._times[:index] + self._times[index + 1 :]
        self.set_times(times)
        self._edits[min(index, len(self._edits) - 1)].setFocus()
        self.times_edited.emit(times)

    def add_time(self) -> None:
        """Add a time: an hour after the last one, or the next free minute after that."""
        if len(self._times) >= self._maximum:
            return
        taken = set(self._times)
        if self._times:
            hour, minute = (int(part) for part in self._times[-1].split(":"))
            start = hour * 60 + minute + ADD_TIME_STEP_MIN
        else:
            start = 9 * 60
        for offset in range(MINUTES_PER_DAY):
            total = (start + offset) % MINUTES_PER_DAY
            text = f"{total // 60:02d}:{total % 60:02d}"
            if text not in taken:
                break
        times = (*self._times, text)
        self.set_times(times)
        self._edits[-1].setFocus()
        self.times_edited.emit(times)
