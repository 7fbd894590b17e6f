"""Done against asked: which programme item each session counted for, and adherence.

Everything here is a pure function of the programmes (with the moment each was made
active) and the session records; the caller passes "today" or ``now`` in.

Rules (see the README, "Programme files"):

- **The programme in force on a day** is the one most recently made active on or before
  that day (by the local day of the activation, in its own UTC offset); it asks for nothing
  outside its own start and end dates. Importing a new programme half-way ends the old one
  on the day before the new one's activation day.
- **A session's day** is its local start day in the UTC offset stored with it, so a clock
  change or a trip never moves a session to another day.
- **A session counts for an item** of the programme in force on its day when it is the same
  practice (the breathing pattern's name, the routine's id, or heat) and it was completed,
  or practised for at least :data:`COUNTS_FROM` of the prescribed minutes. A session sooner
  than ``min_gap_hours`` after the last one counted for the item does not count again.
  Sessions go, in time order, to the first matching item whose period still asks for more,
  otherwise to the first matching item as an extra.
- **Periods** run from the programme's start in steps of ``period`` ``periodUnit``. A period
  is judged on its last day, once that day is over (today counts tomorrow). A period cut
  short by the programme's end, the item's ``boundsDuration`` or a new programme asks for
  its share of ``frequency``, rounded.
- **The two standard measures**: the share of prescribed sessions done, averaged over the
  days that asked for something (each day's share is capped at 100 %, so extra practice
  never hides a missed day); and the share of days on which every item asked daily reached
  its count. Items asked per week or per several days enter the first measure only.
- **As-needed items** are counted, never asked for.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from calmfloor.core.programme import ItemKind, Programme, ProgrammeItem
from calmfloor.core.session import Outcome, SessionKind, SessionRecord
from calmfloor.core.stats import Measure, RatingPoint, RatingSummary, rating_summary

__all__ = [
    "COUNTS_FROM",
    "AdherenceReport",
    "Assignment",
    "DayCell",
    "HeatReview",
    "ItemAdherence",
    "ProgrammeSpan",
    "TodayItem",
    "TodayStatus",
    "WeekAdherence",
    "adherence",
    "assign_sessions",
    "heat_review",
    "hurt_regions",
    "programme_on",
    "rating_change_by_kind",
    "today_status",
]

COUNTS_FROM = 0.8
"""A session stopped early counts when it lasted this share of the prescribed minutes."""


@dataclass(frozen=True, slots=True)
class ProgrammeSpan:
    """A programme and the moment it was made active (timezone-aware)."""

    programme: Programme
    activated: datetime

    def __post_init__(self) -> None:
        if self.activated.tzinfo is None:
            raise ValueError("activated must be timezone-aware")

    @property
    def first_day(self) -> date:
        """The first day this span is in force: its local activation day."""
        return self.activated.date()


def _span_index(spans: Sequence[ProgrammeSpan], day: date) -> int | None:
    found: int | None = None
    for index, span in enumerate(spans):
        if span.first_day <= day and (found is None or span.activated >= spans[found].activated):
            found = index
    return found


def programme_on(spans: Sequence[ProgrammeSpan], day: date) -> Programme | None:
    """The programme in force on ``day``, or None (before the first, or outside its dates)."""
    index = _span_index(spans, day)
    if index is None or not spans[index].programme.runs_on(day):
        return None
    return spans[index].programme


def _last_day_of_span(spans: Sequence[ProgrammeSpan], index: int) -> date:
    """The last day span ``index`` is in force: before the next activation day, or its end."""
    span = spans[index]
    later = [other.first_day for other in spans if other.activated > span.activated]
    last = span.programme.end
    if later:
        last = min(last, min(later) - timedelta(days=1))
    return last


def _same_practice(item: ProgrammeItem, record: SessionRecord) -> bool:
    if item.kind is ItemKind.HEAT:
        return record.kind is SessionKind.HEAT
    if item.kind is ItemKind.ROUTINE:
        return (
            record.kind in (SessionKind.RELAX, SessionKind.STRETCH)
            and record.params.get("routine_id") == item.target
        )
    if record.kind is not SessionKind.BREATHING:
        return False
    pattern = record.params.get("pattern")
    pattern_name = pattern.get("name") if isinstance(pattern, dict) else None
    return item.target in (record.name, pattern_name)


def session_counts(item: ProgrammeItem, record: SessionRecord) -> bool:
    """Whether ``record`` is practice of ``item`` that counts (gap rules aside)."""
    if not _same_practice(item, record) or record.outcome is Outcome.RUNNING:
        return False
    if record.outcome is Outcome.COMPLETED:
        return True
    return record.actual_s >= COUNTS_FROM * item.minutes * 60


@dataclass(frozen=True, slots=True)
class Assignment:
    """What one session counted for.

    Attributes:
        span: the index of the programme span in force.
        programme_id: that programme's id.
        item_id: the item.
        period: the index of the item's period (0 = the first from the programme's start).
        within: True when it filled the period's count, False when it was an extra.
    """

    span: int
    programme_id: str
    item_id: str
    period: int
    within: bool


def _period(programme: Programme, item: ProgrammeItem, day: date) -> int:
    if item.timing is None:
        return (day - programme.start).days  # as needed: counted per day
    return (day - programme.start).days // item.timing.period_days


def assign_sessions(
    spans: Sequence[ProgrammeSpan], records: Sequence[SessionRecord]
) -> list[Assignment | None]:
    """For each record (same order), the programme item it counted for, or None."""
    result: list[Assignment | None] = [None] * len(records)
    order = sorted(range(len(records)), key=lambda index: records[index].started)
    last_counted: dict[tuple[int, str], datetime] = {}
    filled: dict[tuple[int, str, int], int] = {}
    for index in order:
        record = records[index]
        day = record.started.date()
        span = _span_index(spans, day)
        if span is None:
            continue
        programme = spans[span].programme
        choices: list[tuple[ProgrammeItem, int, bool]] = []
        for item in programme.items:
            if not programme.item_runs_on(item, day) or not session_counts(item, record):
                continue
            last = last_counted.get((span, item.id))
            gap = item.min_gap_hours
            if last is not None and gap and record.started - last < timedelta(hours=gap):
                continue
            period = _period(programme, item, day)
            asked = item.timing.frequency if item.timing is not None else math.inf
            choices.append((item, period, filled.get((span, item.id, period), 0) < asked))
        if not choices:
            continue
        item, period, within = next((choice for choice in choices if choice[2]), choices[0])
        last_counted[(span, item.id)] = record.started
        if within:
            filled[(span, item.id, period)] = filled.get((span, item.id, period), 0) + 1
        result[index] = Assignment(span, programme.id, item.id, period, within)
    return result


# -- the review ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DayCell:
    """One item's period, judged on its last day: asked and done (capped at asked)."""

    day: date
    programme_id: str
    item_id: str
    asked: int
    done: int
    daily: bool
    span: int = 0  # which programme span (a revised file may keep its id)


