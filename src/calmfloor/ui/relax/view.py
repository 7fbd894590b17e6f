"""The Relax page: choose a routine, follow it step by step on the body diagram, rate, done."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QRectF, QSize, Qt, QTime, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QShortcut,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from calmfloor.core.routine import (
    ACTIVITY_HEAT,
    ACTIVITY_LABELS,
    BREATH_LABELS,
    KIND_LABELS,
    PHASE_LABELS,
    REGION_LABELS,
    SIDE_LABELS,
    Problem,
    Region,
    Routine,
    RoutineEnded,
    RoutinePhase,
    RoutineSample,
    Segment,
    SequencerState,
    Side,
    Step,
)
from calmfloor.core.session import Ratings
from calmfloor.core.text import printable
from calmfloor.core.voice_script import Utterance, VoiceCue
from calmfloor.storage.routines_store import (
    ROUTINE_SUFFIX,
    LoadedRoutine,
    RoutineSource,
    read_routine_file,
)
from calmfloor.storage.voice_recordings import recorded_clip
from calmfloor.ui.kit.fonts import set_font_scale
from calmfloor.ui.kit.i18n import current_language
from calmfloor.ui.kit.models import SettingsModel
from calmfloor.ui.kit.rating import tension_and_pain_rows
from calmfloor.ui.kit.shortcuts import make_shortcut
from calmfloor.ui.kit.sound import Cue, CuePlayer, bind_cues
from calmfloor.ui.kit.theme import BASE_POINT_SIZE, paint_for, resolve_reduced_motion
from calmfloor.ui.kit.voice import VoiceGuide
from calmfloor.ui.kit.widgets import (
    FlowLayout,
    announce,
    format_clock,
    format_number,
    join_parts,
    keep_tall,
    scrolling,
    separator,
    tr_core,
    wrapping_label,
)
from calmfloor.ui.relax.body_diagram import BodyDiagramWidget
from calmfloor.ui.relax.controller import RelaxController, RoutineRecorder
from calmfloor.ui.relax.library import RoutineLibrary
from calmfloor.ui.relax.recorder import Capture, VoiceRecorderDialog
from calmfloor.ui.relax.voice import ClipFinder, RoutineVoice, no_clips

PHASE_FONT_SCALE = 3.4  # the phase word ("Tense", "Let go"), relative to the body text
HOW_FONT_SCALE = 1.35  # how to do the phase ("Gently, about half effort")
INSTRUCTION_FONT_SCALE = 1.45  # the step's instruction: read from a couch
PROGRESS_FONT_SCALE = 1.15
REFERENCE_HEIGHT_PX = 700  # text grows with the page above this height
RING_HEIGHT_FRACTION = 0.34  # the ring's diameter, relative to the page height...
RING_WIDTH_FRACTION = 0.25  # ...and to its width, whichever is less
RING_TRACK_FRACTION = 0.07  # ring line width, relative to its diameter
RING_DIGITS_FRACTION = 0.34  # seconds in the ring, relative to its diameter
DEFAULT_ROUTINE_ID = "feet-to-pelvic-floor"  # chosen first: the standard relaxation
# a screen reader hears the next step's muscle and instruction this long before a let-go
# ends (at most half of it): about 25 words at a reader's default rate, done before get-ready
NEXT_STEP_LEAD_S = 14.0
PROBLEMS_SHOWN = 12  # problems listed in the import dialog; the rest go in the details
REPEAT_HALF = "\u00bd"


def _hours_text(hours: float) -> str:
    """``4½`` for 4.5, ``4`` for 4.0, else the shortest decimal, in the locale's digits."""
    locale = QLocale()
    whole = math.floor(hours)
    if math.isclose(hours - whole, 0.5):
        return f"{locale.toString(whole)}{REPEAT_HALF}"
    if math.isclose(hours, whole):
        return locale.toString(whole)
    return locale.toString(float(hours), "g", 6)


