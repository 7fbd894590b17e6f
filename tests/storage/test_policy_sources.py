"""The registry, macOS profiles and JSON folders give the same policy, and each fails closed."""

from __future__ import annotations

import json
import os
import plistlib
import sys
import threading
from pathlib import Path

import pytest
from fake_winreg import fake_winreg

from calmfloor.core.policy import Policy, PolicyProblem, parse_policy
from calmfloor.core.policy_keys import effective_keys
from calmfloor.core.policy_templates import EXAMPLE_POLICY, MACOS_DOMAIN, mobileconfig
from calmfloor.storage import policy_sources, policy_store
from calmfloor.storage.policy_sources import (
    MANDATORY,
    RECOMMENDED,
    gather_sources,
    macos_profile_paths,
    policy_folders,
    read_json_source,
    read_plist_source,
    read_registry_sources,
)
from calmfloor.storage.policy_store import PolicyLoadResult, combine_sources, read_policy_file

DATA = Path(__file__).resolve().parents[1] / "data" / "policy"
HEADER = "Windows Registry Editor Version 5.00\r\n\r\n"
ROOT = r"HKEY_LOCAL_MACHINE\SOFTWARE\Policies\calmfloor"


def reg(text: str) -> bytes:
    """A .reg export as regedit writes it: UTF-16 LE with a BOM, CRLF."""
    return b"\xff\xfe" + (HEADER + text.replace("\n", "\r\n")).encode("utf-16-le")


def from_registry(data: bytes) -> PolicyLoadResult:
    return combine_sources(read_registry_sources(fake_winreg(data)))


def json_policy(tmp_path: Path, document: object) -> Policy:
    path = tmp_path / "policy.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    policy, problems = read_policy_file(path)
    assert problems == []
    return policy


def keys_of(loaded: PolicyLoadResult) -> list[tuple[str, object, bool]]:
    rows = effective_keys(loaded.policy, loaded.origins, loaded.recommended_origins)
    return [(row.spec.key, row.value, row.locked) for row in rows]


# -- the same policy from every source ------------------------------------------------------


def test_a_reg_export_a_profile_and_json_give_the_same_policy(tmp_path: Path) -> None:
    expected = json_policy(tmp_path, EXAMPLE_POLICY)
    assert expected.kiosk and expected.locked == {"volume", "text_scale"}

    registry = from_registry((DATA / "example.reg").read_bytes())
    assert registry.problems == []
    assert registry.policy == expected
    assert registry.sources == ("registry:HKLM",)

    profile = plistlib.loads(mobileconfig())["PayloadContent"][0]
    assert profile["PayloadType"] == MACOS_DOMAIN
    managed = {k: v for k, v in profile.items() if not k.startswith("Payload")}
    for fmt in (plistlib.FMT_XML, plistlib.FMT_BINARY):
        path = tmp_path / f"{MACOS_DOMAIN}.plist"
        path.write_bytes(plistlib.dumps(managed, fmt=fmt))
        loaded = combine_sources(read_plist_source(path))
        assert loaded.problems == []
        assert loaded.policy == expected

    folder = tmp_path / "managed"
    folder.mkdir()
    (folder / "10-clinic.json").write_text(json.dumps(EXAMPLE_POLICY), encoding="utf-8")
    loaded = combine_sources(read_json_sources(folder))
    assert loaded.policy == expected
    assert keys_of(loaded) == keys_of(registry)


def read_json_sources(folder: Path) -> list[policy_sources.SourceDocument]:
    return policy_sources.json_folder_sources(folder, MANDATORY)


def test_policy_show_names_the_registry_as_the_source() -> None:
    loaded = from_registry((DATA / "example.reg").read_bytes())
    rows = {r.spec.key: r for r in effective_keys(loaded.policy, loaded.origins)}
    assert rows["kiosk.enabled"].source == "registry:HKLM"
    assert rows["settings.volume"].value == 40 and rows["settings.volume"].locked
    assert rows["settings.text_scale"].source == "registry:HKLM"  # locked at its default
    assert rows["settings.theme"].source == "default" and not rows["settings.theme"].locked
    assert rows["staff_pin"].value == "set"


# -- precedence -----------------------------------------------------------------------------


