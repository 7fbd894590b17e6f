"""Every colour calmfloor paints, per theme; the style that outlines controls and shows focus."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from types import MappingProxyType
from typing import NamedTuple

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QFrame,
    QProxyStyle,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOption,
    QStyleOptionComplex,
    QStyleOptionFrame,
    QStyleOptionTab,
    QTabBar,
    QWidget,
)

from calmfloor.core.session import SessionKind
from calmfloor.ui.kit.fonts import BASE_POINT_SIZE, install_fonts, refresh_font_scales

LIGHT = "light"
DARK = "dark"
HIGH_CONTRAST = "high_contrast"
PRINT = "print"  # the PDF report, on white paper
SCREEN_THEMES = (LIGHT, DARK, HIGH_CONTRAST)

FOCUS_RING_PX = 3  # the keyboard focus ring, drawn by CalmStyle on every focusable control
FOCUS_GAP_PX = 1  # between the ring and the control, so the ring shows on any control colour
ITEM_FOCUS_PX = 2  # the current row or cell of a list or table
INDICATOR_TEXT_RATIO = 0.75  # a check box or radio button, relative to its text's line height

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

# a chosen one of several checkable buttons (a range, a measure) must stand out in every
# theme, not only look pressed
CHOSEN_BUTTON_STYLE = (
    "QPushButton:checked { background-color: palette(highlight); "
    "color: palette(highlighted-text); font-weight: bold; }"
)

_Role = QPalette.ColorRole


@dataclass(frozen=True)
class Paint:
    """The named colours of one screen theme, beyond its ``QPalette`` roles.

    Each is ``"#rrggbb"``, or ``"#aarrggbb"`` (Qt's order) for a see-through tint. Widgets
    read them at paint time with :func:`paint_for` on their own palette, so a theme switch
    repaints them in the new colours.
    """

    control_outline: str  # edge of buttons, fields, boxes, sliders, lists (CalmStyle draws it)
    panel_edge: str  # edge of group boxes, notes and tab panes
    focus: str  # the keyboard focus ring
    pacer_fill: str  # the breathing disc, and the reduced-motion fill
    pacer_track: str  # the faint full-size disc behind it
    pacer_guide: str  # the ring that marks the full size
    pacer_outline: str  # the fixed circle of reduced motion
    figure_body: str  # the trunk in the diaphragm figure
    figure_outline: str
    figure_bone: str
    figure_lungs: str
    figure_diaphragm: str  # the breath colour
    figure_floor: str  # the pelvic floor, same lightness, another hue
    ring_track: str  # the Relax countdown ring: the full circle...
    ring_progress: str  # ...the time left...
    ring_paused: str  # ...and the time left while paused
    body_current: str  # the body diagram: the muscle group now
    body_done: str
    body_idle: str
    body_soft: str  # every region during a whole-body rest
    body_skipped_fill: str
    body_skipped_edge: str  # dashed, so skipped is not told by colour alone
    body_fill: str  # the body under the regions
    body_edge: str
    body_fill_soft: str  # the body during a whole-body rest
    kinds: Mapping[SessionKind, str]  # chart series, one per kind of session
    chart_axis: str
    chart_marker: str  # ratings before (hollow) and after (filled)
    chart_pair_line: str  # joins a session's before and after
    chart_change: str  # change per session
    chart_rolling: str  # its rolling average
    chart_zero: str
    chart_band: str  # the "change that matters" region, a see-through tint...
    chart_band_edge: str  # ...whose edge carries it
    heat_empty: str  # calendar heat map: a day without practice
    heat_edge: str
    heat_levels: tuple[str, str, str, str]  # 1 to 4, more minutes; level 1 stands out from empty
    heat_today: str
    alarm_bg: str  # the heat pack "time's up" banner
    alarm_text: str


@dataclass(frozen=True)
class Theme:
    """One screen theme: its palette roles, disabled text, named colours and outline width."""

    name: str
    roles: Mapping[QPalette.ColorRole, str]
    disabled_text: str
    paint: Paint
    outline_px: int = 1


@dataclass(frozen=True)
class PrintPaint:
    """The colours of the PDF report, printed on white paper."""

    paper: str
    text: str
    muted: str  # small notes, axis labels, the footer
    axis: str
    grid: str
    header_bg: str  # table heading cells
    table_border: str
    before: str
    after: str
    kinds: Mapping[SessionKind, str]


class ColourPair(NamedTuple):
    """A foreground drawn on a background somewhere in the app, and what it must reach."""

    name: str
    fg: str
    bg: str
    kind: str


def _kinds(breathing: str, relax: str, stretch: str, heat: str) -> Mapping[SessionKind, str]:
    return MappingProxyType(
        {
            SessionKind.BREATHING: breathing,
            SessionKind.RELAX: relax,
            SessionKind.STRETCH: stretch,
            SessionKind.HEAT: heat,
        }
    )


def _roles(**hexes: str) -> Mapping[QPalette.ColorRole, str]:
    return MappingProxyType({getattr(_Role, name): value for name, value in hexes.items()})


# ---- light: calm teal on a soft off-white ------------------------------------------------
_L_WINDOW = "#f3f6f5"
_L_TEXT = "#1d3533"
_L_HIGHLIGHT = "#2c6e67"
_L_OUTLINE = "#687c79"
_LIGHT = Theme(
    LIGHT,
    _roles(
        Window=_L_WINDOW,
        WindowText=_L_TEXT,
        Base="#ffffff",
        AlternateBase="#e9f0ee",
        Text=_L_TEXT,
        Button="#e3ecea",
        ButtonText=_L_TEXT,
        BrightText="#ffffff",
        Highlight=_L_HIGHLIGHT,
        HighlightedText="#ffffff",
        Accent=_L_HIGHLIGHT,
        ToolTipBase="#ffffff",
        ToolTipText=_L_TEXT,
        PlaceholderText="#5a6f6c",
        Link=_L_HIGHLIGHT,
        LinkVisited="#5a4e9c",
        Light="#ffffff",
        Midlight="#edf2f0",
        Mid="#b8c9c5",
        Dark=_L_OUTLINE,
        Shadow="#4a5e5b",
    ),
    disabled_text="#687c79",
    paint=Paint(
        control_outline=_L_OUTLINE,
        panel_edge="#b3c4c0",
        focus="#1f5fbf",
        pacer_fill="#54877f",
        pacer_track="#e6eeec",
        pacer_guide="#99b9b5",
        pacer_outline=_L_HIGHLIGHT,
        figure_body="#e6ebea",
        figure_outline="#6c7b7a",
        figure_bone="#cfd6d5",
        figure_lungs="#c6dad7",
        figure_diaphragm=_L_HIGHLIGHT,
        figure_floor="#8a3d62",
        ring_track="#c9d7d4",
        ring_progress=_L_HIGHLIGHT,
        ring_paused="#5d6e6b",
        body_current=_L_HIGHLIGHT,
        body_done="#9fd1c9",
        body_idle="#c8cfce",
        body_soft="#4f8b84",
        body_skipped_fill="#dde3e2",
        body_skipped_edge="#6c7b7a",
        body_fill="#e6ebea",
        body_edge="#7d8b8a",
        body_fill_soft="#d3e2df",
        kinds=_kinds("#2a9d8f", "#7b6fd6", "#c7791a", "#d8624a"),
        chart_axis=_L_OUTLINE,
        chart_marker=_L_HIGHLIGHT,
        chart_pair_line="#7a8a88",
        chart_change="#566866",
        chart_rolling=_L_HIGHLIGHT,
        chart_zero=_L_TEXT,
        chart_band="#3c2c6e67",
        chart_band_edge=_L_HIGHLIGHT,
        heat_empty="#e9f0ee",
        heat_edge="#c3d1ce",
        heat_levels=("#4f8780", "#2c6e67", "#1e4f4a", "#10302c"),
        heat_today=_L_TEXT,
        alarm_bg=_L_HIGHLIGHT,
        alarm_text="#ffffff",
    ),
)

# ---- dark: the same teal, lighter, on a deep green-grey ----------------------------------
_D_WINDOW = "#142220"
_D_TEXT = "#e2eeeb"
_D_HIGHLIGHT = "#6cc0b3"
_D_OUTLINE = "#7f9a95"
_DARK = Theme(
    DARK,
    _roles(
        Window=_D_WINDOW,
        WindowText=_D_TEXT,
        Base="#1b2c2a",
        AlternateBase="#21332f",
        Text=_D_TEXT,
        Button="#24403b",
        ButtonText=_D_TEXT,
        BrightText="#ffffff",
        Highlight=_D_HIGHLIGHT,
        HighlightedText="#0e1a19",
        Accent=_D_HIGHLIGHT,
        ToolTipBase="#24403b",
        ToolTipText=_D_TEXT,
        PlaceholderText="#9fb3af",
        Link="#8fd3c7",
        LinkVisited="#b9aef0",
        Light="#2f4d48",
        Midlight="#2a4641",
        Mid="#3b5752",
        Dark=_D_OUTLINE,
        Shadow="#0b1413",
    ),
    disabled_text="#8ea39f",
    paint=Paint(
        control_outline=_D_OUTLINE,
        panel_edge="#3f5c57",
        focus="#f5c451",
        pacer_fill="#4b847b",
        pacer_track="#1a2a28",
        pacer_guide="#3c6962",
        pacer_outline=_D_HIGHLIGHT,
        figure_body="#1f2d2b",
        figure_outline="#7d8f8c",
        figure_bone="#35453f",
        figure_lungs="#27443f",
        figure_diaphragm=_D_HIGHLIGHT,
        figure_floor="#d98bb0",
        ring_track="#2e4743",
        ring_progress=_D_HIGHLIGHT,
        ring_paused="#9fb3af",
        body_current=_D_HIGHLIGHT,
        body_done="#285f57",
        body_idle="#465553",
        body_soft="#4f9a8e",
        body_skipped_fill="#2a3735",
        body_skipped_edge="#8a9c99",
        body_fill="#1f2d2b",
        body_edge="#6f8480",
        body_fill_soft="#27443f",
        kinds=_kinds("#2a9d8f", "#8f84e0", "#c7791a", "#d8624a"),
        chart_axis=_D_OUTLINE,
        chart_marker=_D_HIGHLIGHT,
        chart_pair_line="#7f9a95",
        chart_change="#b4c6c2",
        chart_rolling=_D_HIGHLIGHT,
        chart_zero=_D_TEXT,
        chart_band="#406cc0b3",
        chart_band_edge=_D_HIGHLIGHT,
        heat_empty="#21332f",
        heat_edge="#36504b",
        heat_levels=("#3f8a80", "#56a89b", "#7cc7ba", "#b4e6dd"),
        heat_today=_D_TEXT,
        alarm_bg=_D_HIGHLIGHT,
        alarm_text="#0e1a19",
    ),
)

# ---- high contrast: white on near-black, cyan highlight, yellow focus ---------------------
_H_WINDOW = "#0a0a0a"
_H_TEXT = "#ffffff"
_H_HIGHLIGHT = "#00e0ff"
_H_OUTLINE = "#ffffff"
_H_FOCUS = "#ffe600"
_HIGH_CONTRAST = Theme(
    HIGH_CONTRAST,
    _roles(
        Window=_H_WINDOW,
        WindowText=_H_TEXT,
        Base="#000000",
        AlternateBase="#1c1c1c",
        Text=_H_TEXT,
        Button="#000000",
        ButtonText=_H_TEXT,
        BrightText="#ffffff",
        Highlight=_H_HIGHLIGHT,
        HighlightedText="#000000",
        Accent=_H_HIGHLIGHT,
        ToolTipBase="#000000",
        ToolTipText=_H_TEXT,
        PlaceholderText="#c8c8c8",
        Link=_H_FOCUS,
        LinkVisited="#ffb3ff",
        Light="#ffffff",
        Midlight="#dddddd",
        Mid="#bdbdbd",
        Dark=_H_OUTLINE,
        Shadow="#000000",
    ),
    disabled_text="#b4b4b4",
    paint=Paint(
        control_outline=_H_OUTLINE,
        panel_edge="#d0d0d0",
        focus=_H_FOCUS,
        pacer_fill=_H_HIGHLIGHT,
        pacer_track="#1c1c1c",
        pacer_guide="#ffffff",
        pacer_outline="#ffffff",
        figure_body="#1c1c1c",
        figure_outline="#ffffff",
        figure_bone="#5a5a5a",
        figure_lungs="#003c46",
        figure_diaphragm=_H_HIGHLIGHT,
        figure_floor="#ff7ac8",
        ring_track="#4a4a4a",
        ring_progress=_H_HIGHLIGHT,
        ring_paused="#ffffff",
        body_current=_H_HIGHLIGHT,
        body_done="#0a6f80",
        body_idle="#3c3c3c",
        body_soft="#00a9c0",
        body_skipped_fill="#1c1c1c",
        body_skipped_edge="#d0d0d0",
        body_fill="#1c1c1c",
        body_edge="#ffffff",
        body_fill_soft="#003c46",
        kinds=_kinds("#00e0ff", "#c9a7ff", "#ffb000", "#ff7b61"),
        chart_axis=_H_OUTLINE,
        chart_marker=_H_HIGHLIGHT,
        chart_pair_line="#bdbdbd",
        chart_change="#ffffff",
        chart_rolling=_H_FOCUS,
        chart_zero=_H_TEXT,
        chart_band="#5000e0ff",
        chart_band_edge=_H_HIGHLIGHT,
        heat_empty="#1c1c1c",
        heat_edge="#6e6e6e",
        heat_levels=("#00889c", "#00b0c8", "#00e0ff", "#b8f6ff"),
        heat_today=_H_FOCUS,
        alarm_bg=_H_FOCUS,
        alarm_text="#000000",
    ),
    outline_px=2,
)

THEMES: Mapping[str, Theme] = MappingProxyType(
    {LIGHT: _LIGHT, DARK: _DARK, HIGH_CONTRAST: _HIGH_CONTRAST}
)

# Okabe-Ito hues, told apart with colour blindness; the orange is darkened to 3:1 on white.
PRINT_PAINT = PrintPaint(
    paper="#ffffff",
    text="#000000",
    muted="#555555",
    axis="#555555",
    grid="#dddddd",
    header_bg="#eeeeee",
    table_border="#888888",
    before="#808080",
    after="#0072b2",
    kinds=_kinds("#0072b2", "#008a64", "#aa4499", "#d55e00"),
)


# ---- contrast ------------------------------------------------------------------------------


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


# ---- which theme ---------------------------------------------------------------------------


def system_prefers_dark() -> bool:
    """True when the desktop asks for a dark colour scheme (Qt 6.5+ reports it)."""
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def system_prefers_high_contrast() -> bool:
    """True when the desktop asks for high contrast (Qt 6.10+ reports it, else False)."""
    hints = QGuiApplication.styleHints()  # held: a temporary would drop its children's wrappers
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is None:
        return False
    prefs = accessibility()
    preference = getattr(prefs, "contrastPreference", None)
    wanted = getattr(getattr(Qt, "ContrastPreference", None), "HighContrast", None)
    return preference is not None and wanted is not None and preference() == wanted


def system_prefers_reduced_motion() -> bool:
    """True when the desktop asks for less motion (reported by Qt 6.12+, else False)."""
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is None:
        return False
    prefs = accessibility()
    motion = getattr(prefs, "motionPreference", None)
    reduced = getattr(getattr(Qt, "MotionPreference", None), "ReducedMotion", None)
    return motion is not None and reduced is not None and motion() == reduced


def resolve_theme(setting: str) -> str:
    """The screen theme the ``theme`` setting means ("system" asks the desktop)."""
    if setting == "system":
        if system_prefers_high_contrast():
            return HIGH_CONTRAST
        return DARK if system_prefers_dark() else LIGHT
    return setting if setting in THEMES else LIGHT


def resolve_reduced_motion(setting: str) -> bool:
    """Whether the ``reduced_motion`` setting ("system", "on", "off") means reduced."""
    if setting == "system":
        return system_prefers_reduced_motion()
    return setting == "on"


def palette(theme: str | bool = LIGHT, *, dark: bool | None = None) -> QPalette:
    """The palette of screen theme ``theme`` (a bool, or ``dark``, picks light or dark)."""
    if dark is not None:
        theme = dark
    if isinstance(theme, bool):
        theme = DARK if theme else LIGHT
    spec = THEMES[theme]
    pal = QPalette()
    for role, value in spec.roles.items():
        pal.setColor(role, QColor(value))
    disabled = QColor(spec.disabled_text)
    for role in (_Role.WindowText, _Role.Text, _Role.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return pal


# A theme is known by the first of these roles that matches: a banner that recolours its
# Window keeps the theme's Base, so its buttons still find their theme.
_KEY_ROLES = (_Role.Window, _Role.Base, _Role.AlternateBase)
_BY_COLOUR: Mapping[tuple[QPalette.ColorRole, int], Theme] = MappingProxyType(
    {(role, QColor(t.roles[role]).rgb()): t for role in _KEY_ROLES for t in THEMES.values()}
)


def theme_for(pal: QPalette) -> Theme:
    """The theme whose palette ``pal`` is (or derives from); light or dark by lightness
    for a palette calmfloor did not make."""
    for role in _KEY_ROLES:
        found = _BY_COLOUR.get((role, pal.color(QPalette.ColorGroup.Active, role).rgb()))
        if found is not None:
            return found
    return _DARK if pal.color(_Role.Window).lightnessF() < 0.5 else _LIGHT


def paint_for(pal: QPalette) -> Paint:
    """The named colours that go with palette ``pal`` (see :func:`theme_for`)."""
    return theme_for(pal).paint


def kind_colour(paint: Paint | PrintPaint, kind: SessionKind) -> QColor:
    """The chart colour of sessions of ``kind``."""
    return QColor(paint.kinds[kind])


def named_colours(paint: Paint | PrintPaint) -> dict[str, str]:
    """Every named colour of ``paint`` by field name (tuples and kinds spelled out)."""
    found: dict[str, str] = {}
    for field in fields(paint):
        value = getattr(paint, field.name)
        if isinstance(value, str):
            found[field.name] = value
        elif isinstance(value, tuple):
            found.update({f"{field.name}[{i}]": v for i, v in enumerate(value)})
        else:
            found.update({f"{field.name}[{k.value}]": v for k, v in value.items()})
    return found


# ---- the style: strong outlines and a visible focus ring -----------------------------------

_S = QStyle.StateFlag
_PE = QStyle.PrimitiveElement
_CE = QStyle.ControlElement
_CC = QStyle.ComplexControl
_SE = QStyle.SubElement

_CHECK_ELEMENTS = {
    _CE.CE_CheckBox: (_SE.SE_CheckBoxIndicator, _SE.SE_CheckBoxFocusRect),
    _CE.CE_RadioButton: (_SE.SE_RadioButtonIndicator, _SE.SE_RadioButtonFocusRect),
}
_CHECK_SUB_ELEMENTS = {
    _SE.SE_CheckBoxIndicator,
    _SE.SE_CheckBoxContents,
    _SE.SE_CheckBoxFocusRect,
    _SE.SE_RadioButtonIndicator,
    _SE.SE_RadioButtonContents,
    _SE.SE_RadioButtonFocusRect,
}
_CHECK_CLICK = {_SE.SE_CheckBoxClickRect, _SE.SE_RadioButtonClickRect}
_INSET_COMPLEX = {_CC.CC_ComboBox, _CC.CC_ToolButton}  # drawn smaller inside the ring
_RING_COMPLEX = {_CC.CC_SpinBox, _CC.CC_Slider}  # ring over the edge (a child fills the middle)
_FRAMED = {
    QFrame.Shape.Box,
    QFrame.Shape.Panel,
    QFrame.Shape.StyledPanel,
    QFrame.Shape.WinPanel,
}
_RING_MARGIN_PX = FOCUS_RING_PX + FOCUS_GAP_PX
_INDICATOR_METRICS = {
    QStyle.PixelMetric.PM_IndicatorWidth,
    QStyle.PixelMetric.PM_IndicatorHeight,
    QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
    QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
}


def _keyboard_focus(option: QStyleOption) -> bool:
    """The control has the keyboard focus, however it got there.

    Fusion shows a ring only after a key press moved the focus; then a ring is missing where
    the app moved the focus itself (Pause after Start, the rating after a session, the heat
    alarm) and a person with low vision cannot find where typing goes.
    """
    return bool(option.state & _S.State_HasFocus)


def _copy(option: QStyleOption) -> QStyleOption:
    copy: QStyleOption = type(option)(option)
    return copy


def _inset(option: QStyleOption, by: int) -> QStyleOption:
    copy = _copy(option)
    copy.rect = option.rect.adjusted(by, by, -by, -by)
    return copy


def _backdrop(widget: QWidget | None, fallback: QPalette) -> tuple[QPalette, QPalette.ColorRole]:
    """The palette and role of what shows behind ``widget``: its nearest ancestor that fills
    its background (a banner, a note) or its window. Not the widget's own palette, which a
    style sheet may have recoloured."""
    ancestor = widget.parentWidget() if widget is not None else None
    while ancestor is not None:
        if ancestor.autoFillBackground() or ancestor.isWindow():
            return ancestor.palette(), ancestor.backgroundRole()
        ancestor = ancestor.parentWidget()
    return fallback, _Role.Window


def _is_check(widget: QWidget | None) -> bool:
    return isinstance(widget, (QCheckBox, QRadioButton))


def _chosen(option: QStyleOption, widget: QWidget | None) -> QStyleOption:
    """A checked push button in the highlight colours, so the choice shows in every theme."""
    state = option.state
    if not isinstance(widget, QPushButton) or not state & _S.State_On:
        return option
    if not state & _S.State_Enabled:
        return option
    copy = _copy(option)
    pal = QPalette(option.palette)
    pal.setColor(_Role.Button, pal.color(_Role.Highlight))
    pal.setColor(_Role.ButtonText, pal.color(_Role.HighlightedText))
    copy.palette = pal
    return copy


def _stroke(painter: QPainter, rect: QRectF, colour: QColor, width: float, radius: float) -> None:
    """A rectangle (rounded by ``radius``) of pen ``width`` drawn just inside ``rect``."""
    half = width / 2
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    pen = QPen(colour, width)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    inner = rect.adjusted(half, half, -half, -half)
    if radius > 0:
        painter.drawRoundedRect(inner, radius, radius)
    else:
        painter.drawRect(inner)
    painter.restore()


class CalmStyle(QProxyStyle):
    """Fusion, with theme-coloured outlines on every control and a thick focus ring.

    Fusion outlines controls in a shade of the window colour (about 2:1 in the light theme,
    invisible on black) and marks keyboard focus with a thin line. This style draws each
    control's edge in the theme's ``control_outline`` (2 px in high contrast), shows a
    checked push button in the highlight colours, and draws a ``FOCUS_RING_PX`` ring in the
    theme's ``focus`` colour, a pixel away from the control, around whatever has keyboard
    focus: buttons, check boxes, radio buttons, combo and spin boxes, sliders, fields, tabs,
    lists and tables (and a ring inside their current row or cell). On a coloured banner
    where the focus colour would not show, the ring takes the banner's text colour.
    """

    def __init__(self) -> None:
        super().__init__("Fusion")

    # -- sizes: room for the ring --------------------------------------------------------

    def sizeFromContents(
        self,
        contents: QStyle.ContentsType,
        option: QStyleOption,
        size: QSize,
        widget: QWidget | None = None,
    ) -> QSize:
        result = super().sizeFromContents(contents, option, size, widget)  # type: ignore[arg-type]
        if contents in (QStyle.ContentsType.CT_CheckBox, QStyle.ContentsType.CT_RadioButton):
            result = result + QSize(2 * _RING_MARGIN_PX, 2 * _RING_MARGIN_PX)
        return result

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        if metric == QStyle.PixelMetric.PM_DefaultFrameWidth and isinstance(
            widget, QAbstractItemView
        ):
            return FOCUS_RING_PX  # the ring round a list or table shows beside its rows
        size = super().pixelMetric(metric, option, widget)
        if metric in _INDICATOR_METRICS and isinstance(widget, (QCheckBox, QRadioButton)):
            # the box grows with the text size, so at 200 % it is not a speck beside the words
            return max(size, round(widget.fontMetrics().height() * INDICATOR_TEXT_RATIO))
        return size

    def subElementRect(
        self, element: QStyle.SubElement, option: QStyleOption, widget: QWidget | None = None
    ) -> QRect:
        if element in _CHECK_SUB_ELEMENTS and _is_check(widget):
            return super().subElementRect(element, _inset(option, _RING_MARGIN_PX), widget)  # type: ignore[arg-type]
        if element in _CHECK_CLICK and _is_check(widget):
            return option.rect
        return super().subElementRect(element, option, widget)  # type: ignore[arg-type]

    # -- drawing ------------------------------------------------------------------------

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == _PE.PE_FrameFocusRect:
            self._item_focus(option, painter, widget)
            return
        if element == _PE.PE_FrameTabWidget:
            # the pane takes the window colour (Fusion tints it from the button colour), so
            # what lies on a tab page meets the same contrast as on any page
            painter.fillRect(option.rect, option.palette.color(_Role.Window))
            self._edge(option, painter, widget)
            return
        if element == _PE.PE_PanelLineEdit and isinstance(option, QStyleOptionFrame):
            framed = option.lineWidth > 0  # not the field inside a spin box
            ring = framed and _keyboard_focus(option)
            inner = _inset(option, _RING_MARGIN_PX) if ring else option
            super().drawPrimitive(element, inner, painter, widget)
            if framed:
                self._outline(inner, painter, widget, radius=2.0)
            if ring:
                self._ring(option, painter, widget, option.rect)
            return
        if option.rect.isEmpty():
            return  # squeezed to nothing (a button inset by the ring in a few pixels of
            # room): Fusion would paint its cached panel into an empty pixmap and warn
        super().drawPrimitive(element, option, painter, widget)
        if element == _PE.PE_PanelButtonCommand and widget is not None:
            self._outline(option, painter, widget, radius=2.5)
        elif element == _PE.PE_IndicatorCheckBox:
            self._outline(option, painter, widget, radius=1.0)
        elif element == _PE.PE_IndicatorRadioButton:
            self._outline(option, painter, widget, radius=-1.0)
        elif element == _PE.PE_FrameGroupBox:
            self._edge(option, painter, widget)

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element in (_CE.CE_PushButtonBevel, _CE.CE_PushButtonLabel):
            option = _chosen(option, widget)
        if element == _CE.CE_PushButtonBevel and _keyboard_focus(option):
            super().drawControl(element, _inset(option, _RING_MARGIN_PX), painter, widget)
            self._ring(option, painter, widget, option.rect)
            return
        if element in _CHECK_ELEMENTS:
            # Qt lays a check box out from the rect it paints in, so it paints in the rect
            # inside the room kept for the ring (see sizeFromContents)
            super().drawControl(element, _inset(option, _RING_MARGIN_PX), painter, widget)
            if _keyboard_focus(option):
                indicator, label = _CHECK_ELEMENTS[element]
                around = self.subElementRect(indicator, option, widget)
                text = self.subElementRect(label, option, widget)
                if text.isValid() and not text.isEmpty():
                    around = around | text
                m = _RING_MARGIN_PX
                self._ring(option, painter, widget, around.adjusted(-m, -m, m, m) & option.rect)
            return
        super().drawControl(element, option, painter, widget)
        if element == _CE.CE_TabBarTabShape and isinstance(option, QStyleOptionTab):
            self._tab(option, painter, widget)
        elif element == _CE.CE_TabBarTab and _keyboard_focus(option):
            self._ring(option, painter, widget, option.rect)  # over the tab's own edge
        elif element == _CE.CE_ShapedFrame and isinstance(option, QStyleOptionFrame):
            self._frame(option, painter, widget)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        focused = _keyboard_focus(option)
        if control in _INSET_COMPLEX and focused:
            inner = _inset(option, _RING_MARGIN_PX)
            super().drawComplexControl(control, inner, painter, widget)  # type: ignore[arg-type]
            self._ring(option, painter, widget, option.rect)
            return
        super().drawComplexControl(control, option, painter, widget)
        if control == _CC.CC_SpinBox:
            self._outline(option, painter, widget, radius=2.0)
        elif control == _CC.CC_Slider:
            for sub in (QStyle.SubControl.SC_SliderGroove, QStyle.SubControl.SC_SliderHandle):
                rect = self.subControlRect(control, option, sub, widget)  # type: ignore[arg-type]
                if rect.isValid():
                    self._outline(option, painter, widget, radius=2.0, rect=rect)
        elif control == _CC.CC_ScrollBar:
            sub = QStyle.SubControl.SC_ScrollBarSlider
            handle = self.subControlRect(control, option, sub, widget)  # type: ignore[arg-type]
            if handle.isValid() and not handle.isEmpty():
                self._outline(
                    option, painter, widget, radius=2.0, rect=handle.adjusted(1, 1, -1, -1)
                )
        if control in _RING_COMPLEX and focused:
            self._ring(option, painter, widget, option.rect)

    # -- helpers --------------------------------------------------------------------------

    def _item_focus(self, option: QStyleOption, painter: QPainter, widget: QWidget | None) -> None:
        """Lists and tables: a ring inside the current row or cell. Other controls draw
        their own ring round the whole control instead of Fusion's faint dotted one."""
        if not isinstance(widget, QAbstractItemView) or not _keyboard_focus(option):
            return
        pal = widget.palette()
        if option.state & _S.State_Selected:
            colour = pal.color(_Role.HighlightedText)
        else:
            colour = focus_colour(paint_for(pal), pal.color(_Role.Base), pal.color(_Role.Text))
        _stroke(painter, QRectF(option.rect), colour, ITEM_FOCUS_PX, 1.0)

    def _ring(
        self, option: QStyleOption, painter: QPainter, widget: QWidget | None, rect: QRect
    ) -> None:
        pal, role = _backdrop(widget, option.palette)
        text = pal.color(
            _Role.Text if role in (_Role.Base, _Role.AlternateBase) else _Role.WindowText
        )
        colour = focus_colour(paint_for(pal), pal.color(role), text)
        _stroke(painter, QRectF(rect), colour, FOCUS_RING_PX, FOCUS_RING_PX + 1.0)

    def _outline(
        self,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None,
        radius: float,
        rect: QRect | None = None,
    ) -> None:
        """The control's edge in the theme's outline colour, over Fusion's faint one; a
        negative ``radius`` draws a circle."""
        pal, _role = _backdrop(widget, option.palette)
        theme = theme_for(pal)
        colour = QColor(theme.paint.control_outline)
        if not option.state & _S.State_Enabled:
            colour = QColor(theme.disabled_text)
        box = QRectF(option.rect if rect is None else rect)
        if radius >= 0:
            _stroke(painter, box, colour, theme.outline_px, radius)
            return
        half = theme.outline_px / 2
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(colour, theme.outline_px))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(box.adjusted(half, half, -half, -half))
        painter.restore()

    def _edge(self, option: QStyleOption, painter: QPainter, widget: QWidget | None) -> None:
        """A panel's edge: group boxes, tab panes, notes."""
        pal, _role = _backdrop(widget, option.palette)
        theme = theme_for(pal)
        _stroke(painter, QRectF(option.rect), QColor(theme.paint.panel_edge), theme.outline_px, 2.0)

    def _tab(self, option: QStyleOptionTab, painter: QPainter, widget: QWidget | None) -> None:
        """Each tab outlined; the chosen one marked by a bar in the highlight colour on the
        side away from the page (Fusion tells it only by a slightly lighter shade)."""
        self._outline(option, painter, widget, radius=2.0)
        if not option.state & _S.State_Selected:
            return
        rect = QRectF(option.rect)
        bar = float(FOCUS_RING_PX)
        shape = option.shape
        if shape in (QTabBar.Shape.RoundedSouth, QTabBar.Shape.TriangularSouth):
            mark = QRectF(rect.left(), rect.bottom() + 1 - bar, rect.width(), bar)
        elif shape in (QTabBar.Shape.RoundedWest, QTabBar.Shape.TriangularWest):
            mark = QRectF(rect.left(), rect.top(), bar, rect.height())
        elif shape in (QTabBar.Shape.RoundedEast, QTabBar.Shape.TriangularEast):
            mark = QRectF(rect.right() + 1 - bar, rect.top(), bar, rect.height())
        else:
            mark = QRectF(rect.left(), rect.top(), rect.width(), bar)
        painter.fillRect(mark, option.palette.color(_Role.Highlight))

    def _frame(self, option: QStyleOptionFrame, painter: QPainter, widget: QWidget | None) -> None:
        """Lists and tables: a control outline, and the ring with keyboard focus; other
        frames (notes, panels): the panel edge."""
        if option.frameShape not in _FRAMED:
            return
        if not isinstance(widget, QAbstractItemView):
            self._edge(option, painter, widget)
            return
        self._outline(option, painter, widget, radius=0.0)
        if _keyboard_focus(option):
            self._ring(option, painter, widget, option.rect)


