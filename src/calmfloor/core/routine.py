"""Routines for muscle relaxation and stretches: file model, checks, plan and sequencer.

A routine is plain data (a TOML file a clinician can write). :func:`parse_routine` checks
what ``tomllib`` read and reports every problem at once, each naming the step and the key.
:func:`plan_segments` turns a routine into a flat list of timed phases (get ready, tense,
let go, hold, rest, activity), applying the safety options: by default the pelvic floor is
never tensed, and "release only" drops every tensing phase.

:class:`RoutineSession` walks the plan. Like the breathing session it never counts ticks:
the position is "the current step, and the active time at which it started", and the phase
is found by comparing the active time against the plan's offsets, so pauses neither lose
nor add time and a late frame never shifts the schedule.
"""

from __future__ import annotations

import difflib
import math
import re
from bisect import bisect_right
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

from calmfloor.core.i18n import QT_TRANSLATE_NOOP
from calmfloor.core.text import printable

ROUTINE_FORMAT = 1
MAX_STEPS = 60
MAX_TOTAL_S = 90 * 60
BACK_RESTART_S = 3.0  # "back" later than this into a step restarts it; sooner goes one step back

TENSE_S = 5.0
RELEASE_S = 30.0
READY_S = 5.0
REPETITIONS = 1

NAME_MAX_CHARS = 80
DESCRIPTION_MAX_CHARS = 1000
INSTRUCTION_MAX_CHARS = 400
CAUTION_MAX_CHARS = 300
ESTIMATE_TOLERANCE = 0.25  # the written estimate may be this far off the computed length...
ESTIMATE_TOLERANCE_MIN_S = 60.0  # ...or this many seconds, whichever is more

ACTIVITIES = ("heat", "massage", "movement")
ACTIVITY_HEAT = "heat"

_EPS_S = 1e-9  # float slack when the active time lands exactly on a phase boundary
_ID_RE = re.compile(r"[a-z0-9][a-z0-9._-]{0,63}")
_VERSION_RE = re.compile(r"\d{1,4}(\.\d{1,4}){0,2}")
_LANGUAGE_RE = re.compile(r"[a-z]{2,3}([-_][A-Za-z0-9]{2,8})*")
_SHOWN_VALUE_CHARS = 40


class Region(StrEnum):
    """A body region a step works on; the body diagram highlights it."""

    FEET = "feet"
    CALVES = "calves"
    THIGHS = "thighs"
    GLUTES = "glutes"
    HIPS = "hips"
    LOWER_BACK = "lower_back"
    ABDOMEN = "abdomen"
    PELVIC_FLOOR = "pelvic_floor"
    HANDS = "hands"
    FOREARMS = "forearms"
    UPPER_ARMS = "upper_arms"
    SHOULDERS = "shoulders"
    NECK = "neck"
    FACE = "face"
    WHOLE_BODY = "whole_body"  # rest and activity steps: the whole outline is highlighted


class Mode(StrEnum):
    """What a step asks of the muscles, and so which phases it produces."""

    TENSE_RELEASE = "tense_release"
    GENTLE_TENSE = "gentle_tense"
    RELEASE_ONLY = "release_only"
    HOLD = "hold"
    CONTRACT_RELAX = "contract_relax"
    REST = "rest"
    ACTIVITY = "activity"


class Side(StrEnum):
    """Which side a step works on; ``both`` runs the whole step left, then right."""

    LEFT = "left"
    RIGHT = "right"
    BOTH = "both"


class BreathCoupling(StrEnum):
    """An optional link between the step and the breath."""

    OUT_RELEASE = "out_release"  # let go on the out-breath
    IN_DROP = "in_drop"  # let the pelvic floor drop and widen on the in-breath


class RoutineKind(StrEnum):
    """Which kind of session the history stores the routine as."""

    RELAX = "relax"
    STRETCH = "stretch"


class RoutinePhase(StrEnum):
    """One phase of a step."""

    READY = "ready"
    TENSE = "tense"
    LET_GO = "let_go"
    HOLD = "hold"
    REST = "rest"
    ACTIVITY = "activity"


REGION_LABELS: Mapping[Region, str] = {
    Region.FEET: QT_TRANSLATE_NOOP("routine", "Feet"),
    Region.CALVES: QT_TRANSLATE_NOOP("routine", "Calves"),
    Region.THIGHS: QT_TRANSLATE_NOOP("routine", "Thighs"),
    Region.GLUTES: QT_TRANSLATE_NOOP("routine", "Buttocks"),
    Region.HIPS: QT_TRANSLATE_NOOP("routine", "Hips"),
    Region.LOWER_BACK: QT_TRANSLATE_NOOP("routine", "Lower back"),
    Region.ABDOMEN: QT_TRANSLATE_NOOP("routine", "Belly"),
    Region.PELVIC_FLOOR: QT_TRANSLATE_NOOP("routine", "Pelvic floor"),
    Region.HANDS: QT_TRANSLATE_NOOP("routine", "Hands"),
    Region.FOREARMS: QT_TRANSLATE_NOOP("routine", "Forearms"),
    Region.UPPER_ARMS: QT_TRANSLATE_NOOP("routine", "Upper arms"),
    Region.SHOULDERS: QT_TRANSLATE_NOOP("routine", "Shoulders"),
    Region.NECK: QT_TRANSLATE_NOOP("routine", "Neck"),
    Region.FACE: QT_TRANSLATE_NOOP("routine", "Face"),
    Region.WHOLE_BODY: QT_TRANSLATE_NOOP("routine", "Whole body"),
}

PHASE_LABELS: Mapping[RoutinePhase, str] = {
    RoutinePhase.READY: QT_TRANSLATE_NOOP("routine", "Get ready"),
    RoutinePhase.TENSE: QT_TRANSLATE_NOOP("routine", "Tense"),
    RoutinePhase.LET_GO: QT_TRANSLATE_NOOP("routine", "Let go"),
    RoutinePhase.HOLD: QT_TRANSLATE_NOOP("routine", "Hold"),
    RoutinePhase.REST: QT_TRANSLATE_NOOP("routine", "Rest"),
    RoutinePhase.ACTIVITY: QT_TRANSLATE_NOOP("routine", "Activity"),
}

SIDE_LABELS: Mapping[Side, str] = {
    Side.LEFT: QT_TRANSLATE_NOOP("routine", "Left side"),
    Side.RIGHT: QT_TRANSLATE_NOOP("routine", "Right side"),
    Side.BOTH: QT_TRANSLATE_NOOP("routine", "Both sides"),
}

MODE_LABELS: Mapping[Mode, str] = {
    Mode.TENSE_RELEASE: QT_TRANSLATE_NOOP("routine", "Tense and let go"),
    Mode.GENTLE_TENSE: QT_TRANSLATE_NOOP("routine", "Gentle tense and let go"),
    Mode.RELEASE_ONLY: QT_TRANSLATE_NOOP("routine", "Let go only"),
    Mode.HOLD: QT_TRANSLATE_NOOP("routine", "Hold a stretch"),
    Mode.CONTRACT_RELAX: QT_TRANSLATE_NOOP("routine", "Stretch, press and relax"),
    Mode.REST: QT_TRANSLATE_NOOP("routine", "Rest"),
    Mode.ACTIVITY: QT_TRANSLATE_NOOP("routine", "Timed activity"),
}

