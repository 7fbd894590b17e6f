"""Programme files read like routine files; programmes and the flare log kept in history."""

from __future__ import annotations

import os
import sqlite3
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from calmfloor.core.programme import FlareEntry
from calmfloor.core.session import Outcome, SessionKind, SessionRecord
from calmfloor.storage import history_db
from calmfloor.storage.history_backup import list_backups
from calmfloor.storage.history_db import SCHEMA_VERSION, HistoryStore
from calmfloor.storage.programme_store import (
    MAX_FILE_BYTES,
    clinic_programmes,
    import_programme,
    programme_spans,
    read_programme_file,
)
from readme_examples import programme_example

README = Path(__file__).resolve().parents[2] / "README.md"
CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))


@pytest.fixture
def example(tmp_path: Path) -> Path:
    path = tmp_path / "programme.toml"
    path.write_text(programme_example(), encoding="utf-8")
    return path


def test_a_good_file_reads_with_a_byte_order_mark_too(example: Path) -> None:
    programme, problems = read_programme_file(example)
    assert problems == [] and programme is not None and programme.id == "pelvic-release"
    example.write_bytes(b"\xef\xbb\xbf" + example.read_bytes())
    assert read_programme_file(example)[1] == []


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (None, "the file does not exist."),
        ("folder", "this is a folder, not a programme file."),
        (b"\xff\xfef\x00o\x00", "the file is saved as UTF-16; save it as UTF-8 text instead."),
        (b"id = 1\n\xe9\n", "line 2 has a byte that is not UTF-8 (0xE9 at byte offset 7)"),
        (b"id = [", "this is not valid TOML:"),
        (b"# nothing\n", "the file is empty (or only comments); it holds no programme."),
        (b"#" * (MAX_FILE_BYTES + 1), "the file is larger than 64 KiB"),
    ],
)
def test_a_file_that_cannot_be_read_says_why(
    tmp_path: Path, content: bytes | str | None, expected: str
) -> None:
    path = tmp_path / "p.toml"
    if content == "folder":
        path.mkdir()
    elif isinstance(content, bytes):
        path.write_bytes(content)
    programme, problems = read_programme_file(path)
    assert programme is None
    (problem,) = problems
    assert str(problem).startswith(f"{path}: {expected}")


def test_references_are_checked_against_what_calmfloor_offers(example: Path) -> None:
    programme, problems = read_programme_file(
        example, routines={"release-only"}, patterns={"Pelvic-floor drop"}
    )
    assert programme is None
    assert [str(problem) for problem in problems] == [
        f'{example}: item 3 ("piriformis"), key "routine": calmfloor has no routine id '
        '"piriformis-stretch" (built-in, clinic or the patient\'s own).'
    ]


def test_importing_a_new_programme_keeps_the_old_one(tmp_path: Path, example: Path) -> None:
    second = tmp_path / "second.toml"
    second.write_text(
        programme_example().replace('id = "pelvic-release"', 'id = "pelvic-release-2"'),
        encoding="utf-8",
    )
    with HistoryStore.open(tmp_path / "history.sqlite3") as store:
        first_at = datetime(2026, 3, 2, 9, 0, tzinfo=CET)
        programme, problems = import_programme(store, example, first_at)
        assert problems == [] and programme is not None
        bad = tmp_path / "bad.toml"
        bad.write_text("format = 1\n", encoding="utf-8")
        assert import_programme(store, bad, first_at)[0] is None  # nothing stored
        second_at = datetime(2026, 3, 30, 8, 0, tzinfo=CEST)
        assert import_programme(store, second, second_at)[1] == []
        spans, problems = programme_spans(store)
    assert problems == []
    assert [(span.programme.id, span.activated) for span in spans] == [
        ("pelvic-release", first_at),
        ("pelvic-release-2", second_at),
    ]
    assert spans[1].activated.utcoffset() == timedelta(hours=2)


