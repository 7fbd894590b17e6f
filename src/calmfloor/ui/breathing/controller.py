"""QObjects that own a core state machine, drive it from one named ticker, and emit signals."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from calmfloor.core.breathing import (
    BreathingSession,
    BreathSample,
    Event,
    PhaseStarted,
    SessionEnded,
    SessionPlan,
    SessionState,
    StateChanged,
)
from calmfloor.core.clock import Clock
from calmfloor.core.session import Outcome, SessionKind, SessionRecord
from calmfloor.storage.history_db import HistoryStore
from calmfloor.ui.kit.session import FRAME_INTERVAL_MS, HistoryRecorder, wake_interval_ms


class BreathingController(QObject):
    """Owns one :class:`BreathingSession` and its ticker.

    The ticker runs only while a session runs. While the pacer is visible it fires every
    ``FRAME_INTERVAL_MS`` (with reduced motion the view asks for whole seconds, and the
    ticker then wakes as each second of the phase countdown ends, so every phase boundary
    is still met exactly); while it is hidden (window minimised, another page shown) it
    wakes only at the next phase boundary, so sound cues keep their timing at almost no
    cost. Every frame asks the core for the sample at ``clock.now()``: timing never depends
    on tick counts.

    Signals:
        sample_changed(BreathSample): a new frame to paint.
        phase_started(object, int): a phase (``Phase``) began in breath ``int`` (0-based).
        state_changed(str): the ``SessionState`` value after a change.
        ended(object): the ``SessionEnded`` event, once per session.
    """

    sample_changed = Signal(object)
    phase_started = Signal(object, int)
    state_changed = Signal(str)
    ended = Signal(object)

    def __init__(self, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._session: BreathingSession | None = None
        self._painting = True
        self._frame_ms = FRAME_INTERVAL_MS
        self._ticker = QTimer(self)
        self._ticker.setObjectName("breathing-ticker")
        self._ticker.setTimerType(Qt.TimerType.PreciseTimer)
        self._ticker.timeout.connect(self.tick)

    @property
    def session(self) -> BreathingSession | None:
        """The current (or last) session, if any."""
        return self._session

    @property
    def state(self) -> SessionState:
        """The current session's state, IDLE when there is none."""
        return self._session.state if self._session else SessionState.IDLE

    @property
    def ticker(self) -> QTimer:
        """The one timer this controller runs (exposed for tests and benchmarks)."""
        return self._ticker

    def sample(self) -> BreathSample | None:
        """The sample at the clock's current time, or None with no session."""
        return self._session.sample(self._clock.now()) if self._session else None

    def start(self, plan: SessionPlan) -> None:
        """Start a new session with ``plan``, replacing a finished one."""
        if self._session is not None and self._session.is_active:
            self.stop()
        self._session = BreathingSession(plan)
        self._dispatch(self._session.start(self._clock.now()))

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

    def set_painting(self, painting: bool) -> None:
        """Tell the controller whether anyone is looking at the frames."""
        self._painting = painting
        sample = self.sample()
        if sample is not None:
            self._schedule(sample)

    def set_frame_interval_ms(self, interval_ms: int) -> None:
        """The ticker interval while painting; ``WHOLE_SECOND_INTERVAL_MS`` or more wakes
        on the whole seconds of the phase countdown (reduced motion)."""
        self._frame_ms = max(int(interval_ms), 1)
        sample = self.sample()
        if sample is not None:
            self._schedule(sample)

    def tick(self) -> None:
        """Advance to ``clock.now()``: emit events, then the frame to paint."""
        if self._session is None:
            return
        self._emit(*self._session.advance(self._clock.now()))

    def _dispatch(self, events: list[Event]) -> None:
        """Emit the events of a start, pause, resume or stop, then the current frame."""
        assert self._session is not None
        self._emit(events, self._session.sample(self._clock.now()))

    def _emit(self, events: list[Event], sample: BreathSample) -> None:
        for event in events:
            if isinstance(event, PhaseStarted):
                self.phase_started.emit(event.phase, event.breath_index)
            elif isinstance(event, StateChanged):
                self.state_changed.emit(event.state.value)
            elif isinstance(event, SessionEnded):
                self.ended.emit(event)
        if self._painting or any(not isinstance(e, PhaseStarted) for e in events):
            self.sample_changed.emit(sample)
        self._schedule(sample)

    def _schedule(self, sample: BreathSample) -> None:
        if self.state is not SessionState.RUNNING:
            self._ticker.stop()
            return
        interval = self._interval_ms(sample)
        if not self._ticker.isActive() or self._ticker.interval() != interval:
            self._ticker.start(interval)

    def _interval_ms(self, sample: BreathSample) -> int:
        return wake_interval_ms(sample.phase_left_s, self._painting, self._frame_ms)


class SessionRecorder(HistoryRecorder):
    """Writes breathing sessions to history as they happen (see :class:`HistoryRecorder`).

    Args:
        controller: the breathing controller to follow.
        store: the history store, or None when history is unavailable this run.
        clock: gives the wall-clock times stored in the record.
    """

    def __init__(
        self,
        controller: BreathingController,
        store: HistoryStore | None,
        clock: Clock,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(store, clock, parent)
        self._controller = controller
        controller.state_changed.connect(self._on_state)
        controller.phase_started.connect(self._on_phase)
        controller.ended.connect(self._on_ended)

    def _on_state(self, state: str) -> None:
        session = self._controller.session
        if state != SessionState.RUNNING or session is None or self._id is not None:
            return
        plan = session.plan
        self._begin(
            SessionRecord(
                kind=SessionKind.BREATHING,
                started=self._clock.wall(),
                planned_s=session.timeline.total_s,
                name=plan.pattern.name,
                params=plan_params(plan, session.timeline.total_breaths),
            )
        )

    def _on_phase(self, _phase: object, _breath: int) -> None:
        session = self._controller.session
        if session is None or not self._heartbeat_due():
            return
        sample = session.sample(self._clock.now())
        row = self._id
        assert row is not None
        self._write(
            lambda store: store.heartbeat(
                row, self._clock.wall(), sample.elapsed_s, sample.breaths_done
            )
        )

    def _on_ended(self, event: SessionEnded) -> None:
        outcome = Outcome.COMPLETED if event.completed else Outcome.STOPPED
        self._finish(event.elapsed_s, outcome, event.breaths)


def plan_params(plan: SessionPlan, total_breaths: int) -> dict[str, object]:
    """The exact parameters of a plan, as stored with the session."""
    pattern = plan.pattern
    return {
        "pattern": pattern.to_dict(),
        "builtin": pattern.builtin,
        "length_unit": plan.unit.value,
        "length_amount": plan.amount,
        "planned_breaths": total_breaths,
        "ramp": (
            {"start_bpm": plan.ramp.start_bpm, "minutes": plan.ramp.minutes} if plan.ramp else None
        ),
    }
