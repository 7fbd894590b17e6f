"""Finding and reading the policy file: precedence, and bad files that never open the app up."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from calmfloor.core.policy import Policy, PolicyProblem
from calmfloor.core.settings import SETTINGS, defaults
from calmfloor.storage import policy_store
from calmfloor.storage.policy_store import (
    MAX_POLICY_BYTES,
    POLICY_ENV,
    load_policy,
    policy_locations,
    read_policy_file,
)

ALL_KEYS = frozenset(s.key for s in SETTINGS)
CLOSED = (
    "the most restrictive policy is used until this is fixed (kiosk mode, no history, every "
    "setting locked)."
)


def policy_json(**changes: Any) -> str:
    data: dict[str, Any] = {"format": "calmfloor-policy", "version": 1}
    data.update(changes)
    return json.dumps(data, indent=2)


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


@dataclass(frozen=True)
class Case:
    """A malformed policy file, the problems it must give, and what must still hold."""

    name: str
    content: str | bytes
    problems: list[tuple[str, str]]  # (key, start of the message)
    holds: Callable[[Policy], bool]

    def write(self, path: Path) -> Path:
        return write(path, self.content)


def _closed(policy: Policy) -> bool:
    return (
        policy.failed_closed
        and policy.kiosk
        and not policy.history_enabled
        and not policy.export_enabled
        and policy.locked == ALL_KEYS
    )


CASES = [
    Case("not JSON", '{"kiosk": {"enabled": true,}}', [("", "this is not valid JSON (")], _closed),
    Case("a JSON list", '["kiosk"]', [("", "the file holds a list, not a JSON object")], _closed),
    Case("empty", "  \n", [("", "the file is empty; the most restrictive")], _closed),
    Case(
        "too large",
        policy_json(_comment="x" * MAX_POLICY_BYTES),
        [("", "the file is 257 KiB; a policy file may be at most 256 KiB")],
        _closed,
    ),
    Case("not UTF-8", b'{"language": "fran\xe7ais"}', [("", "line 1 is not UTF-8 text")], _closed),
    Case(
        "UTF-8 with a BOM is fine, wrong format is not",
        b"\xef\xbb\xbf" + policy_json(format="calmfloor-settings").encode(),
        [("format", '"calmfloor-settings" is not "calmfloor-policy"')],
        lambda p: not p.failed_closed and not p.kiosk,
    ),
    Case(
        "a newer version",
        policy_json(version=3, history={"enabled": False}, cloud_sync=True),
        [("version", "version 3 is newer"), ("cloud_sync", "calmfloor does not know this key")],
        lambda p: not p.history_enabled,
    ),
    Case(
        "a misspelt key",
        policy_json(lockd=["volume"]),
        [
            (
                "lockd",
                'calmfloor does not know this key; it is ignored. Did you mean "locked"? It is '
                "so close that every setting is locked until this is fixed.",
            )
        ],
        lambda p: p.locked == ALL_KEYS,  # a slip never unlocks: the careful reading locks
    ),
    Case(
        "a key given twice",
        '{"format": "calmfloor-policy", "version": 1, "kiosk": {"enabled": true}, '
        '"kiosk": {"enabled": false}}',
        [("kiosk", "this key is given more than once in one object; the most restrictive")],
        lambda p: p.kiosk,  # not "the last one counts": the restrictive reading
    ),
    Case(
        "bad setting values",
        policy_json(settings={"volume": "loud", "text_scale": 400, "themes": "dark"}),
        [
            ("settings.volume", '"loud" is not a whole number; use 0 to 100.'),
            ("settings.text_scale", "400 is out of range; use 100 to 200."),
            ("settings.themes", 'there is no such setting; it is ignored. Did you mean "theme"?'),
        ],
        lambda p: dict(p.settings) == {},
    ),
    Case(
        "kiosk.enabled malformed",
        policy_json(kiosk={"enabled": "true"}),
        [("kiosk.enabled", '"true" is not true or false; kiosk mode is on')],
        lambda p: p.kiosk,
    ),
    Case(
        "history.enabled malformed",
        policy_json(history={"enabled": 0}),
        [("history.enabled", "0 is not true or false; history is off")],
        lambda p: not p.history_enabled and p.export_enabled,
    ),
    Case(
        "heat cap over the limit",
        policy_json(heat={"max_minutes": 30}),
        [("heat.max_minutes", "30 is more than the safe limit")],
        lambda p: p.heat_cap_min == 20,
    ),
    Case(
        "locked is not a list",
        policy_json(locked="*"),
        [("locked", '"*" is not a list')],
        lambda p: p.locked == ALL_KEYS,
    ),
    Case(
        "a bad staff PIN",
        policy_json(kiosk={"enabled": True}, staff_pin="pbkdf2-sha256$1000$oops"),
        [("staff_pin", "this is not a PIN hash")],
        lambda p: p.kiosk and p.staff_pin_hash == "pbkdf2-sha256$1000$oops",
    ),
    Case(
        "a clinic folder that is not there",
        policy_json(clinic_routines_dir="/nonexistent/calmfloor/routines"),
        [("clinic_routines_dir", "this folder does not exist or cannot be read")],
        lambda p: p.clinic_routines_dir == "/nonexistent/calmfloor/routines",
    ),
]


def check_problems(case: Case, problems: list[PolicyProblem]) -> None:
    assert [p.key for p in problems] == [key for key, _ in case.problems]
    for problem, (_, start) in zip(problems, case.problems, strict=True):
        assert problem.message.startswith(start), problem.message
        assert "\n" not in problem.message
        if problem.key == "":
            assert problem.message.endswith(CLOSED)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_each_malformed_file_is_reported_and_read_safely(tmp_path: Path, case: Case) -> None:
    path = case.write(tmp_path / "policy.json")
    result = load_policy(path, environ={})
    assert result.path == path
    check_problems(case, result.problems)
    assert case.holds(result.policy)


def test_a_valid_file(tmp_path: Path) -> None:
    routines = tmp_path / "clinic-routines"
    routines.mkdir()
    path = write(
        tmp_path / "policy.json",
        policy_json(
            settings={"volume": 30},
            locked=["volume"],
            kiosk={"enabled": True},
            clinic_routines_dir=str(routines),
        ),
    )
    policy, problems = read_policy_file(path)
    assert problems == []
    assert policy == Policy(
        settings={"volume": 30},
        locked=frozenset({"volume"}),
        kiosk=True,
        clinic_routines_dir=str(routines),
    )


@pytest.mark.parametrize("what", ["missing", "folder"])
def test_a_named_file_that_cannot_be_read_fails_closed(tmp_path: Path, what: str) -> None:
    path = tmp_path / "policy.json"
    if what == "folder":
        path.mkdir()
    for result in (load_policy(path, environ={}), load_policy(None, {POLICY_ENV: str(path)})):
        assert result.path == path
        assert _closed(result.policy)
        expected = (
            "the file does not exist"
            if what == "missing"
            else "this is a folder, not a policy file"
        )
        assert result.problems == [PolicyProblem("", f"{expected}; {CLOSED}")]


@pytest.fixture
def system(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Two stand-in system locations, neither holding a file yet."""
    places = [tmp_path / "xdg" / "policy.json", tmp_path / "etc" / "policy.json"]
    monkeypatch.setattr(policy_store, "policy_locations", lambda **_: list(places))
    return places


