"""The settings schema: every preference declared once with type, bounds, default and label."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

from calmfloor.core.i18n import QT_TRANSLATE_NOOP

__all__ = [
    "LANGUAGE_AUTONYMS",
    "LANGUAGE_SYSTEM",
    "QT_TRANSLATE_NOOP",
    "SECTIONS",
    "SETTINGS",
    "ProblemReason",
    "SettingKind",
    "SettingProblem",
    "SettingSpec",
    "SettingValue",
    "SettingValueError",
    "Settings",
    "TypedSettings",
    "coerce",
    "coerce_all",
    "defaults",
    "parse_time_of_day",
    "spec",
]

SettingKind = Literal["bool", "int", "float", "choice", "times"]
SettingValue = bool | int | float | str | tuple[str, ...]

TIMES_MIN = 1  # a "times" setting holds at least this many times of day...
TIMES_MAX = 6  # ...and at most this many
_TIME_RE = re.compile(r"^(\d\d):(\d\d)$")

SECTION_SOUND = QT_TRANSLATE_NOOP("settings", "Sound")
SECTION_BREATHING = QT_TRANSLATE_NOOP("settings", "Breathing")
SECTION_DISPLAY = QT_TRANSLATE_NOOP("settings", "Display")
SECTION_HISTORY = QT_TRANSLATE_NOOP("settings", "History")
SECTION_RELAX = QT_TRANSLATE_NOOP("settings", "Muscle relaxation")
SECTION_HEAT = QT_TRANSLATE_NOOP("settings", "Heat pack")
SECTION_REMINDERS = QT_TRANSLATE_NOOP("settings", "Reminders")
SECTION_LANGUAGE = QT_TRANSLATE_NOOP("settings", "Language")
SECTION_VOICE = QT_TRANSLATE_NOOP("settings", "Spoken guidance")
SECTIONS: tuple[str, ...] = (
    SECTION_LANGUAGE,  # first, so someone lost in a language they cannot read finds it
    SECTION_BREATHING,
    SECTION_RELAX,
    SECTION_HEAT,
    SECTION_SOUND,
    SECTION_VOICE,
    SECTION_DISPLAY,
    SECTION_HISTORY,
    SECTION_REMINDERS,
)

LANGUAGE_SYSTEM = "system"  # the "language" setting's "Follow system" value
# Each language by its own name, never translated: someone lost in a language they cannot
# read must still find theirs. The Settings page offers those with a translation file
# (assets/translations/calmfloor_<code>.qm); a new language with a code here needs no
# code change. Codes as in the file names.
LANGUAGE_AUTONYMS: tuple[tuple[str, str], ...] = (
    ("ar", "العربية"),
    ("bg", "Български"),
    ("bn", "বাংলা"),
    ("bs", "Bosanski"),
    ("ca", "Català"),
    ("cs", "Čeština"),
    ("da", "Dansk"),
    ("de", "Deutsch"),
    ("el", "Ελληνικά"),
    ("en", "English"),
    ("es", "Español"),
    ("et", "Eesti"),
    ("fa", "فارسی"),
    ("fi", "Suomi"),
    ("fr", "Français"),
    ("he", "עברית"),
    ("hi", "हिन्दी"),
    ("hr", "Hrvatski"),
    ("hu", "Magyar"),
    ("id", "Bahasa Indonesia"),
    ("it", "Italiano"),
    ("ja", "日本語"),
    ("ko", "한국어"),
    ("ku", "Kurdî"),
    ("lt", "Lietuvių"),
    ("lv", "Latviešu"),
    ("nb", "Norsk bokmål"),
    ("nl", "Nederlands"),
    ("pl", "Polski"),
    ("ps", "پښتو"),
    ("pt", "Português"),
    ("pt_BR", "Português (Brasil)"),
    ("ro", "Română"),
    ("ru", "Русский"),
    ("sk", "Slovenčina"),
    ("sl", "Slovenščina"),
    ("so", "Soomaali"),
    ("sq", "Shqip"),
    ("sr", "Српски"),
    ("sv", "Svenska"),
    ("sw", "Kiswahili"),
    ("ta", "தமிழ்"),
    ("th", "ไทย"),
    ("ti", "ትግርኛ"),
    ("tr", "Türkçe"),
    ("uk", "Українська"),
    ("ur", "اردو"),
    ("vi", "Tiếng Việt"),
    ("zh_CN", "简体中文"),
    ("zh_TW", "繁體中文"),
)


class ProblemReason(StrEnum):
    """Why a stored value was not used."""

    UNKNOWN_KEY = "unknown_key"
    WRONG_TYPE = "wrong_type"
    OUT_OF_RANGE = "out_of_range"
    NOT_A_CHOICE = "not_a_choice"


class SettingValueError(ValueError):
    """A value that does not fit its setting.

    Attributes:
        key: the setting's key.
        raw: the value that was offered.
        reason: why it was refused.
    """

    def __init__(self, key: str, raw: object, reason: ProblemReason) -> None:
        super().__init__(key, raw, reason.value)
        self.key = key
        self.raw = raw
        self.reason = reason


@dataclass(frozen=True, slots=True)
class SettingProblem:
    """A stored value that was ignored: its default was used instead (or the key dropped).

    Attributes:
        key: the key as stored.
        raw: the stored value.
        reason: why it was ignored.
    """

    key: str
    raw: object
    reason: ProblemReason


@dataclass(frozen=True, slots=True)
class SettingSpec:
    """One setting, declared once; the settings page and the store are built from these.

    Attributes:
        key: the stable name stored in settings.json.
        kind: ``bool``, ``int``, ``float``, ``choice`` (a string from ``choices``) or
            ``times`` (a tuple of distinct ``"HH:MM"`` 24-hour times of day, in the user's
            order, ``TIMES_MIN``..``TIMES_MAX`` of them; a JSON list in settings.json).
        default: the value used when nothing valid is stored.
        label: English label, translated in context ``settings`` by the Qt layer.
        description: English one-line explanation (tooltip), translated likewise.
        section: English section title (one of :data:`SECTIONS`), translated likewise.
        minimum: smallest allowed number (``int``/``float``).
        maximum: largest allowed number (``int``/``float``).
        step: spin-box step (a UI hint; values between steps are accepted).
        unit: English unit suffix for spin boxes (e.g. ``%``), translated likewise.
        choices: ``(value, English label)`` pairs for ``choice``.
        enabled_by: key of a bool setting; this one only applies (and its control is
            only enabled) while that one is on. Empty for settings that always apply.
    """

    key: str
    kind: SettingKind
    default: SettingValue
    label: str
    description: str
    section: str
    minimum: float | None = None
    maximum: float | None = None
    step: float | None = None
    unit: str = ""
    choices: tuple[tuple[str, str], ...] = ()
    enabled_by: str = ""

    def __post_init__(self) -> None:
        if self.kind in ("int", "float") and (self.minimum is None or self.maximum is None):
            raise ValueError(f"{self.key}: numbers need a minimum and a maximum")
        if self.kind == "choice" and not self.choices:
            raise ValueError(f"{self.key}: a choice needs choices")
        # the default must pass the same checks as a stored value
        coerced = coerce(self, self.default)
        if coerced != self.default or type(coerced) is not type(self.default):
            raise ValueError(f"{self.key}: default {self.default!r} changes when coerced")

    @property
    def choice_values(self) -> tuple[str, ...]:
        """The allowed values of a ``choice`` setting."""
        return tuple(value for value, _label in self.choices)


def spec(key: str) -> SettingSpec:
    """The declaration of setting ``key``.

    Raises:
        KeyError: no such setting.
    """
    return _BY_KEY[key]


def defaults() -> dict[str, SettingValue]:
    """A fresh dict of every setting's default value."""
    return {s.key: s.default for s in SETTINGS}


