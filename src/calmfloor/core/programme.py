"""A physiotherapist's home programme: the file model and its checks.

A programme is plain data (a TOML file, like a routine) that says what to practise, how
long and how often, for how many weeks, and what to do in a flare. The schedule of each item
uses the words of HL7 FHIR ``Timing.repeat`` (``frequency``, ``period``, ``periodUnit``,
``timeOfDay``, ``boundsDuration``) so that it maps onto clinical systems later.

:func:`parse_programme` checks what ``tomllib`` read and reports every problem at once, each
naming the item and the key, with the same :class:`~calmfloor.core.routine.Problem` records
as routine files. Adherence (what was done against what was asked) is in
:mod:`calmfloor.core.adherence`.
"""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from itertools import pairwise
from typing import TypedDict

from calmfloor.core.heat import HEAT_MAX_MIN, HEAT_MIN_MIN
from calmfloor.core.routine import Problem

__all__ = [
    "MAX_ITEMS",
    "PROGRAMME_FORMAT",
    "FlareEntry",
    "FlarePlan",
    "ItemKind",
    "PeriodUnit",
    "Programme",
    "ProgrammeItem",
    "Timing",
    "parse_programme",
]

PROGRAMME_FORMAT = 1
MAX_ITEMS = 12
MAX_FLARE_STEPS = 5
TITLE_MAX_CHARS = 80
NOTE_MAX_CHARS = 1000
ITEM_NOTE_MAX_CHARS = 300
CALL_MAX_CHARS = 500
MAX_WEEKS = 52

_ID_RE = re.compile(r"[a-z0-9][a-z0-9._-]{0,63}")
_TIME_RE = re.compile(r"([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?")
_SHOWN_VALUE_CHARS = 40

RATINGS = ("tension", "pain")


class ItemKind(StrEnum):
    """What an item asks for."""

    BREATHING = "breathing"  # a breathing pattern, by name
    ROUTINE = "routine"  # a relax or stretch routine, by id
    HEAT = "heat"  # the heat-pack timer, under every heat rule


class PeriodUnit(StrEnum):
    """FHIR ``periodUnit`` values calmfloor reads (``d`` day, ``wk`` week)."""

    DAY = "d"
    WEEK = "wk"

    @property
    def days(self) -> int:
        return 1 if self is PeriodUnit.DAY else 7


@dataclass(frozen=True, slots=True)
class Timing:
    """FHIR ``Timing.repeat``: ``frequency`` times per ``period`` ``periodUnit``.

    Attributes:
        frequency: sessions asked per period.
        period: the period's length in ``unit`` (1 day, 1 week, 2 days...).
        unit: day or week.
        times_of_day: the times to practise (daily items only), sorted; may be empty.
        bounds_days: the item runs for this many days from the programme's start (FHIR
            ``boundsDuration``), or None for the whole programme.
    """

    frequency: int
    period: int = 1
    unit: PeriodUnit = PeriodUnit.DAY
    times_of_day: tuple[time, ...] = ()
    bounds_days: int | None = None

    @property
    def period_days(self) -> int:
        """The period in days."""
        return self.period * self.unit.days

    @property
    def is_daily(self) -> bool:
        """Asked every day (a period of one day)."""
        return self.period_days == 1


@dataclass(frozen=True, slots=True)
class ProgrammeItem:
    """One prescribed exercise.

    Attributes:
        id: unique within the programme; history and the flare plan name the item by it.
        kind: breathing, routine or heat.
        target: the breathing pattern's name or the routine's id ("" for heat).
        minutes: the dose.
        timing: the schedule; None for an as-needed item.
        label: what to call it on screen ("" to use the pattern or routine name).
        min_gap_hours: a second session sooner than this after one counted does not count.
        note: the physiotherapist's words for this item.
    """

    id: str
    kind: ItemKind
    target: str
    minutes: float
    timing: Timing | None
    label: str = ""
    min_gap_hours: float | None = None
    note: str = ""

    @property
    def as_needed(self) -> bool:
        """Done when needed (after a spasm), counted but never asked for."""
        return self.timing is None

    @property
    def title(self) -> str:
        """The label, or what is practised."""
        if self.label:
            return self.label
        return self.target or self.kind.value


