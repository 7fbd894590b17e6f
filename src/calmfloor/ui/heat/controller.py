"""The heat-pack controller (a HeatTimer and its one ticker) and the recorder that stores it."""

from __future__ import annotations

import math
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from calmfloor.core.clock import Clock
from calmfloor.core.heat import (
    HEAT_AREA_LABELS,
    HeatArea,
    HeatEnded,
    HeatEvent,
    HeatPlan,
    HeatSample,
    HeatState,
    HeatStateChanged,
    HeatTimer,
    PastHeat,
    SkinCheckDue,
    TimeUp,
)
from calmfloor.core.session import Outcome, SessionKind, SessionRecord
from calmfloor.storage.errors import StorageError
from calmfloor.storage.history_db import HistoryStore
from calmfloor.ui.kit.session import FLOAT_SLACK_MS, HEARTBEAT_S, HistoryRecorder

TICK_MAX_MS = 1000  # at least one tick a second while running: a wake from sleep shows at once
ALARM_REPEAT_S = 8.0  # while time is up, the alarm sounds again this often
ALARM_MAX_LEVEL = 5  # the alarm grows louder up to this level
NO_WAKE_MS = -1  # next_wake_ms: no tick needed in this state


def next_wake_ms(sample: HeatSample) -> int:
    """Milliseconds until the controller should next look at the clock.

    Running: the next whole second of time left (so a visible countdown changes on the
    second), but never later than the next skin check or the end, and never more than
    ``TICK_MAX_MS``. Qt timers run on the monotonic clock, which stands still while the
    computer sleeps, so this short wait is what notices a wake within a second. Rounded up
    (float noise of a nanosecond aside), so the tick lands on or just after the moment,
    never before it; at least 1 ms, so a clock that does not move can never make the
    ticker spin.

    Time up: the next multiple of ``ALARM_REPEAT_S`` after the deadline, for the alarm's
    repeat. Any other state: ``NO_WAKE_MS``.
    """
    if sample.state is HeatState.RUNNING:
        to_second = sample.left_s - math.floor(sample.left_s)
        wait_s = min(to_second if to_second > 0 else 1.0, TICK_MAX_MS / 1000)
        if sample.next_event_s is not None:
            wait_s = min(wait_s, sample.next_event_s)
        return max(math.ceil(wait_s * 1000 - FLOAT_SLACK_MS), 1)
    if sample.state is HeatState.TIME_UP:
        overdue_s = max(sample.elapsed_s - sample.length_s, 0.0)
        wait_s = ALARM_REPEAT_S - math.fmod(overdue_s, ALARM_REPEAT_S)
        return max(math.ceil(wait_s * 1000 - FLOAT_SLACK_MS), 1)
    return NO_WAKE_MS


