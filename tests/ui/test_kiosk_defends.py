"""The kiosk defends its window and its PIN, and an unprotected kiosk can be left and says so."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import calmfloor
from calmfloor.core.clock import ManualClock
from calmfloor.core.pin import hash_pin
from calmfloor.core.policy import INVALID_PIN_HASH, Policy, fail_closed_policy
from calmfloor.storage.paths import resolve_paths
from calmfloor.storage.policy_store import read_policy_file
from calmfloor.ui.kiosk.pin_dialog import PinDialog
from calmfloor.ui.kiosk.shell import KioskShell
from calmfloor.ui.kit.sound import CuePlayer

PIN = "2468"
PIN_HASH = hash_pin(PIN, b"kiosk-test-salt!", iterations=1000)
SRC = Path(calmfloor.__file__).resolve().parent.parent

ShellFactory = Callable[..., KioskShell]


@pytest.fixture
def runtime(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private runtime folder of this test's own (where the PIN count is kept)."""
    folder = tmp_path / "run"
    folder.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    return folder


@pytest.fixture
def make_shell(
    qtbot: QtBot, clock: ManualClock, data_dir: Path, runtime: Path
) -> Iterator[ShellFactory]:
    made: list[KioskShell] = []

    def make(policy: Policy | None = None, **fields: object) -> KioskShell:
        if policy is None:
            values: dict[str, object] = {"kiosk": True, "staff_pin_hash": PIN_HASH}
            values.update(fields)
            policy = Policy(**values)  # type: ignore[arg-type]
        shell = KioskShell(resolve_paths(data_dir), clock, policy, CuePlayer(backend=None))
        made.append(shell)
        shell.show_kiosk()
        qtbot.waitExposed(shell)
        return shell

    yield make
    for shell in made:
        shell.shutdown()
        shell.close()
        shell.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def wrong_pin_with_enter(qtbot: QtBot, dialog: PinDialog) -> None:
    qtbot.keyClicks(dialog.field, "1111")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)


# ----- finding 12: the kiosk defends its window --------------------------------------------


OFFSCREEN_CANNOT_RAISE = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support propagateSizeHints"
)


@OFFSCREEN_CANNOT_RAISE
def test_minimised_from_outside_it_comes_back_full_screen(
    qtbot: QtBot, make_shell: ShellFactory
) -> None:
    shell = make_shell()
    shell.setWindowState(Qt.WindowState.WindowMinimized)  # what a window manager does
    qtbot.waitUntil(lambda: not shell.isMinimized(), timeout=2000)
    assert shell.isFullScreen() and shell.isVisible()


@OFFSCREEN_CANNOT_RAISE
def test_hidden_or_its_window_destroyed_from_outside_it_comes_back(
    qtbot: QtBot, make_shell: ShellFactory
) -> None:
    shell = make_shell()
    shell.hide()
    qtbot.waitUntil(shell.isVisible, timeout=2000)
    handle = shell.windowHandle()
    assert handle is not None
    shell.destroy()  # the native window is gone; the process lives on
    shell.bring_back()  # what a relaunch hands over to
    qtbot.waitUntil(lambda: shell.isVisible() and shell.windowHandle() is not None, timeout=2000)
    assert shell.isFullScreen()
    qtbot.waitExposed(shell)


def test_staff_leaving_is_not_undone(qtbot: QtBot, make_shell: ShellFactory) -> None:
    shell = make_shell()
    shell.exit_kiosk()
    qtbot.wait(20)
    assert not shell.isVisible()


# ----- finding 13: no staff PIN set, e.g. IT trying `calmfloor --kiosk` --------------------


def test_without_any_pin_staff_can_leave_and_the_screen_says_it_is_unprotected(
    qtbot: QtBot, make_shell: ShellFactory
) -> None:
    shell = make_shell(staff_pin_hash=None)
    notice = shell.welcome.findChild(object, "kiosk-unprotected")
    assert notice is not None and notice.isVisible()
    assert "no staff PIN" in notice.text()
    assert not shell.close()  # Alt+F4 and the close button ask, as always
    dialog = shell.pin_dialog
    assert dialog is not None and dialog.leave.isVisible()
    assert "anyone" in dialog.prompt.text()
    with qtbot.waitSignal(shell.exited):
        qtbot.mouseClick(dialog.leave, Qt.MouseButton.LeftButton)
    assert not shell.isVisible()


@pytest.mark.parametrize(
    "policy",
    [
        Policy(kiosk=True, staff_pin_hash=INVALID_PIN_HASH),
        Policy(kiosk=True, staff_pin_hash="pbkdf2-sha256$1000$not-base64$x"),
        fail_closed_policy(),
        Policy(kiosk=True, staff_pin_hash=PIN_HASH),
    ],
    ids=["a damaged PIN", "a malformed hash", "a policy that failed closed", "a PIN"],
)
def test_a_deployed_kiosk_is_never_unprotected(make_shell: ShellFactory, policy: Policy) -> None:
    shell = make_shell(policy)
    assert shell.welcome.findChild(object, "kiosk-unprotected") is None
    shell.request_exit()
    dialog = shell.pin_dialog
    assert dialog is not None and not dialog.leave.isVisibleTo(dialog)


