"""The Relax page end to end: routines on a fake clock, keyboard, safety, history, files."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from session_pages import button, find, label, rating, rating_row

from calmfloor.core.clock import ManualClock
from calmfloor.core.routine import RoutinePhase, SequencerState
from calmfloor.core.session import Outcome, SessionKind
from calmfloor.core.settings import defaults
from calmfloor.resources import Asset, asset_path
from calmfloor.storage.history_db import HistoryStore
from calmfloor.storage.routines_store import read_routine_file
from calmfloor.ui.kit.models import SettingsModel
from calmfloor.ui.kit.sound import Cue, CuePlayer
from calmfloor.ui.relax.controller import RelaxController, RoutineRecorder
from calmfloor.ui.relax.library import RoutineLibrary
from calmfloor.ui.relax.view import RelaxView

STANDARD = "feet-to-pelvic-floor"
PELVIC_ROUTINE = """\
format = 1
id = "pelvic-practice"
name = "Pelvic practice"
author = "Test physio"
version = "2.1"
ready_s = 3

[[steps]]
region = "pelvic_floor"
mode = "tense_release"
instruction = "Lift the pelvic floor gently, then let it drop."
tense_s = 4
release_s = 12
repetitions = 2
"""


@dataclass
class Rig:
    """A Relax page on its own, with real stores in a temporary folder."""

    view: RelaxView
    controller: RelaxController
    recorder: RoutineRecorder
    library: RoutineLibrary
    settings: SettingsModel
    store: HistoryStore
    clock: ManualClock
    user_dir: Path
    announced: list[str]
    played: list[Cue]
    words: list[str] = field(default_factory=list)  # phase word shown at each phase start

    def next_phase(self) -> None:
        """Move the clock just past the end of the current phase, as a late frame would."""
        sample = self.controller.sample()
        assert sample is not None
        self.clock.advance(sample.phase_left_s + 0.001)
        self.controller.tick()

    def frames(self, seconds: float, fps: int = 60) -> None:
        """Advance time as frames would."""
        for _ in range(round(seconds * fps)):
            self.clock.advance(1 / fps)
            self.controller.tick()

    def run_to_end(self, on_step: Callable[[int], None] | None = None) -> None:
        """Phase by phase to the end; ``on_step(index)`` at each step's first phase."""
        seen: set[int] = set()
        for _ in range(500):
            sample = self.controller.sample()
            assert sample is not None
            if sample.state is not SequencerState.RUNNING:
                return
            if on_step is not None and sample.step_index not in seen:
                seen.add(sample.step_index)
                on_step(sample.step_index)
                if self.controller.state is not SequencerState.RUNNING:
                    return
            self.next_phase()
        raise AssertionError("the routine never ended")

    def phase(self) -> RoutinePhase:
        sample = self.controller.sample()
        assert sample is not None and sample.segment is not None
        return sample.segment.phase

    def sessions(self) -> list:
        return self.store.sessions()


RigFactory = Callable[..., Rig]