# ---- applying a theme ----------------------------------------------------------------------

_THEME_PROPERTY = "calmfloor-theme"
_SCALE_PROPERTY = "calmfloor-text-scale"
_FOLLOWING_PROPERTY = "calmfloor-follows-desktop"


def apply_theme(app: QApplication, theme: str, text_scale_percent: int) -> None:
    """Apply the style, the palette of the ``theme`` setting and the text size to the app.

    With "system" the theme follows the desktop's dark and high-contrast preferences, also
    when they change while the app runs.
    """
    if not isinstance(app.style(), CalmStyle):  # creating a style costs ~12 ms
        app.setStyle(CalmStyle())
    app.setProperty(_THEME_PROPERTY, theme)
    app.setProperty(_SCALE_PROPERTY, text_scale_percent)
    wanted = palette(resolve_theme(theme))
    if app.palette() != wanted:
        app.setPalette(wanted)
    font = QFont(app.font())
    families = install_fonts(app)
    if families:
        font.setFamilies(families)
    font.setPointSizeF(BASE_POINT_SIZE * text_scale_percent / 100.0)
    if font != app.font():
        app.setFont(font)
        refresh_font_scales()  # headings and large buttons follow at once
    _follow_desktop(app)


def _follow_desktop(app: QApplication) -> None:
    """Re-apply a "system" theme when the desktop's colour or contrast preference changes."""
    if app.property(_FOLLOWING_PROPERTY):
        return
    app.setProperty(_FOLLOWING_PROPERTY, True)
    hints = QGuiApplication.styleHints()
    hints.colorSchemeChanged.connect(_desktop_changed)
    accessibility = getattr(hints, "accessibility", None)
    signal = getattr(accessibility(), "contrastPreferenceChanged", None) if accessibility else None
    if signal is not None:
        signal.connect(_desktop_changed)


