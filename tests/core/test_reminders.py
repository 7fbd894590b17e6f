"""Tests for the reminder schedule: daily times, the one-off, snooze, sessions, missed reminders."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from calmfloor.core.reminders import (
    LATE_LIMIT_S,
    PRACTISED_RECENTLY_S,
    SNOOZE_S,
    DropReason,
    Reminder,
    ReminderKind,
    ReminderSchedule,
    occurrence,
    parse_times,
)

BERLIN = ZoneInfo("Europe/Berlin")
TIMES = (time(9, 0), time(14, 0), time(20, 0))


def at(day: int, hour: int, minute: int = 0, month: int = 1) -> datetime:
    """A Berlin wall-clock time in 2026."""
    return datetime(2026, month, day, hour, minute, tzinfo=BERLIN)


def schedule(start: datetime, **kwargs: object) -> ReminderSchedule:
    options: dict[str, object] = {"enabled": True}
    options.update(kwargs)
    times = options.pop("times", TIMES)
    return ReminderSchedule(BERLIN, start, times, **options)  # type: ignore[arg-type]


def check(s: ReminderSchedule, now: datetime, busy: bool = False, last=None):
    return s.check(now, busy=busy, last_practice=last)


def test_the_right_daily_reminder_at_the_right_time() -> None:
    s = schedule(at(5, 8))
    due = s.next_due(at(5, 8))
    assert due is not None and due.kind is ReminderKind.DAILY
    assert due.due == at(5, 9)
    assert check(s, at(5, 8, 59)).shown is None  # a minute early: nothing
    shown = check(s, at(5, 9)).shown
    assert shown is not None and shown.due == at(5, 9)
    assert check(s, at(5, 9, 1)).shown is None  # shown once, never again
    assert s.next_due(at(5, 9, 1)).due == at(5, 14)  # type: ignore[union-attr]
    s.check(at(5, 20, 30), busy=False, last_practice=None)
    assert s.next_due(at(5, 20, 30)).due == at(6, 9)  # type: ignore[union-attr]


def test_no_reminder_when_none_is_set() -> None:
    assert schedule(at(5, 8), enabled=False).next_due(at(5, 8)) is None
    assert schedule(at(5, 8), times=()).next_due(at(5, 8)) is None
    off = schedule(at(5, 8), enabled=False)
    result = check(off, at(5, 9))
    assert result.shown is None and not result.handled


def test_daily_times_follow_the_wall_clock_across_daylight_saving() -> None:
    # clocks go forward in Berlin on 29 March 2026 and back on 25 October 2026
    s = schedule(at(28, 9, 1, month=3), times=(time(9, 0),))
    spring = s.next_due(at(28, 9, 1, month=3))
    assert spring is not None
    assert spring.due.astimezone(BERLIN).hour == 9
    assert spring.due - at(28, 9, month=3) == timedelta(hours=23)
    s = schedule(at(24, 9, 1, month=10), times=(time(9, 0),))
    autumn = s.next_due(at(24, 9, 1, month=10))
    assert autumn is not None
    assert autumn.due - at(24, 9, month=10) == timedelta(hours=25)
    # a time the clocks skip falls an hour later on the wall, once
    skipped = occurrence(datetime(2026, 3, 29).date(), time(2, 30), BERLIN)
    assert skipped.astimezone(BERLIN).hour == 3


def test_a_daily_reminder_is_skipped_after_recent_practice() -> None:
    s = schedule(at(5, 8))
    result = check(s, at(5, 9), last=at(5, 8, 20))
    assert result.shown is None
    assert [(d.reminder.due, d.reason) for d in result.dropped] == [
        (at(5, 9), DropReason.PRACTISED)
    ]
    # practice longer ago than the limit does not skip it
    s = schedule(at(5, 13))
    practised = at(5, 14) - timedelta(seconds=PRACTISED_RECENTLY_S + 60)
    assert check(s, at(5, 14), last=practised).shown is not None


def test_none_while_a_session_runs_the_daily_one_is_dropped() -> None:
    s = schedule(at(5, 8))
    result = check(s, at(5, 9), busy=True)
    assert result.shown is None
    assert [d.reason for d in result.dropped] == [DropReason.BUSY]
    assert check(s, at(5, 9, 20)).shown is None  # not after the session either
    assert s.next_due(at(5, 9, 20)).due == at(5, 14)  # type: ignore[union-attr]


def test_the_one_off_waits_for_the_session_then_shows_once() -> None:
    s = schedule(at(5, 10), enabled=False)
    one_off = s.remind_after(at(5, 10), 4.5, "piriformis", "Piriformis stretch")
    assert one_off.due == at(5, 14, 30)
    assert s.next_due(at(5, 10)) == one_off
    result = check(s, at(5, 14, 30), busy=True)
    assert result.shown is None and result.waiting and not result.dropped
    assert s.next_due(at(5, 14, 31)) is None  # no timer spins while it waits
    shown = check(s, at(5, 15, 20)).shown  # 50 minutes late, but it waited for the session
    assert shown == one_off
    assert s.one_off is None and check(s, at(5, 15, 21)).shown is None


def test_missed_reminders_show_once_if_less_than_half_an_hour_late() -> None:
    s = schedule(at(5, 8, 50))  # app closed at 08:50, opened again at 09:20
    assert s.next_due(at(5, 9, 20)).due == at(5, 9)  # type: ignore[union-attr]
    assert check(s, at(5, 9, 20)).shown is not None
    late = schedule(at(5, 8, 50))  # opened at 09:30: too late
    result = check(late, at(5, 9) + timedelta(seconds=LATE_LIMIT_S))
    assert result.shown is None
    assert [d.reason for d in result.dropped] == [DropReason.TOO_LATE]
    assert late.next_due(at(5, 9, 31)).due == at(5, 14)  # type: ignore[union-attr]


def test_after_a_long_sleep_never_a_pile_of_banners() -> None:
    s = schedule(at(5, 8))  # asleep from 08:00 to 20:10 the next day
    result = check(s, at(6, 20, 10))
    assert result.shown is not None and result.shown.due == at(6, 20)
    assert all(d.reason is DropReason.TOO_LATE for d in result.dropped)
    # reported at most a day back: 09:00 and 14:00 on the 6th
    assert [d.reminder.due for d in result.dropped] == [at(6, 9), at(6, 14)]
    assert check(s, at(6, 20, 11)).shown is None


def test_a_missed_one_off_is_dropped_when_too_late() -> None:
    start = at(5, 10)
    one_off = Reminder(ReminderKind.ONE_OFF, at(5, 14, 30), "piriformis", "Piriformis stretch")
    s = schedule(start, enabled=False, one_off=one_off)
    result = check(s, at(5, 15, 1))
    assert result.shown is None
    assert [d.reason for d in result.dropped] == [DropReason.TOO_LATE]
    assert s.one_off is None


def test_snooze_brings_the_reminder_back_in_fifteen_minutes() -> None:
    s = schedule(at(5, 8))
    shown = check(s, at(5, 9)).shown
    assert shown is not None
    again = s.snooze(shown, at(5, 9, 1))
    assert again.due == at(5, 9, 1) + timedelta(seconds=SNOOZE_S) and again.snoozed
    assert s.next_due(at(5, 9, 2)) == again
    assert check(s, at(5, 9, 15)).shown is None
    back = check(s, at(5, 9, 16)).shown
    assert back == again
    assert check(s, at(5, 9, 17)).shown is None


def test_a_snoozed_one_off_is_still_the_one_off() -> None:
    s = schedule(at(5, 10), enabled=False)
    s.remind_after(at(5, 10), 4, "piriformis", "Piriformis stretch")
    shown = check(s, at(5, 14)).shown
    assert shown is not None and s.one_off is None
    s.snooze(shown, at(5, 14))
    assert s.one_off is not None and s.one_off.routine_id == "piriformis"
    assert s.one_off.due == at(5, 14, 15)


def test_the_one_off_wins_when_both_fall_due_together() -> None:
    s = schedule(at(5, 10))
    s.remind_after(at(5, 10), 4, "piriformis", "Piriformis stretch")
    result = check(s, at(5, 14))
    assert result.shown is not None and result.shown.kind is ReminderKind.ONE_OFF
    assert [d.reason for d in result.dropped] == [DropReason.SUPERSEDED]


def test_new_times_and_turning_on_count_from_now() -> None:
    s = schedule(at(5, 9, 40), enabled=False)
    s.set_enabled(True, at(5, 10))
    s.set_times((time(9, 45), time(18, 0)), at(5, 10))
    assert s.next_due(at(5, 10)).due == at(5, 18)  # type: ignore[union-attr]
    assert check(s, at(5, 10)).shown is None


def test_a_one_off_round_trips_through_json() -> None:
    one_off = Reminder(ReminderKind.ONE_OFF, at(5, 14, 30), "piriformis", "Piriformis stretch")
    assert Reminder.from_json(one_off.to_json()) == one_off
    for bad in (None, [], {"kind": "weekly", "due": "2026-01-05T14:30:00+01:00"}, {"kind": 1}):
        with pytest.raises(ValueError):
            Reminder.from_json(bad)
    with pytest.raises(ValueError):
        Reminder(ReminderKind.DAILY, datetime(2026, 1, 5, 9))  # naive


def test_parse_times_skips_bad_entries() -> None:
    assert parse_times(["09:00", "7:00", "24:00", "21:30"]) == (time(9), time(21, 30))


def test_comparisons_are_made_in_utc() -> None:
    s = ReminderSchedule(UTC, datetime(2026, 1, 5, 8, tzinfo=UTC), (time(9),), enabled=True)
    berlin_nine_utc = datetime(2026, 1, 5, 10, tzinfo=BERLIN)  # 09:00 UTC
    assert check(s, berlin_nine_utc).shown is not None
