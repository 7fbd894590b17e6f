"""How a running session ticks and is recorded: wake intervals and the history recorder."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from calmfloor.core.clock import Clock
from calmfloor.core.session import Outcome, Ratings, SessionRecord
from calmfloor.storage.errors import StorageWriteError
from calmfloor.storage.history_db import HistoryStore

FRAME_INTERVAL_MS = 16  # ~60 Hz repaint while the pacer is on screen


WHOLE_SECOND_INTERVAL_MS = 1000  # reduced motion: the screen changes once a second


HIDDEN_SLACK_MS = 2  # when nothing is painted, wake just after the next phase boundary


_FLOAT_SLACK_MS = 1e-6  # float noise must not round a wait up by a whole millisecond


def wake_interval_ms(phase_left_s: float, painting: bool, frame_ms: int) -> int:
    """How long a session's ticker sleeps (breathing and relax share this).

    Args:
        phase_left_s: seconds left in the current phase.
        painting: whether the page is on screen; if not, wake just after the phase ends.
        frame_ms: the painting interval; ``WHOLE_SECOND_INTERVAL_MS`` or more (reduced
            motion) wakes only as the shown second count drops.
    """
    left_ms = phase_left_s * 1000
    if not painting:
        return max(int(left_ms) + HIDDEN_SLACK_MS, 1)
    if frame_ms < WHOLE_SECOND_INTERVAL_MS:
        return frame_ms
    # whole seconds: wake as the shown second count (rounded up) drops
    to_second_ms = left_ms - math.floor(left_ms / 1000 - _FLOAT_SLACK_MS) * 1000
    wait_ms = min(to_second_ms, float(frame_ms))
    return max(math.ceil(wait_ms - _FLOAT_SLACK_MS) + HIDDEN_SLACK_MS, 1)


HEARTBEAT_S = 15.0  # how often a running session's row is refreshed, for crash recovery


class HistoryRecorder(QObject):
    """What every session recorder shares: the store, write-failure reporting, ratings.

    Subclasses follow one controller: they begin a row when a session starts (so a crash
    leaves a trace that the next start marks as interrupted), refresh it at most every
    ``HEARTBEAT_S`` from the controller's own signals (no timer of their own), and finish it
    when the session ends.

    Args:
        store: the history store, or None when history is unavailable this run.
        clock: gives the wall-clock times stored in the record.

    Signals:
        saved(int): session row ``id`` is complete (ratings may still follow).
        save_failed(object): a ``StorageWriteError``; the session goes on regardless.
    """

    saved = Signal(int)
    save_failed = Signal(object)

    def __init__(
        self, store: HistoryStore | None, clock: Clock, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._clock = clock
        self._id: int | None = None
        self._last_beat = 0.0
        self._before = Ratings()
        self.last_saved_id: int | None = None

    @property
    def can_save(self) -> bool:
        """True when sessions are being stored."""
        return self._store is not None and not self._store.read_only

    def set_before_ratings(self, ratings: Ratings) -> None:
        """Ratings given before the next session starts."""
        self._before = ratings

    def set_after_ratings(self, tension: int | None, pain: int | None) -> None:
        """Add after-session ratings to the last saved session."""
        row = self.last_saved_id
        if self._store is None or row is None:
            return
        if tension is None and pain is None:
            return
        record = self._store.get(row)
        if record is None:
            return
        ratings = Ratings(record.ratings.tension_before, record.ratings.pain_before, tension, pain)
        self._write(lambda store: store.set_ratings(row, ratings))

    def _write(self, action: Callable[[HistoryStore], object]) -> object:
        if not self.can_save:
            return None
        assert self._store is not None
        try:
            return action(self._store)
        except StorageWriteError as exc:
            self.save_failed.emit(exc)
            return None

    def _begin(self, record: SessionRecord) -> None:
        """Store the starting session (with the ratings given before it)."""
        record = record.with_(ratings=self._before)
        self._before = Ratings()
        new_id = self._write(lambda store: store.begin(record))
        self._id = new_id if isinstance(new_id, int) else None
        self._last_beat = self._clock.now()

    def _heartbeat_due(self) -> bool:
        """True (and the beat noted) when a running row should be refreshed now."""
        if self._id is None:
            return False
        now = self._clock.now()
        if now - self._last_beat < HEARTBEAT_S:
            return False
        self._last_beat = now
        return True

    def _finish(
        self,
        actual_s: float,
        outcome: Outcome,
        breaths: int = 0,
        details: dict[str, Any] | None = None,
    ) -> None:
        """Close the running row with its final figures and announce it."""
        row, self._id = self._id, None
        if row is None:
            return
        self._write(
            lambda store: store.finish(
                row, self._clock.wall(), actual_s, outcome, breaths, details=details
            )
        )
        self.last_saved_id = row
        self.saved.emit(row)