BREATH_LABELS: Mapping[BreathCoupling, str] = {
    BreathCoupling.OUT_RELEASE: QT_TRANSLATE_NOOP("routine", "Let go as you breathe out"),
    BreathCoupling.IN_DROP: QT_TRANSLATE_NOOP(
        "routine", "As you breathe in, let the pelvic floor drop and widen"
    ),
}

ACTIVITY_LABELS: Mapping[str, str] = {
    "heat": QT_TRANSLATE_NOOP("routine", "Heat pack"),
    "massage": QT_TRANSLATE_NOOP("routine", "Gentle self-massage"),
    "movement": QT_TRANSLATE_NOOP("routine", "Gentle movement"),
}

KIND_LABELS: Mapping[RoutineKind, str] = {
    RoutineKind.RELAX: QT_TRANSLATE_NOOP("routine", "Muscle relaxation"),
    RoutineKind.STRETCH: QT_TRANSLATE_NOOP("routine", "Stretches"),
}


# --------------------------------------------------------------------------- the model


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong in a routine file.

    Attributes:
        source: the file name as given (or ``"<text>"``).
        message: a complete English sentence that already names the step and the key.
        step: 1-based step number, None for the top level.
        key: the key concerned, if any.
        code: a stable machine code, e.g. ``"out_of_range"``, ``"unknown_key"``,
            ``"missing"``, ``"wrong_type"``, ``"bad_value"``, ``"not_finite"``,
            ``"too_many_steps"``, ``"too_long_text"``, ``"estimate_mismatch"``,
            ``"newer_format"``, ``"not_for_mode"`` (storage adds file-level codes).
    """

    source: str
    message: str
    step: int | None = None
    key: str | None = None
    code: str = ""

    def __post_init__(self) -> None:
        # a message quotes the file and its name: escape what could fake or hide output
        object.__setattr__(self, "source", printable(self.source))
        object.__setattr__(self, "message", printable(self.message))

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


MAX_PROBLEMS_PER_FILE = 20
"""Problems listed for one file; the rest are counted in a last ``more_problems`` one."""


def capped_problems(problems: list[Problem], limit: int = MAX_PROBLEMS_PER_FILE) -> list[Problem]:
    """The first ``limit`` problems of each file, and one "... and N more" problem per file.

    A file with thousands of mistakes must not bury the other files' problems (or the
    terminal): the first ones are enough to start fixing it.
    """
    counts: dict[str, int] = {}
    kept: list[Problem] = []
    for problem in problems:
        if problem.code == "more_problems":  # capped before
            kept.append(problem)
            continue
        seen = counts.get(problem.source, 0)
        counts[problem.source] = seen + 1
        if seen < limit:
            kept.append(problem)
    for source, count in counts.items():
        if count > limit:
            hidden = count - limit
            word = "problem" if hidden == 1 else "problems"
            message = f"... and {hidden} more {word} in this file."
            kept.append(Problem(source=source, message=message, code="more_problems"))
    return kept


@dataclass(frozen=True, slots=True)
class Step:
    """One step of a routine: a body region, what to do, and how long.

    Attributes:
        region: the body region; the diagram highlights it.
        mode: which phases the step produces (see :func:`plan_segments`).
        instruction: the words the person reads (or hears) during the step.
        tense_s: length of a tensing phase (tense_release, gentle_tense, contract_relax).
        release_s: length of a letting-go phase.
        hold_s: length of a stretch hold (hold, contract_relax).
        duration_s: length of a rest or a timed activity.
        repetitions: rounds of the step's core phases.
        side: the side worked on; ``both`` runs the step left, then right.
        breath: optional coupling with the breath.
        caution: optional safety note for this step.
        activity: for activity steps: ``heat``, ``massage``, ``movement`` or empty.
    """

    region: Region
    mode: Mode
    instruction: str
    tense_s: float = TENSE_S
    release_s: float = RELEASE_S
    hold_s: float = 0.0
    duration_s: float = 0.0
    repetitions: int = REPETITIONS
    side: Side | None = None
    breath: BreathCoupling | None = None
    caution: str = ""
    activity: str = ""


@dataclass(frozen=True, slots=True)
class Routine:
    """A checked routine: its description and its steps.

    Build one with :func:`parse_routine`; write it back with :meth:`to_toml`.
    """

    id: str
    name: str
    author: str
    version: str
    steps: tuple[Step, ...]
    description: str = ""
    language: str = "en"
    kind: RoutineKind = RoutineKind.RELAX
    estimated_minutes: float | None = None
    ready_s: float = READY_S
    repeat_after_hours: float | None = None
    caution: str = ""

    def planned_s(self, *, allow_pelvic_tense: bool = False, release_only: bool = False) -> float:
        """Total length of the plan in seconds, with the given safety options."""
        segments = plan_segments(
            self, allow_pelvic_tense=allow_pelvic_tense, release_only=release_only
        )
        return segments[-1].end_s if segments else 0.0

    def longest_planned_s(self) -> float:
        """The longest the plan can last with any setting; the length cap applies to it.

        "Also tense the pelvic floor" adds the pelvic-floor steps' tensing phases, which
        the default plan leaves out; "release only" only ever shortens a plan.
        """
        return max(
            self.planned_s(allow_pelvic_tense=pelvic, release_only=release)
            for pelvic in (False, True)
            for release in (False, True)
        )

    def to_toml(self) -> str:
        """The routine in the file format; :func:`parse_routine` reads it back unchanged."""
        lines = ["# calmfloor routine", f"format = {ROUTINE_FORMAT}"]
        lines.append(f"id = {_toml_str(self.id)}")
        lines.append(f"name = {_toml_str(self.name)}")
        if self.description:
            lines.append(f"description = {_toml_str(self.description)}")
        lines.append(f"author = {_toml_str(self.author)}")
        lines.append(f"version = {_toml_str(self.version)}")
        lines.append(f"language = {_toml_str(self.language)}")
        lines.append(f"kind = {_toml_str(self.kind.value)}")
        if self.estimated_minutes is not None:
            lines.append(f"estimated_minutes = {_toml_num(self.estimated_minutes)}")
        lines.append(f"ready_s = {_toml_num(self.ready_s)}")
        if self.repeat_after_hours is not None:
            lines.append(f"repeat_after_hours = {_toml_num(self.repeat_after_hours)}")
        if self.caution:
            lines.append(f"caution = {_toml_str(self.caution)}")
        for step in self.steps:
            lines += ["", "[[steps]]", *_step_toml(step)]
        return "\n".join(lines) + "\n"


def _step_toml(step: Step) -> list[str]:
    lines = [
        f"region = {_toml_str(step.region.value)}",
        f"mode = {_toml_str(step.mode.value)}",
        f"instruction = {_toml_str(step.instruction)}",
    ]
    for key, value in (
        ("tense_s", step.tense_s),
        ("release_s", step.release_s),
        ("hold_s", step.hold_s),
        ("duration_s", step.duration_s),
    ):
        if step.mode in _KEY_MODES[key]:
            lines.append(f"{key} = {_toml_num(value)}")
    if step.repetitions != REPETITIONS:
        lines.append(f"repetitions = {step.repetitions}")
    if step.side is not None:
        lines.append(f"side = {_toml_str(step.side.value)}")
    if step.breath is not None:
        lines.append(f"breath = {_toml_str(step.breath.value)}")
    if step.caution:
        lines.append(f"caution = {_toml_str(step.caution)}")
    if step.activity:
        lines.append(f"activity = {_toml_str(step.activity)}")
    return lines


_TOML_ESCAPES = {
    '"': '\\"',
    "\\": "\\\\",
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\f": "\\f",
    "\r": "\\r",
}


def _toml_str(text: str) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped."""
    out = ['"']
    for char in text:
        escaped = _TOML_ESCAPES.get(char)
        if escaped is not None:
            out.append(escaped)
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04X}")
        else:
            out.append(char)
    out.append('"')
    return "".join(out)


