"""A kiosk guest's profile: defaults under the clinic's policy, nothing read from or written
to disk, the built-in and clinic routines only."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject

from calmfloor.core.clock import Clock
from calmfloor.core.policy import Policy
from calmfloor.core.routine import Problem
from calmfloor.core.settings import defaults
from calmfloor.storage.paths import AppPaths
from calmfloor.storage.routines_store import LoadedRoutine
from calmfloor.storage.settings_store import StateLoadResult, StateStore
from calmfloor.ui.kit.models import SettingsModel
from calmfloor.ui.relax.library import RoutineLibrary
from calmfloor.ui.shell.context import AppContext, OfferedPatternLibrary


class GuestRoutineLibrary(RoutineLibrary):
    """The routines a guest may use: built-in and clinic ones the clinic offers, no file routes.

    Args:
        clinic_dir: the clinic's routine folder, or None.
        offered: routine ids on offer; None offers every built-in and clinic routine.
        builtin_dir: the built-in routines; None finds the packaged ones.
        parent: the Qt parent.
    """

    def __init__(
        self,
        clinic_dir: Path | None,
        offered: Sequence[str] | None,
        *,
        builtin_dir: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        # no folder of the guest's own: no user routines, nothing to import into
        super().__init__(
            None, clinic_dir=clinic_dir, builtin_dir=builtin_dir, offered=offered, parent=parent
        )

    def import_file(
        self, path: Path, *, replace: bool = False
    ) -> tuple[LoadedRoutine | None, list[Problem]]:
        """Guests cannot import: nothing is copied."""
        return None, []

    def export(self, loaded: LoadedRoutine, target: Path) -> bool:
        """Guests cannot export: nothing is written."""
        return False


class MemoryStateStore(StateStore):
    """A state store that lives in memory only: :meth:`save` never writes, :meth:`load` never reads.

    A kiosk guest's "safety note seen" and the like last until the next person.
    """

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self.read_only = True

    def load(self, now: object = None) -> StateLoadResult:
        """Nothing is read: a guest starts with no memory."""
        return StateLoadResult({})

    def save(self) -> None:
        """Nothing is written."""


def guest_context(paths: AppPaths, clock: Clock, policy: Policy) -> AppContext:
    """A fresh context for one kiosk guest that reads nothing personal and can write nothing.

    Settings are the defaults with the clinic's values and locks on top, never saved;
    sound follows ``policy.kiosk_sound``. Patterns are the offered presets; state lives in
    memory (:class:`MemoryStateStore`); there is no history; routines come from the
    built-in and clinic folders only. No directory is created.

    Args:
        paths: the profile's locations (only used to name the memory store's file).
        clock: the clock every controller uses.
        policy: the clinic policy.
    """
    settings = SettingsModel(defaults(), None)
    settings.apply_policy({**policy.settings, "sound_enabled": policy.kiosk_sound}, policy.locked)
    settings.apply_recommended(policy.recommended)
    clinic_dir = Path(policy.clinic_routines_dir) if policy.clinic_routines_dir else None
    offered_routines = policy.routines

    def routines(parent: QObject) -> RoutineLibrary:
        return GuestRoutineLibrary(clinic_dir, offered_routines, parent=parent)

    return AppContext(
        paths=paths,
        clock=clock,
        settings=settings,
        library=OfferedPatternLibrary(policy.patterns),
        state=MemoryStateStore(paths.state_file),
        history=None,
        routine_library=routines,
        guest=True,
        policy=policy,
    )
