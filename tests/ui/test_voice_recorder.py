""" "Record my voice": record, play back, re-take, step by step; the clips are spoken and
travel with exported and imported routines."""

from __future__ import annotations

import math
import struct
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot

from calmfloor.core.clock import ManualClock
from calmfloor.core.settings import defaults
from calmfloor.core.voice_script import VoiceCue, phase_lines
from calmfloor.resources import Asset, asset_path
from calmfloor.storage.history_db import HistoryStore
from calmfloor.storage.voice_packs import clip_seconds
from calmfloor.storage.voice_recordings import RATE_HZ, step_clip
from calmfloor.ui.kit.models import SettingsModel
from calmfloor.ui.kit.sound import CuePlayer
from calmfloor.ui.relax.controller import RelaxController, RoutineRecorder
from calmfloor.ui.relax.library import RoutineLibrary
from calmfloor.ui.relax.recorder import VoiceRecorderDialog
from calmfloor.ui.relax.view import RelaxView

QUICK = "feet-to-pelvic-floor-quick"


class FakeMicrophone(QObject):
    """Hands over ``seconds`` of a 220 Hz tone per recording."""

    full = Signal()

    def __init__(self, *, present: bool = True) -> None:
        super().__init__()
        self.present = present
        self.seconds = 1.0
        self.running = False

    def available(self) -> bool:
        return self.present

    def start(self) -> bool:
        self.running = self.present
        return self.present

    def stop(self) -> bytes:
        self.running = False
        count = int(self.seconds * RATE_HZ)
        return b"".join(
            struct.pack("<h", int(8000 * math.sin(2 * math.pi * 220 * i / RATE_HZ)))
            for i in range(count)
        )


@pytest.fixture
def page(qtbot: QtBot, tmp_path: Path) -> RelaxView:
    clock = ManualClock()
    store = HistoryStore.open(tmp_path / "h.sqlite3")
    controller = RelaxController(clock)
    view = RelaxView(
        controller,
        RoutineRecorder(controller, store, clock),
        RoutineLibrary(tmp_path / "routines"),
        SettingsModel(defaults()),
        CuePlayer(backend=None),
        asset_path(Asset.BODY_SVG),
        show_caution=False,
    )
    qtbot.addWidget(view)
    assert view.select_routine(QUICK)
    yield view
    store.close()


def test_record_play_back_and_re_take_step_by_step(page: RelaxView, tmp_path: Path) -> None:
    microphone = FakeMicrophone()
    played: list[Path] = []
    dialog = page.open_recorder(microphone, played.append)  # no audio output in tests
    assert dialog is not None
    assert dialog.step_label.text() == "Step 1 of 5: Thighs"
    assert dialog.words.text().startswith("Both legs together")
    assert dialog.record_button.text() == "Record"
    assert not dialog.play_button.isEnabled() and not dialog.back_button.isEnabled()
    dialog.record_button.click()
    assert dialog.recording and dialog.record_button.text() == "Stop recording"
    dialog.record_button.click()
    clip = step_clip(tmp_path / "routines", QUICK, 0)
    assert clip.is_file() and clip_seconds(clip) == pytest.approx(1.0)
    assert dialog.record_button.text() == "Re-take" and dialog.play_button.isEnabled()
    dialog.play_button.click()
    assert played == [clip]
    microphone.seconds = 2.5  # a re-take replaces the clip
    dialog.record_button.click()
    dialog.record_button.click()
    assert clip_seconds(clip) == pytest.approx(2.5)
    dialog.next_button.click()
    assert dialog.step == 1 and dialog.step_label.text() == "Step 2 of 5: Buttocks"
    assert dialog.record_button.text() == "Record"
    dialog.record_button.click()
    dialog.next_button.click()  # moving on keeps the recording
    assert step_clip(tmp_path / "routines", QUICK, 1).is_file()
    dialog.back_button.click()
    dialog.back_button.click()
    assert dialog.step == 0
    dialog.close()
    # the spoken guidance says step 1 with the recorded clip, step 3 with the computer's voice
    session_lines = {}
    routine = page.current_routine()
    assert routine is not None
    from calmfloor.core.routine import plan_segments

    segments = plan_segments(routine.routine)
    for segment in segments:
        for line in phase_lines(routine.routine, segments, segment):
            if line.cue is VoiceCue.STEP:
                session_lines[segment.step_index] = page.clip_for(line, QUICK)
    assert session_lines[0] == clip
    assert session_lines[2] is None


def test_without_a_microphone_nothing_can_be_recorded(page: RelaxView) -> None:
    dialog = page.open_recorder(FakeMicrophone(present=False))
    assert dialog is not None
    assert not dialog.record_button.isEnabled()
    assert dialog.status.text() == "No microphone was found. Connect one, then open this again."
    dialog.close()


def test_export_and_import_carry_the_recorded_clips(page: RelaxView, tmp_path: Path) -> None:
    dialog = page.open_recorder(FakeMicrophone())
    assert dialog is not None
    dialog.record_button.click()
    dialog.record_button.click()
    dialog.close()
    loaded = page.current_routine()
    assert loaded is not None
    library = RoutineLibrary(tmp_path / "routines")
    shared = tmp_path / "shared" / "quick.toml"
    shared.parent.mkdir()
    assert library.export(loaded, shared)
    assert (tmp_path / "shared" / "quick.voice" / "1.wav").is_file()
    # on the patient's computer
    theirs = RoutineLibrary(tmp_path / "patient")
    text = shared.read_text(encoding="utf-8").replace(f'id = "{QUICK}"', 'id = "from-my-physio"')
    shared.write_text(text, encoding="utf-8")
    imported, problems = theirs.import_file(shared)
    assert problems == [] and imported is not None
    assert step_clip(tmp_path / "patient", "from-my-physio", 0).is_file()


def test_a_long_recording_stops_by_itself(qtbot: QtBot, page: RelaxView) -> None:
    microphone = FakeMicrophone()
    dialog: VoiceRecorderDialog | None = page.open_recorder(microphone)
    assert dialog is not None
    dialog.record_button.click()
    microphone.full.emit()
    assert not dialog.recording and not microphone.running
    dialog.close()
