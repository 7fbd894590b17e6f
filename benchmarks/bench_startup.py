"""Start-up time to the first painted window: calmfloor against a bare PySide6 window.

Run under a real X server (Xvfb or a desktop) or with ``QT_QPA_PLATFORM=offscreen``::

    python benchmarks/bench_startup.py [--rounds 10] [--json FILE]

Every measurement is a fresh ``python -c`` child (the same interpreter, the same flags), so
each pays the interpreter start, every import and the first connection to the display, as a
user does. The children alternate, baseline then ours, for ``--rounds`` rounds after
``--warmup`` discarded rounds (which fill the page cache, so that neither side is charged for
the first read of PySide6 from disk):

* BASELINE: import ``PySide6.QtWidgets``, create the ``QApplication``, a ``QMainWindow``
  with a ``QLabel`` as central widget, show it.
* OURS: calmfloor's real start path as ``main()`` runs it: ``parse_args`` with a fresh
  temporary ``--data-dir`` per run, the Qt binding check, ``create_application()`` and
  ``build_window()`` (profile load, theme, ``MainWindow.show()``).

How the time is taken: the parent reads ``CLOCK_MONOTONIC`` (system-wide on Linux, so both
processes read the same clock) just before it spawns the child and passes it in ``argv``.
Both children install the same application event filter before showing the window; it notes
the first ``Paint`` event delivered to any widget of the window and posts a zero timer,
which runs once that repaint pass, including the flush of the backing store to the window
system, has returned. That moment, minus the spawn time, is the start-up time reported.
The child also reports its own milestones (first line of the script, imports done, window
shown, first paint event) and, for ours, whether ``pyqtgraph`` was imported before the
window painted (and, if so, from where). The parent also times spawn to exit.

Budget: the median start-up of ours is at most 1.3 times the baseline's median, and
``pyqtgraph`` is not imported by then.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from common import Measured, machine_info, print_verdicts

SRC = Path(__file__).resolve().parents[1] / "src"
RATIO_BUDGET = 1.3
CHILD_TIMEOUT_S = 60.0
MILESTONES = ("entry", "imported", "checked", "app", "shown", "first_paint_event", "painted")

# Shared by both children: clock, first-paint filter and the report. Kept small and
# import-free beyond the standard library so it costs both sides the same.
CHILD_PRELUDE = """
import time
_clock = lambda: time.clock_gettime(time.CLOCK_MONOTONIC)
T_ENTRY = _clock()
import json, sys
T_SPAWN = float(sys.argv[1])
marks = {"entry": T_ENTRY - T_SPAWN}
"""

CHILD_PAINT_FILTER = """
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication


class FirstPaint(QObject):
    # notes the first paint of the target window, then reports once that pass has returned
    def __init__(self, app, is_target, extra):
        super().__init__()
        self.app = app
        self.is_target = is_target
        self.extra = extra
        self.seen = False

    def eventFilter(self, watched, event):
        if (
            not self.seen
            and event.type() == QEvent.Type.Paint
            and watched.isWidgetType()
            and self.is_target(watched.window())
        ):
            self.seen = True
            marks["first_paint_event"] = _clock() - T_SPAWN
            # a zero timer runs after this repaint pass and its flush to the window system
            QTimer.singleShot(0, self.report)
        return False

    def report(self):
        marks["painted"] = _clock() - T_SPAWN
        result = {"marks": marks, "platform": QGuiApplication.platformName()}
        result.update(self.extra())
        print("RESULT " + json.dumps(result), flush=True)
        self.app.quit()
"""

BASELINE_BODY = """
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
marks["imported"] = _clock() - T_SPAWN
app = QApplication(sys.argv[:1])
marks["app"] = _clock() - T_SPAWN
window = QMainWindow()
window.setCentralWidget(QLabel("calmfloor start-up baseline"))
first = FirstPaint(app, lambda shown: shown is window, dict)
app.installEventFilter(first)
window.show()
marks["shown"] = _clock() - T_SPAWN
app.exec()
"""

OURS_BODY = """
import traceback
sys.path.insert(0, sys.argv[3])


class PyqtgraphSpy:
    # records who imports pyqtgraph first, then lets the normal finders load it
    stack = None

    def find_spec(self, name, path=None, target=None):
        if name == "pyqtgraph" and PyqtgraphSpy.stack is None:
            PyqtgraphSpy.stack = traceback.format_stack()[:-1]
        return None


sys.meta_path.insert(0, PyqtgraphSpy())
from calmfloor.app import build_window, create_application, unsafe_qt_binding
from calmfloor.cli import parse_args
marks["imported"] = _clock() - T_SPAWN
options = parse_args(["--data-dir", sys.argv[2]])
problem = unsafe_qt_binding()
if problem:
    raise SystemExit(problem)
marks["checked"] = _clock() - T_SPAWN
app = create_application()
marks["app"] = _clock() - T_SPAWN


def extra():
    return {
        "pyqtgraph_loaded": "pyqtgraph" in sys.modules,
        "pyqtgraph_import_stack": PyqtgraphSpy.stack,
        "modules": len(sys.modules),
    }


# build_window() shows the window itself, so the filter goes in first and knows the main
# window by its object name
first = FirstPaint(app, lambda shown: shown.objectName() == "main-window", extra)
app.installEventFilter(first)
window = build_window(app, options)
marks["shown"] = _clock() - T_SPAWN
app.exec()
window.context.close()
"""


@dataclass
class Run:
    """One child process: its milestones (s since spawn) and the parent's wall time."""

    name: str
    marks: dict[str, float]
    wall_s: float
    platform: str
    pyqtgraph_loaded: bool = False
    pyqtgraph_import_stack: list[str] | None = None
    modules: int = 0

    @property
    def startup_s(self) -> float:
        return self.marks["painted"]


