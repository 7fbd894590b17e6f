"""A calendar heat map of practice: one square per day, darker for more minutes (QPainter)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from calmfloor.ui.history.text import practice_text
from calmfloor.ui.kit.theme import paint_for

LEVEL_MINUTES = (1.0, 10.0, 20.0, 40.0)  # a day reaches level n+1 from this many minutes on
TODAY_PEN_PX = 2  # today's square is ringed in the text colour
CELL_GAP_PX = 3
MIN_CELL_PX = 10
MAX_CELL_PX = 26
DAYS_PER_WEEK = 7


def level_for(minutes: float) -> int:
    """The shade of a day: 0 (no practice) to 4 (40 minutes or more)."""
    return sum(1 for threshold in LEVEL_MINUTES if minutes >= threshold)


class CalendarHeatMap(QWidget):
    """Weeks as columns (oldest first) and weekdays as rows, shaded by minutes practised.

    Rows start on the locale's first day of the week (the caller builds the grid with
    ``stats.calendar_weeks``). Hovering a square shows its date and minutes. Colours come
    from the palette's theme (``theme.Paint.heat_levels``): level 1 already stands 3:1
    apart from a day without practice and from the page, so any practice shows; more
    minutes go a step further from the page (darker in light themes, lighter in dark ones).

    Args:
        parent: the Qt parent.

    Signals:
        None.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history-heat-map")
        self.setAccessibleName(self.tr("Practice calendar"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._weeks: list[list[date]] = []
        self._minutes: dict[date, float] = {}
        self._flares: dict[date, int] = {}  # the worst flare of each day, 0-10
        self._today = date.today()
        self._locale = QLocale()

    def set_days(
        self, weeks: Sequence[Sequence[date]], minutes: Mapping[date, float], today: date
    ) -> None:
        """Show the grid ``weeks`` (columns of 7 days) with ``minutes`` per day."""
        self._weeks = [list(week) for week in weeks]
        self._minutes = dict(minutes)
        self._today = today
        self._locale = QLocale()
        self.setAccessibleDescription(self.description())
        self.updateGeometry()
        self.update()

    def set_flares(self, flares: Mapping[date, int]) -> None:
        """Mark the days with a flare (the worst one's 0-10 rating for each day)."""
        self._flares = dict(flares)
        self.setAccessibleDescription(self.description())
        self.update()

    def flare_on(self, day: date) -> int | None:
        """How bad the worst flare of ``day`` was, or None."""
        return self._flares.get(day)

    @property
    def weeks(self) -> list[list[date]]:
        """The grid shown, oldest week first."""
        return self._weeks

    def minutes_on(self, day: date) -> float:
        """Minutes practised on ``day`` (0 when none or outside the grid)."""
        return self._minutes.get(day, 0.0)

    def day_text(self, day: date) -> str:
        """The tooltip of ``day``: its date and the minutes practised."""
        when = self._locale.toString(
            QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat
        )
        minutes = self.minutes_on(day)
        if day > self._today:
            return when
        amount = practice_text(minutes * 60) if minutes > 0 else self.tr("no practice")
        flare = self.flare_on(day)
        if flare is not None:
            amount += "; " + self.tr("a flare (%1 of 10)").replace(
                "%1", self._locale.toString(flare)
            )
        return f"{when}: {amount}"

    def description(self) -> str:
        """A text summary for screen readers."""
        days = [d for week in self._weeks for d in week if d <= self._today]
        if not days:
            return ""
        practised = [d for d in days if self.minutes_on(d) > 0]
        text = self.tr("Practised on %1 of the last %n day(s).", "", len(days)).replace(
            "%1", self._locale.toString(len(practised))
        )
        flared = [d for d in days if d in self._flares]
        if flared:
            text += " " + self.tr("Flares on %n day(s), marked with a ring.", "", len(flared))
        if practised:
            best = max(practised, key=self.minutes_on)
            text += " " + self.tr("The most in one day: %1, on %2.").replace(
                "%1", practice_text(self.minutes_on(best) * 60)
            ).replace(
                "%2",
                self._locale.toString(
                    QDate(best.year, best.month, best.day), QLocale.FormatType.LongFormat
                ),
            )
        return text

    # geometry

    def _label_width(self) -> int:
        metrics = self.fontMetrics()
        return (
            max(
                (metrics.horizontalAdvance(self._weekday(week_day)) for week_day in range(1, 8)),
                default=0,
            )
            + CELL_GAP_PX * 2
        )

    def _weekday(self, qt_day: int) -> str:
        return self._locale.dayName(qt_day, QLocale.FormatType.ShortFormat)

    def _cell(self) -> int:
        columns = max(len(self._weeks), 1)
        width = (self.width() - self._label_width()) // columns - CELL_GAP_PX
        height = (self.height() - self.fontMetrics().height() - CELL_GAP_PX) // DAYS_PER_WEEK
        return max(min(width, height - CELL_GAP_PX, MAX_CELL_PX), MIN_CELL_PX)

    def sizeHint(self) -> QSize:
        columns = max(len(self._weeks), 1)
        cell = (MIN_CELL_PX + MAX_CELL_PX) // 2
        return QSize(
            self._label_width() + columns * (cell + CELL_GAP_PX),
            self.fontMetrics().height() + CELL_GAP_PX + DAYS_PER_WEEK * (cell + CELL_GAP_PX),
        )

    def minimumSizeHint(self) -> QSize:
        columns = max(len(self._weeks), 1)
        return QSize(
            self._label_width() + columns * (MIN_CELL_PX + CELL_GAP_PX),
            self.fontMetrics().height() + CELL_GAP_PX + DAYS_PER_WEEK * (MIN_CELL_PX + CELL_GAP_PX),
        )

    def _origin_x(self) -> int:
        """Where the grid with its labels starts: flush with the reading side's edge."""
        if not self.isRightToLeft():
            return 0
        used = self._label_width() + max(len(self._weeks), 1) * (self._cell() + CELL_GAP_PX)
        return max(self.width() - used, 0)

    def _cell_rect(self, column: int, row: int) -> QRectF:
        cell = self._cell()
        left = self._origin_x() + self._label_width() + column * (cell + CELL_GAP_PX)
        top = self.fontMetrics().height() + CELL_GAP_PX + row * (cell + CELL_GAP_PX)
        return QRectF(left, top, cell, cell)

    def day_at(self, pos: QPoint) -> date | None:
        """The day whose square is under ``pos`` (widget coordinates), or None."""
        for column, week in enumerate(self._weeks):
            for row, day in enumerate(week):
                if self._cell_rect(column, row).contains(pos.toPointF()):
                    return day
        return None

    def day_position(self, day: date) -> QPoint | None:
        """The centre of ``day``'s square, or None when it is not shown (for tests)."""
        for column, week in enumerate(self._weeks):
            if day in week:
                return self._cell_rect(column, week.index(day)).center().toPoint()
        return None

    # painting and tooltips

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        paint = paint_for(pal)
        levels = [QColor(paint.heat_empty), *(QColor(c) for c in paint.heat_levels)]
        edge = QColor(paint.heat_edge)
        today = QPen(QColor(paint.heat_today), TODAY_PEN_PX)
        text = pal.color(QPalette.ColorRole.WindowText)
        painter.setPen(text)
        if self._weeks:
            # weekday names at the left, on alternate rows to stay uncluttered; time runs
            # left to right in every language, so alignments are absolute (not mirrored)
            for row, day in enumerate(self._weeks[0]):
                if row % 2 == 0:
                    rect = self._cell_rect(0, row)
                    painter.drawText(
                        QRectF(
                            self._origin_x(),
                            rect.top(),
                            self._label_width() - CELL_GAP_PX,
                            rect.height(),
                        ),
                        int(
                            Qt.AlignmentFlag.AlignRight
                            | Qt.AlignmentFlag.AlignVCenter
                            | Qt.AlignmentFlag.AlignAbsolute
                        ),
                        self._weekday(day.isoweekday()),
                    )
            # a month name over the first week that starts in it
            last_month = None
            free_from = 0.0  # a label never overlaps the one before it (a short first month)
            for column, week in enumerate(self._weeks):
                month = week[0].month
                rect = self._cell_rect(column, 0)
                name = self._locale.standaloneMonthName(month, QLocale.FormatType.ShortFormat)
                width = self.fontMetrics().horizontalAdvance(name)
                if (
                    month != last_month
                    and column < len(self._weeks) - 1
                    and rect.left() >= free_from
                ):
                    painter.drawText(
                        QRectF(
                            rect.left(),
                            0,
                            max(width, rect.width() * 4),
                            self.fontMetrics().height(),
                        ),
                        int(
                            Qt.AlignmentFlag.AlignLeft
                            | Qt.AlignmentFlag.AlignVCenter
                            | Qt.AlignmentFlag.AlignAbsolute
                        ),
                        name,
                    )
                    free_from = rect.left() + width + self.fontMetrics().averageCharWidth()
                last_month = month
        for column, week in enumerate(self._weeks):
            for row, day in enumerate(week):
                if day > self._today:
                    continue
                level = level_for(self.minutes_on(day))
                rect = self._cell_rect(column, row)
                painter.setBrush(levels[level])
                if day == self._today:
                    painter.setPen(today)
                    rect = rect.adjusted(1, 1, -1, -1)  # the thicker pen stays in the square
                else:
                    painter.setPen(edge)
                painter.drawRoundedRect(rect, 2, 2)
                if day in self._flares:  # a ring in the text colour: seen on every level
                    ring = rect.adjusted(*(rect.width() * f for f in (0.28, 0.28, -0.28, -0.28)))
                    painter.setBrush(levels[0])
                    painter.setPen(QPen(text, max(1.5, rect.width() * 0.08)))
                    painter.drawEllipse(ring)
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            day = self.day_at(event.pos())
            if day is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.day_text(day), self)
            return True
        return super().event(event)
