"""The routine controller, its history recorder and the routine library, without the page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from calmfloor.core.clock import ManualClock
from calmfloor.core.routine import Routine, RoutineEnded, SequencerState
from calmfloor.core.session import Outcome
from calmfloor.storage.history_db import HistoryStore
from calmfloor.storage.routines_store import RoutineSource
from calmfloor.ui.kit.session import FRAME_INTERVAL_MS, HEARTBEAT_S
from calmfloor.ui.relax.controller import RelaxController, RoutineRecorder
from calmfloor.ui.relax.library import RoutineLibrary

ROUTINE = """\
format = 1
id = "two-steps"
name = "Two steps"
author = "Test"
version = "1.2"
ready_s = 2

[[steps]]
region = "hands"
mode = "tense_release"
instruction = "Make a soft fist, then let go."
tense_s = 4
release_s = 20

[[steps]]
region = "shoulders"
mode = "tense_release"
instruction = "Lift your shoulders a little, then let them drop."
tense_s = 4
release_s = 20
"""


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    with HistoryStore.open(tmp_path / "h.sqlite3") as opened:
        yield opened


@pytest.fixture
def controller(qtbot: QtBot, clock: ManualClock) -> Iterator[RelaxController]:
    made = RelaxController(clock)
    yield made
    made.stop()


@pytest.fixture
def routine(tmp_path: Path) -> Routine:
    user = tmp_path / "user"
    user.mkdir()
    (user / "two.toml").write_text(ROUTINE, encoding="utf-8")
    loaded = RoutineLibrary(user).find("two-steps")
    assert loaded is not None and loaded.source is RoutineSource.USER
    return loaded.routine


def to_next_phase(controller: RelaxController, clock: ManualClock) -> None:
    sample = controller.sample()
    assert sample is not None
    clock.advance(sample.phase_left_s + 0.001)
    controller.tick()


def test_signals_follow_the_core_events(
    controller: RelaxController, clock: ManualClock, routine: Routine
) -> None:
    states: list[str] = []
    skipped: list[tuple[int, bool]] = []
    ended: list[RoutineEnded] = []
    controller.state_changed.connect(states.append)
    controller.step_skipped.connect(lambda step, hurts: skipped.append((step, hurts)))
    controller.ended.connect(ended.append)
    controller.start(routine)
    assert states == ["running"]
    controller.skip(hurts=True)
    to_next_phase(controller, clock)
    controller.pause()
    assert not controller.ticker.isActive()
    controller.skip()  # skipping the last step while paused still finishes the routine
    assert skipped == [(0, True), (1, False)]
    assert states == ["running", "paused", "finished"]
    (end,) = ended
    assert end.completed and end.steps_skipped == (0, 1) and end.hurt_steps == (0,)
    assert not controller.ticker.isActive()


def test_painting_frames_hidden_boundaries_and_whole_seconds(
    controller: RelaxController, clock: ManualClock, routine: Routine
) -> None:
    controller.start(routine)
    ticker = controller.ticker
    assert ticker.interval() == FRAME_INTERVAL_MS
    controller.set_painting(False)
    assert ticker.interval() == 2000 + 2
    clock.advance(0.5)
    controller.tick()
    assert ticker.interval() == 1500 + 2
    controller.set_painting(True)
    controller.set_frame_interval_ms(1000)
    assert ticker.interval() == 500 + 2  # wakes as "2" turns to "1"
    controller.set_frame_interval_ms(FRAME_INTERVAL_MS)
    assert ticker.interval() == FRAME_INTERVAL_MS


def test_recorder_writes_a_row_at_start_and_progress_on_phase_changes(
    controller: RelaxController, clock: ManualClock, routine: Routine, store: HistoryStore
) -> None:
    recorder = RoutineRecorder(controller, store, clock)
    recorder.set_source(RoutineSource.CLINIC)
    controller.start(routine, release_only=False, allow_pelvic_tense=True)
    (row,) = store.sessions()
    assert row.outcome is Outcome.RUNNING
    assert row.params == {
        "routine_id": "two-steps",
        "routine_version": "1.2",
        "source": "clinic",
        "release_only": False,
        "allow_pelvic_tense": True,
        "language": "en",
    }
    assert row.details == {"steps_total": 2, "steps_completed": [], "steps_skipped": []}
    controller.skip(hurts=True)
    assert store.sessions()[0].details["steps_skipped"] == []  # no heartbeat yet
    clock.advance(HEARTBEAT_S)
    controller.tick()  # the next phase change after 15 s writes the progress
    (row,) = store.sessions()
    assert row.outcome is Outcome.RUNNING
    assert row.details["steps_skipped"] == [{"step": 0, "region": "hands", "hurts": True}]
    assert row.actual_s == pytest.approx(HEARTBEAT_S)
    controller.stop()
    (row,) = store.sessions()
    assert row.outcome is Outcome.STOPPED
    assert row.details == {
        "steps_total": 2,
        "steps_completed": [],
        "steps_skipped": [{"step": 0, "region": "hands", "hurts": True}],
    }


def test_starting_again_stops_the_routine_still_running(
    controller: RelaxController, clock: ManualClock, routine: Routine, store: HistoryStore
) -> None:
    recorder = RoutineRecorder(controller, store, clock)
    saved: list[int] = []
    recorder.saved.connect(saved.append)
    controller.start(routine)
    clock.advance(3)
    controller.start(routine, release_only=True)
    assert controller.state is SequencerState.RUNNING and controller.release_only
    stopped, running = sorted(store.sessions(), key=lambda record: record.id or 0)
    assert stopped.outcome is Outcome.STOPPED and running.outcome is Outcome.RUNNING
    assert running.params["release_only"] is True
    assert saved == [stopped.id]


def test_without_history_the_routine_still_runs(
    controller: RelaxController, clock: ManualClock, routine: Routine
) -> None:
    recorder = RoutineRecorder(controller, None, clock)
    saved: list[int] = []
    recorder.saved.connect(saved.append)
    assert not recorder.can_save
    controller.start(routine)
    while controller.state is SequencerState.RUNNING:
        to_next_phase(controller, clock)
    assert controller.state is SequencerState.FINISHED
    recorder.set_after_ratings(3, 2)
    assert saved == []


def test_library_reports_broken_files_in_plain_words(qtbot: QtBot, tmp_path: Path) -> None:
    user = tmp_path / "user"
    user.mkdir()
    (user / "good.toml").write_text(ROUTINE, encoding="utf-8")
    (user / "bad.toml").write_text("format = 1\nid = 'x'\n", encoding="utf-8")
    (user / "copy.toml").write_text(
        ROUTINE.replace('"two-steps"', '"feet-to-pelvic-floor"'), encoding="utf-8"
    )
    library = RoutineLibrary(user)
    ids = [item.routine.id for item in library.routines()]
    assert "two-steps" in ids and "feet-to-pelvic-floor" in ids
    assert library.find("feet-to-pelvic-floor").source is RoutineSource.BUILTIN  # type: ignore[union-attr]
    notices = library.notices()
    assert notices and all(n.startswith("A routine file could not be used: ") for n in notices)
    assert any("bad.toml" in n for n in notices)
    assert any("copy.toml" in n and "already used" in n for n in notices)


def test_library_without_builtin_routines_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    library = RoutineLibrary(tmp_path / "user", builtin_dir=tmp_path / "missing")
    assert library.routines() == []
    assert library.notices() == []  # a missing folder is simply empty
    changed: list[None] = []
    library.changed.connect(lambda: changed.append(None))
    source = tmp_path / "two.toml"
    source.write_text(ROUTINE, encoding="utf-8")
    loaded, problems = library.import_file(source)
    assert problems == [] and loaded is not None
    assert loaded.path == tmp_path / "user" / "two-steps.toml"
    assert changed == [None]
    assert [item.routine.id for item in library.routines()] == ["two-steps"]
