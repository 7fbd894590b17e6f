"""Practice reminders: daily times of day and the one-off after a stretch routine, as a schedule.

Everything is wall-clock time (aware datetimes) passed in as ``now``; the schedule never reads
a clock. Daily times are local times of day in the zone ``tz``: each day's reminder is
``datetime.combine(day, time, tzinfo=tz)``, so on the days the clocks change a 09:00 reminder is
still at 09:00 on the wall. All comparisons are made in UTC, because Python compares two
datetimes with the *same* tzinfo by their wall-clock fields alone, which is wrong across a
change of offset.

The rules:

- A daily reminder is skipped when the user started practising within
  ``PRACTISED_RECENTLY_S`` before it (or since it fell due).
- None is shown while a session runs: a daily reminder that falls due during a session is
  dropped; the one-off waits until the session ends, then shows.
- A reminder missed because the app was closed or the computer asleep shows once if it is
  less than ``LATE_LIMIT_S`` late; older ones are dropped. At most one reminder shows at a
  time, never a pile.
- A reminder that was shown (or dropped) does not come back: daily times up to the last check
  are "handled" (``handled_until``), a shown one-off is cleared.
- "Remind me in 15 minutes" (:meth:`ReminderSchedule.snooze`) brings the same reminder back
  ``SNOOZE_S`` later.
- While the user is "quiet" (a full-screen application, a presentation, do-not-disturb),
  the reminder that would show is held, not shown and not lost; it shows when they are free
  again, unless it has waited ``QUIET_LIMIT_S`` or a newer reminder replaced it.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum

from calmfloor.core.i18n import QT_TRANSLATE_NOOP
from calmfloor.core.settings import parse_time_of_day

PRACTISED_RECENTLY_S = 45 * 60  # a daily reminder is skipped after practice this recent
LATE_LIMIT_S = 30 * 60  # a missed reminder still shows when it is less late than this
SNOOZE_S = 15 * 60  # "Remind me in 15 minutes"
QUIET_LIMIT_S = 2 * 3600  # a reminder held while the user is quiet waits at most this long
LOOK_BACK_S = 24 * 3600  # missed daily reminders reported as dropped, at most this far back
REPEAT_MIN_H = 0.25  # a one-off reminder is at least this far ahead...
REPEAT_MAX_H = 48.0  # ...and at most this far

DAILY_TEXT = QT_TRANSLATE_NOOP("reminders", "Time for a few minutes of practice.")
ONE_OFF_TEXT = QT_TRANSLATE_NOOP("reminders", "Time for your %1 again.")


class ReminderKind(StrEnum):
    """What a reminder is for."""

    DAILY = "daily"  # one of the daily times: any practice
    ONE_OFF = "one_off"  # repeat one routine, set after finishing it


class DropReason(StrEnum):
    """Why a reminder that fell due was not shown."""

    BUSY = "busy"  # a session was running
    PRACTISED = "practised"  # the user practised shortly before
    TOO_LATE = "too_late"  # missed by ``LATE_LIMIT_S`` or more (app closed, asleep)
    SUPERSEDED = "superseded"  # another reminder shows at the same moment
    QUIET = "quiet"  # held while the user was quiet (full screen, do-not-disturb) too long


@dataclass(frozen=True, slots=True)
class Reminder:
    """One reminder at one moment.

    Attributes:
        kind: daily or one-off.
        due: when it is due (aware).
        routine_id: the routine to repeat (one-off only).
        name: the routine's name as shown when it was set (one-off only).
        snoozed: True when this is a reminder brought back by "in 15 minutes".
    """

    kind: ReminderKind
    due: datetime
    routine_id: str = ""
    name: str = ""
    snoozed: bool = False

    def __post_init__(self) -> None:
        if self.due.utcoffset() is None:
            raise ValueError("a reminder needs an aware datetime")

    def to_json(self) -> dict[str, str | bool]:
        """A JSON-ready dict (for the state file)."""
        return {
            "kind": self.kind.value,
            "due": self.due.isoformat(),
            "routine_id": self.routine_id,
            "name": self.name,
            "snoozed": self.snoozed,
        }

    @classmethod
    def from_json(cls, data: object) -> Reminder:
        """The reminder :meth:`to_json` wrote.

        Raises:
            ValueError: ``data`` is not a stored reminder.
        """
        if not isinstance(data, Mapping):
            raise ValueError("not a table")
        kind, due = data.get("kind"), data.get("due")
        routine_id, name = data.get("routine_id", ""), data.get("name", "")
        snoozed = data.get("snoozed", False)
        if not isinstance(kind, str) or not isinstance(due, str):
            raise ValueError("kind or due missing")
        if not isinstance(routine_id, str) or not isinstance(name, str):
            raise ValueError("routine id or name not text")
        if not isinstance(snoozed, bool):
            raise ValueError("snoozed not a bool")
        return cls(ReminderKind(kind), datetime.fromisoformat(due), routine_id, name, snoozed)


@dataclass(frozen=True, slots=True)
class DroppedReminder:
    """A reminder that fell due but was not shown, and why."""

    reminder: Reminder
    reason: DropReason


@dataclass(frozen=True, slots=True)
class ReminderCheck:
    """What :meth:`ReminderSchedule.check` decided.

    Attributes:
        shown: the reminder to show now, if any (at most one).
        dropped: reminders that fell due and will not be shown.
        waiting: True when the one-off is due but waits for the session to end.
        held: the reminder held while the user is quiet, if any (check again later).
    """

    shown: Reminder | None = None
    dropped: tuple[DroppedReminder, ...] = ()
    waiting: bool = False
    held: Reminder | None = None

    @property
    def handled(self) -> bool:
        """True when a reminder was shown or dropped (worth remembering across a restart)."""
        return self.shown is not None or bool(self.dropped)


def parse_times(values: Sequence[str]) -> tuple[time, ...]:
    """Times of day from ``"HH:MM"`` strings; entries that are not valid times are skipped."""
    parsed = (parse_time_of_day(text) for text in values)
    return tuple(time(hm[0], hm[1]) for hm in parsed if hm is not None)


def _utc(moment: datetime) -> datetime:
    if moment.utcoffset() is None:
        raise ValueError("an aware datetime is needed")
    return moment.astimezone(UTC)


def occurrence(day: date, at: time, tz: tzinfo) -> datetime:
    """The moment (in UTC) of the local time ``at`` on ``day`` in ``tz``.

    A time the clocks skip (02:30 on a spring-forward night) falls an hour later on the wall;
    a time that happens twice (autumn) is the first of the two.
    """
    return datetime.combine(day, at, tzinfo=tz).astimezone(UTC)


class ReminderSchedule:
    """The daily times, the one-off and a snoozed reminder, and what is due when.

    Args:
        tz: the local time zone the daily times are in.
        handled_until: daily times up to this moment are done with (shown, dropped or
            before the schedule began); usually ``now`` for a fresh schedule, or the value
            remembered from the last run so a reminder missed while the app was closed
            can still show.
        times: the daily times of day.
        enabled: whether the daily reminders are on (the one-off works either way).
        one_off: a one-off reminder set earlier, if any.
    """

    def __init__(
        self,
        tz: tzinfo,
        handled_until: datetime,
        times: Sequence[time] = (),
        *,
        enabled: bool = False,
        one_off: Reminder | None = None,
    ) -> None:
        self.tz = tz
        self._handled_until = _utc(handled_until)
        self._times = tuple(times)
        self._enabled = enabled
        self._one_off = one_off
        self._one_off_waiting = False  # it fell due during a session
        self._snoozed: Reminder | None = None  # a daily reminder brought back later
        self._held: Reminder | None = None  # due while the user was quiet

    @property
    def times(self) -> tuple[time, ...]:
        """The daily times of day."""
        return self._times

    @property
    def enabled(self) -> bool:
        """Whether the daily reminders are on."""
        return self._enabled

    @property
    def handled_until(self) -> datetime:
        """Daily times up to this moment (UTC) are done with."""
        return self._handled_until

    @property
    def one_off(self) -> Reminder | None:
        """The pending one-off reminder, if any (also when snoozed)."""
        return self._one_off

    @property
    def held(self) -> Reminder | None:
        """The reminder held while the user is quiet, if any."""
        return self._held

    @property
    def snoozed(self) -> Reminder | None:
        """A snoozed daily reminder, if any."""
        return self._snoozed

    def set_times(self, times: Sequence[time], now: datetime) -> None:
        """New daily times; they count from ``now`` (a time just passed does not fire)."""
        self._times = tuple(times)
        self._handled_until = max(self._handled_until, _utc(now))

    def set_enabled(self, enabled: bool, now: datetime) -> None:
        """Turn the daily reminders on or off; turned on, they count from ``now``."""
        if enabled and not self._enabled:
            self._handled_until = max(self._handled_until, _utc(now))
        if not enabled:
            self._snoozed = None
        self._enabled = enabled

    def remind_after(self, now: datetime, hours: float, routine_id: str, name: str) -> Reminder:
        """Set the one-off reminder to repeat a routine ``hours`` from ``now``.

        It replaces an earlier one-off. ``hours`` is kept within
        ``REPEAT_MIN_H``..``REPEAT_MAX_H``.

        Returns:
            The new one-off reminder.
        """
        if not math.isfinite(hours):
            raise ValueError("hours must be a finite number")
        hours = min(max(hours, REPEAT_MIN_H), REPEAT_MAX_H)
        due = _utc(now) + timedelta(hours=hours)
        self._one_off = Reminder(ReminderKind.ONE_OFF, due, routine_id, name)
        self._one_off_waiting = False
        return self._one_off

    def clear_one_off(self) -> None:
        """Forget the one-off reminder."""
        self._one_off = None
        self._one_off_waiting = False

    def snooze(self, reminder: Reminder, now: datetime) -> Reminder:
        """Bring ``reminder`` back ``SNOOZE_S`` from ``now``.

        A snoozed one-off is the one-off again (it is remembered across a restart); a
        snoozed daily reminder keeps the daily rules.

        Returns:
            The reminder as it will come back.
        """
        again = replace(reminder, due=_utc(now) + timedelta(seconds=SNOOZE_S), snoozed=True)
        if reminder.kind is ReminderKind.ONE_OFF:
            self._one_off = again
            self._one_off_waiting = False
        else:
            self._snoozed = again
        return again

    def _latest_daily(self, after: datetime, until: datetime) -> list[datetime]:
        """Daily moments in ``(after, until]``, oldest first."""
        if not self._enabled or not self._times or until <= after:
            return []
        first = after.astimezone(self.tz).date() - timedelta(days=1)
        last = until.astimezone(self.tz).date() + timedelta(days=1)
        found: list[datetime] = []
        day = first
        while day <= last:
            for at in self._times:
                moment = occurrence(day, at, self.tz)
                if after < moment <= until:
                    found.append(moment)
            day += timedelta(days=1)
        return sorted(found)

    def _next_daily(self, after: datetime) -> datetime | None:
        """The first daily moment strictly after ``after``."""
        if not self._enabled or not self._times:
            return None
        day = after.astimezone(self.tz).date() - timedelta(days=1)
        for _ in range(4):  # a time of day always comes round within two days
            moments = [occurrence(day, at, self.tz) for at in self._times]
            later = [m for m in moments if m > after]
            if later:
                return min(later)
            day += timedelta(days=1)
        return None  # pragma: no cover - unreachable with at least one time

    def next_due(self, now: datetime) -> Reminder | None:
        """The next reminder to come, or None when none is set.

        It may be due already (a reminder missed by less than ``LATE_LIMIT_S``): the caller
        then checks at once. A one-off waiting for a session to end is not included; check
        again when the session ends.
        """
        now_utc = _utc(now)
        candidates: list[Reminder] = []
        if self._one_off is not None and not self._one_off_waiting:
            candidates.append(self._one_off)
        if self._snoozed is not None:
            candidates.append(self._snoozed)
        floor = max(self._handled_until, now_utc - timedelta(seconds=LATE_LIMIT_S))
        daily = self._next_daily(floor)
        if daily is not None:
            candidates.append(Reminder(ReminderKind.DAILY, daily))
        if not candidates:
            return None
        return min(candidates, key=lambda r: (r.due, r.kind is not ReminderKind.ONE_OFF))

    def check(
        self,
        now: datetime,
        *,
        busy: bool,
        last_practice: datetime | None,
        quiet: bool = False,
    ) -> ReminderCheck:
        """Decide what is due at ``now``, and mark it handled.

        Args:
            now: the current wall-clock time (aware).
            busy: True while a session (breathing, routine, heat pack) runs.
            last_practice: when the newest session started, if any (aware).
            quiet: True while the user is in a full-screen application, presenting, or
                has do-not-disturb on: what would show is held until they are free.

        Returns:
            At most one reminder to show, the ones dropped, and whether the one-off waits.
        """
        now_utc = _utc(now)
        practised = _utc(last_practice) if last_practice is not None else None
        late_limit = timedelta(seconds=LATE_LIMIT_S)
        dropped: list[DroppedReminder] = []
        candidates: list[Reminder] = []
        waiting = False

        one_off = self._one_off
        if one_off is not None and one_off.due <= now_utc:
            if busy:
                self._one_off_waiting = waiting = True
            else:
                if self._one_off_waiting or now_utc - one_off.due < late_limit:
                    candidates.append(one_off)
                else:
                    dropped.append(DroppedReminder(one_off, DropReason.TOO_LATE))
                self.clear_one_off()

        def daily_verdict(reminder: Reminder) -> DropReason | None:
            if busy:
                return DropReason.BUSY
            if now_utc - reminder.due >= late_limit:
                return DropReason.TOO_LATE
            recent = reminder.due - timedelta(seconds=PRACTISED_RECENTLY_S)
            if practised is not None and practised >= recent:
                return DropReason.PRACTISED
            return None

        daily: list[Reminder] = []
        snoozed = self._snoozed
        if snoozed is not None and snoozed.due <= now_utc:
            daily.append(snoozed)
            self._snoozed = None
        look_from = max(self._handled_until, now_utc - timedelta(seconds=LOOK_BACK_S))
        daily.extend(
            Reminder(ReminderKind.DAILY, m) for m in self._latest_daily(look_from, now_utc)
        )
        self._handled_until = max(self._handled_until, now_utc)
        daily.sort(key=lambda r: r.due)
        for older in daily[:-1]:  # missed ones: only the latest may still show
            late = now_utc - older.due >= late_limit
            dropped.append(
                DroppedReminder(older, DropReason.TOO_LATE if late else DropReason.SUPERSEDED)
            )
        if daily:
            latest = daily[-1]
            reason = daily_verdict(latest)
            if reason is None:
                candidates.append(latest)
            else:
                dropped.append(DroppedReminder(latest, reason))

        # one at a time: the one-off (a particular routine) before a daily reminder
        candidates.sort(key=lambda r: r.kind is not ReminderKind.ONE_OFF)
        shown = candidates[0] if candidates else None
        dropped.extend(DroppedReminder(r, DropReason.SUPERSEDED) for r in candidates[1:])
        shown = self._hold_while_quiet(shown, now_utc, quiet, dropped)
        return ReminderCheck(shown, tuple(dropped), waiting, self._held)

    def _hold_while_quiet(
        self,
        shown: Reminder | None,
        now_utc: datetime,
        quiet: bool,
        dropped: list[DroppedReminder],
    ) -> Reminder | None:
        """Hold ``shown`` while the user is quiet; give back a held one when they are free."""
        held = self._held
        if held is not None and now_utc - held.due >= timedelta(seconds=QUIET_LIMIT_S):
            dropped.append(DroppedReminder(held, DropReason.QUIET))
            held = self._held = None
        if quiet:
            if shown is not None:
                if held is not None:  # the newer one replaces it
                    dropped.append(DroppedReminder(held, DropReason.SUPERSEDED))
                self._held = shown
            return None
        self._held = None
        if held is None:
            return shown
        if shown is None:
            return held
        dropped.append(DroppedReminder(held, DropReason.SUPERSEDED))
        return shown
