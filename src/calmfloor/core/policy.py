"""The clinic policy: settings and limits IT sets for every patient, read so it never opens up."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import PurePosixPath, PureWindowsPath
from types import MappingProxyType

from calmfloor.core.breathing import PRESETS
from calmfloor.core.pin import PIN_ITERATIONS, pin_hash_iterations, pin_hash_problem, pin_problem
from calmfloor.core.settings import (
    SETTINGS,
    ProblemReason,
    SettingSpec,
    SettingValue,
    SettingValueError,
    coerce,
)

__all__ = [
    "COMMENT_PREFIX",
    "DEFAULT_IDLE_RESET_S",
    "FAIL_CLOSED_TEXT",
    "HEAT_CAP_MAX_MIN",
    "HEAT_CAP_MIN_MIN",
    "IDLE_RESET_MAX_MIN",
    "IDLE_RESET_MIN_MIN",
    "INVALID_PIN_HASH",
    "LOCK_ALL",
    "MAX_DUPLICATE_READINGS",
    "MAX_LIST_ITEMS",
    "MAX_PROBLEMS",
    "POLICY_FORMAT",
    "POLICY_KEYS",
    "POLICY_VERSION",
    "DuplicateValues",
    "Policy",
    "PolicyProblem",
    "fail_closed_policy",
    "near_key",
    "parse_policy",
    "parse_recommended",
    "tighten",
]

POLICY_FORMAT = "calmfloor-policy"
POLICY_VERSION = 1
DEFAULT_IDLE_RESET_S = 180.0
IDLE_RESET_MIN_MIN = 1
IDLE_RESET_MAX_MIN = 60
HEAT_CAP_MIN_MIN = 5
HEAT_CAP_MAX_MIN = 20  # the hard cap of the heat timer; a policy can only lower it
LOCK_ALL = "*"
INVALID_PIN_HASH = "invalid"
"""Stands in for a ``staff_pin`` that is not a hash at all; no PIN ever matches it."""

FAIL_CLOSED_TEXT = (
    "the most restrictive policy is used until this is fixed (kiosk mode, no history, "
    "every setting locked)."
)
COMMENT_PREFIX = "_"  # keys such as "_comment" are skipped: JSON has no comments
MAX_PROBLEMS = 100  # more are counted, not listed: a hostile file must not flood staff
MAX_LIST_ITEMS = 200  # entries read from one list ("locked", "patterns", "routines")
MAX_DUPLICATE_READINGS = 8  # a key given more often than this fails the file closed

POLICY_KEYS: tuple[str, ...] = (
    "format",
    "version",
    "settings",
    "locked",
    "kiosk",
    "history",
    "heat",
    "patterns",
    "routines",
    "clinic_routines_dir",
    "clinic_voices_dir",
    "clinic_programmes_dir",
    "language",
    "staff_pin",
)
KIOSK_KEYS: tuple[str, ...] = ("enabled", "idle_reset_minutes", "sound", "anonymous_counters")
HISTORY_KEYS: tuple[str, ...] = ("enabled", "export")
HEAT_KEYS: tuple[str, ...] = ("max_minutes",)

# the same rules as routine files and their language codes (core.routine)
_ROUTINE_ID_RE = re.compile(r"[a-z0-9][a-z0-9._-]{0,63}")
_LANGUAGE_RE = re.compile(r"[a-z]{2,3}([-_][A-Za-z0-9]{2,8})*")
_SHOWN_CHARS = 40
_PIN_UNUSABLE = "Until this is fixed, kiosk mode cannot be left with a PIN."

_SETTING_KEYS = tuple(s.key for s in SETTINGS)
_SPECS = {s.key: s for s in SETTINGS}
_PRESET_NAMES = {p.name.casefold(): p.name for p in PRESETS}


@dataclass(frozen=True, slots=True)
class Policy:
    """What the clinic decided for this computer; the default policy changes nothing.

    Attributes:
        settings: setting values set by the clinic (already checked); they win over the
            user's own and are never saved to the user's settings file.
        locked: setting keys patients may not change; a locked key not in ``settings``
            is locked at its default.
        kiosk: run as a waiting-room kiosk.
        idle_reset_s: kiosk: seconds without input before the welcome screen returns.
        kiosk_sound: kiosk: sound cues on by default (off unless the policy says so).
        anonymous_counters: kiosk: may keep counts of sessions by kind per day.
        history_enabled: keep a history of sessions.
        export_enabled: allow exporting the history.
        heat_cap_min: longest heat-pack session in minutes (5 to 20).
        patterns: names of the built-in breathing patterns offered; None offers all.
        routines: ids of the routines offered; None offers all.
        clinic_routines_dir: a folder of routine files the clinic provides.
        clinic_voices_dir: a folder of voice packs (recorded clips) the clinic provides.
        clinic_programmes_dir: a folder of programme files the clinic's physiotherapists
            wrote; a patient chooses theirs on the Today page.
        language: the language of the app, e.g. ``"de"``; None follows the system.
        staff_pin_hash: the staff PIN from ``calmfloor admin hash-pin``; a malformed one
            matches no PIN, so kiosk mode cannot be left with a PIN.
        failed_closed: the file could not be read at all, so the restrictive
            :func:`fail_closed_policy` applies.
        recommended: setting values the clinic recommends: used instead of the built-in
            defaults, and the patient may change them (never for a locked setting).
    """

    settings: Mapping[str, SettingValue] = field(default_factory=lambda: MappingProxyType({}))
    locked: frozenset[str] = frozenset()
    kiosk: bool = False
    idle_reset_s: float = DEFAULT_IDLE_RESET_S
    kiosk_sound: bool = False
    anonymous_counters: bool = False
    history_enabled: bool = True
    export_enabled: bool = True
    heat_cap_min: int = HEAT_CAP_MAX_MIN
    patterns: tuple[str, ...] | None = None
    routines: tuple[str, ...] | None = None
    clinic_routines_dir: str | None = None
    clinic_voices_dir: str | None = None
    clinic_programmes_dir: str | None = None
    language: str | None = None
    staff_pin_hash: str | None = None
    failed_closed: bool = False
    recommended: Mapping[str, SettingValue] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def kiosk_unprotected(self) -> bool:
        """True when no staff PIN was set at all: anyone may leave the kiosk (IT trying it).

        A PIN that is malformed, a slip of the ``staff_pin`` key and a file that failed
        closed never count as "no PIN": those kiosks cannot be left with a PIN.
        """
        return self.staff_pin_hash is None and not self.failed_closed


@dataclass(frozen=True, slots=True)
class PolicyProblem:
    """One thing wrong in a policy file.

    Attributes:
        key: where, as a dotted path (``"kiosk.enabled"``, ``"settings.volume"``);
            ``""`` for the whole file.
        message: one English sentence (or two) that says what was done instead.
        source: where the key was read (``file:/etc/calmfloor/policy.json``,
            ``registry:HKLM``...); ``""`` when not known. Not part of equality.
    """

    key: str
    message: str
    source: str = field(default="", compare=False)

    def __str__(self) -> str:
        return f"{self.key}: {self.message}" if self.key else self.message


@dataclass(frozen=True, slots=True)
class DuplicateValues:
    """The values of a key given more than once in one JSON object, in file order.

    A JSON reader keeps the last one; a policy reader must not guess. :func:`parse_policy`
    reads the file once per value and keeps the most restrictive reading of all.
    """

    values: tuple[object, ...]


_SEPARATORS_RE = re.compile(r"[\s._\-:/]+")


def _squash(name: str) -> str:
    return _SEPARATORS_RE.sub("", name.casefold())


def _within(first: str, second: str, limit: int) -> bool:
    """True when the edit distance (with swaps of neighbours) is at most ``limit``."""
    if abs(len(first) - len(second)) > limit:
        return False
    previous2: list[int] = []
    previous = list(range(len(second) + 1))
    for i, a in enumerate(first, 1):
        current = [i]
        for j, b in enumerate(second, 1):
            cost = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a != b))
            if i > 1 and j > 1 and a == second[j - 2] and first[i - 2] == b:
                cost = min(cost, previous2[j - 2] + 1)
            current.append(cost)
        if min(current) > limit:
            return False
        previous2, previous = previous, current
    return previous[-1] <= limit


def near_key(name: str, known: Iterable[str]) -> str | None:
    """The known key that ``name`` is probably a slip of, or None.

    Close means: the same but for capitals, spaces or separators (``"Kiosk"``,
    ``"kiosk "``, ``"staff-pin"``), a dotted path into it (``"kiosk.enabled"``), or at most
    one typing mistake (two for names longer than five letters: ``"histroy"``,
    ``"lockd"``).
    """
    squashed = _squash(name)
    head = _squash(_SEPARATORS_RE.split(name.strip().casefold(), maxsplit=1)[0])
    for key in known:
        target = _squash(key)
        limit = 1 if len(target) <= 5 else 2
        for candidate in dict.fromkeys((squashed, head)):
            if candidate and _within(candidate, target, limit):
                return key
    return None


def fail_closed_policy() -> Policy:
    """The policy used when a policy file exists but cannot be read at all.

    Kiosk mode on, history and export off, every setting locked: a clinic that meant to
    restrict something is never opened up by a damaged file.
    """
    return Policy(
        locked=frozenset(_SETTING_KEYS),
        kiosk=True,
        history_enabled=False,
        export_enabled=False,
        failed_closed=True,
    )


def _show(value: object) -> str:
    """A short description of a JSON value, for a message."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        text = value if len(value) <= _SHOWN_CHARS else value[:_SHOWN_CHARS] + "…"
        return '"' + text.replace("\n", " ") + '"'
    if isinstance(value, int):
        return str(value) if value.bit_length() <= 40 else "a very large number"
    if isinstance(value, float):
        if math.isfinite(value):
            return f"{value:g}"
        # as the file spells it: the words "not a number" would read "not a number is not..."
        return "NaN" if math.isnan(value) else ("Infinity" if value > 0 else "-Infinity")
    if isinstance(value, list):
        return "a list"
    if isinstance(value, Mapping):
        return "an object"
    return "this value"


