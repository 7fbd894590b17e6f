"""Small building blocks the pages share: large type, wrapped text, scrolling, announcements."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QLayout,
    QLayoutItem,
    QScrollArea,
    QStyle,
    QWidget,
)

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


class _KeepTall(QObject):
    """Keeps a button ``lines`` text lines tall, also after the text size changes."""

    def __init__(self, button: QWidget, lines: float, like: QWidget | None) -> None:
        super().__init__(button)
        self._button = button
        self._lines = lines
        self._like = like  # as tall as this one (its font sets the height)
        self.fit()

    def fit(self) -> None:
        source = self._like if self._like is not None else self._button
        self._button.setMinimumHeight(round(source.fontMetrics().height() * self._lines))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FontChange:
            self.fit()
        return False


def keep_tall(button: QWidget, lines: float = 2.0, like: QWidget | None = None) -> None:
    """Make ``button`` at least ``lines`` lines of its text tall (an easy target), now and
    whenever the text size changes; with ``like``, as tall as that button's text makes it."""
    keeper = _KeepTall(button, lines, like)
    button.installEventFilter(keeper)
    if like is not None:
        like.installEventFilter(keeper)


def fit_to_screen(window: QWidget) -> None:
    """Keep ``window`` (with its frame) inside the available area of its screen: no larger,
    and moved back onto it, so every page's main button stays in sight on a 1280 x 720
    laptop. A maximised or full-screen window is the window system's to size."""
    if window.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
        return
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    area = screen.availableGeometry()
    frame = window.frameGeometry()
    extra_w = max(frame.width() - window.width(), 0)
    extra_h = max(frame.height() - window.height(), 0)
    width = min(window.width(), area.width() - extra_w)
    height = min(window.height(), area.height() - extra_h)
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    x = min(max(frame.x(), area.x()), area.right() + 1 - width - extra_w)
    y = min(max(frame.y(), area.y()), area.bottom() + 1 - height - extra_h)
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)


