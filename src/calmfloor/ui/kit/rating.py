"""A quick, skippable 0-10 rating row (tension or pain), usable by keyboard and screen reader."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QWidget,
)

from calmfloor.core.session import RATING_MAX, RATING_MIN
from calmfloor.ui.kit.roles import read_as_choice
from calmfloor.ui.kit.widgets import format_number

WIDE_PAD_PX = 30  # around the digits of a number button, on one line...
NARROW_PAD_PX = 10  # ...and when the row has to fit a narrow window
NARROW_SPACING_PX = 4


class _ArrowKeys(QObject):
    """Left/Right (mirrored right to left), Up/Down, Home and End move along the numbers."""

    def __init__(self, buttons: list[QPushButton], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._buttons = buttons

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and watched in self._buttons
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            assert isinstance(watched, QPushButton)
            index = self._buttons.index(watched)
            forward = Qt.Key.Key_Right
            back = Qt.Key.Key_Left
            if watched.layoutDirection() == Qt.LayoutDirection.RightToLeft:
                forward, back = back, forward
            target = {
                forward: index + 1,
                Qt.Key.Key_Down: index + 1,
                back: index - 1,
                Qt.Key.Key_Up: index - 1,
                Qt.Key.Key_Home: 0,
                Qt.Key.Key_End: len(self._buttons) - 1,
            }.get(Qt.Key(event.key()))
            if target is not None:
                target = min(max(target, 0), len(self._buttons) - 1)
                self._buttons[target].setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().eventFilter(watched, event)


class RatingRow(QWidget):
    """A label and eleven buttons 0..10; nothing chosen means "not rated".

    On one line when it fits; otherwise (large text, a narrow window) the title goes above
    the numbers and the words for the two ends below them.

    The arrow keys, Home and End move between the numbers (one Tab stop per row); a second
    click on the chosen number clears it.

    Args:
        title: what is rated, e.g. "Tension".
        low_hint, high_hint: words for the ends of the scale.

    Signals:
        value_changed(object): the new value, an int or None.
    """

    value_changed = Signal(object)

    def __init__(
        self,
        title: str,
        low_hint: str,
        high_hint: str,
        parent: QWidget | None = None,
        *,
        align_titles: tuple[str, ...] = (),
        align_hints: tuple[str, ...] = (),
    ) -> None:
        super().__init__(parent)
        self._title = title
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._label = QLabel(title)
        self._low = QLabel(low_hint)
        self._high = QLabel(high_hint)
        self._aligned = ((title, *align_titles), (low_hint, *align_hints))
        self._fit_labels()
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)  # allow un-choosing by a second click
        self._buttons: list[QPushButton] = []
        for value in range(RATING_MIN, RATING_MAX + 1):
            button = QPushButton(format_number(value))
            button.setCheckable(True)
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            button.setFixedWidth(self._button_width(button, one_line=True))
            button.setAccessibleName(self._spoken(value, title, low_hint, high_hint))
            self._group.addButton(button, value)
            read_as_choice(button)  # "Pain: 0 out of 10, none, not selected, radio button"
            self._buttons.append(button)
        # one line when it fits; with large text or a narrow window, the title above the
        # numbers and the words for the ends below them, so the page never scrolls sideways
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._one_line: bool | None = None
        self._arrange(one_line=True)
        # no buddy: a reader said the label of the first number ("Tension") instead of its name
        # toggled, not clicked: a screen reader's default action on a checkable button toggles it
        self._group.idToggled.connect(self._on_toggled)
        self._value: int | None = None
        # Qt moves along a button group with the arrow keys only when it is exclusive, and
        # this one is not (a second click clears): the row moves the focus itself
        self._arrows = _ArrowKeys(self._buttons, self)
        for button in self._buttons:
            button.installEventFilter(self._arrows)
        self.setFocusProxy(self._buttons[0])  # focusing the row focuses its first number

    def _spoken(self, value: int, title: str, low_hint: str, high_hint: str) -> str:
        """A number's name for a reader: the row's title and the number, the two ends with
        their meaning ("Tension: 0 out of 10, relaxed"), as its label is no longer read."""
        name = self.tr("%1: %2 out of 10").replace("%1", title).replace("%2", format_number(value))
        hint = {RATING_MIN: low_hint, RATING_MAX: high_hint}.get(value)
        return name if not hint else self.tr("%1, %2").replace("%1", name).replace("%2", hint)

    def value(self) -> int | None:
        """The chosen rating, or None."""
        return self._value

    def one_line(self) -> bool:
        """True while title, numbers and hints share one line (False: three lines)."""
        return bool(self._one_line)

    def _arrange(self, one_line: bool) -> None:
        if one_line == self._one_line:
            return
        self._one_line = one_line
        grid = self._grid
        for widget in (self._label, self._low, self._high, *self._buttons):
            grid.removeWidget(widget)
        for column in range(grid.columnCount()):
            grid.setColumnStretch(column, 0)
        count = len(self._buttons)
        centre = Qt.AlignmentFlag.AlignVCenter
        for button in self._buttons:  # a narrow window gets narrower numbers
            button.setFixedWidth(self._button_width(button, one_line))
        grid.setHorizontalSpacing(-1 if one_line else NARROW_SPACING_PX)
        if one_line:
            grid.addWidget(self._label, 0, 0)
            self._low.setAlignment(Qt.AlignmentFlag.AlignRight | centre)
            grid.addWidget(self._low, 0, 1)
            for index, button in enumerate(self._buttons):
                grid.addWidget(button, 0, 2 + index)
            grid.addWidget(self._high, 0, 2 + count)
            grid.setColumnStretch(3 + count, 1)
        else:
            grid.addWidget(self._label, 0, 0, 1, count)
            for index, button in enumerate(self._buttons):
                grid.addWidget(button, 1, index)
            half = count // 2
            self._low.setAlignment(Qt.AlignmentFlag.AlignLeft | centre)
            grid.addWidget(self._low, 2, 0, 1, half, Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(self._high, 2, count - half, 1, half, Qt.AlignmentFlag.AlignRight)
            grid.setColumnStretch(count, 1)
        self.updateGeometry()

    @staticmethod
    def _button_width(button: QPushButton, one_line: bool) -> int:
        pad = WIDE_PAD_PX if one_line else NARROW_PAD_PX
        return button.fontMetrics().horizontalAdvance("10") + pad

    def _spacing(self) -> int:
        """The gap the grid leaves between two parts on one line (as QGridLayout finds it:
        the style's layout spacing, else its spacing between two push buttons)."""
        style = self.style()
        spacing = style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing, None, self)
        if spacing < 0:
            spacing = style.layoutSpacing(
                QSizePolicy.ControlType.PushButton,
                QSizePolicy.ControlType.PushButton,
                Qt.Orientation.Horizontal,
            )
        return max(spacing, 0)

    def _one_line_width(self) -> int:
        parts = [
            self._label.minimumWidth(),
            self._low.minimumWidth(),
            *(self._button_width(button, one_line=True) for button in self._buttons),
            self._high.sizeHint().width(),
        ]
        return sum(parts) + self._spacing() * (len(parts) - 1)

    def _numbers_width(self) -> int:
        widths = [self._button_width(button, one_line=False) for button in self._buttons]
        return max(
            sum(widths) + NARROW_SPACING_PX * (len(widths) - 1),
            self._label.minimumWidth(),
            self._low.minimumWidth() + self._high.sizeHint().width() + NARROW_SPACING_PX,
        )

    def _height(self, one_line: bool) -> int:
        button = self._buttons[0].sizeHint().height()
        if one_line:
            return max(button, self._label.sizeHint().height())
        spacing = max(self._grid.verticalSpacing(), 0)
        hints = max(self._low.sizeHint().height(), self._high.sizeHint().height())
        return self._label.sizeHint().height() + button + hints + 2 * spacing

    # the height follows the arrangement, which follows the width the row was given (a
    # resize that changes it asks the page for the new height): no height-for-width needed
    def sizeHint(self) -> QSize:
        return QSize(self._one_line_width(), self._height(self.one_line()))

    def minimumSizeHint(self) -> QSize:
        return QSize(self._numbers_width(), self._height(self.one_line()))

    def _fit_labels(self) -> None:
        """Widths for the title and the low hint (rows stacked together line up when given
        the same titles and hints to align with)."""
        metrics = self._label.fontMetrics()
        titles, hints = self._aligned
        self._label.setFixedWidth(max(metrics.horizontalAdvance(t) for t in titles) + 16)
        self._low.setFixedWidth(max(metrics.horizontalAdvance(t) for t in hints) + 8)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the text size changed
            self._fit_labels()
            for button in self._buttons:
                button.setFixedWidth(self._button_width(button, self.one_line()))
            self._arrange(self.width() >= self._one_line_width())
            self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(self.width() >= self._one_line_width())
        super().resizeEvent(event)

    def set_value(self, value: int | None) -> None:
        """Choose ``value`` (None clears)."""
        self._value = value
        for number, button in enumerate(self._buttons):
            button.setChecked(number == value)
        self.setFocusProxy(self._buttons[value or 0])  # the row's focus goes to its choice
        self.setAccessibleDescription(
            self.tr("not rated")
            if value is None
            else self.tr("%1 out of 10").replace("%1", format_number(value))
        )

    def clear(self) -> None:
        """Back to "not rated"."""
        self.set_value(None)

    def _on_toggled(self, value: int, checked: bool) -> None:
        # set_value's own un-checking of the other buttons changes nothing here
        chosen = value if checked else (None if value == self._value else self._value)
        if chosen != self._value:
            self.set_value(chosen)
            self.value_changed.emit(self._value)


def tension_and_pain_rows() -> tuple[RatingRow, RatingRow]:
    """The two rows every session asks before and after: tension, then pain."""
    translate = QCoreApplication.translate
    titles = (translate("RatingRow", "Tension"), translate("RatingRow", "Pain"))
    lows = (translate("RatingRow", "relaxed"), translate("RatingRow", "none"))
    tension = RatingRow(
        titles[0],
        lows[0],
        translate("RatingRow", "very tense"),
        align_titles=titles,
        align_hints=lows,
    )
    pain = RatingRow(
        titles[1], lows[1], translate("RatingRow", "worst"), align_titles=titles, align_hints=lows
    )
    return tension, pain
