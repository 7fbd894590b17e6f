"""Render the README screenshots from the real window (run under Xvfb or offscreen).

    xvfb-run -s "-screen 0 1280x720x24" python docs/make_screenshots.py

The window fills a 1280 x 720 laptop screen, the smallest common one.

Each shot uses a throw-away data directory and a hand-moved clock, so the pacer is caught
at the same moment of the in-breath every time.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent / "screenshots"
SHOT_WALL = datetime(2026, 11, 20, 19, 30, tzinfo=UTC)  # the evening of the last shown day


class ShotMicrophone:
    """A stand-in microphone for the recorder shots: two seconds of quiet per take."""

    def __init__(self) -> None:
        from PySide6.QtCore import QObject, Signal

        class _Full(QObject):
            full = Signal()

        self._signals = _Full()
        self.full = self._signals.full

    def available(self) -> bool:
        return True

    def start(self) -> bool:
        return True

    def stop(self) -> bytes:
        return bytes(2 * 16_000 * 2)


def shoot(
    name: str,
    theme: str,
    reduced: bool,
    out: Path,
    page: str = "running",
    language: str = "en",
    scale: int = 100,
) -> Path:
    """Show the window in one state (in ``language``, text at ``scale`` %) and save a PNG."""
    from PySide6.QtWidgets import QApplication

    from calmfloor.core.clock import ManualClock
    from calmfloor.storage.paths import resolve_paths
    from calmfloor.ui.kit.i18n import apply_language
    from calmfloor.ui.kit.sound import CuePlayer
    from calmfloor.ui.kit.theme import apply_theme
    from calmfloor.ui.shell.context import load_context
    from calmfloor.ui.shell.main_window import MainWindow, Page

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    apply_language(app, language)  # translators, layout direction, dates and numbers
    with tempfile.TemporaryDirectory() as data:
        clock = ManualClock(wall_start=SHOT_WALL)
        if page.startswith("history"):
            # about three months of a patient who practises most days (tests' generator)
            sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "storage"))
            from history_factory import make_history

            make_history(resolve_paths(data).history_db, 700, seed=7, end=SHOT_WALL.date())
        policy = None
        if page == "settings-locked":  # as a clinic's policy file would set it
            from calmfloor.core.policy import Policy

            policy = Policy(settings={"volume": 40}, locked=frozenset({"volume", "sound_enabled"}))
        context = load_context(resolve_paths(data), clock, policy)
        context.settings.set_value("theme", theme)
        context.settings.set_value("reduced_motion", "on" if reduced else "off")
        context.settings.set_value("text_scale", scale)
        apply_theme(app, theme, scale)
        window = MainWindow(context, CuePlayer(backend=None))
        window.resize(1280, 720)  # a laptop screen
        window.show()
        if page == "running":
            window.breathing.select_pattern("Pelvic-floor drop")
            window.breathing.start()
            clock.advance(5 * 2 + 11 + 3.2)  # third breath, well into the in-breath
            window.controller.tick()
        elif page == "recorder":
            window.show_page(Page.RELAX)
            window.relax.select_routine("feet-to-pelvic-floor-quick")
        elif page.startswith("relax-"):
            show_relax_phase(window, clock, page.removeprefix("relax-"))
        elif page.startswith("heat-"):
            show_heat(window, clock, page.removeprefix("heat-"))
        elif page.startswith("history"):
            from calmfloor.ui.history.view import Tab

            window.show_page(Page.HISTORY)
            tab = page.removeprefix("history").removeprefix("-") or "practice"
            window.history.tabs.setCurrentIndex(Tab[tab.upper()])
        elif page.startswith("focus-"):
            show_focus_move(window, clock, page.removeprefix("focus-"))
        elif page in ("settings-voice", "sound-legend"):
            context.settings.set_value("voice_enabled", True)
            window.show_page(Page.SETTINGS)
            for _ in range(3):
                app.processEvents()
            shown = window.settings.widget_for("voice_volume")
            window.settings._scroll.ensureWidgetVisible(shown, 0, 200)
        elif page.startswith("settings"):
            window.show_page(Page.SETTINGS)
            if page == "settings-locked":
                for _ in range(3):
                    app.processEvents()
                locked = window.settings.widget_for("volume")
                window.settings._scroll.ensureWidgetVisible(locked, 0, 260)
        for _ in range(5):
            app.processEvents()
        window.messages.hide()  # the forced-silent player's "sound is off" notice
        for _ in range(5):  # let the taller page settle its fonts and layout
            app.processEvents()
        path = out / f"{name}.png"
        if page == "recorder":  # "Record my voice", step 1 recorded, on its own
            recorder = window.relax.open_recorder(ShotMicrophone(), lambda _clip: None)
            assert recorder is not None
            recorder.record_button.click()
            recorder.record_button.click()
            recorder.adjustSize()
            for _ in range(5):
                app.processEvents()
            recorder.grab().save(str(path))
            recorder.close()
        elif page == "sound-legend":  # the dialog on its own, over the Settings page
            legend = window.settings.show_sound_legend()
            assert legend is not None
            legend.adjustSize()
            for _ in range(5):
                app.processEvents()
            legend.grab().save(str(path))
            legend.close()
        else:
            window.grab().save(str(path))
        window.breathing.stop()
        window.breathing.skip_ratings()
        if window.is_built(Page.RELAX):
            window.relax.stop()
        if window.is_built(Page.HEAT):
            window.heat.remove_pack()
        window.close()
        context.close()
        window.deleteLater()
        app.processEvents()
    return path


def show_relax_phase(window: object, clock: object, phase: str) -> None:
    """The standard routine, second step (calves, left side), in its tense or let-go phase."""
    from calmfloor.core.routine import RoutinePhase
    from calmfloor.ui.shell.main_window import MainWindow, Page

    assert isinstance(window, MainWindow)
    window.show_page(Page.RELAX)
    relax = window.relax
    relax.acknowledge_caution()
    relax.select_routine("feet-to-pelvic-floor")
    relax.start()
    wanted = RoutinePhase(phase)
    controller = relax._controller
    while True:
        sample = controller.sample()
        assert sample is not None and sample.segment is not None
        if sample.segment.step_index == 1 and sample.segment.phase is wanted:
            break
        clock.advance(sample.phase_left_s + 0.001)  # type: ignore[attr-defined]
        controller.tick()
    clock.advance(1.6 if wanted is RoutinePhase.TENSE else 9.6)  # type: ignore[attr-defined]
    controller.tick()


def show_heat(window: object, clock: object, state: str) -> None:
    """A 15-minute heat pack on the lower back: running with a skin check due, or time up."""
    from calmfloor.ui.shell.main_window import MainWindow, Page

    assert isinstance(window, MainWindow)
    window.show_page(Page.HEAT)
    heat = window.heat
    heat.confirm_checklist()
    heat.select_area("lower_back")
    heat.set_minutes(15)
    heat.start()
    seconds = 5 * 60 + 3 if state == "running" else 15 * 60 + 1
    for _ in range(int(seconds)):
        clock.advance(1.0)  # type: ignore[attr-defined]
        window.heat_controller.tick()


FOCUS_MOVES = {
    # where the app moves the focus itself; the ring must show there (low vision)
    "start-up": "the first navigation button when the window opens",
    "pause-after-start": "Pause, after Start breathing",
    "rating-after-session": "the first rating, after a breathing session",
    "relax-pause-after-start": "Pause, after Start routine",
    "skin-check": "Skin looks fine, when a skin check is due",
    "heat-alarm": "the alarm's button, when the heat time is up",
}


def show_focus_move(window: object, clock: object, move: str) -> None:
    """Make the app move the focus itself (no key press), as in ``FOCUS_MOVES``."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from calmfloor.ui.shell.main_window import MainWindow, Page

    assert isinstance(window, MainWindow)
    window.activateWindow()
    QTest.qWaitForWindowActive(window, 2000)
    if move == "pause-after-start" or move == "rating-after-session":
        window.breathing.start()
        clock.advance(3.0)  # type: ignore[attr-defined]
        window.controller.tick()
        if move == "rating-after-session":
            window.breathing.stop()
    elif move == "relax-pause-after-start":
        window.show_page(Page.RELAX)
        window.relax.acknowledge_caution()
        window.relax.select_routine("feet-to-pelvic-floor-quick")
        window.relax.start()
    elif move in ("skin-check", "heat-alarm"):
        window.show_page(Page.HEAT)
        show_heat(window, clock, "running" if move == "skin-check" else "alarm")
    focused = QApplication.focusWidget()
    print(f"  {move}: focus on {focused.accessibleName() if focused else None!r}")


