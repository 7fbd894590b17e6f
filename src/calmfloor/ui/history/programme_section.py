"""The programme section of the PDF report: adherence per item, the weekly trend, flares,
regions skipped because they hurt, and heat kept apart from practice.

Only HTML text for a ``QTextDocument``; :mod:`calmfloor.ui.history.report` lays it out.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication

from calmfloor.core.adherence import (
    AdherenceReport,
    HeatReview,
    ProgrammeSpan,
    adherence,
    rating_change_by_kind,
)
from calmfloor.core.adherence import heat_review as _heat_review
from calmfloor.core.adherence import hurt_regions as _hurt_regions
from calmfloor.core.programme import FlareEntry
from calmfloor.core.session import SessionKind, SessionRecord
from calmfloor.core.stats import RatingSummary
from calmfloor.storage.errors import StorageError
from calmfloor.storage.history_db import HistoryStore
from calmfloor.storage.programme_store import programme_spans
from calmfloor.ui.kit.widgets import kind_text

translate = QCoreApplication.translate  # called as translate("report", ...) for lupdate


def kind_name(kind: SessionKind) -> str:
    """A kind of practice as the report names it."""
    return kind_text(kind)


MAX_TREND_WEEKS = 12  # the last weeks of a longer range; the section stays on one page


def region_text(region: str) -> str:
    """A routine file's region code in words."""
    words = {
        "feet": translate("report", "feet"),
        "calves": translate("report", "calves"),
        "thighs": translate("report", "thighs"),
        "glutes": translate("report", "buttocks"),
        "hips": translate("report", "hips"),
        "lower_back": translate("report", "lower back"),
        "abdomen": translate("report", "belly"),
        "pelvic_floor": translate("report", "pelvic floor"),
        "hands": translate("report", "hands"),
        "forearms": translate("report", "forearms"),
        "upper_arms": translate("report", "upper arms"),
        "shoulders": translate("report", "shoulders"),
        "neck": translate("report", "neck"),
        "face": translate("report", "face"),
        "whole_body": translate("report", "whole body"),
    }
    return words.get(region, region)


@dataclass(frozen=True)
class ProgrammeReview:
    """What the report's programme section shows, read once.

    Attributes:
        spans: the programmes kept in history.
        adherence: adherence over the report's range, None without a programme.
        flares: the flare log in the range.
        hurts: regions skipped because they hurt, with counts.
        heat: heat-pack use, apart from practice.
    """

    spans: tuple[ProgrammeSpan, ...] = ()
    adherence: AdherenceReport | None = None
    flares: tuple[FlareEntry, ...] = ()
    hurts: dict[str, int] = field(default_factory=dict)
    heat: HeatReview | None = None
    by_kind: tuple[tuple[SessionKind, RatingSummary, RatingSummary], ...] = ()

    @property
    def empty(self) -> bool:
        no_heat = self.heat is None or self.heat.sessions == 0
        return self.adherence is None and not self.flares and not self.hurts and no_heat


def load_review(
    store: HistoryStore, sessions: Sequence[SessionRecord], since: date, until: date, today: date
) -> ProgrammeReview:
    """Read the programme section's data; a history without programmes still gets the rest."""
    try:
        spans, _problems = programme_spans(store)
        flares = store.flares(since, until)
        by_kind = tuple(rating_change_by_kind(store.rating_points(since, until)))
        report: AdherenceReport | None = None
        if spans:
            # the week before the range too, so its first periods see their sessions
            earlier = store.sessions(since=since - timedelta(days=7), until=until)
            report = adherence(spans, earlier, since, until, today)
    except StorageError:
        return ProgrammeReview(hurts=_hurt_regions(sessions), heat=_heat_review(sessions))
    return ProgrammeReview(
        spans=tuple(spans),
        adherence=report,
        flares=tuple(flares),
        hurts=_hurt_regions(sessions),
        heat=_heat_review(sessions),
        by_kind=by_kind,
    )


TableHtml = Callable[[Sequence[str], Sequence[Sequence[str]]], str]


