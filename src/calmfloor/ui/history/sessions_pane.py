"""The History page's Sessions tab: the table, delete, delete-all, restore and the exports."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QLocale, QStandardPaths, Qt, QTime, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from calmfloor.core.session import SessionRecord
from calmfloor.storage.errors import StorageError, StorageWriteError
from calmfloor.storage.history_backup import BackupInfo
from calmfloor.ui.history.controller import HistoryController
from calmfloor.ui.history.table import Column, DeleteKeyFilter, SessionTableModel
from calmfloor.ui.kit.messages import write_failure_text
from calmfloor.ui.kit.widgets import FlowLayout

ROW_HEIGHT_LINES = 1.8  # rows a little taller than one line, easier to hit and to read
RESIZE_SAMPLE_ROWS = 60  # columns fit the first rows, not all 20,000


class SessionsPane(QWidget):
    """The sortable session table with its actions, each asking before it changes anything.

    Args:
        controller: reads and changes the history.
        parent: the Qt parent.

    Signals:
        notice(str): a result or a problem to show on the page (after any reload).
    """

    notice = Signal(str)

    def __init__(self, controller: HistoryController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.model = SessionTableModel(self)

        self.table = QTableView()
        self.table.setObjectName("history-table")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Session history"))
        self.table.setAccessibleDescription(
            self.tr("One row per session. Choose a column heading to sort by it.")
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.DATE, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(
            round(self.table.fontMetrics().height() * ROW_HEIGHT_LINES)
        )
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(RESIZE_SAMPLE_ROWS)

        self.delete_button = self._button(
            self.tr("Delete session…"),
            "history-delete",
            self.tr("Delete session"),
            self.tr("Deletes the selected session from the history, after asking you."),
            self.delete_selected,
        )
        self.delete_all_button = self._button(
            self.tr("Delete all my data…"),
            "history-delete-all",
            self.tr("Delete all my data"),
            self.tr("Deletes every session and rating, after asking you. Settings are kept."),
            self.delete_all,
        )
        self.restore_button = self._button(
            self.tr("Restore from a backup…"),
            "history-restore",
            self.tr("Restore from a backup"),
            self.tr(
                "Brings back your history as it was in one of the daily backups, after "
                "asking you. Your history as it is now is kept in a file beside it."
            ),
            self.restore_from_backup,
        )
        self.csv_button = self._button(
            self.tr("Export CSV…"),
            "history-export-csv",
            self.tr("Export CSV"),
            self.tr("Saves the sessions shown as a spreadsheet file."),
            self.export_csv,
        )
        self.pdf_button = self._button(
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
        self._delete_key = DeleteKeyFilter(self.delete_selected, self)
        self.table.installEventFilter(self._delete_key)
        self.table.selectionModel().selectionChanged.connect(self.update_actions)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table, 1)
        buttons = FlowLayout()  # wraps rather than widen the window
        for button in (self.delete_button, self.delete_all_button, self.restore_button):
            buttons.addWidget(button)
        for widget in (self.csv_button, self._patient_name, self.pdf_button):
            if not controller.export_enabled:  # hide only: shown without a parent, it is a window
                widget.hide()
            buttons.addWidget(widget)
        column.addLayout(buttons)

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

    def fill(self) -> None:
        """Read the sessions of the range into the table.

        Raises:
            StorageError: the history could not be read.
        """
        records = self._controller.sessions()
        self.model.set_records(records)
        if records:
            self.table.resizeColumnsToContents()
        self.update_actions()

    def clear(self) -> None:
        """No rows (there is no history)."""
        self.model.set_records([])

    @Slot()
    def update_actions(self) -> None:
        """Enable what can be done now (a row chosen, history writable, sessions to export)."""
        controller = self._controller
        writable = controller.can_delete
        has_rows = controller.has_history
        self.delete_button.setEnabled(writable and self._selected_record() is not None)
        self.delete_all_button.setEnabled(writable and has_rows)
        self.restore_button.setEnabled(writable)
        self.csv_button.setEnabled(has_rows)
        self.pdf_button.setEnabled(has_rows)
        reason = (
            self.tr("History is open read-only, so nothing can be deleted.")
            if controller.read_only
            else ""
        )
        self.delete_button.setToolTip(reason)
        self.delete_all_button.setToolTip(reason)
        self.restore_button.setToolTip(reason)

    def _selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _selected_record(self) -> SessionRecord | None:
        row = self._selected_row()
        return self.model.record(row) if row >= 0 else None

    def _ask(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # ----- actions ---------------------------------------------------------------------------

    @Slot()
    def delete_selected(self) -> None:
        """Ask, then delete the selected session (the page reloads)."""
        record = self._selected_record()
        if record is None or record.id is None or not self._controller.can_delete:
            return
        when = self.model.data(self.model.index(self._selected_row(), Column.DATE))
        what = self.model.data(self.model.index(self._selected_row(), Column.PATTERN))
        question = (
            self.tr("Delete the session of %1 (%2)? This cannot be undone.")
            .replace("%1", str(when))
            .replace("%2", str(what))
            if what
            else self.tr("Delete the session of %1? This cannot be undone.").replace(
                "%1", str(when)
            )
        )
        if not self._ask(self.tr("Delete session"), question):
            return
        row = self.table.currentIndex().row()
        try:
            self._controller.delete(record.id)
        except StorageError:
            self.notice.emit(self.tr("The session could not be deleted. Nothing was changed."))
            return
        if self.model.rowCount():
            # keep the keyboard where it was, on the row that moved up into its place
            self.table.selectRow(min(max(row, 0), self.model.rowCount() - 1))
            self.table.setFocus()

    @Slot()
    def delete_all(self) -> None:
        """Ask, then delete every session and rating (settings, patterns, routines stay)."""
        if not self._controller.can_delete:
            return
        question = self.tr(
            "Delete every session and every rating in your history? This cannot be "
            "undone.\n\nYour settings, breathing patterns and routines are kept."
        )
        if not self._ask(self.tr("Delete all my data"), question):
            return
        try:
            count = self._controller.delete_all()
        except StorageError:
            self.notice.emit(self.tr("Your history could not be deleted. Nothing was changed."))
            return
        self.notice.emit(
            self.tr("Deleted %n session(s), ratings included. Your settings are kept.", "", count)
        )

    @Slot()
    def restore_from_backup(self) -> None:
        """Offer the backups, newest first, and restore the one chosen after asking.

        The history as it is now is kept in a file beside it first (see
        :meth:`HistoryStore.restore`); the page then shows the restored history.
        """
        if not self._controller.can_delete:
            return
        title = self.tr("Restore from a backup")
        backups = self._controller.backups()
        if not backups:
            self.notice.emit(
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
        question = self.tr(
            "Replace your history with the backup of %1? Your history as it is now "
            "is kept in a file beside it first."
        ).replace("%1", chosen)
        if not self._ask(title, question):
            return
        try:
            aside = self._controller.restore(backups[labels.index(chosen)])
        except StorageError:
            self.notice.emit(
                self.tr("The backup could not be restored. Your history was not changed.")
            )
            return
        self.notice.emit(
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

    def _ask_path(self, title: str, suffix: str, file_filter: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        controller = self._controller
        name = f"calmfloor-{controller.range.value}-{controller.today.isoformat()}.{suffix}"
        chosen, _filter = QFileDialog.getSaveFileName(
            self, title, str(Path(folder) / name), file_filter
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix else path.with_suffix(f".{suffix}")

    @Slot()
    def export_csv(self) -> None:
        """Ask for a file name, then save the sessions of the range shown as CSV."""
        if not self._controller.export_enabled:
            return
        path = self._ask_path(self.tr("Export CSV"), "csv", self.tr("CSV files (*.csv)"))
        if path is None:
            return
        try:
            count = self._controller.export_csv(path)
        except StorageWriteError as exc:
            self.notice.emit(write_failure_text(self.tr("the CSV file"), exc))
            return
        except StorageError:
            self.notice.emit(self.tr("The history could not be read just now. Try again later."))
            return
        self.notice.emit(self.tr("Saved %n session(s) to %1.", "", count).replace("%1", str(path)))

    @Slot()
    def export_pdf(self) -> None:
        """Ask for a file name, then save a PDF report of the range shown."""
        if not self._controller.export_enabled:
            return
        path = self._ask_path(self.tr("PDF report"), "pdf", self.tr("PDF files (*.pdf)"))
        if path is None:
            return
        try:
            pages = self._controller.export_pdf(path, self._patient_name.text())
            self._patient_name.clear()  # for this report only
        except StorageWriteError as exc:
            self.notice.emit(write_failure_text(self.tr("the report"), exc))
            return
        except StorageError:
            self.notice.emit(self.tr("The history could not be read just now. Try again later."))
            return
        self.notice.emit(
            self.tr("Saved the report (%n page(s)) to %1.", "", pages).replace("%1", str(path))
        )
