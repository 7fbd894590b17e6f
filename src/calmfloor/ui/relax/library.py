"""The routines on offer: built-in, the clinic's and the user's own, with import and export."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from calmfloor.core.routine import Problem
from calmfloor.resources import asset_dir
from calmfloor.storage.errors import StorageWriteError
from calmfloor.storage.routines_store import (
    LoadedRoutine,
    export_routine,
    import_routine,
    load_routines,
    protected_ids,
    read_routine_file,
)
from calmfloor.storage.voice_recordings import RECORDING_SUFFIX, copy_recordings, recordings_dir

BUILTIN_FOLDER = "routines"
MISSING_FOLDER = ".no-builtin-routines"  # stands in for a missing built-in folder


class RoutineLibrary(QObject):
    """Every routine that loaded, in folder order built-in, clinic, user.

    Files with problems are skipped; their problems are kept for the message bar
    (:meth:`notices`). An imported file is checked first and copied into the user's
    routines folder, which is created when the first routine is imported.

    A clinic may offer only some routines (``offered``, ids from any folder): the others
    are not listed, and a file whose routine is not on offer is not imported.

    Args:
        user_dir: the user's own routines (``AppPaths.routines_dir``); None offers no
            routines of the user's own and nothing can be imported (a kiosk guest).
        clinic_dir: routines provided by a clinic, or None.
        builtin_dir: the built-in routines; None finds the packaged ones.
        offered: the routine ids on offer; None offers every routine that loaded.
        language: the language of the built-in routines (a translated one is offered when
            it ships, else the English one); None is the language of the app.
        parent: the Qt parent.

    Signals:
        changed(): the list of routines changed (after an import or a reload).
        save_failed(object): a ``StorageWriteError`` from an import or an export.
    """

    changed = Signal()
    save_failed = Signal(object)

    def __init__(
        self,
        user_dir: Path | None,
        *,
        clinic_dir: Path | None = None,
        builtin_dir: Path | None = None,
        offered: Iterable[str] | None = None,
        language: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("routine-library")
        if language is None:
            from calmfloor.ui.kit.i18n import current_language

            language = current_language()
        self._language = language
        self._user_dir = user_dir
        self._offered = None if offered is None else frozenset(offered)
        self._clinic_dir = clinic_dir
        self._builtin_dir = builtin_dir
        self._routines: list[LoadedRoutine] = []
        self.problems: list[Problem] = []
        self._load()

    @property
    def user_dir(self) -> Path | None:
        """The folder imported routines are copied to; None when there is none."""
        return self._user_dir

    @property
    def can_import(self) -> bool:
        """True when routine files can be imported (there is a folder of the user's own)."""
        return self._user_dir is not None

    def is_offered(self, routine_id: str) -> bool:
        """True when the clinic offers the routine ``routine_id`` (or offers every routine)."""
        return self._offered is None or routine_id in self._offered

    def _load(self) -> None:
        problems: list[Problem] = []
        builtin = self._builtin_dir
        if builtin is None:
            try:
                builtin = asset_dir(BUILTIN_FOLDER)
            except FileNotFoundError:
                problems.append(
                    Problem(
                        source=BUILTIN_FOLDER,
                        message="the built-in routines are missing; reinstalling calmfloor "
                        "should fix this.",
                        code="unreadable",
                    )
                )
                # a folder that does not exist holds no routines and raises no problem
                builtin = (self._user_dir or Path(os.devnull)) / MISSING_FOLDER
        loaded, found = load_routines(
            builtin, self._user_dir, self._clinic_dir, language=self._language
        )
        self._routines = [item for item in loaded if self.is_offered(item.routine.id)]
        self.problems = problems + found

    def reload(self) -> None:
        """Read every folder again (a file may have been added by hand)."""
        self._load()
        self.changed.emit()

    def routines(self) -> list[LoadedRoutine]:
        """The routines that loaded, built-in first."""
        return list(self._routines)

    def find(self, routine_id: str) -> LoadedRoutine | None:
        """The routine with ``routine_id``, or None."""
        for item in self._routines:
            if item.routine.id == routine_id:
                return item
        return None

    def notices(self) -> list[str]:
        """One translated line per problem, for the message bar."""
        template = self.tr("A routine file could not be used: %1")
        return [template.replace("%1", str(problem)) for problem in self.problems]

    def import_file(
        self, path: Path, *, replace: bool = False
    ) -> tuple[LoadedRoutine | None, list[Problem]]:
        """Check ``path`` and copy it into the user's routines.

        Args:
            path: the routine file to import.
            replace: allow replacing the user's own routine with the same id.

        Returns:
            The imported routine and no problems; or None and the file's problems (nothing
            is copied then). None and no problems when writing failed (``save_failed``) or
            when nothing can be imported (:attr:`can_import`).
        """
        if self._user_dir is None:
            return None, []
        routine, _problems = read_routine_file(path)
        if routine is not None and not self.is_offered(routine.id):
            message = self.tr("Your clinic does not offer this routine on this computer.")
            return None, [Problem(source=path.name, message=message, code="not_offered")]
        try:
            loaded, problems = import_routine(
                path, self._user_dir, protected_ids(self._routines), replace=replace
            )
            if loaded is not None:  # the therapist's recorded voice travels with the file
                copy_recordings(
                    path.with_suffix(RECORDING_SUFFIX),
                    recordings_dir(self._user_dir, loaded.routine.id),
                )
        except StorageWriteError as exc:
            self.save_failed.emit(exc)
            return None, []
        if loaded is None:
            return None, problems
        self.reload()
        return self.find(loaded.routine.id) or loaded, []

    def export(self, loaded: LoadedRoutine, target: Path) -> bool:
        """Write ``loaded`` to ``target`` to share it; False (and ``save_failed``) if not."""
        try:
            export_routine(loaded, target)
            if self._user_dir is not None:  # recorded clips go beside the exported file
                copy_recordings(
                    recordings_dir(self._user_dir, loaded.routine.id),
                    target.with_suffix(RECORDING_SUFFIX),
                )
        except StorageWriteError as exc:
            self.save_failed.emit(exc)
            return False
        return True
