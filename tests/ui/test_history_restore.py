"""Issue 15 on the History page and at start-up: unreadable rows, backups and restoring them."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from calmfloor.core.clock import ManualClock
from calmfloor.core.session import Outcome, Ratings, SessionKind, SessionRecord
from calmfloor.storage.export_csv import read_csv
from calmfloor.storage.history_backup import list_backups
from calmfloor.storage.history_db import (
    HistoryProblem,
    HistoryProblemKind,
    HistoryStore,
    open_history,
)
from calmfloor.ui.history.view import HistoryView
from calmfloor.ui.kit.messages import history_problem_text

PLUS_1 = timezone(timedelta(hours=1))
NOW = datetime(2026, 11, 21, 20, 0, tzinfo=PLUS_1)


def record(days_ago: int, name: str = "Resonance") -> SessionRecord:
    return SessionRecord(
        kind=SessionKind.BREATHING,
        started=NOW - timedelta(days=days_ago, hours=2),
        planned_s=300.0,
        name=name,
        outcome=Outcome.COMPLETED,
        actual_s=300.0,
        ratings=Ratings(tension_before=6, tension_after=3),
    )


def make_store(path: Path, names: tuple[str, ...]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with HistoryStore.open(path) as db:
        db.add_many(record(i + 1, name) for i, name in enumerate(names))


def answer_dialogs(monkeypatch: pytest.MonkeyPatch, asked: list[str]) -> None:
    def get_item(parent, title, label, items, current, editable):
        asked.extend(items)
        return items[0], True

    def question(parent, title, text, buttons, default):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(get_item))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))


def test_history_opens_despite_unreadable_rows_and_counts_them(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "history.sqlite3"
    make_store(path, ("Resonance", "Calm"))
    conn = sqlite3.connect(path)
    conn.executemany(
        "INSERT INTO sessions (kind, started_utc, utc_offset_min, planned_s, outcome, "
        "updated_utc) VALUES ('breathing', ?, 60, 60, 'completed', '')",
        [("not a time",), ("2026-99-99T00:00:00Z",)],
    )
    conn.commit()
    conn.close()
    with HistoryStore.open(path) as store:
        view = HistoryView(store, clock=ManualClock(wall_start=NOW))
        qtbot.addWidget(view)
        assert view.tabs.isVisibleTo(view)
        assert "could not be read" in view.notice_text
        assert "2 sessions" in view.notice_text
        view.tabs.setCurrentIndex(3)
        assert view.table.model().rowCount() == 2
        target = tmp_path / "out" / "mine"
        target.parent.mkdir()
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
        )
        view.export_csv_button.click()
        assert [r["practice"] for r in read_csv(target.with_suffix(".csv"))] == [
            "Calm",
            "Resonance",
        ]
        view.pdf_button.click()
        assert target.with_suffix(".pdf").read_bytes().startswith(b"%PDF")


def test_the_sessions_tab_restores_a_backup_after_asking(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "data" / "history.sqlite3"
    make_store(path, ("Resonance", "Calm", "Box"))
    opened = open_history(path, datetime(2026, 11, 20, 9, 0))
    assert opened.store is not None and len(list_backups(path)) == 1
    with opened.store as store:
        for session in store.sessions()[:2]:
            assert session.id is not None
            store.delete(session.id)
        view = HistoryView(store, clock=ManualClock(wall_start=NOW))
        qtbot.addWidget(view)
        view.tabs.setCurrentIndex(3)
        assert view.restore_button.isEnabled()
        asked: list[str] = []
        answer_dialogs(monkeypatch, asked)
        view.restore_button.click()
        assert store.count() == 3
        assert view.table.model().rowCount() == 3
        assert asked[-1].startswith("Replace your history with the backup of")
        assert view.notice_text.startswith("Restored the backup of")
        assert "before-restore" in view.notice_text


def test_restore_without_a_backup_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    make_store(path, ("Resonance",))
    with HistoryStore.open(path) as store:
        view = HistoryView(store, clock=ManualClock(wall_start=NOW))
        qtbot.addWidget(view)
        view.restore_from_backup()
        assert view.notice_text.startswith("There is no backup yet.")


def test_a_read_only_history_cannot_be_restored(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    make_store(path, ("Resonance",))
    with HistoryStore.open(path, read_only=True) as store:
        view = HistoryView(store, clock=ManualClock(wall_start=NOW))
        qtbot.addWidget(view)
        assert not view.restore_button.isEnabled()


def test_the_damaged_history_notice_offers_the_backups(
    make_window, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    history = data_dir / "history.sqlite3"
    make_store(history, ("Resonance", "Calm"))
    opened = open_history(history, datetime(2026, 11, 20, 9, 0))  # makes the daily backup
    assert opened.store is not None
    opened.store.close()
    history.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)  # then the file is damaged

    window = make_window()
    actions = [b for b in window.messages.findChildren(QPushButton) if b.objectName()]
    (restore,) = [b for b in actions if b.objectName() == "notice-action"]
    assert restore.text() == "Restore from a backup…"
    assert any("damaged" in text for text in window.messages.messages())
    asked: list[str] = []
    answer_dialogs(monkeypatch, asked)
    restore.click()
    assert window.pages.currentWidget() is window.history
    assert window.context.history is not None and window.context.history.count() == 2
    assert window.history.notice_text.startswith("Restored the backup of")


@pytest.mark.parametrize(
    "kind",
    [
        HistoryProblemKind.FOREIGN,
        HistoryProblemKind.FOREIGN_JOURNAL,
        HistoryProblemKind.BACKUP_FAILED,
    ],
)
def test_every_new_history_problem_has_its_own_words(kind: HistoryProblemKind) -> None:
    path = Path("/data/history.sqlite3")
    moved = history_problem_text(HistoryProblem(kind, path, kept_aside=Path("/data/aside")))
    stuck = history_problem_text(HistoryProblem(kind, path))
    assert moved and stuck
    if kind is not HistoryProblemKind.BACKUP_FAILED:
        assert "/data/aside" in moved and moved != stuck
