"""The staff PIN dialog of the kiosk, rate-limited across dialogs and restarts."""

from __future__ import annotations

import math

from PySide6.QtCore import QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from calmfloor.core.clock import Clock
from calmfloor.core.pin import MAX_PIN_DIGITS, PinAttempts, pin_hash_problem, verify_pin
from calmfloor.ui.kit.widgets import announce, format_number, wrapping_label

PIN_WAIT_TICK_MS = 1000  # the "Try again in N s" countdown


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
