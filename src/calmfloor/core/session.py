"""The record of one practice session, as stored in history."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from typing import Any

RATING_MIN = 0
RATING_MAX = 10


class SessionKind(StrEnum):
    """What was practised."""

    BREATHING = "breathing"
    RELAX = "relax"  # a progressive muscle relaxation routine
    STRETCH = "stretch"  # a stretch or self-care routine (same engine as relax)
    HEAT = "heat"  # a heat-pack session


class Outcome(StrEnum):
    """How a session ended."""

    RUNNING = "running"  # written at start; still RUNNING on next launch means it was cut off
    COMPLETED = "completed"
    STOPPED = "stopped"  # the user stopped before the planned end (heat: pack removed early)
    INTERRUPTED = "interrupted"  # crash, kill or power loss; found and marked on next start


@dataclass(frozen=True, slots=True)
class Ratings:
    """Optional 0-10 ratings of tension and pain, before and after a session."""

    tension_before: int | None = None
    pain_before: int | None = None
    tension_after: int | None = None
    pain_after: int | None = None

    def __post_init__(self) -> None:
        for name in ("tension_before", "pain_before", "tension_after", "pain_after"):
            value = getattr(self, name)
            if value is not None and not (RATING_MIN <= value <= RATING_MAX):
                raise ValueError(f"{name} must be {RATING_MIN}-{RATING_MAX}, got {value}")


@dataclass(frozen=True, slots=True)
class SessionRecord:
    """One session. Times are timezone-aware; storage keeps UTC plus the local offset.

    Attributes:
        kind: what was practised.
        started: wall-clock start, timezone-aware (its offset is the user's local offset).
        planned_s: the planned active length in seconds.
        name: pattern or routine name shown in history.
        params: the exact parameters (pattern phases, ramp...), stored as JSON.
        ended: wall-clock end, or None while running.
        actual_s: active seconds practised (pauses excluded).
        outcome: how it ended.
        breaths: completed breaths (breathing sessions).
        ratings: before/after ratings.
        details: what happened, by kind, stored as JSON: for routines the steps completed
            and skipped; for heat the skin checks acknowledged and the time after the alarm.
        id: database row id, None before it is stored.
    """

    kind: SessionKind
    started: datetime
    planned_s: float
    name: str = ""
    params: dict[str, Any] = field(default_factory=dict)
    ended: datetime | None = None
    actual_s: float = 0.0
    outcome: Outcome = Outcome.RUNNING
    breaths: int = 0
    ratings: Ratings = field(default_factory=Ratings)
    details: dict[str, Any] = field(default_factory=dict)
    id: int | None = None

    def __post_init__(self) -> None:
        if self.started.tzinfo is None:
            raise ValueError("started must be timezone-aware")
        if self.ended is not None and self.ended.tzinfo is None:
            raise ValueError("ended must be timezone-aware")

    def with_(self, **changes: Any) -> SessionRecord:
        """A copy with ``changes`` applied."""
        return replace(self, **changes)
