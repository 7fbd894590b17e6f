"""The Breathe page during a session: phase word, countdown, pacer, figure, progress."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from calmfloor.core.breathing import BreathSample
from calmfloor.ui.breathing.pacer import PacerWidget, PelvisFigureWidget
from calmfloor.ui.kit.fonts import scaled_font
from calmfloor.ui.kit.session_page import height_scale
from calmfloor.ui.kit.widgets import (
    format_clock,
    format_decimal,
    format_number,
    keep_tall,
    separator,
)

PHASE_FONT_SCALE = 2.6  # the phase word, relative to the body text
COUNT_FONT_SCALE = 2.0  # seconds left in the phase


class BreathingRunPane(QWidget):
    """What a running breathing session shows; it paints samples, it decides nothing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown_key: tuple[int, int, int, int] | None = None  # what the labels show
        layout = QVBoxLayout(self)
        self.phase_word = QLabel()
        self.phase_word.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.phase_word.setWordWrap(True)
        self.phase_word.setObjectName("phase-word")
        self.phase_word.setAccessibleName(self.tr("Breathing phase"))
        self._countdown = QLabel()
        self._countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._countdown.setObjectName("phase-countdown")
        # a fixed name: screen readers must not be told every second
        self._countdown.setAccessibleName(self.tr("Seconds left in this phase"))
        self._cue_line = QLabel()
        self._cue_line.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._cue_line.setWordWrap(True)
        self._cue_line.setObjectName("phase-cue")
        layout.addWidget(self.phase_word)
        layout.addWidget(self._cue_line)
        layout.addWidget(self._countdown)

        visuals = QHBoxLayout()
        self._pacer = PacerWidget()
        self._pacer.setObjectName("pacer")
        self._pacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._figure = PelvisFigureWidget()
        self._figure.setObjectName("breathing-figure")
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
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setObjectName("pause")
        self.pause_button.setAccessibleDescription(self.tr("Space"))
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setObjectName("stop")
        self.stop_button.setAccessibleDescription(self.tr("Escape"))
        for button in (self.pause_button, self.stop_button):
            button.setMinimumWidth(button.fontMetrics().horizontalAdvance("Resume") * 2)
            keep_tall(button)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def set_reduced_motion(self, reduced: bool) -> None:
        """Still pictures that step at most once a second."""
        self._pacer.set_reduced_motion(reduced)
        self._figure.set_reduced_motion(reduced)

    def show_paused(self, paused: bool) -> None:
        """The Pause button's word, and "Paused" in place of the phase while paused."""
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        if paused:
            self.phase_word.setText(self.tr("Paused"))
            self._cue_line.hide()

    def show_phase(self, word: str, cue: str) -> None:
        """The phase word and the pattern's cue for it ("" for none)."""
        self.phase_word.setText(word)
        self._cue_line.setText(cue)
        self._cue_line.setVisible(bool(cue))

    def clear(self) -> None:
        """No session: empty pictures."""
        self._pacer.set_sample(None)
        self._figure.set_sample(None)

    def reset_words(self) -> None:
        """The next frame writes every label afresh (a new session)."""
        self._shown_key = None

    def paint_sample(self, sample: BreathSample, paused: bool, ramping: bool) -> None:
        """Paint a frame; the words change only when what they say changes."""
        self._pacer.set_sample(sample)
        self._figure.set_sample(sample)
        count = 0 if paused else max(int(-(-sample.phase_left_s // 1)), 1)
        breath = min(sample.breath_index + 1, sample.total_breaths)
        left = int(-(-sample.remaining_s // 1))
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

    def apply_fonts(self, base: QFont, page_height: int) -> None:
        """Large type that grows with a tall page and with the text size."""
        scale = height_scale(page_height)
        self.phase_word.setFont(scaled_font(base, PHASE_FONT_SCALE * scale, bold=True))
        self._countdown.setFont(scaled_font(base, COUNT_FONT_SCALE * scale))
        self._cue_line.setFont(scaled_font(base, 1.5 * scale))
        self._progress.setFont(scaled_font(base, 1.15 * scale))
