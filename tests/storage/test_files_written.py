"""Every file calmfloor writes is private, every folder it makes is private, no copy is left.

Issue 15, findings 9 and 17 (the storage half; the walk of a real profile is in
``tests/ui/test_file_modes.py``).
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from calmfloor.storage.export_csv import write_csv
from calmfloor.storage.jsonfile import STALE_TEMP_S, remove_leftover_temp_files, write_bytes_atomic
from calmfloor.storage.paths import ensure_dirs, make_private_dirs, resolve_paths

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@pytest.fixture
def open_umask() -> Iterator[None]:
    """The most permissive umask, so only calmfloor's own modes protect the files."""
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


def _mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


@posix_only
def test_a_written_file_is_private_even_with_an_open_umask(
    tmp_path: Path, open_umask: None
) -> None:
    target = tmp_path / "export.csv"
    target.write_bytes(b"old")
    target.chmod(0o666)
    write_bytes_atomic(target, b"new")
    assert _mode(target) == 0o600
    write_csv([], tmp_path / "history.csv")
    assert _mode(tmp_path / "history.csv") == 0o600


@posix_only
def test_every_folder_calmfloor_makes_is_private_and_an_existing_one_is_left(
    tmp_path: Path, open_umask: None
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    made = shared / "a" / "b" / "data"
    assert ensure_dirs(resolve_paths(made)) == []
    for folder in (shared / "a", shared / "a" / "b", made, made / "routines"):
        assert _mode(folder) == 0o700, folder
    assert _mode(shared) == 0o755  # the user's own folder is not changed
    make_private_dirs(made)  # already there: nothing happens
    assert _mode(made) == 0o700


def _leftover(folder: Path, name: str, age_s: float) -> Path:
    path = folder / f".{name}.k3j_9xq2.tmp"
    path.write_bytes(b"the whole export")
    stamp = time.time() - age_s
    os.utime(path, (stamp, stamp))
    return path


def test_the_next_write_removes_a_copy_left_by_a_killed_write(tmp_path: Path) -> None:
    stale = _leftover(tmp_path, "h.csv", STALE_TEMP_S + 60)
    fresh = _leftover(tmp_path, "h.csv", 0).rename(tmp_path / ".h.csv.abcdefgh.tmp")
    other = _leftover(tmp_path, "other.csv", STALE_TEMP_S + 60)
    write_bytes_atomic(tmp_path / "h.csv", b"data")
    assert not stale.exists()  # the killed export's copy
    assert fresh.exists()  # may be another process writing right now
    assert other.exists()  # another file's: its own next write cleans it up
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [".h.csv.abcdefgh.tmp", ".other.csv.k3j_9xq2.tmp", "h.csv"]
    )


def test_a_folder_sweep_removes_only_stale_temporary_files(tmp_path: Path) -> None:
    stale = _leftover(tmp_path, "settings.json", STALE_TEMP_S + 1)
    keep = [tmp_path / ".hidden.tmp", tmp_path / "settings.json", tmp_path / "x.tmp"]
    for path in keep:
        path.write_text("{}")
        os.utime(path, (0, 0))
    assert remove_leftover_temp_files(tmp_path) == [stale]
    assert all(path.exists() for path in keep)
    assert remove_leftover_temp_files(tmp_path / "missing") == []
