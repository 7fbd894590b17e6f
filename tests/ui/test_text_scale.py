"""Text size 100-200 %: at a realistic window size and at the smallest one, no text is cut off,
no two controls overlap, nothing scrolls sideways, and painted text grows with the rest.

Screenshots of every page at 200 % go to ``$CALMFLOOR_SCALE_SHOTS`` when it is set (the
screenshot-based check of issue 8: look at them), else to the test's temporary folder.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QFont, QFontInfo, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizeGrip,
    QStackedWidget,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from calmfloor.core.clock import ManualClock
from calmfloor.core.policy import Policy
from calmfloor.storage.paths import resolve_paths
from calmfloor.ui.breathing.pacer import PelvisFigureWidget
from calmfloor.ui.breathing.pattern_dialog import PatternDialog
from calmfloor.ui.heat.view import HeatView
from calmfloor.ui.kit.shortcuts import ShortcutsDialog
from calmfloor.ui.kit.sound import CuePlayer
from calmfloor.ui.kit.theme import apply_theme
from calmfloor.ui.relax.body_diagram import BodyDiagramWidget
from calmfloor.ui.relax.view import CountdownRing
from calmfloor.ui.shell.context import load_context
from calmfloor.ui.shell.main_window import MainWindow, Page

sys.path.insert(0, str(Path(__file__).parents[1] / "storage"))
from history_factory import make_history
from window_tour import no_spacing_question, visit_every_screen  # noqa: F401 (an autouse fixture)

REALISTIC = QSize(1280, 720)  # the laptop screen of tests/screens.json
WAITING_ROOM = QSize(1280, 800)  # the smallest screen a clinic puts the kiosk on
SLACK_PX = 1  # rounding in Qt's own size hints
SHOTS_ENV = "CALMFLOOR_SCALE_SHOTS"


# ----- what "cut off" and "overlap" mean ---------------------------------------------------


def name_of(widget: QWidget) -> str:
    text = ""
    for attr in ("text", "currentText", "title"):
        method = getattr(widget, attr, None)
        if callable(method):
            try:
                text = str(method())
            except TypeError:
                continue
            break
    return f"{type(widget).__name__}({widget.objectName() or text[:40]!r})"


def shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisible() and widget.window() is window.window()


def text_needs(widget: QWidget) -> QSize | None:
    """The size ``widget`` needs for its whole text, or None when it has no text to show."""
    if isinstance(widget, QLabel):
        if not widget.text() or not widget.pixmap().isNull():
            return None
        if widget.wordWrap():
            return QSize(0, widget.heightForWidth(widget.width()))
        return widget.minimumSizeHint()
    if isinstance(widget, QAbstractButton) and widget.text():
        option = QStyleOptionButton()
        widget.initStyleOption(option)  # type: ignore[attr-defined]
        if isinstance(widget, QPushButton):
            part = QStyle.SubElement.SE_PushButtonContents
        elif isinstance(widget, QCheckBox):
            part = QStyle.SubElement.SE_CheckBoxContents
        elif isinstance(widget, QRadioButton):
            part = QStyle.SubElement.SE_RadioButtonContents
        else:
            return widget.sizeHint()
        room = widget.style().subElementRect(part, option, widget)
        text = widget.fontMetrics().size(int(Qt.TextFlag.TextShowMnemonic), widget.text())
        frame_w, frame_h = widget.width() - room.width(), widget.height() - room.height()
        return QSize(text.width() + frame_w, text.height() + frame_h)
    if isinstance(widget, QComboBox) and widget.currentText():
        option = QStyleOptionComboBox()
        widget.initStyleOption(option)
        field = widget.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            widget,
        )
        metrics = widget.fontMetrics()
        return QSize(
            metrics.horizontalAdvance(widget.currentText()) + widget.width() - field.width(),
            metrics.height() + widget.height() - field.height(),
        )
    return None


def layout_problems(window: QWidget) -> list[str]:
    """Cut-off text, overlapping siblings and sideways scrolling, in words."""
    problems: list[str] = []
    for widget in [window, *window.findChildren(QWidget)]:
        if not shown(widget, window):
            continue
        needs = text_needs(widget)
        if needs is not None and (
            needs.width() > widget.width() + SLACK_PX or needs.height() > widget.height() + SLACK_PX
        ):
            problems.append(
                f"cut off: {name_of(widget)} is {widget.width()}x{widget.height()}, "
                f"its text needs {needs.width()}x{needs.height()}"
            )
        if isinstance(widget, QScrollArea) and widget.widget() is not None:
            page = widget.widget()
            if page.width() > widget.viewport().width() + SLACK_PX:
                problems.append(
                    f"scrolls sideways: {widget.accessibleName() or name_of(page)} "
                    f"{page.width()} > {widget.viewport().width()}"
                )
        if isinstance(widget, QStackedWidget | QAbstractScrollArea):
            continue  # pages lie on top of each other; a scroll area's parts are Qt's
        siblings = [
            child
            for child in widget.children()
            if isinstance(child, QWidget)
            and not child.isWindow()
            and child.isVisible()
            and not isinstance(child, QSizeGrip)  # it sits in the corner on purpose
        ]
        for index, first in enumerate(siblings):
            for second in siblings[index + 1 :]:
                both = first.geometry().intersected(second.geometry())
                if both.width() > SLACK_PX and both.height() > SLACK_PX:
                    problems.append(
                        f"overlap in {name_of(widget)}: {name_of(first)} and {name_of(second)}"
                    )
    return problems


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()
        QTest.qWait(15)


def check(window: QWidget, label: str, problems: list[str]) -> None:
    settle()
    problems.extend(f"{label}: {problem}" for problem in layout_problems(window))


# ----- fixtures -----------------------------------------------------------------------------


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(wall_start=datetime(2026, 1, 5, 17, 0, tzinfo=UTC))


@pytest.fixture
def app_look(qapp: QApplication) -> Iterator[Callable[[int], None]]:
    """Set the text size as the app does at start-up; the test app's look is put back."""
    font, palette, style = QFont(qapp.font()), QPalette(qapp.palette()), qapp.style().name()

    def set_scale(percent: int) -> None:
        apply_theme(qapp, "light", percent)

    yield set_scale
    qapp.setFont(font)
    qapp.setPalette(palette)
    qapp.setStyle(style)


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get(SHOTS_ENV) or tmp_path / "scale")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def build(qtbot: QtBot, data_dir: Path, clock: ManualClock, percent: int) -> MainWindow:
    make_history(data_dir / "history.sqlite3", sessions=60, end=date(2026, 1, 5))
    context = load_context(resolve_paths(data_dir), clock)
    context.settings.set_value("text_scale", percent)
    window = MainWindow(context, CuePlayer(backend=None))
    window.show()
    qtbot.waitExposed(window)
    return window


