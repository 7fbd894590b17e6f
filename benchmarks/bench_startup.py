"""Start-up time to the first painted window: calmfloor against a bare PySide6 window.

Run under a real X server (Xvfb or a desktop) or with ``QT_QPA_PLATFORM=offscreen``::

    python benchmarks/bench_startup.py [--rounds 10] [--cold] [--frozen DIR] [--json FILE]

Every measurement is a fresh child process, so each pays the interpreter start, every
import and the first connection to the display, as a user does. In each case the children
alternate, baseline then ours, for ``--rounds`` rounds after ``--warmup`` discarded rounds
(which fill the page cache and write the bytecode):

* INSTALLED (always): the same interpreter with ``python -c``.
  BASELINE: import ``PySide6.QtWidgets``, create the ``QApplication``, a ``QMainWindow``
  with a ``QLabel`` as central widget, show it. OURS: calmfloor's real start path as
  ``main()`` runs it: ``parse_args`` with a fresh temporary ``--data-dir`` per run, the Qt
  binding check, ``create_application()`` and ``build_window()`` (profile load, theme,
  ``MainWindow.show()``).
* STANDALONE (always): what a person runs, timed from Qt's log like FROZEN below:
  OURS is ``python -c`` running ``calmfloor.app.main()`` from this checkout with
  ``--data-dir TMP`` (the whole ``main()``: policy, single instance, language);
  BASELINE is ``python frozen_bare_window.py``. No code of the benchmark runs in either.
  The INSTALLED children's application-wide event filter is Python code that sees every
  object's events, and PySide6 identifies each object it has not met by creating every
  class it might be (126 enum types for calmfloor's window, about 15 ms that calmfloor
  itself never spends, and far fewer for the bare window). STANDALONE's bare window, on the
  other hand, pays neither that filter nor the prelude, and starts in about 90 ms. The
  table prints STANDALONE beside the others; the verdicts judge the cases the budget was
  set on (INSTALLED and FROZEN), so a new, stricter measure does not fail a landing by
  itself. Read both: docs/performance.md says what each shows.
* FROZEN (``--frozen DIR``, the one-folder build's ``calmfloor`` folder, as
  ``packaging/build_frozen.py`` makes it): OURS is ``DIR/calmfloor --data-dir TMP``, the
  whole ``main()``; BASELINE is the same bare window frozen by PyInstaller the same way
  (one folder, no UPX), built once from ``frozen_bare_window.py`` into
  ``build/frozen-bare/`` (about ten seconds; ``--frozen-bare DIR`` uses another build).
* COLD (``--cold``): each case again, with the page cache of its files dropped before every
  child (``posix_fadvise(POSIX_FADV_DONTNEED)`` on every file, which needs no root): for the
  installed case calmfloor's source and assets, PySide6, shiboken6, platformdirs and the
  standard library; for the frozen case both frozen folders. Pages that another running
  process has mapped stay in memory (on a shared machine, Qt's libraries often are), so the
  table says how much of the files was still resident after the drop.

How the time is taken: the parent reads ``CLOCK_MONOTONIC`` (system-wide on Linux) just
before it spawns the child. The installed children get it in ``argv`` and install the same
application event filter before showing the window; it notes the first ``Paint`` event of
the window and posts a zero timer, which runs once that repaint pass, including the flush
of the backing store to the window system, has returned; they also report their own
milestones and, for ours, whether ``pyqtgraph`` was imported by then. A frozen program runs
no code of ours, so there Qt itself says when: with ``qt.widgets.painting`` logging on, the
parent timestamps the first "Flushing top level" line on the child's standard error (the
end of the first paint pass) and then ends the child. Both sides of a case are timed the
same way, so each ratio compares like with like.

Budgets: in every case the median start-up of ours is at most 1.3 times the baseline's
median (a measured budget, ``common.Measured``), and ``pyqtgraph`` is not imported by then.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import signal
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from common import Measured, machine_info, print_verdicts

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SRC = ROOT / "src"
BARE_SCRIPT = HERE / "frozen_bare_window.py"
DEFAULT_FROZEN_BARE = ROOT / "build" / "frozen-bare"
BARE_NAME = "bare-window"
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

# calmfloor's own imports and the binding check come before PySide6 is imported, as in
# ``app.main()`` (PySide6 scans the source of every module imported after it, unless the
# check has told it not to): so the paint filter is defined after them on this side.
OURS_HEAD = """
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
"""

OURS_BODY = """
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


