"""The built-in routines load cleanly, meet the clinical rules, and run end to end."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from calmfloor.core.clock import ManualClock
from calmfloor.core.routine import (
    Mode,
    PhaseStarted,
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
    parse_routine,
    plan_segments,
)

ROUTINES_DIR = Path(__file__).resolve().parents[2] / "assets" / "routines"
FILES = sorted(ROUTINES_DIR.glob("*.toml"))
EXPECTED_IDS = {
    "feet-to-pelvic-floor",
    "feet-to-pelvic-floor-short",
    "feet-to-pelvic-floor-quick",
    "release-only",
    "piriformis-stretch",
    "after-glute-spasm",
}
STANDARD_REGIONS = [
    Region.FEET,
    Region.CALVES,
    Region.THIGHS,
    Region.GLUTES,
    Region.HIPS,
    Region.LOWER_BACK,
    Region.ABDOMEN,
    Region.PELVIC_FLOOR,
    Region.WHOLE_BODY,
]
MUSCLE_MODES = {Mode.TENSE_RELEASE, Mode.GENTLE_TENSE, Mode.RELEASE_ONLY}


def load(path: Path) -> Routine:
    routine, problems = parse_routine(tomllib.loads(path.read_text("utf-8")), path.name)
    assert problems == [], "\n".join(str(p) for p in problems)
    assert routine is not None
    return routine


ROUTINES = {path.stem: load(path) for path in FILES}


def minutes(routine: Routine, **options: bool) -> float:
    return routine.planned_s(**options) / 60.0


def muscle_groups(routine: Routine) -> list[Step]:
    return [step for step in routine.steps if step.mode in MUSCLE_MODES]


def expected_length_s(routine: Routine) -> float:
    """The default plan's length, summed from the step table by hand (not from the plan)."""
    total = 0.0
    for step in routine.steps:
        tense = 0.0 if step.region is Region.PELVIC_FLOOR else step.tense_s
        per_side = {
            Mode.TENSE_RELEASE: step.repetitions * (tense + step.release_s),
            Mode.GENTLE_TENSE: step.repetitions * (tense + step.release_s),
            Mode.RELEASE_ONLY: step.repetitions * step.release_s,
            Mode.HOLD: step.repetitions * (step.hold_s + step.release_s),
            Mode.CONTRACT_RELAX: step.repetitions * (step.hold_s + tense) + step.release_s,
            Mode.REST: step.duration_s,
            Mode.ACTIVITY: step.duration_s,
        }[step.mode] + routine.ready_s
        total += per_side * (2 if step.side is Side.BOTH else 1)
    return total


def test_every_built_in_routine_is_present() -> None:
    assert set(ROUTINES) == EXPECTED_IDS


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_file_is_valid_and_described(path: Path) -> None:
    routine = ROUTINES[path.stem]
    assert routine.id == path.stem
    assert (routine.author, routine.version, routine.language) == ("calmfloor", "1.0", "en")
    assert routine.description
    assert routine.caution
    assert routine.estimated_minutes == round(minutes(routine))
    assert routine.planned_s() == pytest.approx(expected_length_s(routine))
    assert all(step.instruction for step in routine.steps)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_to_toml_round_trips(path: Path) -> None:
    routine = ROUTINES[path.stem]
    back, problems = parse_routine(tomllib.loads(routine.to_toml()), "exported.toml")
    assert problems == []
    assert back == routine


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_the_pelvic_floor_never_tenses_by_default(path: Path) -> None:
    routine = ROUTINES[path.stem]
    for segment in plan_segments(routine):
        if routine.steps[segment.step_index].region is Region.PELVIC_FLOOR:
            assert segment.phase is not RoutinePhase.TENSE
    for step in routine.steps:
        if step.region is Region.PELVIC_FLOOR:
            assert step.mode is Mode.RELEASE_ONLY
            assert step.breath == "in_drop"


def test_standard_routine() -> None:
    routine = ROUTINES["feet-to-pelvic-floor"]
    assert routine.name == "Feet to pelvic floor"
    assert 12 <= minutes(routine) <= 15
    assert [step.region for step in routine.steps] == STANDARD_REGIONS
    for step in routine.steps[:7]:
        assert step.mode is Mode.TENSE_RELEASE
        assert 5 <= step.tense_s <= 7
        assert 30 <= step.release_s <= 40
    pelvic, rest = routine.steps[-2:]
    assert (pelvic.region, pelvic.mode) == (Region.PELVIC_FLOOR, Mode.RELEASE_ONLY)
    assert (rest.region, rest.mode) == (Region.WHOLE_BODY, Mode.REST)
    assert 100 <= rest.duration_s <= 140  # about two minutes of quiet at the end


def test_toes_curl_upward_never_downward() -> None:
    for routine in ROUTINES.values():
        for step in routine.steps:
            if step.region is Region.FEET and step.mode is Mode.TENSE_RELEASE:
                words = step.instruction.lower()
                assert "toes up toward" in words
                assert "do not curl the toes down" in words


