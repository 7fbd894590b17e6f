"""Pacer CPU and frame timing: calmfloor's pacer and figure against a minimal Qt baseline.

Run under a real X server (Xvfb or a desktop) or with ``QT_QPA_PLATFORM=offscreen``::

    python benchmarks/bench_pacer.py [--seconds 30] [--json FILE] [--xserver-pid PID]

Both run in one process, in a window of the same size, alternating in ``--rounds`` parts
(so that background load falls on both alike) after a short warm-up each:

* BASELINE: one QWidget whose paintEvent draws an antialiased circle, driven by a 16 ms
  PreciseTimer that sets a radius from a sine and calls ``update()`` on the whole widget.
* OURS: ``PacerWidget`` and ``PelvisFigureWidget`` side by side, with a phase-word and a
  seconds-left ``QLabel`` (set only when their text changes), driven by the real
  ``BreathingController`` with ``SystemClock`` and the Resonance preset.

Budget: our CPU per second is at most the baseline's, and the p99 interval between pacer
paints while it moves is at most 17.5 ms. The pacer deliberately skips repaints that would
change less than half a pixel (near the turns and during holds), so the raw interval between
paints includes those skipped frames; the budget uses intervals between paints of consecutive
ticks, and every requested repaint must be painted (no coalesced frames beyond 0.5 %).
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import os
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from PySide6 import __version__ as PYSIDE_VERSION
from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QPainter, QPaintEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QVBoxLayout, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from calmfloor.core.breathing import PHASE_WORDS, PRESETS, BreathSample, SessionPlan
from calmfloor.core.clock import SystemClock
from calmfloor.ui.breathing.controller import BreathingController
from calmfloor.ui.breathing.pacer import PacerWidget, PelvisFigureWidget
from calmfloor.ui.kit.session import FRAME_INTERVAL_MS
from common import Measured, machine_info, percentile, print_verdicts

WINDOW_W, WINDOW_H = 900, 600
WARMUP_S = 2.0
P99_BUDGET_MS = 17.5
COALESCED_BUDGET = 0.005  # share of requested repaints that may be merged into the next


def xserver_cpu_s(pid: int | None) -> float:
    """utime + stime of process ``pid`` in seconds (0 when not given)."""
    if not pid:
        return 0.0
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class FrameRecorder(QObject):
    """Counts ticks and the paint events of one widget, with timestamps.

    Each paint is tagged with the number of the last tick before it, so intervals between
    paints of consecutive ticks can be told from intervals that span deliberately skipped
    ticks.

    Signals:
        None.
    """

    def __init__(self, watched: QWidget) -> None:
        super().__init__(watched)
        self.tick_times: list[float] = []
        self.requested = 0
        self.paints: list[tuple[float, int]] = []
        self.recording = False
        watched.installEventFilter(self)

    def reset(self) -> None:
        self.tick_times.clear()
        self.paints.clear()
        self.requested = 0
        self.recording = True

    def tick(self, requested: bool) -> None:
        if self.recording:
            self.tick_times.append(time.perf_counter())
            self.requested += requested

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.recording and event.type() == QEvent.Type.Paint:
            self.paints.append((time.perf_counter(), len(self.tick_times)))
        return False


class BaselineWidget(QWidget):
    """The simplest smooth pacer: a whole-widget repaint of an antialiased circle per tick."""

    def __init__(self, recorder_hook: list[FrameRecorder]) -> None:
        super().__init__()
        self._radius = 0.0
        self._t0 = time.perf_counter()
        self._hook = recorder_hook
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._timer.start(FRAME_INTERVAL_MS)

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        t = time.perf_counter() - self._t0
        level = 0.5 - 0.5 * math.cos(2 * math.pi * t / 11.0)
        full = min(self.width(), self.height()) / 2 - 10
        self._radius = full * (0.35 + 0.65 * level)
        self.update()
        for recorder in self._hook:
            recorder.tick(True)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(self.palette().highlight())
        painter.drawEllipse(
            QPointF(self.width() / 2, self.height() / 2), self._radius, self._radius
        )


class BreathingWindow(QWidget):
    """What the breathing page shows while a session runs: words, seconds, pacer, figure."""

    def __init__(self) -> None:
        super().__init__()
        self.phase_label = QLabel()
        self.seconds_label = QLabel()
        self._word = ""
        self._seconds = -1
        font = self.phase_label.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        self.phase_label.setFont(font)
        self.seconds_label.setFont(font)
        self.pacer = PacerWidget()
        self.figure = PelvisFigureWidget()
        words = QHBoxLayout()
        words.addWidget(self.phase_label)
        words.addStretch(1)
        words.addWidget(self.seconds_label)
        pictures = QHBoxLayout()
        pictures.addWidget(self.pacer, 1)
        pictures.addWidget(self.figure, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(words)
        layout.addLayout(pictures, 1)

    def show_sample(self, sample: BreathSample | None) -> None:
        """Pass the frame on; the labels change only when their text does."""
        self.pacer.set_sample(sample)
        self.figure.set_sample(sample)
        if sample is None:
            return
        word = PHASE_WORDS[sample.phase]
        if word is not self._word:
            self._word = word
            self.phase_label.setText(word)
        seconds = math.ceil(sample.phase_left_s)
        if seconds != self._seconds:
            self._seconds = seconds
            self.seconds_label.setText(str(seconds))


@dataclass
class RunResult:
    """What one run measured."""

    name: str
    seconds: float
    cpu_s: float
    xserver_cpu_s: float
    ticks: int
    requested: int
    paints: int
    tick_p50_ms: float
    tick_p99_ms: float
    paint_p50_ms: float
    paint_p99_ms: float
    moving_p50_ms: float
    moving_p99_ms: float
    rounds: int = 1
    round_cpu_per_s_ms: list[float] = field(default_factory=list)
    tick_ms: list[float] = field(default_factory=list, repr=False)
    paint_ms: list[float] = field(default_factory=list, repr=False)
    moving_ms: list[float] = field(default_factory=list, repr=False)

    @classmethod
    def merge(cls, runs: list[RunResult]) -> RunResult:
        """One result for several rounds: times and counts added, percentiles recomputed."""
        tick_ms = [v for run in runs for v in run.tick_ms]
        paint_ms = [v for run in runs for v in run.paint_ms]
        moving_ms = [v for run in runs for v in run.moving_ms]
        return cls(
            name=runs[0].name,
            seconds=sum(run.seconds for run in runs),
            cpu_s=sum(run.cpu_s for run in runs),
            xserver_cpu_s=sum(run.xserver_cpu_s for run in runs),
            ticks=sum(run.ticks for run in runs),
            requested=sum(run.requested for run in runs),
            paints=sum(run.paints for run in runs),
            tick_p50_ms=percentile(tick_ms, 50),
            tick_p99_ms=percentile(tick_ms, 99),
            paint_p50_ms=percentile(paint_ms, 50),
            paint_p99_ms=percentile(paint_ms, 99),
            moving_p50_ms=percentile(moving_ms, 50),
            moving_p99_ms=percentile(moving_ms, 99),
            rounds=len(runs),
            round_cpu_per_s_ms=[run.cpu_per_s_ms for run in runs],
            tick_ms=tick_ms,
            paint_ms=paint_ms,
            moving_ms=moving_ms,
        )

    @property
    def cpu_per_s_ms(self) -> float:
        return 1000 * self.cpu_s / self.seconds

    @property
    def cpu_per_frame_ms(self) -> float:
        return 1000 * self.cpu_s / max(self.paints, 1)

    @property
    def fps(self) -> float:
        return self.paints / self.seconds

    @property
    def coalesced(self) -> int:
        return max(self.requested - self.paints, 0)


def measure(
    app: QApplication, name: str, recorder: FrameRecorder, seconds: float, xpid: int | None
) -> RunResult:
    """Let the event loop run ``WARMUP_S`` and then ``seconds``, recording the second part."""
    state: dict[str, float] = {}

    def begin() -> None:
        recorder.reset()
        state["wall"] = time.perf_counter()
        state["cpu"] = time.process_time()
        state["xcpu"] = xserver_cpu_s(xpid)

    def end() -> None:
        state["wall"] = time.perf_counter() - state["wall"]
        state["cpu"] = time.process_time() - state["cpu"]
        state["xcpu"] = xserver_cpu_s(xpid) - state["xcpu"]
        recorder.recording = False
        app.quit()

    timers = []
    for delay_s, slot in ((WARMUP_S, begin), (WARMUP_S + seconds, end)):
        timer = QTimer()
        timer.setSingleShot(True)
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.timeout.connect(slot)
        timer.start(int(delay_s * 1000))
        timers.append(timer)
    app.exec()
    ticks = recorder.tick_times
    tick_ms = [1000 * (b - a) for a, b in itertools.pairwise(ticks)]
    paint_ms: list[float] = []
    moving_ms: list[float] = []
    for (t_a, i_a), (t_b, i_b) in itertools.pairwise(recorder.paints):
        paint_ms.append(1000 * (t_b - t_a))
        if i_b == i_a + 1:
            moving_ms.append(1000 * (t_b - t_a))
    return RunResult(
        name=name,
        seconds=state["wall"],
        cpu_s=state["cpu"],
        xserver_cpu_s=state["xcpu"],
        ticks=len(ticks),
        requested=recorder.requested,
        paints=len(recorder.paints),
        tick_p50_ms=percentile(tick_ms, 50),
        tick_p99_ms=percentile(tick_ms, 99),
        paint_p50_ms=percentile(paint_ms, 50),
        paint_p99_ms=percentile(paint_ms, 99),
        moving_p50_ms=percentile(moving_ms, 50),
        moving_p99_ms=percentile(moving_ms, 99),
        tick_ms=tick_ms,
        paint_ms=paint_ms,
        moving_ms=moving_ms,
    )


def run_baseline(app: QApplication, seconds: float, xpid: int | None) -> RunResult:
    hook: list[FrameRecorder] = []
    widget = BaselineWidget(hook)
    widget.resize(WINDOW_W, WINDOW_H)
    widget.show()
    recorder = FrameRecorder(widget)
    hook.append(recorder)
    widget.start()
    result = measure(app, "baseline", recorder, seconds, xpid)
    widget.stop()
    widget.close()
    widget.deleteLater()
    return result


def run_ours(app: QApplication, seconds: float, xpid: int | None) -> RunResult:
    window = BreathingWindow()
    window.resize(WINDOW_W, WINDOW_H)
    window.show()
    recorder = FrameRecorder(window.pacer)
    controller = BreathingController(SystemClock())
    controller.sample_changed.connect(window.show_sample)
    last = [window.pacer.painted_level()]

    def note_tick(_sample: object) -> None:
        level = window.pacer.painted_level()
        recorder.tick(level != last[0])
        last[0] = level

    controller.sample_changed.connect(note_tick)
    # long enough that the session never ends during the run
    minutes = max(10.0, (WARMUP_S + seconds) / 60 + 1)
    controller.start(SessionPlan(PRESETS[0], amount=minutes))
    result = measure(app, "ours", recorder, seconds, xpid)
    controller.stop()
    window.close()
    window.deleteLater()
    return result


def verdict(base: RunResult, ours: RunResult) -> dict[str, bool | Measured]:
    """Each budget, passed or not."""
    cpu_ratio = (ours.cpu_s / ours.seconds) / max(base.cpu_s / base.seconds, 1e-9)
    return {
        "cpu_not_above_baseline (ratio)": Measured(cpu_ratio, 1.0),
        "moving_p99_within_17_5_ms": Measured(ours.moving_p99_ms, P99_BUDGET_MS),
        "coalesced_within_0_5_percent": ours.coalesced <= COALESCED_BUDGET * ours.requested,
    }


def print_table(platform_name: str, base: RunResult, ours: RunResult, xpid: int | None) -> None:
    rows = [
        ("CPU ms per s", "cpu_per_s_ms", "{:.1f}"),
        ("CPU ms per painted frame", "cpu_per_frame_ms", "{:.3f}"),
        ("painted frames per s", "fps", "{:.1f}"),
        ("ticks", "ticks", "{}"),
        ("repaints requested", "requested", "{}"),
        ("paint events", "paints", "{}"),
        ("coalesced requests", "coalesced", "{}"),
        ("tick interval p50 ms", "tick_p50_ms", "{:.2f}"),
        ("tick interval p99 ms", "tick_p99_ms", "{:.2f}"),
        ("paint interval p50 ms (raw)", "paint_p50_ms", "{:.2f}"),
        ("paint interval p99 ms (raw)", "paint_p99_ms", "{:.2f}"),
        ("paint interval p50 ms (moving)", "moving_p50_ms", "{:.2f}"),
        ("paint interval p99 ms (moving)", "moving_p99_ms", "{:.2f}"),
    ]
    if xpid:
        rows.insert(1, ("X server CPU ms per s", "x_per_s", "{:.1f}"))
    print(
        f"platform: {platform_name}   window {WINDOW_W}x{WINDOW_H}   "
        f"{base.seconds:.1f} s each in {base.rounds} alternating rounds"
    )
    print(f"{'metric':34} {'baseline':>10} {'ours':>10}")
    for label, attr, fmt in rows:
        values = []
        for run in (base, ours):
            value = (
                run.xserver_cpu_s * 1000 / run.seconds if attr == "x_per_s" else getattr(run, attr)
            )
            values.append(fmt.format(value))
        print(f"{label:34} {values[0]:>10} {values[1]:>10}")
    for run in (base, ours):
        rounds = ", ".join(f"{value:.1f}" for value in run.round_cpu_per_s_ms)
        print(f"{run.name} CPU ms per s by round: {rounds}")
    ratio = (ours.cpu_s / ours.seconds) / (base.cpu_s / base.seconds)
    print(f"CPU ratio ours/baseline: {ratio:.2f}")
    if xpid:
        total_base = (base.cpu_s + base.xserver_cpu_s) / base.seconds
        total_ours = (ours.cpu_s + ours.xserver_cpu_s) / ours.seconds
        print(f"CPU ratio incl. X server: {total_ours / total_base:.2f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30.0, help="length of each run")
    parser.add_argument(
        "--rounds", type=int, default=3, help="alternate baseline and ours this many times"
    )
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--xserver-pid", type=int, help="also count this X server's CPU time")
    args = parser.parse_args(argv)
    app = QApplication(sys.argv[:1])
    platform_name = QGuiApplication.platformName()
    # rounds alternate so that background load on the machine falls on both alike
    part = args.seconds / args.rounds
    base_runs: list[RunResult] = []
    our_runs: list[RunResult] = []
    for _ in range(args.rounds):
        base_runs.append(run_baseline(app, part, args.xserver_pid))
        our_runs.append(run_ours(app, part, args.xserver_pid))
    base = RunResult.merge(base_runs)
    ours = RunResult.merge(our_runs)
    print_table(platform_name, base, ours, args.xserver_pid)
    results = verdict(base, ours)
    status = print_verdicts(results)
    if args.json:
        payload = {
            **machine_info(platform_name, PYSIDE_VERSION),
            "window": [WINDOW_W, WINDOW_H],
            "runs": {
                run.name: {
                    **{
                        key: value
                        for key, value in asdict(run).items()
                        if key not in ("tick_ms", "paint_ms", "moving_ms")
                    },
                    "cpu_per_s_ms": run.cpu_per_s_ms,
                    "cpu_per_frame_ms": run.cpu_per_frame_ms,
                    "fps": run.fps,
                    "coalesced": run.coalesced,
                }
                for run in (base, ours)
            },
            "cpu_ratio": (ours.cpu_s / ours.seconds) / (base.cpu_s / base.seconds),
            "budgets": results,
        }
        args.json.write_text(json.dumps(payload, indent=2) + "\n")
    return status


if __name__ == "__main__":
    sys.exit(main())
