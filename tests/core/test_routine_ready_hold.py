"""The get-ready hold: a tense cue never starts while the instruction is being spoken."""

from __future__ import annotations

from tests.core.test_routine import SMALL

from calmfloor.core.clock import ManualClock
from calmfloor.core.routine import (
    PhaseStarted,
    RoutineEnded,
    RoutinePhase,
    RoutineSession,
    SequencerState,
    StateChanged,
    StepCompleted,
)

R = RoutinePhase


def started() -> tuple[RoutineSession, ManualClock]:
    clock = ManualClock(start=100.0)
    session = RoutineSession(SMALL)
    session.start(clock.now())
    return session, clock


def test_speech_that_ends_in_time_changes_nothing() -> None:
    session, clock = started()
    assert session.hold_ready(clock.now(), cap_s=20)
    clock.advance(3.2)
    session.release_ready(clock.now())
    assert session.update(clock.now()) == []
    clock.set(104.999)
    assert session.update(clock.now()) == []
    clock.set(105.0)
    assert session.update(clock.now()) == [PhaseStarted(session.segments[1])]
    assert not session.holding_ready


def test_long_speech_holds_get_ready_then_the_plan_moves_by_exactly_the_wait() -> None:
    session, clock = started()
    seg = session.segments
    session.hold_ready(clock.now(), cap_s=20)
    clock.set(105.0)
    assert session.update(clock.now()) == []  # still getting ready: the sentence goes on
    sample = session.sample(clock.now())
    assert sample.segment == seg[0]
    assert sample.phase_left_s == 0.0
    assert session.hold_left_s(clock.now()) == 20.0
    clock.set(112.0)
    assert session.update(clock.now()) == []
    assert session.sample(clock.now()).segment == seg[0]
    session.release_ready(clock.now(), after_s=1.0)  # speech done at 112, a breath of quiet
    clock.set(112.5)
    assert session.hold_left_s(clock.now()) == 0.5
    clock.set(112.999)
    assert session.update(clock.now()) == []
    clock.set(113.0)
    assert session.update(clock.now()) == [PhaseStarted(seg[1])]
    # from here every phase is exactly 8 s later than planned
    for segment in seg[2:]:
        clock.set(100.0 + 8.0 + segment.start_s - 1e-6)
        assert PhaseStarted(segment) not in session.update(clock.now())
        clock.set(100.0 + 8.0 + segment.start_s)
        assert PhaseStarted(segment) in session.update(clock.now())
    clock.set(100.0 + 8.0 + 80.0)
    events = session.update(clock.now())
    assert events[-2:] == [
        StateChanged(SequencerState.FINISHED),
        RoutineEnded(True, 88.0, (0, 1, 2), (), ()),
    ]


def test_the_cap_lets_go_even_if_speech_never_reports_done() -> None:
    session, clock = started()
    session.hold_ready(clock.now(), cap_s=4.0)
    clock.set(108.999)
    assert session.update(clock.now()) == []
    clock.set(109.0)
    assert session.update(clock.now()) == [PhaseStarted(session.segments[1])]
    assert not session.holding_ready
    session.release_ready(clock.now())  # late report: ignored
    clock.set(100.0 + 4.0 + 10.0)
    assert session.update(clock.now()) == [PhaseStarted(session.segments[2])]


def test_a_stalled_frame_past_the_hold_gives_only_the_current_phase() -> None:
    session, clock = started()
    session.hold_ready(clock.now(), cap_s=20)
    clock.set(107.0)
    session.release_ready(clock.now())
    clock.set(100.0 + 2.0 + 12.0)  # two seconds late, and past tense into let go
    assert session.update(clock.now()) == [PhaseStarted(session.segments[2])]


def test_pause_during_a_hold_freezes_it() -> None:
    session, clock = started()
    session.hold_ready(clock.now(), cap_s=20)
    clock.set(106.0)
    session.pause(clock.now())
    clock.set(200.0)
    session.resume(clock.now())
    session.release_ready(clock.now())
    assert session.update(clock.now()) == [PhaseStarted(session.segments[1])]
    assert session.sample(clock.now()).phase_elapsed_s == 0.0


def test_skip_or_back_drop_the_hold() -> None:
    session, clock = started()
    session.hold_ready(clock.now(), cap_s=20)
    clock.set(106.0)
    events = session.skip(clock.now())
    assert events[-1] == PhaseStarted(session.segments[3])
    assert not session.holding_ready
    clock.set(111.0)
    assert session.update(clock.now()) == [PhaseStarted(session.segments[4])]


def test_no_hold_outside_get_ready_or_before_the_start() -> None:
    session = RoutineSession(SMALL)
    assert not session.hold_ready(0.0)
    session, clock = started()
    clock.set(106.0)
    session.update(clock.now())
    assert not session.hold_ready(clock.now())
    assert session.update(clock.now()) == []
    clock.set(110.0)
    assert session.update(clock.now()) == [PhaseStarted(session.segments[2])]


def test_stop_while_held_counts_the_real_time() -> None:
    session, clock = started()
    session.hold_ready(clock.now(), cap_s=20)
    clock.set(109.0)
    events = session.stop(clock.now())
    assert events[-1] == RoutineEnded(False, 9.0, (), (), ())
    assert StepCompleted(0) not in events
