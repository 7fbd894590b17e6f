"""The main window's navigation column: page buttons, their extras, a page's chip, Keys."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from calmfloor.ui.kit.roles import read_as_choice
from calmfloor.ui.kit.shortcuts import leave_space_to_page
from calmfloor.ui.kit.widgets import scrolling


class NavigationColumn:
    """The column of page buttons left of the pages (right in a right-to-left language).

    The page buttons are one exclusive group (Up and Down move through them); below them
    come extras (the flare plan) and a built page's chip (the heat countdown); the Keys
    button stays at the foot. The column scrolls rather than squeeze its buttons together.

    Args:
        owner: the window (the button group's parent).
    """

    def __init__(self, owner: QWidget) -> None:
        self.group = QButtonGroup(owner)
        self._buttons = QVBoxLayout()
        self._buttons.setContentsMargins(12, 12, 12, 12)
        self.extras: list[QWidget] = []
        self.chips: list[QWidget] = []
        # the list of keys, for those who do not know F1 (in the kiosk, F1 is the shell's)
        keys = QPushButton(QCoreApplication.translate("navigation", "Keys (F1)"))
        keys.setObjectName("keys-button")
        keys.setAccessibleName(QCoreApplication.translate("navigation", "Keyboard shortcuts"))
        keys.setAccessibleDescription(
            QCoreApplication.translate("navigation", "Shows every key of calmfloor")
        )
        self.keys_button = keys
        self.layout = QVBoxLayout()  # the column, for the window's body
        self.layout.setContentsMargins(0, 0, 0, 12)
        self._scroll: QScrollArea | None = None

    def add_page(self, index: int, title: str, key: str) -> QPushButton:
        """A checkable button for page ``index``, titled ``title``, opened also by ``key``."""
        button = QPushButton(title)
        button.setCheckable(True)
        button.setObjectName(f"nav-{index}")
        button.setAccessibleName(title.replace("&", ""))
        text = QCoreApplication.translate("navigation", "Shortcut %1").replace("%1", key)
        button.setAccessibleDescription(text)
        leave_space_to_page(button)  # Space on it starts or pauses, as on the page
        self.group.addButton(button, index)
        read_as_choice(button)  # "Breathe, selected, radio button", not a check box
        self._buttons.addWidget(button)
        return button

    def finish(self, extras: list[QWidget]) -> None:
        """Put ``extras`` below the page buttons, then the room for chips and Keys."""
        self.extras = extras
        for extra in extras:
            self._buttons.addWidget(extra)
        self._buttons.addSpacing(12)
        self._buttons.addStretch(1)
        # its controls take the focus, the scroll area never
        inner = QWidget()
        inner.setLayout(self._buttons)
        scroll = scrolling(inner, QCoreApplication.translate("navigation", "Pages"))
        # kept: a widget only a layout holds can be collected by Python with the layout
        self._scroll = scroll
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.layout.addWidget(scroll, 1)
        keys_row = QHBoxLayout()
        keys_row.setContentsMargins(12, 0, 12, 0)
        keys_row.addWidget(self.keys_button)
        self.layout.addLayout(keys_row)

    def add_chip(self, chip: QWidget) -> None:
        """A built page's chip, below the page buttons and extras."""
        self.chips.append(chip)
        self._buttons.insertWidget(self._buttons.count() - 1, chip)

    def controls(self) -> list[QWidget]:
        """The column's controls in Tab order: pages, extras, chips, Keys."""
        return [*self.group.buttons(), *self.extras, *self.chips, self.keys_button]

    def size_buttons(self, owner: QWidget) -> None:
        """One width for the whole column, from its longest title; tall page buttons."""
        buttons = [*self.group.buttons(), self.keys_button]
        metrics = owner.fontMetrics()
        widest = max(metrics.horizontalAdvance(b.text().replace("&", "")) for b in buttons)
        for button in buttons:
            button.setMinimumWidth(widest + 48)
        for button in self.group.buttons():
            button.setMinimumHeight(metrics.height() * 2 + 8)