def _desktop_changed(*_args: object) -> None:
    app = QApplication.instance()
    if isinstance(app, QApplication) and app.property(_THEME_PROPERTY) == "system":
        apply_theme(app, "system", int(app.property(_SCALE_PROPERTY) or 100))


__all__ = [
    "BASE_POINT_SIZE",
    "CHOSEN_BUTTON_STYLE",
    "DARK",
    "DECORATION",
    "DISABLED_TEXT",
    "FOCUS_RING_PX",
    "GRAPHIC",
    "HIGH_CONTRAST",
    "LARGE_TEXT",
    "LIGHT",
    "MINIMUM_RATIO",
    "PRINT",
    "PRINT_PAINT",
    "SCREEN_THEMES",
    "TEXT",
    "THEMES",
    "CalmStyle",
    "ColourPair",
    "Paint",
    "PrintPaint",
    "Theme",
    "apply_theme",
    "composite",
    "contrast_pairs",
    "contrast_ratio",
    "focus_colour",
    "kind_colour",
    "named_colours",
    "paint_for",
    "palette",
    "relative_luminance",
    "resolve_reduced_motion",
    "resolve_theme",
    "system_prefers_dark",
    "system_prefers_high_contrast",
    "system_prefers_reduced_motion",
    "theme_for",
]