@pytest.fixture
def make_rig(
    qtbot: QtBot, tmp_path: Path, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> Iterator[RigFactory]:
    announced: list[str] = []
    played: list[Cue] = []
    monkeypatch.setattr(RelaxView, "_announce", lambda _self, text: announced.append(text))
    monkeypatch.setattr(CuePlayer, "play", lambda _self, cue: played.append(cue))
    made: list[Rig] = []

    def make(
        *,
        show_caution: bool = False,
        ratings_asked: Callable[[], frozenset[str] | None] | None = None,
        **values: object,
    ) -> Rig:
        settings = SettingsModel(defaults())
        for key, value in values.items():
            settings.set_value(key, value)
        store = HistoryStore.open(tmp_path / "h.sqlite3")
        controller = RelaxController(clock)
        recorder = RoutineRecorder(controller, store, clock)
        user_dir = tmp_path / "routines"
        library = RoutineLibrary(user_dir)
        view = RelaxView(
            controller,
            recorder,
            library,
            settings,
            CuePlayer(backend=None),
            asset_path(Asset.BODY_SVG),
            show_caution=show_caution,
            ratings_asked=ratings_asked,
        )
        rig = Rig(
            view, controller, recorder, library, settings, store, clock, user_dir, announced, played
        )
        word = label(view, "phase-word")
        controller.phase_started.connect(lambda _s: rig.words.append(word.text()))
        view.resize(1000, 720)
        view.show()
        qtbot.waitExposed(view)
        view.activateWindow()
        QTest.qWaitForWindowActive(view, 2000)  # shortcuts need an active window
        made.append(rig)
        return rig

    yield make
    for rig in made:
        rig.view.stop()
        rig.view.close()
        rig.store.close()


def press(qtbot: QtBot, rig: Rig, key: Qt.Key) -> None:
    qtbot.keyClick(rig.view.focusWidget() or rig.view, key)


def write_user_routine(rig: Rig, text: str, name: str = "mine.toml") -> None:
    rig.user_dir.mkdir(exist_ok=True)
    (rig.user_dir / name).write_text(text, encoding="utf-8")
    rig.library.reload()


# ----- the acceptance run ----------------------------------------------------------------


def test_standard_routine_runs_to_the_end_with_a_painful_step_skipped(
    qtbot: QtBot, make_rig: RigFactory
) -> None:
    rig = make_rig()
    view = rig.view
    current = view.current_routine()
    assert current is not None and current.routine.id == STANDARD  # offered first
    assert label(view, "routine-facts").text() == "About 13 minutes · Muscle relaxation · Built-in"
    saved: list[None] = []
    view.session_saved.connect(lambda: saved.append(None))
    qtbot.mouseClick(rating(view, "before", "tension", 6), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(rating(view, "before", "pain", 4), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button(view, "primary"), Qt.MouseButton.LeftButton)
    assert rig.controller.state is SequencerState.RUNNING
    assert label(view, "phase-word").text() == "Get ready"
    assert label(view, "step-progress").text() == "Step 1 of 9 · Feet · Left side"
    assert "Next: Feet, left side" in label(view, "phase-how").text()

    def skip_buttocks(step: int) -> None:
        if step == 3:
            assert label(view, "step-progress").text() == "Step 4 of 9 · Buttocks"
            rig.frames(2.0)
            qtbot.mouseClick(button(view, "skip-hurts"), Qt.MouseButton.LeftButton)
            assert label(view, "step-progress").text().startswith("Step 5 of 9 · Hips")

    rig.run_to_end(skip_buttocks)
    assert rig.controller.state is SequencerState.FINISHED
    assert not rig.controller.ticker.isActive()
    assert label(view, "done-title").text() == "Well done"
    summary = label(view, "done-summary").text()
    assert summary.startswith("8 of 9 steps in ") and summary.endswith(" · 1 skipped")
    assert label(view, "repeat-note").isHidden()  # the standard routine suggests no repeat
    assert Cue.TENSE in rig.played and Cue.LET_GO in rig.played
    assert rig.played[-1] is Cue.END
    qtbot.mouseClick(rating(view, "after", "tension", 2), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(rating(view, "after", "pain", 3), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button(view, "save-ratings"), Qt.MouseButton.LeftButton)
    assert view.current_step() == "setup"
    assert saved == [None]

    (record,) = rig.sessions()
    assert record.kind is SessionKind.RELAX
    assert record.name == "Feet to pelvic floor"
    assert record.outcome is Outcome.COMPLETED
    assert record.params["routine_id"] == STANDARD
    assert record.params["routine_version"] == "1.0"
    assert record.params["source"] == "builtin"
    assert record.params["release_only"] is False
    assert record.params["allow_pelvic_tense"] is False
    assert record.details == {
        "steps_total": 9,
        "steps_completed": [0, 1, 2, 4, 5, 6, 7, 8],
        "steps_skipped": [{"step": 3, "region": "glutes", "hurts": True}],
    }
    ratings = record.ratings
    assert (ratings.tension_before, ratings.pain_before) == (6, 4)
    assert (ratings.tension_after, ratings.pain_after) == (2, 3)
    routine = rig.library.find(STANDARD)
    assert routine is not None
    skipped_s = 46.0 - 2.0  # the buttocks step (ready 5, tense 6, let go 35) less 2 s done
    assert record.actual_s == pytest.approx(routine.routine.planned_s() - skipped_s, abs=0.05)
    assert record.planned_s == pytest.approx(routine.routine.planned_s())


# ----- keyboard ---------------------------------------------------------------------------


def test_space_right_left_and_escape_do_what_they_say(qtbot: QtBot, make_rig: RigFactory) -> None:
    rig = make_rig()
    view = rig.view
    view.select_routine(STANDARD)
    button(view, "primary").setFocus()
    press(qtbot, rig, Qt.Key.Key_Space)
    assert rig.controller.state is SequencerState.RUNNING
    assert label(view, "step-progress").text() == "Step 1 of 9 · Feet · Left side"

    rig.frames(1.0)
    press(qtbot, rig, Qt.Key.Key_Right)  # skip the feet
    assert label(view, "step-progress").text() == "Step 2 of 9 · Calves · Left side"
    assert label(view, "phase-word").text() == "Get ready"

    rig.frames(1.0)
    press(qtbot, rig, Qt.Key.Key_Left)  # early in a step: back to the one before
    assert label(view, "step-progress").text() == "Step 1 of 9 · Feet · Left side"
    rig.frames(6.0)
    assert label(view, "phase-word").text() == "Tense"
    press(qtbot, rig, Qt.Key.Key_Left)  # later in a step: the step starts again
    assert label(view, "step-progress").text() == "Step 1 of 9 · Feet · Left side"
    assert label(view, "phase-word").text() == "Get ready"

    press(qtbot, rig, Qt.Key.Key_Space)
    assert rig.controller.state is SequencerState.PAUSED
    assert label(view, "phase-word").text() == "Paused"
    assert button(view, "pause").text() == "Resume"
    assert not rig.controller.ticker.isActive()
    rig.clock.advance(120)  # a long pause costs nothing
    press(qtbot, rig, Qt.Key.Key_Space)
    assert rig.controller.state is SequencerState.RUNNING
    assert label(view, "phase-word").text() == "Get ready"
    assert find(view, "phase-ring").seconds() == 5

    press(qtbot, rig, Qt.Key.Key_Escape)
    assert rig.controller.state is SequencerState.STOPPED
    assert label(view, "done-title").text() == "Routine stopped"
    press(qtbot, rig, Qt.Key.Key_Escape)  # leaves the end screen without ratings
    assert view.current_step() == "setup"

    (record,) = rig.sessions()
    assert record.outcome is Outcome.STOPPED
    assert record.details["steps_skipped"] == []  # going back undid the skip
    assert record.actual_s == pytest.approx(8.0, abs=0.05)


def test_arrows_do_nothing_on_the_setup_page(qtbot: QtBot, make_rig: RigFactory) -> None:
    rig = make_rig()
    find(rig.view, "routine-picker").setFocus()
    press(qtbot, rig, Qt.Key.Key_Right)
    press(qtbot, rig, Qt.Key.Key_Escape)
    assert rig.controller.state is SequencerState.IDLE
    assert rig.sessions() == []


# ----- safety -----------------------------------------------------------------------------


def test_the_pelvic_floor_only_lets_go_unless_the_setting_allows_tensing(
    make_rig: RigFactory,
) -> None:
    rig = make_rig()
    write_user_routine(rig, PELVIC_ROUTINE)
    assert rig.view.select_routine("pelvic-practice")
    assert "never squeezed" in label(rig.view, "pelvic-note").text()
    rig.view.start()
    rig.run_to_end()
    assert "Tense" not in rig.words
    assert rig.words == ["Get ready", "Let go", "Let go"]
    assert Cue.TENSE not in rig.played
    rig.view.skip_ratings()

    rig.settings.set_value("relax_pelvic_tense", True)
    assert "switched on in Settings" in label(rig.view, "pelvic-note").text()
    rig.words.clear()
    rig.view.start()
    rig.run_to_end()
    assert rig.words == ["Get ready", "Tense", "Let go", "Tense", "Let go"]
    assert Cue.TENSE in rig.played
    first, second = rig.sessions()[::-1]
    assert first.params["allow_pelvic_tense"] is False
    assert second.params["allow_pelvic_tense"] is True
    assert second.params["source"] == "user"


def test_release_only_has_no_tensing_anywhere(qtbot: QtBot, make_rig: RigFactory) -> None:
    rig = make_rig()
    view = rig.view
    view.select_routine(STANDARD)
    before = label(view, "routine-facts").text()
    find(view, "release-only").click()
    assert rig.settings.value("relax_release_only") is True
    assert label(view, "routine-facts").text() != before  # shorter without tensing
    view.start()
    phases: list[RoutinePhase] = []
    rig.controller.phase_started.connect(lambda segment: phases.append(segment.phase))
    rig.run_to_end()
    assert RoutinePhase.LET_GO in phases
    assert RoutinePhase.TENSE not in phases
    assert "Tense" not in rig.words
    assert Cue.TENSE not in rig.played
    (record,) = rig.sessions()
    assert record.params["release_only"] is True


def test_release_only_checkbox_is_disabled_when_the_clinic_manages_it(
    make_rig: RigFactory,
) -> None:
    rig = make_rig()
    rig.settings.apply_policy({}, ["relax_release_only"])  # locked at its default
    rig.settings.changed.emit("relax_release_only", False)
    assert not find(rig.view, "release-only").isEnabled()
    assert label(rig.view, "locked-note").isVisibleTo(rig.view)
    assert label(rig.view, "locked-note").text() == "Managed by your clinic"


def test_caution_must_be_confirmed_before_the_first_routine(make_rig: RigFactory) -> None:
    rig = make_rig(show_caution=True)
    view = rig.view
    seen: list[None] = []
    view.caution_seen.connect(lambda: seen.append(None))
    assert find(view, "caution-note").isVisibleTo(view)
    text = label(view, "caution-text").text()
    for words in ("never into pain", "70 %", "hurts", "pain rises", "before you stand up"):
        assert words in text
    view.start()
    assert rig.controller.state is SequencerState.IDLE
    assert view.focusWidget() is button(view, "understood")
    button(view, "understood").click()
    assert seen == [None]
    assert not find(view, "caution-note").isVisibleTo(view)
    view.start()
    assert rig.controller.state is SequencerState.RUNNING
    view.acknowledge_caution()
    assert seen == [None]  # once


# ----- what the page shows and says --------------------------------------------------------


def test_body_diagram_lights_the_current_region_and_marks_done_ones(
    make_rig: RigFactory,
) -> None:
    rig = make_rig()
    rig.view.select_routine(STANDARD)
    rig.view.start()
    diagram = find(rig.view, "body-diagram")
    assert diagram.accessibleDescription() == "Now: Feet, left side."
    while not label(rig.view, "step-progress").text().startswith("Step 2 "):
        rig.next_phase()
    assert diagram.accessibleDescription() == "Now: Calves, left side. Done: Feet."
    rig.view.skip(hurts=True)
    assert diagram.accessibleDescription() == "Now: Thighs, left side. Done: Feet. Skipped: Calves."
    rig.next_phase()
    rig.next_phase()
    rig.next_phase()
    assert (
        diagram.accessibleDescription() == "Now: Thighs, right side. Done: Feet. Skipped: Calves."
    )


def test_each_phase_is_announced_once_and_never_the_countdown(make_rig: RigFactory) -> None:
    rig = make_rig()
    rig.view.select_routine("feet-to-pelvic-floor-quick")
    phases: list[object] = []
    rig.controller.phase_started.connect(phases.append)
    rig.view.start()
    assert rig.announced[0] == "Get ready. Thighs."  # short: the tense cue follows in 5 s
    while rig.controller.state is SequencerState.RUNNING:
        rig.frames(0.5, fps=8)  # many frames per phase
    assert rig.controller.state is SequencerState.FINISHED
    ahead = [text for text in rig.announced if text.startswith("Next: ")]
    assert len(ahead) == 4  # buttocks, lower back, pelvic floor, rest: near a let-go's end
    rig.announced[:] = [text for text in rig.announced if text not in ahead]
    assert len(rig.announced) == len(phases) + 1  # and the end
    assert rig.announced[-1].startswith("Well done. ")
    tense = [text for text in rig.announced if text.startswith("Tense.")]
    assert tense and all(text.count(".") == 2 for text in tense)  # "Tense. Feet, left side."


def test_tense_phase_words_gentle_and_breath_hints(make_rig: RigFactory) -> None:
    rig = make_rig()
    write_user_routine(
        rig,
        PELVIC_ROUTINE.replace("pelvic-practice", "gentle-hands")
        .replace('"pelvic_floor"', '"hands"')
        .replace('"tense_release"', '"gentle_tense"')
        + 'breath = "out_release"\ncaution = "Stop if your wrist aches."\nside = "both"\n',
    )
    rig.view.select_routine("gentle-hands")
    rig.view.start()
    assert label(rig.view, "step-caution").text() == "Stop if your wrist aches."
    rig.next_phase()
    assert label(rig.view, "phase-word").text() == "Tense"
    assert "about half effort" in label(rig.view, "phase-how").text()
    assert "Round 1 of 2" in label(rig.view, "phase-how").text()
    assert label(rig.view, "breath-hint").isHidden()
    rig.next_phase()
    assert label(rig.view, "phase-word").text() == "Let go"
    assert label(rig.view, "breath-hint").text() == "Let go as you breathe out"
    assert rig.announced[-1] == "Let go. Hands, left side."


def test_stretch_routine_is_stored_as_stretch_and_suggests_a_repeat(
    make_rig: RigFactory,
) -> None:
    rig = make_rig()
    rig.view.select_routine("piriformis-stretch")
    rig.view.start()
    rig.next_phase()
    assert label(rig.view, "phase-word").text() == "Hold"
    assert rig.played[-1] is Cue.HOLD
    rig.run_to_end()
    assert label(rig.view, "repeat-note").text() == "Do this again in about 4½ hours."
    (record,) = rig.sessions()
    assert record.kind is SessionKind.STRETCH


def test_heat_step_asks_the_window_for_the_heat_timer(make_rig: RigFactory) -> None:
    rig = make_rig()
    heat: list[float] = []
    rig.view.heat_requested.connect(heat.append)
    rig.view.select_routine("after-glute-spasm")
    rig.view.start()
    assert heat == []
    rig.frames(5.1, fps=10)
    assert label(rig.view, "phase-word").text() == "Heat pack"
    assert heat == [900.0]
    rig.frames(2.0, fps=10)
    assert heat == [900.0]


# ----- ticker -------------------------------------------------------------------------------


def test_ticker_stops_when_paused_or_finished_and_waits_for_the_phase_when_hidden(
    make_rig: RigFactory,
) -> None:
    rig = make_rig()
    ticker = rig.controller.ticker
    rig.view.select_routine(STANDARD)
    rig.view.start()
    assert ticker.isActive() and ticker.interval() == 16
    rig.view.hide()  # another page, or the window minimised
    assert ticker.interval() == 5000 + 2  # the 5 s "get ready", then a hair
    rig.clock.advance(5.002)
    rig.controller.tick()
    assert rig.played[-1] is Cue.TENSE  # the cue keeps its timing while hidden
    assert abs(ticker.interval() - 6000) <= 2  # the 6 s of tensing
    rig.view.show()
    assert ticker.interval() == 16
    rig.settings.set_value("reduced_motion", "on")
    assert find(rig.view, "phase-ring").seconds() == 6
    assert abs(ticker.interval() - 1000) <= 2  # the next whole second, no sweep
    rig.clock.advance(ticker.interval() / 1000)
    rig.controller.tick()
    assert find(rig.view, "phase-ring").seconds() == 5
    assert find(rig.view, "phase-ring").fraction() == pytest.approx(5 / 6)
    rig.view.toggle()
    assert not ticker.isActive()
    rig.view.toggle()
    rig.run_to_end()
    assert not ticker.isActive()


# ----- import and export ------------------------------------------------------------------


def test_import_of_a_broken_file_lists_its_problems_and_copies_nothing(
    make_rig: RigFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rig = make_rig()
    broken = tmp_path / "broken.toml"
    broken.write_text(
        PELVIC_ROUTINE.replace("tense_s = 4", "tense_s = 0").replace('version = "2.1"', ""),
        encoding="utf-8",
    )
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *args: (str(broken), ""))
    )
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: shown.append((box.text(), box.informativeText())) or 0
    )
    count = find(rig.view, "routine-picker").count()
    button(rig.view, "import-routine").click()
    ((text, problems),) = shown
    assert "broken.toml" in text and "nothing was copied" in text
    assert "tense_s" in problems and "version" in problems
    assert problems.count("• ") == 2
    assert not rig.user_dir.exists() or not any(rig.user_dir.iterdir())
    assert find(rig.view, "routine-picker").count() == count


def test_import_of_a_good_file_adds_it_to_the_picker(
    make_rig: RigFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rig = make_rig()
    good = tmp_path / "from-physio.toml"
    good.write_text(PELVIC_ROUTINE, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *args: (str(good), "")))
    button(rig.view, "import-routine").click()
    assert (rig.user_dir / "pelvic-practice.toml").is_file()
    current = rig.view.current_routine()
    assert current is not None and current.routine.id == "pelvic-practice"
    assert label(rig.view, "routine-name").text() == "Pelvic practice"
    facts = label(rig.view, "routine-facts").text()
    assert facts == "About 1 minute · Muscle relaxation · Yours"
    assert label(rig.view, "routine-author").text() == "By Test physio · version 2.1"
    assert "was added" in label(rig.view, "file-note").text()

    # the same id again: the user is asked before their routine is replaced
    asked: list[str] = []

    def answer_no(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer_no))
    assert rig.view.import_routine_file(good) is None
    assert "version 2.1" in asked[0]


