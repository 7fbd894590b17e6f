"""A quick, skippable 0-10 rating row (tension or pain), usable by keyboard and screen reader."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from calmfloor.core.session import RATING_MAX, RATING_MIN


class RatingRow(QWidget):
    """A label and eleven buttons 0..10; nothing chosen means "not rated".

    Arrow keys move between the numbers (Qt's auto-exclusive button navigation); a second
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
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._label = QLabel(title)
        metrics = self._label.fontMetrics()
        # rows stacked together line up when given the same titles and hints to align with
        self._label.setFixedWidth(
            max(metrics.horizontalAdvance(t) for t in (title, *align_titles)) + 16
        )
        layout.addWidget(self._label)
        low = QLabel(low_hint)
        low.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        low.setFixedWidth(max(metrics.horizontalAdvance(t) for t in (low_hint, *align_hints)) + 8)
        layout.addWidget(low)
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)  # allow un-choosing by a second click
        self._buttons: list[QPushButton] = []
        for value in range(RATING_MIN, RATING_MAX + 1):
            button = QPushButton(str(value))
            button.setCheckable(True)
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            button.setFixedWidth(button.fontMetrics().horizontalAdvance("10") + 30)
            button.setAccessibleName(
                self.tr("%1: %2 out of 10").replace("%1", title).replace("%2", str(value))
            )
            self._group.addButton(button, value)
            self._buttons.append(button)
            layout.addWidget(button)
        layout.addWidget(QLabel(high_hint))
        layout.addStretch(1)
        self._label.setBuddy(self._buttons[0])
        self._group.idClicked.connect(self._on_clicked)
        self._value: int | None = None

    def value(self) -> int | None:
        """The chosen rating, or None."""
        return self._value

    def set_value(self, value: int | None) -> None:
        """Choose ``value`` (None clears)."""
        self._value = value
        for number, button in enumerate(self._buttons):
            button.setChecked(number == value)
        self.setAccessibleDescription(
            self.tr("not rated")
            if value is None
            else self.tr("%1 out of 10").replace("%1", str(value))
        )

    def clear(self) -> None:
        """Back to "not rated"."""
        self.set_value(None)

    def _on_clicked(self, value: int) -> None:
        self.set_value(None if self._value == value else value)
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