@dataclass(frozen=True, slots=True)
class FlarePlan:
    """What to do in a flare: items to do in order, and when to call the clinic.

    Attributes:
        steps: item ids, in the order to do them.
        when_to_call: the clinic's advice on when to call.
        note: anything else.
    """

    steps: tuple[str, ...] = ()
    when_to_call: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class Programme:
    """A checked programme file.

    Attributes:
        id: the programme's id (lower case letters, digits, ``-._``).
        title: what it is called.
        author: who prescribed it.
        start: the first day.
        end: the last day (from ``weeks`` or ``end`` in the file).
        items: the exercises.
        review: the next review date, if given.
        note: the physiotherapist's note.
        ratings: the ratings to ask before and after (``tension``, ``pain``).
        flare: the flare plan, if any.
    """

    id: str
    title: str
    author: str
    start: date
    end: date
    items: tuple[ProgrammeItem, ...]
    review: date | None = None
    note: str = ""
    ratings: tuple[str, ...] = RATINGS
    flare: FlarePlan | None = None

    def item(self, item_id: str) -> ProgrammeItem | None:
        """The item with this id, or None."""
        return next((item for item in self.items if item.id == item_id), None)

    def runs_on(self, day: date) -> bool:
        """Whether ``day`` is within the programme."""
        return self.start <= day <= self.end

    def item_runs_on(self, item: ProgrammeItem, day: date) -> bool:
        """Whether ``item`` is asked on ``day`` (within the programme and its own bounds)."""
        if not self.runs_on(day):
            return False
        if item.timing is None or item.timing.bounds_days is None:
            return True
        return (day - self.start).days < item.timing.bounds_days

    @property
    def weeks(self) -> float:
        """The length in weeks."""
        return ((self.end - self.start).days + 1) / 7


FLARE_TRIGGER_MAX_CHARS = 120


def ratings_asked(programme: Programme | None) -> frozenset[str] | None:
    """The ratings a session page asks while ``programme`` is in force (``tension``,
    ``pain``, both or none); None without a programme, when the ``ask_ratings`` setting
    decides."""
    if programme is None:
        return None
    return frozenset(programme.ratings)


@dataclass(frozen=True, slots=True)
class FlareEntry:
    """One flare in the flare log.

    Attributes:
        at: when it began (timezone-aware, the user's local offset).
        severity: how bad, 0-10.
        trigger: what may have set it off ("" when not given).
        id: the database row id, None before it is stored.
    """

    at: datetime
    severity: int
    trigger: str = ""
    id: int | None = None

    def __post_init__(self) -> None:
        if self.at.tzinfo is None:
            raise ValueError("at must be timezone-aware")
        if isinstance(self.severity, bool) or not 0 <= self.severity <= 10:
            raise ValueError(f"severity must be 0-10, got {self.severity}")
        trigger = " ".join(self.trigger.split())[:FLARE_TRIGGER_MAX_CHARS]
        object.__setattr__(self, "trigger", trigger)


# -- checking ------------------------------------------------------------------------------

_TOP_KEYS = frozenset(
    {
        "format",
        "id",
        "title",
        "author",
        "start",
        "weeks",
        "end",
        "review",
        "note",
        "ratings",
        "items",
        "flare",
    }
)
_ITEM_KEYS = frozenset(
    {"id", "label", "kind", "pattern", "routine", "minutes", "as_needed", "timing"}
    | {"min_gap_hours", "note"}
)
_TIMING_KEYS = frozenset({"frequency", "period", "periodUnit", "timeOfDay", "boundsDuration"})
_BOUNDS_KEYS = frozenset({"value", "unit"})
_FLARE_KEYS = frozenset({"steps", "when_to_call", "note"})

