"""HeatController: one ticker only while the pack is on, ticks on the second, alarm and sleep."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from pytestqt.qtbot import QtBot

from calmfloor.core.heat import HeatArea, HeatEnded, HeatPlan, HeatSample, HeatState
from calmfloor.ui.heat.controller import (
    ALARM_MAX_LEVEL,
    ALARM_REPEAT_S,
    NO_WAKE_MS,
    HeatController,
    next_wake_ms,
)

MIN = 60.0
T0 = 1000.0
W0 = 1_790_000_000.0


class SplitClock:
    """A fake clock whose monotonic and wall readings can be moved apart."""

    def __init__(self) -> None:
        self.mono = T0
        self.wall_s = W0

    def now(self) -> float:
        return self.mono

    def wall(self) -> datetime:
        return datetime.fromtimestamp(self.wall_s, UTC)

    def advance(self, seconds: float) -> None:
        """Time passes: both clocks move."""
        self.mono += seconds
        self.wall_s += seconds

    def sleep(self, seconds: float) -> None:
        """The computer sleeps: the monotonic clock stands still."""
        self.wall_s += seconds


class Recorder:
    """Every signal of a controller, in order, with the monotonic time it came."""

    def __init__(self, controller: HeatController, clock: SplitClock) -> None:
        self.events: list[tuple[float, str, object]] = []
        self.samples: list[HeatSample] = []
        for name in ("state_changed", "skin_check_due", "time_up", "alarm_repeat", "ended"):
            getattr(controller, name).connect(
                lambda value, name=name: self.events.append((clock.mono - T0, name, value))
            )
        controller.sample_changed.connect(self.samples.append)

    def named(self, name: str) -> list[tuple[float, object]]:
        return [(t, value) for t, n, value in self.events if n == name]


@pytest.fixture
def clock() -> SplitClock:
    return SplitClock()


@pytest.fixture
def controller(qtbot: QtBot, clock: SplitClock) -> HeatController:
    del qtbot  # only for the running-timer guard and the QApplication
    return HeatController(clock)


def follow_ticker(controller: HeatController, clock: SplitClock, seconds: float) -> list[int]:
    """Play the event loop's part: wait each armed interval on the fake clock, then tick.

    Returns the intervals armed on the way.
    """
    intervals: list[int] = []
    end = clock.mono + seconds
    while controller.ticker.isActive() and clock.mono + controller.ticker.interval() / 1000 <= end:
        interval = controller.ticker.interval()
        assert interval > 0, "the ticker would spin without the clock moving"
        assert len(intervals) < 100_000, "far too many ticks"
        intervals.append(interval)
        clock.advance(interval / 1000)
        controller.tick()
    return intervals


def plan(length_s: float = 15 * MIN, check_s: float | None = None) -> HeatPlan:
    return HeatPlan(HeatArea.LOWER_BACK, length_s, check_s)


def test_ticker_runs_only_while_the_pack_is_on(
    controller: HeatController, clock: SplitClock
) -> None:
    ticker = controller.ticker
    assert ticker.objectName() == "heat-ticker"
    assert not ticker.isActive()
    controller.tick()  # no session: nothing happens
    assert controller.sample() is None and controller.state is HeatState.IDLE
    controller.start(plan())
    assert ticker.isActive()
    controller.pause()
    assert not ticker.isActive()
    clock.advance(60)
    controller.resume()
    assert ticker.isActive()
    controller.remove()
    assert controller.state is HeatState.REMOVED
    assert not ticker.isActive()
    controller.check_now()
    assert not ticker.isActive()


def test_ticker_stops_when_done(controller: HeatController, clock: SplitClock) -> None:
    controller.start(plan(5 * MIN))
    clock.advance(5 * MIN)
    controller.tick()
    assert controller.state is HeatState.TIME_UP
    assert controller.ticker.isActive()  # the alarm repeats
    controller.acknowledge()
    assert controller.state is HeatState.DONE
    assert not controller.ticker.isActive()


def test_interval_is_aligned_to_the_next_whole_second(
    controller: HeatController, clock: SplitClock
) -> None:
    controller.start(plan())
    assert controller.ticker.interval() == 1000
    clock.advance(0.25)
    controller.tick()
    assert controller.ticker.interval() == 750
    clock.advance(0.75)
    controller.tick()
    assert controller.ticker.interval() == 1000
    clock.advance(0.0015)  # a tick a little late: the next one is early by as much
    controller.tick()
    assert controller.ticker.interval() == 999
    controller.remove()


def test_interval_is_cut_short_by_a_skin_check(
    controller: HeatController, clock: SplitClock
) -> None:
    recorder = Recorder(controller, clock)
    controller.start(plan(900.5, 300))  # the check at 300 s falls at half a second left
    assert controller.ticker.interval() == 500
    clock.advance(299.7)
    controller.tick()
    assert controller.ticker.interval() == 300  # the check, before the next whole second
    follow_ticker(controller, clock, 0.3)
    assert recorder.named("skin_check_due") == [(pytest.approx(300), 1)]
    controller.acknowledge_skin_check()
    assert controller.sample() is not None and controller.sample().pending_skin_check is None
    controller.remove()


def test_countdown_ticks_on_every_second_and_time_up_once_at_the_deadline(
    controller: HeatController, clock: SplitClock
) -> None:
    recorder = Recorder(controller, clock)
    controller.start(plan(5 * MIN, 2 * MIN))
    intervals = follow_ticker(controller, clock, 5 * MIN)
    assert intervals == [1000] * 300
    assert recorder.named("skin_check_due") == [(120, 1), (240, 2)]
    assert recorder.named("time_up") == [(300, 0.0)]
    shown = [round(s.left_s, 6) for s in recorder.samples if s.state is HeatState.RUNNING]
    assert shown == [300 - k for k in range(300)]  # every whole second, none skipped
    follow_ticker(controller, clock, 2.0)
    assert len(recorder.named("time_up")) == 1
    controller.acknowledge()


def test_alarm_repeats_louder_until_acknowledged(
    controller: HeatController, clock: SplitClock
) -> None:
    recorder = Recorder(controller, clock)
    controller.start(plan(5 * MIN))
    clock.advance(5 * MIN)
    controller.tick()
    assert controller.ticker.interval() == ALARM_REPEAT_S * 1000
    follow_ticker(controller, clock, (ALARM_MAX_LEVEL + 2) * ALARM_REPEAT_S)
    levels = recorder.named("alarm_repeat")
    assert [level for _, level in levels] == [*range(1, ALARM_MAX_LEVEL + 1), 5, 5]
    assert [t for t, _ in levels] == [300 + k * ALARM_REPEAT_S for k in range(1, 8)]
    controller.check_now()  # an extra look between repeats does not sound it again
    assert len(recorder.named("alarm_repeat")) == 7
    controller.acknowledge()
    assert not controller.ticker.isActive()
    ((_, ended),) = recorder.named("ended")
    assert isinstance(ended, HeatEnded) and ended.completed
    assert ended.actual_s == 5 * MIN + 7 * ALARM_REPEAT_S  # the overrun is recorded


def test_a_sleep_is_noticed_on_the_next_tick(controller: HeatController, clock: SplitClock) -> None:
    recorder = Recorder(controller, clock)
    controller.start(plan(15 * MIN))
    follow_ticker(controller, clock, 2 * MIN)
    assert controller.ticker.interval() <= 1000  # QTimer counts monotonic time only
    clock.sleep(20 * MIN)  # lid closed with the pack on
    controller.tick()  # the first tick after the wake
    assert recorder.named("time_up") == [(120, 7 * MIN)]
    assert controller.state is HeatState.TIME_UP
    assert recorder.samples[-1].left_s == 0.0
    # the repeats count from when it was noticed, starting again at level 1
    follow_ticker(controller, clock, 10)
    assert [level for _, level in recorder.named("alarm_repeat")] == [1]
    controller.acknowledge()


def test_check_now_after_a_short_sleep_shows_the_true_time(
    controller: HeatController, clock: SplitClock
) -> None:
    recorder = Recorder(controller, clock)
    controller.start(plan(15 * MIN))
    clock.sleep(4 * MIN + 0.4)
    controller.check_now()
    assert recorder.samples[-1].left_s == pytest.approx(11 * MIN - 0.4)
    assert controller.ticker.interval() == 600
    controller.remove()


def test_a_slot_that_acknowledges_at_once_leaves_no_ticker(
    controller: HeatController, clock: SplitClock
) -> None:
    recorder = Recorder(controller, clock)
    controller.time_up.connect(controller.acknowledge)
    controller.start(plan(5 * MIN))
    clock.advance(5 * MIN)
    controller.tick()
    assert controller.state is HeatState.DONE
    assert recorder.samples[-1].state is HeatState.DONE  # no stale TIME_UP frame after it
    assert not controller.ticker.isActive()


def test_starting_again_ends_the_session_still_going(
    controller: HeatController, clock: SplitClock
) -> None:
    recorder = Recorder(controller, clock)
    controller.start(plan())
    clock.advance(MIN)
    controller.start(plan(10 * MIN))
    ((_, ended),) = recorder.named("ended")
    assert isinstance(ended, HeatEnded) and not ended.completed and ended.actual_s == MIN
    assert controller.sample() is not None and controller.sample().length_s == 10 * MIN
    controller.remove()


def sample(state: HeatState, elapsed: float, length: float = 900.0, **kw: float) -> HeatSample:
    left = max(length - elapsed, 0.0)
    return HeatSample(
        state=state,
        elapsed_s=elapsed,
        left_s=left,
        length_s=length,
        pending_skin_check=None,
        next_skin_check_s=None,
        next_event_s=kw.get("next_event_s", left if state is HeatState.RUNNING else None),
    )


def test_next_wake_ms() -> None:
    assert next_wake_ms(sample(HeatState.RUNNING, 0.0)) == 1000
    assert next_wake_ms(sample(HeatState.RUNNING, 10.2)) == 800  # 889.8 s left
    assert next_wake_ms(sample(HeatState.RUNNING, 899.9)) == 100
    assert next_wake_ms(sample(HeatState.RUNNING, 3.5, next_event_s=0.25)) == 250
    assert next_wake_ms(sample(HeatState.RUNNING, 900.0, next_event_s=0.0)) == 1  # never spins
    assert next_wake_ms(sample(HeatState.RUNNING, 100.0 - 1e-12)) == 1
    assert next_wake_ms(sample(HeatState.TIME_UP, 903.0)) == 5000
    for state in (HeatState.IDLE, HeatState.PAUSED, HeatState.DONE, HeatState.REMOVED):
        assert next_wake_ms(sample(state, 100.0)) == NO_WAKE_MS
