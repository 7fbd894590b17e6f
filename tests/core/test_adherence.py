"""Adherence as pure functions over generated histories: done against asked."""

from __future__ import annotations

import tomllib
from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from calmfloor.core.adherence import (
    ProgrammeSpan,
    adherence,
    assign_sessions,
    heat_review,
    hurt_regions,
    programme_on,
    today_status,
)
from calmfloor.core.demo import DEMO_WEEKS, demo_history
from calmfloor.core.programme import Programme, parse_programme
from calmfloor.core.session import Outcome, SessionKind, SessionRecord

CET = timezone(timedelta(hours=1))
BERLIN = ZoneInfo("Europe/Berlin")

BREATHE = """
[[items]]
id = "breathe"
kind = "breathing"
pattern = "Pelvic-floor drop"
minutes = 5
{gap}
[items.timing]
frequency = 2
periodUnit = "d"
timeOfDay = ["08:00", "20:00"]
"""
ROUTINE = """
[[items]]
id = "relax"
kind = "routine"
routine = "release-only"
minutes = 10
[items.timing]
frequency = 1
periodUnit = "d"
"""
WEEKLY = """
[[items]]
id = "stretch"
kind = "routine"
routine = "piriformis-stretch"
minutes = 5
[items.timing]
frequency = 3
periodUnit = "wk"
"""
HEAT = """
[[items]]
id = "heat"
kind = "heat"
minutes = 15
as_needed = true
"""


def programme(*items: str, start: str = "2026-03-02", weeks: int = 4, pid: str = "p") -> Programme:
    text = (
        f'format = 1\nid = "{pid}"\ntitle = "T"\nauthor = "A"\nstart = {start}\n'
        f"weeks = {weeks}\n" + "".join(items)
    )
    parsed, problems = parse_programme(tomllib.loads(text), "test")
    assert problems == [] and parsed is not None
    return parsed


def breathing(
    at: datetime, minutes: float = 5, outcome: Outcome = Outcome.COMPLETED
) -> SessionRecord:
    return SessionRecord(
        kind=SessionKind.BREATHING,
        started=at,
        planned_s=300,
        name="Pelvic-floor drop",
        params={"pattern": {"name": "Pelvic-floor drop"}},
        actual_s=minutes * 60,
        outcome=outcome,
    )


def routine(at: datetime, routine_id: str = "release-only", **details: object) -> SessionRecord:
    kind = SessionKind.STRETCH if routine_id == "piriformis-stretch" else SessionKind.RELAX
    return SessionRecord(
        kind=kind,
        started=at,
        planned_s=600,
        name=routine_id,
        params={"routine_id": routine_id},
        actual_s=600,
        outcome=Outcome.COMPLETED,
        details=dict(details),
    )


def heat(at: datetime, overrun_s: float = 0.0) -> SessionRecord:
    return SessionRecord(
        kind=SessionKind.HEAT,
        started=at,
        planned_s=900,
        actual_s=900 + overrun_s,
        outcome=Outcome.COMPLETED,
        details={"overrun_s": overrun_s},
    )


def local(day: int, hour: int, minute: int = 0, month: int = 3, zone: object = CET) -> datetime:
    assert isinstance(zone, timezone | ZoneInfo)
    return datetime(2026, month, day, hour, minute, tzinfo=zone)


ACTIVATED = datetime(2026, 3, 1, 12, 0, tzinfo=CET)


def test_the_two_standard_measures_for_a_daily_item() -> None:
    spans = [ProgrammeSpan(programme(BREATHE.format(gap="")), ACTIVATED)]
    records = [
        breathing(local(2, 8)), breathing(local(2, 20)),  # day 1: 2 of 2
        breathing(local(3, 9)),  # day 2: 1 of 2
        breathing(local(4, 7)), breathing(local(4, 13)), breathing(local(4, 21)),  # 3: extra
        # day 4 (Mar 5): nothing
        breathing(local(6, 8)),  # today: not judged yet
    ]  # fmt: skip
    report = adherence(spans, records, date(2026, 3, 2), date(2026, 3, 6), date(2026, 3, 6))
    assert report.sessions_pct == pytest.approx((1 + 0.5 + 1 + 0) / 4 * 100)
    assert (report.days_full, report.days_counted) == (2, 4)
    assert report.days_full_pct == 50
    (item,) = report.items
    assert (item.asked, item.done, item.extra) == (8, 5, 1)
    assert item.asked_minutes == 40 and item.minutes_done == 30
    assert item.sessions_pct == pytest.approx(62.5)
    assert [(cell.day.day, cell.asked, cell.done) for cell in report.cells] == [
        (2, 2, 2), (3, 2, 1), (4, 2, 2), (5, 2, 0),
    ]  # fmt: skip


