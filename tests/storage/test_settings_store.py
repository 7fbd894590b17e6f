"""Tests for settings.json and state.json: round trips, damage kept aside, newer files kept."""

from __future__ import annotations

import json
from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import datetime
from pathlib import Path

import pytest

from calmfloor.core.settings import ProblemReason, SettingValueError, defaults
from calmfloor.storage.errors import StorageWriteError, WriteFailure
from calmfloor.storage.jsonfile import (
    FileProblemKind,
    keep_aside,
    read_document,
    write_json_atomic,
)
from calmfloor.storage.settings_store import (
    STATE_WINDOW_GEOMETRY,
    SettingsStore,
    StateStore,
)

NOW = datetime(2026, 11, 21, 7, 5, 1)


def _write_settings_file(path: Path, settings: object, version: object = 1) -> None:
    path.write_text(
        json.dumps({"format": "calmfloor-settings", "version": version, "settings": settings})
    )


# -- settings ---------------------------------------------------------------------------


def test_missing_file_gives_defaults_without_problems(tmp_path: Path) -> None:
    result = SettingsStore(tmp_path / "settings.json").load()
    assert result.values == defaults()
    assert result.problems == []
    assert result.file_problem is None and result.kept_aside is None
    assert not result.read_only


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    values = {**defaults(), "volume": 35, "theme": "dark", "session_minutes": 12.5}
    SettingsStore(path).save(values)
    stored = json.loads(path.read_text())
    assert stored["format"] == "calmfloor-settings" and stored["version"] == 1
    result = SettingsStore(path).load()
    assert result.values == values
    assert result.problems == []