def _is_number(raw: object) -> bool:
    return isinstance(raw, int | float) and not isinstance(raw, bool)


def coerce(setting: SettingSpec, raw: object) -> SettingValue:
    """Check ``raw`` against ``setting`` and return it in the setting's Python type.

    Bools must be real bools; ints accept integral floats (``5.0``); floats accept ints;
    numbers outside ``minimum``..``maximum`` are refused, not clamped.

    Raises:
        SettingValueError: the value does not fit.
    """
    key = setting.key
    if setting.kind == "times":
        return _coerce_times(key, raw)
    if setting.kind == "bool":
        if not isinstance(raw, bool):
            raise SettingValueError(key, raw, ProblemReason.WRONG_TYPE)
        return raw
    if setting.kind == "choice":
        if not isinstance(raw, str):
            raise SettingValueError(key, raw, ProblemReason.WRONG_TYPE)
        if raw not in setting.choice_values:
            raise SettingValueError(key, raw, ProblemReason.NOT_A_CHOICE)
        return raw
    if not _is_number(raw):
        raise SettingValueError(key, raw, ProblemReason.WRONG_TYPE)
    assert isinstance(raw, int | float)
    number: int | float
    if setting.kind == "int":
        if isinstance(raw, float) and not raw.is_integer():
            raise SettingValueError(key, raw, ProblemReason.WRONG_TYPE)
        number = int(raw)
    else:
        if not math.isfinite(raw):
            raise SettingValueError(key, raw, ProblemReason.WRONG_TYPE)
        number = float(raw)
    assert setting.minimum is not None and setting.maximum is not None
    if not setting.minimum <= number <= setting.maximum:
        raise SettingValueError(key, raw, ProblemReason.OUT_OF_RANGE)
    return number


