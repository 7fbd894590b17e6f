"""Today, the flare plan and programme import, in the real window on a hand-moved clock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel, QLineEdit, QPushButton

from calmfloor.core.breathing import SessionState
from calmfloor.core.clock import ManualClock
from calmfloor.storage.history_db import HistoryStore
from calmfloor.storage.programme_store import import_programme
from calmfloor.ui.kit.sound import CuePlayer
from calmfloor.ui.programme.view import FlareDialog
from calmfloor.ui.shell.context import load_context
from calmfloor.ui.shell.main_window import MainWindow, Page
from readme_examples import programme_example

WindowFactory = Callable[..., MainWindow]

CET = timezone(timedelta(hours=1))
README = Path(__file__).resolve().parents[2] / "README.md"


@pytest.fixture
def clock() -> ManualClock:
    """07:00 on the first day of the README's example programme."""
    return ManualClock(wall_start=datetime(2026, 3, 2, 7, 0, tzinfo=CET))


@pytest.fixture
def with_programme(data_dir: Path, tmp_path: Path) -> Path:
    data_dir.mkdir(parents=True)
    path = tmp_path / "programme.toml"
    path.write_text(programme_example(), encoding="utf-8")
    with HistoryStore.open(data_dir / "history.sqlite3") as store:
        programme, problems = import_programme(store, path, datetime(2026, 3, 1, 18, tzinfo=CET))
    assert problems == [] and programme is not None
    return path


def button(window: MainWindow, name: str) -> QPushButton:
    found = window.findChild(QPushButton, name)
    assert found is not None, name
    return found


def test_without_a_programme_the_window_opens_on_breathe(make_window: WindowFactory) -> None:
    window = make_window()
    assert window.current_page() is Page.BREATHE
    button(window, "nav-5").click()
    assert window.current_page() is Page.TODAY
    text = window.today.findChild(QLabel, "today-programme")
    assert text is not None and text.text().startswith("No programme yet.")
    assert not window.today.next_button.isVisible()


def test_today_opens_first_and_one_press_starts_the_next_item(
    make_window: WindowFactory, with_programme: Path, clock: ManualClock
) -> None:
    window = make_window()
    assert window.current_page() is Page.TODAY
    rows = window.today.row_texts()
    assert rows[0].startswith("Release breathing · 5 min · 0 of 2 today · next at ")
    assert rows[1].startswith("release-only · 10 min · 0 of 1 today")
    assert "0 of 3 this week" in rows[2]
    assert rows[3] == "Heat after a spasm · 15 min · as needed (0 today)"
    assert window.today.next_button.text() == "Start: Release breathing (5 min)"
    window.today.next_button.click()
    assert window.current_page() is Page.BREATHE
    assert window.controller.state is SessionState.RUNNING
    assert window.breathing.current_pattern().name == "Pelvic-floor drop"
    assert window.context.settings.value("session_minutes") == 5.0
    clock.advance(301)
    window.controller.tick()
    assert window.controller.state is SessionState.FINISHED
    button(window, "nav-5").click()
    rows = window.today.row_texts()
    assert rows[0].startswith("Release breathing · 5 min · 1 of 2 today · next at ")
    # next by the times of day: breathing again at 20:00 comes after the routine at 18:30
    assert window.today.next_button.text() == "Start: release-only (10 min)"


def test_the_flare_plan_starts_its_steps_and_keeps_a_log(
    make_window: WindowFactory, with_programme: Path, data_dir: Path
) -> None:
    window = make_window()
    button(window, "nav-flare").click()
    dialog = window.findChild(FlareDialog, "flare-dialog")
    assert dialog is not None and dialog.isVisible()
    steps = [
        b.text()
        for b in dialog.findChildren(QPushButton)
        if b.objectName().startswith("flare-step-")
    ]
    assert steps == [
        "1. Release breathing (5 min)",
        "2. release-only (10 min)",
        "3. Heat after a spasm (15 min)",
    ]
    call = dialog.findChild(QLabel, "flare-when-to-call")
    assert call is not None and "stays at 7 or more" in call.text()
    assert not dialog.save.isEnabled()  # nothing rated yet
    dialog.severity.findChildren(QPushButton)[7].click()
    trigger = dialog.findChild(QLineEdit, "flare-trigger")
    assert trigger is not None
    trigger.setText("long drive")
    dialog.save.click()
    assert dialog.saved_text.text() == "Saved to your flare log."
    button(window, "flare-step-3").click()  # heat: its page, every rule still applies
    assert window.current_page() is Page.HEAT
    assert window.heat.minutes() == 15  # the prescribed time, set up but not started
    assert not dialog.isVisible()
    with HistoryStore.open(data_dir / "history.sqlite3", read_only=True) as store:
        (flare,) = store.flares()
    assert (flare.severity, flare.trigger) == (7, "long drive")
    assert flare.at == datetime(2026, 3, 2, 7, 0, tzinfo=CET)


