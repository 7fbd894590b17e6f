"""The History page's charts: practice bars and symptom ratings (the one pyqtgraph user)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, datetime

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QDate, QEvent, QLocale, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QFont, QPalette, QPen
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from calmfloor.core.session import SessionKind
from calmfloor.core.stats import (
    MEANINGFUL_POINTS,
    Bucket,
    Measure,
    PracticeSeries,
    RatingPoint,
    is_meaningful_drop,
    rolling_mean,
)
from calmfloor.ui.history.text import day_text, practice_text, to_qdatetime
from calmfloor.ui.kit.fonts import set_font_scale
from calmfloor.ui.kit.theme import CHOSEN_BUTTON_STYLE, LIGHT, THEMES, kind_colour, paint_for
from calmfloor.ui.kit.widgets import FlowLayout, format_number, join_parts, kind_text, separator

# The series colours of the light theme. The charts take their own theme's (theme.Paint.kinds:
# at least 3:1 on the chart and on the page, told apart by hue and lightness).
KIND_COLOURS: dict[SessionKind, str] = dict(THEMES[LIGHT].paint.kinds)
BAR_WIDTH = 0.8  # of one bucket, so neighbouring bars stay apart
MAX_TICK_LABELS = 8  # date labels along the bottom, so they never overlap
MIN_TOP_MINUTES = 10.0  # the practice chart's y axis reaches at least this far
HEADROOM = 1.1  # room above the tallest bar
ROLLING_WINDOW = 7  # sessions in the rolling average of the change
POINT_SIZE_PX = 9
HOVER_RADIUS_PX = 12  # how close the pointer must be to a point for its tooltip
CHART_MIN_HEIGHT_LINES = 14  # a chart is at least this many text lines tall
BAND_EDGE_PX = 2  # the line that bounds the "change that matters" band
YEAR_LABEL_AFTER_DAYS = 200  # longer ranges put the year in the date labels
DAY_TICK_STEPS = (1, 2, 7, 14, 28, 61, 91, 182, 365, 730, 1461)  # days between date labels


def _legend_swatch(text: str) -> tuple[QWidget, QLabel]:
    """A small square and its label (Qt widgets, so they follow the app font); the square
    is coloured by the chart's ``restyle``."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 12, 0)
    swatch = QLabel()
    size = max(box.fontMetrics().height() - 4, 8)
    swatch.setFixedSize(size, size)
    label = QLabel(text)
    row.addWidget(swatch)
    row.addWidget(label)
    return box, swatch


