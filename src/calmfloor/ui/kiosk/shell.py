"""Kiosk mode for waiting-room PCs: the one window that holds welcome, guest and staff."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QHideEvent, QKeyEvent, QScreen
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from calmfloor.core.clock import Clock
from calmfloor.core.kiosk import WELCOME_BREATHE_MINUTES, GuestActivity, pick_relax_routine
from calmfloor.core.pin import PinAttempts
from calmfloor.core.policy import Policy, PolicyProblem
from calmfloor.core.policy_keys import EffectiveKey, effective_keys
from calmfloor.core.session import SessionKind
from calmfloor.storage.errors import StorageWriteError
from calmfloor.storage.kiosk_counters import KioskCounters, kiosk_counters_file
from calmfloor.storage.paths import AppPaths
from calmfloor.storage.pin_attempts_store import PinAttemptsFile
from calmfloor.storage.runtime_dir import private_runtime_dir
from calmfloor.ui.kiosk.guest import GuestRoutineLibrary, guest_context
from calmfloor.ui.kiosk.idle import IdleWatcher
from calmfloor.ui.kiosk.pin_dialog import PinDialog
from calmfloor.ui.kiosk.staff import StaffPanel
from calmfloor.ui.kiosk.welcome import WelcomeScreen
from calmfloor.ui.kit.shortcuts import make_shortcut, matches, show_shortcuts
from calmfloor.ui.kit.sound import CuePlayer
from calmfloor.ui.kit.theme import apply_theme
from calmfloor.ui.shell.main_window import MainWindow, Page

AFTER_FIRST_PAINT_MS = 50

MAX_DIALOGS_CLOSED = 20  # a reset closes at most this many stacked dialogs and menus

RUNNING = "running"

PAUSED = "paused"

ENDED = frozenset({"finished", "stopped"})


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
        self.stack.setObjectName("kiosk-pages")
        # unnamed, Orca reads the stack as "layered pane"; named, it says which screen this is
        self.stack.currentChanged.connect(self._name_current_page)
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
        self._name_current_page()

    def _name_current_page(self) -> None:
        current = self.stack.currentWidget()
        if current is self.staff_panel:
            name = self.tr("Staff")
        elif current is self.guest_page:
            name = self.tr("Practice")
        else:
            name = self.tr("Welcome")
        self.stack.setAccessibleName(name)

    # ----- showing ------------------------------------------------------------------------

    def show_kiosk(self, screen: QScreen | None = None) -> None:
        """Theme the app, cover ``screen`` (the primary one when None) and stay on top."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            s = guest_context(self._paths, self._clock, self.policy).settings
            apply_theme(app, s.get_choice("theme"), s.get_int("text_scale"))
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