def parse_time_of_day(text: str) -> tuple[int, int] | None:
    """``(hour, minute)`` of a 24-hour ``"HH:MM"`` time, or None when it is not one."""
    match = _TIME_RE.match(text)
    if match is None:
        return None
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        return None
    return hour, minute


def _coerce_times(key: str, raw: object) -> tuple[str, ...]:
    """A ``times`` value: a list or tuple of distinct ``"HH:MM"`` strings, order kept.

    Not a list, an entry that is not text, or text that is not ``HH:MM`` is the wrong
    type; a time past 23:59, a repeated time, or too few or too many times is out of range.
    """
    if not isinstance(raw, list | tuple):
        raise SettingValueError(key, raw, ProblemReason.WRONG_TYPE)
    for entry in raw:
        if not isinstance(entry, str) or _TIME_RE.match(entry) is None:
            raise SettingValueError(key, raw, ProblemReason.WRONG_TYPE)
        if parse_time_of_day(entry) is None:
            raise SettingValueError(key, raw, ProblemReason.OUT_OF_RANGE)
    if not TIMES_MIN <= len(raw) <= TIMES_MAX or len(set(raw)) != len(raw):
        raise SettingValueError(key, raw, ProblemReason.OUT_OF_RANGE)
    return tuple(raw)


def coerce_all(
    raw: Mapping[str, object],
) -> tuple[dict[str, SettingValue], list[SettingProblem]]:
    """Every setting's value from stored ``raw`` data, plus what was wrong with it.

    Missing keys get their default silently. Unknown keys are ignored and reported; bad
    values are replaced by their default and reported.

    Returns:
        ``(values, problems)``: ``values`` has exactly one entry per setting in
        :data:`SETTINGS`.
    """
    values = defaults()
    problems: list[SettingProblem] = []
    for key, value in raw.items():
        setting = _BY_KEY.get(key)
        if setting is None:
            problems.append(SettingProblem(key, value, ProblemReason.UNKNOWN_KEY))
            continue
        try:
            values[key] = coerce(setting, value)
        except SettingValueError as exc:
            problems.append(SettingProblem(key, value, exc.reason))
    return values, problems


