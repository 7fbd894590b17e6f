"""The PDF's programme section, read back with pypdf: what a physiotherapist reviews."""

from __future__ import annotations

import dataclasses
import unicodedata
from datetime import UTC, date, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pypdf
from PySide6.QtCore import QLocale

from calmfloor.core.demo import DEMO_WEEKS, demo_history
from calmfloor.storage.history_db import HistoryStore
from calmfloor.ui.history.report import load_report_data, write_pdf_report

ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
TODAY = date(2026, 12, 6)


def pdf_text(path: Path) -> str:
    reader = pypdf.PdfReader(path)
    return " ".join(
        " ".join(unicodedata.normalize("NFKC", page.extract_text()).split())
        for page in reader.pages
    )


def demo_store(path: Path) -> HistoryStore:
    demo = demo_history(TODAY, ZoneInfo("Europe/Berlin"))
    store = HistoryStore.open(path)
    for text, activated in demo.programmes:
        title = text.split('title = "', 1)[1].split('"', 1)[0]
        store.activate_programme(text, "pelvic-release-demo", title, activated)
    store.add_many(demo.sessions)
    for flare in demo.flares:
        store.add_flare(flare)
    return store


def test_the_programme_section_with_a_name_typed_at_export(qapp: object, tmp_path: Path) -> None:
    since = TODAY - timedelta(days=DEMO_WEEKS * 7)
    with demo_store(tmp_path / "history.sqlite3") as store:
        data = load_report_data(store, since, TODAY, TODAY)
    assert data.review is not None and data.review.adherence is not None
    out = tmp_path / "report.pdf"
    write_pdf_report(dataclasses.replace(data, patient_name="Dana Example"), out, ENGLISH, 0)
    text = pdf_text(out)
    assert "Patient: Dana Example" in text
    assert "Programme: Pelvic-floor release, Pelvic-floor release, weeks 5 to 8" in text
    pct = round(data.review.adherence.sessions_pct or 0)
    assert f"Prescribed sessions done: {pct} % (averaged over the days)" in text
    full = data.review.adherence
    assert f"({full.days_full} of {full.days_counted})" in text
    for words in ("Release breathing", "Piriformis stretch", "Heat after a spasm", "as needed"):
        assert words in text
    assert "Week by week" in text and "Days fully done" in text
    # the programme changed half-way: each version's items under its own title
    revised = TODAY - timedelta(days=28)
    assert f"Pelvic-floor release, weeks 5 to 8, from {revised.month}/{revised.day}/26" in text
    assert "Skipped because it hurt:" in text
    assert "Change in ratings by kind of practice" in text
    assert "Kind Rated before and after Tension change Pain change Breathing" in text
    assert "Heat pack (not counted as practice):" in text
    assert "on 57 s after the alarm" in text
    assert "Flares" in text and "How bad (0–10)" in text
    assert any(flare.trigger in text for flare in store_flares(tmp_path))
    # the name is never kept: not in the history, not in the data read back
    assert b"Dana" not in (tmp_path / "history.sqlite3").read_bytes()
    # the time of each rated session is shown, not only its day
    assert ":" in text.split("Ratings, session by session", 1)[1][:80]


def store_flares(tmp_path: Path) -> list[object]:
    with HistoryStore.open(tmp_path / "history.sqlite3", read_only=True) as store:
        return list(store.flares())


def test_no_programme_no_section(qapp: object, tmp_path: Path) -> None:
    with HistoryStore.open(tmp_path / "history.sqlite3") as store:
        data = load_report_data(store, None, None, TODAY)
    out = tmp_path / "report.pdf"
    write_pdf_report(data, out, ENGLISH, 0)
    text = pdf_text(out)
    assert "Programme:" not in text and "Patient:" not in text


