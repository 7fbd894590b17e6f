"""A rating row never draws its words over each other, at any width."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from calmfloor.ui.kit.rating import RatingRow


def test_the_title_hints_and_numbers_never_overlap_at_any_width(qtbot: QtBot) -> None:
    """The flare dialog's "How bad" was drawn under "none" on a wide window: the row chose
    one line while its parts, with the layout's spacing, did not fit in it."""
    window = QWidget()
    column = QVBoxLayout(window)
    box = QGroupBox("Note this flare")
    QVBoxLayout(box).addWidget(row := RatingRow("How bad", "none", "worst"))
    column.addWidget(box)
    qtbot.addWidget(window)
    window.show()
    for width in range(420, 1000, 15):
        window.resize(width, 300)
        QApplication.processEvents()
        parts = [*row.findChildren(QLabel), *row.findChildren(QPushButton)]
        shown = [part.geometry() for part in parts if part.isVisible()]
        for index, first in enumerate(shown):
            for second in shown[index + 1 :]:
                assert not first.intersects(second), (width, row.one_line(), first, second)
            assert row.rect().contains(first), (width, first)
