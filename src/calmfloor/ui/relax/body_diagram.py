"""The body diagram of the Relax page: front and back views, the current muscle group lit."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from calmfloor.ui.kit.theme import paint_for

SVG_NS = "http://www.w3.org/2000/svg"
WHOLE_BODY = "whole_body"
# The order the description lists regions in: the usual PMR order, feet to face.
REGION_ORDER = (
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
SIDES = ("left", "right")

CACHE_SIZE = 32  # recoloured SVG documents kept, one per (state, palette)
CAPTION_GAP_PX = 4  # between the figures and their "Front"/"Back" captions
# Where each view's centre sits, as a fraction of the viewBox width (see body.svg).
FRONT_CENTRE_FRACTION = 0.25
BACK_CENTRE_FRACTION = 0.75

# skipped regions look faded, with a dashed edge, so skipped is not told by colour alone
SKIPPED_DASH = "3 2"
SKIPPED_EDGE_WIDTH = "1.2"

_SHAPES = frozenset({"path", "ellipse", "circle", "rect", "polygon", "polyline", "line"})
_REGION_ID = re.compile(r"^region-([a-z_]+)$")
_SIDE_ID = re.compile(r"^region-([a-z_]+)-(left|right)$")
_REPAINT_EVENTS = (QEvent.Type.PaletteChange, QEvent.Type.StyleChange)


@dataclass(frozen=True)
class _Leaf:
    """One drawn shape of a region: which region, which side (or None)."""

    element: ET.Element
    region: str
    side: str | None


def diagram_colours(palette: QPalette) -> dict[str, QColor]:
    """The colours the diagram uses for ``palette``, by state name (for views and tests).

    They come from the palette's theme (``theme.Paint``): the current group in the
    highlight colour, at least 3:1 against every other state and the page.
    """
    paint = paint_for(palette)
    return {
        "current": QColor(paint.body_current),
        "done": QColor(paint.body_done),
        "idle": QColor(paint.body_idle),
        "soft": QColor(paint.body_soft),
        "skipped_fill": QColor(paint.body_skipped_fill),
        "skipped_edge": QColor(paint.body_skipped_edge),
        "outline_fill": QColor(paint.body_fill),
        "outline_edge": QColor(paint.body_edge),
        "outline_soft": QColor(paint.body_fill_soft),
    }


def _strip_namespaces(root: ET.Element) -> None:
    """Drop ``{ns}`` prefixes so the tree serialises back without ``ns0:`` tags."""
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.startswith("{"):
            element.tag = element.tag.split("}", 1)[1]


class BodyDiagramWidget(QWidget):
    """A calm front-and-back body figure that shows where the routine is.

    The current region is painted in the palette's highlight colour (only one side when the
    step has a side and the region has sides), regions already done in a soft highlight,
    skipped ones faded with a dashed edge, and the rest in a quiet grey. The SVG is parsed
    once; each state recolours it and reloads the renderer (once per step, and cached).
    A missing or damaged SVG leaves the widget drawing only the description, in words.

    Signals:
        None.
    """

    def __init__(
        self,
        svg_path: Path,
        labels: Mapping[str, str],
        parent: QWidget | None = None,
    ) -> None:
        """Create the diagram.

        Args:
            svg_path: The body SVG (``Asset.BODY_SVG``).
            labels: Translated names by region value, ``whole_body`` included; a missing
                name falls back to the value with spaces.
            parent: The parent widget.
        """
        super().__init__(parent)
        self.setObjectName("body-diagram")
        self._labels: dict[str, str] = dict(labels)
        self._current: str | None = None
        self._side: str | None = None
        self._done: frozenset[str] = frozenset()
        self._skipped: frozenset[str] = frozenset()
        self._cache: dict[tuple[object, ...], bytes] = {}
        self._root: ET.Element | None = None
        self._leaves: list[_Leaf] = []
        self._outline_fills: list[ET.Element] = []
        self._outline_edges: list[ET.Element] = []
        self._sided: frozenset[str] = frozenset()
        self._renderer: QSvgRenderer | None = None
        self._loaded_key: tuple[object, ...] | None = None
        self._load(svg_path)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._retranslate()

    # ---- public API ----

    def set_state(
        self,
        current: str | None,
        side: str | None,
        done: Collection[str],
        skipped: Collection[str] = (),
    ) -> None:
        """Show the routine's position.

        Args:
            current: The region being worked on, ``"whole_body"``, or None.
            side: ``"left"`` or ``"right"`` (the patient's) to light one side only; None or
                ``"both"`` lights the whole region.
            done: Regions already relaxed.
            skipped: Regions the patient skipped.
        """
        self._current = current
        self._side = side if side in SIDES else None
        self._done = frozenset(done)
        self._skipped = frozenset(skipped)
        self._update_description()
        self._refresh()

    def set_labels(self, labels: Mapping[str, str]) -> None:
        """Replace the translated region names (after a language change)."""
        self._labels = dict(labels)
        self._retranslate()

    def renderer(self) -> QSvgRenderer | None:
        """The renderer of the coloured SVG, or None when the SVG could not be read."""
        return self._renderer

    def picture_rect(self) -> QRectF:
        """Where the SVG's viewBox is painted, in widget coordinates (empty without an SVG)."""
        if self._renderer is None:
            return QRectF()
        box = self._renderer.viewBoxF()
        if box.isEmpty():
            return QRectF()
        area = QRectF(self.rect()).adjusted(0, 0, 0, -self._caption_height())
        scale = min(area.width() / box.width(), area.height() / box.height())
        size = box.size() * max(scale, 0.0)
        left = area.left() + (area.width() - size.width()) / 2
        top = area.top() + (area.height() - size.height()) / 2
        return QRectF(QPointF(left, top), size)

    def map_from_svg(self, point: QPointF) -> QPointF:
        """``point`` in the SVG's user coordinates, in widget coordinates."""
        target = self.picture_rect()
        if self._renderer is None or target.isEmpty():
            return QPointF()
        box = self._renderer.viewBoxF()
        x = target.left() + (point.x() - box.left()) * target.width() / box.width()
        if self.isRightToLeft():  # the two views trade places (see paintEvent)
            half = target.width() / 2
            x += half if x < target.left() + half else -half
        return QPointF(x, target.top() + (point.y() - box.top()) * target.height() / box.height())

    # ---- QWidget ----

    def sizeHint(self) -> QSize:
        return QSize(360, 400)

    def minimumSizeHint(self) -> QSize:
        return QSize(160, 180)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if self._renderer is None:
            return self.fontMetrics().height() * 4
        box = self._renderer.viewBoxF()
        return round(width * box.height() / box.width()) + self._caption_height()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        if event.type() in _REPAINT_EVENTS:
            self._refresh()
        elif event.type() == QEvent.Type.FontChange:
            self.updateGeometry()
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        target = self.picture_rect()
        if self._renderer is None or target.isEmpty():
            painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            painter.drawText(
                QRectF(self.rect()).adjusted(8, 8, -8, -8),
                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                self.accessibleDescription(),
            )
            painter.end()
            return
        rtl = self.isRightToLeft()
        half = target.width() / 2
        if rtl:
            # the front view comes first in reading order, so it moves to the right; each
            # view is drawn as it is (anatomy is not mirrored: the patient's left stays put)
            for clip_left, shift in ((target.left() + half, half), (target.left(), -half)):
                painter.save()
                painter.setClipRect(QRectF(clip_left, target.top(), half, target.height()))
                painter.translate(shift, 0)
                self._renderer.render(painter, target)
                painter.restore()
        else:
            self._renderer.render(painter, target)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        height = self.fontMetrics().height()
        top = target.bottom() + CAPTION_GAP_PX
        for fraction, text in (
            (FRONT_CENTRE_FRACTION, self.tr("Front")),
            (BACK_CENTRE_FRACTION, self.tr("Back")),
        ):
            centre = target.left() + target.width() * (1 - fraction if rtl else fraction)
            painter.drawText(
                QRectF(centre - half / 2, top, half, height),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                text,
            )
        painter.end()

    # ---- internals ----

    def _caption_height(self) -> int:
        return self.fontMetrics().height() + CAPTION_GAP_PX

    def _load(self, svg_path: Path) -> None:
        """Parse the SVG and index its shapes; on any failure stay without a picture."""
        try:
            root = ET.fromstring(svg_path.read_bytes())
        except (OSError, ET.ParseError):
            return
        _strip_namespaces(root)
        if root.tag != "svg":
            return
        root.set("xmlns", SVG_NS)
        self._root = root
        self._index(root, None, None, "")
        self._sided = frozenset(leaf.region for leaf in self._leaves if leaf.side is not None)
        self._renderer = QSvgRenderer(self)
        self._refresh()
        if not self._renderer.isValid():
            self._renderer.deleteLater()
            self._renderer = None
            self._root = None

    def _index(self, element: ET.Element, region: str | None, side: str | None, part: str) -> None:
        """Record every shape with the region and side its ancestors give it."""
        ident = element.get("id", "")
        if ident == "outline-edge":
            part = "edge"
        elif ident in ("outline-body", "outline"):
            part = part or "fill"
        elif ident == "outline-detail":
            part = "detail"
        if match := _REGION_ID.match(ident):
            region = match.group(1)
        elif (match := _SIDE_ID.match(ident)) and match.group(1) == region:
            side = match.group(2)
        if element.tag in _SHAPES:
            if region is not None:
                self._leaves.append(_Leaf(element, region, side))
            elif part in ("edge", "detail"):
                self._outline_edges.append(element)
                if part == "edge":
                    self._outline_fills.append(element)
            elif part == "fill":
                self._outline_fills.append(element)
        for child in element:
            self._index(child, region, side, part)

    def _state_key(self) -> tuple[object, ...]:
        pal = self.palette()
        roles = (
            QPalette.ColorRole.Window,
            QPalette.ColorRole.Text,
            QPalette.ColorRole.Base,
            QPalette.ColorRole.Highlight,
        )
        return (
            self._current,
            self._side,
            self._done,
            self._skipped,
            tuple(pal.color(role).rgba() for role in roles),
        )

    def _refresh(self) -> None:
        """Recolour and reload the renderer for the current state, if it changed."""
        if self._renderer is None or self._root is None:
            self.update()
            return
        key = self._state_key()
        if key == self._loaded_key:
            return
        data = self._cache.get(key)
        if data is None:
            data = self._coloured_svg()
            if len(self._cache) >= CACHE_SIZE:
                self._cache.pop(next(iter(self._cache)))
            self._cache[key] = data
        self._renderer.load(QByteArray(data))
        self._loaded_key = key
        self.update()

    def _coloured_svg(self) -> bytes:
        assert self._root is not None
        c = {name: colour.name() for name, colour in diagram_colours(self.palette()).items()}
        whole = self._current == WHOLE_BODY
        for element in self._outline_fills:
            element.set("fill", c["outline_soft"] if whole else c["outline_fill"])
        for element in self._outline_edges:
            element.set("stroke", c["outline_edge"])
        for leaf in self._leaves:
            state = self._leaf_state(leaf)
            fill = c["skipped_fill"] if state == "skipped" else c[state]
            leaf.element.set("fill", fill)
            if state == "skipped":
                leaf.element.set("stroke", c["skipped_edge"])
                leaf.element.set("stroke-width", SKIPPED_EDGE_WIDTH)
                leaf.element.set("stroke-dasharray", SKIPPED_DASH)
            else:
                leaf.element.set("stroke", "none")
                leaf.element.attrib.pop("stroke-width", None)
                leaf.element.attrib.pop("stroke-dasharray", None)
        return ET.tostring(self._root)

    def _leaf_state(self, leaf: _Leaf) -> str:
        """The state of one shape: current, soft, done, skipped or idle."""
        if self._current == WHOLE_BODY:
            return "soft"
        if leaf.region == self._current:
            one_side = self._side is not None and leaf.region in self._sided
            if not one_side or leaf.side == self._side:
                return "current"
        if leaf.region in self._done:
            return "done"
        if leaf.region in self._skipped:
            return "skipped"
        return "idle"

    def _label(self, region: str) -> str:
        return self._labels.get(region) or region.replace("_", " ")

    def _ordered(self, regions: Collection[str]) -> list[str]:
        rank = {name: i for i, name in enumerate(REGION_ORDER)}
        return sorted(regions, key=lambda name: (rank.get(name, len(rank)), name))

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Body diagram"))
        self._update_description()
        self.update()

    def _update_description(self) -> None:
        parts: list[str] = []
        if self._current is not None:
            where = self._label(self._current)
            if self._side == "left" and self._current != WHOLE_BODY:
                now = self.tr("Now: %1, left side.").replace("%1", where)
            elif self._side == "right" and self._current != WHOLE_BODY:
                now = self.tr("Now: %1, right side.").replace("%1", where)
            else:
                now = self.tr("Now: %1.").replace("%1", where)
            parts.append(now)
        done = [self._label(name) for name in self._ordered(self._done)]
        if done:
            parts.append(self.tr("Done: %1.").replace("%1", ", ".join(done)))
        skipped = [self._label(name) for name in self._ordered(self._skipped)]
        if skipped:
            parts.append(self.tr("Skipped: %1.").replace("%1", ", ".join(skipped)))
        if not parts:
            parts.append(self.tr("No muscle group is lit yet."))
        self.setAccessibleDescription(" ".join(parts))
