"""Hostile and careless policy files: a damaged policy never leaves the app more open.

Each row is a policy file as a clinic might damage it (a slip of a key, capitals, a space,
a dotted path, a key given twice, a flood of keys) and the policy a careful reader would
say the clinic meant. The effective policy must be no more open than that in any way.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from calmfloor.core.policy import HEAT_CAP_MIN_MIN, Policy
from calmfloor.core.settings import SETTINGS
from calmfloor.storage.policy_store import read_policy_file

ALL = frozenset(s.key for s in SETTINGS)
PIN = "pbkdf2-sha256$600000$ABEiM0RVZneImaq7zN3u/w==$Xkc1hmzuhNi6lUEFomCeiHa/4paAoupYIpvtJ3Oc1f8="
HEAD = '"format": "calmfloor-policy", "version": 1'


def doc(body: str) -> str:
    return "{" + HEAD + (", " + body if body else "") + "}"


KIOSK = Policy(kiosk=True, staff_pin_hash=PIN)
NO_HISTORY = Policy(history_enabled=False, export_enabled=False)
NO_EXPORT = Policy(export_enabled=False)
HEAT_10 = Policy(heat_cap_min=10)
LOCK_VOLUME = Policy(locked=frozenset({"volume"}))
LOCK_ALL = Policy(locked=ALL)
ONLY_BOX = Policy(patterns=("Box",))
NO_ROUTINES = Policy(routines=())

# (name, file text, what the clinic meant)
HOSTILE: list[tuple[str, str, Policy]] = [
    # kiosk
    ("kiosk: dotted path", doc(f'"kiosk.enabled": true, "staff_pin": "{PIN}"'), KIOSK),
    ("kiosk: capital", doc(f'"Kiosk": {{"enabled": true}}, "staff_pin": "{PIN}"'), KIOSK),
    ("kiosk: trailing space", doc(f'"kiosk ": {{"enabled": true}}, "staff_pin": "{PIN}"'), KIOSK),
    ("kiosk: all capitals", doc(f'"KIOSK": {{"enabled": true}}, "staff_pin": "{PIN}"'), KIOSK),
    ("kiosk: typo", doc(f'"kiosks": {{"enabled": true}}, "staff_pin": "{PIN}"'), KIOSK),
    ("kiosk: swapped letters", doc(f'"kisok": {{"enabled": true}}, "staff_pin": "{PIN}"'), KIOSK),
    ("kiosk.enabled: typo", doc(f'"kiosk": {{"enabeld": true}}, "staff_pin": "{PIN}"'), KIOSK),
    ("kiosk.enabled: capital", doc(f'"kiosk": {{"Enabled": true}}, "staff_pin": "{PIN}"'), KIOSK),
    ("kiosk.enabled: space", doc(f'"kiosk": {{" enabled": true}}, "staff_pin": "{PIN}"'), KIOSK),
    (
        "kiosk: given twice, on then off",
        doc(f'"kiosk": {{"enabled": true}}, "kiosk": {{"enabled": false}}, "staff_pin": "{PIN}"'),
        KIOSK,
    ),
    (
        "kiosk: given twice, on then a sound",
        doc(f'"kiosk": {{"enabled": true}}, "kiosk": {{"sound": true}}, "staff_pin": "{PIN}"'),
        KIOSK,
    ),
    (
        "kiosk.enabled: given twice inside",
        doc(f'"kiosk": {{"enabled": true, "enabled": false}}, "staff_pin": "{PIN}"'),
        KIOSK,
    ),
    (
        "kiosk: given three times",
        doc(
            '"kiosk": {"enabled": false}, "kiosk": {"enabled": true}, '
            f'"kiosk": {{"enabled": false}}, "staff_pin": "{PIN}"'
        ),
        KIOSK,
    ),
    ("kiosk.sound: typo", doc('"kiosk": {"enabled": true, "snd": false}'), Policy(kiosk=True)),
    # history and export
    ("history: capital", doc('"History": {"enabled": false, "export": false}'), NO_HISTORY),
    ("history: typo", doc('"histroy": {"enabled": false, "export": false}'), NO_HISTORY),
    ("history: dotted path", doc('"history.enabled": false, "history.export": false'), NO_HISTORY),
    ("history.export: typo", doc('"history": {"exprot": false}'), NO_EXPORT),
    ("history.export: plural", doc('"history": {"exports": false}'), NO_EXPORT),
    ("history.export: capital", doc('"history": {"Export": false}'), NO_EXPORT),
    ("history: given twice", doc('"history": {"export": false}, "history": {}'), NO_EXPORT),
    (
        "history.enabled: given twice",
        doc('"history": {"enabled": false, "enabled": true, "export": false}'),
        NO_HISTORY,
    ),
    # heat
    ("heat: capital", doc('"Heat": {"max_minutes": 10}'), HEAT_10),
    ("heat.max_minutes: typo", doc('"heat": {"max_minute": 10}'), HEAT_10),
    ("heat.max_minutes: dashes", doc('"heat": {"max-minutes": 10}'), HEAT_10),
    ("heat: given twice", doc('"heat": {"max_minutes": 10}, "heat": {"max_minutes": 20}'), HEAT_10),
    # settings and locks
    ("locked: typo", doc('"lockd": ["volume"]'), LOCK_VOLUME),
    ("locked: capital", doc('"Locked": ["volume"]'), LOCK_VOLUME),
    ("locked: a name with a capital", doc('"locked": ["Volume"]'), LOCK_VOLUME),
    ("locked: a name with a typo", doc('"locked": ["volme"]'), LOCK_VOLUME),
    ("locked: given twice", doc('"locked": ["volume"], "locked": []'), LOCK_VOLUME),
    ("locked: everything, given twice", doc('"locked": ["*"], "locked": ["volume"]'), LOCK_ALL),
    (
        "locked: a list too long to read",
        doc('"locked": [' + ", ".join(['"volume"'] * 500) + "]"),
        LOCK_VOLUME,
    ),
    (
        "settings: capital",
        doc('"Settings": {"heat_minutes": 5}, "locked": ["heat_minutes"]'),
        Policy(locked=frozenset({"heat_minutes"})),
    ),
    ("settings: a name with a typo", doc('"settings": {"volum": 0}'), LOCK_VOLUME),
    # offers
    ("patterns: capital", doc('"Patterns": ["Box"]'), ONLY_BOX),
    ("patterns: given twice", doc('"patterns": ["Box"], "patterns": null'), ONLY_BOX),
    ("routines: typo", doc('"routins": []'), NO_ROUTINES),
    ("routines: given twice", doc('"routines": [], "routines": ["release-only"]'), NO_ROUTINES),
    # the staff PIN
    ("staff_pin: typo", doc(f'"kiosk": {{"enabled": true}}, "staff_pn": "{PIN}"'), KIOSK),
    (
        "staff_pin: given twice, then null",
        doc(f'"kiosk": {{"enabled": true}}, "staff_pin": "{PIN}", "staff_pin": null'),
        KIOSK,
    ),
    # floods
    (
        "20,000 unknown keys",
        doc(", ".join(f'"k{i}": 0' for i in range(20_000))),
        Policy(kiosk=True, history_enabled=False, export_enabled=False, locked=ALL),
    ),
    (
        "a key given 50 times",
        doc(", ".join(['"kiosk": {"enabled": false}'] * 49 + ['"kiosk": {"enabled": true}'])),
        Policy(kiosk=True),
    ),
]


def openings(effective: Policy, meant: Policy) -> list[str]:
    """Every way ``effective`` gives patients more than ``meant`` (empty: none)."""
    found: list[str] = []
    if meant.kiosk and not effective.kiosk:
        found.append("kiosk mode is off")
    if effective.history_enabled and not meant.history_enabled:
        found.append("history is on")
    if effective.export_enabled and not meant.export_enabled:
        found.append("export is on")
    if effective.heat_cap_min > meant.heat_cap_min:
        found.append(f"heat cap {effective.heat_cap_min} > {meant.heat_cap_min}")
    if not meant.locked <= effective.locked:
        found.append(f"unlocked: {sorted(meant.locked - effective.locked)}")
    if effective.kiosk_sound and not meant.kiosk_sound:
        found.append("kiosk sound on")
    if effective.anonymous_counters and not meant.anonymous_counters:
        found.append("counters kept")
    if effective.idle_reset_s > meant.idle_reset_s:
        found.append("longer idle time")
    for what in ("patterns", "routines"):
        got, want = getattr(effective, what), getattr(meant, what)
        if want is not None and (got is None or not set(got) <= set(want)):
            found.append(f"{what}: {got} offered, {want} meant")
    if effective.clinic_routines_dir not in (None, meant.clinic_routines_dir):
        found.append("another clinic routines folder")
    if meant.kiosk and not meant.kiosk_unprotected and effective.kiosk_unprotected:
        found.append("the kiosk has no PIN: anyone may leave it")
    if meant.staff_pin_hash is None and effective.staff_pin_hash not in (None, "invalid"):
        found.append("a PIN that was not meant")
    return found


@pytest.mark.parametrize(("text", "meant"), [c[1:] for c in HOSTILE], ids=[c[0] for c in HOSTILE])
def test_a_damaged_policy_is_never_more_open_than_meant(
    tmp_path: Path, text: str, meant: Policy
) -> None:
    path = tmp_path / "policy.json"
    path.write_text(text, "utf-8")
    json.loads(text)  # every row is valid JSON: the damage is in what it says
    policy, problems = read_policy_file(path)
    assert problems, "staff must be told why"
    assert openings(policy, meant) == []


def test_the_table_itself_catches_an_open_reading() -> None:
    assert openings(Policy(), KIOSK) == [
        "kiosk mode is off",
        "the kiosk has no PIN: anyone may leave it",
    ]
    assert openings(Policy(heat_cap_min=HEAT_CAP_MIN_MIN), HEAT_10) == []


def test_a_flood_of_keys_or_problems_is_read_quickly(tmp_path: Path) -> None:
    """A 20,000-key policy once took 27 s to start the kiosk; reading is capped."""
    flood = tmp_path / "flood.json"
    flood.write_text(doc(", ".join(f'"k{i}": 0' for i in range(20_000))), "utf-8")
    settings = tmp_path / "settings.json"
    settings.write_text(
        doc('"settings": {' + ", ".join(f'"s{i}": 0' for i in range(900)) + "}"), "utf-8"
    )
    for path in (flood, settings):
        start = time.perf_counter()
        _policy, problems = read_policy_file(path)
        assert time.perf_counter() - start < 1.0
        assert len(problems) <= 101