def test_precedence_option_then_variable_then_system(tmp_path: Path, system: list[Path]) -> None:
    assert load_policy(None, environ={}) == policy_store.PolicyLoadResult(Policy(), None, [])
    write(system[1], policy_json(history={"enabled": False}))
    assert load_policy(None, environ={}).path == system[1]
    write(system[0], policy_json(history={"export": False}))
    first = load_policy(None, environ={})
    assert first.path == system[0]  # the site config folder wins over /etc/calmfloor
    assert first.policy.history_enabled and not first.policy.export_enabled
    env_file = write(tmp_path / "env.json", policy_json(language="fa"))
    assert load_policy(None, environ={POLICY_ENV: str(env_file)}).policy.language == "fa"
    assert load_policy(None, environ={POLICY_ENV: ""}).path == system[0]  # empty is unset
    option = write(tmp_path / "option.json", policy_json(language="de"))
    result = load_policy(option, environ={POLICY_ENV: str(env_file)})
    # the option wins over the variable, but only adds to the system policy
    assert (result.path, result.extra_path, result.policy.language) == (system[0], option, "de")
    assert not result.policy.export_enabled


def test_a_named_file_only_adds_restrictions_to_a_system_policy(
    tmp_path: Path, system: list[Path]
) -> None:
    pin = (
        "pbkdf2-sha256$600000$ABEiM0RVZneImaq7zN3u/w==$Xkc1hmzuhNi6lUEFomCeiHa/4paAoupYIpvtJ3Oc1f8="
    )
    write(
        system[1],
        policy_json(
            kiosk={"enabled": True},
            history={"enabled": False, "export": False},
            heat={"max_minutes": 10},
            locked=["volume"],
            patterns=["Box"],
            staff_pin=pin,
        ),
    )
    opener = write(
        tmp_path / "open.json",
        policy_json(
            kiosk={"enabled": False},
            history={"enabled": True, "export": True},
            heat={"max_minutes": 20},
            locked=[],
            patterns=None,
            clinic_routines_dir=str(tmp_path),
            staff_pin=None,
        ),
    )
    for result in (
        load_policy(opener, environ={}),
        load_policy(None, environ={POLICY_ENV: str(opener)}),
    ):
        policy = result.policy
        assert policy.kiosk and not policy.history_enabled and not policy.export_enabled
        assert policy.heat_cap_min == 10 and "volume" in policy.locked
        assert policy.patterns == ("Box",) and policy.clinic_routines_dir is None
        assert policy.staff_pin_hash == pin
    closer = write(tmp_path / "close.json", policy_json(heat={"max_minutes": 5}, locked=["*"]))
    tightened = load_policy(closer, environ={}).policy
    assert tightened.heat_cap_min == 5 and tightened.locked == ALL_KEYS
    missing = load_policy(tmp_path / "missing.json", environ={}).policy
    assert missing.failed_closed and missing.staff_pin_hash == pin