def shoot_kiosk(name: str, theme: str, out: Path, language: str = "en") -> Path:
    """The kiosk's welcome screen, full screen as on a waiting-room PC."""
    from PySide6.QtWidgets import QApplication

    from calmfloor.core.clock import ManualClock
    from calmfloor.core.policy import Policy
    from calmfloor.storage.paths import resolve_paths
    from calmfloor.ui.kiosk.shell import KioskShell
    from calmfloor.ui.kit.i18n import apply_language
    from calmfloor.ui.kit.sound import CuePlayer

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    apply_language(app, language)
    with tempfile.TemporaryDirectory() as data:
        policy = Policy(kiosk=True, settings={"theme": theme})
        shell = KioskShell(resolve_paths(data), ManualClock(), policy, CuePlayer(backend=None))
        shell.show_kiosk()
        for _ in range(10):
            app.processEvents()
        path = out / f"{name}.png"
        shell.grab().save(str(path))
        shell.shutdown()
        shell.close()
        shell.deleteLater()
        app.processEvents()
    return path


def shoot_programme(out: Path) -> list[Path]:
    """Today, the flare plan and History's Programme tab over ``calmfloor demo`` data."""
    import subprocess

    from PySide6.QtWidgets import QApplication, QDialog, QTabWidget

    from calmfloor.app import build_window, create_application
    from calmfloor.cli import parse_args
    from calmfloor.ui.shell.main_window import Page

    shots: list[Path] = []
    with tempfile.TemporaryDirectory() as data:
        folder = Path(data) / "demo"
        subprocess.run(
            [sys.executable, "-m", "calmfloor", "demo", "--data-dir", str(folder)], check=True
        )
        app = create_application()
        window = build_window(app, parse_args(["--data-dir", str(folder)]))
        window.resize(1280, 720)  # a laptop screen
        for _ in range(5):
            app.processEvents()
        shots.append(out / "programme-today-light.png")
        window.grab().save(str(shots[-1]))
        window.show_flare_plan()
        for _ in range(5):
            app.processEvents()
        dialog = window.findChild(QDialog)
        if dialog is not None:
            shots.append(out / "programme-flare-plan-light.png")
            dialog.grab().save(str(shots[-1]))
            dialog.close()
        window.show_page(Page.HISTORY)
        tabs = window.history.findChild(QTabWidget)
        for index in range(tabs.count()):
            if tabs.tabText(index).replace("&", "") == "Programme":
                tabs.setCurrentIndex(index)
        for _ in range(5):
            app.processEvents()
        shots.append(out / "programme-history-light.png")
        window.grab().save(str(shots[-1]))
        window.close()
        window.context.close()
        QApplication.processEvents()
    return shots


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument(
        "--focus-only", action="store_true", help="only the focus-ring shots (focus-*.png)"
    )
    parser.add_argument(
        "--voice-only", action="store_true", help="only the spoken-guidance shots (voice-*.png)"
    )
    parser.add_argument(
        "--programme-only",
        action="store_true",
        help="only Today, the flare plan and History's Programme tab (programme-*.png)",
    )
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.programme_only:
        for path in shoot_programme(args.out):
            print(path)
        return 0
    voice_shots = [
        ("voice-settings-light", "light", False, "settings-voice"),
        ("voice-settings-de-dark", "dark", False, "settings-voice", "de"),
        ("voice-settings-fa-light", "light", False, "settings-voice", "fa"),
        ("voice-sound-legend-light", "light", False, "sound-legend"),
        ("voice-sound-legend-fa-high-contrast", "high_contrast", False, "sound-legend", "fa"),
        ("voice-recorder-light", "light", False, "recorder"),
        ("voice-recorder-de-dark", "dark", False, "recorder", "de"),
    ]
    if args.voice_only:
        for name, theme, reduced, page, *more in voice_shots:
            print(shoot(name, theme, reduced, args.out, page, *more))
        return 0
    # the focus ring after each focus move the app makes itself (needs a real display:
    # xvfb-run; offscreen windows are never active, so nothing would have the focus)
    for move in FOCUS_MOVES:
        print(shoot(f"focus-{move}-light", "light", False, args.out, f"focus-{move}"))
    print(
        shoot(
            "focus-rating-after-session-dark", "dark", False, args.out, "focus-rating-after-session"
        )
    )
    print(
        shoot(
            "focus-heat-alarm-high-contrast", "high_contrast", False, args.out, "focus-heat-alarm"
        )
    )
    if args.focus_only:
        return 0
    shots = [
        ("breathing-light", "light", False, "running"),
        ("breathing-dark", "dark", False, "running"),
        ("breathing-light-reduced-motion", "light", True, "running"),
        ("breathing-dark-reduced-motion", "dark", True, "running"),
        ("setup-light", "light", False, "setup"),
        ("relax-tense-light", "light", False, "relax-tense"),
        ("relax-letgo-light", "light", False, "relax-let_go"),
        ("relax-letgo-dark", "dark", False, "relax-let_go"),
        ("heat-running-light", "light", False, "heat-running"),
        ("heat-alarm-light", "light", False, "heat-alarm"),
        ("settings-locked-light", "light", False, "settings-locked"),
        ("history-practice-light", "light", False, "history-practice"),
        ("history-symptoms-light", "light", False, "history-symptoms"),
        ("history-consistency-dark", "dark", False, "history-consistency"),
        ("history-practice-dark", "dark", False, "history-practice"),
        ("heat-running-dark", "dark", False, "heat-running"),
        ("settings-dark", "dark", False, "settings"),
        # high contrast, right-to-left (Persian), German, and text at 200 %
        ("breathing-high-contrast", "high_contrast", False, "running"),
        ("relax-tense-high-contrast", "high_contrast", False, "relax-tense"),
        ("history-practice-high-contrast", "high_contrast", False, "history-practice"),
        ("breathing-fa-light", "light", False, "running", "fa"),
        ("relax-tense-fa-light", "light", False, "relax-tense", "fa"),
        ("history-practice-fa-dark", "dark", False, "history-practice", "fa"),
        ("settings-fa-light", "light", False, "settings", "fa"),
        ("setup-de-light", "light", False, "setup", "de"),
        ("heat-running-de-light", "light", False, "heat-running", "de"),
        ("breathing-text-200-light", "light", False, "running", "en", 200),
        ("relax-tense-text-200-light", "light", False, "relax-tense", "en", 200),
        ("settings-text-200-dark", "dark", False, "settings", "en", 200),
        ("history-symptoms-text-200-light", "light", False, "history-symptoms", "en", 200),
        ("history-practice-de-text-200-light", "light", False, "history-practice", "de", 200),
        ("settings-fa-text-200-light", "light", False, "settings", "fa", 200),
    ]
    for name, theme, reduced, page, *more in [*shots, *voice_shots]:
        print(shoot(name, theme, reduced, args.out, page, *more))
    print(shoot_kiosk("kiosk-welcome-light", "light", args.out))
    print(shoot_kiosk("kiosk-welcome-fa-high-contrast", "high_contrast", args.out, "fa"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
