"""Paced breathing core: exact phase boundaries, ramp, session end, pause and resume."""

from __future__ import annotations

import itertools
import math

import pytest

from calmfloor.core.breathing import (
    PRESETS,
    BreathingSession,
    BreathPattern,
    BreathTimeline,
    LengthUnit,
    Pace,
    PatternError,
    Phase,
    PhaseStarted,
    Ramp,
    SessionEnded,
    SessionPlan,
    SessionState,
    StateChanged,
    preset,
)
from calmfloor.core.clock import ManualClock


def boundaries(pattern: BreathPattern, cycles: int) -> list[tuple[float, Phase, int]]:
    """Every phase start of ``cycles`` breaths, computed independently by summing."""
    out = []
    t = 0.0
    for n in range(cycles):
        for phase, length in zip(Phase, pattern.durations, strict=True):
            if length > 0:
                out.append((t, phase, n))
            t += length
    return out


@pytest.mark.parametrize("pattern", PRESETS, ids=lambda p: p.name)
def test_phase_boundaries_exact_for_100_cycles(pattern: BreathPattern) -> None:
    timeline = BreathTimeline(SessionPlan(pattern, LengthUnit.BREATHS, 101))
    for start, phase, n in boundaries(pattern, 100):
        at = timeline.sample(start)
        assert (at.phase, at.breath_index) == (phase, n), f"at {start}s"
        assert at.phase_progress == pytest.approx(0.0, abs=1e-9)
        length = pattern.durations[phase]
        assert at.phase_left_s == pytest.approx(length, abs=1e-9)
        if start == 0:
            continue
        just_before = timeline.sample(start - 1e-6)
        assert (just_before.breath_index, just_before.phase) != (n, phase)


def test_cycle_100_starts_exactly_at_100_cycle_lengths() -> None:
    pattern = preset("4-7-8")
    timeline = BreathTimeline(SessionPlan(pattern, LengthUnit.BREATHS, 150))
    at = timeline.sample(100 * 19.0)
    assert (at.breath_index, at.phase, at.phase_left_s) == (100, Phase.IN, 4.0)
    assert at.breaths_done == 100


def test_levels_follow_the_breath() -> None:
    timeline = BreathTimeline(SessionPlan(preset("Calm"), LengthUnit.BREATHS, 3))
    assert timeline.sample(0).level == 0.0
    assert timeline.sample(2).level == pytest.approx(0.5)
    assert timeline.sample(4.5).level == 1.0  # hold after in: full
    assert timeline.sample(11).level == pytest.approx(0.5)
    mid_levels = [timeline.sample(t / 10).level for t in range(0, 41)]
    assert mid_levels == sorted(mid_levels)  # grows smoothly, never backwards


@pytest.mark.parametrize("pattern", PRESETS, ids=lambda p: p.name)
@pytest.mark.parametrize("minutes", [1, 2.5, 5, 10, 20])
def test_session_by_minutes_ends_at_the_nearest_out_breath_end(
    pattern: BreathPattern, minutes: float
) -> None:
    timeline = BreathTimeline(SessionPlan(pattern, LengthUnit.MINUTES, minutes))
    in_to_out_end = pattern.inhale_s + pattern.hold_in_s + pattern.exhale_s
    n = timeline.total_breaths
    assert timeline.total_s == pytest.approx((n - 1) * pattern.cycle_s + in_to_out_end)
    assert abs(timeline.total_s - minutes * 60) <= pattern.cycle_s / 2 + 1e-9
    end = timeline.sample(timeline.total_s)
    assert end.phase is Phase.OUT and end.phase_progress == 1.0
    assert end.breaths_done == n and end.remaining_s == 0


def test_session_by_breaths_skips_the_final_hold() -> None:
    timeline = BreathTimeline(SessionPlan(preset("Box"), LengthUnit.BREATHS, 10))
    assert timeline.total_s == 9 * 16 + 12
    assert timeline.total_breaths == 10


def test_ramp_reaches_target_rate_at_the_set_time_and_keeps_ratio() -> None:
    pattern = preset("Longer out-breath")  # 10 s cycle, 6 bpm
    pace = Pace(pattern, Ramp(start_bpm=9, minutes=4))
    assert pace.rate_bpm(0) == pytest.approx(9)
    assert pace.rate_bpm(120) == pytest.approx(7.5)
    assert pace.rate_bpm(240) == pytest.approx(6)
    assert pace.rate_bpm(600) == pytest.approx(6)
    # tau and its inverse agree everywhere
    for t in [0, 1, 59.5, 120, 239.99, 240, 241, 900]:
        assert pace.time_at(pace.tau(t)) == pytest.approx(t, abs=1e-9)
    timeline = BreathTimeline(SessionPlan(pattern, LengthUnit.MINUTES, 10, Ramp(9, 4)))
    # early breaths are shorter, in:out stays 4:6
    first_in = timeline.sample(0).phase_length_s
    first_out = timeline.sample(first_in + 1e-6).phase_length_s
    assert first_in < 4 and first_out / first_in == pytest.approx(1.5, rel=0.03)
    # after the ramp the pattern's own lengths hold exactly
    late = timeline.sample(400)
    assert late.phase_length_s == pytest.approx(pattern.durations[late.phase])
    # the rate shown changes smoothly (no jumps frame to frame)
    rates = [timeline.sample(t / 60).rate_bpm for t in range(0, 60 * 300)]
    assert max(abs(a - b) for a, b in itertools.pairwise(rates)) < 0.001


