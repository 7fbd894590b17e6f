""" "Hear the sounds": every cue played with its meaning, so eyes can stay closed later."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from calmfloor.core.i18n import QT_TRANSLATE_NOOP
from calmfloor.ui.kit.sound import Cue, CuePlayer
from calmfloor.ui.kit.voice import Line, VoiceGuide
from calmfloor.ui.kit.widgets import announce

DIALOG_WIDTH_CHARS = 64
NEXT_SOUND_MS = 3500  # "Play all": one sound and its meaning, then the next

# (cue, what it means), in the order a session meets them
LEGEND: tuple[tuple[Cue, str], ...] = (
    (Cue.IN, QT_TRANSLATE_NOOP("SoundLegendDialog", "One bell: breathe in.")),
    (Cue.OUT, QT_TRANSLATE_NOOP("SoundLegendDialog", "Two lower bells: breathe out.")),
    (Cue.HOLD, QT_TRANSLATE_NOOP("SoundLegendDialog", "A soft knock: hold the breath, gently.")),
    (
        Cue.READY,
        QT_TRANSLATE_NOOP(
            "SoundLegendDialog", "Two soft low bells: get ready, the next muscle is coming."
        ),
    ),
    (
        Cue.TENSE,
        QT_TRANSLATE_NOOP(
            "SoundLegendDialog", "Two quick wooden notes: tense gently, never into pain."
        ),
    ),
    (Cue.LET_GO, QT_TRANSLATE_NOOP("SoundLegendDialog", "Falling bells: let go.")),
    (Cue.REST, QT_TRANSLATE_NOOP("SoundLegendDialog", "A slow rising pair: rest now.")),
    (Cue.END, QT_TRANSLATE_NOOP("SoundLegendDialog", "A slow chord: the session is over.")),
    (
        Cue.SKIN_CHECK,
        QT_TRANSLATE_NOOP(
            "SoundLegendDialog", "One high bell: check the skin under the heat pack."
        ),
    ),
    (
        Cue.HEAT_ALARM,
        QT_TRANSLATE_NOOP("SoundLegendDialog", "A rising call, twice: take the heat pack off now."),
    ),
)


def meaning(cue: Cue) -> str:
    """What ``cue`` means, translated."""
    text = dict(LEGEND)[cue]
    return QCoreApplication.translate("SoundLegendDialog", text)


class SoundLegendDialog(QDialog):
    """Plays each cue sound with its meaning: one button per sound, and "Play all".

    The meaning is on screen, told to a screen reader, and said by calmfloor's voice after
    the sound when a voice is given and works. "Play all" steps through every sound with one
    single-shot timer (``sound-legend-timer``) that runs only while it plays.

    Args:
        cues: the sound player.
        voice: says the meanings (None: shown and announced only).
        language: the language the voice speaks.
        parent: the Qt parent.

    Signals:
        None.
    """

    def __init__(
        self,
        cues: CuePlayer,
        voice: VoiceGuide | None = None,
        language: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sound-legend")
        self.setWindowTitle(self.tr("Hear the sounds"))
        self._cues = cues
        self._voice = voice
        self._voice_ready = voice is not None and voice.prepare(language)
        self._queue: list[Cue] = []
        self._timer = QTimer(self)
        self._timer.setObjectName("sound-legend-timer")
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._play_next)

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Each sound has one meaning, so you can follow with your eyes closed. "
                "Press a button to hear it."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        self.buttons: dict[Cue, QPushButton] = {}
        for row, (cue, _text) in enumerate(LEGEND):
            words = meaning(cue)
            button = QPushButton(self.tr("Play"))
            button.setObjectName(f"play-{cue.name.lower()}")
            button.setAccessibleName(self.tr("Play: %1").replace("%1", words))
            button.clicked.connect(lambda _c=False, c=cue: self.play(c))
            label = QLabel(words)
            label.setWordWrap(True)
            label.setBuddy(button)
            grid.addWidget(button, row, 0)
            grid.addWidget(label, row, 1)
            self.buttons[cue] = button
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.play_all_button = buttons.addButton(
            self.tr("Play all"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.play_all_button.setObjectName("play-all")
        self.play_all_button.clicked.connect(self.play_all)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.finished.connect(self._stop)
        # wide enough for each meaning on one or two lines (a wrapped label in a grid
        # otherwise gets the height of one line and is cut off)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * DIALOG_WIDTH_CHARS)

    def play(self, cue: Cue) -> None:
        """Play ``cue`` and tell its meaning."""
        self._cues.play(cue)
        words = meaning(cue)
        if self._voice is not None and self._voice_ready:
            self._voice.stop()
            self._voice.say([Line(words)])
        else:
            announce(self.buttons[cue], words)

    def play_all(self) -> None:
        """Every sound in turn, each with its meaning."""
        self._queue = [cue for cue, _text in LEGEND]
        self._play_next()

    def _play_next(self) -> None:
        if not self._queue:
            return
        self.play(self._queue.pop(0))
        if self._queue:
            self._timer.start(NEXT_SOUND_MS)

    def _stop(self) -> None:
        self._queue = []
        self._timer.stop()
        self._cues.stop_all()
        if self._voice is not None:
            self._voice.stop()

    @property
    def playing(self) -> bool:
        """True while "Play all" is stepping through the sounds."""
        return self._timer.isActive() or bool(self._queue)