def test_the_history_page_prints_a_name_once_and_keeps_it_nowhere(
    qtbot: object, tmp_path: Path, monkeypatch: object
) -> None:
    from datetime import datetime

    from PySide6.QtWidgets import QFileDialog, QLineEdit

    from calmfloor.core.clock import ManualClock
    from calmfloor.ui.history.view import HistoryView, Tab

    store = demo_store(tmp_path / "history.sqlite3")
    clock = ManualClock(wall_start=datetime(2026, 12, 6, 20, 0, tzinfo=UTC))
    view = HistoryView(store, clock=clock)
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    view.tabs.setCurrentIndex(Tab.SESSIONS)  # the name line is on the Sessions tab
    target = tmp_path / "report.pdf"
    monkeypatch.setattr(  # type: ignore[attr-defined]
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    name = view.findChild(QLineEdit, "history-patient-name")
    assert name is not None and name.accessibleName() == "Name on the report"
    name.setText("Dana Example")
    view.pdf_button.click()
    assert "Patient: Dana Example" in pdf_text(target)
    assert name.text() == ""  # for that report only
    view.pdf_button.click()
    assert "Patient:" not in pdf_text(target)
    store.close()
    assert b"Dana" not in (tmp_path / "history.sqlite3").read_bytes()


def test_the_history_page_has_the_programme_section_for_the_range(
    qtbot: object, tmp_path: Path
) -> None:
    from datetime import datetime

    from PySide6.QtWidgets import QTextBrowser

    from calmfloor.core.clock import ManualClock
    from calmfloor.ui.history.view import HistoryView, Tab

    store = demo_store(tmp_path / "history.sqlite3")
    clock = ManualClock(wall_start=datetime(2026, 12, 6, 20, 0, tzinfo=UTC))
    view = HistoryView(store, clock=clock)
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    view.tabs.setCurrentIndex(Tab.PROGRAMME)
    shown = view.findChild(QTextBrowser, "history-programme")
    assert shown is not None
    text = shown.toPlainText()
    assert "Programme: Pelvic-floor release" in text
    assert "Prescribed sessions done:" in text and "Week by week" in text
    assert "Skipped because it hurt" in text and "Flares" in text
    store.close()


def test_flares_are_marked_on_the_history_calendar(qtbot: object, tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from calmfloor.core.clock import ManualClock
    from calmfloor.ui.history.view import HistoryView, Tab

    store = demo_store(tmp_path / "history.sqlite3")
    flares = store.flares()
    clock = ManualClock(wall_start=datetime(2026, 12, 6, 20, 0, tzinfo=UTC))
    view = HistoryView(store, clock=clock)
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    view.tabs.setCurrentIndex(Tab.CONSISTENCY)
    calendar = view.heat_map
    shown = [flare for flare in flares if calendar.flare_on(flare.at.date()) is not None]
    assert shown, "no flare on the calendar"
    first = shown[0]
    assert calendar.flare_on(first.at.date()) == first.severity
    assert f"a flare ({first.severity} of 10)" in calendar.day_text(first.at.date())
    assert f"Flares on {len(shown)} days, marked with a ring." in calendar.description()
    assert calendar.flare_on(first.at.date() - timedelta(days=1)) is None
    store.close()


def test_a_long_programme_section_flows_onto_the_next_pages(qapp: object, tmp_path: Path) -> None:
    from datetime import datetime

    from calmfloor.core.programme import FlareEntry

    since = TODAY - timedelta(days=DEMO_WEEKS * 7)
    with demo_store(tmp_path / "history.sqlite3") as store:
        berlin = ZoneInfo("Europe/Berlin")
        for index in range(160):  # a flare log far longer than one page
            at = datetime.combine(since + timedelta(days=index % 50), datetime.min.time(), berlin)
            store.add_flare(
                FlareEntry(at + timedelta(hours=8, minutes=index), 5, f"Trigger number {index}")
            )
        data = load_report_data(store, since, TODAY, TODAY)
    out = tmp_path / "report.pdf"
    pages = write_pdf_report(data, out, ENGLISH, 0)
    reader = pypdf.PdfReader(out)
    assert pages == len(reader.pages)
    texts = [
        " ".join(unicodedata.normalize("NFKC", page.extract_text()).split())
        for page in reader.pages
    ]
    whole = " ".join(texts)
    # nothing clipped: every flare of the log is printed, once
    for index in range(160):
        assert whole.count(f"Trigger number {index} ") + whole.endswith(f"Trigger number {index}")
    heading = "Programme: Pelvic-floor release, Pelvic-floor release, weeks 5 to 8"
    carried = [i for i, text in enumerate(texts) if "Trigger number" in text]
    assert len(carried) >= 3  # the section needs several pages
    for i in carried[1:]:  # each page it flows onto names it again, with the table's heads
        assert f"{heading} (continued)" in texts[i]
        assert "When How bad (0–10) Trigger" in texts[i]
    # and nothing is drawn past a page's edge, where a reader would never see it
    for page in reader.pages:
        height = float(page.mediabox.height)
        heights = text_heights(page)
        assert heights and all(0 <= y <= height for y in heights)
    # the charts and the ratings table come after it, not over it
    last = carried[-1]
    assert "Ratings, session by session" in " ".join(texts[last:])


def text_heights(page: pypdf.PageObject) -> list[float]:
    """How high on ``page`` each piece of text is drawn (PDF points from the bottom)."""
    heights: list[float] = []

    def at(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            heights.append(tm[5] * cm[3] + cm[5])

    page.extract_text(visitor_text=at)
    return heights