class HeatController(QObject):
    """Owns one :class:`HeatTimer` and its ticker.

    The ticker (``heat-ticker``, a single-shot ``PreciseTimer`` re-armed on every tick) runs
    only while the pack is on: RUNNING or TIME_UP. Each tick reads ``clock.now()`` and
    ``clock.wall()`` and asks the core; the core decides every time, the ticker only says
    when to look (see :func:`next_wake_ms`). Call :meth:`check_now` when the application
    becomes active or the system resumes, so the screen is right at once.

    While time is up the alarm repeats every ``ALARM_REPEAT_S`` with a level that grows from
    1 up to ``ALARM_MAX_LEVEL`` until the user says the pack is off.

    Args:
        clock: monotonic ``now()`` and wall-clock ``wall()``.
        parent: the Qt parent.

    Signals:
        sample_changed(HeatSample): what to show now.
        state_changed(str): the ``HeatState`` value after a change.
        skin_check_due(int): skin check number ``int`` (1-based) is due.
        time_up(float): the time is over; ``overdue_s`` is how late it was noticed.
        alarm_repeat(int): sound the alarm again at level ``int`` (1, 2, ... grows).
        ended(HeatEnded): the pack came off, once per session.
    """

    sample_changed = Signal(object)
    state_changed = Signal(str)
    skin_check_due = Signal(int)
    time_up = Signal(float)
    alarm_repeat = Signal(int)
    ended = Signal(object)

    def __init__(self, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._timer: HeatTimer | None = None
        self._serial = 0  # bumped per dispatch: a slot that acts on the session wins
        self._alarm_base = 0  # repeat index (overdue // ALARM_REPEAT_S) when time up was noticed
        self._alarm_index = 0  # repeat index of the last alarm sounded
        self._ticker = QTimer(self)
        self._ticker.setObjectName("heat-ticker")
        self._ticker.setTimerType(Qt.TimerType.PreciseTimer)
        self._ticker.setSingleShot(True)
        self._ticker.timeout.connect(self.tick)

    @property
    def timer(self) -> HeatTimer | None:
        """The current (or last) heat session, if any."""
        return self._timer

    @property
    def state(self) -> HeatState:
        """The current session's state, IDLE when there is none."""
        return self._timer.state if self._timer else HeatState.IDLE

    @property
    def ticker(self) -> QTimer:
        """The one timer this controller runs (exposed for tests and benchmarks)."""
        return self._ticker

    def sample(self) -> HeatSample | None:
        """The sample at the clock's current time, or None with no session."""
        return self._timer.sample(*self._read()) if self._timer else None

    def start(self, plan: HeatPlan) -> None:
        """The pack goes on: start a session with ``plan``.

        A session still going is ended first, as if the pack had been taken off.
        """
        if self._timer is not None and self._timer.is_active:
            self.remove()
        self._timer = HeatTimer(plan)
        self._alarm_base = self._alarm_index = 0
        self._dispatch(self._timer.start(*self._read()))

    def pause(self) -> None:
        """The pack comes off for a while (time stops)."""
        if self._timer is not None:
            self._dispatch(self._timer.pause(*self._read()))

    def resume(self) -> None:
        """The pack goes back on."""
        if self._timer is not None:
            self._dispatch(self._timer.resume(*self._read()))

    def acknowledge_skin_check(self) -> None:
        """The user checked the skin."""
        if self._timer is not None:
            self._dispatch(self._timer.acknowledge_skin_check(*self._read()))

    def remove(self) -> None:
        """The pack is off: ends the session (early, or after time was up)."""
        if self._timer is not None:
            self._dispatch(self._timer.remove(*self._read()))

    def acknowledge(self) -> None:
        """The alarm's "I've removed the pack" button (the same as :meth:`remove`)."""
        if self._timer is not None:
            self._dispatch(self._timer.acknowledge(*self._read()))

    @Slot()
    def check_now(self) -> None:
        """Look at the clock now: for when the app becomes active or the system resumes."""
        self.tick()

    @Slot()
    def tick(self) -> None:
        """Advance to the clock's time: emit events and the sample, then re-arm the ticker."""
        if self._timer is not None:
            self._emit(*self._timer.advance(*self._read()))

    def _read(self) -> tuple[float, float]:
        return self._clock.now(), self._clock.wall().timestamp()

    def _dispatch(self, events: list[HeatEvent]) -> None:
        assert self._timer is not None
        self._emit(events, self._timer.sample(*self._read()))

    def _emit(self, events: list[HeatEvent], sample: HeatSample) -> None:
        self._serial += 1
        serial = self._serial
        for event in events:
            if isinstance(event, HeatStateChanged):
                self.state_changed.emit(event.state.value)
            elif isinstance(event, SkinCheckDue):
                self.skin_check_due.emit(event.number)
            elif isinstance(event, TimeUp):
                self._alarm_base = self._alarm_index = int(event.overdue_s // ALARM_REPEAT_S)
                self.time_up.emit(event.overdue_s)
            elif isinstance(event, HeatEnded):
                self.ended.emit(event)
            if self._serial != serial:
                return  # a slot changed the session; its own dispatch emitted the newer state
        if sample.state is HeatState.TIME_UP:
            index = int(max(sample.elapsed_s - sample.length_s, 0.0) // ALARM_REPEAT_S)
            if index > self._alarm_index:
                self._alarm_index = index
                self.alarm_repeat.emit(min(index - self._alarm_base, ALARM_MAX_LEVEL))
                if self._serial != serial:
                    return
        self.sample_changed.emit(sample)
        if self._serial != serial:
            return
        self._schedule()

    def _schedule(self) -> None:
        # a fresh reading: time spent in the slots above does not delay the next tick
        sample = self.sample()
        wait_ms = NO_WAKE_MS if sample is None else next_wake_ms(sample)
        if wait_ms < 0:
            self._ticker.stop()
        else:
            self._ticker.start(wait_ms)


# --- history ------------------------------------------------------------------------------

HEAT_HEARTBEAT_S = HEARTBEAT_S  # a running heat session's row is refreshed this often
PAST_HEAT_DAYS = 2  # spacing looks back this far: "today" and the last 2 hours fit inside
PAST_HEAT_BATCH = 200  # sessions read at a time while looking back


class HeatRecorder(HistoryRecorder):
    """Writes heat sessions to history as they happen.

    A row is written when the pack goes on (so a crash leaves a trace that the next start
    marks as interrupted), refreshed at most every ``HEAT_HEARTBEAT_S`` when the controller
    sends a sample (no timer of its own), and completed when the pack comes off: outcome
    COMPLETED when time was up first, STOPPED when it was removed early. ``name`` is the
    English area label (History translates it in context "heat"); ``params`` hold ``area``,
    ``planned_min``, ``skin_check_every_min`` (None when off) and ``cap_min``; ``details``
    hold ``area``, ``skin_checks_due``, ``skin_checks_acknowledged`` and ``overrun_s`` (heat
    time after the alarm, until the user said the pack was off). Details written by a
    heartbeat are a best guess for crash recovery; the final ones come from the core.

    Args:
        controller: the heat controller to follow.
        store: the history store, or None when history is unavailable this run.
        clock: gives the wall-clock times stored in the record.
        parent: the Qt parent.

    Signals:
        saved(int): session row ``id`` is complete.
        save_failed(object): a ``StorageWriteError``; the heat timer goes on regardless.
    """

    def __init__(
        self,
        controller: HeatController,
        store: HistoryStore | None,
        clock: Clock,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(store, clock, parent)
        self._controller = controller
        self._begun: HeatTimer | None = None  # the session a row was begun for (or tried)
        self._due = 0
        self._acknowledged = 0
        self._pending: int | None = None
        controller.state_changed.connect(self._on_state)
        controller.skin_check_due.connect(self._on_skin_check)
        controller.sample_changed.connect(self._on_sample)
        controller.ended.connect(self._on_ended)

    def _details(self, overrun_s: float = 0.0) -> dict[str, object]:
        timer = self._controller.timer
        area = timer.plan.area.value if timer is not None else ""
        return {
            "area": area,
            "skin_checks_due": self._due,
            "skin_checks_acknowledged": self._acknowledged,
            "overrun_s": round(max(overrun_s, 0.0), 1),
        }

    def _on_state(self, state: str) -> None:
        timer = self._controller.timer
        if state != HeatState.RUNNING or timer is None or timer is self._begun:
            return  # a resume, or a session already begun
        self._begun = timer
        self._due = self._acknowledged = 0
        self._pending = None
        plan = timer.plan
        every = plan.skin_check_every_s
        record = SessionRecord(
            kind=SessionKind.HEAT,
            started=self._clock.wall(),
            planned_s=plan.length_s,
            name=HEAT_AREA_LABELS[plan.area],
            params={
                "area": plan.area.value,
                "planned_min": plan.length_s / 60,
                "skin_check_every_min": every / 60 if every is not None else None,
                "cap_min": plan.cap_s / 60,
            },
            details=self._details(),
        )
        self._begin(record)

    def _on_skin_check(self, number: int) -> None:
        self._due += 1
        self._pending = number

    def _on_sample(self, sample: HeatSample) -> None:
        if self._pending is not None and sample.pending_skin_check is None:
            if sample.state in (HeatState.RUNNING, HeatState.PAUSED):
                self._acknowledged += 1  # cleared by the user, not by the alarm
            self._pending = None
        if sample.state not in (HeatState.RUNNING, HeatState.PAUSED, HeatState.TIME_UP):
            return
        if not self._heartbeat_due():
            return
        row = self._id
        assert row is not None
        details = self._details(sample.elapsed_s - sample.length_s)
        self._write(
            lambda store: store.heartbeat(
                row, self._clock.wall(), sample.elapsed_s, details=details
            )
        )

    def _on_ended(self, event: HeatEnded) -> None:
        self._due = event.skin_checks_due
        self._acknowledged = event.skin_checks_acknowledged
        self._pending = None
        outcome = Outcome.COMPLETED if event.completed else Outcome.STOPPED
        overrun = event.actual_s - event.planned_s if event.completed else 0.0
        self._finish(event.actual_s, outcome, details=self._details(overrun))


def past_heat(store: HistoryStore | None, now: datetime | None = None) -> list[PastHeat]:
    """Recent heat sessions from history, for the spacing warnings.

    Sessions still marked running (the current one, or one cut off by a crash and not yet
    recovered) count too, ending at their last heartbeat. A history that cannot be read
    gives no past sessions: the warnings are advice, never a block.

    Args:
        store: the history store, or None when history is unavailable.
        now: look back ``PAST_HEAT_DAYS`` from here (aware); None reads one batch.

    Returns:
        Heat sessions with a known area, newest first.
    """
    if store is None:
        return []
    since = now - timedelta(days=PAST_HEAT_DAYS) if now is not None else None
    limit = PAST_HEAT_BATCH
    while True:
        try:
            records = store.sessions(limit=limit)
        except StorageError:
            return []
        if since is None or len(records) < limit or records[-1].started < since:
            break
        limit *= 2  # all of this batch is recent: look further back
    found: list[PastHeat] = []
    for record in records:
        if record.kind is not SessionKind.HEAT:
            continue
        if since is not None and record.started < since:
            break  # newest start first: the rest are older
        try:
            area = HeatArea(str(record.params.get("area", "")))
        except ValueError:
            continue
        ended = record.ended or record.started + timedelta(seconds=record.actual_s)
        found.append(PastHeat(area, record.started, max(ended, record.started)))
    return found