def test_hklm_wins_over_hkcu_key_by_key_and_the_conflict_is_reported() -> None:
    data = reg(
        f"[{ROOT}\\kiosk]\n"
        '"enabled"=dword:00000001\n'
        "\n"
        "[HKEY_CURRENT_USER\\Software\\Policies\\calmfloor\\kiosk]\n"
        '"enabled"=dword:00000000\n'
        '"idle_reset_minutes"=dword:0000000a\n'
    )
    loaded = from_registry(data)
    assert loaded.sources == ("registry:HKLM", "registry:HKCU")
    assert loaded.policy.kiosk is True
    assert loaded.policy.idle_reset_s == 600
    assert [p.key for p in loaded.problems] == ["kiosk.enabled"]
    assert "registry:HKCU" in loaded.problems[0].message
    assert loaded.origins["kiosk.idle_reset_minutes"] == "registry:HKCU"


def test_locks_from_every_source_add_up(tmp_path: Path) -> None:
    folder = tmp_path / "managed"
    folder.mkdir()
    (folder / "a.json").write_text(
        '{"format": "calmfloor-policy", "version": 1, "locked": ["volume"]}'
    )
    (folder / "b.json").write_text(
        '{"format": "calmfloor-policy", "version": 1, "locked": ["theme"]}'
    )
    loaded = combine_sources(read_json_sources(folder))
    assert loaded.policy.locked == {"volume", "theme"}
    assert loaded.problems == []


def test_a_managed_folder_is_read_in_name_order_before_policy_json(tmp_path: Path) -> None:
    folder = tmp_path / "managed"
    folder.mkdir()
    head = '"format": "calmfloor-policy", "version": 1'
    (folder / "20-late.json").write_text("{" + head + ', "heat": {"max_minutes": 10}}')
    (folder / "10-early.json").write_text("{" + head + ', "heat": {"max_minutes": 12}}')
    legacy = tmp_path / "policy.json"
    legacy.write_text("{" + head + ', "heat": {"max_minutes": 8}, "language": "fa"}')
    loaded = combine_sources(read_json_sources(folder), legacy)
    assert loaded.policy.heat_cap_min == 12
    assert loaded.policy.language == "fa"
    assert {p.key for p in loaded.problems} == {"heat.max_minutes"}
    assert loaded.sources[-1] == f"file:{legacy}"


def test_the_recommended_tier_sets_defaults_but_never_locks_or_restricts(tmp_path: Path) -> None:
    recommended = tmp_path / "recommended"
    recommended.mkdir()
    (recommended / "r.json").write_text(
        json.dumps(
            {
                "format": "calmfloor-policy",
                "version": 1,
                "settings": {"volume": 30, "theme": "dark", "text_scale": 900},
                "locked": ["volume"],
                "kiosk": {"enabled": True},
            }
        )
    )
    managed = tmp_path / "managed"
    managed.mkdir()
    (managed / "m.json").write_text(
        '{"format": "calmfloor-policy", "version": 1, "settings": {"theme": "light"}}'
    )
    sources = read_json_sources(managed) + policy_sources.json_folder_sources(
        recommended, RECOMMENDED
    )
    loaded = combine_sources(sources)
    assert loaded.policy.recommended == {"volume": 30, "theme": "dark"}
    assert loaded.policy.locked == frozenset() and not loaded.policy.kiosk
    assert {p.key for p in loaded.problems} == {"locked", "kiosk", "settings.text_scale"}
    rows = {
        r.spec.key: r
        for r in effective_keys(loaded.policy, loaded.origins, loaded.recommended_origins)
    }
    assert rows["settings.volume"].recommended and rows["settings.volume"].value == 30
    assert rows["settings.theme"].value == "light" and not rows["settings.theme"].recommended


