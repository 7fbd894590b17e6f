"""The routine controller (one ticker, core events as signals) and its history recorder."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from calmfloor.core.clock import Clock
from calmfloor.core.routine import (
    PhaseStarted,
    Routine,
    RoutineEnded,
    RoutineEvent,
    RoutineKind,
    RoutineSample,
    RoutineSession,
    SequencerState,
    StateChanged,
    StepCompleted,
    StepSkipped,
)
from calmfloor.core.session import Outcome, SessionKind, SessionRecord
from calmfloor.storage.history_db import HistoryStore
from calmfloor.storage.routines_store import RoutineSource
from calmfloor.ui.kit.session import HistoryRecorder, SessionDriver


class RelaxController(SessionDriver[RoutineSession, RoutineSample, RoutineEvent]):
    """Owns one :class:`RoutineSession` and its ticker (``relax-ticker``).

    The ticking (painted, hidden, reduced motion) is :class:`SessionDriver`'s; while a
    get-ready is held for the voice, the ticker wakes when the hold runs out.

    Args:
        clock: monotonic ``now()`` for the core, wall-clock time for records.
        parent: the Qt parent.

    Signals:
        sample_changed(RoutineSample): a new frame to paint.
        phase_started(Segment): a phase began (once per phase).
        state_changed(str): the ``SequencerState`` value after a change.
        step_completed(int): step ``int`` (0-based) ran to its end.
        step_skipped(int, bool): step ``int`` was skipped; True when it hurt.
        ended(RoutineEnded): the routine is over, once per session.
    """

    phase_started = Signal(object)
    step_completed = Signal(int)
    step_skipped = Signal(int, bool)
    phase_event = PhaseStarted
    state_event = StateChanged
    end_event = RoutineEnded

    def __init__(self, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(clock, "relax-ticker", parent)
        self._release_only = False
        self._allow_pelvic_tense = False

    # ----- state ---------------------------------------------------------------------

    @property
    def routine(self) -> Routine | None:
        """The routine of the current (or last) session."""
        return self._session.routine if self._session else None

    @property
    def state(self) -> SequencerState:
        """The current session's state, IDLE when there is none."""
        return self._session.state if self._session else SequencerState.IDLE

    @property
    def release_only(self) -> bool:
        """Whether the current session drops every tensing phase."""
        return self._release_only

    @property
    def allow_pelvic_tense(self) -> bool:
        """Whether the current session keeps tensing on pelvic-floor steps."""
        return self._allow_pelvic_tense

    # ----- controls ------------------------------------------------------------------

    def start(
        self, routine: Routine, *, release_only: bool = False, allow_pelvic_tense: bool = False
    ) -> None:
        """Start ``routine`` now, replacing a finished session (a running one is stopped).

        Args:
            routine: the routine to run.
            release_only: drop every tensing phase.
            allow_pelvic_tense: keep tensing on pelvic-floor steps (off by default: a
                tight pelvic floor needs letting go, not squeezing).
        """
        if self.is_active:
            self.stop()
        self._release_only = release_only
        self._allow_pelvic_tense = allow_pelvic_tense
        session = RoutineSession(
            routine, allow_pelvic_tense=allow_pelvic_tense, release_only=release_only
        )
        self._begin(session, session.start)

    def skip(self, hurts: bool = False) -> None:
        """End the current step and go on to the next; ``hurts`` is kept in the record."""
        if self._session is not None:
            self._dispatch(self._session.skip(self._clock.now(), hurts=hurts))

    def back(self) -> None:
        """Restart the current step, or go back one step if it has only just begun."""
        if self._session is not None:
            self._dispatch(self._session.back(self._clock.now()))

    def hold_ready(self, cap_s: float) -> bool:
        """Keep the current get-ready phase from ending until :meth:`release_ready` (at
        most ``cap_s`` past its planned end): the instruction is still being spoken."""
        if self._session is None:
            return False
        held = self._session.hold_ready(self._clock.now(), cap_s=cap_s)
        self._reschedule()
        return held

    def release_ready(self, after_s: float = 0.0) -> None:
        """The instruction has been said: get-ready may end ``after_s`` seconds from now."""
        if self._session is None:
            return
        self._session.release_ready(self._clock.now(), after_s=after_s)
        self._reschedule()

    # ----- events --------------------------------------------------------------------

    def _emit_event(self, event: RoutineEvent) -> None:
        if isinstance(event, PhaseStarted):
            self.phase_started.emit(event.segment)
        elif isinstance(event, StepCompleted):
            self.step_completed.emit(event.step_index)
        elif isinstance(event, StepSkipped):
            self.step_skipped.emit(event.step_index, event.hurts)

    def _wake_left_s(self, sample: RoutineSample) -> float:
        if self._session is not None:
            # pinned at the end of get-ready while the instruction is spoken: wake when
            # the hold's cap (or the quiet after the sentence) runs out, not in a busy loop
            hold_left_s = self._session.hold_left_s(self._clock.now())
            if hold_left_s is not None:
                return hold_left_s
        return sample.phase_left_s


