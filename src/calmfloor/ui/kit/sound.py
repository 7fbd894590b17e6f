"""Breathing cue playback with QSoundEffect; goes silent, and says so once, without audio."""

from __future__ import annotations

import math
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMetaObject, QObject, Qt, QUrl, Signal, Slot

from calmfloor.resources import Asset, asset_path

if TYPE_CHECKING:
    from calmfloor.ui.kit.models import SettingsModel

DEFAULT_VOLUME_PERCENT = 80


class Cue(Enum):
    """The cue sounds, each backed by one asset."""

    IN = Asset.SOUND_IN
    OUT = Asset.SOUND_OUT
    HOLD = Asset.SOUND_HOLD
    END = Asset.SOUND_END
    TENSE = Asset.SOUND_TENSE
    LET_GO = Asset.SOUND_LET_GO
    SKIN_CHECK = Asset.SOUND_SKIN_CHECK
    HEAT_ALARM = Asset.SOUND_HEAT_ALARM
    READY = Asset.SOUND_READY  # get ready for the next step (only when the voice is off)
    REST = Asset.SOUND_REST


# Safety sounds play even when the guidance cues are switched off, never softer than this.
SAFETY_CUES = frozenset({Cue.SKIN_CHECK, Cue.HEAT_ALARM})
SAFETY_MIN_VOLUME_PERCENT = 50
ALARM_STEP_PERCENT = 10  # each repeat of the heat alarm is this much louder, up to 100 %


class BackendChoice(Enum):
    """How `CuePlayer` finds its audio backend."""

    AUTO = "auto"
    """Import ``PySide6.QtMultimedia``; run silent if that fails."""


AUTO_BACKEND = BackendChoice.AUTO


def perceived_to_linear(percent: float) -> float:
    """Map a volume setting as people hear it (0-100) to the linear gain QSoundEffect takes.

    This is the curve of ``QAudio.convertVolume(v, LogarithmicVolumeScale,
    LinearVolumeScale)``, written out so that it also works when QtMultimedia is missing: half
    way on the slider sounds about half as loud, instead of nearly as loud as full.

    Args:
        percent: Volume setting; values outside 0-100 are clamped.

    Returns:
        A gain in ``[0.0, 1.0]``, monotonic in ``percent``, 0 at 0 and 1 at 100.
    """
    fraction = min(max(float(percent), 0.0), 100.0) / 100.0
    if fraction >= 0.99:
        return 1.0
    return min(1.0, max(0.0, -math.log(1.0 - fraction) / math.log(100.0)))


def _import_qtmultimedia() -> Any:
    """The QtMultimedia module, or None when it cannot load (e.g. libpulse is missing)."""
    try:
        from PySide6 import QtMultimedia
    except (ImportError, OSError):
        return None
    return QtMultimedia


CUE_SETTINGS = frozenset({"sound_enabled", "volume", "hold_sound", "end_chime"})


def bind_cues(cues: CuePlayer, settings: SettingsModel) -> None:
    """Configure ``cues`` from ``settings`` now and at every change; once per model.

    The window calls this once, when it is made (``ui/shell/main_window.py``); binding the
    same settings again does nothing, and another model (a new kiosk guest's) replaces them.
    """
    cues.bind_settings(settings)


