"""WCAG contrast of every colour pair calmfloor draws, and no colour outside the registry."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette

from calmfloor.ui.kit.theme import (
    DECORATION,
    DISABLED_TEXT,
    GRAPHIC,
    HIGH_CONTRAST,
    LARGE_TEXT,
    MINIMUM_RATIO,
    PRINT,
    PRINT_PAINT,
    SCREEN_THEMES,
    TEXT,
    THEMES,
    composite,
    contrast_pairs,
    contrast_ratio,
    named_colours,
    palette,
    relative_luminance,
)

UI = Path(__file__).resolve().parents[2] / "src" / "calmfloor" / "ui"
REGISTRY = UI / "kit" / "palette.py"


# ---- the arithmetic ----


@pytest.mark.parametrize(
    ("fg", "bg", "ratio"),
    [
        ("#777777", "#ffffff", 4.48),  # the classic "just fails AA" grey
        ("#000000", "#ffffff", 21.0),
        ("#ffffff", "#000000", 21.0),  # the order does not matter
        ("#767676", "#ffffff", 4.54),  # the lightest grey that passes on white
        ("#0000ff", "#ffffff", 8.59),
        ("#008000", "#ffffff", 5.14),
        ("#ff0000", "#ffffff", 4.0),
        ("#123456", "#123456", 1.0),
    ],
)
def test_contrast_ratio_of_known_pairs(fg: str, bg: str, ratio: float) -> None:
    assert contrast_ratio(fg, bg) == pytest.approx(ratio, abs=0.01)


def test_relative_luminance_ends_and_a_grey() -> None:
    assert relative_luminance("#000000") == 0.0
    assert relative_luminance("#ffffff") == pytest.approx(1.0)
    assert relative_luminance("#808080") == pytest.approx(0.2159, abs=1e-4)


def test_a_see_through_colour_is_laid_over_its_background_first() -> None:
    half_black = QColor(0, 0, 0, 128)
    assert composite(half_black, "#ffffff").name() == "#7f7f7f"
    assert contrast_ratio(half_black, "#ffffff") == pytest.approx(
        contrast_ratio("#7f7f7f", "#ffffff"), abs=0.01
    )
    # the same tint reads differently on black: compositing uses the real background
    assert contrast_ratio(half_black, "#000000") == pytest.approx(1.0)


def test_the_minimums_are_wcag_aa_and_disabled_text_is_held_to_3() -> None:
    assert MINIMUM_RATIO[TEXT] == 4.5
    assert MINIMUM_RATIO[LARGE_TEXT] == 3.0
    assert MINIMUM_RATIO[GRAPHIC] == 3.0
    # WCAG exempts disabled controls; clinic-locked settings are disabled and must be read
    assert MINIMUM_RATIO[DISABLED_TEXT] == 3.0


# ---- every pair, every theme ----


@pytest.mark.parametrize("theme", [*SCREEN_THEMES, PRINT])
def test_every_pair_meets_its_minimum(theme: str) -> None:
    pairs = contrast_pairs(theme)
    assert len(pairs) > 10
    failing = [
        f"{p.name}: {p.fg} on {p.bg} is {contrast_ratio(p.fg, p.bg):.2f}, needs "
        f"{MINIMUM_RATIO[p.kind]}"
        for p in pairs
        if contrast_ratio(p.fg, p.bg) < MINIMUM_RATIO[p.kind]
    ]
    assert not failing, "\n".join(failing)


@pytest.mark.parametrize("theme", [*SCREEN_THEMES, PRINT])
def test_every_named_colour_is_in_a_pair(theme: str) -> None:
    """A colour added to the registry cannot escape the contrast check."""
    paint = PRINT_PAINT if theme == PRINT else THEMES[theme].paint
    used = {c.lower() for p in contrast_pairs(theme) for c in (p.fg, p.bg)}
    missing = {
        name: value for name, value in named_colours(paint).items() if value.lower() not in used
    }
    assert not missing


@pytest.mark.parametrize("theme", SCREEN_THEMES)
def test_every_palette_role_is_in_a_pair(theme: str) -> None:
    spec = THEMES[theme]
    used = {c.lower() for p in contrast_pairs(theme) for c in (p.fg, p.bg)}
    missing = [role.name for role, value in spec.roles.items() if value.lower() not in used]
    assert not missing
    assert spec.disabled_text.lower() in used


@pytest.mark.parametrize("theme", SCREEN_THEMES)
def test_the_palette_is_the_registry(theme: str) -> None:
    pal = palette(theme)
    spec = THEMES[theme]
    for role, value in spec.roles.items():
        assert pal.color(QPalette.ColorGroup.Active, role).name() == value.lower(), role.name
        assert pal.color(QPalette.ColorGroup.Inactive, role).name() == value.lower(), role.name
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        assert pal.color(QPalette.ColorGroup.Disabled, role).name() == spec.disabled_text


def test_only_tints_that_carry_nothing_are_decoration() -> None:
    """Decoration is the exception: it never holds text, data, a control's edge or focus."""
    for theme in (*SCREEN_THEMES, PRINT):
        for pair in contrast_pairs(theme):
            if pair.kind == DECORATION:
                assert not re.search(r"text|focus|outline|series|marker|current", pair.name), (
                    pair.name
                )


