"""Paced breathing: patterns, presets, the ramp, and the session state machine.

Everything here is a pure function of elapsed time. The breathing phase at any moment is
computed from the time since the start (pauses excluded), so a late or dropped frame can never
make the pace drift: the view simply paints the latest sample.

With a ramp, the pace changes linearly in breaths per minute from ``start_bpm`` to the
pattern's own rate over ``minutes``, every phase scaled alike so the in:out ratio is kept.
"Pattern time" tau(t) is the integral of (rate(t) / target rate): at the target pace it runs
at one pattern-second per second, so phase boundaries are ``n * cycle + offset`` in tau and
the real time of any boundary comes from inverting tau in closed form.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import IntEnum, StrEnum
from typing import Any

from calmfloor.core.i18n import QT_TRANSLATE_NOOP

PHASE_MAX_S = 30.0
BREATH_MIN_S = 1.0  # in- and out-breath are at least this long
PHASE_STEP_S = 0.5
RAMP_MIN_BPM = 3.0
RAMP_MAX_BPM = 20.0
RAMP_MAX_MIN = 60.0
_EPS_S = 1e-9  # float slack when a time lands exactly on a phase boundary


class PatternError(ValueError):
    """A breathing pattern with impossible values; ``problems`` lists each one."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


class Phase(IntEnum):
    """The four phases of one breath, in order."""

    IN = 0
    HOLD_IN = 1
    OUT = 2
    HOLD_OUT = 3


PHASE_WORDS: Mapping[Phase, str] = {
    Phase.IN: QT_TRANSLATE_NOOP("breathing", "Breathe in"),
    Phase.HOLD_IN: QT_TRANSLATE_NOOP("breathing", "Hold"),
    Phase.OUT: QT_TRANSLATE_NOOP("breathing", "Breathe out"),
    Phase.HOLD_OUT: QT_TRANSLATE_NOOP("breathing", "Hold"),
}


def _on_step(value: float) -> bool:
    return abs(value / PHASE_STEP_S - round(value / PHASE_STEP_S)) < 1e-9


