"""Roles a screen reader announces: a one-of-a-few choice is a radio button, not a check box,
and a stack of pages is plain layout, not a "layered pane"."""

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

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAbstractButton, QAccessibleWidget, QStackedWidget, QWidget

STACK_CLASS = "QStackedWidget"
_installed: list[bool] = []  # install_reader_roles has run (a factory cannot be removed)


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


def install_reader_roles() -> None:
    """Have readers treat every QStackedWidget as layout (a "filler", which Orca never
    speaks): Qt's "layered pane" was said on every move into a page ("layered pane, Paced
    breathing, ..."). A page and its controls carry the names. Not a group (a "panel"):
    Orca reads a named panel it enters with all the loose text inside it, the whole page.

    Call it once the QApplication exists and before any window is built: Qt keeps the first
    accessible interface it made for a widget. Calling it again changes nothing.

    The factory answers only for stacks, so it is asked (in Python) once per class of each
    object a reader touches and builds a handful of interfaces per window. PySide keeps each
    interface's Python object until the application exits; Qt deletes the interface itself
    when its stack is destroyed, which leaves only that small Python shell.
    """
    if _installed:
        return
    QAccessible.installFactory(_quiet_stack)
    _installed.append(True)


class _QuietStack(QAccessibleWidget):
    """A stack as plain layout whose children are its pages in the stack's order (a plain
    widget's would follow the painting order, which changes each time another page is shown).
    """

    def __init__(self, stack: QStackedWidget) -> None:
        super().__init__(stack, QAccessible.Role.Client)

    def _stack(self) -> QStackedWidget:
        stack = self.widget()
        assert isinstance(stack, QStackedWidget)
        return stack

    def childCount(self) -> int:
        return self._stack().count()

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        # None is Qt's nullptr: no such child (PySide's stub has no Optional here)
        page = self._stack().widget(index)  # None outside 0..count-1
        return QAccessible.queryAccessibleInterface(page) if page is not None else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        page = child.object() if child is not None else None
        return self._stack().indexOf(page) if isinstance(page, QWidget) else -1


def _quiet_stack(class_name: str, obj: QObject) -> QAccessibleInterface | None:
    """The accessible interface of a stack (None: Qt's own for anything else)."""
    if class_name != STACK_CLASS or not isinstance(obj, QStackedWidget):
        return None
    return _QuietStack(obj)