class CuePlayer(QObject):
    """Plays the breathing cues; a silent no-op whenever sound is not possible.

    The sound effects are loaded once, at construction or (``deferred``) at :meth:`load` or
    the first cue, and reused, so a cue starts with low latency. The window defers them to
    the first sign of a session (Breathe's Start, opening Relax, Heat pack or Settings):
    QtMultimedia and its FFmpeg plug-in cost about 18 MiB for as long as calmfloor runs.
    Nothing polls: failures are found when loading (no QtMultimedia, no audio output, a
    missing file) or reported by QSoundEffect's ``statusChanged``.

    A failure found when loading is already visible in `available` and
    `unavailable_reason` when that call returns; the `unavailable` signal for it is
    queued, so receivers connected right after construction still get it.

    Signals:
        unavailable(str): Sound cannot play; a short translated explanation for the user.
            Emitted at most once per player.
    """

    unavailable = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        backend: Any = AUTO_BACKEND,
        locate: Callable[[Asset], Path] = asset_path,
        deferred: bool = False,
    ) -> None:
        """Load the cue sounds (now, or at :meth:`load` when ``deferred``).

        Args:
            parent: Qt parent.
            backend: The QtMultimedia module to use. `AUTO_BACKEND` imports it; None forces
                the silent path (as if QtMultimedia could not load); tests may pass a stand-in
                with ``QSoundEffect`` and ``QMediaDevices``.
            locate: Finds an asset's file; raises FileNotFoundError if it is missing.
            deferred: Wait for :meth:`load` (or the first cue) before importing QtMultimedia
                and loading the sounds, so start-up can paint the window first.
        """
        super().__init__(parent)
        self._enabled = True
        self._hold_enabled = True
        self._end_enabled = True
        self._volume_percent = DEFAULT_VOLUME_PERCENT
        self._effects: dict[Cue, Any] = {}
        self._reason = ""
        self._reported = False
        self._backend = backend
        self._locate = locate
        self._loaded = False
        self._settings: SettingsModel | None = None
        if not deferred:
            self.load()

    def load(self) -> None:
        """Import QtMultimedia and load the sounds, once; later calls do nothing."""
        if self._loaded:
            return
        self._loaded = True
        backend = self._backend
        if backend is AUTO_BACKEND:
            backend = _import_qtmultimedia()
        self._load(backend, self._locate)

    @property
    def available(self) -> bool:
        """Whether cues can be heard (True until a failure is known)."""
        return not self._reason

    @property
    def unavailable_reason(self) -> str:
        """The translated explanation sent with `unavailable`, or "" while sound works."""
        return self._reason

    @property
    def volume_percent(self) -> int:
        """The volume as last set, 0-100."""
        return self._volume_percent

    def play_in(self) -> None:
        """The in-breath cue: one tone."""
        self.play(Cue.IN)

    def play_out(self) -> None:
        """The out-breath cue: two lower tones."""
        self.play(Cue.OUT)

    def play_hold(self) -> None:
        """The hold cue, unless hold cues are switched off."""
        if self._hold_enabled:
            self.play(Cue.HOLD)

    def play_end(self) -> None:
        """The end-of-session chime, unless it is switched off."""
        if self._end_enabled:
            self.play(Cue.END)

    def play(self, cue: Cue) -> None:
        """Start ``cue``; does nothing when sound is disabled or unavailable.

        The safety sounds (skin check, heat alarm) play even when the cues are switched off:
        a dozing patient must still hear that the heat pack has to come off.
        """
        self.load()
        effect = self._effects.get(cue)
        if effect is None or not self.available:
            return
        if not self._enabled and cue not in SAFETY_CUES:
            return
        if cue in SAFETY_CUES:
            effect.setVolume(perceived_to_linear(self.safety_volume_percent()))
        effect.play()

    def play_alarm(self, repeat: int) -> int:
        """Play the heat alarm for the ``repeat``-th time (1 first), louder each time.

        Returns:
            The volume used, 0-100 as heard.
        """
        percent = self.safety_volume_percent(repeat)
        self.load()
        effect = self._effects.get(Cue.HEAT_ALARM)
        if effect is not None and self.available:
            effect.setVolume(perceived_to_linear(percent))
            effect.play()
        return percent

    def safety_volume_percent(self, repeat: int = 1) -> int:
        """The loudness of a safety sound: the cue volume, at least 50 %, rising per repeat."""
        base = max(self._volume_percent, SAFETY_MIN_VOLUME_PERCENT)
        return min(100, base + ALARM_STEP_PERCENT * max(repeat - 1, 0))

    def stop_all(self) -> None:
        """Silence every cue that is still ringing."""
        for effect in self._effects.values():
            effect.stop()

    def bind_settings(self, settings: SettingsModel) -> None:
        """Follow ``settings`` (sound on, volume, hold sound, end chime) from now on.

        Idempotent: binding the same settings again does nothing; binding another model
        (the kiosk's next guest) lets go of the previous one.
        """
        if settings is self._settings:
            return
        if self._settings is not None:
            self._settings.changed.disconnect(self._on_setting)
        self._settings = settings
        settings.changed.connect(self._on_setting)
        self._apply_settings()

    def unbind_settings(self, settings: SettingsModel) -> None:
        """Stop following ``settings`` if they are the ones followed (a closing window lets
        go of its profile's settings, never of a newer window's)."""
        if settings is self._settings:
            settings.changed.disconnect(self._on_setting)
            self._settings = None

    def _on_setting(self, key: str, _value: object) -> None:
        if key in CUE_SETTINGS:
            self._apply_settings(key)

    def _apply_settings(self, only: str | None = None) -> None:
        s = self._settings
        if s is None:
            return
        if only in (None, "sound_enabled"):
            self.set_enabled(s.get_bool("sound_enabled"))
        if only in (None, "volume"):
            self.set_volume(s.get_int("volume"))
        if only in (None, "hold_sound"):
            self.set_hold_enabled(s.get_bool("hold_sound"))
        if only in (None, "end_chime"):
            self.set_end_chime_enabled(s.get_bool("end_chime"))

    def set_enabled(self, enabled: bool) -> None:
        """Switch all cues on or off; switching off silences them at once."""
        self._enabled = bool(enabled)
        if not self._enabled:
            self.stop_all()

    def set_hold_enabled(self, enabled: bool) -> None:
        """Switch the hold cue on or off."""
        self._hold_enabled = bool(enabled)
        if not self._hold_enabled and Cue.HOLD in self._effects:
            self._effects[Cue.HOLD].stop()

    def set_end_chime_enabled(self, enabled: bool) -> None:
        """Switch the end-of-session chime on or off."""
        self._end_enabled = bool(enabled)
        if not self._end_enabled and Cue.END in self._effects:
            self._effects[Cue.END].stop()

    def set_volume(self, percent: int) -> None:
        """Set the loudness of all cues, 0-100 as heard (see `perceived_to_linear`)."""
        self._volume_percent = round(min(max(percent, 0), 100))
        gain = perceived_to_linear(self._volume_percent)
        for cue, effect in self._effects.items():
            if cue not in SAFETY_CUES:
                effect.setVolume(gain)

    def _load(self, backend: Any, locate: Callable[[Asset], Path]) -> None:
        """Create one effect per cue, or record why there will be no sound."""
        if backend is None:
            self._fail(
                self.tr(
                    "Sound is off: the audio library is missing on this computer. "
                    "Follow the cues on screen."
                )
            )
            return
        if not backend.QMediaDevices.audioOutputs():
            self._fail(
                self.tr("Sound is off: no audio output was found. Follow the cues on screen.")
            )
            return
        try:
            paths = {cue: locate(cue.value) for cue in Cue}
        except FileNotFoundError:
            self._fail(
                self.tr(
                    "Sound is off: a cue sound file is missing; reinstalling calmfloor "
                    "should fix this. Follow the cues on screen."
                )
            )
            return
        gain = perceived_to_linear(self._volume_percent)
        for cue, path in paths.items():
            effect = backend.QSoundEffect(self)
            effect.statusChanged.connect(self._on_status_changed)
            effect.setVolume(gain)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            self._effects[cue] = effect

    @Slot()
    def _on_status_changed(self) -> None:
        """Turn a load or device error reported by any effect into `unavailable`."""
        if self._reason:
            return
        if any(e.status() == e.Status.Error for e in self._effects.values()):
            self._fail(
                self.tr(
                    "Sound is off: the cue sounds could not be played. Follow the cues on screen."
                )
            )

    def _fail(self, reason: str) -> None:
        """Go silent for good and queue the single `unavailable` report."""
        if self._reason:
            return
        self._reason = reason
        self.stop_all()
        # Queued, so that a failure found inside __init__ reaches receivers connected after it.
        QMetaObject.invokeMethod(self, "_report", Qt.ConnectionType.QueuedConnection)

    @Slot()
    def _report(self) -> None:
        """Emit `unavailable` once."""
        if self._reported:
            return
        self._reported = True
        self.unavailable.emit(self._reason)
