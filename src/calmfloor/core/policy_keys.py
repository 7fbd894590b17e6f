"""Every clinic policy key declared once, beside the settings: templates and docs come from here.

A policy key is a dotted path into the policy document (``"kiosk.enabled"``,
``"settings.volume"``). The keys that are not settings are declared in
:data:`CLINIC_KEYS`; one key per setting (with its lock) is made from
:data:`calmfloor.core.settings.SETTINGS`. Nothing here reads a file: the readers of the
registry, profiles and files turn what they find into one document shape, and
:func:`merge_documents` combines documents by precedence, remembering where each key came
from, so ``calmfloor policy show`` and the staff page can say it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

from calmfloor.core.i18n import QT_TRANSLATE_NOOP
from calmfloor.core.policy import (
    COMMENT_PREFIX,
    HEAT_CAP_MAX_MIN,
    HEAT_CAP_MIN_MIN,
    IDLE_RESET_MAX_MIN,
    IDLE_RESET_MIN_MIN,
    INVALID_PIN_HASH,
    LOCK_ALL,
    DuplicateValues,
    Policy,
    PolicyProblem,
)
from calmfloor.core.settings import SETTINGS, SettingSpec, SettingValue

# Where a clinic's policy lives outside the JSON file (read by storage.policy_sources at
# start-up, written by policy_templates only when ``calmfloor policy generate`` asks).
REGISTRY_ROOT = r"Software\Policies\calmfloor"
RECOMMENDED_SUBKEY = "Recommended"
MACOS_DOMAIN = "org.calmfloor.Calmfloor"

__all__ = [
    "CLINIC_KEYS",
    "POLICY_KEY_SPECS",
    "RECOMMENDED_KEYS",
    "SOURCE_DEFAULT",
    "SOURCE_FAILED_CLOSED",
    "SOURCE_PROBLEM",
    "TABLE_KEYS",
    "EffectiveKey",
    "MergedDocument",
    "PolicyKeySpec",
    "effective_keys",
    "merge_documents",
]

PolicyKind = Literal["bool", "int", "float", "choice", "text", "list", "times", "path", "pin"]

TABLE_KEYS: tuple[str, ...] = ("kiosk", "history", "heat", "settings")
"""Top-level keys whose value is an object: merged key by key."""
RECOMMENDED_KEYS: tuple[str, ...] = ("format", "version", "settings")
"""The keys a recommended policy may hold: it only sets defaults the user may change."""

SOURCE_DEFAULT = "default"
SOURCE_FAILED_CLOSED = "failed-closed"
SOURCE_PROBLEM = "problem"  # read restrictively because of a problem (a slip, a bad value)

CATEGORY_KIOSK = QT_TRANSLATE_NOOP("policy", "Kiosk")
CATEGORY_HISTORY = QT_TRANSLATE_NOOP("policy", "History and export")
CATEGORY_HEAT = QT_TRANSLATE_NOOP("policy", "Heat pack limit")
CATEGORY_OFFER = QT_TRANSLATE_NOOP("policy", "What is offered")
CATEGORY_STAFF = QT_TRANSLATE_NOOP("policy", "Staff and language")
CATEGORY_SETTINGS = QT_TRANSLATE_NOOP("policy", "Settings")

LOCK_LABEL = QT_TRANSLATE_NOOP("policy", "Lock: patients cannot change this setting")
LOCK_ALL_LABEL = QT_TRANSLATE_NOOP("policy", "Lock every setting")
LOCK_ALL_EXPLAIN = QT_TRANSLATE_NOOP(
    "policy",
    "Enabled: patients cannot change any setting; each keeps the clinic's value or its default.",
)
SETTING_EXPLAIN = QT_TRANSLATE_NOOP(
    "policy",
    "Enabled: the clinic's value is used. With the lock ticked, patients cannot change it; "
    "without it, they can. Disabled or not configured: the patient's own choice.",
)
RANGE_TEXT = QT_TRANSLATE_NOOP("policy", "Allowed: %1 to %2.")
LIST_TEXT = QT_TRANSLATE_NOOP("policy", "One entry per line.")


@dataclass(frozen=True, slots=True)
class PolicyKeySpec:
    """One policy key: what the templates, the docs and ``policy show`` say about it.

    Attributes:
        key: the dotted path in the policy document (``"kiosk.enabled"``).
        kind: the value's kind; ``list`` is a list of text, ``times`` of ``"HH:MM"``.
        label: short English title, translated in context ``policy`` (or ``settings``
            for a setting).
        explain: English explanation of what the key does and what its absence means.
        category: English category title (ADMX category, docs section).
        name: the template name: an ADMX policy id ``[A-Za-z_][A-Za-z0-9_]*``.
        default: what applies without the key (as the JSON would spell it).
        minimum: smallest number for ``int`` and ``float``.
        maximum: largest number for ``int`` and ``float``.
        choices: ``(value, English label)`` pairs for ``choice``.
        setting: the setting this key sets, for ``settings.*`` keys.
    """

    key: str
    kind: PolicyKind
    label: str
    explain: str
    category: str
    name: str
    default: object = None
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[tuple[str, str], ...] = ()
    setting: SettingSpec | None = None

    @property
    def path(self) -> tuple[str, ...]:
        """The key's parts: ``("kiosk", "enabled")``."""
        return tuple(self.key.split("."))

    @property
    def context(self) -> str:
        """The translation context of :attr:`label` and the setting texts."""
        return "settings" if self.setting is not None else "policy"


