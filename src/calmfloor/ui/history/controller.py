"""The History page's controller: every query, delete, restore and export behind the page."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Signal

from calmfloor.core.clock import Clock, SystemClock
from calmfloor.core.session import SessionRecord
from calmfloor.core.stats import (
    DayKindTotal,
    Measure,
    PracticeSeries,
    PracticeSummary,
    Range,
    RatingPoint,
    RatingSummary,
    bucket_for,
    calendar_weeks,
    current_streak,
    practice_series,
    practice_summary,
    practised_days,
    range_start,
)
from calmfloor.storage.errors import StorageError
from calmfloor.storage.history_backup import BackupInfo, list_backups
from calmfloor.storage.history_db import HistoryStore

if TYPE_CHECKING:
    from calmfloor.ui.history.programme_section import ProgrammeReview

HEAT_MAP_WEEKS = 26  # the calendar on the Consistency tab


def locale_week_start() -> int:
    """The locale's first day of the week, 0 = Monday ... 6 = Sunday."""
    return QLocale().firstDayOfWeek().value - 1


@dataclass(frozen=True)
class Consistency:
    """What the Consistency tab shows.

    Attributes:
        weeks: the calendar's weeks, oldest first, each a list of days.
        minutes: minutes practised per day of the calendar.
        flares: the worst flare per day of the calendar (0-10).
        streak: days in a row practised, up to today.
        days: the days practised in the calendar (or in the whole history for a long streak).
    """

    weeks: list[list[date]]
    minutes: dict[date, float]
    flares: dict[date, int]
    streak: int
    days: set[date]