def _toml_num(value: float) -> str:
    """A whole number without a decimal point, anything else as Python's shortest repr."""
    number = float(value)
    if number.is_integer() and abs(number) < 2**53:
        return str(int(number))
    return repr(number)


# --------------------------------------------------------------------------- checking

_TOP_KEYS = frozenset(
    {
        "format",
        "id",
        "name",
        "description",
        "author",
        "version",
        "language",
        "kind",
        "estimated_minutes",
        "ready_s",
        "repeat_after_hours",
        "caution",
        "steps",
    }
)
_STEP_KEYS = frozenset(
    {
        "region",
        "mode",
        "instruction",
        "tense_s",
        "release_s",
        "hold_s",
        "duration_s",
        "repetitions",
        "side",
        "breath",
        "caution",
        "activity",
    }
)
_TENSING = frozenset({Mode.TENSE_RELEASE, Mode.GENTLE_TENSE, Mode.CONTRACT_RELAX})
_KEY_MODES: Mapping[str, frozenset[Mode]] = {
    "tense_s": _TENSING,
    "release_s": _TENSING | {Mode.RELEASE_ONLY, Mode.HOLD},
    "hold_s": frozenset({Mode.HOLD, Mode.CONTRACT_RELAX}),
    "duration_s": frozenset({Mode.REST, Mode.ACTIVITY}),
    "activity": frozenset({Mode.ACTIVITY}),
}
_SINGLE_RUN = frozenset({Mode.REST, Mode.ACTIVITY})


@dataclass(frozen=True, slots=True)
class _Bounds:
    """An allowed range and the words used to describe a value outside it."""

    low: float
    high: float
    unit: str  # "seconds", "minutes", "hours" or "" (a plain count)
    below: str = "too short"
    above: str = "too long"

    def hint(self) -> str:
        unit = f" {self.unit}" if self.unit else ""
        return f"use {_fmt(self.low)} to {_fmt(self.high)}{unit}"


_TENSE_BOUNDS = _Bounds(3, 10, "seconds")
_RELEASE_BOUNDS = _Bounds(10, 60, "seconds")
_HOLD_BOUNDS = _Bounds(5, 120, "seconds")
_DURATION_BOUNDS = {
    Mode.REST: _Bounds(5, 600, "seconds"),
    Mode.ACTIVITY: _Bounds(30, 1800, "seconds"),
}
_HEAT_BOUNDS = _Bounds(300, 1200, "seconds")
_REPETITION_BOUNDS = _Bounds(1, 10, "", "too few", "too many")
_ESTIMATE_BOUNDS = _Bounds(1, 90, "minutes")
_READY_BOUNDS = _Bounds(0, 30, "seconds")
_REPEAT_BOUNDS = _Bounds(1, 24, "hours", "too soon", "too long a gap")

_MISSING_HINTS = {
    "format": "add format = 1 at the top of the file",
    "id": 'add a short id such as "my-routine" (small letters, digits, dots and dashes)',
    "name": "add the routine's name",
    "author": "add who wrote the routine",
    "version": 'add a version such as "1.0"',
    "steps": "add at least one [[steps]] table",
    "region": 'add the body region, for example "calves"',
    "mode": 'add the mode, for example "tense_release"',
    "instruction": "add the words the person reads during this step",
}

_PATTERN_RULES = {
    "id": "use up to 64 small letters, digits, dots, dashes and underscores",
    "version": "use one to three whole numbers joined by dots",
    "language": "use a language code",
}

_Choice = TypeVar("_Choice", bound=StrEnum)


def _fmt(value: float) -> str:
    """A number as a person would write it: 5, 4.5, 0.25."""
    if isinstance(value, int) and not isinstance(value, bool):
        if value.bit_length() > 40:
            return "a very large negative number" if value < 0 else "a very large number"
        return str(value)
    if float(value).is_integer() and abs(value) < 1e12:
        return str(int(value))
    return f"{value:g}"