_MISSING_HINTS = {
    "format": f"add format = {PROGRAMME_FORMAT} at the top of the file",
    "id": 'add a short id such as "pelvic-release" (small letters, digits, dots and dashes)',
    "title": "add the programme's title",
    "author": "add who prescribed it",
    "start": "add the first day, for example start = 2026-03-02",
    "items": "add at least one [[items]] table",
    "kind": 'add the kind: "breathing", "routine" or "heat"',
    "minutes": "add how many minutes, for example minutes = 5",
    "pattern": 'name the breathing pattern, for example pattern = "Pelvic-floor drop"',
    "routine": 'name the routine by its id, for example routine = "release-only"',
    "timing": "add a [items.timing] table (frequency, period, periodUnit), or as_needed = true",
    "frequency": "add how many times per period, for example frequency = 2",
}


@dataclass(frozen=True, slots=True)
class _Range:
    low: float
    high: float
    unit: str

    def hint(self) -> str:
        unit = f" {self.unit}" if self.unit else ""
        return f"use {_fmt(self.low)} to {_fmt(self.high)}{unit}"


_MINUTES = _Range(1, 60, "minutes")
_HEAT_MINUTES = _Range(HEAT_MIN_MIN, HEAT_MAX_MIN, "minutes")
_WEEKS = _Range(1, MAX_WEEKS, "weeks")
_FREQUENCY = _Range(1, 12, "")
_PERIOD = _Range(1, 31, "")
_GAP_HOURS = _Range(0.5, 24, "hours")
_BOUNDS_VALUE = _Range(1, 366, "")


def _fmt(value: float) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value) if value.bit_length() <= 40 else "a very large number"
    if float(value).is_integer() and abs(value) < 1e12:
        return str(int(value))
    return f"{value:g}"


