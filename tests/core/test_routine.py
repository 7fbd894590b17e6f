"""Routine core: file checks, the plan with its safety options, and the sequencer."""

from __future__ import annotations

import itertools
import math
import tomllib
from typing import Any

import pytest

from calmfloor.core.clock import ManualClock
from calmfloor.core.routine import (
    MAX_STEPS,
    PHASE_LABELS,
    REGION_LABELS,
    SIDE_LABELS,
    BreathCoupling,
    Mode,
    PhaseStarted,
    Problem,
    Region,
    Routine,
    RoutineEnded,
    RoutineKind,
    RoutinePhase,
    RoutineSession,
    SequencerState,
    Side,
    StateChanged,
    Step,
    StepCompleted,
    StepSkipped,
    parse_routine,
    plan_segments,
)

R = RoutinePhase


def step(**keys: Any) -> dict[str, Any]:
    """A valid step table (calves, tense and let go), changed by ``keys``."""
    table: dict[str, Any] = {
        "region": "calves",
        "mode": "tense_release",
        "instruction": "Firm up the calf, then let it go.",
    }
    table.update(keys)
    return {key: value for key, value in table.items() if value is not None}


def doc(*steps: dict[str, Any], **keys: Any) -> dict[str, Any]:
    """A valid routine document, changed by ``keys`` (None removes a key)."""
    table: dict[str, Any] = {
        "format": 1,
        "id": "test",
        "name": "Test",
        "author": "a physio",
        "version": "1.0",
        "steps": list(steps) or [step()],
    }
    table.update(keys)
    return {key: value for key, value in table.items() if value is not None}


def check(data: dict[str, Any]) -> list[Problem]:
    routine, problems = parse_routine(data, "test.toml")
    assert (routine is None) == bool(problems)
    return problems


def only_problem(data: dict[str, Any]) -> Problem:
    problems = check(data)
    assert len(problems) == 1, [str(p) for p in problems]
    return problems[0]


def routine_of(*steps: dict[str, Any], **keys: Any) -> Routine:
    routine, problems = parse_routine(doc(*steps, **keys), "test.toml")
    assert problems == []
    assert routine is not None
    return routine


def phases(routine: Routine, **options: bool) -> list[tuple[RoutinePhase, float, Side | None]]:
    return [(s.phase, s.duration_s, s.side) for s in plan_segments(routine, **options)]


# ---------------------------------------------------------------------------- checking


def test_a_minimal_file_gets_the_documented_defaults() -> None:
    routine = routine_of()
    assert routine == Routine(
        id="test",
        name="Test",
        author="a physio",
        version="1.0",
        steps=(Step(Region.CALVES, Mode.TENSE_RELEASE, "Firm up the calf, then let it go."),),
    )
    assert routine.language == "en"
    assert routine.kind is RoutineKind.RELAX
    assert routine.ready_s == 5.0
    assert routine.steps[0].tense_s == 5.0
    assert routine.steps[0].release_s == 30.0
    assert routine.steps[0].repetitions == 1


def test_the_message_names_step_region_and_key_in_plain_words() -> None:
    problem = only_problem(doc(step(), step(), step(tense_s=0)))
    assert (
        problem.message == 'step 3 ("calves"), key "tense_s": 0 is too short; use 3 to 10 seconds.'
    )
    assert (problem.step, problem.key, problem.code) == (3, "tense_s", "out_of_range")
    assert str(problem) == f"test.toml: {problem.message}"