CLINIC_KEYS: tuple[PolicyKeySpec, ...] = (
    PolicyKeySpec(
        "kiosk.enabled",
        "bool",
        QT_TRANSLATE_NOOP("policy", "Run as a waiting-room kiosk"),
        QT_TRANSLATE_NOOP(
            "policy",
            "Enabled: calmfloor runs full screen as a kiosk, forgets each guest and keeps no "
            "history. Disabled or not configured: the normal window.",
        ),
        CATEGORY_KIOSK,
        "KioskEnabled",
        default=False,
    ),
    PolicyKeySpec(
        "kiosk.idle_reset_minutes",
        "int",
        QT_TRANSLATE_NOOP("policy", "Kiosk: start over after minutes without input"),
        QT_TRANSLATE_NOOP(
            "policy",
            "Minutes without input before the kiosk forgets the guest and shows the welcome "
            "screen. Not configured: 3 minutes.",
        ),
        CATEGORY_KIOSK,
        "KioskIdleResetMinutes",
        default=3,
        minimum=IDLE_RESET_MIN_MIN,
        maximum=IDLE_RESET_MAX_MIN,
    ),
    PolicyKeySpec(
        "kiosk.sound",
        "bool",
        QT_TRANSLATE_NOOP("policy", "Kiosk: sound cues on"),
        QT_TRANSLATE_NOOP(
            "policy", "Enabled: kiosk sessions start with sound. Otherwise they start silent."
        ),
        CATEGORY_KIOSK,
        "KioskSound",
        default=False,
    ),
    PolicyKeySpec(
        "kiosk.anonymous_counters",
        "bool",
        QT_TRANSLATE_NOOP("policy", "Kiosk: count sessions anonymously"),
        QT_TRANSLATE_NOOP(
            "policy",
            "Enabled: the kiosk keeps only the number of sessions of each kind per day, "
            "shown to staff. Otherwise nothing is counted.",
        ),
        CATEGORY_KIOSK,
        "KioskAnonymousCounters",
        default=False,
    ),
    PolicyKeySpec(
        "history.enabled",
        "bool",
        QT_TRANSLATE_NOOP("policy", "Keep a history of sessions"),
        QT_TRANSLATE_NOOP(
            "policy",
            "Disabled: no history is kept or shown. Enabled or not configured: each user's "
            "sessions are kept on this computer.",
        ),
        CATEGORY_HISTORY,
        "HistoryEnabled",
        default=True,
    ),
    PolicyKeySpec(
        "history.export",
        "bool",
        QT_TRANSLATE_NOOP("policy", "Allow exporting the history"),
        QT_TRANSLATE_NOOP(
            "policy",
            "Disabled: no CSV or PDF export of the history. Enabled or not configured: allowed.",
        ),
        CATEGORY_HISTORY,
        "HistoryExport",
        default=True,
    ),
    PolicyKeySpec(
        "heat.max_minutes",
        "int",
        QT_TRANSLATE_NOOP("policy", "Longest heat-pack session (minutes)"),
        QT_TRANSLATE_NOOP(
            "policy",
            "The longest heat-pack session allowed. It can only lower the built-in limit of "
            "20 minutes.",
        ),
        CATEGORY_HEAT,
        "HeatMaxMinutes",
        default=HEAT_CAP_MAX_MIN,
        minimum=HEAT_CAP_MIN_MIN,
        maximum=HEAT_CAP_MAX_MIN,
    ),
    PolicyKeySpec(
        "patterns",
        "list",
        QT_TRANSLATE_NOOP("policy", "Breathing patterns offered"),
        QT_TRANSLATE_NOOP(
            "policy",
            "The names of the built-in breathing patterns offered, such as Resonance. "
            "Not configured: all patterns, and the patient's own.",
        ),
        CATEGORY_OFFER,
        "Patterns",
    ),
    PolicyKeySpec(
        "routines",
        "list",
        QT_TRANSLATE_NOOP("policy", "Routines offered"),
        QT_TRANSLATE_NOOP(
            "policy",
            "The ids of the routines offered, such as release-only. Not configured: all routines.",
        ),
        CATEGORY_OFFER,
        "Routines",
    ),
    PolicyKeySpec(
        "clinic_routines_dir",
        "path",
        QT_TRANSLATE_NOOP("policy", "Folder of the clinic's routines"),
        QT_TRANSLATE_NOOP(
            "policy",
            "A full path to a folder of routine files the clinic provides, offered next to "
            "the built-in ones.",
        ),
        CATEGORY_OFFER,
        "ClinicRoutinesDir",
    ),
    PolicyKeySpec(
        "clinic_voices_dir",
        "path",
        QT_TRANSLATE_NOOP("policy", "Folder of the clinic's voice packs"),
        QT_TRANSLATE_NOOP(
            "policy",
            "A full path to a folder of voice packs (recorded spoken guidance) the clinic "
            "provides; they are used before the computer's own voice.",
        ),
        CATEGORY_OFFER,
        "ClinicVoicesDir",
    ),
    PolicyKeySpec(
        "clinic_programmes_dir",
        "path",
        QT_TRANSLATE_NOOP("policy", "Folder of the clinic's programmes"),
        QT_TRANSLATE_NOOP(
            "policy",
            "A full path to a folder of programme files (.toml) the clinic's "
            "physiotherapists wrote; patients choose theirs on the Today page. Never shown "
            "in kiosk mode.",
        ),
        CATEGORY_OFFER,
        "ClinicProgrammesDir",
    ),
    PolicyKeySpec(
        "language",
        "text",
        QT_TRANSLATE_NOOP("policy", "Language of the app"),
        QT_TRANSLATE_NOOP(
            "policy",
            "A language code such as en, de or fa. Not configured: the system language, "
            "and patients may choose.",
        ),
        CATEGORY_STAFF,
        "Language",
    ),
    PolicyKeySpec(
        "staff_pin",
        "pin",
        QT_TRANSLATE_NOOP("policy", "Staff PIN hash"),
        QT_TRANSLATE_NOOP(
            "policy",
            "The line printed by calmfloor admin hash-pin; never the PIN itself. It ends "
            "kiosk mode and opens the staff page.",
        ),
        CATEGORY_STAFF,
        "StaffPin",
    ),
)


