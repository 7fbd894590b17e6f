"""Routine files (TOML): read and check them, load folders of them, import and export."""

from __future__ import annotations

import math
import tomllib
from collections.abc import Collection, Iterable
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from calmfloor.core.routine import Problem, Routine, capped_problems, parse_routine
from calmfloor.storage.errors import write_error
from calmfloor.storage.jsonfile import write_bytes_atomic
from calmfloor.storage.paths import make_private_dirs
from calmfloor.storage.safefile import FileReadError, ReadFailure, read_regular_file

MAX_FILE_BYTES = 256 * 1024
ROUTINE_SUFFIX = ".toml"
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


class RoutineSource(StrEnum):
    """Where a routine came from; earlier sources win when two share an id."""

    BUILTIN = "builtin"
    CLINIC = "clinic"
    USER = "user"


@dataclass(frozen=True)
class LoadedRoutine:
    """A routine that loaded without problems, and where it came from.

    Attributes:
        routine: the checked routine.
        source: built-in, clinic or the user's own.
        path: the file it was read from.
    """

    routine: Routine
    source: RoutineSource
    path: Path


def _problem(path: Path, code: str, message: str, key: str | None = None) -> Problem:
    return Problem(source=str(path), message=message, key=key, code=code)


def _read_bytes(path: Path) -> tuple[bytes | None, list[Problem]]:
    """The file's bytes with any UTF-8 BOM removed, or the one reason it cannot be read."""
    try:
        return read_regular_file(path, MAX_FILE_BYTES), []
    except FileReadError as exc:
        return None, [_unreadable(path, exc)]


_READ_WORDS = {
    ReadFailure.MISSING: "the file does not exist.",
    ReadFailure.FOLDER: "this is a folder, not a routine file.",
    ReadFailure.NOT_REGULAR: "this is not a regular file.",
    ReadFailure.PERMISSION: "the file cannot be read (no permission).",
}


def _unreadable(path: Path, exc: FileReadError) -> Problem:
    if exc.reason is ReadFailure.TOO_LARGE:
        return _too_large(path, exc.size or MAX_FILE_BYTES + 1)
    words = _READ_WORDS.get(exc.reason) or f"the file cannot be read ({exc.detail})."
    return _problem(path, "unreadable", words)