STEP_CASES = [
    # (step keys, code, key, words in the message)
    ({"tense_s": 2.9}, "out_of_range", "tense_s", "too short; use 3 to 10 seconds"),
    ({"tense_s": 10.5}, "out_of_range", "tense_s", "too long; use 3 to 10 seconds"),
    ({"release_s": 9}, "out_of_range", "release_s", "use 10 to 60 seconds"),
    ({"release_s": 61}, "out_of_range", "release_s", "too long"),
    ({"mode": "hold", "hold_s": 4}, "out_of_range", "hold_s", "use 5 to 120 seconds"),
    ({"mode": "hold", "hold_s": 121}, "out_of_range", "hold_s", "too long"),
    ({"mode": "rest", "duration_s": 601}, "out_of_range", "duration_s", "use 5 to 600"),
    ({"mode": "activity", "duration_s": 29}, "out_of_range", "duration_s", "use 30 to 1800"),
    ({"repetitions": 0}, "out_of_range", "repetitions", "0 is too few; use 1 to 10."),
    ({"repetitions": 11}, "out_of_range", "repetitions", "too many"),
    (
        {"mode": "activity", "activity": "heat", "duration_s": 1500},
        "out_of_range",
        "duration_s",
        "too long for a heat pack; use 300 to 1200 seconds",
    ),
    (
        {"mode": "activity", "activity": "heat", "duration_s": 200},
        "out_of_range",
        "duration_s",
        "too short for a heat pack",
    ),
    ({"hold_s": 20}, "not_for_mode", "hold_s", 'not used by mode "tense_release"'),
    ({"mode": "release_only", "tense_s": 5}, "not_for_mode", "tense_s", "release_only"),
    ({"mode": "hold", "hold_s": 20, "duration_s": 60}, "not_for_mode", "duration_s", "hold"),
    ({"mode": "rest", "duration_s": 60, "release_s": 20}, "not_for_mode", "release_s", "rest"),
    ({"mode": "rest", "duration_s": 60, "activity": "heat"}, "not_for_mode", "activity", "rest"),
    ({"mode": "rest", "duration_s": 60, "repetitions": 2}, "not_for_mode", "repetitions", "once"),
    ({"mode": "hold"}, "missing", "hold_s", 'mode "hold" needs this key'),
    ({"mode": "contract_relax"}, "missing", "hold_s", "5 to 120"),
    ({"mode": "activity"}, "missing", "duration_s", 'mode "activity" needs this key'),
    ({"mode": "activity", "duration_s": 60, "activity": "yoga"}, "bad_value", "activity", "heat"),
    ({"tense_s": True}, "wrong_type", "tense_s", "true is not a number"),
    ({"repetitions": False}, "wrong_type", "repetitions", "false is not a whole number"),
    ({"tense_s": "5"}, "wrong_type", "tense_s", '"5" is not a number'),
    ({"repetitions": 2.0}, "wrong_type", "repetitions", "not a whole number"),
    ({"tense_s": math.nan}, "not_finite", "tense_s", "nan is not a usable number"),
    ({"release_s": math.inf}, "not_finite", "release_s", "not a usable number"),
    ({"release_s": -math.inf}, "not_finite", "release_s", "not a usable number"),
    ({"region": "knees"}, "bad_value", "region", '"knees" is not a body region'),
    ({"region": 3}, "wrong_type", "region", "not text"),
    ({"mode": "tense"}, "bad_value", "mode", "tense_release"),
    ({"side": "middle"}, "bad_value", "side", "left, right, both"),
    ({"breath": "in"}, "bad_value", "breath", "out_release, in_drop"),
    ({"region": None}, "missing", "region", "this key is missing"),
    ({"mode": None}, "missing", "mode", "this key is missing"),
    ({"instruction": None}, "missing", "instruction", "this key is missing"),
    ({"instruction": "   "}, "missing", "instruction", "empty"),
    ({"instruction": "x" * 401}, "too_long_text", "instruction", "401 characters"),
    ({"caution": "x" * 301}, "too_long_text", "caution", "300 or fewer"),
    ({"tense": 5}, "unknown_key", "tense", 'Did you mean "tense_s"?'),
]


@pytest.mark.parametrize(("keys", "code", "key", "words"), STEP_CASES)
def test_each_step_rule(keys: dict[str, Any], code: str, key: str, words: str) -> None:
    problem = only_problem(doc(step(), step(**keys)))
    assert (problem.code, problem.step, problem.key) == (code, 2, key)
    assert problem.message.startswith("step 2")
    assert f'key "{key}"' in problem.message
    assert words in problem.message
    assert problem.message.endswith((".", "?"))


