"""The Breathe page: choose a pattern and length, breathe along with the pacer, rate, done."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from calmfloor.core.breathing import (
    PHASE_WORDS,
    BreathPattern,
    BreathSample,
    Phase,
    SessionEnded,
    SessionPlan,
    SessionState,
)
from calmfloor.ui.breathing.controller import BreathingController, SessionRecorder
from calmfloor.ui.breathing.run_pane import BreathingRunPane
from calmfloor.ui.breathing.setup_pane import BreathingSetupPane
from calmfloor.ui.kit.models import PatternLibrary, SettingsModel
from calmfloor.ui.kit.session_page import RatingsAsked, SessionPage, done_title_label
from calmfloor.ui.kit.shortcuts import make_shortcut
from calmfloor.ui.kit.sound import CuePlayer
from calmfloor.ui.kit.widgets import announce, format_clock, scrolling, tr_core


class BreathingView(SessionPage):
    """Paced breathing from setup to the end of a session.

    Three steps in one page: setup (pattern, length, ramp, optional ratings), the session
    (pacer, figure, phase word and countdown), and the end (summary, optional ratings).

    Args:
        controller: drives the session; this view only paints its samples.
        recorder: stores the session in history.
        settings: preferences (length, ramp, sound, motion).
        library: presets and the user's own patterns.
        cues: plays the tones.
        show_safety_note: show the dizziness note (before the first session).
        report_unsaved: say on the end screen when a session could not be saved; False
            when nothing is recorded on purpose (a kiosk guest, history turned off by the
            clinic), so there is nothing to apologise for.
        own_patterns: offer making, editing and deleting patterns of one's own; False when
            the clinic chose the patterns on offer.
        ratings_asked: which ratings to ask (a programme's); None: the setting decides.

    Signals:
        session_saved(): a session was stored (History should refresh).
        safety_note_seen(): the user started a first session after seeing the note.
        pattern_chosen(str): the pattern with this name was chosen (to remember it).
    """

    safety_note_seen = Signal()
    pattern_chosen = Signal(str)

    def __init__(
        self,
        controller: BreathingController,
        recorder: SessionRecorder,
        settings: SettingsModel,
        library: PatternLibrary,
        cues: CuePlayer,
        show_safety_note: bool = True,
        parent: QWidget | None = None,
        *,
        report_unsaved: bool = True,
        own_patterns: bool = True,
        ratings_asked: RatingsAsked | None = None,
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
        self.setObjectName("breathing-view")
        self._controller = controller
        self._was_paused = False

        self._setup = BreathingSetupPane(
            settings,
            library,
            self.before_box,
            show_safety_note=show_safety_note,
            own_patterns=own_patterns,
        )
        self._setup.pattern_chosen.connect(self.pattern_chosen)
        self._setup.start_requested.connect(self.start)
        self._run = BreathingRunPane()
        self._run.pause_button.clicked.connect(self.toggle)
        self._run.stop_button.clicked.connect(self.stop)
        self.set_panes(
            self.tr("Paced breathing"), self._setup.scrolled(), self._run, self._build_done()
        )

        self._space = make_shortcut("breathe-toggle", self, self.toggle)
        self._escape = make_shortcut("breathe-stop", self, self.escape)

        controller.sample_changed.connect(self._paint_sample)
        controller.phase_started.connect(self._on_phase)
        controller.state_changed.connect(self._on_state)
        controller.ended.connect(self._on_ended)
        library.patterns_changed.connect(self._setup.fill_patterns)
        self.apply_settings()
        self._setup.fill_patterns()

    def _build_done(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        self._done_title = done_title_label()
        self._done_summary = QLabel()
        self._done_summary.setObjectName("done-summary")
        self._done_summary.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._done_summary.setWordWrap(True)
        sit = QLabel(self.tr("Take a moment before you get up, and stand slowly."))
        sit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        sit.setWordWrap(True)
        layout.addWidget(self._done_title)
        layout.addWidget(self._done_summary)
        layout.addWidget(sit)
        layout.addWidget(self.done_footer)
        layout.addStretch(2)
        return scrolling(page, self.tr("Breathing session finished"))

    # ----- settings and patterns ------------------------------------------------------

    def _apply_page_settings(self, reduced_motion: bool) -> None:
        self._setup.apply_settings()
        self._run.set_reduced_motion(reduced_motion)

    def select_pattern(self, name: str) -> bool:
        """Choose the pattern called ``name``; False when there is none."""
        return self._setup.select_pattern(name)

    def current_pattern(self) -> BreathPattern:
        """The pattern chosen in the list."""
        return self._setup.current_pattern()

    # ----- the session ----------------------------------------------------------------

    def plan(self) -> SessionPlan:
        """The session the setup describes."""
        return self._setup.plan()

    def start(self) -> None:
        """Start a session with the chosen setup."""
        if self._controller.is_active:
            return
        self._cues.load()  # once: QtMultimedia waits for the first session (idle memory)
        self._recorder.set_before_ratings(self.before_ratings())
        if self._setup.take_safety_note():
            self.safety_note_seen.emit()
        self._show_step(self._run)
        self._controller.set_painting(self.isVisible())
        self._controller.start(self.plan())
        self._run.pause_button.setFocus()

    def _cleared(self) -> None:
        self._run.clear()
        self._setup.start_button.setFocus()

    def _on_state(self, state: str) -> None:
        if state == SessionState.PAUSED:
            self._was_paused = True
            self._run.show_paused(True)
            self._announce(self.tr("Paused"))
            self._cues.stop_all()
        elif state == SessionState.RUNNING:
            self._run.show_paused(False)
            sample = self._controller.sample()
            # resuming: the phase word replaces "Paused" at once; at the start the first
            # phase announces itself (phase_started), so it is not announced twice
            if sample is not None and self._was_paused:
                self._show_phase(sample.phase)
            self._was_paused = False
        else:  # stopped or finished: the next session starts afresh
            self._was_paused = False

    def _on_phase(self, phase: Phase, _breath: int) -> None:
        if self._controller.state is not SessionState.RUNNING:
            return
        self._show_phase(phase)
        if phase is Phase.IN:
            self._cues.play_in()
        elif phase is Phase.OUT:
            self._cues.play_out()
        else:
            self._cues.play_hold()

    def _show_phase(self, phase: Phase) -> None:
        word, cue = self.phase_text(phase)
        self._run.show_phase(word, cue)
        self._announce(f"{word}. {cue}" if cue else word)

    def phase_text(self, phase: Phase) -> tuple[str, str]:
        """The phase word and the pattern's cue for ``phase`` (cue may be "")."""
        session = self._controller.session
        pattern = session.plan.pattern if session else self.current_pattern()
        cue = {Phase.IN: pattern.cue_in, Phase.OUT: pattern.cue_out}.get(phase, "")
        word = tr_core("breathing", PHASE_WORDS[phase])
        if cue and pattern.builtin:
            cue = tr_core("patterns", cue)
        return word, cue

    def _paint_sample(self, sample: BreathSample) -> None:
        session = self._controller.session
        ramping = session is not None and session.plan.ramp is not None
        paused = self._controller.state is SessionState.PAUSED
        self._run.paint_sample(sample, paused, ramping)

    def _on_ended(self, event: SessionEnded) -> None:
        self._cues.stop_all()
        if event.completed:
            self._cues.play_end()
            self._done_title.setText(self.tr("Well done"))
        else:
            self._done_title.setText(self.tr("Session stopped"))
        self._done_summary.setText(
            self.tr("%n breath(s) in %1", "", event.breaths).replace(
                "%1", format_clock(event.elapsed_s)
            )
        )
        self._run.reset_words()
        self._show_done(self._done_title.text(), self._done_summary.text())

    def _announce(self, text: str) -> None:
        """Tell screen readers once (phase changes only, never the countdown)."""
        # readers that land on the phase word later find the same words there
        self._run.phase_word.setAccessibleDescription(text)
        announce(self._run.phase_word, text)

    # ----- visibility, size and leaving ---------------------------------------------------

    def _shown(self, shown: bool) -> None:
        self._space.setEnabled(shown)
        self._escape.setEnabled(shown)

    def _apply_fonts(self) -> None:
        self._run.apply_fonts(QFont(self.font()), self.height())

    def _leave_question(self) -> tuple[str, str]:
        return (
            self.tr("Stop breathing?"),
            self.tr("A session is running. Stop it and close calmfloor? It will be saved."),
        )
