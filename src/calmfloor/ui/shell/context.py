"""Everything the window needs, loaded once at start-up from the data directory."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from calmfloor.core.breathing import PRESETS, BreathPattern
from calmfloor.core.clock import Clock
from calmfloor.core.policy import Policy
from calmfloor.core.text import printable
from calmfloor.storage.errors import StorageError
from calmfloor.storage.history_db import RESTORABLE_PROBLEMS, HistoryStore, open_history
from calmfloor.storage.jsonfile import remove_leftover_temp_files
from calmfloor.storage.paths import AppPaths, ensure_dirs
from calmfloor.storage.patterns_store import PatternStore
from calmfloor.storage.settings_store import SettingsStore, StateStore
from calmfloor.ui.kit.messages import file_problem_text, history_problem_text, write_failure_text
from calmfloor.ui.kit.models import PatternLibrary, SettingsModel
from calmfloor.ui.kit.widgets import format_number

if TYPE_CHECKING:
    from calmfloor.ui.relax.library import RoutineLibrary


RoutineLibraryFactory = Callable[[QObject], "RoutineLibrary"]


@dataclass
class AppContext:
    """The loaded profile: models, stores and the notices to show.

    Attributes:
        paths: where everything lives.
        clock: the clock every controller uses.
        settings: preferences.
        library: presets and the user's patterns.
        state: window state and other memory.
        history: the history store, None when history is off this run.
        history_message: why history is limited, or "".
        notices: problems found while loading, already worded for the user.
        recovered: how many sessions cut off by a crash were found and marked.
        routine_library: builds the Relax page's routines (given the Qt parent); None
            offers the built-in, clinic and user folders as usual.
        guest: True for a kiosk guest: nothing is read from or written to the profile.
        policy: the clinic policy this run follows (the default policy changes nothing).
        history_restore_notice: the notice (one of ``notices``) about a damaged or foreign
            history that was kept aside, which offers "Restore from a backup…"; or "".
    """

    paths: AppPaths
    clock: Clock
    settings: SettingsModel
    library: PatternLibrary
    state: StateStore
    history: HistoryStore | None
    history_message: str = ""
    notices: list[str] = field(default_factory=list)
    recovered: int = 0
    routine_library: RoutineLibraryFactory | None = None
    guest: bool = False
    policy: Policy = field(default_factory=Policy)
    history_restore_notice: str = ""

    def close(self) -> None:
        """Close the database."""
        if self.history is not None:
            self.history.close()
            self.history = None


def last_practice(store: HistoryStore | None) -> datetime | None:
    """When the newest session in ``store`` started, or None (reminders ask)."""
    if store is None:
        return None
    try:
        newest = store.sessions(limit=1)
    except StorageError:
        return None
    return newest[0].started if newest else None


def load_context(paths: AppPaths, clock: Clock, policy: Policy | None = None) -> AppContext:
    """Load settings, patterns, state and history, working around every problem.

    The clinic ``policy`` is applied on top of the profile:

    - its setting values and locks (:meth:`SettingsModel.apply_policy`: shown, never
      written to the user's settings file);
    - ``history_enabled`` False: the history database is not opened or created at all;
      ``history`` is None and ``history_message`` says why;
    - ``patterns``: the clinic names built-in presets. Without a list the presets and the
      user's own patterns are offered as usual. With a list only the listed presets are
      offered (:class:`OfferedPatternLibrary`): the user's own patterns are not read, and
      stay untouched in their file until the list is lifted;
    - ``routines`` and ``clinic_routines_dir``: the Relax page offers the listed ids from
      the built-in, clinic and user folders (:class:`RoutineLibrary` ``offered``).

    Args:
        paths: where everything lives.
        clock: the clock every controller uses.
        policy: the clinic policy; None is the default policy, which changes nothing.
    """
    policy = policy or Policy()
    notices: list[str] = []
    for error in ensure_dirs(paths):
        where = QCoreApplication.translate("context", "to %1").replace("%1", str(error.path))
        notices.append(write_failure_text(where, error))
    for folder in (*paths.directories, paths.routines_dir):
        remove_leftover_temp_files(folder)  # a save cut off by a kill left its copy here

    settings_store = SettingsStore(paths.settings_file)
    loaded = settings_store.load()
    if loaded.file_problem is not None:
        what = QCoreApplication.translate("context", "settings")
        notices.append(file_problem_text(what, loaded.file_problem))
    settings = SettingsModel(loaded.values, settings_store.save)
    settings.apply_policy(policy.settings, policy.locked)
    settings.apply_recommended(policy.recommended)  # the clinic's defaults; patients may change

    library = _load_patterns(paths, policy, notices)

    state = StateStore(paths.state_file)
    state.load()

    routine_library = _routine_factory(paths.routines_dir, policy)
    if not policy.history_enabled:
        return AppContext(
            paths=paths,
            clock=clock,
            settings=settings,
            library=library,
            state=state,
            history=None,
            history_message=QCoreApplication.translate(
                "context",
                "Your clinic has turned history off on this computer. Sessions are not recorded.",
            ),
            notices=notices,
            routine_library=routine_library,
            policy=policy,
        )
    opened = open_history(paths.history_db)
    history_message = history_problem_text(opened.problem) if opened.problem else ""
    restore_notice = ""
    for problem in opened.problems:
        text = history_problem_text(problem)
        notices.append(text)
        can_restore = opened.store is not None and not opened.store.read_only
        if can_restore and problem.kind in RESTORABLE_PROBLEMS and not restore_notice:
            restore_notice = text
    recovered = 0
    if opened.store is not None and not opened.store.read_only:
        recovered = len(opened.store.recover_interrupted())
    return AppContext(
        paths=paths,
        clock=clock,
        settings=settings,
        library=library,
        state=state,
        history=opened.store,
        history_message=history_message if opened.store is None else "",
        notices=notices,
        recovered=recovered,
        routine_library=routine_library,
        policy=policy,
        history_restore_notice=restore_notice,
    )


def _load_patterns(paths: AppPaths, policy: Policy, notices: list[str]) -> PatternLibrary:
    """The user's patterns as usual, or only the presets the clinic lists (nothing read)."""
    if policy.patterns is not None:
        return OfferedPatternLibrary(policy.patterns)
    pattern_store = PatternStore(paths.patterns_file)
    patterns = pattern_store.load()
    if patterns.file_problem is not None:
        what = QCoreApplication.translate("context", "breathing patterns")
        notices.append(file_problem_text(what, patterns.file_problem))
    elif patterns.problems:
        notices.append(
            QCoreApplication.translate(
                "context", "Some of your breathing patterns could not be read and were skipped: %1."
            ).replace(
                "%1",
                ", ".join(
                    printable(p.name) if p.name else f"#{format_number(p.index + 1)}"
                    for p in patterns.problems
                ),
            )
        )
    return PatternLibrary(patterns.patterns, pattern_store.save)


def _routine_factory(user_dir: Path | None, policy: Policy) -> RoutineLibraryFactory | None:
    """Builds the Relax page's routines as the policy says; None when it says nothing."""
    clinic_dir = Path(policy.clinic_routines_dir) if policy.clinic_routines_dir else None
    offered = policy.routines
    if user_dir is not None and clinic_dir is None and offered is None:
        return None

    def routines(parent: QObject) -> RoutineLibrary:
        from calmfloor.ui.relax.library import RoutineLibrary

        return RoutineLibrary(user_dir, clinic_dir=clinic_dir, offered=offered, parent=parent)

    return routines


class OfferedPatternLibrary(PatternLibrary):
    """The built-in presets the clinic offers, plus patterns made this visit (kept in memory).

    Args:
        offered: preset names on offer (any case); None offers every preset. When none of
            the names is a preset, the first preset is offered so breathing still works.
    """

    def __init__(self, offered: tuple[str, ...] | None, parent: QObject | None = None) -> None:
        super().__init__((), None, parent)
        if offered is None:
            self._presets = list(PRESETS)
        else:
            wanted = {name.casefold() for name in offered}
            self._presets = [p for p in PRESETS if p.name.casefold() in wanted] or [PRESETS[0]]

    def all(self) -> list[BreathPattern]:
        """The offered presets first, then patterns made this visit."""
        return [*self._presets, *self._user]
