"""The main window: navigation between pages, notices, full screen. It composes, nothing else."""

from __future__ import annotations

import base64
import binascii
import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QHBoxLayout,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from calmfloor.storage.errors import StorageWriteError
from calmfloor.storage.settings_store import STATE_SAFETY_NOTE_SEEN, STATE_WINDOW_GEOMETRY
from calmfloor.ui.breathing_view import BreathingView
from calmfloor.ui.context import AppContext
from calmfloor.ui.controllers import BreathingController, SessionRecorder
from calmfloor.ui.messages import MessageBar, write_failure_text
from calmfloor.ui.sound import CuePlayer
from calmfloor.ui.theme import apply_theme

if TYPE_CHECKING:
    from calmfloor.ui.history_view import HistoryView
    from calmfloor.ui.settings_view import SettingsView

DEFAULT_SIZE = (1100, 760)
AFTER_FIRST_PAINT_MS = 50  # deferred start-up work waits until the window has painted


class MainWindow(QMainWindow):
    """Breathe, History and Settings pages behind a simple navigation column.

    Args:
        context: the loaded profile (models, stores, notices).
        cues: the sound player (injected so tests can run silent).
    """

    def __init__(self, context: AppContext, cues: CuePlayer | None = None) -> None:
        super().__init__()
        self.setObjectName("main-window")
        self.context = context
        self.setWindowTitle(self.tr("calmfloor"))

        self.controller = BreathingController(context.clock, self)
        self.recorder = SessionRecorder(self.controller, context.history, context.clock, self)
        # sounds load right after the first paint, so start-up shows the window sooner
        self.cues = cues or CuePlayer(self, deferred=True)
        self.messages = MessageBar()

        seen = context.state.get_bool(STATE_SAFETY_NOTE_SEEN, False)
        self.breathing = BreathingView(
            self.controller,
            self.recorder,
            context.settings,
            context.library,
            self.cues,
            show_safety_note=not seen,
        )
        self._history: HistoryView | None = None  # built when first opened
        self._settings: SettingsView | None = None

        self.pages = QStackedWidget()
        self._nav = QButtonGroup(self)
        nav_column = QVBoxLayout()
        nav_column.setContentsMargins(12, 12, 12, 12)
        self.pages.addWidget(self.breathing)
        for index, (title, key) in enumerate(
            (
                (self.tr("&Breathe"), "Ctrl+1"),
                (self.tr("&History"), "Ctrl+2"),
                (self.tr("&Settings"), "Ctrl+3"),
            )
        ):
            button = QPushButton(title)
            button.setCheckable(True)
            button.setObjectName(f"nav-{index}")
            button.setAccessibleName(title.replace("&", ""))
            button.setAccessibleDescription(self.tr("Shortcut %1").replace("%1", key))
            button.setMinimumHeight(button.fontMetrics().height() * 2 + 8)
            button.setMinimumWidth(button.fontMetrics().horizontalAdvance("Settings") + 48)
            self._nav.addButton(button, index)
            nav_column.addWidget(button)
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(lambda i=index: self.show_page(i))
        nav_column.addStretch(1)
        self._nav.idClicked.connect(self.show_page)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(nav_column)
        body.addWidget(self.pages, 1)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.messages)
        column.addLayout(body, 1)
        self.setCentralWidget(central)

        full = QShortcut(QKeySequence(Qt.Key.Key_F11), self)
        full.activated.connect(self.toggle_full_screen)

        self.breathing.session_saved.connect(self._on_session_saved)
        self.breathing.safety_note_seen.connect(self._remember_safety_note)
        context.settings.changed.connect(self._on_setting)
        context.settings.save_failed.connect(
            lambda exc: self._save_failed(self.tr("your settings"), exc)
        )
        context.library.save_failed.connect(
            lambda exc: self._save_failed(self.tr("your breathing patterns"), exc)
        )
        self.recorder.save_failed.connect(
            lambda exc: self._save_failed(self.tr("this session"), exc)
        )
        self.cues.unavailable.connect(self.messages.show_message)
        for notice in context.notices:
            self.messages.show_message(notice)
        if context.recovered:
            self.messages.show_message(
                self.tr(
                    "%n session(s) ended unexpectedly last time and were saved as interrupted.",
                    "",
                    context.recovered,
                )
            )
        self.show_page(0)
        self._restore_geometry()
        QTimer.singleShot(AFTER_FIRST_PAINT_MS, self.cues, self.cues.load)

    # ----- pages -----------------------------------------------------------------------

    @property
    def history(self) -> HistoryView:
        """The History page, built the first time it is needed."""
        if self._history is None:
            from calmfloor.ui.history_view import HistoryView

            self._history = HistoryView(self.context.history, self.context.history_message)
            self.pages.addWidget(self._history)
        return self._history

    @property
    def settings(self) -> SettingsView:
        """The Settings page, built the first time it is needed."""
        if self._settings is None:
            from calmfloor.ui.settings_view import SettingsView

            self._settings = SettingsView(
                self.context.settings, data_locations=self.context.paths.locations()
            )
            self.pages.addWidget(self._settings)
        return self._settings

    def show_page(self, index: int) -> None:
        """Show page ``index`` (0 Breathe, 1 History, 2 Settings)."""
        if index == 1:
            self.pages.setCurrentWidget(self.history)
            self.history.reload()
        elif index == 2:
            self.pages.setCurrentWidget(self.settings)
        else:
            self.pages.setCurrentWidget(self.breathing)
        button = self._nav.button(index)
        if button is not None:
            button.setChecked(True)

    def _on_session_saved(self) -> None:
        if self._history is not None:
            self._history.reload()

    def toggle_full_screen(self) -> None:
        """F11: full screen and back."""
        if self.isFullScreen():
            self.showNormal()
            return
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            # without a window manager, showFullScreen() alone keeps the old size
            self.setGeometry(screen.geometry())
        self.showFullScreen()

    # ----- settings, state ---------------------------------------------------------------

    def _on_setting(self, key: str, _value: object) -> None:
        if key in ("theme", "text_scale"):
            app = QApplication.instance()
            if isinstance(app, QApplication):
                s = self.context.settings
                apply_theme(app, str(s.value("theme")), int(s.value("text_scale")))

    def _save_failed(self, what: str, error: StorageWriteError) -> None:
        self.messages.show_message(write_failure_text(what, error))

    def _remember_safety_note(self) -> None:
        self.context.state.set(STATE_SAFETY_NOTE_SEEN, True)
        self._save_state()

    def _save_state(self) -> None:
        # window state is a convenience; settings failures are the ones reported
        with contextlib.suppress(StorageWriteError):
            self.context.state.save()

    def _restore_geometry(self) -> None:
        stored = self.context.state.get_str(STATE_WINDOW_GEOMETRY, "")
        restored = False
        if stored:
            try:
                restored = self.restoreGeometry(QByteArray(base64.b64decode(stored)))
            except (binascii.Error, ValueError):
                restored = False
        if not restored:
            self.resize(*DEFAULT_SIZE)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.breathing.confirm_leave():
            event.ignore()
            return
        geometry = bytes(self.saveGeometry().data())
        self.context.state.set(STATE_WINDOW_GEOMETRY, base64.b64encode(geometry).decode("ascii"))
        self._save_state()
        self.cues.stop_all()
        super().closeEvent(event)