class FlowLayout(QLayout):
    """Lays its items out in a row and wraps them onto further rows when the row is too
    narrow, so a row of buttons or a chart legend never makes the window wider (long German
    words, 200 % text). Right to left it fills each row from the right. Qt has no such layout
    of its own (it is one of Qt's examples)."""

    def __init__(
        self, parent: QWidget | None = None, spacing: int = -1, centered: bool = False
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._centered = centered
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def _live(self) -> list[QLayoutItem]:
        """The items whose Qt object still exists. Qt can delete an item of a layout written
        in Python without asking it (seen deep in the full test run, where a deleted item's
        ``minimumSize`` raised inside Qt's layout pass and shiboken crashed reporting it)."""
        items = self._items
        if not all(shiboken6.isValid(item) for item in items):
            self._items = items = [item for item in items if shiboken6.isValid(item)]
        return items

    def count(self) -> int:
        return len(self._live())

    def itemAt(self, index: int) -> QLayoutItem | None:
        items = self._live()
        return items[index] if 0 <= index < len(items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        items = self._live()
        return items.pop(index) if 0 <= index < len(items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        items = self._live()
        width = sum(item.sizeHint().width() for item in items)
        width += self._gap() * max(len(items) - 1, 0)
        height = max((item.sizeHint().height() for item in items), default=0)
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._live():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _gap(self) -> int:
        if self._spacing >= 0:
            return self._spacing
        parent = self.parentWidget()
        style = parent.style() if parent is not None else QApplication.style()
        return style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing, None, parent)

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Place (or only measure) the items in ``rect``; the height they take."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        gap = max(self._gap(), 0)
        rows: list[list[tuple[QLayoutItem, int]]] = [[]]
        used = 0
        for item in self._live():
            if item.isEmpty():
                continue
            width = min(item.sizeHint().width(), max(area.width(), item.minimumSize().width()))
            if rows[-1] and used + gap + width > area.width():
                rows.append([])
                used = 0
            used += (gap if rows[-1] else 0) + width
            rows[-1].append((item, width))
        parent = self.parentWidget()
        right_to_left = (
            parent is not None and parent.layoutDirection() == Qt.LayoutDirection.RightToLeft
        )
        y = area.y()
        for row in rows:
            if not row:
                continue
            row_width = sum(width for _item, width in row) + gap * (len(row) - 1)
            x = area.x() + (max(area.width() - row_width, 0) // 2 if self._centered else 0)
            height = max(item.sizeHint().height() for item, _width in row)
            for item, width in row:
                if move:
                    place = QRect(x, y, width, height)
                    if right_to_left:  # mirror within the area
                        place.moveLeft(area.x() + area.right() - place.right())
                    item.setGeometry(place)
                x += width + gap
            y += height + gap
        return max(y - gap, area.y()) - rect.y() + margins.bottom()


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
        name: what screen readers call the area.
    """
    scroll = QScrollArea()
    scroll.setAccessibleName(name)
    # not a Tab stop of its own (readers said "layered pane" and nothing else); Tab still
    # scrolls it, as a scroll area shows the control that takes the focus
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(page)
    keeper = _KeepPageWidth(scroll)
    page.installEventFilter(keeper)
    keeper.fit()
    return scroll


# a message that follows a focus move waits this long on Linux: Orca has read the new
# control by then (about 0.15 s measured, more on a busy machine)
AFTER_FOCUS_SPEECH_MS = 600
SPOKEN_DESCRIPTION = "spoken_description"  # property: a widget's own description, kept aside


class _Restore(QObject):
    """Gives a widget back its own description when it loses the focus (one per widget)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and isinstance(watched, QWidget):
            # after Qt has told readers about the new focus: a change to the old control's
            # description now is not spoken (before it, a reader would say it)
            QTimer.singleShot(0, watched, lambda: _restore_description(watched))
        return False


def _restore_description(widget: QWidget) -> None:
    own = widget.property(SPOKEN_DESCRIPTION)
    if own is None:
        return
    widget.setProperty(SPOKEN_DESCRIPTION, None)
    widget.setAccessibleDescription(str(own))


def _say_in_description(widget: QWidget, text: str) -> None:
    """Make ``text`` ``widget``'s whole description until it loses the focus.

    A reader says only the new description (not the control again); the control's own
    description comes back when the focus leaves.
    """
    own = widget.property(SPOKEN_DESCRIPTION)
    if own is None:
        own = widget.accessibleDescription()
        widget.setProperty(SPOKEN_DESCRIPTION, own)
        if widget.findChild(_Restore, "", Qt.FindChildOption.FindDirectChildrenOnly) is None:
            widget.installEventFilter(_Restore(widget))
    spoken = text
    if spoken == widget.accessibleDescription():  # readers skip an unchanged description
        spoken += "\u00a0"
    widget.setAccessibleDescription(spoken)


def spoken_message(widget: QWidget) -> str:
    """The message a reader was given in ``widget``'s description ("" when there is none)."""
    if widget.property(SPOKEN_DESCRIPTION) is None:
        return ""
    return widget.accessibleDescription().rstrip("\u00a0").strip()


def _linux() -> bool:
    return QGuiApplication.platformName() in ("xcb", "wayland")


class _Announcer(QObject):
    """Delivers messages when the current event is done, to whatever has the focus then.

    A view often says something and moves the focus in the same breath (a session ends:
    "Well done", focus on the first rating). Sent at once, the message would go to the old
    control and the reader would cut it off to say the new one. Sent when the event is
    done, it reaches the reader after the focus change: Orca says the newly focused control
    and then the message (a description change is queued, not interrupting); UIA and
    VoiceOver say the announcement after the focus.
    """

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.setObjectName("calmfloor-announcer")
        self._pending: list[tuple[QWidget, str]] = []
        self._focus_moved = False
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus)

    def add(self, widget: QWidget, text: str) -> None:
        if not self._pending:
            self._focus_moved = False
            QTimer.singleShot(0, self, self._flush)
        self._pending.append((widget, text))

    def _on_focus(self, _old: QWidget | None, _new: QWidget | None) -> None:
        if self._pending:
            self._focus_moved = True

    def _flush(self) -> None:
        if self._focus_moved and _linux():
            # Orca reads a newly focused control's description a moment after the focus
            # event; changed before that, the message would be said with the control and
            # again as a change. After it, the message is said once, after the control.
            self._focus_moved = False
            QTimer.singleShot(AFTER_FOCUS_SPEECH_MS, self, self._flush)
            return
        texts = [text for _widget, text in self._pending]
        source = self._pending[-1][0] if self._pending else None
        self._pending.clear()
        text = " ".join(texts)
        if not text or source is None:
            return
        focused = QApplication.focusWidget()
        if _linux() and focused is not None and focused.isActiveWindow():
            _say_in_description(focused, text)
            return
        with contextlib.suppress(RuntimeError):  # the source was deleted meanwhile
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(source, text))


def announce(widget: QWidget, text: str) -> None:
    """Tell screen readers ``text`` once (phase changes only, never a countdown).

    Each platform gets the one way its readers speak, so no reader hears a message twice:

    - Windows (NVDA, Narrator, JAWS: a UIA notification) and macOS (VoiceOver: an
      announcement request) get Qt's announcement event.
    - Linux: Orca handles the announcement event only from version 45 on, and Debian 12 ships
      43. Every Orca speaks a change of the focused control's description as the bare words,
      so the message goes there (the control's own description comes back when the focus
      leaves). Without a focused control in the active window (nothing to speak from), the
      announcement event is the only way left.
    - Everywhere: the message goes out when the current event is done, so when the view
      moves the focus in the same breath the reader says the new control, then the message;
      the focus change cannot cut it off.

    Args:
        widget: where the message comes from (a reader may name the window).
        text: the words; said once, in full.
    """
    app = QCoreApplication.instance()
    if not QAccessible.isActive() or not text or app is None:
        return
    announcer = app.findChild(_Announcer, "calmfloor-announcer")
    if announcer is None:
        announcer = _Announcer(app)
    announcer.add(widget, text)
