"""Generated session histories for tests, benchmarks and screenshots (deterministic per seed).

Use from tests in ``tests/storage`` as ``from history_factory import make_history``; from
elsewhere put this folder on ``sys.path`` first (it needs only calmfloor and the standard
library, no pytest).
"""

from __future__ import annotations

import math
import random
from datetime import date, datetime, timedelta, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo

from calmfloor.core.session import Outcome, Ratings, SessionKind, SessionRecord
from calmfloor.storage.history_db import HistoryStore

SESSIONS_PER_DAY = 5.0  # on a practised day, on average ("five a day for eleven years")
PRACTISED_FRACTION = 0.9  # about one day in ten is missed
RATED_FRACTION = 0.7
PAIN_RATED_FRACTION = 0.6  # of the rated sessions, how many also rate pain
FIRST_HOUR = 7  # local practice hours: 07:00-21:59, never inside a clock change
LAST_HOUR = 21
BREATH_CYCLE_S = 11.0
DEFAULT_END = date(2026, 6, 30)
DEFAULT_TZ = ZoneInfo("Europe/Berlin")

_KINDS = (SessionKind.BREATHING, SessionKind.RELAX, SessionKind.STRETCH, SessionKind.HEAT)
_KIND_WEIGHTS = (60, 25, 5, 10)
_NAMES = {
    SessionKind.BREATHING: ("Resonance", "Slow exhale", "Box breathing"),
    SessionKind.RELAX: ("Whole body", "Pelvic floor release"),
    SessionKind.STRETCH: ("Piriformis stretch", "Hip flexor stretch"),
    SessionKind.HEAT: ("Heat pack",),
}
_OUTCOMES = (Outcome.COMPLETED, Outcome.STOPPED, Outcome.INTERRUPTED)
_OUTCOME_WEIGHTS = (88, 10, 2)
_DROPS = (0, 1, 1, 2, 2, 2, 3, 3, -1)  # after = before - drop: usually 1-3 lower


def practice_days(rng: random.Random, sessions: int, end: date) -> list[date]:
    """The days practised, oldest first, ending with ``end`` (always practised)."""
    span = max(1, math.ceil(sessions / (SESSIONS_PER_DAY * PRACTISED_FRACTION)))
    days = [end - timedelta(days=n) for n in range(span - 1, 0, -1)]
    return [day for day in days if rng.random() < PRACTISED_FRACTION] + [end]


def _ratings(rng: random.Random, outcome: Outcome) -> Ratings:
    if rng.random() >= RATED_FRACTION:
        return Ratings()
    rated_after = outcome is not Outcome.INTERRUPTED
    tension = rng.randint(3, 8)
    tension_after = min(10, max(0, tension - rng.choice(_DROPS))) if rated_after else None
    if rng.random() >= PAIN_RATED_FRACTION:
        return Ratings(tension_before=tension, tension_after=tension_after)
    pain = rng.randint(3, 8)
    pain_after = min(10, max(0, pain - rng.choice(_DROPS))) if rated_after else None
    return Ratings(tension, pain, tension_after, pain_after)


def make_session(rng: random.Random, day: date, tz: tzinfo) -> SessionRecord:
    """One realistic finished session on local ``day`` in time zone ``tz``."""
    kind = rng.choices(_KINDS, _KIND_WEIGHTS)[0]
    low_min = 10 if kind is SessionKind.HEAT else 2
    planned_s = 60.0 * rng.randint(low_min, 20)
    outcome = rng.choices(_OUTCOMES, _OUTCOME_WEIGHTS)[0]
    actual_s = planned_s if outcome is Outcome.COMPLETED else planned_s * rng.uniform(0.1, 0.9)
    actual_s = round(actual_s, 1)
    started = datetime(
        day.year,
        day.month,
        day.day,
        rng.randint(FIRST_HOUR, LAST_HOUR),
        rng.randrange(60),
        rng.randrange(60),
        tzinfo=tz,
    )
    return SessionRecord(
        kind=kind,
        started=started,
        planned_s=planned_s,
        name=rng.choice(_NAMES[kind]),
        ended=started + timedelta(seconds=actual_s),
        actual_s=actual_s,
        outcome=outcome,
        breaths=int(actual_s // BREATH_CYCLE_S) if kind is SessionKind.BREATHING else 0,
        ratings=_ratings(rng, outcome),
    )


def make_history(
    path: Path,
    sessions: int = 20_000,
    seed: int = 5,
    end: date = DEFAULT_END,
    *,
    tz: tzinfo = DEFAULT_TZ,
) -> list[SessionRecord]:
    """Write a realistic history of ``sessions`` sessions ending on local day ``end``.

    About five sessions on nine days in ten, backwards from ``end`` (which always has
    practice): 60 % breathing, 25 % relax, 5 % stretch, 10 % heat; 2-20 minutes; about 70 %
    rated, tension (and often pain) 3-8 before and usually 1-3 lower after; mostly
    completed. The same arguments always give the same database. Sessions are appended to
    an existing database at ``path`` (created with its folder when missing).

    Returns:
        The records written (without ids), oldest day first.
    """
    rng = random.Random(seed)
    days = practice_days(rng, sessions, end)
    chosen = sorted(rng.choice(days) for _ in range(sessions)) if sessions > 0 else []
    records = [make_session(rng, day, tz) for day in chosen]
    path.parent.mkdir(parents=True, exist_ok=True)
    with HistoryStore.open(path) as store:
        store.add_many(records)
    return records
