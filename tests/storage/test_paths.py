"""Tests for file locations: platform defaults, --data-dir and CALMFLOOR_DATA_DIR overrides."""

from __future__ import annotations

from pathlib import Path

import platformdirs
import pytest

from calmfloor.storage.errors import WriteFailure
from calmfloor.storage.paths import DATA_DIR_ENV, AppPaths, ensure_dirs, resolve_paths


def _all_files(paths: AppPaths) -> list[Path]:
    """Every file and folder calmfloor writes."""
    return [
        paths.history_db,
        paths.settings_file,
        paths.state_file,
        paths.patterns_file,
        paths.routines_dir,
    ]


def test_explicit_data_dir_keeps_every_file_under_it(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "dir", environ={DATA_DIR_ENV: str(tmp_path / "env")})
    assert paths.overridden
    assert paths.data_dir == paths.config_dir == paths.state_dir == tmp_path / "dir"
    for file in _all_files(paths):
        assert file.parent == tmp_path / "dir"
    assert len({f.name for f in _all_files(paths)}) == 5  # no clashes in one directory


def test_env_override_is_used_without_an_argument(tmp_path: Path) -> None:
    paths = resolve_paths(None, environ={DATA_DIR_ENV: str(tmp_path)})
    assert paths.overridden
    assert set(paths.locations().values()) == set(_all_files(paths))
    assert all(f.parent == tmp_path for f in _all_files(paths))


def test_relative_and_home_overrides_become_absolute(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert resolve_paths("rel", environ={}).data_dir == tmp_path / "rel"
    monkeypatch.setenv("HOME", str(tmp_path))
    assert resolve_paths("~/x", environ={}).data_dir == tmp_path / "x"


def test_default_locations_come_from_platformdirs() -> None:
    paths = resolve_paths(environ={DATA_DIR_ENV: ""})  # an empty variable is ignored
    assert not paths.overridden
    assert paths.data_dir == Path(platformdirs.user_data_dir("calmfloor", appauthor=False))
    assert paths.config_dir == Path(platformdirs.user_config_dir("calmfloor", appauthor=False))
    assert paths.state_dir == Path(platformdirs.user_state_dir("calmfloor", appauthor=False))
    assert paths.history_db == paths.data_dir / "history.sqlite3"
    assert paths.settings_file == paths.config_dir / "settings.json"
    assert paths.state_file == paths.state_dir / "state.json"
    assert paths.patterns_file == paths.data_dir / "patterns.json"
    assert paths.routines_dir == paths.data_dir / "routines"


def test_resolving_creates_nothing(tmp_path: Path) -> None:
    resolve_paths(tmp_path / "new", environ={})
    assert not (tmp_path / "new").exists()


def test_ensure_dirs_creates_directories(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "d", tmp_path / "c" / "deep", tmp_path / "s")
    assert ensure_dirs(paths) == []
    assert all(d.is_dir() for d in paths.directories)
    assert paths.routines_dir == tmp_path / "d" / "routines"
    assert paths.routines_dir.is_dir()  # ready for the user to drop routine files into
    assert ensure_dirs(paths) == []  # idempotent


def test_ensure_dirs_reports_a_directory_that_cannot_be_made(tmp_path: Path) -> None:
    # A path through a regular file fails for root too (no chmod tricks).
    blocker = tmp_path / "blocker"
    blocker.write_text("not a directory")
    paths = AppPaths(blocker / "data", tmp_path / "config", tmp_path / "state")
    problems = ensure_dirs(paths)
    assert [p.path for p in problems] == [blocker / "data"]  # its routines folder not again
    assert problems[0].reason is WriteFailure.NOT_A_DIRECTORY
    assert (tmp_path / "config").is_dir() and (tmp_path / "state").is_dir()


def test_ensure_dirs_when_the_directory_itself_is_a_file(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    problems = ensure_dirs(resolve_paths(blocker, environ={}))
    assert len(problems) == 1
    assert problems[0].reason is WriteFailure.NOT_A_DIRECTORY


def test_ensure_dirs_reports_a_routines_folder_that_is_a_file(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path, environ={})
    paths.routines_dir.write_text("not a folder")
    problems = ensure_dirs(paths)
    assert [p.path for p in problems] == [tmp_path / "routines"]
    assert problems[0].reason is WriteFailure.NOT_A_DIRECTORY
    assert paths.routines_dir.read_text() == "not a folder"  # left as it was
