"""The PDF report: real pages, the totals a physiotherapist reads, and names in any script."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QLocale

from calmfloor.core.session import Outcome, Ratings, SessionKind, SessionRecord
from calmfloor.storage.errors import StorageWriteError
from calmfloor.storage.history_db import HistoryStore
from calmfloor.ui.history.report import ReportData, load_report_data, write_pdf_report

TZ = timezone(timedelta(hours=3, minutes=30))
TODAY = date(2026, 4, 30)
PERSIAN = "تنفس آرام"
GREEK = "Ήρεμη αναπνοή"
CYRILLIC = "Спокойное дыхание"
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def session(day: date, hour: int, kind: SessionKind, name: str, minutes: float, **kw: object):
    started = datetime(day.year, day.month, day.day, hour, tzinfo=TZ)
    return SessionRecord(
        kind=kind,
        started=started,
        ended=started + timedelta(minutes=minutes),
        planned_s=minutes * 60,
        actual_s=minutes * 60,
        name=name,
        outcome=Outcome.COMPLETED,
        **kw,  # type: ignore[arg-type]
    )


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    with HistoryStore.open(tmp_path / "history.sqlite3") as db:
        yield db


def fill(store: HistoryStore) -> None:
    """Six sessions in April 2026 (58 minutes on 4 days), one outside the range."""
    day = date(2026, 4, 6)
    rated = Ratings(tension_before=7, tension_after=4, pain_before=5, pain_after=3)
    for record in (
        session(day, 8, SessionKind.BREATHING, PERSIAN, 10, ratings=rated),
        session(day, 20, SessionKind.BREATHING, GREEK, 5, ratings=Ratings(tension_before=6)),
        session(day + timedelta(days=1), 9, SessionKind.RELAX, CYRILLIC, 12, ratings=rated),
        session(day + timedelta(days=2), 9, SessionKind.HEAT, "Lower back", 20),
        session(day + timedelta(days=9), 9, SessionKind.STRETCH, "Piriformis", 4),
        session(day + timedelta(days=9), 18, SessionKind.BREATHING, "Resonance", 7),
        session(date(2026, 2, 1), 9, SessionKind.BREATHING, "Too early", 30),
    ):
        store.add(record)


def pdf_pages(path: Path) -> list[str]:
    """The text of each page, NFKC-normalised (ligatures, Arabic forms), one space apart."""
    reader = pypdf.PdfReader(path)
    return [
        " ".join(unicodedata.normalize("NFKC", page.extract_text()).split())
        for page in reader.pages
    ]


def test_the_report_shows_the_totals_and_every_script(store: HistoryStore, tmp_path: Path) -> None:
    fill(store)
    data = load_report_data(store, date(2026, 4, 1), date(2026, 4, 30), TODAY)
    out = tmp_path / "report.pdf"
    pages = write_pdf_report(data, out, ENGLISH, week_start=0)
    assert out.read_bytes().startswith(b"%PDF-")
    texts = pdf_pages(out)
    assert pages == len(texts) >= 1
    text = " ".join(texts)
    assert "calmfloor practice report" in text
    assert "From Wednesday, April 1, 2026 to Thursday, April 30, 2026" in text
    assert "Sessions 6 Minutes practised 58 Days practised 4 of 30" in text
    assert "Breathing 3 22 Relaxation 1 12 Stretch 1 4 Heat pack 1 20" in text
    assert "Minutes of practice per day" in text
    assert "Tension: on average 7.0 before and 4.0 after" in text  # 2 sessions rated both
    assert "Too early" not in text  # outside the range
    assert GREEK in text and CYRILLIC in text
    # Arabic script is shaped (presentation forms) and laid out right to left, so the
    # extracted order is not guaranteed; every letter must be there as text, not as boxes
    assert set(PERSIAN) - {" "} <= set(text)
    assert f"{CYRILLIC} 7 → 4 5 → 3" in text


def test_arabic_script_is_drawn_with_an_embedded_font_that_has_it(
    store: HistoryStore, tmp_path: Path
) -> None:
    fill(store)
    out = tmp_path / "report.pdf"
    write_pdf_report(load_report_data(store, None, None, TODAY), out, ENGLISH)
    reader = pypdf.PdfReader(out)
    embedded = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            for descendant in font.get("/DescendantFonts", [font]):
                descriptor = descendant.get_object().get("/FontDescriptor")
                if descriptor is not None and "/FontFile2" in descriptor.get_object():
                    embedded.add(str(font["/BaseFont"]))
    assert embedded  # fonts are embedded, so the report prints the same anywhere
    assert set(PERSIAN) - {" "} <= set(" ".join(pdf_pages(out)))


def test_many_rated_sessions_continue_the_table_on_more_pages(
    store: HistoryStore, tmp_path: Path
) -> None:
    start = date(2026, 1, 1)
    store.add_many(
        session(
            start + timedelta(days=n // 2),
            8 + n % 2,
            SessionKind.BREATHING,
            f"S{n}",
            5,
            ratings=Ratings(tension_before=6, tension_after=n % 5, pain_before=4, pain_after=2),
        )
        for n in range(150)
    )
    out = tmp_path / "report.pdf"
    pages = write_pdf_report(load_report_data(store, None, None, date(2026, 6, 1)), out, ENGLISH)
    texts = pdf_pages(out)
    assert pages == len(texts) >= 4
    assert "Minutes of practice per week" in texts[0]  # 152 days: one bar per week
    assert "Sessions 150 Minutes practised 750" in texts[0]
    for page in texts[2:]:  # the heading row is repeated on every page of the table
        assert "Date Practice Tension before → after Pain before → after" in page
    assert "S149" in texts[-1] and "S0 " in " ".join(texts[:2])
    assert texts[-1].endswith(f"page {pages} of {pages}")


def test_an_empty_period_is_one_calm_page(store: HistoryStore, tmp_path: Path) -> None:
    fill(store)
    out = tmp_path / "empty.pdf"
    data = load_report_data(store, date(2025, 1, 1), date(2025, 1, 31), TODAY)
    assert (data.totals, data.points, data.sessions) == ([], [], [])
    assert write_pdf_report(data, out, ENGLISH) == 1
    (text,) = pdf_pages(out)
    assert "No sessions in this period." in text
    assert "Ratings" not in text


def test_load_report_data_defaults_to_first_day_and_today(store: HistoryStore) -> None:
    fill(store)
    data = load_report_data(store, None, None, TODAY)
    assert (data.since, data.until, data.today) == (date(2026, 2, 1), TODAY, TODAY)
    assert len(data.sessions) == 7
    assert [p.name for p in data.points] == [PERSIAN, GREEK, CYRILLIC]
    data = load_report_data(store, None, date(2026, 1, 1), TODAY)  # ends before the first
    assert (data.since, data.until, data.sessions) == (date(2026, 1, 1), date(2026, 1, 1), [])


def test_an_empty_history_reports_today(tmp_path: Path) -> None:
    with HistoryStore.open(tmp_path / "empty.sqlite3") as empty:
        data = load_report_data(empty, None, None, TODAY)
    assert (data.since, data.until, data.totals, data.points) == (TODAY, TODAY, [], [])


def test_dates_follow_the_locale(store: HistoryStore, tmp_path: Path) -> None:
    fill(store)
    out = tmp_path / "de.pdf"
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    write_pdf_report(load_report_data(store, date(2026, 4, 1), None, TODAY), out, german)
    text = " ".join(pdf_pages(out))
    assert "1. April 2026" in text and "06.04.26" in text


def test_a_right_to_left_locale_renders(store: HistoryStore, tmp_path: Path) -> None:
    fill(store)
    out = tmp_path / "fa.pdf"
    persian = QLocale(QLocale.Language.Persian, QLocale.Country.Iran)
    assert write_pdf_report(load_report_data(store, None, None, TODAY), out, persian) >= 1
    assert CYRILLIC in " ".join(pdf_pages(out))


def test_an_unwritable_path_raises_and_leaves_nothing(tmp_path: Path) -> None:
    data = ReportData(since=TODAY, until=TODAY, today=TODAY)
    folder = tmp_path / "folder"
    folder.mkdir()
    with pytest.raises(StorageWriteError):
        write_pdf_report(data, folder, ENGLISH)
    with pytest.raises(StorageWriteError):
        write_pdf_report(data, tmp_path / "missing" / "r.pdf", ENGLISH)
    assert [p.name for p in tmp_path.iterdir()] == ["folder"]
    assert list(folder.iterdir()) == []