class RoutineRecorder(HistoryRecorder):
    """Writes routine sessions to history as they happen.

    A row is written when a routine starts (so a crash leaves a trace that the next start
    marks as interrupted), refreshed at most every ``HEARTBEAT_S`` on phase changes (no
    timer of its own), and completed when the routine ends, early or not. The row's
    ``params`` name the routine (id, version, source) and the safety options; its
    ``details`` hold ``steps_total``, ``steps_completed`` (0-based step indices) and
    ``steps_skipped`` (``{"step": index, "region": value, "hurts": bool}``).

    Args:
        controller: the routine controller to follow.
        store: the history store, or None when history is unavailable this run.
        clock: gives the wall-clock times stored in the record.

    Signals:
        saved(int): session row ``id`` is complete (ratings may still follow).
        save_failed(object): a ``StorageWriteError``; the routine goes on regardless.
    """

    def __init__(
        self,
        controller: RelaxController,
        store: HistoryStore | None,
        clock: Clock,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(store, clock, parent)
        self._controller = controller
        self._source = RoutineSource.USER.value
        self._hurts: set[int] = set()
        controller.state_changed.connect(self._on_state)
        controller.phase_started.connect(self._on_phase)
        controller.step_skipped.connect(self._on_skipped)
        controller.ended.connect(self._on_ended)

    def set_source(self, source: RoutineSource | str) -> None:
        """Where the next routine comes from (built-in, clinic or the user's own)."""
        self._source = RoutineSource(source).value

    def _on_state(self, state: str) -> None:
        session = self._controller.session
        if state != SequencerState.RUNNING or session is None or self._id is not None:
            return
        routine = session.routine
        kind = SessionKind.STRETCH if routine.kind is RoutineKind.STRETCH else SessionKind.RELAX
        record = SessionRecord(
            kind=kind,
            started=self._clock.wall(),
            planned_s=session.segments[-1].end_s,
            name=routine.name,
            params={
                "routine_id": routine.id,
                "routine_version": routine.version,
                "source": self._source,
                "release_only": self._controller.release_only,
                "allow_pelvic_tense": self._controller.allow_pelvic_tense,
                "language": routine.language,
            },
            details=routine_details(routine, (), (), ()),
        )
        self._hurts = set()
        self._begin(record)

    def _on_skipped(self, step: int, hurts: bool) -> None:
        # like the core's RoutineEnded.hurt_steps: a step that hurt once stays marked
        if hurts:
            self._hurts.add(step)

    def _on_phase(self, _segment: object) -> None:
        session = self._controller.session
        if session is None or not self._heartbeat_due():
            return
        sample = session.sample(self._clock.now())
        skipped = sorted(sample.skipped)
        details = routine_details(
            session.routine,
            sorted(sample.completed),
            skipped,
            [step for step in skipped if step in self._hurts],
        )
        row = self._id
        assert row is not None
        self._write(
            lambda store: store.heartbeat(
                row, self._clock.wall(), sample.elapsed_s, details=details
            )
        )

    def _on_ended(self, event: RoutineEnded) -> None:
        session = self._controller.session
        if session is None:
            return
        outcome = Outcome.COMPLETED if event.completed else Outcome.STOPPED
        details = routine_details(
            session.routine, event.steps_completed, event.steps_skipped, event.hurt_steps
        )
        self._finish(event.elapsed_s, outcome, details=details)


def routine_details(
    routine: Routine,
    completed: tuple[int, ...] | list[int],
    skipped: tuple[int, ...] | list[int],
    hurts: tuple[int, ...] | list[int],
) -> dict[str, Any]:
    """The ``details`` stored with a routine session (0-based step indices)."""
    hurt = set(hurts)
    return {
        "steps_total": len(routine.steps),
        "steps_completed": list(completed),
        "steps_skipped": [
            {"step": step, "region": routine.steps[step].region.value, "hurts": step in hurt}
            for step in skipped
        ],
    }
