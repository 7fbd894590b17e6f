"""The clinic policy: a full file is read exactly, and bad parts never open the app up."""

from __future__ import annotations

from typing import Any

import pytest

from calmfloor.core.pin import verify_pin
from calmfloor.core.policy import (
    INVALID_PIN_HASH,
    Policy,
    PolicyProblem,
    fail_closed_policy,
    parse_policy,
)
from calmfloor.core.settings import SETTINGS

ALL_KEYS = frozenset(s.key for s in SETTINGS)
# hash_pin("2468", bytes.fromhex("00112233445566778899aabbccddeeff")), 600,000 rounds
PIN_2468 = (
    "pbkdf2-sha256$600000$ABEiM0RVZneImaq7zN3u/w==$Xkc1hmzuhNi6lUEFomCeiHa/4paAoupYIpvtJ3Oc1f8="
)


def full_policy() -> dict[str, Any]:
    """Every key, as in docs/clinic-deployment.md."""
    return {
        "format": "calmfloor-policy",
        "version": 1,
        "_comment": "waiting room, 2nd floor",
        "settings": {"volume": 40, "theme": "light", "session_minutes": 3, "heat_minutes": 10},
        "locked": ["volume", "theme", "heat_minutes"],
        "kiosk": {
            "enabled": True,
            "idle_reset_minutes": 2.5,
            "sound": True,
            "anonymous_counters": True,
        },
        "history": {"enabled": False, "export": False},
        "heat": {"max_minutes": 15},
        "patterns": ["Resonance", "box"],
        "routines": ["pmr-short", "hips-stretch"],
        "clinic_routines_dir": "/srv/calmfloor/routines",
        "clinic_programmes_dir": "/srv/calmfloor/programmes",
        "language": "de",
        "staff_pin": PIN_2468,
    }


def test_a_full_policy_is_read_exactly() -> None:
    policy, problems = parse_policy(full_policy())
    assert problems == []
    assert policy == Policy(
        settings={"volume": 40, "theme": "light", "session_minutes": 3.0, "heat_minutes": 10},
        locked=frozenset({"volume", "theme", "heat_minutes"}),
        kiosk=True,
        idle_reset_s=150.0,
        kiosk_sound=True,
        anonymous_counters=True,
        history_enabled=False,
        export_enabled=False,
        heat_cap_min=15,
        patterns=("Resonance", "Box"),  # names as calmfloor spells them
        routines=("pmr-short", "hips-stretch"),
        clinic_routines_dir="/srv/calmfloor/routines",
        clinic_programmes_dir="/srv/calmfloor/programmes",
        language="de",
        staff_pin_hash=PIN_2468,
    )
    assert verify_pin("2468", policy.staff_pin_hash or "")
    assert type(policy.settings["session_minutes"]) is float  # coerced like user settings


def test_an_empty_policy_changes_nothing() -> None:
    policy, problems = parse_policy({"format": "calmfloor-policy", "version": 1})
    assert (policy, problems) == (Policy(), [])
    assert Policy().kiosk is False and Policy().history_enabled and Policy().locked == set()


def test_lock_everything() -> None:
    policy, problems = parse_policy({"format": "calmfloor-policy", "version": 1, "locked": ["*"]})
    assert problems == []
    assert policy.locked == ALL_KEYS


def test_fail_closed_is_as_tight_as_it_gets() -> None:
    policy = fail_closed_policy()
    assert policy.kiosk and policy.failed_closed
    assert not policy.history_enabled and not policy.export_enabled
    assert policy.locked == ALL_KEYS
    assert not policy.kiosk_sound and not policy.anonymous_counters


def _with(**changes: Any) -> dict[str, Any]:
    data = {"format": "calmfloor-policy", "version": 1}
    data.update(changes)
    return data


