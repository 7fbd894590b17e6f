"""The History charts and the calendar heat map: data drawn, hover text, themes, stillness."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QToolTip

from calmfloor.core.session import SessionKind
from calmfloor.core.stats import (
    Bucket,
    DayKindTotal,
    Measure,
    RatingPoint,
    calendar_weeks,
    practice_series,
)
from calmfloor.ui.history.calendar import CalendarHeatMap, level_for
from calmfloor.ui.history.charts import KIND_COLOURS, PracticeChart, SymptomChart
from calmfloor.ui.kit.theme import palette

PLUS_1 = timezone(timedelta(hours=1))
START = date(2026, 3, 2)  # a Monday
END = date(2026, 3, 8)
TOTALS = [
    DayKindTotal(date(2026, 3, 2), SessionKind.BREATHING, 600.0, 2),
    DayKindTotal(date(2026, 3, 2), SessionKind.HEAT, 1200.0, 1),
    DayKindTotal(date(2026, 3, 4), SessionKind.RELAX, 900.0, 1),
    DayKindTotal(date(2026, 3, 8), SessionKind.BREATHING, 300.0, 1),
]


def point(day: int, tension: tuple[int | None, int | None], pain=(None, None)) -> RatingPoint:
    return RatingPoint(
        session_id=day,
        started=datetime(2026, 3, day, 9, 30, tzinfo=PLUS_1),
        kind=SessionKind.BREATHING,
        name="Resonance",
        tension_before=tension[0],
        tension_after=tension[1],
        pain_before=pain[0],
        pain_after=pain[1],
    )


@pytest.fixture
def practice(qtbot) -> PracticeChart:
    chart = PracticeChart()
    qtbot.addWidget(chart)
    chart.resize(800, 400)
    chart.set_series(practice_series(TOTALS, START, END, Bucket.DAY))
    return chart


def test_one_bar_item_per_kind_with_the_totals(practice: PracticeChart) -> None:
    assert set(practice.bars) == {SessionKind.BREATHING, SessionKind.RELAX, SessionKind.HEAT}
    assert practice.total_minutes() == pytest.approx(50.0)
    heat = practice.bars[SessionKind.HEAT].opts
    assert list(heat["height"]) == [20.0]
    assert list(heat["y0"]) == [10.0]  # stacked on the breathing minutes of the same day
    assert practice.bars[SessionKind.HEAT].opts["brush"].name() == KIND_COLOURS[SessionKind.HEAT]


def test_hovering_a_bar_shows_its_exact_values(
    practice: PracticeChart, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        QToolTip, "showText", staticmethod(lambda pos, text, *a: shown.append(text))
    )
    practice.show()
    view = practice.plot.getPlotItem().getViewBox()
    practice.plot.scene().sigMouseMoved.emit(view.mapViewToScene(QPointF(0, 5)))
    assert shown, "no tooltip"
    lines = shown[-1].replace("(s)", "s").splitlines()
    assert lines[1] == "3 sessions"
    assert "Breathing: 10 min" in lines and "Heat pack: 20 min" in lines
    assert practice.bar_text(1).endswith("No practice")


def test_the_chart_has_a_spoken_summary(practice: PracticeChart) -> None:
    description = practice.plot.accessibleDescription()
    assert "In all: 50 min." in description
    assert "The most in one day: 30 min" in description
    assert practice.plot.accessibleName() == "Practice chart"


def test_weekly_bars_and_date_labels(qtbot) -> None:
    chart = PracticeChart()
    qtbot.addWidget(chart)
    chart.set_series(practice_series(TOTALS, START, END, Bucket.WEEK))
    assert chart.total_minutes() == pytest.approx(50.0)
    assert len(chart.series.starts) == 1
    assert chart.bar_text(0).startswith("Week of")


def test_the_chart_holds_still_and_follows_the_theme(practice: PracticeChart) -> None:
    item = practice.plot.getPlotItem()
    assert item.getViewBox().state["mouseEnabled"] == [False, False]
    assert not item.getViewBox().menuEnabled()
    practice.setPalette(palette(dark=True))
    dark_base = palette(dark=True).color(QPalette.ColorRole.Base)
    assert practice.plot.backgroundBrush().color() == dark_base
    axis = item.getAxis("left")
    assert axis.textPen().color() == palette(dark=True).color(QPalette.ColorRole.Text)
    practice.setPalette(palette(dark=False))
    assert practice.plot.backgroundBrush().color() == palette(dark=False).color(
        QPalette.ColorRole.Base
    )


def test_symptoms_before_after_change_and_rolling_mean(qtbot) -> None:
    chart = SymptomChart()
    qtbot.addWidget(chart)
    points = [point(2, (6, 3)), point(3, (5, None), (4, 2)), point(4, (7, 7)), point(6, (4, 5))]
    chart.set_points(points, START, END)
    assert chart.before.tolist() == [6, 7, 4]
    assert chart.after.tolist() == [3, 7, 5]
    assert chart.change.tolist() == [-3, 0, 1]
    assert chart.rolling.tolist() == pytest.approx([-3, -1.5, -2 / 3])
    assert chart.point_text(0).splitlines()[1] == "Tension: 6 before, 3 after (dropped by 3)"
    assert chart.band.getRegion()[1] == -2
    band_label = chart.findChild(QLabel, "history-band-label")
    assert band_label.text().startswith("Shaded: a drop of 2 points or more")
    assert "Dropped by a change that matters: 1." in chart.ratings_plot.accessibleDescription()
    chart.set_measure(Measure.PAIN)
    assert chart.before.tolist() == [4] and chart.after.tolist() == [2]
    chart.set_points([point(2, (6, 3))], START, END)
    assert chart.empty_text.startswith("No session in this time was rated for pain")


def test_hovering_a_rating_shows_it(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        QToolTip, "showText", staticmethod(lambda pos, text, *a: shown.append(text))
    )
    chart = SymptomChart()
    qtbot.addWidget(chart)
    chart.resize(800, 600)
    chart.show()
    chart.set_points([point(2, (6, 3)), point(5, (5, 4))], START, END)
    view = chart.ratings_plot.getPlotItem().getViewBox()
    x = float(chart.day_x[1])
    chart.ratings_plot.scene().sigMouseMoved.emit(view.mapViewToScene(QPointF(x, 4)))
    assert shown and shown[-1].endswith("Tension: 5 before, 4 after (dropped by 1)")


@pytest.mark.parametrize(
    ("minutes", "level"), [(0, 0), (0.5, 0), (1, 1), (15, 2), (20, 3), (90, 4)]
)
def test_heat_levels(minutes: float, level: int) -> None:
    assert level_for(minutes) == level


def test_heat_map_cells_dates_and_week_start(qtbot) -> None:
    heat = CalendarHeatMap()
    qtbot.addWidget(heat)
    heat.resize(700, 260)
    weeks = calendar_weeks(END, 26, 6)  # weeks start on Sunday
    heat.set_days(weeks, {date(2026, 3, 2): 30.0, date(2026, 3, 4): 15.0}, today=date(2026, 3, 5))
    assert len(heat.weeks) == 26 and heat.weeks[-1][0] == date(2026, 3, 8)
    assert all(week[0].weekday() == 6 for week in heat.weeks)
    spot = heat.day_position(date(2026, 3, 2))
    assert spot is not None and heat.day_at(spot) == date(2026, 3, 2)
    assert heat.day_text(date(2026, 3, 2)).endswith(": 30 min")
    assert heat.day_text(date(2026, 3, 3)).endswith(": no practice")
    assert heat.accessibleDescription().startswith("Practised on 2 of the last")
    heat.grab()  # paints without error in the light theme...
    heat.setPalette(palette(dark=True))
    heat.grab()  # ...and in the dark one


def test_date_ticks_use_the_locales_digits(qapp, qtbot) -> None:
    from PySide6.QtCore import QLocale

    from calmfloor.ui.history.chart_base import locale_digits
    from calmfloor.ui.kit.i18n import apply_language

    persian = QLocale(QLocale.Language.Persian, QLocale.Country.Iran)
    # whatever a date format gives back, the labels pyqtgraph draws are in the locale's digits
    assert locale_digits("3/5/2026", persian) == "۳/۵/۲۰۲۶"
    before = QLocale()
    apply_language(qapp, "fa")
    try:
        practice = PracticeChart()
        qtbot.addWidget(practice)
        practice.set_series(practice_series(TOTALS, START, END, Bucket.DAY))
        symptoms = SymptomChart()
        qtbot.addWidget(symptoms)
        symptoms.resize(800, 600)
        symptoms.show()
        symptoms.set_points([point(2, (6, 3)), point(5, (5, 4))], START, END)
        texts = practice.tick_texts() + symptoms.tick_texts()
        assert practice.tick_texts() and symptoms.tick_texts()
        for text in texts:
            assert not any("0" <= c <= "9" for c in text), text
            assert any("۰" <= c <= "۹" for c in text), text
    finally:
        apply_language(qapp, "en")
        QLocale.setDefault(before)
