"""The diaphragm and pelvic-floor figure: a side view that paints the latest sample."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontInfo,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QTransform,
)
from PySide6.QtWidgets import QWidget

from calmfloor.core.breathing import BreathSample, Phase
from calmfloor.ui.breathing.painted import (
    AA_PAD_PX,
    STEP_PX,
    CachedView,
    breath_colour,
    clamp01,
    floor_colour,
)
from calmfloor.ui.kit.theme import paint_for

# The figure is drawn in "figure units": a box FIG_W wide and FIG_H tall, body facing right.
FIG_W = 100.0
FIG_H = 136.0
_NECK_FRONT = (55.0, 20.0)
_NECK_BACK = (45.0, 20.0)
_LABEL_X = 14.0  # leaders start here; labels end just left of it
_FIGURE_RIGHT = 88.0  # the belly at full lungs stays left of this
_DIAPHRAGM_BACK = (38.5, 72.0)
_DIAPHRAGM_FRONT = (75.0, 62.0)
_DIAPHRAGM_TOP = (50.0, 58.0)  # dome centre height at empty and full lungs
_FLOOR_BACK = (38.0, 114.0)  # tip of the tailbone
_FLOOR_FRONT = (65.0, 112.0)  # pubic bone
_FLOOR_LOW = (119.0, 124.0)  # lowest point of the hammock at empty and full lungs
_BELLY_TOP = (77.0, 66.0)
_BELLY_BOTTOM = (73.0, 112.0)
_BELLY_CTRL_X = (79.5, 84.5)  # belly control points at empty and full lungs
_TRAVEL_UNITS = 8.0  # the largest movement in the figure (the dome), for the repaint step
_REDUCED_FIGURE_LEVEL = 0.5
_ARROW_HALF_W = 4.5  # reduced-motion chevrons, figure units
_ARROW_HALF_H = 2.5


def _lerp(pair: tuple[float, float], t: float) -> float:
    return pair[0] + (pair[1] - pair[0]) * t


def _cubic_mid_controls(y0: float, y3: float, mid: float) -> float:
    """Height of two level control points that put a cubic's midpoint at ``mid``."""
    return (8 * mid - y0 - y3) / 6


def _figure_curves(level: float) -> dict[str, tuple[float, ...]]:
    """Control points (figure units) of the moving curves at ``level``."""
    top = _lerp(_DIAPHRAGM_TOP, level)
    dome_c = _cubic_mid_controls(_DIAPHRAGM_BACK[1], _DIAPHRAGM_FRONT[1], top)
    low = _lerp(_FLOOR_LOW, level)
    floor_c = _cubic_mid_controls(_FLOOR_BACK[1], _FLOOR_FRONT[1], low)
    belly_x = _lerp(_BELLY_CTRL_X, level)
    return {
        "diaphragm": (
            *_DIAPHRAGM_BACK,
            _DIAPHRAGM_BACK[0] + 3,
            dome_c,
            _DIAPHRAGM_FRONT[0] - 3,
            dome_c,
            *_DIAPHRAGM_FRONT,
        ),
        "pelvic_floor": (
            *_FLOOR_BACK,
            _FLOOR_BACK[0] + 5,
            floor_c,
            _FLOOR_FRONT[0] - 5,
            floor_c,
            *_FLOOR_FRONT,
        ),
        "belly": (*_BELLY_TOP, belly_x, 80.0, belly_x, 100.0, *_BELLY_BOTTOM),
    }


def _cubic_mid(points: tuple[float, ...]) -> tuple[float, float]:
    x0, y0, x1, y1, x2, y2, x3, y3 = points
    return (x0 + 3 * x1 + 3 * x2 + x3) / 8, (y0 + 3 * y1 + 3 * y2 + y3) / 8


def figure_transform(rect: QRectF) -> QTransform:
    """The map from figure units to ``rect`` (uniform scale, centred)."""
    scale = min(rect.width() / FIG_W, rect.height() / FIG_H)
    dx = rect.x() + (rect.width() - FIG_W * scale) / 2
    dy = rect.y() + (rect.height() - FIG_H * scale) / 2
    return QTransform(scale, 0, 0, scale, dx, dy)