@dataclass
class Case:
    """One comparison: how to run each side, and which files a cold start must read."""

    name: str
    run_baseline: Callable[[], Run]
    run_ours: Callable[[], Run]
    cold_files: list[Path] | None = None  # None: warm (nothing dropped)
    base: Summary = field(default_factory=lambda: Summary("baseline"))
    ours: Summary = field(default_factory=lambda: Summary("ours"))
    resident_after_drop: float | None = None  # share of cold_files' bytes still cached

    def run_pair(self) -> tuple[Run, Run]:
        """Baseline then ours, each from a dropped page cache in a cold case."""
        if self.cold_files is not None:
            drop_page_cache(self.cold_files)
            if self.resident_after_drop is None:
                self.resident_after_drop = resident_share(self.cold_files)
        baseline = self.run_baseline()
        if self.cold_files is not None:
            drop_page_cache(self.cold_files)
        return baseline, self.run_ours()

    @property
    def ratio(self) -> float:
        return self.ours.startup_s / self.base.startup_s


def child_code(name: str) -> str:
    if name == "baseline":
        return CHILD_PRELUDE + CHILD_PAINT_FILTER + BASELINE_BODY
    return CHILD_PRELUDE + OURS_HEAD + CHILD_PAINT_FILTER + OURS_BODY


# An installed calmfloor has its bytecode compiled by pip; a source checkout run with
# PYTHONDONTWRITEBYTECODE would recompile every module in every child (~35 ms here) and
# charge ours for work a user never pays. The warm-up rounds write the bytecode.
CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run_child(name: str) -> Run:
    """Spawn one installed child and parse its report; raises on a crash or no report."""
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


# The frozen case: Qt logs the end of each paint pass of a top-level window; the app's own
# quiet rules (calmfloor.app.QUIET_LOGGING_RULES) are kept, since the variable replaces them.
FLUSH_LOGGING_RULES = (
    "qt.multimedia.symbolsresolver=false;qt.multimedia.ffmpeg=false;qt.widgets.painting.info=true"
)
FIRST_FLUSH = "Flushing top level"


def logged_child_env(scratch: Path) -> dict[str, str]:
    """The environment of a child timed from Qt's log: its home, runtime and data folders
    in ``scratch`` (so calmfloor finds no other instance of itself, and no policy or data
    folder of the machine's), Qt's first-flush log line on."""
    runtime = scratch / "run"
    runtime.mkdir(mode=0o700)
    env = dict(CHILD_ENV)
    env.pop("CALMFLOOR_DATA_DIR", None)
    env.pop("CALMFLOOR_POLICY_FILE", None)
    env.update(
        QT_LOGGING_RULES=FLUSH_LOGGING_RULES,
        QT_MESSAGE_PATTERN="%{category}|%{message}",
        XDG_RUNTIME_DIR=str(runtime),
        XDG_CONFIG_HOME=str(scratch / "config"),
        XDG_DATA_HOME=str(scratch / "data-home"),
        XDG_STATE_HOME=str(scratch / "state"),
        XDG_CACHE_HOME=str(scratch / "cache"),
    )
    return env


def run_logged(name: str, command: list[str]) -> Run:
    """Spawn a program that shows a window and time its first flush from Qt's log.

    The program runs with a throwaway home, runtime folder and data folder (so calmfloor
    finds no other instance of itself), and is ended with SIGTERM once it has painted.
    """
    scratch = Path(tempfile.mkdtemp(prefix="calmfloor-bench-frozen-"))
    env = logged_child_env(scratch)
    command = [part.replace("{data}", str(scratch / "data")) for part in command]
    painted = math.nan
    try:
        spawned = time.clock_gettime(time.CLOCK_MONOTONIC)
        proc = subprocess.Popen(
            command,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            errors="replace",
            env=env,
        )
        watchdog = threading.Timer(CHILD_TIMEOUT_S, proc.kill)
        watchdog.start()
        log: list[str] = []
        try:
            assert proc.stderr is not None
            for line in proc.stderr:
                if FIRST_FLUSH in line:
                    painted = time.clock_gettime(time.CLOCK_MONOTONIC) - spawned
                    break
                log.append(line)
            proc.send_signal(signal.SIGTERM)
            proc.communicate(timeout=CHILD_TIMEOUT_S)
        finally:
            watchdog.cancel()
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        wall = time.clock_gettime(time.CLOCK_MONOTONIC) - spawned
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    if math.isnan(painted):
        tail = "".join(log[-20:])
        raise RuntimeError(f"{name} never painted (exit {proc.returncode}):\n{tail}")
    return Run(name=name, marks={"painted": painted}, wall_s=wall, platform="(from Qt's log)")


