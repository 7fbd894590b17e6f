"""Every file calmfloor reads: a pipe or a device never hangs it, a BOM is accepted.

Issue 15, findings 5 and 7. Each reader is driven through its public function with a named
pipe, a symbolic link to ``/dev/zero``, an oversized file and a UTF-8 BOM.
"""

from __future__ import annotations

import json
import os
import re
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from calmfloor.core.session import SessionKind
from calmfloor.storage.export_csv import read_csv, write_csv
from calmfloor.storage.jsonfile import MAX_DOCUMENT_BYTES, FileProblemKind
from calmfloor.storage.kiosk_counters import KioskCounters
from calmfloor.storage.patterns_store import PatternStore
from calmfloor.storage.routines_store import MAX_FILE_BYTES, read_routine_file
from calmfloor.storage.safefile import FileReadError, ReadFailure, read_regular_file
from calmfloor.storage.settings_store import SettingsStore, StateStore

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")

DEADLINE_S = 10.0
ROUTINE = Path(__file__).parents[2] / "assets" / "routines" / "release-only.toml"


def _within_deadline(action: Callable[[], Any]) -> Any:
    """Run ``action`` in a thread; fail (instead of hanging the suite) if it blocks."""
    result: dict[str, Any] = {}

    def run() -> None:
        try:
            result["value"] = action()
        except BaseException as exc:  # handed back to the test
            result["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(DEADLINE_S)
    if thread.is_alive():
        # unblock the reader so the daemon thread can end, then fail
        pytest.fail("reading the file blocked")
    if "error" in result:
        raise result["error"]
    return result.get("value")


def _fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def _dev_zero(path: Path) -> Path:
    path.symlink_to("/dev/zero")
    return path


HOSTILE = {"fifo": _fifo, "dev_zero": _dev_zero}


# -- the shared reader -------------------------------------------------------------------


@pytest.mark.parametrize("make", HOSTILE.values(), ids=HOSTILE.keys())
def test_the_shared_reader_refuses_what_is_not_a_regular_file(
    tmp_path: Path, make: Callable[[Path], Path]
) -> None:
    path = make(tmp_path / "x.json")
    with pytest.raises(FileReadError) as caught:
        _within_deadline(lambda: read_regular_file(path, 1024))
    assert caught.value.reason is ReadFailure.NOT_REGULAR


def test_the_shared_reader_caps_the_size_and_names_every_reason(tmp_path: Path) -> None:
    big = tmp_path / "big"
    big.write_bytes(b"x" * 2048)
    with pytest.raises(FileReadError) as caught:
        read_regular_file(big, 1024)
    assert caught.value.reason is ReadFailure.TOO_LARGE
    assert caught.value.size == 2048
    with pytest.raises(FileReadError) as caught:
        read_regular_file(tmp_path / "missing", 1024)
    assert caught.value.reason is ReadFailure.MISSING
    with pytest.raises(FileReadError) as caught:
        read_regular_file(tmp_path, 1024)
    assert caught.value.reason is ReadFailure.FOLDER
    link = tmp_path / "link"
    link.symlink_to(big)  # a link to a regular file is followed
    assert read_regular_file(link, 4096) == b"x" * 2048
    bom = tmp_path / "bom"
    bom.write_bytes(b"\xef\xbb\xbfhello")
    assert read_regular_file(bom, 1024) == b"hello"


# -- settings, patterns, state, kiosk counters --------------------------------------------


def _settings(path: Path) -> tuple[Any, Any]:
    result = SettingsStore(path).load()
    return result.file_problem, result.values


def _patterns(path: Path) -> tuple[Any, Any]:
    result = PatternStore(path).load()
    return result.file_problem, result.patterns


def _state(path: Path) -> tuple[Any, Any]:
    result = StateStore(path).load()
    return result.file_problem, result.values


DOCUMENTS = {"settings": _settings, "patterns": _patterns, "state": _state}


@pytest.mark.parametrize("make", HOSTILE.values(), ids=HOSTILE.keys())
@pytest.mark.parametrize("load", DOCUMENTS.values(), ids=DOCUMENTS.keys())
def test_a_pipe_or_device_as_a_profile_file_is_set_aside_and_defaults_are_used(
    tmp_path: Path, make: Callable[[Path], Path], load: Callable[[Path], tuple[Any, Any]]
) -> None:
    path = make(tmp_path / "profile.json")
    problem, _values = _within_deadline(lambda: load(path))
    assert problem is not None
    assert problem.kind is FileProblemKind.CORRUPT
    assert problem.read_failure is ReadFailure.NOT_REGULAR
    assert problem.kept_aside is not None and problem.kept_aside.name.startswith("profile.json.")
    assert not path.exists() and not path.is_symlink()  # the next save makes a fresh file


def test_an_oversized_settings_file_is_set_aside(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(b" " * (MAX_DOCUMENT_BYTES + 1))
    problem, values = _settings(path)
    assert problem.read_failure is ReadFailure.TOO_LARGE
    assert problem.kept_aside is not None
    assert values["theme"] == "system"


def test_kiosk_counters_never_block_on_a_pipe(tmp_path: Path) -> None:
    path = _fifo(tmp_path / "kiosk-counters.json")
    assert _within_deadline(lambda: KioskCounters(path).load()) == {}


# -- BOM ----------------------------------------------------------------------------------


def _bom(path: Path, body: dict[str, Any]) -> None:
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(body).encode("utf-8"))


def test_settings_saved_with_a_bom_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    _bom(path, {"format": "calmfloor-settings", "version": 1, "settings": {"theme": "dark"}})
    result = SettingsStore(path).load()
    assert result.file_problem is None
    assert result.values["theme"] == "dark"


def test_patterns_saved_with_a_bom_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "patterns.json"
    pattern = {"name": "Mine", "in": 4, "hold_in": 0, "out": 6, "hold_out": 0}
    _bom(path, {"format": "calmfloor-patterns", "version": 1, "patterns": [pattern]})
    result = PatternStore(path).load()
    assert result.file_problem is None
    assert [p.name for p in result.patterns] == ["Mine"]


def test_state_and_counters_saved_with_a_bom_are_kept(tmp_path: Path) -> None:
    state = tmp_path / "state.json"
    _bom(state, {"format": "calmfloor-state", "version": 1, "state": {"last_kind": "relax"}})
    assert StateStore(state).load().values == {"last_kind": "relax"}
    counters = tmp_path / "kiosk-counters.json"
    days = {"2026-01-05": {SessionKind.BREATHING.value: 2}}
    _bom(counters, {"format": "calmfloor-kiosk-counters", "version": 1, "days": days})
    assert KioskCounters(counters).load() == days


# -- routines and CSV ---------------------------------------------------------------------


@pytest.mark.parametrize("make", HOSTILE.values(), ids=HOSTILE.keys())
def test_a_routine_file_that_is_a_pipe_or_device_is_refused(
    tmp_path: Path, make: Callable[[Path], Path]
) -> None:
    path = make(tmp_path / "r.toml")
    routine, problems = _within_deadline(lambda: read_routine_file(path))
    assert routine is None
    assert [p.message for p in problems] == ["this is not a regular file."]


def test_a_routine_file_with_a_bom_loads(tmp_path: Path) -> None:
    path = tmp_path / "r.toml"
    path.write_bytes(b"\xef\xbb\xbf" + ROUTINE.read_bytes())
    routine, problems = read_routine_file(path)
    assert problems == [] and routine is not None
    assert len(ROUTINE.read_bytes()) < MAX_FILE_BYTES


def test_reading_a_csv_never_blocks_on_a_pipe(tmp_path: Path) -> None:
    path = _fifo(tmp_path / "h.csv")
    with pytest.raises(FileReadError):
        _within_deadline(lambda: read_csv(path))
    good = tmp_path / "good.csv"
    write_csv([], good)
    assert read_csv(good) == []


# -- no other way in -------------------------------------------------------------------------

SRC = Path(__file__).parents[2] / "src" / "calmfloor"
RAW_READ = re.compile(r"\.read_bytes\(|\.read_text\(|\.open\(\s*[\"']r|\bopen\([^)]*[\"']r")
# Readers that still open files their own way, each with why; the list only shrinks.
KNOWN_RAW_READERS = {
    "storage/safefile.py": "the shared reader itself",
    "storage/policy_store.py": "stat()-checks before opening; owned by the policy work",
    "storage/history_db.py": "SQLite files and their journals; owned by the database work",
    "ui/relax/body_diagram.py": "the packaged body diagram (an asset, not a user's file)",
}


def test_every_file_is_read_through_the_shared_reader() -> None:
    offenders = sorted(
        str(path.relative_to(SRC))
        for path in SRC.rglob("*.py")
        if str(path.relative_to(SRC)) not in KNOWN_RAW_READERS
        and RAW_READ.search(path.read_text(encoding="utf-8"))
    )
    assert offenders == [], "read these with calmfloor.storage.safefile.read_regular_file"
