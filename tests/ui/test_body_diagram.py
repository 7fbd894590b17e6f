"""The body diagram: every region is drawn, and the patient sees where the routine is."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from pytestqt.qtbot import QtBot

from calmfloor.ui.kit.theme import palette
from calmfloor.ui.relax.body_diagram import BodyDiagramWidget, diagram_colours

SVG_PATH = Path(__file__).resolve().parents[2] / "assets" / "body" / "body.svg"
NS = "{http://www.w3.org/2000/svg}"
SHAPES = {f"{NS}{tag}" for tag in ("path", "ellipse", "circle", "rect", "polygon")}

# The Region values of the routine spec, whole_body aside (it lights everything).
REGIONS = (
    "feet",
    "calves",
    "thighs",
    "glutes",
    "hips",
    "lower_back",
    "abdomen",
    "pelvic_floor",
    "hands",
    "forearms",
    "upper_arms",
    "shoulders",
    "neck",
    "face",
)
SIDED = (
    "feet",
    "calves",
    "thighs",
    "glutes",
    "hips",
    "hands",
    "forearms",
    "upper_arms",
    "shoulders",
)
LABELS = {
    "feet": "feet",
    "calves": "calves",
    "lower_back": "lower back",
    "glutes": "buttocks",
    "whole_body": "whole body",
}
SIZE = (360, 400)


def svg_root() -> ET.Element:
    return ET.parse(SVG_PATH).getroot()


def by_id(root: ET.Element) -> dict[str, ET.Element]:
    return {el.get("id", ""): el for el in root.iter() if el.get("id")}


def leaf_ids(region_id: str) -> list[str]:
    """The ids of the drawn shapes under ``region_id`` (every shape has one)."""
    element = by_id(svg_root())[region_id]
    return [el.get("id", "") for el in element.iter() if el.tag in SHAPES]


def close(a: QColor, b: QColor, tolerance: int = 3) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


def make(qtbot: QtBot, dark: bool = False, path: Path = SVG_PATH) -> BodyDiagramWidget:
    widget = BodyDiagramWidget(path, LABELS)
    qtbot.addWidget(widget)
    widget.setPalette(palette(dark))
    widget.resize(*SIZE)
    return widget


def colour_at(widget: BodyDiagramWidget, element_id: str) -> QColor:
    """The painted colour at the centre of ``element_id``."""
    renderer = widget.renderer()
    assert renderer is not None
    bounds = renderer.boundsOnElement(element_id)
    assert not bounds.isEmpty(), element_id
    point = widget.map_from_svg(bounds.center())
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    return image.pixelColor(round(point.x()), round(point.y()))


def colours(dark: bool = False) -> dict[str, QColor]:
    return diagram_colours(palette(dark))


# ---- the drawing ----


def test_every_region_has_its_own_element_with_shapes() -> None:
    ids = by_id(svg_root())
    for region in REGIONS:
        assert f"region-{region}" in ids, region
        leaves = leaf_ids(f"region-{region}")
        assert leaves and all(leaves), f"{region}: every shape needs an id"


@pytest.mark.parametrize("region", SIDED)
def test_sided_regions_have_a_left_and_a_right(region: str) -> None:
    ids = by_id(svg_root())
    group = ids[f"region-{region}"]
    children = {el.get("id") for el in group.iter()}
    assert {f"region-{region}-left", f"region-{region}-right"} <= children


def test_front_view_shows_the_patients_left_on_the_viewers_right(qtbot: QtBot) -> None:
    widget = make(qtbot)
    renderer = widget.renderer()
    assert renderer is not None
    centre_x = renderer.viewBoxF().width() / 4  # front view centre
    left = renderer.boundsOnElement("region-thighs-left").center().x()
    right = renderer.boundsOnElement("region-thighs-right").center().x()
    assert right < centre_x < left
    back_x = renderer.viewBoxF().width() * 3 / 4
    assert (
        renderer.boundsOnElement("region-glutes-left").center().x()
        < back_x
        < renderer.boundsOnElement("region-glutes-right").center().x()
    )


def test_regions_are_neutral_grey_over_an_outline_and_the_file_is_small() -> None:
    root = svg_root()
    ids = by_id(root)
    order = [el.get("id") for el in root.iter() if el.get("id") in ("outline", "region-feet")]
    assert order == ["outline", "region-feet"], "the outline is drawn under the regions"
    assert ids["regions"].get("fill") == "#cccccc"
    assert ids["regions"].get("stroke") == "none"
    for el in ids["regions"].iter():
        assert el.get("fill") in (None, "#cccccc")
    assert SVG_PATH.stat().st_size < 25_000
    assert not [el for el in root.iter() if el.tag == f"{NS}text"]


# ---- the widget ----


@pytest.mark.parametrize("region", REGIONS)
def test_the_current_region_is_painted_in_the_highlight_colour(qtbot: QtBot, region: str) -> None:
    widget = make(qtbot)
    widget.set_state(region, None, ())
    highlight = widget.palette().color(QPalette.ColorRole.Highlight)
    for leaf in leaf_ids(f"region-{region}"):
        assert close(colour_at(widget, leaf), highlight), leaf
    other = "face" if region != "face" else "feet"
    assert close(colour_at(widget, leaf_ids(f"region-{other}")[0]), colours()["idle"])


def test_a_side_lights_only_that_side_in_both_views(qtbot: QtBot) -> None:
    widget = make(qtbot)
    highlight = colours()["current"]
    widget.set_state("glutes", "left", ())
    assert close(colour_at(widget, "region-glutes-left"), highlight)
    assert close(colour_at(widget, "region-glutes-right"), colours()["idle"])

    widget.set_state("feet", "right", ["calves"])
    assert close(colour_at(widget, "region-feet-right-front"), highlight)
    assert close(colour_at(widget, "region-feet-right-back"), highlight)
    assert not close(colour_at(widget, "region-feet-left-front"), highlight)
    assert not close(colour_at(widget, "region-feet-left-back"), highlight)

    widget.set_state("feet", "both", ())
    assert close(colour_at(widget, "region-feet-left-front"), highlight)


def test_done_and_skipped_regions_look_different_from_waiting_ones(qtbot: QtBot) -> None:
    widget = make(qtbot)
    widget.set_state("face", None, ())
    idle = colour_at(widget, "region-lower_back")
    widget.set_state("face", None, ["lower_back"], ["abdomen"])
    done = colour_at(widget, "region-lower_back")
    skipped = colour_at(widget, "region-abdomen")
    assert close(done, colours()["done"])
    assert not close(done, idle, tolerance=20)
    assert not close(skipped, idle, tolerance=10)
    assert not close(skipped, done, tolerance=20)


def test_the_other_side_of_a_done_region_stays_done(qtbot: QtBot) -> None:
    widget = make(qtbot)
    widget.set_state("thighs", "right", ["thighs"])
    assert close(colour_at(widget, "region-thighs-left"), colours()["done"])
    assert close(colour_at(widget, "region-thighs-right"), colours()["current"])


def test_whole_body_lights_every_region_softly(qtbot: QtBot) -> None:
    widget = make(qtbot)
    widget.set_state("whole_body", None, ["feet"])
    for region in REGIONS:
        assert close(colour_at(widget, leaf_ids(f"region-{region}")[0]), colours()["soft"])
    assert widget.accessibleDescription().startswith("Now: whole body.")


def test_dark_palette_and_a_theme_switch(qtbot: QtBot) -> None:
    widget = make(qtbot)
    widget.set_state("lower_back", None, ["feet"])
    widget.setPalette(palette(True))
    dark = colours(dark=True)
    assert close(colour_at(widget, "region-lower_back"), dark["current"])
    assert close(colour_at(widget, "region-feet-left-back"), dark["done"])
    assert close(colour_at(widget, "region-face"), dark["idle"])
    assert not close(dark["idle"], palette(True).color(QPalette.ColorRole.Window), tolerance=15)


def test_the_description_says_where_we_are_in_words(qtbot: QtBot) -> None:
    widget = make(qtbot)
    assert widget.accessibleName() == "Body diagram"
    widget.set_state("lower_back", "left", {"calves", "feet"})
    assert widget.accessibleDescription() == "Now: lower back, left side. Done: feet, calves."
    widget.set_state("glutes", "both", ["feet"], ["pelvic_floor"])
    assert widget.accessibleDescription() == ("Now: buttocks. Done: feet. Skipped: pelvic floor.")


@pytest.mark.parametrize("content", [None, b"<svg><g id='outline'>", b"<html></html>"])
def test_a_missing_or_damaged_drawing_shows_words_only(
    qtbot: QtBot, tmp_path: Path, content: bytes | None
) -> None:
    path = tmp_path / "body.svg"
    if content is not None:
        path.write_bytes(content)
    widget = make(qtbot, path=path)
    widget.set_state("hips", "right", ["feet"])
    assert widget.renderer() is None
    assert widget.accessibleDescription() == "Now: hips, right side. Done: feet."
    image = widget.grab().toImage()
    assert image.width() == SIZE[0]


def test_size_follows_the_drawing(qtbot: QtBot) -> None:
    widget = make(qtbot)
    assert widget.hasHeightForWidth()
    assert widget.heightForWidth(400) > widget.heightForWidth(200) > 200
    rect = widget.picture_rect()
    assert rect.width() <= SIZE[0] and rect.height() <= SIZE[1]
    assert abs(rect.center().x() - SIZE[0] / 2) < 1
