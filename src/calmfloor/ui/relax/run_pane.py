"""The Relax page during a routine: body diagram, phase word, countdown ring, instruction."""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from calmfloor.core.routine import (
    BREATH_LABELS,
    REGION_LABELS,
    SIDE_LABELS,
    Region,
    Routine,
    RoutinePhase,
    RoutineSample,
    Segment,
)
from calmfloor.ui.kit.session_page import height_scale
from calmfloor.ui.kit.theme import BASE_POINT_SIZE
from calmfloor.ui.kit.widgets import (
    FlowLayout,
    format_clock,
    format_number,
    join_parts,
    scrolling,
    tr_core,
    wrapping_label,
)
from calmfloor.ui.relax.body_diagram import BodyDiagramWidget
from calmfloor.ui.relax.ring import CountdownRing
from calmfloor.ui.relax.setup_pane import region_text
from calmfloor.ui.relax.words import RoutineWords

PHASE_FONT_SCALE = 3.4  # the phase word ("Tense", "Let go"), relative to the body text
HOW_FONT_SCALE = 1.35  # how to do the phase ("Gently, about half effort")
INSTRUCTION_FONT_SCALE = 1.45  # the step's instruction: read from a couch
PROGRESS_FONT_SCALE = 1.15
RING_HEIGHT_FRACTION = 0.34  # the ring's diameter, relative to the page height...
RING_WIDTH_FRACTION = 0.25  # ...and to its width, whichever is less