def test_export_writes_a_routine_file_to_share(
    make_rig: RigFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rig = make_rig()
    rig.view.select_routine("piriformis-stretch")
    offered: list[str] = []

    def save_dialog(*args: object) -> tuple[str, str]:
        offered.append(str(args[2]))
        return str(tmp_path / "shared"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    button(rig.view, "export-routine").click()
    assert offered[0].endswith("piriformis-stretch.toml")
    routine, problems = read_routine_file(tmp_path / "shared.toml")
    assert problems == []
    loaded = rig.library.find("piriformis-stretch")
    assert loaded is not None and routine == loaded.routine
    assert "was saved to" in label(rig.view, "file-note").text()


def test_leaving_during_a_routine_asks_first(
    make_rig: RigFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    rig = make_rig()
    assert rig.view.confirm_leave()
    rig.view.start()
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *args: answers.pop(0)))
    assert not rig.view.confirm_leave()
    assert rig.controller.state is SequencerState.RUNNING
    assert rig.view.confirm_leave()
    assert rig.controller.state is SequencerState.STOPPED


def test_a_programme_asks_exactly_its_ratings(qtbot: QtBot, make_rig: RigFactory) -> None:
    asked: list[frozenset[str] | None] = [frozenset({"pain"})]  # the programme's list
    rig = make_rig(ratings_asked=lambda: asked[0], ask_ratings=False)
    view = rig.view
    # the programme's ratings, though the setting asks none
    assert not rating_row(view, "before", "tension").isVisible()
    assert rating_row(view, "before", "pain").isVisible()
    qtbot.mouseClick(rating(view, "before", "pain", 4), Qt.MouseButton.LeftButton)
    view.start()
    view.stop()
    assert view.current_step() == "done"
    assert not rating_row(view, "after", "tension").isVisible()
    assert rating(view, "after", "pain", 0).hasFocus()  # the first rating asked
    qtbot.mouseClick(rating(view, "after", "pain", 2), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button(view, "save-ratings"), Qt.MouseButton.LeftButton)
    (record,) = rig.sessions()
    ratings = record.ratings
    assert (ratings.tension_before, ratings.pain_before) == (None, 4)
    assert (ratings.tension_after, ratings.pain_after) == (None, 2)

    asked[0] = frozenset()  # a programme that asks none
    view.refresh_ratings()
    assert not find(view, "ratings-before").isVisible()
    assert button(view, "save-ratings").text() == "Done"

    asked[0] = None  # no programme now: the setting decides again
    rig.settings.set_value("ask_ratings", True)
    assert rating_row(view, "before", "tension").isVisible()
    assert rating_row(view, "before", "pain").isVisible()
    assert button(view, "save-ratings").text() == "Save and finish"
