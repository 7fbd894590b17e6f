"""The Heat page's last step: time is up (take the pack off), then what the session was."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from calmfloor.core.heat import HeatEnded
from calmfloor.ui.heat.parts import size_buttons
from calmfloor.ui.kit.fonts import set_font_scale
from calmfloor.ui.kit.widgets import announce, format_number, join_parts, keep_tall, wrapping_label


class HeatDonePane(QWidget):
    """The end: "Time's up" until the pack is off, then a summary and advice.

    Args:
        parent: the Qt parent.

    Signals:
        done_requested(): the user pressed Done (back to setup).
        help_requested(): the user asked what to do for red or blistered skin.
    """

    done_requested = Signal()
    help_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("heat-finished")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self._title = wrapping_label("heat-done-title")
        set_font_scale(self._title, 1.8, bold=True)
        self._title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._summary = wrapping_label("heat-done-summary")
        set_font_scale(self._summary, 1.3)
        self._summary.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._advice = wrapping_label("heat-done-advice")
        self._advice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._not_saved = wrapping_label("heat-not-saved")
        self._not_saved.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for label in (self._title, self._summary, self._advice, self._not_saved):
            layout.addWidget(label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self._skin_help = QPushButton(self.tr("Skin red or blistered?"))
        self._skin_help.setObjectName("heat-done-skin-help")
        self._skin_help.clicked.connect(self.help_requested.emit)
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setObjectName("heat-done")
        self.done_button.setAccessibleName(self.tr("Done, back to the heat pack setup"))
        self.done_button.clicked.connect(self.done_requested.emit)
        for button in (self._skin_help, self.done_button):
            button.setAutoDefault(True)
            keep_tall(button)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(2)

    def show_time_up(self) -> None:
        """Time is up: take the pack off (the banner above every page has the button)."""
        self._title.setText(self.tr("Time's up"))
        self._summary.setText(self.tr("Take the heat pack off now."))
        self._advice.setText(
            self.tr("Then press “I've removed the pack” at the top of the window.")
        )
        self._not_saved.clear()
        self.done_button.hide()

    def show_ended(self, event: HeatEnded, area: str, saved: bool) -> None:
        """The pack is off: how long, where, the skin checks answered, and what next.

        Args:
            event: how the session ended.
            area: the area's name.
            saved: False when the session could not be stored in history.
        """
        minutes = round(event.actual_s / 60)
        parts = [
            self.tr("%n minute(s) of heat", "", minutes)
            if minutes >= 1
            else self.tr("Less than a minute of heat"),
            area,
        ]
        if event.skin_checks_due:
            parts.append(
                self.tr("%1 of %n skin check(s)", "", event.skin_checks_due).replace(
                    "%1", format_number(event.skin_checks_acknowledged)
                )
            )
        self._summary.setText(join_parts(parts))
        if event.completed:
            self._title.setText(self.tr("Well done: the pack is off"))
        else:
            self._title.setText(self.tr("The pack is off"))
        self._advice.setText(
            self.tr(
                "Let your skin rest. Wait at least 2 hours before you use heat on this area again."
            )
        )
        if saved:
            self._not_saved.clear()
        else:
            self._not_saved.setText(self.tr("This session could not be saved to your history."))
        self.done_button.show()

    def announce_end(self) -> None:
        """Say how the session ended (with the control that has the focus)."""
        announce(self._title, f"{self._title.text()}. {self._summary.text()}")

    def apply_fonts(self, base: QFont, height: int) -> None:
        """Large type, growing with a page of ``height`` pixels."""
        size_buttons((self._skin_help, self.done_button), base, height, {})
