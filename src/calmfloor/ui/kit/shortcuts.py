"""Every keyboard shortcut in one table: the pages create their keys from it, F1 lists it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from calmfloor.core.i18n import QT_TRANSLATE_NOOP

CONTEXT = "shortcuts"  # the translation context of the table's words
DIALOG_WIDTH_EM = 40  # the F1 window: about this many letters wide...
DIALOG_HEIGHT_LINES = 26  # ...and this many lines tall, never more than the screen

SECTION_EVERYWHERE = QT_TRANSLATE_NOOP("shortcuts", "Everywhere")
SECTION_BREATHE = QT_TRANSLATE_NOOP("shortcuts", "Breathe")
SECTION_RELAX = QT_TRANSLATE_NOOP("shortcuts", "Relax")
SECTION_HEAT = QT_TRANSLATE_NOOP("shortcuts", "Heat pack")
SECTION_HISTORY = QT_TRANSLATE_NOOP("shortcuts", "History")
SECTION_REMINDERS = QT_TRANSLATE_NOOP("shortcuts", "Reminders")
SECTION_STAFF = QT_TRANSLATE_NOOP("shortcuts", "For clinic staff")


@dataclass(frozen=True, slots=True)
class KeySpec:
    """One row of the shortcut table.

    Attributes:
        name: a stable id; a shortcut made from this row is named ``shortcut-<name>``.
        section: English section title (translated in context ``shortcuts``).
        action: English words for what the keys do (translated likewise).
        keys: portable key sequences (``"Ctrl+1"``, ``"Space"``); the first is shown first.
            Empty for a hint about keys Qt handles itself (Tab, arrows, Alt+letter).
        keys_text: English words for a hint's keys (translated likewise); ignored when
            ``keys`` is set, whose names Qt translates.
        normal: offered in the normal window.
        kiosk: offered in a clinic's kiosk.
        mirrored: Left and Right swap places in a right-to-left language.
        focus_first: the focused button, tick box or list box gets the key first (Space
            presses the button that has the focus, as everywhere else).
    """

    name: str
    section: str
    action: str
    keys: tuple[str, ...] = ()
    keys_text: str = ""
    normal: bool = True
    kiosk: bool = True
    mirrored: bool = False
    focus_first: bool = False


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


SHORTCUTS: tuple[KeySpec, ...] = (
    KeySpec(
        "show-shortcuts",
        SECTION_EVERYWHERE,
        QT_TRANSLATE_NOOP("shortcuts", "Show this list of keys"),
        ("F1",),
    ),
    KeySpec(
        "page-breathe", SECTION_EVERYWHERE, QT_TRANSLATE_NOOP("shortcuts", "Breathe"), ("Ctrl+1",)
    ),
    KeySpec("page-relax", SECTION_EVERYWHERE, QT_TRANSLATE_NOOP("shortcuts", "Relax"), ("Ctrl+2",)),
    KeySpec(
        "page-heat",
        SECTION_EVERYWHERE,
        QT_TRANSLATE_NOOP("shortcuts", "Heat pack"),
        ("Ctrl+3",),
        kiosk=False,
    ),
    KeySpec(
        "page-history",
        SECTION_EVERYWHERE,
        QT_TRANSLATE_NOOP("shortcuts", "History"),
        ("Ctrl+4",),
        kiosk=False,
    ),
    KeySpec(
        "page-settings",
        SECTION_EVERYWHERE,
        QT_TRANSLATE_NOOP("shortcuts", "Settings"),
        ("Ctrl+5",),
        kiosk=False,
    ),
    KeySpec(
        "page-today",
        SECTION_EVERYWHERE,
        QT_TRANSLATE_NOOP("shortcuts", "Today: your programme"),
        ("Ctrl+6",),
        kiosk=False,
    ),
    KeySpec(
        "full-screen",
        SECTION_EVERYWHERE,
        QT_TRANSLATE_NOOP("shortcuts", "Full screen on or off"),
        ("F11",),
        kiosk=False,
    ),
    KeySpec(
        "tab",
        SECTION_EVERYWHERE,
        QT_TRANSLATE_NOOP("shortcuts", "Move to the next or the previous control"),
        keys_text=QT_TRANSLATE_NOOP("shortcuts", "Tab, Shift+Tab"),
    ),
    KeySpec(
        "press",
        SECTION_EVERYWHERE,
        QT_TRANSLATE_NOOP("shortcuts", "Press the button or tick the box that has the focus"),
        keys_text=QT_TRANSLATE_NOOP("shortcuts", "Space"),
    ),
    KeySpec(
        "arrows",
        SECTION_EVERYWHERE,
        QT_TRANSLATE_NOOP(
            "shortcuts", "Move within a row of choices: the pages, a 0 to 10 rating, the time shown"
        ),
        keys_text=QT_TRANSLATE_NOOP("shortcuts", "Arrow keys"),
    ),
    KeySpec(
        "mnemonic",
        SECTION_EVERYWHERE,
        QT_TRANSLATE_NOOP("shortcuts", "Press that button or go to that field"),
        keys_text=QT_TRANSLATE_NOOP("shortcuts", "Alt + the underlined letter"),
    ),
    KeySpec(
        "breathe-toggle",
        SECTION_BREATHE,
        QT_TRANSLATE_NOOP("shortcuts", "Start, pause or go on breathing"),
        ("Space",),
        focus_first=True,
    ),
    KeySpec(
        "breathe-stop",
        SECTION_BREATHE,
        QT_TRANSLATE_NOOP("shortcuts", "Stop; on the last screen, finish without rating"),
        ("Esc",),
    ),
    KeySpec(
        "relax-toggle",
        SECTION_RELAX,
        QT_TRANSLATE_NOOP("shortcuts", "Start, pause or go on with the routine"),
        ("Space",),
        focus_first=True,
    ),
    KeySpec(
        "relax-skip",
        SECTION_RELAX,
        QT_TRANSLATE_NOOP("shortcuts", "Skip to the next step"),
        ("Right",),
        mirrored=True,
    ),
    KeySpec(
        "relax-skip-hurts",
        SECTION_RELAX,
        QT_TRANSLATE_NOOP("shortcuts", "Skip, this hurts (noted in your history)"),
        ("Down", "H"),
    ),
    KeySpec(
        "relax-back",
        SECTION_RELAX,
        QT_TRANSLATE_NOOP("shortcuts", "Go back one step"),
        ("Left",),
        mirrored=True,
    ),
    KeySpec(
        "relax-stop",
        SECTION_RELAX,
        QT_TRANSLATE_NOOP("shortcuts", "Stop; on the last screen, finish without rating"),
        ("Esc",),
    ),
    KeySpec(
        "heat-alarm",
        SECTION_HEAT,
        QT_TRANSLATE_NOOP("shortcuts", "When time is up: say the pack is off (stops the alarm)"),
        keys_text=QT_TRANSLATE_NOOP("shortcuts", "Space or Enter"),
        kiosk=False,
    ),
    KeySpec(
        "history-delete",
        SECTION_HISTORY,
        QT_TRANSLATE_NOOP(
            "shortcuts", "In the list of sessions: delete the chosen one (asks first)"
        ),
        ("Del",),
        kiosk=False,
    ),
    KeySpec(
        "reminder-dismiss",
        SECTION_REMINDERS,
        QT_TRANSLATE_NOOP("shortcuts", "In a reminder: not now (it does not come back)"),
        ("Esc",),
        kiosk=False,
    ),
    KeySpec(
        "kiosk-staff",
        SECTION_STAFF,
        QT_TRANSLATE_NOOP("shortcuts", "Leave kiosk mode (asks for the staff PIN)"),
        ("Ctrl+Q",),
        normal=False,
    ),
    KeySpec(
        "kiosk-welcome-staff",
        SECTION_STAFF,
        QT_TRANSLATE_NOOP(
            "shortcuts", "On the welcome screen: leave kiosk mode (asks for the staff PIN)"
        ),
        ("Esc",),
        normal=False,
    ),
)


def spec(name: str) -> KeySpec:
    """The table row called ``name``.

    Raises:
        KeyError: there is no such row.
    """
    for row in SHORTCUTS:
        if row.name == name:
            return row
    raise KeyError(name)


def offered(kiosk: bool) -> list[KeySpec]:
    """The rows that apply in the normal window (``kiosk`` False) or in the kiosk."""
    return [row for row in SHORTCUTS if (row.kiosk if kiosk else row.normal)]


_MIRROR = {"Left": "Right", "Right": "Left"}


def _right_to_left() -> bool:
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def key_sequences(name: str) -> list[QKeySequence]:
    """The keys of row ``name``, with Left and Right swapped in a right-to-left language."""
    row = spec(name)
    keys = row.keys
    if row.mirrored and _right_to_left():
        keys = tuple(_MIRROR.get(key, key) for key in keys)
    return [QKeySequence(key) for key in keys]


def make_shortcut(
    name: str,
    parent: QWidget,
    slot: Callable[[], object],
    context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
) -> QShortcut:
    """A shortcut on ``parent`` for table row ``name``, calling ``slot``.

    Raises:
        KeyError: there is no such row.
        ValueError: the row is a hint without keys of its own.
    """
    row = spec(name)
    sequences = key_sequences(name)
    if not sequences:
        raise ValueError(f"{name} names no keys")
    shortcut = QShortcut(parent)
    shortcut.setObjectName(f"shortcut-{name}")
    shortcut.setKeys(sequences)
    shortcut.setContext(context)
    if row.focus_first:
        # a focused button keeps its key; held down, the key acts once
        shortcut.setAutoRepeat(False)
        shortcut.activated.connect(lambda: press_focused_control() or slot())
    else:
        shortcut.activated.connect(slot)
    return shortcut


def matches(event: QKeyEvent, name: str) -> bool:
    """True when key ``event`` is one of row ``name``'s keys (for keys a widget handles)."""
    pressed = QKeySequence(event.keyCombination())
    return any(
        pressed.matches(seq) == QKeySequence.SequenceMatch.ExactMatch for seq in key_sequences(name)
    )