def _show(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        text = value if len(value) <= _SHOWN_VALUE_CHARS else value[:_SHOWN_VALUE_CHARS] + "…"
        return '"' + text.replace("\n", " ") + '"'
    if isinstance(value, int | float):
        return _fmt(value) if math.isfinite(value) else str(value)
    if isinstance(value, list):
        return "a list"
    if isinstance(value, Mapping):
        return "a table"
    if isinstance(value, time):
        return "a time"
    return "a date" if isinstance(value, date) else "this value"


def _did_you_mean(word: str, choices: Collection[str]) -> str:
    close = difflib.get_close_matches(word, sorted(choices), n=1, cutoff=0.6)
    return f' Did you mean "{close[0]}"?' if close else ""


class _Where(TypedDict):
    item: int | None
    label: str | None


class _Checker:
    """Collects the problems of one programme file."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.problems: list[Problem] = []

    def add(
        self,
        code: str,
        text: str,
        *,
        key: str | None = None,
        item: int | None = None,
        label: str | None = None,
    ) -> None:
        """Record a problem; ``text`` follows "item N ("id"), key K:"."""
        where: list[str] = []
        if item is not None:
            where.append(f'item {item} ("{label}")' if label else f"item {item}")
        if key is not None:
            where.append(f'key "{key}"')
        message = ", ".join(where) + ": " + text if where else text
        self.problems.append(Problem(self.source, message, item, key, code))

    def unknown_keys(
        self,
        data: Mapping[str, object],
        known: frozenset[str],
        prefix: str = "",
        item: int | None = None,
        label: str | None = None,
    ) -> None:
        for key in data:
            if key not in known:
                self.add(
                    "unknown_key",
                    "calmfloor does not know this key; check its spelling or remove it."
                    + _did_you_mean(str(key), known),
                    key=prefix + str(key),
                    item=item,
                    label=label,
                )

    def missing(
        self,
        key: str,
        *,
        item: int | None = None,
        label: str | None = None,
        shown: str | None = None,
    ) -> None:
        hint = _MISSING_HINTS.get(key, "add it")
        self.add(
            "missing", f"this key is missing; {hint}.", key=shown or key, item=item, label=label
        )

    def text(
        self,
        data: Mapping[str, object],
        key: str,
        max_chars: int,
        *,
        required: bool,
        item: int | None = None,
        label: str | None = None,
        shown: str | None = None,
    ) -> str | None:
        name = shown or key
        if key not in data:
            if required:
                self.missing(key, item=item, label=label, shown=name)
                return None
            return ""
        value = data[key]
        if not isinstance(value, str):
            self.add(
                "wrong_type",
                f"{_show(value)} is not text; write it in double quotes.",
                key=name,
                item=item,
                label=label,
            )
            return None
        value = value.strip()
        if required and not value:
            self.add(
                "missing",
                "the text is empty; write something here.",
                key=name,
                item=item,
                label=label,
            )
            return None
        if len(value) > max_chars:
            self.add(
                "too_long_text",
                f"the text is {len(value)} characters long; keep it to {max_chars} or fewer.",
                key=name,
                item=item,
                label=label,
            )
            return None
        return value

    def number(
        self,
        value: object,
        key: str,
        bounds: _Range,
        *,
        whole: bool,
        item: int | None = None,
        label: str | None = None,
    ) -> float | None:
        kind = "a whole number" if whole else "a number"
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.add(
                "wrong_type",
                f"{_show(value)} is not {kind}; write {kind} such as 2, without quotes.",
                key=key,
                item=item,
                label=label,
            )
            return None
        if whole and isinstance(value, float):
            self.add(
                "wrong_type",
                f"{_show(value)} is not a whole number; write it without a decimal point.",
                key=key,
                item=item,
                label=label,
            )
            return None
        if isinstance(value, float) and not math.isfinite(value):
            self.add(
                "not_finite",
                f"{_show(value)} is not a usable number.",
                key=key,
                item=item,
                label=label,
            )
            return None
        if not bounds.low <= value <= bounds.high:
            word = "too small" if value < bounds.low else "too large"
            self.add(
                "out_of_range",
                f"{_fmt(value)} is {word}; {bounds.hint()}.",
                key=key,
                item=item,
                label=label,
            )
            return None
        return float(value)

    def day(self, data: Mapping[str, object], key: str) -> date | None:
        value = data[key]
        if isinstance(value, date) and not hasattr(value, "hour"):
            return value
        if isinstance(value, str):
            try:
                return date.fromisoformat(value)
            except ValueError:
                pass
        self.add(
            "wrong_type",
            f"{_show(value)} is not a date; write it as YYYY-MM-DD without quotes, for "
            f"example {key} = 2026-03-02.",
            key=key,
        )
        return None


def parse_programme(
    data: Mapping[str, object],
    source: str,
    *,
    routines: Collection[str] | None = None,
    patterns: Collection[str] | None = None,
) -> tuple[Programme | None, list[Problem]]:
    """Check what ``tomllib`` read from a programme file and build the programme.

    Every problem is collected. A file for a newer calmfloor (``format`` above
    :data:`PROGRAMME_FORMAT`) gets only that one problem.

    Args:
        data: the parsed TOML document.
        source: the file name, used in every problem.
        routines: the routine ids calmfloor can offer, to check the items against; None
            to leave routine names unchecked.
        patterns: the breathing pattern names on offer, likewise.

    Returns:
        The programme and no problems, or None and at least one problem.
    """
    check = _Checker(source)
    if not isinstance(data, Mapping):
        check.add("wrong_type", "the file does not hold a table of keys and values.")
        return None, check.problems
    if not _check_format(check, data):
        return None, check.problems
    check.unknown_keys(data, _TOP_KEYS)
    programme_id = _check_id(check, data, "id", '"pelvic-release"')
    title = check.text(data, "title", TITLE_MAX_CHARS, required=True)
    author = check.text(data, "author", TITLE_MAX_CHARS, required=True)
    note = check.text(data, "note", NOTE_MAX_CHARS, required=False)
    start = check.day(data, "start") if "start" in data else None
    if "start" not in data:
        check.missing("start")
    end = _check_end(check, data, start)
    review = check.day(data, "review") if "review" in data else None
    if review is not None and start is not None and review < start:
        check.add(
            "out_of_range", f"the review date {review} is before the start {start}.", key="review"
        )
    ratings = _check_ratings(check, data)
    items = _check_items(check, data, routines, patterns)
    flare = _check_flare(check, data, items)
    if check.problems:
        return None, check.problems
    assert programme_id is not None and title is not None and author is not None
    assert note is not None and start is not None and end is not None
    assert ratings is not None and items is not None
    programme = Programme(
        id=programme_id,
        title=title,
        author=author,
        start=start,
        end=end,
        items=items,
        review=review,
        note=note,
        ratings=ratings,
        flare=flare,
    )
    return programme, []


def _check_format(check: _Checker, data: Mapping[str, object]) -> bool:
    if "format" not in data:
        check.missing("format")
        return True
    value = data["format"]
    if isinstance(value, bool) or not isinstance(value, int):
        check.add(
            "wrong_type",
            f"{_show(value)} is not a whole number; write format = {PROGRAMME_FORMAT}.",
            key="format",
        )
    elif value > PROGRAMME_FORMAT:
        check.add(
            "newer_format",
            f"this file is format {_fmt(value)}, written for a newer calmfloor; this "
            f"version reads format {PROGRAMME_FORMAT}. Update calmfloor to use it.",
            key="format",
        )
        return False
    elif value < PROGRAMME_FORMAT:
        check.add(
            "out_of_range",
            f"{_fmt(value)} is not a format calmfloor knows; write format = {PROGRAMME_FORMAT}.",
            key="format",
        )
    return True


def _check_id(
    check: _Checker,
    data: Mapping[str, object],
    key: str,
    example: str,
    item: int | None = None,
    label: str | None = None,
) -> str | None:
    if key not in data:
        check.missing(key, item=item, label=label)
        return None
    value = data[key]
    if not isinstance(value, str) or not _ID_RE.fullmatch(value):
        check.add(
            "bad_value",
            f"{_show(value)} is not a valid id; use up to 64 small letters, digits, "
            f"dots, dashes and underscores in double quotes, for example {example}.",
            key=key,
            item=item,
            label=label,
        )
        return None
    return value


def _check_end(check: _Checker, data: Mapping[str, object], start: date | None) -> date | None:
    has_weeks, has_end = "weeks" in data, "end" in data
    if has_weeks and has_end:
        check.add("conflict", "give the length as weeks or as an end date, not both.", key="end")
        return None
    if not has_weeks and not has_end:
        check.add(
            "missing",
            "the programme has no length; add weeks = 6 or an end date such as end = 2026-04-12.",
            key="weeks",
        )
        return None
    if has_weeks:
        weeks = check.number(data["weeks"], "weeks", _WEEKS, whole=True)
        if weeks is None or start is None:
            return None
        return start + timedelta(days=int(weeks) * 7 - 1)
    end = check.day(data, "end")
    if end is None or start is None:
        return None
    if end < start:
        check.add("out_of_range", f"the end {end} is before the start {start}.", key="end")
        return None
    if (end - start).days >= MAX_WEEKS * 7:
        check.add(
            "out_of_range",
            f"the programme would run over {MAX_WEEKS} weeks; plan a "
            "review and a new programme instead.",
            key="end",
        )
        return None
    return end


def _check_ratings(check: _Checker, data: Mapping[str, object]) -> tuple[str, ...] | None:
    if "ratings" not in data:
        return RATINGS
    value = data["ratings"]
    if not isinstance(value, list) or not all(isinstance(entry, str) for entry in value):
        check.add(
            "wrong_type",
            'write a list such as ["tension", "pain"] (or [] for none).',
            key="ratings",
        )
        return None
    unknown = [entry for entry in value if entry not in RATINGS]
    if unknown:
        check.add(
            "bad_value",
            f"{_show(unknown[0])} is not a rating calmfloor asks; use "
            f'"tension" and/or "pain".{_did_you_mean(unknown[0], RATINGS)}',
            key="ratings",
        )
        return None
    return tuple(rating for rating in RATINGS if rating in value)


def _check_items(
    check: _Checker,
    data: Mapping[str, object],
    routines: Collection[str] | None,
    patterns: Collection[str] | None,
) -> tuple[ProgrammeItem, ...] | None:
    if "items" not in data:
        check.missing("items")
        return None
    raw = data["items"]
    if not isinstance(raw, list):
        check.add("wrong_type", "the items must be written as [[items]] tables.", key="items")
        return None
    if not raw:
        check.missing("items")
        return None
    if len(raw) > MAX_ITEMS:
        check.add(
            "too_many_items",
            f"the programme has {len(raw)} items; at most {MAX_ITEMS} (fewer exercises "
            f"are done more faithfully).",
            key="items",
        )
    items: list[ProgrammeItem | None] = []
    seen: dict[str, int] = {}
    for number, entry in enumerate(raw, start=1):
        if not isinstance(entry, Mapping):
            check.add(
                "wrong_type",
                f"{_show(entry)} is not an item; write each item as an [[items]] table.",
                item=number,
            )
            items.append(None)
            continue
        item = _check_item(check, number, entry, routines, patterns)
        if item is not None and item.id in seen:
            check.add(
                "duplicate_id",
                f'item {seen[item.id]} already has the id "{item.id}"; give each item '
                f"an id of its own.",
                key="id",
                item=number,
                label=item.id,
            )
            item = None
        elif item is not None:
            seen[item.id] = number
        items.append(item)
    if any(item is None for item in items):
        return None
    return tuple(item for item in items if item is not None)


def _check_item(
    check: _Checker,
    number: int,
    data: Mapping[str, object],
    routines: Collection[str] | None,
    patterns: Collection[str] | None,
) -> ProgrammeItem | None:
    before = len(check.problems)
    raw_id = data.get("id")
    label = raw_id if isinstance(raw_id, str) and _ID_RE.fullmatch(raw_id) else None
    where: _Where = {"item": number, "label": label}
    check.unknown_keys(data, _ITEM_KEYS, **where)
    item_id = _check_id(check, data, "id", '"release-breathing"', item=number)
    shown_label = check.text(data, "label", TITLE_MAX_CHARS, required=False, **where)
    note = check.text(data, "note", ITEM_NOTE_MAX_CHARS, required=False, **where)
    kind = _check_kind(check, data, **where)
    target = _check_target(check, data, kind, routines, patterns, **where)
    minutes: float | None = None
    if "minutes" not in data:
        check.missing("minutes", **where)
    else:
        bounds = _HEAT_MINUTES if kind is ItemKind.HEAT else _MINUTES
        minutes = check.number(data["minutes"], "minutes", bounds, whole=False, **where)
    as_needed = data.get("as_needed", False)
    if not isinstance(as_needed, bool):
        check.add(
            "wrong_type", f"{_show(as_needed)} is not true or false.", key="as_needed", **where
        )
        as_needed = False
    gap: float | None = None
    if "min_gap_hours" in data:
        gap = check.number(data["min_gap_hours"], "min_gap_hours", _GAP_HOURS, whole=False, **where)
    timing: Timing | None = None
    if as_needed:
        if "timing" in data:
            check.add(
                "not_for_as_needed",
                "an as-needed item has no schedule; remove the timing table or as_needed = true.",
                key="timing",
                **where,
            )
    elif "timing" not in data:
        check.missing("timing", **where)
    else:
        timing = _check_timing(check, data["timing"], gap, **where)
    if len(check.problems) > before:
        return None
    assert item_id is not None and kind is not None and target is not None
    assert minutes is not None and shown_label is not None and note is not None
    return ProgrammeItem(
        id=item_id,
        kind=kind,
        target=target,
        minutes=minutes,
        timing=timing,
        label=shown_label,
        min_gap_hours=gap,
        note=note,
    )


def _check_kind(
    check: _Checker, data: Mapping[str, object], *, item: int | None, label: str | None
) -> ItemKind | None:
    if "kind" not in data:
        check.missing("kind", item=item, label=label)
        return None
    value = data["kind"]
    names = [kind.value for kind in ItemKind]
    if not isinstance(value, str):
        check.add(
            "wrong_type",
            f"{_show(value)} is not text; use one of: {', '.join(names)}.",
            key="kind",
            item=item,
            label=label,
        )
        return None
    try:
        return ItemKind(value)
    except ValueError:
        check.add(
            "bad_value",
            f"{_show(value)} is not a kind calmfloor knows; use one of: "
            f"{', '.join(names)}.{_did_you_mean(value, names)}",
            key="kind",
            item=item,
            label=label,
        )
        return None


def _check_target(
    check: _Checker,
    data: Mapping[str, object],
    kind: ItemKind | None,
    routines: Collection[str] | None,
    patterns: Collection[str] | None,
    *,
    item: int | None,
    label: str | None,
) -> str | None:
    where: _Where = {"item": item, "label": label}
    wanted = (
        {ItemKind.BREATHING: "pattern", ItemKind.ROUTINE: "routine"}.get(kind) if kind else None
    )
    for key in ("pattern", "routine"):
        if key in data and kind is not None and key != wanted:
            check.add(
                "not_for_kind",
                f'a "{kind.value}" item does not use this key; remove it.',
                key=key,
                **where,
            )
    if wanted is None:
        return "" if kind is ItemKind.HEAT else None
    if wanted not in data:
        check.missing(wanted, **where)
        return None
    value = check.text(data, wanted, TITLE_MAX_CHARS, required=True, **where)
    if value is None:
        return None
    known = patterns if wanted == "pattern" else routines
    if known is not None and value not in known:
        noun = "breathing pattern" if wanted == "pattern" else "routine id"
        check.add(
            f"unknown_{wanted}",
            f"calmfloor has no {noun} {_show(value)} (built-in, clinic or the "
            f"patient's own).{_did_you_mean(value, known)}",
            key=wanted,
            **where,
        )
        return None
    return value


def _parse_time(value: object) -> time | None:
    if isinstance(value, time):
        return value.replace(tzinfo=None, microsecond=0)
    if isinstance(value, str):
        match = _TIME_RE.fullmatch(value)
        if match:
            return time(int(match[1]), int(match[2]), int(match[3] or 0))
    return None


def _check_timing(
    check: _Checker, raw: object, gap: float | None, *, item: int | None, label: str | None
) -> Timing | None:
    where: _Where = {"item": item, "label": label}
    if not isinstance(raw, Mapping):
        check.add(
            "wrong_type", "write the schedule as an [items.timing] table.", key="timing", **where
        )
        return None
    before = len(check.problems)
    check.unknown_keys(raw, _TIMING_KEYS, "timing.", **where)
    frequency = period = None
    if "frequency" not in raw:
        check.missing("frequency", shown="timing.frequency", **where)
    else:
        frequency = check.number(
            raw["frequency"], "timing.frequency", _FREQUENCY, whole=True, **where
        )
    period = 1.0
    if "period" in raw:
        period = check.number(raw["period"], "timing.period", _PERIOD, whole=True, **where)
    unit: PeriodUnit | None = PeriodUnit.DAY
    if "periodUnit" in raw:
        value = raw["periodUnit"]
        try:
            unit = PeriodUnit(value) if isinstance(value, str) else None
        except ValueError:
            unit = None
        if unit is None:
            check.add(
                "bad_value",
                f"{_show(value)} is not a period unit calmfloor reads; use "
                f'"d" (days) or "wk" (weeks).',
                key="timing.periodUnit",
                **where,
            )
    times: list[time] = []
    if "timeOfDay" in raw:
        value = raw["timeOfDay"]
        parsed = [_parse_time(entry) for entry in value] if isinstance(value, list) else [None]
        if not parsed or any(entry is None for entry in parsed):
            check.add(
                "wrong_type",
                'write the times as a list such as ["08:00", "20:00"].',
                key="timing.timeOfDay",
                **where,
            )
        else:
            times = sorted(entry for entry in parsed if entry is not None)
    bounds_days: int | None = None
    if "boundsDuration" in raw:
        bounds_days = _check_bounds(check, raw["boundsDuration"], **where)
    if len(check.problems) > before:
        return None
    assert frequency is not None and period is not None and unit is not None
    timing = Timing(int(frequency), int(period), unit, tuple(times), bounds_days)
    if times and not timing.is_daily:
        check.add(
            "not_for_period",
            "times of day are for items asked every day (period = 1, "
            'periodUnit = "d"); remove them.',
            key="timing.timeOfDay",
            **where,
        )
        return None
    if times and len(times) != timing.frequency:
        check.add(
            "count_mismatch",
            f"{len(times)} times of day for a frequency of {timing.frequency}; give one "
            "time per session.",
            key="timing.timeOfDay",
            **where,
        )
        return None
    if gap is not None and times:
        minutes = [entry.hour * 60 + entry.minute for entry in times]
        closest = min((b - a for a, b in pairwise(minutes)), default=None)
        if closest is not None and closest < gap * 60:
            check.add(
                "too_close",
                f"two times of day are {_fmt(closest / 60)} hours apart, less than "
                f"min_gap_hours = {_fmt(gap)}.",
                key="timing.timeOfDay",
                **where,
            )
            return None
    return timing


def _check_bounds(
    check: _Checker, raw: object, *, item: int | None, label: str | None
) -> int | None:
    key = "timing.boundsDuration"
    if not isinstance(raw, Mapping):
        check.add(
            "wrong_type", 'write it as { value = 2, unit = "wk" }.', key=key, item=item, label=label
        )
        return None
    check.unknown_keys(raw, _BOUNDS_KEYS, key + ".", item=item, label=label)
    if "value" not in raw:
        check.add(
            "missing",
            'this key is missing; write { value = 2, unit = "wk" }.',
            key=key + ".value",
            item=item,
            label=label,
        )
        return None
    value = check.number(
        raw["value"], key + ".value", _BOUNDS_VALUE, whole=True, item=item, label=label
    )
    unit_text = raw.get("unit", "d")
    try:
        unit = PeriodUnit(unit_text) if isinstance(unit_text, str) else None
    except ValueError:
        unit = None
    if unit is None:
        check.add(
            "bad_value",
            f'{_show(unit_text)} is not a unit calmfloor reads; use "d" or "wk".',
            key=key + ".unit",
            item=item,
            label=label,
        )
        return None
    return None if value is None else int(value) * unit.days


def _check_flare(
    check: _Checker, data: Mapping[str, object], items: tuple[ProgrammeItem, ...] | None
) -> FlarePlan | None:
    if "flare" not in data:
        return None
    raw = data["flare"]
    if not isinstance(raw, Mapping):
        check.add("wrong_type", "write the flare plan as a [flare] table.", key="flare")
        return None
    check.unknown_keys(raw, _FLARE_KEYS, "flare.")
    when = check.text(
        raw, "when_to_call", CALL_MAX_CHARS, required=False, shown="flare.when_to_call"
    )
    note = check.text(raw, "note", CALL_MAX_CHARS, required=False, shown="flare.note")
    steps: list[str] = []
    value = raw.get("steps", [])
    if not isinstance(value, list) or not all(isinstance(entry, str) for entry in value):
        check.add(
            "wrong_type",
            "write the steps as a list of item ids, such as "
            '["release-breathing", "heat-after-spasm"].',
            key="flare.steps",
        )
    elif len(value) > MAX_FLARE_STEPS:
        check.add(
            "too_many_steps",
            f"the flare plan has {len(value)} steps; keep it to "
            f"{MAX_FLARE_STEPS} or fewer, so it can be followed in pain.",
            key="flare.steps",
        )
    else:
        ids = {item.id for item in items} if items is not None else None
        for entry in value:
            if ids is not None and entry not in ids:
                check.add(
                    "unknown_item",
                    f"{_show(entry)} is not the id of an item in this "
                    f"programme.{_did_you_mean(entry, ids)}",
                    key="flare.steps",
                )
            steps.append(entry)
    if when is None or note is None:
        return None
    return FlarePlan(tuple(steps), when, note)
