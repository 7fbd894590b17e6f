"""The Heat page: checklist, countdown on every page, skin checks, the alarm, history, spacing."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import Enum
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from calmfloor.core.clock import ManualClock
from calmfloor.core.heat import HeatArea, HeatState, PastHeat
from calmfloor.core.session import Outcome, SessionKind, SessionRecord
from calmfloor.core.settings import defaults
from calmfloor.storage.history_db import HistoryStore
from calmfloor.ui.heat.alarm import HeatAlarmBanner, HeatNotifier, HeatStatusChip
from calmfloor.ui.heat.controller import (
    ALARM_REPEAT_S,
    HEAT_HEARTBEAT_S,
    HeatController,
    HeatRecorder,
    past_heat,
)
from calmfloor.ui.heat.view import HeatView
from calmfloor.ui.kit.models import SettingsModel
from calmfloor.ui.kit.sound import Cue, CuePlayer

MIN = 60.0


class FakeSoundEffect(QObject):
    """Stands in for QSoundEffect: counts plays and keeps the volume of each."""

    statusChanged = Signal()

    class Status(Enum):
        Ready = 2
        Error = 3

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = ""
        self.volume = -1.0
        self.volumes: list[float] = []  # the volume at every play

    def setSource(self, url) -> None:
        self.source = url.toLocalFile()

    def setVolume(self, volume: float) -> None:
        self.volume = volume

    def play(self) -> None:
        self.volumes.append(self.volume)

    def stop(self) -> None:
        pass

    def status(self) -> FakeSoundEffect.Status:
        return self.Status.Ready


def make_cues() -> CuePlayer:
    backend = SimpleNamespace(
        QSoundEffect=FakeSoundEffect,
        QMediaDevices=SimpleNamespace(audioOutputs=lambda: ["speakers"]),
    )
    return CuePlayer(backend=backend)


def sound(cues: CuePlayer, cue: Cue) -> FakeSoundEffect:
    """The fake effect that plays ``cue``."""
    name = Path(cue.value.value).name
    return next(e for e in cues.findChildren(FakeSoundEffect) if Path(e.source).name == name)


def button(view: HeatView, name: str) -> QPushButton:
    """The page's button with object name ``name``."""
    found = view.findChild(QPushButton, name)
    assert found is not None, name
    return found


def label(view: HeatView, name: str) -> QLabel:
    """The page's label with object name ``name``."""
    found = view.findChild(QLabel, name)
    assert found is not None, name
    return found


@dataclass
class Rig:
    """A heat page, a second page, the chip and the alarm banner, as the window has them."""

    clock: ManualClock
    store: HistoryStore
    controller: HeatController
    recorder: HeatRecorder
    settings: SettingsModel
    cues: CuePlayer
    view: HeatView
    other: QWidget
    pages: QStackedWidget
    chip: HeatStatusChip
    banner: HeatAlarmBanner
    window: QWidget

    def tick(self, seconds: float) -> None:
        """Let ``seconds`` pass, with the ticks the controller's ticker would make."""
        step = 1.0
        while seconds > 1e-9:
            dt = min(step, seconds)
            self.clock.advance(dt)
            seconds -= dt
            self.controller.tick()

    def start(self, area: str = "lower_back", minutes: int = 15) -> None:
        self.view.select_area(area)
        self.view.set_minutes(minutes)
        assert self.view.start()

    def rows(self) -> list[SessionRecord]:
        return [r for r in self.store.sessions() if r.kind is SessionKind.HEAT]


