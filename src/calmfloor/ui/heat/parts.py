"""Small pieces the Heat page's panes and the alarm share: sizes, fonts, panels, words."""

from __future__ import annotations

import math

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout, QWidget

from calmfloor.core.heat import HEAT_AREA_LABELS, HeatArea, HeatState
from calmfloor.ui.kit.session_page import height_scale
from calmfloor.ui.kit.theme import BASE_POINT_SIZE
from calmfloor.ui.kit.widgets import tr_core, wrapping_label

COUNTDOWN_FONT_SCALE = 7.0  # the minutes and seconds left: read from across the room
AREA_FONT_SCALE = 1.8  # "Lower back" above the countdown
STATUS_FONT_SCALE = 1.35  # "Ends at 14:35", "Paused: the pack is off"
BANNER_FONT_SCALE = 1.3  # the skin-check prompt
SAFETY_FONT_SCALE = 1.15  # the always-visible safety list
BUTTON_FONT_SCALE = 1.15
ALARM_FONT_SCALE = 1.8  # "Time's up: take the heat pack off now"
ACTIVE_STATES = (HeatState.RUNNING, HeatState.PAUSED, HeatState.TIME_UP)


def page_font(base: QFont, factor: float, bold: bool = False, height: int = 0) -> QFont:
    """``factor`` times the standard text size (growing with a tall page, as every session
    page's large type does), never smaller than the user's own text size."""
    font = QFont(base)
    scale = height_scale(height)
    font.setPointSizeF(max(font.pointSizeF(), BASE_POINT_SIZE * factor * scale))
    font.setBold(bold)
    return font


def size_buttons(
    buttons: tuple[QPushButton, ...],
    base: QFont,
    height: int,
    texts: dict[QPushButton, tuple[str, ...]],
) -> None:
    """Large-type buttons, tall enough for the text and wide enough for the longest of
    their texts (``texts``: the other words a button may show)."""
    for button in buttons:
        button.setFont(page_font(base, BUTTON_FONT_SCALE, height=height))
        metrics = button.fontMetrics()
        button.setMinimumHeight(metrics.height() * 2)
        widest = max(
            metrics.horizontalAdvance(text) for text in (button.text(), *texts.get(button, ()))
        )
        button.setMinimumWidth(widest + metrics.height() * 2)


def as_panel(frame: QFrame, object_name: str) -> QFrame:
    """Make ``frame`` a framed panel on the alternate background: notes and prompts."""
    frame.setObjectName(object_name)
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    frame.setAutoFillBackground(True)
    frame.setBackgroundRole(QPalette.ColorRole.AlternateBase)
    return frame


def panel(object_name: str) -> QFrame:
    """A new framed panel on the alternate background."""
    return as_panel(QFrame(), object_name)


class WrappingButton(QPushButton):
    """A push button whose long text wraps onto more lines instead of widening the page.

    The words are a label inside the button (Qt's own button text never wraps); the button
    is named for screen readers with the same words.
    """

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = wrapping_label("button-text", text)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.label)
        self.setAccessibleName(text)
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def sizeHint(self) -> QSize:
        layout = self.layout()
        return layout.sizeHint() if layout is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        layout = self.layout()
        return layout.minimumSize() if layout is not None else super().minimumSizeHint()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        return layout.totalHeightForWidth(width) if layout is not None else -1


def bullets(lines: list[str]) -> str:
    """``lines`` as a bulleted list, one a line."""
    return "\n".join("• " + line for line in lines)


def area_text(area: HeatArea) -> str:
    """The area's name in the user's language."""
    return tr_core("heat", HEAT_AREA_LABELS[area])


def minutes_left(left_s: float) -> int:
    """Whole minutes left, rounded up (``0:59`` is "1 minute")."""
    return max(math.ceil(left_s / 60 - 1e-9), 0)


def seconds_left(left_s: float) -> int:
    """Whole seconds left, rounded up, as a countdown shows them."""
    return max(math.ceil(left_s - 1e-9), 0)