@dataclass(frozen=True, slots=True)
class ItemAdherence:
    """One item over the range.

    Attributes:
        done: sessions that filled a prescribed place (never more than ``asked``).
        extra: further sessions of the item (beyond the count, or as-needed ones).
        minutes_done: minutes practised in the sessions that counted for the item.
    """

    programme_id: str
    item_id: str
    title: str
    kind: ItemKind
    as_needed: bool
    asked: int
    asked_minutes: float
    done: int
    extra: int
    minutes_done: float
    programme_title: str = ""
    span: int = 0

    @property
    def sessions_pct(self) -> float | None:
        """Share of the prescribed sessions done, in %; None when none were asked."""
        return 100.0 * self.done / self.asked if self.asked else None

    @property
    def count(self) -> int:
        """Every session that counted for the item (for as-needed items, the count)."""
        return self.done + self.extra


@dataclass(frozen=True, slots=True)
class WeekAdherence:
    """Seven days from ``start``."""

    start: date
    sessions_pct: float | None
    days_counted: int
    days_full: int

    @property
    def days_full_pct(self) -> float | None:
        return 100.0 * self.days_full / self.days_counted if self.days_counted else None


@dataclass(frozen=True, slots=True)
class AdherenceReport:
    """Adherence over ``[since, until]`` (days before ``today`` only).

    Attributes:
        sessions_pct: the share of prescribed sessions done, averaged over the days that
            asked for something; None when no day did.
        days_counted: days on which something was asked daily.
        days_full: of those, days on which every daily item reached its count.
        items: per item, in programme and file order.
        weeks: the weekly trend, weeks starting at ``since``.
        cells: the day-by-item grid.
    """

    since: date
    until: date
    sessions_pct: float | None
    days_counted: int
    days_full: int
    items: tuple[ItemAdherence, ...]
    weeks: tuple[WeekAdherence, ...]
    cells: tuple[DayCell, ...]

    @property
    def days_full_pct(self) -> float | None:
        """The share of days on which everything asked was done, in %."""
        return 100.0 * self.days_full / self.days_counted if self.days_counted else None