def test_a_stored_programme_this_version_cannot_read_is_left_out(tmp_path: Path) -> None:
    with HistoryStore.open(tmp_path / "history.sqlite3") as store:
        store.activate_programme(
            "format = 9\n", "future", "Future", datetime(2026, 3, 1, tzinfo=CET)
        )
        spans, problems = programme_spans(store)
    assert spans == []
    assert "written for a newer calmfloor" in str(problems[0])
    assert str(problems[0]).startswith("programme future (made active 2026-03-01)")


def test_the_flare_log_keeps_local_days(tmp_path: Path) -> None:
    with HistoryStore.open(tmp_path / "history.sqlite3") as store:
        late = FlareEntry(datetime(2026, 3, 28, 23, 30, tzinfo=CET), 7, "long drive")
        early = FlareEntry(datetime(2026, 3, 30, 0, 30, tzinfo=CEST), 5)
        first = store.add_flare(late)
        second = store.add_flare(early)
        assert [
            (entry.id, entry.at, entry.severity, entry.trigger) for entry in store.flares()
        ] == [
            (first, late.at, 7, "long drive"),
            (second, early.at, 5, ""),
        ]
        assert [entry.at.day for entry in store.flares(since=date(2026, 3, 30))] == [30]
        assert [entry.severity for entry in store.flares(until=date(2026, 3, 29))] == [7]
        assert store.flares()[1].at.utcoffset() == timedelta(hours=2)
        assert store.delete_flare(first) and not store.delete_flare(first)
        assert len(store.flares()) == 1


def test_deleting_all_data_removes_flares_and_programmes(tmp_path: Path, example: Path) -> None:
    with HistoryStore.open(tmp_path / "history.sqlite3") as store:
        import_programme(store, example, datetime(2026, 3, 2, tzinfo=CET))
        store.add_flare(FlareEntry(datetime(2026, 3, 3, 14, tzinfo=CET), 8, "stress"))
        store.delete_all()
        assert store.flares() == [] and store.programmes() == []
    raw = (tmp_path / "history.sqlite3").read_bytes()
    assert b"stress" not in raw and b"pelvic-release" not in raw


def test_a_version_2_history_is_backed_up_and_migrated_with_its_sessions(tmp_path: Path) -> None:
    path = tmp_path / "data" / "history.sqlite3"
    path.parent.mkdir()
    conn = sqlite3.connect(path, isolation_level=None)
    for migrate in history_db.MIGRATIONS[:2]:  # exactly as the calmfloor before programmes
        migrate(conn)
    conn.execute(
        "INSERT INTO sessions (kind, name, started_utc, utc_offset_min, ended_utc, planned_s, "
        "actual_s, outcome, updated_utc, details_json) VALUES ('relax', 'Release only', "
        "'2026-03-02T17:30:00.000000Z', 60, '2026-03-02T17:40:00.000000Z', 600, 600, "
        "'completed', '2026-03-02T17:40:00.000000Z', "
        '\'{"steps_skipped": [{"step": 7, "region": "pelvic_floor", "hurts": true}]}\')'
    )
    conn.execute("PRAGMA user_version = 2")
    conn.close()
    with HistoryStore.open(path, read_only=True) as reader:  # export: migrated in memory
        assert [record.name for record in reader.sessions()] == ["Release only"]
        assert reader.flares() == []
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 2
    with HistoryStore.open(path) as store:
        (old,) = store.sessions()
        assert old.details["steps_skipped"][0]["region"] == "pelvic_floor"
        assert old.started.utcoffset() == timedelta(hours=1)
        store.add(
            SessionRecord(
                kind=SessionKind.HEAT,
                started=datetime(2026, 3, 3, 15, tzinfo=CET),
                planned_s=900,
                outcome=Outcome.COMPLETED,
            )
        )
        store.add_flare(FlareEntry(datetime(2026, 3, 3, 14, tzinfo=CET), 6))
        assert store.count() == 2 and len(store.flares()) == 1
    assert history_db.inspect_database(path) == SCHEMA_VERSION == 3
    (backup,) = list_backups(path)
    assert backup.before_version == 3
    copy = sqlite3.connect(backup.path)
    assert copy.execute("PRAGMA user_version").fetchone()[0] == 2
    assert copy.execute("SELECT COUNT(*) FROM sessions").fetchone()[0] == 1
    copy.close()