def _did_you_mean(word: str, choices: Iterable[str]) -> str:
    import difflib  # only for a policy with a mistake

    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f' Did you mean "{close[0]}"?' if close else ""


def _number(value: object) -> int | float | None:
    """``value`` when it is a JSON number (not true or false), else None."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    return None


def _is_absolute(path: str) -> bool:
    """Absolute on this or any other system: a policy file may be written elsewhere."""
    return PurePosixPath(path).is_absolute() or PureWindowsPath(path).is_absolute()


class _Reader:
    """Collects the problems of one policy while reading it (at most :data:`MAX_PROBLEMS`)."""

    def __init__(self) -> None:
        self.problems: list[PolicyProblem] = []
        self.not_listed = 0
        self.near: set[str] = set()  # dotted keys an unknown key was a slip of

    def add(self, key: str, message: str) -> None:
        if len(self.problems) >= MAX_PROBLEMS:
            self.not_listed += 1
            return
        self.problems.append(PolicyProblem(key, message))

    def table(
        self,
        key: str,
        value: object,
        known: tuple[str, ...],
        fallback: str,
        closes: Mapping[str, str] | None = None,
    ) -> object:
        """``value`` as a mapping with its unknown keys reported, or None when it is none."""
        if not isinstance(value, Mapping):
            example = '{"' + known[0] + '": ...}'
            self.add(key, f"{_show(value)} is not an object like {example}; {fallback}")
            return None
        self.unknown_keys(value, known, prefix=key + ".", closes=closes)
        return value

    def unknown_keys(
        self,
        data: Mapping[object, object],
        known: tuple[str, ...],
        prefix: str,
        closes: Mapping[str, str] | None = None,
    ) -> None:
        """Report unknown keys; one that is a slip of a key in ``closes`` closes that key.

        ``closes`` maps a known key to what happens when a slip of it is found (the key
        is then read in its restrictive sense, and noted in :attr:`near`).
        """
        for name in data:
            if not isinstance(name, str) or name in known or name.startswith(COMMENT_PREFIX):
                continue
            message = "calmfloor does not know this key; it is ignored."
            slip = near_key(name, known) if closes else None
            if closes and slip is not None and slip in closes:
                self.near.add(prefix + slip)
                message += f' Did you mean "{slip}"? It is so close that {closes[slip]}'
            else:
                message += _did_you_mean(name, known)
            self.add(prefix + name, message)

    def flag(self, key: str, value: object, restrictive: bool, consequence: str) -> bool:
        """A true/false value; anything else is read as ``restrictive`` and reported."""
        if isinstance(value, bool):
            return value
        self.add(key, f"{_show(value)} is not true or false; {consequence}")
        return restrictive

    def finish(self) -> list[PolicyProblem]:
        """The problems, with a last line counting those not listed."""
        if self.not_listed:
            self.problems.append(
                PolicyProblem(
                    "",
                    f"{self.not_listed} more problems are not listed; fix the ones above "
                    "and check the file again.",
                )
            )
            self.not_listed = 0
        return self.problems


_KIOSK_ON = "kiosk mode is on until this is fixed."
_HISTORY_OFF = "history and export are off until this is fixed."
_LOCK_ALL = "every setting is locked until this is fixed."
_HEAT_LOW = f"heat sessions are capped at {HEAT_CAP_MIN_MIN} minutes until this is fixed."
_TOP_CLOSES: Mapping[str, str] = MappingProxyType(
    {
        "settings": _LOCK_ALL,
        "locked": _LOCK_ALL,
        "kiosk": _KIOSK_ON,
        "history": _HISTORY_OFF,
        "heat": _HEAT_LOW,
        "patterns": "no breathing pattern is offered until this is fixed.",
        "routines": "no routine is offered until this is fixed.",
        "clinic_routines_dir": "no clinic routines are offered until this is fixed.",
        "clinic_voices_dir": "no clinic voice pack is used until this is fixed.",
        "clinic_programmes_dir": "no clinic programme is offered until this is fixed.",
        "staff_pin": "no PIN ends kiosk mode until this is fixed.",
    }
)
_KIOSK_CLOSES: Mapping[str, str] = MappingProxyType(
    {
        "enabled": _KIOSK_ON,
        "sound": "sound stays off.",
        "anonymous_counters": "no counters are kept.",
    }
)
_HISTORY_CLOSES: Mapping[str, str] = MappingProxyType(
    {
        "enabled": "history is off until this is fixed.",
        "export": "export is off until this is fixed.",
    }
)
_HEAT_CLOSES: Mapping[str, str] = MappingProxyType({"max_minutes": _HEAT_LOW})


def _close_slips(policy: Policy, near: set[str]) -> Policy:
    """``policy`` with every key an unknown key was a slip of read in its restrictive sense."""
    changes: dict[str, object] = {}
    slipped = {key.split(".", 1)[1] for key in near if key.startswith("settings.")}
    if slipped:
        changes["locked"] = policy.locked | slipped
    if near & {"settings", "locked"}:
        changes["locked"] = frozenset(_SETTING_KEYS)
    if near & {"kiosk", "kiosk.enabled"}:
        changes["kiosk"] = True
    if near & {"kiosk", "kiosk.sound"}:
        changes["kiosk_sound"] = False
    if near & {"kiosk", "kiosk.anonymous_counters"}:
        changes["anonymous_counters"] = False
    if near & {"history", "history.enabled"}:
        changes["history_enabled"] = False
    if near & {"history", "history.export"}:
        changes["export_enabled"] = False
    if near & {"heat", "heat.max_minutes"}:
        changes["heat_cap_min"] = HEAT_CAP_MIN_MIN
    if "patterns" in near:
        changes["patterns"] = ()
    if "routines" in near:
        changes["routines"] = ()
    if "clinic_routines_dir" in near:
        changes["clinic_routines_dir"] = None
    if "clinic_voices_dir" in near:
        changes["clinic_voices_dir"] = None
    if "clinic_programmes_dir" in near:
        changes["clinic_programmes_dir"] = None
    if "staff_pin" in near and policy.staff_pin_hash is None:
        changes["staff_pin_hash"] = INVALID_PIN_HASH
    return _capped_heat(replace(policy, **changes)) if changes else policy  # type: ignore[arg-type]


def _capped_heat(policy: Policy) -> Policy:
    minutes = policy.settings.get("heat_minutes")
    if isinstance(minutes, int) and minutes > policy.heat_cap_min:
        values = dict(policy.settings)
        values["heat_minutes"] = policy.heat_cap_min
        return replace(policy, settings=MappingProxyType(values))
    return policy


def _meet_offer(
    first: tuple[str, ...] | None, second: tuple[str, ...] | None
) -> tuple[str, ...] | None:
    if first is None:
        return second
    if second is None:
        return first
    return tuple(item for item in first if item in second)


def tighten(first: Policy, second: Policy, *, second_only_restricts: bool = False) -> Policy:
    """A policy that is at least as restrictive as each of the two.

    Kiosk mode if either asks for it, history and export only if both allow them, the lower
    heat cap and idle time, every lock of both, only what both offer. A setting both give
    with different values is locked (at the lower number, else at its default).

    Args:
        first: one reading (for a user's extra file: the system policy).
        second: the other reading (or the extra file).
        second_only_restricts: ``second`` may only add restrictions: ``first``'s staff PIN,
            clinic routines folder, language and setting values are kept as they are.
    """
    values = dict(first.settings)
    locked = set(first.locked | second.locked)
    for key, value in second.settings.items():
        if key not in values:
            values[key] = value
        elif values[key] != value and not second_only_restricts:
            locked.add(key)
            old = values[key]
            if _number(old) is not None and _number(value) is not None:
                values[key] = min(old, value)
            else:
                del values[key]
    if second_only_restricts:
        pin = first.staff_pin_hash
        folder = first.clinic_routines_dir
        language = first.language or second.language
    else:
        pin = first.staff_pin_hash
        if pin != second.staff_pin_hash:
            pin = INVALID_PIN_HASH  # two different PINs: neither is trusted
        folder = first.clinic_routines_dir
        if folder != second.clinic_routines_dir:
            folder = None
        language = first.language or second.language
    policy = Policy(
        settings=MappingProxyType(values),
        locked=frozenset(locked),
        kiosk=first.kiosk or second.kiosk,
        idle_reset_s=min(first.idle_reset_s, second.idle_reset_s),
        kiosk_sound=first.kiosk_sound and second.kiosk_sound,
        anonymous_counters=first.anonymous_counters and second.anonymous_counters,
        history_enabled=first.history_enabled and second.history_enabled,
        export_enabled=first.export_enabled and second.export_enabled,
        heat_cap_min=min(first.heat_cap_min, second.heat_cap_min),
        patterns=_meet_offer(first.patterns, second.patterns),
        routines=_meet_offer(first.routines, second.routines),
        clinic_routines_dir=folder,
        clinic_voices_dir=(
            first.clinic_voices_dir
            if second_only_restricts or first.clinic_voices_dir == second.clinic_voices_dir
            else None
        ),
        clinic_programmes_dir=(
            first.clinic_programmes_dir
            if second_only_restricts or first.clinic_programmes_dir == second.clinic_programmes_dir
            else None
        ),
        language=language,
        staff_pin_hash=pin,
        failed_closed=first.failed_closed or second.failed_closed,
        recommended=first.recommended,
    )
    return _capped_heat(policy)


def _readings(data: object) -> int:
    """How many readings the duplicated keys in ``data`` need (1 when there are none)."""
    if isinstance(data, DuplicateValues):
        return max(len(data.values), *(_readings(v) for v in data.values))
    if isinstance(data, Mapping):
        return max((_readings(v) for v in data.values()), default=1)
    if isinstance(data, list):
        return max((_readings(v) for v in data), default=1)
    return 1


def _reading(data: object, index: int) -> object:
    """``data`` with every duplicated key taking its ``index``-th value (or its last)."""
    if isinstance(data, DuplicateValues):
        return _reading(data.values[min(index, len(data.values) - 1)], index)
    if isinstance(data, Mapping):
        return {k: _reading(v, index) for k, v in data.items()}
    if isinstance(data, list):
        return [_reading(v, index) for v in data]
    return data


def parse_policy(data: object) -> tuple[Policy, list[PolicyProblem]]:
    """Check the JSON data of a policy file and read everything it can.

    Nothing raises: every problem is collected (at most :data:`MAX_PROBLEMS` are listed).
    Unknown keys are reported (with a "did you mean" hint) and ignored; keys that start
    with ``_`` are comments. An unknown key that is a slip of a known one (see
    :func:`near_key`: ``"Kiosk"``, ``"kiosk "``, ``"histroy"``) reads that key in its
    restrictive sense, as if its value were malformed. A key given twice
    (:class:`DuplicateValues`) is read each way and the most restrictive reading kept
    (:func:`tighten`). A bad value
    of a key that restricts the app is read in its restrictive sense (a malformed
    ``kiosk.enabled`` turns kiosk mode on, a malformed ``history.enabled`` turns history
    off, a heat cap that is not a number caps heat at 5 minutes); other bad values are
    ignored. A newer ``version`` is read as far as it is understood, and reported.

    Args:
        data: the decoded JSON document.

    Returns:
        ``(policy, problems)``; a document that is not a JSON object gives
        :func:`fail_closed_policy` and one problem.
    """
    readings = _readings(data)
    if readings > MAX_DUPLICATE_READINGS:
        message = f"a key is given {readings} times in one object; {FAIL_CLOSED_TEXT}"
        return fail_closed_policy(), [PolicyProblem("", message)]
    if readings == 1:
        return _parse_one(data)
    policy, problems = _parse_one(_reading(data, 0))
    seen = set(problems)
    for index in range(1, readings):
        other, more = _parse_one(_reading(data, index))
        policy = tighten(policy, other)
        problems += [p for p in more if p not in seen]
        seen.update(more)
    return policy, problems[: MAX_PROBLEMS + 1]


def _parse_one(data: object) -> tuple[Policy, list[PolicyProblem]]:
    reader = _Reader()
    if not isinstance(data, Mapping):
        reader.add(
            "",
            f"the file holds {_show(data)}, not a JSON object {{...}}; {FAIL_CLOSED_TEXT}",
        )
        return fail_closed_policy(), reader.finish()
    _check_format(reader, data)
    reader.unknown_keys(data, POLICY_KEYS, prefix="", closes=_TOP_CLOSES)
    values = _read_settings(reader, data.get("settings", {}))
    locked = _read_locked(reader, data.get("locked", []))
    kiosk = _read_kiosk(reader, data.get("kiosk", {}))
    history, export = _read_history(reader, data.get("history", {}))
    heat_cap = _read_heat(reader, data.get("heat", {}))
    heat_minutes = values.get("heat_minutes")
    if isinstance(heat_minutes, int) and heat_minutes > heat_cap:
        reader.add(
            "settings.heat_minutes",
            f"{heat_minutes} is more than heat.max_minutes; {heat_cap} minutes are used.",
        )
        values["heat_minutes"] = heat_cap
    policy = Policy(
        settings=MappingProxyType(values),
        locked=locked,
        kiosk=kiosk[0],
        idle_reset_s=kiosk[1],
        kiosk_sound=kiosk[2],
        anonymous_counters=kiosk[3],
        history_enabled=history,
        export_enabled=export,
        heat_cap_min=heat_cap,
        patterns=_read_list(reader, data, "patterns", _pattern_name, "no breathing pattern"),
        routines=_read_list(reader, data, "routines", _routine_id, "no routine"),
        clinic_routines_dir=_read_folder(reader, data.get("clinic_routines_dir")),
        clinic_voices_dir=_read_folder(reader, data.get("clinic_voices_dir"), "clinic_voices_dir"),
        clinic_programmes_dir=_read_folder(
            reader, data.get("clinic_programmes_dir"), "clinic_programmes_dir"
        ),
        language=_read_language(reader, data.get("language")),
        staff_pin_hash=_read_pin(reader, data.get("staff_pin")),
    )
    return _close_slips(policy, reader.near), reader.finish()


def _check_format(reader: _Reader, data: Mapping[str, object]) -> None:
    fmt = data.get("format")
    if fmt is None:
        reader.add("format", f'missing; add "format": "{POLICY_FORMAT}" at the top.')
    elif fmt != POLICY_FORMAT:
        reader.add(
            "format",
            f'{_show(fmt)} is not "{POLICY_FORMAT}"; is this the right file? '
            "It is read as a policy anyway.",
        )
    if "version" not in data:
        reader.add("version", f'missing; add "version": {POLICY_VERSION}.')
        return
    version = _number(data["version"])
    if version is None or (isinstance(version, float) and not version.is_integer()):
        shown = _show(data["version"])
        reader.add("version", f"{shown} is not a whole number; use {POLICY_VERSION}.")
    elif version > POLICY_VERSION:
        reader.add(
            "version",
            f"version {_show(version)} is newer than this calmfloor understands "
            f"({POLICY_VERSION}); only the keys it knows are applied. Update calmfloor.",
        )
    elif version < POLICY_VERSION:
        reader.add("version", f"{_show(version)} is not a policy version; use {POLICY_VERSION}.")


def _setting_message(setting: SettingSpec, raw: object, reason: ProblemReason) -> str:
    hint = ""
    if setting.kind == "bool":
        rule = "use true or false"
    elif setting.kind == "choice":
        rule = "use one of " + ", ".join(f'"{v}"' for v in setting.choice_values)
        if isinstance(raw, str):
            hint = _did_you_mean(raw, setting.choice_values)
    elif setting.minimum is not None and setting.maximum is not None:
        low, high = setting.minimum, setting.maximum
        if setting.kind == "int":
            low, high = int(low), int(high)
        rule = f"use {_show(low)} to {_show(high)}"
    else:  # a kind without a short rule, such as a list of times of day
        default = setting.default
        shown = _show(default)
        if isinstance(default, tuple):
            shown = "[" + ", ".join(_show(item) for item in default) + "]"
        rule = f"write it like {shown}"
    what = {
        ProblemReason.OUT_OF_RANGE: "is out of range",
        ProblemReason.NOT_A_CHOICE: "is not one of the choices",
        ProblemReason.WRONG_TYPE: _WRONG_TYPE.get(setting.kind, "does not fit this setting"),
    }.get(reason, "does not fit this setting")
    return f"{_show(raw)} {what}; {rule}.{hint} The usual value is used."


_WRONG_TYPE = {
    "bool": "is not true or false",
    "int": "is not a whole number",
    "float": "is not a number",
    "choice": "is not text",
}


def _read_settings(reader: _Reader, raw: object) -> dict[str, SettingValue]:
    values: dict[str, SettingValue] = {}
    if not isinstance(raw, Mapping):
        reader.add("settings", f'{_show(raw)} is not an object like {{"volume": 40}}; ignored.')
        return values
    for key, value in raw.items():
        if not isinstance(key, str) or key.startswith(COMMENT_PREFIX):
            continue
        setting = _SPECS.get(key)
        if setting is None:
            reader.add(
                f"settings.{key}", "there is no such setting; it is ignored." + _slip(reader, key)
            )
            continue
        try:
            values[key] = coerce(setting, value)
        except SettingValueError as exc:
            reader.add(f"settings.{key}", _setting_message(setting, value, exc.reason))
        except (OverflowError, ValueError):  # a number too large for a float
            reason = ProblemReason.OUT_OF_RANGE
            reader.add(f"settings.{key}", _setting_message(setting, value, reason))
    return values


def _slip(reader: _Reader, name: str) -> str:
    """A hint for an unknown setting name; a slip of a real one locks that setting."""
    slip = near_key(name, _SETTING_KEYS)
    if slip is None:
        return _did_you_mean(name, _SETTING_KEYS)
    reader.near.add("settings." + slip)
    return f' Did you mean "{slip}"? It is so close that "{slip}" is locked until this is fixed.'


def _read_locked(reader: _Reader, raw: object) -> frozenset[str]:
    if not isinstance(raw, list):
        reader.add(
            "locked",
            f'{_show(raw)} is not a list like ["volume", "theme"] or ["{LOCK_ALL}"]; every '
            "setting is locked until this is fixed.",
        )
        return frozenset(_SETTING_KEYS)
    if len(raw) > MAX_LIST_ITEMS:
        reader.add(
            "locked",
            f"the list has {len(raw)} entries, more than {MAX_LIST_ITEMS}; every setting is "
            "locked until this is fixed.",
        )
        return frozenset(_SETTING_KEYS)
    locked: set[str] = set()
    for item in raw:
        if item == LOCK_ALL:
            locked.update(_SETTING_KEYS)
        elif not isinstance(item, str):
            reader.add("locked", f"{_show(item)} is not a setting name; it is ignored.")
        elif item not in _SPECS:
            reader.add(
                "locked", f"{_show(item)} is not a setting; it is ignored." + _slip(reader, item)
            )
        else:
            locked.add(item)
    return frozenset(locked)


def _read_kiosk(reader: _Reader, raw: object) -> tuple[bool, float, bool, bool]:
    """``(enabled, idle_reset_s, sound, anonymous_counters)``."""
    table = reader.table("kiosk", raw, KIOSK_KEYS, _KIOSK_ON, _KIOSK_CLOSES)
    if not isinstance(table, Mapping):
        return True, DEFAULT_IDLE_RESET_S, False, False
    enabled = reader.flag(
        "kiosk.enabled",
        table.get("enabled", False),
        True,
        "kiosk mode is on until this is fixed.",
    )
    idle_s = DEFAULT_IDLE_RESET_S
    if "idle_reset_minutes" in table:
        minutes = _number(table["idle_reset_minutes"])
        if minutes is not None and IDLE_RESET_MIN_MIN <= minutes <= IDLE_RESET_MAX_MIN:
            idle_s = float(minutes) * 60.0
        else:
            what = "is out of range" if minutes is not None else "is not a number"
            reader.add(
                "kiosk.idle_reset_minutes",
                f"{_show(table['idle_reset_minutes'])} {what}; use {IDLE_RESET_MIN_MIN} to "
                f"{IDLE_RESET_MAX_MIN}. "
                f"{_show(DEFAULT_IDLE_RESET_S / 60)} minutes are used.",
            )
    sound = reader.flag("kiosk.sound", table.get("sound", False), False, "sound stays off.")
    counters = reader.flag(
        "kiosk.anonymous_counters",
        table.get("anonymous_counters", False),
        False,
        "no counters are kept.",
    )
    return enabled, idle_s, sound, counters


def _read_history(reader: _Reader, raw: object) -> tuple[bool, bool]:
    table = reader.table("history", raw, HISTORY_KEYS, _HISTORY_OFF, _HISTORY_CLOSES)
    if not isinstance(table, Mapping):
        return False, False
    enabled = reader.flag(
        "history.enabled", table.get("enabled", True), False, "history is off until this is fixed."
    )
    export = reader.flag(
        "history.export", table.get("export", True), False, "export is off until this is fixed."
    )
    return enabled, export


def _read_heat(reader: _Reader, raw: object) -> int:
    low = _HEAT_LOW
    table = reader.table("heat", raw, HEAT_KEYS, low, _HEAT_CLOSES)
    if not isinstance(table, Mapping):
        return HEAT_CAP_MIN_MIN
    if "max_minutes" not in table:
        return HEAT_CAP_MAX_MIN
    value = _number(table["max_minutes"])
    key = "heat.max_minutes"
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        reader.add(key, f"{_show(table['max_minutes'])} is not a number; {low}")
        return HEAT_CAP_MIN_MIN
    if value > HEAT_CAP_MAX_MIN:
        reader.add(
            key,
            f"{_show(value)} is more than the safe limit; heat sessions are capped at "
            f"{HEAT_CAP_MAX_MIN} minutes.",
        )
        return HEAT_CAP_MAX_MIN
    if value < HEAT_CAP_MIN_MIN:
        reader.add(
            key,
            f"{_show(value)} is less than the shortest heat session; use {HEAT_CAP_MIN_MIN} "
            f"to {HEAT_CAP_MAX_MIN}. Heat sessions are capped at {HEAT_CAP_MIN_MIN} minutes.",
        )
        return HEAT_CAP_MIN_MIN
    minutes = math.floor(value)
    if minutes != value:
        reader.add(key, f"{_show(value)} is not a whole number; {minutes} minutes are used.")
    return minutes


def _pattern_name(item: str) -> tuple[str | None, str]:
    name = _PRESET_NAMES.get(item.strip().casefold())
    if name is not None:
        return name, ""
    hint = _did_you_mean(item, [p.name for p in PRESETS])
    return None, "is not a built-in breathing pattern; it is not offered." + hint


def _routine_id(item: str) -> tuple[str | None, str]:
    if _ROUTINE_ID_RE.fullmatch(item):
        return item, ""
    return None, 'is not a routine id (like "pmr-short"); it is ignored.'


def _read_list(
    reader: _Reader,
    data: Mapping[str, object],
    key: str,
    check: Callable[[str], tuple[str | None, str]],
    nothing: str,
) -> tuple[str, ...] | None:
    """A list of names or ids; None (everything offered) when the key is missing or null."""
    raw = data.get(key)
    if raw is None:
        return None
    if not isinstance(raw, list):
        reader.add(key, f"{_show(raw)} is not a list; {nothing} is offered until this is fixed.")
        return ()
    if len(raw) > MAX_LIST_ITEMS:
        reader.add(
            key, f"the list has {len(raw)} entries; only the first {MAX_LIST_ITEMS} are read."
        )
    chosen: dict[str, None] = {}
    for item in raw[:MAX_LIST_ITEMS]:
        if not isinstance(item, str):
            reader.add(key, f"{_show(item)} is not text; it is ignored.")
            continue
        value, message = check(item)
        if value is None:
            reader.add(key, f"{_show(item)} {message}")
        else:
            chosen[value] = None
    return tuple(chosen)


def _read_folder(reader: _Reader, raw: object, key: str = "clinic_routines_dir") -> str | None:
    if raw is None:
        return None
    if not isinstance(raw, str) or not raw.strip():
        reader.add(key, f"{_show(raw)} is not a folder; it is ignored.")
        return None
    if not _is_absolute(raw):
        reader.add(
            key,
            f'{_show(raw)} is not a full path (like "/srv/calmfloor/routines" or '
            r'"C:\\ProgramData\\calmfloor\\routines"); it is ignored.',
        )
        return None
    return raw


def _read_language(reader: _Reader, raw: object) -> str | None:
    if raw is None:
        return None
    if isinstance(raw, str) and _LANGUAGE_RE.fullmatch(raw):
        return raw
    reader.add(
        "language",
        f'{_show(raw)} is not a language code (like "de" or "pt_BR"); the system language is used.',
    )
    return None


def _read_pin(reader: _Reader, raw: object) -> str | None:
    if raw is None:
        return None
    if not isinstance(raw, str):
        reader.add(
            "staff_pin",
            f"{_show(raw)} is not a PIN hash; put the line calmfloor admin hash-pin prints "
            f"here, in double quotes. {_PIN_UNUSABLE}",
        )
        return INVALID_PIN_HASH
    if pin_problem(raw) is None:
        reader.add(
            "staff_pin",
            "this looks like the PIN itself; never store the PIN, put the line calmfloor "
            f"admin hash-pin prints here instead. {_PIN_UNUSABLE}",
        )
        return raw
    problem = pin_hash_problem(raw)
    if problem is not None:
        reader.add("staff_pin", f"{problem} {_PIN_UNUSABLE}")
        return raw
    rounds = pin_hash_iterations(raw)
    if rounds is not None and rounds < PIN_ITERATIONS:
        reader.add(
            "staff_pin",
            f"this hash uses only {rounds} rounds, which is quick to guess; make a new one "
            "with calmfloor admin hash-pin. It is used until then.",
        )
    return raw


def parse_recommended(data: object) -> tuple[Mapping[str, SettingValue], list[PolicyProblem]]:
    """Read a recommended policy: setting values patients may change, nothing else.

    The document has the shape of a policy file but only ``format``, ``version`` and
    ``settings`` count; any other key is reported and ignored (a recommendation cannot
    lock, turn on kiosk mode or limit anything). It is read by :func:`parse_policy`, so a
    bad value, a slip of a setting name or a setting given twice with different values
    leaves that setting at its built-in default: the restrictive reading of a
    recommendation is none.

    Returns:
        ``(values, problems)``.
    """
    if not isinstance(data, Mapping):
        message = f"the file holds {_show(data)}, not a JSON object {{...}}; it is not used."
        return MappingProxyType({}), [PolicyProblem("", message)]
    problems: list[PolicyProblem] = []
    kept: dict[str, object] = {}
    for key, value in data.items():
        if not isinstance(key, str) or key.startswith(COMMENT_PREFIX):
            continue
        if key in ("format", "version", "settings"):
            kept[key] = value
        else:
            problems.append(
                PolicyProblem(
                    key,
                    "a recommended policy only sets settings patients may change; this key "
                    "is ignored here (put it in the mandatory policy).",
                )
            )
    policy, more = parse_policy(kept)
    values = {k: v for k, v in policy.settings.items() if k not in policy.locked}
    return MappingProxyType(values), (problems + more)[: MAX_PROBLEMS + 1]
