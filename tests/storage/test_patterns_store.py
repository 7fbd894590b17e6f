"""Tests for the user's own breathing patterns file."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from calmfloor.core.breathing import PRESETS, BreathPattern
from calmfloor.storage.errors import StorageWriteError, WriteFailure
from calmfloor.storage.jsonfile import FileProblemKind
from calmfloor.storage.patterns_store import (
    EntryProblemKind,
    NameProblem,
    PatternNameError,
    PatternStore,
    check_name,
    with_pattern,
    without_pattern,
)

NOW = datetime(2026, 11, 21, 7, 5, 1)

MINE = BreathPattern("Evening", 4, 2, 7, 0, purpose="Before bed", cue_in="Soften")
OTHER = BreathPattern("Morning", 5, 0, 5, 1)


def _write(path: Path, patterns: object, version: int = 1) -> None:
    path.write_text(
        json.dumps({"format": "calmfloor-patterns", "version": version, "patterns": patterns})
    )


def test_missing_file_means_no_patterns(tmp_path: Path) -> None:
    result = PatternStore(tmp_path / "patterns.json").load()
    assert result.patterns == [] and result.problems == [] and result.file_problem is None


def test_round_trip_keeps_order_and_every_field(tmp_path: Path) -> None:
    path = tmp_path / "patterns.json"
    PatternStore(path).save([OTHER, MINE])
    body = json.loads(path.read_text())
    assert (body["format"], body["version"]) == ("calmfloor-patterns", 1)
    assert PatternStore(path).load().patterns == [OTHER, MINE]


def test_malformed_entries_are_skipped_one_by_one(tmp_path: Path) -> None:
    path = tmp_path / "patterns.json"
    _write(
        path,
        [
            MINE.to_dict(),
            {"name": "Too long", "in": 99, "out": 5},
            "not a table",
            {"name": "evening", "in": 3, "out": 3},  # same name, other case
            {"name": PRESETS[0].name.upper(), "in": 3, "out": 3},
            OTHER.to_dict(),
        ],
    )
    result = PatternStore(path).load()
    assert result.patterns == [MINE, OTHER]
    assert [(p.index, p.name, p.kind) for p in result.problems] == [
        (1, "Too long", EntryProblemKind.MALFORMED),
        (2, None, EntryProblemKind.MALFORMED),
        (3, "evening", EntryProblemKind.DUPLICATE),
        (4, PRESETS[0].name.upper(), EntryProblemKind.PRESET),
    ]
    assert result.problems[0].detail  # the pattern's own reasons, for the log
    assert result.kept_aside is None


def test_patterns_that_are_not_a_list(tmp_path: Path) -> None:
    path = tmp_path / "patterns.json"
    _write(path, {"Evening": 1})
    result = PatternStore(path).load()
    assert result.patterns == []
    assert result.problems[0].kind is EntryProblemKind.MALFORMED


def test_corrupt_file_is_kept_aside(tmp_path: Path) -> None:
    path = tmp_path / "patterns.json"
    path.write_bytes(b'{"format": "calmfloor-patterns", "version": 1, "patterns": [')
    store = PatternStore(path)
    result = store.load(now=NOW)
    assert result.patterns == []
    assert result.kept_aside == tmp_path / "patterns.json.unreadable-20261121-070501"
    assert result.kept_aside.read_bytes().endswith(b"[")
    store.save([MINE])
    assert PatternStore(path).load().patterns == [MINE]


def test_newer_file_is_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "patterns.json"
    _write(path, [MINE.to_dict()], version=2)
    before = path.read_bytes()
    store = PatternStore(path)
    result = store.load()
    assert result.read_only
    assert result.file_problem is not None
    assert result.file_problem.kind is FileProblemKind.TOO_NEW
    with pytest.raises(StorageWriteError) as info:
        store.save([MINE])
    assert info.value.reason is WriteFailure.NEWER_FORMAT
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    ("patterns", "reason"),
    [
        ([MINE, BreathPattern("EVENING ", 4, 0, 4, 0)], NameProblem.DUPLICATE),
        ([BreathPattern(PRESETS[1].name.lower(), 4, 0, 4, 0)], NameProblem.PRESET),
    ],
)
def test_save_refuses_bad_names(
    tmp_path: Path, patterns: list[BreathPattern], reason: NameProblem
) -> None:
    path = tmp_path / "patterns.json"
    with pytest.raises(PatternNameError) as info:
        PatternStore(path).save(patterns)
    assert info.value.reason is reason
    assert not path.exists()


def test_check_name() -> None:
    check_name("New", ["Evening"])
    check_name("evening", ["Evening"], replacing="Evening")  # keeping its own name
    for name, reason in [
        ("  ", NameProblem.EMPTY),
        ("EVENING", NameProblem.DUPLICATE),
        ("box", NameProblem.PRESET),
    ]:
        with pytest.raises(PatternNameError) as info:
            check_name(name, ["Evening"])
        assert info.value.reason is reason


def test_list_helpers() -> None:
    patterns = with_pattern([], MINE)
    patterns = with_pattern(patterns, OTHER)
    renamed = BreathPattern("Night", 4, 2, 8, 0)
    patterns = with_pattern(patterns, renamed, replacing="evening")
    assert patterns == [renamed, OTHER]
    with pytest.raises(PatternNameError):
        with_pattern(patterns, BreathPattern("morning", 3, 0, 3, 0))
    assert without_pattern(patterns, "NIGHT") == [OTHER]


def test_unwritable_directory(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    with pytest.raises(StorageWriteError) as info:
        PatternStore(blocker / "patterns.json").save([MINE])
    assert info.value.reason is WriteFailure.NOT_A_DIRECTORY
