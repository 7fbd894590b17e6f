"""CuePlayer: plays cues with an audio device, and degrades to a silent, single report without."""

from __future__ import annotations

from enum import Enum
from itertools import pairwise
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from calmfloor.resources import Asset, asset_path
from calmfloor.ui.kit.sound import SAFETY_CUES, Cue, CuePlayer, perceived_to_linear

BREATH_CUES = (Cue.IN, Cue.OUT, Cue.HOLD, Cue.END)


class FakeSoundEffect(QObject):
    """Stands in for QSoundEffect: records calls; a test sets its status by hand."""

    statusChanged = Signal()

    class Status(Enum):
        Null = 0
        Loading = 1
        Ready = 2
        Error = 3

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = ""
        self.volume = -1.0
        self.plays = 0
        self.stops = 0
        self._status = self.Status.Ready

    def setSource(self, url) -> None:
        self.source = url.toLocalFile()

    def setVolume(self, volume: float) -> None:
        self.volume = volume

    def play(self) -> None:
        self.plays += 1

    def stop(self) -> None:
        self.stops += 1

    def status(self) -> FakeSoundEffect.Status:
        return self._status

    def fail(self) -> None:
        self._status = self.Status.Error
        self.statusChanged.emit()


def fake_backend(outputs: tuple[str, ...] = ("speakers",)) -> SimpleNamespace:
    """A QtMultimedia stand-in with the given audio outputs."""
    devices = SimpleNamespace(audioOutputs=lambda: list(outputs))
    return SimpleNamespace(QSoundEffect=FakeSoundEffect, QMediaDevices=devices)


def effects(player: CuePlayer) -> dict[Cue, FakeSoundEffect]:
    """The player's effects, by cue, found through the sources they loaded."""
    by_source = {Path(e.source).name: e for e in player.findChildren(FakeSoundEffect)}
    return {cue: by_source[Path(cue.value.value).name] for cue in Cue}


def play_everything(player: CuePlayer) -> None:
    player.play_in()
    player.play_out()
    player.play_hold()
    player.play_end()


def collect(player: CuePlayer) -> list[str]:
    reports: list[str] = []
    player.unavailable.connect(reports.append)
    return reports


def test_real_backend_never_crashes_and_reports_missing_device_once(qtbot):
    qtmultimedia = pytest.importorskip("PySide6.QtMultimedia")
    player = CuePlayer()
    reports = collect(player)
    player.set_volume(0)  # a machine with speakers stays quiet during the tests
    if qtmultimedia.QMediaDevices.audioOutputs():
        play_everything(player)
        player.stop_all()
        return
    assert not player.available
    with qtbot.waitSignal(player.unavailable, timeout=1000):
        pass
    play_everything(player)
    player.set_enabled(True)
    player.set_volume(50)
    player.stop_all()
    QCoreApplication.processEvents()
    assert reports == [player.unavailable_reason]
    assert reports[0]


def test_without_qtmultimedia_player_is_silent_and_says_so_once(qtbot):
    player = CuePlayer(backend=None)
    reports = collect(player)
    assert not player.available
    assert player.unavailable_reason
    with qtbot.waitSignal(player.unavailable, timeout=1000) as blocker:
        pass
    assert blocker.args == [player.unavailable_reason]
    play_everything(player)
    player.set_volume(30)
    player.set_hold_enabled(False)
    player.set_end_chime_enabled(False)
    player.stop_all()
    QCoreApplication.processEvents()
    assert reports == [player.unavailable_reason]
    assert player.volume_percent == 30


def test_no_audio_output_is_reported_without_loading_sounds(qtbot):
    player = CuePlayer(backend=fake_backend(outputs=()))
    with qtbot.waitSignal(player.unavailable, timeout=1000):
        pass
    assert not player.available
    assert player.findChildren(FakeSoundEffect) == []


def test_missing_asset_makes_player_silent(qtbot):
    def locate(asset: Asset) -> Path:
        if asset is Asset.SOUND_HOLD:
            raise FileNotFoundError(asset.value)
        return asset_path(asset)

    player = CuePlayer(backend=fake_backend(), locate=locate)
    reports = collect(player)
    with qtbot.waitSignal(player.unavailable, timeout=1000):
        pass
    play_everything(player)
    QCoreApplication.processEvents()
    assert not player.available
    assert len(reports) == 1
    assert all(e.plays == 0 for e in player.findChildren(FakeSoundEffect))


def test_each_cue_plays_its_own_effect_loaded_once(qtbot):
    player = CuePlayer(backend=fake_backend())
    reports = collect(player)
    by_cue = effects(player)
    assert len(player.findChildren(FakeSoundEffect)) == len(Cue)
    for cue, effect in by_cue.items():
        assert Path(effect.source) == asset_path(cue.value)

    player.play_in()
    player.play_in()
    player.play_out()
    assert [by_cue[c].plays for c in Cue] == [2, 1, 0, 0, 0, 0, 0, 0, 0, 0]
    player.play_hold()
    player.play_end()
    for cue in (Cue.TENSE, Cue.LET_GO, Cue.SKIN_CHECK, Cue.HEAT_ALARM, Cue.READY, Cue.REST):
        player.play(cue)
    assert [by_cue[c].plays for c in Cue] == [2, 1, 1, 1, 1, 1, 1, 1, 1, 1]
    assert len(player.findChildren(FakeSoundEffect)) == len(Cue)

    QCoreApplication.processEvents()
    assert player.available
    assert reports == []


