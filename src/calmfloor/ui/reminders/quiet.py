"""Is the user busy elsewhere? Full screen, presenting, or do-not-disturb, where the system says.

A reminder due while the user is quiet waits (see :mod:`calmfloor.core.reminders`). Each check
is cheap and never raises: a system that cannot tell is taken as "not quiet".

- Windows: ``SHQueryUserNotificationState`` (busy, a full-screen Direct3D application, or
  presentation mode).
- Linux and other freedesktop desktops: the ``Inhibited`` property of
  ``org.freedesktop.Notifications`` (do-not-disturb in GNOME, KDE and others that offer it).
- macOS: Focus is not readable by other applications without an entitlement; not quiet.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

QuietSource = Callable[[], bool]
"""Answers "is the user busy elsewhere right now?"; injected, so tests decide."""

# SHQueryUserNotificationState results that mean "do not disturb now"
QUNS_BUSY = 2  # a full-screen application (not Direct3D)
QUNS_RUNNING_D3D_FULL_SCREEN = 3
QUNS_PRESENTATION_MODE = 4
QUIET_STATES = frozenset({QUNS_BUSY, QUNS_RUNNING_D3D_FULL_SCREEN, QUNS_PRESENTATION_MODE})


def never_quiet() -> bool:
    """A source for systems that cannot tell (and for the kiosk)."""
    return False


def windows_quiet() -> bool:
    """True while Windows says notifications should wait."""
    try:
        import ctypes

        state = ctypes.c_int(0)
        shell32 = ctypes.windll.shell32  # type: ignore[attr-defined,unused-ignore]
        if shell32.SHQueryUserNotificationState(ctypes.byref(state)) != 0:
            return False
        return state.value in QUIET_STATES
    except (AttributeError, OSError, ValueError):
        return False


def freedesktop_quiet() -> bool:
    """True while the desktop's notification server is inhibited (do-not-disturb)."""
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return False  # no session bus to ask (a bare X server, a service, the tests)
    try:
        from PySide6.QtDBus import QDBusConnection, QDBusInterface

        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return False
        notifications = QDBusInterface(
            "org.freedesktop.Notifications",
            "/org/freedesktop/Notifications",
            "org.freedesktop.Notifications",
            bus,
        )
        if not notifications.isValid():
            return False
        value = notifications.property("Inhibited")
        return value is True
    except (ImportError, RuntimeError, TypeError):
        return False


def system_quiet_source(platform: str = sys.platform) -> QuietSource:
    """The check for this system."""
    if platform == "win32":
        return windows_quiet
    if platform == "darwin":
        return never_quiet
    return freedesktop_quiet
