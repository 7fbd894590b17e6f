"""History's warm-up never lands on a frame of a session, and History then opens fast.

Run with ``QT_QPA_PLATFORM=offscreen`` (the default here) or under a real X server::

    python benchmarks/bench_warmup.py [--seconds 20] [--json FILE]

The worst moment for the warm-up (``ui/shell/warmup.py``, which imports History's charts,
pyqtgraph and numpy, an idle moment after start-up) is a person who starts breathing the
moment the window appears. This benchmark does exactly that, in one process with the real
``SystemClock``: calmfloor's start path (``create_application``, ``build_window`` on a fresh
``--data-dir``), and at the window's first paint ``--start breathing`` as ``main()`` runs it.
For ``--seconds`` the pacer's paint events are timestamped (an event filter on the
``PacerWidget``) and tagged with the breathing ticker's tick count, as in
``bench_pacer.py``; an import hook (first in ``sys.meta_path``) timestamps every module
imported. Then the session is stopped as the Stop button does, the benchmark waits for the
warm-up, and clicks History: the time from the click to the page painted is the first
opening a person meets.

Budgets, exact: no module of the warm-up (pyqtgraph, numpy, ``calmfloor.ui.history.charts``) is
imported while the session runs; the warm-up has run after it ended. Measured: the p99
interval between pacer paints per tick at most 17.5 ms and the longest at most 50 ms (an
import of the charts on a frame stalls it for about 180 ms here), and
History's first opening after the warm-up at most 150 ms. ``--control`` imports the charts
in the middle of the session instead, to show what the budgets catch (it fails them).
"""

from __future__ import annotations

import argparse
import collections
import itertools
import json
import math
import os
import shutil
import sys
import tempfile
import time
from importlib.abc import MetaPathFinder
from importlib.machinery import ModuleSpec
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from common import Measured, machine_info, percentile, print_verdicts

P99_BUDGET_MS = 17.5  # as bench_pacer.py
MAX_BUDGET_MS = 50.0  # one frame late by two and more: what an import on a frame looks like
FIRST_OPEN_BUDGET_MS = 150.0  # History, click to charts drawn (issue 21)
WARMUP_MODULES = ("pyqtgraph", "numpy", "calmfloor.ui.history.charts")
WAIT_FOR_WARMUP_S = 30.0


class ImportSpy(MetaPathFinder):
    """Notes the time of every import that reaches the finders (a module not yet loaded)."""

    def __init__(self) -> None:
        self.imports: list[tuple[float, str]] = []

    def find_spec(
        self, fullname: str, path: object = None, target: object = None
    ) -> ModuleSpec | None:
        self.imports.append((time.perf_counter(), fullname))
        return None  # the normal finders load it


class PaintClock(QObject):
    """Timestamps the paint events of one widget with the tick count at that moment.

    Signals:
        None.
    """

    def __init__(self, watched: QWidget) -> None:
        super().__init__(watched)
        self.ticks = 0
        self.tick_times: list[float] = []
        self.paints: list[tuple[float, int]] = []
        watched.installEventFilter(self)

    def tick(self) -> None:
        self.ticks += 1
        self.tick_times.append(time.perf_counter())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints.append((time.perf_counter(), self.ticks))
        return False


class FirstPaint(QObject):
    """Calls ``then`` once, right after the first paint of the window named ``name``.

    Signals:
        None.
    """

    def __init__(self, name: str, then: object) -> None:
        super().__init__()
        self.name = name
        self.then = then
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self.seen
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window().objectName() == self.name
        ):
            self.seen = True
            QTimer.singleShot(0, self.then)  # type: ignore[call-overload]
        return False