@dataclass
class Summary:
    """Medians over the rounds of one side."""

    name: str
    runs: list[Run] = field(default_factory=list)

    def median(self, key: str) -> float:
        """Median of one milestone (``wall``: the parent's spawn-to-exit); nan if absent."""
        if key == "wall":
            return statistics.median(run.wall_s for run in self.runs)
        values = [run.marks[key] for run in self.runs if key in run.marks]
        return statistics.median(values) if values else math.nan

    @property
    def startup_s(self) -> float:
        return self.median("painted")


def child_code(name: str) -> str:
    body = BASELINE_BODY if name == "baseline" else OURS_BODY
    return CHILD_PRELUDE + CHILD_PAINT_FILTER + body


# An installed calmfloor has its bytecode compiled by pip; a source checkout run with
# PYTHONDONTWRITEBYTECODE would recompile every module in every child (~35 ms here) and
# charge ours for work a user never pays. The warm-up rounds write the bytecode.
CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run_child(name: str) -> Run:
    """Spawn one child and parse its report; raises on a crash or a missing report."""
    data_dir = tempfile.mkdtemp(prefix="calmfloor-bench-startup-")
    try:
        spawned = time.clock_gettime(time.CLOCK_MONOTONIC)
        proc = subprocess.run(
            [sys.executable, "-c", child_code(name), repr(spawned), data_dir, str(SRC)],
            capture_output=True,
            text=True,
            timeout=CHILD_TIMEOUT_S,
            env=CHILD_ENV,
        )
        wall = time.clock_gettime(time.CLOCK_MONOTONIC) - spawned
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("RESULT ")]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(
            f"{name} child failed (exit {proc.returncode}):\n{proc.stdout}\n{proc.stderr}"
        )
    report = json.loads(lines[-1].removeprefix("RESULT "))
    return Run(
        name=name,
        marks=report["marks"],
        wall_s=wall,
        platform=report["platform"],
        pyqtgraph_loaded=report.get("pyqtgraph_loaded", False),
        pyqtgraph_import_stack=report.get("pyqtgraph_import_stack"),
        modules=report.get("modules", 0),
    )


def verdict(base: Summary, ours: Summary) -> dict[str, bool | Measured]:
    return {
        "startup_ratio": Measured(ours.startup_s / base.startup_s, RATIO_BUDGET),
        "no_pyqtgraph_at_startup": not any(run.pyqtgraph_loaded for run in ours.runs),
    }


def print_table(base: Summary, ours: Summary) -> None:
    rows = [
        ("first line of child script", "entry"),
        ("imports done", "imported"),
        ("Qt binding check done", "checked"),
        ("QApplication created", "app"),
        ("window shown", "shown"),
        ("first paint event", "first_paint_event"),
        ("first paint done (START-UP)", "painted"),
        ("spawn to exit (parent)", "wall"),
    ]
    print(
        f"platform: {base.runs[0].platform}   {len(base.runs)} alternating rounds, "
        f"fresh process each; medians in ms since spawn"
    )
    print(f"{'milestone':30} {'baseline':>10} {'ours':>10}")
    for label, key in rows:
        cells = [
            "–" if math.isnan(value) else f"{1000 * value:.1f}"
            for value in (base.median(key), ours.median(key))
        ]
        print(f"{label:30} {cells[0]:>10} {cells[1]:>10}")
    for side in (base, ours):
        values = ", ".join(f"{1000 * run.startup_s:.0f}" for run in side.runs)
        print(f"{side.name} start-up ms by round: {values}")
    ratio = ours.startup_s / base.startup_s
    print(f"start-up ratio ours/baseline (medians): {ratio:.2f} (budget <= {RATIO_BUDGET})")
    loaded = [run for run in ours.runs if run.pyqtgraph_loaded]
    print(f"pyqtgraph imported by first paint: {len(loaded)} of {len(ours.runs)} runs")
    if loaded and loaded[0].pyqtgraph_import_stack:
        print("first import of pyqtgraph came from:")
        print("".join(loaded[0].pyqtgraph_import_stack).rstrip())
    print(f"modules loaded at first paint (ours): {ours.runs[0].modules}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10, help="baseline/ours pairs measured")
    parser.add_argument("--warmup", type=int, default=1, help="pairs run first and discarded")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args(argv)
    base = Summary("baseline")
    ours = Summary("ours")
    for index in range(args.warmup + args.rounds):
        # alternate so that background load on the machine falls on both alike
        pair = (run_child("baseline"), run_child("ours"))
        if index >= args.warmup:
            base.runs.append(pair[0])
            ours.runs.append(pair[1])
    print_table(base, ours)
    results = verdict(base, ours)
    status = print_verdicts(results)
    if args.json:
        from PySide6 import __version__ as pyside_version

        payload = {
            **machine_info(base.runs[0].platform, pyside_version),
            "rounds": args.rounds,
            "warmup": args.warmup,
            "medians_s": {
                side.name: {
                    key: side.median(key) for key in MILESTONES if not math.isnan(side.median(key))
                }
                | {"wall": side.median("wall")}
                for side in (base, ours)
            },
            "runs": {side.name: [asdict(run) for run in side.runs] for side in (base, ours)},
            "startup_ratio": ours.startup_s / base.startup_s,
            "budgets": results,
        }
        args.json.write_text(json.dumps(payload, indent=2) + "\n")
    return status


if __name__ == "__main__":
    sys.exit(main())
