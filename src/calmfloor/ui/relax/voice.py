"""The routine's spoken script: phase events in, lines for the voice out, get-ready held.

``RoutineVoice`` follows the controller: at each phase it asks ``core.voice_script`` what to
say, translates it, and hands it to the shared :class:`VoiceGuide`. At get-ready it asks the
controller to hold the phase until the sentence is done (plus a short quiet), so a tense
cue never starts in the middle of an instruction; the core moves the rest of the plan by
exactly that wait. Breath words through a breath-coupled let-go are said on the coherent
pace with one single-shot timer (``voice-breath-timer``) that runs only while there is
something left to say in the phase.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal

from calmfloor.core.policy import Policy
from calmfloor.core.routine import (
    READY_HOLD_CAP_S,
    REGION_LABELS,
    RoutineEnded,
    RoutinePhase,
    Segment,
    SequencerState,
)
from calmfloor.core.voice_script import (
    SENTENCE_GAP_S,
    SIDE_WORDS,
    WHERE_WITH_SIDE,
    Utterance,
    VoiceCue,
    end_line,
    phase_lines,
    skip_line,
)
from calmfloor.storage.paths import AppPaths
from calmfloor.storage.voice_packs import VOICES_DIR, VoicePack, load_packs, pack_for
from calmfloor.ui.kit.i18n import current_language
from calmfloor.ui.kit.voice import Line, VoiceGuide
from calmfloor.ui.relax.controller import RelaxController

ClipFinder = Callable[[Utterance, str], Path | None]  # (utterance, routine id) -> clip


def render(utterance: Utterance, *, speak_instruction: bool = True) -> str:
    """The words of ``utterance`` in the current language (context ``voice``)."""
    text = QCoreApplication.translate("voice", utterance.template)
    if utterance.cue is VoiceCue.STEP and utterance.region is not None:
        where = QCoreApplication.translate("routine", REGION_LABELS[utterance.region])
        if utterance.side is not None and utterance.side in SIDE_WORDS:
            side = QCoreApplication.translate("voice", SIDE_WORDS[utterance.side])
            where = (
                QCoreApplication.translate("voice", WHERE_WITH_SIDE)
                .replace("{region}", where)
                .replace("{side}", side)
            )
        text = text.replace("{where}", where)
        if speak_instruction and utterance.instruction:
            text = f"{text} {utterance.instruction}"
    return text


def no_clips(_utterance: Utterance, _routine_id: str) -> Path | None:
    """The clip finder when no voice pack or recording is in use."""
    return None


def voice_pack_roots(paths: AppPaths, policy: Policy) -> list[Path]:
    """Where voice packs are looked for: the folder the clinic's policy names, then
    ``voices`` in the data folder."""
    roots: list[Path] = []
    clinic = getattr(policy, "clinic_voices_dir", None)
    if isinstance(clinic, str) and clinic:
        roots.append(Path(clinic))
    roots.append(paths.data_dir / VOICES_DIR)
    return roots


class PackClips:
    """Finds recorded clips in the voice packs under ``roots`` for the current language.

    The packs are read on first use, when a spoken session starts (start-up never pays),
    and again after :meth:`reload`.

    Args:
        roots: returns the folders to look in (the clinic's first, then the data folder).
        language: returns the language spoken.
    """

    def __init__(
        self, roots: Callable[[], list[Path]], language: Callable[[], str] | None = None
    ) -> None:
        self._roots = roots
        self._language = language or (lambda: current_language() or "en")
        self._packs: list[VoicePack] | None = None

    def reload(self) -> None:
        """Read the packs again at the next use."""
        self._packs = None

    def __call__(self, utterance: Utterance, routine_id: str) -> Path | None:
        if self._packs is None:
            self._packs, _problems = load_packs(self._roots())
        pack = pack_for(self._packs, self._language())
        if pack is None:
            return None
        return pack.clip(utterance.cue, routine_id, utterance.step_index)


class RoutineVoice(QObject):
    """Speaks a routine as it runs, and holds each get-ready until its sentence is said.

    Args:
        controller: the routine controller to follow.
        guide: the voice that says the lines.
        language: returns the language to speak (the app's language).
        clips: finds a recorded clip for an utterance, if any.
        parent: the Qt parent.

    Signals:
        active_changed(bool): whether this session is spoken (False: tones instead).
    """

    active_changed = Signal(bool)

    def __init__(
        self,
        controller: RelaxController,
        guide: VoiceGuide,
        language: Callable[[], str],
        clips: ClipFinder = no_clips,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._guide = guide
        self._language = language
        self._clips = clips
        self._enabled = False
        self._active = False
        self._speak_instructions = True
        self._pending: list[Utterance] = []  # later breath words of the current phase
        self._started = False  # this session's voice was prepared
        self._breath_timer = QTimer(self)
        self._breath_timer.setObjectName("voice-breath-timer")
        self._breath_timer.setSingleShot(True)
        self._breath_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._breath_timer.timeout.connect(self._say_due)
        controller.state_changed.connect(self._on_state)
        controller.phase_started.connect(self._on_phase)
        controller.step_skipped.connect(self._on_skipped)
        controller.ended.connect(self._on_ended)
        guide.idle.connect(self._on_idle)
        guide.failed.connect(self._on_failed)

    @property
    def active(self) -> bool:
        """True while the current session is spoken (tones stay quiet for its phases)."""
        return self._active

    def set_enabled(self, enabled: bool) -> None:
        """Whether the next session is spoken (the setting, the kiosk's sound, the policy)."""
        self._enabled = enabled
        if not enabled and self._active:
            self._stop_speaking()
            self._set_active(False)

    def _set_active(self, active: bool) -> None:
        if active != self._active:
            self._active = active
            self.active_changed.emit(active)

    # ----- following the controller -------------------------------------------------

    def _on_state(self, state: str) -> None:
        session = self._controller.session
        if state == SequencerState.RUNNING and session is not None and not self._active:
            if self._enabled and not self._started:
                self._started = True
                routine = session.routine
                language = self._language()
                self._speak_instructions = routine.language.split("_")[0] == language
                has_clips = any(
                    self._clips(line, routine.id) is not None
                    for segment in session.segments[:2]
                    for line in phase_lines(routine, session.segments, segment)
                )
                # the first phase's event follows this one and is spoken from there
                self._set_active(self._guide.prepare(language, has_clips=has_clips))
        elif state == SequencerState.PAUSED and self._active:
            # a pause is silence: the voice stops, and get-ready may end once resumed
            self._stop_speaking()
            self._controller.release_ready()
        elif state == SequencerState.RUNNING and self._active:
            self._schedule_breath()

    def _on_phase(self, segment: Segment) -> None:
        session = self._controller.session
        if not self._active or session is None:
            return
        self._breath_timer.stop()
        self._guide.clear_pending()
        lines = phase_lines(session.routine, session.segments, segment)
        now = [line for line in lines if line.at_s <= 0]
        self._pending = [line for line in lines if line.at_s > 0]
        if segment.phase is RoutinePhase.READY and any(line.holds_ready for line in now):
            self._controller.hold_ready(READY_HOLD_CAP_S)
        self._guide.say([self._line(line) for line in now])
        self._schedule_breath()

    def _on_skipped(self, _step: int, hurts: bool) -> None:
        if self._active:
            self._breath_timer.stop()
            self._pending = []
            self._guide.stop()
            self._guide.say([self._line(skip_line(hurts))])

    def _on_ended(self, event: RoutineEnded) -> None:
        self._started = False
        if self._active:
            self._breath_timer.stop()
            self._pending = []
            self._guide.stop()
            self._guide.say([self._line(end_line(event.completed))])
        self._set_active(False)

    def _on_failed(self) -> None:
        # the engine broke down mid-session: tones take over for the rest of it
        self._breath_timer.stop()
        self._pending = []
        self._set_active(False)
        if self._controller.is_active:
            self._controller.release_ready()

    def _on_idle(self) -> None:
        if self._controller.is_active:
            self._controller.release_ready(SENTENCE_GAP_S)

    # ----- breath words -------------------------------------------------------------

    def _schedule_breath(self) -> None:
        sample = self._controller.sample()
        if not self._pending or sample is None or sample.state is not SequencerState.RUNNING:
            self._breath_timer.stop()
            return
        wait_s = self._pending[0].at_s - sample.phase_elapsed_s
        self._breath_timer.start(max(round(wait_s * 1000), 0))

    def say_due_breath_words(self) -> None:
        """The breath timer's slot: say the breath word that is due now (tests call it
        when their fake clock has passed the timer's moment)."""
        self._say_due()

    def _say_due(self) -> None:
        sample = self._controller.sample()
        if sample is None or not self._pending:
            return
        due = [line for line in self._pending if line.at_s <= sample.phase_elapsed_s + 1e-3]
        self._pending = [line for line in self._pending if line not in due]
        if due:
            self._guide.clear_pending()
            self._guide.say([self._line(due[-1])])  # a late timer says only the latest
        self._schedule_breath()

    def _stop_speaking(self) -> None:
        self._breath_timer.stop()
        self._guide.stop()

    def _line(self, utterance: Utterance) -> Line:
        session = self._controller.session
        routine_id = session.routine.id if session is not None else ""
        return Line(
            render(utterance, speak_instruction=self._speak_instructions),
            self._clips(utterance, routine_id),
        )

    def shut_down(self) -> None:
        """Stop everything (the window closes)."""
        self._stop_speaking()
        self._pending = []
        self._guide.shut_down()