def _why(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__


def _too_large(path: Path, size: int) -> Problem:
    return _problem(
        path,
        "too_large",
        f"the file is {math.ceil(size / 1024)} KiB; a routine file may be at most "
        f"{MAX_FILE_BYTES // 1024} KiB.",
    )


def _decode(path: Path, raw: bytes) -> tuple[str | None, list[Problem]]:
    """UTF-8 text, or a problem that says where the first bad byte is."""
    try:
        return raw.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        if raw.startswith(UTF16_BOMS):
            message = "the file is saved as UTF-16; save it as UTF-8 text instead."
        else:
            offset = exc.start
            line = raw.count(b"\n", 0, offset) + 1
            message = (
                f"line {line} has a byte that is not UTF-8 (0x{raw[offset]:02X} at byte "
                f"offset {offset}); save the file as UTF-8 text."
            )
        return None, [_problem(path, "bad_encoding", message)]


def load_toml(
    source: Path | str, text: str, holds: str
) -> tuple[dict[str, Any] | None, list[Problem]]:
    """The table in a data file's text, or the one problem why there is none.

    Routine and programme files share this, so both say the same about broken TOML.

    Args:
        source: the file, for the problem.
        text: its text.
        holds: what the file should hold ("routine", "programme"), for an empty file.
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        code, message = "bad_toml", f"this is not valid TOML: {str(exc).rstrip('.')}."
    except RecursionError:
        code, message = "bad_toml", "this is not valid TOML: values are nested too deeply."
    else:
        if data:
            return data, []
        code, message = "empty", f"the file is empty (or only comments); it holds no {holds}."
    return None, [Problem(source=str(source), message=message, code=code)]


def _parse(path: Path, raw: bytes) -> tuple[Routine | None, list[Problem]]:
    """Check the bytes of a routine file (BOM already removed)."""
    text, problems = _decode(path, raw)
    if text is None:
        return None, problems
    data, problems = load_toml(path, text, "routine")
    if data is None:
        return None, problems
    try:
        routine, problems = parse_routine(data, str(path))
        return routine, capped_problems(problems)
    except Exception as exc:  # a file from anyone must never stop calmfloor
        message = (
            f"calmfloor could not check this file because of an internal error "
            f"({type(exc).__name__}: {exc}); please report it."
        )
        return None, [_problem(path, "internal_error", message)]


def read_routine_file(path: Path) -> tuple[Routine | None, list[Problem]]:
    """Read and check one routine file; never raises for a bad or missing file.

    The file must be a regular file of at most :data:`MAX_FILE_BYTES`, UTF-8 (a leading
    byte order mark is allowed) and valid TOML; then the routine itself is checked with
    :func:`calmfloor.core.routine.parse_routine`, which reports every problem it finds.

    Args:
        path: the file; problems name it as given (``str(path)``).

    Returns:
        The routine and no problems, or None and at least one problem.
    """
    raw, problems = _read_bytes(path)
    if raw is None:
        return None, problems
    return _parse(path, raw)


def _routine_files(folder: Path) -> tuple[list[Path], list[Problem]]:
    """The ``*.toml`` files in ``folder`` by name; hidden files are skipped.

    Hidden files include macOS's ``._name.toml`` resource forks, which are not text.
    A missing folder has none, and no problem.
    """
    try:
        entries = sorted(
            entry
            for entry in folder.iterdir()
            if entry.name.endswith(ROUTINE_SUFFIX) and not entry.name.startswith(".")
        )
    except (FileNotFoundError, NotADirectoryError):
        return [], []
    except OSError as exc:
        message = f"the routines in this folder cannot be read ({_why(exc)})."
        return [], [_problem(folder, "unreadable", message)]
    return entries, []


def _shape(routine: Routine) -> Routine:
    """``routine`` without its words: what a translation must leave exactly as it is."""
    steps = tuple(replace(step, instruction="", caution="") for step in routine.steps)
    return replace(routine, name="", description="", caution="", language="", steps=steps)


def localized_routine(english: LoadedRoutine, language: str) -> tuple[LoadedRoutine, list[Problem]]:
    """The built-in routine ``english`` in ``language``, or ``english`` itself.

    Translations sit in a folder named for the language beside the English files, under the
    same file name (``routines/de/release-only.toml``); ``pt_BR`` falls back to ``pt``. A
    translation is used only when it loads and differs from the English routine in its
    words alone (name, description, cautions, instructions): the same id, steps, regions,
    modes and timings, so a slip in a translation can never change what a routine does.

    Returns:
        The routine to offer, and the translation's problems (English is offered then).
    """
    folder = english.path.parent
    for code in dict.fromkeys((language, language.split("_")[0])):
        candidate = folder / code / english.path.name
        if not candidate.is_file():
            continue
        routine, problems = read_routine_file(candidate)
        if routine is None:
            return english, problems
        if _shape(routine) != _shape(english.routine):
            message = (
                f"this translation of {english.path.name} changes more than its words (the id, "
                f"steps, regions or timings differ), so the original is used."
            )
            return english, [_problem(candidate, "translation_mismatch", message)]
        return LoadedRoutine(routine, english.source, candidate), []
    return english, []


def load_routines(
    builtin_dir: Path,
    user_dir: Path | None,
    clinic_dir: Path | None = None,
    *,
    language: str | None = None,
) -> tuple[list[LoadedRoutine], list[Problem]]:
    """Load every routine file in the built-in, clinic and user folders.

    Files load in folder order built-in, clinic, user, and by file name in each folder.
    A file with problems is skipped and its problems reported; the others still load.
    When two files share an id the first one wins, so a clinic or user file can never
    silently replace a built-in routine; the later file is skipped with a
    ``duplicate_id`` problem that names the other file. Subfolders are not read, except
    that built-in routines come in ``language`` when translated (:func:`localized_routine`).

    Args:
        builtin_dir: the routines that come with calmfloor.
        user_dir: the user's own routines, or None.
        clinic_dir: routines the clinic provides, or None.
        language: the language of the built-in routines (``"de"``); None or ``"en"``
            keeps the English originals.

    Returns:
        The loaded routines, and the problems of the files that were skipped.
    """
    folders: list[tuple[Path | None, RoutineSource]] = [
        (builtin_dir, RoutineSource.BUILTIN),
        (clinic_dir, RoutineSource.CLINIC),
        (user_dir, RoutineSource.USER),
    ]
    loaded: list[LoadedRoutine] = []
    problems: list[Problem] = []
    by_id: dict[str, LoadedRoutine] = {}
    for folder, source in folders:
        if folder is None:
            continue
        files, folder_problems = _routine_files(folder)
        problems.extend(folder_problems)
        for path in files:
            routine, file_problems = read_routine_file(path)
            if routine is None:
                problems.extend(file_problems)
                continue
            first = by_id.get(routine.id)
            if first is not None:
                problems.append(duplicate_problem(path, routine.id, first.path, first.source))
                continue
            entry = LoadedRoutine(routine, source, path)
            if source is RoutineSource.BUILTIN and language and language != "en":
                entry, translation_problems = localized_routine(entry, language)
                problems.extend(translation_problems)
            by_id[routine.id] = entry
            loaded.append(entry)
    return loaded, problems


_SOURCE_WORDS = {
    RoutineSource.BUILTIN: "the built-in routine in ",
    RoutineSource.CLINIC: "the clinic's routine in ",
    RoutineSource.USER: "your routine in ",
}


def duplicate_problem(
    path: Path, routine_id: str, other: Path, other_source: RoutineSource | None = None
) -> Problem:
    """The ``duplicate_id`` problem of ``path``, whose id the earlier file ``other`` has.

    Args:
        path: the later file, which is skipped.
        routine_id: the id both files use.
        other: the file that keeps the id.
        other_source: where ``other`` comes from, to name it; None to name only the file.
    """
    who = _SOURCE_WORDS[other_source] if other_source is not None else ""
    message = (
        f'the id "{routine_id}" is already used by {who}{other}; only the first routine '
        f"with an id is loaded, so give this routine an id of its own."
    )
    return _problem(path, "duplicate_id", message, key="id")


def protected_ids(loaded: Iterable[LoadedRoutine]) -> frozenset[str]:
    """The ids an import may never replace: those of built-in and clinic routines."""
    return frozenset(item.routine.id for item in loaded if item.source is not RoutineSource.USER)


def reserved_id_problem(path: Path, routine_id: str, reserved: Collection[str]) -> Problem | None:
    """The problem of a routine whose id a built-in or clinic routine already has, or None.

    ``routine validate`` and :func:`import_routine` both ask this, so a file the check
    calls valid is one Import accepts.

    Args:
        path: the file checked.
        routine_id: its routine's id.
        reserved: the ids of the built-in and clinic routines (:func:`protected_ids`).
    """
    if routine_id not in reserved:
        return None
    message = (
        f'the id "{routine_id}" belongs to a built-in or clinic routine, which cannot be '
        f"replaced; give this routine an id of its own."
    )
    return _problem(path, "duplicate_id", message, key="id")


def import_routine(
    source_file: Path,
    user_dir: Path,
    existing_ids: Collection[str],
    *,
    replace: bool = False,
) -> tuple[LoadedRoutine | None, list[Problem]]:
    """Check a routine file and copy it into the user's routines folder as ``<id>.toml``.

    The file's own bytes are copied (so its comments and layout survive), minus a UTF-8
    byte order mark, atomically. With ``replace`` the user's other files holding the same
    id are removed afterwards, so the id stays unique.

    Args:
        source_file: the file to import.
        user_dir: the user's routines folder; created if missing.
        existing_ids: ids of the built-in and clinic routines (see :func:`protected_ids`);
            a routine with one of these ids is refused. The user's own routines are found
            in ``user_dir``.
        replace: allow replacing the user's own routine with the same id.

    Returns:
        The imported routine (source USER, its new path) and no problems; or None and the
        problems: the file's own, or a ``duplicate_id`` one.

    Raises:
        StorageWriteError: the file could not be written (or an old copy not removed).
    """
    raw, problems = _read_bytes(source_file)
    if raw is None:
        return None, problems
    routine, problems = _parse(source_file, raw)
    if routine is None:
        return None, problems
    reserved = reserved_id_problem(source_file, routine.id, existing_ids)
    if reserved is not None:
        return None, [reserved]
    target = user_dir / f"{routine.id}{ROUTINE_SUFFIX}"
    own = _files_with_id(user_dir, routine.id)
    taken = own or ([target] if target.exists() else [])  # even a broken file is kept
    if taken and not replace:
        message = (
            f'you already have a routine file for the id "{routine.id}" ({taken[0]}); '
            f"replace it, or give this routine an id of its own."
        )
        return None, [_problem(source_file, "duplicate_id", message, key="id")]
    try:
        make_private_dirs(user_dir)
    except OSError as exc:
        raise write_error(user_dir, exc) from exc
    write_bytes_atomic(target, raw)
    for old in own:
        if old.name != target.name:
            try:
                old.unlink()
            except FileNotFoundError:
                pass
            except OSError as exc:
                raise write_error(old, exc) from exc
    return LoadedRoutine(routine, RoutineSource.USER, target), []


def _files_with_id(folder: Path, routine_id: str) -> list[Path]:
    """The valid routine files in ``folder`` whose id is ``routine_id``."""
    files, _ = _routine_files(folder)
    found: list[Path] = []
    for path in files:
        routine, _ = read_routine_file(path)
        if routine is not None and routine.id == routine_id:
            found.append(path)
    return found


def export_routine(loaded: LoadedRoutine, target: Path) -> None:
    """Write a routine to ``target`` to share it, replacing any file there atomically.

    The original file's bytes are copied when it still holds this same routine (so its
    comments survive); otherwise the routine is written out fresh with
    :meth:`~calmfloor.core.routine.Routine.to_toml`.

    Raises:
        StorageWriteError: the file could not be written.
    """
    raw, _ = _read_bytes(loaded.path)
    if raw is None or _parse(loaded.path, raw)[0] != loaded.routine:
        raw = loaded.routine.to_toml().encode("utf-8")
    write_bytes_atomic(target, raw)  # private like every file calmfloor writes
