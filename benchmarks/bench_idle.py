"""Idle cost on the home page: CPU, wake-ups, timers and RSS with no session running.

Run under a real X server (Xvfb or a desktop) or with ``QT_QPA_PLATFORM=offscreen``::

    python benchmarks/bench_idle.py [--seconds 20] [--json FILE]

Both run in one process, one after the other, each after ``--settle`` seconds (default 2)
of the event loop:

* BASELINE: a bare ``QMainWindow`` with a ``QLabel``, shown.
* OURS: calmfloor's real window from ``create_application()`` and ``build_window()`` with a
  fresh temporary ``--data-dir``, left on the Breathe page with no session.

While the event loop runs for ``--seconds``, the script measures process CPU time
(``time.process_time()``, all threads), voluntary and involuntary context switches of every
thread from ``/proc/self/task/*/status`` (a proxy for wake-ups), and, with an application
event filter, every ``Timer`` event delivered to any object, by receiver. At the end it
lists the active ``QTimer`` objects among the application's and the window's children and
takes RSS from ``/proc/self/statm`` (before and after). The event loop is ended by one
parentless single-shot ``QTimer``; its own event is not counted.

Ours is measured once History's warm-up has run (it imports the charts once, an idle moment
after the first paint; see ``ui/shell/warmup.py``), so that one-off import is not idle work.

Budget for ours: no active ``QTimer`` owned by calmfloor objects, no ``Timer`` event
delivered to an object of the window or the application, and process CPU under 0.5 % of one
core. Timer events to parentless Qt internals are reported but not budgeted: Qt's pixmap
cache (``QPMCache``) runs a 10/30 s aging timer for as long as it holds pixmaps, and the
bare baseline gets it too (2 events in 60 s under Xvfb).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

from PySide6 import __version__ as PYSIDE_VERSION
from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from calmfloor.app import build_window, create_application
from calmfloor.cli import parse_args
from common import Measured, machine_info, print_verdicts

SETTLE_S = 2.0
CPU_BUDGET = 0.005  # share of one core
WINDOW_W, WINDOW_H = 1100, 760


def rss_mb() -> float:
    """Resident set size of this process in MiB."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def context_switches() -> dict[str, int]:
    """Voluntary + involuntary context switches per thread, keyed ``name/tid``."""
    counts: dict[str, int] = {}
    for task in Path("/proc/self/task").iterdir():
        try:
            status = (task / "status").read_text()
            name = (task / "comm").read_text().strip()
        except OSError:  # the thread ended meanwhile
            continue
        total = 0
        for line in status.splitlines():
            if line.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")):
                total += int(line.split()[1])
        counts[f"{name}/{task.name}"] = total
    return counts


def describe(obj: QObject) -> str:
    """``Class#objectName`` of ``obj`` and its parents, innermost first (C++ class names)."""
    parts = []
    while obj is not None:
        name = obj.objectName()
        parts.append(obj.metaObject().className() + (f"#{name}" if name else ""))
        obj = obj.parent()
    return " < ".join(parts)


class TimerEventCounter(QObject):
    """Counts events, and ``Timer`` events by receiver, split by who owns the receiver.

    A receiver is "owned" when the window or the application is among its ancestors (or is
    the receiver itself); parentless Qt internals such as ``QPixmapCache``'s aging timer
    (``QPMCache``) are counted apart.

    Signals:
        None.
    """

    def __init__(self, ignored: QObject, owners: tuple[QObject, ...]) -> None:
        super().__init__()
        self.ignored = ignored
        self.owners = owners
        self.recording = False
        self.timer_events: Counter[str] = Counter()
        self.owned_timer_events = 0
        self.events = 0

    def owned(self, obj: QObject | None) -> bool:
        while obj is not None:
            if any(obj is owner for owner in self.owners):
                return True
            obj = obj.parent()
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.recording and watched is not self.ignored:
            self.events += 1
            if event.type() == QEvent.Type.Timer:
                self.timer_events[describe(watched)] += 1
                self.owned_timer_events += self.owned(watched)
        return False


