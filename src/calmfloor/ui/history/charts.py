"""The History page's charts: practice bars here, symptom ratings in :mod:`.symptom_chart`."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QDate, QLocale, QPointF
from PySide6.QtGui import QPalette, QPen
from PySide6.QtWidgets import (
    QLabel,
    QVBoxLayout,
    QWidget,
)

from calmfloor.core.session import SessionKind
from calmfloor.core.stats import (
    Bucket,
    PracticeSeries,
)
from calmfloor.ui.history.chart_base import (
    BAR_WIDTH,
    HEADROOM,
    KIND_COLOURS,
    MAX_TICK_LABELS,
    MIN_TOP_MINUTES,
    ChartBase,
    NumberAxis,
    calm_plot,
    legend_swatch,
    locale_digits,
)
from calmfloor.ui.history.symptom_chart import SymptomChart
from calmfloor.ui.history.text import day_text, practice_text
from calmfloor.ui.kit.theme import kind_colour, paint_for
from calmfloor.ui.kit.widgets import FlowLayout, kind_text

__all__ = ["KIND_COLOURS", "PracticeChart", "SymptomChart"]


class PracticeChart(ChartBase):
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
        self._tick_texts: list[str] = []

        self._title = QLabel()
        self._title.setWordWrap(True)  # large text: the title wraps, the page stays narrow
        self.plot = pg.PlotWidget(axisItems={"left": NumberAxis("left")})
        self.plot.setObjectName("history-practice-plot")
        calm_plot(self.plot)
        self.plot.setAccessibleName(self.tr("Practice chart"))
        self.plot.scene().sigMouseMoved.connect(self._on_mouse_moved)

        legend = FlowLayout()  # wraps rather than widen the window (German, 200 %)
        self._swatches: dict[SessionKind, QLabel] = {}
        for kind in SessionKind:
            box, self._swatches[kind] = legend_swatch(kind_text(kind))
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
        locale = self._locale
        ticks = [
            (float(i), locale_digits(day_text(series.starts[i], locale, weekly), locale))
            for i in range(0, count, step)
        ]
        self.plot.getPlotItem().getAxis("bottom").setTicks([ticks, []])
        self._tick_texts = [text for _, text in ticks]

    def tick_texts(self) -> list[str]:
        """The date labels along the bottom, as drawn."""
        return list(self._tick_texts)

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
