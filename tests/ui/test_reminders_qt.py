"""Reminders in Qt: the one timer, the banner, the tray notification, and the window wiring."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot
from session_pages import button, label
from tests.ui.conftest import WindowFactory

from calmfloor.core.clock import ManualClock
from calmfloor.core.reminders import Reminder, ReminderKind
from calmfloor.core.settings import defaults
from calmfloor.storage.settings_store import STATE_ONE_OFF_REMINDER, StateStore
from calmfloor.ui.kit.models import SettingsModel
from calmfloor.ui.kit.tray import SharedTray
from calmfloor.ui.reminders.controller import (
    WAKE_MAX_MS,
    ReminderBanner,
    ReminderController,
    ReminderNotifier,
    wait_ms,
)
from calmfloor.ui.shell.main_window import MainWindow, Page

MIN = 60.0
START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)  # the ManualClock's wall time at the start


@dataclass
class Rig:
    clock: ManualClock
    settings: SettingsModel
    state: StateStore
    controller: ReminderController
    busy: list[bool] = field(default_factory=lambda: [False])
    practised: list[datetime | None] = field(default_factory=lambda: [None])
    due: list[Reminder] = field(default_factory=list)
    armed_at: list[float] = field(default_factory=lambda: [0.0])  # clock.now() at timer start

    def wait(self, minutes: float) -> None:
        """Let time pass and fire the timer whenever it is due, as the event loop would."""
        end = self.clock.now() + minutes * 60
        timer = self.controller.timer
        while True:
            fire_at = self.armed_at[0] + timer.interval() / 1000
            if not timer.isActive() or fire_at > end + 1e-9:
                self.clock.set(end)
                return
            self.clock.set(max(fire_at, self.clock.now()))
            timer.stop()
            self.controller.check_now()  # what the timeout does


@pytest.fixture
def make_rig(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    made: list[Rig] = []

    def make(state: StateStore | None = None, clock: ManualClock | None = None, **settings) -> Rig:
        clock = clock or ManualClock(wall_start=START)
        model = SettingsModel(defaults())
        for key, value in settings.items():
            model.set_value(key, value)
        if state is None:
            state = StateStore(tmp_path / "state.json")
            state.load()
        busy: list[bool] = [False]
        practised: list[datetime | None] = [None]
        armed_at = [clock.now()]
        original_start = QTimer.start  # the conftest's guard: it still sees every start

        class RecordingTimer(QTimer):
            def start(self, *args: object) -> None:
                armed_at[0] = clock.now()
                original_start(self, *args)  # type: ignore[arg-type]

        monkeypatch.setattr("calmfloor.ui.reminders.controller.QTimer", RecordingTimer)
        controller = ReminderController(
            clock, model, state, lambda: busy[0], lambda: practised[0], tz=UTC
        )
        rig = Rig(clock, model, state, controller, busy, practised, armed_at=armed_at)
        controller.reminder_due.connect(rig.due.append)
        made.append(rig)
        return rig

    yield make
    for rig in made:
        rig.controller.set_enabled(False)


def test_no_timer_at_all_when_no_reminder_is_set(make_rig) -> None:
    rig = make_rig()
    assert not rig.controller.timer.isActive()
    assert rig.controller.next_due() is None


def test_the_right_reminder_at_the_right_time_with_a_capped_timer(make_rig) -> None:
    rig = make_rig(reminders_enabled=True, reminder_times=("09:40", "14:00"))
    timer = rig.controller.timer
    assert timer.isActive() and timer.isSingleShot()
    assert timer.interval() == WAKE_MAX_MS  # 40 minutes away, but never more than 15
    rig.wait(39)
    assert rig.due == []
    rig.wait(1)
    assert [r.due for r in rig.due] == [START + timedelta(minutes=40)]
    assert rig.due[0].kind is ReminderKind.DAILY
    assert timer.interval() == WAKE_MAX_MS  # on to 14:00, in steps of at most 15 minutes
    rig.wait(60)
    assert len(rig.due) == 1  # shown once


def test_settings_changes_re_arm_and_switching_off_drops_the_timer(make_rig) -> None:
    rig = make_rig()
    rig.settings.set_value("reminders_enabled", True)
    rig.settings.set_value("reminder_times", ["09:05"])
    assert rig.controller.timer.interval() == 5 * 60_000
    rig.settings.set_value("reminders_enabled", False)
    assert not rig.controller.timer.isActive()
    rig.settings.set_value("reminders_enabled", True)
    rig.controller.set_enabled(False)  # kiosk mode
    assert not rig.controller.timer.isActive()
    assert rig.controller.next_due() is None


def test_none_while_a_session_runs_and_skipped_after_practice(make_rig) -> None:
    rig = make_rig(reminders_enabled=True, reminder_times=("09:10", "09:40"))
    rig.busy[0] = True
    rig.wait(10)
    assert rig.due == []
    rig.busy[0] = False
    rig.controller.session_ended()
    assert rig.due == []  # a daily one that fell due during the session is dropped
    rig.practised[0] = START + timedelta(minutes=5)
    rig.wait(30)
    assert rig.due == []  # practised 35 minutes before 09:40


def test_the_one_off_waits_for_the_session_then_shows(make_rig) -> None:
    rig = make_rig()
    reminder = rig.controller.remind_after(4.5, "piriformis-stretch", "Piriformis stretch")
    assert reminder.due == START + timedelta(hours=4.5)
    assert rig.controller.timer.isActive()
    rig.busy[0] = True
    rig.wait(4.5 * 60 + 20)
    assert rig.due == []
    assert not rig.controller.timer.isActive()  # nothing to wait for but the session
    rig.busy[0] = False
    rig.controller.session_ended()
    assert [r.routine_id for r in rig.due] == ["piriformis-stretch"]


def test_the_one_off_survives_a_restart(make_rig, tmp_path: Path) -> None:
    rig = make_rig()
    rig.controller.remind_after(4, "piriformis-stretch", "Piriformis stretch")
    rig.controller.set_enabled(False)
    state = StateStore(tmp_path / "state.json")
    state.load()
    assert state.get(STATE_ONE_OFF_REMINDER) is not None
    later = ManualClock(wall_start=START + timedelta(hours=3, minutes=50))
    again = make_rig(state=state, clock=later)
    assert again.controller.next_due() == rig.controller.schedule.one_off
    again.wait(10)
    assert [r.name for r in again.due] == ["Piriformis stretch"]
    reloaded = StateStore(tmp_path / "state.json")
    reloaded.load()
    assert reloaded.get(STATE_ONE_OFF_REMINDER) is None  # shown: it does not come back


def test_a_reminder_missed_while_asleep_shows_only_if_recent(make_rig) -> None:
    rig = make_rig(reminders_enabled=True, reminder_times=("09:10",))
    rig.clock.sleep_machine(30 * MIN)  # asleep from 09:00 to 09:30: the timer stood still
    rig.controller.check_now()  # the application becomes active again
    assert [r.due for r in rig.due] == [START + timedelta(minutes=10)]

    late = make_rig(reminders_enabled=True, reminder_times=("09:10",))
    late.clock.sleep_machine(45 * MIN)
    late.controller.check_now()
    assert late.due == []
    assert late.controller.timer.interval() == WAKE_MAX_MS  # on to tomorrow


def test_wait_is_never_negative_or_longer_than_the_cap() -> None:
    assert wait_ms(START - timedelta(minutes=1), START) == 0
    assert wait_ms(START + timedelta(hours=9), START) == WAKE_MAX_MS
    assert wait_ms(START + timedelta(microseconds=1_000_001), START) == 1001  # never early


# --- the banner and the tray -------------------------------------------------------------------


class FakeTray(QObject):
    activated = Signal(object)
    messageClicked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.visible = False
        self.messages: list[tuple[str, str]] = []

    def show(self) -> None:
        self.visible = True

    def hide(self) -> None:
        self.visible = False

    def showMessage(self, title: str, text: str, _icon: object) -> None:
        self.messages.append((title, text))


def host(qtbot: QtBot, banner: ReminderBanner) -> tuple[QWidget, QPushButton]:
    window = QWidget()
    layout = QVBoxLayout(window)
    layout.addWidget(banner)
    other = QPushButton("Pause")  # stands in for a running session's focus
    layout.addWidget(other)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    other.setFocus()
    return window, other


def test_banner_shows_the_reminder_without_taking_the_focus(qtbot: QtBot, make_rig) -> None:
    rig = make_rig(reminders_enabled=True, reminder_times=("09:10",))
    banner = ReminderBanner(
        rig.controller, ReminderNotifier(SharedTray(tray_available=lambda: False))
    )
    window, other = host(qtbot, banner)
    assert banner.isHidden()
    rig.wait(10)
    assert banner.isVisible()
    assert banner.text() == "Time for a few minutes of practice."
    assert [b.text() for b in banner.buttons()] == ["Start now", "In 15 minutes", "Dismiss"]
    assert window.focusWidget() is other
    starts: list[Reminder] = []
    banner.start_requested.connect(starts.append)
    qtbot.mouseClick(banner.buttons()[0], Qt.MouseButton.LeftButton)
    assert banner.isHidden() and [r.kind for r in starts] == [ReminderKind.DAILY]


def test_in_15_minutes_brings_it_back_and_esc_dismisses(qtbot: QtBot, make_rig) -> None:
    rig = make_rig()
    rig.controller.remind_after(1, "piriformis-stretch", "Piriformis stretch")
    banner = ReminderBanner(rig.controller)
    _window, _other = host(qtbot, banner)
    rig.wait(60)
    assert banner.text() == "Time for your piriformis stretch again."
    banner.buttons()[1].click()
    assert banner.isHidden()
    assert rig.controller.timer.interval() == 15 * 60_000
    rig.wait(15)
    assert banner.isVisible() and len(rig.due) == 2
    banner.buttons()[2].setFocus()
    qtbot.keyClick(banner.buttons()[2], Qt.Key.Key_Escape)
    assert banner.isHidden()
    assert not rig.controller.timer.isActive()  # dismissed: nothing comes back
    rig.wait(60)
    assert len(rig.due) == 2


def test_with_a_tray_the_notification_comes_first(qtbot: QtBot, make_rig) -> None:
    trays: list[FakeTray] = []

    def make(parent: QObject) -> FakeTray:
        trays.append(FakeTray(parent))
        return trays[-1]

    rig = make_rig(reminders_enabled=True, reminder_times=("09:10",))
    tray = SharedTray(tray_available=lambda: True, make_tray=make)
    notifier = ReminderNotifier(tray)
    banner = ReminderBanner(rig.controller, notifier)
    _window, _other = host(qtbot, banner)
    clicked: list[bool] = []
    notifier.activated.connect(lambda: clicked.append(True))
    rig.wait(10)
    (icon,) = trays
    assert icon.messages == [("calmfloor", "Time for a few minutes of practice.")]
    assert icon.visible and banner.isHidden()
    icon.messageClicked.emit()
    assert clicked == [True]
    banner.show_held()  # the window does this when the message is clicked
    assert banner.isVisible()
    banner.dismiss()
    assert not icon.visible  # nobody needs the icon any more


def test_the_heat_timer_and_reminders_share_one_tray_icon(make_rig) -> None:
    trays: list[FakeTray] = []

    def make(parent: QObject) -> FakeTray:
        trays.append(FakeTray(parent))
        return trays[-1]

    tray = SharedTray(tray_available=lambda: True, make_tray=make)
    heat_owner, reminders_owner = [], []
    tray.message_clicked.connect(heat_owner.append)
    notifier = ReminderNotifier(tray)
    notifier.activated.connect(lambda: reminders_owner.append(True))
    tray.notify("heat", "Heat pack: time's up", "Take the heat pack off now.")
    notifier.notify(Reminder(ReminderKind.DAILY, START))
    assert len(trays) == 1 and len(trays[0].messages) == 2
    trays[0].messageClicked.emit()
    assert heat_owner == ["reminders"] and reminders_owner == [True]
    notifier.done()
    assert trays[0].visible  # the heat timer still holds it
    tray.release("heat")
    assert not trays[0].visible


# --- in the window -----------------------------------------------------------------------------


def test_window_builds_reminders_without_pages_and_start_now_opens_breathe(
    make_window: WindowFactory, clock: ManualClock
) -> None:
    window: MainWindow = make_window(reminders_enabled=True, reminder_times=["09:10"])
    assert not window.is_built(Page.RELAX) and not window.is_built(Page.HEAT)  # none for reminders
    assert window.reminders.timer.isActive()
    window.show_page(Page.SETTINGS)
    clock.advance(10 * MIN)
    window.reminders.check_now()
    banner = window.reminder_banner
    assert banner.isVisible()
    banner.start_now()
    assert window.pages.currentWidget() is window.breathing


def test_end_screen_offers_the_repeat_reminder_and_confirms_it(
    make_window: WindowFactory, clock: ManualClock
) -> None:
    from tests.ui.test_relax_window import run_to_end

    window = make_window()
    window.show_page(Page.RELAX)
    relax = window.relax
    relax.acknowledge_caution()
    assert relax.select_routine("piriformis-stretch")
    relax.start()
    run_to_end(window, clock)
    offer = button(relax, "repeat-remind")
    assert offer.isVisible() and offer.text() == "Remind me again in 4½ hours"
    offer.click()
    one_off = window.reminders.schedule.one_off
    assert one_off is not None and one_off.routine_id == "piriformis-stretch"
    local = one_off.due.astimezone()
    assert label(relax, "repeat-confirm").text() == f"I'll remind you at {local:%H:%M}."
    assert not offer.isEnabled()
    relax.skip_ratings()
    # 4½ hours later, "Start now" opens Relax with the stretch chosen
    clock.advance(4.5 * 3600)
    window.reminders.check_now()
    window.reminder_banner.start_now()
    assert window.pages.currentWidget() is relax
    current = relax.current_routine()
    assert current is not None and current.routine.id == "piriformis-stretch"