# (id, data, expected problems, what the policy must be)
BAD: list[tuple[str, object, list[PolicyProblem], dict[str, Any]]] = [
    (
        "not an object",
        ["kiosk"],
        [
            PolicyProblem(
                "",
                "the file holds a list, not a JSON object {...}; the most restrictive policy "
                "is used until this is fixed (kiosk mode, no history, every setting locked).",
            )
        ],
        {"failed_closed": True, "kiosk": True, "locked": ALL_KEYS},
    ),
    (
        "no format or version",
        {"kiosk": {"enabled": True}},
        [
            PolicyProblem("format", 'missing; add "format": "calmfloor-policy" at the top.'),
            PolicyProblem("version", 'missing; add "version": 1.'),
        ],
        {"kiosk": True},
    ),
    (
        "another format",
        {"format": "calmfloor-settings", "version": "1", "history": {"enabled": False}},
        [
            PolicyProblem(
                "format",
                '"calmfloor-settings" is not "calmfloor-policy"; is this the right file? It is '
                "read as a policy anyway.",
            ),
            PolicyProblem("version", '"1" is not a whole number; use 1.'),
        ],
        {"history_enabled": False},
    ),
    (
        "a newer version",
        _with(version=2, kiosk={"enabled": True, "screensaver": "stars"}, printing=False),
        [
            PolicyProblem(
                "version",
                "version 2 is newer than this calmfloor understands (1); only the keys it "
                "knows are applied. Update calmfloor.",
            ),
            PolicyProblem("printing", "calmfloor does not know this key; it is ignored."),
            PolicyProblem("kiosk.screensaver", "calmfloor does not know this key; it is ignored."),
        ],
        {"kiosk": True},
    ),
    (
        "unknown keys with hints",
        _with(lockd=["volume"], kiosk={"enable": True}, history={"exports": False}),
        [
            PolicyProblem(
                "lockd",
                'calmfloor does not know this key; it is ignored. Did you mean "locked"? It is '
                "so close that every setting is locked until this is fixed.",
            ),
            PolicyProblem(
                "kiosk.enable",
                'calmfloor does not know this key; it is ignored. Did you mean "enabled"? It is '
                "so close that kiosk mode is on until this is fixed.",
            ),
            PolicyProblem(
                "history.exports",
                'calmfloor does not know this key; it is ignored. Did you mean "export"? It is '
                "so close that export is off until this is fixed.",
            ),
        ],
        # a slip of a key never leaves it open: each is read in its restrictive sense
        {"locked": ALL_KEYS, "kiosk": True, "export_enabled": False},
    ),
    (
        "bad setting values",
        _with(settings={"volume": 150, "theme": "drak", "sound_enabled": "yes", "volum": 3}),
        [
            PolicyProblem(
                "settings.volume", "150 is out of range; use 0 to 100. The usual value is used."
            ),
            PolicyProblem(
                "settings.theme",
                '"drak" is not one of the choices; use one of "system", "light", "dark", '
                '"high_contrast". '
                'Did you mean "dark"? The usual value is used.',
            ),
            PolicyProblem(
                "settings.sound_enabled",
                '"yes" is not true or false; use true or false. The usual value is used.',
            ),
            PolicyProblem(
                "settings.volum",
                'there is no such setting; it is ignored. Did you mean "volume"? It is so close '
                'that "volume" is locked until this is fixed.',
            ),
        ],
        {"settings": {}},
    ),
    (
        "locked is not a list",
        _with(locked="volume"),
        [
            PolicyProblem(
                "locked",
                '"volume" is not a list like ["volume", "theme"] or ["*"]; every setting is '
                "locked until this is fixed.",
            )
        ],
        {"locked": ALL_KEYS},
    ),
    (
        "locked names a missing setting",
        _with(locked=["volume", "thme", 7]),
        [
            PolicyProblem(
                "locked",
                '"thme" is not a setting; it is ignored. Did you mean "theme"? It is so close '
                'that "theme" is locked until this is fixed.',
            ),
            PolicyProblem("locked", "7 is not a setting name; it is ignored."),
        ],
        {"locked": frozenset({"volume", "theme"})},  # a slip locks what it was meant to
    ),
    (
        "kiosk flags are not true or false",
        _with(kiosk={"enabled": "yes", "sound": 1, "anonymous_counters": "on"}),
        [
            PolicyProblem(
                "kiosk.enabled", '"yes" is not true or false; kiosk mode is on until this is fixed.'
            ),
            PolicyProblem("kiosk.sound", "1 is not true or false; sound stays off."),
            PolicyProblem(
                "kiosk.anonymous_counters", '"on" is not true or false; no counters are kept.'
            ),
        ],
        {"kiosk": True, "kiosk_sound": False, "anonymous_counters": False},
    ),
    (
        "kiosk is not an object",
        _with(kiosk=False, history=True),
        [
            PolicyProblem(
                "kiosk",
                'false is not an object like {"enabled": ...}; kiosk mode is on until this is '
                "fixed.",
            ),
            PolicyProblem(
                "history",
                'true is not an object like {"enabled": ...}; history and export are off until '
                "this is fixed.",
            ),
        ],
        {"kiosk": True, "history_enabled": False, "export_enabled": False},
    ),
    (
        "idle reset out of range",
        _with(kiosk={"enabled": True, "idle_reset_minutes": 0}),
        [
            PolicyProblem(
                "kiosk.idle_reset_minutes",
                "0 is out of range; use 1 to 60. 3 minutes are used.",
            )
        ],
        {"kiosk": True, "idle_reset_s": 180.0},
    ),
    (
        "history flags are not true or false",
        _with(history={"enabled": "no", "export": None}),
        [
            PolicyProblem(
                "history.enabled", '"no" is not true or false; history is off until this is fixed.'
            ),
            PolicyProblem(
                "history.export", "null is not true or false; export is off until this is fixed."
            ),
        ],
        {"history_enabled": False, "export_enabled": False},
    ),
    (
        "heat cap above the hard cap",
        _with(heat={"max_minutes": 30}, settings={"heat_minutes": 20}),
        [
            PolicyProblem(
                "heat.max_minutes",
                "30 is more than the safe limit; heat sessions are capped at 20 minutes.",
            )
        ],
        {"heat_cap_min": 20, "settings": {"heat_minutes": 20}},
    ),
    (
        "heat cap is not a number",
        _with(heat={"max_minutes": "abc"}, settings={"heat_minutes": 15}),
        [
            PolicyProblem(
                "heat.max_minutes",
                '"abc" is not a number; heat sessions are capped at 5 minutes until this is fixed.',
            ),
            PolicyProblem(
                "settings.heat_minutes", "15 is more than heat.max_minutes; 5 minutes are used."
            ),
        ],
        {"heat_cap_min": 5, "settings": {"heat_minutes": 5}},
    ),
    (
        "heat cap too low or a fraction",
        _with(heat={"max_minutes": 12.5}),
        [PolicyProblem("heat.max_minutes", "12.5 is not a whole number; 12 minutes are used.")],
        {"heat_cap_min": 12},
    ),
    (
        "patterns and routines",
        _with(patterns=["box", "Resonanse", 4], routines=["pmr short"]),
        [
            PolicyProblem(
                "patterns",
                '"Resonanse" is not a built-in breathing pattern; it is not offered. Did you '
                'mean "Resonance"?',
            ),
            PolicyProblem("patterns", "4 is not text; it is ignored."),
            PolicyProblem(
                "routines", '"pmr short" is not a routine id (like "pmr-short"); it is ignored.'
            ),
        ],
        {"patterns": ("Box",), "routines": ()},
    ),
    (
        "patterns is not a list",
        _with(patterns="all", routines={"pmr": True}),
        [
            PolicyProblem(
                "patterns",
                '"all" is not a list; no breathing pattern is offered until this is fixed.',
            ),
            PolicyProblem(
                "routines", "an object is not a list; no routine is offered until this is fixed."
            ),
        ],
        {"patterns": (), "routines": ()},
    ),
    (
        "folder and language",
        _with(clinic_routines_dir="routines", language="German"),
        [
            PolicyProblem(
                "clinic_routines_dir",
                '"routines" is not a full path (like "/srv/calmfloor/routines" or '
                '"C:\\\\ProgramData\\\\calmfloor\\\\routines"); it is ignored.',
            ),
            PolicyProblem(
                "language",
                '"German" is not a language code (like "de" or "pt_BR"); the system language '
                "is used.",
            ),
        ],
        {"clinic_routines_dir": None, "language": None},
    ),
    (
        "a PIN in plain text",
        _with(kiosk={"enabled": True}, staff_pin="2468"),
        [
            PolicyProblem(
                "staff_pin",
                "this looks like the PIN itself; never store the PIN, put the line calmfloor "
                "admin hash-pin prints here instead. Until this is fixed, kiosk mode cannot be "
                "left with a PIN.",
            )
        ],
        {"kiosk": True},
    ),
    (
        "a damaged PIN hash",
        _with(staff_pin=PIN_2468[:-8]),
        [
            PolicyProblem(
                "staff_pin",
                "the salt or the hash has the wrong length; copy the whole line again. Until "
                "this is fixed, kiosk mode cannot be left with a PIN.",
            )
        ],
        {},
    ),
    (
        "a PIN that is a number",
        _with(staff_pin=2468),
        [
            PolicyProblem(
                "staff_pin",
                "2468 is not a PIN hash; put the line calmfloor admin hash-pin prints here, in "
                "double quotes. Until this is fixed, kiosk mode cannot be left with a PIN.",
            )
        ],
        {"staff_pin_hash": INVALID_PIN_HASH},
    ),
]