def _show(value: object) -> str:
    """A short description of a value from the file, for a message."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        text = value if len(value) <= _SHOWN_VALUE_CHARS else value[:_SHOWN_VALUE_CHARS] + "…"
        return '"' + text.replace("\n", " ") + '"'
    if isinstance(value, float) and math.isfinite(value) and len(repr(value)) <= 12:
        return repr(value)  # 1.0 stays 1.0, so a number written for text is recognisable
    if isinstance(value, int | float):
        return _fmt(value)
    if isinstance(value, list):
        return "a list"
    if isinstance(value, Mapping):
        return "a table"
    return "a date or time" if hasattr(value, "isoformat") else "this value"


def _did_you_mean(word: str, choices: list[str]) -> str:
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f' Did you mean "{close[0]}"?' if close else ""


class _Checker:
    """Collects the problems of one routine file."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.problems: list[Problem] = []

    def add(
        self,
        code: str,
        text: str,
        *,
        key: str | None = None,
        step: int | None = None,
        label: str | None = None,
    ) -> None:
        """Record a problem; ``text`` is the sentence after "step N, key K:"."""
        where: list[str] = []
        if step is not None:
            where.append(f'step {step} ("{label}")' if label else f"step {step}")
        if key is not None:
            where.append(f'key "{key}"')
        message = ", ".join(where) + ": " + text if where else text
        self.problems.append(Problem(self.source, message, step, key, code))

    def text(
        self,
        data: Mapping[str, object],
        key: str,
        max_chars: int,
        *,
        required: bool,
        step: int | None = None,
        label: str | None = None,
    ) -> str | None:
        """A text value, stripped; None when it is missing (and required) or wrong."""
        if key not in data:
            if required:
                self.missing(key, step=step, label=label)
                return None
            return ""
        value = data[key]
        if not isinstance(value, str):
            self.add(
                "wrong_type",
                f"{_show(value)} is not text; write it in double quotes.",
                key=key,
                step=step,
                label=label,
            )
            return None
        value = value.strip()
        if required and not value:
            self.add(
                "missing",
                "the text is empty; write something here.",
                key=key,
                step=step,
                label=label,
            )
            return None
        if len(value) > max_chars:
            self.add(
                "too_long_text",
                f"the text is {len(value)} characters long; keep it to {max_chars} or fewer.",
                key=key,
                step=step,
                label=label,
            )
            return None
        return value

    def pattern(
        self, data: Mapping[str, object], key: str, regex: re.Pattern[str], example: str
    ) -> str | None:
        """A short code such as the id or the version, which must match ``regex``."""
        if key not in data:
            if key in _MISSING_HINTS:
                self.missing(key)
            return None
        value = data[key]
        if not isinstance(value, str):
            self.add(
                "wrong_type",
                f"{_show(value)} is not text; write it in double quotes, for example {example}.",
                key=key,
            )
            return None
        if not regex.fullmatch(value):
            self.add(
                "bad_value",
                f"{_show(value)} is not a valid {key}; {_PATTERN_RULES[key]}, for example "
                f"{example}.",
                key=key,
            )
            return None
        return value

    def missing(self, key: str, *, step: int | None = None, label: str | None = None) -> None:
        hint = _MISSING_HINTS.get(key, "add it")
        self.add("missing", f"this key is missing; {hint}.", key=key, step=step, label=label)

    def choice(
        self,
        data: Mapping[str, object],
        key: str,
        enum: type[_Choice],
        noun: str,
        *,
        step: int | None = None,
        label: str | None = None,
    ) -> _Choice | None:
        """One of the values of ``enum``; None when missing or wrong."""
        value = data[key]
        names = [member.value for member in enum]
        if not isinstance(value, str):
            self.add(
                "wrong_type",
                f"{_show(value)} is not text; use one of: {', '.join(names)}.",
                key=key,
                step=step,
                label=label,
            )
            return None
        try:
            return enum(value)
        except ValueError:
            self.add(
                "bad_value",
                f"{_show(value)} is not a {noun} calmfloor knows; use one of: "
                f"{', '.join(names)}.{_did_you_mean(value, names)}",
                key=key,
                step=step,
                label=label,
            )
            return None

    def number(
        self,
        data: Mapping[str, object],
        key: str,
        bounds: _Bounds | None,
        *,
        step: int | None = None,
        label: str | None = None,
        whole: bool = False,
    ) -> float | None:
        """A finite number within ``bounds`` (type check only when None)."""
        value = data[key]
        kind = "a whole number" if whole else "a number"
        example = "3" if whole else "5"
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.add(
                "wrong_type",
                f"{_show(value)} is not {kind}; write {kind} such as {example}, without quotes.",
                key=key,
                step=step,
                label=label,
            )
            return None
        if whole and isinstance(value, float):
            self.add(
                "wrong_type",
                f"{_show(value)} is not a whole number; write it without a decimal point.",
                key=key,
                step=step,
                label=label,
            )
            return None
        if isinstance(value, float) and not math.isfinite(value):
            self.add(
                "not_finite",
                f"{_show(value)} is not a usable number; write {kind} such as {example}.",
                key=key,
                step=step,
                label=label,
            )
            return None
        if bounds is not None and not bounds.low <= value <= bounds.high:
            word = bounds.below if value < bounds.low else bounds.above
            self.add(
                "out_of_range",
                f"{_fmt(value)} is {word}; {bounds.hint()}.",
                key=key,
                step=step,
                label=label,
            )
            return None
        return float(value)


def parse_routine(data: Mapping[str, object], source: str) -> tuple[Routine | None, list[Problem]]:
    """Check what ``tomllib`` read from a routine file and build the routine.

    Every problem is collected, not just the first. A file written for a newer calmfloor
    (``format`` above :data:`ROUTINE_FORMAT`) gets only that one problem, since its other
    keys may well be right for the newer version.

    Args:
        data: the parsed TOML document.
        source: the file name, used in every problem.

    Returns:
        The routine and no problems, or None and at least one problem.
    """
    check = _Checker(source)
    if not isinstance(data, Mapping):
        check.add("wrong_type", "the file does not hold a table of keys and values.")
        return None, check.problems
    if not _check_format(check, data):
        return None, check.problems
    for key in data:
        if key not in _TOP_KEYS:
            check.add(
                "unknown_key",
                "calmfloor does not know this key; check its spelling or remove it."
                + _did_you_mean(str(key), sorted(_TOP_KEYS)),
                key=str(key),
            )
    routine_id = check.pattern(data, "id", _ID_RE, '"my-routine"')
    name = check.text(data, "name", NAME_MAX_CHARS, required=True)
    description = check.text(data, "description", DESCRIPTION_MAX_CHARS, required=False)
    author = check.text(data, "author", NAME_MAX_CHARS, required=True)
    version = check.pattern(data, "version", _VERSION_RE, '"1.0"')
    language = check.pattern(data, "language", _LANGUAGE_RE, '"en" or "pt-BR"')
    if "language" not in data:
        language = "en"
    kind: RoutineKind | None = RoutineKind.RELAX
    if "kind" in data:
        kind = check.choice(data, "kind", RoutineKind, "kind of routine")
    estimate = _optional_number(check, data, "estimated_minutes", _ESTIMATE_BOUNDS)
    ready_s = _optional_number(check, data, "ready_s", _READY_BOUNDS)
    repeat_after = _optional_number(check, data, "repeat_after_hours", _REPEAT_BOUNDS)
    caution = check.text(data, "caution", CAUTION_MAX_CHARS, required=False)
    steps = _check_steps(check, data)
    if check.problems:
        return None, check.problems
    assert routine_id is not None and name is not None and author is not None
    assert version is not None and language is not None and kind is not None
    assert description is not None and caution is not None and steps is not None
    routine = Routine(
        id=routine_id,
        name=name,
        author=author,
        version=version,
        steps=steps,
        description=description,
        language=language,
        kind=kind,
        estimated_minutes=estimate,
        ready_s=READY_S if ready_s is None else ready_s,
        repeat_after_hours=repeat_after,
        caution=caution,
    )
    _check_length(check, routine)
    if check.problems:
        return None, check.problems
    return routine, []


def _check_format(check: _Checker, data: Mapping[str, object]) -> bool:
    """False when the file is for a newer calmfloor (then nothing else is checked)."""
    if "format" not in data:
        check.missing("format")
        return True
    value = data["format"]
    if isinstance(value, bool) or not isinstance(value, int):
        check.add(
            "wrong_type",
            f"{_show(value)} is not a whole number; write format = {ROUTINE_FORMAT}.",
            key="format",
        )
    elif value > ROUTINE_FORMAT:
        check.add(
            "newer_format",
            f"this file is format {_fmt(value)}, written for a newer calmfloor; this version "
            f"reads format {ROUTINE_FORMAT}. Update calmfloor to use it.",
            key="format",
        )
        return False
    elif value < ROUTINE_FORMAT:
        check.add(
            "out_of_range",
            f"{_fmt(value)} is not a format calmfloor knows; write format = {ROUTINE_FORMAT}.",
            key="format",
        )
    return True


