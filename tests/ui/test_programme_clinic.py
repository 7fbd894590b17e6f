"""The clinic's programme folder (policy ``clinic_programmes_dir``) on the Today page."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QGroupBox, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from calmfloor.core.clock import ManualClock
from calmfloor.storage.history_db import HistoryStore
from calmfloor.ui.programme.controller import ProgrammeController
from calmfloor.ui.programme.view import TodayView
from readme_examples import programme_example

CET = timezone(timedelta(hours=1))
README = Path(__file__).resolve().parents[2] / "README.md"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    with HistoryStore.open(tmp_path / "history.sqlite3") as opened:
        yield opened


@pytest.fixture
def clinic(tmp_path: Path) -> Path:
    """Two current programmes, one that ended last year and one broken file."""
    folder = tmp_path / "clinic"
    folder.mkdir()
    text = programme_example()
    (folder / "release.toml").write_text(text, encoding="utf-8")
    hips = text.replace('title = "Pelvic-floor release"', 'title = "Hips, gently"')
    (folder / "hips.toml").write_text(hips.replace('"pelvic-release"', '"hips"'), encoding="utf-8")
    old = text.replace("start = 2026-03-02", "start = 2025-01-06")
    (folder / "old.toml").write_text(old.replace("review = 2026-04-13", ""), encoding="utf-8")
    (folder / "broken.toml").write_text("format = 1\nid = [", encoding="utf-8")
    return folder


def make_today(
    qtbot: QtBot, store: HistoryStore, clinic: Path | None
) -> tuple[ProgrammeController, TodayView]:
    clock = ManualClock(wall_start=datetime(2026, 3, 2, 7, 0, tzinfo=CET))
    controller = ProgrammeController(store, clock, clinic_dir=clinic)
    view = TodayView(controller)
    qtbot.addWidget(view)
    view.show()
    return controller, view


def offered(view: TodayView) -> list[str]:
    QApplication.processEvents()  # a widget added to a shown page is shown by the event loop
    return [b.text() for b in view.findChildren(QPushButton, "today-clinic-use") if b.isVisible()]


def test_the_clinic_programmes_are_offered_and_one_press_chooses_one(
    qtbot: QtBot, store: HistoryStore, clinic: Path
) -> None:
    controller, view = make_today(qtbot, store, clinic)
    assert offered(view) == ["Use “Hips, gently”", "Use “Pelvic-floor release”"]
    use = view.findChildren(QPushButton, "today-clinic-use")[1]
    assert use.accessibleDescription().startswith("From A. Physio, City Pelvic Health, ")
    problems = view.findChild(QLabel, "today-clinic-problems")
    assert problems is not None and problems.text() == (
        "1 file in the clinic's programme folder could not be used; please tell the clinic."
    )
    with qtbot.waitSignal(view.clinic_chosen) as chosen:
        use.click()
    assert chosen.args == [clinic / "release.toml"]
    assert controller.import_file(clinic / "release.toml") == []
    # the programme in force is not offered again; the other one still is
    assert offered(view) == ["Use “Hips, gently”"]
    assert view.next_button.text() == "Start: Release breathing (5 min)"


def test_without_a_clinic_folder_nothing_is_offered(qtbot: QtBot, store: HistoryStore) -> None:
    _controller, view = make_today(qtbot, store, None)
    box = view.findChild(QGroupBox, "today-clinic")
    assert box is not None and not box.isVisible()


def test_a_clinic_folder_that_is_gone_says_so_without_a_crash(
    qtbot: QtBot, store: HistoryStore, tmp_path: Path
) -> None:
    _controller, view = make_today(qtbot, store, tmp_path / "not-there")
    assert offered(view) == []
    problems = view.findChild(QLabel, "today-clinic-problems")
    assert problems is not None and problems.isVisible()


def test_the_policy_folder_reaches_today_and_use_makes_it_the_programme(
    qtbot: QtBot, clinic: Path, tmp_path: Path
) -> None:
    """In the real window: the policy's clinic_programmes_dir lists on Today, Use imports."""
    from calmfloor.core.policy import Policy
    from calmfloor.storage.paths import resolve_paths
    from calmfloor.ui.kit.sound import CuePlayer
    from calmfloor.ui.shell.context import load_context
    from calmfloor.ui.shell.main_window import MainWindow, Page

    clock = ManualClock(wall_start=datetime(2026, 3, 2, 7, 0, tzinfo=CET))
    policy = Policy(clinic_programmes_dir=str(clinic))
    context = load_context(resolve_paths(tmp_path / "data"), clock, policy)
    window = MainWindow(context, CuePlayer(backend=None))
    qtbot.addWidget(window)
    try:
        window.show()
        window.show_page(Page.TODAY)
        today = window.today
        assert offered(today) == ["Use “Hips, gently”", "Use “Pelvic-floor release”"]
        today.findChildren(QPushButton, "today-clinic-use")[1].click()
        assert window.current_page() is Page.TODAY
        assert today.next_button.text() == "Start: Release breathing (5 min)"
        assert offered(today) == ["Use “Hips, gently”"]
    finally:
        window.close()
        context.close()


def test_the_kiosk_offers_no_clinic_programme(qtbot: QtBot, clinic: Path, tmp_path: Path) -> None:
    from calmfloor.core.policy import Policy
    from calmfloor.storage.paths import resolve_paths
    from calmfloor.ui.kiosk.guest import guest_context
    from calmfloor.ui.kit.sound import CuePlayer
    from calmfloor.ui.shell.main_window import MainWindow

    clock = ManualClock(wall_start=datetime(2026, 3, 2, 7, 0, tzinfo=CET))
    policy = Policy(kiosk=True, clinic_programmes_dir=str(clinic))
    context = guest_context(resolve_paths(tmp_path / "data"), clock, policy)
    window = MainWindow(context, CuePlayer(backend=None), kiosk=True)
    qtbot.addWidget(window)
    try:
        assert window.findChild(QGroupBox, "today-clinic") is None
        assert window.findChild(QPushButton, "nav-5") is None
    finally:
        window.close()
        context.close()
