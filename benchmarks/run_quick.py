"""A quick pass of every benchmark, as CI runs it after the tests: their tables and verdicts.

    python benchmarks/run_quick.py                                   # offscreen, ~2 minutes
    python benchmarks/run_quick.py --frozen build/frozen/calmfloor   # and the frozen build

Each benchmark runs in its own process with short settings and ``CALMFLOOR_BENCH_CI=1``:
budgets that do not depend on how busy the machine is (no pyqtgraph at start-up, no timer and
no timer event when idle, the heat alarm never early, no memory growth over a simulated
session) fail at their line; measured figures (times, ratios of times, CPU shares) are printed
and fail only beyond twice their budget (see ``common.Measured``). The exit status is 1 when
any benchmark failed. Start-up is timed warm and cold, and, with ``--frozen`` (the folder
``packaging/build_frozen.py`` just built), the frozen build as well; so is idle memory.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
QUICK = (
    ("start-up", ["bench_startup.py", "--rounds", "5", "--warmup", "1"]),
    ("idle", ["bench_idle.py", "--seconds", "4"]),
    ("memory", ["bench_memory.py", "--frames", "7200"]),
    ("history", ["bench_history.py", "--rounds", "5"]),
    ("history warm-up during a session", ["bench_warmup.py", "--seconds", "8"]),
    ("idle memory", ["bench_rss.py", "--repeats", "1"]),
    ("pacer", ["bench_pacer.py", "--seconds", "4"]),
    ("heat alarm", ["bench_heat_alarm.py", "--quick"]),
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frozen", type=Path, help="the one-folder build's calmfloor folder")
    args = parser.parse_args(argv)
    extra = {"start-up": ["--cold"]}
    if args.frozen is not None:
        extra["start-up"] += ["--frozen", str(args.frozen)]
        extra["idle memory"] = ["--frozen", str(args.frozen)]
    env = {**os.environ, "CALMFLOOR_BENCH_CI": "1"}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    failed: list[str] = []
    for name, quick in QUICK:
        command = [*quick, *extra.get(name, [])]
        print(f"\n===== {name}: {' '.join(command)}", flush=True)
        started = time.monotonic()
        done = subprocess.run([sys.executable, str(HERE / command[0]), *command[1:]], env=env)
        print(f"===== {name}: exit {done.returncode} in {time.monotonic() - started:.0f} s")
        if done.returncode != 0:
            failed.append(name)
    print("\nbenchmarks failed: " + ", ".join(failed) if failed else "\nevery benchmark passed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
