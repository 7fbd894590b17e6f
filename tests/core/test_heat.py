"""Heat-pack core: exact deadline, pauses, sleep and clock jumps, cap, skin checks, spacing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone, tzinfo

import pytest

from calmfloor.core.heat import (
    HEAT_AREA_LABELS,
    HEAT_MAX_S,
    HeatArea,
    HeatEnded,
    HeatPlan,
    HeatPlanError,
    HeatPlanProblem,
    HeatState,
    HeatStateChanged,
    HeatTimer,
    PastHeat,
    SkinCheckAcknowledged,
    SkinCheckDue,
    SpacingKind,
    SpacingWarning,
    TimeUp,
    clamp_length_s,
    spacing_warnings,
)

MIN = 60.0
T0 = 1000.0  # monotonic reading at the start
W0 = 1_790_000_000.0  # wall reading at the start (a whole number: exact sums)


class Clocks:
    """A monotonic and a wall reading, moved together or apart by hand."""

    def __init__(self) -> None:
        self.now = T0
        self.wall = W0

    def advance(self, seconds: float) -> tuple[float, float]:
        """Both clocks move: ordinary time passing."""
        self.now += seconds
        self.wall += seconds
        return self.now, self.wall

    def sleep(self, seconds: float) -> tuple[float, float]:
        """The computer sleeps: only the wall clock moves."""
        self.wall += seconds
        return self.now, self.wall

    def at(self) -> tuple[float, float]:
        return self.now, self.wall


def plan(
    minutes: float = 15, check_min: float | None = 5, area: HeatArea = HeatArea.HIP
) -> HeatPlan:
    return HeatPlan(area, minutes * MIN, None if check_min is None else check_min * MIN)


def started(p: HeatPlan | None = None) -> tuple[HeatTimer, Clocks]:
    timer = HeatTimer(p or plan(check_min=None))
    clocks = Clocks()
    assert timer.start(*clocks.at()) == [HeatStateChanged(HeatState.RUNNING)]
    return timer, clocks


# --- the deadline -------------------------------------------------------------------------


def test_alarm_at_the_exact_deadline_not_a_hair_before() -> None:
    timer, _ = started()
    deadline = 15 * MIN
    assert timer.update(T0 + deadline - 1e-6, W0 + deadline - 1e-6) == []
    assert timer.state is HeatState.RUNNING
    assert timer.sample(T0 + deadline - 1e-6, W0 + deadline - 1e-6).left_s > 0
    events = timer.update(T0 + deadline, W0 + deadline)
    assert events == [HeatStateChanged(HeatState.TIME_UP), TimeUp(0.0)]
    assert timer.update(T0 + deadline + 5, W0 + deadline + 5) == []  # once only
    sample = timer.sample(T0 + deadline + 5, W0 + deadline + 5)
    assert (sample.state, sample.left_s, sample.next_event_s) == (HeatState.TIME_UP, 0.0, None)


def test_countdown_counts_down_with_time() -> None:
    timer, clocks = started()
    clocks.advance(61.5)
    sample = timer.sample(*clocks.at())
    assert sample.elapsed_s == 61.5
    assert sample.left_s == 15 * MIN - 61.5
    assert sample.next_event_s == sample.left_s


def test_pause_excludes_paused_time_exactly() -> None:
    timer, clocks = started()
    clocks.advance(100)
    assert timer.pause(*clocks.at()) == [HeatStateChanged(HeatState.PAUSED)]
    clocks.advance(7 * MIN)  # the pack is off the skin
    assert timer.elapsed(*clocks.at()) == 100
    assert timer.update(*clocks.at()) == []
    assert timer.sample(*clocks.at()).next_event_s is None
    assert timer.resume(*clocks.at()) == [HeatStateChanged(HeatState.RUNNING)]
    clocks.advance(15 * MIN - 100 - 1e-3)
    assert timer.update(*clocks.at()) == []
    clocks.advance(1e-3)
    assert TimeUp(0.0) in timer.update(*clocks.at())


def test_pause_at_a_passed_deadline_gives_time_up_not_pause() -> None:
    timer, clocks = started()
    clocks.advance(15 * MIN + 3)
    events = timer.pause(*clocks.at())
    assert events == [HeatStateChanged(HeatState.TIME_UP), TimeUp(3.0)]
    assert timer.state is HeatState.TIME_UP


# --- sleep and clock changes --------------------------------------------------------------


def test_sleep_past_the_end_gives_time_up_at_once_on_wake() -> None:
    timer, clocks = started()
    clocks.advance(8 * MIN)
    assert timer.update(*clocks.at()) == []
    clocks.sleep(10 * MIN)  # monotonic stands still, the pack stays on
    events = timer.update(*clocks.at())
    assert events == [HeatStateChanged(HeatState.TIME_UP), TimeUp(3 * MIN)]


def test_short_sleep_shows_the_true_time_left() -> None:
    timer, clocks = started()
    clocks.advance(2 * MIN)
    clocks.sleep(10 * MIN)
    sample = timer.sample(*clocks.at())
    assert sample.state is HeatState.RUNNING
    assert sample.elapsed_s == 12 * MIN
    assert sample.left_s == 3 * MIN
    assert timer.update(*clocks.at()) == []


def test_wall_clock_moved_back_does_not_lengthen_the_session() -> None:
    timer, clocks = started()
    clocks.advance(5 * MIN)
    clocks.wall -= 3600  # DST mistake, NTP or the user
    clocks.advance(5 * MIN)
    assert timer.sample(*clocks.at()).left_s == 5 * MIN
    clocks.advance(5 * MIN)
    assert TimeUp(0.0) in timer.update(*clocks.at())


def test_wall_clock_moved_back_before_the_start_gives_no_negative_time() -> None:
    timer, clocks = started()
    clocks.wall -= 3600
    assert timer.elapsed(*clocks.at()) == 0.0
    assert timer.sample(*clocks.at()).left_s == 15 * MIN
    # with the monotonic clock also behind (never in real life): still not negative
    assert timer.elapsed(T0 - 5, W0 - 3600) == 0.0


def test_forward_wall_jump_ends_early_the_safe_direction() -> None:
    timer, clocks = started()
    clocks.advance(2 * MIN)
    clocks.wall += 3600  # no sleep, the wall clock simply jumped
    events = timer.update(*clocks.at())
    assert events[0] == HeatStateChanged(HeatState.TIME_UP)
    assert isinstance(events[1], TimeUp) and events[1].overdue_s == 3600 + 2 * MIN - 15 * MIN


def test_sleep_while_paused_is_not_heat_time() -> None:
    timer, clocks = started()
    clocks.advance(MIN)
    timer.pause(*clocks.at())
    clocks.sleep(30 * MIN)
    timer.resume(*clocks.at())
    assert timer.sample(*clocks.at()).left_s == 14 * MIN


# --- the cap and the plan -----------------------------------------------------------------


def test_cap_is_enforced_never_clamped() -> None:
    with pytest.raises(HeatPlanError) as err:
        HeatPlan(HeatArea.HIP, 21 * MIN)
    assert err.value.reason is HeatPlanProblem.OVER_CAP
    assert HeatPlan(HeatArea.HIP, 20 * MIN).length_s == HEAT_MAX_S


def test_a_policy_cap_of_10_minutes_refuses_12() -> None:
    with pytest.raises(HeatPlanError) as err:
        HeatPlan(HeatArea.LOWER_BACK, 12 * MIN, cap_s=10 * MIN)
    assert err.value.reason is HeatPlanProblem.OVER_CAP
    assert HeatPlan(HeatArea.LOWER_BACK, 10 * MIN, cap_s=10 * MIN).length_s == 10 * MIN


@pytest.mark.parametrize(
    ("kwargs", "reason"),
    [
        ({"length_s": 15 * MIN, "cap_s": 25 * MIN}, HeatPlanProblem.CAP_TOO_HIGH),
        ({"length_s": 5 * MIN, "cap_s": 4 * MIN}, HeatPlanProblem.CAP_TOO_LOW),
        ({"length_s": 4 * MIN}, HeatPlanProblem.TOO_SHORT),
        ({"length_s": float("nan")}, HeatPlanProblem.NOT_A_NUMBER),
        ({"length_s": 15 * MIN, "skin_check_every_s": 30.0}, HeatPlanProblem.SKIN_CHECK_INTERVAL),
        (
            {"length_s": 10 * MIN, "skin_check_every_s": 11 * MIN},
            HeatPlanProblem.SKIN_CHECK_INTERVAL,
        ),
    ],
)
def test_bad_plans_are_refused_with_a_reason(
    kwargs: dict[str, float], reason: HeatPlanProblem
) -> None:
    with pytest.raises(HeatPlanError) as err:
        HeatPlan(HeatArea.THIGH, **kwargs)
    assert err.value.reason is reason
    assert isinstance(err.value, ValueError)


def test_skin_check_zero_means_off() -> None:
    assert HeatPlan(HeatArea.HIP, 15 * MIN, skin_check_every_s=0).skin_check_every_s is None


def test_clamp_length_offers_only_allowed_lengths() -> None:
    assert clamp_length_s(2 * MIN, 20 * MIN) == 5 * MIN
    assert clamp_length_s(25 * MIN, 20 * MIN) == 20 * MIN
    assert clamp_length_s(12 * MIN, 10 * MIN) == 10 * MIN
    assert clamp_length_s(25 * MIN, 30 * MIN) == 20 * MIN  # never above the hard cap
    assert clamp_length_s(12 * MIN, 20 * MIN) == 12 * MIN


def test_every_area_has_a_label() -> None:
    assert set(HEAT_AREA_LABELS) == set(HeatArea)


# --- skin checks --------------------------------------------------------------------------


def test_skin_checks_due_at_5_and_10_minutes_of_15_not_at_15() -> None:
    timer, clocks = started(plan(15, 5))
    due: list[tuple[float, object]] = []
    for _ in range(15 * 60):
        clocks.advance(1)
        for event in timer.update(*clocks.at()):
            if isinstance(event, SkinCheckDue | TimeUp):
                due.append((clocks.now - T0, event))
    assert due == [(300, SkinCheckDue(1)), (600, SkinCheckDue(2)), (900, TimeUp(0.0))]


def test_skin_check_not_a_hair_early_and_next_event_points_at_it() -> None:
    timer, clocks = started(plan(15, 5))
    clocks.advance(300 - 1e-6)
    assert timer.update(*clocks.at()) == []
    assert timer.sample(*clocks.at()).next_event_s == pytest.approx(1e-6, abs=1e-7)
    clocks.advance(1e-6)
    assert timer.update(*clocks.at()) == [SkinCheckDue(1)]
    sample = timer.sample(*clocks.at())
    assert sample.pending_skin_check == 1
    assert sample.next_skin_check_s == pytest.approx(300)
    assert sample.next_event_s == pytest.approx(300)


def test_no_skin_checks_when_off() -> None:
    timer, clocks = started(plan(15, None))
    events = [e for _ in range(15 * 60) for e in timer.update(*clocks.advance(1))]
    assert not any(isinstance(e, SkinCheckDue) for e in events)
    assert timer.sample(*clocks.at()).next_skin_check_s is None


def test_pending_skin_check_is_not_duplicated() -> None:
    timer, clocks = started(plan(15, 5))
    clocks.advance(5 * MIN)
    assert timer.update(*clocks.at()) == [SkinCheckDue(1)]
    for _ in range(60):
        assert timer.update(*clocks.advance(1)) == []
    assert timer.sample(*clocks.at()).pending_skin_check == 1


def test_skin_check_acknowledgement_is_counted() -> None:
    timer, clocks = started(plan(15, 5))
    clocks.advance(5 * MIN)
    timer.update(*clocks.at())
    clocks.advance(20)
    assert timer.acknowledge_skin_check(*clocks.at()) == [SkinCheckAcknowledged(1)]
    assert timer.acknowledge_skin_check(*clocks.at()) == []  # nothing pending now
    assert timer.sample(*clocks.at()).pending_skin_check is None
    clocks.advance(5 * MIN)
    assert timer.update(*clocks.at()) == [SkinCheckDue(2)]  # not acknowledged
    clocks.advance(MIN)
    ended = timer.remove(*clocks.at())[-1]
    assert isinstance(ended, HeatEnded)
    assert (ended.skin_checks_due, ended.skin_checks_acknowledged) == (2, 1)


def test_long_stall_asks_for_the_latest_skin_check_once() -> None:
    timer, clocks = started(HeatPlan(HeatArea.HIP, 20 * MIN, 2 * MIN))
    clocks.sleep(9 * MIN)
    assert timer.update(*clocks.at()) == [SkinCheckDue(4)]
    assert timer.update(*clocks.advance(1)) == []


# --- ending -------------------------------------------------------------------------------


def test_remove_early_is_removed_with_actual_time() -> None:
    timer, clocks = started(plan(15, 5))
    clocks.advance(4 * MIN)
    timer.pause(*clocks.at())
    clocks.advance(MIN)
    timer.resume(*clocks.at())
    clocks.advance(3 * MIN)
    events = timer.remove(*clocks.at())
    assert events == [
        SkinCheckDue(1),
        HeatStateChanged(HeatState.REMOVED),
        HeatEnded(False, 15 * MIN, 7 * MIN, 1, 0),
    ]
    assert timer.state is HeatState.REMOVED
    assert timer.remove(*clocks.advance(10)) == []
    assert timer.elapsed(*clocks.advance(100)) == 7 * MIN  # frozen


def test_time_up_then_acknowledge_is_done_with_the_overrun() -> None:
    timer, clocks = started()
    clocks.advance(15 * MIN)
    assert TimeUp(0.0) in timer.update(*clocks.at())
    clocks.advance(40)  # the alarm rang for 40 s with the pack still on
    assert timer.elapsed(*clocks.at()) == 15 * MIN + 40
    events = timer.acknowledge(*clocks.at())
    assert events == [
        HeatStateChanged(HeatState.DONE),
        HeatEnded(True, 15 * MIN, 15 * MIN + 40, 0, 0),
    ]
    assert timer.sample(*clocks.at()).state is HeatState.DONE


def test_remove_after_an_unnoticed_end_is_done() -> None:
    timer, clocks = started()
    clocks.sleep(20 * MIN)
    events = timer.remove(*clocks.at())
    assert events[:2] == [HeatStateChanged(HeatState.TIME_UP), TimeUp(5 * MIN)]
    assert events[-1] == HeatEnded(True, 15 * MIN, 20 * MIN, 0, 0)


def test_cannot_start_twice() -> None:
    timer, clocks = started()
    with pytest.raises(RuntimeError):
        timer.start(*clocks.at())


# --- spacing ------------------------------------------------------------------------------

BERLIN: tzinfo
try:
    from zoneinfo import ZoneInfo

    BERLIN = ZoneInfo("Europe/Berlin")
    HAVE_TZDATA = True
except Exception:  # no tzdata on this system: fixed offsets stand in
    BERLIN = timezone(timedelta(hours=1))
    HAVE_TZDATA = False

CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))


def heat(area: HeatArea, started: datetime, minutes: float = 15) -> PastHeat:
    return PastHeat(area, started, started + timedelta(minutes=minutes))


def test_too_soon_after_the_same_area() -> None:
    end = datetime(2026, 6, 1, 9, 15, tzinfo=UTC)
    past = [heat(HeatArea.HIP, end - timedelta(minutes=15))]
    assert spacing_warnings(HeatArea.HIP, end + timedelta(hours=1, minutes=59), past) == [
        SpacingWarning(SpacingKind.TOO_SOON, HeatArea.HIP, minutes_since_last=119)
    ]
    assert spacing_warnings(HeatArea.HIP, end + timedelta(hours=2, minutes=1), past) == []
    assert spacing_warnings(HeatArea.THIGH, end + timedelta(minutes=5), past) == []


def test_overlapping_past_session_counts_as_gap_zero() -> None:
    start = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)
    past = [heat(HeatArea.HIP, start - timedelta(minutes=5))]  # still on until 9:10
    (warning,) = spacing_warnings(HeatArea.HIP, start, past)
    assert (warning.kind, warning.minutes_since_last) == (SpacingKind.TOO_SOON, 0)


def test_gap_is_measured_from_the_last_end() -> None:
    start = datetime(2026, 6, 1, 18, 0, tzinfo=UTC)
    past = [
        heat(HeatArea.HIP, start - timedelta(hours=6)),
        heat(HeatArea.HIP, start - timedelta(hours=1, minutes=45)),  # ended 1 h 30 ago
    ]
    (warning,) = spacing_warnings(HeatArea.HIP, start, past)
    assert warning.minutes_since_last == 90


def test_fourth_on_the_same_area_today_is_too_many() -> None:
    day = datetime(2026, 6, 1, 8, 0, tzinfo=UTC)
    past = [heat(HeatArea.HIP, day + timedelta(hours=h)) for h in (0, 3, 6)]
    start = day + timedelta(hours=10)
    assert spacing_warnings(HeatArea.HIP, start, past) == [
        SpacingWarning(SpacingKind.TOO_MANY_TODAY, HeatArea.HIP, count_today=3)
    ]
    assert spacing_warnings(HeatArea.HIP, start, past[:2]) == []  # a third is fine
    assert spacing_warnings(HeatArea.THIGH, start, past) == []
    yesterday = [heat(HeatArea.HIP, p.started - timedelta(days=1)) for p in past]
    assert spacing_warnings(HeatArea.HIP, start, yesterday) == []


def test_today_is_the_local_day_of_start() -> None:
    local = timezone(timedelta(hours=-5))
    start = datetime(2026, 6, 1, 21, 0, tzinfo=local)  # 02:00 UTC on 2 June
    past = [heat(HeatArea.HIP, datetime(2026, 6, 1, h, 0, tzinfo=local)) for h in (8, 12, 16)]
    assert [w.kind for w in spacing_warnings(HeatArea.HIP, start, past)] == [
        SpacingKind.TOO_MANY_TODAY
    ]
    # the same three sessions seen from a zone where start is already the next day
    assert spacing_warnings(HeatArea.HIP, start.astimezone(UTC), past) == []


@pytest.mark.parametrize("stored_in", ["local", "utc"])
def test_spacing_across_a_daylight_saving_change(stored_in: str) -> None:
    """Berlin springs forward on 29 March 2026: 02:00 CET becomes 03:00 CEST.

    Past sessions are given in local time, or in UTC as a history database may keep them.
    """
    if HAVE_TZDATA:
        before, after = BERLIN, BERLIN
    else:
        before, after = CET, CEST

    def past_heat(started: datetime, ended: datetime) -> PastHeat:
        if stored_in == "utc":
            started, ended = started.astimezone(UTC), ended.astimezone(UTC)
        return PastHeat(HeatArea.LOWER_BACK, started, ended)

    early = datetime(2026, 3, 29, 0, 30, tzinfo=before)  # 23:30 UTC on 28 March
    ended = datetime(2026, 3, 29, 1, 30, tzinfo=before)  # 00:30 UTC
    past = [
        past_heat(early, early + timedelta(minutes=15)),
        past_heat(ended - timedelta(minutes=15), ended),
        past_heat(  # the evening before, local time: not today
            datetime(2026, 3, 28, 22, 30, tzinfo=before),
            datetime(2026, 3, 28, 22, 45, tzinfo=before),
        ),
    ]
    # 04:29 CEST is 02:29 UTC: 1 h 59 of real time after 01:30 CET, though the clock face
    # shows 2 h 59
    soon = datetime(2026, 3, 29, 4, 29, tzinfo=after)
    assert spacing_warnings(HeatArea.LOWER_BACK, soon, past) == [
        SpacingWarning(SpacingKind.TOO_SOON, HeatArea.LOWER_BACK, minutes_since_last=119)
    ]
    assert spacing_warnings(HeatArea.LOWER_BACK, soon + timedelta(minutes=2), past) == []
    third = past_heat(
        datetime(2026, 3, 29, 10, 0, tzinfo=after), datetime(2026, 3, 29, 10, 15, tzinfo=after)
    )
    evening = datetime(2026, 3, 29, 23, 30, tzinfo=after)  # 21:30 UTC, still 29 March
    assert spacing_warnings(HeatArea.LOWER_BACK, evening, [*past, third]) == [
        SpacingWarning(SpacingKind.TOO_MANY_TODAY, HeatArea.LOWER_BACK, count_today=3)
    ]
    assert spacing_warnings(HeatArea.LOWER_BACK, evening, past) == []


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError):
        spacing_warnings(HeatArea.HIP, datetime(2026, 6, 1, 9, 0), [])
    with pytest.raises(ValueError):
        PastHeat(HeatArea.HIP, datetime(2026, 6, 1, 9, 0), datetime(2026, 6, 1, 9, 15))
