"""WCAG contrast arithmetic, and every foreground/background pair each theme draws."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple

from PySide6.QtGui import QColor, QPalette

from calmfloor.ui.kit.palette import PRINT, PRINT_PAINT, THEMES, Paint, PrintPaint

_Role = QPalette.ColorRole

# Kinds of colour pair and the contrast each needs (WCAG 2.x, level AA).
TEXT = "text"
LARGE_TEXT = "large_text"  # at least 18 pt, or 14 pt bold
GRAPHIC = "graphic"  # shapes needed to understand the content, and control boundaries
DISABLED_TEXT = "disabled_text"  # exempt in WCAG; calmfloor asks 3:1 (see MINIMUM_RATIO)
DECORATION = "decoration"  # tints that carry no information: listed so every colour is seen
# Disabled text is exempt in WCAG, but "Managed by your clinic" settings are disabled
# controls that older patients still need to read, so they get the large-text minimum.
MINIMUM_RATIO: Mapping[str, float] = MappingProxyType(
    {TEXT: 4.5, LARGE_TEXT: 3.0, GRAPHIC: 3.0, DISABLED_TEXT: 3.0, DECORATION: 1.0}
)


class ColourPair(NamedTuple):
    """A foreground drawn on a background somewhere in the app, and what it must reach."""

    name: str
    fg: str
    bg: str
    kind: str


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def composite(fg: QColor | str, bg: QColor | str) -> QColor:
    """``fg`` laid over the opaque ``bg`` by its alpha, as the screen shows it."""
    top, under = QColor(fg), QColor(bg)
    a = top.alphaF()
    return QColor.fromRgbF(
        top.redF() * a + under.redF() * (1 - a),
        top.greenF() * a + under.greenF() * (1 - a),
        top.blueF() * a + under.blueF() * (1 - a),
    )


def relative_luminance(colour: QColor | str) -> float:
    """WCAG 2.x relative luminance of an opaque colour, 0 (black) to 1 (white)."""
    c = QColor(colour)
    return 0.2126 * _linear(c.redF()) + 0.7152 * _linear(c.greenF()) + 0.0722 * _linear(c.blueF())


def contrast_ratio(fg: QColor | str, bg: QColor | str) -> float:
    """WCAG 2.x contrast ratio (1 to 21) of ``fg`` over ``bg``; a see-through ``fg`` is
    composited over ``bg`` first."""
    top = composite(fg, bg)
    a, b = relative_luminance(top), relative_luminance(bg)
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)


def focus_colour(paint: Paint, background: QColor, fallback: QColor) -> QColor:
    """The ring colour on ``background``: the theme's focus colour where it shows (3:1),
    else ``fallback`` (the text colour of a coloured banner)."""
    if contrast_ratio(paint.focus, background) >= MINIMUM_RATIO[GRAPHIC]:
        return QColor(paint.focus)
    return QColor(fallback)


def contrast_pairs(name: str) -> list[ColourPair]:
    """Every foreground/background pair the app draws in theme ``name`` (or ``PRINT``)."""
    if name == PRINT:
        return _print_pairs(PRINT_PAINT)
    t = THEMES[name]
    r, p = t.roles, t.paint

    def role(which: str) -> str:
        return r[getattr(_Role, which)]

    window, base, alt, button = role("Window"), role("Base"), role("AlternateBase"), role("Button")
    highlight = role("Highlight")
    pairs = [
        ColourPair("window text", role("WindowText"), window, TEXT),
        ColourPair("window text on a note", role("WindowText"), alt, TEXT),
        ColourPair("field text", role("Text"), base, TEXT),
        ColourPair("banner text (reminder)", role("Text"), alt, TEXT),
        ColourPair("button text", role("ButtonText"), button, TEXT),
        ColourPair("chosen text", role("HighlightedText"), highlight, TEXT),
        ColourPair("tooltip", role("ToolTipText"), role("ToolTipBase"), TEXT),
        ColourPair("placeholder", role("PlaceholderText"), base, TEXT),
        ColourPair("link", role("Link"), base, TEXT),
        ColourPair("link on the window", role("Link"), window, TEXT),
        ColourPair("visited link", role("LinkVisited"), base, TEXT),
        ColourPair("bright text on a pressed control", role("BrightText"), role("Shadow"), TEXT),
        ColourPair("alarm text", p.alarm_text, p.alarm_bg, TEXT),
        ColourPair("phase word (large)", role("WindowText"), window, LARGE_TEXT),
        ColourPair("ring seconds (large)", role("WindowText"), window, LARGE_TEXT),
        ColourPair("figure labels", role("WindowText"), window, TEXT),
        ColourPair("chart tick labels", role("Text"), base, TEXT),
        ColourPair("disabled text", t.disabled_text, window, DISABLED_TEXT),
        ColourPair("disabled field text", t.disabled_text, base, DISABLED_TEXT),
        ColourPair("disabled button text", t.disabled_text, button, DISABLED_TEXT),
        # controls and focus
        ColourPair("control outline", p.control_outline, window, GRAPHIC),
        ColourPair("control outline on a note", p.control_outline, alt, GRAPHIC),
        ColourPair("control outline in a field", p.control_outline, base, GRAPHIC),
        ColourPair("outlines (palette Dark)", role("Dark"), window, GRAPHIC),
        ColourPair("chosen button", highlight, button, GRAPHIC),
        ColourPair("chosen button on the window", highlight, window, GRAPHIC),
        ColourPair("alarm button", button, p.alarm_bg, GRAPHIC),
        ColourPair("focus ring", p.focus, window, GRAPHIC),
        ColourPair("focus ring on a note", p.focus, alt, GRAPHIC),
        ColourPair("focus ring in a field", p.focus, base, GRAPHIC),
        ColourPair("focus on a chosen row", role("HighlightedText"), highlight, GRAPHIC),
        ColourPair(
            "focus ring on the alarm",
            focus_colour(p, QColor(p.alarm_bg), QColor(p.alarm_text)).name(),
            p.alarm_bg,
            GRAPHIC,
        ),
        ColourPair("panel edge", p.panel_edge, window, DECORATION),
        ColourPair("mid tone", role("Mid"), window, DECORATION),
        ColourPair("light tone", role("Light"), window, DECORATION),
        ColourPair("midlight tone", role("Midlight"), window, DECORATION),
        ColourPair("shadow tone", role("Shadow"), window, DECORATION),
        ColourPair("accent", role("Accent"), window, GRAPHIC),
        # breathing pacer and figure
        ColourPair("pacer disc", p.pacer_fill, window, GRAPHIC),
        ColourPair("pacer disc on its track", p.pacer_fill, p.pacer_track, GRAPHIC),
        ColourPair("pacer full-size ring (a hint)", p.pacer_guide, window, DECORATION),
        ColourPair("pacer track", p.pacer_track, window, DECORATION),
        ColourPair("reduced-motion circle", p.pacer_outline, window, GRAPHIC),
        ColourPair("reduced-motion fill", p.pacer_fill, p.pacer_track, GRAPHIC),
        ColourPair("figure outline", p.figure_outline, window, GRAPHIC),
        ColourPair("figure outline on the body", p.figure_outline, p.figure_body, GRAPHIC),
        ColourPair("diaphragm on the body", p.figure_diaphragm, p.figure_body, GRAPHIC),
        ColourPair("diaphragm under the lungs", p.figure_diaphragm, p.figure_lungs, GRAPHIC),
        ColourPair("diaphragm leader", p.figure_diaphragm, window, GRAPHIC),
        ColourPair("pelvic floor on the body", p.figure_floor, p.figure_body, GRAPHIC),
        ColourPair("pelvic floor leader", p.figure_floor, window, GRAPHIC),
        ColourPair("figure body", p.figure_body, window, DECORATION),
        ColourPair("figure bones", p.figure_bone, p.figure_body, DECORATION),
        ColourPair("figure lungs", p.figure_lungs, p.figure_body, DECORATION),
        # Relax: countdown ring and body diagram
        ColourPair("ring time left", p.ring_progress, window, GRAPHIC),
        ColourPair("ring time left on its track", p.ring_progress, p.ring_track, GRAPHIC),
        ColourPair("ring paused", p.ring_paused, window, GRAPHIC),
        ColourPair("ring paused on its track", p.ring_paused, p.ring_track, GRAPHIC),
        ColourPair("ring track", p.ring_track, window, DECORATION),
        ColourPair("body: current group", p.body_current, window, GRAPHIC),
        ColourPair("body: current against waiting", p.body_current, p.body_idle, GRAPHIC),
        ColourPair("body: current against done", p.body_current, p.body_done, GRAPHIC),
        ColourPair("body: current against skipped", p.body_current, p.body_skipped_fill, GRAPHIC),
        ColourPair("body: outline", p.body_edge, window, GRAPHIC),
        ColourPair("body: skipped edge", p.body_skipped_edge, p.body_skipped_fill, GRAPHIC),
        ColourPair("body: whole-body rest", p.body_soft, window, GRAPHIC),
        ColourPair("body: done against waiting", p.body_done, p.body_idle, DECORATION),
        ColourPair("body: waiting", p.body_idle, p.body_fill, DECORATION),
        ColourPair("body: fill", p.body_fill, window, DECORATION),
        ColourPair("body: fill at rest", p.body_fill_soft, window, DECORATION),
        # History: charts, calendar
        ColourPair("chart axis", p.chart_axis, base, GRAPHIC),
        ColourPair("rating markers", p.chart_marker, base, GRAPHIC),
        ColourPair("before/after line", p.chart_pair_line, base, GRAPHIC),
        ColourPair("change dots", p.chart_change, base, GRAPHIC),
        ColourPair("change dots in the band", p.chart_change, _over(p.chart_band, base), GRAPHIC),
        ColourPair("rolling average", p.chart_rolling, base, GRAPHIC),
        ColourPair(
            "rolling average in the band", p.chart_rolling, _over(p.chart_band, base), GRAPHIC
        ),
        ColourPair("zero line", p.chart_zero, base, GRAPHIC),
        ColourPair("band edge", p.chart_band_edge, base, GRAPHIC),
        ColourPair("band key edge", p.chart_band_edge, window, GRAPHIC),
        ColourPair("band tint", p.chart_band, base, DECORATION),
        ColourPair("band key tint", p.chart_band, window, DECORATION),
        ColourPair("heat map: practised day vs none", p.heat_levels[0], p.heat_empty, GRAPHIC),
        ColourPair("heat map: practised day vs page", p.heat_levels[0], window, GRAPHIC),
        ColourPair("heat map: today", p.heat_today, window, GRAPHIC),
        ColourPair("heat map: empty day", p.heat_empty, window, DECORATION),
        ColourPair("heat map: day edge", p.heat_edge, window, DECORATION),
        ColourPair("heat map: month and weekday", role("WindowText"), window, TEXT),
    ]
    for level, colour in enumerate(p.heat_levels[1:], start=2):
        pairs.append(ColourPair(f"heat map: level {level}", colour, p.heat_empty, GRAPHIC))
    for kind, colour in p.kinds.items():
        pairs.append(ColourPair(f"series {kind.value} on the chart", colour, base, GRAPHIC))
        pairs.append(ColourPair(f"series {kind.value} in the legend", colour, window, GRAPHIC))
    return pairs


def _over(tint: str, background: str) -> str:
    return composite(tint, background).name()


def _print_pairs(p: PrintPaint) -> list[ColourPair]:
    pairs = [
        ColourPair("report text", p.text, p.paper, TEXT),
        ColourPair("report notes and footer", p.muted, p.paper, TEXT),
        ColourPair("table heading", p.text, p.header_bg, TEXT),
        ColourPair("table border", p.table_border, p.paper, GRAPHIC),
        ColourPair("axis", p.axis, p.paper, GRAPHIC),
        ColourPair("before", p.before, p.paper, GRAPHIC),
        ColourPair("after", p.after, p.paper, GRAPHIC),
        ColourPair("grid", p.grid, p.paper, DECORATION),
        ColourPair("heading cells", p.header_bg, p.paper, DECORATION),
    ]
    for kind, colour in p.kinds.items():
        pairs.append(ColourPair(f"series {kind.value}", colour, p.paper, GRAPHIC))
    return pairs
