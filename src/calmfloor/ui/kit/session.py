"""How a running session ticks and is recorded: one driver, wake intervals, the recorder."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from calmfloor.core.clock import Clock
from calmfloor.core.session import Outcome, Ratings, SessionRecord
from calmfloor.storage.errors import StorageWriteError
from calmfloor.storage.history_db import HistoryStore

FRAME_INTERVAL_MS = 16  # ~60 Hz repaint while a session's page is on screen


WHOLE_SECOND_INTERVAL_MS = 1000  # reduced motion: the screen changes once a second


HIDDEN_SLACK_MS = 2  # when nothing is painted, wake just after the next phase boundary


FLOAT_SLACK_MS = 1e-6  # float noise must not round a wait up by a whole millisecond

RUNNING = "running"  # the running state's value in every core session (a ``StrEnum``)


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
    to_second_ms = left_ms - math.floor(left_ms / 1000 - FLOAT_SLACK_MS) * 1000
    wait_ms = min(to_second_ms, float(frame_ms))
    return max(math.ceil(wait_ms - FLOAT_SLACK_MS) + HIDDEN_SLACK_MS, 1)


class SessionSample(Protocol):
    """What the driver needs of a core session's sample."""

    @property
    def phase_left_s(self) -> float:
        """Seconds left in the current phase."""
        ...


SampleT = TypeVar("SampleT", bound=SessionSample)
EventT = TypeVar("EventT")
_SampleT_co = TypeVar("_SampleT_co", bound=SessionSample, covariant=True)


class CoreSession(Protocol[_SampleT_co, EventT]):
    """What the driver needs of a core session (``BreathingSession``, ``RoutineSession``):
    controls that take ``now`` and return events, and a sample at any time."""

    @property
    def state(self) -> str:
        """The session's state (a ``StrEnum``; ``"running"`` while it runs)."""
        ...

    @property
    def is_active(self) -> bool:
        """True while running or paused."""
        ...

    def sample(self, now: float) -> _SampleT_co:
        """The frame at ``now``."""
        ...

    def advance(self, now: float) -> tuple[list[EventT], _SampleT_co]:
        """The events up to ``now`` and the frame at ``now``."""
        ...

    def toggle(self, now: float) -> list[EventT]:
        """Pause or resume."""
        ...

    def pause(self, now: float) -> list[EventT]:
        """Pause."""
        ...

    def resume(self, now: float) -> list[EventT]:
        """Resume."""
        ...

    def stop(self, now: float) -> list[EventT]:
        """Stop early."""
        ...


SessionT = TypeVar("SessionT", bound=CoreSession[Any, Any])