def close(window: MainWindow) -> None:
    window.breathing.stop()
    if window.relax_controller is not None:  # the Relax page was built
        window.relax.stop()
    if window.findChild(HeatView) is not None:
        window.heat.remove_pack()
    window.close()
    window.context.close()
    # gone before the app's font is put back: a half-closed page must not restyle itself
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


# ----- the window ------------------------------------------------------------------------------


@pytest.mark.parametrize("percent", [100, 200])
def test_nothing_is_cut_off_at_a_realistic_size(
    qtbot: QtBot,
    app_look: Callable[[int], None],
    data_dir: Path,
    clock: ManualClock,
    percent: int,
    shots: Path,
) -> None:
    app_look(percent)
    window = build(qtbot, data_dir, clock, percent)
    window.resize(REALISTIC)
    problems: list[str] = []

    def seen(name: str) -> None:
        check(window, name, problems)
        if percent == 200:
            window.grab().save(str(shots / f"{name}.png"))

    try:
        visit_every_screen(window, clock, seen)
        assert window.size() == REALISTIC, "a page made the window grow past the screen"
    finally:
        close(window)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("percent", [100, 200])
def test_nothing_is_cut_off_in_the_smallest_window(
    qtbot: QtBot, app_look: Callable[[int], None], data_dir: Path, clock: ManualClock, percent: int
) -> None:
    app_look(percent)
    window = build(qtbot, data_dir, clock, percent)
    problems: list[str] = []
    try:
        visit_every_screen(window, clock, lambda _name: None)  # every page built
        window.show_page(Page.BREATHE)
        settle()
        smallest = window.minimumSizeHint()
        # even at 200 % the window fits a 1280 x 800 screen
        assert smallest.width() <= REALISTIC.width() and smallest.height() <= REALISTIC.height()
        window.resize(smallest)
        visit_every_screen(window, clock, lambda name: check(window, name, problems))
    finally:
        close(window)
    assert not problems, "\n".join(problems)