def _calm_plot(plot: pg.PlotWidget) -> None:
    """No pan, zoom, context menu or auto-range button: the chart holds still.

    Time runs left to right in every language, with the value axis at the left, as in
    printed charts; a right-to-left layout would move the axis but not the data.
    """
    plot.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    item = plot.getPlotItem()
    item.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    item.setMouseEnabled(x=False, y=False)
    item.setMenuEnabled(False)
    item.getViewBox().setMenuEnabled(False)
    item.hideButtons()
    plot.setMinimumHeight(plot.fontMetrics().height() * CHART_MIN_HEIGHT_LINES // 2)
    # the named chart takes focus (Tab reaches it and a reader says its name and summary);
    # its drawing area only passes focus on (an unnamed stop). In this order: a policy set
    # on the drawing area is passed on to its focus proxy, the chart.
    plot.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
    plot.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def _apply_palette(plot: pg.PlotWidget, palette: QPalette, font: QFont) -> None:
    """Chart background, axes and tick labels from the widget palette and font."""
    plot.setBackground(palette.color(QPalette.ColorRole.Base))
    text = palette.color(QPalette.ColorRole.Text)
    line = QColor(paint_for(palette).chart_axis)
    for name in ("left", "bottom"):
        axis = plot.getPlotItem().getAxis(name)
        axis.setPen(pg.mkPen(line))
        axis.setTextPen(pg.mkPen(text))
        axis.setStyle(tickFont=QFont(font))


class _NumberAxis(pg.AxisItem):  # type: ignore[misc]
    """A value axis labelled in the locale's digits and decimal sign (Persian ۱۰, German 2,5)."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        locale = QLocale()
        zero = ord(locale.zeroDigit())
        signs = {".": locale.decimalPoint(), "-": locale.negativeSign()}
        return [
            "".join(chr(zero + int(c)) if c.isdigit() else signs.get(c, c) for c in text)
            for text in super().tickStrings(values, scale, spacing)
        ]


class _DayAxis(pg.AxisItem):  # type: ignore[misc]
    """A bottom axis whose values are day numbers (``date.toordinal``), labelled in the locale."""

    def __init__(self, locale: QLocale, with_year: bool = False) -> None:
        super().__init__("bottom")
        self.locale = locale
        self.with_year = with_year

    def tickSpacing(
        self,
        minVal: float,
        maxVal: float,
        size: float,
    ) -> list[tuple[float, float]]:
        span = max(maxVal - minVal, 1.0)
        step = next((s for s in DAY_TICK_STEPS if span / s <= MAX_TICK_LABELS), 1461)
        return [(float(step), 0.0)]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        texts = []
        for value in values:
            try:
                day = date.fromordinal(round(value))
            except (ValueError, OverflowError):
                texts.append("")
                continue
            texts.append(day_text(day, self.locale, with_year=self.with_year))
        return texts


class _ChartBase(QWidget):
    """Shared behaviour: palette and font follow the widget; hover tooltips."""

    def _plots(self) -> list[pg.PlotWidget]:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (
            QEvent.Type.PaletteChange,
            QEvent.Type.ApplicationPaletteChange,
            QEvent.Type.FontChange,
            QEvent.Type.ApplicationFontChange,
        ):
            self.restyle()
        super().changeEvent(event)

    def restyle(self) -> None:
        """Take the colours and font of the current palette (light or dark theme)."""
        for plot in self._plots():
            _apply_palette(plot, self.palette(), self.font())

    def _show_tip(self, plot: pg.PlotWidget, text: str) -> None:
        if text:
            QToolTip.showText(QCursor.pos(), text, plot)
        else:
            QToolTip.hideText()


class PracticeChart(_ChartBase):
    """Minutes practised per day or week, stacked by kind, with a legend.

    One ``BarGraphItem`` per kind (not per bar), so thousands of bars draw quickly.
    Hovering a bar shows its date and the minutes of each kind.

    Args:
        parent: the Qt parent.

    Signals:
        None.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history-practice-chart")
        self._locale = QLocale()
        self._series: PracticeSeries | None = None
        self.bars: dict[SessionKind, pg.BarGraphItem] = {}

        self._title = QLabel()
        self._title.setWordWrap(True)  # large text: the title wraps, the page stays narrow
        self.plot = pg.PlotWidget(axisItems={"left": _NumberAxis("left")})
        self.plot.setObjectName("history-practice-plot")
        _calm_plot(self.plot)
        self.plot.setAccessibleName(self.tr("Practice chart"))
        self.plot.scene().sigMouseMoved.connect(self._on_mouse_moved)

        legend = FlowLayout()  # wraps rather than widen the window (German, 200 %)
        self._swatches: dict[SessionKind, QLabel] = {}
        for kind in SessionKind:
            box, self._swatches[kind] = _legend_swatch(kind_text(kind))
            legend.addWidget(box)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._title)
        layout.addWidget(self.plot, 1)
        layout.addLayout(legend)
        self.restyle()

    def _plots(self) -> list[pg.PlotWidget]:
        return [self.plot]

    def restyle(self) -> None:
        """Colours and font from the palette's theme; bars and legend recoloured."""
        super().restyle()
        if not hasattr(self, "_swatches"):
            return
        paint = paint_for(self.palette())
        for kind, swatch in self._swatches.items():
            swatch.setStyleSheet(f"background-color: {paint.kinds[kind]}; border-radius: 2px;")
        for kind, bar in self.bars.items():
            bar.setOpts(brush=kind_colour(paint, kind), pen=self._bar_pen())

    def _bar_pen(self) -> QPen:
        """A line of the chart's background round each bar, so stacked kinds stay apart."""
        pen: QPen = pg.mkPen(self.palette().color(QPalette.ColorRole.Base), width=1)
        return pen

    @property
    def series(self) -> PracticeSeries | None:
        """The data shown."""
        return self._series

    def set_series(self, series: PracticeSeries) -> None:
        """Show ``series``: one stacked bar per day or week."""
        self._series = series
        self._locale = QLocale()
        item = self.plot.getPlotItem()
        for bar in self.bars.values():
            item.removeItem(bar)
        self.bars = {}
        count = len(series.starts)
        base = np.zeros(count)
        x = np.arange(count, dtype=float)
        for kind in SessionKind:
            values = np.asarray(series.minutes[kind], dtype=float)
            shown = values > 0
            if shown.any():
                bar = pg.BarGraphItem(
                    x0=x[shown] - BAR_WIDTH / 2,
                    width=BAR_WIDTH,
                    y0=base[shown],
                    height=values[shown],
                    brush=kind_colour(paint_for(self.palette()), kind),
                    pen=self._bar_pen(),
                )
                item.addItem(bar)
                self.bars[kind] = bar
            base = base + values
        top = max(float(base.max()) if count else 0.0, MIN_TOP_MINUTES) * HEADROOM
        item.getViewBox().setRange(xRange=(-0.6, max(count, 1) - 0.4), yRange=(0, top), padding=0)
        self._set_ticks(series)
        weekly = series.bucket is Bucket.WEEK
        self._title.setText(
            self.tr("Minutes practised each week")
            if weekly
            else self.tr("Minutes practised each day")
        )
        self.plot.setAccessibleDescription(self.description())

    def _set_ticks(self, series: PracticeSeries) -> None:
        count = len(series.starts)
        step = max(math.ceil(count / MAX_TICK_LABELS), 1)
        weekly = series.bucket is Bucket.WEEK
        ticks = [
            (float(i), day_text(series.starts[i], self._locale, with_year=weekly))
            for i in range(0, count, step)
        ]
        self.plot.getPlotItem().getAxis("bottom").setTicks([ticks, []])

    def total_minutes(self) -> float:
        """Minutes drawn, all bars of all kinds (the tests compare it with SQL)."""
        return sum(float(np.sum(bar.opts["height"])) for bar in self.bars.values())

    def bar_text(self, index: int) -> str:
        """The tooltip of bar ``index``: its date, sessions and minutes of each kind."""
        series = self._series
        if series is None or not 0 <= index < len(series.starts):
            return ""
        start = series.starts[index]
        when = self._locale.toString(
            QDate(start.year, start.month, start.day), QLocale.FormatType.LongFormat
        )
        if series.bucket is Bucket.WEEK:
            when = self.tr("Week of %1").replace("%1", when)
        lines = [when, self.tr("%n session(s)", "", series.sessions[index])]
        for kind in SessionKind:
            minutes = series.minutes[kind][index]
            if minutes > 0:
                lines.append(f"{kind_text(kind)}: {practice_text(minutes * 60)}")
        if len(lines) == 2:
            lines[1] = self.tr("No practice")
        return "\n".join(lines)

    def description(self) -> str:
        """A text summary of the chart for screen readers."""
        series = self._series
        if series is None or not series.starts:
            return ""
        totals = [sum(series.minutes[k][i] for k in SessionKind) for i in range(len(series.starts))]
        weekly = series.bucket is Bucket.WEEK
        first = day_text(series.starts[0], self._locale, with_year=True)
        last = day_text(series.starts[-1], self._locale, with_year=True)
        text = (
            self.tr("Minutes practised each week, from the week of %1 to the week of %2.")
            if weekly
            else self.tr("Minutes practised each day, from %1 to %2.")
        )
        parts = [text.replace("%1", first).replace("%2", last)]
        parts.append(self.tr("In all: %1.").replace("%1", practice_text(sum(totals) * 60)))
        if any(totals):
            best = max(range(len(totals)), key=totals.__getitem__)
            most = (
                self.tr("The most in one week: %1, the week of %2.")
                if weekly
                else self.tr("The most in one day: %1, on %2.")
            )
            parts.append(
                most.replace("%1", practice_text(totals[best] * 60)).replace(
                    "%2", day_text(series.starts[best], self._locale, with_year=True)
                )
            )
        for kind in SessionKind:
            minutes = sum(series.minutes[kind])
            if minutes > 0:
                parts.append(f"{kind_text(kind)}: {practice_text(minutes * 60)}.")
        return " ".join(parts)

    def index_at(self, scene_pos: QPointF) -> int | None:
        """The bar under ``scene_pos`` (scene coordinates), or None."""
        series = self._series
        view = self.plot.getPlotItem().getViewBox()
        if series is None or not view.sceneBoundingRect().contains(scene_pos):
            return None
        point = view.mapSceneToView(scene_pos)
        x: float = point.x()
        index = round(x)
        if not 0 <= index < len(series.starts) or abs(x - index) > BAR_WIDTH / 2:
            return None
        return index

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        index = self.index_at(scene_pos)
        self._show_tip(self.plot, "" if index is None else self.bar_text(index))


