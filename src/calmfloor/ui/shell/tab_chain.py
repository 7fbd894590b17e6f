"""The main window's Tab order: the banners, the navigation column, then the page."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def order_tab_chain(
    window: QWidget, pages: QWidget, banners: Sequence[QWidget], column: Sequence[QWidget]
) -> None:
    """Tab goes through the banners, the navigation column, then the page.

    Pages, the heat chip and the heat banner are built when first needed, and Qt puts
    a new widget's controls at the end of the focus chain. The few controls of the
    banners and the column are moved behind the pages' last control, so that the
    circle reads banners, column, page (each page keeps its own order; a page's tab
    widgets and spin boxes are never taken apart).

    Args:
        window: the main window.
        pages: the stack of pages inside it.
        banners: the banners above the pages, in order (their focusable controls move).
        column: the navigation column's controls, in order.
    """
    # the page's last control, found backwards: only the few moved controls and any page
    # built since lie behind it, so the page's many widgets are not walked (walking them
    # from Python took 6 ms of every start-up)
    last_of_page: QWidget | None = window.previousInFocusChain()
    while last_of_page is not None and last_of_page is not window:
        if pages.isAncestorOf(last_of_page):
            break
        last_of_page = last_of_page.previousInFocusChain()
    if last_of_page is window:
        last_of_page = None
    controls = [
        child
        for banner in banners
        for child in banner.findChildren(QWidget)
        if child.focusPolicy() != Qt.FocusPolicy.NoFocus
    ]
    moved = [*controls, *column]
    before = _control_before_page(window, pages, set(moved))
    if before is not None:  # a kiosk guest: after the shell's "Finish and start over"
        moved.insert(0, before)
    elif last_of_page is not None:
        moved.insert(0, last_of_page)
    for first, second in itertools.pairwise(moved):
        QWidget.setTabOrder(first, second)


def _control_before_page(window: QWidget, pages: QWidget, block: set[QWidget]) -> QWidget | None:
    """The control Tab visits just before the page, outside ``window`` (a kiosk shell's
    own button), or None when there is none."""
    if window.isWindow():  # the main window on its own: nothing of it is outside
        return None
    first = window.nextInFocusChain()
    while first is not None and first is not window and not pages.isAncestorOf(first):
        first = first.nextInFocusChain()
    if first is None or first is window:
        return None
    top = window.window()
    widget = first.previousInFocusChain()
    while widget is not None and widget is not first:
        # same window only: a list box's popup or a dialog is a window of its own
        outside = widget.window() is top and not window.isAncestorOf(widget)
        takes_tab = widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        if outside and widget is not top and takes_tab and widget not in block:
            return widget
        widget = widget.previousInFocusChain()
    return None
