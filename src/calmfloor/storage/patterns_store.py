"""The user's own named breathing patterns, kept in patterns.json."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from calmfloor.core.breathing import PRESETS, BreathPattern, PatternError
from calmfloor.storage.jsonfile import (
    FileProblem,
    Migration,
    new_document,
    read_document,
    refuse_write,
    write_json_atomic,
)

PATTERNS_FORMAT = "calmfloor-patterns"
# Forward migrations; append one function per new version (index 0 upgrades 1 -> 2).
PATTERNS_MIGRATIONS: tuple[Migration, ...] = ()


class NameProblem(StrEnum):
    """Why a pattern name cannot be used."""

    EMPTY = "empty"
    DUPLICATE = "duplicate"  # another user pattern has it (ignoring case)
    PRESET = "preset"  # a built-in preset has it (ignoring case)


class EntryProblemKind(StrEnum):
    """Why a stored pattern was skipped."""

    MALFORMED = "malformed"  # not a valid pattern (see ``detail``)
    DUPLICATE = "duplicate"
    PRESET = "preset"


@dataclass(frozen=True, slots=True)
class PatternEntryProblem:
    """One stored pattern that was skipped.

    Attributes:
        index: its position in the file's list.
        name: its name, if it had a readable one.
        kind: why it was skipped.
        detail: the pattern's own list of problems, for logs only.
    """

    index: int
    name: str | None
    kind: EntryProblemKind
    detail: tuple[str, ...] = ()


class PatternNameError(ValueError):
    """A pattern name that cannot be saved.

    Attributes:
        name: the name.
        reason: why.
    """

    def __init__(self, name: str, reason: NameProblem) -> None:
        super().__init__(name, reason.value)
        self.name = name
        self.reason = reason


@dataclass(frozen=True, slots=True)
class PatternLoadResult:
    """What :meth:`PatternStore.load` found.

    Attributes:
        patterns: the valid user patterns, in file order.
        problems: entries that were skipped.
        file_problem: what was wrong with the whole file, if anything.
        read_only: True when saving is refused (the file is protected).
    """

    patterns: list[BreathPattern]
    problems: list[PatternEntryProblem] = field(default_factory=list)
    file_problem: FileProblem | None = None
    read_only: bool = False

    @property
    def kept_aside(self) -> Path | None:
        """Where an unreadable patterns file was moved."""
        return self.file_problem.kept_aside if self.file_problem else None


def _fold(name: str) -> str:
    return name.strip().casefold()


_PRESET_NAMES = frozenset(_fold(p.name) for p in PRESETS)


def check_name(name: str, existing: Iterable[str] = (), *, replacing: str | None = None) -> None:
    """Check that ``name`` may be used for a new or renamed user pattern.

    Names compare without case and surrounding spaces.

    Args:
        name: the proposed name.
        existing: names of the user's other patterns.
        replacing: the name of the pattern being edited (it may keep its own name).

    Raises:
        PatternNameError: the name is empty, a preset's, or already taken.
    """
    folded = _fold(name)
    if not folded:
        raise PatternNameError(name, NameProblem.EMPTY)
    if folded in _PRESET_NAMES:
        raise PatternNameError(name, NameProblem.PRESET)
    skip = _fold(replacing) if replacing is not None else None
    for other in existing:
        if _fold(other) == folded and _fold(other) != skip:
            raise PatternNameError(name, NameProblem.DUPLICATE)


def check_names(patterns: Sequence[BreathPattern]) -> None:
    """Check a whole list: no empty, duplicate or preset names.

    Raises:
        PatternNameError: for the first bad name.
    """
    seen: set[str] = set()
    for pattern in patterns:
        check_name(pattern.name)
        folded = _fold(pattern.name)
        if folded in seen:
            raise PatternNameError(pattern.name, NameProblem.DUPLICATE)
        seen.add(folded)


class PatternStore:
    """Any number of named user patterns in a versioned JSON file.

    Args:
        path: the patterns file, usually ``AppPaths.patterns_file``.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.read_only = False
        self._file_problem: FileProblem | None = None

    def load(self, now: datetime | None = None) -> PatternLoadResult:
        """Read the user's patterns; never raises for bad content.

        A corrupt file is kept aside like settings; a newer file is left alone and saves
        are refused. Each malformed entry, or one whose name duplicates an earlier entry or
        a preset, is skipped and reported; the rest load.

        Args:
            now: time for the kept-aside file name; local time when None.
        """
        doc = read_document(
            self.path, PATTERNS_FORMAT, PATTERNS_MIGRATIONS, aside_tag="unreadable", now=now
        )
        self.read_only = not doc.writable
        self._file_problem = doc.problem
        patterns: list[BreathPattern] = []
        problems: list[PatternEntryProblem] = []
        entries = doc.body.get("patterns", []) if doc.body is not None else []
        if not isinstance(entries, list):
            entries = []
            problems.append(
                PatternEntryProblem(-1, None, EntryProblemKind.MALFORMED, ("not a list",))
            )
        seen: set[str] = set()
        for index, entry in enumerate(entries):
            raw_name = entry.get("name") if isinstance(entry, dict) else None
            name = raw_name if isinstance(raw_name, str) else None
            try:
                pattern = BreathPattern.from_dict(entry)
            except PatternError as exc:
                problems.append(
                    PatternEntryProblem(
                        index, name, EntryProblemKind.MALFORMED, tuple(exc.problems)
                    )
                )
                continue
            folded = _fold(pattern.name)
            if folded in _PRESET_NAMES:
                problems.append(PatternEntryProblem(index, pattern.name, EntryProblemKind.PRESET))
            elif folded in seen:
                problems.append(
                    PatternEntryProblem(index, pattern.name, EntryProblemKind.DUPLICATE)
                )
            else:
                seen.add(folded)
                patterns.append(pattern)
        return PatternLoadResult(patterns, problems, doc.problem, self.read_only)

    def save(self, patterns: Sequence[BreathPattern]) -> None:
        """Write ``patterns`` atomically, in the given order.

        Raises:
            PatternNameError: a name is empty, duplicated or a preset's (nothing written).
            StorageWriteError: the file could not be written or is protected.
        """
        check_names(patterns)
        if self.read_only:
            raise refuse_write(self.path, self._file_problem)
        body = new_document(PATTERNS_FORMAT, PATTERNS_MIGRATIONS)
        body["patterns"] = [p.to_dict() for p in patterns]
        write_json_atomic(self.path, body)


def with_pattern(
    patterns: Sequence[BreathPattern], pattern: BreathPattern, *, replacing: str | None = None
) -> list[BreathPattern]:
    """A new list with ``pattern`` added, or put in place of the one named ``replacing``.

    Raises:
        PatternNameError: the new name is not allowed.
    """
    check_name(pattern.name, (p.name for p in patterns), replacing=replacing)
    if replacing is None:
        return [*patterns, pattern]
    target = _fold(replacing)
    result = [pattern if _fold(p.name) == target else p for p in patterns]
    if all(_fold(p.name) != target for p in patterns):
        result.append(pattern)
    return result


def without_pattern(patterns: Sequence[BreathPattern], name: str) -> list[BreathPattern]:
    """A new list without the pattern called ``name`` (ignoring case)."""
    return [p for p in patterns if _fold(p.name) != _fold(name)]