TOP_CASES = [
    ({"id": "Bad Id"}, "bad_value", "id", "not a valid id"),
    ({"id": "x" * 65}, "bad_value", "id", "64"),
    ({"version": "1.0.0.0"}, "bad_value", "version", "not a valid version"),
    ({"version": 1.0}, "wrong_type", "version", "1.0 is not text"),
    ({"language": "english"}, "bad_value", "language", "not a valid language"),
    ({"kind": "relaxing"}, "bad_value", "kind", 'Did you mean "relax"?'),
    ({"name": "x" * 81}, "too_long_text", "name", "80 or fewer"),
    ({"name": " "}, "missing", "name", "empty"),
    ({"author": None}, "missing", "author", "this key is missing"),
    ({"description": "x" * 1001}, "too_long_text", "description", "1000 or fewer"),
    ({"caution": "x" * 301}, "too_long_text", "caution", "300"),
    ({"ready_s": 31}, "out_of_range", "ready_s", "use 0 to 30 seconds"),
    ({"ready_s": -1}, "out_of_range", "ready_s", "too short"),
    ({"ready_s": True}, "wrong_type", "ready_s", "not a number"),
    ({"repeat_after_hours": 0.5}, "out_of_range", "repeat_after_hours", "use 1 to 24 hours"),
    ({"repeat_after_hours": 25}, "out_of_range", "repeat_after_hours", "24"),
    ({"estimated_minutes": 0}, "out_of_range", "estimated_minutes", "use 1 to 90 minutes"),
    ({"estimated_minutes": math.nan}, "not_finite", "estimated_minutes", "nan"),
    ({"format": 0}, "out_of_range", "format", "format = 1"),
    ({"format": True}, "wrong_type", "format", "not a whole number"),
    ({"format": "1"}, "wrong_type", "format", "not a whole number"),
    ({"format": None}, "missing", "format", "format = 1"),
    ({"steps": []}, "missing", "steps", "[[steps]]"),
    ({"steps": "feet"}, "wrong_type", "steps", "[[steps]]"),
    ({"colour": "red"}, "unknown_key", "colour", "does not know this key"),
]


@pytest.mark.parametrize(("keys", "code", "key", "words"), TOP_CASES)
def test_each_top_level_rule(keys: dict[str, Any], code: str, key: str, words: str) -> None:
    problem = only_problem(doc(**keys))
    assert (problem.code, problem.step, problem.key) == (code, None, key)
    assert problem.message.startswith(f'key "{key}": ')
    assert words in problem.message


def test_every_problem_is_collected_not_just_the_first() -> None:
    data = doc(
        step(tense_s=0, hold_s=20),
        step(region="knees", mode="hold", repetitions=True),
        "not a table",  # type: ignore[arg-type]
        step(mode="rest", duration_s=60, breath="in", colour="red"),
        name="",
        version="one",
        estimated_minutes=math.inf,
    )
    found = {(p.step, p.key, p.code) for p in check(data)}
    assert found == {
        (None, "name", "missing"),
        (None, "version", "bad_value"),
        (None, "estimated_minutes", "not_finite"),
        (1, "tense_s", "out_of_range"),
        (1, "hold_s", "not_for_mode"),
        (2, "region", "bad_value"),
        (2, "hold_s", "missing"),
        (2, "repetitions", "wrong_type"),
        (3, None, "wrong_type"),
        (4, "breath", "bad_value"),
        (4, "colour", "unknown_key"),
    }


def test_a_newer_format_gets_that_one_problem_only() -> None:
    problem = only_problem(doc(format=2, colour="red", steps=[{"new": "thing"}]))
    assert problem.code == "newer_format"
    assert "newer calmfloor" in problem.message


def test_too_many_steps() -> None:
    rest = step(region="whole_body", mode="rest", duration_s=5)
    assert check(doc(*[rest] * MAX_STEPS)) == []
    problem = only_problem(doc(*[rest] * (MAX_STEPS + 1)))
    assert (problem.code, problem.key) == ("too_many_steps", "steps")
    assert "61 steps" in problem.message


def test_a_routine_longer_than_90_minutes_is_refused() -> None:
    walk = step(region="whole_body", mode="activity", duration_s=1800)
    assert check(doc(walk, walk)) == []
    problem = only_problem(doc(walk, walk, walk, walk))
    assert (problem.code, problem.key) == ("out_of_range", "steps")
    assert "120.3 minutes" in problem.message


