"""Qt models over the stored preferences and patterns: one source of truth, change signals."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal

from calmfloor.core.breathing import PRESETS, BreathPattern
from calmfloor.core.settings import SettingValue, TypedSettings, coerce, spec
from calmfloor.storage.errors import StorageWriteError


class SettingsModel(QObject, TypedSettings):
    """The user's preferences. Every change is checked, saved at once, and announced.

    Read them through the typed getters (``get_bool``, ``get_int``, ``get_float``,
    ``get_choice``, ``get_times``), which refuse a key of another kind.

    Args:
        values: a complete set of valid values (from ``SettingsStore.load``).
        save: writes all values (``SettingsStore.save``), or None to keep them in memory.

    Signals:
        changed(str, object): setting ``key`` now has ``value``.
        save_failed(object): a ``StorageWriteError``; the change still applies this run.
    """

    changed = Signal(str, object)
    save_failed = Signal(object)

    def __init__(
        self,
        values: dict[str, SettingValue],
        save: Callable[[dict[str, SettingValue]], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._values = dict(values)
        self._save = save
        self._locked: set[str] = set()
        self._own: dict[str, SettingValue] = {}  # the user's values the policy covers

    def value(self, key: str) -> Any:  # the caller knows the key's kind (int(), float()...)
        """The current value of ``key`` (a ``SettingValue`` of the key's declared kind)."""
        return self._values[key]

    def as_dict(self) -> dict[str, SettingValue]:
        """A copy of every value."""
        return dict(self._values)

    def is_locked(self, key: str) -> bool:
        """True when ``key`` may not be changed (set by the clinic policy)."""
        return key in self._locked

    def apply_policy(self, values: Mapping[str, SettingValue], locked: Iterable[str]) -> None:
        """Apply the clinic policy: set its values, then lock its keys.

        The policy's values are announced but never saved: the user's own values are what
        a later save writes for them, so removing the policy restores the user's choices.

        Args:
            values: setting values from the policy (already checked).
            locked: keys patients may not change; a locked key without a policy value
                is locked at its default.

        Raises:
            SettingValueError: a value does not fit its setting.
        """
        locked = set(locked)
        checked = {key: spec(key).default for key in locked if key not in values}
        checked.update((key, coerce(spec(key), value)) for key, value in values.items())
        for key, value in checked.items():
            self._own.setdefault(key, self._values[key])
            if self._values[key] != value:
                self._values[key] = value
                self.changed.emit(key, value)
        self._locked.update(locked)

    def apply_recommended(self, values: Mapping[str, SettingValue]) -> None:
        """Apply the clinic's recommended values: defaults the patient may change.

        A recommendation replaces a value only while the patient has not chosen one of
        their own (the stored value is still the built-in default), and never a locked
        one. Like a policy value it is shown but not saved, so a later change of the
        recommendation reaches everyone who never chose; a patient's own change is saved.

        Raises:
            SettingValueError: a value does not fit its setting.
        """
        for key, value in values.items():
            setting = spec(key)
            checked = coerce(setting, value)
            if key in self._locked or key in self._own or self._values[key] != setting.default:
                continue
            self._own[key] = self._values[key]
            if checked != self._values[key]:
                self._values[key] = checked
                self.changed.emit(key, checked)

    def set_value(self, key: str, value: object) -> None:
        """Check, apply, save and announce a new value; unchanged values are ignored.

        Raises:
            SettingValueError: ``value`` does not fit the setting.
        """
        checked = coerce(spec(key), value)
        if self._values.get(key) == checked or key in self._locked:
            return
        self._values[key] = checked
        self._own.pop(key, None)  # the user's own choice now, over an unlocked policy value
        if self._save is not None:
            try:
                self._save({**self._values, **self._own})
            except StorageWriteError as exc:
                self.save_failed.emit(exc)
        self.changed.emit(key, checked)


class PatternLibrary(QObject):
    """The built-in presets followed by the user's own patterns.

    Args:
        user_patterns: the user's patterns as loaded.
        save: writes the user's patterns (``PatternStore.save``), or None.

    Signals:
        patterns_changed(): the list changed (added, edited, deleted).
        save_failed(object): a ``StorageWriteError``; the change still applies this run.
    """

    patterns_changed = Signal()
    save_failed = Signal(object)

    def __init__(
        self,
        user_patterns: Sequence[BreathPattern] = (),
        save: Callable[[list[BreathPattern]], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._user = [p for p in user_patterns if not p.builtin]
        self._save = save

    def all(self) -> list[BreathPattern]:
        """Presets first, then the user's patterns in the order they were made."""
        return [*PRESETS, *self._user]

    def user_patterns(self) -> list[BreathPattern]:
        """Only the user's own patterns."""
        return list(self._user)

    def find(self, name: str) -> BreathPattern | None:
        """The pattern called ``name`` (case-insensitive), or None."""
        for pattern in self.all():
            if pattern.name.casefold() == name.casefold():
                return pattern
        return None

    def name_taken(self, name: str, ignore: str | None = None) -> bool:
        """True when another pattern already uses ``name``."""
        folded = name.strip().casefold()
        return any(
            p.name.casefold() == folded
            for p in self.all()
            if ignore is None or p.name.casefold() != ignore.casefold()
        )

    def put(self, pattern: BreathPattern, replacing: str | None = None) -> None:
        """Add ``pattern``, or replace the user pattern called ``replacing``."""
        if pattern.builtin:
            raise ValueError("built-in presets cannot be changed")
        if self.name_taken(pattern.name, ignore=replacing):
            raise ValueError(f"a pattern called {pattern.name!r} exists")
        if replacing is not None:
            self._user = [
                pattern if p.name.casefold() == replacing.casefold() else p for p in self._user
            ]
        else:
            self._user.append(pattern)
        self._commit()

    def delete(self, name: str) -> None:
        """Delete the user pattern called ``name``."""
        self._user = [p for p in self._user if p.name.casefold() != name.casefold()]
        self._commit()

    def _commit(self) -> None:
        if self._save is not None:
            try:
                self._save(list(self._user))
            except StorageWriteError as exc:
                self.save_failed.emit(exc)
        self.patterns_changed.emit()
