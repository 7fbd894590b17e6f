"""Everything the window needs, loaded once at start-up from the data directory."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from calmfloor.core.clock import Clock
from calmfloor.storage.history_db import HistoryStore, open_history
from calmfloor.storage.paths import AppPaths, ensure_dirs
from calmfloor.storage.patterns_store import PatternStore
from calmfloor.storage.settings_store import SettingsStore, StateStore
from calmfloor.ui.messages import file_problem_text, history_problem_text, write_failure_text
from calmfloor.ui.models import PatternLibrary, SettingsModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("context", text)


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

    def close(self) -> None:
        """Close the database."""
        if self.history is not None:
            self.history.close()
            self.history = None


def load_context(paths: AppPaths, clock: Clock) -> AppContext:
    """Load settings, patterns, state and history, working around every problem."""
    notices: list[str] = []
    for error in ensure_dirs(paths):
        notices.append(write_failure_text(_tr("to %1").replace("%1", str(error.path)), error))

    settings_store = SettingsStore(paths.settings_file)
    loaded = settings_store.load()
    if loaded.file_problem is not None:
        notices.append(file_problem_text(_tr("settings"), loaded.file_problem))
    settings = SettingsModel(loaded.values, settings_store.save)

    pattern_store = PatternStore(paths.patterns_file)
    patterns = pattern_store.load()
    if patterns.file_problem is not None:
        notices.append(file_problem_text(_tr("breathing patterns"), patterns.file_problem))
    elif patterns.problems:
        notices.append(
            _tr("Some of your breathing patterns could not be read and were skipped: %1.").replace(
                "%1", ", ".join(p.name or f"#{p.index + 1}" for p in patterns.problems)
            )
        )
    library = PatternLibrary(patterns.patterns, pattern_store.save)

    state = StateStore(paths.state_file)
    state.load()

    opened = open_history(paths.history_db)
    history_message = history_problem_text(opened.problem) if opened.problem else ""
    if history_message:
        notices.append(history_message)
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
    )
