"""Switching the language while the app runs: the main window is rebuilt in the new one."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    Qt,
    QTimer,
    Signal,
)

from calmfloor.ui.kit.i18n import (
    SWITCH_CHECK_MS,
    apply_language,
    choose_language,
    current_language,
    load_catalogs,
    shipped_languages,
)

if TYPE_CHECKING:
    from calmfloor.ui.kit.sound import CuePlayer
    from calmfloor.ui.shell.main_window import MainWindow


class LanguageSwitcher(QObject):
    """Keeps the main window in the chosen language; a change applies at once.

    When the ``language`` setting changes, the new language's translators are installed,
    the layout direction set, and the main window rebuilt on the same profile
    (``AppContext``), with the same size, position and page. Qt widgets cannot re-read
    their texts, so a fresh window is the one sure way to reach every string. While a
    session runs (or its end screen waits for the after-session ratings), the window says
    the new language comes when the session ends, and switches then.

    Args:
        window: the main window shown now.
        policy_language: the clinic's language; it wins over the setting.
        build: makes the new window for a context (tests inject one); None builds a
            ``MainWindow`` as the app does.
        shipped: the languages calmfloor ships; None finds them.
        parent: the Qt parent.

    Signals:
        window_replaced(object): the new ``MainWindow``; the old one is closed and deleted.
    """

    window_replaced = Signal(object)

    def __init__(
        self,
        window: MainWindow,
        policy_language: str | None = None,
        build: Callable[[MainWindow], MainWindow] | None = None,
        shipped: Sequence[str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self._policy_language = policy_language
        self._build = build or rebuild_window
        self._shipped = tuple(shipped) if shipped is not None else shipped_languages()
        self._pending: str | None = None
        self._wait = QTimer(self)
        self._wait.setObjectName("language-switch-wait")
        self._wait.setInterval(SWITCH_CHECK_MS)
        self._wait.timeout.connect(self.check_pending)
        window.context.settings.changed.connect(self._on_setting)

    @property
    def pending(self) -> str | None:
        """The language about to be installed (at once, or when the session ends), or None."""
        return self._pending

    @property
    def waiting(self) -> bool:
        """True while a switch waits for a session to end."""
        return self._wait.isActive()

    def wanted(self) -> str:
        """The language the settings and the clinic ask for now."""
        setting = str(self.window.context.settings.value("language"))
        return choose_language(self._policy_language, setting, self._shipped)

    def _on_setting(self, key: str, _value: object) -> None:
        if key != "language":
            return
        language = self.wanted()
        if language == current_language():
            self._pending = None  # chosen back before the session ended
            self._wait.stop()
            return
        if self.window.at_rest():
            self._pending = language
            # not from inside the signal of a control that is about to be deleted
            QTimer.singleShot(0, self, self.check_pending)
            return
        self._pending = language
        self.window.messages.show_message(self._later_text(language))
        self._wait.start()

    def _later_text(self, language: str) -> str:
        """The "after this session" note, in the new language when it has it."""
        source = "The new language is used when this session ends."
        for translator in reversed(load_catalogs(language)):
            text = translator.translate("LanguageSwitcher", source)
            if text:
                return text
        return self.tr("The new language is used when this session ends.")

    def check_pending(self) -> None:
        """Switch now if a switch waits and no session runs."""
        if self._pending is None:
            self._wait.stop()
            return
        if not self.window.at_rest():
            if not self._wait.isActive():
                self._wait.start()
            return
        self._wait.stop()
        language, self._pending = self._pending, None
        self.switch_to(language)

    def switch_to(self, language: str) -> MainWindow:
        """Install ``language`` and rebuild the window in it (call only at rest)."""
        app = QCoreApplication.instance()
        assert app is not None
        apply_language(app, language)
        old = self.window
        context = old.context
        # what the old window showed was read once; the new one must not repeat it
        context.notices.clear()
        context.recovered = 0
        new = self._build(old)
        self.window = new
        old.close()
        old.deleteLater()
        self.window_replaced.emit(new)
        return new

    def stop(self) -> None:
        """Stop waiting (the app is closing)."""
        self._pending = None
        self._wait.stop()


def rebuild_window(old: MainWindow, cues: CuePlayer | None = None) -> MainWindow:
    """A new main window on ``old``'s profile, placed and sized like it, on the same page.

    Args:
        old: the window to replace (the caller closes it).
        cues: the new window's sound player; None makes one, as at start-up.
    """
    from calmfloor.ui.shell.main_window import MainWindow, Page

    page = old.current_page()
    saved = old.saveGeometry()  # with the size to return to from maximised or full screen
    geometry = old.geometry()
    state = old.windowState()
    visible = old.isVisible()
    new = MainWindow(old.context, cues, kiosk=old.kiosk)
    new.restoreGeometry(saved)
    if state == Qt.WindowState.WindowNoState:
        new.setGeometry(geometry)  # exactly where it was
    new.setWindowState(state)
    new.show_page(page)
    if visible:
        new.show()
    if page is Page.SETTINGS:
        with contextlib.suppress(KeyError):
            new.settings.widget_for("language").setFocus()
    return new
