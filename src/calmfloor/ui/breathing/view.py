"""The Breathe page: choose a pattern and length, breathe along with the pacer, rate, done."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from calmfloor.core.breathing import (
    PHASE_WORDS,
    BreathPattern,
    BreathSample,
    LengthUnit,
    Phase,
    Ramp,
    SessionEnded,
    SessionPlan,
    SessionState,
)
from calmfloor.core.session import Ratings
from calmfloor.core.settings import spec
from calmfloor.ui.breathing.controller import BreathingController, SessionRecorder
from calmfloor.ui.breathing.pacer import PacerWidget, PelvisFigureWidget
from calmfloor.ui.kit.fonts import scaled_font, set_font_scale
from calmfloor.ui.kit.models import PatternLibrary, SettingsModel
from calmfloor.ui.kit.rating import tension_and_pain_rows
from calmfloor.ui.kit.shortcuts import make_shortcut
from calmfloor.ui.kit.sound import CuePlayer, bind_cues
from calmfloor.ui.kit.theme import resolve_reduced_motion
from calmfloor.ui.kit.widgets import (
    FlowLayout,
    announce,
    format_clock,
    format_decimal,
    format_number,
    join_parts,
    keep_tall,
    scrolling,
    separator,
    tr_core,
)

PHASE_FONT_SCALE = 2.6  # the phase word, relative to the body text
COUNT_FONT_SCALE = 2.0  # seconds left in the phase


class BreathingView(QWidget):
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

    Signals:
        session_saved(): a session was stored (History should refresh).
        safety_note_seen(): the user started a first session after seeing the note.
        pattern_chosen(str): the pattern with this name was chosen (to remember it).
    """

    session_saved = Signal()
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
    ) -> None:
        super().__init__(parent)
        self.setObjectName("breathing-view")
        self._report_unsaved = report_unsaved
        self._own_patterns = own_patterns
        self._controller = controller
        self._recorder = recorder
        self._settings = settings
        self._library = library
        self._cues = cues
        self._shown_key: tuple[int, int, int, int] | None = None  # what the labels show
        self._was_paused = False

        self._stack = QStackedWidget()
        self._setup_page = self._build_setup(show_safety_note)
        self._run_page = self._build_running()
        self._done_page = self._build_done()
        for page in (self._setup_page, self._run_page, self._done_page):
            self._stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)

        self._space = make_shortcut("breathe-toggle", self, self.toggle)
        self._escape = make_shortcut("breathe-stop", self, self.escape)

        controller.sample_changed.connect(self._paint_sample)
        controller.phase_started.connect(self._on_phase)
        controller.state_changed.connect(self._on_state)
        controller.ended.connect(self._on_ended)
        recorder.saved.connect(lambda _id: self.session_saved.emit())
        library.patterns_changed.connect(self._fill_patterns)
        bind_cues(cues, settings)  # until the window binds them once (idempotent)
        settings.changed.connect(self._on_setting)
        self._apply_settings()
        self._fill_patterns()

    # ----- building -------------------------------------------------------------------

    def _build_setup(self, show_safety_note: bool) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
        heading = QLabel(self.tr("Paced breathing"))
        set_font_scale(heading, 1.6, bold=True)
        heading.setAccessibleName(heading.text())
        outer.addWidget(heading)

        self._safety = QLabel(
            self.tr(
                "If you feel dizzy or tingly, you are breathing too hard: breathe normally "
                "or stop. Holds are optional; never strain to hold your breath."
            )
        )
        self._safety.setWordWrap(True)
        self._safety.setObjectName("safety-note")
        self._safety.setFrameShape(QFrame.Shape.StyledPanel)
        self._safety.setMargin(10)
        outer.addWidget(self._safety)  # first: shown without a parent it would be a window
        self._safety.setVisible(show_safety_note)

        pattern_box = QGroupBox(self.tr("Pattern"))
        pattern_layout = QVBoxLayout(pattern_box)
        row = FlowLayout()  # the buttons go under the list rather than widen the window
        self._pattern = QComboBox()
        self._pattern.setAccessibleName(self.tr("Breathing pattern"))
        self._pattern.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # never narrower than its longest name: the window is as wide as that needs
        self._pattern.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self._pattern.currentIndexChanged.connect(self._on_pattern_chosen)
        row.addWidget(self._pattern)
        self._new_pattern = QPushButton(self.tr("&New pattern…"))
        self._new_pattern.setAccessibleName(self.tr("New pattern"))
        self._new_pattern.clicked.connect(self._create_pattern)
        self._edit_pattern = QPushButton(self.tr("&Edit…"))
        self._edit_pattern.setAccessibleName(self.tr("Edit pattern"))
        self._edit_pattern.clicked.connect(self._edit_current)
        self._delete_pattern = QPushButton(self.tr("&Delete"))
        self._delete_pattern.setAccessibleName(self.tr("Delete pattern"))
        self._delete_pattern.clicked.connect(self._delete_current)
        for button in (self._new_pattern, self._edit_pattern, self._delete_pattern):
            if not self._own_patterns:  # hide only: shown without a parent, it is a window
                button.hide()
            row.addWidget(button)
        pattern_layout.addLayout(row)
        self._purpose = QLabel()
        self._purpose.setWordWrap(True)
        pattern_layout.addWidget(self._purpose)
        self._timing = QLabel()
        self._timing.setWordWrap(True)
        pattern_layout.addWidget(self._timing)
        outer.addWidget(pattern_box)

        length_box = QGroupBox(self.tr("Length"))
        form = QFormLayout(length_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self._unit = QComboBox()
        self._unit.addItem(self.tr("Minutes"), LengthUnit.MINUTES.value)
        self._unit.addItem(self.tr("Breaths"), LengthUnit.BREATHS.value)
        self._unit.setAccessibleName(self.tr("Measure length in"))
        self._unit.currentIndexChanged.connect(self._on_unit)
        form.addRow(self.tr("Measure &in"), self._unit)
        minutes_spec = spec("session_minutes")
        self._minutes = QDoubleSpinBox()
        self._minutes.setRange(minutes_spec.minimum or 1, minutes_spec.maximum or 60)
        self._minutes.setSingleStep(minutes_spec.step or 0.5)
        self._minutes.setDecimals(1)
        self._minutes.setSuffix(self.tr(" min"))
        self._minutes.setAccessibleName(self.tr("Session length in minutes"))
        self._minutes.valueChanged.connect(
            lambda v: self._settings.set_value("session_minutes", float(v))
        )
        breaths_spec = spec("session_breaths")
        self._breaths = QSpinBox()
        self._breaths.setRange(int(breaths_spec.minimum or 1), int(breaths_spec.maximum or 300))
        self._breaths.setSuffix(self.tr(" breaths"))
        self._breaths.setAccessibleName(self.tr("Session length in breaths"))
        self._breaths.valueChanged.connect(
            lambda v: self._settings.set_value("session_breaths", int(v))
        )
        self._length_label = QLabel(self.tr("&Length"))
        amount = QHBoxLayout()
        amount.addWidget(self._minutes)
        amount.addWidget(self._breaths)
        amount.addStretch(1)
        form.addRow(self._length_label, amount)
        self._length_label.setBuddy(self._minutes)

        self._ramp = QCheckBox(self.tr("Start faster and slow down &gradually"))
        self._ramp.setAccessibleName(self._ramp.text().replace("&", ""))
        self._ramp.toggled.connect(lambda on: self._settings.set_value("ramp_enabled", on))
        form.addRow(self._ramp)
        ramp_start = spec("ramp_start_bpm")
        self._ramp_start = QDoubleSpinBox()
        self._ramp_start.setRange(ramp_start.minimum or 6, ramp_start.maximum or 12)
        self._ramp_start.setSingleStep(ramp_start.step or 0.5)
        self._ramp_start.setDecimals(1)
        self._ramp_start.setSuffix(self.tr(" breaths a minute"))
        self._ramp_start.setAccessibleName(self.tr("Starting pace in breaths a minute"))
        self._ramp_start.valueChanged.connect(
            lambda v: self._settings.set_value("ramp_start_bpm", float(v))
        )
        ramp_minutes = spec("ramp_minutes")
        self._ramp_minutes = QDoubleSpinBox()
        self._ramp_minutes.setRange(ramp_minutes.minimum or 0.5, ramp_minutes.maximum or 15)
        self._ramp_minutes.setSingleStep(ramp_minutes.step or 0.5)
        self._ramp_minutes.setDecimals(1)
        self._ramp_minutes.setSuffix(self.tr(" min"))
        self._ramp_minutes.setAccessibleName(self.tr("Slow down over minutes"))
        self._ramp_minutes.valueChanged.connect(
            lambda v: self._settings.set_value("ramp_minutes", float(v))
        )
        form.addRow(self.tr("Start &at"), self._ramp_start)
        form.addRow(self.tr("Slow down &over"), self._ramp_minutes)
        outer.addWidget(length_box)

        self._before_box = QGroupBox(self.tr("How do you feel right now? (optional)"))
        before = QVBoxLayout(self._before_box)
        self._tension_before, self._pain_before = tension_and_pain_rows()
        before.addWidget(self._tension_before)
        before.addWidget(self._pain_before)
        outer.addWidget(self._before_box)

        self._start = QPushButton(self.tr("Start breathing"))
        self._start.setObjectName("primary")
        self._start.setDefault(True)
        set_font_scale(self._start, 1.3, bold=True)
        keep_tall(self._start)
        self._start.setAccessibleName(self.tr("Start breathing"))
        self._start.setAccessibleDescription(self.tr("Space starts, pauses and resumes"))
        if show_safety_note:  # read with Start, the control Tab reaches: not left in a label
            self._start.setAccessibleDescription(
                f"{self._safety.text()} {self._start.accessibleDescription()}"
            )
        self._start.clicked.connect(self.start)
        outer.addWidget(self._start)
        outer.addStretch(1)
        return scrolling(page, self.tr("Breathing setup"))

    def _build_running(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self._phase_word = QLabel()
        self._phase_word.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._phase_word.setWordWrap(True)
        self._phase_word.setObjectName("phase-word")
        self._phase_word.setAccessibleName(self.tr("Breathing phase"))
        self._countdown = QLabel()
        self._countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._countdown.setObjectName("phase-countdown")
        # a fixed name: screen readers must not be told every second
        self._countdown.setAccessibleName(self.tr("Seconds left in this phase"))
        self._cue_line = QLabel()
        self._cue_line.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._cue_line.setWordWrap(True)
        self._cue_line.setObjectName("phase-cue")
        layout.addWidget(self._phase_word)
        layout.addWidget(self._cue_line)
        layout.addWidget(self._countdown)

        visuals = QHBoxLayout()
        self._pacer = PacerWidget()
        self._pacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._figure = PelvisFigureWidget()
        visuals.addWidget(self._pacer, 3)
        visuals.addWidget(self._figure, 2)
        layout.addLayout(visuals, 1)

        self._progress = QLabel()
        self._progress.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._progress.setObjectName("session-progress")
        self._progress.setAccessibleName(self.tr("Session progress"))
        layout.addWidget(self._progress)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self._pause = QPushButton(self.tr("Pause"))
        self._pause.setAccessibleDescription(self.tr("Space"))
        self._pause.clicked.connect(self.toggle)
        self._stop = QPushButton(self.tr("Stop"))
        self._stop.setAccessibleDescription(self.tr("Escape"))
        self._stop.clicked.connect(self.stop)
        for button in (self._pause, self._stop):
            button.setMinimumWidth(button.fontMetrics().horizontalAdvance("Resume") * 2)
            keep_tall(button)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _build_done(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        self._done_title = QLabel()
        set_font_scale(self._done_title, 1.8, bold=True)
        self._done_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._done_summary = QLabel()
        self._done_summary.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._done_summary.setWordWrap(True)
        sit = QLabel(self.tr("Take a moment before you get up, and stand slowly."))
        sit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        sit.setWordWrap(True)
        layout.addWidget(self._done_title)
        layout.addWidget(self._done_summary)
        layout.addWidget(sit)
        self._after_box = QGroupBox(self.tr("How do you feel now? (optional)"))
        after = QVBoxLayout(self._after_box)
        self._tension_after, self._pain_after = tension_and_pain_rows()
        after.addWidget(self._tension_after)
        after.addWidget(self._pain_after)
        layout.addWidget(self._after_box)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self._save_ratings = QPushButton(self.tr("Save and finish"))
        self._save_ratings.setDefault(True)
        self._save_ratings.clicked.connect(self.finish_ratings)
        self._skip_ratings = QPushButton(self.tr("Skip"))
        self._skip_ratings.clicked.connect(self.skip_ratings)
        for button in (self._save_ratings, self._skip_ratings):
            keep_tall(button)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self._not_saved = QLabel()
        self._not_saved.setWordWrap(True)
        self._not_saved.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self._not_saved)
        layout.addStretch(2)
        return scrolling(page, self.tr("Breathing session finished"))

    # ----- settings and patterns ------------------------------------------------------

    def _apply_settings(self) -> None:
        s = self._settings
        unit = str(s.value("length_mode"))
        self._unit.setCurrentIndex(max(self._unit.findData(unit), 0))
        self._minutes.setValue(float(s.value("session_minutes")))
        self._breaths.setValue(int(s.value("session_breaths")))
        self._ramp.setChecked(bool(s.value("ramp_enabled")))
        self._ramp_start.setValue(float(s.value("ramp_start_bpm")))
        self._ramp_minutes.setValue(float(s.value("ramp_minutes")))
        self._ramp_start.setEnabled(self._ramp.isChecked())
        self._ramp_minutes.setEnabled(self._ramp.isChecked())
        self._show_unit(unit)
        asking = bool(s.value("ask_ratings"))
        self._before_box.setVisible(asking)
        self._after_box.setVisible(asking)
        self._save_ratings.setText(self.tr("Save and finish") if asking else self.tr("Done"))
        self._skip_ratings.setVisible(asking)
        reduced = resolve_reduced_motion(str(s.value("reduced_motion")))
        self._pacer.set_reduced_motion(reduced)
        self._figure.set_reduced_motion(reduced)
        self._controller.set_reduced_motion(reduced)
        self._update_timing()

    def _on_setting(self, _key: str, _value: object) -> None:
        self._apply_settings()

    def _on_unit(self, _index: int) -> None:
        unit = str(self._unit.currentData())
        self._settings.set_value("length_mode", unit)
        self._show_unit(unit)

    def _show_unit(self, unit: str) -> None:
        minutes = unit == LengthUnit.MINUTES.value
        self._minutes.setVisible(minutes)
        self._breaths.setVisible(not minutes)
        self._length_label.setBuddy(self._minutes if minutes else self._breaths)

    def _fill_patterns(self, select: str | None = None) -> None:
        current = select or (self.current_pattern().name if self._pattern.count() else None)
        self._pattern.blockSignals(True)
        self._pattern.clear()
        for pattern in self._library.all():
            name = tr_core("patterns", pattern.name) if pattern.builtin else pattern.name
            timings = "-".join(format_decimal(d) for d in pattern.durations)  # "4-7-8-0"
            self._pattern.addItem(f"{name}  ({timings})", pattern.name)
        index = self._pattern.findData(current) if current else 0
        self._pattern.setCurrentIndex(max(index, 0))
        self._pattern.blockSignals(False)
        self._on_pattern_chosen()

    def select_pattern(self, name: str) -> bool:
        """Choose the pattern called ``name``; False when there is none."""
        pattern = self._library.find(name)
        if pattern is None:
            return False
        self._pattern.setCurrentIndex(self._pattern.findData(pattern.name))
        return True

    def current_pattern(self) -> BreathPattern:
        """The pattern chosen in the list."""
        name = self._pattern.currentData()
        found = self._library.find(str(name)) if name is not None else None
        return found or self._library.all()[0]

    def _on_pattern_chosen(self, _index: int = 0) -> None:
        pattern = self.current_pattern()
        own = not pattern.builtin
        self._edit_pattern.setEnabled(own)
        self._delete_pattern.setEnabled(own)
        purpose = tr_core("patterns", pattern.purpose) if pattern.builtin else pattern.purpose
        self._purpose.setText(purpose)
        self._purpose.setVisible(bool(purpose))
        self._update_timing()
        self.pattern_chosen.emit(pattern.name)

    def _update_timing(self) -> None:
        if not self._pattern.count():
            return
        p = self.current_pattern()
        parts = [self.tr("In %1 s").replace("%1", format_decimal(p.inhale_s))]
        if p.hold_in_s:
            parts.append(self.tr("hold %1 s").replace("%1", format_decimal(p.hold_in_s)))
        parts.append(self.tr("out %1 s").replace("%1", format_decimal(p.exhale_s)))
        if p.hold_out_s:
            parts.append(self.tr("hold %1 s").replace("%1", format_decimal(p.hold_out_s)))
        rate = self.tr("%1 breaths a minute").replace("%1", format_decimal(p.rate_bpm, fixed=True))
        self._timing.setText(join_parts(parts) + " — " + rate)

    def _create_pattern(self) -> None:
        if not self._own_patterns:
            return
        from calmfloor.ui.breathing.pattern_dialog import PatternDialog

        dialog = PatternDialog(self._library, None, self)
        if dialog.exec():
            self._fill_patterns(select=dialog.pattern().name)

    def _edit_current(self) -> None:
        pattern = self.current_pattern()
        if pattern.builtin:
            return
        from calmfloor.ui.breathing.pattern_dialog import PatternDialog

        dialog = PatternDialog(self._library, pattern, self)
        if dialog.exec():
            self._fill_patterns(select=dialog.pattern().name)

    def _delete_current(self) -> None:
        pattern = self.current_pattern()
        from calmfloor.ui.breathing.pattern_dialog import confirm_delete

        if not pattern.builtin and confirm_delete(self, pattern):
            self._library.delete(pattern.name)

    # ----- the session ----------------------------------------------------------------

    def plan(self) -> SessionPlan:
        """The session the setup describes."""
        s = self._settings
        ramp = None
        if bool(s.value("ramp_enabled")):
            ramp = Ramp(float(s.value("ramp_start_bpm")), float(s.value("ramp_minutes")))
        if str(s.value("length_mode")) == LengthUnit.BREATHS.value:
            return SessionPlan(
                self.current_pattern(), LengthUnit.BREATHS, int(s.value("session_breaths")), ramp
            )
        return SessionPlan(
            self.current_pattern(), LengthUnit.MINUTES, float(s.value("session_minutes")), ramp
        )

    def start(self) -> None:
        """Start a session with the chosen setup."""
        if self._controller.state in (SessionState.RUNNING, SessionState.PAUSED):
            return
        self._recorder.set_before_ratings(
            Ratings(
                tension_before=self._tension_before.value(),
                pain_before=self._pain_before.value(),
            )
        )
        if self._safety.isVisible():
            self._safety.hide()
            self._start.setAccessibleDescription(self.tr("Space starts, pauses and resumes"))
            self.safety_note_seen.emit()
        self._stack.setCurrentWidget(self._run_page)
        self._controller.set_painting(self.isVisible())
        self._controller.start(self.plan())
        self._pause.setFocus()

    def toggle(self) -> None:
        """Space: start from setup, pause a running session, resume a paused one."""
        state = self._controller.state
        if self._stack.currentWidget() is self._setup_page and state not in (
            SessionState.RUNNING,
            SessionState.PAUSED,
        ):
            self.start()
        elif state in (SessionState.RUNNING, SessionState.PAUSED):
            self._controller.toggle()

    def stop(self) -> None:
        """Stop the session early; it is kept in history as stopped."""
        self._controller.stop()

    def escape(self) -> None:
        """Esc: stop a session, or leave the end screen without ratings."""
        if self._controller.state in (SessionState.RUNNING, SessionState.PAUSED):
            self.stop()
        elif self._stack.currentWidget() is self._done_page:
            self.skip_ratings()

    def finish_ratings(self) -> None:
        """Save the after-session ratings (if any) and return to setup."""
        if self._after_box.isVisible():
            self._recorder.set_after_ratings(self._tension_after.value(), self._pain_after.value())
        self._back_to_setup()

    def skip_ratings(self) -> None:
        """Return to setup without after-session ratings."""
        self._back_to_setup()

    def _back_to_setup(self) -> None:
        for row in (self._tension_before, self._pain_before, self._tension_after, self._pain_after):
            row.clear()
        self._stack.setCurrentWidget(self._setup_page)
        self._pacer.set_sample(None)
        self._figure.set_sample(None)
        self._start.setFocus()

    def _on_state(self, state: str) -> None:
        if state == SessionState.PAUSED:
            self._was_paused = True
            self._pause.setText(self.tr("Resume"))
            self._phase_word.setText(self.tr("Paused"))
            self._cue_line.hide()
            self._announce(self.tr("Paused"))
            self._cues.stop_all()
        elif state == SessionState.RUNNING:
            self._pause.setText(self.tr("Pause"))
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
        self._phase_word.setText(word)
        self._cue_line.setText(cue)
        self._cue_line.setVisible(bool(cue))
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
        self._pacer.set_sample(sample)
        self._figure.set_sample(sample)
        paused = self._controller.state is SessionState.PAUSED
        count = 0 if paused else max(int(-(-sample.phase_left_s // 1)), 1)
        breath = min(sample.breath_index + 1, sample.total_breaths)
        left = int(-(-sample.remaining_s // 1))
        session = self._controller.session
        ramping = session is not None and session.plan.ramp is not None
        rate_tenths = round(sample.rate_bpm * 10) if ramping else 0
        key = (count, breath, left, rate_tenths)
        if key == self._shown_key:  # most frames: the words on screen stay the same
            return
        if self._shown_key is None or count != self._shown_key[0]:
            self._countdown.setText(format_number(count) if count else "")
        progress = (
            self.tr("Breath %1 of %2 · %3 left")
            .replace("%1", format_number(breath))
            .replace("%2", format_number(sample.total_breaths))
            .replace("%3", format_clock(sample.remaining_s))
        )
        if ramping:
            progress += separator() + self.tr("%1 breaths a minute").replace(
                "%1", format_decimal(sample.rate_bpm, fixed=True)
            )
        self._progress.setText(progress)
        minutes = max(int(-(-sample.remaining_s // 60)), 0)
        described = self.tr("About %n minute(s) left", "", minutes)
        if self._progress.accessibleDescription() != described:  # once a minute, not a second
            self._progress.setAccessibleDescription(described)
        self._shown_key = key

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
        if self._report_unsaved and not self._recorder.can_save:
            self._not_saved.setText(self.tr("This session could not be saved to your history."))
        else:
            self._not_saved.clear()
        self._shown_key = None
        self._stack.setCurrentWidget(self._done_page)
        # said with the rating that takes the focus (a reader would cut it off otherwise)
        self._announce(f"{self._done_title.text()}. {self._done_summary.text()}")
        (self._tension_after if self._after_box.isVisible() else self._save_ratings).setFocus()

    def _announce(self, text: str) -> None:
        """Tell screen readers once (phase changes only, never the countdown)."""
        # readers that land on the phase word later find the same words there
        self._phase_word.setAccessibleDescription(text)
        announce(self._phase_word, text)

    # ----- visibility and size ----------------------------------------------------------

    def showEvent(self, event: object) -> None:
        self._controller.set_painting(True)
        self._space.setEnabled(True)
        self._escape.setEnabled(True)
        super().showEvent(event)  # type: ignore[arg-type]

    def hideEvent(self, event: object) -> None:
        # keep cue timing, stop painting: the controller wakes only at phase boundaries
        self._controller.set_painting(False)
        self._space.setEnabled(False)
        self._escape.setEnabled(False)
        super().hideEvent(event)  # type: ignore[arg-type]

    def resizeEvent(self, event: object) -> None:
        self._apply_fonts()
        super().resizeEvent(event)  # type: ignore[arg-type]

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the text size setting changed
            self._apply_fonts()

    def _apply_fonts(self) -> None:
        """Large type that grows with a tall page and with the text size."""
        base = QFont(self.font())
        scale = max(1.0, self.height() / 700.0)
        self._phase_word.setFont(scaled_font(base, PHASE_FONT_SCALE * scale, bold=True))
        self._countdown.setFont(scaled_font(base, COUNT_FONT_SCALE * scale))
        self._cue_line.setFont(scaled_font(base, 1.5 * scale))
        self._progress.setFont(scaled_font(base, 1.15 * scale))

    def confirm_leave(self) -> bool:
        """Ask before closing during a session; True when it may close."""
        if self._controller.state not in (SessionState.RUNNING, SessionState.PAUSED):
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Stop breathing?"),
            self.tr("A session is running. Stop it and close calmfloor? It will be saved."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.stop()
            return True
        return False
