"""Memory over a 10-minute breathing session: RSS growth through the real controller and views.

Runs offscreen (unless ``QT_QPA_PLATFORM`` is already set)::

    python benchmarks/bench_memory.py [--frames 36000] [--json FILE]

A ``ManualClock`` moves 1/60 s per frame; each frame calls ``controller.tick()`` and lets Qt
deliver the resulting paint events, so the session runs as fast as the machine allows but
every frame is painted exactly as in the app. RSS (from ``/proc/self/statm``) is taken after
a one-minute warm-up and at the end, after a garbage collection each time. Budget: growth
after the warm-up under 2 MB.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from bench_pacer import BreathingWindow
from calmfloor.core.breathing import PRESETS, SessionPlan
from calmfloor.core.clock import ManualClock
from calmfloor.ui.breathing.controller import BreathingController

FRAME_S = 1 / 60
WARMUP_FRAMES = 3600  # one minute of session time
GROWTH_BUDGET_MB = 2.0
CHECKPOINTS = 6


def rss_mb() -> float:
    """Resident set size of this process in MiB."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


class PaintCounter(QObject):
    """Counts paint events of the widgets it watches.

    Signals:
        None.
    """

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", type=int, default=36_000, help="frames at 60 per second")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args(argv)
    app = QApplication(sys.argv[:1])
    window = BreathingWindow()
    window.resize(900, 600)
    window.show()
    counter = PaintCounter()
    window.pacer.installEventFilter(counter)
    window.figure.installEventFilter(counter)
    clock = ManualClock()
    controller = BreathingController(clock)
    controller.sample_changed.connect(window.show_sample)
    plan = SessionPlan(PRESETS[0], amount=10)
    controller.start(plan)
    app.processEvents()
    start_rss = rss_mb()
    trace: list[tuple[int, float]] = []
    warm_rss = start_rss
    started = time.perf_counter()
    step = max((args.frames - WARMUP_FRAMES) // CHECKPOINTS, 1)
    for frame in range(1, args.frames + 1):
        clock.advance(FRAME_S)
        controller.tick()
        app.processEvents()
        if frame == WARMUP_FRAMES or (frame > WARMUP_FRAMES and frame % step == 0):
            gc.collect()
            trace.append((frame, rss_mb()))
            if frame == WARMUP_FRAMES:
                warm_rss = trace[-1][1]
    gc.collect()
    end_rss = rss_mb()
    wall = time.perf_counter() - started
    session = controller.session
    total_s = session.timeline.total_s if session else 0.0
    state = controller.state.value
    controller.stop()
    growth = end_rss - warm_rss
    ok = growth < GROWTH_BUDGET_MB
    print(f"platform: {QGuiApplication.platformName()}")
    print(
        f"frames: {args.frames} ({args.frames * FRAME_S:.0f} s of session time, "
        f"session length {total_s:.1f} s, ended {state}), {wall:.1f} s wall"
    )
    print(f"paint events (pacer + figure): {counter.count}")
    print(f"RSS at start {start_rss:.2f} MiB, after warm-up {warm_rss:.2f} MiB, end {end_rss:.2f}")
    print("RSS trace (frame: MiB): " + ", ".join(f"{f}: {m:.2f}" for f, m in trace))
    print(f"growth after warm-up: {growth:+.2f} MiB (budget < {GROWTH_BUDGET_MB} MiB)")
    print(f"{'PASS' if ok else 'FAIL'}  memory_growth")
    if args.json:
        payload = {
            "platform": QGuiApplication.platformName(),
            "frames": args.frames,
            "session_s": total_s,
            "paints": counter.count,
            "rss_start_mib": start_rss,
            "rss_warm_mib": warm_rss,
            "rss_end_mib": end_rss,
            "growth_mib": growth,
            "trace": trace,
            "pass": ok,
        }
        args.json.write_text(json.dumps(payload, indent=2) + "\n")
    window.close()
    del app
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