def test_high_contrast_is_near_black_with_white_text_and_strong_edges() -> None:
    spec = THEMES[HIGH_CONTRAST]
    window = spec.roles[QPalette.ColorRole.Window]
    assert relative_luminance(window) < 0.01
    assert spec.roles[QPalette.ColorRole.WindowText] == "#ffffff"
    assert contrast_ratio(spec.paint.focus, window) >= 15  # a bright yellow ring
    assert contrast_ratio(spec.paint.control_outline, window) >= 15
    assert spec.outline_px >= 2
    minimum = min(
        contrast_ratio(p.fg, p.bg) for p in contrast_pairs(HIGH_CONTRAST) if p.kind == TEXT
    )
    assert minimum >= 7  # AAA for all text


@pytest.mark.parametrize("theme", SCREEN_THEMES)
def test_heat_map_levels_step_away_from_the_page(theme: str) -> None:
    """Any practice stands 3:1 apart from none; more minutes go further from the page."""
    paint = THEMES[theme].paint
    window = THEMES[theme].roles[QPalette.ColorRole.Window]
    assert contrast_ratio(paint.heat_levels[0], paint.heat_empty) >= 3
    distances = [contrast_ratio(level, window) for level in paint.heat_levels]
    assert distances == sorted(distances)
    assert len(set(paint.heat_levels)) == 4


# ---- no colour outside the registry ----

_HEX = re.compile(r"#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})\b")
_COLOUR_FUNCTION = re.compile(r"\b(?:rgba?|hsla?|hsva?)\s*\(", re.IGNORECASE)
_CSS_COLOUR = re.compile(
    r"(?:color|background|border|outline|selection-[a-z-]+)[a-z-]*\s*:\s*([^;{}]*)", re.IGNORECASE
)
_COLOUR_CALLS = {
    "QColor",
    "fromRgb",
    "fromRgbF",
    "fromRgba",
    "fromRgba64",
    "fromHsl",
    "fromHslF",
    "fromHsv",
    "fromHsvF",
    "fromCmyk",
    "fromCmykF",
    "fromString",
    "setNamedColor",
    "setRgb",
    "setRgbF",
    "setRgba",
    "setHsl",
    "setHslF",
    "setHsv",
    "setHsvF",
    "setRed",
    "setGreen",
    "setBlue",
    "setRedF",
    "setGreenF",
    "setBlueF",
    "setAlpha",
    "setAlphaF",
    "mkColor",
    "mkPen",
    "mkBrush",
    "intColor",
    "hsvColor",
}
_GLOBAL_COLOURS = {
    "white",
    "black",
    "red",
    "darkRed",
    "green",
    "darkGreen",
    "blue",
    "darkBlue",
    "cyan",
    "darkCyan",
    "magenta",
    "darkMagenta",
    "yellow",
    "darkYellow",
    "gray",
    "darkGray",
    "lightGray",
    "transparent",
    "color0",
    "color1",
}


