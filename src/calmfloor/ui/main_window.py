"""The main window: navigation between pages, notices, full screen. It composes, nothing else."""

from __future__ import annotations

import base64
import binascii
import contextlib

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from calmfloor.resources import Asset, asset_path
from calmfloor.storage.errors import StorageWriteError
from calmfloor.storage.settings_store import STATE_SAFETY_NOTE_SEEN, STATE_WINDOW_GEOMETRY
from calmfloor.ui.breathing_view import BreathingView
from calmfloor.ui.context import AppContext
from calmfloor.ui.controllers import BreathingController, SessionRecorder
from calmfloor.ui.history_view import HistoryView
from calmfloor.ui.messages import MessageBar, write_failure_text
from calmfloor.ui.settings_view import SettingsView
from calmfloor.ui.sound import CuePlayer
from calmfloor.ui.theme import apply_theme

DEFAULT_SIZE = (1100, 760)


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
        self.setWindowIcon(QIcon(str(asset_path(Asset.ICON_SVG))))

        self.controller = BreathingController(context.clock, self)
        self.recorder = SessionRecorder(self.controller, context.history, context.clock, self)
        self.cues = cues or CuePlayer(self)
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
        self.history = HistoryView(context.history, context.history_message)
        self.settings = SettingsView(
            context.settings, data_locations={k: v for k, v in context.paths.locations().items()}
        )

        self.pages = QStackedWidget()
        self._nav = QButtonGroup(self)
        nav_column = QVBoxLayout()
        nav_column.setContentsMargins(12, 12, 12, 12)
        for index, (page, title, key) in enumerate(
            (
                (self.breathing, self.tr("&Breathe"), "Ctrl+1"),
                (self.history, self.tr("&History"), "Ctrl+2"),
                (self.settings, self.tr("&Settings"), "Ctrl+3"),
            )
        ):
            self.pages.addWidget(page)
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

        self.breathing.session_saved.connect(self.history.reload)
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

    # ----- pages -----------------------------------------------------------------------

    def show_page(self, index: int) -> None:
        """Show page ``index`` (0 Breathe, 1 History, 2 Settings)."""
        self.pages.setCurrentIndex(index)
        button = self._nav.button(index)
        if button is not None:
            button.setChecked(True)
        if self.pages.currentWidget() is self.history:
            self.history.reload()

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
            app = QGuiApplication.instance()
            from PySide6.QtWidgets import QApplication

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
