"""The countdown ring of a running routine: it empties as the phase runs out."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from calmfloor.ui.kit.theme import paint_for
from calmfloor.ui.kit.widgets import format_number

RING_TRACK_FRACTION = 0.07  # ring line width, relative to its diameter
RING_DIGITS_FRACTION = 0.34  # seconds in the ring, relative to its diameter


class CountdownRing(QWidget):
    """A ring that empties as the phase runs out, with the whole seconds left inside.

    With reduced motion the ring moves in whole-second steps instead of sweeping. The
    seconds are painted, not set as text, so screen readers are never told every second.

    Signals:
        None.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fraction = 0.0
        self._seconds: int | None = None
        self._reduced = False
        self._paused = False
        self.setObjectName("phase-ring")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Seconds left in this phase"))

    def set_reduced_motion(self, reduced: bool) -> None:
        """Step once a second instead of sweeping smoothly."""
        self._reduced = reduced
        self.update()

    def set_paused(self, paused: bool) -> None:
        """Paint the ring quieter while paused."""
        if paused != self._paused:
            self._paused = paused
            self.update()

    def set_time(self, left_s: float, duration_s: float) -> None:
        """Show ``left_s`` of a phase of ``duration_s``; repaints only on a visible change."""
        if duration_s <= 0:
            fraction, seconds = 0.0, None
        else:
            seconds = max(math.ceil(left_s - 1e-9), 0)
            shown = float(seconds) if self._reduced else left_s
            fraction = min(max(shown / duration_s, 0.0), 1.0)
        if seconds == self._seconds and abs(fraction - self._fraction) < 1e-4:
            return
        self._fraction, self._seconds = fraction, seconds
        self.update()

    def clear(self) -> None:
        """Show an empty ring."""
        self._fraction, self._seconds = 0.0, None
        self.update()

    def seconds(self) -> int | None:
        """The seconds shown (for tests), None when empty."""
        return self._seconds

    def fraction(self) -> float:
        """The part of the ring drawn, 0..1 (for tests)."""
        return self._fraction

    def sizeHint(self) -> QSize:
        return QSize(220, 220)

    def minimumSizeHint(self) -> QSize:
        return QSize(120, 120)

    def paintEvent(self, event: QPaintEvent) -> None:
        side = min(self.width(), self.height())
        if side <= 0:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pal = self.palette()
        width = max(side * RING_TRACK_FRACTION, 3.0)
        box = QRectF(
            (self.width() - side) / 2 + width / 2,
            (self.height() - side) / 2 + width / 2,
            side - width,
            side - width,
        )
        paint = paint_for(pal)
        track = QPen(QColor(paint.ring_track), width)
        painter.setPen(track)
        painter.drawEllipse(box)
        if self._fraction > 0:
            left = paint.ring_paused if self._paused else paint.ring_progress
            arc = QPen(QColor(left), width)
            arc.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(arc)
            # from twelve o'clock, clockwise; Qt counts 1/16 degrees, counter-clockwise
            painter.drawArc(box, 90 * 16, -round(self._fraction * 360 * 16))
        if self._seconds is not None:
            font = QFont(self.font())
            font.setPixelSize(max(round(side * RING_DIGITS_FRACTION), 8))
            painter.setFont(font)
            painter.setPen(pal.color(QPalette.ColorRole.WindowText))
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), format_number(self._seconds))
        painter.end()
