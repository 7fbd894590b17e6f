""" "Record my voice": a step-by-step recorder of a routine's instructions, with replay and
re-take; the clips are saved beside the patient's routine and used by the spoken guidance.

The microphone is read with ``QAudioSource`` (16 kHz, mono, 16-bit) and written as WAV when
the recording stops; nothing runs between recordings. A recording stops by itself at
``MAX_CLIP_S`` (a get-ready never waits longer).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from calmfloor.core.routine import REGION_LABELS, Routine
from calmfloor.storage.errors import StorageWriteError
from calmfloor.storage.voice_packs import MAX_CLIP_S
from calmfloor.storage.voice_recordings import (
    RATE_HZ,
    SAMPLE_BYTES,
    recorded_clip,
    save_clip,
    step_clip,
)
from calmfloor.ui.kit.fonts import set_font_scale
from calmfloor.ui.kit.widgets import announce, format_number, wrapping_label


class Capture(Protocol):
    """A microphone: ``start`` begins collecting 16-bit mono PCM at ``RATE_HZ``; ``stop``
    returns what was collected. ``full`` fires when ``MAX_CLIP_S`` is reached."""

    full: Any

    def available(self) -> bool: ...

    def start(self) -> bool: ...

    def stop(self) -> bytes: ...


class MicrophoneCapture(QObject):
    """The default microphone through ``QAudioSource`` (QtMultimedia loaded on first use).

    Signals:
        full(): the recording reached ``MAX_CLIP_S`` and should be stopped.
    """

    full = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source: Any = None
        self._device: Any = None
        self._data = bytearray()

    def _input(self) -> Any:
        try:
            from PySide6.QtMultimedia import QMediaDevices
        except (ImportError, OSError):
            return None
        device = QMediaDevices.defaultAudioInput()
        return None if device.isNull() else device

    def available(self) -> bool:
        """True when the computer has a microphone Qt can open."""
        return self._input() is not None

    def start(self) -> bool:
        """Start collecting; False when there is no microphone."""
        device = self._input()
        if device is None:
            return False
        from PySide6.QtMultimedia import QAudioFormat, QAudioSource

        audio_format = QAudioFormat()
        audio_format.setSampleRate(RATE_HZ)
        audio_format.setChannelCount(1)
        audio_format.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        self._data = bytearray()
        self._source = QAudioSource(device, audio_format, self)
        self._device = self._source.start()
        if self._device is None:
            return False
        self._device.readyRead.connect(self._read)
        return True

    def _read(self) -> None:
        if self._device is None:
            return
        self._data += bytes(self._device.readAll().data())
        if len(self._data) >= MAX_CLIP_S * RATE_HZ * SAMPLE_BYTES:
            self.full.emit()

    def stop(self) -> bytes:
        """Stop and hand over the samples."""
        if self._source is not None:
            self._read()
            self._source.stop()
            self._source.deleteLater()
        self._source = None
        self._device = None
        return bytes(self._data[: int(MAX_CLIP_S * RATE_HZ) * SAMPLE_BYTES])


class VoiceRecorderDialog(QDialog):
    """Walks through a routine's steps; for each: read the instruction aloud, record,
    play back, re-take. Clips are saved as ``<routines>/<id>.voice/<n>.wav``.

    Args:
        routine: the routine whose steps are recorded.
        routines_dir: the patient's routines folder.
        capture: the microphone (tests pass a fake); None uses the default one.
        parent: the Qt parent.

    Signals:
        saved(int): step ``int`` (0-based) has a new clip.
    """

    saved = Signal(int)

    def __init__(
        self,
        routine: Routine,
        routines_dir: Path,
        capture: Capture | None = None,
        parent: QWidget | None = None,
        *,
        player: Callable[[Path], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("voice-recorder")
        self.setWindowTitle(self.tr("Record my voice"))
        self._routine = routine
        self._dir = routines_dir
        self._capture: Capture = capture or MicrophoneCapture(self)
        self._capture.full.connect(self.stop_recording)
        self._play: Callable[[Path], None] = player or self._play_clip
        self._effect: Any = None
        self._step = 0
        self._recording = False

        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Record my voice: %1").replace("%1", routine.name))
        set_font_scale(heading, 1.3, bold=True)
        layout.addWidget(heading)
        tip = wrapping_label("recorder-tip")
        tip.setText(
            self.tr(
                "Read each step's words aloud, slowly and calmly: a little firmer for "
                "tensing, softer for letting go. Your patient hears your voice at each "
                "“Get ready”."
            )
        )
        layout.addWidget(tip)
        self.step_label = QLabel()
        self.step_label.setObjectName("recorder-step")
        set_font_scale(self.step_label, 1.15, bold=True)
        layout.addWidget(self.step_label)
        self.words = wrapping_label("recorder-words")
        set_font_scale(self.words, 1.2)
        layout.addWidget(self.words)
        self.status = wrapping_label("recorder-status")
        layout.addWidget(self.status)

        row = QHBoxLayout()
        self.record_button = QPushButton()
        self.record_button.setObjectName("recorder-record")
        self.record_button.clicked.connect(self.toggle_recording)
        self.play_button = QPushButton(self.tr("Play back"))
        self.play_button.setObjectName("recorder-play")
        self.play_button.clicked.connect(self.play_back)
        self.back_button = QPushButton(self.tr("Previous step"))
        self.back_button.setObjectName("recorder-previous")
        self.back_button.clicked.connect(lambda: self.go_to(self._step - 1))
        self.next_button = QPushButton(self.tr("Next step"))
        self.next_button.setObjectName("recorder-next")
        self.next_button.clicked.connect(lambda: self.go_to(self._step + 1))
        for button in (self.back_button, self.record_button, self.play_button, self.next_button):
            row.addWidget(button)
        layout.addLayout(row)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.finished.connect(lambda _result: self.stop_recording())
        if not self._capture.available():
            self.status.setText(
                self.tr("No microphone was found. Connect one, then open this again.")
            )
        self.go_to(0)

    # ----- state ---------------------------------------------------------------------

    @property
    def step(self) -> int:
        """The step shown (0-based)."""
        return self._step

    @property
    def recording(self) -> bool:
        """True while the microphone is recording."""
        return self._recording

    def clip_path(self, step: int) -> Path:
        """Where step ``step``'s clip is saved."""
        return step_clip(self._dir, self._routine.id, step)

    def go_to(self, step: int) -> None:
        """Show step ``step`` (stopping a recording first: it is kept)."""
        if self._recording:
            self.stop_recording()
        self._step = min(max(step, 0), len(self._routine.steps) - 1)
        item = self._routine.steps[self._step]
        region = QCoreApplication.translate("routine", REGION_LABELS[item.region])
        self.step_label.setText(
            self.tr("Step %1 of %2: %3")
            .replace("%1", format_number(self._step + 1))
            .replace("%2", format_number(len(self._routine.steps)))
            .replace("%3", region)
        )
        self.words.setText(item.instruction)
        self._refresh()

    def _refresh(self) -> None:
        clip = recorded_clip(self._dir, self._routine.id, self._step)
        has_mic = self._capture.available()
        if self._recording:
            self.record_button.setText(self.tr("Stop recording"))
        elif clip is not None:
            self.record_button.setText(self.tr("Re-take"))
        else:
            self.record_button.setText(self.tr("Record"))
        self.record_button.setEnabled(has_mic)
        self.play_button.setEnabled(clip is not None and not self._recording)
        self.back_button.setEnabled(self._step > 0)
        self.next_button.setEnabled(self._step < len(self._routine.steps) - 1)
        if self._recording:
            text = self.tr("Recording… read the words above, then press Stop recording.")
        elif clip is not None:
            text = self.tr("Recorded. Play it back, or record it again with Re-take.")
        elif has_mic:
            text = self.tr("Not recorded yet: the computer's voice reads this step.")
        else:
            text = self.status.text()
        self.status.setText(text)

    # ----- actions -------------------------------------------------------------------

    def toggle_recording(self) -> None:
        """Record, or stop and save."""
        if self._recording:
            self.stop_recording()
        else:
            self.start_recording()

    def start_recording(self) -> None:
        """Start recording this step (a re-take replaces the clip when it is saved)."""
        if self._recording or not self._capture.start():
            return
        self._recording = True
        self._refresh()
        announce(self.record_button, self.status.text())

    def stop_recording(self) -> None:
        """Stop and save the clip of this step."""
        if not self._recording:
            return
        self._recording = False
        pcm = self._capture.stop()
        if pcm:
            try:
                save_clip(self.clip_path(self._step), pcm)
            except StorageWriteError:
                self.status.setText(self.tr("The recording could not be saved."))
                return
            self.saved.emit(self._step)
        self._refresh()
        announce(self.record_button, self.status.text())

    def play_back(self) -> None:
        """Play this step's clip."""
        clip = recorded_clip(self._dir, self._routine.id, self._step)
        if clip is not None:
            self._play(clip)

    def _play_clip(self, clip: Path) -> None:
        if self._effect is None:
            try:
                from PySide6.QtMultimedia import QSoundEffect
            except (ImportError, OSError):
                return
            self._effect = QSoundEffect(self)
        self._effect.setSource(QUrl.fromLocalFile(str(clip)))
        self._effect.play()