def test_extra_practice_never_hides_a_missed_day() -> None:
    spans = [ProgrammeSpan(programme(BREATHE.format(gap="")), ACTIVATED)]
    records = [breathing(local(2, hour)) for hour in (7, 9, 11, 13)]  # 4 on day 1, 0 on day 2
    report = adherence(spans, records, date(2026, 3, 2), date(2026, 3, 3), date(2026, 3, 4))
    assert report.sessions_pct == 50  # not 100
    assert report.days_full == 1


def test_a_session_stopped_early_counts_from_80_percent_and_a_running_one_never() -> None:
    item = programme(BREATHE.format(gap="")).items[0]
    spans = [ProgrammeSpan(programme(BREATHE.format(gap="")), ACTIVATED)]
    records = [
        breathing(local(2, 8), minutes=4.0, outcome=Outcome.STOPPED),
        breathing(local(2, 9), minutes=3.9, outcome=Outcome.STOPPED),
        breathing(local(2, 10), minutes=5, outcome=Outcome.RUNNING),
        breathing(local(2, 11), minutes=4.5, outcome=Outcome.INTERRUPTED),
    ]
    assigned = assign_sessions(spans, records)
    assert [entry is not None for entry in assigned] == [True, False, False, True]
    assert assigned[0] is not None and assigned[0].item_id == item.id


def test_a_second_session_within_the_minimum_gap_does_not_count() -> None:
    spans = [ProgrammeSpan(programme(BREATHE.format(gap="min_gap_hours = 4")), ACTIVATED)]
    records = [breathing(local(2, 8)), breathing(local(2, 9)), breathing(local(2, 12, 30))]
    assigned = assign_sessions(spans, records)
    assert [entry is not None for entry in assigned] == [True, False, True]
    report = adherence(spans, records, date(2026, 3, 2), date(2026, 3, 2), date(2026, 3, 3))
    assert report.days_full == 1


def test_a_weekly_item_is_judged_when_its_week_ends_and_only_in_the_first_measure() -> None:
    spans = [ProgrammeSpan(programme(WEEKLY), ACTIVATED)]
    records = [
        routine(local(2, 12), "piriformis-stretch"),
        routine(local(4, 12), "piriformis-stretch"),
    ]
    mid_week = adherence(spans, records, date(2026, 3, 2), date(2026, 3, 8), date(2026, 3, 6))
    assert mid_week.cells == () and mid_week.sessions_pct is None
    report = adherence(spans, records, date(2026, 3, 2), date(2026, 3, 8), date(2026, 3, 9))
    (cell,) = report.cells
    assert (cell.day, cell.asked, cell.done, cell.daily) == (date(2026, 3, 8), 3, 2, False)
    assert report.sessions_pct == pytest.approx(200 / 3)
    assert report.days_counted == 0 and report.days_full_pct is None


def test_as_needed_items_are_counted_never_asked() -> None:
    spans = [ProgrammeSpan(programme(ROUTINE, HEAT), ACTIVATED)]
    records = [routine(local(2, 18)), heat(local(2, 15)), heat(local(3, 15)), heat(local(3, 19))]
    report = adherence(spans, records, date(2026, 3, 2), date(2026, 3, 3), date(2026, 3, 4))
    relax, hot = report.items
    assert (relax.asked, relax.done) == (2, 1)
    assert hot.as_needed and hot.asked == 0 and hot.count == 3 and hot.sessions_pct is None
    assert report.sessions_pct == 50  # heat neither helps nor hurts adherence
    assert (report.days_full, report.days_counted) == (1, 2)


