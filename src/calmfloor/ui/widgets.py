"""Small building blocks the pages share: large type, wrapped text, scrolling, announcements."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QFont, QGuiApplication
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
    """``m:ss`` for a duration, rounded up so a countdown never shows 0:00 early.

    Digits are the locale's (Persian shows ۴:۰۵), so the time reads like the text around it.
    """
    whole = max(int(-(-seconds // 1)), 0)
    return f"{format_number(whole // 60)}:{format_number(whole % 60, 2)}"


def change_text(before: str, after: str) -> str:
    """``before → after``; in a right-to-left layout ``before ← after``, read from the right.

    An arrow is not mirrored by the text layout, so it is chosen by the layout direction.
    """
    arrow = "←" if QGuiApplication.isRightToLeft() else "→"
    return f"{before} {arrow} {after}"


def format_number(value: int, width: int = 0) -> str:
    """A whole number in the locale's digits, zero-padded to ``width`` digits."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    text = locale.toString(abs(value)).rjust(width, locale.zeroDigit())
    return locale.negativeSign() + text if value < 0 else text


def separator() -> str:
    """The mark between parts of one line ("Step 2 of 9 · Calves"), in the UI language.

    A middle dot beside digits reads like a zero in Persian, which uses the Persian comma.
    """
    return QCoreApplication.translate("widgets", " · ")


def join_parts(parts: Iterable[str]) -> str:
    """``parts`` (empty ones left out) on one line with the language's separator."""
    return separator().join(part for part in parts if part)


def format_decimal(value: float, decimals: int = 1, fixed: bool = False) -> str:
    """``value`` in the locale's digits and decimal sign ("5.5", German "5,5", Persian "۵٫۵").

    Args:
        value: the number.
        decimals: the most digits after the decimal sign.
        fixed: always show ``decimals`` digits ("6.0"); otherwise drop a zero fraction ("6").
    """
    rounded = round(value, decimals)
    if not fixed:  # as few decimals as show the rounded value: 2.5, not 2.50
        decimals = next(d for d in range(decimals + 1) if round(rounded, d) == rounded)
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(float(rounded), "f", decimals)


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


class _KeepPageWidth(QObject):
    """Makes a scroll area scroll up and down only: it asks for its page's width, so lines
    are never cut off at the side (the window cannot be narrower than the page's narrowest
    layout). A child of the scroll area, watching the page's layout."""

    def __init__(self, scroll: QScrollArea) -> None:
        super().__init__(scroll)
        self._scroll = scroll

    def fit(self) -> None:
        page = self._scroll.widget()
        if page is None:
            return
        bar = self._scroll.verticalScrollBar().sizeHint().width()
        width = page.minimumSizeHint().width() + bar + 2 * self._scroll.frameWidth()
        if self._scroll.minimumWidth() != width:
            self._scroll.setMinimumWidth(width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # the page's narrowest layout changed
            self.fit()
        return False


def scrolling(page: QWidget, name: str = "") -> QScrollArea:
    """Wrap ``page`` so large text or a small screen scrolls instead of clipping.

    Args:
        page: what scrolls.
        name: what screen readers call the area (it takes focus, so it needs a name).
    """
    scroll = QScrollArea()
    scroll.setAccessibleName(name)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(page)
    keeper = _KeepPageWidth(scroll)
    page.installEventFilter(keeper)
    keeper.fit()
    return scroll


def announce(widget: QWidget, text: str) -> None:
    """Tell screen readers ``text`` once (phase changes only, never a countdown)."""
    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))
