"""Tests for routine files: bad files explained, folders loaded, import and export."""

from __future__ import annotations

import os
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path

import pytest

from calmfloor.core.routine import MAX_STEPS, Mode, Region
from calmfloor.storage.errors import StorageWriteError, WriteFailure
from calmfloor.storage.routines_store import (
    MAX_FILE_BYTES,
    LoadedRoutine,
    RoutineSource,
    export_routine,
    import_routine,
    load_routines,
    protected_ids,
    read_routine_file,
)

TOP = """\
# A routine written for the tests.
format = 1
id = "{rid}"
name = "Calm hips"
author = "Test clinic"
version = "1.0"
"""
TENSE_STEP = """\
[[steps]]
region = "hips"
mode = "tense_release"
instruction = "Squeeze your hips gently, then let go."
"""
REST_STEP = """\
[[steps]]
region = "whole_body"
mode = "rest"
instruction = "Rest and breathe slowly."
duration_s = 60
"""


def routine_text(
    *, rid: str = "calm-hips", top: str = "", first: str = "", second: str = REST_STEP
) -> str:
    """A valid routine (two steps, 110 s), with extra lines at the top or in step 1."""
    return TOP.format(rid=rid) + top + "\n" + TENSE_STEP + first + "\n" + second


VALID = routine_text()


@dataclass(frozen=True)
class Case:
    """A malformed routine file and the problem it must be reported with."""

    name: str
    content: bytes | None  # None: a folder where the file should be
    code: str
    step: int | None = None
    key: str | None = None
    words: tuple[str, ...] = ()  # each must be in the message

    def write(self, path: Path) -> Path:
        if self.content is None:
            path.mkdir()
        else:
            path.write_bytes(self.content)
        return path


def _text(text: str) -> bytes:
    return text.encode("utf-8")


MANY_STEPS = TOP.format(rid="many") + "\n" + "\n".join([TENSE_STEP] * (MAX_STEPS + 1))

