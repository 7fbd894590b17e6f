"""No page, dialog or language pushes the window past the screen, at any text size or theme.

The tests run on two offscreen laptop screens (``tests/screens.json``): 1280 x 720 and
1366 x 768. The real window visits every page, History tab and session screen in English,
German and Persian, at 100, 150 and 200 % text, in the light, dark and high-contrast themes,
and fails when its width, or the width it insists on, is ever more than the screen's.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QRect
from PySide6.QtGui import QFont, QGuiApplication, QPalette, QScreen
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from calmfloor.core.clock import ManualClock
from calmfloor.storage.paths import resolve_paths
from calmfloor.ui.kit.i18n import apply_language
from calmfloor.ui.kit.sound import CuePlayer
from calmfloor.ui.kit.theme import apply_theme
from calmfloor.ui.shell.context import load_context
from calmfloor.ui.shell.language import LanguageSwitcher
from calmfloor.ui.shell.main_window import MainWindow, Page

sys.path.insert(0, str(Path(__file__).parents[1] / "storage"))
from history_factory import make_history
from window_tour import no_spacing_question, visit_every_screen  # noqa: F401 (an autouse fixture)

SCALES = (100, 150, 200)
THEMES = ("light", "dark", "high_contrast")


def screens() -> list[QScreen]:
    found = sorted(QGuiApplication.screens(), key=lambda screen: screen.geometry().x())
    sizes = [(s.size().width(), s.size().height()) for s in found]
    assert sizes == [(1280, 720), (1366, 768)], f"tests/screens.json not in use: {sizes}"
    return found


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()
        QTest.qWait(5)


def culprits(window: QWidget, limit: int) -> str:
    """The deepest visible widgets that want more than ``limit`` pixels, to say who."""
    wide = [
        w
        for w in window.findChildren(QWidget)
        if w.isVisible() and max(w.minimumSizeHint().width(), w.minimumWidth()) > limit
    ]
    leaves = [w for w in wide if not any(o is not w and w.isAncestorOf(o) for o in wide)]
    return ", ".join(
        f"{type(w).__name__}({w.objectName() or getattr(w, 'text', lambda: '')()!r}) "
        f"{max(w.minimumSizeHint().width(), w.minimumWidth())}"
        for w in leaves[:6]
    )


def check_fits(window: MainWindow, where: str, problems: list[str]) -> None:
    settle()
    area: QRect = window.screen().availableGeometry()
    for what, width in (
        ("width", window.width()),
        ("minimum width", window.minimumSizeHint().width()),
        ("minimum width", window.minimumWidth()),
    ):
        if width > area.width():
            problems.append(
                f"{where}: the window's {what} {width} > screen {area.width()}; "
                f"{culprits(window, 600)}"
            )
    if window.minimumSizeHint().height() > area.height():
        problems.append(
            f"{where}: minimum height {window.minimumSizeHint().height()} > {area.height()}"
        )


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(wall_start=datetime(2026, 1, 5, 17, 0, tzinfo=UTC))


@pytest.fixture
def look(qapp: QApplication) -> Iterator[None]:
    """The app's font, palette, style and language are put back afterwards."""
    font, palette, style = QFont(qapp.font()), QPalette(qapp.palette()), qapp.style().name()
    yield
    apply_language(qapp, "en")
    qapp.setFont(font)
    qapp.setPalette(palette)
    qapp.setStyle(style)


def build(qtbot: QtBot, data_dir: Path, clock: ManualClock, screen: QScreen) -> MainWindow:
    make_history(data_dir / "history.sqlite3", sessions=60, end=date(2026, 1, 5))
    context = load_context(resolve_paths(data_dir), clock)
    window = MainWindow(context, CuePlayer(backend=None))
    window.setScreen(screen)
    window.move(screen.availableGeometry().topLeft())
    window.show()
    qtbot.waitExposed(window)
    return window


def close(window: MainWindow) -> None:
    window.close()
    window.context.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.mark.parametrize("language", ["en", "de", "fa"])
@pytest.mark.parametrize("screen_index", [0, 1], ids=["1280x720", "1366x768"])
def test_every_page_fits_the_screen_at_every_text_size_and_theme(
    qtbot: QtBot,
    qapp: QApplication,
    look: None,
    data_dir: Path,
    clock: ManualClock,
    language: str,
    screen_index: int,
) -> None:
    screen = screens()[screen_index]
    apply_language(qapp, language)
    apply_theme(qapp, "light", 100)
    window = build(qtbot, data_dir, clock, screen)
    problems: list[str] = []
    try:
        # the first window fits the screen it opens on, whatever the default size
        check_fits(window, "first window", problems)
        assert window.frameGeometry().bottom() <= screen.availableGeometry().bottom()
        for scale in SCALES:  # the text size changed live, as the Settings page does
            window.context.settings.set_value("text_scale", scale)
            visit_every_screen(
                window, clock, lambda name, s=scale: check_fits(window, f"{s} % {name}", problems)
            )
        for theme in THEMES[1:]:
            window.context.settings.set_value("theme", theme)
            visit_every_screen(
                window,
                clock,
                lambda name, t=theme: check_fits(window, f"200 % {t} {name}", problems),
            )
    finally:
        close(window)
    assert not problems, "\n".join(problems)


def test_history_then_language_then_text_size_never_outgrow_the_screen(
    qtbot: QtBot, qapp: QApplication, look: None, data_dir: Path, clock: ManualClock
) -> None:
    """The order that used to leave the window 1657 pixels wide until a restart."""
    screen = screens()[0]
    apply_language(qapp, "en")
    apply_theme(qapp, "light", 100)
    window = build(qtbot, data_dir, clock, screen)
    switcher = LanguageSwitcher(window)
    problems: list[str] = []
    try:
        window.show_page(Page.HISTORY)
        check_fits(window, "history", problems)
        for language in ("de", "fa"):
            window = switcher.switch_to(language)
            window.show_page(Page.HISTORY)
            check_fits(window, f"history in {language}", problems)
            window.context.settings.set_value("text_scale", 200)
            visit_every_screen(
                window,
                clock,
                lambda name, lang=language, w=window: check_fits(
                    w, f"{lang} 200 % {name}", problems
                ),
            )
            window.context.settings.set_value("text_scale", 100)
        check_fits(window, "back at 100 %", problems)
    finally:
        switcher.stop()
        close(window)
    assert not problems, "\n".join(problems)