@pytest.mark.parametrize(
    ("data", "expected", "fields"), [c[1:] for c in BAD], ids=[c[0] for c in BAD]
)
def test_every_problem_is_reported_and_nothing_opens_up(
    data: object, expected: list[PolicyProblem], fields: dict[str, Any]
) -> None:
    policy, problems = parse_policy(data)
    assert problems == expected
    for name, value in fields.items():
        assert getattr(policy, name) == value, name
    assert all("\n" not in str(p) for p in problems)
    if policy.staff_pin_hash is not None:
        assert not verify_pin("2468", policy.staff_pin_hash)  # no way out by a bad PIN line


def test_a_weak_pin_hash_is_used_but_reported() -> None:
    from calmfloor.core.pin import hash_pin

    weak = hash_pin("2468", bytes(16), 1000)
    policy, problems = parse_policy(_with(staff_pin=weak))
    assert policy.staff_pin_hash == weak
    assert [p.key for p in problems] == ["staff_pin"]
    assert "only 1000 rounds" in problems[0].message


def test_strange_json_values_never_raise() -> None:
    weird: list[object] = [None, 1, "x", [], {}, float("nan"), float("inf"), 10**400, {"a": [[]]}]
    for value in weird:
        for key in [
            "settings",
            "locked",
            "kiosk",
            "history",
            "heat",
            "patterns",
            "routines",
            "clinic_routines_dir",
            "clinic_programmes_dir",
            "language",
            "staff_pin",
            "version",
            "format",
        ]:
            parse_policy(_with(**{key: value}))
        parse_policy(_with(kiosk={"enabled": True, "idle_reset_minutes": value}))
        parse_policy(_with(heat={"max_minutes": value}))
        parse_policy(value)


def test_the_documented_example_and_setting_names_are_right() -> None:
    """docs/clinic-deployment.md: its example is valid and it names every setting."""
    import json
    import re
    from pathlib import Path

    doc = (Path(__file__).parents[2] / "docs" / "clinic-deployment.md").read_text("utf-8")
    example = re.search(r"```json\n(.*?)```", doc, re.DOTALL)
    assert example is not None
    policy, problems = parse_policy(json.loads(example.group(1)))
    assert problems == []
    assert policy.kiosk and policy.staff_pin_hash == PIN_2468
    for key in ALL_KEYS:  # the generated key table names settings as settings.<name>
        assert f"`{key}`" in doc or f"`settings.{key}`" in doc, key


def test_a_clinic_programme_folder_that_is_not_a_full_path_offers_none() -> None:
    policy, problems = parse_policy(_with(clinic_programmes_dir="programmes"))
    assert policy.clinic_programmes_dir is None
    assert [problem.key for problem in problems] == ["clinic_programmes_dir"]
    assert "not a full path" in problems[0].message
