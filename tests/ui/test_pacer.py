"""PacerWidget and PelvisFigureWidget: what they paint, and how little they repaint."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QObject, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPalette, QRegion
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from calmfloor.core.breathing import BreathSample, Phase
from calmfloor.ui.breathing.pacer import (
    PacerWidget,
    PelvisFigureWidget,
    breath_colour,
    figure_geometry,
    floor_colour,
)

WINDOW = QColor("#f3f6f5")
HIGHLIGHT = QColor("#2c6e67")
TEXT = QColor("#1d3533")


def light_palette() -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, WINDOW)
    palette.setColor(QPalette.ColorRole.WindowText, TEXT)
    palette.setColor(QPalette.ColorRole.Highlight, HIGHLIGHT)
    return palette


def sample(level: float, phase: Phase = Phase.IN) -> BreathSample:
    return BreathSample(
        phase=phase,
        phase_progress=level,
        phase_left_s=5.0,
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


class PaintSpy(QObject):
    """Records the region of every paint event of one widget."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.regions: list[QRegion] = []
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.regions.append(QRegion(event.region()))
        return False


def settled_spy(qtbot: QtBot, widget: QWidget) -> PaintSpy:
    """Show ``widget``, let its first full paints happen, then start recording."""
    spy = PaintSpy(widget)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: bool(spy.regions), timeout=2000)
    qtbot.wait(20)
    spy.regions.clear()
    return spy


def image_of(widget: QWidget) -> QImage:
    return widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def distance(a: QColor, b: QColor) -> int:
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue()))


def run_length(image: QImage, y: int, keep: Callable[[QColor], bool]) -> int:
    """Pixels in row ``y`` from the first to the last one that ``keep`` accepts."""
    hits = [x for x in range(image.width()) if keep(image.pixelColor(x, y))]
    return hits[-1] - hits[0] + 1 if hits else 0


def dark(colour: QColor) -> bool:
    """Much darker than the window: the pacer's disc, not its faint guide."""
    return colour.lightnessF() < WINDOW.lightnessF() - 0.2


def not_window(colour: QColor) -> bool:
    return distance(colour, WINDOW) > 3


@pytest.fixture
def pacer(qtbot: QtBot) -> PacerWidget:
    widget = PacerWidget()
    widget.setPalette(light_palette())
    widget.resize(300, 300)
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def figure(qtbot: QtBot) -> PelvisFigureWidget:
    widget = PelvisFigureWidget()
    widget.setPalette(light_palette())
    widget.resize(360, 440)
    qtbot.addWidget(widget)
    return widget


def test_pacer_circle_grows_with_level(pacer: PacerWidget) -> None:
    pacer.set_sample(sample(0.0))
    empty = run_length(image_of(pacer), 150, dark)
    pacer.set_sample(sample(1.0))
    full = run_length(image_of(pacer), 150, dark)
    pacer.set_sample(sample(0.5))
    half = run_length(image_of(pacer), 150, dark)
    assert 0 < empty < half < full
    assert full == pytest.approx(empty / 0.35, rel=0.1)
    assert full <= 300


def test_pacer_idle_rests_at_empty_size(pacer: PacerWidget) -> None:
    pacer.set_sample(sample(0.0))
    empty = image_of(pacer)
    pacer.set_sample(sample(1.0))
    pacer.set_sample(None)
    assert pacer.painted_level() == 0.0
    assert image_of(pacer) == empty


def test_pacer_reduced_motion_keeps_its_size_and_changes_its_fill(pacer: PacerWidget) -> None:
    pacer.set_reduced_motion(True)
    pacer.set_sample(sample(0.0))
    empty = image_of(pacer)
    pacer.set_sample(sample(1.0))
    full = image_of(pacer)
    extent_empty = run_length(empty, 150, not_window)
    extent_full = run_length(full, 150, not_window)
    assert extent_empty > 0
    assert abs(extent_empty - extent_full) <= 1
    column_empty = sum(dark(empty.pixelColor(150, y)) for y in range(300))
    column_full = sum(dark(full.pixelColor(150, y)) for y in range(300))
    assert column_full > column_empty + 150


def test_pacer_repaints_only_the_ring_that_changed(qtbot: QtBot, pacer: PacerWidget) -> None:
    pacer.set_sample(sample(0.5))
    spy = settled_spy(qtbot, pacer)
    pacer.set_sample(sample(0.53))
    qtbot.waitUntil(lambda: bool(spy.regions), timeout=2000)
    region = spy.regions[-1]
    assert region.boundingRect() != pacer.rect()
    assert not region.contains(pacer.rect().center())  # the unchanged middle is left alone
    area = sum(rect.width() * rect.height() for rect in region)
    assert area < 0.6 * pacer.width() * pacer.height()