def tree_files(roots: Iterable[Path]) -> list[Path]:
    """Every regular file under ``roots`` (a root may be a file)."""
    files: list[Path] = []
    for root in roots:
        if root.is_file():
            files.append(root)
            continue
        for folder, _dirs, names in os.walk(root):
            files.extend(Path(folder, name) for name in names)
    return [path for path in files if path.is_file() and not path.is_symlink()]


def drop_page_cache(files: Iterable[Path]) -> None:
    """Ask the kernel to forget the cached pages of ``files`` (no root needed).

    Pages that a running process has mapped, or that are dirty, stay.
    """
    for path in files:
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            continue
        try:
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)


def resident_share(files: list[Path]) -> float | None:
    """The share of ``files``' bytes in the page cache, from util-linux ``fincore``."""
    if shutil.which("fincore") is None:
        return None
    resident = total = 0
    for start in range(0, len(files), 400):
        chunk = [str(path) for path in files[start : start + 400]]
        out = subprocess.run(
            ["fincore", "--bytes", "--raw", "--noheadings", "-o", "RES,SIZE", *chunk],
            capture_output=True,
            text=True,
            check=False,
        ).stdout
        for line in out.splitlines():
            parts = line.split()
            if len(parts) == 2 and parts[0].isdigit() and parts[1].isdigit():
                resident += int(parts[0])
                total += int(parts[1])
    return resident / total if total else None


def installed_files() -> list[Path]:
    """What an installed calmfloor reads at start-up, for the cold case."""
    import platformdirs
    import PySide6
    import shiboken6

    roots = [SRC / "calmfloor", ROOT / "assets", Path(sysconfig.get_paths()["stdlib"])]
    roots += [Path(module.__file__).parent for module in (PySide6, shiboken6, platformdirs)]
    return tree_files(roots)


def frozen_bare(folder: Path | None) -> Path:
    """The frozen bare window's folder: ``folder``, or built into build/frozen-bare/."""
    if folder is not None:
        return folder
    dist = DEFAULT_FROZEN_BARE
    program = dist / BARE_NAME / BARE_NAME
    if program.exists() and program.stat().st_mtime >= BARE_SCRIPT.stat().st_mtime:
        return dist / BARE_NAME
    work = dist.with_name("frozen-bare-work")
    started = time.monotonic()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--onedir",
            "--noupx",
            "--name",
            BARE_NAME,
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            "--specpath",
            str(work),
            str(BARE_SCRIPT),
        ],
        check=True,
    )
    print(f"built the frozen bare window in {time.monotonic() - started:.0f} s", flush=True)
    return dist / BARE_NAME


# calmfloor's main() from this checkout's src (the interpreter may have another installed)
STANDALONE = (
    f"import sys; sys.path.insert(0, {str(SRC)!r}); "
    "from calmfloor.app import main; sys.exit(main())"
)


def make_cases(frozen: Path | None, bare_folder: Path | None, cold: bool) -> list[Case]:
    """The cases to run: installed, and frozen when given; each warm, and cold if asked."""
    cases = [
        Case("installed", lambda: run_child("baseline"), lambda: run_child("ours")),
        Case(
            "standalone",
            lambda: run_logged("baseline", [sys.executable, str(BARE_SCRIPT)]),
            lambda: run_logged("ours", [sys.executable, "-c", STANDALONE, "--data-dir", "{data}"]),
        ),
    ]
    frozen_pair: tuple[Path, Path] | None = None
    if frozen is not None:
        bare = frozen_bare(bare_folder)
        frozen_pair = (frozen, bare)
        bare_program, ours_program = str(bare / BARE_NAME), str(frozen / "calmfloor")
        cases.append(
            Case(
                "frozen",
                lambda: run_logged("baseline", [bare_program]),
                lambda: run_logged("ours", [ours_program, "--data-dir", "{data}"]),
            )
        )
    if cold:
        for warm in list(cases):
            frozen_files = warm.name == "frozen"
            files = tree_files(frozen_pair or ()) if frozen_files else installed_files()
            cases.append(Case(f"{warm.name} cold", warm.run_baseline, warm.run_ours, files))
    return cases


