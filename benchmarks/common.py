"""Shared by the benchmark scripts: the machine facts in every JSON report, and the verdict."""

from __future__ import annotations

import os
import platform


def machine_info(platform_name: str, pyside_version: str) -> dict[str, object]:
    """What every JSON report records about where it ran."""
    return {
        "platform": platform_name,
        "python": platform.python_version(),
        "pyside6": pyside_version,
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
    }


def print_verdicts(results: dict[str, bool]) -> int:
    """Print PASS/FAIL per budget; the exit status (0 only when every budget passed)."""
    for name, ok in results.items():
        print(f"{'PASS' if ok else 'FAIL'}  {name}")
    return 0 if all(results.values()) else 1
