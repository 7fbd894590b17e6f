"""Roles a screen reader announces: a one-of-a-few choice is a radio button, not a check box."""

# Qt's accessible button (QAccessibleButton) gives a checkable button the CheckBox role, or
# RadioButton when it is also auto-exclusive. Orca 43 (Debian 12) read the page buttons as
# "Breathe check box", the rating 0 as "Tension check box" (a check box is read by its label,
# and the row's title labelled its first number) and the heat areas as check boxes.
#
# Why a radio button rather than a page tab or a pressed toggle button:
# - Qt's AT-SPI bridge maps no role to a toggle button, and Orca 43 says nothing of a push
#   button's pressed state: "pressed" cannot be heard on Linux.
# - Orca 43 reads a page tab as "Breathe page tab", without saying which page is open; a
#   radio button is read with its state: "Breathe, selected, radio button".
# - A page tab needs an accessible interface written in Python (QAccessible.installFactory);
#   PySide keeps every interface such a factory returns until the application exits, and the
#   factory is asked about every object a reader touches. Auto-exclusivity costs nothing.
# - A radio button is a radio button on every platform's bridge (AT-SPI, UIA, VoiceOver), and
#   its group's label is said with it: a button in a titled QGroupBox is LABELLED_BY the title.

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton


def read_as_choice(button: QAbstractButton) -> None:
    """Have screen readers announce ``button`` as a radio button: one choice of its group.

    Qt documents that auto-exclusivity "has no effect on buttons that belong to a button
    group": the QButtonGroup still decides whether a second click clears the choice (a
    rating) or not (a page), and what the arrow keys do. Only the accessible role changes.

    Args:
        button: a checkable button, already added to its QButtonGroup.

    Raises:
        ValueError: ``button`` is not checkable or in no group yet (on its own, an
            auto-exclusive button would make its checkable siblings one exclusive group).
    """
    if not button.isCheckable() or button.group() is None:
        raise ValueError("a choice is a checkable button of a QButtonGroup")
    button.setAutoExclusive(True)
