"""Kiosk mode for waiting-room PCs: welcome screen, guest sessions that leave nothing, staff PIN."""

from __future__ import annotations

import contextlib
import math
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QGuiApplication,
    QHideEvent,
    QKeyEvent,
    QRegularExpressionValidator,
    QScreen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from calmfloor.core.clock import Clock
from calmfloor.core.kiosk import WELCOME_BREATHE_MINUTES, GuestActivity, pick_relax_routine
from calmfloor.core.pin import MAX_PIN_DIGITS, PinAttempts, pin_hash_problem, verify_pin
from calmfloor.core.policy import Policy, PolicyProblem
from calmfloor.core.policy_keys import (
    SOURCE_DEFAULT,
    SOURCE_FAILED_CLOSED,
    SOURCE_PROBLEM,
    EffectiveKey,
    effective_keys,
)
from calmfloor.core.session import SessionKind
from calmfloor.core.text import printable
from calmfloor.storage.errors import StorageWriteError
from calmfloor.storage.kiosk_counters import KioskCounters, kiosk_counters_file
from calmfloor.storage.paths import AppPaths
from calmfloor.storage.pin_attempts_store import PinAttemptsFile
from calmfloor.storage.runtime_dir import private_runtime_dir
from calmfloor.ui.kiosk.guest import GuestRoutineLibrary, guest_context
from calmfloor.ui.kit.fonts import set_font_scale
from calmfloor.ui.kit.shortcuts import make_shortcut, matches, show_shortcuts
from calmfloor.ui.kit.sound import CuePlayer
from calmfloor.ui.kit.theme import apply_theme
from calmfloor.ui.kit.widgets import announce, format_decimal, format_number, wrapping_label
from calmfloor.ui.shell.main_window import MainWindow, Page

TOUCH_TARGET_PX = 64  # the welcome screen's choices are at least this tall


CHOICE_FONT_SCALE = 1.6


TITLE_FONT_SCALE = 2.6


INTRO_FONT_SCALE = 1.4


HINT_FONT_SCALE = 1.2


PIN_WAIT_TICK_MS = 1000  # the "Try again in N s" countdown


AFTER_FIRST_PAINT_MS = 50


MAX_DIALOGS_CLOSED = 20  # a reset closes at most this many stacked dialogs and menus


# Input that shows someone is at the screen.
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)


RUNNING = "running"


PAUSED = "paused"


ENDED = frozenset({"finished", "stopped"})


class IdleWatcher(QObject):
    """Counts user input anywhere in the application and says when a reset is due.

    An event filter on the application notes every key, click, mouse movement, wheel turn
    and touch in the :class:`~calmfloor.core.kiosk.GuestActivity`; ONE single-shot timer
    waits for its deadline. Input only ever moves the deadline later, so the timer is
    re-armed when it fires rather than on every mouse movement.

    Args:
        activity: decides when a reset is due.
        clock: monotonic time.
        parent: the Qt parent.

    Signals:
        reset_due(): the kiosk should return to its welcome screen now.
    """

    reset_due = Signal()

    def __init__(self, activity: GuestActivity, clock: Clock, parent: QObject | None = None):
        super().__init__(parent)
        self.activity = activity
        self._clock = clock
        self._timer = QTimer(self)
        self._timer.setObjectName("kiosk-idle-timer")
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.check)
        self._watching = False
        self.start()

    @property
    def timer(self) -> QTimer:
        """The one timer (exposed for tests)."""
        return self._timer

    def start(self) -> None:
        """Watch the application's input."""
        app = QCoreApplication.instance()
        if app is not None and not self._watching:
            app.installEventFilter(self)
            self._watching = True

    def stop(self) -> None:
        """Stop watching and drop the timer."""
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None and self._watching:
            app.removeEventFilter(self)
        self._watching = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self.activity.note_input(self._clock.now())
            if not self._timer.isActive():
                self.arm()
        return False

    def arm(self) -> None:
        """Start the timer to the activity's deadline (or stop it when there is none)."""
        deadline = self.activity.deadline()
        if deadline is None or not self._watching:
            self._timer.stop()
            return
        self._timer.start(max(0, math.ceil((deadline - self._clock.now()) * 1000)))

    def check(self) -> None:
        """The timer fired: reset when due, else wait for the new deadline."""
        if self.activity.reset_due(self._clock.now()):
            self.reset_due.emit()
        else:
            self.arm()


