"""calmfloor's entry point: ``main(argv)`` reads as a short list of named steps."""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import socket
import sys
import threading
from collections.abc import Iterator, Sequence
from enum import IntEnum
from typing import TYPE_CHECKING

from calmfloor.cli import Options, parse_args
from calmfloor.tool_base import tool_word

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QApplication, QWidget

    from calmfloor.core.policy import Policy
    from calmfloor.storage.policy_store import PolicyLoadResult
    from calmfloor.ui.shell.language import LanguageSwitcher
    from calmfloor.ui.shell.main_window import MainWindow
    from calmfloor.ui.shell.single_instance import SingleInstance

APP_ID = "org.calmfloor.Calmfloor"  # reverse-DNS id: desktop file name, Wayland app id
SMOKE_TEST_MS = 1500
HAND_OVER_TIMEOUT_MS = 5000  # a slow clinic PC may take a while to answer
log = logging.getLogger("calmfloor")


class ExitCode(IntEnum):
    """Process exit statuses."""

    OK = 0
    USAGE = 2  # argparse's own status for bad arguments
    NO_DISPLAY = 3
    UNSAFE_QT = 4
    SMOKE_TEST_FAILED = 5
    NOT_RESPONDING = 6  # another calmfloor holds this data folder but does not answer
    DATA_DIR_UNUSABLE = 7  # --data-dir (or CALMFLOOR_DATA_DIR) names a folder it cannot use