def _cells(
    spans: Sequence[ProgrammeSpan],
    assignments: Sequence[Assignment | None],
    since: date,
    last: date,
) -> list[DayCell]:
    done: dict[tuple[int, str, int], int] = {}
    for assignment in assignments:
        if assignment is not None and assignment.within:
            key = (assignment.span, assignment.item_id, assignment.period)
            done[key] = done.get(key, 0) + 1
    cells: list[DayCell] = []
    for index, span in enumerate(spans):
        programme = span.programme
        span_last = _last_day_of_span(spans, index)
        first = max(programme.start, span.first_day)
        for item in programme.items:
            timing = item.timing
            if timing is None:
                continue
            item_last = span_last
            if timing.bounds_days is not None:
                item_last = min(item_last, programme.start + timedelta(timing.bounds_days - 1))
            day = first
            while day <= min(item_last, last):
                period = _period(programme, item, day)
                period_start = programme.start + timedelta(period * timing.period_days)
                period_end = period_start + timedelta(timing.period_days - 1)
                end = min(period_end, item_last)
                begin = max(period_start, first)
                if since <= end <= last:
                    share = ((end - begin).days + 1) / timing.period_days
                    asked = timing.frequency if share >= 1 else round(timing.frequency * share)
                    if asked:
                        got = min(done.get((index, item.id, period), 0), asked)
                        cells.append(
                            DayCell(end, programme.id, item.id, asked, got, timing.is_daily, index)
                        )
                day = end + timedelta(days=1)
    cells.sort(key=lambda cell: cell.day)
    return cells


def _day_shares(cells: Sequence[DayCell]) -> dict[date, tuple[float, bool | None]]:
    """Per day: the capped share done, and whether every daily item was done (None: none)."""
    by_day: dict[date, list[DayCell]] = {}
    for cell in cells:
        by_day.setdefault(cell.day, []).append(cell)
    shares: dict[date, tuple[float, bool | None]] = {}
    for day, group in by_day.items():
        asked = sum(cell.asked for cell in group)
        got = sum(cell.done for cell in group)
        daily = [cell for cell in group if cell.daily]
        full = all(cell.done >= cell.asked for cell in daily) if daily else None
        shares[day] = (got / asked, full)
    return shares


def adherence(
    spans: Sequence[ProgrammeSpan],
    records: Sequence[SessionRecord],
    since: date,
    until: date,
    today: date,
) -> AdherenceReport:
    """Adherence over the days ``since`` to ``until``; days from ``today`` on are not judged.

    Args:
        spans: every programme with its activation, in any order.
        records: the sessions (at least those from a week before ``since``).
        since: first day, inclusive.
        until: last day, inclusive.
        today: the current local day.
    """
    last = min(until, today - timedelta(days=1))
    assignments = assign_sessions(spans, records)
    cells = _cells(spans, assignments, since, last)
    shares = _day_shares(cells)
    items: list[ItemAdherence] = []
    for index, span in enumerate(spans):
        programme = span.programme
        for item in programme.items:
            mine = [cell for cell in cells if cell.span == index and cell.item_id == item.id]
            counted = [
                records[number]
                for number, assignment in enumerate(assignments)
                if assignment is not None
                and assignment.span == index
                and assignment.item_id == item.id
                and since <= records[number].started.date() <= last
            ]
            asked = sum(cell.asked for cell in mine)
            done = sum(cell.done for cell in mine)
            if not asked and not counted:
                continue
            items.append(
                ItemAdherence(
                    programme_id=programme.id,
                    item_id=item.id,
                    title=item.title,
                    kind=item.kind,
                    as_needed=item.as_needed,
                    asked=asked,
                    asked_minutes=asked * item.minutes,
                    done=done,
                    extra=max(len(counted) - done, 0),
                    minutes_done=sum(record.actual_s for record in counted) / 60,
                    programme_title=programme.title,
                    span=index,
                )
            )
    weeks: list[WeekAdherence] = []
    start = since
    while start <= last:
        days = [start + timedelta(days=offset) for offset in range(7)]
        week = [shares[day] for day in days if day in shares and day <= last]
        judged = [full for _share, full in week if full is not None]
        weeks.append(
            WeekAdherence(
                start=start,
                sessions_pct=100 * sum(s for s, _f in week) / len(week) if week else None,
                days_counted=len(judged),
                days_full=sum(judged),
            )
        )
        start += timedelta(days=7)
    judged = [full for _share, full in shares.values() if full is not None]
    return AdherenceReport(
        since=since,
        until=until,
        sessions_pct=100 * sum(s for s, _f in shares.values()) / len(shares) if shares else None,
        days_counted=len(judged),
        days_full=sum(judged),
        items=tuple(items),
        weeks=tuple(weeks),
        cells=tuple(cells),
    )