def is_warmup_module(name: str) -> bool:
    return any(name == top or name.startswith(top + ".") for top in WARMUP_MODULES)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0, help="length of the session")
    parser.add_argument(
        "--control",
        action="store_true",
        help="import the charts in the middle of the session, to see what the budgets catch",
    )
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args(argv)

    spy = ImportSpy()
    sys.meta_path.insert(0, spy)
    from calmfloor.app import build_window, create_application, start_breathing
    from calmfloor.cli import parse_args
    from calmfloor.ui.breathing.pacer import PacerWidget
    from calmfloor.ui.shell.main_window import Page
    from calmfloor.ui.shell.warmup import HistoryWarmup

    data_dir = tempfile.mkdtemp(prefix="calmfloor-bench-warmup-")
    options = parse_args(["--data-dir", data_dir, "--start", "breathing", "--minutes", "30"])
    app = create_application()
    marks: dict[str, float] = {}
    state: dict[str, object] = {}

    def start() -> None:
        marks["painted"] = time.perf_counter()
        pacer = window.findChild(PacerWidget)
        ticker = window.findChild(QTimer, "breathing-ticker")
        assert pacer is not None and ticker is not None
        clock = PaintClock(pacer)
        ticker.timeout.connect(clock.tick)
        state["clock"] = clock
        marks["session_start"] = time.perf_counter()
        start_breathing(window, options)  # as main() does for --start breathing
        stopper.start(round(args.seconds * 1000))
        if args.control:  # what the shell's warm-up must never do
            from calmfloor.ui.history.warmup import warm_up

            QTimer.singleShot(round(args.seconds * 500), warm_up)

    def stop() -> None:
        marks["session_stop"] = time.perf_counter()
        running = window.session_running()
        window.breathing.stop()  # as the Stop button does
        state["ran_to_stop"] = running
        waiter.start()

    def wait_for_warmup() -> None:
        warmup = window.findChild(HistoryWarmup, "history-warmup")
        waited = time.perf_counter() - marks["session_stop"]
        if warmup is not None and not warmup.done and waited < WAIT_FOR_WARMUP_S:
            return  # the waiter repeats
        waiter.stop()
        state["warmup_found"] = warmup is not None
        state["warmup_done"] = warmup is not None and warmup.done
        marks["warmed"] = time.perf_counter()
        QTimer.singleShot(200, open_history)  # a moment later, as a person would click

    def open_history() -> None:
        started = time.perf_counter()
        window.show_page(Page.HISTORY)  # what the navigation button's click does
        window.repaint()  # paints every child now, the charts' view included
        marks["history_drawn"] = time.perf_counter()
        state["first_open_ms"] = 1000 * (marks["history_drawn"] - started)
        app.quit()

    stopper = QTimer()
    stopper.setSingleShot(True)
    stopper.setTimerType(Qt.TimerType.PreciseTimer)
    stopper.timeout.connect(stop)
    waiter = QTimer()
    waiter.setInterval(100)
    waiter.timeout.connect(wait_for_warmup)
    first = FirstPaint("main-window", start)
    app.installEventFilter(first)
    window = build_window(app, options)
    app.exec()
    window.close()
    window.context.close()
    shutil.rmtree(data_dir, ignore_errors=True)

    clock = state["clock"]
    assert isinstance(clock, PaintClock)
    session = (marks["session_start"], marks["session_stop"])
    paints = [(t, tick) for t, tick in clock.paints if session[0] <= t <= session[1]]
    # The pacer skips a repaint that would move it less than half a pixel, so on this window
    # it paints on about every other tick; an interval is divided by the ticks it spans (a
    # blocked event loop delays the next tick, so a stall still shows at full length).
    per_tick_ms = [
        1000 * (t_b - t_a) / (i_b - i_a)
        for (t_a, i_a), (t_b, i_b) in itertools.pairwise(paints)
        if i_b > i_a
    ]
    ticks = [t for t in clock.tick_times if session[0] <= t <= session[1]]
    tick_ms = [1000 * (b - a) for a, b in itertools.pairwise(ticks)]
    first_frame = paints[0][0] if paints else session[0]
    during = [(t, name) for t, name in spy.imports if session[0] <= t <= session[1]]
    on_frames = [(t, name) for t, name in during if t > first_frame]
    warmup_imports = [(t, name) for t, name in spy.imports if is_warmup_module(name)]
    warmup_during = [(t, name) for t, name in during if is_warmup_module(name)]
    warmup_after = [t for t, _ in warmup_imports if t > session[1]]

    def since_paint(t: float) -> float:
        return t - marks["painted"]

    print(f"platform: {QGuiApplication.platformName()}")
    print(
        f"session from {since_paint(session[0]):.2f} s to {since_paint(session[1]):.2f} s "
        f"after the first paint, still running at the stop: {state.get('ran_to_stop')}"
    )
    print(f"pacer paints in the session: {len(paints)}, ticks: {len(ticks)}")
    for label, values in (("tick interval", tick_ms), ("paint interval per tick", per_tick_ms)):
        print(
            f"{label} p50 / p99 / max, ms: {percentile(values, 50):.2f} / "
            f"{percentile(values, 99):.2f} / {max(values, default=math.nan):.2f}"
        )
    steps = collections.Counter(
        min(i_b - i_a, 3) for (_, i_a), (_, i_b) in itertools.pairwise(paints)
    )
    print(f"ticks between paints (3: 3 or more): {sorted(steps.items())}")
    print(
        f"modules imported during the session: {len(during)}, "
        f"after its first frame: {len(on_frames)}"
    )
    for t, name in during if len(during) <= 20 else on_frames[:20]:
        print(f"  {since_paint(t):7.3f} s  {name}")
    if warmup_imports:
        print(
            f"the warm-up's first import: {warmup_imports[0][1]} at "
            f"{since_paint(warmup_imports[0][0]):.2f} s after the first paint "
            f"({warmup_imports[0][0] - session[1]:.2f} s after the session ended)"
        )
    print(
        f"warm-up found: {state.get('warmup_found')}, done: {state.get('warmup_done')}; "
        f"History first opening after it: {state.get('first_open_ms', math.nan):.1f} ms"
    )
    first_open = float(state.get("first_open_ms", math.inf))  # type: ignore[arg-type]
    p99 = percentile(per_tick_ms, 99)
    results: dict[str, bool | Measured] = {
        "no warm-up import while the session runs": not warmup_during,
        "the warm-up ran after the session": bool(state.get("warmup_done")) and bool(warmup_after),
        "pacer paint interval per tick p99, ms": Measured(p99, P99_BUDGET_MS),
        "pacer paint interval per tick max, ms": Measured(
            max(per_tick_ms, default=math.inf), MAX_BUDGET_MS
        ),
        "History first opening after the warm-up, ms": Measured(first_open, FIRST_OPEN_BUDGET_MS),
    }
    status = print_verdicts(results)
    if args.json:
        from PySide6 import __version__ as pyside_version

        payload = {
            **machine_info(QGuiApplication.platformName(), pyside_version),
            "seconds": args.seconds,
            "marks_s_after_paint": {k: since_paint(v) for k, v in marks.items()},
            "paint_interval_per_tick_ms": per_tick_ms,
            "tick_interval_ms": tick_ms,
            "imports_during_session": [(since_paint(t), n) for t, n in during],
            "warmup_imports": [(since_paint(t), n) for t, n in warmup_imports[:50]],
            "first_open_ms": first_open,
            "budgets": results,
        }
        args.json.write_text(json.dumps(payload, indent=2) + "\n")
    return status


if __name__ == "__main__":
    sys.exit(main())
