"""Tests for the settings schema: declarations, defaults and coercion of stored values."""

from __future__ import annotations

import math

import pytest

from calmfloor.core import settings as s
from calmfloor.core.settings import (
    SECTIONS,
    SETTINGS,
    ProblemReason,
    Settings,
    SettingSpec,
    SettingValueError,
    coerce,
    coerce_all,
    defaults,
    spec,
)


def test_every_setting_is_declared_once_with_a_known_section() -> None:
    keys = [x.key for x in SETTINGS]
    assert len(keys) == len(set(keys))
    for setting in SETTINGS:
        assert setting.section in SECTIONS
        assert setting.label and setting.description
        assert "\n" not in setting.description


def test_declared_defaults_and_bounds() -> None:
    assert defaults() == {
        "language": "system",
        "sound_enabled": True,
        "volume": 60,
        "hold_sound": True,
        "end_chime": True,
        "voice_enabled": False,
        "voice_source": "auto",
        "voice_rate": -2,
        "voice_volume": 80,
        "reduced_motion": "system",
        "theme": "system",
        "text_scale": 100,
        "ask_ratings": True,
        "length_mode": "minutes",
        "session_minutes": 5.0,
        "session_breaths": 10,
        "ramp_enabled": False,
        "ramp_start_bpm": 8.0,
        "ramp_minutes": 3.0,
        "relax_release_only": False,
        "relax_pelvic_tense": False,
        "heat_minutes": 15,
        "heat_skin_checks": True,
        "heat_skin_check_minutes": 5,
        "weekly_goal_days": 5,
        "reminders_enabled": False,
        "reminder_times": ("09:00", "14:00", "20:00"),
    }
    heat = spec("heat_minutes")
    assert (heat.minimum, heat.maximum) == (5, 20)  # never more than 20 minutes on one area
    volume = spec("volume")
    assert (volume.minimum, volume.maximum, volume.step) == (0, 100, 5)
    assert spec("theme").choice_values == ("system", "light", "dark", "high_contrast")
    assert spec("reduced_motion").choices[0] == ("system", "Follow system")
    assert spec("hold_sound").label == "Soft sound at holds"


def test_defaults_returns_a_fresh_dict() -> None:
    first = defaults()
    first["volume"] = 0
    assert defaults()["volume"] == 60


def test_unknown_key_raises_key_error() -> None:
    with pytest.raises(KeyError):
        spec("nope")


@pytest.mark.parametrize(
    ("key", "raw", "expected"),
    [
        ("sound_enabled", False, False),
        ("volume", 45, 45),
        ("volume", 45.0, 45),  # integral floats are accepted for ints
        ("volume", 0, 0),
        ("volume", 100, 100),
        ("session_minutes", 7, 7.0),
        ("session_minutes", 2.25, 2.25),  # steps are a UI hint, not a rule
        ("theme", "dark", "dark"),
        ("reminder_times", ["21:30", "07:05"], ("21:30", "07:05")),  # a JSON list, order kept
        ("reminder_times", ("00:00",), ("00:00",)),
        ("reminder_times", ["06:00", "08:00", "10:00", "12:00", "14:00", "23:59"], None),
        ("weekly_goal_days", 7, 7),
    ],
)
def test_coerce_accepts(key: str, raw: object, expected: object) -> None:
    value = coerce(spec(key), raw)
    if expected is None:
        expected = tuple(raw)  # type: ignore[arg-type]
    assert value == expected
    assert type(value) is type(expected)