def verdict(cases: list[Case]) -> dict[str, bool | Measured]:
    results: dict[str, bool | Measured] = {}
    for case in cases:
        if case.name.startswith("standalone"):
            continue  # reported beside the others, not judged (see the module's docstring)
        key = "startup_ratio" if case.name == "installed" else f"startup_ratio {case.name}"
        results[key] = Measured(case.ratio, RATIO_BUDGET)
    installed = cases[0]
    results["no_pyqtgraph_at_startup"] = not any(
        run.pyqtgraph_loaded for run in installed.ours.runs
    )
    return results


def print_table(cases: list[Case]) -> None:
    installed = cases[0]
    base, ours = installed.base, installed.ours
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
    print(f"installed, warm:\n{'milestone':30} {'baseline':>10} {'ours':>10}")
    for label, key in rows:
        cells = [
            "–" if math.isnan(value) else f"{1000 * value:.1f}"
            for value in (base.median(key), ours.median(key))
        ]
        print(f"{label:30} {cells[0]:>10} {cells[1]:>10}")
    print(f"\n{'case':16} {'baseline ms':>12} {'ours ms':>10} {'ratio':>7}  still cached")
    for case in cases:
        share = case.resident_after_drop
        cached = "" if case.cold_files is None else ("?" if share is None else f"{share:.0%}")
        print(
            f"{case.name:16} {1000 * case.base.startup_s:12.1f} "
            f"{1000 * case.ours.startup_s:10.1f} {case.ratio:7.2f}  {cached}"
        )
    for case in cases:
        for side in (case.base, case.ours):
            values = ", ".join(f"{1000 * run.startup_s:.0f}" for run in side.runs)
            print(f"{case.name} {side.name} start-up ms by round: {values}")
    print(f"start-up ratio budget: <= {RATIO_BUDGET} in every case")
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
    parser.add_argument("--cold", action="store_true", help="also with the page cache dropped")
    parser.add_argument(
        "--frozen", type=Path, help="a one-folder build's calmfloor folder: also time it"
    )
    parser.add_argument(
        "--frozen-bare", type=Path, help="the frozen bare window's folder (default: build it)"
    )
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args(argv)
    frozen = args.frozen.resolve() if args.frozen else None
    if frozen is not None and not (frozen / "calmfloor").exists():
        parser.error(f"no calmfloor program in {frozen}")
    cases = make_cases(frozen, args.frozen_bare, args.cold)
    if args.cold:
        os.sync()  # dirty pages (bytecode just written) cannot be dropped
    for index in range(args.warmup + args.rounds):
        # alternate so that background load on the machine falls on both alike
        for case in cases:
            pair = case.run_pair()
            if index >= args.warmup:
                case.base.runs.append(pair[0])
                case.ours.runs.append(pair[1])
    print_table(cases)
    results = verdict(cases)
    status = print_verdicts(results)
    if args.json:
        from PySide6 import __version__ as pyside_version

        payload = {
            **machine_info(cases[0].base.runs[0].platform, pyside_version),
            "rounds": args.rounds,
            "warmup": args.warmup,
            "cases": {
                case.name: {
                    "medians_s": {
                        side.name: {
                            key: side.median(key)
                            for key in MILESTONES
                            if not math.isnan(side.median(key))
                        }
                        | {"wall": side.median("wall")}
                        for side in (case.base, case.ours)
                    },
                    "ratio": case.ratio,
                    "resident_after_drop": case.resident_after_drop,
                    "runs": {
                        side.name: [asdict(run) for run in side.runs]
                        for side in (case.base, case.ours)
                    },
                }
                for case in cases
            },
            "startup_ratio": cases[0].ratio,
            "budgets": results,
        }
        args.json.write_text(json.dumps(payload, indent=2) + "\n")
    return status


if __name__ == "__main__":
    sys.exit(main())
