"""The Relax page: choose a routine, follow it step by step on the body diagram, rate, done."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QShortcut
from PySide6.QtWidgets import QWidget

from calmfloor.core.routine import (
    ACTIVITY_HEAT,
    RoutineEnded,
    RoutinePhase,
    RoutineSample,
    Segment,
    SequencerState,
)
from calmfloor.core.voice_script import Utterance, VoiceCue
from calmfloor.storage.routines_store import LoadedRoutine
from calmfloor.storage.voice_recordings import recorded_clip
from calmfloor.ui.kit.i18n import current_language
from calmfloor.ui.kit.models import SettingsModel
from calmfloor.ui.kit.session_page import RatingsAsked, SessionPage
from calmfloor.ui.kit.shortcuts import make_shortcut
from calmfloor.ui.kit.sound import Cue, CuePlayer
from calmfloor.ui.kit.voice import VoiceGuide
from calmfloor.ui.kit.widgets import announce
from calmfloor.ui.relax.controller import RelaxController, RoutineRecorder
from calmfloor.ui.relax.done_pane import RelaxDonePane
from calmfloor.ui.relax.files import RoutineFiles
from calmfloor.ui.relax.library import RoutineLibrary
from calmfloor.ui.relax.recorder import Capture, VoiceRecorderDialog
from calmfloor.ui.relax.ring import CountdownRing
from calmfloor.ui.relax.run_pane import RelaxRunPane
from calmfloor.ui.relax.setup_pane import RelaxSetupPane
from calmfloor.ui.relax.voice import ClipFinder, RoutineVoice, no_clips
from calmfloor.ui.relax.words import RoutineWords

__all__ = ["NEXT_STEP_LEAD_S", "CountdownRing", "RelaxView"]

# a screen reader hears the next step's muscle and instruction this long before a let-go
# ends (at most half of it): about 25 words at a reader's default rate, done before get-ready
NEXT_STEP_LEAD_S = 14.0

_CUES = {
    RoutinePhase.READY: Cue.READY,
    RoutinePhase.REST: Cue.REST,
    RoutinePhase.TENSE: Cue.TENSE,
    RoutinePhase.LET_GO: Cue.LET_GO,
}


class RelaxView(SessionPage):
    """Muscle relaxation and stretch routines, from choosing one to the end of a session.

    Three steps in one page: setup (routine, release-only choice, optional ratings, import
    and export), the routine (body diagram, phase word, countdown ring, instruction, and
    buttons to pause, go back, skip and stop), and the end (summary, optional ratings).

    Sounds: a "tense" cue when a tensing phase starts, a "let go" cue when a letting-go
    phase starts, the soft hold cue when a stretch hold starts, the end chime when the
    routine finishes; getting ready, rest and timed activities are silent (the next cue
    follows within seconds, and a chime during rest would only disturb it).

    Args:
        controller: drives the routine; this view only paints its samples.
        recorder: stores the session in history.
        library: the routines on offer.
        settings: preferences (release only, pelvic-floor tensing, sound, motion).
        cues: plays the sounds.
        body_svg: the body diagram SVG (``Asset.BODY_SVG``).
        show_caution: show the safety caution (before the first session).
        kiosk: a waiting-room guest: no routine import or export (no route to the file
            system), no reminder offer and no mention of Settings, which a guest cannot open.
        report_unsaved: say on the end screen when a session could not be saved; False
            when nothing is recorded on purpose (a kiosk guest, history turned off by the
            clinic).
        voice: the speech guide (one is made when None).
        clips: finds a voice pack's recorded clip for a line.
        ratings_asked: which ratings to ask (a programme's); None: the setting decides.
        parent: the Qt parent.

    Signals:
        session_saved(): a session was stored (History should refresh).
        caution_seen(): the user confirmed the caution, once.
        heat_requested(float): a heat-pack step of this length (seconds) began.
        routine_chosen(str): the routine with this id was chosen in the list.
        repeat_reminder_requested(str, str, float): on the end screen of a routine that
            should be repeated, the user asked to be reminded: routine id, name, hours.
            The window sets the reminder and calls :meth:`confirm_repeat_reminder`.
    """

    caution_seen = Signal()
    heat_requested = Signal(float)
    routine_chosen = Signal(str)
    repeat_reminder_requested = Signal(str, str, float)

    def __init__(
        self,
        controller: RelaxController,
        recorder: RoutineRecorder,
        library: RoutineLibrary,
        settings: SettingsModel,
        cues: CuePlayer,
        body_svg: Path,
        *,
        show_caution: bool,
        kiosk: bool = False,
        report_unsaved: bool = True,
        voice: VoiceGuide | None = None,
        clips: ClipFinder = no_clips,
        ratings_asked: RatingsAsked | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            controller,
            recorder,
            settings,
            cues,
            report_unsaved=report_unsaved,
            ratings_asked=ratings_asked,
            parent=parent,
        )
        self.setObjectName("relax-view")
        # the speech module itself loads only when a spoken session starts
        self.voice_guide = voice or VoiceGuide(parent=self)
        self._pack_clips = clips
        self._voice = RoutineVoice(
            controller, self.voice_guide, lambda: current_language() or "en", self.clip_for, self
        )
        self.voice_guide.unavailable.connect(self._on_voice_unavailable)
        self._kiosk = kiosk
        self._controller = controller
        self._recorder: RoutineRecorder = recorder
        self._library = library
        self._files = RoutineFiles(library, self)
        self._was_paused = False
        self._heat_segment: int | None = None  # the heat step already handed to the window
        self._next_said: int | None = None  # the segment whose next step a reader was told

        self._words = RoutineWords(controller, self)
        self._setup = RelaxSetupPane(
            settings, library, self.before_box, show_caution=show_caution, kiosk=kiosk
        )
        self._setup.routine_chosen.connect(self.routine_chosen)
        self._setup.caution_seen.connect(self._on_caution_seen)
        self._setup.start_requested.connect(self.start)
        self._setup.import_requested.connect(lambda: self.import_routine_file())
        self._setup.export_requested.connect(lambda: self.export_current())
        self._setup.record_requested.connect(lambda: self.open_recorder())
        self._run = RelaxRunPane(body_svg, self._words)
        self._run.pause_button.clicked.connect(self.toggle)
        self._run.back_button.clicked.connect(self.back)
        self._run.skip_button.clicked.connect(lambda: self.skip())
        self._run.skip_hurts_button.clicked.connect(lambda: self.skip(hurts=True))
        self._run.stop_button.clicked.connect(self.stop)
        self._done = RelaxDonePane(self.done_footer, kiosk=kiosk)
        self._done.repeat_reminder_requested.connect(self.repeat_reminder_requested)
        self.set_panes(
            self.tr("Muscle relaxation and stretches"),
            self._setup.scrolled(),
            self._run,
            self._done.scrolled(),
        )

        self._space = self._shortcut("relax-toggle", self.toggle)
        self._right = self._shortcut("relax-skip", self.skip)
        self._left = self._shortcut("relax-back", self.back)
        self._escape = self._shortcut("relax-stop", self.escape)
        self._skip_hurts_key = self._shortcut("relax-skip-hurts", lambda: self.skip(hurts=True))

        controller.sample_changed.connect(self._paint_sample)
        controller.phase_started.connect(self._on_phase)
        controller.state_changed.connect(self._on_state)
        controller.ended.connect(self._on_ended)
        library.changed.connect(self._setup.fill_routines)
        self.apply_settings()
        self._setup.fill_routines()
        self._step_changed()

    def _shortcut(self, name: str, slot: Callable[[], object]) -> QShortcut:
        # the whole window, as on Breathe: the keys work wherever the focus is (the
        # navigation column too); Qt offers them only while this page is shown
        return make_shortcut(name, self, slot)

    # ----- settings and routines ------------------------------------------------------

    def _apply_page_settings(self, reduced_motion: bool) -> None:
        s = self._settings
        self._setup.apply_settings()
        self._voice.set_enabled(self._voice_wanted())
        self.voice_guide.configure(
            source=s.get_choice("voice_source"),
            rate=s.get_int("voice_rate"),
            volume_percent=s.get_int("voice_volume"),
        )
        self._run.set_reduced_motion(reduced_motion)

    def _voice_wanted(self) -> bool:
        """In the kiosk the voice follows the kiosk's sound (unless the policy locks it
        off); elsewhere it is the "Speak the steps" setting."""
        s = self._settings
        if self._kiosk:
            locked_off = s.is_locked("voice_enabled") and not s.get_bool("voice_enabled")
            return s.get_bool("sound_enabled") and not locked_off
        return s.get_bool("voice_enabled")

    @property
    def voice_active(self) -> bool:
        """True while the running routine is spoken (tones and phase announcements rest)."""
        return self._voice.active

    def _on_voice_unavailable(self, reason: str) -> None:
        # said once, on the running page (tones follow) and again on the setup page
        self._run.show_voice_note(reason)
        self._setup.show_file_note(reason)
        self._announce(reason)

    def select_routine(self, routine_id: str) -> bool:
        """Choose the routine with ``routine_id``; False when there is none."""
        return self._setup.select_routine(routine_id)

    def current_routine(self) -> LoadedRoutine | None:
        """The routine chosen in the list, or None when there are none."""
        return self._setup.current_routine()

    # ----- caution, import, export ----------------------------------------------------

    def acknowledge_caution(self) -> None:
        """ "I understand": hide the caution for good (``caution_seen``, once)."""
        self._setup.acknowledge_caution()

    def _on_caution_seen(self) -> None:
        self.caution_seen.emit()
        self._step_changed()

    def caution_showing(self) -> bool:
        """True while the first-session caution waits to be confirmed."""
        return self._setup.caution_showing()

    def import_routine_file(self, path: Path | None = None) -> LoadedRoutine | None:
        """Check a routine file and copy it into the user's routines.

        Args:
            path: the file; None asks with a file dialog.

        Returns:
            The imported routine (now chosen in the list), or None (always in kiosk mode).
        """
        if self._kiosk or not self._library.can_import:
            return None
        loaded, note = self._files.import_file(path)
        if loaded is not None:
            self.select_routine(loaded.routine.id)
        if note:
            self._setup.show_file_note(note)
        return loaded

    def open_recorder(
        self, capture: Capture | None = None, player: Callable[[Path], None] | None = None
    ) -> VoiceRecorderDialog | None:
        """ "Record my voice" for the chosen routine (clips beside the user's routines);
        ``capture`` and ``player`` replace the microphone and the speaker (tests)."""
        loaded = self.current_routine()
        folder = self._library.user_dir
        if loaded is None or folder is None or self._kiosk:
            return None
        dialog = VoiceRecorderDialog(loaded.routine, folder, capture, parent=self, player=player)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def clip_for(self, utterance: Utterance, routine_id: str) -> Path | None:
        """A step recorded with "Record my voice" first, then the voice packs."""
        folder = self._library.user_dir
        step = utterance.step_index
        if utterance.cue is VoiceCue.STEP and folder is not None and step is not None:
            clip = recorded_clip(folder, routine_id, step)
            if clip is not None:
                return clip
        return self._pack_clips(utterance, routine_id)

    def export_current(self, target: Path | None = None) -> bool:
        """Write the chosen routine to a file to share.

        Args:
            target: the file; None asks with a file dialog (default name ``<id>.toml``).

        Returns:
            True when the file was written (never in kiosk mode).
        """
        loaded = self.current_routine()
        if loaded is None or self._kiosk:
            return False
        written, note = self._files.export(loaded, target)
        if note:
            self._setup.show_file_note(note)
        return written

    # ----- the session ----------------------------------------------------------------

    def start(self) -> None:
        """Start the chosen routine (after the first-session caution is confirmed)."""
        if self._controller.is_active:
            return
        if self.caution_showing():
            self._announce(self._setup.point_at_caution())
            return
        loaded = self.current_routine()
        if loaded is None:
            return
        self._recorder.set_before_ratings(self.before_ratings())
        self._recorder.set_source(loaded.source)
        self._setup.hide_file_note()
        self._heat_segment = None
        self._next_said = None
        self._was_paused = False
        self._run.reset_words()
        self._show_step(self._run)
        self._controller.set_painting(self.isVisible())
        self._controller.start(loaded.routine, **self._setup.options())
        self._run.pause_button.setFocus()

    def skip(self, hurts: bool = False) -> None:
        """Right arrow: skip the current step (``hurts``: it hurt, noted in history)."""
        if self._controller.is_active:
            self._controller.skip(hurts)

    def back(self) -> None:
        """Left arrow: start the step again, or go back one step."""
        if self._controller.is_active:
            self._controller.back()

    def _cleared(self) -> None:
        self._run.clear()
        self._setup.start_button.setFocus()

    def _step_changed(self) -> None:
        step = self.current_step()
        running = step == "run"
        self._space.setEnabled(running or (step == "setup" and not self.caution_showing()))
        self._left.setEnabled(running)
        self._right.setEnabled(running)
        self._skip_hurts_key.setEnabled(running)
        self._escape.setEnabled(running or step == "done")

    def phase_text(self, segment: Segment) -> tuple[str, str]:
        """The phase word and how to do it (one line each, "" when there is nothing to add)."""
        return self._words.phase_text(segment)

    def _say_next_step(self, sample: RoutineSample) -> None:
        """Near the end of a let-go (or rest), tell a screen reader the next step's muscle and
        instruction, so its get-ready can be short and the tense cue is heard on time."""
        segment = sample.segment
        if segment is None or self._voice.active or self._next_said == segment.index:
            return
        lead_s = min(NEXT_STEP_LEAD_S, segment.duration_s / 2)
        if sample.phase_left_s > lead_s or self._controller.state is not SequencerState.RUNNING:
            return
        text = self._words.next_step_text(segment)
        self._next_said = segment.index
        if text:
            self._announce(text)

    def _show_segment(self, segment: Segment) -> None:
        paused = self._controller.state is SequencerState.PAUSED
        routine = self._controller.routine
        self._run.show_segment(segment, routine, self._controller.sample(), paused)

    def _on_phase(self, segment: Segment) -> None:
        self._show_segment(segment)
        announcement = self._words.announcement(segment)
        # readers that land on the phase word later find the same words there
        self._run.phase_word.setAccessibleDescription(announcement)
        if not self._voice.active:
            # "Who speaks when" (docs/architecture.md): while calmfloor's voice speaks the
            # phases, a screen reader is not sent the same words to say over it
            self._announce(announcement)
        if self._controller.state is SequencerState.RUNNING and not self._voice.active:
            self._play_cue(segment)
            self._request_heat(segment)

    def _play_cue(self, segment: Segment) -> None:
        if segment.phase in _CUES:
            self._cues.play(_CUES[segment.phase])
        elif segment.phase is RoutinePhase.HOLD:
            self._cues.play_hold()

    def _request_heat(self, segment: Segment) -> None:
        step = self._words.step(segment)
        if (
            segment.phase is RoutinePhase.ACTIVITY
            and step is not None
            and step.activity == ACTIVITY_HEAT
            and self._heat_segment != segment.index
        ):
            self._heat_segment = segment.index
            self.heat_requested.emit(float(segment.duration_s))

    def _on_state(self, state: str) -> None:
        if state == SequencerState.PAUSED:
            self._was_paused = True
            self._run.show_paused(True)
            self._announce(self.tr("Paused"))
            self._cues.stop_all()
        elif state == SequencerState.RUNNING:
            self._run.show_paused(False)
            sample = self._controller.sample()
            if self._was_paused and sample is not None and sample.segment is not None:
                self._was_paused = False
                self._show_segment(sample.segment)
                self._announce(self._words.announcement(sample.segment))
                self._request_heat(sample.segment)

    def _paint_sample(self, sample: RoutineSample) -> None:
        if sample.segment is None:
            return
        self._run.paint_sample(sample)
        self._say_next_step(sample)

    def _on_ended(self, event: RoutineEnded) -> None:
        self._cues.stop_all()
        if event.completed:
            self._cues.play_end()
        title, summary = self._done.show_end(event, self._controller.routine)
        self._run.reset_words()
        self._run.unpause_ring()
        self._show_done(title, summary)

    def request_repeat_reminder(self) -> None:
        """ "Remind me again in 4½ hours": ask the window to set the one-off reminder."""
        self._done.request_repeat_reminder()

    def confirm_repeat_reminder(self, due: datetime) -> None:
        """Say when the reminder set from the end screen comes ("I'll remind you at 15:40.")."""
        self._done.confirm_repeat_reminder(due)

    def _announce(self, text: str) -> None:
        """Tell screen readers once (phase changes only, never the countdown)."""
        announce(self._run.phase_word, text)

    # ----- visibility, size and leaving ---------------------------------------------------

    def _shown(self, shown: bool) -> None:
        sample = self._controller.sample()
        if shown and sample is not None and self._controller.is_active:
            self._paint_sample(sample)

    def _apply_fonts(self) -> None:
        self._run.apply_fonts(QFont(self.font()), self.height(), self.width())

    def _leave_question(self) -> tuple[str, str]:
        return (
            self.tr("Stop the routine?"),
            self.tr("A routine is running. Stop it and close calmfloor? It will be saved."),
        )
