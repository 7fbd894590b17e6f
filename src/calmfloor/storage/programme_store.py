"""Programme files (TOML): read and check them, make one active, read back the history.

A programme file is checked like a routine file (:mod:`calmfloor.storage.routines_store`):
a regular file of at most :data:`MAX_FILE_BYTES`, UTF-8 (a byte order mark is allowed),
valid TOML, then :func:`calmfloor.core.programme.parse_programme`; every problem names the
file, the item and the key. The active programme and every earlier one are kept in the
history database (the file's own text), so a new programme never erases the old one.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime
from pathlib import Path

from calmfloor.core.adherence import ProgrammeSpan, assign_sessions
from calmfloor.core.breathing import PRESETS
from calmfloor.core.programme import Programme, parse_programme
from calmfloor.core.routine import Problem, capped_problems
from calmfloor.storage.history_db import HistoryStore
from calmfloor.storage.routines_store import load_toml
from calmfloor.storage.safefile import FileReadError, ReadFailure, read_regular_file

__all__ = [
    "MAX_CLINIC_FILES",
    "MAX_FILE_BYTES",
    "clinic_programmes",
    "counted_for",
    "import_programme",
    "known_patterns",
    "parse_programme_text",
    "programme_spans",
    "read_programme_file",
]

MAX_FILE_BYTES = 64 * 1024
MAX_CLINIC_FILES = 100  # a clinic folder is read at most this far (in name order)
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")

_READ_WORDS = {
    ReadFailure.MISSING: "the file does not exist.",
    ReadFailure.FOLDER: "this is a folder, not a programme file.",
    ReadFailure.NOT_REGULAR: "this is not a regular file.",
    ReadFailure.PERMISSION: "the file cannot be read (no permission).",
}


def _problem(source: str, code: str, message: str) -> Problem:
    return Problem(source=source, message=message, code=code)


def known_patterns(own: Collection[str] = ()) -> frozenset[str]:
    """The breathing pattern names a programme may name: the built-in ones and ``own``."""
    return frozenset(pattern.name for pattern in PRESETS) | frozenset(own)


def parse_programme_text(
    text: str,
    source: str,
    *,
    routines: Collection[str] | None = None,
    patterns: Collection[str] | None = None,
) -> tuple[Programme | None, list[Problem]]:
    """Check the text of a programme file; never raises for a bad file."""
    data, problems = load_toml(source, text, "programme")
    if data is None:
        return None, problems
    try:
        programme, problems = parse_programme(data, source, routines=routines, patterns=patterns)
    except Exception as exc:  # a file from anyone must never stop calmfloor
        message = (
            f"calmfloor could not check this file because of an internal error "
            f"({type(exc).__name__}: {exc}); please report it."
        )
        return None, [_problem(source, "internal_error", message)]
    return programme, capped_problems(problems)


def _read_text(path: Path) -> tuple[str | None, list[Problem]]:
    source = str(path)
    try:
        raw = read_regular_file(path, MAX_FILE_BYTES)
    except FileReadError as exc:
        if exc.reason is ReadFailure.TOO_LARGE:
            message = (
                f"the file is larger than {MAX_FILE_BYTES // 1024} KiB, the most a programme "
                f"file may be."
            )
            return None, [_problem(source, "too_large", message)]
        words = _READ_WORDS.get(exc.reason) or f"the file cannot be read ({exc.detail})."
        return None, [_problem(source, "unreadable", words)]
    try:
        return raw.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        if raw.startswith(UTF16_BOMS):
            message = "the file is saved as UTF-16; save it as UTF-8 text instead."
        else:
            line = raw.count(b"\n", 0, exc.start) + 1
            message = (
                f"line {line} has a byte that is not UTF-8 (0x{raw[exc.start]:02X} at byte "
                f"offset {exc.start}); save the file as UTF-8 text."
            )
        return None, [_problem(source, "bad_encoding", message)]


def read_programme_file(
    path: Path,
    *,
    routines: Collection[str] | None = None,
    patterns: Collection[str] | None = None,
) -> tuple[Programme | None, list[Problem]]:
    """Read and check one programme file; never raises for a bad or missing file.

    Args:
        path: the file; problems name it as given.
        routines: routine ids on offer, to check the items against (None: unchecked).
        patterns: breathing pattern names on offer (None: unchecked).

    Returns:
        The programme and no problems, or None and at least one problem.
    """
    text, problems = _read_text(path)
    if text is None:
        return None, problems
    return parse_programme_text(text, str(path), routines=routines, patterns=patterns)


def clinic_programmes(
    folder: Path,
    *,
    routines: Collection[str] | None = None,
    patterns: Collection[str] | None = None,
) -> tuple[list[tuple[Path, Programme]], list[Problem]]:
    """The programmes in the clinic's folder (policy ``clinic_programmes_dir``).

    Every ``*.toml`` file is checked like an imported one; a file with a problem is not
    offered, and its problems are returned so the Today page and ``calmfloor programme
    validate`` can say why. Never raises: a missing or unreadable folder is one problem.

    Returns:
        (path, programme) pairs in title order, and the problems found.
    """
    source = str(folder)
    try:
        names = sorted(
            entry.name
            for entry in folder.iterdir()
            if entry.name.lower().endswith(".toml") and not entry.name.startswith(".")
        )
    except FileNotFoundError:
        return [], [_problem(source, "unreadable", "the clinic's programme folder does not exist.")]
    except NotADirectoryError:
        return [], [_problem(source, "unreadable", "this is not a folder.")]
    except OSError as exc:
        message = f"the clinic's programme folder cannot be read ({exc.strerror or exc})."
        return [], [_problem(source, "unreadable", message)]
    problems: list[Problem] = []
    if len(names) > MAX_CLINIC_FILES:
        message = (
            f"the folder has {len(names)} programme files; only the first {MAX_CLINIC_FILES} "
            f"(by name) are offered."
        )
        problems.append(_problem(source, "too_many", message))
        names = names[:MAX_CLINIC_FILES]
    offered: list[tuple[Path, Programme]] = []
    for name in names:
        path = folder / name
        programme, found = read_programme_file(path, routines=routines, patterns=patterns)
        if programme is None:
            problems.extend(found)
        else:
            offered.append((path, programme))
    offered.sort(key=lambda pair: (pair[1].title.casefold(), pair[0].name))
    return offered, problems


def import_programme(
    store: HistoryStore,
    path: Path,
    now: datetime,
    *,
    routines: Collection[str] | None = None,
    patterns: Collection[str] | None = None,
) -> tuple[Programme | None, list[Problem]]:
    """Check a programme file and make it the active programme from ``now``.

    The programme in force until now stays in history (adherence before ``now``'s day is
    judged against it).

    Raises:
        StorageWriteError: the history could not be written.
    """
    text, problems = _read_text(path)
    if text is None:
        return None, problems
    programme, problems = parse_programme_text(
        text, str(path), routines=routines, patterns=patterns
    )
    if programme is None:
        return None, problems
    store.activate_programme(text, programme.id, programme.title, now)
    return programme, []


def programme_spans(store: HistoryStore) -> tuple[list[ProgrammeSpan], list[Problem]]:
    """Every programme kept in history with its activation, oldest first.

    A stored programme this version cannot read (written by a later calmfloor into a
    history that was then restored, say) is left out with its problems.
    """
    spans: list[ProgrammeSpan] = []
    problems: list[Problem] = []
    for stored in store.programmes():
        source = f"programme {stored.programme_id} (made active {stored.activated:%Y-%m-%d})"
        programme, found = parse_programme_text(stored.source_text, source)
        if programme is None:
            problems.extend(found)
            continue
        spans.append(ProgrammeSpan(programme, stored.activated))
    return spans, problems


def counted_for(store: HistoryStore) -> dict[int, str]:
    """By session id, the programme item each session counted for (``programme-id/item-id``).

    Computed over the whole history, so a session's period and gap see the sessions before
    it. Sessions beyond what was asked (extras) are left out, as are sessions that match no
    item; a history without programmes gives an empty mapping.
    """
    spans, _problems = programme_spans(store)
    if not spans:
        return {}
    records = store.sessions()
    found: dict[int, str] = {}
    for record, assignment in zip(records, assign_sessions(spans, records), strict=True):
        if assignment is not None and assignment.within and record.id is not None:
            found[record.id] = f"{assignment.programme_id}/{assignment.item_id}"
    return found
