"""What the pacer and the figure share: a cache of the static parts, colours, repaint steps."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QWidget

from calmfloor.core.breathing import BreathSample
from calmfloor.ui.kit.theme import paint_for

STEP_PX = 0.5  # a change smaller than this (device-independent px) is not repainted
AA_PAD_PX = 2  # antialiased edges bleed about a pixel past the geometry

_REPAINT_EVENTS = (
    QEvent.Type.PaletteChange,
    QEvent.Type.StyleChange,
    QEvent.Type.FontChange,
    QEvent.Type.DevicePixelRatioChange,
    QEvent.Type.LanguageChange,
    QEvent.Type.LayoutDirectionChange,
)


def breath_colour(palette: QPalette) -> QColor:
    """The breath colour of the palette's theme: its highlight, calm teal in light and dark."""
    return QColor(paint_for(palette).figure_diaphragm)


def floor_colour(palette: QPalette) -> QColor:
    """The pelvic floor's colour: a muted rose of about the breath colour's lightness."""
    return QColor(paint_for(palette).figure_floor)


def clamp01(value: float) -> float:
    return 0.0 if value < 0.0 else 1.0 if value > 1.0 else value


class CachedView(QWidget):
    """Shared plumbing: a pixmap of the static parts, rebuilt on resize, palette or DPR change.

    Subclasses implement ``_paint_static`` (into the cache) and ``_paint_dynamic`` (per frame,
    clipped by Qt to the paint event's region).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cache: QPixmap | None = None
        self._cache_dpr = 0.0
        self._sample: BreathSample | None = None
        self._reduced = False
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def sample(self) -> BreathSample | None:
        """The sample being shown, or None when idle."""
        return self._sample

    def reduced_motion(self) -> bool:
        """True when nothing changes size or position."""
        return self._reduced

    def set_reduced_motion(self, reduced: bool) -> None:
        """Switch between the moving picture and the still, reduced-motion one."""
        if reduced == self._reduced:
            return
        self._reduced = reduced
        self._invalidate()

    def _invalidate(self) -> None:
        self._cache = None
        self._layout()
        self.update()

    def _layout(self) -> None:
        """Recompute geometry for the current size (subclasses)."""

    def _paint_static(self, painter: QPainter) -> None:
        """Paint the parts that do not move (subclasses)."""

    def _paint_dynamic(self, painter: QPainter) -> None:
        """Paint the moving parts for the current state (subclasses)."""

    def _ensure_cache(self) -> QPixmap:
        dpr = self.devicePixelRatioF()
        if self._cache is None or self._cache_dpr != dpr:
            cache = QPixmap(self.size() * dpr)
            cache.setDevicePixelRatio(dpr)
            if not cache.isNull():  # a widget not laid out yet has no pixels to paint
                cache.fill(self.palette().color(QPalette.ColorRole.Window))
                painter = QPainter(cache)
                self._paint_static(painter)
                painter.end()
            self._cache = cache
            self._cache_dpr = dpr
        return self._cache

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._cache = None
        self._layout()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        if event.type() in _REPAINT_EVENTS:
            self._invalidate()

    def _retranslate(self) -> None:
        """Set the accessible name and description in the current language (subclasses)."""

    def paintEvent(self, event: QPaintEvent) -> None:
        cache = self._ensure_cache()
        painter = QPainter(self)
        # one blit clipped by Qt to the paint region is cheaper than a blit per region rect
        painter.drawPixmap(0, 0, cache)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self._paint_dynamic(painter)
        painter.end()
