"""HistoryView over a real history database: what the table shows, sorting, deleting, states."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, QTimeZone
from PySide6.QtWidgets import QMessageBox

from calmfloor.core.session import Outcome, Ratings, SessionKind, SessionRecord
from calmfloor.storage.history_db import HistoryStore
from calmfloor.ui.history_view import (
    Column,
    HistoryView,
    clock_text,
    practice_text,
    spoken_length,
)

PLUS_1 = timezone(timedelta(hours=1))
PLUS_2 = timezone(timedelta(hours=2))


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
    widget = HistoryView(store)
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


def test_summary_counts_sessions_and_practice(view: HistoryView) -> None:
    # 300 + 95 + 1250 s = 27 min 25 s
    assert view.summary_text.startswith("3 session")
    assert view.summary_text.endswith("27 min of practice in all")


def test_an_in_progress_session_says_so(qtbot, store: HistoryStore) -> None:
    store.begin(record(datetime(2024, 3, 4, 8, 0, tzinfo=PLUS_1), "Box", 0.0, Outcome.RUNNING, 0))
    view = HistoryView(store)
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
    assert view.summary_text.startswith("2 session")


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
        view = HistoryView(store)
        qtbot.addWidget(view)
        view.table.selectRow(0)
        view.delete_selected()
        assert store.count() == 0
        assert view.message_text == "No sessions yet. Your practice will appear here."


def test_empty_history(qtbot, tmp_path: Path) -> None:
    with HistoryStore.open(tmp_path / "empty.sqlite3") as store:
        view = HistoryView(store)
        qtbot.addWidget(view)
        assert view.message_text == "No sessions yet. Your practice will appear here."
        assert view.table.model().rowCount() == 0
        assert not view.delete_button.isEnabled()


def test_reload_shows_a_session_saved_later(view: HistoryView, store: HistoryStore) -> None:
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
        view = HistoryView(read_only)
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
