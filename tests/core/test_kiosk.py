"""Kiosk rules: when the welcome screen returns, which routine "Relax" starts, the counters file."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from calmfloor.core.kiosk import AFTER_SESSION_GRACE_S, GuestActivity, pick_relax_routine
from calmfloor.core.session import SessionKind
from calmfloor.storage.errors import StorageWriteError
from calmfloor.storage.kiosk_counters import KioskCounters, kiosk_counters_file

IDLE_S = 180.0


def test_nothing_is_due_on_an_untouched_welcome_screen() -> None:
    activity = GuestActivity(IDLE_S)
    assert activity.clean
    assert activity.deadline() is None
    assert not activity.reset_due(10_000.0)


def test_a_reset_is_due_idle_seconds_after_the_last_input() -> None:
    activity = GuestActivity(IDLE_S)
    activity.note_input(100.0)
    activity.note_input(150.0)
    assert activity.deadline() == 150.0 + IDLE_S
    assert not activity.reset_due(150.0 + IDLE_S - 0.001)
    assert activity.reset_due(150.0 + IDLE_S)


def test_input_out_of_order_never_moves_the_deadline_earlier() -> None:
    activity = GuestActivity(IDLE_S)
    activity.note_input(200.0)
    activity.note_input(150.0)
    assert activity.deadline() == 200.0 + IDLE_S


def test_no_reset_while_a_session_runs_however_long_nobody_touches_anything() -> None:
    activity = GuestActivity(IDLE_S)
    activity.note_input(0.0)
    activity.session_running(1.0)
    assert activity.running
    assert activity.deadline() is None
    assert not activity.reset_due(1.0 + 10 * IDLE_S)


def test_an_untouched_end_screen_returns_after_the_grace() -> None:
    activity = GuestActivity(IDLE_S)
    activity.session_running(0.0)
    activity.session_ended(600.0)  # a long, still session: the idle time passed long ago
    assert activity.deadline() == 600.0 + AFTER_SESSION_GRACE_S
    assert not activity.reset_due(600.0 + AFTER_SESSION_GRACE_S - 1)
    assert activity.reset_due(600.0 + AFTER_SESSION_GRACE_S)


def test_a_short_idle_time_beats_the_grace() -> None:
    activity = GuestActivity(20.0)
    activity.session_running(0.0)
    activity.session_ended(100.0)
    assert activity.deadline() == 120.0


def test_rating_on_the_end_screen_brings_back_the_idle_rule() -> None:
    activity = GuestActivity(IDLE_S)
    activity.session_running(0.0)
    activity.session_ended(120.0)
    activity.note_input(130.0)
    assert activity.deadline() == 130.0 + IDLE_S


def test_a_paused_session_is_reset_after_the_idle_time() -> None:
    activity = GuestActivity(IDLE_S)
    activity.session_running(0.0)
    activity.session_paused(50.0)
    assert not activity.running
    assert activity.deadline() == 50.0 + IDLE_S
    activity.session_running(60.0)
    assert activity.deadline() is None


def test_after_a_reset_nothing_is_due_until_the_next_input() -> None:
    activity = GuestActivity(IDLE_S)
    activity.note_input(10.0)
    activity.was_reset(500.0)
    assert activity.clean and activity.deadline() is None
    activity.note_input(510.0)
    assert activity.deadline() == 510.0 + IDLE_S


@pytest.mark.parametrize(("idle", "grace"), [(0.0, 45.0), (-1.0, 45.0), (180.0, 0.0)])
def test_times_must_be_positive(idle: float, grace: float) -> None:
    with pytest.raises(ValueError):
        GuestActivity(idle, grace)


def test_relax_prefers_the_quick_routine_then_the_first_offered() -> None:
    offered = ["piriformis-stretch", "feet-to-pelvic-floor", "feet-to-pelvic-floor-quick"]
    assert pick_relax_routine(offered) == "feet-to-pelvic-floor-quick"
    assert pick_relax_routine(["piriformis-stretch", "clinic-calm"]) == "piriformis-stretch"
    assert pick_relax_routine([]) is None


# ----- storage/kiosk_counters.py -----------------------------------------------------------


def test_counters_hold_counts_by_kind_and_day_only(tmp_path: Path) -> None:
    counters = KioskCounters(kiosk_counters_file(tmp_path / "new-dir"))
    counters.record(SessionKind.BREATHING, date(2026, 1, 5))
    counters.record(SessionKind.BREATHING, date(2026, 1, 5))
    counters.record(SessionKind.RELAX, date(2026, 1, 6))
    assert counters.load() == {"2026-01-05": {"breathing": 2}, "2026-01-06": {"relax": 1}}
    stored = json.loads(counters.path.read_text("utf-8"))
    assert stored == {
        "format": "calmfloor-kiosk-counters",
        "version": 1,
        "days": {"2026-01-05": {"breathing": 2}, "2026-01-06": {"relax": 1}},
    }


def test_bad_entries_in_the_counters_file_are_dropped(tmp_path: Path) -> None:
    path = kiosk_counters_file(tmp_path)
    body = {
        "format": "calmfloor-kiosk-counters",
        "version": 1,
        "days": {
            "2026-01-05": {"breathing": 1, "secret": 4, "relax": -1, "stretch": True},
            "not a day": {"breathing": 3},
            "2026-01-07": "lots",
        },
    }
    path.write_text(json.dumps(body), "utf-8")
    counters = KioskCounters(path)
    assert counters.load() == {"2026-01-05": {"breathing": 1}}
    counters.record(SessionKind.STRETCH, date(2026, 1, 5))
    assert counters.load() == {"2026-01-05": {"breathing": 1, "stretch": 1}}


def test_a_counters_file_from_a_newer_calmfloor_is_left_alone(tmp_path: Path) -> None:
    path = kiosk_counters_file(tmp_path)
    original = json.dumps({"format": "calmfloor-kiosk-counters", "version": 99, "days": {}})
    path.write_text(original, "utf-8")
    with pytest.raises(StorageWriteError):
        KioskCounters(path).record(SessionKind.BREATHING, date(2026, 1, 5))
    assert path.read_text("utf-8") == original
