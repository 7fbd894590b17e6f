"""Where start-up goes: the steps of ``build_window()`` timed one by one, against a bare window.

    QT_QPA_PLATFORM=offscreen python benchmarks/profile_startup.py [--runs 3]

Each run is a fresh child (the same interpreter, bytecode cached) that repeats what
``build_window()`` does, step by step, with ``time.perf_counter()`` between the steps, until
the window's first paint pass has returned; the bare window's child does the same for its
few steps. The table gives the median of each step in ms. No budget: this says what costs
what; ``bench_startup.py`` is the benchmark. For a finer view, run a child yourself under
``python -X importtime`` or ``cProfile`` (``--print-child`` prints its code).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"

PAINT = """
class FirstPaint(QObject):
    seen = False

    def eventFilter(self, watched, event):
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            mark("first paint event")
            QTimer.singleShot(0, lambda: (mark("paint pass done"), app.quit()))
        return False


first = FirstPaint()
app.installEventFilter(first)
"""

PRELUDE = """
import sys, time
T0 = time.perf_counter()
marks = []
def mark(name):
    marks.append((name, time.perf_counter()))
"""

REPORT = """
app.exec()
previous = T0
for name, at in marks:
    print(f"STEP {name}\\t{1000 * (at - previous):.2f}")
    previous = at
"""

# both children end alike: the first-paint filter, show(), the event loop and the report
SHOW_AND_REPORT = (
    PAINT
    + """
window.show()
mark("show()")
"""
    + REPORT
)

BARE = (
    PRELUDE
    + """
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
mark("import PySide6 QtCore, QtGui, QtWidgets")
app = QApplication(sys.argv[:1])
mark("create the application")
window = QMainWindow()
window.setCentralWidget(QLabel("bare"))
mark("build the window")
"""
    + SHOW_AND_REPORT
)

OURS = (
    PRELUDE
    + """
sys.path.insert(0, sys.argv[2])
from calmfloor.app import create_application, unsafe_qt_binding
from calmfloor.cli import parse_args
mark("import calmfloor.app and cli")
options = parse_args(["--data-dir", sys.argv[1]])
unsafe_qt_binding()  # imports PySide6 (and tells it not to scan later imports), as main() does
mark("binding check (imports PySide6)")
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
mark("import PySide6 QtCore, QtGui, QtWidgets")
app = create_application()
mark("create the application")
from calmfloor.core.clock import SystemClock
from calmfloor.storage.paths import resolve_paths
from calmfloor.ui.kit.i18n import choose_language, current_language, apply_language
from calmfloor.ui.kit.i18n import lock_policy_language, shipped_languages
mark("import kit.i18n")
from calmfloor.ui.kit.theme import apply_theme
mark("import kit.theme")
from calmfloor.ui.shell.context import load_context
mark("import shell.context")
from calmfloor.ui.shell.main_window import MainWindow
mark("import shell.main_window")
context = load_context(resolve_paths(options.data_dir), SystemClock(), None)
mark("load_context")
settings = context.settings
shipped = shipped_languages()
lock_policy_language(settings, None, shipped)
language = choose_language(None, str(settings.value("language")), shipped)
if language != current_language(app):
    apply_language(app, language)
mark("language")
apply_theme(app, str(settings.value("theme")), int(settings.value("text_scale")))
mark("apply_theme")
window = MainWindow(context)
mark("build the window")
"""
    + SHOW_AND_REPORT
)


def run(code: str) -> dict[str, float]:
    """One fresh child; its steps in ms."""
    data_dir = tempfile.mkdtemp(prefix="calmfloor-profile-startup-")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        done = subprocess.run(
            [sys.executable, "-c", code, data_dir, str(SRC)],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=True,
        )
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)
    steps: dict[str, float] = {}
    for line in done.stdout.splitlines():
        if line.startswith("STEP "):
            name, ms = line.removeprefix("STEP ").split("\t")
            steps[name] = float(ms)
    return steps


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="fresh children per side")
    parser.add_argument("--print-child", action="store_true", help="print ours' child code")
    args = parser.parse_args(argv)
    if args.print_child:
        print(OURS)
        return 0
    run(OURS)  # writes the bytecode and fills the page cache
    runs: dict[str, list[dict[str, float]]] = {"bare": [], "ours": []}
    for _ in range(args.runs):
        runs["bare"].append(run(BARE))
        runs["ours"].append(run(OURS))
    names = list(runs["ours"][0])
    names += [name for name in runs["bare"][0] if name not in names]
    print(f"median of {args.runs} fresh children, ms per step")
    print(f"{'step':42} {'bare':>8} {'ours':>8}")
    totals = {}
    for side in ("bare", "ours"):
        totals[side] = statistics.median(sum(r.values()) for r in runs[side])
    for name in names:
        cells = []
        for side in ("bare", "ours"):
            values = [r[name] for r in runs[side] if name in r]
            cells.append(f"{statistics.median(values):8.1f}" if values else f"{'':8}")
        print(f"{name:42} {cells[0]} {cells[1]}")
    print(f"{'total (script start to painted)':42} {totals['bare']:8.1f} {totals['ours']:8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