@dataclass
class IdleResult:
    """What one idle run measured."""

    name: str
    seconds: float
    cpu_s: float
    switches: int
    switches_by_thread: dict[str, int]
    events: int
    timer_events: int
    owned_timer_events: int
    timer_events_by_receiver: dict[str, int]
    active_timers: list[str]
    all_timers: list[str]
    rss_before_mib: float
    rss_after_mib: float
    threads: int = 0
    notes: list[str] = field(default_factory=list)

    @property
    def cpu_share(self) -> float:
        return self.cpu_s / self.seconds

    @property
    def wakeups_per_s(self) -> float:
        return self.switches / self.seconds


def run_loop(app: QApplication, seconds: float, quitter: QTimer) -> None:
    loop = QEventLoop()
    quitter.timeout.connect(loop.quit)
    quitter.start(round(seconds * 1000))
    loop.exec()
    quitter.timeout.disconnect(loop.quit)


def find_timers(app: QApplication, window: QWidget) -> list[QTimer]:
    """Every QTimer among the application's and the window's children, and other windows'."""
    found: dict[int, QTimer] = {}
    owners: list[QObject] = [app, window, *app.topLevelWidgets()]
    for owner in owners:
        for timer in owner.findChildren(QTimer):
            found[id(timer)] = timer
    return list(found.values())


def measure(app: QApplication, name: str, window: QWidget, seconds: float) -> IdleResult:
    """Settle ``SETTLE_S``, then record ``seconds`` of the idle event loop."""
    quitter = QTimer()  # parentless: not found among the app's children, events not counted
    quitter.setSingleShot(True)
    quitter.setTimerType(Qt.TimerType.PreciseTimer)
    counter = TimerEventCounter(quitter, (app, window))
    app.installEventFilter(counter)
    run_loop(app, SETTLE_S, quitter)
    rss_before = rss_mb()
    switches_before = context_switches()
    cpu_before = time.process_time()
    started = time.perf_counter()
    counter.recording = True
    run_loop(app, seconds, quitter)
    counter.recording = False
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_before
    switches_after = context_switches()
    rss_after = rss_mb()
    app.removeEventFilter(counter)
    by_thread = {
        key: value - switches_before.get(key, 0)
        for key, value in switches_after.items()
        if value - switches_before.get(key, 0)
    }
    timers = find_timers(app, window)
    return IdleResult(
        name=name,
        seconds=elapsed,
        cpu_s=cpu,
        switches=sum(by_thread.values()),
        switches_by_thread=by_thread,
        events=counter.events,
        timer_events=sum(counter.timer_events.values()),
        owned_timer_events=counter.owned_timer_events,
        timer_events_by_receiver=dict(counter.timer_events.most_common()),
        active_timers=[f"{describe(t)} every {t.interval()} ms" for t in timers if t.isActive()],
        all_timers=[describe(t) for t in timers],
        rss_before_mib=rss_before,
        rss_after_mib=rss_after,
        threads=len(switches_after),
    )


def run_baseline(app: QApplication, seconds: float) -> IdleResult:
    window = QMainWindow()
    window.setCentralWidget(QLabel("calmfloor idle baseline"))
    window.resize(WINDOW_W, WINDOW_H)
    window.show()
    result = measure(app, "baseline", window, seconds)
    window.close()
    window.deleteLater()
    app.processEvents()
    return result


WARMUP_WAIT_S = 30.0


def wait_for_warmup(app: QApplication, window: QWidget) -> str:
    """Run the event loop until History's warm-up has run (an idle moment after start-up,
    ``ui/shell/warmup.py``), so its one-off import is not counted as idle work."""
    from calmfloor.ui.shell.warmup import HistoryWarmup

    warmup = window.findChild(HistoryWarmup, "history-warmup")
    if warmup is None:
        return "no History warm-up in this window"
    quitter = QTimer()
    quitter.setSingleShot(True)
    started = time.perf_counter()
    while not warmup.done and time.perf_counter() - started < WARMUP_WAIT_S:
        run_loop(app, 0.1, quitter)
    state = "done" if warmup.done else "NOT done"
    return f"History warm-up {state} {time.perf_counter() - started:.1f} s after the window"


