"""Shared by the benchmark scripts: the machine facts in every JSON report, and the verdict."""

from __future__ import annotations

import math
import os
import platform
from collections.abc import Mapping
from typing import NamedTuple


def percentile(values: list[float], q: float) -> float:
    """The ``q`` percentile (0..100) by linear interpolation; nan for no values."""
    if not values:
        return math.nan
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100
    low = math.floor(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def machine_info(platform_name: str, pyside_version: str) -> dict[str, object]:
    """What every JSON report records about where it ran."""
    return {
        "platform": platform_name,
        "python": platform.python_version(),
        "pyside6": pyside_version,
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
    }


CI_ENV = "CALMFLOOR_BENCH_CI"  # set by benchmarks/run_quick.py, as .ci/run calls it
CI_SLACK = 2.0  # in CI a measured budget fails only beyond twice its value


class Measured(NamedTuple):
    """A budget on a figure that depends on how busy the machine is (a time, a ratio of
    times, memory): ``value`` must be at most ``budget``. On a shared CI machine such a
    figure is printed and kept, but fails the run only beyond ``CI_SLACK`` times its budget,
    so noise does not block a landing while a real regression does. Budgets that do not
    depend on load (no pyqtgraph at start-up, no timer when idle, an alarm never early) are
    plain booleans and always fail at the line."""

    value: float
    budget: float

    def __bool__(self) -> bool:
        return self.value <= self.budget


def print_verdicts(results: Mapping[str, bool | Measured]) -> int:
    """Print PASS/FAIL per budget; the exit status (0 only when every budget passed; under
    ``CALMFLOOR_BENCH_CI=1`` a measured budget only fails beyond twice its value)."""
    in_ci = os.environ.get(CI_ENV) == "1"
    failed = False
    for name, result in results.items():
        if isinstance(result, Measured):
            line = f"{name}: {result.value:.3g} (budget {result.budget:.3g})"
            if result:
                print(f"PASS  {line}")
            elif in_ci and result.value <= result.budget * CI_SLACK:
                print(f"OVER  {line}, within {CI_SLACK:g}x: kept, not failed (a shared machine)")
            else:
                print(f"FAIL  {line}")
                failed = True
        else:
            print(f"{'PASS' if result else 'FAIL'}  {name}")
            failed = failed or not result
    return 1 if failed else 0