@pytest.mark.parametrize(
    ("key", "raw", "reason"),
    [
        ("sound_enabled", 1, ProblemReason.WRONG_TYPE),  # bools must be real bools
        ("sound_enabled", "true", ProblemReason.WRONG_TYPE),
        ("volume", True, ProblemReason.WRONG_TYPE),
        ("volume", 45.5, ProblemReason.WRONG_TYPE),
        ("volume", "60", ProblemReason.WRONG_TYPE),
        ("volume", 101, ProblemReason.OUT_OF_RANGE),  # refused, not clamped
        ("volume", -5, ProblemReason.OUT_OF_RANGE),
        ("session_minutes", math.nan, ProblemReason.WRONG_TYPE),
        ("session_minutes", math.inf, ProblemReason.WRONG_TYPE),
        ("session_minutes", 0.5, ProblemReason.OUT_OF_RANGE),
        ("ramp_start_bpm", 12.5, ProblemReason.OUT_OF_RANGE),
        ("theme", "pink", ProblemReason.NOT_A_CHOICE),
        ("theme", None, ProblemReason.WRONG_TYPE),
        ("reminder_times", "09:00", ProblemReason.WRONG_TYPE),  # a list, not one text
        ("reminder_times", [900], ProblemReason.WRONG_TYPE),
        ("reminder_times", ["9:00"], ProblemReason.WRONG_TYPE),  # always two digits
        ("reminder_times", ["09:00 "], ProblemReason.WRONG_TYPE),
        ("reminder_times", ["24:00"], ProblemReason.OUT_OF_RANGE),
        ("reminder_times", ["09:60"], ProblemReason.OUT_OF_RANGE),
        ("reminder_times", [], ProblemReason.OUT_OF_RANGE),  # at least one
        ("reminder_times", ["09:00", "09:00"], ProblemReason.OUT_OF_RANGE),  # distinct
        ("reminder_times", [f"{h:02d}:00" for h in range(7)], ProblemReason.OUT_OF_RANGE),
        ("weekly_goal_days", 0, ProblemReason.OUT_OF_RANGE),
        ("weekly_goal_days", 8, ProblemReason.OUT_OF_RANGE),
    ],
)
def test_coerce_refuses(key: str, raw: object, reason: ProblemReason) -> None:
    with pytest.raises(SettingValueError) as info:
        coerce(spec(key), raw)
    assert (info.value.key, info.value.raw, info.value.reason) == (key, raw, reason)


def test_coerce_all_reports_unknown_and_bad_values_and_uses_defaults() -> None:
    values, problems = coerce_all(
        {"volume": 80, "theme": "pink", "text_scale": 250, "from_the_future": 1}
    )
    assert values == {**defaults(), "volume": 80}
    assert {(p.key, p.reason) for p in problems} == {
        ("theme", ProblemReason.NOT_A_CHOICE),
        ("text_scale", ProblemReason.OUT_OF_RANGE),
        ("from_the_future", ProblemReason.UNKNOWN_KEY),
    }


def test_coerce_all_of_nothing_is_defaults_without_problems() -> None:
    assert coerce_all({}) == (defaults(), [])


def test_a_spec_with_a_bad_default_is_refused() -> None:
    with pytest.raises(SettingValueError):
        SettingSpec("x", "int", 500, "X", "X.", "Sound", minimum=0, maximum=100)
    with pytest.raises(ValueError, match="coerced"):
        SettingSpec("x", "float", 5, "X", "X.", "Sound", minimum=0, maximum=100)
    with pytest.raises(ValueError, match="choices"):
        SettingSpec("x", "choice", "a", "X", "X.", "Sound")


def test_typed_settings_accessor() -> None:
    settings = Settings({"volume": 30})
    assert settings.get_int("volume") == 30
    assert settings.get_bool("sound_enabled") is True
    assert settings.get_float("session_minutes") == 5.0
    assert settings.get_choice("theme") == "system"
    changed = settings.replace(theme="dark")
    assert changed.get_choice("theme") == "dark"
    assert settings.get_choice("theme") == "system"
    assert changed.as_dict() == {**defaults(), "volume": 30, "theme": "dark"}
    assert Settings(changed.as_dict()) == changed
    with pytest.raises(TypeError):
        settings.get_bool("volume")
    with pytest.raises(SettingValueError):
        settings.replace(volume=500)
    with pytest.raises(SettingValueError):
        Settings({"nope": 1})


def test_times_setting_has_a_typed_getter_and_its_switch() -> None:
    settings = Settings({"reminder_times": ["20:00", "08:30"]})
    assert settings.get_times("reminder_times") == ("20:00", "08:30")
    with pytest.raises(TypeError):
        settings.get_times("volume")
    assert spec("reminder_times").enabled_by == "reminders_enabled"
    assert spec("reminders_enabled").section == spec("reminder_times").section == "Reminders"
    assert spec("weekly_goal_days").section == "History"
    assert spec("weekly_goal_days").label == "Days a week I aim to practise"


def test_translation_marker_is_a_no_op() -> None:
    assert s.QT_TRANSLATE_NOOP("settings", "Volume") == "Volume"
