"""CSV export: a spreadsheet reads back exactly what the history holds, and no formulas run."""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from calmfloor.core.session import Outcome, Ratings, SessionKind, SessionRecord
from calmfloor.storage.errors import StorageWriteError, WriteFailure
from calmfloor.storage.export_csv import (
    CSV_COLUMNS,
    csv_bytes,
    formula_safe,
    read_csv,
    write_csv,
)
from calmfloor.storage.history_db import HistoryStore

CEST = timezone(timedelta(hours=2))
IST = timezone(timedelta(hours=5, minutes=30))
PST = timezone(timedelta(hours=-8))
T0 = datetime(2026, 3, 29, 7, 30, 0, 654321, tzinfo=CEST)


def _sessions() -> list[SessionRecord]:
    """One session of every kind, with and without ratings, in three time zones."""
    return [
        SessionRecord(
            kind=SessionKind.BREATHING,
            started=T0,
            ended=T0 + timedelta(minutes=5, seconds=3),
            planned_s=300.0,
            actual_s=303.0,
            name="Resonance",
            outcome=Outcome.COMPLETED,
            breaths=28,
            ratings=Ratings(tension_before=6, tension_after=3, pain_before=4, pain_after=4),
        ),
        SessionRecord(
            kind=SessionKind.RELAX,
            started=datetime(2026, 3, 30, 21, 5, 9, tzinfo=IST),
            ended=datetime(2026, 3, 30, 21, 14, 0, tzinfo=IST),
            planned_s=600.0,
            actual_s=431.0,
            name='=HYPERLINK("http://evil","Calm hips")',
            outcome=Outcome.STOPPED,
            details={
                "steps_total": 8,
                "steps_completed": [0, 1, 2, 3, 4],
                "steps_skipped": [{"step": 5, "region": "pelvic_floor", "hurts": True}],
            },
            ratings=Ratings(pain_before=7),
        ),
        SessionRecord(
            kind=SessionKind.STRETCH,
            started=datetime(2026, 3, 31, 6, 0, 0, tzinfo=PST),
            ended=datetime(2026, 3, 31, 6, 4, 0, tzinfo=PST),
            planned_s=240.0,
            actual_s=240.0,
            name="Piriformis, gently",
            outcome=Outcome.COMPLETED,
            details={"steps_total": 3, "steps_completed": [0, 1, 2], "steps_skipped": []},
        ),
        SessionRecord(
            kind=SessionKind.HEAT,
            started=T0 + timedelta(days=3),
            ended=T0 + timedelta(days=3, minutes=20),
            planned_s=1200.0,
            actual_s=1200.0,
            name="Lower back",
            outcome=Outcome.COMPLETED,
            details={
                "area": "lower_back",
                "skin_checks_due": 3,
                "skin_checks_acknowledged": 2,
                "overrun_s": 0.0,
            },
            ratings=Ratings(tension_before=5, tension_after=2),
        ),
        SessionRecord(  # cut off by a crash: still running when exported
            kind=SessionKind.BREATHING,
            started=T0 + timedelta(days=4),
            planned_s=600.0,
            actual_s=61.0,
            name="@SUM(A1:A9)",
        ),
    ]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    with HistoryStore.open(tmp_path / "history.sqlite3") as db:
        for record in reversed(_sessions()):  # stored out of order on purpose
            db.add(record)
        yield db


def _expected(record: SessionRecord) -> dict[str, str]:
    def cell(value: object) -> str:
        return "" if value is None else str(value)

    details = record.details
    routine = record.kind in (SessionKind.RELAX, SessionKind.STRETCH)
    heat = record.kind is SessionKind.HEAT
    return {
        "id": str(record.id),
        "started": record.started.replace(microsecond=0).isoformat(),
        "ended": "" if record.ended is None else record.ended.replace(microsecond=0).isoformat(),
        "kind": record.kind.value,
        "practice": formula_safe(record.name),
        "outcome": record.outcome.value,
        "planned_minutes": f"{record.planned_s / 60:.1f}",
        "actual_minutes": f"{record.actual_s / 60:.1f}",
        "breaths": str(record.breaths) if record.kind is SessionKind.BREATHING else "",
        "steps_completed": str(len(details["steps_completed"])) if routine else "",
        "steps_skipped": str(len(details["steps_skipped"])) if routine else "",
        "skin_checks": str(details["skin_checks_acknowledged"]) if heat else "",
        "tension_before": cell(record.ratings.tension_before),
        "tension_after": cell(record.ratings.tension_after),
        "pain_before": cell(record.ratings.pain_before),
        "pain_after": cell(record.ratings.pain_after),
        "hurt_regions": "pelvic_floor" if record.kind is SessionKind.RELAX else "",
        "overrun_seconds": "0" if heat else "",
        "programme_item": "",
    }


def test_round_trip_equals_the_database(store: HistoryStore, tmp_path: Path) -> None:
    out = tmp_path / "export.csv"
    stored = store.sessions()  # newest first
    write_csv(stored, out)
    rows = read_csv(out)
    assert rows == [_expected(r) for r in reversed(stored)]  # oldest first
    # independent of read_csv: the csv module with the BOM stripped
    with out.open(encoding="utf-8-sig", newline="") as handle:
        parsed = list(csv.reader(handle))
    assert tuple(parsed[0]) == CSV_COLUMNS
    assert [int(row[0]) for row in parsed[1:]] == [r.id for r in reversed(stored)]