def _constant(node: ast.AST) -> bool:
    """A literal number or string, or arithmetic on them (``335 / 360``)."""
    if isinstance(node, ast.Constant):
        return not isinstance(node.value, bool) and node.value is not None
    if isinstance(node, ast.UnaryOp):
        return _constant(node.operand)
    if isinstance(node, ast.BinOp):
        return _constant(node.left) and _constant(node.right)
    if isinstance(node, (ast.Tuple, ast.List)):
        return bool(node.elts) and all(_constant(e) for e in node.elts)
    return False


def _strings(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    return []


def colour_literals(source: str) -> list[str]:
    """Every colour written out in ``source``: hex or rgb() text, colour words in style
    sheets, ``Qt.GlobalColor`` names, and colour calls with literal arguments."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source)):
        line = getattr(node, "lineno", 0)
        for text in _strings(node):
            if _HEX.search(text) or _COLOUR_FUNCTION.search(text):
                found.append(f"{line}: {text!r}")
            for value in _CSS_COLOUR.findall(text):
                words = [w for w in re.findall(r"[A-Za-z]+", value) if QColor.isValidColorName(w)]
                if words:
                    found.append(f"{line}: style sheet colour {words} in {text!r}")
        if isinstance(node, ast.Attribute):
            if isinstance(node.value, ast.Attribute) and node.value.attr == "GlobalColor":
                found.append(f"{line}: Qt.GlobalColor.{node.attr}")
            elif (
                isinstance(node.value, ast.Name)
                and node.value.id == "Qt"
                and node.attr in _GLOBAL_COLOURS
            ):
                found.append(f"{line}: Qt.{node.attr}")
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name not in _COLOUR_CALLS:
                continue
            args = list(node.args)
            if name in ("mkPen", "mkBrush"):
                args = args[:1]  # later arguments are widths and styles
            args += [k.value for k in node.keywords if k.arg in ("color", "colour", "brush")]
            if any(_constant(arg) for arg in args):
                found.append(f"{line}: {name}({ast.unparse(node)[len(name) + 1 : -1]})")
    return found


@pytest.mark.parametrize(
    "snippet",
    [
        "x = '#777777'",
        "x = QColor('#abc')",
        "x = QColor(120, 120, 120)",
        "x = QColor.fromHslF(335 / 360, 0.5, 0.4)",
        "c.setAlpha(60)",
        "w.setStyleSheet('QLabel { color: red; }')",
        "w.setStyleSheet(f'background-color: rgba(0, 0, 0, {a});')",
        "p.setPen(Qt.GlobalColor.white)",
        "p.fillRect(r, Qt.black)",
        "pen = pg.mkPen('w', width=2)",
        "item.setPen(pg.mkPen(color=(255, 0, 0)))",
    ],
)
def test_the_scan_finds_written_out_colours(snippet: str) -> None:
    assert colour_literals(snippet), snippet


@pytest.mark.parametrize(
    "snippet",
    [
        "x = QColor(paint.pacer_fill)",
        "pen = pg.mkPen(colour, width=3)",
        "pen = pg.mkPen(None)",
        "w.setStyleSheet(f'background-color: {paint.kinds[kind]}; border-radius: 2px;')",
        "w.setStyleSheet('QPushButton:checked { background-color: palette(highlight); }')",
        "label = self.tr('Red or blistered skin')",
        "# a comment with #ffffff is not code",
    ],
)
def test_the_scan_leaves_registry_colours_and_prose_alone(snippet: str) -> None:
    assert not colour_literals(snippet), snippet


def test_no_colour_is_written_out_in_the_ui_outside_the_registry() -> None:
    """Every colour comes from palette.py, so none can escape the contrast check above."""
    found = {
        path.name: hits
        for path in sorted(UI.rglob("*.py"))  # every feature package too
        if path != REGISTRY and (hits := colour_literals(path.read_text(encoding="utf-8")))
    }
    assert not found, found


def test_the_registry_itself_is_seen_by_the_scan() -> None:
    """The scan would notice the registry's colours, so its silence elsewhere means something."""
    assert len(colour_literals(REGISTRY.read_text(encoding="utf-8"))) > 50