def test_a_recommended_setting_given_twice_differently_is_not_recommended(tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    path.write_text(
        '{"format": "calmfloor-policy", "version": 1, '
        '"settings": {"theme": "dark", "theme": "light", "volume": 20}}'
    )
    loaded = combine_sources([read_json_source(path, RECOMMENDED)])
    assert loaded.policy.recommended == {"volume": 20}
    assert any(p.key == "theme" for p in loaded.problems)


# -- each new source fails closed ------------------------------------------------------------

REGISTRY_CASES = {
    "a misspelt table": (f'[{ROOT}\\kiosks]\n"enabled"=dword:00000000\n', "kiosk", True),
    "a bool that is 2": (f'[{ROOT}\\kiosk]\n"enabled"=dword:00000002\n', "kiosk", True),
    "a bool as text": (f'[{ROOT}\\history]\n"enabled"="1"\n', "history_enabled", False),
    "a misspelt value": (
        f'[{ROOT}\\history]\n"enabeld"=dword:00000001\n',
        "history_enabled",
        False,
    ),
    "a list with a stray name": (
        f'[{ROOT}\\patterns]\n"1"="Resonance"\n"first"="Box"\n',
        "patterns",
        (),
    ),
    "a lock written as text 0": (f'[{ROOT}\\locked]\n"volume"="0"\n', "locked", {"volume"}),
    "a lock list with a key inside": (f"[{ROOT}\\locked\\volume]\n", "locked", "all"),
    "binary data as a heat cap": (f'[{ROOT}\\heat]\n"max_minutes"=hex:01,02\n', "heat_cap_min", 5),
    "a slip of a setting name": (
        f'[{ROOT}\\settings]\n"volumme"=dword:00000064\n',
        "locked",
        {"volume"},
    ),
}


@pytest.mark.parametrize("case", REGISTRY_CASES, ids=list(REGISTRY_CASES))
def test_a_bad_registry_policy_is_read_restrictively_and_reported(case: str) -> None:
    text, field, expected = REGISTRY_CASES[case]
    loaded = from_registry(reg(text))
    value = getattr(loaded.policy, field)
    if expected == "all":
        assert len(value) > 20
    else:
        assert value == expected
    assert loaded.problems, case
    assert all(p.source == "registry:HKLM" for p in loaded.problems)


def test_registry_names_are_case_insensitive_like_windows() -> None:
    loaded = from_registry(
        reg(f'[{ROOT}\\KIOSK]\n"Enabled"=dword:00000001\n"SOUND"=dword:00000001\n')
    )
    assert loaded.problems == []
    assert loaded.policy.kiosk and loaded.policy.kiosk_sound


def test_a_registry_policy_too_large_to_be_one_fails_closed() -> None:
    values = "".join(f'"v{i}"=dword:00000001\n' for i in range(1100))
    loaded = from_registry(reg(f"[{ROOT}\\settings]\n{values}"))
    assert loaded.policy.failed_closed and loaded.policy.kiosk
    assert "1000" in loaded.problems[0].message


def test_a_signed_setting_and_a_number_as_text_are_read() -> None:
    loaded = from_registry(reg(f'[{ROOT}\\settings]\n"ramp_minutes"="0.5"\n"volume"="40"\n'))
    assert loaded.problems == []
    assert loaded.policy.settings == {"ramp_minutes": 0.5, "volume": 40}


def _plist(tmp_path: Path, body: str) -> Path:
    path = tmp_path / f"{MACOS_DOMAIN}.plist"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" '
        '"http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n'
        f'<plist version="1.0"><dict>{body}</dict></plist>\n',
        encoding="utf-8",
    )
    return path


def test_a_key_given_twice_in_a_profile_reads_the_most_restrictive(tmp_path: Path) -> None:
    path = _plist(
        tmp_path,
        "<key>history</key><dict><key>enabled</key><true/><key>enabled</key><false/></dict>",
    )
    loaded = combine_sources(read_plist_source(path))
    assert loaded.policy.history_enabled is False
    assert any(
        "more than once" in p.message or p.key.startswith("history") for p in loaded.problems
    )