def test_the_estimate_must_be_near_the_computed_length() -> None:
    # 15 steps of 40 s: 10 minutes; 25 % of that is 2.5 minutes
    steps = [step()] * 15
    assert check(doc(*steps, estimated_minutes=12)) == []
    assert check(doc(*steps, estimated_minutes=7.5)) == []
    problem = only_problem(doc(*steps, estimated_minutes=13))
    assert (problem.code, problem.key) == ("estimate_mismatch", "estimated_minutes")
    assert "says 13 minutes" in problem.message
    assert "add up to 10 minutes" in problem.message
    # short routines get a whole minute of slack
    assert check(doc(estimated_minutes=1)) == []  # 40 s
    assert only_problem(doc(estimated_minutes=2)).code == "estimate_mismatch"


def test_the_estimate_uses_the_default_safety_options() -> None:
    pelvic = step(region="pelvic_floor", tense_s=10, release_s=10, repetitions=10)
    # default plan: 5 + 10 * 10 s = 105 s; with tensing it would be 205 s
    assert check(doc(pelvic, estimated_minutes=1.75)) == []


def test_a_document_that_is_not_a_table() -> None:
    routine, problems = parse_routine([], "x.toml")  # type: ignore[arg-type]
    assert routine is None
    assert problems[0].code == "wrong_type"


def test_text_is_stripped() -> None:
    routine = routine_of(step(instruction="  Let go.\n"), name="  Calm  ")
    assert routine.name == "Calm"
    assert routine.steps[0].instruction == "Let go."


def test_to_toml_round_trips_every_field() -> None:
    routine = Routine(
        id="all.fields_1",
        name='Quotes " and \\ backslash',
        author="Dr. Ünal – physio",
        version="2.10.3",
        description="Line one\nline two\ttabbed, a bell \x07 and \x7f",
        language="pt-BR",
        kind=RoutineKind.STRETCH,
        estimated_minutes=20.5,
        ready_s=0.25,
        repeat_after_hours=4.5,
        caution="Gentle — never into pain.",
        steps=(
            Step(Region.FEET, Mode.GENTLE_TENSE, "Toes up", tense_s=3.3, release_s=10.7),
            Step(
                Region.GLUTES,
                Mode.CONTRACT_RELAX,
                'Press "gently"',
                tense_s=10,
                hold_s=25,
                release_s=30,
                repetitions=3,
                side=Side.BOTH,
                breath=BreathCoupling.OUT_RELEASE,
                caution="Stop if it hurts.",
            ),
            Step(Region.PELVIC_FLOOR, Mode.RELEASE_ONLY, "Drop", breath=BreathCoupling.IN_DROP),
            Step(Region.GLUTES, Mode.ACTIVITY, "Heat", duration_s=900, activity="heat"),
            Step(Region.WHOLE_BODY, Mode.REST, "Rest", duration_s=7.5, side=Side.LEFT),
        ),
    )
    text = routine.to_toml()
    back, problems = parse_routine(tomllib.loads(text), "round.toml")
    assert problems == []
    assert back == routine


def test_labels_cover_every_value() -> None:
    assert set(REGION_LABELS) == set(Region)
    assert set(PHASE_LABELS) == set(RoutinePhase)
    assert set(SIDE_LABELS) == set(Side)
    assert REGION_LABELS[Region.PELVIC_FLOOR] == "Pelvic floor"
    assert PHASE_LABELS[RoutinePhase.LET_GO] == "Let go"


# ---------------------------------------------------------------------------- the plan


def test_tense_release_phases_and_offsets() -> None:
    routine = routine_of(step(tense_s=6, release_s=35, repetitions=2))
    segments = plan_segments(routine)
    assert [(s.phase, s.start_s, s.duration_s, s.repetition) for s in segments] == [
        (R.READY, 0, 5, 0),
        (R.TENSE, 5, 6, 0),
        (R.LET_GO, 11, 35, 0),
        (R.TENSE, 46, 6, 1),
        (R.LET_GO, 52, 35, 1),
    ]
    assert [s.index for s in segments] == list(range(5))
    assert all(s.repetitions == 2 for s in segments)
    assert routine.planned_s() == 87


