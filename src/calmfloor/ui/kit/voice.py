"""Spoken guidance: a checked speech engine, recorded clips, and one queue of lines to say.

``QtTextToSpeech`` is imported only when a session with voice starts (start-up never pays
for it), and an engine is used only if it really works here: measured with PySide6 6.11,
``availableEngines()`` lists ``speechd`` even when its library is missing, an unreachable
speech-dispatcher leaves ``state()`` at Error, and a locale without a voice silently stays
English. So :func:`open_speech` checks the state, the error and the voice's language, and
never lets German text be read by an English voice.

Nothing polls: a line is done when the engine's ``stateChanged`` leaves Speaking, or a
clip's ``playingChanged`` goes false. No timer runs while nothing is spoken.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QUrl, Signal

from calmfloor.ui.kit.sound import perceived_to_linear

# the engines tried, in order, when none is named; "mock" only when asked for (tests)
ENGINE_ORDER = ("speechd", "sapi", "winrt", "darwin", "macos", "android", "flite")
MOCK_ENGINE = "mock"
SOURCE_AUTO = "auto"
SOURCE_RECORDED = "recorded"
SOURCE_SYSTEM = "system"
RATE_STEPS = 10.0  # the setting runs -5..5; QTextToSpeech takes -1.0..1.0


SpeechOpener = Callable[[str, "str | None", "QObject | None"], "tuple[Any, str, str]"]


@dataclass(frozen=True, slots=True)
class Line:
    """One line to say: the words, and a recorded clip that says them, if there is one."""

    text: str
    clip: Path | None = None


@dataclass(frozen=True, slots=True)
class EngineCheck:
    """What :func:`check_engines` found about one engine for one language."""

    engine: str
    language: str
    works: bool
    voice: str
    reason: str


def _import_tts() -> Any:
    """The QTextToSpeech class, or None when the module cannot load."""
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except (ImportError, OSError):
        return None
    return QTextToSpeech


def available_engines() -> list[str]:
    """The engines Qt lists (which may include ones that do not work here)."""
    tts_class = _import_tts()
    return [] if tts_class is None else [str(e) for e in tts_class.availableEngines()]


def open_speech(
    language: str, engine: str | None = None, parent: QObject | None = None
) -> tuple[Any, str, str]:
    """A ready QTextToSpeech with a voice for ``language``, or why there is none.

    Args:
        language: the language code of the text to be spoken, e.g. ``de``.
        engine: the engine to use; None tries :data:`ENGINE_ORDER` in turn.
        parent: the Qt parent of the engine.

    Returns:
        ``(engine object or None, engine name, reason)``; the reason is translated text
        for the person, empty on success.
    """
    tts_class = _import_tts()
    if tts_class is None:
        return (
            None,
            "",
            QCoreApplication.translate("voice", "The computer's speech module is not installed."),
        )
    listed = [str(e) for e in tts_class.availableEngines()]
    if engine is not None:
        if engine not in listed:
            return (
                None,
                engine,
                QCoreApplication.translate(
                    "voice", "The speech engine “%1” is not available."
                ).replace("%1", engine),
            )
        candidates = [engine]
    else:
        candidates = [e for e in ENGINE_ORDER if e in listed]
        candidates += [e for e in listed if e not in candidates and e != MOCK_ENGINE]
    if not candidates:
        return None, "", QCoreApplication.translate("voice", "This computer has no speech engine.")
    wanted = QLocale(language)
    reason = ""
    for name in candidates:
        tts = tts_class(name, parent)
        if tts.state() == tts_class.State.Error:
            reason = QCoreApplication.translate(
                "voice", "The computer's speech does not work here (%1)."
            ).replace("%1", tts.errorString() or name)
            tts.deleteLater()
            continue
        tts.setLocale(wanted)
        plain = [
            v
            for v in tts.availableVoices()
            if v.locale().language() == wanted.language() and "+" not in v.name()
        ]
        if plain:  # espeak lists variants ("German+Adam") and regions; the plain, main one
            tts.setVoice(min(plain, key=lambda v: len(v.name())))
        voice = tts.voice()
        if (
            tts.locale().language() != wanted.language()
            or voice.locale().language() != wanted.language()
        ):
            reason = QCoreApplication.translate(
                "voice", "The computer has no voice for %1."
            ).replace("%1", wanted.nativeLanguageName() or language)
            tts.deleteLater()
            continue
        return tts, name, ""
    return None, candidates[-1], reason


def check_engines(languages: list[str]) -> list[EngineCheck]:
    """Every listed engine (but ``mock``) tried for each language (``calmfloor voice list``)."""
    checks: list[EngineCheck] = []
    for name in available_engines():
        if name == MOCK_ENGINE:
            continue
        for language in languages:
            tts, _engine, reason = open_speech(language, name)
            voice = tts.voice().name() if tts is not None else ""
            checks.append(EngineCheck(name, language, tts is not None, voice, reason))
            if tts is not None:
                tts.deleteLater()
    return checks


class VoiceGuide(QObject):
    """Says lines one after another: recorded clips where they exist, else the computer's
    speech; gives up (and says why, once) when neither works.

    Args:
        engine: the speech engine to use (``mock`` in tests); None picks the first that
            works.
        opener: opens the engine, as :func:`open_speech` (tests pass a fake).
        parent: the Qt parent.

    Signals:
        said(str): a line has begun (its words, also when a clip says them).
        idle(): the queue ran empty: everything asked for has been said.
        unavailable(str): the voice cannot be used, in plain words; at most once per
            reason for the life of the guide.
        failed(): the speech engine broke down while speaking (tones from here on).
    """

    said = Signal(str)
    idle = Signal()
    unavailable = Signal(str)
    failed = Signal()

    def __init__(
        self,
        engine: str | None = None,
        parent: QObject | None = None,
        *,
        opener: SpeechOpener | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("voice-guide")
        self._engine_name = engine
        self._opener: SpeechOpener = opener or open_speech
        self._source = SOURCE_AUTO
        self._rate = 0.0
        self._volume = 0.8
        self._tts: Any = None
        self._tts_language = ""
        self._tts_tried: set[str] = set()
        self._clip_effect: Any = None
        self._queue: deque[Line] = deque()
        self._busy = False
        self._told: set[str] = set()
        self._has_clips = False

    # ----- settings ------------------------------------------------------------------

    def configure(self, *, source: str, rate: int, volume_percent: int) -> None:
        """Apply the voice settings (source, speed -5..5, volume 0..100)."""
        self._source = source
        self._rate = max(min(rate / RATE_STEPS * 2, 1.0), -1.0)
        self._volume = perceived_to_linear(volume_percent)
        if self._tts is not None:
            self._tts.setRate(self._rate)
            self._tts.setVolume(self._volume)

    @property
    def busy(self) -> bool:
        """True while a line is being said or waits in the queue."""
        return self._busy or bool(self._queue)

    @property
    def engine(self) -> str:
        """The name of the speech engine in use, empty when none."""
        return str(self._tts.engine()) if self._tts is not None else ""

    def prepare(self, language: str, *, has_clips: bool = False) -> bool:
        """Get ready to speak ``language``; False when nothing can speak it (tones then).

        Loads the speech module on first use. ``has_clips``: recorded clips exist for this
        session, so a missing engine is no reason to give up.
        """
        self._has_clips = has_clips
        if self._source == SOURCE_RECORDED:
            if has_clips:
                return True
            self._tell(
                QCoreApplication.translate(
                    "voice", "No recorded voice was found, so you will hear tones instead."
                )
            )
            return False
        if self._tts is not None and self._tts_language == language:
            return True
        self._drop_tts()
        if language in self._tts_tried and not has_clips:
            return False
        self._tts_tried.add(language)
        tts, _name, reason = self._opener(language, self._engine_name, self)
        if tts is None:
            if has_clips:
                return True
            self._tell(
                reason + " " + QCoreApplication.translate("voice", "You will hear tones instead.")
            )
            return False
        self._tts_tried.discard(language)
        self._tts = tts
        self._tts_language = language
        tts.setRate(self._rate)
        tts.setVolume(self._volume)
        tts.stateChanged.connect(self._on_tts_state)
        tts.errorOccurred.connect(self._on_tts_error)
        return True

    # ----- saying --------------------------------------------------------------------

    def say(self, lines: list[Line]) -> None:
        """Queue ``lines``; the first starts now if nothing is being said."""
        self._queue.extend(lines)
        if not self._busy:
            self._next()

    def clear_pending(self) -> None:
        """Drop the lines not yet begun; the current one finishes."""
        self._queue.clear()

    def stop(self) -> None:
        """Stop at once and forget the queue."""
        self._queue.clear()
        was_busy = self._busy
        self._busy = False
        if self._tts is not None:
            self._tts.stop()
        if self._clip_effect is not None:
            self._clip_effect.stop()
        if was_busy:
            self.idle.emit()

    def shut_down(self) -> None:
        """Stop and release the engine (the session is over or the window closes)."""
        self.stop()
        self._drop_tts()

    def _next(self) -> None:
        while self._queue:
            line = self._queue.popleft()
            if line.clip is not None and self._source != SOURCE_SYSTEM and self._play(line.clip):
                self._busy = True
                self.said.emit(line.text)
                return
            if self._tts is not None and self._source != SOURCE_RECORDED and line.text:
                self._busy = True
                self.said.emit(line.text)
                self._tts.say(line.text)
                return
        if self._busy:
            self._busy = False
        self.idle.emit()

    def _play(self, clip: Path) -> bool:
        if self._clip_effect is None:
            try:
                from PySide6.QtMultimedia import QSoundEffect
            except (ImportError, OSError):
                return False
            self._clip_effect = QSoundEffect(self)
            self._clip_effect.playingChanged.connect(self._on_clip_playing)
        effect = self._clip_effect
        effect.setSource(QUrl.fromLocalFile(str(clip)))
        effect.setVolume(self._volume)
        effect.play()
        return True

    def _on_clip_playing(self) -> None:
        if self._busy and not self._clip_effect.isPlaying():
            self._busy = False
            self._next()

    def _on_tts_state(self, state: object) -> None:
        tts_class = _import_tts()
        if tts_class is None or not self._busy:
            return
        if state == tts_class.State.Ready:
            self._busy = False
            self._next()

    def _on_tts_error(self, *_args: object) -> None:
        reason = self._tts.errorString() if self._tts is not None else ""
        self._drop_tts()
        self._tell(
            QCoreApplication.translate(
                "voice", "The computer's speech stopped working (%1)."
            ).replace("%1", reason)
            + " "
            + QCoreApplication.translate("voice", "You will hear tones instead.")
        )
        self._queue.clear()
        self._busy = False
        self.failed.emit()
        self.idle.emit()

    def _drop_tts(self) -> None:
        if self._tts is not None:
            self._tts.stateChanged.disconnect(self._on_tts_state)
            self._tts.errorOccurred.disconnect(self._on_tts_error)
            self._tts.stop()
            self._tts.deleteLater()
            self._tts = None
            self._tts_language = ""

    @property
    def speaking_available(self) -> bool:
        """True when the last :meth:`prepare` found something that can speak."""
        return self._tts is not None or (self._has_clips and self._source != SOURCE_SYSTEM)

    def _tell(self, text: str) -> None:
        if text not in self._told:
            self._told.add(text)
            self.unavailable.emit(text)
