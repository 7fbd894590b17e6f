"""The typefaces calmfloor ships and uses everywhere, so every machine lays out the same letters.

calmfloor carries Roboto (Latin, Greek, Cyrillic; Apache 2.0) and Vazirmatn UI (Persian, whose
Latin letters are Roboto's; SIL OFL 1.1), each in a regular and a bold weight: about 860 KB
(``assets/fonts/README.md``). Without them the layout depended on whatever font the system
maps "Sans Serif" to: DejaVu Sans on a bare Debian is about 12 % wider than Roboto, which
pushed the window past a 1280-pixel screen at 200 % text, and on Windows and macOS Persian
was drawn in whatever font the system picked. Characters neither family has fall back to
the system's fonts as usual.
"""

from __future__ import annotations

import logging
import weakref

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from calmfloor.resources import Asset, asset_path

log = logging.getLogger(__name__)

# Latin first: its line height sets the lines' height; Persian letters come from Vazirmatn
UI_FONTS = (Asset.FONT_LATIN, Asset.FONT_LATIN_BOLD, Asset.FONT_PERSIAN, Asset.FONT_PERSIAN_BOLD)
BASE_POINT_SIZE = 12.0  # larger than desktop default: read from a couch
_LOADED_PROPERTY = "calmfloor-fonts-loaded"


def install_fonts(app: QGuiApplication) -> list[str]:
    """Register the shipped typefaces with Qt once per application.

    Returns:
        The families to use, Latin first (Persian letters then come from the second), or an
        empty list when the files could not be loaded (the system's default font is then used
        and a warning logged; calmfloor still works).
    """
    loaded = app.property(_LOADED_PROPERTY)
    if loaded is not None:
        return list(loaded)
    families: list[str] = []
    for asset in UI_FONTS:
        try:
            font_id = QFontDatabase.addApplicationFont(str(asset_path(asset)))
        except FileNotFoundError:
            font_id = -1
        if font_id < 0:
            log.warning("could not load the font %s; using the system's font", asset.value)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    app.setProperty(_LOADED_PROPERTY, families)
    return families


def scaled_font(base: QFont, factor: float, bold: bool = False) -> QFont:
    """``base`` at ``factor`` times its size."""
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * factor)
    font.setBold(bold)
    return font


def _sized(factor: float, bold: bool, large_type: bool) -> QFont:
    base = QApplication.font()
    if not large_type:
        return scaled_font(base, factor, bold)
    font = QFont(base)
    font.setPointSizeF(max(base.pointSizeF(), BASE_POINT_SIZE * factor))
    font.setBold(bold)
    return font


class _FontScale(QObject):
    """A widget's font relative to the application's, kept with the widget (its child)."""

    def __init__(self, widget: QWidget, factor: float, bold: bool, large_type: bool) -> None:
        super().__init__(widget)
        self._widget = widget
        self.scale = (factor, bold, large_type)

    def apply(self) -> None:
        self._widget.setFont(_sized(*self.scale))


# Qt tells only windows of a new application font, and a widget with a font of its own is
# not told at all; so the relative fonts are listed here (weakly: a widget's keeper goes
# with it) and re-applied by refresh_font_scales.
_KEEPERS: weakref.WeakSet[_FontScale] = weakref.WeakSet()


def set_font_scale(
    widget: QWidget, factor: float, bold: bool = False, large_type: bool = False
) -> None:
    """Give ``widget`` text ``factor`` times the app's text size, now and after every change
    of the text size setting (a font set once with ``setFont`` would keep its old size).

    Args:
        widget: a heading, title or large button.
        factor: its size against the text size.
        bold: bold type.
        large_type: ``factor`` times the standard text size, but never smaller than the user's
            own text size: large text then is large enough and is not multiplied (buttons
            that must stay side by side).
    """
    keeper = widget.findChild(_FontScale, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if keeper is None:
        keeper = _FontScale(widget, factor, bold, large_type)
        _KEEPERS.add(keeper)
    keeper.scale = (factor, bold, large_type)
    keeper.apply()


def refresh_font_scales() -> None:
    """Re-apply every :func:`set_font_scale` after the application's font changed."""
    for keeper in list(_KEEPERS):
        if shiboken6.isValid(keeper):  # its widget may be gone, the wrapper not yet
            keeper.apply()
