"""Idle memory of the whole app as a standalone process, and what each large part costs.

Run offscreen (the default here) or under a real X server::

    python benchmarks/bench_rss.py [--repeats 3] [--frozen DIR] [--json FILE]

Each variant is a fresh child process (the same interpreter), started as ``main()`` starts
calmfloor (``parse_args`` with a fresh ``--data-dir``, ``create_application``,
``build_window``), or a bare window. RSS is ``VmRSS`` from ``/proc/self/status``, taken

* PAINTED: when the window's first paint pass has returned;
* IDLE: one second later (the sound cues have loaded, History's warm-up has not run): the
  figure the budget is on, as the issue asks: "before History opens";
* WARMED: once History's warm-up has imported the charts (pyqtgraph, numpy);
* then after opening each page in turn: Relax, Heat, Settings, History.

Variants: BARE (a ``QMainWindow`` with a ``QLabel``), BARE + QTMULTIMEDIA (the same, then
``QtMultimedia`` imported and one ``QSoundEffect`` loaded, as the cue player does), OURS,
OURS WITHOUT SOUND (the cue player finds no QtMultimedia, so it is never imported) and
OURS WITHOUT FONTS (the shipped typefaces are not registered). For OURS the child also sums
``Rss`` of ``/proc/self/smaps`` by what is mapped (Qt's libraries, the PySide6 bindings,
ICU, Python, fonts, other libraries, the heap and anonymous memory) at IDLE, and lists the Qt
modules loaded.

STANDALONE (always) and FROZEN (``--frozen DIR``, a one-folder build) are measured from
outside, as a person's process runs: ``python -m calmfloor`` (the whole ``main()``: policy,
single instance, language) and the frozen ``calmfloor``, each against its bare window
(``frozen_bare_window.py``, run by the interpreter or frozen, see ``bench_startup.py``). The
parent waits for Qt's log line of the first paint, then reads ``VmRSS`` of the child from
``/proc/PID/status`` one second later (IDLE) and five seconds later (after the warm-up).
The frozen build has no multimedia plugin (``packaging/pyinstaller/calmfloor.spec``), so
QtMultimedia costs it less than the pip-installed PySide6, which loads its FFmpeg plugin.

Budget (a measured one, ``common.Measured``): at IDLE at most 75 MiB, for OURS in the
child, for STANDALONE (the issue's own measure) and for FROZEN when it is measured. Exact:
pyqtgraph not imported at IDLE.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from bench_startup import BARE_NAME, BARE_SCRIPT, FIRST_FLUSH, frozen_bare, logged_child_env
from common import Measured, machine_info, print_verdicts

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
IDLE_BUDGET_MIB = 75.0
CHILD_TIMEOUT_S = 120.0
VARIANTS = ("bare", "bare+qtmultimedia", "ours", "ours without sound", "ours without fonts")
CHECKPOINTS = ("painted", "idle", "warmed", "relax", "heat", "settings", "history")

CHILD = r"""
import json, os, re, sys
mode, data_dir = sys.argv[1], sys.argv[2]
sys.path.insert(0, sys.argv[3])
if not mode.startswith("bare"):  # calmfloor's own start path: its check imports PySide6
    from calmfloor.app import build_window, create_application, unsafe_qt_binding
    from calmfloor.cli import parse_args

    unsafe_qt_binding()
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

IDLE_MS = 1000
report = {"rss_mib": {}}


def rss_mib():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024


