"""Spoken guidance: what is said in each phase of every built-in routine (en, de, fa), in
what order against the phase events, the get-ready hold, and the fallbacks to tones."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtTextToSpeech import QTextToSpeech
from pytestqt.qtbot import QtBot

from calmfloor.core.clock import ManualClock
from calmfloor.core.routine import (
    REGION_LABELS,
    Routine,
    RoutinePhase,
    Segment,
    SequencerState,
)
from calmfloor.core.voice_script import (
    CUE_TEXTS,
    SENTENCE_GAP_S,
    VoiceCue,
    end_line,
    phase_lines,
)
from calmfloor.resources import asset_dir
from calmfloor.storage.routines_store import read_routine_file
from calmfloor.ui.kit.i18n import apply_language
from calmfloor.ui.kit.voice import VoiceGuide, open_speech
from calmfloor.ui.relax.controller import RelaxController
from calmfloor.ui.relax.voice import RoutineVoice, render

ROUTINES = (
    "feet-to-pelvic-floor-quick",
    "feet-to-pelvic-floor-short",
    "feet-to-pelvic-floor",
    "release-only",
    "piriformis-stretch",
    "after-glute-spasm",
)
LANGUAGES = ("en", "de", "fa")
WORD_S = 0.35  # the fake voice takes this long per word


def builtin(routine_id: str, language: str) -> Routine:
    folder = asset_dir("routines")
    path = (
        folder / f"{routine_id}.toml"
        if language == "en"
        else folder / language / (f"{routine_id}.toml")
    )
    routine, problems = read_routine_file(path)
    assert problems == [] and routine is not None
    return routine


class FakeSpeech(QObject):
    """Enough of QTextToSpeech for the guide; a sentence lasts WORD_S per word of fake time."""

    stateChanged = Signal(object)
    errorOccurred = Signal(object, str)

    def __init__(self, clock: ManualClock, language: str) -> None:
        super().__init__()
        self.clock = clock
        self.language = language
        self.speaking: tuple[str, float, float] | None = None
        self.log: list[tuple[str, float, float]] = []

    def say(self, text: str) -> None:
        now = self.clock.now()
        self.speaking = (text, now, now + WORD_S * max(len(text.split()), 1))
        self.stateChanged.emit(QTextToSpeech.State.Speaking)

    def finish_due(self) -> None:
        if self.speaking is not None and self.clock.now() >= self.speaking[2] - 1e-9:
            self.log.append(self.speaking)
            self.speaking = None
            self.stateChanged.emit(QTextToSpeech.State.Ready)

    def stop(self) -> None:
        if self.speaking is not None:
            text, start, _end = self.speaking
            self.log.append((text, start, self.clock.now()))
            self.speaking = None
            self.stateChanged.emit(QTextToSpeech.State.Ready)

    def setRate(self, _rate: float) -> None:
        pass

    def setVolume(self, _volume: float) -> None:
        pass

    def engine(self) -> str:
        return "fake"

    def errorString(self) -> str:
        return "the fake broke"


@dataclass
class VoiceRig:
    controller: RelaxController
    voice: RoutineVoice
    guide: VoiceGuide
    speech: FakeSpeech
    clock: ManualClock
    phases: list[tuple[Segment, float]] = field(default_factory=list)

    def run_to_end(self) -> None:
        for _ in range(20000):
            if self.controller.state is not SequencerState.RUNNING:
                return
            sample = self.controller.sample()
            assert sample is not None
            left = sample.phase_left_s
            session = self.controller.session
            held = session.hold_left_s(self.clock.now()) if session is not None else None
            if held is not None:
                left = held
            step = min(left + 0.001, 0.25)
            if self.speech.speaking is not None:
                step = min(step, max(self.speech.speaking[2] - self.clock.now(), 0.0) + 1e-4)
            self.clock.advance(max(step, 0.001))
            self.speech.finish_due()
            self.controller.tick()
            self.voice.say_due_breath_words()
        raise AssertionError("the routine never ended")

    def finish_speaking(self) -> None:
        for _ in range(100):
            if self.speech.speaking is None:
                return
            self.clock.set(self.speech.speaking[2])
            self.speech.finish_due()


@pytest.fixture
def make_voice_rig(qtbot: QtBot, qapp: Any) -> Iterator[Any]:
    made: list[VoiceRig] = []

    def make(language: str) -> VoiceRig:
        apply_language(qapp, language)
        clock = ManualClock(start=1000.0)
        speech = FakeSpeech(clock, language)

        def opener(lang: str, _engine: str | None, _parent: QObject | None) -> Any:
            assert lang == language
            return speech, "fake", ""

        controller = RelaxController(clock)
        guide = VoiceGuide(opener=opener)
        voice = RoutineVoice(controller, guide, lambda: language)
        voice.set_enabled(True)
        rig = VoiceRig(controller, voice, guide, speech, clock)
        controller.phase_started.connect(lambda s: rig.phases.append((s, clock.now())))
        made.append(rig)
        return rig

    yield make
    for rig in made:
        rig.controller.stop()
        rig.voice.shut_down()
        rig.controller.deleteLater()
    apply_language(qapp, "en")


def expected_lines(routine: Routine, segments: tuple[Segment, ...]) -> list[str]:
    lines: list[str] = []
    for segment in segments:
        lines += [render(u) for u in phase_lines(routine, segments, segment)]
    return [*lines, render(end_line(True))]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("routine_id", ROUTINES)
def test_every_phase_of_every_builtin_routine_is_spoken_in_order(
    make_voice_rig: Any, routine_id: str, language: str
) -> None:
    rig: VoiceRig = make_voice_rig(language)
    routine = builtin(routine_id, language)
    rig.controller.start(routine)
    assert rig.voice.active
    rig.run_to_end()
    rig.finish_speaking()
    session = rig.controller.session
    assert session is not None and session.state is SequencerState.FINISHED
    said = [text for text, _s, _e in rig.speech.log]
    # every line of the script, in the order of the phases, nothing else
    assert said == expected_lines(routine, session.segments)
    assert said[0] == QCoreApplication.translate("voice", CUE_TEXTS[VoiceCue.WELCOME])
    # never a countdown: no digits in anything said (Latin or Persian)
    assert not [text for text in said if re.search(r"\d", text)]
    if language != "en":  # the cue words are in the language, not English
        for cue in (VoiceCue.LET_GO, VoiceCue.REST, VoiceCue.END):
            assert QCoreApplication.translate("voice", CUE_TEXTS[cue]) != CUE_TEXTS[cue]
    # each get-ready names the muscle and says the instruction, and holds until it is said
    speech = rig.speech.log
    starts = [start for segment, start in rig.phases]
    for number, (segment, start) in enumerate(rig.phases):
        end = starts[number + 1] if number + 1 < len(starts) else float("inf")
        if segment.phase is RoutinePhase.READY:
            step = routine.steps[segment.step_index]
            region = QCoreApplication.translate("routine", REGION_LABELS[step.region])
            intro = [t for t, s, _e in speech if start <= s < end and region in t]
            assert intro and step.instruction in intro[0], (segment, intro)
        if segment.phase in (RoutinePhase.TENSE, RoutinePhase.HOLD, RoutinePhase.REST):
            # no sentence of get-ready is still being said when the next phase begins
            assert not [
                t for t, s, e in speech if s < start - 1e-6 and e > start - SENTENCE_GAP_S + 1e-6
            ], segment
    # the pelvic-floor let-go is paced with breath words
    breath_in = QCoreApplication.translate("voice", CUE_TEXTS[VoiceCue.BREATHE_IN_DROP])
    if any(step.breath and step.breath.value == "in_drop" for step in routine.steps):
        assert said.count(breath_in) >= 3
    assert not rig.voice.findChild(QTimer, "voice-breath-timer").isActive()


def test_the_wait_for_speech_moves_the_rest_exactly(make_voice_rig: Any) -> None:
    rig: VoiceRig = make_voice_rig("en")
    routine = builtin("feet-to-pelvic-floor-quick", "en")
    rig.controller.start(routine)
    rig.run_to_end()
    session = rig.controller.session
    assert session is not None
    planned = {segment.index: segment.start_s for segment in session.segments}
    # the delay added at each get-ready is (speech end + gap - planned ready end), never less
    delays = [start - 1000.0 - planned[segment.index] for segment, start in rig.phases]
    assert delays[0] == 0.0
    assert all(b >= a - 1e-6 for a, b in itertools.pairwise(delays))
    # within a step (after its get-ready) the phases keep their planned lengths
    for (a, ta), (_b, tb) in itertools.pairwise(rig.phases):
        if a.phase is not RoutinePhase.READY:
            assert tb - ta == pytest.approx(a.duration_s, abs=0.3)


def test_skips_are_acknowledged_and_a_pause_is_silence(make_voice_rig: Any) -> None:
    rig: VoiceRig = make_voice_rig("en")
    rig.controller.start(builtin("feet-to-pelvic-floor-quick", "en"))
    rig.finish_speaking()
    rig.controller.skip(hurts=True)
    assert rig.speech.log[-1][0].startswith("Next: Thighs") or rig.speech.speaking is not None
    assert rig.speech.speaking is not None
    assert rig.speech.speaking[0] == "Skipped. That is fine: leave out anything that hurts."
    rig.controller.pause()
    assert rig.speech.speaking is None
    assert not rig.guide.busy
    rig.controller.resume()
    rig.controller.skip()
    assert rig.speech.speaking is not None and rig.speech.speaking[0] == "Skipped."
    rig.controller.stop()
    assert rig.speech.speaking is not None
    assert rig.speech.speaking[0] == "Stopped. Sit for a moment before you stand up."


# ----- the real speech plugins: mock (Qt's test engine), and failures ---------------------


class Told:
    def __init__(self, guide: VoiceGuide) -> None:
        self.messages: list[str] = []
        guide.unavailable.connect(self.messages.append)


def test_the_mock_engine_speaks_english_and_get_ready_waits_for_it(qtbot: QtBot) -> None:
    clock = ManualClock(start=50.0)
    controller = RelaxController(clock)
    guide = VoiceGuide("mock")
    voice = RoutineVoice(controller, guide, lambda: "en")
    voice.set_enabled(True)
    said: list[str] = []
    guide.said.connect(said.append)
    routine = builtin("feet-to-pelvic-floor-quick", "en")
    with qtbot.waitSignal(guide.idle, timeout=30000):
        controller.start(routine)
        assert voice.active
        assert guide.engine == "mock"
        clock.advance(30.0)  # far past get-ready: still held while the voice speaks
        controller.tick()
        sample = controller.sample()
        assert sample is not None and sample.segment is not None
        assert sample.segment.phase is RoutinePhase.READY
    assert said[0].startswith("Find a comfortable position")
    assert said[1].startswith("Next: Thighs.")
    clock.advance(SENTENCE_GAP_S)
    controller.tick()
    sample = controller.sample()
    assert sample is not None and sample.segment is not None
    assert sample.segment.phase is RoutinePhase.TENSE
    controller.stop()
    voice.shut_down()


def test_no_voice_for_the_language_falls_back_to_tones_and_says_so_once(qtbot: QtBot) -> None:
    # Qt's mock engine has English and Nordic voices only: German must not be read by them
    tts, _name, reason = open_speech("de", "mock")
    assert tts is None and reason.startswith("The computer has no voice for")
    clock = ManualClock()
    controller = RelaxController(clock)
    guide = VoiceGuide("mock")
    told = Told(guide)
    voice = RoutineVoice(controller, guide, lambda: "de")
    voice.set_enabled(True)
    routine = builtin("feet-to-pelvic-floor-quick", "de")
    for _ in range(2):
        controller.start(routine)
        assert not voice.active
        assert controller.ticker.isActive()
        controller.stop()
    assert told.messages == [reason + " You will hear tones instead."]
    voice.shut_down()


def test_an_unknown_engine_falls_back_and_says_so_once() -> None:
    clock = ManualClock()
    controller = RelaxController(clock)
    guide = VoiceGuide("no-such-engine")
    told = Told(guide)
    voice = RoutineVoice(controller, guide, lambda: "en")
    voice.set_enabled(True)
    for _ in range(3):
        controller.start(builtin("release-only", "en"))
        assert not voice.active
        controller.stop()
    assert told.messages == [
        "The speech engine “no-such-engine” is not available. You will hear tones instead."
    ]


def test_an_unreachable_speech_dispatcher_falls_back(monkeypatch: pytest.MonkeyPatch) -> None:
    if "speechd" not in QTextToSpeech.availableEngines():
        pytest.skip("no speechd plugin in this Qt")
    monkeypatch.setenv("SPEECHD_ADDRESS", "unix_socket:/nonexistent/calmfloor-test")
    tts, _name, reason = open_speech("en", "speechd")
    if tts is not None:  # the plugin was loaded (and connected) earlier in this process
        tts.deleteLater()
        pytest.skip("speech-dispatcher was already connected in this process")
    assert "speech-dispatcher" in reason or "speech" in reason


def test_the_engine_breaking_mid_sentence_hands_over_to_tones(make_voice_rig: Any) -> None:
    rig: VoiceRig = make_voice_rig("en")
    told = Told(rig.guide)
    rig.controller.start(builtin("feet-to-pelvic-floor-quick", "en"))
    assert rig.voice.active and rig.controller.session is not None
    assert rig.controller.session.holding_ready
    rig.speech.errorOccurred.emit(None, "broken")
    assert not rig.voice.active
    assert told.messages == [
        "The computer's speech stopped working (the fake broke). You will hear tones instead."
    ]
    rig.clock.advance(5.0)
    rig.controller.tick()
    sample = rig.controller.sample()
    assert sample is not None and sample.segment is not None
    assert sample.segment.phase is RoutinePhase.TENSE  # no wait for a voice that is gone


def test_start_up_does_not_load_the_speech_module() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from calmfloor.ui.relax import view; from calmfloor.ui.shell import "
        "main_window; print('PySide6.QtTextToSpeech' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == "False"


def test_no_timer_runs_while_nothing_is_spoken(make_voice_rig: Any) -> None:
    rig: VoiceRig = make_voice_rig("en")
    timers = [t for t in rig.voice.findChildren(QTimer)]
    assert [t.objectName() for t in timers] == ["voice-breath-timer"]
    rig.controller.start(builtin("feet-to-pelvic-floor-quick", "en"))
    assert not any(t.isActive() for t in timers)


# ----- the Relax page: who speaks when, tones, the key for "Skip, this hurts" ---------------


def test_with_the_voice_on_the_reader_hears_no_phase_and_no_tones_play(
    qtbot: QtBot, qapp: Any, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from calmfloor.core.settings import defaults
    from calmfloor.resources import Asset, asset_path
    from calmfloor.storage.history_db import HistoryStore
    from calmfloor.ui.kit.models import SettingsModel
    from calmfloor.ui.kit.sound import Cue, CuePlayer
    from calmfloor.ui.relax.controller import RoutineRecorder
    from calmfloor.ui.relax.library import RoutineLibrary
    from calmfloor.ui.relax.view import RelaxView

    announced: list[str] = []
    played: list[Cue] = []
    monkeypatch.setattr(RelaxView, "_announce", lambda _self, text: announced.append(text))
    monkeypatch.setattr(CuePlayer, "play", lambda _self, cue: played.append(cue))
    apply_language(qapp, "en")
    clock = ManualClock()
    speech = FakeSpeech(clock, "en")
    guide = VoiceGuide(opener=lambda _l, _e, _p: (speech, "fake", ""))
    settings = SettingsModel(defaults())
    settings.set_value("voice_enabled", True)
    store = HistoryStore.open(tmp_path / "h.sqlite3")
    controller = RelaxController(clock)
    recorder = RoutineRecorder(controller, store, clock)
    view = RelaxView(
        controller,
        recorder,
        RoutineLibrary(tmp_path / "routines"),
        settings,
        CuePlayer(backend=None),
        asset_path(Asset.BODY_SVG),
        show_caution=False,
        voice=guide,
    )
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    QTest.qWaitForWindowActive(view, 2000)
    try:
        assert view.select_routine("feet-to-pelvic-floor-quick")
        view.start()
        assert view.voice_active
        for _ in range(400):  # through the first step and into the second
            clock.advance(0.25)
            speech.finish_due()
            controller.tick()
        said = [text for text, _s, _e in speech.log]
        assert any(text.startswith("Tense, gently") for text in said)
        assert played == []  # the voice says tense and let go: no knock, no bells
        assert announced == []  # "Who speaks when": the reader is not sent the phases
        # the key for "Skip, this hurts" (Down), with eyes closed
        qtbot.keyClick(view.focusWidget() or view, Qt.Key.Key_Down)
        assert speech.speaking is not None and speech.speaking[0].startswith("Skipped. That is")
        session = controller.session
        assert session is not None and session.sample(clock.now()).skipped
        # the voice breaks down: tones and the reader's announcements take over
        speech.errorOccurred.emit(None, "gone")
        assert not view.voice_active
        from PySide6.QtWidgets import QLabel

        note = view.findChild(QLabel, "voice-note")
        assert note is not None and note.isVisibleTo(view)
        assert note.text().startswith("The computer's speech stopped working")
        assert announced == [
            "The computer's speech stopped working (the fake broke). You will hear tones instead."
        ] or announced[0].startswith("The computer's speech stopped working")
        clock.advance(30.0)
        controller.tick()
        assert announced[-1].endswith(".") and len(announced) >= 2
        assert played  # a tone for the phase that followed
    finally:
        view.stop()
        view.close()
        store.close()


@pytest.mark.parametrize(
    ("sound", "locked_off", "spoken"),
    [(True, False, True), (False, False, False), (True, True, False)],
)
def test_in_the_kiosk_the_voice_follows_the_kiosk_sound(
    qtbot: QtBot, qapp: Any, tmp_path: Any, sound: bool, locked_off: bool, spoken: bool
) -> None:
    from calmfloor.core.settings import defaults
    from calmfloor.resources import Asset, asset_path
    from calmfloor.ui.kit.models import SettingsModel
    from calmfloor.ui.kit.sound import CuePlayer
    from calmfloor.ui.relax.controller import RoutineRecorder
    from calmfloor.ui.relax.library import RoutineLibrary
    from calmfloor.ui.relax.view import RelaxView

    apply_language(qapp, "en")
    clock = ManualClock()
    speech = FakeSpeech(clock, "en")
    settings = SettingsModel(defaults())
    policy: dict[str, object] = {"sound_enabled": sound}
    if locked_off:
        policy["voice_enabled"] = False
    settings.apply_policy(policy, frozenset({"voice_enabled"}) if locked_off else frozenset())
    controller = RelaxController(clock)
    view = RelaxView(
        controller,
        RoutineRecorder(controller, None, clock),
        RoutineLibrary(None),
        settings,
        CuePlayer(backend=None),
        asset_path(Asset.BODY_SVG),
        show_caution=False,
        kiosk=True,
        voice=VoiceGuide(opener=lambda _l, _e, _p: (speech, "fake", "")),
    )
    qtbot.addWidget(view)
    assert view.select_routine("release-only")
    view.start()
    assert view.voice_active is spoken
    view.stop()
