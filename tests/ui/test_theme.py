"""Themes on screen: the focus ring, control outlines, chosen buttons and a live theme switch."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFrame,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QSlider,
    QSpinBox,
    QTabBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from calmfloor.core.breathing import BreathSample, Phase
from calmfloor.core.settings import spec
from calmfloor.ui.breathing.pacer import PacerWidget
from calmfloor.ui.history.calendar import CalendarHeatMap
from calmfloor.ui.kit import theme
from calmfloor.ui.kit.theme import (
    CHOSEN_BUTTON_STYLE,
    DARK,
    FOCUS_RING_PX,
    HIGH_CONTRAST,
    LIGHT,
    SCREEN_THEMES,
    THEMES,
    CalmStyle,
    apply_theme,
    contrast_ratio,
    resolve_theme,
)
from calmfloor.ui.relax.view import CountdownRing


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The application, its palette, font and style put back afterwards."""
    palette, font = QPalette(qapp.palette()), QFont(qapp.font())
    was_calm = isinstance(qapp.style(), CalmStyle)
    yield qapp
    qapp.setPalette(palette)
    qapp.setFont(font)
    if not was_calm:
        qapp.setStyle("Fusion")
    for name in ("calmfloor-theme", "calmfloor-text-scale"):
        qapp.setProperty(name, None)


def close(a: QColor, b: QColor, tolerance: int = 40) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


def image(widget: QWidget) -> QImage:
    return widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


# ---- which theme ----


def test_the_setting_offers_high_contrast() -> None:
    choices = dict(spec("theme").choices)
    assert list(choices) == ["system", "light", "dark", "high_contrast"]
    assert choices["high_contrast"] == "High contrast"


@pytest.mark.parametrize(
    ("dark", "contrast", "expected"),
    [
        (False, False, LIGHT),
        (True, False, DARK),
        (False, True, HIGH_CONTRAST),
        (True, True, HIGH_CONTRAST),
    ],
)
def test_follow_system_reads_the_desktop(
    monkeypatch: pytest.MonkeyPatch, dark: bool, contrast: bool, expected: str
) -> None:
    monkeypatch.setattr(theme, "system_prefers_dark", lambda: dark)
    monkeypatch.setattr(theme, "system_prefers_high_contrast", lambda: contrast)
    assert resolve_theme("system") == expected
    assert resolve_theme("light") == LIGHT  # a chosen theme ignores the desktop
    assert resolve_theme("high_contrast") == HIGH_CONTRAST


def test_qt_reports_the_contrast_preference(qapp: QApplication) -> None:
    """PySide6 6.11 has QStyleHints.accessibility().contrastPreference(); offscreen says no."""
    hints = QApplication.styleHints()
    assert hints.accessibility().contrastPreference() == Qt.ContrastPreference.NoPreference
    assert theme.system_prefers_high_contrast() is False


def desktop_changed() -> None:
    """The desktop says its colour scheme changed, as it does when the user switches it."""
    hints = QGuiApplication.styleHints()
    hints.colorSchemeChanged.emit(hints.colorScheme())