def figure_geometry(level: float, rect: QRectF) -> dict[str, float]:
    """Where the moving parts of the figure are at ``level`` when drawn into ``rect``.

    Args:
        level: lung fullness 0..1.
        rect: the area the figure is fitted into (widget coordinates).

    Returns:
        ``diaphragm_x``/``diaphragm_y`` (top of the dome), ``pelvic_floor_x``/
        ``pelvic_floor_y`` (lowest point of the hammock) and ``belly_x`` (front of the belly),
        in widget coordinates.
    """
    curves = _figure_curves(clamp01(level))
    transform = figure_transform(rect)
    dome = transform.map(QPointF(*_cubic_mid(curves["diaphragm"])))
    floor = transform.map(QPointF(*_cubic_mid(curves["pelvic_floor"])))
    belly = transform.map(QPointF(*_cubic_mid(curves["belly"])))
    return {
        "diaphragm_x": dome.x(),
        "diaphragm_y": dome.y(),
        "pelvic_floor_x": floor.x(),
        "pelvic_floor_y": floor.y(),
        "belly_x": belly.x(),
    }


def _cubic(path: QPainterPath, points: tuple[float, ...], move: bool = True) -> None:
    if move:
        path.moveTo(points[0], points[1])
    path.cubicTo(points[2], points[3], points[4], points[5], points[6], points[7])


def _reversed(points: tuple[float, ...]) -> tuple[float, ...]:
    return (*points[6:8], *points[4:6], *points[2:4], *points[0:2])


