"""Small building blocks the pages share: large type, wrapped text, scrolling, announcements."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QFont
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QWidget

from calmfloor.core.session import SessionKind


def tr_core(context: str, text: str) -> str:
    """Translate text that the Qt-free core marked with QT_TRANSLATE_NOOP."""
    return QCoreApplication.translate(context, text)


def kind_text(kind: SessionKind) -> str:
    """What was practised, in words ("Breathing", "Heat pack"), for pages and the report."""
    return {
        SessionKind.BREATHING: QCoreApplication.translate("history", "Breathing"),
        SessionKind.RELAX: QCoreApplication.translate("history", "Relaxation"),
        SessionKind.STRETCH: QCoreApplication.translate("history", "Stretch"),
        SessionKind.HEAT: QCoreApplication.translate("history", "Heat pack"),
    }[kind]


def format_clock(seconds: float) -> str:
    """``m:ss`` for a duration, rounded up so a countdown never shows 0:00 early."""
    whole = max(int(-(-seconds // 1)), 0)
    return f"{whole // 60}:{whole % 60:02d}"


def scaled_font(base: QFont, factor: float, bold: bool = False) -> QFont:
    """``base`` at ``factor`` times its size."""
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * factor)
    font.setBold(bold)
    return font


def wrapping_label(object_name: str = "", text: str = "") -> QLabel:
    """A label whose text wraps."""
    label = QLabel(text)
    label.setWordWrap(True)
    if object_name:
        label.setObjectName(object_name)
    return label


def scrolling(page: QWidget) -> QScrollArea:
    """Wrap ``page`` so large text or a small screen scrolls instead of clipping."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(page)
    return scroll


def announce(widget: QWidget, text: str) -> None:
    """Tell screen readers ``text`` once (phase changes only, never a countdown)."""
    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))
