"""Plain, translated words for storage problems, and the bar that shows them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from calmfloor.core.i18n import QT_TRANSLATE_NOOP
from calmfloor.core.text import printable
from calmfloor.storage.errors import StorageWriteError, WriteFailure
from calmfloor.storage.history_db import HistoryProblem, HistoryProblemKind
from calmfloor.storage.jsonfile import FileProblem, FileProblemKind
from calmfloor.storage.safefile import ReadFailure

_NOT_READ = frozenset({ReadFailure.NOT_REGULAR, ReadFailure.TOO_LARGE})

_REASONS = {  # marked here, translated when shown
    WriteFailure.READ_ONLY: QT_TRANSLATE_NOOP("messages", "the folder is read-only"),
    WriteFailure.DISK_FULL: QT_TRANSLATE_NOOP("messages", "the disk is full"),
    WriteFailure.PERMISSION_DENIED: QT_TRANSLATE_NOOP("messages", "permission was refused"),
    WriteFailure.NOT_A_DIRECTORY: QT_TRANSLATE_NOOP(
        "messages", "part of the folder path is a file"
    ),
    WriteFailure.NEWER_FORMAT: QT_TRANSLATE_NOOP("messages", "the file is from a newer calmfloor"),
    WriteFailure.BUSY: QT_TRANSLATE_NOOP("messages", "another program is using the file"),
    WriteFailure.IO_ERROR: QT_TRANSLATE_NOOP("messages", "the disk reported an error"),
    WriteFailure.PROTECTED: QT_TRANSLATE_NOOP(
        "messages", "the file there could not be read, so it is left as it is"
    ),
    WriteFailure.IS_A_DIRECTORY: QT_TRANSLATE_NOOP("messages", "a folder has that name"),
    WriteFailure.NO_FOLDER: QT_TRANSLATE_NOOP("messages", "the folder does not exist"),
}
# a clause, like the reasons above: "Could not save %1 because %2.", "History is not available (%1)"
_UNEXPECTED = QT_TRANSLATE_NOOP("messages", "something unexpected went wrong")


def _reason(reason: WriteFailure | None) -> str:
    return QCoreApplication.translate(
        "messages", _REASONS.get(reason or WriteFailure.OTHER, _UNEXPECTED)
    )


def history_problem_text(problem: HistoryProblem) -> str:
    """One or two sentences about why history is not fully working."""
    path = str(problem.path)
    if problem.kind is HistoryProblemKind.CORRUPT:
        if problem.kept_aside is not None:
            return QCoreApplication.translate(
                "messages",
                "Your history file was damaged and could not be read. It was kept as %1 "
                "and a new history has been started.",
            ).replace("%1", str(problem.kept_aside))
        return QCoreApplication.translate(
            "messages", "Your history file %1 is damaged. Sessions will not be saved this time."
        ).replace("%1", path)
    if problem.kind is HistoryProblemKind.FOREIGN:
        if problem.kept_aside is not None:
            return QCoreApplication.translate(
                "messages",
                "The file where your history belongs was made by another program. It was "
                "moved, untouched, to %1 and a new history has been started.",
            ).replace("%1", str(problem.kept_aside))
        return QCoreApplication.translate(
            "messages",
            "The file %1 where your history belongs was made by another program. It has "
            "been left untouched; sessions will not be saved this time.",
        ).replace("%1", path)
    if problem.kind is HistoryProblemKind.FOREIGN_JOURNAL:
        if problem.kept_aside is not None:
            return QCoreApplication.translate(
                "messages",
                "A leftover journal file that does not belong to your history was found and "
                "moved aside to %1, so that it could not overwrite your sessions. Your "
                "history is shown as it was saved.",
            ).replace("%1", str(problem.kept_aside))
        return QCoreApplication.translate(
            "messages",
            "A leftover journal file beside your history (%1) does not belong to it and "
            "could not be moved aside. History is off this time so that your sessions are "
            "not overwritten.",
        ).replace("%1", path)
    if problem.kind is HistoryProblemKind.BACKUP_FAILED:
        return QCoreApplication.translate(
            "messages",
            "Today's backup copy of your history could not be made (%1). Your history "
            "itself is fine.",
        ).replace("%1", _reason(problem.reason))
    if problem.kind is HistoryProblemKind.TOO_NEW:
        return QCoreApplication.translate(
            "messages",
            "Your history (%1) was saved by a newer version of calmfloor. It has been left "
            "untouched; please update calmfloor. Sessions will not be saved this time.",
        ).replace("%1", path)
    if problem.kind is HistoryProblemKind.READ_ONLY:
        return QCoreApplication.translate(
            "messages",
            "Your history can be shown but not added to (%1). "
            "Sessions will not be saved this time.",
        ).replace("%1", _reason(problem.reason))
    return QCoreApplication.translate(
        "messages", "History is not available (%1): sessions will not be saved this time."
    ).replace("%1", _reason(problem.reason))


def file_problem_text(what: str, problem: FileProblem) -> str:
    """A sentence about an unusable settings or patterns file; ``what`` names it."""
    if problem.read_failure in _NOT_READ and problem.kept_aside is not None:
        return (
            QCoreApplication.translate(
                "messages",
                "Your %1 file is not an ordinary file (or is far too large), so it was not "
                "read. It was moved to %2 and defaults are in use.",
            )
            .replace("%1", what)
            .replace("%2", printable(str(problem.kept_aside)))
        )
    if problem.kind is FileProblemKind.CORRUPT:
        if problem.kept_aside is not None:
            return (
                QCoreApplication.translate(
                    "messages",
                    "Your %1 could not be read. It was kept as %2 and defaults are in use.",
                )
                .replace("%1", what)
                .replace("%2", str(problem.kept_aside))
            )
        return QCoreApplication.translate(
            "messages", "Your %1 could not be read; defaults are in use."
        ).replace("%1", what)
    if problem.kind is FileProblemKind.TOO_NEW:
        return QCoreApplication.translate(
            "messages",
            "Your %1 were saved by a newer calmfloor. They are left untouched; defaults are in "
            "use and changes will not be saved.",
        ).replace("%1", what)
    return QCoreApplication.translate(
        "messages", "Your %1 could not be read; defaults are in use and changes will not be saved."
    ).replace("%1", what)


def write_failure_text(what: str, error: StorageWriteError) -> str:
    """A sentence about a failed save; ``what`` names what was being saved."""
    return (
        QCoreApplication.translate(
            "messages", "Could not save %1 because %2. Nothing saved earlier was lost."
        )
        .replace("%1", what)
        .replace("%2", _reason(error.reason))
    )


class MessageBar(QWidget):
    """Unobtrusive notices at the top of the window, each dismissible, none repeated."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(12, 6, 12, 0)
        self._shown: set[str] = set()
        self.setAccessibleName(self.tr("Notices"))
        self.hide()

    def messages(self) -> list[str]:
        """The texts on show."""
        return [label.text() for label in self.findChildren(QLabel)]

    def show_message(self, text: str, action: tuple[str, Callable[[], None]] | None = None) -> None:
        """Show ``text`` once per run (repeats are ignored).

        Args:
            text: the notice.
            action: a button beside it, as (label, what it does); the notice stays.
        """
        if text in self._shown:
            return
        self._shown.add(text)
        frame = QFrame(self)
        frame.setObjectName("notice")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(frame)
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(label, 1)
        if action is not None:
            act = QPushButton(action[0])
            act.setObjectName("notice-action")
            act.clicked.connect(action[1])
            row.addWidget(act, 0, Qt.AlignmentFlag.AlignTop)
        close = QPushButton(self.tr("Dismiss"))
        close.setAccessibleName(self.tr("Dismiss notice"))
        close.clicked.connect(lambda: self._dismiss(frame))
        row.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self._layout.addWidget(frame)
        self.show()

    def _dismiss(self, frame: QFrame) -> None:
        frame.hide()
        frame.deleteLater()
        if all(not f.isVisible() for f in self.findChildren(QFrame) if f is not frame):
            self.hide()