@dataclass(frozen=True, slots=True)
class BreathPattern:
    """Four phase lengths in seconds: in, hold after in, out, hold after out.

    Attributes:
        name: shown to the user; unique among patterns.
        inhale_s, hold_in_s, exhale_s, hold_out_s: phase lengths, 0-30 s in 0.5 s steps;
            in and out at least 1 s.
        purpose: one line saying what the pattern is for.
        cue_in, cue_out: optional words shown (and spoken by screen readers) at the start of
            the in- and out-breath instead of the plain phase word.
        builtin: True for the shipped presets, which cannot be edited or deleted.
    """

    name: str
    inhale_s: float
    hold_in_s: float
    exhale_s: float
    hold_out_s: float
    purpose: str = ""
    cue_in: str = ""
    cue_out: str = ""
    builtin: bool = False

    def __post_init__(self) -> None:
        problems = self.problems()
        if problems:
            raise PatternError(problems)

    def problems(self) -> list[str]:
        """Every rule this pattern breaks, in plain English (empty when valid)."""
        problems: list[str] = []
        if not self.name.strip():
            problems.append("the name is empty")
        for label, value in zip(
            ("in", "hold after in", "out", "hold after out"), self.durations, strict=True
        ):
            if not isinstance(value, int | float) or isinstance(value, bool) or math.isnan(value):
                problems.append(f"{label}: not a number")
                continue
            if not 0 <= value <= PHASE_MAX_S:
                problems.append(f"{label}: {value:g} s is outside 0-{PHASE_MAX_S:g} s")
            elif not _on_step(value):
                problems.append(f"{label}: {value:g} s is not a multiple of {PHASE_STEP_S:g} s")
        for label, value in (("in", self.inhale_s), ("out", self.exhale_s)):
            if isinstance(value, int | float) and value < BREATH_MIN_S:
                problems.append(f"{label}: must be at least {BREATH_MIN_S:g} s")
        return problems

    @property
    def durations(self) -> tuple[float, float, float, float]:
        """Phase lengths in phase order."""
        return (self.inhale_s, self.hold_in_s, self.exhale_s, self.hold_out_s)

    @property
    def cycle_s(self) -> float:
        """Length of one whole breath."""
        return self.inhale_s + self.hold_in_s + self.exhale_s + self.hold_out_s

    @property
    def rate_bpm(self) -> float:
        """Breaths per minute at this pattern's own pace."""
        return 60.0 / self.cycle_s

    @property
    def short_label(self) -> str:
        """The phases as digits, e.g. ``4-7-8-0``."""
        return "-".join(f"{d:g}" for d in self.durations)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (``builtin`` is not stored)."""
        return {
            "name": self.name,
            "in": self.inhale_s,
            "hold_in": self.hold_in_s,
            "out": self.exhale_s,
            "hold_out": self.hold_out_s,
            "purpose": self.purpose,
            "cue_in": self.cue_in,
            "cue_out": self.cue_out,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BreathPattern:
        """Build a user pattern from :meth:`to_dict` output.

        Raises:
            PatternError: listing every missing or bad value.
        """
        problems: list[str] = []
        if not isinstance(data, Mapping):
            raise PatternError(["not a table of values"])
        name = data.get("name")
        if not isinstance(name, str):
            problems.append("name: missing or not text")
        values: dict[str, float] = {}
        for key in ("in", "hold_in", "out", "hold_out"):
            value = data.get(key, 0 if key.startswith("hold") else None)
            if isinstance(value, bool) or not isinstance(value, int | float):
                problems.append(f"{key}: missing or not a number")
            else:
                values[key] = float(value)
        texts: dict[str, str] = {}
        for key in ("purpose", "cue_in", "cue_out"):
            value = data.get(key, "")
            if not isinstance(value, str):
                problems.append(f"{key}: not text")
            else:
                texts[key] = value
        if problems:
            raise PatternError(problems)
        assert isinstance(name, str)
        return cls(
            name=name.strip(),
            inhale_s=values["in"],
            hold_in_s=values["hold_in"],
            exhale_s=values["out"],
            hold_out_s=values["hold_out"],
            purpose=texts["purpose"],
            cue_in=texts["cue_in"],
            cue_out=texts["cue_out"],
        )


def _preset(
    name: str,
    phases: tuple[float, float, float, float],
    purpose: str,
    cue_in: str = "",
    cue_out: str = "",
) -> BreathPattern:
    return BreathPattern(
        name, *phases, purpose=purpose, cue_in=cue_in, cue_out=cue_out, builtin=True
    )


PRESETS: tuple[BreathPattern, ...] = (
    _preset(
        QT_TRANSLATE_NOOP("patterns", "Resonance"),
        (5.5, 0, 5.5, 0),
        QT_TRANSLATE_NOOP(
            "patterns", "About 5.5 breaths a minute: the slow, even rate most studies use."
        ),
    ),
    _preset(
        QT_TRANSLATE_NOOP("patterns", "Slow 6 a minute"),
        (5, 0, 5, 0),
        QT_TRANSLATE_NOOP("patterns", "Six easy breaths a minute, in and out the same length."),
    ),
    _preset(
        QT_TRANSLATE_NOOP("patterns", "Longer out-breath"),
        (4, 0, 6, 0),
        QT_TRANSLATE_NOOP("patterns", "Breathing out for longer than in helps the body settle."),
    ),
    _preset(
        QT_TRANSLATE_NOOP("patterns", "Calm"),
        (4, 4, 6, 0),
        QT_TRANSLATE_NOOP("patterns", "A short rest when full, then a long, slow out-breath."),
    ),
    _preset(
        QT_TRANSLATE_NOOP("patterns", "4-7-8"),
        (4, 7, 8, 0),
        QT_TRANSLATE_NOOP(
            "patterns", "A wind-down pattern with a long hold. Shorten the hold if it strains."
        ),
    ),
    _preset(
        QT_TRANSLATE_NOOP("patterns", "Box"),
        (4, 4, 4, 4),
        QT_TRANSLATE_NOOP("patterns", "Four even sides with rests; steadying when thoughts race."),
    ),
    _preset(
        QT_TRANSLATE_NOOP("patterns", "Pelvic-floor drop"),
        (5, 0, 6, 0),
        QT_TRANSLATE_NOOP(
            "patterns",
            "Let the pelvic floor soften as you breathe in and return as you breathe out. "
            "No squeezing.",
        ),
        cue_in=QT_TRANSLATE_NOOP("patterns", "Let the pelvic floor drop and widen"),
        cue_out=QT_TRANSLATE_NOOP("patterns", "Let it gently return"),
    ),
)

DEFAULT_PATTERN = PRESETS[0]


def preset(name: str) -> BreathPattern:
    """The built-in preset called ``name`` (case-insensitive).

    Raises:
        KeyError: no preset has that name.
    """
    for pattern in PRESETS:
        if pattern.name.casefold() == name.casefold():
            return pattern
    raise KeyError(name)


@dataclass(frozen=True, slots=True)
class Ramp:
    """A gradual change of pace from ``start_bpm`` to the pattern's rate over ``minutes``."""

    start_bpm: float
    minutes: float

    def __post_init__(self) -> None:
        if not RAMP_MIN_BPM <= self.start_bpm <= RAMP_MAX_BPM:
            raise ValueError(f"ramp start {self.start_bpm} bpm is outside the allowed range")
        if not 0 < self.minutes <= RAMP_MAX_MIN:
            raise ValueError(f"ramp length {self.minutes} min is outside the allowed range")