def test_both_sides_run_left_then_right_each_with_its_own_get_ready() -> None:
    routine = routine_of(step(side="both"), step(region="hips", side="right"))
    assert phases(routine) == [
        (R.READY, 5, Side.LEFT),
        (R.TENSE, 5, Side.LEFT),
        (R.LET_GO, 30, Side.LEFT),
        (R.READY, 5, Side.RIGHT),
        (R.TENSE, 5, Side.RIGHT),
        (R.LET_GO, 30, Side.RIGHT),
        (R.READY, 5, Side.RIGHT),
        (R.TENSE, 5, Side.RIGHT),
        (R.LET_GO, 30, Side.RIGHT),
    ]
    assert [s.step_index for s in plan_segments(routine)] == [0] * 6 + [1] * 3


def test_every_mode_gives_its_documented_phases() -> None:
    routine = routine_of(
        step(mode="gentle_tense", tense_s=4),
        step(mode="release_only", release_s=20, repetitions=2),
        step(mode="hold", hold_s=25, release_s=15, repetitions=2),
        step(mode="contract_relax", hold_s=25, tense_s=10, release_s=30, repetitions=3),
        step(region="whole_body", mode="rest", duration_s=120),
        step(region="glutes", mode="activity", activity="massage", duration_s=90),
        ready_s=3,
    )
    segments = plan_segments(routine)
    by_step = [[(s.phase, s.duration_s) for s in segments if s.step_index == i] for i in range(6)]
    assert by_step == [
        [(R.READY, 3), (R.TENSE, 4), (R.LET_GO, 30)],
        [(R.READY, 3), (R.LET_GO, 20), (R.LET_GO, 20)],
        [(R.READY, 3), (R.HOLD, 25), (R.LET_GO, 15), (R.HOLD, 25), (R.LET_GO, 15)],
        [(R.READY, 3), (R.HOLD, 25), (R.TENSE, 10)] * 1
        + [(R.HOLD, 25), (R.TENSE, 10)] * 2
        + [(R.LET_GO, 30)],
        [(R.READY, 3), (R.REST, 120)],
        [(R.READY, 3), (R.ACTIVITY, 90)],
    ]
    assert [s.gentle for s in segments if s.phase is R.TENSE] == [True, False, False, False]
    final = [s for s in segments if s.step_index == 3][-1]
    assert (final.phase, final.repetition, final.repetitions) == (R.LET_GO, 2, 3)
    for before, after in itertools.pairwise(segments):
        assert after.start_s == before.end_s
    assert routine.planned_s() == segments[-1].end_s == sum(s.duration_s for s in segments)


def test_no_get_ready_phase_when_ready_s_is_zero() -> None:
    routine = routine_of(step(side="both"), ready_s=0)
    assert [p for p, _, _ in phases(routine)] == [R.TENSE, R.LET_GO, R.TENSE, R.LET_GO]


def test_the_pelvic_floor_never_tenses_unless_allowed() -> None:
    routine = routine_of(
        step(region="pelvic_floor", repetitions=2),
        step(region="pelvic_floor", mode="gentle_tense"),
        step(region="pelvic_floor", mode="contract_relax", hold_s=20, repetitions=2),
        step(region="feet"),
    )
    plan = plan_segments(routine)
    assert [(s.step_index, s.phase) for s in plan if s.phase is not R.READY] == [
        (0, R.LET_GO),
        (0, R.LET_GO),
        (1, R.LET_GO),
        (2, R.HOLD),
        (2, R.HOLD),
        (2, R.LET_GO),
        (3, R.TENSE),  # other regions still tense
        (3, R.LET_GO),
    ]
    allowed = plan_segments(routine, allow_pelvic_tense=True)
    assert [s.step_index for s in allowed if s.phase is R.TENSE] == [0, 0, 1, 2, 2, 3]
    assert routine.planned_s(allow_pelvic_tense=True) == routine.planned_s() + 5 * 5


def test_release_only_drops_every_tense_phase() -> None:
    routine = routine_of(
        step(repetitions=2),
        step(region="glutes", mode="contract_relax", hold_s=25, tense_s=10, repetitions=3),
        step(region="pelvic_floor"),
    )
    for allow in (False, True):
        plan = plan_segments(routine, release_only=True, allow_pelvic_tense=allow)
        assert all(s.phase is not R.TENSE for s in plan)
        assert [(s.step_index, s.phase) for s in plan if s.phase is not R.READY] == [
            (0, R.LET_GO),
            (0, R.LET_GO),
            (1, R.HOLD),
            (1, R.HOLD),
            (1, R.HOLD),
            (1, R.LET_GO),
            (2, R.LET_GO),
        ]
    assert routine.planned_s(release_only=True) == routine.planned_s() - 2 * 5 - 3 * 10