def test_short_routine() -> None:
    routine = ROUTINES["feet-to-pelvic-floor-short"]
    standard = ROUTINES["feet-to-pelvic-floor"]
    assert abs(minutes(routine) - 7) <= 1.5
    assert len(muscle_groups(routine)) < len(muscle_groups(standard))
    assert routine.steps[-2].region is Region.PELVIC_FLOOR
    assert routine.steps[-1].mode is Mode.REST


def test_quick_routine_has_four_groups() -> None:
    routine = ROUTINES["feet-to-pelvic-floor-quick"]
    assert abs(minutes(routine) - 4) <= 1
    groups = muscle_groups(routine)
    assert len(groups) == 4
    assert groups[-1].region is Region.PELVIC_FLOOR
    assert len(groups) < len(muscle_groups(ROUTINES["feet-to-pelvic-floor-short"]))
    assert routine.steps[-1].mode is Mode.REST


def test_release_only_routine_never_tenses() -> None:
    routine = ROUTINES["release-only"]
    assert [step.region for step in routine.steps] == STANDARD_REGIONS
    assert {step.mode for step in routine.steps} == {Mode.RELEASE_ONLY, Mode.REST}
    for allow in (False, True):
        plan = plan_segments(routine, allow_pelvic_tense=allow)
        assert all(segment.phase is not RoutinePhase.TENSE for segment in plan)


def test_piriformis_stretch() -> None:
    routine = ROUTINES["piriformis-stretch"]
    assert routine.kind is RoutineKind.STRETCH
    assert routine.repeat_after_hours is not None
    assert 4 <= routine.repeat_after_hours <= 5
    assert "pain" in routine.caution
    (stretch,) = [step for step in routine.steps if step.mode is Mode.CONTRACT_RELAX]
    assert 20 <= stretch.hold_s <= 30
    assert 8 <= stretch.tense_s <= 12
    assert 3 <= stretch.repetitions <= 4
    assert stretch.side is Side.BOTH
    plan = [s for s in plan_segments(routine) if s.step_index == routine.steps.index(stretch)]
    for side in (Side.LEFT, Side.RIGHT):
        rounds = [s.phase for s in plan if s.side is side and s.phase is not RoutinePhase.READY]
        assert rounds == [RoutinePhase.HOLD, RoutinePhase.TENSE] * stretch.repetitions + [
            RoutinePhase.LET_GO
        ]
    assert plan[0].side is Side.LEFT
    assert plan[-1].side is Side.RIGHT


def test_after_a_glute_spasm() -> None:
    routine = ROUTINES["after-glute-spasm"]
    assert routine.kind is RoutineKind.STRETCH
    heat = routine.steps[0]
    assert (heat.mode, heat.activity, heat.region) == (Mode.ACTIVITY, "heat", Region.GLUTES)
    assert 600 <= heat.duration_s <= 900  # 10-15 minutes lying down
    assert heat.caution
    massage = routine.steps[1]
    assert (massage.activity, massage.region) == ("massage", Region.GLUTES)
    assert 60 <= massage.duration_s <= 180
    stretch = [s for s in routine.steps if s.mode is Mode.HOLD and s.region is Region.GLUTES]
    assert stretch
    assert stretch[0].side is Side.BOTH
    assert len([s for s in routine.steps if s.activity == "movement"]) == 3
    assert routine.steps[-1].mode is Mode.REST
    assert all(seg.phase is not RoutinePhase.TENSE for seg in plan_segments(routine))


def expected_events(session: RoutineSession, planned_s: float) -> list[Any]:
    """The exact event list a full run must give, built from the plan."""
    events: list[Any] = [StateChanged(SequencerState.RUNNING)]
    previous: int | None = None
    for segment in session.segments:
        if previous is not None and segment.step_index != previous:
            events.append(StepCompleted(previous))
        events.append(PhaseStarted(segment))
        previous = segment.step_index
    steps = tuple(range(len(session.routine.steps)))
    return [
        *events,
        StepCompleted(steps[-1]),
        StateChanged(SequencerState.FINISHED),
        RoutineEnded(True, planned_s, steps, (), ()),
    ]


@pytest.mark.parametrize("release_only", [False, True], ids=["default", "release-only"])
@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_a_full_run_gives_the_exact_event_sequence(path: Path, release_only: bool) -> None:
    routine = ROUTINES[path.stem]
    session = RoutineSession(routine, release_only=release_only)
    clock = ManualClock(start=5000.25)
    events = session.start(clock.now())
    # visit every boundary, a moment before it, and the middle of every phase
    times = sorted(
        {t for s in session.segments for t in (s.start_s, s.start_s + s.duration_s / 2)}
        | {s.end_s - 0.01 for s in session.segments}
    )
    for t in times:
        clock.set(5000.25 + t)
        events += session.update(clock.now())
    assert session.state is SequencerState.RUNNING
    planned_s = routine.planned_s(release_only=release_only)
    clock.set(5000.25 + planned_s)
    events += session.update(clock.now())
    assert events == expected_events(session, planned_s)
    if release_only:
        assert all(
            e.segment.phase is not RoutinePhase.TENSE for e in events if isinstance(e, PhaseStarted)
        )
    clock.advance(60)
    assert session.update(clock.now()) == []