def test_save_refuses_bad_values(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    with pytest.raises(SettingValueError):
        store.save({"volume": 101})
    with pytest.raises(KeyError):
        store.save({"no_such_setting": 1})
    assert not (tmp_path / "settings.json").exists()


@pytest.mark.parametrize(
    "content",
    [b"{not json", b"\xff\xfe\x00garbage", b"[1, 2, 3]", b'{"format": "other", "version": 1}'],
)
def test_corrupt_file_is_kept_aside_with_its_bytes(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    store = SettingsStore(path)
    result = store.load(now=NOW)
    assert result.values == defaults()
    assert result.file_problem is not None
    assert result.file_problem.kind is FileProblemKind.CORRUPT
    assert result.kept_aside == tmp_path / "settings.json.unreadable-20261121-070501"
    assert result.kept_aside.read_bytes() == content
    assert not path.exists()
    store.save(defaults())  # a fresh file can be written again
    assert SettingsStore(path).load().values == defaults()


def test_kept_aside_files_are_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    for n in range(3):
        path.write_text(f"broken {n}")
        SettingsStore(path).load(now=NOW)
    asides = sorted(tmp_path.glob("settings.json.unreadable-*"))
    assert [p.name for p in asides] == [
        "settings.json.unreadable-20261121-070501",
        "settings.json.unreadable-20261121-070501-2",
        "settings.json.unreadable-20261121-070501-3",
    ]
    assert {p.read_text() for p in asides} == {"broken 0", "broken 1", "broken 2"}


def test_bad_values_fall_back_individually(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    _write_settings_file(path, {"volume": 20, "theme": 3, "text_scale": 999, "old_key": True})
    result = SettingsStore(path).load()
    assert result.values == {**defaults(), "volume": 20}
    assert {(p.key, p.reason) for p in result.problems} == {
        ("theme", ProblemReason.WRONG_TYPE),
        ("text_scale", ProblemReason.OUT_OF_RANGE),
        ("old_key", ProblemReason.UNKNOWN_KEY),
    }
    assert result.kept_aside is None and path.exists()


def test_settings_that_are_not_an_object_are_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    _write_settings_file(path, [1, 2])
    result = SettingsStore(path).load()
    assert result.values == defaults()
    assert [p.key for p in result.problems] == ["settings"]


def test_newer_file_is_left_untouched_and_saves_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    _write_settings_file(path, {"volume": 10, "future_thing": "x"}, version=7)
    before = path.read_bytes()
    store = SettingsStore(path)
    result = store.load()
    assert result.values == defaults()
    assert result.read_only and store.read_only
    assert result.file_problem is not None
    assert result.file_problem.kind is FileProblemKind.TOO_NEW
    assert (result.file_problem.found_version, result.file_problem.supported_version) == (7, 1)
    with pytest.raises(StorageWriteError) as info:
        store.save(defaults())
    assert info.value.reason is WriteFailure.NEWER_FORMAT
    assert path.read_bytes() == before
    assert list(tmp_path.iterdir()) == [path]


@pytest.mark.parametrize("version", [0, -1, "1", True, None, 1.5])
def test_bad_version_counts_as_corrupt(tmp_path: Path, version: object) -> None:
    path = tmp_path / "settings.json"
    _write_settings_file(path, {}, version=version)
    result = SettingsStore(path).load()
    assert result.file_problem is not None
    assert result.file_problem.kind is FileProblemKind.CORRUPT
    assert result.kept_aside is not None and result.kept_aside.exists()


def test_unwritable_directory_raises_storage_write_error(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the config directory should be")
    store = SettingsStore(blocker / "settings.json")
    assert store.load().values == defaults()  # reading through a file is just "missing"
    with pytest.raises(StorageWriteError) as info:
        store.save(defaults())
    assert info.value.reason is WriteFailure.NOT_A_DIRECTORY
    assert info.value.path == blocker / "settings.json"


def test_full_disk_keeps_the_old_file_and_leaves_no_temp_file(
    file_size_limit: Callable[[int], AbstractContextManager[None]], tmp_path: Path
) -> None:
    path = tmp_path / "settings.json"
    store = SettingsStore(path)
    store.save({**defaults(), "volume": 25})
    before = path.read_bytes()
    with file_size_limit(16), pytest.raises(StorageWriteError) as info:
        store.save({**defaults(), "volume": 90})
    assert info.value.reason is WriteFailure.DISK_FULL
    assert path.read_bytes() == before
    assert list(tmp_path.iterdir()) == [path]
    assert SettingsStore(path).load().values["volume"] == 25


def test_a_file_that_cannot_be_read_is_left_alone_and_protected(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.mkdir()  # reading a directory fails with an OSError other than "missing"
    store = SettingsStore(path)
    result = store.load()
    assert result.values == defaults()
    assert result.file_problem is not None
    assert result.file_problem.kind is FileProblemKind.UNREADABLE
    assert result.read_only and result.kept_aside is None
    with pytest.raises(StorageWriteError) as info:
        store.save(defaults())
    assert info.value.reason is WriteFailure.PROTECTED  # not "the folder is read-only"
    assert path.is_dir()


# -- jsonfile helpers ---------------------------------------------------------------------


def test_migrations_upgrade_old_versions(tmp_path: Path) -> None:
    path = tmp_path / "doc.json"
    path.write_text(json.dumps({"format": "f", "version": 1, "a": 1}))

    def one_to_two(body: dict[str, object]) -> dict[str, object]:
        return {**body, "b": 2}

    def two_to_three(body: dict[str, object]) -> dict[str, object]:
        return {**body, "c": 3}

    doc = read_document(path, "f", (one_to_two, two_to_three))
    assert doc.body == {"format": "f", "version": 3, "a": 1, "b": 2, "c": 3}
    assert json.loads(path.read_text())["version"] == 1  # reading never writes


def test_atomic_write_replaces_whole_file(tmp_path: Path) -> None:
    path = tmp_path / "doc.json"
    write_json_atomic(path, {"x": "é" * 1000})
    write_json_atomic(path, {"x": 1})
    assert json.loads(path.read_text(encoding="utf-8")) == {"x": 1}
    assert list(tmp_path.iterdir()) == [path]


def test_keep_aside_uses_the_given_time(tmp_path: Path) -> None:
    path = tmp_path / "f.json"
    path.write_text("x")
    assert keep_aside(path, "tag", NOW).name == "f.json.tag-20261121-070501"


# -- state --------------------------------------------------------------------------------


def test_state_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    store = StateStore(path)
    assert store.load().values == {}
    store.set(STATE_WINDOW_GEOMETRY, "AdnQywADAAA=")
    store.set("safety_note_seen", True)
    store.set("recent", [1, {"a": None}])
    store.save()
    again = StateStore(path)
    again.load()
    assert again.get_str(STATE_WINDOW_GEOMETRY) == "AdnQywADAAA="
    assert again.get_bool("safety_note_seen") is True
    assert again.get("recent") == [1, {"a": None}]
    assert json.loads(path.read_text())["format"] == "calmfloor-state"
    again.remove("recent")
    assert again.get("recent", "gone") == "gone"


def test_state_typed_getters_fall_back_on_wrong_types(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    path.write_text(
        json.dumps({"format": "calmfloor-state", "version": 1, "state": {"window_geometry": 5}})
    )
    store = StateStore(path)
    store.load()
    assert store.get_str("window_geometry", "none") == "none"
    assert store.get_bool("safety_note_seen") is False


def test_state_refuses_values_that_are_not_json(tmp_path: Path) -> None:
    store = StateStore(tmp_path / "state.json")
    with pytest.raises(TypeError):
        store.set("x", object())  # type: ignore[arg-type]


def test_corrupt_state_is_kept_aside_and_forgotten(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    path.write_bytes(b"\x00\x01")
    store = StateStore(path)
    result = store.load(now=NOW)
    assert result.values == {}
    assert result.file_problem is not None
    assert result.file_problem.kept_aside == tmp_path / "state.json.unreadable-20261121-070501"
    store.set("safety_note_seen", True)
    store.save()
    assert path.exists()
