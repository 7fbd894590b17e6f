"""A realistic, made-up eight-week programme history, for showing calmfloor (and for tests).

:func:`demo_history` is pure and deterministic: the same seed and the same ``today`` give
the same sessions, flares and programmes. Practice starts patchy and settles (as it tends
to), the physiotherapist revises the programme half-way, tension and pain ease, a few
routine steps are skipped because they hurt, heat is used after spasms (once left on
past the alarm), and there are three flares.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from calmfloor.core.breathing import preset
from calmfloor.core.programme import FlareEntry
from calmfloor.core.session import Outcome, Ratings, SessionKind, SessionRecord

__all__ = ["DEMO_WEEKS", "DemoHistory", "demo_history", "demo_programme_text"]

DEMO_WEEKS = 8
_REVISED_AFTER_WEEKS = 4

_PROGRAMME_TEMPLATE = """\
format = 1
id = "pelvic-release-demo"
title = "{title}"
author = "A. Physio, City Pelvic Health (demo)"
start = {start}
weeks = {weeks}
review = {review}
note = "Let go, never squeeze. Stop any exercise that raises your pain."
ratings = ["tension", "pain"]

[[items]]
id = "release-breathing"
label = "Release breathing"
kind = "breathing"
pattern = "Pelvic-floor drop"
minutes = 5
min_gap_hours = 4
[items.timing]
frequency = 2
period = 1
periodUnit = "d"
timeOfDay = ["08:00", "20:00"]

[[items]]
id = "relax"
label = "{routine_label}"
kind = "routine"
routine = "{routine}"
minutes = {routine_minutes}
[items.timing]
frequency = 1
period = 1
periodUnit = "d"
timeOfDay = ["18:30"]

[[items]]
id = "piriformis"
label = "Piriformis stretch"
kind = "routine"
routine = "piriformis-stretch"
minutes = 5
[items.timing]
frequency = 3
period = 1
periodUnit = "wk"

[[items]]
id = "heat-after-spasm"
label = "Heat after a spasm"
kind = "heat"
minutes = 15
as_needed = true
min_gap_hours = 2