class RelaxRunPane(QWidget):
    """What a running routine shows; it paints samples and phases, it decides nothing.

    The words and pictures scroll in a very small window (or with large text); Pause,
    Back, Skip, "Skip, this hurts" and Stop stay in view below them.

    Args:
        body_svg: the body diagram SVG.
        words: the phase words of the running routine.
    """

    def __init__(self, body_svg: Path, words: RoutineWords, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words = words
        self._shown_key: tuple[int, int, int] | None = None
        page = QWidget()
        layout = QVBoxLayout(page)
        columns = QHBoxLayout()
        labels = {region.value: tr_core("routine", text) for region, text in REGION_LABELS.items()}
        self._diagram = BodyDiagramWidget(body_svg, labels)
        columns.addWidget(self._diagram, 2)
        columns.addLayout(self._build_words(), 3)
        layout.addLayout(columns, 1)

        buttons = FlowLayout(centered=True)  # wraps rather than widen the window
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setObjectName("pause")
        self.pause_button.setAccessibleDescription(self.tr("Space"))
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setObjectName("back-step")
        self.back_button.setAccessibleName(self.tr("Back"))
        self.back_button.setAccessibleDescription(
            self.tr("Left arrow: start this step again, or go back one step")
        )
        self.skip_button = QPushButton(self.tr("Skip"))
        self.skip_button.setObjectName("skip-step")
        self.skip_button.setAccessibleName(self.tr("Skip this step"))
        self.skip_button.setAccessibleDescription(self.tr("Right arrow"))
        self.skip_hurts_button = QPushButton(self.tr("Skip, this hurts"))
        self.skip_hurts_button.setObjectName("skip-hurts")
        self.skip_hurts_button.setAccessibleName(self.tr("Skip, this hurts"))
        self.skip_hurts_button.setAccessibleDescription(
            self.tr("Skip this step and note in your history that it hurt")
        )
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setObjectName("stop")
        self.stop_button.setAccessibleName(self.tr("Stop the routine"))
        self.stop_button.setAccessibleDescription(self.tr("Escape"))
        self._run_buttons = (
            self.pause_button,
            self.back_button,
            self.skip_button,
            self.skip_hurts_button,
            self.stop_button,
        )
        for button in self._run_buttons:
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            buttons.addWidget(button)
        self.pause_button.setAccessibleName(self.tr("Pause"))
        buttons.setContentsMargins(9, 0, 9, 9)
        run_layout = QVBoxLayout(self)
        run_layout.setContentsMargins(0, 0, 0, 0)
        # kept: a widget only a layout holds can be collected by Python with the layout
        self._run_scroll = scrolling(page, self.tr("Routine in progress"))
        run_layout.addWidget(self._run_scroll, 1)
        run_layout.addLayout(buttons)

    def _build_words(self) -> QVBoxLayout:
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
        self.phase_word = wrapping_label("phase-word")
        self.phase_word.setAccessibleName(self.tr("Phase"))
        self._how = wrapping_label("phase-how")
        self._breath_hint = wrapping_label("breath-hint")
        words.addWidget(self.phase_word)
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
        return right

    # ----- painting -------------------------------------------------------------------

    def set_reduced_motion(self, reduced: bool) -> None:
        """The ring steps once a second instead of sweeping."""
        self._ring.set_reduced_motion(reduced)

    def show_voice_note(self, text: str) -> None:
        """Why the voice fell back to tones."""
        self._voice_note.setText(text)
        self._voice_note.show()

    def show_paused(self, paused: bool) -> None:
        """Pause or Resume on the button, a quieter ring, and "Paused" for the phase."""
        word = self.tr("Resume") if paused else self.tr("Pause")
        self.pause_button.setText(word)
        self.pause_button.setAccessibleName(word)
        if paused:
            self.phase_word.setText(self.tr("Paused"))
        self._ring.set_paused(paused)

    def show_segment(
        self,
        segment: Segment,
        routine: Routine | None,
        sample: RoutineSample | None,
        paused: bool,
    ) -> None:
        """Everything on screen that changes with the phase (not the countdown)."""
        step = self._words.step(segment)
        word, how = self._words.phase_text(segment)
        self.phase_word.setText(self.tr("Paused") if paused else word)
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
            region_text(step.region),
        ]
        if segment.side is not None and step.region is not Region.WHOLE_BODY:
            parts.append(tr_core("routine", SIDE_LABELS[segment.side]))
        self._progress.setText(join_parts(parts))
        self._progress.setAccessibleDescription(self._progress.text())  # once a step
        if sample is not None:
            current = routine.steps[segment.step_index].region
            done = {routine.steps[i].region.value for i in sample.completed}
            skipped = {routine.steps[i].region.value for i in sample.skipped} - done
            side = segment.side.value if segment.side is not None else None
            self._diagram.set_state(current.value, side, done, skipped)

    def paint_sample(self, sample: RoutineSample) -> None:
        """The ring every frame; the time left only when its words change."""
        segment = sample.segment
        if segment is None:
            return
        self._ring.set_time(sample.phase_left_s, segment.duration_s)
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

    def reset_words(self) -> None:
        """The next frame writes the time left afresh (a new routine, or the end)."""
        self._shown_key = None

    def unpause_ring(self) -> None:
        """The routine is over: the ring is no longer the paused one."""
        self._ring.set_paused(False)

    def clear(self) -> None:
        """An empty ring, for the next routine."""
        self._ring.clear()

    # ----- size ---------------------------------------------------------------------------

    def apply_fonts(self, base: QFont, height: int, width: int) -> None:
        """Large type that grows with a tall page, and a ring that fits it."""

        def display(factor: float, bold: bool = False) -> QFont:
            # ``factor`` times the standard size, growing with a tall window, never smaller
            # than the user's own text size (a larger text size already makes it large)
            font = QFont(base)
            scale = height_scale(height)
            font.setPointSizeF(max(font.pointSizeF(), BASE_POINT_SIZE * factor * scale))
            font.setBold(bold)
            return font

        self.phase_word.setFont(display(PHASE_FONT_SCALE, bold=True))
        self._how.setFont(display(HOW_FONT_SCALE))
        self._instruction.setFont(display(INSTRUCTION_FONT_SCALE))
        self._breath_hint.setFont(display(HOW_FONT_SCALE))
        self._step_caution.setFont(display(PROGRESS_FONT_SCALE))
        self._progress.setFont(display(PROGRESS_FONT_SCALE, bold=True))
        self._time_left.setFont(display(PROGRESS_FONT_SCALE))
        ring = round(min(height * RING_HEIGHT_FRACTION, width * RING_WIDTH_FRACTION))
        ring = max(ring, QFontMetrics(base).height() * 3)  # its seconds outgrow the text
        self._ring.setFixedSize(ring, ring)
        for button in self._run_buttons:
            button.setFont(display(PROGRESS_FONT_SCALE))
            metrics = button.fontMetrics()
            button.setMinimumHeight(metrics.height() * 2)
            widest = max(
                metrics.horizontalAdvance(text)
                for text in (button.text(), self.tr("Pause"), self.tr("Resume"))
                if button is self.pause_button or text == button.text()
            )
            button.setMinimumWidth(widest + metrics.height() * 2)
