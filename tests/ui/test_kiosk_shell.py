"""Kiosk mode end to end: guests leave nothing, the PIN guards the way out, idle resets forget."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QRegularExpression, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from calmfloor.core.breathing import SessionState
from calmfloor.core.clock import ManualClock
from calmfloor.core.kiosk import AFTER_SESSION_GRACE_S
from calmfloor.core.pin import hash_pin
from calmfloor.core.policy import Policy, PolicyProblem
from calmfloor.resources import asset_dir
from calmfloor.storage.paths import resolve_paths
from calmfloor.ui.kiosk.guest import guest_context
from calmfloor.ui.kiosk.pin_dialog import PinDialog
from calmfloor.ui.kiosk.shell import KioskShell
from calmfloor.ui.kiosk.welcome import TOUCH_TARGET_PX
from calmfloor.ui.kit.sound import CuePlayer
from calmfloor.ui.shell.context import load_context
from calmfloor.ui.shell.main_window import MainWindow, Page

PIN = "2468"
PIN_HASH = hash_pin(PIN, b"kiosk-test-salt!", iterations=1000)  # fast in tests
IDLE_S = 180.0

ShellFactory = Callable[..., KioskShell]


@pytest.fixture
def make_shell(qtbot: QtBot, clock: ManualClock, data_dir: Path) -> Iterator[ShellFactory]:
    """A kiosk shell on ``data_dir`` with a test PIN; shut down afterwards."""
    made: list[KioskShell] = []

    def make(**policy: object) -> KioskShell:
        fields: dict[str, object] = {"kiosk": True, "staff_pin_hash": PIN_HASH}
        fields.update(policy)
        problems = fields.pop("problems", ())
        shell = KioskShell(
            resolve_paths(data_dir),
            clock,
            Policy(**fields),  # type: ignore[arg-type]
            CuePlayer(backend=None),
            problems=problems,  # type: ignore[arg-type]
        )
        made.append(shell)
        shell.show_kiosk()
        qtbot.waitExposed(shell)
        shell.activateWindow()
        QTest.qWaitForWindowActive(shell, 2000)
        return shell

    yield make
    for shell in made:
        shell.shutdown()
        shell.close()
        shell.deleteLater()
    flush_deletions()


def flush_deletions() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def make_profile(data_dir: Path, clock: ManualClock) -> None:
    """Someone's own settings, state, history and routine, already on this computer."""
    context = load_context(resolve_paths(data_dir), clock)
    context.settings.set_value("theme", "dark")
    context.settings.set_value("sound_enabled", True)
    context.state.set("last_pattern", "Box breathing")
    context.state.save()
    context.close()
    own = (asset_dir("routines") / "release-only.toml").read_text("utf-8")
    (data_dir / "routines" / "mine.toml").write_text(
        own.replace('id = "release-only"', 'id = "my-own-routine"'), "utf-8"
    )


def snapshot(root: Path) -> dict[str, str]:
    """Every file and folder under ``root`` with the hash of its bytes."""
    return {
        str(path.relative_to(root)): (
            hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "<dir>"
        )
        for path in sorted(root.rglob("*"))
    }


def run_to_end(shell: KioskShell, clock: ManualClock, seconds: float) -> None:
    """Let up to ``seconds`` pass as the ticker would, stopping when the session ends."""
    guest = shell.guest
    assert guest is not None
    for _ in range(int(seconds)):
        if guest.controller.state is not SessionState.RUNNING:
            return
        clock.advance(1.0)
        guest.controller.tick()


def idle_for(shell: KioskShell, clock: ManualClock, seconds: float) -> None:
    """Nobody touches anything for ``seconds``; then the idle timer fires."""
    clock.advance(seconds)
    shell.idle.check()


def choice(shell: KioskShell, text: str) -> QPushButton:
    (button,) = [b for b in shell.welcome.choices if b.text() == text]
    return button


def start_two_minutes(qtbot: QtBot, shell: KioskShell) -> MainWindow:
    qtbot.mouseClick(choice(shell, "Breathe 2 minutes"), Qt.MouseButton.LeftButton)
    guest = shell.guest
    assert guest is not None
    assert guest.controller.state is SessionState.RUNNING
    return guest


