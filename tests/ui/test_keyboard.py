"""Keyboard only: Tab reaches every control in reading order, every page's actions work by key,
and F1 lists every shortcut from the same table that creates them."""

from __future__ import annotations

import itertools
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QGuiApplication, QShortcut, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot
from session_pages import button, find, rating_row

from calmfloor.core.breathing import SessionState
from calmfloor.core.clock import ManualClock
from calmfloor.core.routine import SequencerState
from calmfloor.storage.paths import resolve_paths
from calmfloor.ui.kit.shortcuts import SHORTCUTS, ShortcutsDialog, offered, spec
from calmfloor.ui.kit.sound import CuePlayer
from calmfloor.ui.shell.main_window import MainWindow, Page

sys.path.insert(0, str(Path(__file__).parents[1] / "storage"))
from history_factory import make_history

WindowFactory = Callable[..., MainWindow]
HISTORY_END = date(2026, 1, 5)
MAX_TAB_STOPS = 300
HANDLED_BY_WIDGETS = {"history-delete", "reminder-dismiss"}  # keys a widget reads itself


# ----- helpers ---------------------------------------------------------------------------


@pytest.fixture
def clock() -> ManualClock:
    """A clock on the last day of the generated history (so History shows it)."""
    return ManualClock(wall_start=datetime(2026, 1, 5, 17, 0, tzinfo=UTC))


@pytest.fixture
def window(make_window: WindowFactory, data_dir: Path) -> MainWindow:
    """A real window at a realistic size, with some history to show."""
    make_history(data_dir / "history.sqlite3", sessions=40, end=HISTORY_END)
    win = make_window()
    win.resize(1280, 800)
    return win


def settle(window: QWidget) -> None:
    """Let layouts run and make sure the window has the keyboard (pages steal it offscreen)."""
    QApplication.processEvents()
    if QApplication.activeWindow() is not window.window():
        window.window().activateWindow()
        assert QTest.qWaitForWindowActive(window.window(), 2000)
    QApplication.processEvents()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def key(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget() or QApplication.activeWindow(), key, modifier)


