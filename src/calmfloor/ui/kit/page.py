"""What a feature's page and the shell promise each other: the mount and the host.

Each feature package has a ``mount.py`` whose ``mount(host)`` returns a :class:`PageMount`:
the page's navigation title and key, and a ``build`` the shell calls the first time the
page is needed (the feature's heavy modules are imported inside it, never at start-up).
``build`` returns a :class:`Mounted`: the page and what the shell asks of it (reload when
shown, is a session running, stop it, may the window close) plus its extras for the window
(the heat alarm banner above every page, its chip in the navigation column). The shell,
the :class:`PageHost`, offers what a page may ask of the window.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QWidget

    from calmfloor.core.clock import Clock
    from calmfloor.core.policy import Policy
    from calmfloor.storage.errors import StorageWriteError
    from calmfloor.storage.history_db import HistoryStore
    from calmfloor.storage.paths import AppPaths
    from calmfloor.storage.settings_store import StateStore
    from calmfloor.ui.kit.models import PatternLibrary, SettingsModel
    from calmfloor.ui.kit.sound import CuePlayer
    from calmfloor.ui.kit.tray import SharedTray


class PageContext(Protocol):
    """The loaded profile as a page sees it (``shell.context.AppContext`` is one)."""

    @property
    def paths(self) -> AppPaths: ...
    @property
    def clock(self) -> Clock: ...
    @property
    def settings(self) -> SettingsModel: ...
    @property
    def library(self) -> PatternLibrary: ...
    @property
    def state(self) -> StateStore: ...
    @property
    def history(self) -> HistoryStore | None: ...
    @property
    def history_message(self) -> str: ...
    @property
    def routine_library(self) -> Callable[[QObject], object] | None: ...
    @property
    def guest(self) -> bool: ...
    @property
    def policy(self) -> Policy: ...


class PageHost(Protocol):
    """What a page may ask of the window it is mounted in (the shell's ``MainWindow``)."""

    @property
    def context(self) -> PageContext:
        """The profile: models, stores, clock, clinic policy."""
        ...

    @property
    def cues(self) -> CuePlayer:
        """The window's one sound player."""
        ...

    @property
    def tray(self) -> SharedTray:
        """The window's one tray icon."""
        ...

    @property
    def kiosk(self) -> bool:
        """True in a waiting-room guest's window."""
        ...

    @property
    def report_unsaved(self) -> bool:
        """False when nothing is recorded (a guest, a clinic without history)."""
        ...

    @property
    def owner(self) -> QWidget:
        """The Qt parent of a page's controllers and dialogs (the main window)."""
        ...

    def show_message(self, text: str) -> None:
        """A notice above the pages."""

    def save_failed(self, what: str, error: StorageWriteError) -> None:
        """Tell the user ``what`` could not be saved, and why."""

    def remember(self, key: str, value: bool | str) -> None:
        """Keep ``value`` in the window state (a kiosk guest's lives in memory only)."""

    def open_page(self, key: str) -> None:
        """Show the page with navigation key ``key`` (``"page-heat"``)."""

    def bring_to_page(self, key: str) -> None:
        """Raise the window (from minimised or behind) and show page ``key``."""

    def session_saved(self) -> None:
        """A session was written to the history: pages that show it reload."""

    def session_ended(self) -> None:
        """A session ended (reminders count from here)."""

    def ratings_asked(self) -> frozenset[str] | None:
        """The ratings the programme in force asks for; None: the setting decides."""


def _nothing() -> None:
    return None


def _never() -> bool:
    return False


def _always() -> bool:
    return True


@dataclass
class Mounted:
    """A built page and what the shell asks of it.

    Attributes:
        page: the page widget, added to the window's stack.
        shown: called each time the page is shown (History reloads).
        saved: called after any session was saved to the history.
        running: True while this page's session runs.
        resting: False while the page's end screen waits (the after-session ratings).
        stop: ends a running session as stopped and saves it, without asking.
        confirm_leave: may the window close now (asks the person during a session).
        closing: the window closes (hide what lives outside it, such as a tray icon).
        banner: shown above every page once built (the heat alarm), or None.
        chip: put in the navigation column below the page buttons, or None.
    """

    page: QWidget
    shown: Callable[[], None] = _nothing
    saved: Callable[[], None] = _nothing
    running: Callable[[], bool] = _never
    resting: Callable[[], bool] = _always
    stop: Callable[[], None] = _nothing
    confirm_leave: Callable[[], bool] = _always
    closing: Callable[[], None] = _nothing
    banner: QWidget | None = None
    chip: QWidget | None = None


@dataclass
class PageMount:
    """One feature's place in the window, before its page is built.

    Attributes:
        key: the navigation key, the shortcut in ``kit/shortcuts.py`` that opens the page.
        title: the navigation button's text, with its ``&`` mnemonic.
        build: builds the page; the shell calls it once, when the page is first needed.
        nav_extras: buttons for the navigation column below the page buttons, at once.
    """

    key: str
    title: str
    build: Callable[[], Mounted]
    nav_extras: tuple[QWidget, ...] = ()


class SessionSteps(Protocol):
    """A page with setup, run and done steps (``kit.session_page.SessionPage`` is one)."""

    def current_step(self) -> str:
        """``setup``, ``run`` or ``done``: which step is shown."""
        ...


def showing_end(view: SessionSteps) -> bool:
    """True when a session page shows its end (the after-session ratings wait)."""
    return view.current_step() == "done"