class PelvisFigureWidget(CachedView):
    """A side view of the trunk: the diaphragm and the pelvic floor move down together.

    On the in-breath (level toward 1) the dome of the diaphragm lowers, the lungs fill below
    it, the belly widens and the pelvic-floor hammock drops and lengthens; on the out-breath
    they recoil. With reduced motion the figure holds still and small arrows under both
    lines point the way they move in the current phase.

    Only the bands around the three moving curves are repainted.

    Signals:
        None.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._retranslate()
        self._painted_level = 0.0
        self._painted_arrow: int = 0  # -1 up, 0 none, 1 down
        self._layout_size = QSize()
        self._transform = QTransform()
        self._scale = 1.0
        self._figure_rect = QRectF()
        self._label_font = QFont()
        self._path = QPainterPath()
        self._pens: dict[str, QPen] = {}
        self._brushes: dict[str, QBrush] = {}
        self._layout()

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Diaphragm and pelvic floor"))
        self.setAccessibleDescription(
            self.tr(
                "A side view of the body. Breathing in, the diaphragm and the pelvic floor "
                "both move down; breathing out, both gently rise again."
            )
        )

    def sizeHint(self) -> QSize:
        return QSize(360, 420)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 220)

    def set_sample(self, sample: BreathSample | None) -> None:
        """Show ``sample``; None means idle (the figure rests at empty lungs)."""
        self._sample = sample
        if self._reduced:
            arrow = self._arrow_for(sample)
            if arrow != self._painted_arrow:
                self._painted_arrow = arrow
                for rect in self._arrow_rects():
                    self.update(rect)
            return
        level = 0.0 if sample is None else clamp01(sample.level)
        old = self._painted_level
        if abs(level - old) * _TRAVEL_UNITS * self._scale < STEP_PX:
            return
        self._painted_level = level
        for rect in self._moving_rects(old, level):
            self.update(rect)

    def painted_level(self) -> float:
        """The level the picture shows (it lags ``sample().level`` by under ``STEP_PX``)."""
        return self._painted_level

    def label_font(self) -> QFont:
        """The font of the painted labels ("Diaphragm", "Pelvic floor")."""
        return QFont(self._label_font)

    def figure_rect(self) -> QRectF:
        """The area the body is fitted into, in widget coordinates."""
        if self._layout_size != self.size():  # a hidden widget gets its resize event late
            self._layout()
        return QRectF(self._figure_rect)

    @staticmethod
    def _arrow_for(sample: BreathSample | None) -> int:
        if sample is None:
            return 0
        if sample.phase is Phase.IN:
            return 1
        if sample.phase is Phase.OUT:
            return -1
        return 0

    # geometry -------------------------------------------------------------------------------

    def _layout(self) -> None:
        self._layout_size = self.size()
        w, h = self.width(), self.height()
        margin = max(4.0, min(w, h) * 0.03)
        font = QFont(self.font())
        # never smaller than the user's text size (the text size setting reaches the labels)
        text_px = float(QFontInfo(self.font()).pixelSize())
        font.setPixelSize(round(min(max(h * 0.042, text_px), max(26.0, text_px))))
        self._label_font = font
        metrics = QFontMetricsF(font)
        label_w = max(
            metrics.horizontalAdvance(self._diaphragm_label()),
            metrics.horizontalAdvance(self._floor_label()),
        )
        label_w += metrics.height() * 0.3 + 2  # the gap before the leader
        available = QRectF(margin, margin, max(w - 2 * margin, 1), max(h - 2 * margin, 1))
        # the body is fitted to the right of the labels; the whole group is centred
        span = _FIGURE_RIGHT - _LABEL_X
        scale = min(available.height() / FIG_H, max(available.width() - label_w, 1) / span)
        scale = max(scale, 0.1)
        group_w = label_w + span * scale
        left = available.x() + (available.width() - group_w) / 2 + label_w - _LABEL_X * scale
        top = available.y() + (available.height() - FIG_H * scale) / 2
        self._figure_rect = QRectF(left, top, FIG_W * scale, FIG_H * scale)
        self._transform = figure_transform(self._figure_rect)
        if self.isRightToLeft():
            # mirrored, so the labels still sit between the pacer and the body; a side
            # view may face either way, and the label text itself is never mirrored
            mirror = QTransform(-1, 0, 0, 1, w, 0)
            self._transform = self._transform * mirror
            self._figure_rect = mirror.mapRect(self._figure_rect)
        self._scale = scale
        self._make_pens()

    def _diaphragm_label(self) -> str:
        return self.tr("Diaphragm")

    def _floor_label(self) -> str:
        return self.tr("Pelvic floor")

    def _make_pens(self) -> None:
        palette = self.palette()
        paint = paint_for(palette)
        breath = breath_colour(palette)
        floor = floor_colour(palette)
        # widths are chosen in device pixels, then turned into figure units
        line_px = min(max(self._scale * 0.9, 2.5), 7.0)
        outline_px = min(max(self._scale * 0.45, 1.2), 3.5)
        self._pens = {
            "outline": QPen(QColor(paint.figure_outline), outline_px / self._scale),
            "diaphragm": QPen(breath, line_px / self._scale),
            "floor": QPen(floor, line_px / self._scale),
        }
        for pen in self._pens.values():
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        self._brushes = {
            "body": QBrush(QColor(paint.figure_body)),
            "lungs": QBrush(QColor(paint.figure_lungs)),
        }

    def _unit_rect(self, x0: float, y0: float, x1: float, y1: float, pad: float) -> QRect:
        """A widget-pixel rect covering the figure-unit box, padded by ``pad`` units."""
        box = self._transform.mapRect(
            QRectF(x0 - pad, y0 - pad, x1 - x0 + 2 * pad, y1 - y0 + 2 * pad)
        )
        return box.toAlignedRect().adjusted(-AA_PAD_PX, -AA_PAD_PX, AA_PAD_PX, AA_PAD_PX)

    def _moving_rects(self, a: float, b: float) -> list[QRect]:
        pad = self._pens["diaphragm"].widthF() / 2
        ca, cb = _figure_curves(a), _figure_curves(b)
        rects = []
        for key in ("diaphragm", "pelvic_floor", "belly"):
            pts = ca[key] + cb[key]
            xs, ys = pts[0::2], pts[1::2]
            rects.append(self._unit_rect(min(xs), min(ys), max(xs), max(ys), pad))
        return rects

    def _arrow_centres(self) -> tuple[tuple[float, float], tuple[float, float]]:
        curves = _figure_curves(_REDUCED_FIGURE_LEVEL)
        dome_x, dome_y = _cubic_mid(curves["diaphragm"])
        floor_x, floor_y = _cubic_mid(curves["pelvic_floor"])
        return (dome_x, dome_y + 8.0), (floor_x, floor_y - 8.0)

    def _arrow_rects(self) -> list[QRect]:
        pad = self._pens["diaphragm"].widthF()
        w, h = _ARROW_HALF_W, _ARROW_HALF_H
        return [self._unit_rect(x - w, y - h, x + w, y + h, pad) for x, y in self._arrow_centres()]

    # painting -------------------------------------------------------------------------------

    def _outline_path(self, level: float) -> QPainterPath:
        """The closed body outline (head excluded) with the belly at ``level``."""
        path = QPainterPath()
        path.moveTo(*_NECK_FRONT)
        self._chest_segments(path)
        _cubic(path, _figure_curves(level)["belly"], move=False)
        self._back_segments(path)
        path.closeSubpath()
        return path

    @staticmethod
    def _chest_segments(path: QPainterPath) -> None:
        """From the front of the neck down the chest to the top of the belly."""
        path.cubicTo(57, 27, 71, 29, 76, 38)
        path.cubicTo(79, 45, 79.5, 57, *_BELLY_TOP)

    @staticmethod
    def _back_segments(path: QPainterPath) -> None:
        """From the belly's lower end round the bottom and up the back to the neck."""
        path.cubicTo(72.5, 119, 66, 126, 56, 128)
        path.cubicTo(46, 130, 34, 130, 27, 124)
        path.cubicTo(20, 118, 20.5, 105, 25, 97)
        path.cubicTo(29, 90, 30, 80, 29, 70)
        path.cubicTo(28, 58, 25, 44, 30, 33)
        path.cubicTo(33, 27, 40, 24, *_NECK_BACK)

    def _paint_spine(self, painter: QPainter, bone: QColor) -> None:
        """Vertebrae along the back, the sacrum and tailbone, and the pubic bone."""
        spine = QPainterPath()
        spine.moveTo(37, 23)
        spine.cubicTo(31, 40, 31, 60, 34, 74)
        spine.cubicTo(36, 84, 34, 93, 32, 98)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(bone)
        count = 19
        block = QRectF(-2.3, -1.5, 4.6, 3.0)
        for i in range(count):
            t = (i + 0.5) / count
            point = spine.pointAtPercent(t)
            painter.save()
            painter.translate(point)
            painter.rotate(90 - spine.angleAtPercent(t))
            painter.drawRoundedRect(block, 0.9, 0.9)
            painter.restore()
        sacrum = QPainterPath()
        sacrum.moveTo(32, 99.5)
        sacrum.cubicTo(29.5, 105, 32, 111, _FLOOR_BACK[0], _FLOOR_BACK[1])
        pen = QPen(bone, 4.2)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(sacrum)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(bone)
        painter.save()
        painter.translate(_FLOOR_FRONT[0] + 2.0, _FLOOR_FRONT[1] - 3.7)
        painter.rotate(28)  # the pubic joint leans back at its lower end
        painter.drawRoundedRect(QRectF(-1.9, -4.4, 3.8, 8.8), 1.9, 1.9)
        painter.restore()

    def _paint_static(self, painter: QPainter) -> None:
        bone = QColor(paint_for(self.palette()).figure_bone)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.save()
        painter.setTransform(self._transform)
        level = _REDUCED_FIGURE_LEVEL if self._reduced else 0.0
        # body
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._brushes["body"])
        painter.drawPath(self._outline_path(level))
        # lungs, down to the dome at this level (the dynamic part fills what lies below it)
        lungs = QPainterPath()
        lungs.moveTo(*_DIAPHRAGM_FRONT)
        lungs.cubicTo(76.5, 50, 76, 40, 68, 34)
        lungs.cubicTo(60, 29, 47, 29, 41, 34)
        lungs.cubicTo(37, 40, 37, 60, *_DIAPHRAGM_BACK)
        _cubic(lungs, _figure_curves(level)["diaphragm"], move=False)
        lungs.closeSubpath()
        painter.setBrush(self._brushes["lungs"])
        painter.drawPath(lungs)
        self._paint_spine(painter, bone)
        # outline without the belly, which moves
        outline = QPainterPath()
        outline.moveTo(*_BELLY_BOTTOM)
        self._back_segments(outline)
        outline.lineTo(*_NECK_FRONT)
        self._chest_segments(outline)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(self._pens["outline"])
        painter.drawPath(outline)
        painter.setBrush(self._brushes["body"])
        painter.drawEllipse(QPointF(50, 10.5), 10, 10)
        # leaders from the labels to the fixed back ends of the two lines
        for key, end in (("diaphragm", _DIAPHRAGM_BACK), ("floor", _FLOOR_BACK)):
            leader = QPen(self._pens[key])
            leader.setWidthF(self._pens["outline"].widthF())
            painter.setPen(leader)
            painter.drawLine(QPointF(_LABEL_X, end[1]), QPointF(*end))
        if self._reduced:
            self._paint_moving(painter, level)
        painter.restore()
        self._paint_labels(painter)

    def _paint_labels(self, painter: QPainter) -> None:
        """Labels before the body (left; right when mirrored), level with each line's end."""
        painter.setFont(self._label_font)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        metrics = QFontMetricsF(self._label_font)
        gap = metrics.height() * 0.3
        align = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for label, y_units in (
            (self._diaphragm_label(), _DIAPHRAGM_BACK[1]),
            (self._floor_label(), _FLOOR_BACK[1]),
        ):
            anchor = self._transform.map(QPointF(_LABEL_X, y_units))
            width = metrics.horizontalAdvance(label) + 2
            x = anchor.x() + gap if self.isRightToLeft() else anchor.x() - gap - width
            box = QRectF(x, anchor.y() - metrics.height(), width, 2 * metrics.height())
            painter.drawText(box, align, label)

    def _paint_moving(self, painter: QPainter, level: float) -> None:
        """The moving curves at ``level``; the painter is in figure units."""
        curves = _figure_curves(level)
        path = self._path
        # belly: body colour between the chord and the curve, then its outline
        path.clear()
        _cubic(path, curves["belly"])
        path.closeSubpath()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._brushes["body"])
        painter.drawPath(path)
        path.clear()
        _cubic(path, curves["belly"])
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(self._pens["outline"])
        painter.drawPath(path)
        # lungs fill down to the lowered dome (the cache holds them down to the empty dome)
        if not self._reduced:
            path.clear()
            _cubic(path, curves["diaphragm"])
            _cubic(path, _reversed(_figure_curves(0.0)["diaphragm"]), move=False)
            path.closeSubpath()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._brushes["lungs"])
            painter.drawPath(path)
            painter.setBrush(Qt.BrushStyle.NoBrush)
        path.clear()
        _cubic(path, curves["diaphragm"])
        painter.setPen(self._pens["diaphragm"])
        painter.drawPath(path)
        path.clear()
        _cubic(path, curves["pelvic_floor"])
        painter.setPen(self._pens["floor"])
        painter.drawPath(path)

    def _paint_dynamic(self, painter: QPainter) -> None:
        painter.setTransform(self._transform)
        if not self._reduced:
            self._paint_moving(painter, self._painted_level)
            return
        if self._painted_arrow == 0:
            return
        painter.setBrush(Qt.BrushStyle.NoBrush)
        sign = float(self._painted_arrow)
        path = self._path
        for (x, y), key in zip(self._arrow_centres(), ("diaphragm", "floor"), strict=True):
            path.clear()
            path.moveTo(x - _ARROW_HALF_W, y - _ARROW_HALF_H * sign)
            path.lineTo(x, y + _ARROW_HALF_H * sign)
            path.lineTo(x + _ARROW_HALF_W, y - _ARROW_HALF_H * sign)
            painter.setPen(self._pens[key])
            painter.drawPath(path)