def test_ramp_counts_more_breaths_than_without() -> None:
    pattern = preset("Slow 6 a minute")
    plain = BreathTimeline(SessionPlan(pattern, LengthUnit.MINUTES, 5))
    ramped = BreathTimeline(SessionPlan(pattern, LengthUnit.MINUTES, 5, Ramp(8, 3)))
    assert plain.total_breaths == 30
    assert ramped.total_breaths > plain.total_breaths


def test_pause_and_resume_neither_lose_nor_add_time() -> None:
    clock = ManualClock()
    session = BreathingSession(SessionPlan(preset("Resonance"), LengthUnit.MINUTES, 1))
    session.start(clock.now())
    clock.advance(3.0)
    assert session.elapsed(clock.now()) == pytest.approx(3.0)
    session.pause(clock.now())
    before = session.sample(clock.now())
    clock.advance(600.0)
    assert session.sample(clock.now()) == before
    assert session.update(clock.now()) == []
    session.resume(clock.now())
    assert session.elapsed(clock.now()) == pytest.approx(3.0)
    clock.advance(2.5)
    assert session.elapsed(clock.now()) == pytest.approx(5.5)
    assert session.sample(clock.now()).phase is Phase.OUT


def test_events_from_start_to_finish() -> None:
    clock = ManualClock()
    session = BreathingSession(SessionPlan(preset("Calm"), LengthUnit.BREATHS, 2))
    events = session.start(clock.now())
    assert events == [StateChanged(SessionState.RUNNING), PhaseStarted(Phase.IN, 0)]
    seen = []
    for _ in range(int(40 / 0.25)):
        clock.advance(0.25)
        seen += session.update(clock.now())
    assert seen == [
        PhaseStarted(Phase.HOLD_IN, 0),
        PhaseStarted(Phase.OUT, 0),
        PhaseStarted(Phase.IN, 1),
        PhaseStarted(Phase.HOLD_IN, 1),
        PhaseStarted(Phase.OUT, 1),
        StateChanged(SessionState.FINISHED),
        SessionEnded(completed=True, elapsed_s=28.0, breaths=2),
    ]
    assert session.state is SessionState.FINISHED


def test_a_long_stall_reports_only_the_current_phase() -> None:
    clock = ManualClock()
    session = BreathingSession(SessionPlan(preset("Box"), LengthUnit.MINUTES, 5))
    session.start(clock.now())
    clock.advance(16 * 3 + 9)  # slept through three breaths, now in the out-breath
    assert session.update(clock.now()) == [PhaseStarted(Phase.OUT, 3)]


def test_stop_early_and_stop_after_end() -> None:
    clock = ManualClock()
    session = BreathingSession(SessionPlan(preset("Slow 6 a minute"), LengthUnit.BREATHS, 3))
    session.start(clock.now())
    clock.advance(12)
    events = session.stop(clock.now())
    assert events[-1] == SessionEnded(completed=False, elapsed_s=12.0, breaths=1)
    assert session.state is SessionState.STOPPED
    clock.advance(5)
    assert session.elapsed(clock.now()) == 12.0
    assert session.stop(clock.now()) == []

    late = BreathingSession(SessionPlan(preset("Slow 6 a minute"), LengthUnit.BREATHS, 1))
    late.start(clock.now())
    clock.advance(30)  # ended at 10 s, nobody ticked
    events = late.stop(clock.now())
    assert events[-1] == SessionEnded(completed=True, elapsed_s=10.0, breaths=1)


@pytest.mark.parametrize(
    ("phases", "fragment"),
    [
        ((0.5, 0, 4, 0), "in: must be at least 1"),
        ((4, 0, 0, 0), "out: must be at least 1"),
        ((4, 31, 4, 0), "outside 0-30"),
        ((4, 0.3, 4, 0), "multiple of 0.5"),
        ((4, -1, 4, 0), "outside 0-30"),
        ((math.nan, 0, 4, 0), "not a number"),
    ],
)
def test_bad_patterns_are_refused(phases: tuple[float, ...], fragment: str) -> None:
    with pytest.raises(PatternError, match=fragment):
        BreathPattern("Mine", *phases)


def test_thirty_second_phases_are_allowed() -> None:
    pattern = BreathPattern("Long", 30, 30, 30, 30)
    assert pattern.rate_bpm == 0.5


def test_pattern_dict_round_trip_and_errors() -> None:
    mine = BreathPattern("Evening", 4.5, 1, 7.5, 0, purpose="before bed", cue_in="soften")
    assert BreathPattern.from_dict(mine.to_dict()) == mine
    with pytest.raises(PatternError) as info:
        BreathPattern.from_dict({"name": 3, "in": "four", "out": 5})
    assert len(info.value.problems) == 2


def test_presets_are_as_documented() -> None:
    table = {p.name: p.short_label for p in PRESETS}
    assert table == {
        "Resonance": "5.5-0-5.5-0",
        "Slow 6 a minute": "5-0-5-0",
        "Longer out-breath": "4-0-6-0",
        "Calm": "4-4-6-0",
        "4-7-8": "4-7-8-0",
        "Box": "4-4-4-4",
        "Pelvic-floor drop": "5-0-6-0",
    }
    drop = preset("pelvic-floor drop")
    assert "drop" in drop.cue_in and drop.cue_out
    assert "squeez" not in drop.cue_in.lower()
    assert all(p.purpose for p in PRESETS)