def test_the_file_is_utf8_with_bom_and_the_sessions_own_offsets(store: HistoryStore) -> None:
    data = csv_bytes(store.sessions())
    assert data.startswith(b"\xef\xbb\xbfid,started,ended,kind,practice,outcome,")
    lines = data.decode("utf-8-sig").split("\r\n")
    first_id = store.sessions()[-1].id
    assert lines[1] == (
        f"{first_id},2026-03-29T07:30:00+02:00,2026-03-29T07:35:03+02:00,breathing,Resonance,"
        "completed,5.0,5.0,28,,,,6,3,4,4,,,"
    )
    assert lines[-1] == ""  # the last row ends with CRLF too
    started = [line.split(",")[1] for line in lines[1:] if line]
    assert started == [
        "2026-03-29T07:30:00+02:00",
        "2026-03-30T21:05:09+05:30",
        "2026-03-31T06:00:00-08:00",
        "2026-04-01T07:30:00+02:00",
        "2026-04-02T07:30:00+02:00",
    ]


def test_cells_that_do_not_apply_are_empty(store: HistoryStore) -> None:
    rows = {
        r["kind"] + r["outcome"]: r
        for r in csv.DictReader(io.StringIO(csv_bytes(store.sessions()).decode("utf-8-sig")))
    }
    relax = rows["relaxstopped"]
    assert (relax["breaths"], relax["steps_completed"], relax["steps_skipped"]) == ("", "5", "1")
    assert (relax["skin_checks"], relax["tension_before"], relax["pain_before"]) == ("", "", "7")
    assert relax["actual_minutes"] == "7.2"  # 431 s, one decimal
    heat = rows["heatcompleted"]
    assert (heat["skin_checks"], heat["breaths"], heat["steps_completed"]) == ("2", "", "")
    running = rows["breathingrunning"]
    assert (running["ended"], running["pain_after"]) == ("", "")


@pytest.mark.parametrize(
    ("text", "safe"),
    [
        ("=1+2", "'=1+2"),
        ("+41 79", "'+41 79"),
        ("-cmd", "'-cmd"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("Calm hips", "Calm hips"),
        ("تنفس آرام", "تنفس آرام"),
        ("a=b", "a=b"),
        ("", ""),
    ],
)
def test_formula_safe(text: str, safe: str) -> None:
    assert formula_safe(text) == safe


def test_a_formula_in_a_name_is_written_as_text(store: HistoryStore, tmp_path: Path) -> None:
    out = tmp_path / "export.csv"
    write_csv(store.sessions(), out)
    names = [row["practice"] for row in read_csv(out)]
    assert names[1] == '\'=HYPERLINK("http://evil","Calm hips")'
    assert names[4] == "'@SUM(A1:A9)"
    assert not any(
        cell.startswith(("=", "+", "@")) for row in read_csv(out) for cell in row.values()
    )


def test_numbers_are_never_guarded() -> None:
    minus = SessionRecord(
        kind=SessionKind.BREATHING, started=T0, planned_s=60.0, actual_s=-0.0, name="-x", id=7
    )
    (row,) = csv.DictReader(io.StringIO(csv_bytes([minus]).decode("utf-8-sig")))
    assert row["practice"] == "'-x"
    assert row["actual_minutes"] == "-0.0"  # a number stays a number, even with a sign


def test_no_sessions_gives_the_header_only(tmp_path: Path) -> None:
    out = tmp_path / "empty.csv"
    write_csv([], out)
    assert out.read_bytes() == b"\xef\xbb\xbf" + ",".join(CSV_COLUMNS).encode() + b"\r\n"
    assert read_csv(out) == []


def test_a_directory_path_raises_and_leaves_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    with pytest.raises(StorageWriteError) as info:
        write_csv(_sessions(), folder)
    assert info.value.path == folder
    assert list(tmp_path.iterdir()) == [folder] and list(folder.iterdir()) == []


def test_a_missing_folder_or_a_file_in_the_path_raises(tmp_path: Path) -> None:
    with pytest.raises(StorageWriteError):
        write_csv(_sessions(), tmp_path / "nowhere" / "export.csv")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StorageWriteError) as info:
        write_csv(_sessions(), blocker / "export.csv")
    assert info.value.reason is WriteFailure.NOT_A_DIRECTORY


@pytest.mark.unprivileged
def test_a_read_only_folder_raises(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):
            pytest.skip("this user can write into any folder (root)")
        with pytest.raises(StorageWriteError) as info:
            write_csv(_sessions(), locked / "export.csv")
        assert info.value.reason is WriteFailure.PERMISSION_DENIED
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o700)


def test_a_full_disk_keeps_the_old_file(tmp_path: Path, file_size_limit: object) -> None:
    out = tmp_path / "export.csv"
    out.write_bytes(b"old")
    with file_size_limit(16), pytest.raises(StorageWriteError) as info:  # type: ignore[operator]
        write_csv(_sessions(), out)
    assert info.value.reason is WriteFailure.DISK_FULL
    assert out.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["export.csv"]


def test_read_csv_refuses_another_file(tmp_path: Path) -> None:
    other = tmp_path / "other.csv"
    other.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(ValueError, match="not a calmfloor history export"):
        read_csv(other)
