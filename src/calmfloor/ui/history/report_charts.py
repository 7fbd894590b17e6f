"""The report's charts: practice bars and ratings before and after, painted on the PDF."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
)

from calmfloor.core.session import SessionKind
from calmfloor.core.stats import (
    RANGE_DAYS,
    Bucket,
    DayKindTotal,
    Measure,
    PracticeSeries,
    Range,
    RatingPoint,
    practice_series,
    rolling_mean,
)
from calmfloor.ui.kit.theme import PRINT_PAINT
from calmfloor.ui.kit.widgets import kind_text

translate = QCoreApplication.translate  # called as translate("report", ...) so lupdate sees it

RESOLUTION_DPI = 300
MM_PER_INCH = 25.4
DAILY_BARS_UP_TO_DAYS = RANGE_DAYS[Range.QUARTER]  # longer ranges get one bar per week
ROLLING_WINDOW = 7  # sessions in the rolling mean of the rating charts
RATING_MAX = 10
MAX_DATE_LABELS = 6
# the print palette (theme.PRINT_PAINT): graphics at least 3:1 and text 4.5:1 on white paper
KIND_COLOURS: dict[SessionKind, str] = dict(PRINT_PAINT.kinds)
BEFORE_COLOUR = PRINT_PAINT.before
AFTER_COLOUR = PRINT_PAINT.after
AXIS_COLOUR = PRINT_PAINT.axis
GRID_COLOUR = PRINT_PAINT.grid
TEXT_COLOUR = PRINT_PAINT.text
SEGMENT_GAP_MM = 0.3  # a line of paper between the kinds stacked in one bar


def mm(value: float) -> float:
    """Millimetres in device pixels at :data:`RESOLUTION_DPI`."""
    return value * RESOLUTION_DPI / MM_PER_INCH


def nice_ceiling(value: float) -> tuple[float, float]:
    """A round axis maximum at or above ``value`` and its tick step (1, 2 or 5 x 10^n)."""
    value = max(value, 1.0)
    raw_step = value / 4
    magnitude = 10 ** math.floor(math.log10(raw_step))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw_step)
    return math.ceil(value / step - 1e-9) * step, step


class ReportCharts:
    """Paints the report's charts into rectangles of a page.

    Args:
        painter: the active painter on ``writer``.
        writer: the PDF writer (for font metrics at its resolution).
        fonts: the body, small and bold fonts.
        totals: practice per day and kind, ``since`` to ``until``.
        points: the rated sessions, oldest first.
        span: the first and last day covered.
        week_start: first day of a week for weekly bars, 0 = Monday.
        number: a number in the locale's digits, with the given decimals.
        day: a date in the locale's short form.
    """

    def __init__(
        self,
        painter: QPainter,
        writer: QPdfWriter,
        fonts: tuple[QFont, QFont, QFont],
        totals: Sequence[DayKindTotal],
        points: Sequence[RatingPoint],
        span: tuple[date, date],
        week_start: int,
        number: Callable[[float, int], str],
        day: Callable[[date], str],
    ) -> None:
        self._p = painter
        self._writer = writer
        self._font, self._small, self._bold = fonts
        self._totals = totals
        self._points = points
        self._since, self._until = span
        self._week_start = week_start
        self._number = number
        self._date = day

    def _chart_frame(
        self, rect: QRectF, title: str, legend: Sequence[tuple[str, str, str]]
    ) -> QRectF:
        """Draw a chart's title and legend; returns the rectangle left for the plot.

        ``legend`` holds (text, colour, shape) with shape "box", "dot", "ring" or "line".
        """
        painter = self._p
        line = QFontMetricsF(self._bold, self._writer).height()
        painter.setFont(self._bold)
        painter.setPen(QColor(TEXT_COLOUR))
        painter.drawText(
            QRectF(rect.left(), rect.top(), rect.width(), line),
            int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter),
            title,
        )
        painter.setFont(self._small)
        metrics = QFontMetricsF(self._small, self._writer)
        small_line = metrics.height()
        x = rect.left()
        y = rect.top() + line + small_line * 0.3
        swatch = small_line * 0.7
        for text, colour, shape in legend:
            self._swatch(QRectF(x, y + (small_line - swatch) / 2, swatch, swatch), colour, shape)
            x += swatch + small_line * 0.3
            painter.setPen(QColor(TEXT_COLOUR))
            width = metrics.horizontalAdvance(text)
            painter.drawText(
                QRectF(x, y, width + 2, small_line),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                text,
            )
            x += width + small_line
        label_w = metrics.horizontalAdvance("0000") + small_line * 0.5
        top = y + small_line * 1.6
        return QRectF(
            rect.left() + label_w,
            top,
            rect.width() - label_w,
            rect.bottom() - top - small_line * 1.5,
        )

    def _swatch(self, rect: QRectF, colour: str, shape: str) -> None:
        painter = self._p
        painter.save()
        if shape == "box":
            painter.fillRect(rect, QColor(colour))
        elif shape == "line":
            painter.setPen(QPen(QColor(colour), mm(0.5)))
            painter.drawLine(
                QPointF(rect.left(), rect.center().y()), QPointF(rect.right(), rect.center().y())
            )
        else:
            filled = shape == "dot"
            painter.setPen(QPen(QColor(colour), mm(0.3)))
            painter.setBrush(QBrush(QColor(colour)) if filled else Qt.BrushStyle.NoBrush)
            painter.drawEllipse(
                rect.adjusted(
                    rect.width() * 0.15,
                    rect.height() * 0.15,
                    -rect.width() * 0.15,
                    -rect.height() * 0.15,
                )
            )
        painter.restore()

    def _y_axis(self, plot: QRectF, top_value: float, step: float, decimals: int = 0) -> None:
        painter = self._p
        metrics = QFontMetricsF(self._small, self._writer)
        painter.setFont(self._small)
        ticks = round(top_value / step)
        for tick in range(ticks + 1):
            value = tick * step
            y = plot.bottom() - plot.height() * value / top_value
            painter.setPen(QPen(QColor(GRID_COLOUR if tick else AXIS_COLOUR), mm(0.2)))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(QColor(AXIS_COLOUR))
            label_rect = QRectF(
                plot.left() - metrics.horizontalAdvance("0000") - mm(1.5),
                y - metrics.height() / 2,
                metrics.horizontalAdvance("0000"),
                metrics.height(),
            )
            painter.drawText(
                label_rect,
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                self._number(value, decimals),
            )

    def _x_labels(self, plot: QRectF, labels: Sequence[tuple[float, str]]) -> None:
        """Date labels under the plot at the given x positions (at most a handful)."""
        if not labels:
            return
        painter = self._p
        metrics = QFontMetricsF(self._small, self._writer)
        painter.setFont(self._small)
        painter.setPen(QColor(AXIS_COLOUR))
        every = max(1, math.ceil(len(labels) / MAX_DATE_LABELS))
        for x, text in labels[::every]:
            width = metrics.horizontalAdvance(text) + 2
            left = min(max(x - width / 2, plot.left() - mm(5)), plot.right() - width + mm(5))
            painter.drawText(
                QRectF(left, plot.bottom() + mm(1), width, metrics.height()),
                int(Qt.AlignmentFlag.AlignCenter),
                text,
            )

    def _series(self) -> PracticeSeries:
        days = (self._until - self._since).days + 1
        bucket = Bucket.DAY if days <= DAILY_BARS_UP_TO_DAYS else Bucket.WEEK
        return practice_series(self._totals, self._since, self._until, bucket, self._week_start)

    def draw_practice_chart(self, rect: QRectF) -> None:
        series = self._series()
        title = (
            translate("report", "Minutes of practice per day")
            if series.bucket is Bucket.DAY
            else translate("report", "Minutes of practice per week")
        )
        kinds = [k for k in SessionKind if any(series.minutes[k])]
        legend = [(kind_text(k), KIND_COLOURS[k], "box") for k in kinds]
        plot = self._chart_frame(rect, title, legend)
        count = len(series.starts)
        stacked = [sum(series.minutes[k][i] for k in SessionKind) for i in range(count)]
        top_value, step = nice_ceiling(max(stacked, default=0.0))
        self._y_axis(plot, top_value, step)
        if not count:
            return
        slot = plot.width() / count
        bar = max(slot * 0.7, mm(0.1))
        painter = self._p
        painter.setPen(Qt.PenStyle.NoPen)
        gap = QPen(QColor(PRINT_PAINT.paper), mm(SEGMENT_GAP_MM))
        for index in range(count):
            x = plot.left() + index * slot + (slot - bar) / 2
            base = plot.bottom()
            joins = []
            for kind in kinds:
                height = plot.height() * series.minutes[kind][index] / top_value
                if height > 0:
                    painter.fillRect(
                        QRectF(x, base - height, bar, height), QColor(KIND_COLOURS[kind])
                    )
                    base -= height
                    joins.append(base)
            painter.setPen(gap)
            for y in joins[:-1]:
                painter.drawLine(QPointF(x, y), QPointF(x + bar, y))
            painter.setPen(Qt.PenStyle.NoPen)
        labels = [
            (plot.left() + (i + 0.5) * slot, self._date(start))
            for i, start in enumerate(series.starts)
        ]
        self._x_labels(plot, labels)

    def draw_rating_chart(self, rect: QRectF, measure: Measure) -> None:
        title = (
            translate("report", "Tension before and after each session")
            if measure is Measure.TENSION
            else translate("report", "Pain before and after each session")
        )
        legend = [
            (translate("report", "before"), BEFORE_COLOUR, "ring"),
            (translate("report", "after"), AFTER_COLOUR, "dot"),
            (translate("report", "average of the last 7, before"), BEFORE_COLOUR, "line"),
            (translate("report", "average of the last 7, after"), AFTER_COLOUR, "line"),
        ]
        plot = self._chart_frame(rect, title, legend)
        self._y_axis(plot, RATING_MAX, 2)
        points = [p for p in self._points if p.pair(measure) != (None, None)]
        if not points:
            painter = self._p
            painter.setFont(self._font)
            painter.setPen(QColor(AXIS_COLOUR))
            painter.drawText(
                plot,
                int(Qt.AlignmentFlag.AlignCenter),
                translate("report", "Not rated in this period."),
            )
            return
        slot = plot.width() / len(points)
        xs = [plot.left() + (i + 0.5) * slot for i in range(len(points))]

        def y_of(value: float) -> float:
            return plot.bottom() - plot.height() * value / RATING_MAX

        radius = min(mm(1.0), max(slot * 0.35, mm(0.3)))
        for which, colour in ((0, BEFORE_COLOUR), (1, AFTER_COLOUR)):
            present = [(x, p.pair(measure)[which]) for x, p in zip(xs, points, strict=True)]
            values = [(x, float(v)) for x, v in present if v is not None]
            if not values:
                continue
            means = rolling_mean([v for _, v in values], ROLLING_WINDOW)
            path = QPainterPath(QPointF(values[0][0], y_of(means[0])))
            for (x, _), mean in zip(values[1:], means[1:], strict=True):
                path.lineTo(x, y_of(mean))
            painter = self._p
            painter.setBrush(Qt.BrushStyle.NoBrush)
            pen = QPen(QColor(colour), mm(0.5))
            painter.setPen(pen)
            painter.drawPath(path)
            painter.setPen(QPen(QColor(colour), mm(0.3)))
            painter.setBrush(QBrush(QColor(colour)) if which else Qt.BrushStyle.NoBrush)
            for x, value in values:
                painter.drawEllipse(QPointF(x, y_of(value)), radius, radius)
        labels = [(x, self._date(p.started.date())) for x, p in zip(xs, points, strict=True)]
        self._x_labels(plot, labels)
