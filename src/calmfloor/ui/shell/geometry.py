"""The main window's place on the screen: kept between runs, full screen and back."""

from __future__ import annotations

import base64
import binascii

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from calmfloor.storage.settings_store import STATE_WINDOW_GEOMETRY, StateStore
from calmfloor.ui.kit.widgets import fit_to_screen

DEFAULT_SIZE = (1100, 760)


def restore_geometry(window: QWidget, state: StateStore) -> None:
    """Put ``window`` where it was last time (else at its default size), on the screen."""
    stored = state.get_str(STATE_WINDOW_GEOMETRY, "")
    restored = False
    if stored:
        try:
            restored = window.restoreGeometry(QByteArray(base64.b64decode(stored)))
        except (binascii.Error, ValueError):
            restored = False
    if not restored:
        window.resize(*DEFAULT_SIZE)
    fit_to_screen(window)


def keep_geometry(window: QWidget, state: StateStore) -> None:
    """Remember where ``window`` is (saved with the rest of ``state`` by the caller)."""
    encoded = base64.b64encode(bytes(window.saveGeometry().data())).decode("ascii")
    state.set(STATE_WINDOW_GEOMETRY, encoded)


def toggle_full_screen(window: QWidget) -> None:
    """Full screen and back (F11)."""
    if window.isFullScreen():
        window.showNormal()
        return
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        # without a window manager, showFullScreen() alone keeps the old size
        window.setGeometry(screen.geometry())
    window.showFullScreen()