class Pace:
    """Maps real elapsed seconds to pattern time and back, with an optional ramp.

    Args:
        pattern: the target pattern.
        ramp: optional ramp; None means the pattern's pace from the first breath.
    """

    def __init__(self, pattern: BreathPattern, ramp: Ramp | None = None) -> None:
        self.pattern = pattern
        self.ramp = ramp
        target = pattern.rate_bpm
        if ramp is None or math.isclose(ramp.start_bpm, target):
            self._k0 = 1.0
            self._t_ramp = 0.0
        else:
            # speed in pattern-seconds per second goes linearly from k0 to 1 over t_ramp
            self._k0 = ramp.start_bpm / target
            self._t_ramp = ramp.minutes * 60.0
        self._tau_ramp = (self._k0 + 1.0) / 2.0 * self._t_ramp

    def speed(self, t: float) -> float:
        """Pattern-seconds per real second at ``t``."""
        if t >= self._t_ramp:
            return 1.0
        return self._k0 + (1.0 - self._k0) * t / self._t_ramp

    def rate_bpm(self, t: float) -> float:
        """Breaths per minute at elapsed time ``t``."""
        return self.pattern.rate_bpm * self.speed(max(t, 0.0))

    def tau(self, t: float) -> float:
        """Pattern time reached after ``t`` real seconds."""
        if t >= self._t_ramp:
            return self._tau_ramp + (t - self._t_ramp)
        a = (1.0 - self._k0) / (2.0 * self._t_ramp)
        return self._k0 * t + a * t * t

    def time_at(self, tau: float) -> float:
        """Real elapsed seconds at which pattern time ``tau`` is reached (inverse of tau)."""
        if tau >= self._tau_ramp:
            return self._t_ramp + (tau - self._tau_ramp)
        a = (1.0 - self._k0) / (2.0 * self._t_ramp)
        # root of a t^2 + k0 t - tau = 0, in the form that stays accurate when a is tiny
        return 2.0 * tau / (self._k0 + math.sqrt(self._k0 * self._k0 + 4.0 * a * tau))


class LengthUnit(StrEnum):
    """How a session's length is chosen."""

    MINUTES = "minutes"
    BREATHS = "breaths"


def _ease(p: float) -> float:
    """Sine ease-in-out: gentle start and stop, no jerk at the turns."""
    return 0.5 - 0.5 * math.cos(math.pi * min(max(p, 0.0), 1.0))


@dataclass(frozen=True, slots=True)
class BreathSample:
    """Everything a view needs to paint one frame; a pure function of elapsed time.

    Attributes:
        phase: the current phase.
        phase_progress: 0 at the start of the phase, 1 at its end.
        phase_left_s: seconds until the phase ends.
        phase_length_s: real length of this phase (it varies during a ramp).
        breath_index: 0-based index of the breath in progress.
        breaths_done: completed breaths (an out-breath finished).
        total_breaths: breaths in the whole session.
        elapsed_s: active seconds since the start, pauses excluded.
        remaining_s: active seconds until the session ends.
        total_s: the session's full length in seconds.
        rate_bpm: the current pace in breaths per minute.
        level: how full the lungs are, 0..1, eased; the pacer's size.
    """

    phase: Phase
    phase_progress: float
    phase_left_s: float
    phase_length_s: float
    breath_index: int
    breaths_done: int
    total_breaths: int
    elapsed_s: float
    remaining_s: float
    total_s: float
    rate_bpm: float
    level: float