def smaps_by_kind():
    kinds = {}
    path = ""
    for line in open("/proc/self/smaps"):
        head = line.split()
        if re.match(r"^[0-9a-f]+-[0-9a-f]+ ", line):
            path = head[5] if len(head) > 5 else ""
        elif head[0] == "Rss:":
            name = os.path.basename(path)
            if "libQt6" in name:
                kind = "Qt libraries"
            elif "PySide6" in path or "shiboken6" in path or "pyside6" in name:
                kind = "PySide6 and shiboken6 bindings"
            elif name.startswith("libicu"):
                kind = "ICU"
            elif "python" in name or "lib-dynload" in path:
                kind = "Python"
            elif name.endswith((".ttf", ".otf")) or "fontconfig" in path:
                kind = "fonts"
            elif ".so" in name:
                kind = "other libraries"
            elif path in ("", "[heap]", "[stack]") or path.startswith("[anon"):
                kind = "heap and anonymous"
            else:
                kind = "other"
            kinds[kind] = kinds.get(kind, 0) + int(head[1]) / 1024
    return kinds


def mark(name):
    report["rss_mib"][name] = rss_mib()


def finish():
    report["qt_modules"] = sorted(m for m in sys.modules if m.startswith("PySide6.Qt"))
    report["modules"] = len(sys.modules)
    print("RESULT " + json.dumps(report), flush=True)
    QApplication.instance().quit()


class FirstPaint(QObject):
    def __init__(self, window_name, then):
        super().__init__()
        self.window_name, self.then, self.seen = window_name, then, False

    def eventFilter(self, watched, event):
        if (
            not self.seen
            and event.type() == QEvent.Type.Paint
            and watched.isWidgetType()
            and watched.window().objectName() == self.window_name
        ):
            self.seen = True
            QTimer.singleShot(0, self.then)
        return False


if mode.startswith("bare"):
    from PySide6.QtWidgets import QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setObjectName("main-window")
    window.setCentralWidget(QLabel("calmfloor memory baseline"))

    def painted():
        mark("painted")
        if mode == "bare+qtmultimedia":
            from PySide6.QtCore import QUrl
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

            QMediaDevices.audioOutputs()
            report["effect"] = effect = QSoundEffect(window)
            wav = sorted((Path(sys.argv[3]).parent / "assets" / "sounds").glob("*.wav"))
            if wav:
                effect.setSource(QUrl.fromLocalFile(str(wav[0])))
            report.pop("effect")
        def idle():
            mark("idle")
            report["smaps_idle_mib"] = smaps_by_kind()
            finish()

        QTimer.singleShot(IDLE_MS, idle)

    from pathlib import Path

    first = FirstPaint("main-window", painted)
    app.installEventFilter(first)
    window.show()
    app.exec()
    raise SystemExit(0)

if mode == "ours without sound":
    import calmfloor.ui.kit.sound as sound

    sound._import_qtmultimedia = lambda: None
if mode == "ours without fonts":
    import calmfloor.ui.kit.theme as theme

    theme.install_fonts = lambda app: []

from calmfloor.ui.shell.main_window import Page

options = parse_args(["--data-dir", data_dir])
app = create_application()
window = None


def painted():
    mark("painted")
    QTimer.singleShot(IDLE_MS, idle)


def idle():
    mark("idle")
    report["pyqtgraph_at_idle"] = "pyqtgraph" in sys.modules
    report["smaps_idle_mib"] = smaps_by_kind()
    report["qt_modules_idle"] = sorted(m for m in sys.modules if m.startswith("PySide6.Qt"))
    wait_for_warmup(0)


def wait_for_warmup(waited_ms):
    # the shell's warm-up runs on its own; without it (an older window) do its work here
    if "pyqtgraph" in sys.modules or waited_ms > 20_000:
        if "pyqtgraph" not in sys.modules:
            from calmfloor.ui.history.warmup import warm_up

            warm_up()
            report["warmed_by_benchmark"] = True
        mark("warmed")
        open_pages()
        return
    QTimer.singleShot(100, lambda: wait_for_warmup(waited_ms + 100))


def open_pages():
    for name, page in (
        ("relax", Page.RELAX),
        ("heat", Page.HEAT),
        ("settings", Page.SETTINGS),
        ("history", Page.HISTORY),
    ):
        window.show_page(page)
        window.repaint()
        app.processEvents()
        mark(name)
    finish()


