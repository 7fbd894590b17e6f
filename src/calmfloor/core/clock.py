"""The clock protocol: the core never reads time itself, callers pass ``now`` in."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """Monotonic seconds (for timing) and wall-clock time (for records)."""

    def now(self) -> float:
        """Monotonic seconds; only differences are meaningful."""
        ...

    def wall(self) -> datetime:
        """The current wall-clock time, timezone-aware."""
        ...


class SystemClock:
    """The real clock: ``time.monotonic`` and the local wall clock."""

    def now(self) -> float:
        return time.monotonic()

    def wall(self) -> datetime:
        return datetime.now(UTC).astimezone()


class ManualClock:
    """A clock moved by hand, for tests and benchmarks.

    Args:
        start: the initial monotonic reading in seconds.
        wall_start: the wall-clock time matching ``start``.
    """

    def __init__(self, start: float = 1000.0, wall_start: datetime | None = None) -> None:
        self._now = start
        self._start = start
        self._wall_start = wall_start or datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
        self._wall_shift_s = 0.0

    def now(self) -> float:
        return self._now

    def wall(self) -> datetime:
        elapsed_s = self._now - self._start + self._wall_shift_s
        return self._wall_start + timedelta(seconds=elapsed_s)

    def advance(self, seconds: float) -> None:
        """Move time forward by ``seconds``."""
        self._now += seconds

    def sleep_machine(self, seconds: float) -> None:
        """Simulate a suspended computer: the wall clock moves, the monotonic one does not."""
        self._wall_shift_s += seconds

    def shift_wall(self, seconds: float) -> None:
        """Set the wall clock forward (or back, if negative) without time passing."""
        self._wall_shift_s += seconds

    def set(self, now: float) -> None:
        """Jump to the monotonic reading ``now``."""
        self._now = now
