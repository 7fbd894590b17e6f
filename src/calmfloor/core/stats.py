"""History statistics for the charts: practice per day and week, streaks, rating change.

Everything here works on local calendar days that storage has already worked out: the day
of a session is the calendar day of its start in the UTC offset recorded with that session,
so a session at 00:30 on the night the clocks change still lands on the day the user lived
it, and a 25-hour day is still one day. Nothing here reads a clock: ``today`` is passed in.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Literal

from calmfloor.core.session import SessionKind, SessionRecord

DAYS_PER_WEEK = 7
SECONDS_PER_MINUTE = 60.0
MEANINGFUL_POINTS = 2
MEANINGFUL_FRACTION = 0.30
UNCHANGED_BELOW_POINTS = 0.05  # a mean change smaller than this reads as "unchanged"
_EPS = 1e-9  # float slack so 30 % of 10 is exactly 3 points


class Range(StrEnum):
    """The time ranges the history page can show."""

    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    ALL = "all"


class Bucket(StrEnum):
    """How the bars of a practice chart are grouped."""

    DAY = "day"
    WEEK = "week"


RANGE_DAYS: dict[Range, int] = {Range.WEEK: 7, Range.MONTH: 30, Range.QUARTER: 91, Range.YEAR: 365}


def range_start(rng: Range, today: date, first_day: date | None) -> date:
    """The first day shown for ``rng`` when the range ends ``today`` (inclusive).

    Args:
        rng: the range chosen.
        today: the last day shown.
        first_day: the local day of the oldest stored session, None when there is none.

    Returns:
        ``today`` minus ``RANGE_DAYS[rng] - 1`` days; for ALL the first practised day, or
        ``today`` when there is no history (or it starts in the future).
    """
    if rng is Range.ALL:
        return first_day if first_day is not None and first_day <= today else today
    return today - timedelta(days=RANGE_DAYS[rng] - 1)


def bucket_for(rng: Range) -> Bucket:
    """Daily bars up to three months, weekly bars for a year or more."""
    return Bucket.WEEK if rng in (Range.YEAR, Range.ALL) else Bucket.DAY


def week_start_of(day: date, week_start: int) -> date:
    """The first day of the week holding ``day``; ``week_start`` 0 = Monday ... 6 = Sunday."""
    return day - timedelta(days=(day.weekday() - week_start) % DAYS_PER_WEEK)


def _days(start: date, end: date, step: int = 1) -> list[date]:
    count = (end - start).days // step + 1 if end >= start else 0
    return [start + timedelta(days=n * step) for n in range(count)]


# ---------------------------------------------------------------------------------------
# Practice totals


@dataclass(frozen=True, slots=True)
class DayKindTotal:
    """Practice of one kind on one local day.

    Attributes:
        day: local calendar day of the session start, in the offset recorded with it.
        kind: what was practised.
        seconds: active seconds practised (sum of ``actual_s``).
        sessions: how many sessions.
    """

    day: date
    kind: SessionKind
    seconds: float
    sessions: int


def local_day(started: datetime) -> date:
    """The calendar day of ``started`` in its own offset: the day the user lived it."""
    return started.date()


def totals_from_records(records: Iterable[SessionRecord]) -> list[DayKindTotal]:
    """Per-day, per-kind totals of records, sorted by day then kind.

    The same figures as ``HistoryStore.daily_totals``, worked out in Python (for small
    lists and as the reference in tests).
    """
    sums: dict[tuple[date, SessionKind], tuple[float, int]] = {}
    for record in records:
        key = (local_day(record.started), record.kind)
        seconds, count = sums.get(key, (0.0, 0))
        sums[key] = (seconds + record.actual_s, count + 1)
    return [
        DayKindTotal(day, kind, seconds, count)
        for (day, kind), (seconds, count) in sorted(sums.items())
    ]


@dataclass(frozen=True, slots=True)
class PracticeSeries:
    """Stacked-bar data: minutes per bucket and kind.

    Attributes:
        bucket: days or weeks.
        starts: the first day of each bucket, oldest first, without gaps.
        minutes: one value per bucket for every SessionKind (zeros included).
        sessions: sessions per bucket, all kinds together.
    """

    bucket: Bucket
    starts: tuple[date, ...]
    minutes: dict[SessionKind, tuple[float, ...]]
    sessions: tuple[int, ...]

    def total_minutes(self) -> float:
        """Minutes practised over the whole series, all kinds."""
        return sum(sum(values) for values in self.minutes.values())


def practice_series(
    totals: Iterable[DayKindTotal],
    start: date,
    end: date,
    bucket: Bucket,
    week_start: int = 0,
) -> PracticeSeries:
    """Minutes per day or week and kind from ``start`` to ``end`` (both inclusive).

    Days without practice give zeros, so bars line up with their dates. Weekly buckets
    begin on ``week_start`` (0 = Monday ... 6 = Sunday, from the locale); the first one may
    begin before ``start`` but only the days in ``[start, end]`` are counted.

    Args:
        totals: per-day totals, in any order; days outside the range are ignored.
        start: first day counted.
        end: last day counted; before ``start`` gives an empty series.
        bucket: one bar per day or per week.
        week_start: first weekday of a week.
    """
    if bucket is Bucket.DAY:
        starts = _days(start, end)
        step = 1
    else:
        starts = _days(week_start_of(start, week_start), end, DAYS_PER_WEEK) if end >= start else []
        step = DAYS_PER_WEEK
    first = starts[0] if starts else start
    minutes = {kind: [0.0] * len(starts) for kind in SessionKind}
    sessions = [0] * len(starts)
    for total in totals:
        if not start <= total.day <= end:
            continue
        index = (total.day - first).days // step
        minutes[total.kind][index] += total.seconds / SECONDS_PER_MINUTE
        sessions[index] += total.sessions
    return PracticeSeries(
        bucket=bucket,
        starts=tuple(starts),
        minutes={kind: tuple(values) for kind, values in minutes.items()},
        sessions=tuple(sessions),
    )


@dataclass(frozen=True, slots=True)
class PracticeSummary:
    """What was practised over a range.

    Attributes:
        sessions: sessions, all kinds.
        minutes: minutes practised, all kinds.
        days_practised: days with any practice time.
        minutes_by_kind: minutes for every SessionKind (zeros included).
        sessions_by_kind: sessions for every SessionKind (zeros included).
    """

    sessions: int
    minutes: float
    days_practised: int
    minutes_by_kind: dict[SessionKind, float]
    sessions_by_kind: dict[SessionKind, int]


def practice_summary(totals: Iterable[DayKindTotal], start: date, end: date) -> PracticeSummary:
    """Add up the totals of the days from ``start`` to ``end`` (both inclusive)."""
    inside = [t for t in totals if start <= t.day <= end]
    minutes_by_kind = dict.fromkeys(SessionKind, 0.0)
    sessions_by_kind = dict.fromkeys(SessionKind, 0)
    for total in inside:
        minutes_by_kind[total.kind] += total.seconds / SECONDS_PER_MINUTE
        sessions_by_kind[total.kind] += total.sessions
    return PracticeSummary(
        sessions=sum(sessions_by_kind.values()),
        minutes=sum(minutes_by_kind.values()),
        days_practised=len(practised_days(inside)),
        minutes_by_kind=minutes_by_kind,
        sessions_by_kind=sessions_by_kind,
    )


# ---------------------------------------------------------------------------------------
# Consistency


def practised_days(totals: Iterable[DayKindTotal]) -> set[date]:
    """The days with some practice time (a session stopped at 0 seconds does not count)."""
    return {total.day for total in totals if total.seconds > 0}


def current_streak(days: set[date], today: date) -> int:
    """Consecutive practised days up to today.

    A day not yet practised does not break the streak until it is over: when ``today`` has
    no practice, the streak ending yesterday is still alive.
    """
    day = today if today in days else today - timedelta(days=1)
    streak = 0
    while day in days:
        streak += 1
        day -= timedelta(days=1)
    return streak


@dataclass(frozen=True, slots=True)
class WeekProgress:
    """Days practised this week against the weekly goal.

    Attributes:
        week_start: the first day of the current week.
        days_done: days practised so far this week.
        goal: days per week the user aims for.
        met: the goal is reached.
    """

    week_start: date
    days_done: int
    goal: int
    met: bool


def week_progress(days: set[date], today: date, week_start: int, goal: int) -> WeekProgress:
    """How many days of the week holding ``today`` were practised, against ``goal``."""
    first = week_start_of(today, week_start)
    done = sum(1 for day in _days(first, first + timedelta(days=DAYS_PER_WEEK - 1)) if day in days)
    return WeekProgress(week_start=first, days_done=done, goal=goal, met=done >= goal)


def calendar_weeks(end: date, weeks: int, week_start: int) -> list[list[date]]:
    """The heat-map grid: ``weeks`` columns of 7 days, oldest first; the last holds ``end``.

    Each column starts on ``week_start`` (0 = Monday ... 6 = Sunday), so days after ``end``
    in the last column are in the future; the view leaves them blank.
    """
    last = week_start_of(end, week_start)
    first = last - timedelta(weeks=max(weeks, 0) - 1)
    return [_days(col, col + timedelta(days=DAYS_PER_WEEK - 1)) for col in _days(first, last, 7)]


# ---------------------------------------------------------------------------------------
# Ratings


class Measure(StrEnum):
    """The symptoms rated before and after a session."""

    TENSION = "tension"
    PAIN = "pain"


@dataclass(frozen=True, slots=True)
class RatingPoint:
    """One session with at least one rating.

    Attributes:
        session_id: the stored session.
        started: its start, timezone-aware in the session's own offset.
        kind: what was practised.
        name: pattern or routine name.
        tension_before, tension_after, pain_before, pain_after: 0-10 ratings or None.
    """

    session_id: int
    started: datetime
    kind: SessionKind
    name: str
    tension_before: int | None
    tension_after: int | None
    pain_before: int | None
    pain_after: int | None

    def pair(self, measure: Measure) -> tuple[int | None, int | None]:
        """The (before, after) ratings of ``measure``."""
        if measure is Measure.TENSION:
            return (self.tension_before, self.tension_after)
        return (self.pain_before, self.pain_after)

    def change(self, measure: Measure) -> int | None:
        """After minus before (negative: it dropped); None unless both were rated."""
        before, after = self.pair(measure)
        return None if before is None or after is None else after - before


def is_meaningful_drop(before: int, after: int) -> bool:
    """True when a rating fell by a change that matters clinically.

    That is a drop of at least :data:`MEANINGFUL_POINTS` points, or of at least
    :data:`MEANINGFUL_FRACTION` of the rating before (so 3 -> 2 counts, 5 -> 4 does not).
    """
    drop = before - after
    if drop <= 0:
        return False
    return drop >= MEANINGFUL_POINTS or drop >= MEANINGFUL_FRACTION * before - _EPS


def rolling_mean(values: Sequence[float], window: int = 7) -> list[float]:
    """Trailing mean of each value with up to ``window - 1`` values before it.

    Raises:
        ValueError: ``window`` is less than 1.
    """
    if window < 1:
        raise ValueError(f"window must be at least 1, got {window}")
    means: list[float] = []
    running = 0.0
    for index, value in enumerate(values):
        running += value
        if index >= window:
            running -= values[index - window]
        means.append(running / min(index + 1, window))
    return means


@dataclass(frozen=True, slots=True)
class RatingSummary:
    """The change of one measure over the sessions rated before and after.

    Attributes:
        measure: tension or pain.
        sessions: sessions with both a before and an after rating of it.
        mean_before, mean_after: mean ratings (None without sessions).
        mean_change: mean of after minus before per session (negative: it dropped).
        meaningful: sessions with a clinically meaningful drop.
    """

    measure: Measure
    sessions: int
    mean_before: float | None
    mean_after: float | None
    mean_change: float | None
    meaningful: int

    def direction(self) -> Literal["dropped", "rose", "unchanged", "none"]:
        """Which way the measure went on average, for the plain-language summary."""
        if self.sessions == 0 or self.mean_change is None:
            return "none"
        if abs(self.mean_change) < UNCHANGED_BELOW_POINTS:
            return "unchanged"
        return "dropped" if self.mean_change < 0 else "rose"


def rating_summary(points: Iterable[RatingPoint], measure: Measure) -> RatingSummary:
    """Summarise ``measure`` over the points rated both before and after."""
    pairs = [
        (before, after)
        for before, after in (point.pair(measure) for point in points)
        if before is not None and after is not None
    ]
    if not pairs:
        return RatingSummary(measure, 0, None, None, None, 0)
    count = len(pairs)
    mean_before = sum(before for before, _ in pairs) / count
    mean_after = sum(after for _, after in pairs) / count
    return RatingSummary(
        measure=measure,
        sessions=count,
        mean_before=mean_before,
        mean_after=mean_after,
        mean_change=sum(after - before for before, after in pairs) / count,
        meaningful=sum(1 for before, after in pairs if is_meaningful_drop(before, after)),
    )
