"""Tests for the history statistics: local days, buckets, streaks and rating change."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from calmfloor.core.session import Outcome, SessionKind, SessionRecord
from calmfloor.core.stats import (
    RANGE_DAYS,
    Bucket,
    DayKindTotal,
    Measure,
    Range,
    RatingPoint,
    bucket_for,
    calendar_weeks,
    current_streak,
    is_meaningful_drop,
    practice_series,
    practice_summary,
    practised_days,
    range_start,
    rating_summary,
    rolling_mean,
    totals_from_records,
    week_progress,
)

BERLIN = ZoneInfo("Europe/Berlin")
B, R, S, H = SessionKind.BREATHING, SessionKind.RELAX, SessionKind.STRETCH, SessionKind.HEAT
MONDAY = date(2026, 6, 1)  # a Monday


def session(started: datetime, minutes: float = 10, kind: SessionKind = B) -> SessionRecord:
    return SessionRecord(
        kind=kind,
        started=started,
        planned_s=60.0 * minutes,
        actual_s=60.0 * minutes,
        outcome=Outcome.COMPLETED,
    )


def total(day: date, kind: SessionKind = B, minutes: float = 10, sessions: int = 1) -> DayKindTotal:
    return DayKindTotal(day, kind, 60.0 * minutes, sessions)


def day(n: int) -> date:
    """June 2026, day n."""
    return date(2026, 6, n)


# -- local days across clock changes -------------------------------------------------------


def test_spring_forward_sessions_land_on_the_local_day() -> None:
    # 2026-03-29: 02:00 CET jumps to 03:00 CEST; 00:30 local is still the 28th in UTC
    records = [
        session(datetime(2026, 3, 29, 0, 30, tzinfo=BERLIN), 5),
        session(datetime(2026, 3, 29, 3, 30, tzinfo=BERLIN), 7),
        session(datetime(2026, 3, 29, 23, 30, tzinfo=BERLIN), 11),
        session(datetime(2026, 3, 30, 0, 30, tzinfo=BERLIN), 13),
    ]
    assert records[0].started.utcoffset() == timedelta(hours=1)
    assert records[2].started.utcoffset() == timedelta(hours=2)

    totals = totals_from_records(records)

    assert totals == [
        total(date(2026, 3, 29), minutes=23, sessions=3),
        total(date(2026, 3, 30), minutes=13),
    ]


def test_fall_back_day_of_25_hours_is_one_day() -> None:
    # 2026-10-25: 03:00 CEST falls back to 02:00 CET, so 02:30 happens twice
    records = [
        session(datetime(2026, 10, 25, 0, 30, tzinfo=BERLIN), 1),  # 24th 22:30 UTC
        session(datetime(2026, 10, 25, 2, 30, fold=0, tzinfo=BERLIN), 2),  # +02:00
        session(datetime(2026, 10, 25, 2, 30, fold=1, tzinfo=BERLIN), 4),  # +01:00
        session(datetime(2026, 10, 25, 23, 30, tzinfo=BERLIN), 8),
    ]
    assert {r.started.utcoffset() for r in records[1:3]} == {timedelta(hours=1), timedelta(hours=2)}

    series = practice_series(
        totals_from_records(records), date(2026, 10, 24), date(2026, 10, 26), Bucket.DAY
    )

    assert series.starts == (date(2026, 10, 24), date(2026, 10, 25), date(2026, 10, 26))
    assert series.minutes[B] == (0.0, 15.0, 0.0)
    assert series.sessions == (0, 4, 0)


def test_each_session_keeps_its_own_offset() -> None:
    # the same instant is a different local day for someone in New York and in Kolkata
    instant = datetime(2026, 6, 1, 2, 0, tzinfo=UTC)
    new_york = session(instant.astimezone(timezone(timedelta(hours=-5))))
    kolkata = session(instant.astimezone(timezone(timedelta(hours=5, minutes=30))))
    days = [t.day for t in totals_from_records([new_york, kolkata])]
    assert days == [date(2026, 5, 31), day(1)]


# -- buckets -------------------------------------------------------------------------------


def test_daily_series_fills_gaps_with_zeros_for_every_kind() -> None:
    totals = [total(day(2), B, 10), total(day(2), H, 20), total(day(4), R, 5, 2)]

    series = practice_series(totals, day(1), day(5), Bucket.DAY)

    assert series.starts == tuple(day(n) for n in range(1, 6))
    assert set(series.minutes) == set(SessionKind)
    assert series.minutes[B] == (0, 10, 0, 0, 0)
    assert series.minutes[H] == (0, 20, 0, 0, 0)
    assert series.minutes[R] == (0, 0, 0, 5, 0)
    assert series.minutes[S] == (0,) * 5
    assert series.sessions == (0, 2, 0, 2, 0)
    assert series.total_minutes() == 35


def test_daily_series_ignores_days_outside_the_range() -> None:
    totals = [total(date(2026, 5, 31)), total(day(1), minutes=3), total(day(3))]
    series = practice_series(totals, day(1), day(2), Bucket.DAY)
    assert series.minutes[B] == (3, 0)
    assert series.total_minutes() == 3


def test_weekly_buckets_start_on_monday() -> None:
    # Wed 3 June .. Tue 16 June: weeks of Mon 1, Mon 8, Mon 15
    totals = [
        total(day(2), minutes=99),  # before start: not counted although in the first week
        total(day(3), minutes=1),
        total(day(7), minutes=2),  # Sunday, still the first week
        total(day(8), minutes=4),
        total(day(16), minutes=8),
        total(day(17), minutes=99),  # after end
    ]

    series = practice_series(totals, day(3), day(16), Bucket.WEEK, week_start=0)

    assert series.starts == (day(1), day(8), day(15))
    assert series.minutes[B] == (3, 4, 8)
    assert series.sessions == (2, 1, 1)


def test_weekly_buckets_start_on_sunday() -> None:
    totals = [total(day(6), minutes=1), total(day(7), minutes=2), total(day(13), minutes=4)]

    series = practice_series(totals, day(1), day(14), Bucket.WEEK, week_start=6)

    assert series.starts == (date(2026, 5, 31), day(7), day(14))
    assert series.minutes[B] == (1, 6, 0)


def test_empty_range_gives_an_empty_series() -> None:
    series = practice_series([total(day(1))], day(2), day(1), Bucket.WEEK)
    assert series.starts == () and series.sessions == () and series.total_minutes() == 0


def test_ranges_and_their_buckets() -> None:
    today = day(30)
    assert range_start(Range.WEEK, today, None) == day(24)
    assert (today - range_start(Range.QUARTER, today, None)).days + 1 == RANGE_DAYS[Range.QUARTER]
    assert range_start(Range.ALL, today, date(2015, 1, 2)) == date(2015, 1, 2)
    assert range_start(Range.ALL, today, None) == today
    assert [bucket_for(r) for r in Range] == [Bucket.DAY] * 3 + [Bucket.WEEK] * 2


def test_summary_adds_up_the_range() -> None:
    totals = [total(day(1), B, 10, 2), total(day(1), H, 20), total(day(3), R, 0, 1), total(day(9))]

    summary = practice_summary(totals, day(1), day(7))

    assert summary.sessions == 4
    assert summary.minutes == 30
    assert summary.days_practised == 1  # a session stopped at 0 s is not practice
    assert summary.minutes_by_kind == {B: 10, R: 0, S: 0, H: 20}
    assert summary.sessions_by_kind == {B: 2, R: 1, S: 0, H: 1}


# -- consistency ---------------------------------------------------------------------------


def test_streak_counts_back_from_today() -> None:
    days = practised_days([total(day(n)) for n in (1, 3, 4, 5)])
    assert current_streak(days, day(5)) == 3


def test_streak_is_alive_when_today_is_not_practised_yet() -> None:
    days = {day(3), day(4)}
    assert current_streak(days, day(5)) == 2


def test_streak_is_broken_after_a_missed_day() -> None:
    days = {day(3), day(4)}
    assert current_streak(days, day(6)) == 0
    assert current_streak(set(), day(6)) == 0


def test_week_progress_against_the_goal() -> None:
    days = {date(2026, 5, 31), day(1), day(2), day(4), day(8)}  # Sunday before, Mon, Tue, Thu

    monday_week = week_progress(days, day(4), week_start=0, goal=3)
    sunday_week = week_progress(days, day(4), week_start=6, goal=5)

    assert monday_week == monday_week.__class__(day(1), 3, 3, True)
    assert sunday_week.week_start == date(2026, 5, 31)
    assert (sunday_week.days_done, sunday_week.met) == (4, False)


def test_calendar_weeks_shape() -> None:
    grid = calendar_weeks(day(10), weeks=3, week_start=0)  # Wednesday 10 June

    assert len(grid) == 3 and all(len(column) == 7 for column in grid)
    assert grid[0][0] == date(2026, 5, 25) and grid[-1][0] == day(8)
    assert day(10) in grid[-1]
    flat = [d for column in grid for d in column]
    assert flat == [date(2026, 5, 25) + timedelta(days=n) for n in range(21)]
    assert calendar_weeks(day(10), weeks=1, week_start=6)[0][0] == day(7)


# -- ratings -------------------------------------------------------------------------------


Pair = tuple[int | None, int | None]


def point(n: int, tension: Pair, pain: Pair = (None, None)) -> RatingPoint:
    return RatingPoint(
        session_id=n,
        started=datetime(2026, 6, 1, 8, n, tzinfo=BERLIN),
        kind=B,
        name="Resonance",
        tension_before=tension[0],
        tension_after=tension[1],
        pain_before=pain[0],
        pain_after=pain[1],
    )


def test_rating_change_needs_both_ratings() -> None:
    p = point(1, (6, 4), (5, None))
    assert p.change(Measure.TENSION) == -2
    assert p.change(Measure.PAIN) is None
    assert p.pair(Measure.PAIN) == (5, None)


@pytest.mark.parametrize(
    ("before", "after", "meaningful"),
    [
        (5, 4, False),  # 1 point, 20 %
        (3, 2, True),  # 1 point but 33 %
        (4, 3, False),  # 25 %
        (10, 7, True),  # 3 points
        (10, 8, True),  # 2 points
        (1, 0, True),  # 100 %
        (0, 0, False),
        (4, 6, False),  # it rose
    ],
)
def test_meaningful_drop_band(before: int, after: int, meaningful: bool) -> None:
    assert is_meaningful_drop(before, after) is meaningful


def test_rolling_mean_is_trailing() -> None:
    assert rolling_mean([2, 4, 6, 8], window=2) == [2, 3, 5, 7]
    assert rolling_mean([1, 2, 3], window=7) == [1, 1.5, 2]
    assert rolling_mean([]) == []
    with pytest.raises(ValueError):
        rolling_mean([1], window=0)


def test_rating_summary_and_direction() -> None:
    points = [point(1, (6, 3)), point(2, (5, 4)), point(3, (4, None)), point(4, (3, 2))]

    summary = rating_summary(points, Measure.TENSION)

    assert summary.sessions == 3
    assert summary.mean_before == pytest.approx(14 / 3)
    assert summary.mean_after == pytest.approx(3)
    assert summary.mean_change == pytest.approx(-5 / 3)
    assert summary.meaningful == 2  # 6 -> 3 and 3 -> 2; not 5 -> 4
    assert summary.direction() == "dropped"


def test_summary_direction_rose_unchanged_and_none() -> None:
    assert rating_summary([point(1, (2, 4))], Measure.TENSION).direction() == "rose"
    assert rating_summary([point(1, (4, 5)), point(2, (5, 4))], Measure.TENSION).direction() == (
        "unchanged"
    )
    empty = rating_summary([point(1, (4, 5))], Measure.PAIN)
    assert (empty.sessions, empty.mean_change, empty.direction()) == (0, None, "none")