def run_ours(app: QApplication, seconds: float) -> IdleResult:
    data_dir = tempfile.mkdtemp(prefix="calmfloor-bench-idle-")
    try:
        window = build_window(app, parse_args(["--data-dir", data_dir]))
        window.show_page(0)  # Page.BREATHE, without importing the UI before measuring
        warmed = wait_for_warmup(app, window)
        result = measure(app, "ours", window, seconds)
        result.notes.append(warmed)
        page = window.pages.currentWidget()
        result.notes.append(f"page: {type(page).__name__}, session {window.controller.state}")
        window.close()
        window.context.close()
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)
    return result


def verdict(ours: IdleResult) -> dict[str, bool | Measured]:
    return {
        "no_active_timers": not ours.active_timers,
        "no_timer_events_to_calmfloor": ours.owned_timer_events == 0,
        "cpu_under_0.5%": Measured(ours.cpu_share, CPU_BUDGET),
    }


def print_table(platform_name: str, base: IdleResult, ours: IdleResult) -> None:
    print(f"platform: {platform_name}   {base.seconds:.1f} s idle each after {SETTLE_S:.0f} s")
    rows = [
        ("process CPU, % of a core", lambda r: f"{100 * r.cpu_share:.3f}"),
        ("process CPU, ms in total", lambda r: f"{1000 * r.cpu_s:.1f}"),
        ("context switches, all threads", lambda r: str(r.switches)),
        ("context switches per s", lambda r: f"{r.wakeups_per_s:.2f}"),
        ("events delivered (any type)", lambda r: str(r.events)),
        ("Timer events delivered, all", lambda r: str(r.timer_events)),
        ("  to the window/app's objects", lambda r: str(r.owned_timer_events)),
        ("QTimer objects found", lambda r: str(len(r.all_timers))),
        ("active QTimer objects", lambda r: str(len(r.active_timers))),
        ("threads", lambda r: str(r.threads)),
        ("RSS before, MiB", lambda r: f"{r.rss_before_mib:.2f}"),
        ("RSS after, MiB", lambda r: f"{r.rss_after_mib:.2f}"),
    ]
    print(f"{'metric':32} {'baseline':>10} {'ours':>10}")
    for label, cell in rows:
        print(f"{label:32} {cell(base):>10} {cell(ours):>10}")
    for run in (base, ours):
        threads = ", ".join(f"{k}: {v}" for k, v in sorted(run.switches_by_thread.items()))
        print(f"{run.name} context switches by thread: {threads or 'none'}")
        for receiver, count in run.timer_events_by_receiver.items():
            print(f"{run.name} Timer events: {count} to {receiver}")
        for timer in run.active_timers:
            print(f"{run.name} active timer: {timer}")
        for note in run.notes:
            print(f"{run.name} {note}")
    print(f"RSS of ours minus baseline: {ours.rss_after_mib - base.rss_after_mib:+.2f} MiB")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0, help="idle time measured each")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args(argv)
    app = create_application()
    platform_name = QGuiApplication.platformName()
    base = run_baseline(app, args.seconds)
    ours = run_ours(app, args.seconds)
    print_table(platform_name, base, ours)
    results = verdict(ours)
    status = print_verdicts(results)
    if args.json:
        payload = {
            **machine_info(platform_name, PYSIDE_VERSION),
            "runs": {
                run.name: asdict(run)
                | {"cpu_share": run.cpu_share, "wakeups_per_s": run.wakeups_per_s}
                for run in (base, ours)
            },
            "budgets": results,
        }
        args.json.write_text(json.dumps(payload, indent=2) + "\n")
    return status


if __name__ == "__main__":
    sys.exit(main())