def keys_text(row: KeySpec) -> str:
    """The keys of ``row`` in words, in the user's language (``Ctrl+1``, ``Strg+1``)."""
    if not row.keys:
        return _tr(row.keys_text)
    sequences = key_sequences(row.name)
    or_word = QCoreApplication.translate("shortcuts", "or")
    return f" {or_word} ".join(
        seq.toString(QKeySequence.SequenceFormat.NativeText) for seq in sequences
    )


SPACE_FOR_PAGE = "calmfloor-space-for-page"  # a button property: Space stays the page's


def leave_space_to_page(button: QAbstractButton) -> None:
    """Space on ``button`` starts or pauses the page's session rather than pressing it.

    For the navigation column: pressing the button of the page already shown does nothing,
    so Space there keeps its page meaning ("Space starts") wherever the focus was left.
    """
    button.setProperty(SPACE_FOR_PAGE, True)


def press_focused_control() -> bool:
    """Press the focused button, tick box or list box, as Space does anywhere else in Qt.

    Returns:
        True when a control took the key; False leaves it to the page.
    """
    widget = QApplication.focusWidget()
    if widget is None or not widget.isEnabled():
        return False
    if isinstance(widget, QAbstractButton) and not widget.property(SPACE_FOR_PAGE):
        widget.click()
        return True
    if isinstance(widget, QComboBox):
        widget.showPopup()
        return True
    return False