def main(argv: Sequence[str] | None = None) -> int:
    """Run calmfloor; returns the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    word = tool_word(args)
    if word is not None and not word.startswith("-"):  # may name a tool: import them now
        from calmfloor.commands import run_tool

        tool_status = run_tool(args)  # e.g. "routine validate FILE...": no window at all
        if tool_status is not None:
            return tool_status
    try:
        options = parse_args(args)
    except SystemExit as exit_:  # --help, --version, or a usage error
        return int(exit_.code or 0)
    if not usable_data_dir(options):
        return ExitCode.DATA_DIR_UNUSABLE
    if not ensure_display(options):
        return ExitCode.NO_DISPLAY
    problem = unsafe_qt_binding()
    if problem:
        print(problem, file=sys.stderr)
        return ExitCode.UNSAFE_QT
    app = create_application()
    loaded = load_clinic_policy(options)
    install_language(app, loaded.policy.language)  # the kiosk's; the profile may change it
    instance: SingleInstance | None = None
    if not options.smoke_test:
        claimed = claim_single_instance(options, args)
        if isinstance(claimed, ExitCode):  # handed over (OK), or the other one hangs
            return claimed
        instance = claimed
    try:
        if options.kiosk or loaded.policy.kiosk:
            return run_kiosk(app, options, loaded, instance)
        window = build_window(app, options, loaded.policy)
        switcher = follow_language(window, loaded.policy)
        report_policy_problems(window, loaded)
        if instance is not None:  # the window of the moment: a language switch rebuilds it
            instance.activated.connect(lambda argv: on_second_launch(switcher.window, argv))
        if options.start == "breathing":
            start_breathing(window, options)
        if options.smoke_test:
            status = run_smoke_test(app, window, window.breathing.stop)
            switcher.stop()
            window.context.close()
            return status
        with quit_on_terminate(app, lambda: switcher.window.end_sessions()):
            status = app.exec()
        switcher.stop()
        switcher.window.context.close()
        return status
    finally:
        if instance is not None:
            instance.close()


def load_clinic_policy(options: Options) -> PolicyLoadResult:
    """The clinic policy (``--policy-file``, ``CALMFLOOR_POLICY_FILE`` or the system's).

    Every problem goes to the log (standard error) here; the window shows them to staff.
    """
    from calmfloor.storage.policy_store import load_policy

    loaded = load_policy(options.policy_file)
    where = str(loaded.path) if loaded.path else "policy"
    for problem in loaded.problems:
        log.warning("%s: %s", where, problem)
    return loaded


def install_language(app: QApplication, policy_language: str | None) -> str:
    """Install the clinic's language, else the system's (before any window is built).

    Dates and numbers follow it, and the layout turns right to left for Persian.

    Returns:
        The language installed.
    """
    from calmfloor.core.settings import LANGUAGE_SYSTEM
    from calmfloor.ui.kit.i18n import (
        apply_language,
        choose_language,
        current_language,
        match_language,
        shipped_languages,
    )

    shipped = shipped_languages()
    language = choose_language(policy_language, LANGUAGE_SYSTEM, shipped)
    if policy_language and match_language(policy_language, shipped) is None:
        log.warning(
            "policy: calmfloor is not translated to %s; %s is used", policy_language, language
        )
    if language != current_language(app):
        apply_language(app, language)
    return language


def follow_language(window: MainWindow, policy: Policy) -> LanguageSwitcher:
    """Switch the language when the user chooses another one in Settings."""
    from calmfloor.ui.shell.language import LanguageSwitcher

    return LanguageSwitcher(window, policy.language)


def claim_single_instance(options: Options, args: list[str]) -> SingleInstance | ExitCode:
    """Become the one calmfloor for this data folder, or hand ``args`` to the one running.

    Returns:
        The instance to keep (this process is the primary); ``ExitCode.OK`` when a running
        calmfloor took the arguments (exit now); ``ExitCode.NOT_RESPONDING`` when one holds
        the folder but does not answer.
    """
    from calmfloor.storage.paths import resolve_paths  # creates nothing
    from calmfloor.ui.shell.single_instance import SingleInstance, instance_key

    instance = SingleInstance(instance_key(APP_ID, resolve_paths(options.data_dir).data_dir))
    if instance.listen():
        return instance
    if instance.hand_over(args, timeout_ms=HAND_OVER_TIMEOUT_MS):
        instance.close()
        return ExitCode.OK
    instance.close()
    print(
        "calmfloor is already open for this data folder but is not responding. "
        "Close it, or end it in the task manager, then start calmfloor again.",
        file=sys.stderr,
    )
    return ExitCode.NOT_RESPONDING


def run_kiosk(
    app: QApplication, options: Options, loaded: PolicyLoadResult, instance: SingleInstance | None
) -> int:
    """The waiting-room kiosk: nothing of a guest is written, the staff PIN leaves it.

    The profile is never loaded (no folder is created, no file is opened for writing).
    """
    from calmfloor.core.clock import SystemClock
    from calmfloor.core.policy_keys import effective_keys
    from calmfloor.storage.paths import resolve_paths
    from calmfloor.storage.runtime_dir import keep_audio_out_of_home, private_runtime_dir
    from calmfloor.ui.kiosk.shell import KioskShell

    paths = resolve_paths(options.data_dir)
    runtime = private_runtime_dir()
    keep_audio_out_of_home(runtime)  # no ~/.config/pulse from a guest's visit
    rows = effective_keys(loaded.policy, loaded.origins, loaded.recommended_origins)
    shell = KioskShell(
        paths,
        SystemClock(),
        loaded.policy,
        problems=loaded.problems,
        runtime_dir=runtime,
        policy_rows=rows,
    )
    shell.show_kiosk(app.primaryScreen())
    if options.smoke_test:
        return run_smoke_test(app, shell, shell.shutdown)
    if instance is not None:  # a second launch brings the kiosk back, its window rebuilt
        instance.activated.connect(lambda _argv: shell.bring_back())
    with quit_on_terminate(app, lambda: None):
        return app.exec()


@contextlib.contextmanager
def quit_on_terminate(app: QApplication, end_sessions: Callable[[], None]) -> Iterator[None]:
    """While in the block, SIGTERM (logout, shutdown, ``kill``) closes calmfloor cleanly.

    A Python signal handler only runs when Python code runs, and Qt's event loop runs none
    while it waits. So the handler's wake-up byte goes to a socket pair
    (:func:`signal.set_wakeup_fd`) that a :class:`QSocketNotifier` watches: the loop wakes,
    ``end_sessions`` ends a running session as stopped and saves it, every window closes
    as on a normal close, and the loop quits. Outside POSIX nothing is installed.
    """
    if os.name != "posix" or threading.current_thread() is not threading.main_thread():
        yield
        return
    from PySide6.QtCore import QSocketNotifier

    receive, send = socket.socketpair()
    receive.setblocking(False)
    send.setblocking(False)
    previous_fd = signal.set_wakeup_fd(send.fileno(), warn_on_full_buffer=False)
    previous_handler = signal.signal(signal.SIGTERM, lambda _signum, _frame: None)
    notifier = QSocketNotifier(receive.fileno(), QSocketNotifier.Type.Read)

    def woken() -> None:
        try:
            numbers = receive.recv(64)
        except OSError:
            return
        if signal.SIGTERM in numbers:
            log.info("SIGTERM: ending the session, saving and closing")
            end_sessions()
            app.closeAllWindows()
            app.quit()

    notifier.activated.connect(woken)
    try:
        yield
    finally:
        notifier.setEnabled(False)
        signal.signal(signal.SIGTERM, previous_handler)
        signal.set_wakeup_fd(previous_fd)
        receive.close()
        send.close()


def bring_forward(window: QWidget) -> None:
    """Raise ``window`` above the others and give it the keyboard."""
    window.raise_()
    window.activateWindow()


def report_policy_problems(window: MainWindow, loaded: PolicyLoadResult) -> None:
    """Tell whoever is at the desk that the clinic's policy file has problems."""
    if not loaded.problems:
        return
    from PySide6.QtCore import QCoreApplication

    window.messages.show_message(
        QCoreApplication.translate(
            "app", "The clinic settings file has problems; please tell your IT team."
        )
    )


def on_second_launch(window: MainWindow, argv: list[str]) -> None:
    """Another launch handed over: bring the window forward and honour ``--start``."""
    from PySide6.QtCore import Qt

    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    bring_forward(window)
    try:
        options = parse_args(argv)  # already checked by the second launch
    except SystemExit:
        return  # a handed-over command line never ends the running app
    if options.start == "breathing" and not window.session_running():
        start_breathing(window, options)


_FOLDER_REASONS = {
    "permission_denied": "you may not open or write in",
    "not_a_directory": "a file is in the way of",
    "read_only": "the disk is read-only for",
}


def usable_data_dir(options: Options) -> bool:
    """A folder named with ``--data-dir`` (or ``CALMFLOOR_DATA_DIR``) must be usable.

    Nothing is created here. The platform's own folders are not checked: without them
    calmfloor still runs and says in the window what cannot be saved.
    """
    from calmfloor.storage.paths import DATA_DIR_ENV, folder_problem, resolve_paths

    paths = resolve_paths(options.data_dir)
    if not paths.overridden:
        return True
    problem = folder_problem(paths.data_dir)
    if problem is None:
        return True
    why = _FOLDER_REASONS.get(problem.reason.value)
    where = (
        f"{why} {problem.path}"
        if why
        else f"{problem.path} cannot be used ({problem.detail or problem.reason.value})"
    )
    given = "--data-dir" if options.data_dir is not None else DATA_DIR_ENV
    print(
        f"calmfloor cannot keep its files in {paths.data_dir}: {where}. "
        f"Give {given} a folder you may write in.",
        file=sys.stderr,
    )
    return False


def ensure_display(options: Options) -> bool:
    """Qt aborts without a display; say so plainly instead (smoke tests go offscreen)."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return True
    if options.smoke_test:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        return True
    print(
        "calmfloor needs a graphical desktop, and no display was found "
        "(neither DISPLAY nor WAYLAND_DISPLAY is set).",
        file=sys.stderr,
    )
    return False


def unsafe_qt_binding() -> str | None:
    """Why the installed PySide6 must not be used, or None."""
    from calmfloor.ui.shell.qt_guard import binding_problem, skip_source_scan

    skip_source_scan()  # before anything else is imported after PySide6
    return binding_problem()


# QtMultimedia logs its probing for PipeWire and VA-API libraries, which is not a problem.
QUIET_LOGGING_RULES = "qt.multimedia.symbolsresolver=false;qt.multimedia.ffmpeg=false"


def create_application() -> QApplication:
    """The one QApplication, named so the desktop and screen readers know it."""
    os.environ.setdefault("QT_LOGGING_RULES", QUIET_LOGGING_RULES)
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from calmfloor import __version__
    from calmfloor.resources import Asset, asset_path

    QApplication.setApplicationName("calmfloor")
    QApplication.setApplicationDisplayName("calmfloor")
    QApplication.setApplicationVersion(__version__)
    QApplication.setDesktopFileName(APP_ID)
    if sys.platform == "win32":  # group the window with the Start-menu shortcut's id
        import ctypes

        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(APP_ID)
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "calmfloor"])
    assert isinstance(app, QApplication)
    from calmfloor.ui.kit.roles import install_reader_roles

    install_reader_roles()  # before any window: readers hear no "layered pane"
    app.setWindowIcon(QIcon(str(asset_path(Asset.ICON_PNG_256))))  # PNG: no SVG plugin load
    return app


def build_window(app: QApplication, options: Options, policy: Policy | None = None) -> MainWindow:
    """Load the profile, install its language, theme the app and show the window.

    The language is the clinic's, else the user's choice, else the system's; it is
    installed before the window is built (a widget never re-reads its text).
    """
    from calmfloor.core.clock import SystemClock
    from calmfloor.storage.paths import resolve_paths
    from calmfloor.ui.kit.i18n import (
        apply_language,
        choose_language,
        current_language,
        lock_policy_language,
        shipped_languages,
    )
    from calmfloor.ui.kit.theme import apply_theme
    from calmfloor.ui.shell.context import load_context
    from calmfloor.ui.shell.main_window import MainWindow

    paths = resolve_paths(options.data_dir)
    context = load_context(paths, SystemClock(), policy)
    settings = context.settings
    policy_language = policy.language if policy is not None else None
    shipped = shipped_languages()
    lock_policy_language(settings, policy_language, shipped)
    language = choose_language(policy_language, str(settings.value("language")), shipped)
    if language != current_language(app):
        apply_language(app, language)
    apply_theme(app, str(settings.value("theme")), int(settings.value("text_scale")))
    window = MainWindow(context)
    window.show()
    return window


def start_breathing(window: MainWindow, options: Options) -> None:
    """``--start breathing``: open straight into a session."""
    from calmfloor.ui.shell.main_window import Page

    settings = window.context.settings
    if options.minutes is not None:
        settings.set_value("length_mode", "minutes")
        settings.set_value("session_minutes", options.minutes)
    if options.breaths is not None:
        settings.set_value("length_mode", "breaths")
        settings.set_value("session_breaths", options.breaths)
    if options.pattern and not window.breathing.select_pattern(options.pattern):
        from PySide6.QtCore import QCoreApplication

        # not window.tr(): lupdate would file the text under "window", never looked up
        text = QCoreApplication.translate(
            "app", "There is no pattern called “%1”; the chosen one is used instead."
        )
        window.messages.show_message(text.replace("%1", options.pattern))
    window.show_page(Page.BREATHE)
    window.breathing.start()


def run_smoke_test(
    app: QApplication, window: QWidget, finish: Callable[[], None] | None = None
) -> int:
    """Run the event loop briefly, check the window really showed and painted, and exit.

    Args:
        app: the application.
        window: the top-level window that must have painted.
        finish: stops what the window runs, just before it is closed.
    """
    from PySide6.QtCore import QTimer

    painted = {"ok": False}

    def check() -> None:
        image = window.grab().toImage()
        painted["ok"] = window.isVisible() and not image.isNull() and image.width() > 100
        if finish is not None:
            finish()
        window.close()
        app.quit()

    QTimer.singleShot(SMOKE_TEST_MS, check)
    app.exec()
    if not painted["ok"]:
        print("smoke test failed: the main window did not paint", file=sys.stderr)
        return ExitCode.SMOKE_TEST_FAILED
    print("smoke test passed")
    return ExitCode.OK