def test_a_slip_of_the_staff_pin_key_never_unprotects_the_kiosk(
    make_shell: ShellFactory, tmp_path: Path
) -> None:
    path = tmp_path / "policy.json"
    path.write_text(
        '{"format": "calmfloor-policy", "version": 1, "kiosk": {"enabled": true}, '
        f'"Staff_PIN": "{PIN_HASH}"}}',
        "utf-8",
    )
    policy, _problems = read_policy_file(path)
    shell = make_shell(policy)
    assert shell.welcome.findChild(object, "kiosk-unprotected") is None


# ----- finding 14: the PIN dialog and the count of wrong PINs ------------------------------


def test_a_wrong_pin_confirmed_with_enter_keeps_the_dialog_and_shows_the_wait(
    qtbot: QtBot, make_shell: ShellFactory
) -> None:
    shell = make_shell()
    shell.request_exit()
    dialog = shell.pin_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    assert QTest.qWaitForWindowActive(dialog, 2000)
    for _ in range(3):
        wrong_pin_with_enter(qtbot, dialog)
        assert dialog.isVisible() and shell.pin_dialog is dialog
    assert not dialog.field.isEnabled()
    focused = QApplication.focusWidget() or dialog
    qtbot.keyClick(focused, Qt.Key.Key_Return)  # Enter again while waiting
    assert dialog.isVisible() and shell.pin_dialog is dialog
    assert "Try again in" in dialog.status.text()


def test_the_count_of_wrong_pins_survives_a_restart_outside_the_data_folder(
    qtbot: QtBot, make_shell: ShellFactory, data_dir: Path, runtime: Path
) -> None:
    shell = make_shell()
    shell.request_exit()
    dialog = shell.pin_dialog
    assert dialog is not None
    for _ in range(3):
        wrong_pin_with_enter(qtbot, dialog)
    assert dialog.wait_s() == pytest.approx(30.0)
    shell.shutdown()
    shell.close()
    again = make_shell()  # calmfloor restarted (killed, or Alt+SysRq, or a power cut)
    again.request_exit()
    assert again.pin_dialog is not None
    assert again.pin_dialog.wait_s() > 25
    assert not again.pin_dialog.field.isEnabled()
    assert not data_dir.exists()  # nothing in the user's data folder
    (kept,) = [p for p in (runtime / "calmfloor").iterdir() if p.name.startswith("pin-")]
    assert kept.stat().st_mode & 0o777 == 0o600


def test_a_flood_of_policy_problems_starts_the_kiosk_quickly(
    qtbot: QtBot, make_shell: ShellFactory, tmp_path: Path
) -> None:
    """A 20,000-key policy once took 27 s to bring the kiosk up."""
    for keys in (20_000, 900):
        path = tmp_path / f"policy-{keys}.json"
        body = ", ".join(f'"s{i}": 0' for i in range(keys))
        inner = body if keys > 1000 else f'"settings": {{{body}}}'
        path.write_text('{"format": "calmfloor-policy", "version": 1, ' + inner + "}", "utf-8")
        start = time.perf_counter()
        policy, problems = read_policy_file(path)
        shell = KioskShell(
            resolve_paths(tmp_path / "d"),
            ManualClock(),
            policy,
            CuePlayer(backend=None),
            problems=problems,
        )
        elapsed = time.perf_counter() - start
        assert len(shell.staff_panel.problem_labels) <= 101
        shell.shutdown()
        shell.deleteLater()
        assert elapsed < 3.0, f"{keys} keys: {elapsed:.1f} s"
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="libpulse on Linux")
def test_a_kiosk_without_a_runtime_dir_writes_nothing_into_home(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("XDG_", "PULSE_")) and key != "HOME"
    }
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(SRC))
    env["CALMFLOOR_DATA_DIR"] = str(tmp_path / "data")
    result = subprocess.run(
        [sys.executable, "-m", "calmfloor", "--kiosk", "--smoke-test"],
        env=env,
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    assert sorted(str(p.relative_to(home)) for p in home.rglob("*")) == []
    QTest.qWait(0)


# ----- finding 11: "patterns": [] offers no breathing in the kiosk -------------------------


def test_an_empty_pattern_list_offers_no_breathing_in_the_kiosk(make_shell: ShellFactory) -> None:
    shell = make_shell(patterns=())
    texts = [button.text() for button in shell.welcome.choices]
    assert texts == ["Relax"]
    offered = make_shell(patterns=("Box",)).welcome.choices
    assert offered[0].text().startswith("Breathe")
