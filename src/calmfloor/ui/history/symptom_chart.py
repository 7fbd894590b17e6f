"""The History page's symptom chart: ratings before and after, and the change per session."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLocale, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from calmfloor.core.stats import (
    MEANINGFUL_POINTS,
    Measure,
    RatingPoint,
    is_meaningful_drop,
    rolling_mean,
)
from calmfloor.ui.history.chart_base import (
    BAND_EDGE_PX,
    HOVER_RADIUS_PX,
    POINT_SIZE_PX,
    ROLLING_WINDOW,
    YEAR_LABEL_AFTER_DAYS,
    ChartBase,
    DayAxis,
    NumberAxis,
    calm_plot,
    day_number,
)
from calmfloor.ui.history.text import to_qdatetime
from calmfloor.ui.kit.fonts import set_font_scale
from calmfloor.ui.kit.roles import read_as_choice
from calmfloor.ui.kit.theme import CHOSEN_BUTTON_STYLE, paint_for
from calmfloor.ui.kit.widgets import FlowLayout, format_number, join_parts, kind_text, separator


class SymptomChart(ChartBase):
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
            read_as_choice(button)
            button.setProperty("measure", measure.value)
            switch_row.addWidget(button)
        # toggled, not clicked: a screen reader's default action on a checkable button toggles it
        self._switch.buttonToggled.connect(
            lambda button, on: (
                self.set_measure(Measure(str(button.property("measure")))) if on else None
            )
        )

        self.ratings_plot = pg.PlotWidget(
            axisItems={"bottom": DayAxis(self._locale), "left": NumberAxis("left")}
        )
        self.ratings_plot.setObjectName("history-ratings-plot")
        self.change_plot = pg.PlotWidget(
            axisItems={"bottom": DayAxis(self._locale), "left": NumberAxis("left")}
        )
        self.change_plot.setObjectName("history-change-plot")
        self.change_plot.setXLink(self.ratings_plot)
        for plot in self._plots():
            calm_plot(plot)
        self._pair_lines = pg.PlotDataItem(connect="pairs")
        self._before_dots = pg.ScatterPlotItem(symbol="o", size=POINT_SIZE_PX)
        self._after_dots = pg.ScatterPlotItem(symbol="o", size=POINT_SIZE_PX)
        for item in (self._pair_lines, self._before_dots, self._after_dots):
            self.ratings_plot.addItem(item)
        self.ratings_plot.getPlotItem().getViewBox().setYRange(0, 10, padding=0.05)

        self.band = pg.LinearRegionItem(
            values=(-10, -MEANINGFUL_POINTS), orientation="horizontal", movable=False
        )
        self._zero = pg.InfiniteLine(pos=0, angle=0, movable=False)
        self._change_dots = pg.ScatterPlotItem(symbol="o", size=POINT_SIZE_PX - 2)
        self._rolling_line = pg.PlotDataItem()
        for item in (
            self.band,
            self._zero,
            self._change_dots,
            self._rolling_line,
        ):
            self.change_plot.addItem(item)
        for plot in self._plots():
            plot.scene().sigMouseMoved.connect(lambda pos, p=plot: self._on_mouse_moved(p, pos))

        self._ratings_title = QLabel()
        self._ratings_title.setObjectName("history-ratings-title")
        self._change_title = QLabel()
        self._change_title.setObjectName("history-change-title")
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
        self._pages.setObjectName("history-symptom-pages")
        self._pages.setAccessibleName(self.tr("Symptom charts"))  # not a nameless "layered pane"
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
        self.band.setBrush(pg.mkBrush(QColor(paint.chart_band)))
        edge = QColor(paint.chart_band_edge)
        for line in self.band.lines:
            line.setPen(pg.mkPen(edge, width=BAND_EDGE_PX))
        self._band_key.setStyleSheet(
            f"background-color: {paint.chart_band}; "
            f"border: {BAND_EDGE_PX}px solid {paint.chart_band_edge};"
        )
        for plot in self._plots():
            axis = plot.getPlotItem().getAxis("bottom")
            if isinstance(axis, DayAxis):
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
        self.day_x = np.fromiter((day_number(p.started) for p in shown), float, len(shown))
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
        self.band.setRegion((low - 1, -MEANINGFUL_POINTS))
        span = self._end - self._start
        for plot in self._plots():
            axis = plot.getPlotItem().getAxis("bottom")
            if isinstance(axis, DayAxis):
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

    def tick_texts(self) -> list[str]:
        """The date labels along the bottom of the ratings chart, as drawn."""
        axis = self.ratings_plot.getPlotItem().getAxis("bottom")
        low, high = self.ratings_plot.getPlotItem().getViewBox().viewRange()[0]
        levels = axis.tickValues(low, high, max(axis.width(), 1.0))
        values = [value for _spacing, level in levels for value in level]
        texts: list[str] = axis.tickStrings(values, 1.0, 1.0)
        return texts

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
