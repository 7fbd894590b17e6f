"""HistoryView over a real history database: summary, charts, table, delete, export, states."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, QTimeZone
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QWidget

from calmfloor.core.clock import ManualClock
from calmfloor.core.session import Outcome, Ratings, SessionKind, SessionRecord
from calmfloor.core.settings import defaults
from calmfloor.core.stats import Range
from calmfloor.storage.export_csv import read_csv
from calmfloor.storage.history_db import HistoryStore
from calmfloor.ui.history.text import clock_text, practice_text, spoken_length
from calmfloor.ui.history.view import Column, HistoryView, Tab
from calmfloor.ui.kit.models import SettingsModel

PLUS_1 = timezone(timedelta(hours=1))
PLUS_2 = timezone(timedelta(hours=2))
TODAY = date(2024, 3, 5)


def clock_on(day: date = TODAY) -> ManualClock:
    """A clock whose wall time is the evening of ``day`` (UTC+1, as in the sessions)."""
    return ManualClock(wall_start=datetime(day.year, day.month, day.day, 20, 0, tzinfo=PLUS_1))


def plural(text: str) -> str:
    """English plural forms with or without the shipped translation ("day(s)" -> "days")."""
    return text.replace("(s)", "s")


def record(
    started: datetime,
    name: str,
    actual_s: float,
    outcome: Outcome,
    breaths: int,
    ratings: Ratings | None = None,
    planned_s: float = 300.0,
) -> SessionRecord:
    return SessionRecord(
        kind=SessionKind.BREATHING,
        started=started,
        planned_s=planned_s,
        name=name,
        ended=started + timedelta(seconds=actual_s),
        actual_s=actual_s,
        outcome=outcome,
        breaths=breaths,
        ratings=ratings or Ratings(),
    )


SESSIONS = (
    record(
        datetime(2024, 3, 1, 9, 0, tzinfo=PLUS_1),
        "Resonance",
        300.0,
        Outcome.COMPLETED,
        27,
        Ratings(tension_before=6, pain_before=4, tension_after=3, pain_after=2),
    ),
    record(
        datetime(2024, 3, 2, 20, 30, tzinfo=PLUS_1),
        "Calm",
        95.0,
        Outcome.STOPPED,
        8,
        planned_s=600.0,
    ),
    record(
        datetime(2024, 3, 3, 7, 15, tzinfo=PLUS_2),
        "My slow one",
        1250.0,
        Outcome.INTERRUPTED,
        100,
        Ratings(tension_before=5),
    ),
)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    with HistoryStore.open(tmp_path / "history.sqlite3") as opened:
        for session in SESSIONS:
            opened.add(session)
        yield opened


@pytest.fixture
def view(qtbot, store: HistoryStore) -> HistoryView:
    widget = HistoryView(store, clock=clock_on())
    qtbot.addWidget(widget)
    return widget


def cell(view: HistoryView, row: int, column: Column) -> str:
    model = view.table.model()
    return model.data(model.index(row, column))


def column_texts(view: HistoryView, column: Column) -> list[str]:
    return [cell(view, row, column) for row in range(view.table.model().rowCount())]


def test_rows_show_each_session_newest_first(view: HistoryView) -> None:
    assert view.table.model().rowCount() == 3
    assert column_texts(view, Column.PATTERN) == ["My slow one", "Calm", "Resonance"]
    assert column_texts(view, Column.KIND) == ["Breathing"] * 3
    assert column_texts(view, Column.LENGTH) == ["20:50", "1:35", "5:00"]
    assert column_texts(view, Column.RESULT) == ["Interrupted", "Stopped early", "Completed"]
    assert column_texts(view, Column.DONE) == ["100 breaths", "8 breaths", "27 breaths"]
    assert column_texts(view, Column.TENSION) == ["5 → —", "—", "6 → 3"]
    assert column_texts(view, Column.PAIN) == ["—", "—", "4 → 2"]
    assert view.message_text == ""


def test_dates_are_in_the_sessions_own_local_time(view: HistoryView) -> None:
    expected = QLocale().toString(
        QDateTime(QDate(2024, 3, 3), QTime(7, 15), QTimeZone.fromSecondsAheadOfUtc(7200)),
        QLocale.FormatType.ShortFormat,
    )
    shown = cell(view, 0, Column.DATE)
    assert shown == expected
    assert "7:15" in shown  # not converted to UTC (5:15) or to this machine's zone


def test_length_tooltip_gives_the_planned_length(view: HistoryView) -> None:
    model = view.table.model()
    tip = model.data(model.index(1, Column.LENGTH), Qt.ItemDataRole.ToolTipRole)
    assert tip == "Planned: 10:00"


def test_ratings_have_a_spoken_form(view: HistoryView) -> None:
    model = view.table.model()
    spoken = model.data(model.index(2, Column.PAIN), Qt.ItemDataRole.AccessibleTextRole)
    assert spoken == "4 before, 2 after"


def test_summary_counts_days_practice_and_rating_change(view: HistoryView) -> None:
    # 300 + 95 + 1250 s = 27 min 25 s on three days; one session rated both ways (6 -> 3)
    assert plural(view.summary_text) == (
        "Over the last 30 days you practised on 3 days, 27 min in all. "
        "Tension dropped on average 3.0 points per session (1 rated session). "
        "Pain dropped on average 2.0 points per session (1 rated session)."
    )


def test_an_in_progress_session_says_so(qtbot, store: HistoryStore) -> None:
    store.begin(record(datetime(2024, 3, 4, 8, 0, tzinfo=PLUS_1), "Box", 0.0, Outcome.RUNNING, 0))
    view = HistoryView(store, clock=clock_on())
    qtbot.addWidget(view)
    assert cell(view, 0, Column.RESULT) == "In progress"


def test_length_sorts_by_value_not_text(view: HistoryView) -> None:
    view.table.sortByColumn(Column.LENGTH, Qt.SortOrder.AscendingOrder)
    assert column_texts(view, Column.LENGTH) == ["1:35", "5:00", "20:50"]  # text: 1, 20, 5
    view.table.sortByColumn(Column.LENGTH, Qt.SortOrder.DescendingOrder)
    assert column_texts(view, Column.LENGTH) == ["20:50", "5:00", "1:35"]


def test_breaths_and_dates_sort_by_value(view: HistoryView) -> None:
    view.table.sortByColumn(Column.DONE, Qt.SortOrder.AscendingOrder)
    assert column_texts(view, Column.DONE) == ["8 breaths", "27 breaths", "100 breaths"]
    view.table.sortByColumn(Column.DATE, Qt.SortOrder.AscendingOrder)
    assert column_texts(view, Column.PATTERN) == ["Resonance", "Calm", "My slow one"]


def test_delete_asks_then_removes_the_session(
    view: HistoryView, store: HistoryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def yes(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(yes))
    assert not view.delete_button.isEnabled()  # nothing selected yet
    view.table.selectRow(1)  # "Calm"
    assert view.delete_button.isEnabled()
    view.delete_button.click()
    assert len(asked) == 1 and "Calm" in asked[0]
    assert [s.name for s in store.sessions()] == ["My slow one", "Resonance"]
    assert column_texts(view, Column.PATTERN) == ["My slow one", "Resonance"]
    assert "on 2 day" in view.summary_text


def test_the_delete_key_asks_too(
    qtbot, view: HistoryView, store: HistoryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a: QMessageBox.StandardButton.Yes)
    )
    view.table.selectRow(0)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert [s.name for s in store.sessions()] == ["Calm", "Resonance"]


def test_saying_no_keeps_the_session(
    qtbot, view: HistoryView, store: HistoryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def no(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(no))
    view.table.selectRow(0)
    view.delete_selected()
    assert len(asked) == 1
    assert len(store.sessions()) == 3
    assert view.table.model().rowCount() == 3


def test_deleting_the_last_session_shows_the_empty_state(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a: QMessageBox.StandardButton.Yes)
    )
    with HistoryStore.open(tmp_path / "one.sqlite3") as store:
        store.add(SESSIONS[0])
        view = HistoryView(store, clock=clock_on())
        qtbot.addWidget(view)
        view.table.selectRow(0)
        view.delete_selected()
        assert store.count() == 0
        assert view.message_text == "No sessions yet. Your practice will appear here."


def test_empty_history(qtbot, tmp_path: Path) -> None:
    with HistoryStore.open(tmp_path / "empty.sqlite3") as store:
        view = HistoryView(store, clock=clock_on())
        qtbot.addWidget(view)
        assert view.message_text == "No sessions yet. Your practice will appear here."
        assert view.table.model().rowCount() == 0
        assert not view.delete_button.isEnabled()


def test_reload_shows_a_session_saved_later(view: HistoryView, store: HistoryStore) -> None:
    assert view.table.model().rowCount() == 3
    store.add(record(datetime(2024, 3, 5, 8, 0, tzinfo=PLUS_1), "Box", 60.0, Outcome.COMPLETED, 4))
    assert view.table.model().rowCount() == 3
    view.reload()
    assert column_texts(view, Column.PATTERN)[0] == "Box"


def test_no_store_shows_the_callers_message(qtbot) -> None:
    view = HistoryView(None, "History is off: the database is from a newer calmfloor.")
    qtbot.addWidget(view)
    assert view.message_text == "History is off: the database is from a newer calmfloor."
    assert not view.delete_button.isEnabled()
    view.reload()
    view.delete_selected()  # nothing to do, nothing breaks


def test_a_read_only_store_cannot_delete(qtbot, store: HistoryStore, tmp_path: Path) -> None:
    store.close()
    with HistoryStore.open(tmp_path / "history.sqlite3", read_only=True) as read_only:
        view = HistoryView(read_only, clock=clock_on())
        qtbot.addWidget(view)
        assert view.table.model().rowCount() == 3
        view.table.selectRow(0)
        assert not view.delete_button.isEnabled()
        assert "read-only" in view.delete_button.toolTip()


def test_the_table_is_named_and_selects_rows(view: HistoryView) -> None:
    table = view.table
    assert table.accessibleName() == "Session history"
    assert table.alternatingRowColors()
    assert table.isSortingEnabled()
    assert view.delete_button.accessibleName() == "Delete session"


@pytest.mark.parametrize(
    ("seconds", "text"), [(0, "0:00"), (59.6, "1:00"), (95, "1:35"), (3725, "1:02:05")]
)
def test_clock_text(seconds: float, text: str) -> None:
    assert clock_text(seconds) == text


def test_practice_text_and_spoken_length() -> None:
    assert practice_text(20) == "under a minute"
    assert practice_text(25 * 60) == "25 min"
    assert practice_text(64 * 60 + 30).replace("(s)", "") == "1 h 4 min"
    assert spoken_length(270).replace("(s)", "s") == "4 minutes 30 seconds"


# ----- ranges, charts and the tabs ----------------------------------------------------------


def test_switching_range_updates_summary_and_chart(qtbot, store: HistoryStore) -> None:
    # today is 5 March 2024: the last 7 days hold all three sessions, 2-5 March only two
    clock = clock_on()
    view = HistoryView(store, clock=clock)
    qtbot.addWidget(view)
    assert view.practice_chart.total_minutes() == pytest.approx((300 + 95 + 1250) / 60)
    view.set_range(Range.WEEK)
    assert view.range_start == date(2024, 2, 28)
    assert len(view.practice_chart.series.starts) == 7
    assert "on 3 day" in view.summary_text
    clock.advance(3 * 86400)  # 8 March: 1 March has left the week
    view.reload()
    assert "on 2 day" in view.summary_text
    assert view.practice_chart.total_minutes() == pytest.approx((95 + 1250) / 60)
    assert view.table.model().rowCount() == 2


def test_range_buttons_follow_the_keyboard(qtbot, view: HistoryView) -> None:
    view.show()
    qtbot.waitExposed(view)
    month = view.range_buttons.button(1)
    assert month.isChecked() and view.current_range is Range.MONTH
    month.setFocus()
    qtbot.keyClick(month, Qt.Key.Key_Right)
    assert view.current_range is Range.QUARTER
    assert view.focusWidget() is view.range_buttons.button(2)
    qtbot.keyClick(view.range_buttons.button(2), Qt.Key.Key_Left)
    qtbot.keyClick(view.range_buttons.button(1), Qt.Key.Key_Left)
    assert view.current_range is Range.WEEK
    names = [b.accessibleName() for b in view.range_buttons.buttons()]
    assert all(names) and len(set(names)) == 5


def test_a_generated_history_shows_the_sql_totals(qtbot, tmp_path: Path) -> None:
    sys.path.insert(0, str(Path(__file__).parents[1] / "storage"))
    from history_factory import make_history

    end = date(2026, 6, 30)
    make_history(tmp_path / "big.sqlite3", sessions=1500, seed=3, end=end)
    with HistoryStore.open(tmp_path / "big.sqlite3") as store:
        view = HistoryView(store, clock=clock_on(end))
        qtbot.addWidget(view)
        for rng, days in ((Range.MONTH, 30), (Range.YEAR, 365)):
            view.set_range(rng)
            since = end - timedelta(days=days - 1)
            totals = store.daily_totals(since, end)
            minutes = sum(t.seconds for t in totals) / 60
            assert view.practice_chart.total_minutes() == pytest.approx(minutes)
            practised = len({t.day for t in totals if t.seconds > 0})
            assert f"on {practised} day" in view.summary_text
            assert view.table.model().rowCount() == sum(t.sessions for t in totals)
        assert view.practice_chart.series.bucket.value == "week"


def test_deleting_a_session_updates_the_charts(
    view: HistoryView, store: HistoryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a: QMessageBox.StandardButton.Yes)
    )
    view.tabs.setCurrentIndex(Tab.SESSIONS)
    view.table.selectRow(0)  # "My slow one", 1250 s
    view.delete_selected()
    view.tabs.setCurrentIndex(Tab.PRACTICE)
    assert view.practice_chart.total_minutes() == pytest.approx((300 + 95) / 60)
    assert view.symptom_chart.before.tolist() == [6.0]


def test_symptoms_and_consistency_tabs(qtbot, view: HistoryView, store: HistoryStore) -> None:
    view.tabs.setCurrentIndex(Tab.SYMPTOMS)
    chart = view.symptom_chart
    assert chart.before.tolist() == [6.0] and chart.after.tolist() == [3.0]
    view.tabs.setCurrentIndex(Tab.CONSISTENCY)
    assert view.streak_text == "A new streak starts with your next session"  # 4 March missed
    assert view.heat_map.minutes_on(date(2024, 3, 3)) == pytest.approx(1250 / 60)
    on_the_4th = HistoryView(store, clock=clock_on(date(2024, 3, 4)))
    qtbot.addWidget(on_the_4th)
    # 1, 2 and 3 March; the 4th is not over yet, so the streak is still alive
    assert plural(on_the_4th.streak_text) == "3 days in a row"


def test_the_weekly_goal_is_the_setting(qtbot, store: HistoryStore) -> None:
    settings = SettingsModel(defaults())
    view = HistoryView(store, settings=settings, clock=clock_on())
    qtbot.addWidget(view)
    assert view.goal_spin.value() == 5
    # the locale's week holding 5 March 2024 contains 3 March only if it starts on Sunday
    done = 1 if QLocale().firstDayOfWeek() == Qt.DayOfWeek.Sunday else 0
    assert plural(view.week_text).startswith(f"{done} of 5 days this week")
    view.goal_spin.setValue(3)
    assert settings.value("weekly_goal_days") == 3
    assert plural(view.week_text).startswith(f"{done} of 3 days")
    settings.set_value("weekly_goal_days", 7)
    assert view.goal_spin.value() == 7


# ----- delete all, export ---------------------------------------------------------------


def test_delete_all_asks_says_what_goes_and_empties(
    view: HistoryView, store: HistoryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[str, object]] = []

    def answer(reply: QMessageBox.StandardButton):
        def question(parent, title, text, buttons, default):
            asked.append((text, default))
            return reply

        return staticmethod(question)

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    view.delete_all_button.click()
    assert store.count() == 3
    text, default = asked[0]
    assert "every session and every rating" in text
    assert "settings, breathing patterns and routines are kept" in text
    assert default == QMessageBox.StandardButton.No
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    view.delete_all_button.click()
    assert store.count() == 0
    assert view.message_text == "No sessions yet. Your practice will appear here."
    assert plural(view.notice_text).startswith("Deleted 3 sessions")


def test_export_buttons_write_the_files(
    view: HistoryView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out" / "mine"
    target.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    view.export_csv_button.click()
    rows = read_csv(target.with_suffix(".csv"))
    assert [r["practice"] for r in rows] == ["Resonance", "Calm", "My slow one"]
    assert str(target.with_suffix(".csv")) in view.notice_text
    view.pdf_button.click()
    assert target.with_suffix(".pdf").read_bytes().startswith(b"%PDF")
    assert "report" in view.notice_text


def test_an_export_that_cannot_be_written_is_a_calm_notice(
    view: HistoryView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *a, **k: (str(blocker / "out.csv"), "")),
    )
    view.export_csv_button.click()
    assert view.notice_text.startswith("Could not save the CSV file because")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    view.pdf_button.click()  # cancelled: nothing happens
    assert view.notice_text.startswith("Could not save the CSV file")


def test_read_only_store_disables_both_deletes(qtbot, store: HistoryStore, tmp_path: Path) -> None:
    store.close()
    with HistoryStore.open(tmp_path / "history.sqlite3", read_only=True) as read_only:
        view = HistoryView(read_only, clock=clock_on())
        qtbot.addWidget(view)
        assert not view.delete_all_button.isEnabled()
        assert "read-only" in view.delete_all_button.toolTip()
        assert view.export_csv_button.isEnabled()
        assert "read-only" in view.notice_text


def test_the_summary_is_reachable_by_keyboard(view: HistoryView) -> None:
    label = view.findChild(QLabel, "history-summary")
    assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    assert label.focusPolicy() & Qt.FocusPolicy.TabFocus


# ----- lazy pyqtgraph -------------------------------------------------------------------

_LAZY_SCRIPT = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from calmfloor.core.clock import ManualClock
from calmfloor.storage.paths import resolve_paths
from calmfloor.ui.shell.context import load_context
from calmfloor.ui.shell.main_window import MainWindow, Page
from calmfloor.ui.kit.sound import CuePlayer

app = QApplication([])
context = load_context(resolve_paths(Path(sys.argv[1])), ManualClock())
window = MainWindow(context, CuePlayer(backend=None))
window.show()
app.processEvents()
print("before", "pyqtgraph" in sys.modules)
window.show_page(Page.HISTORY)
app.processEvents()
print("after", "pyqtgraph" in sys.modules)
window.close()
context.close()
"""