first = FirstPaint("main-window", painted)
app.installEventFilter(first)
window = build_window(app, options)
app.exec()
window.close()
window.context.close()
"""


def run_child(mode: str) -> dict[str, object]:
    """One fresh child in ``mode``; its report."""
    data_dir = tempfile.mkdtemp(prefix="calmfloor-bench-rss-")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        proc = subprocess.run(
            [sys.executable, "-c", CHILD, mode, data_dir, str(SRC)],
            capture_output=True,
            text=True,
            timeout=CHILD_TIMEOUT_S,
            env=env,
        )
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("RESULT ")]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"{mode} failed (exit {proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    report: dict[str, object] = json.loads(lines[-1].removeprefix("RESULT "))
    return report


def process_rss_mib(pid: int) -> float:
    """``VmRSS`` of another process, in MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for {pid}")


OUTSIDE_MARKS_S = (("idle", 1.0), ("warmed", 5.0))  # after the first paint


def run_outside(name: str, command: list[str]) -> dict[str, object]:
    """Start ``command`` as a person would, and read its RSS from outside at each mark."""
    scratch = Path(tempfile.mkdtemp(prefix="calmfloor-bench-rss-"))
    env = logged_child_env(scratch)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = str(SRC)
    command = [part.replace("{data}", str(scratch / "data")) for part in command]
    report: dict[str, object] = {"rss_mib": {}}
    proc = subprocess.Popen(
        command,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        errors="replace",
        env=env,
    )
    painted = threading.Event()

    def drain() -> None:  # Qt logs every repaint: keep the pipe empty
        assert proc.stderr is not None
        for line in proc.stderr:
            if FIRST_FLUSH in line:
                painted.set()

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    try:
        if not painted.wait(CHILD_TIMEOUT_S):
            raise RuntimeError(f"{name} never painted (exit {proc.poll()})")
        at = time.monotonic()
        rss = report["rss_mib"]
        assert isinstance(rss, dict)
        rss["painted"] = process_rss_mib(proc.pid)
        for mark, after_s in OUTSIDE_MARKS_S:
            time.sleep(max(0.0, at + after_s - time.monotonic()))
            rss[mark] = process_rss_mib(proc.pid)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        reader.join(timeout=5)
        shutil.rmtree(scratch, ignore_errors=True)
    return report