# ---------------------------------------------------------------------------- the sequencer

# tense 40 s | both sides, let go only, 2 x 15 s | rest 10 s: 80 s in all
SMALL = routine_of(
    step(region="feet"),
    step(region="calves", mode="release_only", release_s=10, side="both"),
    step(region="whole_body", mode="rest", duration_s=5),
)


def run_in_ticks(
    session: RoutineSession, clock: ManualClock, seconds: float, tick_s: float = 0.5
) -> list[Any]:
    events: list[Any] = []
    for _ in range(round(seconds / tick_s)):
        clock.advance(tick_s)
        events += session.update(clock.now())
    return events


def test_the_exact_event_sequence_of_a_full_run() -> None:
    clock = ManualClock()
    session = RoutineSession(SMALL)
    seg = session.segments
    assert [(s.phase, s.start_s, s.side) for s in seg] == [
        (R.READY, 0, None),
        (R.TENSE, 5, None),
        (R.LET_GO, 10, None),
        (R.READY, 40, Side.LEFT),
        (R.LET_GO, 45, Side.LEFT),
        (R.READY, 55, Side.RIGHT),
        (R.LET_GO, 60, Side.RIGHT),
        (R.READY, 70, None),
        (R.REST, 75, None),
    ]
    assert session.start(clock.now()) == [
        StateChanged(SequencerState.RUNNING),
        PhaseStarted(seg[0]),
    ]
    assert run_in_ticks(session, clock, 100) == [
        PhaseStarted(seg[1]),
        PhaseStarted(seg[2]),
        StepCompleted(0),
        PhaseStarted(seg[3]),
        PhaseStarted(seg[4]),
        PhaseStarted(seg[5]),
        PhaseStarted(seg[6]),
        StepCompleted(1),
        PhaseStarted(seg[7]),
        PhaseStarted(seg[8]),
        StepCompleted(2),
        StateChanged(SequencerState.FINISHED),
        RoutineEnded(True, 80.0, (0, 1, 2), (), ()),
    ]
    assert session.state is SequencerState.FINISHED
    assert session.elapsed(clock.now()) == 80.0
    assert session.update(clock.now()) == []


def test_each_phase_starts_exactly_on_its_boundary() -> None:
    routine = routine_of(step(tense_s=3.3, release_s=10.7, repetitions=3, side="both"), ready_s=0.1)
    clock = ManualClock(start=12345.678)
    session = RoutineSession(routine)
    session.start(clock.now())
    for segment in session.segments[1:]:
        clock.set(12345.678 + segment.start_s - 1e-6)
        assert session.update(clock.now()) == []
        clock.set(12345.678 + segment.start_s)
        assert session.update(clock.now()) == [PhaseStarted(segment)]
    clock.set(12345.678 + routine.planned_s())
    assert session.update(clock.now())[-1] == RoutineEnded(True, routine.planned_s(), (0,), (), ())


def test_the_sample_counts_down_phase_step_and_total() -> None:
    clock = ManualClock()
    session = RoutineSession(SMALL)
    idle = session.sample(clock.now())
    assert (idle.state, idle.segment, idle.total_left_s, idle.elapsed_s) == (
        SequencerState.IDLE,
        None,
        80.0,
        0.0,
    )
    session.start(clock.now())
    clock.advance(47.5)  # left side of step 2, 2.5 s into letting go
    events, sample = session.advance(clock.now())
    assert events == [StepCompleted(0), PhaseStarted(session.segments[4])]
    assert sample.segment == session.segments[4]
    assert (sample.step_index, sample.step_count) == (1, 3)
    assert sample.phase_elapsed_s == pytest.approx(2.5)
    assert sample.phase_left_s == pytest.approx(7.5)
    assert sample.step_left_s == pytest.approx(22.5)
    assert sample.total_left_s == pytest.approx(32.5)
    assert sample.elapsed_s == pytest.approx(47.5)
    assert sample.completed == frozenset({0})
    assert sample == session.sample(clock.now())