def test_the_csv_names_the_item_each_session_counted_for(tmp_path: Path, example: Path) -> None:
    import csv
    import io

    from calmfloor.storage.export_csv import csv_bytes, read_csv
    from calmfloor.storage.programme_store import counted_for

    def relax(hour: int, **details: object) -> SessionRecord:
        return SessionRecord(
            kind=SessionKind.RELAX,
            started=datetime(2026, 3, 2, hour, tzinfo=CET),
            planned_s=600,
            actual_s=600,
            name="Release only",
            params={"routine_id": "release-only"},
            outcome=Outcome.COMPLETED,
            details=dict(details),
        )

    with HistoryStore.open(tmp_path / "history.sqlite3") as store:
        assert counted_for(store) == {}
        hurt = [{"step": 7, "region": "pelvic_floor", "hurts": True}]
        hurt += [{"step": 3, "region": "glutes", "hurts": True}]
        hurt += [{"step": 1, "region": "feet", "hurts": False}]
        first = store.add(relax(18, steps_skipped=hurt))
        store.add(relax(19))  # a second one the same day: not asked for
        import_programme(store, example, datetime(2026, 3, 1, 12, tzinfo=CET))
        mapping = counted_for(store)
        data = csv_bytes(store.sessions(), mapping)
    assert mapping == {first: "pelvic-release/release-routine"}
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert [(row["programme_item"], row["hurt_regions"]) for row in rows] == [
        ("pelvic-release/release-routine", "pelvic_floor;glutes"),
        ("", ""),
    ]
    old = tmp_path / "old.csv"  # an export from before programmes is still read
    old.write_bytes(
        b"\xef\xbb\xbf"
        + data.decode("utf-8-sig")
        .replace(",hurt_regions,overrun_seconds,programme_item", "")
        .replace(",pelvic_floor;glutes,,pelvic-release/release-routine", "")
        .replace(",,,\r\n", "\r\n")
        .encode()
    )
    assert [row["id"] for row in read_csv(old)] == [str(first), str(first + 1)]


def test_the_clinic_folder_offers_its_good_programmes_and_says_why_not_the_others(
    tmp_path: Path,
) -> None:
    """A clinic folder with a good file, a broken one, a FIFO and a note: only the good one
    is offered, and every file that is not says why, naming the file."""
    folder = tmp_path / "programmes"
    folder.mkdir()
    text = programme_example()
    (folder / "b-release.toml").write_text(text, encoding="utf-8")
    other = text.replace('title = "', 'title = "A ', 1).replace('id = "pelvic-release"', 'id = "a"')
    (folder / "a-copy.toml").write_text(other, encoding="utf-8")
    (folder / "broken.toml").write_text("id = [", encoding="utf-8")
    os.mkfifo(folder / "fifo.toml")
    (folder / "readme.txt").write_text("not a programme", encoding="utf-8")
    offered, problems = clinic_programmes(folder)
    assert [path.name for path, _programme in offered] == ["a-copy.toml", "b-release.toml"]
    assert offered[0][1].title.startswith("A ")
    assert {Path(problem.source).name for problem in problems} == {"broken.toml", "fifo.toml"}


@pytest.mark.parametrize("kind", ["missing", "file"])
def test_a_clinic_folder_that_is_not_there_is_one_problem_not_a_crash(
    tmp_path: Path, kind: str
) -> None:
    folder = tmp_path / "programmes"
    if kind == "file":
        folder.write_text("x", encoding="utf-8")
    offered, problems = clinic_programmes(folder)
    assert offered == [] and len(problems) == 1 and problems[0].source == str(folder)