def test_pyqtgraph_is_imported_only_with_the_history_page(tmp_path: Path) -> None:
    src = Path(__file__).parents[2] / "src"
    result = subprocess.run(
        [sys.executable, "-c", _LAZY_SCRIPT, str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=60,
        env={**__import__("os").environ, "PYTHONPATH": str(src), "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "before False" in result.stdout
    assert "after True" in result.stdout


def test_the_german_summary_ends_its_sentence_once(qapp, qtbot, store: HistoryStore) -> None:
    from calmfloor.ui.kit.i18n import apply_language

    before = QLocale()
    apply_language(qapp, "de")
    try:
        view = HistoryView(store, clock=clock_on())
        qtbot.addWidget(view)
        # 27 minutes: "27 Min." ends the sentence, and its dot is the full stop
        assert "insgesamt 27 Min. " in view.summary_text
        assert ".." not in view.summary_text
    finally:
        apply_language(qapp, "en")
        QLocale.setDefault(before)


def test_the_first_opening_builds_the_visible_tab_and_reads_only_its_range(
    qtbot, store: HistoryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    told: list[str] = []
    connect = sqlite3.connect

    def traced(*args: object, **kwargs: object) -> sqlite3.Connection:
        conn = connect(*args, **kwargs)  # type: ignore[arg-type]
        conn.set_trace_callback(told.append)
        return conn

    monkeypatch.setattr(sqlite3, "connect", traced)
    with HistoryStore.open(store.path, read_only=True) as reader:
        opened = len(told)  # what the page reads, not what opening the file checks
        view = HistoryView(reader, clock=clock_on())
        qtbot.addWidget(view)
        assert view.findChild(QWidget, "history-practice-chart") is not None
        for later in ("history-table", "history-goal", "history-programme"):
            assert view.findChild(QWidget, later) is None, later  # built when first shown
        sums = [s for s in told[opened:] if "GROUP BY" in s and "SUM(actual_s)" in s]
        assert sums and all("started_utc >=" in s for s in sums)  # never the whole history
        assert not any(s.lstrip().startswith("SELECT id") for s in told[opened:])  # no rows
        view.tabs.setCurrentIndex(Tab.SESSIONS)
        assert view.findChild(QWidget, "history-table") is not None
