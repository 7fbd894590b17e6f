"""The kiosk's welcome screen: large choices, a headphones hint, a small Staff button."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from calmfloor.ui.kit.fonts import set_font_scale
from calmfloor.ui.kit.widgets import format_decimal, wrapping_label

TOUCH_TARGET_PX = 64  # the welcome screen's choices are at least this tall

CHOICE_FONT_SCALE = 1.6

TITLE_FONT_SCALE = 2.6

INTRO_FONT_SCALE = 1.4

HINT_FONT_SCALE = 1.2


class WelcomeScreen(QWidget):
    """The calm first screen of a kiosk: large choices, a headphones hint, a small Staff button.

    Args:
        breathe_minutes: one "Breathe N minutes" choice per entry (empty: one "Breathe").
        relax_available: offer "Relax".
        sound_on: whether sound starts on.
        sound_locked: the clinic fixed the sound setting (no sound button then).
        parent: the Qt parent.
        unprotected: say plainly that no staff PIN protects this kiosk.
        breathe_available: offer breathing (not when the clinic offers no pattern).

    Signals:
        breathe_requested(float): start breathing for this many minutes (0: the set length).
        relax_requested(): start the short relaxation.
        staff_requested(): the Staff button was pressed.
    """

    breathe_requested = Signal(float)
    relax_requested = Signal()
    staff_requested = Signal()

    def __init__(
        self,
        breathe_minutes: Sequence[float],
        relax_available: bool,
        sound_on: bool,
        sound_locked: bool,
        parent: QWidget | None = None,
        *,
        unprotected: bool = False,
        breathe_available: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kiosk-welcome")
        self._sound_default = sound_on
        self._fonts: list[tuple[QWidget, float, bool]] = []  # (widget, scale, bold)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 32, 48, 24)  # 200 % text still fits 1280 x 800
        if unprotected:
            warning = wrapping_label(
                "kiosk-unprotected",
                self.tr(
                    "This kiosk is not protected: no staff PIN is set, so anyone can leave it."
                ),
            )
            warning.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            warning.setAccessibleName(warning.text())
            outer.addWidget(warning)
        outer.addStretch(2)

        title = QLabel(self.tr("Welcome"))
        title.setObjectName("kiosk-title")
        self._fonts.append((title, TITLE_FONT_SCALE, True))
        title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        title.setAccessibleName(title.text())
        outer.addWidget(title)
        intro = wrapping_label(
            "kiosk-intro",
            self.tr("Take a few quiet minutes for yourself. Choose one to begin."),
        )
        self._fonts.append((intro, INTRO_FONT_SCALE, False))
        intro.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        outer.addWidget(intro)
        outer.addSpacing(16)

        self.choices: list[QPushButton] = []
        column = QVBoxLayout()
        column.setSpacing(16)
        if not breathe_available:
            pass  # the clinic offers no breathing pattern ("patterns": [])
        elif breathe_minutes:
            for minutes in breathe_minutes:
                text = self.tr("Breathe %1 minutes").replace("%1", format_decimal(minutes, 2))
                button = self._choice(text, self.tr("Paced breathing; starts at once."))
                button.clicked.connect(lambda _=False, m=minutes: self.breathe_requested.emit(m))
                column.addWidget(button)
        else:
            button = self._choice(self.tr("Breathe"), self.tr("Paced breathing; starts at once."))
            button.clicked.connect(lambda: self.breathe_requested.emit(0.0))
            column.addWidget(button)
        if relax_available:
            button = self._choice(self.tr("Relax"), self.tr("A short guided muscle relaxation."))
            button.clicked.connect(self.relax_requested.emit)
            column.addWidget(button)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addLayout(column, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addSpacing(16)

        self.hint = wrapping_label("kiosk-headphones")
        self._fonts.append((self.hint, HINT_FONT_SCALE, False))
        self.hint.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        outer.addWidget(self.hint)
        self.sound = QPushButton()
        self.sound.setObjectName("kiosk-sound")
        self.sound.setCheckable(True)
        self.sound.setChecked(sound_on)
        if sound_locked:  # hide only: showing a widget without a parent opens a window
            self.sound.hide()
        self._fonts.append((self.sound, HINT_FONT_SCALE, False))
        self.sound.toggled.connect(self._show_sound)
        sound_row = QHBoxLayout()
        sound_row.addStretch(1)
        sound_row.addWidget(self.sound)
        sound_row.addStretch(1)
        outer.addLayout(sound_row)
        note = wrapping_label(
            "kiosk-privacy",
            self.tr(
                "Nothing you do here is kept. When you are done, the screen starts fresh "
                "for the next person."
            ),
        )
        note.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._fonts.append((note, 1.0, False))
        outer.addWidget(note)
        outer.addStretch(3)

        corner = QHBoxLayout()
        corner.addStretch(1)
        self.staff = QPushButton(self.tr("Staff"))
        self.staff.setObjectName("kiosk-staff")
        self.staff.setAccessibleName(self.tr("Staff"))
        self.staff.setAccessibleDescription(self.tr("For clinic staff: asks for the PIN."))
        self.staff.setFlat(True)
        self.staff.clicked.connect(self.staff_requested.emit)
        corner.addWidget(self.staff)
        outer.addLayout(corner)
        self._show_sound(sound_on)
        self._apply_fonts()

    def _apply_fonts(self) -> None:
        """Large type: ``scale`` times the standard text size, never smaller than the app's
        text size (which the theme sets after start). A large text size is not multiplied
        again: at 200 % the welcome screen still fits a 1280 x 800 screen."""
        for widget, scale, bold in self._fonts:
            set_font_scale(widget, scale, bold, large_type=True)
        for button in (*self.choices, self.sound):
            lines = 2.0  # two lines of text tall: at 200 % the welcome still fits 1280 x 800
            height = round(button.fontMetrics().height() * lines)
            button.setMinimumHeight(max(TOUCH_TARGET_PX, height))
        self.sound.setMinimumWidth(self.sound.fontMetrics().horizontalAdvance("M") * 12)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the theme or text size changed
            self._apply_fonts()

    def _choice(self, text: str, description: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName("kiosk-choice")
        self._fonts.append((button, CHOICE_FONT_SCALE, True))
        button.setAccessibleName(text)
        button.setAccessibleDescription(description)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.setAutoDefault(True)
        self.choices.append(button)
        return button

    @property
    def sound_on(self) -> bool:
        """Whether the guest chose sound."""
        return self.sound.isChecked()

    def _show_sound(self, on: bool) -> None:
        if on:
            hint = self.tr("Please use the headphones, so the sound does not disturb others.")
            label = self.tr("Sound is on")
        else:
            hint = self.tr("Please use the headphones — sound is off unless you turn it on.")
            label = self.tr("Sound is off")
        self.hint.setText(hint)
        self.sound.setText(label)
        self.sound.setAccessibleName(self.tr("Sound"))
        self.sound.setAccessibleDescription(label)

    def reset(self) -> None:
        """Back to how the clinic set it up: sound default, focus on the first choice."""
        self.sound.setChecked(self._sound_default)
        if self.choices:
            self.choices[0].setFocus()
