"""Calm light and dark palettes, text scale, and the reduced-motion preference."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

BASE_POINT_SIZE = 12.0  # larger than desktop default: read from a couch

# (role, light, dark). Text/background pairs meet WCAG AA (checked in tests/ui/test_theme.py).
_COLOURS: tuple[tuple[QPalette.ColorRole, str, str], ...] = (
    (QPalette.ColorRole.Window, "#f3f6f5", "#142220"),
    (QPalette.ColorRole.WindowText, "#1d3533", "#e2eeeb"),
    (QPalette.ColorRole.Base, "#ffffff", "#1b2c2a"),
    (QPalette.ColorRole.AlternateBase, "#e9f0ee", "#21332f"),
    (QPalette.ColorRole.Text, "#1d3533", "#e2eeeb"),
    (QPalette.ColorRole.Button, "#e3ecea", "#24403b"),
    (QPalette.ColorRole.ButtonText, "#1d3533", "#e2eeeb"),
    (QPalette.ColorRole.Highlight, "#2c6e67", "#6cc0b3"),
    (QPalette.ColorRole.HighlightedText, "#ffffff", "#0e1a19"),
    (QPalette.ColorRole.ToolTipBase, "#ffffff", "#24403b"),
    (QPalette.ColorRole.ToolTipText, "#1d3533", "#e2eeeb"),
    (QPalette.ColorRole.PlaceholderText, "#5a6f6c", "#9fb3af"),
    (QPalette.ColorRole.Link, "#2c6e67", "#8fd3c7"),
    (QPalette.ColorRole.Mid, "#b8c9c5", "#3b5752"),
    (QPalette.ColorRole.Dark, "#8aa29d", "#0b1413"),
    (QPalette.ColorRole.Light, "#ffffff", "#2f4d48"),
)
_DISABLED_TEXT = ("#6b7f7c", "#8ea39f")


# a chosen one of several checkable buttons (a range, a measure) must stand out in every
# theme, not only look pressed
CHOSEN_BUTTON_STYLE = (
    "QPushButton:checked { background-color: palette(highlight); "
    "color: palette(highlighted-text); font-weight: bold; }"
)


def system_prefers_dark() -> bool:
    """True when the desktop asks for a dark colour scheme (Qt 6.5+ reports it)."""
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def system_prefers_reduced_motion() -> bool:
    """True when the desktop asks for less motion (reported by Qt 6.12+, else False)."""
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is None:
        return False
    prefs = accessibility()
    motion = getattr(prefs, "motionPreference", None)
    reduced = getattr(getattr(Qt, "MotionPreference", None), "ReducedMotion", None)
    return motion is not None and reduced is not None and motion() == reduced


def resolve_dark(theme: str) -> bool:
    """Whether the ``theme`` setting ("system", "light", "dark") means dark."""
    if theme == "system":
        return system_prefers_dark()
    return theme == "dark"


def resolve_reduced_motion(setting: str) -> bool:
    """Whether the ``reduced_motion`` setting ("system", "on", "off") means reduced."""
    if setting == "system":
        return system_prefers_reduced_motion()
    return setting == "on"


def palette(dark: bool) -> QPalette:
    """The calmfloor palette, light or dark."""
    pal = QPalette()
    index = 2 if dark else 1
    for entry in _COLOURS:
        role = entry[0]
        pal.setColor(role, QColor(entry[index]))
    disabled = QColor(_DISABLED_TEXT[1 if dark else 0])
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        pal.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return pal


def apply_theme(app: QApplication, theme: str, text_scale_percent: int) -> None:
    """Apply the palette and the text size to the whole application."""
    if (app.style().name() or "").lower() != "fusion":  # creating a style costs ~12 ms
        app.setStyle("Fusion")
    app.setPalette(palette(resolve_dark(theme)))
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * text_scale_percent / 100.0)
    app.setFont(font)