CASES = [
    Case(
        "broken_toml",
        _text('format = 1\nid = "calm-hips\nname = "Calm"\n'),
        "bad_toml",
        words=("not valid TOML", "line 2"),
    ),
    Case(
        "unknown_region",
        _text(VALID.replace('region = "hips"', 'region = "elbow"')),
        "bad_value",
        1,
        "region",
        ('"elbow"', "body region", "feet"),
    ),
    Case(
        "unknown_mode",
        _text(VALID.replace('mode = "tense_release"', 'mode = "wiggle"')),
        "bad_value",
        1,
        "mode",
        ('"wiggle"', "tense_release"),
    ),
    Case(
        "zero_duration",
        _text(VALID.replace("duration_s = 60", "duration_s = 0")),
        "out_of_range",
        2,
        "duration_s",
        ("0 is too short", "5 to 600 seconds"),
    ),
    Case(
        "negative_duration",
        _text(routine_text(first="release_s = -5\n")),
        "out_of_range",
        1,
        "release_s",
        ("-5 is too short", "10 to 60 seconds"),
    ),
    Case(
        "enormous_duration",
        _text(VALID.replace("duration_s = 60", "duration_s = 1e9")),
        "out_of_range",
        2,
        "duration_s",
        ("too long", "5 to 600 seconds"),
    ),
    Case(
        "missing_instruction",
        _text(VALID.replace('instruction = "Squeeze your hips gently, then let go."\n', "")),
        "missing",
        1,
        "instruction",
        ("missing",),
    ),
    Case(
        "text_for_a_number",
        _text(routine_text(first='tense_s = "five"\n')),
        "wrong_type",
        1,
        "tense_s",
        ('"five" is not a number',),
    ),
    Case(
        "fraction_for_a_count",
        _text(routine_text(first="repetitions = 2.5\n")),
        "wrong_type",
        1,
        "repetitions",
        ("2.5 is not a whole number",),
    ),
    Case(
        "true_for_a_number",
        _text(routine_text(first="tense_s = true\n")),
        "wrong_type",
        1,
        "tense_s",
        ("true is not a number",),
    ),
    Case(
        "too_many_steps",
        _text(MANY_STEPS),
        "too_many_steps",
        None,
        "steps",
        ("61 steps", "at most 60"),
    ),
    Case(
        "overlong_instruction",
        _text(VALID.replace("Squeeze your hips gently, then let go.", "x" * 5000)),
        "too_long_text",
        1,
        "instruction",
        ("5000 characters", "400"),
    ),
    Case(
        "latin1_bytes",
        VALID.replace("Test clinic", "Clinique Hélène").encode("latin-1"),
        "bad_encoding",
        words=("line 5", "0xE9", "UTF-8"),
    ),
    Case("utf16_file", VALID.encode("utf-16"), "bad_encoding", words=("UTF-16",)),
    Case("empty_file", b"", "empty", words=("empty",)),
    Case("only_comments", b"\xef\xbb\xbf# nothing yet\n\n", "empty", words=("empty",)),
    Case("a_folder", None, "unreadable", words=("folder",)),
    Case(
        "too_large",
        _text(VALID + "#" * MAX_FILE_BYTES),
        "too_large",
        words=("the file is 257 KiB", "at most 256 KiB"),
    ),
    Case(
        "steps_not_tables",
        _text(TOP.format(rid="calm-hips") + 'steps = ["relax", "breathe"]\n'),
        "wrong_type",
        1,
        None,
        ('"relax" is not a step', "[[steps]]"),
    ),
    Case(
        "steps_as_text",
        _text(TOP.format(rid="calm-hips") + 'steps = "relax"\n'),
        "wrong_type",
        None,
        "steps",
        ("[[steps]]",),
    ),
    Case(
        "nan",
        _text(routine_text(first="tense_s = nan\n")),
        "not_finite",
        1,
        "tense_s",
        ("not a usable number",),
    ),
    Case(
        "newer_format",
        _text(VALID.replace("format = 1", "format = 2")),
        "newer_format",
        None,
        "format",
        ("newer calmfloor",),
    ),
    Case(
        "unknown_top_key",
        _text(routine_text(top='colour = "blue"\n')),
        "unknown_key",
        None,
        "colour",
        ("does not know this key",),
    ),
    Case(
        "key_not_used_by_mode",
        _text(routine_text(first="hold_s = 10\n")),
        "not_for_mode",
        1,
        "hold_s",
        ('not used by mode "tense_release"',),
    ),
    Case(
        "nested_too_deeply",
        _text("format = [" + "[" * 50_000 + "]" * 50_000 + "]\n"),
        "bad_toml",
        words=("nested too deeply",),
    ),
    Case("nul_character", b'format = 1\nid = "a\x00b"\n', "bad_toml", words=("line 2",)),
]


def check_problems(case: Case, path: Path, problems: list) -> None:
    """The problems include one of the expected code that names the step and key."""
    assert problems, case.name
    assert all(str(p).startswith(f"{path}: ") for p in problems)
    matching = [p for p in problems if p.code == case.code]
    assert matching, [(p.code, p.message) for p in problems]
    problem = matching[0]
    assert (problem.step, problem.key) == (case.step, case.key), problem
    if case.step is not None:
        assert f"step {case.step}" in problem.message
    if case.key is not None:
        assert f'key "{case.key}"' in problem.message
    for word in case.words:
        assert word in problem.message, (word, problem.message)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_malformed_file_is_explained(tmp_path: Path, case: Case) -> None:
    path = case.write(tmp_path / f"{case.name}.toml")
    routine, problems = read_routine_file(path)
    assert routine is None
    check_problems(case, path, problems)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_malformed_file_does_not_stop_the_others_loading(tmp_path: Path, case: Case) -> None:
    builtin = tmp_path / "builtin"
    user = tmp_path / "user"
    builtin.mkdir()
    user.mkdir()
    (builtin / "base.toml").write_text(routine_text(rid="base"), encoding="utf-8")
    (user / "a-first.toml").write_text(routine_text(rid="first"), encoding="utf-8")
    bad = case.write(user / "m-bad.toml")
    (user / "z-last.toml").write_text(routine_text(rid="last"), encoding="utf-8")

    loaded, problems = load_routines(builtin, user)

    assert [(item.routine.id, item.source) for item in loaded] == [
        ("base", RoutineSource.BUILTIN),
        ("first", RoutineSource.USER),
        ("last", RoutineSource.USER),
    ]
    assert {p.source for p in problems} == {str(bad)}
    check_problems(case, bad, problems)