def test_pause_and_resume_neither_lose_nor_add_time() -> None:
    clock = ManualClock()
    session = RoutineSession(SMALL)
    session.start(clock.now())
    clock.advance(12.5)
    session.update(clock.now())
    assert session.pause(clock.now()) == [StateChanged(SequencerState.PAUSED)]
    before = session.sample(clock.now())
    clock.advance(600)
    assert session.update(clock.now()) == []
    assert session.sample(clock.now()) == before
    assert session.elapsed(clock.now()) == pytest.approx(12.5)
    assert session.resume(clock.now()) == [StateChanged(SequencerState.RUNNING)]
    clock.advance(27.5)  # 40 s of active time: step 2 starts now, not 600 s late or early
    assert session.update(clock.now()) == [StepCompleted(0), PhaseStarted(session.segments[3])]
    events = []
    for pause_at in (3, 9, 20):
        events += run_in_ticks(session, clock, pause_at)
        events += session.toggle(clock.now())
        clock.advance(77.7)
        events += session.toggle(clock.now())
    events += run_in_ticks(session, clock, 30)
    assert events[-1] == RoutineEnded(True, 80.0, (0, 1, 2), (), ())
    assert [e for e in events if isinstance(e, PhaseStarted)] == [
        PhaseStarted(s) for s in session.segments[4:]
    ]


def test_skip_goes_to_the_next_step_and_time_runs_on_from_there() -> None:
    clock = ManualClock()
    session = RoutineSession(SMALL)
    session.start(clock.now())
    clock.advance(7)
    assert session.skip(clock.now()) == [
        PhaseStarted(session.segments[1]),
        StepSkipped(0, hurts=False),
        PhaseStarted(session.segments[3]),
    ]
    sample = session.sample(clock.now())
    assert (sample.step_index, sample.phase_elapsed_s, sample.total_left_s) == (1, 0, 40)
    assert sample.skipped == frozenset({0})
    clock.advance(5)
    assert session.update(clock.now()) == [PhaseStarted(session.segments[4])]
    events = run_in_ticks(session, clock, 60)
    assert events[-1] == RoutineEnded(True, 7 + 40, (1, 2), (0,), ())


def test_skip_because_it_hurts_is_recorded() -> None:
    clock = ManualClock()
    session = RoutineSession(SMALL)
    session.start(clock.now())
    clock.advance(41)
    events = session.skip(clock.now(), hurts=True)
    assert StepSkipped(1, hurts=True) in events
    events = session.stop(clock.now())
    assert events == [
        StateChanged(SequencerState.STOPPED),
        RoutineEnded(False, 41.0, (0,), (1,), (1,)),
    ]


def test_skipping_the_last_step_finishes_the_routine() -> None:
    clock = ManualClock()
    session = RoutineSession(SMALL)
    session.start(clock.now())
    clock.advance(72)
    session.update(clock.now())
    assert session.skip(clock.now()) == [
        StepSkipped(2, hurts=False),
        StateChanged(SequencerState.FINISHED),
        RoutineEnded(True, 72.0, (0, 1), (2,), ()),
    ]
    assert not session.is_active
    clock.advance(30)
    assert session.update(clock.now()) == []
    assert session.skip(clock.now()) == []
    assert session.elapsed(clock.now()) == 72.0
    assert session.sample(clock.now()).total_left_s == 0


def test_skip_while_paused_stays_paused_at_the_next_step() -> None:
    clock = ManualClock()
    session = RoutineSession(SMALL)
    session.start(clock.now())
    clock.advance(20)
    session.pause(clock.now())
    clock.advance(100)
    events = session.skip(clock.now())
    assert events[-2:] == [StepSkipped(0, False), PhaseStarted(session.segments[3])]
    assert session.state is SequencerState.PAUSED
    clock.advance(100)
    assert session.sample(clock.now()).phase_elapsed_s == 0
    session.resume(clock.now())
    clock.advance(5)
    assert session.update(clock.now()) == [PhaseStarted(session.segments[4])]
    assert session.elapsed(clock.now()) == pytest.approx(25)