SETTINGS: tuple[SettingSpec, ...] = (
    # Language
    SettingSpec(
        "language",
        "choice",
        LANGUAGE_SYSTEM,
        QT_TRANSLATE_NOOP("settings", "Language"),
        QT_TRANSLATE_NOOP(
            "settings",
            "Follow system uses your computer's language when calmfloor has it, else English.",
        ),
        SECTION_LANGUAGE,
        choices=(
            (LANGUAGE_SYSTEM, QT_TRANSLATE_NOOP("settings", "Follow system")),
            *LANGUAGE_AUTONYMS,
        ),
    ),
    # Breathing
    SettingSpec(
        "length_mode",
        "choice",
        "minutes",
        QT_TRANSLATE_NOOP("settings", "Session length in"),
        QT_TRANSLATE_NOOP("settings", "Choose the length of a session in minutes or in breaths."),
        SECTION_BREATHING,
        choices=(
            ("minutes", QT_TRANSLATE_NOOP("settings", "Minutes")),
            ("breaths", QT_TRANSLATE_NOOP("settings", "Breaths")),
        ),
    ),
    SettingSpec(
        "session_minutes",
        "float",
        5.0,
        QT_TRANSLATE_NOOP("settings", "Session length (minutes)"),
        QT_TRANSLATE_NOOP("settings", "How long a breathing session lasts."),
        SECTION_BREATHING,
        minimum=1.0,
        maximum=60.0,
        step=0.5,
        unit=QT_TRANSLATE_NOOP("settings", " min"),
    ),
    SettingSpec(
        "session_breaths",
        "int",
        10,
        QT_TRANSLATE_NOOP("settings", "Session length (breaths)"),
        QT_TRANSLATE_NOOP("settings", "How many breaths a session lasts."),
        SECTION_BREATHING,
        minimum=1,
        maximum=300,
        step=1,
    ),
    SettingSpec(
        "ramp_enabled",
        "bool",
        False,
        QT_TRANSLATE_NOOP("settings", "Slow down gradually"),
        QT_TRANSLATE_NOOP(
            "settings", "Start at a comfortable pace and slow gently to the pattern's pace."
        ),
        SECTION_BREATHING,
    ),
    SettingSpec(
        "ramp_start_bpm",
        "float",
        8.0,
        QT_TRANSLATE_NOOP("settings", "Starting pace (breaths a minute)"),
        QT_TRANSLATE_NOOP("settings", "The pace of the first breaths when slowing down gradually."),
        SECTION_BREATHING,
        minimum=6.0,
        maximum=12.0,
        step=0.5,
    ),
    SettingSpec(
        "ramp_minutes",
        "float",
        3.0,
        QT_TRANSLATE_NOOP("settings", "Slow down over (minutes)"),
        QT_TRANSLATE_NOOP("settings", "How long the gradual slow-down takes."),
        SECTION_BREATHING,
        minimum=0.5,
        maximum=15.0,
        step=0.5,
        unit=QT_TRANSLATE_NOOP("settings", " min"),
    ),
    # Muscle relaxation
    SettingSpec(
        "relax_release_only",
        "bool",
        False,
        QT_TRANSLATE_NOOP("settings", "Let go without tensing first"),
        QT_TRANSLATE_NOOP(
            "settings",
            "Every routine skips the tensing and only lets go. Choose this if tensing makes "
            "your spasms worse.",
        ),
        SECTION_RELAX,
    ),
    SettingSpec(
        "relax_pelvic_tense",
        "bool",
        False,
        QT_TRANSLATE_NOOP("settings", "Also tense the pelvic floor"),
        QT_TRANSLATE_NOOP(
            "settings",
            "Off on purpose: a tight pelvic floor needs letting go, not squeezing, so the "
            "pelvic floor step only lets go. Turn this on only if your physiotherapist "
            "advises it.",
        ),
        SECTION_RELAX,
    ),
    # Heat pack
    SettingSpec(
        "heat_minutes",
        "int",
        15,
        QT_TRANSLATE_NOOP("settings", "Heat pack time"),
        QT_TRANSLATE_NOOP(
            "settings", "How long a heat pack stays on. Never more than 20 minutes on one area."
        ),
        SECTION_HEAT,
        minimum=5,
        maximum=20,
        step=1,
        unit=QT_TRANSLATE_NOOP("settings", " min"),
    ),
    SettingSpec(
        "heat_skin_checks",
        "bool",
        True,
        QT_TRANSLATE_NOOP("settings", "Remind me to check my skin"),
        QT_TRANSLATE_NOOP("settings", "A gentle reminder to lift the pack and look at your skin."),
        SECTION_HEAT,
    ),
    SettingSpec(
        "heat_skin_check_minutes",
        "int",
        5,
        QT_TRANSLATE_NOOP("settings", "Check my skin every"),
        QT_TRANSLATE_NOOP(
            "settings", "Check more often if you feel heat or touch less than usual."
        ),
        SECTION_HEAT,
        minimum=2,
        maximum=10,
        step=1,
        unit=QT_TRANSLATE_NOOP("settings", " min"),
    ),
    # Sound
    SettingSpec(
        "sound_enabled",
        "bool",
        True,
        QT_TRANSLATE_NOOP("settings", "Sound cues"),
        QT_TRANSLATE_NOOP(
            "settings", "One tone for breathing in, two for breathing out, so eyes can stay closed."
        ),
        SECTION_SOUND,
    ),
    SettingSpec(
        "volume",
        "int",
        60,
        QT_TRANSLATE_NOOP("settings", "Volume"),
        QT_TRANSLATE_NOOP("settings", "How loud the cues are."),
        SECTION_SOUND,
        minimum=0,
        maximum=100,
        step=5,
        unit=QT_TRANSLATE_NOOP("settings", " %"),
    ),
    SettingSpec(
        "hold_sound",
        "bool",
        True,
        QT_TRANSLATE_NOOP("settings", "Soft sound at holds"),
        QT_TRANSLATE_NOOP("settings", "A quiet tone when a hold begins."),
        SECTION_SOUND,
    ),
    SettingSpec(
        "end_chime",
        "bool",
        True,
        QT_TRANSLATE_NOOP("settings", "Chime at the end"),
        QT_TRANSLATE_NOOP("settings", "A gentle chime when the session is over."),
        SECTION_SOUND,
    ),
    # Spoken guidance
    SettingSpec(
        "voice_enabled",
        "bool",
        False,
        QT_TRANSLATE_NOOP("settings", "Speak the steps"),
        QT_TRANSLATE_NOOP(
            "settings",
            "A calm voice names each muscle and says what to do, so eyes can stay closed.",
        ),
        SECTION_VOICE,
    ),
    SettingSpec(
        "voice_source",
        "choice",
        "auto",
        QT_TRANSLATE_NOOP("settings", "Voice"),
        QT_TRANSLATE_NOOP(
            "settings", "Recorded clips are used where they exist; otherwise the computer speaks."
        ),
        SECTION_VOICE,
        choices=(
            ("auto", QT_TRANSLATE_NOOP("settings", "Recorded voice, else the computer's")),
            ("recorded", QT_TRANSLATE_NOOP("settings", "Recorded voice only")),
            ("system", QT_TRANSLATE_NOOP("settings", "The computer's voice")),
        ),
        enabled_by="voice_enabled",
    ),
    SettingSpec(
        "voice_rate",
        "int",
        -2,
        QT_TRANSLATE_NOOP("settings", "Speaking speed"),
        QT_TRANSLATE_NOOP("settings", "0 is the voice's normal speed; below 0 is slower."),
        SECTION_VOICE,
        minimum=-5,
        maximum=5,
        step=1,
        enabled_by="voice_enabled",
    ),
    SettingSpec(
        "voice_volume",
        "int",
        80,
        QT_TRANSLATE_NOOP("settings", "Voice volume"),
        QT_TRANSLATE_NOOP("settings", "How loud the voice is."),
        SECTION_VOICE,
        minimum=0,
        maximum=100,
        step=5,
        unit=QT_TRANSLATE_NOOP("settings", " %"),
        enabled_by="voice_enabled",
    ),
    # Display
    SettingSpec(
        "reduced_motion",
        "choice",
        "system",
        QT_TRANSLATE_NOOP("settings", "Reduced motion"),
        QT_TRANSLATE_NOOP("settings", "Show the pace with less movement on screen."),
        SECTION_DISPLAY,
        choices=(
            ("system", QT_TRANSLATE_NOOP("settings", "Follow system")),
            ("on", QT_TRANSLATE_NOOP("settings", "On")),
            ("off", QT_TRANSLATE_NOOP("settings", "Off")),
        ),
    ),
    SettingSpec(
        "theme",
        "choice",
        "system",
        QT_TRANSLATE_NOOP("settings", "Theme"),
        QT_TRANSLATE_NOOP(
            "settings", "Light, dark or high-contrast colours. Follow system matches your computer."
        ),
        SECTION_DISPLAY,
        choices=(
            ("system", QT_TRANSLATE_NOOP("settings", "Follow system")),
            ("light", QT_TRANSLATE_NOOP("settings", "Light")),
            ("dark", QT_TRANSLATE_NOOP("settings", "Dark")),
            ("high_contrast", QT_TRANSLATE_NOOP("settings", "High contrast")),
        ),
    ),
    SettingSpec(
        "text_scale",
        "int",
        100,
        QT_TRANSLATE_NOOP("settings", "Text size"),
        QT_TRANSLATE_NOOP("settings", "Make all text larger."),
        SECTION_DISPLAY,
        minimum=100,
        maximum=200,
        step=10,
        unit=QT_TRANSLATE_NOOP("settings", " %"),
    ),
    # History
    SettingSpec(
        "ask_ratings",
        "bool",
        True,
        QT_TRANSLATE_NOOP("settings", "Ask how I feel before and after"),
        QT_TRANSLATE_NOOP(
            "settings", "Rate tension and pain from 0 to 10 before and after each session."
        ),
        SECTION_HISTORY,
    ),
    SettingSpec(
        "weekly_goal_days",
        "int",
        5,
        QT_TRANSLATE_NOOP("settings", "Days a week I aim to practise"),
        QT_TRANSLATE_NOOP(
            "settings", "A gentle goal for the week. History shows how many days you managed."
        ),
        SECTION_HISTORY,
        minimum=1,
        maximum=7,
        step=1,
    ),
    # Reminders
    SettingSpec(
        "reminders_enabled",
        "bool",
        False,
        QT_TRANSLATE_NOOP("settings", "Remind me to practise"),
        QT_TRANSLATE_NOOP(
            "settings",
            "A quiet reminder at the times below. None comes while you practise, or if you "
            "practised shortly before.",
        ),
        SECTION_REMINDERS,
    ),
    SettingSpec(
        "reminder_times",
        "times",
        ("09:00", "14:00", "20:00"),
        QT_TRANSLATE_NOOP("settings", "Remind me at"),
        QT_TRANSLATE_NOOP("settings", "Up to six times a day."),
        SECTION_REMINDERS,
        enabled_by="reminders_enabled",
    ),
)