def test_changing_the_text_size_in_settings_cuts_nothing_off(
    qtbot: QtBot, app_look: Callable[[int], None], data_dir: Path, clock: ManualClock
) -> None:
    app_look(100)
    font_100 = QFont(QApplication.font())
    window = build(qtbot, data_dir, clock, 100)
    window.resize(REALISTIC)
    problems: list[str] = []
    try:
        visit_every_screen(window, clock, lambda _name: None)
        window.show_page(Page.SETTINGS)
        window.context.settings.set_value("text_scale", 200)  # as the Settings page does
        settle()
        assert QApplication.font().pointSizeF() == pytest.approx(2 * QFont(font_100).pointSizeF())
        assert window.font().pointSizeF() == pytest.approx(QApplication.font().pointSizeF())
        visit_every_screen(window, clock, lambda name: check(window, name, problems))
    finally:
        close(window)
    assert not problems, "\n".join(problems)


def test_painted_text_grows_with_the_text_size(
    qtbot: QtBot, app_look: Callable[[int], None], data_dir: Path, clock: ManualClock
) -> None:
    app_look(200)
    window = build(qtbot, data_dir, clock, 200)
    window.resize(REALISTIC)
    try:
        text_px = QFontInfo(window.font()).pixelSize()
        window.breathing.start()
        settle()
        figure = window.breathing.findChild(PelvisFigureWidget)
        assert figure is not None
        assert QFontInfo(figure.label_font()).pixelSize() >= text_px  # "Diaphragm" labels
        window.breathing.stop()
        window.show_page(Page.RELAX)
        window.relax.acknowledge_caution()
        window.relax.start()
        settle()
        ring = window.relax.findChild(CountdownRing, "phase-ring")
        assert ring is not None
        digits_px = round(min(ring.width(), ring.height()) * 0.34)
        assert digits_px >= text_px  # the seconds in the ring
        diagram = window.relax.findChild(BodyDiagramWidget)
        assert diagram is not None
        assert QFontInfo(diagram.font()).pixelSize() >= text_px  # its caption
    finally:
        close(window)


# ----- dialogs and the kiosk ---------------------------------------------------------------------


def test_the_pattern_dialog_and_the_key_list_are_whole_at_200(
    qtbot: QtBot, app_look: Callable[[int], None], data_dir: Path, clock: ManualClock, shots: Path
) -> None:
    app_look(200)
    window = build(qtbot, data_dir, clock, 200)
    problems: list[str] = []
    try:
        dialog = PatternDialog(window.context.library, None, window)
        dialog.show()
        qtbot.waitExposed(dialog)
        check(dialog, "pattern dialog", problems)
        dialog.grab().save(str(shots / "pattern-dialog.png"))
        dialog.reject()
        keys = ShortcutsDialog(parent=window)
        keys.show()
        qtbot.waitExposed(keys)
        check(keys, "keys", problems)
        keys.grab().save(str(shots / "keys-dialog.png"))
        # the list wraps to the window: nothing to scroll sideways
        assert keys.text.horizontalScrollBar().maximum() == 0
        assert keys.width() <= REALISTIC.width() and keys.height() <= REALISTIC.height()
        keys.reject()
    finally:
        close(window)
    assert not problems, "\n".join(problems)


def test_the_kiosk_welcome_is_whole_at_200(
    qtbot: QtBot, app_look: Callable[[int], None], tmp_path: Path, clock: ManualClock, shots: Path
) -> None:
    from calmfloor.ui.kiosk.shell import KioskShell

    app_look(200)
    shell = KioskShell(
        resolve_paths(tmp_path / "kiosk"),
        clock,
        Policy(kiosk=True, settings={"text_scale": 200}),
        CuePlayer(backend=None),
    )
    problems: list[str] = []
    try:
        shell.show()
        shell.resize(WAITING_ROOM)
        qtbot.waitExposed(shell)
        check(shell, "kiosk welcome", problems)
        shell.grab().save(str(shots / "kiosk-welcome.png"))
        shell.start_breathing(1.0)
        check(shell, "kiosk breathing", problems)
        shell.grab().save(str(shots / "kiosk-breathing.png"))
        shell.start_relax()
        check(shell, "kiosk relax", problems)
        shell.grab().save(str(shots / "kiosk-relax.png"))
        # a waiting-room screen of 1280 x 800 holds it all without scrolling
        assert shell.size() == WAITING_ROOM
    finally:
        shell.shutdown()
        shell.close()
        shell.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not problems, "\n".join(problems)


