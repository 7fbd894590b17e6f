"""Kiosk mode rules: when a waiting-room PC goes back to its welcome screen, and what it offers.

A kiosk serves one person after another. :class:`GuestActivity` decides when the screen
returns to the welcome screen and forgets the last person: after ``idle_reset_s`` without
input, never while a session runs (a patient lies still with closed eyes), and a short
grace after a session ends. It only answers "when": the caller counts input, starts one
timer to :meth:`GuestActivity.deadline` and performs the reset.
"""

from __future__ import annotations

from collections.abc import Sequence

AFTER_SESSION_GRACE_S = 45.0  # an untouched end screen returns to the welcome screen after this
WELCOME_BREATHE_MINUTES: tuple[float, ...] = (2.0, 5.0)  # the breathing choices offered
# The welcome screen's "Relax": the first of these the clinic offers, short ones first.
PREFERRED_RELAX_ROUTINES: tuple[str, ...] = (
    "feet-to-pelvic-floor-quick",
    "feet-to-pelvic-floor-short",
    "release-only",
    "feet-to-pelvic-floor",
)


class GuestActivity:
    """When a kiosk should return to its welcome screen.

    The rules, with times in monotonic seconds:

    - right after a reset nothing is due until someone touches the screen (the welcome
      screen has nothing to forget);
    - otherwise a reset is due ``idle_reset_s`` after the last input;
    - while a session runs no reset is ever due; a paused session is input like any other;
    - when a session ends and nobody touches the screen, a reset is due ``grace_s`` after
      the end (or ``idle_reset_s`` after it, if that is shorter); input on the end screen
      (a rating, say) brings back the ordinary idle rule.

    Args:
        idle_reset_s: seconds without input before the welcome screen returns.
        grace_s: seconds an untouched end screen stays.

    Raises:
        ValueError: a time that is not positive.
    """

    def __init__(self, idle_reset_s: float, grace_s: float = AFTER_SESSION_GRACE_S) -> None:
        if not idle_reset_s > 0 or not grace_s > 0:
            raise ValueError("idle_reset_s and grace_s must be positive")
        self.idle_reset_s = idle_reset_s
        self.grace_s = grace_s
        self._clean = True
        self._running = False
        self._last_input = 0.0
        self._ended_at: float | None = None

    @property
    def clean(self) -> bool:
        """True while the welcome screen shows and nobody has touched it since the reset."""
        return self._clean

    @property
    def running(self) -> bool:
        """True while a session runs (not paused)."""
        return self._running

    def note_input(self, now: float) -> None:
        """A key, click, touch or mouse movement happened at ``now``."""
        self._clean = False
        self._last_input = max(self._last_input, now)

    def session_running(self, now: float) -> None:
        """A session started or resumed at ``now``."""
        self.note_input(now)
        self._running = True
        self._ended_at = None

    def session_paused(self, now: float) -> None:
        """The running session was paused at ``now`` (the idle rule applies again)."""
        self.note_input(now)
        self._running = False

    def session_ended(self, now: float) -> None:
        """The session finished or was stopped at ``now``: the end screen shows."""
        self._clean = False
        self._running = False
        self._ended_at = now

    def was_reset(self, now: float) -> None:
        """The welcome screen is back and everything was forgotten at ``now``."""
        self._clean = True
        self._running = False
        self._ended_at = None
        self._last_input = now

    def deadline(self) -> float | None:
        """When a reset is due, or None when none is (clean, or a session runs)."""
        if self._clean or self._running:
            return None
        if self._ended_at is not None and self._last_input <= self._ended_at:
            return self._ended_at + min(self.grace_s, self.idle_reset_s)
        return self._last_input + self.idle_reset_s

    def reset_due(self, now: float) -> bool:
        """True when the kiosk should return to the welcome screen at ``now``."""
        deadline = self.deadline()
        return deadline is not None and now >= deadline


def pick_relax_routine(offered: Sequence[str]) -> str | None:
    """The routine the welcome screen's "Relax" starts, from the ids on offer in order.

    A short standard relaxation when one is offered, else the first routine offered, else
    None (the welcome screen then has no "Relax" choice).
    """
    for routine_id in PREFERRED_RELAX_ROUTINES:
        if routine_id in offered:
            return routine_id
    return offered[0] if offered else None