def review_html(
    review: ProgrammeReview,
    number: Callable[[float], str],
    day_text: Callable[[date], str],
    time_text: Callable[[FlareEntry], str],
    table: TableHtml,
    decimal: Callable[[float], str] = lambda value: f"{value:.1f}",
) -> str:
    """The section as HTML; ``""`` when there is nothing to show."""
    if review.empty:
        return ""
    esc = html.escape
    parts: list[str] = []
    report = review.adherence
    if report is not None:
        parts.append(f"<h2>{esc(section_title(review))}</h2>")
        sessions = "—" if report.sessions_pct is None else number(report.sessions_pct) + " %"
        days = "—" if report.days_full_pct is None else number(report.days_full_pct) + " %"
        line = (
            translate(
                "report",
                "Prescribed sessions done: %1 (averaged over the days). Days fully done: %2 "
                "(%3 of %4).",
            )
            .replace("%1", sessions)
            .replace("%2", days)
            .replace("%3", number(report.days_full))
            .replace("%4", number(report.days_counted))
        )
        parts.append(f"<p>{esc(line)}</p>")
        rows: list[list[str]] = []
        several = len({item.span for item in report.items}) > 1
        shown_span: int | None = None
        for item in report.items:
            if several and item.span != shown_span:  # a programme changed half-way
                shown_span = item.span
                start = review.spans[item.span].first_day
                since = translate("report", "%1, from %2").replace("%1", item.programme_title)
                rows.append([since.replace("%2", day_text(start)), "", "", "", "", ""])
            if item.as_needed:
                asked = translate("report", "as needed")
                pct = "—"
            else:
                asked = number(item.asked)
                pct = "—" if item.sessions_pct is None else number(item.sessions_pct) + " %"
            rows.append(
                [
                    item.title,
                    asked,
                    number(item.count if item.as_needed else item.done),
                    pct,
                    number(item.asked_minutes) if not item.as_needed else "—",
                    number(item.minutes_done),
                ]
            )
        heads = [
            translate("report", "Item"),
            translate("report", "Sessions asked"),
            translate("report", "Done"),
            translate("report", "% done"),
            translate("report", "Minutes asked"),
            translate("report", "Minutes done"),
        ]
        parts.append(table(heads, rows))
        weeks = report.weeks[-MAX_TREND_WEEKS:]
        if weeks:
            trend = translate("report", "Week by week")
            parts.append(f"<p><b>{esc(trend)}</b></p>")
            week_rows = [
                [
                    day_text(week.start),
                    "—" if week.sessions_pct is None else number(week.sessions_pct) + " %",
                    translate("report", "%1 of %2")
                    .replace("%1", number(week.days_full))
                    .replace("%2", number(week.days_counted)),
                ]
                for week in weeks
            ]
            week_heads = [
                translate("report", "Week from"),
                translate("report", "Sessions done"),
                translate("report", "Days fully done"),
            ]
            parts.append(table(week_heads, week_rows))
    if len(review.by_kind) > 1:  # a comparison needs two kinds
        heading = translate("report", "Change in ratings by kind of practice")
        parts.append(f"<p><b>{esc(heading)}</b></p>")

        def change(summary: RatingSummary) -> str:
            if summary.mean_change is None:
                return "—"
            sign = "+" if summary.mean_change > 0 else ""
            return sign + decimal(summary.mean_change)

        rows = [
            [
                kind_name(kind),
                number(max(tension.sessions, pain.sessions)),
                change(tension),
                change(pain),
            ]
            for kind, tension, pain in review.by_kind
        ]
        heads = [
            translate("report", "Kind"),
            translate("report", "Rated before and after"),
            translate("report", "Tension change"),
            translate("report", "Pain change"),
        ]
        parts.append(table(heads, rows))
    if review.hurts:
        heading = translate("report", "Skipped because it hurt")
        regions = ", ".join(
            f"{region_text(region)} ({number(count)})" for region, count in review.hurts.items()
        )
        parts.append(f"<p><b>{esc(heading)}:</b> {esc(regions)}</p>")
    heat = review.heat
    if heat is not None and heat.sessions:
        heading = translate("report", "Heat pack (not counted as practice)")
        line = (
            translate("report", "%1 sessions, %2 minutes.")
            .replace("%1", number(heat.sessions))
            .replace("%2", number(heat.minutes))
        )
        if heat.overruns:
            overruns = "; ".join(
                translate("report", "%1: on %2 s after the alarm")
                .replace("%1", day_text(record.started.date()))
                .replace("%2", number(seconds))
                for record, seconds in heat.overruns
            )
            line += " " + translate("report", "Left on past the alarm: %1.").replace("%1", overruns)
        parts.append(f"<p><b>{esc(heading)}:</b> {esc(line)}</p>")
    if review.flares:
        heading = translate("report", "Flares")
        rows = [
            [time_text(flare), number(flare.severity), flare.trigger or "—"]
            for flare in review.flares
        ]
        heads = [
            translate("report", "When"),
            translate("report", "How bad (0–10)"),
            translate("report", "Trigger"),
        ]
        parts.append(f"<p><b>{esc(heading)}</b></p>" + table(heads, rows))
    return "".join(parts)


def section_title(review: ProgrammeReview) -> str:
    """The section's heading: the programme's title, or a general one without a programme."""
    if review.adherence is not None:
        titles = sorted({span.programme.title for span in review.spans})
        return translate("report", "Programme: %1").replace("%1", ", ".join(titles))
    return translate("report", "Programme and flares")