def test_each_session_keeps_its_own_local_day_across_a_clock_change() -> None:
    # Berlin moves from +01:00 to +02:00 at 02:00 on 29 March 2026. The history gives
    # sessions back in fixed offsets, as they were stored.
    sessions = [
        local(28, 23, 30, zone=BERLIN),  # 22:30 UTC on the 28th
        local(29, 23, 30, zone=BERLIN),  # 21:30 UTC on the 29th
        local(30, 0, 30, zone=BERLIN),  # 22:30 UTC on the 29th, but the 30th at home
    ]
    assert [moment.utcoffset() for moment in sessions] == [
        timedelta(hours=1),
        timedelta(hours=2),
        timedelta(hours=2),
    ]
    stored = [breathing(moment.astimezone(timezone(moment.utcoffset()))) for moment in sessions]
    spans = [ProgrammeSpan(programme(BREATHE.format(gap=""), weeks=5), ACTIVATED)]
    report = adherence(spans, stored, date(2026, 3, 28), date(2026, 3, 30), date(2026, 3, 31))
    assert [(cell.day.day, cell.done) for cell in report.cells] == [(28, 1), (29, 1), (30, 1)]
    # read in UTC, the last session would wrongly move to the 29th
    in_utc = [record.with_(started=record.started.astimezone(UTC)) for record in stored]
    report = adherence(spans, in_utc, date(2026, 3, 28), date(2026, 3, 30), date(2026, 3, 31))
    assert [(cell.day.day, cell.done) for cell in report.cells] == [(28, 1), (29, 2), (30, 0)]


def test_a_programme_changed_half_way_judges_each_day_by_the_one_in_force() -> None:
    first = programme(BREATHE.format(gap=""), WEEKLY, pid="first")
    second = programme(ROUTINE, start="2026-03-05", pid="second")
    spans = [
        ProgrammeSpan(second, datetime(2026, 3, 5, 7, 0, tzinfo=CET)),
        ProgrammeSpan(first, ACTIVATED),  # any order
    ]
    assert programme_on(spans, date(2026, 3, 4)) is first
    assert programme_on(spans, date(2026, 3, 5)) is second
    assert programme_on(spans, date(2026, 2, 28)) is None
    records = [
        breathing(local(2, 8)), breathing(local(2, 20)),
        breathing(local(3, 8)), breathing(local(3, 20)),
        routine(local(4, 12), "piriformis-stretch"),
        breathing(local(5, 8)),  # the new programme does not ask for breathing
        routine(local(5, 18)), routine(local(6, 18)),
    ]  # fmt: skip
    report = adherence(spans, records, date(2026, 3, 2), date(2026, 3, 8), date(2026, 3, 9))
    by_item = {(item.programme_id, item.item_id): item for item in report.items}
    assert (by_item["first", "breathe"].asked, by_item["first", "breathe"].done) == (6, 4)
    # the weekly stretch ran 3 of 7 days before the change: asked round(3 * 3 / 7) = 1
    assert (by_item["first", "stretch"].asked, by_item["first", "stretch"].done) == (1, 1)
    assert (by_item["second", "relax"].asked, by_item["second", "relax"].done) == (4, 2)
    assert assign_sessions(spans, records)[5] is None
    shares = {cell.day.day for cell in report.cells}
    assert shares == {2, 3, 4, 5, 6, 7, 8}
    assert (report.days_full, report.days_counted) == (4, 7)


def test_the_weekly_trend_starts_at_the_range() -> None:
    spans = [ProgrammeSpan(programme(ROUTINE), ACTIVATED)]
    records = [routine(local(day, 18)) for day in (2, 3, 4, 9, 10, 11, 12, 13, 14, 15)]
    report = adherence(spans, records, date(2026, 3, 2), date(2026, 3, 15), date(2026, 3, 16))
    first, second = report.weeks
    assert (first.start, first.days_full, first.days_counted) == (date(2026, 3, 2), 3, 7)
    assert second.sessions_pct == 100 and second.days_full_pct == 100


def test_today_shows_what_is_asked_done_and_next() -> None:
    spans = [
        ProgrammeSpan(programme(ROUTINE, BREATHE.format(gap="min_gap_hours = 4"), HEAT), ACTIVATED)
    ]
    records = [breathing(local(3, 8, 10)), heat(local(3, 9))]
    now = local(3, 10)
    status = today_status(spans, records, now)
    assert status is not None and status.day == date(2026, 3, 3)
    relax, breathe, hot = status.items
    assert (relax.asked, relax.done, relax.next_time) == (1, 0, None)
    assert (breathe.asked, breathe.done, breathe.next_time) == (2, 1, time(20, 0))
    assert breathe.ready_at == local(3, 12, 10)
    assert (hot.asked, hot.done, hot.complete) == (0, 1, True)
    assert status.next_item is not None and status.next_item.id == "breathe"  # 20:00 first
    assert not status.all_done
    assert today_status(spans, records, local(1, 10, month=4)) is None  # after the end