@pytest.mark.parametrize(
    ("body", "field", "expected"),
    [
        ("<key>Kiosk</key><dict><key>enabled</key><false/></dict>", "kiosk", True),
        ("<key>kiosk</key><dict><key>enabled</key><string>no</string></dict>", "kiosk", True),
        (
            "<key>heat</key><dict><key>max_minutes</key><date>2026-01-01T00:00:00Z</date></dict>",
            "heat_cap_min",
            5,
        ),
        ("<key>staff_pn</key><string>x</string>", "staff_pin_hash", "invalid"),
    ],
    ids=["a slip", "a wrong type", "a date", "a slip of the PIN"],
)
def test_a_bad_profile_is_read_restrictively(
    tmp_path: Path, body: str, field: str, expected: object
) -> None:
    loaded = combine_sources(read_plist_source(_plist(tmp_path, body)))
    assert getattr(loaded.policy, field) == expected
    assert loaded.problems


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not a plist",
        b"<?xml version='1.0'?><plist><array/></plist>",
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><plist><dict/></plist>',
    ],
    ids=["empty", "garbage", "not a dictionary", "an entity"],
)
def test_a_profile_that_cannot_be_read_fails_closed(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "p.plist"
    path.write_bytes(content)
    loaded = combine_sources(read_plist_source(path))
    assert loaded.policy.failed_closed and loaded.policy.kiosk and not loaded.policy.history_enabled


def test_a_pipe_as_a_profile_or_managed_file_fails_closed_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / f"{MACOS_DOMAIN}.plist"
    os.mkfifo(fifo)
    folder = tmp_path / "managed"
    folder.mkdir()
    os.mkfifo(folder / "a.json")
    results: list[PolicyLoadResult] = []
    worker = threading.Thread(
        target=lambda: results.extend(
            [combine_sources(read_plist_source(fifo)), combine_sources(read_json_sources(folder))]
        ),
        daemon=True,
    )
    worker.start()
    worker.join(10)
    assert len(results) == 2
    assert all(r.policy.failed_closed for r in results)


def test_one_broken_managed_file_fails_the_whole_policy_closed(tmp_path: Path) -> None:
    folder = tmp_path / "managed"
    folder.mkdir()
    (folder / "a.json").write_text(
        '{"format": "calmfloor-policy", "version": 1, "kiosk": {"enabled": false}}'
    )
    (folder / "b.json").write_text('{"kiosk": ')
    loaded = combine_sources(read_json_sources(folder))
    assert loaded.policy.failed_closed
    assert loaded.problems[0].source == f"file:{folder / 'b.json'}"


def test_a_duplicate_key_in_a_managed_file_reads_the_most_restrictive(tmp_path: Path) -> None:
    folder = tmp_path / "managed"
    folder.mkdir()
    (folder / "a.json").write_text(
        '{"format": "calmfloor-policy", "version": 1, "kiosk": {"enabled": false, "enabled": true}}'
    )
    loaded = combine_sources(read_json_sources(folder))
    assert loaded.policy.kiosk is True
    assert any("more than once" in p.message for p in loaded.problems)


# -- fixed locations ------------------------------------------------------------------------


def test_no_environment_variable_moves_a_system_location(monkeypatch: pytest.MonkeyPatch) -> None:
    before = (
        [policy_folders(p) for p in ("linux", "win32", "darwin")],
        macos_profile_paths(),
    )
    for name in ("XDG_CONFIG_DIRS", "XDG_CONFIG_HOME", "ProgramData", "PROGRAMDATA", "HOME"):
        monkeypatch.setenv(name, "/home/patient/elsewhere")
    monkeypatch.setenv("USER", "../../tmp/evil")
    monkeypatch.setenv("LOGNAME", "../../tmp/evil")
    after = (
        [policy_folders(p) for p in ("linux", "win32", "darwin")],
        macos_profile_paths(),
    )
    assert before == after
    assert policy_folders("linux") == (
        Path("/etc/calmfloor/policies/managed"),
        Path("/etc/calmfloor/policies/recommended"),
    )
    assert all(str(p).startswith("/Library/Managed Preferences/") for p in after[1])
    assert all("evil" not in str(p) for p in after[1])


def test_load_policy_reads_the_managed_folder_and_the_legacy_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    managed, recommended = tmp_path / "managed", tmp_path / "recommended"
    managed.mkdir()
    (managed / "a.json").write_text(
        '{"format": "calmfloor-policy", "version": 1, "locked": ["volume"]}'
    )
    legacy = tmp_path / "policy.json"
    legacy.write_text('{"format": "calmfloor-policy", "version": 1, "heat": {"max_minutes": 9}}')
    monkeypatch.setattr(
        policy_sources, "policy_folders", lambda platform="": (managed, recommended)
    )
    monkeypatch.setattr(policy_store, "policy_locations", lambda **_: [legacy])
    loaded = policy_store.load_policy(environ={})
    assert loaded.policy.locked == {"volume"} and loaded.policy.heat_cap_min == 9
    assert loaded.problems == []
    assert loaded.sources == (f"file:{managed / 'a.json'}", f"file:{legacy}")


def test_problems_carry_their_source_but_compare_as_before() -> None:
    assert PolicyProblem("kiosk", "x", "registry:HKLM") == PolicyProblem("kiosk", "x")
    assert parse_policy({"format": "calmfloor-policy", "version": 1})[1] == []


# -- the real systems -----------------------------------------------------------------------


@pytest.mark.skipif(sys.platform != "win32", reason="the real registry is on Windows only")
def test_the_real_registry_is_read_without_error() -> None:
    for source in read_registry_sources():
        assert source.label.startswith("registry:")


@pytest.mark.skipif(sys.platform != "darwin", reason="managed preferences are on macOS only")
def test_the_real_managed_preferences_are_read_without_error() -> None:
    for source in gather_sources("darwin"):
        assert source.tier in (MANDATORY, RECOMMENDED)
