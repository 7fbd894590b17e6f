"""Session history as CSV for spreadsheets: UTF-8 with BOM, ISO-8601 times, formula-safe."""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from calmfloor.core.session import SessionKind, SessionRecord
from calmfloor.storage.jsonfile import write_bytes_atomic
from calmfloor.storage.safefile import read_regular_file

CSV_ENCODING = "utf-8-sig"  # the BOM tells spreadsheets the file is UTF-8
CSV_COLUMNS: tuple[str, ...] = (
    "id",
    "started",
    "ended",
    "kind",
    "practice",
    "outcome",
    "planned_minutes",
    "actual_minutes",
    "breaths",
    "steps_completed",
    "steps_skipped",
    "skin_checks",
    "tension_before",
    "tension_after",
    "pain_before",
    "pain_after",
    "hurt_regions",
    "overrun_seconds",
    "programme_item",
)
"""The columns, in order; README.md ("Exporting your history") says what each one holds."""

CSV_COLUMNS_BEFORE_PROGRAMMES = CSV_COLUMNS[:16]
"""The header of exports made before programmes: :func:`read_csv` still reads them."""

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")  # OWASP "CSV injection"
FORMULA_GUARD = "'"
MINUTES_DECIMALS = 1
MAX_CSV_READ_BYTES = 64 * 1024 * 1024
_ROUTINE_KINDS = (SessionKind.RELAX, SessionKind.STRETCH)


def formula_safe(text: str) -> str:
    """``text`` made inert for spreadsheets: a leading apostrophe when it could start a formula.

    Only free text goes through this; numbers are written as they are.
    """
    return FORMULA_GUARD + text if text.startswith(FORMULA_PREFIXES) else text


def _time_text(moment: datetime | None) -> str:
    """ISO-8601 to the second, in the session's own UTC offset (``2026-03-29T07:30:00+02:00``)."""
    return "" if moment is None else moment.replace(microsecond=0).isoformat()


def _minutes_text(seconds: float) -> str:
    return f"{seconds / 60:.{MINUTES_DECIMALS}f}"


def _optional(value: int | None) -> str:
    return "" if value is None else str(value)


def _list_length(details: dict[str, Any], key: str) -> str:
    value = details.get(key)
    return str(len(value)) if isinstance(value, list) else ""


def _count(details: dict[str, Any], key: str) -> str:
    value = details.get(key)
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else ""


def _hurt_regions(details: dict[str, Any]) -> str:
    """The regions skipped because they hurt, in step order, joined by ``;``."""
    skipped = details.get("steps_skipped")
    if not isinstance(skipped, list):
        return ""
    regions = [
        step["region"]
        for step in skipped
        if isinstance(step, dict)
        and step.get("hurts") is True
        and isinstance(step.get("region"), str)
    ]
    return formula_safe(";".join(regions))


def _overrun(details: dict[str, Any]) -> str:
    value = details.get("overrun_s")
    if isinstance(value, bool) or not isinstance(value, int | float):
        return ""
    return f"{value:.0f}"


def _row(record: SessionRecord, counted_for: Mapping[int, str]) -> list[str]:
    details = record.details
    routine = record.kind in _ROUTINE_KINDS
    ratings = record.ratings
    return [
        _optional(record.id),
        _time_text(record.started),
        _time_text(record.ended),
        record.kind.value,
        formula_safe(record.name),
        record.outcome.value,
        _minutes_text(record.planned_s),
        _minutes_text(record.actual_s),
        str(record.breaths) if record.kind is SessionKind.BREATHING else "",
        _list_length(details, "steps_completed") if routine else "",
        _list_length(details, "steps_skipped") if routine else "",
        _count(details, "skin_checks_acknowledged") if record.kind is SessionKind.HEAT else "",
        _optional(ratings.tension_before),
        _optional(ratings.tension_after),
        _optional(ratings.pain_before),
        _optional(ratings.pain_after),
        _hurt_regions(details) if routine else "",
        _overrun(details) if record.kind is SessionKind.HEAT else "",
        formula_safe(counted_for.get(record.id, "")) if record.id is not None else "",
    ]


def _oldest_first(record: SessionRecord) -> tuple[datetime, int]:
    return record.started, record.id or 0


def csv_bytes(
    records: Sequence[SessionRecord], counted_for: Mapping[int, str] | None = None
) -> bytes:
    """The CSV file for ``records``: a header row, then one row per session, oldest first.

    UTF-8 with a byte-order mark, comma separated, CRLF line ends (RFC 4180). An empty cell
    means "not applicable" or "not rated".

    Args:
        records: the sessions.
        counted_for: by session id, the programme item it counted for
            (``programme-id/item-id``, see
            :func:`calmfloor.storage.programme_store.counted_for`).
    """
    counted = counted_for or {}
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerows(_row(record, counted) for record in sorted(records, key=_oldest_first))
    return buffer.getvalue().encode(CSV_ENCODING)


def write_csv(
    records: Sequence[SessionRecord],
    path: Path,
    counted_for: Mapping[int, str] | None = None,
) -> None:
    """Write ``records`` as CSV to ``path``, all or nothing (see :func:`csv_bytes`).

    Args:
        records: the sessions, in any order.
        path: the file to write; an existing file is replaced.

    Raises:
        StorageWriteError: the file could not be written (a read-only folder, a folder
            that does not exist, a directory at ``path``, a full disk).
    """
    write_bytes_atomic(path, csv_bytes(records, counted_for))


def read_csv(path: Path) -> list[dict[str, str]]:
    """The rows of a CSV file written by :func:`write_csv`, as ``{column: cell}``.

    Raises:
        FileReadError: it could not be read (also a pipe, a device or over
            :data:`MAX_CSV_READ_BYTES`).
        ValueError: it is not UTF-8 or its header is not :data:`CSV_COLUMNS`.
    """
    text = read_regular_file(path, MAX_CSV_READ_BYTES).decode("utf-8")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if tuple(reader.fieldnames or ()) not in (CSV_COLUMNS, CSV_COLUMNS_BEFORE_PROGRAMMES):
        raise ValueError(f"{path}: not a calmfloor history export (header {reader.fieldnames})")
    return list(reader)