class CountdownRing(QWidget):
    """A ring that empties as the phase runs out, with the whole seconds left inside.

    With reduced motion the ring moves in whole-second steps instead of sweeping. The
    seconds are painted, not set as text, so screen readers are never told every second.

    Signals:
        None.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fraction = 0.0
        self._seconds: int | None = None
        self._reduced = False
        self._paused = False
        self.setObjectName("phase-ring")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Seconds left in this phase"))

    def set_reduced_motion(self, reduced: bool) -> None:
        """Step once a second instead of sweeping smoothly."""
        self._reduced = reduced
        self.update()

    def set_paused(self, paused: bool) -> None:
        """Paint the ring quieter while paused."""
        if paused != self._paused:
            self._paused = paused
            self.update()

    def set_time(self, left_s: float, duration_s: float) -> None:
        """Show ``left_s`` of a phase of ``duration_s``; repaints only on a visible change."""
        if duration_s <= 0:
            fraction, seconds = 0.0, None
        else:
            seconds = max(math.ceil(left_s - 1e-9), 0)
            shown = float(seconds) if self._reduced else left_s
            fraction = min(max(shown / duration_s, 0.0), 1.0)
        if seconds == self._seconds and abs(fraction - self._fraction) < 1e-4:
            return
        self._fraction, self._seconds = fraction, seconds
        self.update()

    def clear(self) -> None:
        """Show an empty ring."""
        self._fraction, self._seconds = 0.0, None
        self.update()

    def seconds(self) -> int | None:
        """The seconds shown (for tests), None when empty."""
        return self._seconds

    def fraction(self) -> float:
        """The part of the ring drawn, 0..1 (for tests)."""
        return self._fraction

    def sizeHint(self) -> QSize:
        return QSize(220, 220)

    def minimumSizeHint(self) -> QSize:
        return QSize(120, 120)

    def paintEvent(self, event: QPaintEvent) -> None:
        side = min(self.width(), self.height())
        if side <= 0:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pal = self.palette()
        width = max(side * RING_TRACK_FRACTION, 3.0)
        box = QRectF(
            (self.width() - side) / 2 + width / 2,
            (self.height() - side) / 2 + width / 2,
            side - width,
            side - width,
        )
        paint = paint_for(pal)
        track = QPen(QColor(paint.ring_track), width)
        painter.setPen(track)
        painter.drawEllipse(box)
        if self._fraction > 0:
            left = paint.ring_paused if self._paused else paint.ring_progress
            arc = QPen(QColor(left), width)
            arc.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(arc)
            # from twelve o'clock, clockwise; Qt counts 1/16 degrees, counter-clockwise
            painter.drawArc(box, 90 * 16, -round(self._fraction * 360 * 16))
        if self._seconds is not None:
            font = QFont(self.font())
            font.setPixelSize(max(round(side * RING_DIGITS_FRACTION), 8))
            painter.setFont(font)
            painter.setPen(pal.color(QPalette.ColorRole.WindowText))
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), format_number(self._seconds))
        painter.end()


class RelaxView(QWidget):
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

    session_saved = Signal()
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
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("relax-view")
        # the speech module itself loads only when a spoken session starts
        self.voice_guide = voice or VoiceGuide(parent=self)
        self._pack_clips = clips
        self._voice = RoutineVoice(
            controller, self.voice_guide, lambda: current_language() or "en", self.clip_for, self
        )
        self.voice_guide.unavailable.connect(self._on_voice_unavailable)
        self._kiosk = kiosk
        self._report_unsaved = report_unsaved
        self._controller = controller
        self._recorder = recorder
        self._library = library
        self._settings = settings
        self._cues = cues
        self._reduced_motion = False
        self._was_paused = False
        self._shown_key: tuple[int, int, int] | None = None
        self._heat_segment: int | None = None  # the heat step already handed to the window
        self._next_said: int | None = None  # the segment whose next step a reader was told
        self._repeat_offer: tuple[str, str, float] | None = None  # id, name, hours

        self._stack = QStackedWidget()
        self._setup_page = self._build_setup(show_caution)
        self._run_page = self._build_running(body_svg)
        self._done_page = self._build_done()
        for page in (self._setup_page, self._run_page, self._done_page):
            self._stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)

        self._space = self._shortcut("relax-toggle", self.toggle)
        self._right = self._shortcut("relax-skip", self.skip)
        self._left = self._shortcut("relax-back", self.back)
        self._escape = self._shortcut("relax-stop", self.escape)
        self._skip_hurts_key = self._shortcut("relax-skip-hurts", lambda: self.skip(hurts=True))

        controller.sample_changed.connect(self._paint_sample)
        controller.phase_started.connect(self._on_phase)
        controller.state_changed.connect(self._on_state)
        controller.ended.connect(self._on_ended)
        recorder.saved.connect(lambda _id: self.session_saved.emit())
        library.changed.connect(self._fill_routines)
        bind_cues(cues, settings)  # until the window binds them once (idempotent)
        settings.changed.connect(self._on_setting)
        self._apply_settings()
        self._fill_routines()
        self._update_shortcuts()

    def _shortcut(self, name: str, slot: Callable[[], object]) -> QShortcut:
        # the whole window, as on Breathe: the keys work wherever the focus is (the
        # navigation column too); Qt offers them only while this page is shown
        return make_shortcut(name, self, slot)

    # ----- building -------------------------------------------------------------------

    def _build_setup(self, show_caution: bool) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
        heading = QLabel(self.tr("Muscle relaxation and stretches"))
        set_font_scale(heading, 1.6, bold=True)
        heading.setAccessibleName(heading.text())
        outer.addWidget(heading)

        self._caution = QFrame()
        self._caution.setObjectName("caution-note")
        self._caution.setFrameShape(QFrame.Shape.StyledPanel)
        caution_layout = QVBoxLayout(self._caution)
        caution_title = QLabel(self.tr("Before you start"))
        set_font_scale(caution_title, 1.2, bold=True)
        caution_layout.addWidget(caution_title)
        self._caution_text = wrapping_label("caution-text")
        self._caution_text.setText(
            "\n".join(
                "• " + line
                for line in (
                    self.tr("Tense gently, about 70 % of your strength, and never into pain."),
                    self.tr(
                        "Skip any area that hurts: every step has a “Skip, this hurts” button."
                    ),
                    self.tr("Stop if the pain rises."),
                    self.tr("When you finish, sit for a moment before you stand up."),
                    self.tr(
                        "With your eyes closed: two soft low bells mean get ready, two quick "
                        "wooden notes tense, falling bells let go, a slow rising pair rest. "
                        "The Down arrow skips a step that hurts. Settings has “Hear the sounds” "
                        "and a voice that speaks the steps."
                    ),
                )
            )
        )
        caution_layout.addWidget(self._caution_text)
        caution_row = QHBoxLayout()
        self._understood = QPushButton(self.tr("I understand"))
        self._understood.setAccessibleName(self.tr("I understand the caution"))
        # the caution is read with the button Tab lands on, not left in a label Tab skips
        self._understood.setAccessibleDescription(self._caution_text.text())
        keep_tall(self._understood)
        self._understood.clicked.connect(self.acknowledge_caution)
        caution_row.addWidget(self._understood)
        caution_row.addStretch(1)
        caution_layout.addLayout(caution_row)
        outer.addWidget(self._caution)  # first: shown without a parent it would be a window
        self._caution.setVisible(show_caution)

        routine_box = QGroupBox(self.tr("Routine"))
        routine_row = QHBoxLayout(routine_box)
        self._picker = QListWidget()
        self._picker.setObjectName("routine-picker")
        self._picker.setAccessibleName(self.tr("Routines"))
        self._picker.setMinimumWidth(self._picker.fontMetrics().horizontalAdvance("M" * 20))
        self._picker.currentItemChanged.connect(self._on_routine_chosen)
        routine_row.addWidget(self._picker, 2)
        details = QVBoxLayout()
        self._routine_name = wrapping_label("routine-name")
        set_font_scale(self._routine_name, 1.3, bold=True)
        self._routine_facts = wrapping_label("routine-facts")
        self._routine_description = wrapping_label("routine-description")
        self._routine_author = wrapping_label("routine-author")
        self._routine_caution = wrapping_label("routine-caution")
        self._routine_caution.setFrameShape(QFrame.Shape.StyledPanel)
        self._routine_caution.setMargin(8)
        for label in (
            self._routine_name,
            self._routine_facts,
            self._routine_description,
            self._routine_author,
            self._routine_caution,
        ):
            details.addWidget(label)
        details.addStretch(1)
        routine_row.addLayout(details, 3)
        outer.addWidget(routine_box)

        options = QGroupBox(self.tr("How to do it"))
        options_layout = QVBoxLayout(options)
        self._release_only = QCheckBox(self.tr("&Let go without tensing first"))
        self._release_only.setAccessibleName(self._release_only.text().replace("&", ""))
        self._release_only.setAccessibleDescription(
            self.tr("Every step skips the tensing and only lets go.")
        )
        self._release_only.toggled.connect(
            lambda on: self._settings.set_value("relax_release_only", on)
        )
        options_layout.addWidget(self._release_only)
        self._locked_note = QLabel(self.tr("Managed by your clinic"))
        self._locked_note.setObjectName("locked-note")
        options_layout.addWidget(self._locked_note)
        self._pelvic_note = wrapping_label("pelvic-note")
        options_layout.addWidget(self._pelvic_note)
        outer.addWidget(options)

        self._before_box = QGroupBox(self.tr("How do you feel right now? (optional)"))
        before = QVBoxLayout(self._before_box)
        self._tension_before, self._pain_before = tension_and_pain_rows()
        before.addWidget(self._tension_before)
        before.addWidget(self._pain_before)
        outer.addWidget(self._before_box)

        buttons = QHBoxLayout()
        self._start = QPushButton(self.tr("Start routine"))
        self._start.setObjectName("primary")
        self._start.setDefault(True)
        set_font_scale(self._start, 1.3, bold=True)
        keep_tall(self._start)
        self._start.setAccessibleName(self.tr("Start routine"))
        self._start.setAccessibleDescription(self.tr("Space starts, pauses and resumes"))
        self._start.clicked.connect(self.start)
        buttons.addWidget(self._start, 1)
        self._import = QPushButton(self.tr("&Import…"))
        self._import.setAccessibleName(self.tr("Import a routine file"))
        self._import.clicked.connect(lambda: self.import_routine_file())
        self._export = QPushButton(self.tr("E&xport…"))
        self._export.setAccessibleName(self.tr("Export this routine to a file"))
        self._export.clicked.connect(lambda: self.export_current())
        self._record_voice = QPushButton(self.tr("Record my &voice…"))
        self._record_voice.setObjectName("record-my-voice")
        self._record_voice.setAccessibleDescription(
            self.tr("Record this routine's instructions in your own voice, step by step")
        )
        self._record_voice.clicked.connect(lambda: self.open_recorder())
        for button in (self._import, self._export, self._record_voice):
            keep_tall(button, like=self._start)
            if button is not self._record_voice:
                buttons.addWidget(button)
            if self._kiosk:  # hide only: showing a widget that has no parent opens a window
                button.hide()
        if not self._library.can_import:
            self._import.hide()
            self._record_voice.hide()
        outer.addLayout(buttons)
        # a row of its own: beside Start, Import and Export it would widen the page at 200 %
        record_row = QHBoxLayout()
        record_row.addWidget(self._record_voice)
        record_row.addStretch(1)
        outer.addLayout(record_row)
        self._file_note = wrapping_label("file-note")
        self._file_note.hide()
        outer.addWidget(self._file_note)
        outer.addStretch(1)
        return scrolling(page, self.tr("Choose a routine"))

    def _build_running(self, body_svg: Path) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        columns = QHBoxLayout()
        labels = {region.value: tr_core("routine", text) for region, text in REGION_LABELS.items()}
        self._diagram = BodyDiagramWidget(body_svg, labels)
        columns.addWidget(self._diagram, 2)

        right = QVBoxLayout()
        self._progress = wrapping_label("step-progress")
        self._progress.setAccessibleName(self.tr("Step"))
        right.addWidget(self._progress)
        right.addStretch(1)
        phase_row = QHBoxLayout()
        self._ring = CountdownRing()
        phase_row.addWidget(self._ring)
        phase_row.addSpacing(self.fontMetrics().height())
        words = QVBoxLayout()
        words.addStretch(1)
        self._phase_word = wrapping_label("phase-word")
        self._phase_word.setAccessibleName(self.tr("Phase"))
        self._how = wrapping_label("phase-how")
        self._breath_hint = wrapping_label("breath-hint")
        words.addWidget(self._phase_word)
        words.addWidget(self._how)
        words.addWidget(self._breath_hint)
        words.addStretch(1)
        phase_row.addLayout(words, 3)
        right.addLayout(phase_row)
        right.addSpacing(self.fontMetrics().height())
        self._instruction = wrapping_label("step-instruction")
        self._instruction.setAccessibleName(self.tr("Instruction"))
        self._instruction.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        right.addWidget(self._instruction)
        self._step_caution = wrapping_label("step-caution")
        self._step_caution.setFrameShape(QFrame.Shape.StyledPanel)
        self._step_caution.setMargin(8)
        right.addWidget(self._step_caution)
        right.addStretch(2)
        self._voice_note = wrapping_label("voice-note")  # why the voice fell back to tones
        self._voice_note.hide()
        right.addWidget(self._voice_note)
        self._time_left = QLabel()
        self._time_left.setObjectName("time-left")
        # a fixed name: screen readers must not be told every second
        self._time_left.setAccessibleName(self.tr("Time left in the routine"))
        right.addWidget(self._time_left)
        columns.addLayout(right, 3)
        layout.addLayout(columns, 1)

        buttons = FlowLayout(centered=True)  # wraps rather than widen the window
        self._pause = QPushButton(self.tr("Pause"))
        self._pause.setAccessibleDescription(self.tr("Space"))
        self._pause.clicked.connect(self.toggle)
        self._back = QPushButton(self.tr("Back"))
        self._back.setAccessibleName(self.tr("Back"))
        self._back.setAccessibleDescription(
            self.tr("Left arrow: start this step again, or go back one step")
        )
        self._back.clicked.connect(self.back)
        self._skip = QPushButton(self.tr("Skip"))
        self._skip.setAccessibleName(self.tr("Skip this step"))
        self._skip.setAccessibleDescription(self.tr("Right arrow"))
        self._skip.clicked.connect(lambda: self.skip())
        self._skip_hurts = QPushButton(self.tr("Skip, this hurts"))
        self._skip_hurts.setObjectName("skip-hurts")
        self._skip_hurts.setAccessibleName(self.tr("Skip, this hurts"))
        self._skip_hurts.setAccessibleDescription(
            self.tr("Skip this step and note in your history that it hurt")
        )
        self._skip_hurts.clicked.connect(lambda: self.skip(hurts=True))
        self._stop = QPushButton(self.tr("Stop"))
        self._stop.setAccessibleName(self.tr("Stop the routine"))
        self._stop.setAccessibleDescription(self.tr("Escape"))
        self._stop.clicked.connect(self.stop)
        self._run_buttons = (self._pause, self._back, self._skip, self._skip_hurts, self._stop)
        for button in self._run_buttons:
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            buttons.addWidget(button)
        self._pause.setAccessibleName(self.tr("Pause"))
        buttons.setContentsMargins(9, 0, 9, 9)
        # a very small window (or large text) scrolls the words and pictures rather than
        # clip them; Pause, Skip and Stop stay in view below them
        run = QWidget()
        run_layout = QVBoxLayout(run)
        run_layout.setContentsMargins(0, 0, 0, 0)
        # kept: a widget only a layout holds can be collected by Python with the layout
        self._run_scroll = scrolling(page, self.tr("Routine in progress"))
        run_layout.addWidget(self._run_scroll, 1)
        run_layout.addLayout(buttons)
        return run

    def _build_done(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        self._done_title = QLabel()
        set_font_scale(self._done_title, 1.8, bold=True)
        self._done_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._done_summary = wrapping_label("done-summary")
        self._done_summary.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_font_scale(self._done_summary, 1.2)
        sit = wrapping_label()
        sit.setText(self.tr("Sit for a moment before you stand up, and stand slowly."))
        sit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._repeat = wrapping_label("repeat-note")
        self._repeat.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for label in (self._done_title, self._done_summary, sit, self._repeat):
            layout.addWidget(label)
        remind_row = QHBoxLayout()
        remind_row.addStretch(1)
        self._remind_again = QPushButton()
        self._remind_again.setObjectName("repeat-remind")
        keep_tall(self._remind_again)
        self._remind_again.clicked.connect(self.request_repeat_reminder)
        self._remind_again.hide()
        remind_row.addWidget(self._remind_again)
        remind_row.addStretch(1)
        layout.addLayout(remind_row)
        self._remind_confirm = wrapping_label("repeat-confirm")
        self._remind_confirm.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self._remind_confirm)
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
        self._skip_ratings.setAccessibleName(self.tr("Skip the ratings"))
        self._skip_ratings.clicked.connect(self.skip_ratings)
        for button in (self._save_ratings, self._skip_ratings):
            keep_tall(button)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self._not_saved = wrapping_label()
        self._not_saved.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self._not_saved)
        layout.addStretch(2)
        return scrolling(page, self.tr("Routine finished"))

    # ----- settings and routines ------------------------------------------------------

    def _apply_settings(self) -> None:
        s = self._settings
        release_only = bool(s.value("relax_release_only"))
        self._release_only.blockSignals(True)
        self._release_only.setChecked(release_only)
        self._release_only.blockSignals(False)
        locked = s.is_locked("relax_release_only")
        self._release_only.setEnabled(not locked)
        self._locked_note.setVisible(locked)
        self._pelvic_note.setText(self._pelvic_text())
        asking = bool(s.value("ask_ratings"))
        self._before_box.setVisible(asking)
        self._after_box.setVisible(asking)
        self._save_ratings.setText(self.tr("Save and finish") if asking else self.tr("Done"))
        self._skip_ratings.setVisible(asking)
        self._voice.set_enabled(self._voice_wanted())
        self.voice_guide.configure(
            source=str(s.value("voice_source")),
            rate=int(s.value("voice_rate")),
            volume_percent=int(s.value("voice_volume")),
        )
        self._reduced_motion = resolve_reduced_motion(str(s.value("reduced_motion")))
        self._ring.set_reduced_motion(self._reduced_motion)
        self._controller.set_reduced_motion(self._reduced_motion)
        self._fill_routine_texts()

    def _voice_wanted(self) -> bool:
        """In the kiosk the voice follows the kiosk's sound (unless the policy locks it
        off); elsewhere it is the "Speak the steps" setting."""
        s = self._settings
        if self._kiosk:
            locked_off = s.is_locked("voice_enabled") and not bool(s.value("voice_enabled"))
            return bool(s.value("sound_enabled")) and not locked_off
        return bool(s.value("voice_enabled"))

    @property
    def voice_active(self) -> bool:
        """True while the running routine is spoken (tones and phase announcements rest)."""
        return self._voice.active

    def _on_voice_unavailable(self, reason: str) -> None:
        # said once, on the running page (tones follow) and again on the setup page
        self._voice_note.setText(reason)
        self._voice_note.show()
        self._show_file_note(reason)
        self._announce(reason)

    def _pelvic_text(self) -> str:
        """What the setup says about the pelvic floor; Settings only when they can help."""
        s = self._settings
        # a guest cannot open Settings, and nobody can change a setting the clinic locked
        changeable = not self._kiosk and not s.is_locked("relax_pelvic_tense")
        if bool(s.value("relax_pelvic_tense")):
            if changeable:
                return self.tr(
                    "Tensing the pelvic floor is switched on in Settings. Tense it only very "
                    "gently, and switch it off again if it hurts."
                )
            return self.tr(
                "On this computer, routines include gently tensing the pelvic floor. Tense it "
                "only very gently, and simply let go instead if it hurts."
            )
        if changeable:
            return self.tr(
                "The pelvic floor only lets go here; it is never squeezed. A tight pelvic "
                "floor needs letting go, not more tension. Tensing it can be switched on "
                "in Settings, but only if your physiotherapist advises it."
            )
        return self.tr(
            "The pelvic floor only lets go here; it is never squeezed. A tight pelvic "
            "floor needs letting go, not more tension."
        )

    def _on_setting(self, _key: str, _value: object) -> None:
        self._apply_settings()

    def _options(self) -> dict[str, bool]:
        return {
            "release_only": bool(self._settings.value("relax_release_only")),
            "allow_pelvic_tense": bool(self._settings.value("relax_pelvic_tense")),
        }

    def _minutes(self, routine: Routine) -> int:
        return max(round(routine.planned_s(**self._options()) / 60), 1)

    def _source_text(self, source: RoutineSource) -> str:
        return {
            RoutineSource.BUILTIN: self.tr("Built-in"),
            RoutineSource.CLINIC: self.tr("From your clinic"),
            RoutineSource.USER: self.tr("Yours"),
        }[source]

    def _fill_routines(self) -> None:
        current = self.current_routine()
        chosen = current.routine.id if current else DEFAULT_ROUTINE_ID
        self._picker.blockSignals(True)
        self._picker.clear()
        for loaded in self._library.routines():
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, loaded.routine.id)
            self._picker.addItem(item)
        self._fill_routine_texts()
        rows = [
            row
            for row in range(self._picker.count())
            if self._picker.item(row).data(Qt.ItemDataRole.UserRole) == chosen
        ]
        if self._picker.count():
            self._picker.setCurrentRow(rows[0] if rows else 0)
        self._picker.blockSignals(False)
        self._show_routine()

    def _fill_routine_texts(self) -> None:
        """Item texts carry the length, which depends on the release-only setting."""
        for row in range(self._picker.count()):
            item = self._picker.item(row)
            loaded = self._library.find(str(item.data(Qt.ItemDataRole.UserRole)))
            if loaded is None:
                continue
            minutes = self.tr("%1 min").replace("%1", format_number(self._minutes(loaded.routine)))
            item.setText(join_parts((loaded.routine.name, minutes)))
        self._show_routine()

    def select_routine(self, routine_id: str) -> bool:
        """Choose the routine with ``routine_id``; False when there is none."""
        for row in range(self._picker.count()):
            if self._picker.item(row).data(Qt.ItemDataRole.UserRole) == routine_id:
                self._picker.setCurrentRow(row)
                return True
        return False

    def current_routine(self) -> LoadedRoutine | None:
        """The routine chosen in the list, or None when there are none."""
        item = self._picker.currentItem()
        if item is None:
            return None
        return self._library.find(str(item.data(Qt.ItemDataRole.UserRole)))

    def _on_routine_chosen(self, *_args: object) -> None:
        self._show_routine()
        loaded = self.current_routine()
        if loaded is not None:
            self.routine_chosen.emit(loaded.routine.id)

    def _show_routine(self) -> None:
        loaded = self.current_routine()
        self._start.setEnabled(loaded is not None)
        self._export.setEnabled(loaded is not None)
        self._record_voice.setEnabled(loaded is not None)
        if loaded is None:
            self._routine_name.setText(self.tr("No routine is available."))
            for label in (
                self._routine_facts,
                self._routine_description,
                self._routine_author,
                self._routine_caution,
            ):
                label.hide()
            return
        routine = loaded.routine
        self._routine_name.setText(routine.name)
        minutes = self._minutes(routine)
        facts = [
            self.tr("About %n minute(s)", "", minutes),
            tr_core("routine", KIND_LABELS[routine.kind]),
            self._source_text(loaded.source),
        ]
        self._routine_facts.setText(join_parts(facts))
        self._routine_description.setText(routine.description)
        self._routine_author.setText(
            self.tr("By %1 · version %2")
            .replace("%1", routine.author)
            .replace("%2", routine.version)
        )
        self._routine_caution.setText(routine.caution)
        self._routine_facts.show()
        self._routine_description.setVisible(bool(routine.description))
        self._routine_author.show()
        self._routine_caution.setVisible(bool(routine.caution))
        # read with Start routine, the control Tab reaches: the routine's caution, and how its
        # first step goes (a reader's get-ready is a few words once the routine runs)
        parts = [routine.caution]
        if routine.steps:
            first = routine.steps[0]
            where = self.tr("First: %1").replace("%1", self._region_text(first.region))
            parts.append(f"{where}. {first.instruction}")
        parts.append(self.tr("Space starts, pauses and resumes"))
        self._start.setAccessibleDescription(" ".join(part for part in parts if part))

    # ----- caution, import, export ----------------------------------------------------

    def acknowledge_caution(self) -> None:
        """ "I understand": hide the caution for good (``caution_seen``, once)."""
        if self._caution.isHidden():
            return
        self._caution.hide()
        self.caution_seen.emit()
        self._update_shortcuts()
        self._start.setFocus()

    def caution_showing(self) -> bool:
        """True while the first-session caution waits to be confirmed."""
        return not self._caution.isHidden()

    def import_routine_file(self, path: Path | None = None) -> LoadedRoutine | None:
        """Check a routine file and copy it into the user's routines.

        Args:
            path: the file; None asks with a file dialog.

        Returns:
            The imported routine (now chosen in the list), or None (always in kiosk mode).
        """
        if self._kiosk or not self._library.can_import:
            return None
        if path is None:
            name, _filter = QFileDialog.getOpenFileName(
                self,
                self.tr("Import a routine"),
                str(Path.home()),
                self.tr("Routine files (*.toml);;All files (*)"),
            )
            if not name:
                return None
            path = Path(name)
        replace = False
        routine, _problems = read_routine_file(path)
        if routine is not None:
            existing = self._library.find(routine.id)
            if existing is not None and existing.source is RoutineSource.USER:
                answer = QMessageBox.question(
                    self,
                    self.tr("Replace your routine?"),
                    self.tr(
                        "You already have “%1” (version %2). Replace it with version %3 from "
                        "this file?"
                    )
                    .replace("%1", printable(existing.routine.name))
                    .replace("%2", printable(existing.routine.version))
                    .replace("%3", printable(routine.version)),
                )
                if answer != QMessageBox.StandardButton.Yes:
                    return None
                replace = True
        loaded, problems = self._library.import_file(path, replace=replace)
        if loaded is None:
            if problems:
                self._show_problems(path, problems)
            return None
        self.select_routine(loaded.routine.id)
        self._show_file_note(
            self.tr("“%1” was added to your routines.").replace(
                "%1", printable(loaded.routine.name)
            )
        )
        return loaded

    def _show_problems(self, path: Path, problems: list[Problem]) -> None:
        lines = [_sentence(problem.message) for problem in problems]
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Routine not imported"))
        box.setText(
            self.tr(
                "“%1” cannot be used, so nothing was copied. Please fix the following, or ask "
                "whoever wrote the file:"
            ).replace("%1", printable(path.name))
        )
        shown = "\n".join("• " + line for line in lines[:PROBLEMS_SHOWN])
        if len(lines) > PROBLEMS_SHOWN:
            shown += "\n" + self.tr(
                "… and %n more (see the details)", "", len(lines) - PROBLEMS_SHOWN
            )
            box.setDetailedText("\n".join(lines))
        box.setInformativeText(shown)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()

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
        if target is None:
            name, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Export a routine"),
                str(Path.home() / f"{loaded.routine.id}{ROUTINE_SUFFIX}"),
                self.tr("Routine files (*.toml)"),
            )
            if not name:
                return False
            target = Path(name)
            if not target.suffix:
                target = target.with_suffix(ROUTINE_SUFFIX)
        if not self._library.export(loaded, target):
            self._show_file_note(
                self.tr("The routine could not be saved to %1.").replace("%1", str(target))
            )
            return False
        self._show_file_note(
            self.tr("“%1” was saved to %2.")
            .replace("%1", printable(loaded.routine.name))
            .replace("%2", printable(str(target)))
        )
        return True

    def _show_file_note(self, text: str) -> None:
        self._file_note.setText(text)
        self._file_note.show()

    # ----- the session ----------------------------------------------------------------

    def start(self) -> None:
        """Start the chosen routine (after the first-session caution is confirmed)."""
        if self._controller.is_active:
            return
        if self.caution_showing():
            self._understood.setFocus()
            self._announce(self._caution_text.text())
            return
        loaded = self.current_routine()
        if loaded is None:
            return
        self._recorder.set_before_ratings(
            Ratings(
                tension_before=self._tension_before.value(),
                pain_before=self._pain_before.value(),
            )
        )
        self._recorder.set_source(loaded.source)
        self._file_note.hide()
        self._heat_segment = None
        self._next_said = None
        self._was_paused = False
        self._shown_key = None
        self._show_page(self._run_page)
        self._controller.set_painting(self.isVisible())
        self._controller.start(loaded.routine, **self._options())
        self._pause.setFocus()

    def toggle(self) -> None:
        """Space: start from setup, pause a running routine, resume a paused one."""
        if self._controller.is_active:
            self._controller.toggle()
        elif self._stack.currentWidget() is self._setup_page:
            self.start()

    def skip(self, hurts: bool = False) -> None:
        """Right arrow: skip the current step (``hurts``: it hurt, noted in history)."""
        if self._controller.is_active:
            self._controller.skip(hurts)

    def back(self) -> None:
        """Left arrow: start the step again, or go back one step."""
        if self._controller.is_active:
            self._controller.back()

    def stop(self) -> None:
        """Stop the routine early; it is kept in history as stopped."""
        self._controller.stop()

    def escape(self) -> None:
        """Esc: stop a routine, or leave the end screen without ratings."""
        if self._controller.is_active:
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
        self._show_page(self._setup_page)
        self._ring.clear()
        self._start.setFocus()

    def _show_page(self, page: QWidget) -> None:
        self._stack.setCurrentWidget(page)
        self._update_shortcuts()

    def _update_shortcuts(self) -> None:
        page = self._stack.currentWidget()
        running = page is self._run_page
        self._space.setEnabled(running or (page is self._setup_page and not self.caution_showing()))
        self._left.setEnabled(running)
        self._right.setEnabled(running)
        self._skip_hurts_key.setEnabled(running)
        self._escape.setEnabled(running or page is self._done_page)

    def _step(self, segment: Segment) -> Step | None:
        routine = self._controller.routine
        if routine is None or not 0 <= segment.step_index < len(routine.steps):
            return None
        return routine.steps[segment.step_index]

    def _region_text(self, region: Region) -> str:
        return tr_core("routine", REGION_LABELS[region])

    def _where(self, region: Region, side: Side | None) -> str:
        """``Feet, left side`` for announcements and "Next:"."""
        name = self._region_text(region)
        if side is Side.LEFT:
            return self.tr("%1, left side").replace("%1", name)
        if side is Side.RIGHT:
            return self.tr("%1, right side").replace("%1", name)
        if side is Side.BOTH:
            return self.tr("%1, both sides").replace("%1", name)
        return name

    def phase_text(self, segment: Segment) -> tuple[str, str]:
        """The phase word and how to do it (one line each, "" when there is nothing to add)."""
        step = self._step(segment)
        phase = segment.phase
        if phase is RoutinePhase.ACTIVITY and step is not None and step.activity:
            word = tr_core("routine", ACTIVITY_LABELS.get(step.activity, PHASE_LABELS[phase]))
        else:
            word = tr_core("routine", PHASE_LABELS[phase])
        how: list[str] = []
        if phase is RoutinePhase.READY and step is not None:
            how.append(self.tr("Next: %1").replace("%1", self._where(step.region, segment.side)))
        elif phase is RoutinePhase.TENSE:
            how.append(
                self.tr("Gently, about half effort")
                if segment.gentle
                else self.tr("Gently, never into pain")
            )
        elif phase is RoutinePhase.HOLD:
            how.append(self.tr("A gentle stretch, never into pain"))
        if segment.repetitions > 1 and phase in (
            RoutinePhase.TENSE,
            RoutinePhase.LET_GO,
            RoutinePhase.HOLD,
        ):
            how.append(
                self.tr("Round %1 of %2")
                .replace("%1", format_number(min(segment.repetition + 1, segment.repetitions)))
                .replace("%2", format_number(segment.repetitions))
            )
        return word, "\n".join(how)

    def _announcement(self, segment: Segment) -> str:
        step = self._step(segment)
        word, _how = self.phase_text(segment)
        if step is None:
            return word + "."
        where = self._where(step.region, segment.side)
        # get-ready stays short so the tense cue is heard on time: the instruction was said
        # near the end of the let-go before (see _say_next_step), and is on screen
        return f"{word}. {where}."

    def _next_step_text(self, segment: Segment) -> str:
        """What a reader says near the end of ``segment`` when a new step follows ("" if not)."""
        session = self._controller.session
        if session is None or segment.phase in (RoutinePhase.READY, RoutinePhase.TENSE):
            return ""
        following = session.segments[segment.index + 1 : segment.index + 2]
        if not following or following[0].phase is not RoutinePhase.READY:
            return ""
        step = self._step(following[0])
        if step is None:
            return ""
        where = self._where(step.region, following[0].side)
        return self.tr("Next: %1").replace("%1", where) + f". {step.instruction}"

    def _say_next_step(self, sample: RoutineSample) -> None:
        """Near the end of a let-go (or rest), tell a screen reader the next step's muscle and
        instruction, so its get-ready can be short and the tense cue is heard on time."""
        segment = sample.segment
        if segment is None or self._voice.active or self._next_said == segment.index:
            return
        lead_s = min(NEXT_STEP_LEAD_S, segment.duration_s / 2)
        if sample.phase_left_s > lead_s or self._controller.state is not SequencerState.RUNNING:
            return
        text = self._next_step_text(segment)
        self._next_said = segment.index
        if text:
            self._announce(text)

    def _show_segment(self, segment: Segment) -> None:
        """Everything on screen that changes with the phase (not the countdown)."""
        step = self._step(segment)
        routine = self._controller.routine
        word, how = self.phase_text(segment)
        paused = self._controller.state is SequencerState.PAUSED
        self._phase_word.setText(self.tr("Paused") if paused else word)
        self._how.setText(how)
        self._how.setVisible(bool(how))
        if step is None or routine is None:
            return
        self._instruction.setText(step.instruction)
        breath = ""
        if step.breath is not None and segment.phase not in (
            RoutinePhase.READY,
            RoutinePhase.TENSE,
        ):
            breath = tr_core("routine", BREATH_LABELS[step.breath])
        self._breath_hint.setText(breath)
        self._breath_hint.setVisible(bool(breath))
        self._step_caution.setText(step.caution)
        self._step_caution.setVisible(bool(step.caution))
        parts = [
            self.tr("Step %1 of %2")
            .replace("%1", format_number(segment.step_index + 1))
            .replace("%2", format_number(len(routine.steps))),
            self._region_text(step.region),
        ]
        if segment.side is not None and step.region is not Region.WHOLE_BODY:
            parts.append(tr_core("routine", SIDE_LABELS[segment.side]))
        self._progress.setText(join_parts(parts))
        self._progress.setAccessibleDescription(self._progress.text())  # once a step
        self._update_diagram(segment)

    def _update_diagram(self, segment: Segment) -> None:
        routine = self._controller.routine
        sample = self._controller.sample()
        if routine is None or sample is None:
            return
        current = routine.steps[segment.step_index].region
        done = {routine.steps[i].region.value for i in sample.completed}
        skipped = {routine.steps[i].region.value for i in sample.skipped} - done
        side = segment.side.value if segment.side is not None else None
        self._diagram.set_state(current.value, side, done, skipped)

    def _on_phase(self, segment: Segment) -> None:
        self._show_segment(segment)
        announcement = self._announcement(segment)
        # readers that land on the phase word later find the same words there
        self._phase_word.setAccessibleDescription(announcement)
        if not self._voice.active:
            # "Who speaks when" (docs/architecture.md): while calmfloor's voice speaks the
            # phases, a screen reader is not sent the same words to say over it
            self._announce(announcement)
        if self._controller.state is SequencerState.RUNNING and not self._voice.active:
            self._play_cue(segment)
            self._request_heat(segment)

    def _play_cue(self, segment: Segment) -> None:
        if segment.phase is RoutinePhase.READY:
            self._cues.play(Cue.READY)
        elif segment.phase is RoutinePhase.REST:
            self._cues.play(Cue.REST)
        elif segment.phase is RoutinePhase.TENSE:
            self._cues.play(Cue.TENSE)
        elif segment.phase is RoutinePhase.LET_GO:
            self._cues.play(Cue.LET_GO)
        elif segment.phase is RoutinePhase.HOLD:
            self._cues.play_hold()

    def _request_heat(self, segment: Segment) -> None:
        step = self._step(segment)
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
            self._pause.setText(self.tr("Resume"))
            self._pause.setAccessibleName(self.tr("Resume"))
            self._phase_word.setText(self.tr("Paused"))
            self._ring.set_paused(True)
            self._announce(self.tr("Paused"))
            self._cues.stop_all()
        elif state == SequencerState.RUNNING:
            self._pause.setText(self.tr("Pause"))
            self._pause.setAccessibleName(self.tr("Pause"))
            self._ring.set_paused(False)
            sample = self._controller.sample()
            if self._was_paused and sample is not None and sample.segment is not None:
                self._was_paused = False
                self._show_segment(sample.segment)
                self._announce(self._announcement(sample.segment))
                self._request_heat(sample.segment)

    def _paint_sample(self, sample: RoutineSample) -> None:
        segment = sample.segment
        if segment is None:
            return
        self._ring.set_time(sample.phase_left_s, segment.duration_s)
        self._say_next_step(sample)
        key = (math.ceil(sample.total_left_s - 1e-9), sample.step_index, segment.index)
        if key == self._shown_key:  # most frames: the words on screen stay the same
            return
        self._time_left.setText(
            self.tr("%1 left in this routine").replace("%1", format_clock(sample.total_left_s))
        )
        minutes = max(math.ceil(sample.total_left_s / 60 - 1e-9), 0)
        described = self.tr("About %n minute(s) left", "", minutes)
        if self._time_left.accessibleDescription() != described:  # once a minute, not a second
            self._time_left.setAccessibleDescription(described)
        self._shown_key = key

    def _on_ended(self, event: RoutineEnded) -> None:
        self._cues.stop_all()
        routine = self._controller.routine
        total = len(routine.steps) if routine else 0
        if event.completed:
            self._cues.play_end()
            self._done_title.setText(self.tr("Well done"))
        else:
            self._done_title.setText(self.tr("Routine stopped"))
        summary = (
            self.tr("%1 of %n step(s) in %2", "", total)
            .replace("%1", format_number(len(event.steps_completed)))
            .replace("%2", format_clock(event.elapsed_s))
        )
        if event.steps_skipped:
            summary += separator() + self.tr("%n skipped", "", len(event.steps_skipped))
        self._done_summary.setText(summary)
        hours = routine.repeat_after_hours if routine else None
        self._remind_confirm.clear()
        self._remind_confirm.hide()
        if hours is None or routine is None:
            self._repeat.hide()
            self._remind_again.hide()
            self._repeat_offer = None
        else:
            if math.isclose(hours, 1.0):
                self._repeat.setText(self.tr("Do this again in about an hour."))
                self._remind_again.setText(self.tr("Remind me again in an hour"))
            else:
                text = _hours_text(hours)
                self._repeat.setText(
                    self.tr("Do this again in about %1 hours.").replace("%1", text)
                )
                self._remind_again.setText(
                    self.tr("Remind me again in %1 hours").replace("%1", text)
                )
            self._repeat.show()
            self._repeat_offer = (routine.id, routine.name, float(hours))
            self._remind_again.setEnabled(True)
            self._remind_again.setVisible(not self._kiosk)  # a guest gets no reminders
        if self._report_unsaved and not self._recorder.can_save:
            self._not_saved.setText(self.tr("This session could not be saved to your history."))
        else:
            self._not_saved.clear()
        self._shown_key = None
        self._ring.set_paused(False)
        self._show_page(self._done_page)
        self._announce(f"{self._done_title.text()}. {summary}")
        (self._tension_after if self._after_box.isVisible() else self._save_ratings).setFocus()

    def request_repeat_reminder(self) -> None:
        """ "Remind me again in 4½ hours": ask the window to set the one-off reminder."""
        if self._repeat_offer is None:
            return
        self._remind_again.setEnabled(False)  # once; the confirmation says when
        self.repeat_reminder_requested.emit(*self._repeat_offer)

    def confirm_repeat_reminder(self, due: datetime) -> None:
        """Say when the reminder set from the end screen comes ("I'll remind you at 15:40.")."""
        local = due.astimezone()
        when = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
        self._remind_confirm.setText(self.tr("I'll remind you at %1.").replace("%1", when))
        self._remind_confirm.show()
        announce(self._remind_confirm, self._remind_confirm.text())

    def _announce(self, text: str) -> None:
        """Tell screen readers once (phase changes only, never the countdown)."""
        announce(self._phase_word, text)

    # ----- visibility and size ----------------------------------------------------------

    def showEvent(self, event: object) -> None:
        self._controller.set_painting(True)
        sample = self._controller.sample()
        if sample is not None and self._controller.is_active:
            self._paint_sample(sample)
        super().showEvent(event)  # type: ignore[arg-type]

    def hideEvent(self, event: object) -> None:
        # keep cue timing, stop painting: the controller wakes only at phase boundaries
        self._controller.set_painting(False)
        super().hideEvent(event)  # type: ignore[arg-type]

    def resizeEvent(self, event: object) -> None:
        self._apply_fonts()
        super().resizeEvent(event)  # type: ignore[arg-type]

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the text size setting changed
            self._apply_fonts()

    def _display_font(self, factor: float, bold: bool = False) -> QFont:
        """Large type for the routine: ``factor`` times the standard text size, growing
        with a tall window, and never smaller than the user's own text size (a larger text
        size setting already makes the large type large enough, so it is not multiplied)."""
        font = QFont(self.font())
        scale = max(1.0, self.height() / REFERENCE_HEIGHT_PX)
        font.setPointSizeF(max(font.pointSizeF(), BASE_POINT_SIZE * factor * scale))
        font.setBold(bold)
        return font

    def _apply_fonts(self) -> None:
        self._phase_word.setFont(self._display_font(PHASE_FONT_SCALE, bold=True))
        self._how.setFont(self._display_font(HOW_FONT_SCALE))
        self._instruction.setFont(self._display_font(INSTRUCTION_FONT_SCALE))
        self._breath_hint.setFont(self._display_font(HOW_FONT_SCALE))
        self._step_caution.setFont(self._display_font(PROGRESS_FONT_SCALE))
        self._progress.setFont(self._display_font(PROGRESS_FONT_SCALE, bold=True))
        self._time_left.setFont(self._display_font(PROGRESS_FONT_SCALE))
        ring = round(min(self.height() * RING_HEIGHT_FRACTION, self.width() * RING_WIDTH_FRACTION))
        ring = max(ring, self.fontMetrics().height() * 3)  # its seconds outgrow the text size
        self._ring.setFixedSize(ring, ring)
        for button in self._run_buttons:
            button.setFont(self._display_font(PROGRESS_FONT_SCALE))
            metrics = button.fontMetrics()
            button.setMinimumHeight(metrics.height() * 2)
            widest = max(
                metrics.horizontalAdvance(text)
                for text in (button.text(), self.tr("Pause"), self.tr("Resume"))
                if button is self._pause or text == button.text()
            )
            button.setMinimumWidth(widest + metrics.height() * 2)

    def confirm_leave(self) -> bool:
        """Ask before closing during a routine; True when it may close."""
        if not self._controller.is_active:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Stop the routine?"),
            self.tr("A routine is running. Stop it and close calmfloor? It will be saved."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.stop()
            return True
        return False


def _sentence(message: str) -> str:
    """A problem message as shown on its own: capital first letter."""
    return message[:1].upper() + message[1:] if message else message