@dataclass(frozen=True, slots=True)
class SessionPlan:
    """What the user chose: pattern, optional ramp, and a length in minutes or breaths."""

    pattern: BreathPattern
    unit: LengthUnit = LengthUnit.MINUTES
    amount: float = 5.0
    ramp: Ramp | None = None

    def __post_init__(self) -> None:
        if self.amount <= 0:
            raise ValueError("a session needs a positive length")
        if self.unit is LengthUnit.BREATHS and self.amount != int(self.amount):
            raise ValueError("a whole number of breaths is needed")


class BreathTimeline:
    """The fixed schedule of one planned session.

    The session always ends at the end of an out-breath: for a length in minutes, the
    out-breath end nearest the chosen time (at least one breath); for a length in breaths,
    the end of the last out-breath (the hold after it is not waited out).
    """

    def __init__(self, plan: SessionPlan) -> None:
        self.plan = plan
        self.pattern = plan.pattern
        self.pace = Pace(plan.pattern, plan.ramp)
        d = self.pattern.durations
        self._cum = (0.0, d[0], d[0] + d[1], d[0] + d[1] + d[2], self.pattern.cycle_s)
        self._out_end = self._cum[3]
        if plan.unit is LengthUnit.BREATHS:
            self.total_breaths = int(plan.amount)
        else:
            self.total_breaths = self._breaths_for(plan.amount * 60.0)
        self.total_s = self.out_breath_end(self.total_breaths - 1)

    def out_breath_end(self, breath_index: int) -> float:
        """Real elapsed seconds at which breath ``breath_index`` (0-based) ends its out-breath."""
        return self.pace.time_at(breath_index * self.pattern.cycle_s + self._out_end)

    def _breaths_for(self, seconds: float) -> int:
        cycle = self.pattern.cycle_s
        approx = (self.pace.tau(seconds) - self._out_end) / cycle
        best = 1
        best_gap = math.inf
        for n in {math.floor(approx), math.ceil(approx)}:
            count = max(n + 1, 1)
            gap = abs(self.out_breath_end(count - 1) - seconds)
            if gap < best_gap - _EPS_S or (abs(gap - best_gap) <= _EPS_S and count > best):
                best, best_gap = count, gap
        return best

    def sample(self, t: float) -> BreathSample:
        """The state of the session ``t`` active seconds after the start."""
        t = min(max(t, 0.0), self.total_s)
        cycle = self.pattern.cycle_s
        tau = self.pace.tau(t)
        n = math.floor(tau / cycle)
        within = tau - n * cycle
        if within >= cycle - _EPS_S:
            n, within = n + 1, 0.0
        phase = Phase.HOLD_OUT
        for k in range(4):
            if within < self._cum[k + 1] - _EPS_S:
                phase = Phase(k)
                break
        if t >= self.total_s:  # the final out-breath has just ended
            n, phase = self.total_breaths - 1, Phase.OUT
        start = self.pace.time_at(n * cycle + self._cum[phase])
        end = self.pace.time_at(n * cycle + self._cum[phase + 1])
        length = end - start
        progress = 1.0 if length <= 0 else min(max((t - start) / length, 0.0), 1.0)
        done = (
            0
            if tau < self._out_end - _EPS_S
            else math.floor((tau - self._out_end) / cycle + _EPS_S) + 1
        )
        done = min(done, self.total_breaths)
        if phase is Phase.IN:
            level = _ease(progress)
        elif phase is Phase.HOLD_IN:
            level = 1.0
        elif phase is Phase.OUT:
            level = 1.0 - _ease(progress)
        else:
            level = 0.0
        return BreathSample(
            phase=phase,
            phase_progress=progress,
            phase_left_s=max(end - t, 0.0),
            phase_length_s=length,
            breath_index=n,
            breaths_done=done,
            total_breaths=self.total_breaths,
            elapsed_s=t,
            remaining_s=self.total_s - t,
            total_s=self.total_s,
            rate_bpm=self.pace.rate_bpm(t),
            level=level,
        )


class SessionState(StrEnum):
    """Where a breathing session is in its life."""

    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"  # ran to its planned end
    STOPPED = "stopped"  # the user stopped it early


@dataclass(frozen=True, slots=True)
class PhaseStarted:
    """A new phase began (emitted once per phase; after a long stall, only the current one)."""

    phase: Phase
    breath_index: int


@dataclass(frozen=True, slots=True)
class StateChanged:
    """The session moved to ``state``."""

    state: SessionState


