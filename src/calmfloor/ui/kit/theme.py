"""The theme the app shows: the desktop's preferences, and applying style, palette and text size.

The public face of the colour and style modules: ``palette`` (the colours of each theme),
``contrast`` (the WCAG arithmetic and every pair drawn) and ``style`` (``CalmStyle``); their
names are re-exported here so pages import them from one place.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication

from calmfloor.ui.kit.contrast import (
    DECORATION,
    DISABLED_TEXT,
    GRAPHIC,
    LARGE_TEXT,
    MINIMUM_RATIO,
    TEXT,
    ColourPair,
    composite,
    contrast_pairs,
    contrast_ratio,
    focus_colour,
    relative_luminance,
)
from calmfloor.ui.kit.fonts import BASE_POINT_SIZE, install_fonts, refresh_font_scales
from calmfloor.ui.kit.palette import (
    CHOSEN_BUTTON_STYLE,
    DARK,
    HIGH_CONTRAST,
    LIGHT,
    PRINT,
    PRINT_PAINT,
    SCREEN_THEMES,
    THEMES,
    Paint,
    PrintPaint,
    Theme,
    kind_colour,
    named_colours,
    paint_for,
    palette,
    theme_for,
)
from calmfloor.ui.kit.style import FOCUS_RING_PX, CalmStyle


def system_prefers_dark() -> bool:
    """True when the desktop asks for a dark colour scheme (Qt 6.5+ reports it)."""
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def system_prefers_high_contrast() -> bool:
    """True when the desktop asks for high contrast (Qt 6.10+ reports it, else False)."""
    hints = QGuiApplication.styleHints()  # held: a temporary would drop its children's wrappers
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is None:
        return False
    prefs = accessibility()
    preference = getattr(prefs, "contrastPreference", None)
    wanted = getattr(getattr(Qt, "ContrastPreference", None), "HighContrast", None)
    return preference is not None and wanted is not None and preference() == wanted


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


def resolve_theme(setting: str) -> str:
    """The screen theme the ``theme`` setting means ("system" asks the desktop)."""
    if setting == "system":
        if system_prefers_high_contrast():
            return HIGH_CONTRAST
        return DARK if system_prefers_dark() else LIGHT
    return setting if setting in THEMES else LIGHT


def resolve_reduced_motion(setting: str) -> bool:
    """Whether the ``reduced_motion`` setting ("system", "on", "off") means reduced."""
    if setting == "system":
        return system_prefers_reduced_motion()
    return setting == "on"


_THEME_PROPERTY = "calmfloor-theme"
_SCALE_PROPERTY = "calmfloor-text-scale"
_FOLLOWING_PROPERTY = "calmfloor-follows-desktop"


def apply_theme(app: QApplication, theme: str, text_scale_percent: int) -> None:
    """Apply the style, the palette of the ``theme`` setting and the text size to the app.

    With "system" the theme follows the desktop's dark and high-contrast preferences, also
    when they change while the app runs.
    """
    if not isinstance(app.style(), CalmStyle):  # creating a style costs ~12 ms
        app.setStyle(CalmStyle())
    app.setProperty(_THEME_PROPERTY, theme)
    app.setProperty(_SCALE_PROPERTY, text_scale_percent)
    wanted = palette(resolve_theme(theme))
    if app.palette() != wanted:
        app.setPalette(wanted)
    font = QFont(app.font())
    families = install_fonts(app)
    if families:
        font.setFamilies(families)
    font.setPointSizeF(BASE_POINT_SIZE * text_scale_percent / 100.0)
    if font != app.font():
        app.setFont(font)
        refresh_font_scales()  # headings and large buttons follow at once
    _follow_desktop(app)


def _follow_desktop(app: QApplication) -> None:
    """Re-apply a "system" theme when the desktop's colour or contrast preference changes."""
    if app.property(_FOLLOWING_PROPERTY):
        return
    app.setProperty(_FOLLOWING_PROPERTY, True)
    hints = QGuiApplication.styleHints()
    hints.colorSchemeChanged.connect(_desktop_changed)
    accessibility = getattr(hints, "accessibility", None)
    signal = getattr(accessibility(), "contrastPreferenceChanged", None) if accessibility else None
    if signal is not None:
        signal.connect(_desktop_changed)


def _desktop_changed(*_args: object) -> None:
    app = QApplication.instance()
    if isinstance(app, QApplication) and app.property(_THEME_PROPERTY) == "system":
        apply_theme(app, "system", int(app.property(_SCALE_PROPERTY) or 100))


__all__ = [
    "BASE_POINT_SIZE",
    "CHOSEN_BUTTON_STYLE",
    "DARK",
    "DECORATION",
    "DISABLED_TEXT",
    "FOCUS_RING_PX",
    "GRAPHIC",
    "HIGH_CONTRAST",
    "LARGE_TEXT",
    "LIGHT",
    "MINIMUM_RATIO",
    "PRINT",
    "PRINT_PAINT",
    "SCREEN_THEMES",
    "TEXT",
    "THEMES",
    "CalmStyle",
    "ColourPair",
    "Paint",
    "PrintPaint",
    "Theme",
    "apply_theme",
    "composite",
    "contrast_pairs",
    "contrast_ratio",
    "focus_colour",
    "kind_colour",
    "named_colours",
    "paint_for",
    "palette",
    "relative_luminance",
    "resolve_reduced_motion",
    "resolve_theme",
    "system_prefers_dark",
    "system_prefers_high_contrast",
    "system_prefers_reduced_motion",
    "theme_for",
]
