"""Numbers in the reader's digits (Persian ۳, German 5,5) and the German translator's findings."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtWidgets import QApplication, QPushButton
from session_pages import find, label, rating_row

from calmfloor.core.breathing import SessionState
from calmfloor.core.clock import ManualClock
from calmfloor.core.reminders import Reminder, ReminderKind
from calmfloor.core.session import Outcome, Ratings, SessionKind, SessionRecord
from calmfloor.core.stats import Measure
from calmfloor.storage.errors import StorageWriteError, WriteFailure
from calmfloor.storage.history_db import HistoryStore
from calmfloor.ui.history.text import day_text, month_day_format, spoken_length
from calmfloor.ui.history.view import Column, HistoryView
from calmfloor.ui.kit.i18n import apply_language
from calmfloor.ui.kit.messages import write_failure_text
from calmfloor.ui.reminders.controller import reminder_text
from calmfloor.ui.shell.main_window import MainWindow

WindowFactory = Callable[..., MainWindow]
LATIN_DIGIT = re.compile(r"[0-9]")
PERSIAN_DIGIT = re.compile(r"[\u06f0-\u06f9]")
PLUS_1 = timezone(timedelta(hours=1))
TODAY = date(2024, 3, 5)


@pytest.fixture(autouse=True)
def back_to_english(qapp: QApplication) -> Iterator[None]:
    """Every test ends in English, left to right, with the locale it started with."""
    locale = QLocale()
    yield
    apply_language(qapp, "en")
    QLocale.setDefault(locale)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def persian_only(text: str) -> str:
    """``text``, checked to have numbers and every one in Persian digits."""
    assert not LATIN_DIGIT.search(text), f"Latin digits in {text!r}"
    assert PERSIAN_DIGIT.search(text), f"no number at all in {text!r}"
    return text


def tick(window: MainWindow, clock: ManualClock, seconds: float) -> None:
    for _ in range(round(seconds * 60)):
        clock.advance(1 / 60)
        window.controller.tick()


@pytest.fixture
def history(tmp_path: Path) -> Iterator[HistoryStore]:
    started = datetime(2024, 3, 1, 9, 0, tzinfo=PLUS_1)
    rated = Ratings(tension_before=6, pain_before=4, tension_after=3, pain_after=2)
    with HistoryStore.open(tmp_path / "history.sqlite3") as store:
        for day, ratings in ((0, rated), (2, Ratings(tension_before=5))):
            store.add(
                SessionRecord(
                    kind=SessionKind.BREATHING,
                    started=started + timedelta(days=day),
                    planned_s=600.0,
                    name="Resonance",
                    ended=started + timedelta(days=day, seconds=1250),
                    actual_s=1250.0,
                    outcome=Outcome.COMPLETED,
                    breaths=113,
                    ratings=ratings,
                )
            )
        yield store


def history_view(qtbot, store: HistoryStore) -> HistoryView:
    wall = datetime(TODAY.year, TODAY.month, TODAY.day, 20, 0, tzinfo=PLUS_1)
    view = HistoryView(store, clock=ManualClock(wall_start=wall))
    qtbot.addWidget(view)
    return view


# ----- Persian: every number in Persian digits -----------------------------------------------


def test_a_persian_breathing_session_counts_in_persian_digits(
    qapp: QApplication, make_window: WindowFactory, clock: ManualClock
) -> None:
    apply_language(qapp, "fa")
    window = make_window(length_mode="breaths", session_breaths=27)
    view = window.breathing
    view.select_pattern("Resonance")  # 5.5 s in, 5.5 s out
    persian_only(label(view, "pattern-timing").text())
    persian_only(
        find(view, "pattern-choice").currentText().split("(")[-1]
    )  # the timings after the name
    view.start()
    tick(window, clock, 23.0)  # into the third breath (11 s each)
    assert window.controller.state is SessionState.RUNNING
    progress = persian_only(label(view, "session-progress").text())
    assert "۳" in progress and "۲۷" in progress  # breath 3 of 27
    persian_only(label(view, "phase-countdown").text())
    persian_only(
        label(view, "session-progress").accessibleDescription()
    )  # "About %n minute(s) left"
    view.stop()
    persian_only(label(view, "done-summary").text())  # "%n breath(s) in %1"


def test_a_persian_rating_row_shows_zero_to_ten_in_persian_digits(
    qapp: QApplication, make_window: WindowFactory
) -> None:
    apply_language(qapp, "fa")
    row = rating_row(make_window().breathing, "before", "tension")
    texts = [button.text() for button in row.findChildren(QPushButton)]
    assert texts == [QLocale().toString(n) for n in range(11)]
    assert texts[10] == "۱۰"
    for button in row.findChildren(QPushButton):
        persian_only(button.text())
        persian_only(button.accessibleName())
    row.set_value(7)
    persian_only(row.accessibleDescription())


def test_the_persian_history_summary_table_and_charts_use_persian_digits(
    qapp: QApplication, qtbot, history: HistoryStore
) -> None:
    apply_language(qapp, "fa")
    view = history_view(qtbot, history)
    summary = persian_only(view.summary_text)
    assert "۲" in summary  # practised on 2 days
    model = view.table.model()
    for row in range(model.rowCount()):
        for column in (Column.DATE, Column.LENGTH, Column.DONE, Column.TENSION):
            persian_only(model.index(row, column).data())
        for column in Column:
            spoken = model.index(row, column).data(Qt.ItemDataRole.AccessibleTextRole)
            assert not LATIN_DIGIT.search(spoken), spoken
    spoken = model.index(0, Column.LENGTH).data(Qt.ItemDataRole.AccessibleTextRole)
    assert persian_only(spoken).startswith("۲۰")  # 20 minutes 50 seconds
    chart = view.symptom_chart
    persian_only(label(chart, "history-change-title").text())  # "... over the last ۷ sessions"
    persian_only(chart.point_text(0))
    persian_only(chart.ratings_plot.accessibleDescription())
    axis = chart.ratings_plot.getPlotItem().getAxis("left")
    assert axis.tickStrings([0.0, 2.0, 10.0], 1.0, 2.0) == ["۰", "۲", "۱۰"]
    minus = QLocale().negativeSign()
    assert axis.tickStrings([-1.0, 0.5], 1.0, 0.5) == [f"{minus}۱٫۰", "۰٫۵"]


# ----- German: decimals, dates, capitals ------------------------------------------------------


def test_german_writes_a_half_second_with_a_comma(
    qapp: QApplication, make_window: WindowFactory
) -> None:
    apply_language(qapp, "de")
    view = make_window().breathing
    view.select_pattern("Resonance")
    assert (
        "5,5" in label(view, "pattern-timing").text()
        and "5.5" not in label(view, "pattern-timing").text()
    )
    assert find(view, "pattern-choice").currentText().endswith("(5,5-0-5,5-0)")
    apply_language(qapp, "en")
    assert "In 5.5 s" in label(make_window().breathing, "pattern-timing").text()


def test_lengths_in_words_have_their_german_plurals(qapp: QApplication) -> None:
    apply_language(qapp, "de")  # lupdate missed these plurals once: "20 Minute"
    assert spoken_length(20 * 60 + 50) == "20 Minuten 50 Sekunden"
    assert spoken_length(61) == "1 Minute 1 Sekunde"


def test_a_day_without_its_year_keeps_the_german_dot() -> None:
    day = date(2026, 10, 26)
    assert day_text(day, QLocale("de_DE"), with_year=False) == "26.10."
    assert day_text(day, QLocale("en_GB"), with_year=False) == "26/10"
    assert day_text(day, QLocale("ru_RU"), with_year=False) == "26.10"  # no ordinal dot
    assert month_day_format(QLocale("fa_IR")) == "M/d"


def test_german_routine_names_and_ratings_keep_their_capitals(qapp: QApplication, qtbot) -> None:
    due = datetime(2026, 10, 26, 18, 0, tzinfo=PLUS_1)
    stretch = Reminder(ReminderKind.ONE_OFF, due, "piriformis-stretch", "Piriformis stretch")
    assert reminder_text(stretch) == "Time for your piriformis stretch again."
    apply_language(qapp, "de")
    german = Reminder(ReminderKind.ONE_OFF, due, "piriformis-stretch", "Piriformis-Dehnung")
    assert "Piriformis-Dehnung" in reminder_text(german)
    from calmfloor.ui.history.charts import SymptomChart

    chart = SymptomChart()
    qtbot.addWidget(chart)
    chart.set_points([], TODAY - timedelta(days=30), TODAY)
    chart.set_measure(Measure.PAIN)
    texts = [label(chart, "history-change-title").text(), chart.empty_text]
    switch = [find(chart, f"history-measure-{m.value}", QPushButton) for m in Measure]
    texts += [button.accessibleName() for button in switch]
    for text in texts:
        assert "anspannung" not in text and "schmerz " not in text, text
    assert any("Schmerz" in text for text in texts)


# ----- English wording -------------------------------------------------------------------------


def test_an_unexpected_failure_is_a_whole_sentence() -> None:
    error = StorageWriteError(Path("/x/settings.json"), WriteFailure.OTHER)
    assert write_failure_text("your settings", error) == (
        "Could not save your settings because something unexpected went wrong. "
        "Nothing saved earlier was lost."
    )


def test_the_heat_step_names_the_button_as_it_is_labelled(make_window: WindowFactory) -> None:
    window = make_window()
    window.relax.heat_requested.emit(10 * 60)  # a routine's heat step
    start = find(window.heat, "heat-start", QPushButton).text()
    assert any(f"“{start}”" in text for text in window.messages.messages())
