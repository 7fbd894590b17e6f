"""Heat-pack timer: the deadline, skin checks and spacing rules, immune to sleep and clock changes.

The clock rule. Every method takes two readings of the same moment: ``now`` (monotonic
seconds) and ``wall`` (POSIX seconds). Active heat time is summed over running stretches
(start or resume to pause or the present), and each stretch counts
``max(monotonic delta, wall delta, 0)``:

* While the computer sleeps, the monotonic clock stands still (Linux ``CLOCK_MONOTONIC``,
  macOS) but the pack stays on the skin and the wall clock moves on. The wall delta wins, so
  on wake the timer shows the true time and, if time is up, says so at once (``TimeUp`` with
  ``overdue_s`` > 0).
* When the wall clock is moved back (a daylight-saving mistake, NTP, the user), the wall
  delta is smaller and the monotonic delta wins: a session is never made longer.
* When the wall clock is moved forward without a sleep, the wall delta wins and the session
  ends early. That is deliberate. The two clocks cannot tell a forward jump from a sleep, and
  of the two possible mistakes, taking a pack off a few minutes early costs nothing while
  leaving it on too long can burn. A burn timer must fail in the early direction.
* A wall clock that went back before the stretch even started gives no negative time: each
  stretch is clamped at 0.

Paused time is not heat time: pausing means the pack is off the skin ("Pause (pack off)").
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from calmfloor.core.i18n import QT_TRANSLATE_NOOP

HEAT_DEFAULT_MIN = 15
HEAT_MIN_MIN = 5
HEAT_MAX_MIN = 20  # hard cap on one area; a clinic policy may lower it, never raise it
SKIN_CHECK_DEFAULT_MIN = 5  # 0 / None = off
SKIN_CHECK_MIN_S = 60.0  # the shortest allowed interval between skin checks
SPACING_MIN_GAP_S = 2 * 3600  # warn if started < 2 h after the last one on the same area ended
SPACING_MAX_PER_DAY = 3  # warn when this would be the 4th on the same area in one local day

HEAT_MIN_S = HEAT_MIN_MIN * 60.0
HEAT_MAX_S = HEAT_MAX_MIN * 60.0


class HeatArea(StrEnum):
    """Where the heat pack goes."""

    LOWER_BACK = "lower_back"
    LOWER_ABDOMEN = "lower_abdomen"
    LEFT_BUTTOCK = "left_buttock"
    RIGHT_BUTTOCK = "right_buttock"
    HIP = "hip"
    THIGH = "thigh"


HEAT_AREA_LABELS: dict[HeatArea, str] = {
    HeatArea.LOWER_BACK: QT_TRANSLATE_NOOP("heat", "Lower back"),
    HeatArea.LOWER_ABDOMEN: QT_TRANSLATE_NOOP("heat", "Lower belly"),
    HeatArea.LEFT_BUTTOCK: QT_TRANSLATE_NOOP("heat", "Left buttock"),
    HeatArea.RIGHT_BUTTOCK: QT_TRANSLATE_NOOP("heat", "Right buttock"),
    HeatArea.HIP: QT_TRANSLATE_NOOP("heat", "Hip"),
    HeatArea.THIGH: QT_TRANSLATE_NOOP("heat", "Thigh"),
}


class HeatPlanProblem(StrEnum):
    """Why a heat plan was refused (a code; the UI words it)."""

    NOT_A_NUMBER = "not_a_number"
    CAP_TOO_HIGH = "cap_too_high"  # a cap above the 20-minute hard cap
    CAP_TOO_LOW = "cap_too_low"  # a cap below the 5-minute minimum length
    TOO_SHORT = "too_short"  # shorter than 5 minutes
    OVER_CAP = "over_cap"  # longer than the cap: refused, never silently shortened
    SKIN_CHECK_INTERVAL = "skin_check_interval"  # not within 1 minute .. the session's length


class HeatPlanError(ValueError):
    """A heat plan that is not allowed; ``reason`` says why."""

    def __init__(self, reason: HeatPlanProblem, message: str) -> None:
        super().__init__(f"{reason.value}: {message}")
        self.reason = reason


@dataclass(frozen=True, slots=True)
class HeatPlan:
    """One heat-pack session as chosen.

    Attributes:
        area: where the pack goes.
        length_s: planned heat time in seconds, 5 minutes up to ``cap_s``.
        skin_check_every_s: ask for a skin check every this many seconds of heat time;
            None or 0 for no checks (0 is stored as None).
        cap_s: the longest allowed session, at most the 20-minute hard cap (a clinic policy
            may lower it).

    Raises:
        HeatPlanError: with the first rule the plan breaks.
    """

    area: HeatArea
    length_s: float
    skin_check_every_s: float | None = SKIN_CHECK_DEFAULT_MIN * 60.0
    cap_s: float = HEAT_MAX_S

    def __post_init__(self) -> None:
        if self.skin_check_every_s == 0:
            object.__setattr__(self, "skin_check_every_s", None)
        values = [self.length_s, self.cap_s]
        if self.skin_check_every_s is not None:
            values.append(self.skin_check_every_s)
        if not all(math.isfinite(value) for value in values):
            raise HeatPlanError(HeatPlanProblem.NOT_A_NUMBER, "times must be finite numbers")
        if self.cap_s > HEAT_MAX_S:
            raise HeatPlanError(
                HeatPlanProblem.CAP_TOO_HIGH,
                f"cap {self.cap_s:g} s is above the {HEAT_MAX_S:g} s hard cap",
            )
        if self.cap_s < HEAT_MIN_S:
            raise HeatPlanError(
                HeatPlanProblem.CAP_TOO_LOW,
                f"cap {self.cap_s:g} s is below the {HEAT_MIN_S:g} s minimum",
            )
        if self.length_s < HEAT_MIN_S:
            raise HeatPlanError(
                HeatPlanProblem.TOO_SHORT,
                f"length {self.length_s:g} s is below the {HEAT_MIN_S:g} s minimum",
            )
        if self.length_s > self.cap_s:
            raise HeatPlanError(
                HeatPlanProblem.OVER_CAP,
                f"length {self.length_s:g} s is above the cap of {self.cap_s:g} s",
            )
        every = self.skin_check_every_s
        if every is not None and not SKIN_CHECK_MIN_S <= every <= self.length_s:
            raise HeatPlanError(
                HeatPlanProblem.SKIN_CHECK_INTERVAL,
                f"skin check every {every:g} s is outside {SKIN_CHECK_MIN_S:g}-{self.length_s:g} s",
            )

    @property
    def skin_check_count(self) -> int:
        """How many skin checks fall inside the session (due strictly before its end)."""
        every = self.skin_check_every_s
        if every is None:
            return 0
        count = math.ceil(self.length_s / every) - 1
        while count > 0 and count * every >= self.length_s:
            count -= 1
        while (count + 1) * every < self.length_s:
            count += 1
        return count


def clamp_length_s(length_s: float, cap_s: float) -> float:
    """The nearest allowed length, for UIs that offer choices: 5 minutes up to the cap.

    The cap itself is never taken above the 20-minute hard cap.
    """
    return min(max(length_s, HEAT_MIN_S), min(cap_s, HEAT_MAX_S))


class HeatState(StrEnum):
    """Where a heat session is in its life."""

    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"  # the pack is off; time does not count
    TIME_UP = "time_up"  # the alarm is ringing, the pack is still on
    DONE = "done"  # the pack was taken off after time was up
    REMOVED = "removed"  # the pack was taken off early


@dataclass(frozen=True, slots=True)
class HeatStateChanged:
    """The session moved to ``state``."""

    state: HeatState


@dataclass(frozen=True, slots=True)
class SkinCheckDue:
    """Time to check the skin under the pack; ``number`` is 1-based."""

    number: int


@dataclass(frozen=True, slots=True)
class SkinCheckAcknowledged:
    """The user checked the skin for check ``number``."""

    number: int


@dataclass(frozen=True, slots=True)
class TimeUp:
    """The planned time is over (emitted once); ``overdue_s`` is how late it was noticed."""

    overdue_s: float


@dataclass(frozen=True, slots=True)
class HeatEnded:
    """The pack came off, after time was up (``completed``) or early.

    Attributes:
        completed: True when time was up before the pack came off.
        planned_s: the plan's length.
        actual_s: active heat seconds from start to removal, pauses excluded; after a time-up
            this includes the overrun until the user said the pack was off.
        skin_checks_due: how many skin checks were asked for.
        skin_checks_acknowledged: how many of those the user confirmed.
    """

    completed: bool
    planned_s: float
    actual_s: float
    skin_checks_due: int
    skin_checks_acknowledged: int


HeatEvent = HeatStateChanged | SkinCheckDue | SkinCheckAcknowledged | TimeUp | HeatEnded


@dataclass(frozen=True, slots=True)
class HeatSample:
    """What a view shows at one moment.

    Attributes:
        state: the session's state.
        elapsed_s: active heat seconds so far, pauses excluded.
        left_s: seconds of heat time left; never negative, 0 when time is up.
        length_s: the plan's length.
        pending_skin_check: the number of a skin check waiting for the user, or None.
        next_skin_check_s: active seconds until the next skin check, None if no more.
        next_event_s: seconds until the next skin check or the end, whichever comes first;
            None when not running.
    """

    state: HeatState
    elapsed_s: float
    left_s: float
    length_s: float
    pending_skin_check: int | None
    next_skin_check_s: float | None
    next_event_s: float | None


_ENDED = (HeatState.DONE, HeatState.REMOVED)


class HeatTimer:
    """The heat-pack state machine.

    Every method takes ``now`` (monotonic seconds) AND ``wall`` (POSIX seconds, e.g.
    ``datetime.timestamp()``) read at the same moment; see the module docstring for how the
    two are combined. Call :meth:`update` (or :meth:`advance`) regularly; it returns the
    events since the last call.

    Args:
        plan: the session to run.
    """

    def __init__(self, plan: HeatPlan) -> None:
        self.plan = plan
        self.state = HeatState.IDLE
        self._banked_s = 0.0  # active time of closed stretches
        self._stretch: tuple[float, float] | None = None  # (now, wall) of the open stretch
        self._ended_s: float | None = None
        self._checks_reached = 0  # the highest skin check number already asked for
        self._checks_due = 0
        self._checks_acknowledged = 0
        self._pending: int | None = None

    def elapsed(self, now: float, wall: float) -> float:
        """Active heat seconds at this moment (not capped at the plan's length)."""
        if self._ended_s is not None:
            return self._ended_s
        if self._stretch is None:
            return self._banked_s
        start_now, start_wall = self._stretch
        return self._banked_s + max(now - start_now, wall - start_wall, 0.0)

    def sample(self, now: float, wall: float) -> HeatSample:
        """What to show at this moment."""
        return self._sample(self.elapsed(now, wall))

    def start(self, now: float, wall: float) -> list[HeatEvent]:
        """The pack goes on now.

        Raises:
            RuntimeError: the session was already started.
        """
        if self.state is not HeatState.IDLE:
            raise RuntimeError(f"cannot start a heat session that is {self.state}")
        self._stretch = (now, wall)
        self.state = HeatState.RUNNING
        return [HeatStateChanged(self.state), *self.update(now, wall)]

    def pause(self, now: float, wall: float) -> list[HeatEvent]:
        """The pack comes off for a while; time stops counting. Only while running."""
        if self.state is not HeatState.RUNNING:
            return []
        events = self.update(now, wall)
        if self.state is not HeatState.RUNNING:  # time was up before the pause
            return events
        self._banked_s = self.elapsed(now, wall)
        self._stretch = None
        self.state = HeatState.PAUSED
        return [*events, HeatStateChanged(self.state)]

    def resume(self, now: float, wall: float) -> list[HeatEvent]:
        """The pack goes back on; time counts again from here."""
        if self.state is not HeatState.PAUSED:
            return []
        self._stretch = (now, wall)
        self.state = HeatState.RUNNING
        return [HeatStateChanged(self.state), *self.update(now, wall)]

    def acknowledge_skin_check(self, now: float, wall: float) -> list[HeatEvent]:
        """The user checked the skin for the pending check (nothing if none is pending).

        The check acknowledged is the one the user saw, even if the next one falls due at
        this very moment (that one is then asked for in the same call).
        """
        if self._pending is None:
            return self.update(now, wall)
        number, self._pending = self._pending, None
        self._checks_acknowledged += 1
        return [SkinCheckAcknowledged(number), *self.update(now, wall)]

    def remove(self, now: float, wall: float) -> list[HeatEvent]:
        """The user says "I've taken the pack off": ends a running, paused or time-up session.

        Running or paused: REMOVED (taken off early, ``completed=False``). Time up: DONE
        (``completed=True``). A session whose time ran out since the last update ends DONE.
        """
        events = self.update(now, wall)
        if self.state in (HeatState.RUNNING, HeatState.PAUSED):
            final = HeatState.REMOVED
        elif self.state is HeatState.TIME_UP:
            final = HeatState.DONE
        else:
            return events
        actual = self.elapsed(now, wall)
        self._ended_s = actual
        self._stretch = None
        self._pending = None
        self.state = final
        ended = HeatEnded(
            completed=final is HeatState.DONE,
            planned_s=self.plan.length_s,
            actual_s=actual,
            skin_checks_due=self._checks_due,
            skin_checks_acknowledged=self._checks_acknowledged,
        )
        return [*events, HeatStateChanged(final), ended]

    def acknowledge(self, now: float, wall: float) -> list[HeatEvent]:
        """The alarm's "I've removed the pack" button: the same as :meth:`remove`."""
        return self.remove(now, wall)

    def update(self, now: float, wall: float) -> list[HeatEvent]:
        """Events since the last call: a skin check due, or time up."""
        return self.advance(now, wall)[0]

    def advance(self, now: float, wall: float) -> tuple[list[HeatEvent], HeatSample]:
        """:meth:`update` and :meth:`sample` in one step (one clock reading per tick)."""
        elapsed = self.elapsed(now, wall)
        events: list[HeatEvent] = []
        if self.state is HeatState.RUNNING:
            if elapsed >= self.plan.length_s:
                # the alarm replaces any skin check still waiting: the pack comes off now
                self._pending = None
                self.state = HeatState.TIME_UP
                events = [HeatStateChanged(self.state), TimeUp(elapsed - self.plan.length_s)]
            else:
                reached = self._checks_reached_at(elapsed)
                if reached > self._checks_reached:
                    # after a long stall only the latest check is asked for, once
                    self._checks_reached = reached
                    self._checks_due += 1
                    self._pending = reached
                    events = [SkinCheckDue(reached)]
        return events, self._sample(elapsed)

    @property
    def is_active(self) -> bool:
        """True while the pack is on or paused (running, paused or time up)."""
        return self.state in (HeatState.RUNNING, HeatState.PAUSED, HeatState.TIME_UP)

    def _checks_reached_at(self, elapsed: float) -> int:
        """The number of the last skin check whose time has come at ``elapsed``."""
        every = self.plan.skin_check_every_s
        if every is None:
            return 0
        k = math.floor(elapsed / every)
        if (k + 1) * every <= elapsed:  # guard float rounding at an exact multiple
            k += 1
        elif k > 0 and k * every > elapsed:
            k -= 1
        return min(k, self.plan.skin_check_count)

    def _sample(self, elapsed: float) -> HeatSample:
        length = self.plan.length_s
        left = max(length - elapsed, 0.0)
        next_check: float | None = None
        every = self.plan.skin_check_every_s
        if every is not None and self.state in (
            HeatState.IDLE,
            HeatState.RUNNING,
            HeatState.PAUSED,
        ):
            upcoming = self._checks_reached_at(elapsed) + 1
            if upcoming <= self.plan.skin_check_count:
                next_check = upcoming * every - elapsed
        next_event: float | None = None
        if self.state is HeatState.RUNNING:
            next_event = left if next_check is None else min(next_check, left)
        return HeatSample(
            state=self.state,
            elapsed_s=elapsed,
            left_s=left,
            length_s=length,
            pending_skin_check=self._pending,
            next_skin_check_s=next_check,
            next_event_s=next_event,
        )


# --- spacing between sessions -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PastHeat:
    """A heat session already done, with timezone-aware start and end."""

    area: HeatArea
    started: datetime
    ended: datetime

    def __post_init__(self) -> None:
        if self.started.utcoffset() is None or self.ended.utcoffset() is None:
            raise ValueError("PastHeat needs timezone-aware datetimes")


class SpacingKind(StrEnum):
    """Which spacing rule a new session would break."""

    TOO_SOON = "too_soon"
    TOO_MANY_TODAY = "too_many_today"


@dataclass(frozen=True, slots=True)
class SpacingWarning:
    """A gentle warning before starting heat on ``area``.

    Attributes:
        kind: which rule.
        area: the area concerned.
        minutes_since_last: TOO_SOON: whole minutes since the last session there ended
            (0 if it had not ended by the new start).
        count_today: TOO_MANY_TODAY: sessions already started there today.
    """

    kind: SpacingKind
    area: HeatArea
    minutes_since_last: int | None = None
    count_today: int | None = None


def spacing_warnings(
    area: HeatArea, start: datetime, past: Iterable[PastHeat]
) -> list[SpacingWarning]:
    """Warnings for a session on ``area`` starting at ``start`` (aware), given past sessions.

    Only past sessions on the same area count. TOO_SOON: the last one ended less than
    ``SPACING_MIN_GAP_S`` before ``start`` (one that overlaps or ends after ``start`` counts
    as a gap of 0). TOO_MANY_TODAY: ``SPACING_MAX_PER_DAY`` or more of them started on the
    same local calendar day as ``start``, in ``start``'s own timezone. Gaps are real elapsed
    time (compared in UTC), so a daylight-saving change does not stretch or shrink them.

    Raises:
        ValueError: ``start`` is naive.
    """
    zone = start.tzinfo
    if zone is None or start.utcoffset() is None:
        raise ValueError("spacing_warnings needs a timezone-aware start")
    start_utc = start.astimezone(UTC)
    today = start.astimezone(zone).date()
    same = [heat for heat in past if heat.area is area]
    warnings: list[SpacingWarning] = []
    if same:
        last_end = max(heat.ended.astimezone(UTC) for heat in same)
        gap_s = max((start_utc - last_end).total_seconds(), 0.0)
        if gap_s < SPACING_MIN_GAP_S:
            warnings.append(
                SpacingWarning(SpacingKind.TOO_SOON, area, minutes_since_last=int(gap_s // 60))
            )
    count = sum(1 for heat in same if heat.started.astimezone(zone).date() == today)
    if count >= SPACING_MAX_PER_DAY:
        warnings.append(SpacingWarning(SpacingKind.TOO_MANY_TODAY, area, count_today=count))
    return warnings