def test_switches_silence_and_skip_cues(qtbot):
    player = CuePlayer(backend=fake_backend())
    by_cue = effects(player)

    player.set_hold_enabled(False)
    player.set_end_chime_enabled(False)
    play_everything(player)
    assert [by_cue[c].plays for c in BREATH_CUES] == [1, 1, 0, 0]
    assert by_cue[Cue.HOLD].stops == 1
    assert by_cue[Cue.END].stops == 1

    player.set_enabled(False)
    assert all(e.stops >= 1 for e in by_cue.values())
    play_everything(player)
    assert [by_cue[c].plays for c in BREATH_CUES] == [1, 1, 0, 0]

    player.set_enabled(True)
    player.set_hold_enabled(True)
    player.set_end_chime_enabled(True)
    play_everything(player)
    assert [by_cue[c].plays for c in BREATH_CUES] == [2, 2, 1, 1]


def test_safety_sounds_play_with_cues_off_and_the_alarm_grows_louder(qtbot):
    player = CuePlayer(backend=fake_backend())
    by_cue = effects(player)
    player.set_volume(20)
    player.set_enabled(False)
    player.play(Cue.TENSE)
    player.play(Cue.SKIN_CHECK)
    levels = [player.play_alarm(n) for n in range(1, 8)]
    assert by_cue[Cue.TENSE].plays == 0  # guidance cues obey the switch
    assert by_cue[Cue.SKIN_CHECK].plays == 1  # a dozing patient still hears these
    assert by_cue[Cue.HEAT_ALARM].plays == 7
    assert levels == [50, 60, 70, 80, 90, 100, 100]  # never softer than half, then louder
    assert by_cue[Cue.HEAT_ALARM].volume == perceived_to_linear(100)


def test_volume_reaches_every_effect_on_the_perceptual_curve(qtbot):
    player = CuePlayer(backend=fake_backend())
    guidance = [e for c, e in effects(player).items() if c not in SAFETY_CUES]
    player.set_volume(50)
    assert {e.volume for e in guidance} == {perceived_to_linear(50)}
    player.set_volume(150)
    assert player.volume_percent == 100
    assert {e.volume for e in guidance} == {1.0}


def test_playback_error_is_reported_once_and_silences(qtbot):
    player = CuePlayer(backend=fake_backend())
    reports = collect(player)
    by_cue = effects(player)
    assert player.available

    with qtbot.waitSignal(player.unavailable, timeout=1000):
        by_cue[Cue.IN].fail()
    by_cue[Cue.OUT].fail()
    play_everything(player)
    QCoreApplication.processEvents()

    assert not player.available
    assert reports == [player.unavailable_reason]
    assert all(e.plays == 0 for e in by_cue.values())


def test_player_never_polls(qtbot):
    player = CuePlayer(backend=fake_backend())
    play_everything(player)
    assert player.findChildren(QTimer) == []


def test_volume_curve_is_monotonic_within_unit_range():
    gains = [perceived_to_linear(p) for p in range(101)]
    assert gains[0] == 0.0
    assert gains[100] == 1.0
    assert all(0.0 <= g <= 1.0 for g in gains)
    assert all(a <= b for a, b in pairwise(gains))
    assert gains[50] < 0.5  # perceptual: half way on the slider is well under half the gain
    assert perceived_to_linear(-10) == 0.0
    assert perceived_to_linear(250) == 1.0


def test_volume_curve_matches_qaudio():
    qtmultimedia = pytest.importorskip("PySide6.QtMultimedia")
    scale = qtmultimedia.QAudio.VolumeScale
    for percent in (0, 1, 10, 25, 50, 75, 90, 98, 99, 100):
        expected = qtmultimedia.QAudio.convertVolume(
            percent / 100, scale.LogarithmicVolumeScale, scale.LinearVolumeScale
        )
        assert perceived_to_linear(percent) == pytest.approx(expected, abs=1e-6)


def test_bound_cues_follow_the_settings_and_binding_twice_connects_once(qtbot):
    from calmfloor.core.settings import defaults
    from calmfloor.ui.kit.models import SettingsModel
    from calmfloor.ui.kit.sound import bind_cues

    player = CuePlayer(backend=fake_backend())
    by_cue = effects(player)
    settings = SettingsModel(defaults())
    settings.set_value("volume", 30)
    bind_cues(player, settings)
    bind_cues(player, settings)  # the page and the window may both bind: one connection
    assert player.volume_percent == 30
    settings.set_value("end_chime", False)
    settings.set_value("volume", 60)
    assert player.volume_percent == 60
    assert by_cue[Cue.END].stops == 1  # applied once per change, not once per binding
    player.play_end()
    assert by_cue[Cue.END].plays == 0

    guest = SettingsModel(defaults())  # the kiosk's next guest: the old model is let go
    bind_cues(player, guest)
    assert player.volume_percent == guest.get_int("volume")
    settings.set_value("volume", 10)
    assert player.volume_percent == guest.get_int("volume")