def test_valid_file_reads_with_defaults(tmp_path: Path) -> None:
    path = tmp_path / "calm.toml"
    path.write_text(VALID, encoding="utf-8")
    routine, problems = read_routine_file(path)
    assert problems == []
    assert routine is not None
    assert (routine.id, routine.name, routine.version) == ("calm-hips", "Calm hips", "1.0")
    assert [(s.region, s.mode) for s in routine.steps] == [
        (Region.HIPS, Mode.TENSE_RELEASE),
        (Region.WHOLE_BODY, Mode.REST),
    ]
    assert routine.planned_s() == 5 + 5 + 30 + 5 + 60


def test_byte_order_mark_and_windows_line_ends_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "notepad.toml"
    path.write_bytes(b"\xef\xbb\xbf" + VALID.replace("\n", "\r\n").encode("utf-8"))
    routine, problems = read_routine_file(path)
    assert problems == [] and routine is not None
    assert routine.name == "Calm hips"


def test_a_file_of_exactly_the_limit_loads(tmp_path: Path) -> None:
    path = tmp_path / "padded.toml"
    body = VALID + "#"
    path.write_text(body + "x" * (MAX_FILE_BYTES - len(body) - 1) + "\n", encoding="utf-8")
    assert path.stat().st_size == MAX_FILE_BYTES
    routine, problems = read_routine_file(path)
    assert problems == [] and routine is not None


def test_a_missing_file_is_reported_not_raised(tmp_path: Path) -> None:
    for path in (tmp_path / "gone.toml", tmp_path / "no-folder" / "gone.toml"):
        routine, problems = read_routine_file(path)
        assert routine is None
        assert [(p.code, p.message) for p in problems] == [
            ("unreadable", "the file does not exist.")
        ]


@pytest.mark.unprivileged
def test_a_file_the_user_cannot_read_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "secret.toml"
    path.write_text(VALID, encoding="utf-8")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("this user can read any file (root)")
        routine, problems = read_routine_file(path)
    finally:
        path.chmod(0o600)
    assert routine is None
    assert [p.code for p in problems] == ["unreadable"]
    assert "no permission" in problems[0].message


# -- folders --------------------------------------------------------------------------------


def _write(folder: Path, name: str, rid: str, label: str = "Calm hips") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(routine_text(rid=rid).replace("Calm hips", label), encoding="utf-8")
    return path


def _loaded(path: Path, source: RoutineSource) -> LoadedRoutine:
    routine, problems = read_routine_file(path)
    assert routine is not None, problems
    return LoadedRoutine(routine, source, path)


def test_duplicate_ids_keep_the_first_in_builtin_clinic_user_order(tmp_path: Path) -> None:
    builtin, clinic, user = tmp_path / "builtin", tmp_path / "clinic", tmp_path / "user"
    first = _write(builtin, "calm.toml", "calm", "Built-in calm")
    clinic_copy = _write(clinic, "a.toml", "calm", "Clinic calm")
    clinic_own = _write(clinic, "b.toml", "clinic-only", "Clinic only")
    user_copy = _write(user, "calm.toml", "calm", "My calm")
    user_clash = _write(user, "mine.toml", "clinic-only", "My clinic only")
    user_own = _write(user, "zzz.toml", "mine", "Mine")

    loaded, problems = load_routines(builtin, user, clinic)

    assert loaded == [
        _loaded(first, RoutineSource.BUILTIN),
        _loaded(clinic_own, RoutineSource.CLINIC),
        _loaded(user_own, RoutineSource.USER),
    ]
    assert [(p.source, p.code, p.key) for p in problems] == [
        (str(clinic_copy), "duplicate_id", "id"),
        (str(user_copy), "duplicate_id", "id"),
        (str(user_clash), "duplicate_id", "id"),
    ]
    assert f'"calm" is already used by the built-in routine in {first}' in problems[0].message
    assert f"the built-in routine in {first}" in problems[1].message
    assert f"the clinic's routine in {clinic_own}" in problems[2].message


