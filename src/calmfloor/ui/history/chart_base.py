"""What the History charts share: colours, calm plots, axes in the locale's digits, hover tips."""

from __future__ import annotations

from datetime import date, datetime

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QColor, QCursor, QFont, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QToolTip,
    QWidget,
)

from calmfloor.core.session import SessionKind
from calmfloor.ui.history.text import day_text
from calmfloor.ui.kit.theme import LIGHT, THEMES, paint_for

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


def legend_swatch(text: str) -> tuple[QWidget, QLabel]:
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


def calm_plot(plot: pg.PlotWidget) -> None:
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


def apply_palette(plot: pg.PlotWidget, palette: QPalette, font: QFont) -> None:
    """Chart background, axes and tick labels from the widget palette and font."""
    plot.setBackground(palette.color(QPalette.ColorRole.Base))
    text = palette.color(QPalette.ColorRole.Text)
    line = QColor(paint_for(palette).chart_axis)
    for name in ("left", "bottom"):
        axis = plot.getPlotItem().getAxis(name)
        axis.setPen(pg.mkPen(line))
        axis.setTextPen(pg.mkPen(text))
        axis.setStyle(tickFont=QFont(font))


class NumberAxis(pg.AxisItem):  # type: ignore[misc]
    """A value axis labelled in the locale's digits and decimal sign (Persian ۱۰, German 2,5)."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        locale = QLocale()
        zero = ord(locale.zeroDigit())
        signs = {".": locale.decimalPoint(), "-": locale.negativeSign()}
        return [
            "".join(chr(zero + int(c)) if c.isdigit() else signs.get(c, c) for c in text)
            for text in super().tickStrings(values, scale, spacing)
        ]


class DayAxis(pg.AxisItem):  # type: ignore[misc]
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
            texts.append(locale_digits(day_text(day, self.locale, self.with_year), self.locale))
        return texts


class ChartBase(QWidget):
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
            apply_palette(plot, self.palette(), self.font())

    def _show_tip(self, plot: pg.PlotWidget, text: str) -> None:
        if text:
            QToolTip.showText(QCursor.pos(), text, plot)
        else:
            QToolTip.hideText()


def day_number(moment: datetime) -> float:
    """``moment`` as a fractional day number in its own local time (``date.toordinal`` days)."""
    seconds = moment.hour * 3600 + moment.minute * 60 + moment.second
    return moment.date().toordinal() + seconds / 86400


def locale_digits(text: str, locale: QLocale) -> str:
    """``text`` with any digits 0-9 written in ``locale``'s digits (Persian ۱۴۰۳/۱/۵).

    pyqtgraph draws the strings it is given; a date format can still come back with Latin
    digits, so every tick label passes through here (``QLocale.toString`` per digit).
    """
    return "".join(locale.toString(int(c)) if "0" <= c <= "9" else c for c in text)
