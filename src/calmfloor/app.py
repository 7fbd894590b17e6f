"""calmfloor's entry point: ``main(argv)`` reads as a short list of named steps."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from enum import IntEnum
from typing import TYPE_CHECKING

from calmfloor.cli import Options, parse_args
from calmfloor.commands import run_tool

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from calmfloor.ui.main_window import MainWindow

APP_ID = "org.calmfloor.Calmfloor"  # reverse-DNS id: desktop file name, Wayland app id
SMOKE_TEST_MS = 1500


class ExitCode(IntEnum):
    """Process exit statuses."""

    OK = 0
    USAGE = 2  # argparse's own status for bad arguments
    NO_DISPLAY = 3
    UNSAFE_QT = 4
    SMOKE_TEST_FAILED = 5


def main(argv: Sequence[str] | None = None) -> int:
    """Run calmfloor; returns the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    tool_status = run_tool(args)  # e.g. "routine validate FILE...": no window at all
    if tool_status is not None:
        return tool_status
    try:
        options = parse_args(args)
    except SystemExit as exit_:  # --help, --version, or a usage error
        return int(exit_.code or 0)
    if not ensure_display(options):
        return ExitCode.NO_DISPLAY
    problem = unsafe_qt_binding()
    if problem:
        print(problem, file=sys.stderr)
        return ExitCode.UNSAFE_QT
    app = create_application()
    window = build_window(app, options)
    if options.start == "breathing":
        start_breathing(window, options)
    if options.smoke_test:
        return run_smoke_test(app, window)
    status = app.exec()
    window.context.close()
    return status


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
    from calmfloor.ui.qt_guard import binding_problem

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
    from calmfloor.ui.translations import install_translations, settle_locale

    QApplication.setApplicationName("calmfloor")
    QApplication.setApplicationDisplayName("calmfloor")
    QApplication.setApplicationVersion(__version__)
    QApplication.setDesktopFileName(APP_ID)
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "calmfloor"])
    assert isinstance(app, QApplication)
    app.setWindowIcon(QIcon(str(asset_path(Asset.ICON_PNG_256))))  # PNG: no SVG plugin load
    settle_locale()
    install_translations(app)
    return app


def build_window(app: QApplication, options: Options) -> MainWindow:
    """Load the profile from the data directory, theme the app and show the window."""
    from calmfloor.core.clock import SystemClock
    from calmfloor.storage.paths import resolve_paths
    from calmfloor.ui.context import load_context
    from calmfloor.ui.main_window import MainWindow
    from calmfloor.ui.theme import apply_theme

    paths = resolve_paths(options.data_dir)
    context = load_context(paths, SystemClock())
    settings = context.settings
    apply_theme(app, str(settings.value("theme")), int(settings.value("text_scale")))
    window = MainWindow(context)
    window.show()
    return window


def start_breathing(window: MainWindow, options: Options) -> None:
    """``--start breathing``: open straight into a session."""
    from calmfloor.ui.main_window import Page

    settings = window.context.settings
    if options.minutes is not None:
        settings.set_value("length_mode", "minutes")
        settings.set_value("session_minutes", options.minutes)
    if options.breaths is not None:
        settings.set_value("length_mode", "breaths")
        settings.set_value("session_breaths", options.breaths)
    if options.pattern and not window.breathing.select_pattern(options.pattern):
        window.messages.show_message(
            window.tr("There is no pattern called “%1”; the chosen one is used instead.").replace(
                "%1", options.pattern
            )
        )
    window.show_page(Page.BREATHE)
    window.breathing.start()


def run_smoke_test(app: QApplication, window: MainWindow) -> int:
    """Run the event loop briefly, check the window really showed and painted, and exit."""
    from PySide6.QtCore import QTimer

    painted = {"ok": False}

    def check() -> None:
        image = window.grab().toImage()
        painted["ok"] = window.isVisible() and not image.isNull() and image.width() > 100
        window.breathing.stop()
        window.close()
        app.quit()

    QTimer.singleShot(SMOKE_TEST_MS, check)
    app.exec()
    window.context.close()
    if not painted["ok"]:
        print("smoke test failed: the main window did not paint", file=sys.stderr)
        return ExitCode.SMOKE_TEST_FAILED
    print("smoke test passed")
    return ExitCode.OK