def _day_number(moment: datetime) -> float:
    """``moment`` as a fractional day number in its own local time (``date.toordinal`` days)."""
    seconds = moment.hour * 3600 + moment.minute * 60 + moment.second
    return moment.date().toordinal() + seconds / 86400


class SymptomChart(_ChartBase):
    """Tension or pain before and after each rated session, and the change per session.

    The upper chart shows each session's rating before (hollow) and after (filled) joined
    by a thin line; the lower one shows the change per session, its rolling average, and a
    shaded band for a drop that matters clinically (2 points or more, or 30 %).

    Args:
        parent: the Qt parent.

    Signals:
        measure_changed(str): the user switched between tension and pain.
    """

    measure_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history-symptom-chart")
        self._locale = QLocale()
        self._points: list[RatingPoint] = []
        self._start = date.today()
        self._end = date.today()
        self.measure = Measure.TENSION
        # per shown session, sorted by time: x (day number), before, after, change
        self.day_x = np.zeros(0)
        self.before = np.zeros(0)
        self.after = np.zeros(0)
        self.change = np.zeros(0)
        self.rolling = np.zeros(0)
        self._shown: list[RatingPoint] = []

        self._switch = QButtonGroup(self)
        switch_row = FlowLayout()
        for measure, title, name in (
            (Measure.TENSION, self.tr("Tension"), self.tr("Show tension ratings")),
            (Measure.PAIN, self.tr("Pain"), self.tr("Show pain ratings")),
        ):
            button = QPushButton(title)
            button.setCheckable(True)
            button.setStyleSheet(CHOSEN_BUTTON_STYLE)
            set_font_scale(button, 1.0)  # a style sheet would keep the old text size
            button.setObjectName(f"history-measure-{measure.value}")
            button.setAccessibleName(name)
            button.setChecked(measure is self.measure)
            self._switch.addButton(button)
            button.setProperty("measure", measure.value)
            switch_row.addWidget(button)
        # toggled, not clicked: a screen reader's default action on a checkable button toggles it
        self._switch.buttonToggled.connect(
            lambda button, on: (
                self.set_measure(Measure(str(button.property("measure")))) if on else None
            )
        )

        self.ratings_plot = pg.PlotWidget(
            axisItems={"bottom": _DayAxis(self._locale), "left": _NumberAxis("left")}
        )
        self.ratings_plot.setObjectName("history-ratings-plot")
        self.change_plot = pg.PlotWidget(
            axisItems={"bottom": _DayAxis(self._locale), "left": _NumberAxis("left")}
        )
        self.change_plot.setObjectName("history-change-plot")
        self.change_plot.setXLink(self.ratings_plot)
        for plot in self._plots():
            _calm_plot(plot)
        self._pair_lines = pg.PlotDataItem(connect="pairs")
        self._before_dots = pg.ScatterPlotItem(symbol="o", size=POINT_SIZE_PX)
        self._after_dots = pg.ScatterPlotItem(symbol="o", size=POINT_SIZE_PX)
        for item in (self._pair_lines, self._before_dots, self._after_dots):
            self.ratings_plot.addItem(item)
        self.ratings_plot.getPlotItem().getViewBox().setYRange(0, 10, padding=0.05)

        self._band = pg.LinearRegionItem(
            values=(-10, -MEANINGFUL_POINTS), orientation="horizontal", movable=False
        )
        self._zero = pg.InfiniteLine(pos=0, angle=0, movable=False)
        self._change_dots = pg.ScatterPlotItem(symbol="o", size=POINT_SIZE_PX - 2)
        self._rolling_line = pg.PlotDataItem()
        for item in (
            self._band,
            self._zero,
            self._change_dots,
            self._rolling_line,
        ):
            self.change_plot.addItem(item)
        for plot in self._plots():
            plot.scene().sigMouseMoved.connect(lambda pos, p=plot: self._on_mouse_moved(p, pos))

        self._ratings_title = QLabel()
        self._change_title = QLabel()
        for chart_title in (self._ratings_title, self._change_title):
            chart_title.setWordWrap(True)  # large text: the titles wrap, the page stays narrow
        self._band_key = QLabel()
        size = max(self.fontMetrics().height() - 4, 8)
        self._band_key.setFixedSize(size * 2, size)
        self._band_label = QLabel(
            self.tr("Shaded: a drop of 2 points or more (or 30 %), a change that matters")
        )
        self._band_label.setObjectName("history-band-label")
        self._band_label.setWordWrap(True)
        band_row = QHBoxLayout()
        band_row.setContentsMargins(0, 0, 0, 0)
        band_row.addWidget(self._band_key)
        band_row.addWidget(self._band_label, 1)
        charts = QWidget()
        column = QVBoxLayout(charts)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._ratings_title)
        column.addWidget(self.ratings_plot, 3)
        column.addWidget(self._change_title)
        column.addWidget(self.change_plot, 2)
        column.addLayout(band_row)
        self._empty = QLabel()
        self._empty.setWordWrap(True)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setObjectName("history-symptom-empty")
        self._pages = QStackedWidget()
        self._pages.addWidget(charts)
        self._pages.addWidget(self._empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(switch_row)
        layout.addWidget(self._pages, 1)
        self.restyle()

    def _plots(self) -> list[pg.PlotWidget]:
        return [self.ratings_plot, self.change_plot]

    @property
    def empty_text(self) -> str:
        """The message shown instead of the charts, or "" while they are shown."""
        return self._empty.text() if self._pages.currentWidget() is self._empty else ""

    def restyle(self) -> None:
        """Colours and font from the palette; the points are redrawn in them."""
        super().restyle()
        if hasattr(self, "_band_key"):
            self._style_items()

    def _style_items(self) -> None:
        pal = self.palette()
        paint = paint_for(pal)
        marker = QColor(paint.chart_marker)
        base = pal.color(QPalette.ColorRole.Base)
        self._pair_lines.setPen(pg.mkPen(QColor(paint.chart_pair_line), width=1))
        self._before_dots.setPen(pg.mkPen(marker, width=1.5))
        self._before_dots.setBrush(pg.mkBrush(base))
        self._after_dots.setPen(pg.mkPen(marker, width=1))
        self._after_dots.setBrush(pg.mkBrush(marker))
        change = QColor(paint.chart_change)
        self._change_dots.setPen(pg.mkPen(change, width=1))
        self._change_dots.setBrush(pg.mkBrush(change))
        self._rolling_line.setPen(pg.mkPen(QColor(paint.chart_rolling), width=3))
        zero = QColor(paint.chart_zero)
        self._zero.setPen(pg.mkPen(zero, width=1, style=Qt.PenStyle.DotLine))
        # the tint alone is too faint to see (a light tint keeps the dots on it readable):
        # its edge line, 3:1 on the chart, shows where a change that matters begins
        self._band.setBrush(pg.mkBrush(QColor(paint.chart_band)))
        edge = QColor(paint.chart_band_edge)
        for line in self._band.lines:
            line.setPen(pg.mkPen(edge, width=BAND_EDGE_PX))
        self._band_key.setStyleSheet(
            f"background-color: {paint.chart_band}; "
            f"border: {BAND_EDGE_PX}px solid {paint.chart_band_edge};"
        )
        for plot in self._plots():
            axis = plot.getPlotItem().getAxis("bottom")
            if isinstance(axis, _DayAxis):
                axis.locale = self._locale

    def set_measure(self, measure: Measure) -> None:
        """Show ``measure`` (tension or pain)."""
        for button in self._switch.buttons():
            button.setChecked(button.property("measure") == measure.value)
        if measure is self.measure:
            return
        self.measure = measure
        self._draw()
        self.measure_changed.emit(measure.value)

    def set_points(self, points: Sequence[RatingPoint], start: date, end: date) -> None:
        """Show the rated sessions ``points`` (oldest first) from ``start`` to ``end``."""
        self._points = list(points)
        self._start, self._end = start, end
        self._locale = QLocale()
        self._draw()

    def _draw(self) -> None:
        measure = self.measure
        shown = [p for p in self._points if p.change(measure) is not None]
        self._shown = shown
        tension = measure is Measure.TENSION
        self._ratings_title.setText(
            self.tr("%1 before (hollow) and after (filled) each session, 0 to 10").replace(
                "%1", self._measure_text()
            )
        )
        change_title = (
            self.tr("Change in tension per session, and its average over the last %1 sessions")
            if tension
            else self.tr("Change in pain per session, and its average over the last %1 sessions")
        )
        self._change_title.setText(change_title.replace("%1", format_number(ROLLING_WINDOW)))
        if not shown:
            self._empty.setText(
                self.tr(
                    "No session in this time was rated for tension both before and after. You can rate it at the start and end of a session."  # noqa: E501
                )
                if tension
                else self.tr(
                    "No session in this time was rated for pain both before and after. You can rate it at the start and end of a session."  # noqa: E501
                )
            )
            self._pages.setCurrentWidget(self._empty)
            self.day_x = self.before = self.after = self.change = self.rolling = np.zeros(0)
            self.ratings_plot.setAccessibleDescription(self._empty.text())
            self.change_plot.setAccessibleDescription(self._empty.text())
            return
        self._pages.setCurrentIndex(0)
        pairs = [p.pair(measure) for p in shown]
        self.day_x = np.fromiter((_day_number(p.started) for p in shown), float, len(shown))
        self.before = np.fromiter((b for b, _ in pairs), float, len(shown))
        self.after = np.fromiter((a for _, a in pairs), float, len(shown))
        self.change = self.after - self.before
        self.rolling = np.asarray(rolling_mean(self.change.tolist(), ROLLING_WINDOW))

        self._pair_lines.setData(
            np.repeat(self.day_x, 2), np.column_stack((self.before, self.after)).ravel()
        )
        self._before_dots.setData(self.day_x, self.before)
        self._after_dots.setData(self.day_x, self.after)
        self._change_dots.setData(self.day_x, self.change)
        self._rolling_line.setData(self.day_x, self.rolling)

        left = self._start.toordinal()
        right = self._end.toordinal() + 1
        low = min(float(self.change.min()), -MEANINGFUL_POINTS - 1.0)
        high = max(float(self.change.max()), 1.0)
        self._band.setRegion((low - 1, -MEANINGFUL_POINTS))
        span = self._end - self._start
        for plot in self._plots():
            axis = plot.getPlotItem().getAxis("bottom")
            if isinstance(axis, _DayAxis):
                axis.with_year = span.days > YEAR_LABEL_AFTER_DAYS
        self.ratings_plot.getPlotItem().getViewBox().setXRange(left, right, padding=0.01)
        self.change_plot.getPlotItem().getViewBox().setYRange(low - 0.5, high + 0.5, padding=0)
        self._style_items()
        summary = self.description()
        self.ratings_plot.setAccessibleName(
            self.tr("%1 ratings chart").replace("%1", self._measure_text())
        )
        self.ratings_plot.setAccessibleDescription(summary)
        self.change_plot.setAccessibleName(self.tr("Change per session chart"))
        self.change_plot.setAccessibleDescription(summary)

    def _measure_text(self) -> str:
        return self.tr("Tension") if self.measure is Measure.TENSION else self.tr("Pain")

    def description(self) -> str:
        """A text summary of the ratings shown, for screen readers."""
        count = len(self._shown)
        if not count:
            return ""
        meaningful = sum(
            1
            for b, a in zip(self.before, self.after, strict=True)
            if is_meaningful_drop(int(b), int(a))
        )
        return (
            self.tr(
                "%1 over %n rated session(s): on average %2 before and %3 after. "
                "Dropped by a change that matters: %4.",
                "",
                count,
            )
            .replace("%1", self._measure_text())
            .replace("%2", self._locale.toString(float(self.before.mean()), "f", 1))
            .replace("%3", self._locale.toString(float(self.after.mean()), "f", 1))
            .replace("%4", self._locale.toString(meaningful))
        )

    def point_text(self, index: int) -> str:
        """The tooltip of rated session ``index`` (oldest first)."""
        if not 0 <= index < len(self._shown):
            return ""
        point = self._shown[index]
        before, after = point.pair(self.measure)
        assert before is not None and after is not None
        when = self._locale.toString(to_qdatetime(point.started), QLocale.FormatType.ShortFormat)
        title = join_parts((when, kind_text(point.kind)))
        if point.name:
            title += separator() + point.name
        change = after - before
        if change < 0:
            moved = self.tr("dropped by %1").replace("%1", format_number(-change))
        elif change > 0:
            moved = self.tr("rose by %1").replace("%1", format_number(change))
        else:
            moved = self.tr("no change")
        line = (
            self.tr("%1: %2 before, %3 after (%4)")
            .replace("%1", self._measure_text())
            .replace("%2", format_number(before))
            .replace("%3", format_number(after))
            .replace("%4", moved)
        )
        return f"{title}\n{line}"

    def nearest_index(self, plot: pg.PlotWidget, scene_pos: QPointF) -> int | None:
        """The rated session drawn nearest ``scene_pos`` on ``plot``, if close enough."""
        if not len(self.day_x):
            return None
        view = plot.getPlotItem().getViewBox()
        if not view.sceneBoundingRect().contains(scene_pos):
            return None
        point = view.mapSceneToView(scene_pos)
        px_per_x = view.width() / max(view.viewRange()[0][1] - view.viewRange()[0][0], 1e-9)
        radius = HOVER_RADIUS_PX / max(px_per_x, 1e-9)
        low = int(np.searchsorted(self.day_x, point.x() - radius))
        high = int(np.searchsorted(self.day_x, point.x() + radius, side="right"))
        if low >= high:
            return None
        ys = (
            (self.before[low:high], self.after[low:high])
            if plot is self.ratings_plot
            else (self.change[low:high],)
        )
        px_per_y = view.height() / max(view.viewRange()[1][1] - view.viewRange()[1][0], 1e-9)
        best, best_d = None, float("inf")
        for values in ys:
            dx = (self.day_x[low:high] - point.x()) * px_per_x
            dy = (values - point.y()) * px_per_y
            distance = np.hypot(dx, dy)
            i = int(np.argmin(distance))
            if distance[i] < best_d:
                best, best_d = low + i, float(distance[i])
        return best if best_d <= HOVER_RADIUS_PX else None

    def _on_mouse_moved(self, plot: pg.PlotWidget, scene_pos: QPointF) -> None:
        index = self.nearest_index(plot, scene_pos)
        self._show_tip(plot, "" if index is None else self.point_text(index))
