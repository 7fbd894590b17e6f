"""Anonymous kiosk counters: how many sessions of each kind started per local day, nothing else."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from calmfloor.core.session import SessionKind
from calmfloor.storage.errors import write_error
from calmfloor.storage.jsonfile import new_document, read_document, refuse_write, write_json_atomic
from calmfloor.storage.paths import make_private_dirs

KIOSK_COUNTERS_FILE_NAME = "kiosk-counters.json"
KIOSK_COUNTERS_FORMAT = "calmfloor-kiosk-counters"
MAX_DAYS = 800  # about two years of days; older days are dropped so the file stays small

DayCounts = dict[str, dict[str, int]]
"""``{"2026-01-05": {"breathing": 3, "relax": 1}}``: ISO local date -> session kind -> count."""


def kiosk_counters_file(data_dir: Path) -> Path:
    """Where the counters live: ``<data dir>/kiosk-counters.json``."""
    return data_dir / KIOSK_COUNTERS_FILE_NAME


class KioskCounters:
    """Sessions by kind per local day, for a clinic that allows counting (``anonymous_counters``).

    The file holds counts only: no times, names, patterns, routines or ratings. Each
    :meth:`record` reads, adds one and writes atomically, so two kiosks never share a
    file by accident and a crash loses at most one count. A damaged file is kept aside and
    counting starts again; a file from a newer calmfloor is left alone.

    Args:
        path: the counters file (see :func:`kiosk_counters_file`).
    """

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> DayCounts:
        """Every day's counts; empty when the file is missing or unusable."""
        doc = read_document(self.path, KIOSK_COUNTERS_FORMAT, aside_tag="unreadable")
        return _clean_days(doc.body.get("days") if doc.body is not None else None)

    def record(self, kind: SessionKind, day: date) -> None:
        """Count one session of ``kind`` on the local date ``day``.

        Raises:
            StorageWriteError: the file could not be written or is protected (a newer
                format); the caller goes on without counting.
        """
        doc = read_document(self.path, KIOSK_COUNTERS_FORMAT, aside_tag="unreadable")
        if not doc.writable:
            raise refuse_write(self.path, doc.problem)
        days = _clean_days(doc.body.get("days") if doc.body is not None else None)
        counts = days.setdefault(day.isoformat(), {})
        counts[kind.value] = counts.get(kind.value, 0) + 1
        kept = dict(sorted(days.items())[-MAX_DAYS:])
        body = new_document(KIOSK_COUNTERS_FORMAT)
        body["days"] = kept
        try:
            make_private_dirs(self.path.parent)
        except OSError as exc:
            raise write_error(self.path.parent, exc) from exc
        write_json_atomic(self.path, body)


def _clean_days(raw: object) -> DayCounts:
    """Only well-formed entries: ISO dates, known kinds, non-negative whole counts."""
    if not isinstance(raw, dict):
        return {}
    kinds = {kind.value for kind in SessionKind}
    days: DayCounts = {}
    for day, counts in raw.items():
        try:
            date.fromisoformat(str(day))
        except ValueError:
            continue
        if not isinstance(counts, dict):
            continue
        kept = {
            str(kind): count
            for kind, count in counts.items()
            if kind in kinds
            and isinstance(count, int)
            and not isinstance(count, bool)
            and count >= 0
        }
        if kept:
            days[str(day)] = kept
    return days
