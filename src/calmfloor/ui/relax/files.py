"""Routine files from the Relax page: import (checked, with its problems listed), export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from calmfloor.core.routine import Problem
from calmfloor.core.text import printable
from calmfloor.storage.routines_store import (
    ROUTINE_SUFFIX,
    LoadedRoutine,
    RoutineSource,
    read_routine_file,
)
from calmfloor.ui.relax.library import RoutineLibrary

PROBLEMS_SHOWN = 12  # problems listed in the import dialog; the rest go in the details


class RoutineFiles(QObject):
    """Imports a routine file into the user's routines and exports one to share.

    Each action returns what it did and a sentence for the page's file note.

    Args:
        library: the routines on offer.
        window: the parent of the file and message dialogs.
    """

    def __init__(self, library: RoutineLibrary, window: QWidget) -> None:
        super().__init__(window)
        self._library = library
        self._window = window

    def import_file(self, path: Path | None) -> tuple[LoadedRoutine | None, str]:
        """Check a routine file and copy it into the user's routines.

        Args:
            path: the file; None asks with a file dialog.

        Returns:
            The imported routine or None, and the note to show ("" for none).
        """
        if path is None:
            name, _filter = QFileDialog.getOpenFileName(
                self._window,
                self.tr("Import a routine"),
                str(Path.home()),
                self.tr("Routine files (*.toml);;All files (*)"),
            )
            if not name:
                return None, ""
            path = Path(name)
        replace = False
        routine, _problems = read_routine_file(path)
        if routine is not None:
            existing = self._library.find(routine.id)
            if existing is not None and existing.source is RoutineSource.USER:
                answer = QMessageBox.question(
                    self._window,
                    self.tr("Replace your routine?"),
                    self.tr(
                        "You already have “%1” (version %2). Replace it with version %3 from "
                        "this file?"
                    )
                    .replace("%1", printable(existing.routine.name))
                    .replace("%2", printable(existing.routine.version))
                    .replace("%3", printable(routine.version)),
                )
                if answer != QMessageBox.StandardButton.Yes:
                    return None, ""
                replace = True
        loaded, problems = self._library.import_file(path, replace=replace)
        if loaded is None:
            if problems:
                self._show_problems(path, problems)
            return None, ""
        note = self.tr("“%1” was added to your routines.").replace(
            "%1", printable(loaded.routine.name)
        )
        return loaded, note

    def _show_problems(self, path: Path, problems: list[Problem]) -> None:
        lines = [_sentence(problem.message) for problem in problems]
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Routine not imported"))
        box.setText(
            self.tr(
                "“%1” cannot be used, so nothing was copied. Please fix the following, or ask "
                "whoever wrote the file:"
            ).replace("%1", printable(path.name))
        )
        shown = "\n".join("• " + line for line in lines[:PROBLEMS_SHOWN])
        if len(lines) > PROBLEMS_SHOWN:
            shown += "\n" + self.tr(
                "… and %n more (see the details)", "", len(lines) - PROBLEMS_SHOWN
            )
            box.setDetailedText("\n".join(lines))
        box.setInformativeText(shown)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()

    def export(self, loaded: LoadedRoutine, target: Path | None) -> tuple[bool, str]:
        """Write ``loaded`` to a file to share.

        Args:
            loaded: the routine.
            target: the file; None asks with a file dialog (default name ``<id>.toml``).

        Returns:
            True when the file was written, and the note to show ("" for none).
        """
        if target is None:
            name, _filter = QFileDialog.getSaveFileName(
                self._window,
                self.tr("Export a routine"),
                str(Path.home() / f"{loaded.routine.id}{ROUTINE_SUFFIX}"),
                self.tr("Routine files (*.toml)"),
            )
            if not name:
                return False, ""
            target = Path(name)
            if not target.suffix:
                target = target.with_suffix(ROUTINE_SUFFIX)
        if not self._library.export(loaded, target):
            return False, self.tr("The routine could not be saved to %1.").replace(
                "%1", str(target)
            )
        note = (
            self.tr("“%1” was saved to %2.")
            .replace("%1", printable(loaded.routine.name))
            .replace("%2", printable(str(target)))
        )
        return True, note


def _sentence(message: str) -> str:
    """A problem message as shown on its own: capital first letter."""
    return message[:1].upper() + message[1:] if message else message