def test_duplicate_ids_within_the_user_folder(tmp_path: Path) -> None:
    user = tmp_path / "user"
    first = _write(user, "a.toml", "calm")
    second = _write(user, "b.toml", "calm")
    loaded, problems = load_routines(tmp_path / "none", user)
    assert [item.path for item in loaded] == [first]
    assert [(p.source, p.code) for p in problems] == [(str(second), "duplicate_id")]
    assert f"your routine in {first}" in problems[0].message


def test_missing_folders_and_other_files_are_fine(tmp_path: Path) -> None:
    user = tmp_path / "user"
    _write(user, "b.toml", "bee")
    _write(user, "a.toml", "ay")
    _write(user, "notes.txt", "txt")
    _write(user, "._a.toml", "apple-double")  # hidden: macOS resource forks, editor files
    _write(user, "c.toml.bak", "backup")
    blocker = tmp_path / "blocker.toml"
    blocker.write_text("a file where a folder should be")
    loaded, problems = load_routines(tmp_path / "missing", user, blocker)
    assert problems == []
    assert [item.routine.id for item in loaded] == ["ay", "bee"]
    assert load_routines(tmp_path / "missing", None) == ([], [])


# -- import and export ----------------------------------------------------------------------

SHARED = "# Shared by my physio — keep this comment\n" + routine_text(rid="shared")


def test_import_then_export_keeps_the_original_bytes(tmp_path: Path) -> None:
    source = tmp_path / "Download" / "From my physio.toml"
    source.parent.mkdir()
    source.write_bytes(b"\xef\xbb\xbf" + SHARED.encode("utf-8"))
    user = tmp_path / "data" / "routines"

    imported, problems = import_routine(source, user, existing_ids={"calm-hips"})

    assert problems == []
    assert imported is not None
    assert imported.path == user / "shared.toml"
    assert imported.source is RoutineSource.USER
    assert imported.path.read_bytes() == SHARED.encode("utf-8")  # BOM gone, comment kept
    assert [item.routine for item in load_routines(tmp_path / "none", user)[0]] == [
        imported.routine
    ]
    assert [p.name for p in user.iterdir()] == ["shared.toml"]  # no temporary files left

    target = tmp_path / "usb" / "shared.toml"
    target.parent.mkdir()
    export_routine(imported, target)
    assert target.read_bytes() == SHARED.encode("utf-8")
    if os.name == "posix":
        # private like every file calmfloor writes (issue 15): modes do not travel by mail
        # or USB stick, and the person sharing it can loosen them on purpose
        assert target.stat().st_mode & 0o777 == 0o600
    assert read_routine_file(target)[0] == imported.routine


def test_export_writes_the_routine_when_the_original_file_changed(tmp_path: Path) -> None:
    path = _write(tmp_path, "calm.toml", "calm")
    routine, _ = read_routine_file(path)
    assert routine is not None
    loaded = LoadedRoutine(routine, RoutineSource.BUILTIN, path)
    path.write_text(routine_text(rid="calm").replace("Calm hips", "Edited"), encoding="utf-8")
    target = tmp_path / "out.toml"
    export_routine(loaded, target)
    assert read_routine_file(target) == (routine, [])  # what was loaded, not the edit
    path.unlink()
    export_routine(loaded, target)  # the original is gone: written from the routine
    assert read_routine_file(target) == (routine, [])