def build(qtbot: QtBot, tmp_path: Path, *, confirmed: bool = True, last_area: str = "") -> Rig:
    clock = ManualClock()
    store = HistoryStore.open(tmp_path / "history.db")
    controller = HeatController(clock)
    recorder = HeatRecorder(controller, store, clock)
    settings = SettingsModel(defaults())
    cues = make_cues()
    view = HeatView(
        controller,
        recorder,
        settings,
        cues,
        lambda: past_heat(store, clock.wall()),
        clock,
        checklist_confirmed=confirmed,
        last_area=last_area,
    )
    window = QWidget()
    column = QVBoxLayout(window)
    banner = HeatAlarmBanner(controller, cues)
    chip = HeatStatusChip(controller)
    pages = QStackedWidget()
    other = QLabel("Breathe")
    pages.addWidget(view)
    pages.addWidget(other)
    for widget in (banner, chip, pages):
        column.addWidget(widget)
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    return Rig(
        clock, store, controller, recorder, settings, cues, view, other, pages, chip, banner, window
    )


@pytest.fixture
def rig(qtbot: QtBot, tmp_path: Path) -> Iterator[Rig]:
    made = build(qtbot, tmp_path)
    yield made
    made.view.remove_pack()
    assert not made.controller.ticker.isActive(), "the heat ticker must stop with the session"
    made.store.close()