def test_a_desktop_change_reapplies_follow_system(
    app: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(theme, "system_prefers_high_contrast", lambda: False)
    monkeypatch.setattr(theme, "system_prefers_dark", lambda: False)
    apply_theme(app, "system", 100)
    assert app.palette().color(QPalette.ColorRole.Window).name() == "#f3f6f5"
    monkeypatch.setattr(theme, "system_prefers_high_contrast", lambda: True)
    desktop_changed()
    window = THEMES[HIGH_CONTRAST].roles[QPalette.ColorRole.Window]
    assert app.palette().color(QPalette.ColorRole.Window).name() == window
    apply_theme(app, "dark", 100)
    desktop_changed()  # a chosen theme stays
    assert app.palette().color(QPalette.ColorRole.Window).name() == "#142220"


def test_apply_theme_sets_the_style_once_and_scales_text(app: QApplication, qtbot: QtBot) -> None:
    apply_theme(app, LIGHT, 100)
    style = app.style()
    assert isinstance(style, CalmStyle)
    button = QPushButton("Week")
    button.setCheckable(True)
    button.setStyleSheet(CHOSEN_BUTTON_STYLE)
    qtbot.addWidget(button)
    small = button.sizeHint()
    apply_theme(app, HIGH_CONTRAST, 200)
    assert app.style() is style  # not rebuilt (about 12 ms each time)
    assert app.font().pointSizeF() == pytest.approx(theme.BASE_POINT_SIZE * 2)
    button.setFont(app.font())
    assert button.sizeHint().height() > small.height() * 1.5  # the style sheet scales too


# ---- the focus ring ----

CONTROLS: dict[str, Callable[[], QWidget]] = {
    "button": lambda: QPushButton("Start breathing"),
    "chosen button": lambda: _chosen_button(),
    "check box": lambda: QCheckBox("Sound cues"),
    "radio button": lambda: QRadioButton("Minutes"),
    "combo box": lambda: _combo(),
    "spin box": lambda: QSpinBox(),
    "slider": lambda: QSlider(Qt.Orientation.Horizontal),
    "line edit": lambda: QLineEdit("My pattern"),
    "list": lambda: _list(),
    "tab bar": lambda: _tabs(),
    "tool button": lambda: _tool_button(),
}


def _chosen_button() -> QPushButton:
    button = QPushButton("Month")
    button.setCheckable(True)
    button.setChecked(True)
    button.setStyleSheet(CHOSEN_BUTTON_STYLE)
    return button


def _combo() -> QComboBox:
    combo = QComboBox()
    combo.addItems(["Follow system", "Light"])
    return combo


def _list() -> QListWidget:
    view = QListWidget()
    view.addItems(["Resonance", "Box breathing"])
    view.setFixedHeight(90)
    return view


def _tabs() -> QTabBar:
    bar = QTabBar()
    bar.addTab("Practice")
    bar.addTab("Symptoms")
    return bar


def _tool_button() -> QToolButton:
    button = QToolButton()
    button.setText("Help")
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return button


def _page(qtbot: QtBot, control: QWidget) -> tuple[QWidget, QLineEdit]:
    page = QWidget()
    layout = QVBoxLayout(page)
    first = QLineEdit("before")
    layout.addWidget(first)
    layout.addWidget(control)
    layout.addStretch(1)
    page.resize(360, 240)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    QTest.qWaitForWindowActive(page, 2000)
    first.setFocus()
    return page, first


def ring_run(img: QImage, rect: QRect, colour: QColor) -> tuple[int, QColor] | None:
    """Along the middle row of ``rect``, the first run of ``colour``: (length, pixel outside)."""
    y = rect.center().y()
    x = max(rect.left() - 2, 0)
    while x < rect.center().x() and not close(img.pixelColor(x, y), colour):
        x += 1
    if x >= rect.center().x():
        return None
    start = x
    while close(img.pixelColor(x, y), colour):
        x += 1
    return x - start, img.pixelColor(start - 1, y)


@pytest.mark.parametrize("name", list(CONTROLS))
@pytest.mark.parametrize("theme_name", SCREEN_THEMES)
def test_keyboard_focus_draws_a_thick_ring_that_stands_out(
    app: QApplication, qtbot: QtBot, theme_name: str, name: str
) -> None:
    apply_theme(app, theme_name, 100)
    control = CONTROLS[name]()
    page, first = _page(qtbot, control)
    ring = QColor(THEMES[theme_name].paint.focus)
    rect = QRect(control.mapTo(page, QPoint(0, 0)), control.size())
    assert ring_run(image(page), rect, ring) is None  # not focused: no ring
    QTest.keyClick(first, Qt.Key.Key_Tab)
    assert control.hasFocus()
    found = ring_run(image(page), rect, ring)
    assert found is not None, f"no focus ring on the {name}"
    width, outside = found
    assert width >= 2
    assert contrast_ratio(ring, outside) >= 3.0


@pytest.mark.parametrize("theme_name", SCREEN_THEMES)
def test_the_ring_shows_however_the_focus_came(
    app: QApplication, qtbot: QtBot, theme_name: str
) -> None:
    """A click, or the app itself (Pause after Start): a person with low vision must still
    see where typing goes (Fusion shows a ring only after a key press)."""
    apply_theme(app, theme_name, 100)
    edit = QLineEdit()
    button = QPushButton("Pause")
    page, _first = _page(qtbot, edit)
    page.layout().addWidget(button)  # type: ignore[union-attr]
    QTest.mouseClick(edit, Qt.MouseButton.LeftButton)
    assert edit.hasFocus()
    ring = QColor(THEMES[theme_name].paint.focus)
    rect = QRect(edit.mapTo(page, QPoint(0, 0)), edit.size())
    assert ring_run(image(page), rect, ring) is not None
    button.setFocus(Qt.FocusReason.OtherFocusReason)  # as a view does after Start
    qtbot.waitUntil(button.hasFocus)
    rect = QRect(button.mapTo(page, QPoint(0, 0)), button.size())
    assert ring_run(image(page), rect, ring) is not None


@pytest.mark.parametrize("theme_name", SCREEN_THEMES)
def test_on_the_alarm_banner_the_ring_takes_the_banner_text_colour(
    app: QApplication, qtbot: QtBot, theme_name: str
) -> None:
    """The focus colour would vanish on the alarm colour; the banner's text colour shows."""
    apply_theme(app, theme_name, 100)
    paint = THEMES[theme_name].paint
    banner = QFrame()
    banner.setAutoFillBackground(True)
    pal = QPalette()
    pal.setColor(QPalette.ColorRole.Window, QColor(paint.alarm_bg))
    pal.setColor(QPalette.ColorRole.WindowText, QColor(paint.alarm_text))
    banner.setPalette(pal)
    button = QPushButton("I've removed the pack", banner)
    QVBoxLayout(banner).addWidget(button)
    page, first = _page(qtbot, banner)
    QTest.keyClick(first, Qt.Key.Key_Tab)
    assert button.hasFocus()
    expected = theme.focus_colour(paint, QColor(paint.alarm_bg), QColor(paint.alarm_text))
    rect = QRect(button.mapTo(page, QPoint(0, 0)), button.size())
    found = ring_run(image(page), rect, expected)
    assert found is not None
    assert found[0] >= 2
    assert contrast_ratio(expected, found[1]) >= 3.0


# ---- outlines and chosen buttons ----


@pytest.mark.parametrize("theme_name", SCREEN_THEMES)
def test_fields_and_boxes_are_outlined_in_the_outline_colour(
    app: QApplication, qtbot: QtBot, theme_name: str
) -> None:
    apply_theme(app, theme_name, 100)
    box = QCheckBox("Sound cues")
    page, _first = _page(qtbot, box)
    focused = QApplication.focusWidget()
    if focused is not None:  # a focused control is ringed, not outlined
        focused.clearFocus()
    img = image(page)
    outline = QColor(THEMES[theme_name].paint.control_outline)
    field = page.findChild(QLineEdit)
    assert field is not None
    y = field.mapTo(page, QPoint(0, field.height() // 2)).y()
    left = field.mapTo(page, QPoint(0, 0)).x()
    assert close(img.pixelColor(left, y), outline, tolerance=24)
    indicator = page.style().subElementRect(
        page.style().SubElement.SE_CheckBoxIndicator, _option(box), box
    )
    corner = box.mapTo(page, indicator.topLeft() + QPoint(0, indicator.height() // 2))
    assert close(img.pixelColor(corner), outline, tolerance=24)


def _option(box: QCheckBox):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QStyleOptionButton

    option = QStyleOptionButton()
    option.initFrom(box)
    option.text = box.text()
    return option


@pytest.mark.parametrize("theme_name", SCREEN_THEMES)
def test_a_checked_button_shows_in_the_highlight_colours(
    app: QApplication, qtbot: QtBot, theme_name: str
) -> None:
    """A chosen page, rating or area stands 3:1 apart from the others, its text 4.5:1."""
    apply_theme(app, theme_name, 100)
    row = QWidget()
    layout = QVBoxLayout(row)
    chosen, other = QPushButton("Heat pack"), QPushButton("History")
    for button in (chosen, other):
        button.setCheckable(True)
        button.setMinimumWidth(160)
        layout.addWidget(button)
    chosen.setChecked(True)
    page, _first = _page(qtbot, row)
    assert chosen.window() is page
    fill = image(chosen).pixelColor(8, chosen.height() // 2)
    plain = image(other).pixelColor(8, other.height() // 2)
    roles = THEMES[theme_name].roles
    assert contrast_ratio(fill, plain) >= 3.0
    assert contrast_ratio(roles[QPalette.ColorRole.HighlightedText], fill) >= 4.5
    highlight = QColor(roles[QPalette.ColorRole.Highlight])
    assert close(fill, highlight, tolerance=70)  # Fusion shades the highlight a little


# ---- a live theme switch repaints what is painted ----


def _sample(level: float) -> BreathSample:
    return BreathSample(
        phase=Phase.IN,
        phase_progress=level,
        phase_left_s=3.0,
        phase_length_s=5.5,
        breath_index=0,
        breaths_done=0,
        total_breaths=10,
        elapsed_s=0.0,
        remaining_s=100.0,
        total_s=110.0,
        rate_bpm=5.5,
        level=level,
    )


def test_switching_theme_repaints_painted_widgets_in_the_new_colours(
    app: QApplication, qtbot: QtBot
) -> None:
    apply_theme(app, LIGHT, 100)
    pacer = PacerWidget()
    pacer.resize(200, 200)
    ring = CountdownRing()
    ring.resize(200, 200)
    ring.set_time(2.5, 5.0)  # half the ring left: the right half, from twelve o'clock
    heat = CalendarHeatMap()
    heat.resize(400, 200)
    today = date(2026, 3, 5)
    weeks = [[date(2026, 3, 1 + d) for d in range(7)]]
    heat.set_days(weeks, {date(2026, 3, 2): 45.0}, today)
    for widget in (pacer, ring, heat):
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
    pacer.set_sample(_sample(0.5))
    cell = heat.day_position(date(2026, 3, 2))
    assert cell is not None

    def colours() -> tuple[QColor, QColor, QColor]:
        return (
            image(pacer).pixelColor(100, 100),
            image(ring).pixelColor(ring.width() - 6, 100),
            image(heat).pixelColor(cell),
        )

    for name in (LIGHT, HIGH_CONTRAST, DARK):
        apply_theme(app, name, 100)
        app.processEvents()  # Qt hands the new palette to widgets in a posted event
        paint = THEMES[name].paint
        pacer_fill, ring_left, practised = colours()
        assert close(pacer_fill, QColor(paint.pacer_fill), tolerance=3), name
        assert close(ring_left, QColor(paint.ring_progress), tolerance=12), name
        assert close(practised, QColor(paint.heat_levels[3]), tolerance=3), name


def test_the_focus_ring_fits_in_what_fusion_leaves_round_a_control() -> None:
    """The ring and its gap stay inside the control, so layouts do not change on focus."""
    assert 2 <= FOCUS_RING_PX <= 4