# ----- the text size changed while the app runs ---------------------------------------------


def font_table(window: QWidget) -> dict[str, tuple[float, bool]]:
    """Size and weight of every shown widget with text, keyed by its place in the tree."""
    table: dict[str, tuple[float, bool]] = {}

    def walk(widget: QWidget, path: str) -> None:
        children = [c for c in widget.children() if isinstance(c, QWidget)]
        for index, child in enumerate(children):
            place = f"{path}/{type(child).__name__}{index}"
            if child.isVisible() and text_needs(child) is not None:
                font = child.font()
                table[f"{place} {name_of(child)}"] = (round(font.pointSizeF(), 1), font.bold())
            walk(child, place)

    walk(window, "")
    return table


def test_a_live_text_size_change_sizes_every_font_as_a_fresh_start_would(
    qtbot: QtBot, app_look: Callable[[int], None], tmp_path: Path, clock: ManualClock
) -> None:
    """Headings, titles, large buttons and the History range buttons follow the text size
    at once: each has the size it would have after a restart, and every heading that was
    larger than the body text still is."""
    app_look(100)
    live = build(qtbot, tmp_path / "live", clock, 100)
    live.resize(REALISTIC)
    before: dict[str, dict[str, tuple[float, bool]]] = {}
    after: dict[str, dict[str, tuple[float, bool]]] = {}
    fresh: dict[str, dict[str, tuple[float, bool]]] = {}
    try:
        visit_every_screen(live, clock, lambda name: before.update({name: font_table(live)}))
        live.context.settings.set_value("text_scale", 200)  # as the Settings page does
        settle()
        visit_every_screen(live, clock, lambda name: after.update({name: font_table(live)}))
        body_200 = QApplication.font().pointSizeF()
    finally:
        close(live)
    app_look(200)
    restarted = build(qtbot, tmp_path / "fresh", clock, 200)
    restarted.resize(REALISTIC)
    try:
        visit_every_screen(
            restarted, clock, lambda name: fresh.update({name: font_table(restarted)})
        )
    finally:
        close(restarted)
    body_100 = body_200 / 2

    def differs(live: tuple[float, bool], restart: tuple[float, bool]) -> bool:
        # large type also grows with the page's height, which may differ by a few pixels
        return live[1] != restart[1] or abs(live[0] - restart[0]) > 0.05 * restart[0]

    stale = [
        f"{screen}: {place} is {after[screen][place]}, after a restart {size}"
        for screen, table in fresh.items()
        for place, size in table.items()
        if place in after[screen] and differs(after[screen][place], size)
    ]
    assert not stale, "\n".join(stale)
    headings = [
        (screen, place)
        for screen, table in before.items()
        for place, (size, _bold) in table.items()
        if size > body_100 * 1.1
    ]
    assert len(headings) > 20  # page headings, titles, large buttons
    shrunk = [
        f"{screen}: {place} is {after[screen][place][0]} pt, the body text {body_200}"
        for screen, place in headings
        if place in after[screen] and after[screen][place][0] < body_200
    ]
    assert not shrunk, "\n".join(shrunk)


def test_the_settings_page_keeps_its_place_when_the_text_size_changes(
    qtbot: QtBot, app_look: Callable[[int], None], data_dir: Path, clock: ManualClock
) -> None:
    app_look(100)
    window = build(qtbot, data_dir, clock, 100)
    window.resize(REALISTIC)
    try:
        window.show_page(Page.SETTINGS)
        settle()
        control = window.settings.widget_for("text_scale")
        scroll = window.settings.findChild(QScrollArea)
        scroll.ensureWidgetVisible(control)
        control.setFocus()
        settle()
        before = control.mapTo(scroll.viewport(), control.rect().topLeft()).y()
        assert before > 0  # scrolled: the control is not simply at the top
        for percent in (200, 150, 100):
            window.context.settings.set_value("text_scale", percent)
            settle()
            where = control.mapTo(scroll.viewport(), control.rect().topLeft()).y()
            line = control.fontMetrics().height()  # its row grew by about a line at most
            assert abs(where - before) <= line, (
                f"at {percent} % the control moved {where - before}px"
            )
            assert 0 <= where < scroll.viewport().height()
    finally:
        close(window)