# -- today ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TodayItem:
    """One item on the Today view.

    Attributes:
        asked: sessions asked in the current period (0 for an as-needed item).
        done: sessions that counted in it (as-needed: today).
        period_days: 1 for daily items, 7 for weekly ones...
        next_time: the next time of day not yet done, if the item has times.
        ready_at: when a session would count again (``min_gap_hours``), if later than now.
    """

    item: ProgrammeItem
    asked: int
    done: int
    period_days: int
    next_time: time | None
    ready_at: datetime | None

    @property
    def complete(self) -> bool:
        return self.done >= self.asked


@dataclass(frozen=True, slots=True)
class TodayStatus:
    """What the programme asks today, what is done, and what to start next."""

    programme: Programme
    day: date
    items: tuple[TodayItem, ...]
    next_item: ProgrammeItem | None

    @property
    def all_done(self) -> bool:
        return all(entry.complete for entry in self.items)


def today_status(
    spans: Sequence[ProgrammeSpan], records: Sequence[SessionRecord], now: datetime
) -> TodayStatus | None:
    """The Today view at ``now`` (timezone-aware, local), or None when no programme runs."""
    day = now.date()
    index = _span_index(spans, day)
    if index is None or not spans[index].programme.runs_on(day):
        return None
    programme = spans[index].programme
    assignments = assign_sessions(spans, records)
    entries: list[TodayItem] = []
    for item in programme.items:
        if not programme.item_runs_on(item, day):
            continue
        period = _period(programme, item, day)
        mine = [
            (records[number], assignment)
            for number, assignment in enumerate(assignments)
            if assignment is not None and assignment.span == index and assignment.item_id == item.id
        ]
        in_period = [pair for pair in mine if pair[1].period == period]
        timing = item.timing
        if timing is None:
            done = len(in_period)
            asked = 0
        else:
            done = sum(1 for _record, assignment in in_period if assignment.within)
            asked = timing.frequency
        times = timing.times_of_day if timing is not None else ()
        next_time = times[done] if done < len(times) else None
        ready_at: datetime | None = None
        if mine and item.min_gap_hours:
            candidate = max(record.started for record, _a in mine) + timedelta(
                hours=item.min_gap_hours
            )
            ready_at = candidate if candidate > now else None
        period_days = timing.period_days if timing is not None else 1
        entries.append(TodayItem(item, asked, done, period_days, next_time, ready_at))
    pending = [entry for entry in entries if not entry.complete]
    pending.sort(key=lambda entry: (entry.next_time is None, entry.next_time or time()))
    next_item = pending[0].item if pending else None
    return TodayStatus(programme, day, tuple(entries), next_item)


# -- review helpers ------------------------------------------------------------------------


def hurt_regions(records: Sequence[SessionRecord]) -> dict[str, int]:
    """How often each body region was skipped because it hurt, most often first."""
    counts: dict[str, int] = {}
    for record in records:
        skipped = record.details.get("steps_skipped")
        if not isinstance(skipped, list):
            continue
        for step in skipped:
            if isinstance(step, dict) and step.get("hurts") and isinstance(step.get("region"), str):
                counts[step["region"]] = counts.get(step["region"], 0) + 1
    return dict(sorted(counts.items(), key=lambda pair: (-pair[1], pair[0])))


@dataclass(frozen=True, slots=True)
class HeatReview:
    """Heat-pack use, kept apart from practice.

    Attributes:
        sessions: heat sessions.
        minutes: minutes with a pack on.
        overruns: the sessions whose pack stayed on after the alarm, with the seconds over.
    """

    sessions: int
    minutes: float
    overruns: tuple[tuple[SessionRecord, float], ...]


def heat_review(records: Sequence[SessionRecord]) -> HeatReview:
    """Heat sessions, their minutes and their overruns (``details["overrun_s"]`` > 0)."""
    heat = [record for record in records if record.kind is SessionKind.HEAT]
    overruns: list[tuple[SessionRecord, float]] = []
    for record in heat:
        value = record.details.get("overrun_s")
        if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
            overruns.append((record, float(value)))
    return HeatReview(len(heat), sum(record.actual_s for record in heat) / 60, tuple(overruns))


def rating_change_by_kind(
    points: Sequence[RatingPoint],
) -> list[tuple[SessionKind, RatingSummary, RatingSummary]]:
    """Per kind of practice (in :class:`SessionKind` order), the tension and pain summaries:
    does relaxation help more than breathing? Kinds with no session rated before and after
    are left out."""
    found: list[tuple[SessionKind, RatingSummary, RatingSummary]] = []
    for kind in SessionKind:
        mine = [point for point in points if point.kind is kind]
        tension = rating_summary(mine, Measure.TENSION)
        pain = rating_summary(mine, Measure.PAIN)
        if tension.sessions or pain.sessions:
            found.append((kind, tension, pain))
    return found
