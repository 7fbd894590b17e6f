"""The breathing pacer: a circle that paints the latest sample (the figure is figure.py)."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPainter,
    QPen,
)
from PySide6.QtWidgets import QWidget

from calmfloor.core.breathing import BreathSample
from calmfloor.ui.breathing.figure import PelvisFigureWidget, figure_geometry
from calmfloor.ui.breathing.painted import (
    AA_PAD_PX,
    STEP_PX,
    CachedView,
    breath_colour,
    clamp01,
    floor_colour,
)
from calmfloor.ui.kit.theme import paint_for

EMPTY_FRACTION = 0.35  # radius at empty lungs, as a fraction of the full radius
REDUCED_FRACTION = 0.8  # the fixed circle of reduced-motion mode, fraction of the full radius

__all__ = [
    "EMPTY_FRACTION",
    "REDUCED_FRACTION",
    "PacerWidget",
    "PelvisFigureWidget",
    "breath_colour",
    "figure_geometry",
    "floor_colour",
]


class PacerWidget(CachedView):
    """A soft circle that grows on the in-breath and shrinks on the out-breath.

    The radius goes from ``EMPTY_FRACTION`` of the full radius (empty lungs) to all of it
    (full), following ``sample.level``, over a faint disc and ring that show the full size.
    The disc is opaque (blending a translucent one costs several times more per frame). With
    reduced motion nothing changes size: a fixed circle fills from the bottom like a glass,
    the fill height following the level.

    Only the band between the old and the new edge is repainted, and a change of less than
    ``STEP_PX`` is not repainted at all (holds cost nothing).

    Signals:
        None.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._retranslate()
        self._center = QPointF()
        self._full_r = 0.0
        self._painted_level = 0.0
        self._fill_pen = QPen()
        self._fill_brush = QBrush()
        self._clip = QRectF()
        self._layout()

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Breathing pacer"))
        self.setAccessibleDescription(
            self.tr("A circle that grows as you breathe in and shrinks as you breathe out.")
        )

    def sizeHint(self) -> QSize:
        return QSize(360, 360)

    def minimumSizeHint(self) -> QSize:
        return QSize(120, 120)

    def set_sample(self, sample: BreathSample | None) -> None:
        """Show ``sample``; None means idle (the circle rests at its empty size)."""
        self._sample = sample
        level = 0.0 if sample is None else clamp01(sample.level)
        old = self._painted_level
        if abs(level - old) * self._travel_px() < STEP_PX:
            return
        self._painted_level = level
        if self._reduced:
            self._update_band(self._fill_y(old), self._fill_y(level))
        else:
            self._update_ring(self._radius(old), self._radius(level))

    def painted_level(self) -> float:
        """The level the picture shows (it lags ``sample().level`` by under ``STEP_PX``)."""
        return self._painted_level

    # geometry -------------------------------------------------------------------------------

    def _layout(self) -> None:
        side = min(self.width(), self.height())
        pen_w = max(1.5, side / 150)
        self._center = QPointF(self.width() / 2, self.height() / 2)
        self._full_r = max(side / 2 - pen_w - AA_PAD_PX - side * 0.02, 1.0)
        paint = paint_for(self.palette())
        # opaque colours: alpha blending a large disc costs several times an opaque fill
        self._fill_brush = QBrush(QColor(paint.pacer_fill))
        self._fill_pen = QPen(QColor(paint.pacer_outline), pen_w)
        self._pen_w = pen_w

    def _travel_px(self) -> float:
        if self._reduced:
            return 2 * self._full_r * REDUCED_FRACTION
        return self._full_r * (1 - EMPTY_FRACTION)

    def _radius(self, level: float) -> float:
        return self._full_r * (EMPTY_FRACTION + (1 - EMPTY_FRACTION) * level)

    def _fill_y(self, level: float) -> float:
        r = self._full_r * REDUCED_FRACTION
        return self._center.y() + r - 2 * r * level

    def _update_ring(self, r_a: float, r_b: float) -> None:
        """Repaint the square ring that contains both edges, not the unchanged middle."""
        pad = AA_PAD_PX  # the disc has no stroked rim
        cx, cy = self._center.x(), self._center.y()
        hi = max(r_a, r_b) + pad
        left, top = math.floor(cx - hi), math.floor(cy - hi)
        right, bottom = math.ceil(cx + hi), math.ceil(cy + hi)
        inner = (min(r_a, r_b) - pad) / math.sqrt(2)
        if inner <= 2:
            self.update(QRect(left, top, right - left, bottom - top))
            return
        in_left, in_top = math.ceil(cx - inner), math.ceil(cy - inner)
        in_right, in_bottom = math.floor(cx + inner), math.floor(cy + inner)
        width = right - left
        self.update(QRect(left, top, width, in_top - top))
        self.update(QRect(left, in_bottom, width, bottom - in_bottom))
        self.update(QRect(left, in_top, in_left - left, in_bottom - in_top))
        self.update(QRect(in_right, in_top, right - in_right, in_bottom - in_top))

    def _update_band(self, y_a: float, y_b: float) -> None:
        r = self._full_r * REDUCED_FRACTION
        cx = self._center.x()
        top = math.floor(min(y_a, y_b)) - AA_PAD_PX
        bottom = math.ceil(max(y_a, y_b)) + AA_PAD_PX
        left = math.floor(cx - r) - AA_PAD_PX
        self.update(QRect(left, top, math.ceil(2 * r) + 2 * AA_PAD_PX + 1, bottom - top))

    # painting -------------------------------------------------------------------------------

    def _paint_static(self, painter: QPainter) -> None:
        paint = paint_for(self.palette())
        track = QColor(paint.pacer_track)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if self._reduced:
            r = self._full_r * REDUCED_FRACTION
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(track)
            painter.drawEllipse(self._center, r, r)
            return
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(track)
        painter.drawEllipse(self._center, self._full_r, self._full_r)
        guide = QPen(QColor(paint.pacer_guide), max(1.0, self._pen_w * 0.6))
        painter.setPen(guide)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(self._center, self._full_r, self._full_r)

    def _paint_dynamic(self, painter: QPainter) -> None:
        if self._reduced:
            r = self._full_r * REDUCED_FRACTION
            cx, cy = self._center.x(), self._center.y()
            y = self._fill_y(self._painted_level)
            painter.save()
            self._clip.setRect(cx - r - AA_PAD_PX, y, 2 * r + 2 * AA_PAD_PX, cy + r - y + 1)
            painter.setClipRect(self._clip, Qt.ClipOperation.IntersectClip)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._fill_brush)
            painter.drawEllipse(self._center, r, r)
            painter.restore()
            painter.setPen(self._fill_pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(self._center, r, r)
            return
        # one opaque disc, no stroked rim: a stroked or translucent edge costs 2-4 times more
        r = self._radius(self._painted_level)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._fill_brush)
        painter.drawEllipse(self._center, r, r)