@dataclass(frozen=True, slots=True)
class SessionEnded:
    """The session is over, by reaching its end (``completed``) or by a stop."""

    completed: bool
    elapsed_s: float
    breaths: int


Event = PhaseStarted | StateChanged | SessionEnded


@dataclass(slots=True)
class BreathingSession:
    """The paced-breathing state machine. Every method takes ``now`` (monotonic seconds).

    Active time is ``now - started - paused``; pauses neither lose nor add time.
    Call :meth:`update` on every frame; it returns the events since the last call.
    """

    plan: SessionPlan
    timeline: BreathTimeline = field(init=False)
    state: SessionState = SessionState.IDLE
    _started: float = 0.0
    _paused_total: float = 0.0
    _paused_at: float | None = None
    _ended_elapsed: float | None = None
    _last_phase: tuple[int, Phase] | None = None

    def __post_init__(self) -> None:
        self.timeline = BreathTimeline(self.plan)

    def elapsed(self, now: float) -> float:
        """Active seconds since the start, capped at the session's length."""
        if self.state is SessionState.IDLE:
            return 0.0
        if self._ended_elapsed is not None:
            return self._ended_elapsed
        end = self._paused_at if self._paused_at is not None else now
        return min(max(end - self._started - self._paused_total, 0.0), self.timeline.total_s)

    def sample(self, now: float) -> BreathSample:
        """The frame to paint at ``now``."""
        return self.timeline.sample(self.elapsed(now))

    def start(self, now: float) -> list[Event]:
        """Begin breathing at ``now``; the first in-breath starts at once."""
        if self.state is not SessionState.IDLE:
            raise RuntimeError(f"cannot start a session that is {self.state}")
        self._started = now
        self.state = SessionState.RUNNING
        return [StateChanged(self.state), *self.update(now)]

    def pause(self, now: float) -> list[Event]:
        """Freeze the session; nothing moves until :meth:`resume`."""
        if self.state is not SessionState.RUNNING:
            return []
        events = self.update(now)
        if any(isinstance(event, SessionEnded) for event in events):
            return events
        self._paused_at = now
        self.state = SessionState.PAUSED
        return [*events, StateChanged(self.state)]

    def resume(self, now: float) -> list[Event]:
        """Continue from exactly where the pause began."""
        if self.state is not SessionState.PAUSED or self._paused_at is None:
            return []
        self._paused_total += now - self._paused_at
        self._paused_at = None
        self.state = SessionState.RUNNING
        return [StateChanged(self.state), *self.update(now)]

    def toggle(self, now: float) -> list[Event]:
        """Start, pause or resume, whichever fits (the Space key)."""
        if self.state is SessionState.IDLE:
            return self.start(now)
        if self.state is SessionState.RUNNING:
            return self.pause(now)
        return self.resume(now)

    def stop(self, now: float) -> list[Event]:
        """End the session early; a finished session is left as it is."""
        if self.state not in (SessionState.RUNNING, SessionState.PAUSED):
            return []
        events = self.update(now) if self.state is SessionState.RUNNING else []
        if any(isinstance(event, SessionEnded) for event in events):
            return events  # it reached its planned end before the stop
        elapsed = self.elapsed(now)
        self._ended_elapsed = elapsed
        self.state = SessionState.STOPPED
        done = self.timeline.sample(elapsed).breaths_done
        return [*events, StateChanged(self.state), SessionEnded(False, elapsed, done)]

    def update(self, now: float) -> list[Event]:
        """Events since the last call: a new phase, or the end of the session."""
        return self.advance(now)[0]

    def advance(self, now: float) -> tuple[list[Event], BreathSample]:
        """:meth:`update` and :meth:`sample` in one step (one sample computed per frame)."""
        elapsed = self.elapsed(now)
        sample = self.timeline.sample(elapsed)
        if self.state is not SessionState.RUNNING:
            return [], sample
        if elapsed >= self.timeline.total_s:
            self._ended_elapsed = self.timeline.total_s
            self.state = SessionState.FINISHED
            return [
                StateChanged(self.state),
                SessionEnded(True, self.timeline.total_s, self.timeline.total_breaths),
            ], sample
        key = (sample.breath_index, sample.phase)
        if key == self._last_phase:
            return [], sample
        self._last_phase = key
        return [PhaseStarted(sample.phase, sample.breath_index)], sample

    @property
    def is_active(self) -> bool:
        """True while running or paused."""
        return self.state in (SessionState.RUNNING, SessionState.PAUSED)