def _optional_number(
    check: _Checker, data: Mapping[str, object], key: str, bounds: _Bounds
) -> float | None:
    return check.number(data, key, bounds) if key in data else None


def _check_steps(check: _Checker, data: Mapping[str, object]) -> tuple[Step, ...] | None:
    if "steps" not in data:
        check.missing("steps")
        return None
    raw = data["steps"]
    if not isinstance(raw, list):
        check.add("wrong_type", "the steps must be written as [[steps]] tables.", key="steps")
        return None
    if not raw:
        check.missing("steps")
        return None
    if len(raw) > MAX_STEPS:
        check.add(
            "too_many_steps",
            f"the routine has {len(raw)} steps; a routine may have at most {MAX_STEPS}.",
            key="steps",
        )
    steps: list[Step | None] = []
    for number, item in enumerate(raw, start=1):
        if isinstance(item, Mapping):
            steps.append(_check_step(check, number, item))
        else:
            check.add(
                "wrong_type",
                f"{_show(item)} is not a step; write each step as a [[steps]] table.",
                step=number,
            )
            steps.append(None)
    if any(step is None for step in steps):
        return None
    return tuple(step for step in steps if step is not None)


def _check_step(check: _Checker, number: int, data: Mapping[str, object]) -> Step | None:
    """One ``[[steps]]`` table; problems name the step by number and region."""
    before = len(check.problems)
    raw_region = data.get("region")
    label = raw_region if isinstance(raw_region, str) and 0 < len(raw_region) <= 20 else None
    for key in data:
        if key not in _STEP_KEYS:
            check.add(
                "unknown_key",
                "calmfloor does not know this key; check its spelling or remove it."
                + _did_you_mean(str(key), sorted(_STEP_KEYS)),
                key=str(key),
                step=number,
                label=label,
            )
    region = mode = None
    if "region" in data:
        region = check.choice(data, "region", Region, "body region", step=number, label=label)
    else:
        check.missing("region", step=number, label=label)
    if "mode" in data:
        mode = check.choice(data, "mode", Mode, "mode", step=number, label=label)
    else:
        check.missing("mode", step=number, label=label)
    instruction = check.text(
        data, "instruction", INSTRUCTION_MAX_CHARS, required=True, step=number, label=label
    )

    def applies(key: str) -> bool:
        """Present, and used by the mode (a problem if not); unknown modes are not judged."""
        if key not in data:
            return False
        if mode is not None and mode not in _KEY_MODES[key]:
            check.add(
                "not_for_mode",
                f'this key is not used by mode "{mode.value}"; remove it.',
                key=key,
                step=number,
                label=label,
            )
            return False
        return True

    values: dict[str, float] = {}
    for key, bounds in (
        ("tense_s", _TENSE_BOUNDS),
        ("release_s", _RELEASE_BOUNDS),
        ("hold_s", _HOLD_BOUNDS),
    ):
        if applies(key):
            value = check.number(data, key, bounds, step=number, label=label)
            if value is not None:
                values[key] = value
    if applies("duration_s"):
        duration_bounds = _DURATION_BOUNDS.get(mode) if mode is not None else None
        value = check.number(data, "duration_s", duration_bounds, step=number, label=label)
        if value is not None:
            values["duration_s"] = value
    for key in ("hold_s", "duration_s"):
        if mode is not None and mode in _KEY_MODES[key] and key not in data:
            bounds = _HOLD_BOUNDS if key == "hold_s" else _DURATION_BOUNDS[mode]
            what = "to hold the stretch" if key == "hold_s" else "it lasts"
            check.add(
                "missing",
                f'mode "{mode}" needs this key; add how many seconds {what}, '
                f"{_fmt(bounds.low)} to {_fmt(bounds.high)}.",
                key=key,
                step=number,
                label=label,
            )

    repetitions = REPETITIONS
    if "repetitions" in data:
        count = check.number(
            data, "repetitions", _REPETITION_BOUNDS, step=number, label=label, whole=True
        )
        if count is not None:
            repetitions = int(count)
            if mode in _SINGLE_RUN and repetitions != 1:
                check.add(
                    "not_for_mode",
                    f'mode "{mode}" runs once; remove this key or set it to 1.',
                    key="repetitions",
                    step=number,
                    label=label,
                )
    side = (
        check.choice(data, "side", Side, "side", step=number, label=label)
        if "side" in data
        else None
    )
    breath = (
        check.choice(data, "breath", BreathCoupling, "breath link", step=number, label=label)
        if "breath" in data
        else None
    )
    caution = check.text(
        data, "caution", CAUTION_MAX_CHARS, required=False, step=number, label=label
    )
    activity = ""
    if applies("activity"):
        activity = _check_activity(check, data, number, label, values.get("duration_s"))

    if len(check.problems) > before:
        return None
    assert region is not None and mode is not None
    assert instruction is not None and caution is not None
    return Step(
        region=region,
        mode=mode,
        instruction=instruction,
        tense_s=values.get("tense_s", TENSE_S),
        release_s=values.get("release_s", RELEASE_S),
        hold_s=values.get("hold_s", 0.0),
        duration_s=values.get("duration_s", 0.0),
        repetitions=repetitions,
        side=side,
        breath=breath,
        caution=caution,
        activity=activity,
    )


def _check_activity(
    check: _Checker,
    data: Mapping[str, object],
    number: int,
    label: str | None,
    duration_s: float | None,
) -> str:
    value = data["activity"]
    if not isinstance(value, str) or value not in ACTIVITIES:
        shown = _show(value)
        hint = _did_you_mean(value, list(ACTIVITIES)) if isinstance(value, str) else ""
        code = "bad_value" if isinstance(value, str) else "wrong_type"
        check.add(
            code,
            f"{shown} is not an activity calmfloor knows; use one of: "
            f"{', '.join(ACTIVITIES)}.{hint}",
            key="activity",
            step=number,
            label=label,
        )
        return ""
    if value == ACTIVITY_HEAT and duration_s is not None:
        low, high = _HEAT_BOUNDS.low, _HEAT_BOUNDS.high
        if not low <= duration_s <= high:
            word = "too short" if duration_s < low else "too long"
            check.add(
                "out_of_range",
                f"{_fmt(duration_s)} is {word} for a heat pack; use {_fmt(low)} to "
                f"{_fmt(high)} seconds ({_fmt(low / 60)} to {_fmt(high / 60)} minutes).",
                key="duration_s",
                step=number,
                label=label,
            )
    return value