def _setting_key(setting: SettingSpec) -> PolicyKeySpec:
    kind: PolicyKind = setting.kind
    return PolicyKeySpec(
        "settings." + setting.key,
        kind,
        setting.label,
        setting.description,
        CATEGORY_SETTINGS,
        "Setting_" + setting.key,
        default=list(setting.default) if isinstance(setting.default, tuple) else setting.default,
        minimum=setting.minimum,
        maximum=setting.maximum,
        choices=setting.choices,
        setting=setting,
    )


POLICY_KEY_SPECS: tuple[PolicyKeySpec, ...] = CLINIC_KEYS + tuple(_setting_key(s) for s in SETTINGS)
"""Every policy key, in the order of the templates, the docs and ``policy show``."""


# -- merging documents by precedence ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MergedDocument:
    """Policy documents combined by precedence.

    Attributes:
        data: one document for :func:`~calmfloor.core.policy.parse_policy`.
        origins: dotted key (``"kiosk.enabled"``, ``"settings.volume"``,
            ``"locked.volume"``) -> the source it was taken from.
        problems: conflicts between sources (each names both).
    """

    data: Mapping[str, object]
    origins: Mapping[str, str]
    problems: tuple[PolicyProblem, ...]


def merge_documents(documents: Sequence[tuple[str, object]]) -> MergedDocument:
    """Combine policy documents, the first source that sets a key winning.

    Objects (``kiosk``, ``history``, ``heat``, ``settings``) are merged key by key;
    ``locked`` lists are joined (a lock is never taken away by another source); any other
    key is taken whole from the first source that has it. A value that conflicts with one
    already taken is reported with both sources. A source whose document is not an object
    is skipped here: its reader already failed it closed. ``format`` and ``version`` are
    taken from the first source; comments (``_...``) are dropped.

    Args:
        documents: ``(source, document)`` pairs, the highest precedence first.
    """
    data: dict[str, object] = {}
    origins: dict[str, str] = {}
    problems: list[PolicyProblem] = []
    locked: list[object] = []
    locked_bad: object = None

    def conflict(key: str, source: str) -> None:
        problems.append(
            PolicyProblem(
                key,
                f"also set by {source} with another value; the value from {origins[key]} is used.",
            )
        )

    for source, document in documents:
        if not isinstance(document, Mapping):
            continue
        for name, value in document.items():
            if not isinstance(name, str) or name.startswith(COMMENT_PREFIX):
                continue
            if name == "locked":
                if isinstance(value, list):
                    for item in value:
                        locked.append(item)
                        origins.setdefault(f"locked.{item}", source)
                elif locked_bad is None:
                    locked_bad = value  # not a list: parse_policy locks every setting
                    origins.setdefault("locked", source)
                continue
            if name in TABLE_KEYS and isinstance(value, Mapping):
                table = data.setdefault(name, {})
                if not isinstance(table, dict):
                    conflict(name, source)
                    continue
                for sub, sub_value in value.items():
                    if not isinstance(sub, str) or sub.startswith(COMMENT_PREFIX):
                        continue
                    dotted = f"{name}.{sub}"
                    if sub in table:
                        if table[sub] != sub_value:
                            conflict(dotted, source)
                        continue
                    table[sub] = sub_value
                    origins[dotted] = source
                continue
            if name in data:
                if data[name] != value and name not in ("format", "version"):
                    conflict(name, source)
                continue
            data[name] = value
            origins[name] = source
    if locked_bad is not None:
        data["locked"] = locked_bad
    elif locked:
        data["locked"] = locked
    return MergedDocument(MappingProxyType(data), MappingProxyType(origins), tuple(problems))


