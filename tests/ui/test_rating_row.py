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


def test_a_flow_layout_survives_an_item_qt_deleted_behind_its_back(qtbot: QtBot) -> None:
    """Qt can delete an item of a layout written in Python without asking it; the next
    layout pass raised inside Qt (RuntimeError: already deleted) and shiboken crashed
    while reporting it, deep in the full test run. The layout now forgets such items."""
    import shiboken6

    from calmfloor.ui.kit.widgets import FlowLayout

    holder = QWidget()
    flow = FlowLayout(holder)
    buttons = [QPushButton(text) for text in ("Week", "Month", "All")]
    for button in buttons:
        flow.addWidget(button)
    qtbot.addWidget(holder)
    holder.show()
    shiboken6.delete(flow.itemAt(1))  # as Qt did: the item is gone, the button is not
    assert flow.count() == 2
    assert flow.minimumSize().width() >= buttons[0].minimumSizeHint().width()
    assert flow.sizeHint().width() > 0
    flow.setGeometry(holder.rect())
    assert flow.heightForWidth(200) > 0