def _check_length(check: _Checker, routine: Routine) -> None:
    """The whole routine's length, and the estimate written in the file."""
    total_s = routine.planned_s()
    longest_s = routine.longest_planned_s()
    if total_s > MAX_TOTAL_S:
        check.add(
            "out_of_range",
            f"the steps add up to {_minutes(total_s)} minutes; a routine may last at most "
            f"{_fmt(MAX_TOTAL_S / 60)} minutes.",
            key="steps",
        )
    elif longest_s > MAX_TOTAL_S:
        check.add(
            "out_of_range",
            f'with the setting "Also tense the pelvic floor" the steps add up to '
            f"{_minutes(longest_s)} minutes; a routine may last at most "
            f"{_fmt(MAX_TOTAL_S / 60)} minutes with every setting.",
            key="steps",
        )
    estimate = routine.estimated_minutes
    if estimate is not None:
        tolerance_s = max(ESTIMATE_TOLERANCE_MIN_S, ESTIMATE_TOLERANCE * total_s)
        if abs(estimate * 60.0 - total_s) > tolerance_s:
            check.add(
                "estimate_mismatch",
                f"the file says {_fmt(estimate)} minutes, but the steps add up to "
                f"{_minutes(total_s)} minutes; set it to {_fmt(max(round(total_s / 60), 1))}.",
                key="estimated_minutes",
            )


def _minutes(seconds: float) -> str:
    return _fmt(round(seconds / 60.0, 1))


# --------------------------------------------------------------------------- the plan


@dataclass(frozen=True, slots=True)
class Segment:
    """One phase of the plan.

    Attributes:
        index: position in the plan.
        step_index: 0-based index into ``routine.steps``.
        side: LEFT or RIGHT for a "both" step (never BOTH here), else the step's side.
        phase: what to do.
        start_s: offset from the start of the plan, in active seconds.
        duration_s: length of the phase.
        repetition: 0-based round of the step (READY is round 0; the final LET_GO of a
            contract-relax step is the last round).
        repetitions: rounds in the step.
        gentle: a gentle tensing phase (mode gentle_tense).
    """

    index: int
    step_index: int
    side: Side | None
    phase: RoutinePhase
    start_s: float
    duration_s: float
    repetition: int
    repetitions: int
    gentle: bool = False

    @property
    def end_s(self) -> float:
        """Offset at which the phase ends."""
        return self.start_s + self.duration_s


def _step_phases(
    step: Step, ready_s: float, drop_tense: bool
) -> Iterator[tuple[RoutinePhase, float, int]]:
    """The (phase, seconds, round) list of one side of a step."""
    if ready_s > 0:
        yield RoutinePhase.READY, ready_s, 0
    mode = step.mode
    if mode is Mode.REST:
        yield RoutinePhase.REST, step.duration_s, 0
        return
    if mode is Mode.ACTIVITY:
        yield RoutinePhase.ACTIVITY, step.duration_s, 0
        return
    for rep in range(step.repetitions):
        if mode in (Mode.TENSE_RELEASE, Mode.GENTLE_TENSE):
            if not drop_tense:
                yield RoutinePhase.TENSE, step.tense_s, rep
            yield RoutinePhase.LET_GO, step.release_s, rep
        elif mode is Mode.RELEASE_ONLY:
            yield RoutinePhase.LET_GO, step.release_s, rep
        elif mode is Mode.HOLD:
            yield RoutinePhase.HOLD, step.hold_s, rep
            yield RoutinePhase.LET_GO, step.release_s, rep
        else:  # contract_relax: stretch, press against the stretch, then a little further
            yield RoutinePhase.HOLD, step.hold_s, rep
            if not drop_tense:
                yield RoutinePhase.TENSE, step.tense_s, rep
    if mode is Mode.CONTRACT_RELAX:
        yield RoutinePhase.LET_GO, step.release_s, step.repetitions - 1


def plan_segments(
    routine: Routine, *, allow_pelvic_tense: bool = False, release_only: bool = False
) -> tuple[Segment, ...]:
    """Every phase of the routine in order, with its offset and length.

    Args:
        routine: the routine.
        allow_pelvic_tense: keep the tensing phases of pelvic-floor steps (a deliberate
            setting; by default the pelvic floor only lets go).
        release_only: drop every tensing phase of every step.

    Returns:
        The segments; a "both" step gives its phases for the left side, then the right,
        each side with its own READY phase (none when ``ready_s`` is 0).
    """
    segments: list[Segment] = []
    offset_s = 0.0
    for step_index, step in enumerate(routine.steps):
        drop_tense = release_only or (step.region is Region.PELVIC_FLOOR and not allow_pelvic_tense)
        sides = (Side.LEFT, Side.RIGHT) if step.side is Side.BOTH else (step.side,)
        for side in sides:
            for phase, duration_s, rep in _step_phases(step, routine.ready_s, drop_tense):
                segments.append(
                    Segment(
                        index=len(segments),
                        step_index=step_index,
                        side=side,
                        phase=phase,
                        start_s=offset_s,
                        duration_s=duration_s,
                        repetition=rep,
                        repetitions=step.repetitions,
                        gentle=phase is RoutinePhase.TENSE and step.mode is Mode.GENTLE_TENSE,
                    )
                )
                offset_s += duration_s
    return tuple(segments)


# --------------------------------------------------------------------------- the sequencer


class SequencerState(StrEnum):
    """Where a routine session is in its life."""

    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"  # reached the end of the last step (also by skipping it)
    STOPPED = "stopped"  # the user stopped early


@dataclass(frozen=True, slots=True)
class PhaseStarted:
    """A new phase began (once per phase; after a long stall, only the current one)."""

    segment: Segment


@dataclass(frozen=True, slots=True)
class StepCompleted:
    """The step ran to its end (all its sides)."""

    step_index: int


@dataclass(frozen=True, slots=True)
class StepSkipped:
    """The user skipped the step; ``hurts`` when they said it hurt."""

    step_index: int
    hurts: bool


@dataclass(frozen=True, slots=True)
class StateChanged:
    """The session moved to ``state``."""

    state: SequencerState


@dataclass(frozen=True, slots=True)
class RoutineEnded:
    """The session is over: it reached its end (``completed``) or was stopped.

    Attributes:
        completed: the last step was reached (run or skipped).
        elapsed_s: active seconds actually spent (pauses and skipped remainders excluded).
        steps_completed, steps_skipped, hurt_steps: 0-based step indices, sorted.
    """

    completed: bool
    elapsed_s: float
    steps_completed: tuple[int, ...]
    steps_skipped: tuple[int, ...]
    hurt_steps: tuple[int, ...]


RoutineEvent = PhaseStarted | StepCompleted | StepSkipped | StateChanged | RoutineEnded


@dataclass(frozen=True, slots=True)
class RoutineSample:
    """What the routine page paints; a pure function of the session and ``now``.

    Attributes:
        state: the session's state.
        segment: the current phase; None when idle.
        step_index: 0-based current step; step_count: steps in the routine.
        phase_elapsed_s, phase_left_s: time into and left of the current phase.
        step_left_s: time until the end of the current step (all its sides).
        total_left_s: remaining planned active time, assuming no more skips.
        elapsed_s: active seconds so far, pauses excluded.
        completed, skipped: steps run to their end, and steps skipped.
    """

    state: SequencerState
    segment: Segment | None
    step_index: int
    step_count: int
    phase_elapsed_s: float
    phase_left_s: float
    step_left_s: float
    total_left_s: float
    elapsed_s: float
    completed: frozenset[int]
    skipped: frozenset[int]


