"""CalmStyle: Fusion with strong, theme-coloured control outlines and a visible focus ring."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from calmfloor.ui.kit.contrast import focus_colour
from calmfloor.ui.kit.palette import paint_for, theme_for

FOCUS_RING_PX = 3  # the keyboard focus ring, drawn by CalmStyle on every focusable control
FOCUS_GAP_PX = 1  # between the ring and the control, so the ring shows on any control colour
ITEM_FOCUS_PX = 2  # the current row or cell of a list or table
INDICATOR_TEXT_RATIO = 0.75  # a check box or radio button, relative to its text's line height

_Role = QPalette.ColorRole
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
                # the bar's own palette (inherited from the scroll area) gives the theme:
                # walking up from a bar meets Qt's private bar container, which PySide6
                # identifies by creating some twenty widget types (5 ms of the first paint)
                self._outline(option, painter, None, radius=2.0, rect=handle.adjusted(1, 1, -1, -1))
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
