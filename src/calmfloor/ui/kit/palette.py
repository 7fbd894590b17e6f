"""Every colour calmfloor paints, per theme (light, dark, high contrast) and for print.

The one colour registry: no other module in ``ui/`` writes a colour out, and
``calmfloor.ui.kit.contrast`` holds every pair drawn from it to WCAG AA.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from types import MappingProxyType

from PySide6.QtGui import QColor, QPalette

from calmfloor.core.session import SessionKind

LIGHT = "light"
DARK = "dark"
HIGH_CONTRAST = "high_contrast"
PRINT = "print"  # the PDF report, on white paper
SCREEN_THEMES = (LIGHT, DARK, HIGH_CONTRAST)

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