@dataclass(slots=True)
class _Position:
    segment: Segment
    plan_s: float  # position in plan time (clamped to the plan)


READY_HOLD_CAP_S = 60.0  # the longest a spoken instruction may hold "get ready" past its end


@dataclass(slots=True)
class _ReadyHold:
    """A get-ready phase held at its end until the spoken instruction is done.

    ``release_raw`` is the plan time (active time minus shift) at which the hold lets go,
    None while the speech has not reported done; the hold never lasts past ``end_s + cap_s``.
    """

    index: int
    end_s: float
    cap_s: float
    release_raw: float | None = None

    @property
    def delay_s(self) -> float:
        """How far the rest of the plan moves when the hold lets go."""
        limit = self.end_s + self.cap_s
        if self.release_raw is not None:
            limit = min(max(self.release_raw, self.end_s), limit)
        return limit - self.end_s


class RoutineSession:
    """The routine sequencer. Every method takes ``now`` (monotonic seconds).

    Active time is ``now - started - paused``. The position is the current step plus a
    shift (active time minus plan time) that only :meth:`skip` and :meth:`back` move, so a
    full run ends at exactly :meth:`Routine.planned_s`. Call :meth:`update` (or
    :meth:`advance`) on every frame; each returns the events since the last call.

    Args:
        routine: the routine to run.
        allow_pelvic_tense: keep tensing phases on pelvic-floor steps.
        release_only: drop every tensing phase.

    Raises:
        ValueError: the routine has no steps.
    """

    def __init__(
        self, routine: Routine, *, allow_pelvic_tense: bool = False, release_only: bool = False
    ) -> None:
        self.routine = routine
        self.segments = plan_segments(
            routine, allow_pelvic_tense=allow_pelvic_tense, release_only=release_only
        )
        if not self.segments:
            raise ValueError("a routine needs at least one step")
        self.state = SequencerState.IDLE
        self._starts = [segment.start_s for segment in self.segments]
        count = len(routine.steps)
        self._first: list[int] = [0] * count
        self._step_start_s: list[float] = [0.0] * count
        self._step_end_s: list[float] = [0.0] * count
        for segment in reversed(self.segments):
            self._first[segment.step_index] = segment.index
            self._step_start_s[segment.step_index] = segment.start_s
        for segment in self.segments:
            self._step_end_s[segment.step_index] = segment.end_s
        self._plan_end_s = self.segments[-1].end_s
        self._started = 0.0
        self._paused_total = 0.0
        self._paused_at: float | None = None
        self._ended_elapsed: float | None = None
        self._step = 0
        self._shift = 0.0
        self._last_segment: int | None = None
        self._completed: set[int] = set()
        self._skipped: set[int] = set()
        self._hurts: set[int] = set()
        self._hold: _ReadyHold | None = None

    # ---- time and position

    def elapsed(self, now: float) -> float:
        """Active seconds since the start (pauses excluded), capped at the plan's end."""
        if self.state is SequencerState.IDLE:
            return 0.0
        if self._ended_elapsed is not None:
            return self._ended_elapsed
        end = self._paused_at if self._paused_at is not None else now
        raw = max(end - self._started - self._paused_total, 0.0)
        held = self._hold.delay_s if self._hold is not None else 0.0
        return min(raw, self._plan_end_s + self._shift + held)

    def _plan_time(self, elapsed: float) -> float:
        raw = elapsed - self._shift
        hold = self._hold
        if hold is not None and raw > hold.end_s:
            delay = hold.delay_s
            raw = raw - delay if raw >= hold.end_s + delay else hold.end_s
        return max(raw, self._step_start_s[self._step])

    def _held(self, elapsed: float) -> bool:
        """True while a ready hold keeps the plan pinned at the end of get-ready."""
        hold = self._hold
        if hold is None:
            return False
        raw = elapsed - self._shift
        return hold.end_s - _EPS_S <= raw < hold.end_s + hold.delay_s

    def _settle_hold(self, elapsed: float) -> None:
        """Fold a hold that has let go into the shift, so later timing is exact."""
        hold = self._hold
        if hold is None or self._held(elapsed):
            return
        if elapsed - self._shift >= hold.end_s + hold.delay_s:
            self._shift += hold.delay_s
            self._hold = None

    def _at_end(self, plan_s: float) -> bool:
        return plan_s >= self._plan_end_s - _EPS_S

    def _position(self, plan_s: float, *, held: bool = False) -> _Position:
        if held and self._hold is not None:
            return _Position(self.segments[self._hold.index], self._hold.end_s)
        if self._at_end(plan_s):
            return _Position(self.segments[-1], self._plan_end_s)
        index = max(bisect_right(self._starts, plan_s + _EPS_S) - 1, self._first[self._step])
        return _Position(self.segments[index], plan_s)

    # ---- controls

    def start(self, now: float) -> list[RoutineEvent]:
        """Begin at ``now`` with the first step's first phase.

        Raises:
            RuntimeError: the session was already started.
        """
        if self.state is not SequencerState.IDLE:
            raise RuntimeError(f"cannot start a routine that is {self.state}")
        self._started = now
        self.state = SequencerState.RUNNING
        return [StateChanged(self.state), *self.update(now)]

    def pause(self, now: float) -> list[RoutineEvent]:
        """Freeze the session; nothing moves until :meth:`resume`."""
        if self.state is not SequencerState.RUNNING:
            return []
        events = self.update(now)
        if self.state is not SequencerState.RUNNING:
            return events
        self._paused_at = now
        self.state = SequencerState.PAUSED
        return [*events, StateChanged(self.state)]

    def resume(self, now: float) -> list[RoutineEvent]:
        """Continue from exactly where the pause began."""
        if self.state is not SequencerState.PAUSED or self._paused_at is None:
            return []
        self._paused_total += now - self._paused_at
        self._paused_at = None
        self.state = SequencerState.RUNNING
        return [StateChanged(self.state), *self.update(now)]

    def toggle(self, now: float) -> list[RoutineEvent]:
        """Start, pause or resume, whichever fits (the Space key)."""
        if self.state is SequencerState.IDLE:
            return self.start(now)
        if self.state is SequencerState.RUNNING:
            return self.pause(now)
        return self.resume(now)

    def stop(self, now: float) -> list[RoutineEvent]:
        """End the session early; a finished or stopped session is left as it is."""
        if not self.is_active:
            return []
        events = self.update(now)
        if not self.is_active:
            return events  # it reached its end before the stop
        return [*events, *self._end(SequencerState.STOPPED, self.elapsed(now))]

    def skip(self, now: float, *, hurts: bool = False) -> list[RoutineEvent]:
        """End the current step now and go to the next one.

        Skipping the last step finishes the routine (it counts as completed). While
        paused the session stays paused, at the start of the next step.

        Args:
            now: monotonic seconds.
            hurts: the person skipped because the step hurt; kept for the record.
        """
        if not self.is_active:
            return []
        events = self.update(now)
        if not self.is_active:
            return events
        elapsed = self.elapsed(now)
        step = self._step
        self._skipped.add(step)
        if hurts:
            self._hurts.add(step)
        events.append(StepSkipped(step, hurts))
        if step + 1 >= len(self.routine.steps):
            return [*events, *self._end(SequencerState.FINISHED, elapsed)]
        return [*events, *self._jump(step + 1, elapsed)]

    def back(self, now: float) -> list[RoutineEvent]:
        """Restart the current step, or go to the previous one.

        More than :data:`BACK_RESTART_S` into the current step restarts it; sooner goes to
        the start of the previous step (on the first step, restarts it). The step started
        again no longer counts as completed or skipped.
        """
        if not self.is_active:
            return []
        events = self.update(now)
        if not self.is_active:
            return events
        elapsed = self.elapsed(now)
        into_s = self._plan_time(elapsed) - self._step_start_s[self._step]
        target = self._step if into_s > BACK_RESTART_S or self._step == 0 else self._step - 1
        return [*events, *self._jump(target, elapsed)]

    def hold_ready(self, now: float, *, cap_s: float = READY_HOLD_CAP_S) -> bool:
        """Keep the current get-ready phase from ending until :meth:`release_ready`.

        Used while the step's instruction is spoken: a tense cue must never start in the
        middle of a sentence. If the sentence ends before the planned end of get-ready,
        nothing changes; if it runs on, the phase waits at its end, at most ``cap_s``
        seconds, and every later phase moves by exactly that wait.

        Args:
            now: monotonic seconds.
            cap_s: the longest the phase may run past its planned end (>= 0).

        Returns:
            True when a hold was set: the session runs and is in a get-ready phase.
        """
        if self.state not in (SequencerState.RUNNING, SequencerState.PAUSED):
            return False
        elapsed = self.elapsed(now)
        self._settle_hold(elapsed)
        plan_s = self._plan_time(elapsed)
        position = self._position(plan_s, held=self._held(elapsed))
        segment = position.segment
        if segment.phase is not RoutinePhase.READY or self._hold is not None:
            return self._hold is not None and self._hold.index == segment.index
        self._hold = _ReadyHold(segment.index, segment.end_s, max(float(cap_s), 0.0))
        return True

    def release_ready(self, now: float, *, after_s: float = 0.0) -> None:
        """The instruction is spoken: get-ready may end ``after_s`` seconds from ``now``
        (or at its planned end, if that is later). No hold: nothing happens."""
        hold = self._hold
        if hold is None or hold.release_raw is not None:
            return
        hold.release_raw = self._raw_plan(self.elapsed(now)) + max(after_s, 0.0)

    def _raw_plan(self, elapsed: float) -> float:
        """Plan time at ``elapsed`` as if the hold had no end (for :meth:`release_ready`)."""
        return elapsed - self._shift

    def hold_left_s(self, now: float) -> float | None:
        """Seconds until a get-ready hold pinned at its end lets go (the cap, until the
        speech is done); None when the plan is not pinned by a hold at ``now``."""
        if self.state is not SequencerState.RUNNING:
            return None
        elapsed = self.elapsed(now)
        if not self._held(elapsed):
            return None
        assert self._hold is not None
        return self._hold.end_s + self._hold.delay_s - (elapsed - self._shift)

    @property
    def holding_ready(self) -> bool:
        """True while a get-ready hold is set and has not let go yet."""
        return self._hold is not None

    def _jump(self, step: int, elapsed: float) -> list[RoutineEvent]:
        """Move to the start of ``step`` at active time ``elapsed``."""
        self._hold = None
        for later in range(step, len(self.routine.steps)):
            self._completed.discard(later)
            self._skipped.discard(later)
        self._step = step
        self._shift = elapsed - self._step_start_s[step]
        self._last_segment = self._first[step]
        return [PhaseStarted(self.segments[self._last_segment])]

    def _end(self, state: SequencerState, elapsed: float) -> list[RoutineEvent]:
        self.state = state
        self._ended_elapsed = elapsed
        self._paused_at = None
        return [
            StateChanged(state),
            RoutineEnded(
                completed=state is SequencerState.FINISHED,
                elapsed_s=elapsed,
                steps_completed=tuple(sorted(self._completed)),
                steps_skipped=tuple(sorted(self._skipped)),
                hurt_steps=tuple(sorted(self._hurts)),
            ),
        ]

    # ---- per frame

    def update(self, now: float) -> list[RoutineEvent]:
        """Events since the last call: completed steps, a new phase, or the end."""
        return self.advance(now)[0]

    def advance(self, now: float) -> tuple[list[RoutineEvent], RoutineSample]:
        """:meth:`update` and :meth:`sample` in one step (one sample per frame)."""
        if self.state is not SequencerState.RUNNING:
            return [], self.sample(now)
        events: list[RoutineEvent] = []
        elapsed = self.elapsed(now)
        self._settle_hold(elapsed)
        plan_s = self._plan_time(elapsed)
        position = self._position(plan_s, held=self._held(elapsed))
        ended = self._at_end(plan_s)
        last_step = len(self.routine.steps) if ended else position.segment.step_index
        for step in range(self._step, last_step):
            self._completed.add(step)
            events.append(StepCompleted(step))
        if ended:
            self._step = len(self.routine.steps) - 1
            events += self._end(SequencerState.FINISHED, self._plan_end_s + self._shift)
        else:
            self._step = last_step
            if position.segment.index != self._last_segment:
                self._last_segment = position.segment.index
                events.append(PhaseStarted(position.segment))
        return events, self.sample(now)

    def sample(self, now: float) -> RoutineSample:
        """The state to paint at ``now``; changes nothing."""
        completed = frozenset(self._completed)
        skipped = frozenset(self._skipped)
        if self.state is SequencerState.IDLE:
            return RoutineSample(
                state=self.state,
                segment=None,
                step_index=0,
                step_count=len(self.routine.steps),
                phase_elapsed_s=0.0,
                phase_left_s=0.0,
                step_left_s=self._step_end_s[0],
                total_left_s=self._plan_end_s,
                elapsed_s=0.0,
                completed=completed,
                skipped=skipped,
            )
        elapsed = self.elapsed(now)
        if self.state is SequencerState.FINISHED:
            position = _Position(self.segments[-1], self._plan_end_s)
        else:
            position = self._position(self._plan_time(elapsed), held=self._held(elapsed))
        segment = position.segment
        plan_s = position.plan_s
        return RoutineSample(
            state=self.state,
            segment=segment,
            step_index=segment.step_index,
            step_count=len(self.routine.steps),
            phase_elapsed_s=min(max(plan_s - segment.start_s, 0.0), segment.duration_s),
            phase_left_s=max(segment.end_s - plan_s, 0.0),
            step_left_s=max(self._step_end_s[segment.step_index] - plan_s, 0.0),
            total_left_s=max(self._plan_end_s - plan_s, 0.0),
            elapsed_s=elapsed,
            completed=completed,
            skipped=skipped,
        )

    @property
    def is_active(self) -> bool:
        """True while running or paused."""
        return self.state in (SequencerState.RUNNING, SequencerState.PAUSED)