[flare]
steps = ["release-breathing", "relax", "heat-after-spasm"]
when_to_call = "Call the clinic if pain stays at 7 or more for two days, or with fever or numbness."
"""


def demo_programme_text(start: date, *, revised: bool = False) -> str:
    """The demo programme file; the revision swaps the release-only routine for PMR.

    The first runs eight weeks but is replaced after four; the revision runs six, so it is
    still in force (two weeks to go) on the day the demo is made.
    """
    weeks = DEMO_WEEKS - _REVISED_AFTER_WEEKS + 2 if revised else DEMO_WEEKS
    return _PROGRAMME_TEMPLATE.format(
        title="Pelvic-floor release, weeks 5 to 8" if revised else "Pelvic-floor release",
        start=start.isoformat(),
        weeks=weeks,
        review=(start + timedelta(days=weeks * 7)).isoformat(),
        routine="feet-to-pelvic-floor-short" if revised else "release-only",
        routine_minutes=7 if revised else 10,
        routine_label="Feet to pelvic floor (short)" if revised else "Release only",
    )


@dataclass(frozen=True, slots=True)
class DemoHistory:
    """What the demo folder holds.

    Attributes:
        programmes: each programme file's text with the moment it was made active.
        sessions: the sessions, oldest first.
        flares: the flare log.
    """

    programmes: tuple[tuple[str, datetime], ...]
    sessions: tuple[SessionRecord, ...]
    flares: tuple[FlareEntry, ...]


_ROUTINES = {
    "release-only": ("Release only", SessionKind.RELAX, 9, ("glutes", "pelvic_floor")),
    "feet-to-pelvic-floor-short": (
        "Feet to pelvic floor (short)",
        SessionKind.RELAX,
        7,
        ("thighs", "pelvic_floor"),
    ),
    "piriformis-stretch": ("Piriformis stretch", SessionKind.STRETCH, 3, ("glutes",)),
}


def demo_history(today: date, zone: tzinfo, seed: int = 19) -> DemoHistory:
    """Eight weeks of made-up practice ending yesterday, in the time zone ``zone``.

    Args:
        today: the day the demo is made; the programme started eight weeks before.
        zone: the local time zone of the sessions (a ``ZoneInfo`` gives real clock changes).
        seed: the random seed.
    """
    rng = random.Random(seed)
    start = today - timedelta(days=DEMO_WEEKS * 7)
    revised_on = start + timedelta(days=_REVISED_AFTER_WEEKS * 7)

    def at(day: date, clock: time, jitter_min: int = 40) -> datetime:
        moment = datetime.combine(day, clock, zone)
        return moment + timedelta(minutes=rng.randint(-jitter_min, jitter_min))

    programmes = (
        (demo_programme_text(start), at(start, time(9, 30), 0)),
        (demo_programme_text(revised_on, revised=True), at(revised_on, time(7, 15), 0)),
    )
    pattern = preset("Pelvic-floor drop")
    sessions: list[SessionRecord] = []
    flares: list[FlareEntry] = []
    flare_days = {start + timedelta(days=9), start + timedelta(days=23), revised_on + timedelta(12)}
    for offset in range(DEMO_WEEKS * 7):
        day = start + timedelta(days=offset)
        progress = offset / (DEMO_WEEKS * 7)
        keen = 0.55 + 0.35 * progress  # practice settles over the weeks
        tension = max(1, round(7 - 4 * progress + rng.uniform(-1, 1)))
        pain = max(0, round(6 - 4 * progress + rng.uniform(-1, 1)))
        flare = day in flare_days
        if flare:
            severity = rng.randint(6, 8)
            trigger = rng.choice(("long drive", "sitting all day", "", "stress at work"))
            flares.append(FlareEntry(at(day, time(14, 0), 90), severity, trigger))
            tension, pain = min(10, tension + 3), min(10, pain + 3)
        for clock in (time(8, 0), time(20, 0)):
            if rng.random() < keen or flare:
                sessions.append(_breathing(at(day, clock), pattern.to_dict(), rng, tension, pain))
        routine_id = "feet-to-pelvic-floor-short" if day >= revised_on else "release-only"
        if rng.random() < keen - 0.1:
            sessions.append(_routine(at(day, time(18, 30), 60), routine_id, rng, tension, pain))
        if day.weekday() in (0, 2, 4) and rng.random() < keen:
            sessions.append(_routine(at(day, time(12, 30), 60), "piriformis-stretch", rng))
        if flare or offset == 30 or rng.random() < 0.12:  # day 30: left on past the alarm
            overrun = 57.0 if offset == 30 else 0.0
            sessions.append(_heat(at(day, time(15, 30), 60), overrun))
    sessions.sort(key=lambda record: record.started)
    return DemoHistory(programmes, tuple(sessions), tuple(flares))


def _ratings(rng: random.Random, tension: int, pain: int) -> Ratings:
    if rng.random() < 0.3:
        return Ratings()
    return Ratings(
        tension_before=min(10, tension),
        pain_before=min(10, pain),
        tension_after=max(0, tension - rng.randint(1, 3)),
        pain_after=max(0, pain - rng.randint(0, 2)),
    )


def _breathing(
    started: datetime, pattern: dict[str, object], rng: random.Random, tension: int, pain: int
) -> SessionRecord:
    stopped = rng.random() < 0.08
    actual = rng.uniform(90, 200) if stopped else 300.0
    return SessionRecord(
        kind=SessionKind.BREATHING,
        started=started,
        planned_s=300.0,
        name="Pelvic-floor drop",
        params={"pattern": pattern, "builtin": True, "length_unit": "minutes", "length_amount": 5},
        ended=started + timedelta(seconds=actual),
        actual_s=actual,
        outcome=Outcome.STOPPED if stopped else Outcome.COMPLETED,
        breaths=int(actual / 11),
        ratings=_ratings(rng, tension, pain),
    )


def _routine(
    started: datetime,
    routine_id: str,
    rng: random.Random,
    tension: int | None = None,
    pain: int | None = None,
) -> SessionRecord:
    name, kind, steps, tender = _ROUTINES[routine_id]
    minutes = {"release-only": 10, "feet-to-pelvic-floor-short": 7}.get(routine_id, 5)
    skipped: list[dict[str, object]] = []
    if rng.random() < 0.15:
        skipped.append({"step": steps - 2, "region": rng.choice(tender), "hurts": True})
    ratings = (
        _ratings(rng, tension, pain) if tension is not None and pain is not None else Ratings()
    )
    return SessionRecord(
        kind=kind,
        started=started,
        planned_s=minutes * 60.0,
        name=name,
        params={"routine_id": routine_id, "routine_version": "1.0", "source": "builtin"},
        ended=started + timedelta(minutes=minutes),
        actual_s=minutes * 60.0 - 40 * len(skipped),
        outcome=Outcome.COMPLETED,
        ratings=ratings,
        details={
            "steps_total": steps,
            "steps_completed": [step for step in range(steps) if step != steps - 2 or not skipped],
            "steps_skipped": skipped,
        },
    )


def _heat(started: datetime, overrun_s: float) -> SessionRecord:
    length = 15 * 60.0
    return SessionRecord(
        kind=SessionKind.HEAT,
        started=started,
        planned_s=length,
        name="Lower back",
        params={"area": "lower_back", "planned_min": 15, "skin_check_every_min": 5, "cap_min": 20},
        ended=started + timedelta(seconds=length + overrun_s),
        actual_s=length + overrun_s,
        outcome=Outcome.COMPLETED,
        details={
            "area": "lower_back",
            "skin_checks_due": 2,
            "skin_checks_acknowledged": 2,
            "overrun_s": overrun_s,
        },
    )
