"""The programme model: the active programme, today's status and the flare log.

Reads and writes through the history store; everything it computes comes from the pure
functions of :mod:`calmfloor.core.adherence`, at the time of the injected clock.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from calmfloor.core.clock import Clock
from calmfloor.storage.errors import StorageError
from calmfloor.storage.history_db import HistoryStore

if TYPE_CHECKING:
    from calmfloor.core.adherence import ProgrammeSpan, TodayStatus
    from calmfloor.core.programme import FlareEntry, Programme, ProgrammeItem
    from calmfloor.core.routine import Problem  # an annotation: no routine model at start-up

LOOK_BACK_DAYS = 8  # sessions read for today's status: the longest period (a week) and a day


class ProgrammeController(QObject):
    """The active programme and today's status, refreshed on demand.

    Args:
        history: the history store (None: history is off, so no programme).
        clock: the clock (its ``wall()`` is local and timezone-aware).
        clinic_dir: the clinic's folder of programmes (policy ``clinic_programmes_dir``).

    Signals:
        changed(): the programme or today's status changed.
        start_requested(object): start this :class:`ProgrammeItem` (the shell does it).
        flare_logged(object): a :class:`FlareEntry` was saved.
        save_failed(object): a :class:`StorageWriteError`.
    """

    changed = Signal()
    start_requested = Signal(object)
    flare_logged = Signal(object)
    save_failed = Signal(object)

    def __init__(
        self,
        history: HistoryStore | None,
        clock: Clock,
        parent: QObject | None = None,
        *,
        clinic_dir: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self._history = history
        self._clock = clock
        self._clinic_dir = clinic_dir
        self._spans: list[ProgrammeSpan] = []
        self._status: TodayStatus | None = None
        self.problems: list[Problem] = []
        self.reload()

    @property
    def available(self) -> bool:
        """Whether programmes can be kept (history is on)."""
        return self._history is not None and not self._history.read_only

    @property
    def status(self) -> TodayStatus | None:
        """Today's status, None when no programme runs today."""
        return self._status

    @property
    def programme(self) -> Programme | None:
        """The programme in force today, or the latest one made active."""
        if self._status is not None:
            return self._status.programme
        return self._spans[-1].programme if self._spans else None

    def reload(self) -> None:
        """Read the programmes and the last week's sessions again."""
        store = self._history
        self._spans, self._status, self.problems = [], None, []
        try:
            # the usual start has no programme: adherence and programme files stay unloaded
            if store is not None and store.programmes():
                self._load(store)
        except StorageError:
            self._spans, self._status = [], None
        self.changed.emit()

    def _load(self, store: HistoryStore) -> None:
        from calmfloor.core.adherence import today_status
        from calmfloor.storage.programme_store import programme_spans

        now = self._clock.wall()
        self._spans, self.problems = programme_spans(store)
        if self._spans:
            records = store.sessions(
                since=now.date() - timedelta(days=LOOK_BACK_DAYS), until=now.date()
            )
            self._status = today_status(self._spans, records, now)

    def import_file(
        self,
        path: Path,
        routines: Collection[str] | None = None,
        patterns: Collection[str] | None = None,
    ) -> list[Problem]:
        """Check ``path`` and make it the active programme; its problems when it is refused.

        Raises:
            StorageWriteError: the history could not be written.
        """
        if self._history is None:
            return []
        from calmfloor.storage.programme_store import import_programme

        programme, problems = import_programme(
            self._history, path, self._clock.wall(), routines=routines, patterns=patterns
        )
        if programme is not None:
            self.reload()
        return problems

    def clinic_programmes(self) -> tuple[list[tuple[Path, Programme]], list[Problem]]:
        """The programmes the clinic offers, read again at each call, and the problems of
        the files that are not offered.

        None without a clinic folder or a history; a programme that has ended, or the one
        in force, is not offered again.
        """
        if self._clinic_dir is None or not self.available:
            return [], []
        from calmfloor.storage.programme_store import clinic_programmes

        offered, problems = clinic_programmes(self._clinic_dir)
        today = self._clock.wall().date()
        current = self.programme
        return [
            (path, programme)
            for path, programme in offered
            if programme.end >= today and programme != current
        ], problems

    def start(self, item: ProgrammeItem) -> None:
        """Ask the shell to start ``item`` with its prescribed settings."""
        self.start_requested.emit(item)

    def log_flare(self, severity: int, trigger: str) -> FlareEntry | None:
        """Save a flare now; None (and ``save_failed``) when it could not be saved."""
        from calmfloor.core.programme import FlareEntry

        entry = FlareEntry(self._clock.wall(), severity, trigger)
        if self._history is None:
            return None
        try:
            stored = self._history.add_flare(entry)
        except StorageError as exc:
            self.save_failed.emit(exc)
            return None
        saved = FlareEntry(entry.at, entry.severity, entry.trigger, stored)
        self.flare_logged.emit(saved)
        return saved

    def recent_flares(self, limit: int = 5) -> list[FlareEntry]:
        """The latest flares, newest first."""
        if self._history is None:
            return []
        try:
            return list(reversed(self._history.flares()))[:limit]
        except StorageError:
            return []