class SessionDriver(QObject, Generic[SessionT, SampleT, EventT]):
    """Owns one core session and its one named ticker (breathing and relax share this).

    The ticker runs only while the session runs. While the page is painted it fires every
    ``FRAME_INTERVAL_MS`` (with reduced motion every whole second of the phase countdown,
    so every phase boundary is still met exactly); while the page is hidden it wakes only
    at the next phase boundary, so the sound cues keep their timing at almost no cost.
    Every tick asks the core for the sample at ``clock.now()``: timing never depends on
    tick counts.

    Subclasses name their core's event classes (``phase_event``, ``state_event``,
    ``end_event``), start their own kind of session (``_begin``) and turn the other events
    into their own signals (``_emit_event``).

    Args:
        clock: monotonic ``now()`` for the core.
        ticker_name: the ticker's object name (``breathing-ticker``, ``relax-ticker``).
        parent: the Qt parent.

    Signals:
        sample_changed(object): a new frame to paint.
        state_changed(str): the session state's value after a change.
        ended(object): the core's end event, once per session.
    """

    sample_changed = Signal(object)
    state_changed = Signal(str)
    ended = Signal(object)

    phase_event: type = object  # the core's "a phase began" event
    state_event: type = object  # ...its "the state changed" event (has ``state``)
    end_event: type = object  # ...and its "the session ended" event

    def __init__(self, clock: Clock, ticker_name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._session: SessionT | None = None
        self._painting = True
        self._frame_ms = FRAME_INTERVAL_MS
        self._ticker = QTimer(self)
        self._ticker.setObjectName(ticker_name)
        self._ticker.setTimerType(Qt.TimerType.PreciseTimer)
        self._ticker.timeout.connect(self.tick)

    @property
    def session(self) -> SessionT | None:
        """The current (or last) session, if any."""
        return self._session

    @property
    def is_active(self) -> bool:
        """True while a session runs or is paused."""
        return self._session is not None and self._session.is_active

    @property
    def ticker(self) -> QTimer:
        """The one timer this driver runs (exposed for tests and benchmarks)."""
        return self._ticker

    @property
    def frame_interval_ms(self) -> int:
        """The ticker interval while painting."""
        return self._frame_ms

    def sample(self) -> SampleT | None:
        """The sample at the clock's current time, or None with no session."""
        return self._session.sample(self._clock.now()) if self._session else None

    # ----- controls ------------------------------------------------------------------

    def _begin(self, session: SessionT, start: Callable[[float], list[EventT]]) -> None:
        """Replace the session (a running one is stopped first) and start it."""
        if self.is_active:
            self.stop()
        self._session = session
        self._dispatch(start(self._clock.now()))

    def toggle(self) -> None:
        """Pause a running session or resume a paused one."""
        if self._session is not None and self._session.is_active:
            self._dispatch(self._session.toggle(self._clock.now()))

    def pause(self) -> None:
        """Pause the running session."""
        if self._session is not None:
            self._dispatch(self._session.pause(self._clock.now()))

    def resume(self) -> None:
        """Resume the paused session."""
        if self._session is not None:
            self._dispatch(self._session.resume(self._clock.now()))

    def stop(self) -> None:
        """Stop the session early (it is recorded as stopped)."""
        if self._session is not None:
            self._dispatch(self._session.stop(self._clock.now()))

    # ----- ticking -------------------------------------------------------------------

    def set_painting(self, painting: bool) -> None:
        """Tell the driver whether anyone is looking at the frames."""
        self._painting = painting
        self._reschedule()

    def set_frame_interval_ms(self, interval_ms: int) -> None:
        """The ticker interval while painting; ``WHOLE_SECOND_INTERVAL_MS`` or more wakes
        on the whole seconds of the phase countdown (reduced motion)."""
        self._frame_ms = max(int(interval_ms), 1)
        self._reschedule()

    def set_reduced_motion(self, reduced: bool) -> None:
        """No 60 Hz frames with reduced motion: the picture steps once a second at most."""
        self.set_frame_interval_ms(WHOLE_SECOND_INTERVAL_MS if reduced else FRAME_INTERVAL_MS)

    def tick(self) -> None:
        """Advance to ``clock.now()``: emit events, then the frame to paint."""
        if self._session is None:
            return
        self._emit(*self._session.advance(self._clock.now()))

    def _reschedule(self) -> None:
        sample = self.sample()
        if sample is not None:
            self._schedule(sample)

    def _dispatch(self, events: list[EventT]) -> None:
        """Emit the events of a control, then the current frame."""
        assert self._session is not None
        self._emit(events, self._session.sample(self._clock.now()))

    def _emit(self, events: Sequence[EventT], sample: SampleT) -> None:
        for event in events:
            if isinstance(event, self.state_event):
                changed: Any = event  # the core's StateChanged: its ``state`` is a StrEnum
                self.state_changed.emit(changed.state.value)
            elif isinstance(event, self.end_event):
                self.ended.emit(event)
            else:
                self._emit_event(event)
        # hidden: a phase start alone paints nothing, a pause or the end still does
        if self._painting or any(not isinstance(e, self.phase_event) for e in events):
            self.sample_changed.emit(sample)
        self._schedule(sample)

    def _schedule(self, sample: SampleT) -> None:
        if self._session is None or self._session.state != RUNNING:
            self._ticker.stop()
            return
        interval = wake_interval_ms(self._wake_left_s(sample), self._painting, self._frame_ms)
        if not self._ticker.isActive() or self._ticker.interval() != interval:
            self._ticker.start(interval)

    # ----- what each kind of session adds ------------------------------------------------

    def _emit_event(self, event: EventT) -> None:
        """Re-emit one core event (not a state change or the end) as a Qt signal."""
        raise NotImplementedError

    def _wake_left_s(self, sample: SampleT) -> float:
        """Seconds until the ticker must wake at the latest (the phase's end)."""
        return sample.phase_left_s


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
