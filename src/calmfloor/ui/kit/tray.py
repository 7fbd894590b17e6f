"""The one system tray icon calmfloor shows, shared by the heat-pack timer and the reminders."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon


class SharedTray(QObject):
    """One ``QSystemTrayIcon`` for every notifier, created the first time it is needed.

    Each notifier names itself (``owner``) when it sends a message or needs the icon kept on
    screen (:meth:`hold`); the icon is hidden when no owner holds it. A click on a message
    goes to the owner of the last message; a click on the icon to the last owner that still
    holds it.

    Args:
        parent: the Qt parent.
        tray_available: whether the desktop has a tray (tests pass a stand-in).
        make_tray: creates the tray icon (tests pass a stand-in).

    Signals:
        message_clicked(str): the user clicked the last message; its owner.
        activated(str): the user clicked the icon; the owner it belongs to ("" if none).
    """

    message_clicked = Signal(str)
    activated = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
        make_tray: Callable[[QObject], QSystemTrayIcon] | None = None,
    ) -> None:
        super().__init__(parent)
        self._available = tray_available
        self._make_tray = make_tray or self._default_tray
        self._icon: QSystemTrayIcon | None = None
        self._holders: list[str] = []  # oldest first
        self._last_owner = ""

    @property
    def icon(self) -> QSystemTrayIcon | None:
        """The tray icon, once created."""
        return self._icon

    def available(self) -> bool:
        """True when the desktop shows tray icons and their messages."""
        return self._icon is not None or self._available()

    def _default_tray(self, parent: QObject) -> QSystemTrayIcon:
        icon = QApplication.windowIcon()
        if icon.isNull():
            style = QApplication.style()
            icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        tray = QSystemTrayIcon(icon, parent)
        tray.setToolTip(self.tr("calmfloor"))
        return tray

    def _ensure(self) -> QSystemTrayIcon | None:
        if self._icon is None:
            if not self._available():
                return None
            self._icon = self._make_tray(self)
            self._icon.activated.connect(lambda _reason: self.activated.emit(self._icon_owner()))
            self._icon.messageClicked.connect(lambda: self.message_clicked.emit(self._last_owner))
        return self._icon

    def _icon_owner(self) -> str:
        if self._last_owner in self._holders:
            return self._last_owner
        return self._holders[-1] if self._holders else ""

    def notify(
        self,
        owner: str,
        title: str,
        text: str,
        icon: QSystemTrayIcon.MessageIcon = QSystemTrayIcon.MessageIcon.Information,
    ) -> bool:
        """Show a system notification for ``owner``, who then holds the icon.

        Returns:
            False when the desktop has no tray (nothing was shown).
        """
        tray = self._ensure()
        if tray is None:
            return False
        self.hold(owner)
        self._last_owner = owner
        tray.showMessage(title, text, icon)
        return True

    def hold(self, owner: str) -> None:
        """Keep the icon on screen for ``owner`` (after a message, clicking it still helps)."""
        if owner not in self._holders:
            self._holders.append(owner)
        if self._icon is not None:
            self._icon.show()

    def release(self, owner: str) -> None:
        """``owner`` no longer needs the icon; it hides when nobody does."""
        if owner in self._holders:
            self._holders.remove(owner)
        if self._icon is not None and not self._holders:
            self._icon.hide()

    def hide(self) -> None:
        """Hide the icon whoever holds it (the window is closing)."""
        self._holders.clear()
        if self._icon is not None:
            self._icon.hide()
