"""Tests for the history store's aggregate queries, ranges, delete-all and the data factory."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from history_factory import make_history

from calmfloor.core.session import Outcome, Ratings, SessionKind, SessionRecord
from calmfloor.core.stats import (
    DayKindTotal,
    Measure,
    is_meaningful_drop,
    rating_summary,
    totals_from_records,
)
from calmfloor.storage.errors import StorageWriteError
from calmfloor.storage.history_db import HistoryStore

OFFSETS = tuple(
    timezone(timedelta(minutes=m)) for m in (60, 120, -300, 330)
)  # +01:00 +02:00 -05:00 +05:30
MINUS5, PLUS530 = OFFSETS[2], OFFSETS[3]
BERLIN = ZoneInfo("Europe/Berlin")
KINDS = tuple(SessionKind)
SECRET = "ZQXJ-private"


def record(
    started: datetime,
    seconds: float = 600.0,
    kind: SessionKind = SessionKind.BREATHING,
    name: str = "Resonance",
    ratings: Ratings | None = None,
) -> SessionRecord:
    return SessionRecord(
        kind=kind,
        started=started,
        planned_s=seconds,
        name=name,
        ended=started + timedelta(seconds=seconds),
        actual_s=seconds,
        outcome=Outcome.COMPLETED,
        ratings=ratings or Ratings(),
    )


def mixed_records(count: int, seed: int = 3) -> list[SessionRecord]:
    """Sessions over two weeks in four offsets, many of them close to local midnight."""
    rng = random.Random(seed)
    records = []
    for _ in range(count):
        tz = rng.choice(OFFSETS)
        minute = rng.choice([0, 1, 30, 23 * 60 + 59, 23 * 60 + 30, rng.randrange(24 * 60)])
        started = datetime(2026, 3, 20, tzinfo=tz) + timedelta(
            days=rng.randrange(14), minutes=minute
        )
        records.append(record(started, 30.0 * rng.randint(1, 40), rng.choice(KINDS)))
    return records


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    with HistoryStore.open(tmp_path / "history.sqlite3") as opened:
        yield opened


# -- daily totals -------------------------------------------------------------------------


def test_daily_totals_equal_a_python_aggregation_in_mixed_offsets(store: HistoryStore) -> None:
    records = mixed_records(400)
    store.add_many(records)

    totals = store.daily_totals()

    assert totals == totals_from_records(records)
    assert sum(t.sessions for t in totals) == 400
    assert len({t.day for t in totals}) > 10


def test_sessions_land_on_their_local_day_across_clock_changes(store: HistoryStore) -> None:
    store.add_many(
        [
            record(datetime(2026, 3, 29, 0, 30, tzinfo=BERLIN), 60),  # 28th 23:30 UTC
            record(datetime(2026, 3, 29, 3, 30, tzinfo=BERLIN), 120),
            record(datetime(2026, 3, 29, 23, 30, tzinfo=BERLIN), 240),
            record(datetime(2026, 10, 25, 0, 30, tzinfo=BERLIN), 60),  # 24th 22:30 UTC
            record(datetime(2026, 10, 25, 2, 30, fold=0, tzinfo=BERLIN), 120),
            record(datetime(2026, 10, 25, 2, 30, fold=1, tzinfo=BERLIN), 240),
            record(datetime(2026, 10, 25, 23, 30, tzinfo=BERLIN), 480),
        ]
    )

    assert store.daily_totals() == [
        DayKindTotal(date(2026, 3, 29), SessionKind.BREATHING, 420.0, 3),
        DayKindTotal(date(2026, 10, 25), SessionKind.BREATHING, 900.0, 4),
    ]


def test_day_bounds_are_inclusive_local_days(store: HistoryStore) -> None:
    records = mixed_records(300, seed=8)
    store.add_many(records)
    since, until = date(2026, 3, 24), date(2026, 3, 27)

    expected = [t for t in totals_from_records(records) if since <= t.day <= until]

    assert store.daily_totals(since, until) == expected
    assert {t.day for t in expected} == {since + timedelta(days=n) for n in range(4)}
    assert store.daily_totals(since=since) == [
        t for t in totals_from_records(records) if t.day >= since
    ]
    assert store.daily_totals(until=until) == [
        t for t in totals_from_records(records) if t.day <= until
    ]


def test_bounds_use_the_session_offset_not_utc(store: HistoryStore) -> None:
    first = datetime(2026, 6, 1, 0, 0, tzinfo=PLUS530)  # 31 May 18:30 UTC
    last = datetime(2026, 6, 1, 23, 59, 59, tzinfo=MINUS5)  # 2 June 04:59 UTC
    outside = (first - timedelta(seconds=1), last + timedelta(seconds=1))
    store.add_many(record(started) for started in (first, last, *outside))
    june_1 = date(2026, 6, 1)

    assert store.daily_totals(june_1, june_1) == [
        DayKindTotal(june_1, SessionKind.BREATHING, 1200.0, 2)
    ]
    assert [r.started for r in store.sessions(since=june_1, until=june_1)] == [last, first]


# -- ratings, sessions, first day ---------------------------------------------------------


def test_rating_points_are_the_rated_sessions_oldest_first(store: HistoryStore) -> None:
    t0 = datetime(2026, 6, 1, 8, 0, tzinfo=MINUS5)
    store.add_many(
        [
            record(t0 + timedelta(days=2), ratings=Ratings(tension_before=6, tension_after=3)),
            record(t0, name="unrated"),
            record(t0 + timedelta(days=1), kind=SessionKind.HEAT, ratings=Ratings(pain_after=2)),
            record(t0 + timedelta(days=3), ratings=Ratings(5, 4, 3, 2)),
        ]
    )

    points = store.rating_points()

    assert [p.started for p in points] == [t0 + timedelta(days=n) for n in (1, 2, 3)]
    assert points[0].kind is SessionKind.HEAT
    assert points[0].started.utcoffset() == timedelta(hours=-5)
    assert (points[1].tension_before, points[1].tension_after) == (6, 3)
    assert (points[2].pain_before, points[2].pain_after) == (4, 2)
    assert all(p.name != "unrated" for p in points)
    assert [p.started.day for p in store.rating_points(date(2026, 6, 3), date(2026, 6, 3))] == [3]


def test_sessions_by_day_range_newest_first(store: HistoryStore) -> None:
    t0 = datetime(2026, 6, 1, 8, 0, tzinfo=PLUS530)
    store.add_many([record(t0 + timedelta(days=n), name=f"s{n}") for n in range(6)])

    assert [r.name for r in store.sessions(since=date(2026, 6, 2), until=date(2026, 6, 4))] == [
        "s3",
        "s2",
        "s1",
    ]
    assert [r.name for r in store.sessions(2, since=date(2026, 6, 2))] == ["s5", "s4"]
    assert len(store.sessions()) == 6


def test_first_day_is_the_earliest_local_day(store: HistoryStore) -> None:
    assert store.first_day() is None
    # the older instant is already 1 June in Kolkata; the later one is still 31 May in New York
    store.add(record(datetime(2026, 6, 1, 1, 0, tzinfo=PLUS530)))
    store.add(record(datetime(2026, 5, 31, 20, 0, tzinfo=MINUS5)))
    store.add(record(datetime(2026, 7, 1, 12, 0, tzinfo=MINUS5)))

    assert store.first_day() == date(2026, 5, 31)


# -- writing many, deleting all -------------------------------------------------------------


def test_add_many_is_all_or_nothing(store: HistoryStore) -> None:
    good = record(datetime(2026, 6, 1, 8, 0, tzinfo=PLUS530))
    naive = good.with_()
    object.__setattr__(naive, "started", datetime(2026, 6, 1, 9, 0))  # past SessionRecord's check

    with pytest.raises(ValueError):
        store.add_many([good, naive])

    assert store.count() == 0
    assert store.add_many([good, good]) == 2
    assert store.count() == 2


def test_delete_all_leaves_no_trace_in_the_files(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    with HistoryStore.open(path) as store:
        store.add_many(mixed_records(50))
        for n in range(20):
            store.add(record(datetime(2026, 6, 1, 8, n, tzinfo=PLUS530), name=f"{SECRET} {n}"))
        assert SECRET.encode() in path.read_bytes() + _wal_bytes(path)

        assert store.delete_all() == 70
        assert SECRET.encode() not in path.read_bytes() + _wal_bytes(path)  # not even in -wal

        assert store.count() == 0 and store.daily_totals() == [] and store.first_day() is None
        store.add(record(datetime(2026, 6, 2, 8, 0, tzinfo=PLUS530), name="after"))
        assert [r.name for r in store.sessions()] == ["after"]
    assert SECRET.encode() not in path.read_bytes() + _wal_bytes(path)


def test_deleting_one_session_overwrites_its_bytes(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    with HistoryStore.open(path) as store:
        store.add_many(mixed_records(30))
        secret_id = store.add(record(datetime(2026, 6, 1, 8, 0, tzinfo=PLUS530), name=SECRET))
        store.add_many(mixed_records(30, seed=4))
        assert SECRET.encode() in path.read_bytes() + _wal_bytes(path)
        assert store.delete(secret_id)
        # while the app is still running: neither the file nor its -wal holds the text
        assert SECRET.encode() not in path.read_bytes() + _wal_bytes(path)
    assert SECRET.encode() not in path.read_bytes()


def _wal_bytes(path: Path) -> bytes:
    wal = Path(f"{path}-wal")
    return wal.read_bytes() if wal.exists() else b""


def test_read_only_store_cannot_delete_all(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    with HistoryStore.open(path) as store:
        store.add(record(datetime(2026, 6, 1, 8, 0, tzinfo=PLUS530)))

    with HistoryStore.open(path, read_only=True) as read_only, pytest.raises(StorageWriteError):
        read_only.delete_all()

    with HistoryStore.open(path) as store:
        assert store.count() == 1


# -- the generated history ------------------------------------------------------------------


def test_generated_history_is_realistic_and_matches_sql(tmp_path: Path) -> None:
    path = tmp_path / "big.sqlite3"
    records = make_history(path, 20_000, seed=11, end=date(2026, 6, 30))

    with HistoryStore.open(path) as store:
        assert store.count() == 20_000
        totals = store.daily_totals()
        assert store.first_day() == min(t.day for t in totals)
        assert len(store.rating_points()) == pytest.approx(14_000, rel=0.05)
    expected = totals_from_records(records)
    assert [(t.day, t.kind, t.sessions) for t in totals] == [
        (t.day, t.kind, t.sessions) for t in expected
    ]
    assert [t.seconds for t in totals] == pytest.approx([t.seconds for t in expected])
    kinds = Counter(r.kind for r in records)
    assert kinds[SessionKind.BREATHING] == pytest.approx(12_000, rel=0.05)
    assert kinds[SessionKind.HEAT] == pytest.approx(2_000, rel=0.1)
    assert max(t.day for t in totals) == date(2026, 6, 30)
    assert 3_500 < len({t.day for t in totals}) < 4_500  # about eleven years, some days missed


def test_generated_history_is_deterministic(tmp_path: Path) -> None:
    first = make_history(tmp_path / "a.sqlite3", 300, seed=4, end=date(2026, 1, 5))
    again = make_history(tmp_path / "b.sqlite3", 300, seed=4, end=date(2026, 1, 5))
    other = make_history(tmp_path / "c.sqlite3", 300, seed=5, end=date(2026, 1, 5))
    assert first == again
    assert first != other


def test_rating_summaries_in_sql_equal_the_core_summary(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    make_history(path, sessions=600, seed=11, end=date(2026, 6, 30))
    with HistoryStore.open(path) as store:
        for since, until in ((None, None), (date(2026, 5, 1), date(2026, 6, 30))):
            points = store.rating_points(since, until)
            in_sql = store.rating_summaries(since, until)
            for measure in Measure:
                expected = rating_summary(points, measure)
                got = in_sql[measure]
                assert expected.sessions > 0
                assert got.sessions == expected.sessions
                assert got.meaningful == expected.meaningful
                assert got.mean_change == pytest.approx(expected.mean_change)
                assert got.mean_before == pytest.approx(expected.mean_before)
                assert got.mean_after == pytest.approx(expected.mean_after)
        empty = store.rating_summaries(date(2030, 1, 1), date(2030, 1, 2))
        assert all(s.sessions == 0 and s.mean_change is None for s in empty.values())


def test_meaningful_drop_edges_agree_in_sql(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    pairs = [(5, 4), (3, 2), (10, 8), (10, 7), (2, 2), (1, 0), (4, 5), (0, 0)]
    with HistoryStore.open(path) as store:
        for n, (before, after) in enumerate(pairs):
            store.add(
                record(datetime(2026, 6, 1, 8, n, tzinfo=PLUS530)).with_(
                    ratings=Ratings(tension_before=before, tension_after=after)
                )
            )
        got = store.rating_summaries()[Measure.TENSION]
    assert got.meaningful == sum(is_meaningful_drop(b, a) for b, a in pairs) == 4


def test_remembered_totals_follow_every_change_to_the_history(tmp_path: Path) -> None:
    """History keeps the whole history's totals between range switches; a new session, a
    deletion, a write through another connection and a restore are all seen at once."""
    path = tmp_path / "history.sqlite3"
    day = datetime(2026, 3, 20, 9, tzinfo=OFFSETS[0])
    with HistoryStore.open(path) as store:
        store.add_many([record(day)])
        assert [t.seconds for t in store.daily_totals()] == [600.0]
        store.add_many([record(day + timedelta(hours=1), 300.0)])
        assert [t.seconds for t in store.daily_totals()] == [900.0]
        assert store.daily_totals(since=day.date() + timedelta(days=1)) == []
        with HistoryStore.open(path) as other:  # e.g. a second window's store
            other.add_many([record(day + timedelta(hours=2), 60.0)])
        assert [t.seconds for t in store.daily_totals()] == [960.0]
        before = store.rating_summaries()
        store.add_many([record(day, ratings=Ratings(tension_before=8, tension_after=3))])
        assert store.rating_summaries() != before
        assert sum(t.seconds for t in store.daily_totals()) == 1560.0
        assert store.delete(1)  # the first session, 600 s
        assert sum(t.seconds for t in store.daily_totals()) == 960.0