def test_back_restarts_the_step_when_well_into_it() -> None:
    clock = ManualClock()
    session = RoutineSession(SMALL)
    session.start(clock.now())
    clock.advance(40 + 8)
    session.update(clock.now())
    assert session.back(clock.now()) == [PhaseStarted(session.segments[3])]
    sample = session.sample(clock.now())
    assert (sample.step_index, sample.phase_elapsed_s, sample.completed) == (1, 0, {0})
    clock.advance(5)
    assert session.update(clock.now()) == [PhaseStarted(session.segments[4])]


def test_back_soon_after_a_step_starts_goes_to_the_previous_one() -> None:
    clock = ManualClock()
    session = RoutineSession(SMALL)
    session.start(clock.now())
    clock.advance(40 + 3)
    session.update(clock.now())
    assert session.back(clock.now()) == [PhaseStarted(session.segments[0])]
    sample = session.sample(clock.now())
    assert (sample.step_index, sample.completed, sample.total_left_s) == (0, frozenset(), 80)
    events = run_in_ticks(session, clock, 90)
    assert events[-1] == RoutineEnded(True, 43 + 80, (0, 1, 2), (), ())


def test_back_on_the_first_step_restarts_it_and_back_undoes_a_skip() -> None:
    clock = ManualClock()
    session = RoutineSession(SMALL)
    session.start(clock.now())
    clock.advance(2)
    assert session.back(clock.now()) == [PhaseStarted(session.segments[0])]
    clock.advance(2)
    assert session.sample(clock.now()).phase_left_s == pytest.approx(3)
    session.skip(clock.now())
    assert session.sample(clock.now()).skipped == {0}
    clock.advance(1)
    session.back(clock.now())
    assert session.sample(clock.now()).skipped == frozenset()
    assert session.sample(clock.now()).step_index == 0


def test_stop_early_and_stop_after_the_end() -> None:
    clock = ManualClock()
    session = RoutineSession(SMALL)
    session.start(clock.now())
    clock.advance(50)
    assert session.stop(clock.now()) == [
        StepCompleted(0),
        PhaseStarted(session.segments[4]),
        StateChanged(SequencerState.STOPPED),
        RoutineEnded(False, 50.0, (0,), (), ()),
    ]
    clock.advance(10)
    assert session.elapsed(clock.now()) == 50.0
    assert session.stop(clock.now()) == []
    assert session.toggle(clock.now()) == []

    late = RoutineSession(SMALL)
    late.start(clock.now())
    clock.advance(500)  # it ended at 80 s and nobody ticked
    assert late.stop(clock.now())[-1] == RoutineEnded(True, 80.0, (0, 1, 2), (), ())
    assert late.state is SequencerState.FINISHED


def test_a_long_stall_reports_only_the_current_phase() -> None:
    clock = ManualClock()
    session = RoutineSession(SMALL)
    session.start(clock.now())
    clock.advance(76)  # slept through two steps; now resting
    assert session.update(clock.now()) == [
        StepCompleted(0),
        StepCompleted(1),
        PhaseStarted(session.segments[8]),
    ]


def test_start_twice_is_an_error_and_an_empty_routine_cannot_run() -> None:
    session = RoutineSession(SMALL)
    session.start(0.0)
    with pytest.raises(RuntimeError):
        session.start(1.0)
    empty = Routine(id="e", name="E", author="a", version="1", steps=())
    with pytest.raises(ValueError):
        RoutineSession(empty)


@pytest.mark.parametrize("option", ["release_only", "pelvic_default"])
def test_release_only_steps_never_produce_a_tense_phase(option: str) -> None:
    if option == "release_only":
        routine = routine_of(
            step(region="feet", repetitions=3),
            step(region="glutes", mode="gentle_tense", side="both"),
            step(region="hips", mode="contract_relax", hold_s=20, repetitions=2),
        )
        session = RoutineSession(routine, release_only=True)
    else:
        routine = routine_of(step(region="pelvic_floor", repetitions=3))
        session = RoutineSession(routine)
    clock = ManualClock()
    events = session.start(clock.now()) + run_in_ticks(session, clock, 400, tick_s=0.25)
    started = [e.segment.phase for e in events if isinstance(e, PhaseStarted)]
    assert started
    assert R.TENSE not in started
    assert R.LET_GO in started
    assert events[-1] == RoutineEnded(
        True,
        routine.planned_s(release_only=option == "release_only"),
        (0, 1, 2)[: len(routine.steps)],
        (),
        (),
    )