def test_importing_a_programme_from_today(
    make_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    bad = tmp_path / "bad.toml"
    bad.write_text(programme_example().replace("frequency = 2", "frequency = 0"), encoding="utf-8")
    good = tmp_path / "good.toml"
    good.write_text(programme_example(), encoding="utf-8")
    chosen = [str(bad)]
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (chosen[0], ""))
    )
    window.show_page(Page.TODAY)
    button(window, "today-import").click()
    shown = " ".join(label.text() for label in window.messages.findChildren(QLabel))
    assert "This programme file could not be used:" in shown
    assert 'key "timing.frequency": 0 is too small' in shown
    chosen[0] = str(good)
    button(window, "today-import").click()
    assert window.current_page() is Page.TODAY
    assert window.today.next_button.text() == "Start: Release breathing (5 min)"


def test_the_kiosk_never_shows_a_programme(
    qtbot: object, with_programme: Path, data_dir: Path, clock: ManualClock
) -> None:
    from calmfloor.storage.paths import resolve_paths

    context = load_context(resolve_paths(data_dir), clock)
    window = MainWindow(context, CuePlayer(backend=None), kiosk=True)
    try:
        assert window.programme_controller is None
        assert window.findChild(QPushButton, "nav-5") is None
        assert window.findChild(QPushButton, "nav-flare") is None
        window.show_page(Page.TODAY)
        assert window.current_page() is Page.BREATHE
    finally:
        window.close()
        context.close()


def test_the_last_pattern_and_routine_come_back_at_the_next_start(
    make_window: WindowFactory,
) -> None:
    first = make_window()
    assert first.breathing.select_pattern("Box")
    assert first.relax.select_routine("piriformis-stretch")
    again = make_window()
    assert again.breathing.current_pattern().name == "Box"
    chosen = again.relax.current_routine()
    assert chosen is not None and chosen.routine.id == "piriformis-stretch"


def test_a_programme_asks_only_its_own_ratings_and_none_after_it(
    make_window: WindowFactory, data_dir: Path, tmp_path: Path
) -> None:
    """The physiotherapist asked for pain only: Breathe and Relax ask pain, never tension;
    without a programme the setting decides again (both)."""
    from PySide6.QtWidgets import QWidget

    data_dir.mkdir(parents=True)
    path = tmp_path / "pain-only.toml"
    path.write_text(
        programme_example().replace('ratings = ["tension", "pain"]', 'ratings = ["pain"]'),
        encoding="utf-8",
    )
    with HistoryStore.open(data_dir / "history.sqlite3") as store:
        programme, problems = import_programme(store, path, datetime(2026, 3, 1, 18, tzinfo=CET))
    assert problems == [] and programme is not None and programme.ratings == ("pain",)
    window = make_window()

    def asked(page: QWidget) -> tuple[bool, bool]:
        box = page.findChild(QWidget, "ratings-before")
        assert box is not None
        tension = box.findChild(QWidget, "tension-rating")
        pain = box.findChild(QWidget, "pain-rating")
        assert tension is not None and pain is not None
        return tension.isVisibleTo(page), pain.isVisibleTo(page)

    window.show_page(Page.BREATHE)
    assert asked(window.breathing) == (False, True)
    window.show_page(Page.RELAX)
    assert asked(window.relax) == (False, True)


def test_a_refreshed_today_shows_each_item_once(
    make_window: WindowFactory, with_programme: Path
) -> None:
    """Refreshing (each time Today is shown) replaces the rows; the old ones were drawn
    over the new ones until the event loop deleted them (seen in a screenshot)."""
    from PySide6.QtWidgets import QApplication

    window = make_window()
    controller = window.programme_controller
    assert controller is not None

    def drawn() -> int:
        labels = window.today.findChildren(QLabel, "today-item-text")
        return len([label for label in labels if label.isVisible()])

    assert drawn() == 4
    controller.reload()
    controller.reload()
    assert drawn() <= 4  # the old rows are gone at once; the new ones show next turn
    QApplication.processEvents()
    assert drawn() == 4