def median_rss(reports: list[dict[str, object]], key: str) -> float | None:
    values = [r["rss_mib"][key] for r in reports if key in r["rss_mib"]]  # type: ignore[index,operator]
    return statistics.median(values) if values else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3, help="children per variant")
    parser.add_argument(
        "--frozen", type=Path, help="a one-folder build's calmfloor folder: also measure it"
    )
    parser.add_argument(
        "--frozen-bare", type=Path, help="the frozen bare window's folder (default: build it)"
    )
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args(argv)
    outside = {
        "standalone bare": [sys.executable, str(BARE_SCRIPT)],
        "standalone ours": [sys.executable, "-m", "calmfloor", "--data-dir", "{data}"],
    }
    if args.frozen is not None:
        bare = frozen_bare(args.frozen_bare)
        outside["frozen bare"] = [str(bare / BARE_NAME)]
        outside["frozen ours"] = [str(args.frozen / "calmfloor"), "--data-dir", "{data}"]
    run_child("ours")  # writes the bytecode, fills the page cache; not counted
    variants = [*VARIANTS, *outside]
    reports: dict[str, list[dict[str, object]]] = {variant: [] for variant in variants}
    for _ in range(args.repeats):
        for variant in variants:  # interleaved, so that load falls on every variant alike
            if variant in outside:
                reports[variant].append(run_outside(variant, outside[variant]))
            else:
                reports[variant].append(run_child(variant))

    print(f"RSS in MiB, median of {args.repeats} fresh processes each; '–': not measured")
    print(f"{'variant':24}" + "".join(f"{c:>10}" for c in CHECKPOINTS))
    for variant in variants:
        cells = []
        for key in CHECKPOINTS:
            value = median_rss(reports[variant], key)
            cells.append("–" if value is None else f"{value:.1f}")
        print(f"{variant:24}" + "".join(f"{c:>10}" for c in cells))
    ours = reports["ours"]
    idle = median_rss(ours, "idle") or 0.0

    def cost(variant: str, key: str = "idle") -> float:
        return (median_rss(reports[variant], key) or 0.0) - (median_rss(ours, key) or 0.0)

    bare = median_rss(reports["bare"], "idle") or 0.0
    print("\nwhat costs what at IDLE (MiB):")
    print(f"  bare window                                    {bare:6.1f}")
    print(f"  calmfloor above the bare window                {idle - bare:6.1f}")
    mm = (median_rss(reports["bare+qtmultimedia"], "idle") or 0.0) - bare
    print(f"  QtMultimedia and one sound effect (bare + it)   {mm:6.1f}")
    print(f"  sound cues in calmfloor (ours - without sound)  {-cost('ours without sound'):6.1f}")
    print(f"  shipped fonts (ours - without fonts)            {-cost('ours without fonts'):6.1f}")
    steps = [("warmed", "idle"), ("relax", "warmed"), ("heat", "relax")]
    steps += [("settings", "heat"), ("history", "settings")]
    for later, earlier in steps:
        delta = (median_rss(ours, later) or 0.0) - (median_rss(ours, earlier) or 0.0)
        label = "History's warm-up (pyqtgraph, numpy)" if later == "warmed" else f"{later} page"
        print(f"  {label:46} {delta:6.1f}")
    smaps = ours[0]["smaps_idle_mib"]
    bare_smaps = reports["bare"][0]["smaps_idle_mib"]
    assert isinstance(smaps, dict) and isinstance(bare_smaps, dict)
    print("\nat IDLE by mapping (/proc/self/smaps Rss, first child, MiB):")
    print(f"  {'':32} {'bare':>6} {'ours':>6}")
    for kind, mib in sorted(smaps.items(), key=lambda item: -item[1]):
        print(f"  {kind:32} {bare_smaps.get(kind, 0.0):6.1f} {mib:6.1f}")
    print(f"Qt modules at IDLE: {', '.join(ours[0]['qt_modules_idle'])}")  # type: ignore[arg-type]
    if any(r.get("warmed_by_benchmark") for r in ours):
        print("(History's warm-up did not run by itself: the benchmark imported the charts)")

    results: dict[str, bool | Measured] = {"idle_rss_mib": Measured(idle, IDLE_BUDGET_MIB)}
    for side in ("standalone", "frozen"):
        if f"{side} ours" in reports:
            ours_idle = median_rss(reports[f"{side} ours"], "idle") or 0.0
            bare_idle = median_rss(reports[f"{side} bare"], "idle") or 0.0
            print(
                f"{side}: ours {ours_idle:.1f} MiB at IDLE, {ours_idle - bare_idle:.1f} above bare"
            )
            results[f"idle_rss_mib {side}"] = Measured(ours_idle, IDLE_BUDGET_MIB)
    results["no_pyqtgraph_at_idle"] = not any(r["pyqtgraph_at_idle"] for r in ours)
    status = print_verdicts(results)
    if args.json:
        from PySide6 import __version__ as pyside_version

        payload = {
            **machine_info(os.environ.get("QT_QPA_PLATFORM", "offscreen"), pyside_version),
            "repeats": args.repeats,
            "medians_mib": {
                v: {k: median_rss(reports[v], k) for k in CHECKPOINTS} for v in variants
            },
            "reports": reports,
            "budgets": results,
        }
        args.json.write_text(json.dumps(payload, indent=2) + "\n")
    return status


if __name__ == "__main__":
    sys.exit(main())