class ShortcutsDialog(QDialog):
    """F1: every key of the app in one readable list, in the user's language.

    The list is one read-only text with a caret, one line per key: the arrow keys move the
    caret line by line and a screen reader reads each line as it arrives (without a caret
    the arrows only scrolled and nothing was spoken); it wraps at any text size. Esc or
    Close shuts the window.

    Args:
        kiosk: list the kiosk's keys rather than the normal window's.
        parent: the window it belongs to.
    """

    def __init__(self, kiosk: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts-dialog")
        self._kiosk = kiosk
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        self._intro = QLabel(self.tr("Everything in calmfloor can be done with these keys."))
        self._intro.setWordWrap(True)
        layout.addWidget(self._intro)
        self.text = QTextBrowser()
        self.text.setObjectName("shortcuts-text")
        self.text.setOpenLinks(False)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.text.setAccessibleName(self.tr("List of keyboard shortcuts"))
        self.text.setAccessibleDescription(
            self.tr("Each line gives the keys, then what they do. Read it with the arrow keys.")
        )
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setAccessibleName(self.tr("Close"))
        layout.addWidget(buttons)
        self.refill()
        self._fit_size()
        self.text.setFocus()

    def rows(self) -> list[tuple[str, str, str]]:
        """(section, keys, action) for every row shown, translated."""
        return [(_tr(row.section), keys_text(row), _tr(row.action)) for row in offered(self._kiosk)]

    def refill(self) -> None:
        """Write the list in the current language and direction."""
        import html  # here: its entity table is not needed at start-up

        direction = "rtl" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else "ltr"
        parts: list[str] = []
        section = None
        for title, keys, action in self.rows():
            if title != section:
                parts.append(f"<h3>{html.escape(title)}</h3>")
                section = title
            # one line per key, keys first: the caret and a reader's line are the same line
            line = self.tr("%1: %2").replace("%1", f"<b>{html.escape(keys)}</b>")
            parts.append(f"<p>{line.replace('%2', html.escape(action))}</p>")
        self.text.setHtml(f'<div dir="{direction}">{"".join(parts)}</div>')

    def _fit_size(self) -> None:
        metrics = self.fontMetrics()
        width = metrics.horizontalAdvance("m") * DIALOG_WIDTH_EM
        height = metrics.lineSpacing() * DIALOG_HEIGHT_LINES
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry()
            width = min(width, room.width() * 9 // 10)
            height = min(height, room.height() * 9 // 10)
        self.resize(width, height)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LayoutDirectionChange):
            self.refill()


def show_shortcuts(parent: QWidget, kiosk: bool = False) -> ShortcutsDialog:
    """Open the F1 list over ``parent`` (or bring it forward when it is open already)."""
    dialog = parent.findChild(ShortcutsDialog, "shortcuts-dialog")
    if dialog is None:
        dialog = ShortcutsDialog(kiosk, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
    else:
        dialog.raise_()
        dialog.activateWindow()
    return dialog