_BY_KEY: dict[str, SettingSpec] = {s.key: s for s in SETTINGS}
if len(_BY_KEY) != len(SETTINGS):  # pragma: no cover - a typo in the table above
    raise RuntimeError("duplicate setting key")
if any(  # pragma: no cover - a typo in the table above
    s.enabled_by and (s.enabled_by not in _BY_KEY or _BY_KEY[s.enabled_by].kind != "bool")
    for s in SETTINGS
):
    raise RuntimeError("enabled_by must name a bool setting")


class TypedSettings:
    """Typed getters over ``value(key)``, shared by :class:`Settings` and the UI's model.

    A getter asked for the wrong kind raises ``TypeError``: a caller that reads a number
    setting as a flag is a bug, not a value to coerce.
    """

    __slots__ = ()

    def value(self, key: str) -> SettingValue:
        """The value of ``key`` in its declared type."""
        raise NotImplementedError

    def get_bool(self, key: str) -> bool:
        """The value of bool setting ``key``."""
        value = self._typed(key, "bool")
        assert isinstance(value, bool)
        return value

    def get_int(self, key: str) -> int:
        """The value of int setting ``key``."""
        value = self._typed(key, "int")
        assert isinstance(value, int)
        return value

    def get_float(self, key: str) -> float:
        """The value of float setting ``key``."""
        value = self._typed(key, "float")
        assert isinstance(value, float)
        return value

    def get_choice(self, key: str) -> str:
        """The value of choice setting ``key``."""
        value = self._typed(key, "choice")
        assert isinstance(value, str)
        return value

    def get_times(self, key: str) -> tuple[str, ...]:
        """The value of times setting ``key``: ``"HH:MM"`` strings in the user's order."""
        value = self._typed(key, "times")
        assert isinstance(value, tuple)
        return value

    def _typed(self, key: str, kind: SettingKind) -> SettingValue:
        setting = spec(key)
        if setting.kind != kind:
            raise TypeError(f"{key} is a {setting.kind} setting, not {kind}")
        return self.value(key)


class Settings(TypedSettings):
    """A complete, valid set of setting values with typed getters.

    Args:
        values: values keyed by setting key; missing keys take their default.

    Raises:
        SettingValueError: a value does not fit, or a key is unknown.
    """

    __slots__ = ("_values",)

    def __init__(self, values: Mapping[str, object] | None = None) -> None:
        merged = defaults()
        for key, value in (values or {}).items():
            setting = _BY_KEY.get(key)
            if setting is None:
                raise SettingValueError(key, value, ProblemReason.UNKNOWN_KEY)
            merged[key] = coerce(setting, value)
        self._values = merged

    def as_dict(self) -> dict[str, SettingValue]:
        """A copy of all values, ready for :meth:`SettingsStore.save`."""
        return dict(self._values)

    def value(self, key: str) -> SettingValue:
        """The value of ``key`` in its declared type."""
        return self._values[key]

    def replace(self, **changes: object) -> Settings:
        """A copy with ``changes`` applied (each checked with :func:`coerce`)."""
        return Settings({**self._values, **changes})

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Settings) and self._values == other._values

    def __hash__(self) -> int:
        return hash(tuple(sorted(self._values.items())))

    def __repr__(self) -> str:
        return f"Settings({self._values!r})"