class HistoryController(QObject):
    """Reads the history for a chosen range and changes it on the page's behalf.

    The page binds to it: it asks for the range's totals, ratings, sessions and programme
    review, and calls :meth:`delete`, :meth:`delete_all`, :meth:`restore` and the exports.
    Reads raise :class:`StorageError` for the page to word; nothing here shows a dialog.

    Args:
        store: the history database, or None when history is off this run.
        clock: gives today's date (``clock.wall()``); the system clock when None.
        parent: the Qt parent.
        export_enabled: exports are allowed (the clinic may turn them off).

    Signals:
        changed: the stored history changed (a delete, delete-all or restore).
    """

    changed = Signal()

    def __init__(
        self,
        store: HistoryStore | None,
        clock: Clock | None = None,
        parent: QObject | None = None,
        *,
        export_enabled: bool = True,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._clock: Clock = clock or SystemClock()
        self._export_enabled = export_enabled
        self._range = Range.MONTH
        self._today = self._clock.wall().date()
        self._start = self._today
        self._totals: list[DayKindTotal] = []
        self._points: list[RatingPoint] | None = None  # read when first needed
        self._has_history = False

    # ----- state ---------------------------------------------------------------------------

    @property
    def available(self) -> bool:
        """A history store is open this run."""
        return self._store is not None

    @property
    def read_only(self) -> bool:
        """The store is open read-only (nothing can be deleted)."""
        return self._store is not None and self._store.read_only

    @property
    def can_delete(self) -> bool:
        """Sessions can be deleted and backups restored."""
        return self._store is not None and not self._store.read_only

    @property
    def export_enabled(self) -> bool:
        """Exports are offered (an open store and the clinic allows them)."""
        return self._store is not None and self._export_enabled

    @property
    def has_history(self) -> bool:
        """At least one session was stored (as of the last :meth:`load`)."""
        return self._store is not None and self._has_history

    @property
    def range(self) -> Range:
        """The range shown."""
        return self._range

    @property
    def today(self) -> date:
        """Today, as of the last :meth:`load`."""
        return self._today

    @property
    def start(self) -> date:
        """The first day of the range shown."""
        return self._start

    @property
    def export_since(self) -> date | None:
        """The first day an export covers; None for all of the history."""
        return None if self._range is Range.ALL else self._start

    def set_range(self, rng: Range) -> bool:
        """Choose the range; True when it changed (then call :meth:`load`)."""
        if rng is self._range:
            return False
        self._range = rng
        return True

    # ----- reading ---------------------------------------------------------------------------

    def load(self) -> bool:
        """Read the range's daily totals; returns whether there is any history at all.

        Raises:
            StorageError: the history could not be read.
        """
        store = self._require()
        self._today = self._clock.wall().date()
        first_day = store.first_day()
        self._has_history = first_day is not None
        self._start = range_start(self._range, self._today, first_day)
        # All asks without a first day: the store keeps the whole history's totals for it
        since = None if self._range is Range.ALL else self._start
        self._totals = store.daily_totals(since, self._today)
        self._points = None
        return self._has_history

    def practice(self) -> PracticeSummary:
        """Days, minutes and sessions practised in the range."""
        return practice_summary(self._totals, self._start, self._today)

    def rating_summaries(self) -> dict[Measure, RatingSummary]:
        """The change in each rating over the range (aggregated in SQL)."""
        return self._require().rating_summaries(self._start, self._today)

    def practice_series(self, week_start: int) -> PracticeSeries:
        """The practice chart's bars for the range (days, or weeks for long ranges)."""
        return practice_series(
            self._totals, self._start, self._today, bucket_for(self._range), week_start
        )

    def rating_points(self) -> list[RatingPoint]:
        """The rated sessions of the range, oldest first (read once per load)."""
        if self._points is None:
            self._points = self._require().rating_points(self._start, self._today)
        return self._points

    def sessions(self) -> list[SessionRecord]:
        """The sessions of the range, newest first."""
        return self._require().sessions(since=self._start, until=self._today)

    def consistency(self, week_start: int) -> Consistency:
        """The streak and the calendar of the last :data:`HEAT_MAP_WEEKS` weeks."""
        store = self._require()
        weeks = calendar_weeks(self._today, HEAT_MAP_WEEKS, week_start)
        since = weeks[0][0]
        totals = store.daily_totals(since, self._today)
        days = practised_days(totals)
        streak = current_streak(days, self._today)
        if streak >= (self._today - since).days:
            # the streak runs past the calendar: count it over the whole history
            days = practised_days(store.daily_totals(None, self._today))
            streak = current_streak(days, self._today)
        minutes: dict[date, float] = {}
        for total in totals:
            minutes[total.day] = minutes.get(total.day, 0.0) + total.seconds / 60
        worst: dict[date, int] = {}
        for flare in store.flares(since, self._today):  # the flare log, on the calendar
            day = flare.at.date()
            worst[day] = max(worst.get(day, 0), flare.severity)
        return Consistency(weeks, minutes, worst, streak, days)

    def week_days(self) -> set[date] | None:
        """The days practised in the last week; None without history."""
        if self._store is None or not self._has_history:
            return None
        week_first = self._today - timedelta(days=7)
        return practised_days(self._store.daily_totals(week_first, self._today))

    def programme_review(self) -> ProgrammeReview:
        """The programme section (adherence, flares, skipped regions, heat) for the range."""
        from calmfloor.ui.history.programme_section import load_review

        store = self._require()
        sessions = store.sessions(since=self._start, until=self._today)
        return load_review(store, sessions, self._start, self._today, self._today)

    def unreadable_count(self) -> int:
        """Stored sessions that could not be read (0 when that cannot be told)."""
        if self._store is None:
            return 0
        try:
            return self._store.unreadable_count()
        except StorageError:
            return 0  # the page already says the history could not be read

    def backups(self) -> list[BackupInfo]:
        """The daily and pre-update backups, newest first."""
        return list_backups(self._require().path)

    # ----- changing --------------------------------------------------------------------------

    def delete(self, session_id: int) -> None:
        """Delete one session, then announce :attr:`changed`.

        Raises:
            StorageError: nothing was deleted.
        """
        self._require().delete(session_id)
        self.changed.emit()

    def delete_all(self) -> int:
        """Delete every session and rating, announce :attr:`changed`; returns how many.

        Raises:
            StorageError: nothing was deleted.
        """
        count = self._require().delete_all()
        self.changed.emit()
        return count

    def restore(self, backup: BackupInfo) -> Path:
        """Bring back ``backup``, announce :attr:`changed`; returns where the old history went.

        Raises:
            StorageError: the history was not changed.
        """
        aside = self._require().restore(backup.path)
        self.changed.emit()
        return aside

    def export_csv(self, path: Path) -> int:
        """Save the sessions of the range, oldest first, as CSV; returns how many.

        Raises:
            StorageWriteError: the file could not be written.
            StorageError: the history could not be read.
        """
        from calmfloor.storage.export_csv import write_csv
        from calmfloor.storage.programme_store import counted_for

        store = self._require()
        records = store.sessions(since=self.export_since, until=self._today)
        write_csv(list(reversed(records)), path, counted_for(store))
        return len(records)

    def export_pdf(self, path: Path, patient_name: str = "") -> int:
        """Save the PDF report of the range; returns its page count.

        Raises:
            StorageWriteError: the file could not be written.
            StorageError: the history could not be read.
        """
        from calmfloor.ui.history.report import load_report_data, write_pdf_report

        data = load_report_data(self._require(), self.export_since, self._today, self._today)
        data = dataclasses.replace(data, patient_name=patient_name)
        return write_pdf_report(data, path, QLocale(), locale_week_start())

    def _require(self) -> HistoryStore:
        if self._store is None:
            raise RuntimeError("history is off this run: nothing to read")
        return self._store