def test_a_system_location_that_cannot_be_read_fails_closed(system: list[Path]) -> None:
    system[0].mkdir(parents=True)  # something IT put there, but not a readable file
    write(system[1], policy_json())
    result = load_policy(None, environ={})
    assert result.path == system[0]
    assert _closed(result.policy)


def test_locations_per_platform() -> None:
    # a user's environment never moves the system location
    assert [str(p) for p in policy_locations("win32", environ={"ProgramData": r"D:\Mine"})][
        -1
    ] == r"C:\ProgramData\calmfloor\policy.json"
    assert [str(p) for p in policy_locations("win32", environ={})][-1] == (
        r"C:\ProgramData\calmfloor\policy.json"
    )
    assert Path("/Library/Application Support/calmfloor/policy.json") in policy_locations("darwin")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux paths")
def test_linux_locations(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("XDG_CONFIG_DIRS", raising=False)
    assert policy_locations("linux") == [
        Path("/etc/xdg/calmfloor/policy.json"),
        Path("/etc/calmfloor/policy.json"),
    ]
    # a user's XDG_CONFIG_DIRS must not displace /etc/calmfloor/policy.json
    monkeypatch.setenv("XDG_CONFIG_DIRS", "/home/patient/xdg:/etc/xdg")
    assert policy_locations("linux") == [
        Path("/etc/xdg/calmfloor/policy.json"),
        Path("/etc/calmfloor/policy.json"),
    ]


def test_a_policy_locks_settings_without_touching_the_users_file(tmp_path: Path) -> None:
    """Through the settings model: the policy wins this run, the user's file keeps theirs."""
    from calmfloor.storage.settings_store import SettingsStore
    from calmfloor.ui.kit.models import SettingsModel

    store = SettingsStore(tmp_path / "settings.json")
    mine = defaults() | {"volume": 90, "theme": "dark", "text_scale": 150}
    store.save(mine)
    path = write(
        tmp_path / "policy.json",
        policy_json(settings={"volume": 30, "end_chime": False}, locked=["volume", "theme"]),
    )
    policy = load_policy(path, environ={}).policy
    model = SettingsModel(store.load().values, store.save)
    changes: list[tuple[str, object]] = []
    model.changed.connect(lambda key, value: changes.append((key, value)))
    model.apply_policy(policy.settings, policy.locked)
    assert sorted(changes) == [("end_chime", False), ("theme", "system"), ("volume", 30)]
    assert (model.value("volume"), model.value("theme")) == (30, "system")  # default locked
    assert model.is_locked("volume") and model.is_locked("theme")
    assert not model.is_locked("end_chime")
    model.set_value("volume", 100)
    model.set_value("theme", "light")
    assert (model.value("volume"), model.value("theme")) == (30, "system")
    assert store.load().values == mine  # nothing was saved
    model.set_value("text_scale", 120)  # an unlocked change is saved...
    saved = store.load().values
    assert saved == mine | {"text_scale": 120}  # ...with the user's own values, not the policy's
    model.set_value("end_chime", True)  # set by the policy but not locked: the user's now
    assert store.load().values == mine | {"text_scale": 120, "end_chime": True}