def tab_walk(qtbot: QtBot, start: QWidget) -> list[QWidget]:
    """Press Tab from ``start`` until the focus comes back to it; every stop, in order."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    assert focused() is start
    stops = [start]
    for _ in range(MAX_TAB_STOPS):
        key(qtbot, Qt.Key.Key_Tab)
        widget = focused()
        if widget is start:
            return stops
        assert widget not in stops, f"Tab went round without coming back to {describe(start)}"
        stops.append(widget)
    raise AssertionError("Tab never came back to where it started")


def describe(widget: QWidget) -> str:
    text = ""
    for attr in ("text", "currentText"):
        method = getattr(widget, attr, None)
        if callable(method):
            try:
                text = str(method())
            except TypeError:
                continue
            break
    name = widget.accessibleName() or text
    return f"{type(widget).__name__}({widget.objectName() or name!r})"


def tab_stops_expected(window: QWidget) -> set[QWidget]:
    """Every shown, enabled control that Tab should reach (Qt's rule: TabFocus, no proxy)."""
    return {
        widget
        for widget in window.findChildren(QWidget)
        if widget.isVisible()
        and widget.isEnabled()
        and widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
        and widget.focusProxy() is None
        and not widget.isWindow()
    }


def stop_of(widget: QWidget) -> object:
    """What Tab stops at: the widget, or the group of checkable buttons it belongs to."""
    if isinstance(widget, QAbstractButton) and widget.isCheckable() and widget.group():
        return widget.group()
    return widget


def content_pos(widget: QWidget, root: QWidget) -> QPoint:
    """Where ``widget`` sits in ``root``, ignoring how far any scroll area is scrolled."""
    x = y = 0
    current = widget
    while current is not root:
        parent = current.parentWidget()
        assert parent is not None, f"{describe(widget)} is not inside {describe(root)}"
        holder = parent.parentWidget()
        scrolled = isinstance(holder, QAbstractScrollArea) and parent is holder.viewport()
        if not scrolled:  # a scroll area's content moves by the scroll offset: leave it out
            x, y = x + current.x(), y + current.y()
        current = parent
    return QPoint(x, y)


def reads_before(a: QWidget, b: QWidget, root: QWidget, rtl: bool) -> bool:
    """True when a reader meets ``a`` before ``b``: top to bottom, then along the line."""
    pa, pb = content_pos(a, root), content_pos(b, root)
    top_a, bottom_a = pa.y(), pa.y() + a.height()
    top_b, bottom_b = pb.y(), pb.y() + b.height()
    overlap = min(bottom_a, bottom_b) - max(top_a, top_b)
    same_line = overlap > min(a.height(), b.height()) / 2
    if not same_line:
        return top_a < top_b
    left_a, left_b = pa.x(), pb.x()
    right_a, right_b = left_a + a.width(), left_b + b.width()
    return right_a > right_b if rtl else left_a < left_b


def area_of(window: MainWindow, widget: QWidget) -> int:
    """0 for the banners on top, 1 for the navigation column, 2 for the page."""
    banners = [window.messages, window.reminder_banner]
    if window.is_built(Page.HEAT):
        banners.append(window.heat_banner)
    if any(b is widget or b.isAncestorOf(widget) for b in banners):
        return 0
    return 2 if window.pages.isAncestorOf(widget) else 1


def check_tab_order(qtbot: QtBot, window: MainWindow, label: str) -> list[QWidget]:
    """Walk Tab through the window: every control reached once, in reading order."""
    settle(window)
    expected = tab_stops_expected(window)
    first = min(expected, key=lambda w: (area_of(window, w), content_pos(w, window).y(), w.x()))
    stops = tab_walk(qtbot, first)
    # a row of checkable buttons in a group (pages, a rating, ranges) is one Tab stop:
    # Qt tabs to the one used last, and the arrow keys move within the row
    missed = {stop_of(w) for w in expected} - {stop_of(w) for w in stops}
    assert not missed, f"{label}: Tab never reaches " + ", ".join(
        describe(w) if isinstance(w, QWidget) else f"the group of {describe(w.buttons()[0])}"
        for w in missed
    )
    hidden = [w for w in stops if not w.isVisible()]
    assert not hidden, f"{label}: Tab stops on hidden " + ", ".join(map(describe, hidden))
    areas = [area_of(window, w) for w in stops]
    assert areas == sorted(areas), f"{label}: Tab does not go banners, navigation, page"
    rtl = window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    for a, b in itertools.pairwise(stops):
        if area_of(window, a) != area_of(window, b):
            continue
        assert not reads_before(b, a, window, rtl), (
            f"{label}: Tab goes from {describe(a)} back to {describe(b)}, "
            "which comes earlier in reading order"
        )
    return stops


def show(window: MainWindow, page: Page) -> None:
    window.show_page(page)
    settle(window)


# ----- tab order --------------------------------------------------------------------------


def test_tab_reaches_every_control_of_every_page_in_reading_order(
    qtbot: QtBot, window: MainWindow, clock: ManualClock
) -> None:
    for page in Page:
        show(window, page)
        if page is Page.HISTORY:
            for tab in range(window.history.tabs.count()):
                window.history.tabs.setCurrentIndex(tab)
                check_tab_order(qtbot, window, f"History tab {tab}")
            continue
        check_tab_order(qtbot, window, page.name)
    # the session screens
    show(window, Page.BREATHE)
    window.breathing.start()
    check_tab_order(qtbot, window, "breathing")
    window.breathing.stop()
    check_tab_order(qtbot, window, "breathing finished")
    window.breathing.skip_ratings()
    show(window, Page.RELAX)
    window.relax.acknowledge_caution()
    window.relax.start()
    check_tab_order(qtbot, window, "routine")
    window.relax.stop()
    check_tab_order(qtbot, window, "routine finished")
    window.relax.skip_ratings()


def test_tab_order_mirrors_in_a_right_to_left_language(qtbot: QtBot, window: MainWindow) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        for page in (Page.BREATHE, Page.HISTORY, Page.SETTINGS):
            show(window, page)
            stops = check_tab_order(qtbot, window, f"{page.name} right to left")
            nav = window.nav_button(window.current_page())
            assert nav is not None
            assert content_pos(nav, window).x() > window.width() // 2  # the column moved right
            assert any(area_of(window, w) == 2 for w in stops)
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_the_page_comes_after_the_navigation_whichever_page_was_built_first(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    show(window, Page.SETTINGS)  # built after the navigation column and the messages
    stops = check_tab_order(qtbot, window, "Settings first")
    keys_button = window.keys_button
    page_stops = [w for w in stops if area_of(window, w) == 2]
    assert stops.index(keys_button) < stops.index(page_stops[0])


def test_arrow_keys_move_through_the_navigation_and_the_ratings(
    qtbot: QtBot, window: MainWindow
) -> None:
    show(window, Page.BREATHE)
    first = window.nav_button(Page.BREATHE)
    first.setFocus(Qt.FocusReason.TabFocusReason)
    for page in (Page.RELAX, Page.HEAT, Page.HISTORY, Page.SETTINGS):
        key(qtbot, Qt.Key.Key_Down)
        settle(window)
        assert window.current_page() is page
        assert focused() is window.nav_button(page)
    show(window, Page.BREATHE)
    row = rating_row(window.breathing, "before", "tension")
    buttons = row.findChildren(QAbstractButton)
    buttons[0].setFocus(Qt.FocusReason.TabFocusReason)
    key(qtbot, Qt.Key.Key_Right)
    key(qtbot, Qt.Key.Key_Right)
    assert focused() is buttons[2]
    key(qtbot, Qt.Key.Key_Space)
    assert row.value() == 2  # Space rates; it does not start the session
    assert window.controller.state is SessionState.IDLE


# ----- actions by keyboard -----------------------------------------------------------------


def test_breathing_by_keyboard_alone(qtbot: QtBot, window: MainWindow, clock: ManualClock) -> None:
    show(window, Page.BREATHE)
    key(qtbot, Qt.Key.Key_Space)
    assert window.controller.state is SessionState.RUNNING
    clock.advance(2.0)
    window.controller.tick()
    key(qtbot, Qt.Key.Key_Space)
    assert window.controller.state is SessionState.PAUSED
    key(qtbot, Qt.Key.Key_Space)
    assert window.controller.state is SessionState.RUNNING
    key(qtbot, Qt.Key.Key_Escape)
    assert window.controller.state is SessionState.STOPPED
    # the end screen: rate after by keyboard, then Esc goes back to the start
    row = rating_row(window.breathing, "after", "tension")
    assert focused() is row.findChildren(QAbstractButton)[0]
    key(qtbot, Qt.Key.Key_Right)
    key(qtbot, Qt.Key.Key_Space)
    assert row.value() == 1
    key(qtbot, Qt.Key.Key_Escape)
    assert focused() is button(window.breathing, "primary")
    key(qtbot, Qt.Key.Key_Space)  # the focused Start button
    assert window.controller.state is SessionState.RUNNING
    window.breathing.stop()


def test_a_focused_button_gets_space_not_the_session_behind_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    show(window, Page.BREATHE)
    ramp = find(window.breathing, "ramp")
    ramp.setFocus(Qt.FocusReason.TabFocusReason)
    before = ramp.isChecked()
    key(qtbot, Qt.Key.Key_Space)
    assert ramp.isChecked() is not before
    assert window.controller.state is SessionState.IDLE
    # focus in the navigation column: Space still starts, as the Start button says
    window.nav_button(Page.BREATHE).setFocus(Qt.FocusReason.TabFocusReason)
    key(qtbot, Qt.Key.Key_Space)
    assert window.controller.state is SessionState.RUNNING
    window.breathing.stop()


def test_a_routine_by_keyboard_alone(qtbot: QtBot, window: MainWindow) -> None:
    key(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    settle(window)
    assert window.current_page() is Page.RELAX
    relax = window.relax
    controller = window.relax_controller
    assert controller is not None
    # the caution first: Tab to "I understand" and press it
    stops = check_tab_order(qtbot, window, "Relax with the caution")
    understood = button(relax, "understood")
    assert understood in stops
    understood.setFocus(Qt.FocusReason.TabFocusReason)
    key(qtbot, Qt.Key.Key_Space)
    assert not relax.caution_showing()
    find(relax, "routine-picker").setFocus(Qt.FocusReason.TabFocusReason)
    key(qtbot, Qt.Key.Key_Space)
    assert controller.state is SequencerState.RUNNING
    step = controller.sample().segment.step_index
    key(qtbot, Qt.Key.Key_Right)
    assert controller.sample().segment.step_index == step + 1
    key(qtbot, Qt.Key.Key_Left)
    assert controller.sample().segment.step_index == step
    key(qtbot, Qt.Key.Key_Space)
    assert controller.state is SequencerState.PAUSED
    key(qtbot, Qt.Key.Key_Escape)
    assert not controller.is_active


def test_the_heat_timer_by_keyboard_alone(qtbot: QtBot, window: MainWindow) -> None:
    key(qtbot, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    settle(window)
    heat = window.heat
    assert window.current_page() is Page.HEAT
    stops = check_tab_order(qtbot, window, "Heat")
    heat.findChild(QWidget, "heat-confirm").setFocus(Qt.FocusReason.TabFocusReason)
    key(qtbot, Qt.Key.Key_Space)
    settle(window)
    # the area buttons are one stop; the arrows choose among them
    areas = [
        b for b in heat.findChildren(QAbstractButton) if b.objectName().startswith("heat-area")
    ]
    stops = check_tab_order(qtbot, window, "Heat confirmed")
    reached = [b for b in areas if b in stops]
    assert reached
    reached[0].setFocus(Qt.FocusReason.TabFocusReason)
    key(qtbot, Qt.Key.Key_Space)
    key(qtbot, Qt.Key.Key_Right)
    key(qtbot, Qt.Key.Key_Space)
    assert heat.current_area() is not None
    heat.findChild(QWidget, "heat-start").setFocus(Qt.FocusReason.TabFocusReason)
    key(qtbot, Qt.Key.Key_Space)
    assert heat.is_running
    assert focused() is heat.findChild(QWidget, "heat-pause")
    key(qtbot, Qt.Key.Key_Space)  # pack off for a moment
    assert window.heat_controller.state.value == "paused"
    check_tab_order(qtbot, window, "Heat running")
    heat.findChild(QWidget, "heat-remove").setFocus(Qt.FocusReason.TabFocusReason)
    key(qtbot, Qt.Key.Key_Space)
    assert not heat.is_running


def test_history_by_keyboard_alone(
    qtbot: QtBot, window: MainWindow, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key(qtbot, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    settle(window)
    history = window.history
    assert window.current_page() is Page.HISTORY
    month = history.range_buttons.checkedButton()
    month.setFocus(Qt.FocusReason.TabFocusReason)
    key(qtbot, Qt.Key.Key_Left)
    assert history.current_range.value == "week"
    # the tabs: Tab to the tab bar, then the arrow keys
    stops = check_tab_order(qtbot, window, "History")
    bar = history.tabs.tabBar()
    assert bar in stops
    bar.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(3):
        key(qtbot, Qt.Key.Key_Right)
    assert history.tabs.currentIndex() == 3
    table = history.table
    assert table in check_tab_order(qtbot, window, "History sessions")
    table.setFocus(Qt.FocusReason.TabFocusReason)
    key(qtbot, Qt.Key.Key_Down)  # the first row
    rows = table.model().rowCount()
    asked: list[str] = []

    def yes(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(yes))
    key(qtbot, Qt.Key.Key_Delete)
    assert asked, "Delete did not ask before deleting"
    assert table.model().rowCount() == rows - 1


def test_settings_by_keyboard_alone(qtbot: QtBot, window: MainWindow) -> None:
    key(qtbot, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    settle(window)
    assert window.current_page() is Page.SETTINGS
    stops = check_tab_order(qtbot, window, "Settings")
    # (not the text size: the app's font is shared by every test)
    volume = window.settings.widget_for("volume")
    assert volume in stops
    before = window.context.settings.value("volume")
    volume.setFocus(Qt.FocusReason.TabFocusReason)
    key(qtbot, Qt.Key.Key_Up)
    assert window.context.settings.value("volume") > before


def test_every_page_opens_with_its_shortcut(qtbot: QtBot, window: MainWindow) -> None:
    for page in reversed(Page):
        key(qtbot, getattr(Qt.Key, f"Key_{page + 1}"), Qt.KeyboardModifier.ControlModifier)
        settle(window)
        assert window.current_page() is page


# ----- F1 -------------------------------------------------------------------------------


def open_dialog() -> ShortcutsDialog:
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ShortcutsDialog), "the shortcuts list did not open"
    return dialog


def test_f1_lists_every_shortcut_and_esc_closes_it(qtbot: QtBot, window: MainWindow) -> None:
    key(qtbot, Qt.Key.Key_F1)
    dialog = open_dialog()
    assert dialog.accessibleName() == "Keyboard shortcuts"
    QTest.qWaitForWindowExposed(dialog)
    text = dialog.text.toPlainText()
    for row in offered(kiosk=False):
        for part in (row.keys[0] if row.keys else row.keys_text, row.action):
            assert part in text, f"F1 does not mention {part!r}"
    assert "Ctrl+Q" not in text  # the kiosk's staff key is not this window's
    # the list has the focus, with a caret: Down moves a line, which a reader then says
    assert focused() is dialog.text
    dialog.text.moveCursor(QTextCursor.MoveOperation.Start)
    lines = [dialog.text.textCursor().block().text()]
    for _ in range(3):
        key(qtbot, Qt.Key.Key_Down)
        lines.append(dialog.text.textCursor().block().text())
    assert lines[0] == "Everywhere"  # the first section's heading
    assert lines[1].startswith("F1: ") and lines[2] == "Ctrl+1: Breathe", lines
    # Tab reaches Close
    key(qtbot, Qt.Key.Key_Tab)
    close = focused()
    assert isinstance(close, QAbstractButton) and close.text() == "Close"
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert QApplication.activeModalWidget() is None


def test_the_keys_button_opens_the_list_without_f1(qtbot: QtBot, window: MainWindow) -> None:
    stops = check_tab_order(qtbot, window, "Breathe")
    assert window.keys_button in stops
    window.keys_button.setFocus(Qt.FocusReason.TabFocusReason)
    key(qtbot, Qt.Key.Key_Space)
    dialog = open_dialog()
    dialog.reject()


def test_every_shortcut_in_the_window_comes_from_the_table(
    qtbot: QtBot, window: MainWindow
) -> None:
    for page in Page:
        show(window, page)  # every page built
    made = window.findChildren(QShortcut)
    names = {s.name for s in SHORTCUTS}
    for shortcut in made:
        name = shortcut.objectName().removeprefix("shortcut-")
        assert name in names, f"a shortcut not in the table: {shortcut.key().toString()}"
        assert [k.toString() for k in shortcut.keys()] == list(spec(name).keys)  # noqa: SIM118
    made_names = {s.objectName().removeprefix("shortcut-") for s in made}
    for row in offered(kiosk=False):
        if row.keys and row.name not in HANDLED_BY_WIDGETS:
            assert row.name in made_names, f"the table lists {row.name}, the window lacks it"


def test_relax_arrows_follow_a_right_to_left_language(qtbot: QtBot, make_window) -> None:
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        window = make_window()
        show(window, Page.RELAX)
        skip = window.relax.findChild(QShortcut, "shortcut-relax-skip")
        assert skip is not None and skip.key().toString() == "Left"
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.fixture
def kiosk_shell(qtbot: QtBot, tmp_path: Path) -> Iterator[QWidget]:
    from calmfloor.core.policy import Policy
    from calmfloor.ui.kiosk.shell import KioskShell

    shell = KioskShell(
        resolve_paths(tmp_path / "data"), ManualClock(), Policy(), CuePlayer(backend=None)
    )
    shell.show()
    qtbot.waitExposed(shell)
    shell.activateWindow()
    QTest.qWaitForWindowActive(shell, 2000)
    yield shell
    shell.shutdown()
    shell.close()


def test_f1_in_the_kiosk_lists_only_what_a_guest_can_use(
    qtbot: QtBot, kiosk_shell: QWidget
) -> None:
    shell = kiosk_shell
    key(qtbot, Qt.Key.Key_F1)
    dialog = open_dialog()
    text = dialog.text.toPlainText()
    assert "Ctrl+2" in text and "Ctrl+4" not in text and "F11" not in text
    dialog.reject()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    # in a guest's session too (the guest window has no F1 of its own: no clash)
    shell.start_breathing(1.0)  # type: ignore[attr-defined]
    settle(shell)
    key(qtbot, Qt.Key.Key_F1)
    dialog = open_dialog()
    dialog.reject()
    # and Tab in the guest window: the shell's bar, then the guest's navigation and page
    guest = shell.guest  # type: ignore[attr-defined]
    assert guest is not None
    stops = tab_walk(qtbot, shell.start_over)  # type: ignore[attr-defined]
    areas = [area_of(guest, w) if guest.isAncestorOf(w) else 0 for w in stops]
    assert areas == sorted(areas), [describe(w) for w in stops]
    assert button(guest.breathing, "pause") in stops and guest.keys_button in stops
    shell.reset()  # type: ignore[attr-defined]


@pytest.mark.qt_log_ignore("^This plugin does not support raise")  # offscreen has no stacking
def test_f1_dialog_is_not_left_behind(qtbot: QtBot, window: MainWindow) -> None:
    key(qtbot, Qt.Key.Key_F1)
    first = open_dialog()
    window.show_shortcuts()  # a second F1 brings the same list forward
    assert window.findChildren(ShortcutsDialog) == [first]
    first.reject()
    qtbot.waitUntil(lambda: not window.findChildren(QDialog))


def test_a_notice_shown_later_comes_first_in_tab_order(qtbot: QtBot, window: MainWindow) -> None:
    for page in Page:
        show(window, page)  # every page built first
    window.messages.show_message("A new notice.")
    show(window, Page.BREATHE)
    stops = check_tab_order(qtbot, window, "a late notice")
    dismiss = [w for w in stops if area_of(window, w) == 0]
    assert len(dismiss) >= 2  # the start-up notice and the new one, before the navigation


class _WindowWatch(QObject):
    """Notes every top-level window shown while it watches."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        shows = event.type() == QEvent.Type.Show
        if shows and isinstance(watched, QWidget) and watched.isWindow():
            self.shown.append(f"{type(watched).__name__}({watched.objectName()!r})")
        return False


def test_building_a_page_opens_no_stray_window(qtbot: QtBot, make_window: WindowFactory) -> None:
    """A control shown before it has a parent flashes up as a window of its own and takes
    the keyboard from the real one."""
    window = make_window()
    watch = _WindowWatch()
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(watch)
    try:
        for page in Page:
            window.show_page(page)
        window.history.tabs.setCurrentIndex(1)
        QApplication.processEvents()
    finally:
        app.removeEventFilter(watch)
    assert watch.shown == []
    assert QApplication.activeWindow() is window


def test_esc_in_a_reminder_dismisses_it_not_the_session(
    qtbot: QtBot, window: MainWindow, clock: ManualClock
) -> None:
    from calmfloor.core.reminders import Reminder, ReminderKind

    show(window, Page.BREATHE)  # the page whose Esc stops a session
    window.breathing.start()
    banner = window.reminder_banner
    window.reminders.reminder_due.emit(Reminder(ReminderKind.DAILY, clock.wall()))
    assert banner.isVisible()
    start_now = banner.buttons()[0]
    start_now.setFocus(Qt.FocusReason.TabFocusReason)
    key(qtbot, Qt.Key.Key_Escape)
    assert not banner.isVisible()
    assert window.controller.state is SessionState.RUNNING  # the session goes on
    key(qtbot, Qt.Key.Key_Escape)  # the banner has gone: Esc stops the session again
    assert window.controller.state is SessionState.STOPPED


def test_ctrl_and_a_number_lands_on_the_page_s_button_so_a_reader_names_the_page(
    qtbot: QtBot, window: MainWindow
) -> None:
    key(qtbot, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    button = focused()
    assert isinstance(button, QAbstractButton)
    assert button.accessibleName() == "Heat pack" and button.isChecked()
    for _ in range(4):  # on into the page (past the column's other buttons)
        key(qtbot, Qt.Key.Key_Tab)
        if window.heat.isAncestorOf(focused()):
            break
    assert window.heat.isAncestorOf(focused())