@pytest.fixture
def answer(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes answer themselves: the first button whose text is in ``answer[0]``.

    The list collects the text of every box shown after the answer.
    """
    shown: list[str] = ["Not now"]

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box.informativeText() or box.text())
        for button in box.buttons():
            if button.text() == shown[0]:
                button.click()
                return 0
        raise AssertionError(f"no button {shown[0]!r} in {[b.text() for b in box.buttons()]}")

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return shown


# ----- setup ---------------------------------------------------------------------------------


def test_checklist_must_be_confirmed_before_start(qtbot: QtBot, tmp_path: Path) -> None:
    rig = build(qtbot, tmp_path, confirmed=False)
    try:
        view = rig.view
        assert view.checklist_showing()
        assert view.select_area(HeatArea.HIP)
        assert not button(view, "heat-start").isEnabled()
        assert not view.start()
        assert rig.controller.state is HeatState.IDLE

        with qtbot.waitSignal(view.checklist_confirmed):
            qtbot.mouseClick(button(view, "heat-confirm"), Qt.MouseButton.LeftButton)
        assert not view.checklist_showing()
        assert button(view, "heat-start").isEnabled()
        confirmations: list[bool] = []
        view.checklist_confirmed.connect(lambda: confirmations.append(True))
        view.confirm_checklist()  # a second time: remembered already, no second signal
        assert confirmations == []
        assert view.start()
        assert view.page() == "running"
    finally:
        rig.view.remove_pack()
        rig.store.close()


def test_area_buttons_choose_one_area_and_last_area_is_chosen_again(
    qtbot: QtBot, tmp_path: Path
) -> None:
    rig = build(qtbot, tmp_path, last_area="right_buttock")
    try:
        view = rig.view
        assert view.current_area() is HeatArea.RIGHT_BUTTOCK
        chosen: list[str] = []
        view.area_chosen.connect(chosen.append)
        thigh = button(view, "heat-area-thigh")
        assert thigh.accessibleName() == "Thigh"
        qtbot.mouseClick(thigh, Qt.MouseButton.LeftButton)
        assert chosen == ["thigh"]
        assert view.current_area() is HeatArea.THIGH
        assert not button(view, "heat-area-right_buttock").isChecked()
    finally:
        rig.store.close()


def test_no_area_means_no_start(qtbot: QtBot, tmp_path: Path) -> None:
    rig = build(qtbot, tmp_path)
    try:
        assert rig.view.current_area() is None
        assert not button(rig.view, "heat-start").isEnabled()
        assert not rig.view.start()
        assert rig.controller.state is HeatState.IDLE
    finally:
        rig.store.close()


def test_length_is_capped_and_remembered(qtbot: QtBot, tmp_path: Path) -> None:
    rig = build(qtbot, tmp_path)
    try:
        rig.view.set_minutes(45)
        assert rig.view.minutes() == 20  # never more than 20 minutes on one area
        assert rig.settings.value("heat_minutes") == 20
        rig.view.set_minutes(1)
        assert rig.view.minutes() == 5
    finally:
        rig.store.close()


# ----- running -------------------------------------------------------------------------------


def test_start_shows_a_running_countdown(rig: Rig) -> None:
    rig.start(minutes=10)
    assert rig.view.page() == "running"
    assert rig.view.is_running
    assert rig.view.countdown_text() == "10:00"
    assert "Ends at" in label(rig.view, "heat-status").text()
    rig.tick(61)
    assert rig.view.countdown_text() == "8:59"


def test_session_keeps_running_on_another_page_and_the_chip_counts_down(rig: Rig) -> None:
    rig.start(minutes=10)
    assert rig.chip.isVisible()
    rig.pages.setCurrentWidget(rig.other)  # the user goes to another page
    assert not rig.view.isVisible()
    descriptions = [rig.chip.accessibleDescription()]
    for _ in range(180):
        rig.tick(1)
        if not descriptions or descriptions[-1] != rig.chip.accessibleDescription():
            descriptions.append(rig.chip.accessibleDescription())
    assert rig.controller.ticker.isActive()
    assert rig.controller.state is HeatState.RUNNING
    assert rig.chip.isVisible()
    assert rig.chip.chip_text() == "Heat 7:00 Lower back"
    assert rig.chip.accessibleName() == "Heat pack timer"
    # screen readers hear the time once a minute, not every second
    assert descriptions == [
        "About 10 minutes left. Lower back.",
        "About 9 minutes left. Lower back.",
        "About 8 minutes left. Lower back.",
        "About 7 minutes left. Lower back.",
    ]
    rig.pages.setCurrentWidget(rig.view)  # back to the heat page: the same time there
    assert rig.view.countdown_text() == "7:00"

    activated: list[bool] = []
    rig.chip.activated.connect(lambda: activated.append(True))
    rig.chip.click()
    assert activated == [True]


def test_pause_stops_the_time_and_the_chip_says_paused(rig: Rig) -> None:
    rig.start(minutes=10)
    rig.tick(30)
    rig.view.pause()
    assert rig.controller.state is HeatState.PAUSED
    assert not rig.controller.ticker.isActive()
    assert rig.chip.chip_text() == "Heat paused Lower back"
    assert button(rig.view, "heat-pause").text() == "Resume (pack back on)"
    rig.clock.advance(5 * MIN)
    rig.view.resume()
    assert rig.view.countdown_text() == "9:30"


def test_skin_check_banner_appears_at_5_minutes_and_one_click_acknowledges(rig: Rig) -> None:
    rig.start(minutes=15)
    skin = sound(rig.cues, Cue.SKIN_CHECK)
    rig.tick(5 * MIN - 1)
    assert not rig.view.skin_check_pending()
    rig.tick(1)
    assert rig.view.skin_check_pending()
    assert button(rig.view, "heat-skin-ok").isVisible()
    assert len(skin.volumes) == 1  # one gentle sound per check
    assert rig.chip.chip_text() == "Heat 10:00 Check your skin"
    rig.tick(10)
    assert len(skin.volumes) == 1  # not repeated while it waits

    QtBot.mouseClick(button(rig.view, "heat-skin-ok"), Qt.MouseButton.LeftButton)
    assert not rig.view.skin_check_pending()
    assert rig.chip.chip_text().endswith("Lower back")

    rig.tick(5 * MIN)  # the second check, acknowledged with the keyboard
    assert rig.view.skin_check_pending()
    button(rig.view, "heat-skin-ok").setFocus()
    QtBot.keyClick(button(rig.view, "heat-skin-ok"), Qt.Key.Key_Space)
    assert not rig.view.skin_check_pending()
    assert len(skin.volumes) == 2


def test_skin_checks_play_even_with_cues_off(rig: Rig) -> None:
    rig.cues.set_enabled(False)
    rig.start(minutes=10)
    rig.tick(5 * MIN)
    assert len(sound(rig.cues, Cue.SKIN_CHECK).volumes) == 1


def test_skin_help_panel(rig: Rig) -> None:
    rig.start(minutes=10)
    qt_click = QtBot.mouseClick
    qt_click(button(rig.view, "heat-skin-help"), Qt.MouseButton.LeftButton)
    assert rig.view.skin_help_showing()
    assert "cool running water for 20 minutes" in label(rig.view, "heat-skin-help-text").text()
    assert "blisters" in label(rig.view, "heat-skin-help-text").text()
    assert rig.controller.state is HeatState.RUNNING  # advice never stops the timer
    qt_click(button(rig.view, "heat-skin-help-close"), Qt.MouseButton.LeftButton)
    assert not rig.view.skin_help_showing()


# ----- the end -------------------------------------------------------------------------------


def test_alarm_repeats_louder_until_acknowledged_and_records_one_session(rig: Rig) -> None:
    rig.cues.set_volume(50)
    rig.start(minutes=15)
    alarm = sound(rig.cues, Cue.HEAT_ALARM)
    for _ in range(2):  # both skin checks, acknowledged
        rig.tick(5 * MIN)
        rig.view.acknowledge_skin_check()
    rig.pages.setCurrentWidget(rig.other)  # time runs out while the user is elsewhere
    rig.tick(5 * MIN - 1)
    assert not rig.banner.isVisible()
    assert alarm.volumes == []
    rig.tick(1)
    assert rig.banner.isVisible()
    assert rig.window.focusWidget() is rig.banner.button()  # Enter or Space answers it
    assert rig.chip.chip_text() == "Time's up Take the pack off"
    assert rig.chip.is_highlighted()
    assert rig.view.page() == "done"
    assert len(alarm.volumes) == 1

    rig.tick(3 * ALARM_REPEAT_S)  # no one answers: it sounds again, louder each time
    assert len(alarm.volumes) == 4
    assert alarm.volumes == sorted(alarm.volumes)
    assert len(set(alarm.volumes)) == 4
    assert rig.banner.volumes == [50, 60, 70, 80]
    assert rig.rows()[0].outcome is Outcome.RUNNING  # not recorded as ended yet

    QtBot.mouseClick(rig.banner.button(), Qt.MouseButton.LeftButton)
    assert not rig.banner.isVisible()
    assert not rig.chip.isVisible()
    assert not rig.controller.ticker.isActive()
    rig.tick(3 * ALARM_REPEAT_S)
    assert len(alarm.volumes) == 4  # silent once the pack is off

    rows = rig.rows()
    assert len(rows) == 1
    row = rows[0]
    assert row.outcome is Outcome.COMPLETED
    assert row.name == "Lower back"
    assert row.planned_s == 15 * MIN
    assert row.actual_s == pytest.approx(15 * MIN + 3 * ALARM_REPEAT_S)
    assert row.params == {
        "area": "lower_back",
        "planned_min": 15,
        "skin_check_every_min": 5,
        "cap_min": 20,
    }
    assert row.details == {
        "area": "lower_back",
        "skin_checks_due": 2,
        "skin_checks_acknowledged": 2,
        "overrun_s": pytest.approx(3 * ALARM_REPEAT_S),
    }
    assert "2 of 2 skin checks" in label(rig.view, "heat-done-summary").text()
    assert "15 minutes of heat" in label(rig.view, "heat-done-summary").text()


def test_enter_on_the_banner_button_acknowledges(rig: Rig) -> None:
    rig.start(minutes=5)
    rig.tick(5 * MIN)
    assert rig.banner.isVisible()
    rig.banner.button().setFocus()
    QtBot.keyClick(rig.banner.button(), Qt.Key.Key_Return)
    assert rig.controller.state is HeatState.DONE
    assert not rig.banner.isVisible()


def test_removing_the_pack_early_is_recorded_as_stopped(rig: Rig) -> None:
    rig.start(minutes=15)
    rig.tick(6 * MIN)  # one skin check asked for, not answered
    QtBot.mouseClick(button(rig.view, "heat-remove"), Qt.MouseButton.LeftButton)
    assert rig.controller.state is HeatState.REMOVED
    assert rig.view.page() == "done"
    assert not rig.banner.isVisible()
    assert len(sound(rig.cues, Cue.HEAT_ALARM).volumes) == 0
    (row,) = rig.rows()
    assert row.outcome is Outcome.STOPPED
    assert row.actual_s == pytest.approx(6 * MIN)
    assert row.details == {
        "area": "lower_back",
        "skin_checks_due": 1,
        "skin_checks_acknowledged": 0,
        "overrun_s": 0.0,
    }
    assert "0 of 1 skin check" in label(rig.view, "heat-done-summary").text()
    rig.view.back_to_setup()
    assert rig.view.page() == "setup"


def test_a_sleep_past_the_end_shows_the_alarm_on_the_next_tick(rig: Rig) -> None:
    rig.start(minutes=10)
    rig.tick(2 * MIN)
    rig.clock.sleep_machine(30 * MIN)  # the laptop slept; the pack stayed on
    rig.controller.tick()
    assert rig.banner.isVisible()
    assert rig.controller.state is HeatState.TIME_UP
    assert len(sound(rig.cues, Cue.HEAT_ALARM).volumes) == 1
    rig.view.acknowledge_alarm()
    (row,) = rig.rows()
    assert row.outcome is Outcome.COMPLETED
    assert row.actual_s == pytest.approx(32 * MIN)


def test_running_row_gets_heartbeats(rig: Rig) -> None:
    rig.start(minutes=10)
    rig.tick(HEAT_HEARTBEAT_S + 1)
    (row,) = rig.rows()
    assert row.outcome is Outcome.RUNNING
    assert row.actual_s == pytest.approx(HEAT_HEARTBEAT_S, abs=1.0)


def test_confirm_leave_asks_with_the_pack_on(rig: Rig, answer: list[str]) -> None:
    assert rig.view.confirm_leave()  # nothing running: no question
    assert len(answer) == 1
    rig.start(minutes=10)
    answer[0] = "Keep calmfloor open"
    assert not rig.view.confirm_leave()
    assert rig.view.is_running
    answer[0] = "I've removed the pack, close"
    assert rig.view.confirm_leave()
    assert rig.controller.state is HeatState.REMOVED
    assert rig.rows()[0].outcome is Outcome.STOPPED


# ----- spacing -------------------------------------------------------------------------------


def seed(store: HistoryStore, area: str, ended: datetime, minutes: float = 15) -> None:
    started = ended - timedelta(minutes=minutes)
    store.add(
        SessionRecord(
            kind=SessionKind.HEAT,
            started=started,
            planned_s=minutes * MIN,
            name="x",
            params={"area": area},
            ended=ended,
            actual_s=minutes * MIN,
            outcome=Outcome.COMPLETED,
        )
    )


def test_spacing_warning_for_the_same_area_only(rig: Rig, answer: list[str]) -> None:
    now = rig.clock.wall()
    seed(rig.store, "lower_back", now - timedelta(hours=1, minutes=20))
    rig.view.select_area("lower_back")
    assert not rig.view.start()  # "Not now"
    assert rig.controller.state is HeatState.IDLE
    assert len(answer) == 2
    assert answer[1] == (
        "Your last heat session on this area ended 1 hour 20 minutes ago. Leave at least "
        "2 hours between sessions so your skin can recover."
    )
    rig.view.select_area("hip")  # another area: no warning
    assert rig.view.start()
    assert len(answer) == 2
    rig.view.remove_pack()

    rig.view.back_to_setup()
    rig.view.select_area("lower_back")
    answer[0] = "Start anyway"  # a warning, never a block
    assert rig.view.start()
    assert rig.controller.state is HeatState.RUNNING


def test_spacing_warning_for_a_fourth_session_today(rig: Rig, answer: list[str]) -> None:
    now = rig.clock.wall()  # 09:00 UTC
    for hours_ago in (8.5, 6, 3):
        seed(rig.store, "thigh", now - timedelta(hours=hours_ago))
    rig.view.select_area("thigh")
    assert not rig.view.start()
    assert answer[1] == (
        "You have already had 3 heat sessions on this area today. Up to 3 a day is usual."
    )


def test_past_heat_reads_recent_heat_sessions(tmp_path: Path) -> None:
    now = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    with HistoryStore.open(tmp_path / "h.db") as store:
        seed(store, "hip", now - timedelta(hours=1))
        seed(store, "hip", now - timedelta(days=3))  # too old to matter
        seed(store, "not-an-area", now - timedelta(hours=2))
        store.add(SessionRecord(kind=SessionKind.BREATHING, started=now, planned_s=60, ended=now))
        # cut off by a crash: no end time; it ended at its last heartbeat
        store.begin(
            SessionRecord(
                kind=SessionKind.HEAT,
                started=now - timedelta(minutes=30),
                planned_s=900,
                params={"area": "thigh"},
                actual_s=0,
            )
        )
        found = past_heat(store, now)
    assert [p.area for p in found] == [HeatArea.THIGH, HeatArea.HIP]
    assert found[1] == PastHeat(HeatArea.HIP, now - timedelta(minutes=75), now - timedelta(hours=1))
    assert found[0].ended == found[0].started
    assert past_heat(None, now) == []


# ----- notifications -------------------------------------------------------------------------


class FakeTray(QObject):
    activated = Signal(object)
    messageClicked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.visible = False
        self.messages: list[str] = []

    def show(self) -> None:
        self.visible = True

    def hide(self) -> None:
        self.visible = False

    def showMessage(self, title: str, _text: str, _icon: object) -> None:
        self.messages.append(title)


def test_notifier_without_a_tray_does_nothing(rig: Rig) -> None:
    notifier = HeatNotifier(rig.controller)  # offscreen: no system tray
    rig.start(minutes=5)
    rig.tick(5 * MIN)
    assert notifier.tray is None
    assert rig.banner.isVisible()  # the in-app path


def test_notifier_with_a_tray_notifies_and_hides(rig: Rig) -> None:
    trays: list[FakeTray] = []

    def make(parent: QObject) -> FakeTray:
        trays.append(FakeTray(parent))
        return trays[-1]

    notifier = HeatNotifier(rig.controller, tray_available=lambda: True, make_tray=make)
    rig.start(minutes=10)
    assert trays == []  # created only when there is something to say
    rig.tick(5 * MIN)
    rig.view.acknowledge_skin_check()
    rig.tick(5 * MIN)
    (tray,) = trays
    assert tray.messages == ["Heat pack: check your skin", "Heat pack: time's up"]
    assert tray.visible
    activated: list[bool] = []
    notifier.activated.connect(lambda: activated.append(True))
    tray.messageClicked.emit()
    assert activated == [True]
    rig.view.acknowledge_alarm()
    assert not tray.visible


def test_opening_the_page_during_a_skin_check_focuses_its_button(rig: Rig) -> None:
    rig.start(minutes=10)
    rig.pages.setCurrentWidget(rig.other)
    rig.tick(5 * MIN)
    assert rig.chip.chip_text() == "Heat 5:00 Check your skin"
    rig.pages.setCurrentWidget(rig.view)  # the window does this when the chip is clicked
    assert rig.window.focusWidget() is button(rig.view, "heat-skin-ok")
    QtBot.keyClick(button(rig.view, "heat-skin-ok"), Qt.Key.Key_Return)
    assert not rig.view.skin_check_pending()


def test_the_steps_stack_is_named_for_screen_readers(rig: Rig) -> None:
    # Orca reads an unnamed stack as "layered pane", and nothing else
    stacks = rig.view.findChildren(QStackedWidget)
    assert stacks
    assert all(stack.accessibleName() for stack in stacks)
