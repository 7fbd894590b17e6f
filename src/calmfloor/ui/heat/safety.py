"""The Heat page's safety words: the first-use checklist, the rules while the pack is on, and
what to do for red or blistered skin."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from calmfloor.ui.heat.parts import (
    SAFETY_FONT_SCALE,
    WrappingButton,
    as_panel,
    bullets,
    page_font,
    panel,
)
from calmfloor.ui.kit.fonts import set_font_scale
from calmfloor.ui.kit.widgets import announce, keep_tall, wrapping_label


class HeatChecklist(QWidget):
    """When to ask a clinician before using heat, confirmed once, and shown again on request.

    Until it is confirmed the list shows with its confirm button; afterwards only the
    "When to ask a clinician first" button shows, which opens and closes the list.

    Args:
        confirmed: the user confirmed the list before.
        parent: the Qt parent.

    Signals:
        confirm_requested(): the user pressed the confirm button.
    """

    confirm_requested = Signal()

    def __init__(self, confirmed: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._confirmed = confirmed
        self._panel = panel("heat-checklist")
        checklist = QVBoxLayout(self._panel)
        title = QLabel(self.tr("Before you use heat"))
        set_font_scale(title, 1.2, bold=True)
        checklist.addWidget(title)
        self._text = wrapping_label("heat-checklist-text")
        self._text.setText(
            self.tr("Ask your doctor or physiotherapist before using heat if:")
            + "\n"
            + bullets(
                [
                    self.tr(
                        "some areas feel numb, or you have nerve damage (for example from diabetes)"
                    ),
                    self.tr("the skin there is broken, or has had radiotherapy recently"),
                    self.tr("you have heart or circulation problems"),
                    self.tr("you have a fever or an infection"),
                    self.tr("you are pregnant (do not put heat on your belly)"),
                    self.tr("the area has a fresh injury, such as a new sprain or bruise"),
                    self.tr("you find instructions like these hard to follow"),
                ]
            )
        )
        checklist.addWidget(self._text)
        confirm_row = QHBoxLayout()
        # long words: they wrap at large text sizes rather than widen the page
        self._confirm = WrappingButton(
            self.tr("I've read this: none of these apply to me, or my clinician said heat is fine")
        )
        self._confirm.setObjectName("heat-confirm")
        # what the button confirms is read with it: Tab never lands on the list itself
        self._confirm.setAccessibleDescription(self._text.text())
        keep_tall(self._confirm)
        self._confirm.setAutoDefault(True)
        self._confirm.clicked.connect(self.confirm_requested.emit)
        confirm_row.addWidget(self._confirm)
        confirm_row.addStretch(1)
        checklist.addLayout(confirm_row)
        reread_row = QHBoxLayout()
        self._reread = QPushButton(self.tr("When to ask a clinician first"))
        self._reread.setObjectName("heat-reread")
        self._reread.setAccessibleName(self.tr("Show when to ask a clinician before using heat"))
        self._reread.clicked.connect(self._show_again)
        reread_row.addWidget(self._reread)
        reread_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._panel)
        layout.addLayout(reread_row)
        self.refresh()

    def is_confirmed(self) -> bool:
        """True once the user confirmed the list (now or before)."""
        return self._confirmed

    def confirm(self) -> bool:
        """The list is confirmed: it closes. True the first time."""
        first = not self._confirmed
        self._confirmed = True
        self._panel.hide()
        self._reread.show()
        self.refresh()
        return first

    def refresh(self) -> None:
        """Unconfirmed, the list shows; confirmed, the button that shows it again."""
        if not self._confirmed:
            self._panel.show()
        self._confirm.setVisible(not self._confirmed)
        self._reread.setVisible(self._confirmed)

    def insist(self) -> None:
        """Show the list and move the focus to its confirm button (read with the list)."""
        self._panel.show()
        announce(self._confirm, self._text.text())  # said with the focused button
        self._confirm.setFocus()

    def _show_again(self) -> None:
        self._panel.setVisible(self._panel.isHidden())
        self._confirm.setVisible(not self._confirmed)


class HeatSafetyPanel(QFrame):
    """The rules while the pack is on, always on screen beside the countdown.

    Signals:
        help_requested(): the user asked what to do for red or blistered skin.
    """

    help_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        as_panel(self, "heat-safety")
        safety = QVBoxLayout(self)
        self._title = QLabel(self.tr("While the pack is on"))
        self._title.setObjectName("heat-safety-title")
        self._text = wrapping_label("heat-safety-text")
        self._text.setText(
            bullets(
                [
                    self.tr("Wrap the pack in a cloth: never on bare skin."),
                    self.tr("Don't lie on the pack."),
                    self.tr("Don't fall asleep with it on."),
                    self.tr("Check your skin now and then."),
                ]
            )
        )
        safety.addWidget(self._title)
        safety.addWidget(self._text)
        self.help_button = QPushButton(self.tr("Skin red or blistered?"))
        self.help_button.setObjectName("heat-skin-help")
        self.help_button.setAccessibleName(self.tr("Skin red or blistered?"))
        self.help_button.setAutoDefault(True)
        self.help_button.clicked.connect(self.help_requested.emit)
        help_row = QHBoxLayout()
        help_row.addWidget(self.help_button)
        help_row.addStretch(1)
        safety.addLayout(help_row)

    def summary(self) -> str:
        """The rules in one line, "While the pack is on: • ...", for a control's description."""
        return f"{self._title.text()}: {self._text.text()}"

    def apply_fonts(self, base: QFont, height: int) -> None:
        """Large type, growing with a page of ``height`` pixels."""
        self._text.setFont(page_font(base, SAFETY_FONT_SCALE, height=height))
        self._title.setFont(page_font(base, SAFETY_FONT_SCALE, bold=True, height=height))


class HeatSkinHelp(QFrame):
    """What to do for red, blistered or burning skin: opened from the running and end
    steps, above them, until closed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        as_panel(self, "heat-skin-help-panel")
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("If your skin is red, blistered or burning"))
        set_font_scale(title, 1.2, bold=True)
        layout.addWidget(title)
        self._text = wrapping_label("heat-skin-help-text")
        self._text.setText(
            bullets(
                [
                    self.tr("Take the pack off."),
                    self.tr("Cool the skin under cool running water for 20 minutes."),
                    self.tr("Don't use ice."),
                    self.tr(
                        "Get medical care for blisters, or if the burn is large or very painful."
                    ),
                    self.tr("Don't use heat there again until the skin has healed."),
                ]
            )
        )
        self._text.setAccessibleName(title.text())
        layout.addWidget(self._text)
        row = QHBoxLayout()
        self._close = QPushButton(self.tr("Close"))
        self._close.setObjectName("heat-skin-help-close")
        self._close.setAccessibleName(self.tr("Close the skin advice"))
        self._close.setAutoDefault(True)
        self._close.clicked.connect(self.hide)
        row.addStretch(1)
        row.addWidget(self._close)
        layout.addLayout(row)
        self.hide()

    def open(self) -> None:
        """Show the advice, read out with its focused Close button."""
        self.show()
        announce(self._text, self._text.text())  # with the focused button
        self._close.setFocus()
