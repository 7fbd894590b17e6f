"""A reminder due while the user is in a full-screen application or do-not-disturb waits."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from calmfloor.core.reminders import (
    QUIET_LIMIT_S,
    DropReason,
    ReminderKind,
    ReminderSchedule,
)

START = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def schedule(*times: time) -> ReminderSchedule:
    return ReminderSchedule(UTC, START, times, enabled=True)


def at(minutes: float) -> datetime:
    return START + timedelta(minutes=minutes)


def test_a_reminder_due_while_quiet_waits_and_shows_when_free() -> None:
    plan = schedule(time(9, 0))
    first = plan.check(at(60), busy=False, last_practice=None, quiet=True)
    assert first.shown is None and first.dropped == ()
    assert first.held is not None and first.held.due == at(60)
    # still presenting 40 minutes later: neither shown nor lost (though past the late limit)
    assert plan.check(at(100), busy=False, last_practice=None, quiet=True).shown is None
    free = plan.check(at(101), busy=False, last_practice=None, quiet=False)
    assert free.shown is not None and free.shown.due == at(60)
    assert free.held is None and plan.held is None
    assert plan.check(at(102), busy=False, last_practice=None).shown is None  # once


def test_a_held_reminder_is_dropped_after_the_limit() -> None:
    plan = schedule(time(9, 0))
    plan.check(at(60), busy=False, last_practice=None, quiet=True)
    late = at(60) + timedelta(seconds=QUIET_LIMIT_S)
    result = plan.check(late, busy=False, last_practice=None, quiet=False)
    assert result.shown is None
    assert [(d.reminder.due, d.reason) for d in result.dropped] == [(at(60), DropReason.QUIET)]


def test_a_newer_reminder_replaces_the_held_one() -> None:
    plan = schedule(time(9, 0), time(9, 30))
    plan.check(at(60), busy=False, last_practice=None, quiet=True)
    newer = plan.check(at(90), busy=False, last_practice=None, quiet=True)
    assert [(d.reminder.due, d.reason) for d in newer.dropped] == [(at(60), DropReason.SUPERSEDED)]
    assert newer.held is not None and newer.held.due == at(90)
    assert plan.check(at(95), busy=False, last_practice=None).shown.due == at(90)  # type: ignore[union-attr]


def test_the_one_off_is_held_too_and_without_quiet_nothing_changes() -> None:
    plan = schedule()
    plan.remind_after(START, 1, "piriformis-stretch", "Piriformis stretch")
    held = plan.check(at(61), busy=False, last_practice=None, quiet=True)
    assert held.held is not None and held.held.kind is ReminderKind.ONE_OFF
    shown = plan.check(at(70), busy=False, last_practice=None, quiet=False).shown
    assert shown is not None and shown.routine_id == "piriformis-stretch"
    plain = schedule(time(9, 0))
    assert plain.check(at(60), busy=False, last_practice=None).shown is not None