def test_pacer_skips_changes_below_half_a_pixel(qtbot: QtBot, pacer: PacerWidget) -> None:
    pacer.set_sample(sample(1.0, Phase.HOLD_IN))
    spy = settled_spy(qtbot, pacer)
    for _ in range(5):
        pacer.set_sample(sample(1.0, Phase.HOLD_IN))
    pacer.set_sample(sample(0.999, Phase.OUT))
    qtbot.wait(50)
    assert spy.regions == []
    assert pacer.painted_level() == 1.0


def test_figure_lines_are_lower_on_a_full_breath() -> None:
    rect = QRectF(0, 0, 300, 400)
    empty = figure_geometry(0.0, rect)
    full = figure_geometry(1.0, rect)
    assert full["diaphragm_y"] > empty["diaphragm_y"] + 10
    assert full["pelvic_floor_y"] > empty["pelvic_floor_y"] + 5
    assert full["belly_x"] > empty["belly_x"]
    assert 0 < empty["diaphragm_y"] < empty["pelvic_floor_y"] < 400


def line_y(image: QImage, x: int, colour: QColor) -> int:
    """The first row, top down, whose pixel in column ``x`` is close to ``colour``."""
    for y in range(image.height()):
        if distance(image.pixelColor(x, y), colour) < 40:
            return y
    raise AssertionError(f"no pixel of {colour.name()} in column {x}")


def test_figure_paints_the_lines_where_the_geometry_says(figure: PelvisFigureWidget) -> None:
    rect = figure.figure_rect()
    breath = breath_colour(figure.palette())
    floor = floor_colour(figure.palette())
    found = {}
    for level in (0.0, 1.0):
        figure.set_sample(sample(level))
        image = image_of(figure)
        where = figure_geometry(level, rect)
        dome = line_y(image, round(where["diaphragm_x"]), breath)
        hammock = line_y(image, round(where["pelvic_floor_x"]), floor)
        assert dome == pytest.approx(where["diaphragm_y"], abs=5)
        assert hammock == pytest.approx(where["pelvic_floor_y"], abs=5)
        found[level] = (dome, hammock)
    assert found[1.0][0] > found[0.0][0] + 10
    assert found[1.0][1] > found[0.0][1] + 5


def test_figure_repaints_only_the_moving_bands(qtbot: QtBot, figure: PelvisFigureWidget) -> None:
    figure.set_sample(sample(0.4))
    spy = settled_spy(qtbot, figure)
    figure.set_sample(sample(0.45))
    qtbot.waitUntil(lambda: bool(spy.regions), timeout=2000)
    region = spy.regions[-1]
    area = sum(rect.width() * rect.height() for rect in region)
    assert area < 0.35 * figure.width() * figure.height()
    head = figure.figure_rect().toRect()
    assert not region.intersects(QRect(head.x(), head.y(), head.width(), head.height() // 6))


def test_figure_reduced_motion_holds_still_and_points_the_way(figure: PelvisFigureWidget) -> None:
    figure.set_reduced_motion(True)
    figure.set_sample(sample(0.0, Phase.IN))
    in_empty = image_of(figure)
    figure.set_sample(sample(1.0, Phase.IN))
    assert image_of(figure) == in_empty
    figure.set_sample(sample(1.0, Phase.HOLD_IN))
    hold = image_of(figure)
    figure.set_sample(sample(0.5, Phase.OUT))
    out = image_of(figure)
    assert hold != in_empty  # no arrow while holding
    assert out not in (in_empty, hold)  # the arrow turns round for the out-breath


def test_palette_change_repaints_the_cached_background(pacer: PacerWidget) -> None:
    image_of(pacer)
    palette = light_palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#142220"))
    pacer.setPalette(palette)
    assert image_of(pacer).pixelColor(2, 2) == QColor("#142220")


@pytest.mark.parametrize("cls", [PacerWidget, PelvisFigureWidget])
def test_decoration_is_named_and_never_takes_focus(qtbot: QtBot, cls: type[QWidget]) -> None:
    widget = cls()
    qtbot.addWidget(widget)
    assert widget.accessibleName()
    assert widget.accessibleDescription()
    assert widget.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert widget.minimumSizeHint().width() <= widget.sizeHint().width()
    assert widget.testAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
