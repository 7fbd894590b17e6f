"""The reminder controller asks an injected "quiet" source, and takes the programme's times."""

from __future__ import annotations

from datetime import UTC, datetime, time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from calmfloor.core.clock import ManualClock
from calmfloor.core.reminders import Reminder
from calmfloor.core.settings import defaults
from calmfloor.storage.settings_store import StateStore
from calmfloor.ui.kit.models import SettingsModel
from calmfloor.ui.reminders import quiet as quiet_module
from calmfloor.ui.reminders.controller import QUIET_POLL_MS, ReminderController

START = datetime(2026, 3, 2, 7, 0, tzinfo=UTC)


def test_full_screen_holds_the_programme_reminder_until_free(qtbot: QtBot, tmp_path: Path) -> None:
    clock = ManualClock(wall_start=START)
    settings = SettingsModel(defaults())
    settings.set_value("reminders_enabled", True)
    settings.set_value("reminder_times", ["21:30"])
    state = StateStore(tmp_path / "state.json")
    state.load()
    quiet = [True]
    times = [time(8, 0)]
    controller = ReminderController(
        clock,
        settings,
        state,
        lambda: False,
        lambda: None,
        tz=UTC,
        quiet=lambda: quiet[0],
        programme_times=lambda: times,
    )
    due: list[Reminder] = []
    controller.reminder_due.connect(due.append)
    try:
        assert controller.schedule.times == (time(8, 0), time(21, 30))  # programme + own
        clock.advance(3600)
        controller.check_now()
        assert due == [] and controller.schedule.held is not None
        assert controller.timer.isActive() and controller.timer.interval() == QUIET_POLL_MS
        clock.advance(45 * 60)  # the presentation runs on: past the usual late limit
        controller.check_now()
        assert due == []
        quiet[0] = False
        clock.advance(60)
        controller.check_now()
        assert [reminder.due for reminder in due] == [datetime(2026, 3, 2, 8, 0, tzinfo=UTC)]
        times.append(time(12, 0))
        controller.refresh_times()
        assert controller.schedule.times == (time(8, 0), time(12, 0), time(21, 30))
    finally:
        controller.set_enabled(False)
    assert not controller.timer.isActive()


def test_the_system_sources_never_raise(monkeypatch: pytest.MonkeyPatch) -> None:
    assert quiet_module.system_quiet_source("win32") is quiet_module.windows_quiet
    assert quiet_module.system_quiet_source("darwin") is quiet_module.never_quiet
    assert quiet_module.system_quiet_source("linux") is quiet_module.freedesktop_quiet
    assert quiet_module.windows_quiet() is False  # no shell32 here: "cannot tell"
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    assert quiet_module.freedesktop_quiet() is False
    assert {2, 3, 4} == quiet_module.QUIET_STATES  # busy, full-screen Direct3D, presenting
