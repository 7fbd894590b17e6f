"""QObjects that own a core state machine, drive it from one named ticker, and emit signals."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

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
from calmfloor.ui.kit.session import HistoryRecorder, SessionDriver


class BreathingController(SessionDriver[BreathingSession, BreathSample, Event]):
    """Owns one :class:`BreathingSession` and its ticker (``breathing-ticker``).

    The ticking (painted, hidden, reduced motion) is :class:`SessionDriver`'s.

    Signals:
        sample_changed(BreathSample): a new frame to paint.
        phase_started(object, int): a phase (``Phase``) began in breath ``int`` (0-based).
        state_changed(str): the ``SessionState`` value after a change.
        ended(object): the ``SessionEnded`` event, once per session.
    """

    phase_started = Signal(object, int)
    phase_event = PhaseStarted
    state_event = StateChanged
    end_event = SessionEnded

    def __init__(self, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(clock, "breathing-ticker", parent)

    @property
    def state(self) -> SessionState:
        """The current session's state, IDLE when there is none."""
        return self._session.state if self._session else SessionState.IDLE

    def start(self, plan: SessionPlan) -> None:
        """Start a new session with ``plan``, replacing a finished one."""
        session = BreathingSession(plan)
        self._begin(session, session.start)

    def _emit_event(self, event: Event) -> None:
        if isinstance(event, PhaseStarted):
            self.phase_started.emit(event.phase, event.breath_index)


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
