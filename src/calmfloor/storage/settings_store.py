"""Preferences (settings.json) and window state (state.json), forgiving on load, atomic on save."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from calmfloor.core.settings import (
    ProblemReason,
    SettingProblem,
    SettingValue,
    coerce,
    coerce_all,
    spec,
)
from calmfloor.storage.jsonfile import (
    FileProblem,
    Migration,
    new_document,
    read_document,
    refuse_write,
    write_json_atomic,
)

SETTINGS_FORMAT = "calmfloor-settings"
STATE_FORMAT = "calmfloor-state"

# Forward migrations; append one function per new version (index 0 upgrades 1 -> 2).
SETTINGS_MIGRATIONS: tuple[Migration, ...] = ()
STATE_MIGRATIONS: tuple[Migration, ...] = ()

# Well-known state keys. State is what the app remembers, not what the user chose.
STATE_WINDOW_GEOMETRY = "window_geometry"  # str, base64 of QWidget.saveGeometry()
STATE_SAFETY_NOTE_SEEN = "safety_note_seen"  # bool
STATE_LAST_PATTERN = "last_pattern"  # str, a pattern name
STATE_LAST_KIND = "last_kind"  # str, a SessionKind value
STATE_RELAX_CAUTION_SEEN = "relax_caution_seen"  # bool: the before-first-PMR caution was read
STATE_LAST_ROUTINE = "last_routine"  # str, a routine id
STATE_HEAT_CHECKLIST_CONFIRMED = "heat_checklist_confirmed"  # bool: heat safety list confirmed
STATE_HEAT_LAST_AREA = "heat_last_area"  # str, a HeatArea value
STATE_ONE_OFF_REMINDER = "one_off_reminder"  # dict, core.reminders.Reminder.to_json()
STATE_REMINDERS_HANDLED_UNTIL = "reminders_handled_until"  # str, ISO time: daily ones done

JsonValue = None | bool | int | float | str | list[Any] | dict[str, Any]


@dataclass(frozen=True, slots=True)
class LoadResult:
    """What :meth:`SettingsStore.load` found.

    Attributes:
        values: one valid value per setting (defaults where nothing valid was stored).
        problems: individual stored values that were ignored.
        file_problem: what was wrong with the file as a whole, if anything.
        read_only: True when saving is refused (a newer or unreadable file is protected).
    """

    values: dict[str, SettingValue]
    problems: list[SettingProblem] = field(default_factory=list)
    file_problem: FileProblem | None = None
    read_only: bool = False

    @property
    def kept_aside(self) -> Path | None:
        """Where an unreadable settings file was moved, so the UI can tell the user."""
        return self.file_problem.kept_aside if self.file_problem else None


class SettingsStore:
    """The user's preferences in a versioned JSON file.

    Args:
        path: the settings file, usually ``AppPaths.settings_file``.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.read_only = False
        self._file_problem: FileProblem | None = None

    def load(self, now: datetime | None = None) -> LoadResult:
        """Read the settings; never raises for bad content.

        A missing file gives defaults. A corrupt file is renamed aside (see
        :func:`~calmfloor.storage.jsonfile.read_document`) and defaults are used. A file
        from a newer calmfloor is left untouched, defaults are used and :meth:`save` is
        refused from then on. Bad individual values fall back to their defaults.

        Args:
            now: time for the kept-aside file name; local time when None.
        """
        doc = read_document(
            self.path, SETTINGS_FORMAT, SETTINGS_MIGRATIONS, aside_tag="unreadable", now=now
        )
        self.read_only = not doc.writable
        self._file_problem = doc.problem
        raw: Mapping[str, object] = {}
        problems: list[SettingProblem] = []
        if doc.body is not None:
            stored = doc.body.get("settings", {})
            if isinstance(stored, dict):
                raw = stored
            else:
                problems.append(SettingProblem("settings", stored, ProblemReason.WRONG_TYPE))
        values, value_problems = coerce_all(raw)
        return LoadResult(values, problems + value_problems, doc.problem, self.read_only)

    def save(self, values: Mapping[str, object]) -> None:
        """Write ``values`` atomically (every key must be a known setting).

        Raises:
            StorageWriteError: the file could not be written, or it is protected because
                it came from a newer calmfloor (``reason`` ``NEWER_FORMAT``).
            SettingValueError: a value does not fit its setting (a programming error).
            KeyError: an unknown key (a programming error).
        """
        checked = {key: coerce(spec(key), value) for key, value in values.items()}
        if self.read_only:
            raise refuse_write(self.path, self._file_problem)
        body = new_document(SETTINGS_FORMAT, SETTINGS_MIGRATIONS)
        body["settings"] = checked
        write_json_atomic(self.path, body)


@dataclass(frozen=True, slots=True)
class StateLoadResult:
    """What :meth:`StateStore.load` found.

    Attributes:
        values: the remembered state (empty when the file was missing or unusable).
        file_problem: what was wrong with the file, if anything (worth a log line only).
    """

    values: dict[str, JsonValue]
    file_problem: FileProblem | None = None


class StateStore:
    """Window state and other things the app remembers, apart from preferences.

    Values are any JSON value keyed by string; the typed getters return the fallback when a
    value is missing or of the wrong type, so a damaged state file can never stop the app.

    Args:
        path: the state file, usually ``AppPaths.state_file``.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.read_only = False
        self._values: dict[str, JsonValue] = {}
        self._file_problem: FileProblem | None = None

    def load(self, now: datetime | None = None) -> StateLoadResult:
        """Read the state file (forgiving like :meth:`SettingsStore.load`)."""
        doc = read_document(
            self.path, STATE_FORMAT, STATE_MIGRATIONS, aside_tag="unreadable", now=now
        )
        self.read_only = not doc.writable
        self._file_problem = doc.problem
        stored = doc.body.get("state", {}) if doc.body is not None else {}
        self._values = dict(stored) if isinstance(stored, dict) else {}
        return StateLoadResult(dict(self._values), doc.problem)

    @property
    def values(self) -> dict[str, JsonValue]:
        """A copy of every stored value."""
        return dict(self._values)

    def get(self, key: str, default: JsonValue = None) -> JsonValue:
        """The value of ``key``, or ``default``."""
        return self._values.get(key, default)

    def get_str(self, key: str, default: str = "") -> str:
        """The value of ``key`` if it is a string, else ``default``."""
        value = self._values.get(key)
        return value if isinstance(value, str) else default

    def get_bool(self, key: str, default: bool = False) -> bool:
        """The value of ``key`` if it is a bool, else ``default``."""
        value = self._values.get(key)
        return value if isinstance(value, bool) else default

    def set(self, key: str, value: JsonValue) -> None:
        """Remember ``value`` under ``key`` (in memory until :meth:`save`).

        Raises:
            TypeError, ValueError: ``value`` is not JSON-serialisable.
        """
        json.dumps(value, allow_nan=False)
        self._values[key] = value

    def remove(self, key: str) -> None:
        """Forget ``key`` (no error if it is not there)."""
        self._values.pop(key, None)

    def save(self) -> None:
        """Write all values atomically.

        Raises:
            StorageWriteError: the file could not be written or is protected.
        """
        if self.read_only:
            raise refuse_write(self.path, self._file_problem)
        body = new_document(STATE_FORMAT, STATE_MIGRATIONS)
        body["state"] = self._values
        write_json_atomic(self.path, body)
