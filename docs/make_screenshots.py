"""Render the README screenshots from the real window (run under Xvfb or offscreen).

    xvfb-run -s "-screen 0 1280x860x24" python docs/make_screenshots.py

Each shot uses a throw-away data directory and a hand-moved clock, so the pacer is caught
at the same moment of the in-breath every time.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent / "screenshots"


def shoot(name: str, theme: str, reduced: bool, out: Path, page: str = "running") -> Path:
    """Show the window in one state and save a PNG of it."""
    from PySide6.QtWidgets import QApplication

    from calmfloor.core.clock import ManualClock
    from calmfloor.storage.paths import resolve_paths
    from calmfloor.ui.context import load_context
    from calmfloor.ui.main_window import MainWindow
    from calmfloor.ui.sound import CuePlayer
    from calmfloor.ui.theme import apply_theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as data:
        clock = ManualClock()
        context = load_context(resolve_paths(data), clock)
        context.settings.set_value("theme", theme)
        context.settings.set_value("reduced_motion", "on" if reduced else "off")
        apply_theme(app, theme, 100)
        window = MainWindow(context, CuePlayer(backend=None))
        window.resize(1180, 780)
        window.show()
        if page == "running":
            window.breathing.select_pattern("Pelvic-floor drop")
            window.breathing.start()
            clock.advance(5 * 2 + 11 + 3.2)  # third breath, well into the in-breath
            window.controller.tick()
        elif page == "history":
            window.show_page(1)
        elif page == "settings":
            window.show_page(2)
        for _ in range(5):
            app.processEvents()
        window.messages.hide()  # the forced-silent player's "sound is off" notice
        app.processEvents()
        path = out / f"{name}.png"
        window.grab().save(str(path))
        window.breathing.stop()
        window.breathing.skip_ratings()
        window.close()
        context.close()
        window.deleteLater()
        app.processEvents()
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    shots = [
        ("breathing-light", "light", False, "running"),
        ("breathing-dark", "dark", False, "running"),
        ("breathing-light-reduced-motion", "light", True, "running"),
        ("breathing-dark-reduced-motion", "dark", True, "running"),
        ("setup-light", "light", False, "setup"),
    ]
    for name, theme, reduced, page in shots:
        print(shoot(name, theme, reduced, args.out, page))
    return 0


if __name__ == "__main__":
    sys.exit(main())