class PinDialog(QDialog):
    """Asks for the staff PIN; accepted only with the right one.

    Wrong PINs are rate-limited by the shared :class:`~calmfloor.core.pin.PinAttempts`:
    while a wait is due the dialog shows "Try again in N s" and the button stays disabled;
    Enter never closes the dialog. Without a usable PIN hash no PIN is accepted and the
    dialog says so. An ``unprotected`` kiosk (no staff PIN set at all) offers "Leave kiosk"
    at once and says that anyone can leave it.

    Args:
        pin_hash: the policy's ``staff_pin_hash`` (None or malformed: no PIN is set).
        attempts: the rate limit, shared by every PIN dialog of the kiosk.
        clock: monotonic time for the rate limit.
        parent: the Qt parent.
        unprotected: no staff PIN was set at all (``Policy.kiosk_unprotected``).

    Signals:
        leave_chosen(): "Leave kiosk" in an unprotected kiosk.
    """

    leave_chosen = Signal()

    def __init__(
        self,
        pin_hash: str | None,
        attempts: PinAttempts,
        clock: Clock,
        parent: QWidget | None = None,
        *,
        unprotected: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pin-dialog")
        self.setWindowTitle(self.tr("Staff PIN"))
        self.setModal(True)
        self._hash = pin_hash if pin_hash and pin_hash_problem(pin_hash) is None else None
        self._attempts = attempts
        self._clock = clock
        self._wrong = False
        self._countdown = QTimer(self)
        self._countdown.setObjectName("pin-wait-timer")
        self._countdown.setInterval(PIN_WAIT_TICK_MS)
        self._countdown.timeout.connect(self.refresh)

        layout = QVBoxLayout(self)
        self._unprotected = unprotected and self._hash is None
        if self._unprotected:
            text = self.tr(
                "This kiosk has no staff PIN, so anyone can leave it. To protect it, set a "
                "staff PIN in the clinic policy."
            )
        elif self._hash is None:
            text = self.tr("This computer has no staff PIN set; ask your IT team.")
        else:
            text = self.tr("Enter the staff PIN to leave kiosk mode.")
        self.prompt = wrapping_label("pin-prompt", text)
        self.prompt.setAccessibleName(text)
        layout.addWidget(self.prompt)

        self.field = QLineEdit()
        self.field.setObjectName("pin-field")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setMaxLength(MAX_PIN_DIGITS)
        digits = QRegularExpression(
            rf"^\d{{0,{MAX_PIN_DIGITS}}}$",
            QRegularExpression.PatternOption.UseUnicodePropertiesOption,
        )
        self.field.setValidator(QRegularExpressionValidator(digits, self.field))
        self.field.setInputMethodHints(
            Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData
        )
        self.field.setAccessibleName(self.tr("Staff PIN"))
        self.field.setAccessibleDescription(self.tr("Digits only; the digits are hidden."))
        self.field.textChanged.connect(self._update_button)
        self.field.returnPressed.connect(self.try_pin)
        self.field.setVisible(self._hash is not None)
        layout.addWidget(self.field)

        self.status = wrapping_label("pin-status")
        self.status.setAccessibleName(self.tr("PIN status"))
        layout.addWidget(self.status)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.unlock = QPushButton(self.tr("Unlock"))
        self.unlock.setObjectName("pin-unlock")
        self.unlock.setAccessibleName(self.tr("Unlock"))
        self.unlock.setDefault(True)
        self.unlock.clicked.connect(self.try_pin)
        self.unlock.setVisible(self._hash is not None)
        self.cancel = QPushButton(self.tr("Cancel") if self._hash else self.tr("Close"))
        self.cancel.setObjectName("pin-cancel")
        self.cancel.setAccessibleName(self.cancel.text())
        self.cancel.clicked.connect(self.reject)
        self.leave = QPushButton(self.tr("Leave kiosk"))
        self.leave.setObjectName("pin-leave")
        self.leave.setAccessibleName(self.leave.text())
        self.leave.clicked.connect(self._leave)
        self.leave.setVisible(self._unprotected)
        for button in (self.leave, self.unlock, self.cancel):
            # Enter is the PIN's, never a focused button's: a wrong PIN must not close this
            button.setAutoDefault(False)
            button.setMinimumHeight(button.fontMetrics().height() * 2 + 8)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.refresh()
        (self.field if self._hash is not None else self.cancel).setFocus()

    @property
    def has_pin(self) -> bool:
        """False when no usable staff PIN is configured (leaving is then impossible)."""
        return self._hash is not None

    def _leave(self) -> None:
        self.leave_chosen.emit()
        self.reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()  # the field already tried the PIN; never the dialog's default
            return
        super().keyPressEvent(event)

    def wait_s(self) -> float:
        """Seconds before the next try is allowed."""
        return self._attempts.wait_s(self._clock.now())

    def try_pin(self) -> None:
        """Check the PIN typed; accept when right, else count a wrong try."""
        if self._hash is None or self.wait_s() > 0 or not self.field.text():
            self.refresh()
            return
        if verify_pin(self.field.text(), self._hash):
            self._attempts.record_success()
            self.field.clear()
            self.accept()
            return
        self._attempts.record_failure(self._clock.now())
        self.field.clear()
        self.setFocus()  # not a button: the wait must stay on screen whatever Enter does next
        self._wrong = True
        self.refresh()
        announce(self.status, self.status.text())

    def refresh(self) -> None:
        """Show the rate limit as it is now (the countdown calls this every second)."""
        if self._hash is None:
            self._countdown.stop()
            return
        wait = self.wait_s()
        waiting = wait > 0
        if waiting:
            seconds = math.ceil(wait)
            text = self.tr("Try again in %1 s").replace("%1", format_number(seconds))
            if self._wrong:
                text = self.tr("Wrong PIN") + ". " + text
            self.status.setText(text)
            if not self._countdown.isActive():
                self._countdown.start()
        else:
            self._countdown.stop()
            self.status.setText(self.tr("Wrong PIN") if self._wrong else "")
        self.field.setEnabled(not waiting)
        self._update_button()
        if not waiting and self.isVisible() and not self.field.hasFocus():
            self.field.setFocus()

    def _update_button(self) -> None:
        self.unlock.setEnabled(
            self._hash is not None and bool(self.field.text()) and self.wait_s() <= 0
        )

    def done(self, result: int) -> None:
        self._countdown.stop()
        super().done(result)


class WelcomeScreen(QWidget):
    """The calm first screen of a kiosk: large choices, a headphones hint, a small Staff button.

    Args:
        breathe_minutes: one "Breathe N minutes" choice per entry (empty: one "Breathe").
        relax_available: offer "Relax".
        sound_on: whether sound starts on.
        sound_locked: the clinic fixed the sound setting (no sound button then).
        parent: the Qt parent.
        unprotected: say plainly that no staff PIN protects this kiosk.
        breathe_available: offer breathing (not when the clinic offers no pattern).

    Signals:
        breathe_requested(float): start breathing for this many minutes (0: the set length).
        relax_requested(): start the short relaxation.
        staff_requested(): the Staff button was pressed.
    """

    breathe_requested = Signal(float)
    relax_requested = Signal()
    staff_requested = Signal()

    def __init__(
        self,
        breathe_minutes: Sequence[float],
        relax_available: bool,
        sound_on: bool,
        sound_locked: bool,
        parent: QWidget | None = None,
        *,
        unprotected: bool = False,
        breathe_available: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kiosk-welcome")
        self._sound_default = sound_on
        self._fonts: list[tuple[QWidget, float, bool]] = []  # (widget, scale, bold)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 32, 48, 24)  # 200 % text still fits 1280 x 800
        if unprotected:
            warning = wrapping_label(
                "kiosk-unprotected",
                self.tr(
                    "This kiosk is not protected: no staff PIN is set, so anyone can leave it."
                ),
            )
            warning.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            warning.setAccessibleName(warning.text())
            outer.addWidget(warning)
        outer.addStretch(2)

        title = QLabel(self.tr("Welcome"))
        title.setObjectName("kiosk-title")
        self._fonts.append((title, TITLE_FONT_SCALE, True))
        title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        title.setAccessibleName(title.text())
        outer.addWidget(title)
        intro = wrapping_label(
            "kiosk-intro",
            self.tr("Take a few quiet minutes for yourself. Choose one to begin."),
        )
        self._fonts.append((intro, INTRO_FONT_SCALE, False))
        intro.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        outer.addWidget(intro)
        outer.addSpacing(16)

        self.choices: list[QPushButton] = []
        column = QVBoxLayout()
        column.setSpacing(16)
        if not breathe_available:
            pass  # the clinic offers no breathing pattern ("patterns": [])
        elif breathe_minutes:
            for minutes in breathe_minutes:
                text = self.tr("Breathe %1 minutes").replace("%1", format_decimal(minutes, 2))
                button = self._choice(text, self.tr("Paced breathing; starts at once."))
                button.clicked.connect(lambda _=False, m=minutes: self.breathe_requested.emit(m))
                column.addWidget(button)
        else:
            button = self._choice(self.tr("Breathe"), self.tr("Paced breathing; starts at once."))
            button.clicked.connect(lambda: self.breathe_requested.emit(0.0))
            column.addWidget(button)
        if relax_available:
            button = self._choice(self.tr("Relax"), self.tr("A short guided muscle relaxation."))
            button.clicked.connect(self.relax_requested.emit)
            column.addWidget(button)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addLayout(column, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addSpacing(16)

        self.hint = wrapping_label("kiosk-headphones")
        self._fonts.append((self.hint, HINT_FONT_SCALE, False))
        self.hint.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        outer.addWidget(self.hint)
        self.sound = QPushButton()
        self.sound.setObjectName("kiosk-sound")
        self.sound.setCheckable(True)
        self.sound.setChecked(sound_on)
        if sound_locked:  # hide only: showing a widget without a parent opens a window
            self.sound.hide()
        self._fonts.append((self.sound, HINT_FONT_SCALE, False))
        self.sound.toggled.connect(self._show_sound)
        sound_row = QHBoxLayout()
        sound_row.addStretch(1)
        sound_row.addWidget(self.sound)
        sound_row.addStretch(1)
        outer.addLayout(sound_row)
        note = wrapping_label(
            "kiosk-privacy",
            self.tr(
                "Nothing you do here is kept. When you are done, the screen starts fresh "
                "for the next person."
            ),
        )
        note.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._fonts.append((note, 1.0, False))
        outer.addWidget(note)
        outer.addStretch(3)

        corner = QHBoxLayout()
        corner.addStretch(1)
        self.staff = QPushButton(self.tr("Staff"))
        self.staff.setObjectName("kiosk-staff")
        self.staff.setAccessibleName(self.tr("Staff"))
        self.staff.setAccessibleDescription(self.tr("For clinic staff: asks for the PIN."))
        self.staff.setFlat(True)
        self.staff.clicked.connect(self.staff_requested.emit)
        corner.addWidget(self.staff)
        outer.addLayout(corner)
        self._show_sound(sound_on)
        self._apply_fonts()

    def _apply_fonts(self) -> None:
        """Large type: ``scale`` times the standard text size, never smaller than the app's
        text size (which the theme sets after start). A large text size is not multiplied
        again: at 200 % the welcome screen still fits a 1280 x 800 screen."""
        for widget, scale, bold in self._fonts:
            set_font_scale(widget, scale, bold, large_type=True)
        for button in (*self.choices, self.sound):
            lines = 2.0  # two lines of text tall: at 200 % the welcome still fits 1280 x 800
            height = round(button.fontMetrics().height() * lines)
            button.setMinimumHeight(max(TOUCH_TARGET_PX, height))
        self.sound.setMinimumWidth(self.sound.fontMetrics().horizontalAdvance("M") * 12)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the theme or text size changed
            self._apply_fonts()

    def _choice(self, text: str, description: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName("kiosk-choice")
        self._fonts.append((button, CHOICE_FONT_SCALE, True))
        button.setAccessibleName(text)
        button.setAccessibleDescription(description)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.setAutoDefault(True)
        self.choices.append(button)
        return button

    @property
    def sound_on(self) -> bool:
        """Whether the guest chose sound."""
        return self.sound.isChecked()

    def _show_sound(self, on: bool) -> None:
        if on:
            hint = self.tr("Please use the headphones, so the sound does not disturb others.")
            label = self.tr("Sound is on")
        else:
            hint = self.tr("Please use the headphones — sound is off unless you turn it on.")
            label = self.tr("Sound is off")
        self.hint.setText(hint)
        self.sound.setText(label)
        self.sound.setAccessibleName(self.tr("Sound"))
        self.sound.setAccessibleDescription(label)

    def reset(self) -> None:
        """Back to how the clinic set it up: sound default, focus on the first choice."""
        self.sound.setChecked(self._sound_default)
        if self.choices:
            self.choices[0].setFocus()


class StaffPanel(QWidget):
    """What staff see after the PIN: the policy in force, its problems, the counters, and exit.

    Every policy key is listed with the value in force, where it came from and whether
    patients can change it (as ``calmfloor policy show``); then every problem found in
    the policy sources; then, when the clinic allows them, the anonymous session counts
    per day (re-read each time the panel is shown, :meth:`refresh`).

    Args:
        problems: the problems of every policy source.
        rows: the policy keys in force (:func:`~calmfloor.core.policy_keys.effective_keys`).
        counters: the kiosk's anonymous counters, or None when the policy does not allow them.

    Signals:
        exit_requested(): "Exit kiosk".
        back_requested(): "Back".
    """

    exit_requested = Signal()
    back_requested = Signal()

    def __init__(
        self,
        problems: Sequence[PolicyProblem],
        rows: Sequence[EffectiveKey] = (),
        counters: KioskCounters | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("kiosk-staff-panel")
        self._counters = counters
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 48, 48, 48)
        title = QLabel(self.tr("Staff"))
        set_font_scale(title, 1.8, bold=True)
        outer.addWidget(title)
        self.scroll_area = QScrollArea()  # kept: a scroll area held only by its layout can be lost
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(wrapping_label("", self.tr("This computer is in kiosk mode.")))
        if problems:
            layout.addWidget(
                wrapping_label("", self.tr("The clinic policy file has these problems:"))
            )
        self.problem_labels: list[QLabel] = []
        for problem in problems:
            text = f"{problem.key}: {problem.message}" if problem.key else problem.message
            if problem.source:
                text = f"{problem.source}: {text}"
            label = wrapping_label("kiosk-policy-problem", "• " + printable(text))
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.problem_labels.append(label)
            layout.addWidget(label)
        self.policy_table = self._table(
            "kiosk-policy-table",
            [self.tr("Key"), self.tr("Value"), self.tr("Source"), self.tr("Locked")],
            [
                [
                    row.spec.key,
                    self._value_text(row.value),
                    self._source_text(row.source, row.recommended),
                    self.tr("locked") if row.locked else "",
                ]
                for row in rows
            ],
        )
        if rows:
            layout.addWidget(wrapping_label("", self.tr("The clinic policy in force:")))
            layout.addWidget(self.policy_table)
        else:
            self.policy_table.hide()
        self.counters_title = wrapping_label(
            "", self.tr("Sessions started in kiosk mode, by day (anonymous counts):")
        )
        self.counters_table = self._table("kiosk-counters-table", [], [])
        layout.addWidget(self.counters_title)
        layout.addWidget(self.counters_table)
        layout.addStretch(1)
        self.scroll_area.setWidget(body)
        outer.addWidget(self.scroll_area, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.back = QPushButton(self.tr("Back"))
        self.back.setObjectName("kiosk-staff-back")
        self.back.clicked.connect(self.back_requested.emit)
        self.exit = QPushButton(self.tr("Exit kiosk"))
        self.exit.setObjectName("kiosk-staff-exit")
        self.exit.clicked.connect(self.exit_requested.emit)
        for button in (self.back, self.exit):
            button.setAccessibleName(button.text())
            button.setMinimumHeight(max(TOUCH_TARGET_PX, button.fontMetrics().height() * 2))
            row.addWidget(button)
        outer.addLayout(row)
        self.refresh()

    def _table(self, name: str, headers: list[str], cells: list[list[str]]) -> QTableWidget:
        table = QTableWidget(len(cells), len(headers))
        table.setObjectName(name)
        table.setAccessibleName(name.replace("kiosk-", "").replace("-", " "))
        self._fill(table, headers, cells)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        table.verticalHeader().hide()
        table.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return table

    @staticmethod
    def _fill(table: QTableWidget, headers: list[str], cells: list[list[str]]) -> None:
        table.clear()
        table.setRowCount(len(cells))
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        for r, values in enumerate(cells):
            for c, text in enumerate(values):
                table.setItem(r, c, QTableWidgetItem(printable(text)))
        header = table.horizontalHeader()
        for c in range(len(headers)):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if c == 1
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(c, mode)
        table.resizeRowsToContents()

    def _value_text(self, value: object) -> str:
        if value is None:
            return self.tr("not set")
        if isinstance(value, bool):
            return self.tr("on") if value else self.tr("off")
        if isinstance(value, list):
            return ", ".join(str(item) for item in value) if value else self.tr("none")
        return str(value)

    def _source_text(self, source: str, recommended: bool) -> str:
        text = {
            SOURCE_DEFAULT: self.tr("default"),
            SOURCE_FAILED_CLOSED: self.tr("restrictive: the policy cannot be read"),
            SOURCE_PROBLEM: self.tr("restrictive: see the problems"),
        }.get(source, source)
        return self.tr("%1 (recommended)").replace("%1", text) if recommended else text

    def refresh(self) -> None:
        """Read the counters again (they grow while the kiosk runs)."""
        counters = self._counters
        shown = counters is not None
        self.counters_title.setVisible(shown)
        self.counters_table.setVisible(shown)
        if counters is None:
            return
        days = counters.load()
        kinds = [k for k in SessionKind if any(k.value in c for c in days.values())]
        names = {
            SessionKind.BREATHING: self.tr("Breathing"),
            SessionKind.RELAX: self.tr("Relaxation"),
            SessionKind.STRETCH: self.tr("Stretches"),
            SessionKind.HEAT: self.tr("Heat pack"),
        }
        headers = [self.tr("Day"), *(names[k] for k in kinds)]
        cells = [
            [day, *(str(counts.get(k.value, 0)) for k in kinds)]
            for day, counts in sorted(days.items(), reverse=True)
        ]
        if not cells:
            headers, cells = [self.tr("Day")], [[self.tr("No sessions yet.")]]
        self._fill(self.counters_table, headers, cells)


class KioskShell(QWidget):
    """The kiosk's one top-level window: the welcome screen, one guest at a time, the staff panel.

    Each guest gets a fresh :class:`MainWindow` (kiosk mode: Breathe and Relax only) built on
    :func:`~calmfloor.ui.kiosk.guest.guest_context`, so nothing is read from or written to the
    profile. Closing the window, Alt+F4, Ctrl+Q, Esc on the welcome screen and the Staff
    button ask for the staff PIN. After the clinic's idle time, or shortly after a session
    ends untouched, the guest window is destroyed and the welcome screen returns.

    Args:
        paths: the profile's locations (only the data directory is used, for counters).
        clock: monotonic and wall-clock time.
        policy: the clinic policy (kiosk settings, PIN, offers).
        cues: the sound player shared by every guest; None makes one.
        problems: policy problems, shown to staff after the PIN.
        policy_rows: every policy key in force with its source, for the staff panel; None
            lists them from ``policy`` alone (sources unknown).
        parent: the Qt parent (None: a top-level window).

    Signals:
        reset_done(): the welcome screen is back and the last guest forgotten.
        exited(): staff left kiosk mode; the window closed.
    """

    reset_done = Signal()
    exited = Signal()

    def __init__(
        self,
        paths: AppPaths,
        clock: Clock,
        policy: Policy,
        cues: CuePlayer | None = None,
        problems: Sequence[PolicyProblem] = (),
        parent: QWidget | None = None,
        *,
        runtime_dir: Path | None = None,
        policy_rows: Sequence[EffectiveKey] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kiosk-shell")
        self.setWindowTitle(self.tr("calmfloor"))
        self.setWindowFlags(
            Qt.WindowType.Window
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
        )
        self._paths = paths
        self._clock = clock
        self.policy = policy
        self.cues = cues or CuePlayer(self, deferred=True)
        if cues is None:
            QTimer.singleShot(AFTER_FIRST_PAINT_MS, self.cues, self.cues.load)
        self.attempts = PinAttempts()
        folder = runtime_dir or private_runtime_dir()
        self._attempts_file = (
            PinAttemptsFile(folder, str(paths.data_dir)) if folder is not None else None
        )
        if self._attempts_file is not None:
            failures, wait_s = self._attempts_file.load(clock.wall())
            self.attempts.restore(failures, wait_s, clock.now())
        self._restoring = False
        self.counters = (
            KioskCounters(kiosk_counters_file(paths.data_dir))
            if policy.anonymous_counters
            else None
        )
        self.guest: MainWindow | None = None
        self.pin_dialog: PinDialog | None = None
        self._leaving = False
        self._counted: set[str] = set()  # controllers whose current session was counted
        self._return_to: QWidget | None = None

        defaults = guest_context(paths, clock, policy).settings
        clinic_dir = Path(policy.clinic_routines_dir) if policy.clinic_routines_dir else None
        offered = GuestRoutineLibrary(clinic_dir, policy.routines).routines()
        self._relax_id = pick_relax_routine([item.routine.id for item in offered])
        length_fixed = defaults.is_locked("session_minutes") or defaults.is_locked("length_mode")
        self.welcome = WelcomeScreen(
            () if length_fixed else WELCOME_BREATHE_MINUTES,
            self._relax_id is not None,
            sound_on=policy.kiosk_sound,
            sound_locked=defaults.is_locked("sound_enabled"),
            unprotected=policy.kiosk_unprotected,
            breathe_available=policy.patterns != (),
        )
        self.welcome.breathe_requested.connect(self.start_breathing)
        self.welcome.relax_requested.connect(self.start_relax)
        self.welcome.staff_requested.connect(self.request_exit)
        rows = policy_rows if policy_rows is not None else effective_keys(policy, {})
        self.staff_panel = StaffPanel(problems, rows, self.counters)
        self.staff_panel.exit_requested.connect(self.exit_kiosk)
        self.staff_panel.back_requested.connect(self._staff_back)

        self.guest_page = QWidget()
        self.guest_page.setObjectName("kiosk-guest-page")
        guest_column = QVBoxLayout(self.guest_page)
        guest_column.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.setContentsMargins(12, 8, 12, 0)
        bar.addStretch(1)
        self.start_over = QPushButton(self.tr("Finish and start over"))
        self.start_over.setObjectName("kiosk-start-over")
        self.start_over.setAccessibleName(self.start_over.text())
        self.start_over.setAccessibleDescription(
            self.tr("Forgets everything and shows the welcome screen for the next person.")
        )
        self.start_over.setMinimumHeight(self.start_over.fontMetrics().height() * 2 + 8)
        self.start_over.clicked.connect(self.reset)
        bar.addWidget(self.start_over)
        guest_column.addLayout(bar)
        self._guest_column = guest_column

        self.stack = QStackedWidget()
        for page in (self.welcome, self.guest_page, self.staff_panel):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        make_shortcut("kiosk-staff", self, self.request_exit)
        # F1 belongs to the shell: a guest's window is a part of it and has none of its own
        make_shortcut("show-shortcuts", self, lambda: show_shortcuts(self, kiosk=True))

        self.activity = GuestActivity(policy.idle_reset_s)
        self.idle = IdleWatcher(self.activity, clock, self)
        self.idle.reset_due.connect(self._idle_reset)
        self.stack.setCurrentWidget(self.welcome)

    # ----- showing ------------------------------------------------------------------------

    def show_kiosk(self, screen: QScreen | None = None) -> None:
        """Theme the app, cover ``screen`` (the primary one when None) and stay on top."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            s = guest_context(self._paths, self._clock, self.policy).settings
            apply_theme(app, str(s.value("theme")), int(s.value("text_scale")))
        screen = screen or QGuiApplication.primaryScreen()
        if screen is not None:
            # without a window manager, showFullScreen() alone keeps the old size
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.activateWindow()
        self.welcome.reset()

    def bring_back(self) -> None:
        """Full screen and in front again: after a minimise, a hide or a lost native window.

        A relaunch calls this too, so handing over to a kiosk whose window was destroyed
        from outside gives a window again. Does nothing once staff left kiosk mode.
        """
        if self._leaving or self._restoring:
            return
        self._restoring = True
        try:
            handle = self.windowHandle()
            if handle is None or not handle.isVisible():
                self.hide()  # so that showing really creates and maps a window again
            screen = (handle.screen() if handle is not None else None) or (
                QGuiApplication.primaryScreen()
            )
            if screen is not None:
                self.setGeometry(screen.geometry())
            self.setWindowState(
                (self.windowState() & ~Qt.WindowState.WindowMinimized)
                | Qt.WindowState.WindowFullScreen
            )
            self.showFullScreen()
            self.raise_()
            self.activateWindow()
        finally:
            self._restoring = False

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange and self.isMinimized():
            QTimer.singleShot(0, self, self.bring_back)  # never stays minimised

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if not self._leaving and not self._restoring:
            QTimer.singleShot(0, self, self.bring_back)

    # ----- guests -------------------------------------------------------------------------

    def _new_guest(self) -> MainWindow:
        self._drop_guest()
        context = guest_context(self._paths, self._clock, self.policy)
        context.settings.set_value("sound_enabled", self.welcome.sound_on)
        window = MainWindow(context, self.cues, kiosk=True)
        window.setWindowFlags(Qt.WindowType.Widget)
        self._guest_column.addWidget(window, 1)
        self.guest = window
        window.controller.state_changed.connect(
            lambda state: self._on_session_state("breathing", state)
        )
        # the Relax page is built when first shown (also from the guest's navigation)
        window.pages.currentChanged.connect(lambda _index: self._watch_relax(window))
        self.stack.setCurrentWidget(self.guest_page)
        window.show()
        return window

    def _watch_relax(self, window: MainWindow) -> None:
        controller = window.relax_controller
        if controller is not None and not controller.property("kiosk-watched"):
            controller.setProperty("kiosk-watched", True)
            controller.state_changed.connect(lambda state: self._on_session_state("relax", state))

    def start_breathing(self, minutes: float) -> None:
        """A welcome choice: a fresh guest window, breathing for ``minutes`` (0: as set)."""
        window = self._new_guest()
        settings = window.context.settings
        if minutes > 0:
            settings.set_value("length_mode", "minutes")
            settings.set_value("session_minutes", minutes)
        window.show_page(Page.BREATHE)
        window.breathing.start()

    def start_relax(self) -> None:
        """A welcome choice: a fresh guest window on Relax with the short routine.

        The routine's safety caution comes first, as for everyone's first routine.
        """
        window = self._new_guest()
        window.show_page(Page.RELAX)
        self._watch_relax(window)
        if self._relax_id is not None:
            window.relax.select_routine(self._relax_id)
        window.relax.start()

    def _on_session_state(self, which: str, state: str) -> None:
        now = self._clock.now()
        window = self.guest
        if window is None:
            return
        if state == RUNNING:
            self.activity.session_running(now)
            if which not in self._counted:
                self._counted.add(which)
                self._count(which, window)
        elif state == PAUSED:
            self.activity.session_paused(now)
        elif state in ENDED:
            self._counted.discard(which)
            self.activity.session_ended(now)
        self.idle.arm()

    def _count(self, which: str, window: MainWindow) -> None:
        if self.counters is None:
            return
        kind = SessionKind.BREATHING
        if which == "relax":
            controller = window.relax_controller
            routine = controller.routine if controller is not None else None
            kind = SessionKind(routine.kind.value) if routine is not None else SessionKind.RELAX
        with contextlib.suppress(StorageWriteError):  # counting is never worth a message
            self.counters.record(kind, self._clock.wall().date())

    def _drop_guest(self) -> None:
        window, self.guest = self.guest, None  # its last state changes are ignored
        self._counted.clear()
        if window is None:
            return
        window.breathing.stop()
        if window.relax_controller is not None:
            window.relax.stop()
        self._guest_column.removeWidget(window)
        window.hide()
        window.deleteLater()
        window.context.close()

    def _session_running(self) -> bool:
        window = self.guest
        if window is None:
            return False
        relax = window.relax_controller
        return window.controller.state.value == RUNNING or (
            relax is not None and relax.state.value == RUNNING
        )

    def _idle_reset(self) -> None:
        if self._session_running():  # never interrupt a session, whatever was missed
            self.activity.session_running(self._clock.now())
            self.idle.arm()
            return
        self.reset()

    def reset(self) -> None:
        """Forget the last guest: close dialogs and menus, destroy the guest window, welcome."""
        close_dialogs_and_menus()
        self._drop_guest()
        self.cues.stop_all()
        self.stack.setCurrentWidget(self.welcome)
        self.welcome.reset()
        self.activity.was_reset(self._clock.now())
        self.idle.arm()
        self.reset_done.emit()

    # ----- leaving ------------------------------------------------------------------------

    def request_exit(self) -> None:
        """Ask for the staff PIN; the staff panel opens with the right one."""
        if self._leaving:
            return
        if self.pin_dialog is not None:
            self.pin_dialog.activateWindow()
            return
        dialog = PinDialog(
            self.policy.staff_pin_hash,
            self.attempts,
            self._clock,
            self,
            unprotected=self.policy.kiosk_unprotected,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.show_staff_panel)
        dialog.leave_chosen.connect(self.exit_kiosk, Qt.ConnectionType.QueuedConnection)
        dialog.finished.connect(self._pin_closed)
        self.pin_dialog = dialog
        dialog.open()

    def _pin_closed(self, _result: int) -> None:
        self.pin_dialog = None
        if self._attempts_file is not None:  # a restart must not give fresh tries
            self._attempts_file.save(
                self.attempts.failures,
                self.attempts.wait_s(self._clock.now()),
                self._clock.wall(),
            )

    def show_staff_panel(self) -> None:
        """The staff panel (after the right PIN)."""
        current = self.stack.currentWidget()
        if current is not self.staff_panel:
            self._return_to = current
        self.staff_panel.refresh()
        self.stack.setCurrentWidget(self.staff_panel)
        self.staff_panel.back.setFocus()

    def _staff_back(self) -> None:
        target = self._return_to
        if target is self.guest_page and self.guest is None:
            target = self.welcome
        self.stack.setCurrentWidget(target or self.welcome)
        self._return_to = None

    def exit_kiosk(self) -> None:
        """Leave kiosk mode (staff only): forget the guest and close the window."""
        self.shutdown()
        self.close()
        self.exited.emit()

    def shutdown(self) -> None:
        """Stop every timer and the input watch; forget the guest; allow the window to close."""
        self._leaving = True
        if self.pin_dialog is not None:
            self.pin_dialog.done(QDialog.DialogCode.Rejected)
        self.idle.stop()
        self._drop_guest()
        self.cues.stop_all()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._leaving:
            super().closeEvent(event)
            return
        event.ignore()  # window close and Alt+F4 need the staff PIN
        self.request_exit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Esc reaches the shell only when no page used it: in a guest session Esc still
        # stops the session; on the welcome screen it asks for the PIN.
        if matches(event, "kiosk-welcome-staff") and self.stack.currentWidget() is self.welcome:
            self.request_exit()
            event.accept()
            return
        super().keyPressEvent(event)


def close_dialogs_and_menus() -> None:
    """Close every open modal dialog and popup menu, innermost first."""
    for _ in range(MAX_DIALOGS_CLOSED):
        widget = QApplication.activePopupWidget() or QApplication.activeModalWidget()
        if widget is None:
            return
        if isinstance(widget, QDialog):
            widget.done(QDialog.DialogCode.Rejected)
        else:
            widget.close()