# -- what is in force ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EffectiveKey:
    """One row of ``policy show`` and of the staff page.

    Attributes:
        spec: the key.
        value: the value in force, as JSON would spell it (a list for a tuple; ``None``
            for "everything offered" or "not set"; a PIN is ``"set"`` or ``"unusable"``).
        source: where it came from: a source's name, :data:`SOURCE_DEFAULT`,
            :data:`SOURCE_FAILED_CLOSED` or :data:`SOURCE_PROBLEM`.
        locked: patients cannot change it (a setting in ``locked``; any other key set by
            the clinic).
        recommended: the value is the clinic's recommendation, which the patient may change.
    """

    spec: PolicyKeySpec
    value: object
    source: str
    locked: bool
    recommended: bool = False


def _policy_value(policy: Policy, key: str) -> object:
    values: dict[str, object] = {
        "kiosk.enabled": policy.kiosk,
        "kiosk.idle_reset_minutes": _whole(policy.idle_reset_s / 60),
        "kiosk.sound": policy.kiosk_sound,
        "kiosk.anonymous_counters": policy.anonymous_counters,
        "history.enabled": policy.history_enabled,
        "history.export": policy.export_enabled,
        "heat.max_minutes": policy.heat_cap_min,
        "patterns": None if policy.patterns is None else list(policy.patterns),
        "routines": None if policy.routines is None else list(policy.routines),
        "clinic_routines_dir": policy.clinic_routines_dir,
        "clinic_voices_dir": policy.clinic_voices_dir,
        "clinic_programmes_dir": policy.clinic_programmes_dir,
        "language": policy.language,
        "staff_pin": _pin_state(policy.staff_pin_hash),
    }
    return values[key]