def test_import_refuses_the_id_of_a_builtin_routine(tmp_path: Path) -> None:
    builtin = tmp_path / "builtin"
    _write(builtin, "calm.toml", "calm")
    source = _write(tmp_path, "copy.toml", "calm", "Not the real one")
    user = tmp_path / "user"
    existing = protected_ids(load_routines(builtin, user)[0])
    assert existing == {"calm"}

    for replace in (False, True):
        imported, problems = import_routine(source, user, existing, replace=replace)
        assert imported is None
        assert [(p.code, p.key, p.source) for p in problems] == [
            ("duplicate_id", "id", str(source))
        ]
        assert "built-in" in problems[0].message
    assert not user.exists()  # nothing written


def test_import_replaces_the_users_own_routine_only_when_asked(tmp_path: Path) -> None:
    user = tmp_path / "user"
    old = _write(user, "my old name.toml", "mine", "Old")
    source = _write(tmp_path, "new.toml", "mine", "New")

    imported, problems = import_routine(source, user, existing_ids=())
    assert imported is None
    assert [p.code for p in problems] == ["duplicate_id"]
    assert str(old) in problems[0].message
    assert sorted(p.name for p in user.iterdir()) == ["my old name.toml"]

    imported, problems = import_routine(source, user, existing_ids=(), replace=True)
    assert problems == [] and imported is not None
    assert imported.routine.name == "New"
    assert sorted(p.name for p in user.iterdir()) == ["mine.toml"]  # one file for the id
    loaded, load_problems = load_routines(tmp_path / "none", user)
    assert load_problems == []
    assert [item.routine.name for item in loaded] == ["New"]


def test_import_does_not_overwrite_a_broken_file_of_that_name(tmp_path: Path) -> None:
    user = tmp_path / "user"
    user.mkdir()
    (user / "mine.toml").write_text("half-written = ")
    source = _write(tmp_path, "new.toml", "mine")
    imported, problems = import_routine(source, user, existing_ids=())
    assert imported is None and [p.code for p in problems] == ["duplicate_id"]
    assert (user / "mine.toml").read_text() == "half-written = "


@pytest.mark.parametrize("case", CASES[:6], ids=lambda case: case.name)
def test_import_refuses_a_malformed_file(tmp_path: Path, case: Case) -> None:
    source = case.write(tmp_path / "bad.toml")
    user = tmp_path / "user"
    imported, problems = import_routine(source, user, existing_ids=())
    assert imported is None
    check_problems(case, source, problems)
    assert not user.exists()


def test_import_into_an_unwritable_folder_raises(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the data folder should be")
    source = _write(tmp_path, "new.toml", "mine")
    with pytest.raises(StorageWriteError) as info:
        import_routine(source, blocker / "routines", existing_ids=())
    assert info.value.reason is WriteFailure.NOT_A_DIRECTORY


def test_import_on_a_full_disk_leaves_nothing_behind(
    file_size_limit: Callable[[int], AbstractContextManager[None]], tmp_path: Path
) -> None:
    user = tmp_path / "user"
    old = _write(user, "mine.toml", "mine", "Old")
    before = old.read_bytes()
    source = _write(tmp_path, "new.toml", "mine", "New")
    with file_size_limit(16), pytest.raises(StorageWriteError) as info:
        import_routine(source, user, existing_ids=(), replace=True)
    assert info.value.reason is WriteFailure.DISK_FULL
    assert info.value.path == user / "mine.toml"
    assert old.read_bytes() == before
    assert [p.name for p in user.iterdir()] == ["mine.toml"]


@pytest.mark.unprivileged
def test_export_to_a_read_only_folder_raises(tmp_path: Path) -> None:
    path = _write(tmp_path, "calm.toml", "calm")
    routine, _ = read_routine_file(path)
    assert routine is not None
    loaded = LoadedRoutine(routine, RoutineSource.USER, path)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(StorageWriteError) as info:
        export_routine(loaded, blocker / "calm.toml")
    assert info.value.reason is WriteFailure.NOT_A_DIRECTORY

    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):
            pytest.skip("this user can write into any folder (root)")
        with pytest.raises(StorageWriteError) as info:
            export_routine(loaded, locked / "calm.toml")
        assert info.value.reason is WriteFailure.PERMISSION_DENIED
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o700)