def test_regions_skipped_because_they_hurt_and_heat_overruns() -> None:
    hurt = {"step": 3, "region": "pelvic_floor", "hurts": True}
    records = [
        routine(local(2, 18), steps_skipped=[hurt, {"step": 1, "region": "feet", "hurts": False}]),
        routine(local(3, 18), steps_skipped=[hurt, {"step": 2, "region": "glutes", "hurts": True}]),
        heat(local(3, 15), overrun_s=57),
        heat(local(4, 15)),
    ]
    assert hurt_regions(records) == {"pelvic_floor": 2, "glutes": 1}
    review = heat_review(records)
    assert review.sessions == 2 and review.minutes == pytest.approx(30 + 57 / 60)
    assert [(record.started.day, seconds) for record, seconds in review.overruns] == [(3, 57.0)]


def test_the_demo_history_is_a_realistic_programme_that_settles() -> None:
    today = date(2026, 12, 6)
    demo = demo_history(today, BERLIN)
    assert demo == demo_history(today, BERLIN)  # deterministic
    spans = []
    for text, activated in demo.programmes:
        parsed, problems = parse_programme(
            tomllib.loads(text),
            "demo",
            routines={"release-only", "feet-to-pelvic-floor-short", "piriformis-stretch"},
            patterns={"Pelvic-floor drop"},
        )
        assert problems == [] and parsed is not None
        spans.append(ProgrammeSpan(parsed, activated))
    start = today - timedelta(days=DEMO_WEEKS * 7)
    report = adherence(spans, demo.sessions, start, today, today)
    assert len(report.weeks) == DEMO_WEEKS
    assert report.sessions_pct is not None and 50 < report.sessions_pct < 95
    first_half = [week.sessions_pct or 0 for week in report.weeks[:4]]
    second_half = [week.sessions_pct or 0 for week in report.weeks[4:]]
    assert sum(second_half) > sum(first_half)
    assert {item.programme_id for item in report.items} == {"pelvic-release-demo"}
    assert len(report.items) == 8  # four items in each of the two versions
    assert {item.title for item in report.items if item.item_id == "relax"} == {
        "Release only",
        "Feet to pelvic floor (short)",
    }
    assert len(demo.flares) == 3 and all(6 <= flare.severity <= 8 for flare in demo.flares)
    assert hurt_regions(demo.sessions)
    assert [seconds for _r, seconds in heat_review(demo.sessions).overruns] == [57.0]
    assert today_status(spans, demo.sessions, datetime(2026, 12, 6, 9, tzinfo=BERLIN))
    offsets = {record.started.utcoffset() for record in demo.sessions}
    assert offsets == {timedelta(hours=2), timedelta(hours=1)}  # across 25 October


def test_rating_change_by_kind_compares_kinds_of_practice() -> None:
    from calmfloor.core.adherence import rating_change_by_kind
    from calmfloor.core.stats import RatingPoint

    def point(kind: SessionKind, tension: tuple[int, int] | None, pain: tuple[int, int] | None):
        t = tension or (None, None)
        p = pain or (None, None)
        return RatingPoint(1, local(2, 8), kind, "x", t[0], t[1], p[0], p[1])

    found = rating_change_by_kind(
        [
            point(SessionKind.BREATHING, (6, 5), (4, 4)),
            point(SessionKind.BREATHING, (6, 4), None),
            point(SessionKind.RELAX, (7, 3), (6, 3)),
            point(SessionKind.HEAT, None, None),  # not rated both times: left out
        ]
    )
    assert [(kind, t.sessions, t.mean_change, p.sessions) for kind, t, p in found] == [
        (SessionKind.BREATHING, 2, -1.5, 1),
        (SessionKind.RELAX, 1, -4.0, 1),
    ]


def test_a_revised_programme_with_the_same_id_is_counted_apart() -> None:
    first = programme(BREATHE.format(gap=""), pid="same")
    revised = programme(BREATHE.format(gap=""), start="2026-03-04", pid="same")
    spans = [
        ProgrammeSpan(first, ACTIVATED),
        ProgrammeSpan(revised, datetime(2026, 3, 4, 7, 0, tzinfo=CET)),
    ]
    records = [breathing(local(day, hour)) for day in (2, 3, 4, 5) for hour in (8, 20)]
    report = adherence(spans, records, date(2026, 3, 2), date(2026, 3, 5), date(2026, 3, 6))
    assert [(item.span, item.asked, item.done) for item in report.items] == [(0, 4, 4), (1, 4, 4)]
