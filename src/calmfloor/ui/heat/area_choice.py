"""Where the heat pack goes: one checkable button per area, one of them chosen."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from calmfloor.core.heat import HeatArea
from calmfloor.ui.heat.parts import BUTTON_FONT_SCALE, area_text
from calmfloor.ui.kit.fonts import set_font_scale
from calmfloor.ui.kit.roles import read_as_choice
from calmfloor.ui.kit.widgets import keep_tall

AREA_COLUMNS = 3  # the area buttons, in rows of this many


class HeatAreaChoice(QGroupBox):
    """The areas a heat pack may go on, as large buttons; at most one is chosen.

    Args:
        parent: the Qt parent.

    Signals:
        chosen(str): the user chose this area (a ``HeatArea`` value).
    """

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Where will the pack go?"), parent)
        self.setObjectName("heat-areas")
        grid = QGridLayout(self)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._buttons: dict[HeatArea, QPushButton] = {}
        for index, area in enumerate(HeatArea):
            button = QPushButton(area_text(area))
            button.setObjectName(f"heat-area-{area.value}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setAccessibleName(area_text(area))
            button.setAccessibleDescription(self.tr("Where the heat pack goes"))
            set_font_scale(button, BUTTON_FONT_SCALE, large_type=True)
            keep_tall(button, 2.4)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.toggled.connect(lambda on, b=button: self._mark(b, on))
            self._group.addButton(button, index)
            read_as_choice(button)  # a radio button of the titled group, not a check box
            self._buttons[area] = button
            grid.addWidget(button, index // AREA_COLUMNS, index % AREA_COLUMNS)
        # toggled, not clicked: a screen reader's default action on a checkable button toggles it
        self._group.idToggled.connect(self._on_toggled)

    def button(self, area: HeatArea | None) -> QPushButton:
        """The button of ``area`` (of the first area when None): where the focus goes."""
        return self._buttons[area or HeatArea.LOWER_BACK]

    def select(self, value: str | HeatArea) -> bool:
        """Choose the area ``value`` (a ``HeatArea`` value) as if the user chose it
        (``chosen`` is emitted); False when there is no such area."""
        try:
            area = HeatArea(value)
        except ValueError:
            return False
        button = self._buttons[area]
        if not button.isChecked():
            button.click()
        return True

    def current(self) -> HeatArea | None:
        """The area chosen, or None."""
        index = self._group.checkedId()
        return list(HeatArea)[index] if index >= 0 else None

    @staticmethod
    def _mark(button: QPushButton, on: bool) -> None:
        """The chosen area stands out clearly: highlighted and bold."""
        if on:
            app_pal = QApplication.palette()
            pal = QPalette()
            pal.setColor(QPalette.ColorRole.Button, app_pal.color(QPalette.ColorRole.Highlight))
            pal.setColor(
                QPalette.ColorRole.ButtonText, app_pal.color(QPalette.ColorRole.HighlightedText)
            )
            button.setPalette(pal)
        else:
            button.setPalette(QPalette())
        font = button.font()
        font.setBold(on)
        button.setFont(font)

    def _on_toggled(self, index: int, checked: bool) -> None:
        if checked:
            self.chosen.emit(list(HeatArea)[index].value)