def _whole(number: float) -> float | int:
    return int(number) if float(number).is_integer() else number


def _pin_state(pin_hash: str | None) -> str | None:
    if pin_hash is None:
        return None
    return "unusable" if pin_hash == INVALID_PIN_HASH else "set"


def _json_value(value: SettingValue) -> object:
    return list(value) if isinstance(value, tuple) else value


def effective_keys(
    policy: Policy,
    origins: Mapping[str, str],
    recommended_origins: Mapping[str, str] | None = None,
) -> list[EffectiveKey]:
    """Every key of :data:`POLICY_KEY_SPECS` with its value in force and where it came from.

    Args:
        policy: the policy in force.
        origins: the mandatory sources' :attr:`MergedDocument.origins`.
        recommended_origins: the recommended sources' origins.
    """
    rec_origins = recommended_origins or {}
    rows: list[EffectiveKey] = []
    for spec in POLICY_KEY_SPECS:
        setting = spec.setting
        if setting is None:
            value = _policy_value(policy, spec.key)
            source = origins.get(spec.key) or origins.get(spec.path[0])
            if source is None:
                source = SOURCE_DEFAULT if value == _policy_value(Policy(), spec.key) else None
            if policy.failed_closed:
                source = SOURCE_FAILED_CLOSED
            source = source or SOURCE_PROBLEM
            rows.append(EffectiveKey(spec, value, source, source != SOURCE_DEFAULT))
            continue
        name = setting.key
        locked = name in policy.locked
        if name in policy.settings:
            value = _json_value(policy.settings[name])
            source = origins.get(spec.key) or SOURCE_PROBLEM
            recommended = False
        elif not locked and name in policy.recommended:
            value = _json_value(policy.recommended[name])
            source = rec_origins.get(spec.key) or SOURCE_DEFAULT
            recommended = True
        else:
            value = _json_value(setting.default)
            source = SOURCE_DEFAULT
            recommended = False
            if locked:
                source = (
                    origins.get(f"locked.{name}")
                    or origins.get(f"locked.{LOCK_ALL}")
                    or origins.get("locked")
                    or SOURCE_PROBLEM
                )
        if policy.failed_closed:
            source = SOURCE_FAILED_CLOSED
        rows.append(EffectiveKey(spec, value, source, locked, recommended))
    return rows


def duplicate_free(value: object) -> bool:
    """True when ``value`` holds no :class:`DuplicateValues` (a key given once everywhere)."""
    if isinstance(value, DuplicateValues):
        return False
    if isinstance(value, Mapping):
        return all(duplicate_free(v) for v in value.values())
    if isinstance(value, list):
        return all(duplicate_free(v) for v in value)
    return True