def named_button(root: QWidget, name: str, *, visible: bool = True) -> QPushButton:
    """The one button under ``root`` a person knows by ``name`` (its accessible name or text)."""
    found = [
        b
        for b in root.findChildren(QPushButton)
        if name in (b.accessibleName(), b.text().replace("&", ""))
        and (b.isVisible() or not visible)
    ]
    assert len(found) == 1, (name, found)
    return found[0]


def shown_texts(root: QWidget) -> list[str]:
    """The text of every label on show under ``root``."""
    return [label.text() for label in root.findChildren(QLabel) if label.isVisible()]


def nav_buttons(guest: MainWindow) -> list[QPushButton]:
    """The guest window's page buttons, in their order."""
    return guest.findChildren(QPushButton, QRegularExpression(r"^nav-\d+$"))


def offered_routines(guest: MainWindow) -> list[str]:
    """The ids of the routines listed on the guest's Relax page."""
    picker = guest.relax.findChild(QListWidget, "routine-picker")
    assert picker is not None
    return [picker.item(row).data(Qt.ItemDataRole.UserRole) for row in range(picker.count())]


def rate_and_finish(qtbot: QtBot, guest: MainWindow) -> None:
    view = guest.breathing
    qtbot.mouseClick(named_button(view, "Tension: 3 out of 10"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(named_button(view, "Pain: 2 out of 10"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(named_button(view, "Save and finish"), Qt.MouseButton.LeftButton)


# ----- guests leave nothing ---------------------------------------------------------------


def test_a_full_guest_session_leaves_the_data_dir_byte_for_byte_unchanged(
    qtbot: QtBot, make_shell: ShellFactory, clock: ManualClock, data_dir: Path
) -> None:
    make_profile(data_dir, clock)
    before = snapshot(data_dir)
    assert {"settings.json", "state.json", "history.sqlite3", "routines/mine.toml"} <= set(before)

    shell = make_shell()
    guest = start_two_minutes(qtbot, shell)
    assert guest.context.settings.value("sound_enabled") is False  # not the owner's choice
    assert guest.context.settings.value("theme") == "system"  # defaults, not the profile
    run_to_end(shell, clock, 121)
    assert guest.controller.state is SessionState.FINISHED
    assert "Well done" in shown_texts(guest.breathing)
    rate_and_finish(qtbot, guest)
    idle_for(shell, clock, IDLE_S)
    assert shell.guest is None
    assert shell.stack.currentWidget() is shell.welcome
    flush_deletions()

    assert snapshot(data_dir) == before


def test_a_guest_on_a_new_computer_creates_no_folder_at_all(
    qtbot: QtBot, make_shell: ShellFactory, clock: ManualClock, data_dir: Path
) -> None:
    shell = make_shell()
    start_two_minutes(qtbot, shell)
    run_to_end(shell, clock, 121)
    idle_for(shell, clock, AFTER_SESSION_GRACE_S)
    assert shell.guest is None
    assert not data_dir.exists()


def test_anonymous_counters_are_the_only_change_and_hold_only_counts(
    qtbot: QtBot, make_shell: ShellFactory, clock: ManualClock, data_dir: Path
) -> None:
    make_profile(data_dir, clock)
    before = snapshot(data_dir)
    shell = make_shell(anonymous_counters=True)
    guest = start_two_minutes(qtbot, shell)
    run_to_end(shell, clock, 121)
    rate_and_finish(qtbot, guest)
    idle_for(shell, clock, IDLE_S)
    qtbot.mouseClick(choice(shell, "Breathe 5 minutes"), Qt.MouseButton.LeftButton)
    assert shell.guest is not None
    shell.guest.controller.pause()  # a pause and resume is still one session
    shell.guest.controller.resume()
    shell.reset()
    flush_deletions()

    after = snapshot(data_dir)
    changed = {name for name in after if before.get(name) != after[name]}
    assert changed == {"kiosk-counters.json"}
    stored = json.loads((data_dir / "kiosk-counters.json").read_text("utf-8"))
    assert stored["days"] == {"2026-01-05": {"breathing": 2}}
    assert set(stored) == {"format", "version", "days"}


def test_the_guest_window_offers_breathe_and_relax_only_and_no_file_routes(
    qtbot: QtBot, make_shell: ShellFactory, clock: ManualClock, data_dir: Path
) -> None:
    make_profile(data_dir, clock)
    shell = make_shell()
    qtbot.mouseClick(choice(shell, "Relax"), Qt.MouseButton.LeftButton)
    guest = shell.guest
    assert guest is not None
    visible = [b.text().replace("&", "") for b in nav_buttons(guest) if b.isVisibleTo(guest)]
    assert visible == ["Breathe", "Relax"]
    guest.show_page(Page.SETTINGS)  # Ctrl+5 and the like lead nowhere
    assert guest.pages.currentWidget() is guest.relax
    relax = guest.relax
    assert not named_button(relax, "Import a routine file", visible=False).isVisibleTo(relax)
    assert not named_button(relax, "Export this routine to a file", visible=False).isVisibleTo(
        relax
    )
    ids = offered_routines(guest)
    assert "my-own-routine" not in ids  # the owner's routines are not offered
    current = relax.current_routine()
    assert current is not None and current.routine.id == "feet-to-pelvic-floor-quick"
    assert relax.caution_showing()  # every guest sees the safety caution first


def test_the_clinic_chooses_the_routines_and_patterns_on_offer(
    qtbot: QtBot, make_shell: ShellFactory
) -> None:
    shell = make_shell(routines=("piriformis-stretch",), patterns=("Calm",))
    qtbot.mouseClick(choice(shell, "Relax"), Qt.MouseButton.LeftButton)
    guest = shell.guest
    assert guest is not None
    assert offered_routines(guest) == ["piriformis-stretch"]
    assert [p.name for p in guest.context.library.all()] == ["Calm"]


def test_guest_settings_follow_the_policy_and_are_never_written(
    clock: ManualClock, data_dir: Path
) -> None:
    policy = Policy(
        kiosk=True, settings={"volume": 30}, locked=frozenset({"volume"}), kiosk_sound=True
    )
    context = guest_context(resolve_paths(data_dir), clock, policy)
    assert context.settings.value("volume") == 30
    assert context.settings.is_locked("volume")
    assert context.settings.value("sound_enabled") is True
    context.settings.set_value("theme", "dark")
    context.state.set("safety_note_seen", True)
    context.state.save()
    assert context.history is None
    assert not data_dir.exists()


# ----- the way out needs the PIN ----------------------------------------------------------


def close_pin_dialog(shell: KioskShell) -> None:
    assert shell.pin_dialog is not None
    shell.pin_dialog.reject()
    assert shell.pin_dialog is None


def test_close_alt_f4_ctrl_q_and_esc_ask_for_the_pin_and_the_window_stays(
    qtbot: QtBot, make_shell: ShellFactory
) -> None:
    shell = make_shell()
    assert shell.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert shell.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert shell.isFullScreen()

    assert not shell.close()  # the window's close button and Alt+F4 both send a close event
    assert shell.isVisible()
    close_pin_dialog(shell)

    qtbot.keyClick(shell.welcome.choices[0], Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert shell.pin_dialog is not None and shell.pin_dialog.isVisible()
    close_pin_dialog(shell)

    qtbot.keyClick(shell.welcome.choices[0], Qt.Key.Key_Escape)
    assert shell.pin_dialog is not None
    close_pin_dialog(shell)

    qtbot.mouseClick(shell.welcome.staff, Qt.MouseButton.LeftButton)
    assert shell.pin_dialog is not None
    close_pin_dialog(shell)
    assert shell.isVisible()


def test_esc_in_a_guest_session_stops_the_session_and_does_not_ask_for_the_pin(
    qtbot: QtBot, make_shell: ShellFactory
) -> None:
    shell = make_shell()
    guest = start_two_minutes(qtbot, shell)
    qtbot.keyClick(guest.focusWidget() or guest, Qt.Key.Key_Escape)
    assert guest.controller.state is SessionState.STOPPED
    assert shell.pin_dialog is None


def test_wrong_pins_are_rate_limited_and_the_right_one_exits(
    qtbot: QtBot, make_shell: ShellFactory, clock: ManualClock
) -> None:
    shell = make_shell(problems=[PolicyProblem("volume", "must be 0 to 100; got 300.")])
    shell.request_exit()
    dialog = shell.pin_dialog
    assert isinstance(dialog, PinDialog)
    assert dialog.field.echoMode() is dialog.field.EchoMode.Password
    assert dialog.field.accessibleName() == "Staff PIN"
    for _ in range(2):
        qtbot.keyClicks(dialog.field, "1111")
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
        assert dialog.status.text() == "Wrong PIN"
        assert dialog.field.isEnabled()
    qtbot.keyClicks(dialog.field, "1111")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)  # the third wrong PIN
    assert dialog.status.text() == "Wrong PIN. Try again in 30 s"
    assert not dialog.unlock.isEnabled()
    assert not dialog.field.isEnabled()
    qtbot.keyClicks(dialog.field, PIN)  # ignored while waiting
    dialog.try_pin()
    assert shell.stack.currentWidget() is shell.welcome

    clock.advance(12.5)
    dialog.refresh()  # what the countdown does every second
    assert dialog.status.text().endswith("Try again in 18 s")
    clock.advance(17.5)
    dialog.refresh()
    assert dialog.field.isEnabled()
    qtbot.keyClicks(dialog.field, "9999")
    dialog.try_pin()
    assert dialog.status.text() == "Wrong PIN. Try again in 60 s"  # the wait doubles
    clock.advance(60)
    dialog.refresh()
    # closing and opening the dialog does not start the count again
    dialog.reject()
    shell.request_exit()
    dialog = shell.pin_dialog
    assert dialog is not None and dialog.field.isEnabled()
    qtbot.keyClicks(dialog.field, PIN)
    qtbot.mouseClick(dialog.unlock, Qt.MouseButton.LeftButton)

    assert shell.pin_dialog is None
    assert shell.stack.currentWidget() is shell.staff_panel
    (problem,) = shell.staff_panel.problem_labels
    assert "volume: must be 0 to 100" in problem.text()
    with qtbot.waitSignal(shell.exited):
        qtbot.mouseClick(shell.staff_panel.exit, Qt.MouseButton.LeftButton)
    assert not shell.isVisible()
    assert not shell.idle.timer.isActive()


def test_staff_back_returns_to_the_guest_session_still_running(
    qtbot: QtBot, make_shell: ShellFactory
) -> None:
    shell = make_shell()
    guest = start_two_minutes(qtbot, shell)
    shell.request_exit()
    assert shell.pin_dialog is not None
    qtbot.keyClicks(shell.pin_dialog.field, PIN)
    shell.pin_dialog.try_pin()
    assert shell.stack.currentWidget() is shell.staff_panel
    qtbot.mouseClick(shell.staff_panel.back, Qt.MouseButton.LeftButton)
    assert shell.stack.currentWidget() is shell.guest_page
    assert guest.controller.state is SessionState.RUNNING


# no PIN at all (IT trying --kiosk) can be left: see test_kiosk_defends.py
@pytest.mark.parametrize("pin_hash", ["invalid", "pbkdf2-sha256$1000$not-base64$x"])
def test_without_a_usable_pin_there_is_no_way_out(
    qtbot: QtBot, make_shell: ShellFactory, pin_hash: str | None
) -> None:
    shell = make_shell(staff_pin_hash=pin_hash)
    assert not shell.close()
    dialog = shell.pin_dialog
    assert dialog is not None
    assert not dialog.has_pin
    assert dialog.prompt.text() == "This computer has no staff PIN set; ask your IT team."
    assert not dialog.field.isVisibleTo(dialog)
    assert not dialog.unlock.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.cancel, Qt.MouseButton.LeftButton)
    assert shell.isVisible()
    assert shell.stack.currentWidget() is shell.welcome


# ----- idle reset -------------------------------------------------------------------------


def test_input_arms_the_one_idle_timer_to_the_clinics_idle_time(
    qtbot: QtBot, make_shell: ShellFactory, clock: ManualClock
) -> None:
    shell = make_shell(idle_reset_s=90.0)
    assert not shell.idle.timer.isActive()  # an untouched welcome screen has nothing to forget
    qtbot.keyClick(shell.welcome.choices[0], Qt.Key.Key_Tab)
    assert shell.idle.timer.isActive()
    assert shell.idle.timer.isSingleShot()
    assert shell.idle.timer.interval() == 90_000
    clock.advance(60)
    qtbot.mouseMove(shell.welcome.choices[1])
    shell.idle.check()  # fired early (real time runs faster than the fake clock): re-armed
    assert shell.idle.timer.interval() == 90_000


def test_no_reset_while_a_session_runs_then_a_short_grace_after_it_ends(
    qtbot: QtBot, make_shell: ShellFactory, clock: ManualClock
) -> None:
    shell = make_shell()
    qtbot.mouseClick(choice(shell, "Breathe 5 minutes"), Qt.MouseButton.LeftButton)
    guest = shell.guest
    assert guest is not None
    run_to_end(shell, clock, 250)  # well past the idle time, eyes closed, no input
    shell.idle.check()
    assert shell.guest is guest
    assert guest.controller.state is SessionState.RUNNING
    assert not shell.idle.timer.isActive()

    run_to_end(shell, clock, 60)  # the five minutes (whole breaths) are over
    assert guest.controller.state is SessionState.FINISHED
    assert shell.idle.timer.isActive()
    assert shell.idle.timer.interval() == AFTER_SESSION_GRACE_S * 1000
    idle_for(shell, clock, AFTER_SESSION_GRACE_S - 1)
    assert shell.guest is guest
    idle_for(shell, clock, 1)
    assert shell.guest is None
    assert shell.stack.currentWidget() is shell.welcome
    assert not shell.idle.timer.isActive()


def test_a_routine_started_from_the_guests_own_navigation_is_not_reset(
    qtbot: QtBot, make_shell: ShellFactory, clock: ManualClock
) -> None:
    shell = make_shell(anonymous_counters=True)
    guest = start_two_minutes(qtbot, shell)
    guest.breathing.stop()
    guest.breathing.skip_ratings()
    relax_button = guest.findChild(QPushButton, f"nav-{Page.RELAX}")
    assert relax_button is not None
    qtbot.mouseClick(relax_button, Qt.MouseButton.LeftButton)
    guest.relax.acknowledge_caution()
    guest.relax.start()
    controller = guest.relax_controller
    assert controller is not None and controller.is_active
    idle_for(shell, clock, 10 * IDLE_S)
    assert shell.guest is guest
    assert controller.is_active
    assert not shell.idle.timer.isActive()
    assert shell.counters is not None
    assert shell.counters.load() == {"2026-01-05": {"breathing": 1, "relax": 1}}


def test_idle_reset_forgets_a_half_filled_rating_and_an_open_dialog(
    qtbot: QtBot, make_shell: ShellFactory, clock: ManualClock
) -> None:
    shell = make_shell()
    guest = start_two_minutes(qtbot, shell)
    run_to_end(shell, clock, 121)
    view = guest.breathing
    half_filled = named_button(view, "Tension: 6 out of 10")
    qtbot.mouseClick(half_filled, Qt.MouseButton.LeftButton)
    question = QMessageBox(QMessageBox.Icon.Question, "Still there?", "Still there?", parent=guest)
    question.open()
    assert QApplication.activeModalWidget() is question
    idle_for(shell, clock, IDLE_S)

    assert QApplication.activeModalWidget() is None
    assert not question.isVisible()
    assert shell.guest is None
    flush_deletions()
    assert not shiboken6.isValid(guest)  # the guest window and everything in it is gone

    again = start_two_minutes(qtbot, shell)
    assert again is not guest
    ratings = [
        b for b in again.breathing.findChildren(QPushButton) if "out of 10" in b.accessibleName()
    ]
    assert ratings and not any(b.isChecked() for b in ratings)  # nothing carried over


def test_idle_reset_closes_a_dialog_waiting_in_its_own_event_loop(
    qtbot: QtBot, make_shell: ShellFactory, clock: ManualClock
) -> None:
    shell = make_shell()
    guest = start_two_minutes(qtbot, shell)
    guest.breathing.stop()
    guest.breathing.skip_ratings()
    seen: list[QDialog] = []

    def nobody_there() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        seen.append(dialog)
        idle_for(shell, clock, IDLE_S)

    QTimer.singleShot(0, nobody_there)
    new_pattern = named_button(guest.breathing, "New pattern")
    qtbot.mouseClick(new_pattern, Qt.MouseButton.LeftButton)  # exec()s
    assert seen and not seen[0].isVisible()
    assert shell.guest is None
    assert guest.context.library.user_patterns() == []


def test_finish_and_start_over_forgets_everything_at_once(
    qtbot: QtBot, make_shell: ShellFactory
) -> None:
    shell = make_shell()
    guest = start_two_minutes(qtbot, shell)
    qtbot.mouseClick(shell.start_over, Qt.MouseButton.LeftButton)
    assert shell.guest is None
    assert guest.controller.state is SessionState.STOPPED
    assert not guest.controller.ticker.isActive()
    assert shell.stack.currentWidget() is shell.welcome


# ----- the welcome screen -----------------------------------------------------------------


def test_the_welcome_screen_has_large_named_choices_and_a_headphones_hint(
    qtbot: QtBot, make_shell: ShellFactory
) -> None:
    shell = make_shell()
    welcome = shell.welcome
    assert [b.text() for b in welcome.choices] == [
        "Breathe 2 minutes",
        "Breathe 5 minutes",
        "Relax",
    ]
    for button in welcome.choices:
        assert button.height() >= TOUCH_TARGET_PX
        assert button.accessibleName() == button.text()
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert welcome.hint.text() == "Please use the headphones — sound is off unless you turn it on."
    assert welcome.sound.text() == "Sound is off"
    assert welcome.staff.accessibleName() == "Staff"
    assert welcome.choices[0].hasFocus()
    qtbot.keyClick(welcome.choices[0], Qt.Key.Key_Tab)
    assert welcome.choices[1].hasFocus()
    qtbot.keyClick(welcome.choices[1], Qt.Key.Key_Space)  # the keyboard starts a session
    assert shell.guest is not None
    assert shell.guest.context.settings.value("session_minutes") == 5


def test_a_screen_reader_hears_which_kiosk_screen_is_showing(
    qtbot: QtBot, make_shell: ShellFactory
) -> None:
    shell = make_shell()
    pages = shell.findChild(QStackedWidget, "kiosk-pages")
    assert pages is not None
    assert pages.accessibleName() == "Welcome"  # not an unnamed "layered pane"
    start_two_minutes(qtbot, shell)
    assert pages.accessibleName() == "Practice"
    shell.show_staff_panel()
    assert pages.accessibleName() == "Staff"


def test_sound_chosen_on_the_welcome_screen_is_forgotten_at_reset(
    qtbot: QtBot, make_shell: ShellFactory
) -> None:
    shell = make_shell()
    qtbot.mouseClick(shell.welcome.sound, Qt.MouseButton.LeftButton)
    assert shell.welcome.sound.text() == "Sound is on"
    guest = start_two_minutes(qtbot, shell)
    assert guest.context.settings.value("sound_enabled") is True
    shell.reset()
    assert not shell.welcome.sound_on


def test_policy_sound_and_a_locked_length(qtbot: QtBot, make_shell: ShellFactory) -> None:
    shell = make_shell(
        kiosk_sound=True,
        settings={"session_minutes": 8.0, "length_mode": "minutes"},
        locked=frozenset({"session_minutes", "sound_enabled"}),
    )
    assert [b.text() for b in shell.welcome.choices] == ["Breathe", "Relax"]
    assert not shell.welcome.sound.isVisibleTo(shell.welcome)
    assert shell.welcome.hint.text().startswith("Please use the headphones")
    qtbot.mouseClick(shell.welcome.choices[0], Qt.MouseButton.LeftButton)
    assert shell.guest is not None
    session = shell.guest.controller.session
    assert session is not None and session.plan.amount == 8.0
