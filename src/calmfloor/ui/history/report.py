"""The printable practice report for the physiotherapist: a PDF made with Qt's own writer."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QDate,
    QIODevice,
    QLocale,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
    QTime,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
    QTextFrameFormat,
    QTextOption,
)

from calmfloor.core.session import SessionKind, SessionRecord
from calmfloor.core.stats import (
    DayKindTotal,
    Measure,
    RatingPoint,
    practice_summary,
    rating_summary,
)
from calmfloor.storage.history_db import HistoryStore
from calmfloor.storage.jsonfile import write_bytes_atomic
from calmfloor.ui.history.programme_section import (
    ProgrammeReview,
    load_review,
    review_html,
    section_title,
)
from calmfloor.ui.history.report_charts import (
    AXIS_COLOUR,
    RESOLUTION_DPI,
    ReportCharts,
    mm,
)
from calmfloor.ui.kit.theme import PRINT_PAINT
from calmfloor.ui.kit.widgets import change_text, kind_text

translate = QCoreApplication.translate  # called as translate("report", ...) so lupdate sees it

MARGIN_MM = 15.0
BLOCK_GAP_MM = 7.0
PRACTICE_CHART_MM = 72.0
RATING_CHART_MM = 58.0
FOOTER_MM = 8.0
TABLE_MIN_MM = 40.0  # room for the table's heading and a few rows
SECTION_MIN_MM = 40.0  # room for a long section's first lines at the foot of a page
BODY_POINT_SIZE = 10.0
SMALL_POINT_SIZE = 8.0
_CONTEXTS = {SessionKind.BREATHING: "patterns", SessionKind.HEAT: "heat"}  # names: as History


@dataclass(frozen=True)
class ReportData:
    """Everything a report shows, read from history once.

    Attributes:
        since: the first local day covered.
        until: the last local day covered.
        today: the day the report is made.
        totals: practice per local day and kind in ``[since, until]``.
        points: the rated sessions in ``[since, until]``, oldest first.
        sessions: the sessions in ``[since, until]``, newest first (as the store lists them).
        review: the programme section (adherence, flares, skipped regions, heat).
        patient_name: the name line, typed in when exporting; never stored.
    """

    since: date
    until: date
    today: date
    totals: list[DayKindTotal] = field(default_factory=list)
    points: list[RatingPoint] = field(default_factory=list)
    sessions: list[SessionRecord] = field(default_factory=list)
    review: ProgrammeReview | None = None
    patient_name: str = ""


def load_report_data(
    store: HistoryStore, since: date | None, until: date | None, today: date
) -> ReportData:
    """Read what a report from ``since`` to ``until`` needs.

    Args:
        store: the history (read-only is fine).
        since: first day; None starts at the first practised day (or ``until``).
        until: last day; None ends ``today``.
        today: the day the report is made.
    """
    end = until if until is not None else today
    if since is None:
        first = store.first_day()
        since = first if first is not None and first <= end else end
    sessions = store.sessions(since=since, until=end)
    return ReportData(
        since=since,
        until=end,
        today=today,
        totals=store.daily_totals(since, end),
        points=store.rating_points(since, end),
        sessions=sessions,
        review=load_review(store, sessions, since, end, today),
    )


def write_pdf_report(
    data: ReportData,
    path: Path,
    locale: QLocale | None = None,
    week_start: int | None = None,
) -> int:
    """Write the report as an A4 PDF to ``path``, all or nothing; returns its page count.

    Needs a QGuiApplication (the offscreen platform is enough).

    Args:
        data: what to show (see :func:`load_report_data`).
        path: the PDF file; an existing file is replaced.
        locale: for dates and numbers; the default locale when None. Text runs in the
            application's layout direction (that of the translation in use).
        week_start: first day of a week for weekly bars, 0 = Monday ... 6 = Sunday; the
            locale's when None.

    Raises:
        StorageWriteError: the file could not be written.
    """
    pdf, pages = render_pdf_report(data, locale, week_start)
    write_bytes_atomic(path, pdf)
    return pages


def render_pdf_report(
    data: ReportData, locale: QLocale | None = None, week_start: int | None = None
) -> tuple[bytes, int]:
    """The report as PDF bytes, and its page count (see :func:`write_pdf_report`)."""
    locale = QLocale() if locale is None else locale
    if week_start is None:
        week_start = locale.firstDayOfWeek().value - 1  # Qt counts Monday = 1
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(translate("report", "calmfloor practice report"))
    writer.setCreator("calmfloor")
    pages = _Report(data, locale, week_start, writer).draw()
    buffer.close()
    content: QByteArray = buffer.data()
    return bytes(content.data()), pages


def practice_name(kind: SessionKind, name: str) -> str:
    """A stored pattern, routine or area name, translated where it is a built-in one."""
    return translate(_CONTEXTS.get(kind, "routines"), name) if name else ""


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


@dataclass
class _Flow:
    """A section laid out over pages (see :meth:`_Report._flow`)."""

    document: QTextDocument
    heading: QTextDocument  # "<section> (continued)", at the top of each later page
    heading_height: float
    page_height: float
    first_page: int
    pages: int
    end: float  # where the section ends on its last page


class _Report:
    """Lays out and paints the report on a QPdfWriter, page by page."""

    def __init__(
        self, data: ReportData, locale: QLocale, week_start: int, writer: QPdfWriter
    ) -> None:
        self._data = data
        self._locale = locale
        self._week_start = week_start
        self._writer = writer
        self._width = float(writer.width())
        self._page_height = float(writer.height())
        self._body_height = self._page_height - mm(FOOTER_MM)
        base = QFont(QGuiApplication.font())
        base.setPointSizeF(BODY_POINT_SIZE)
        # Vazirmatn draws the dots of Persian letters as separate marks, so a PDF reader
        # cannot turn "ت" back into a letter (copy, search, screen readers). Where the system
        # has DejaVu Sans (Linux), whose letters are whole glyphs, the report takes Persian
        # from it; elsewhere from Vazirmatn, which prints right but extracts some letters wrong
        families = base.families()
        base.setFamilies([*families[:1], "DejaVu Sans", *families[1:]])
        self._font = base
        self._small = QFont(base)
        self._small.setPointSizeF(SMALL_POINT_SIZE)
        self._bold = QFont(base)
        self._bold.setBold(True)
        self._page = 1
        self._pages = 1
        self._painter: QPainter | None = None

    # -- layout ---------------------------------------------------------------------

    def draw(self) -> int:
        data = self._data
        header = self._document(self._header_html())
        programme = self._programme_document()
        blocks: list[tuple[float, str]] = [(header.size().height(), "header")]
        if programme is not None:
            blocks.append((programme.size().height(), "programme"))
        if data.totals:
            blocks.append((mm(PRACTICE_CHART_MM), "practice"))
        if data.points:
            blocks += [(mm(RATING_CHART_MM), "tension"), (mm(RATING_CHART_MM), "pain")]
        placed: list[tuple[int, float, float, str]] = []  # page, y, height, what
        flow: _Flow | None = None  # the programme section, when longer than its page's room
        page, y = 1, 0.0
        for height, what in blocks:
            if what == "programme" and programme is not None and y + height > self._body_height:
                # a section too long for the room left flows on, its heading repeated
                if y + mm(SECTION_MIN_MM) > self._body_height:
                    page, y = page + 1, 0.0
                flow = self._flow(self._review_html(), y, page)
                placed.append((page, y, 0.0, "flow"))
                page, y = flow.first_page + flow.pages - 1, flow.end
                y += mm(BLOCK_GAP_MM)
                continue
            if y > 0 and y + height > self._body_height:
                page, y = page + 1, 0.0
            placed.append((page, y, height, what))
            y += height + mm(BLOCK_GAP_MM)
        # the table follows on the same page when a few rows fit there, else on the next
        table_top = y if y + mm(TABLE_MIN_MM) <= self._body_height else 0.0
        table = self._table_document(table_top) if data.points else None
        table_pages = table.pageCount() if table is not None else 0
        table_first_page = page if table_top else page + 1
        self._pages = max(page, table_first_page + table_pages - 1)

        painter = QPainter()
        if not painter.begin(self._writer):
            raise RuntimeError("the PDF writer could not start")  # a buffer always opens
        self._painter = painter
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            charts = ReportCharts(
                painter,
                self._writer,
                (self._font, self._small, self._bold),
                data.totals,
                data.points,
                (data.since, data.until),
                self._week_start,
                self._number,
                self._date,
            )
            current = 1
            for block_page, top, height, what in placed:
                while current < block_page:
                    self._next_page()
                    current += 1
                rect = QRectF(0, top, self._width, height)
                if what == "flow" and flow is not None:
                    current = self._draw_flow(flow, current)
                elif what == "header":
                    self._draw_document(header, rect.topLeft())
                elif what == "programme" and programme is not None:
                    self._draw_document(programme, rect.topLeft())
                elif what == "practice":
                    charts.draw_practice_chart(rect)
                else:
                    charts.draw_rating_chart(rect, Measure(what))
            if table is not None:
                for index in range(table_pages):
                    if index or not table_top:
                        self._next_page()
                    self._draw_slice(table, index, self._body_height, 0.0)
            self._draw_footer()
        finally:
            painter.end()
            self._painter = None
        return self._pages

    def _flow(self, body: str, top: float, first_page: int) -> _Flow:
        """Lay out a section that runs over pages; every page after its first starts with
        the section's heading, "(continued)", and its tables repeat their heads."""
        review = self._data.review
        title = section_title(review) if review is not None else ""
        continued = translate("report", "%1 (continued)").replace("%1", title)
        heading = self._document(f"<h2>{html.escape(continued)}</h2>")
        heading_height = heading.size().height() + mm(1.0)
        page_height = self._body_height - heading_height
        document = self._paged_document(body, top, page_height)
        pages = document.pageCount()
        layout = document.documentLayout()
        bottom = layout.blockBoundingRect(document.lastBlock()).bottom()
        end = bottom - (pages - 1) * page_height + (heading_height if pages > 1 else 0.0)
        return _Flow(document, heading, heading_height, page_height, first_page, pages, end)

    def _draw_flow(self, flow: _Flow, current: int) -> int:
        """Draw ``flow`` from its first page on; returns the page the painter is on."""
        while current < flow.first_page:
            self._next_page()
            current += 1
        for index in range(flow.pages):
            if index:
                self._next_page()
                current += 1
                self._draw_document(flow.heading, QPointF(0, 0))
            offset = flow.heading_height if index else 0.0
            self._draw_slice(flow.document, index, flow.page_height, offset)
        return current

    def _draw_slice(self, document: QTextDocument, index: int, height: float, top: float) -> None:
        """Page ``index`` of a paginated ``document`` (pages ``height`` tall), ``top`` down."""
        painter = self._p
        painter.save()
        painter.translate(0, top - index * height)
        document.drawContents(painter, QRectF(0, index * height, self._width, height))
        painter.restore()

    def _next_page(self) -> None:
        self._draw_footer()
        self._writer.newPage()
        self._page += 1

    @property
    def _p(self) -> QPainter:
        assert self._painter is not None
        return self._painter

    # -- text -----------------------------------------------------------------------

    def _document(self, body: str) -> QTextDocument:
        """A text document laid out for the PDF's resolution, ``self._width`` wide."""
        document = QTextDocument()
        document.documentLayout().setPaintDevice(self._writer)
        document.setDefaultFont(self._font)
        option = QTextOption()
        # the direction of the translation in use (RTL once a Persian one is loaded), not
        # the locale's: untranslated English in a right-to-left layout reads jumbled
        option.setTextDirection(QGuiApplication.layoutDirection())
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        document.setDefaultTextOption(option)
        document.setDocumentMargin(0)
        document.setDefaultStyleSheet(
            "h1 { font-size: 18pt; } h2 { font-size: 13pt; } "
            f"th {{ background-color: {PRINT_PAINT.header_bg}; text-align: left; }} "
            f".small {{ font-size: 8pt; color: {PRINT_PAINT.muted}; }}"
        )
        document.setHtml(body)
        document.setTextWidth(self._width)
        return document

    def _draw_document(self, document: QTextDocument, at: QPointF) -> None:
        self._p.save()
        self._p.translate(at)
        document.drawContents(self._p)
        self._p.restore()

    def _date(self, day: date, form: QLocale.FormatType = QLocale.FormatType.ShortFormat) -> str:
        return self._locale.toString(_qdate(day), form)

    def _number(self, value: float, decimals: int = 0) -> str:
        if decimals == 0:
            return self._locale.toString(round(value))
        return self._locale.toString(float(value), "f", decimals)

    def _header_html(self) -> str:
        data = self._data
        esc = html.escape
        long_form = QLocale.FormatType.LongFormat
        period = (
            translate("report", "From %1 to %2")
            .replace("%1", self._date(data.since, long_form))
            .replace("%2", self._date(data.until, long_form))
        )
        made = translate("report", "Made on %1 with calmfloor.").replace(
            "%1", self._date(data.today, long_form)
        )
        summary = practice_summary(data.totals, data.since, data.until)
        days_in_range = (data.until - data.since).days + 1
        # translate() outside the f-strings: lupdate does not look inside them
        title = translate("report", "calmfloor practice report")
        practice = translate("report", "Practice")
        parts = [f"<h1>{esc(title)}</h1>"]
        if data.patient_name.strip():
            who = translate("report", "Patient: %1").replace("%1", data.patient_name.strip())
            parts.append(f"<p><b>{esc(who)}</b></p>")
        parts += [
            f"<p>{esc(period)}<br/><span class='small'>{esc(made)}</span></p>",
            f"<h2>{esc(practice)}</h2>",
        ]
        if summary.sessions == 0:
            nothing = translate("report", "No sessions in this period.")
            parts.append(f"<p>{esc(nothing)}</p>")
            return "".join(parts)
        days = (
            translate("report", "%1 of %2")
            .replace("%1", self._number(summary.days_practised))
            .replace("%2", self._number(days_in_range))
        )
        rows = [
            (translate("report", "Sessions"), self._number(summary.sessions)),
            (translate("report", "Minutes practised"), self._number(summary.minutes)),
            (translate("report", "Days practised"), days),
        ]
        parts.append(self._table_html([], rows, width="60%"))
        by_kind = [
            (
                kind_text(kind),
                self._number(summary.sessions_by_kind[kind]),
                self._number(summary.minutes_by_kind[kind]),
            )
            for kind in SessionKind
            if summary.sessions_by_kind[kind]
        ]
        heads = [
            translate("report", "Kind"),
            translate("report", "Sessions"),
            translate("report", "Minutes"),
        ]
        parts.append("<p></p>" + self._table_html(heads, by_kind, width="60%"))
        if data.points:
            ratings = translate("report", "Ratings")
            scale = translate(
                "report", "Rated from 0 (none) to 10 (worst), before and after a session."
            )
            parts.append(f"<h2>{esc(ratings)}</h2>")
            parts.append(f"<p class='small'>{esc(scale)}</p>")
            parts += [f"<p>{esc(self._rating_line(m))}</p>" for m in Measure]
        return "".join(parts)

    def _programme_document(self) -> QTextDocument | None:
        """The programme section, or None when there is nothing for it."""
        body = self._review_html()
        return self._document(body) if body else None

    def _review_html(self) -> str:
        review = self._data.review
        if review is None:
            return ""
        return review_html(
            review,
            self._number,
            self._date,
            lambda flare: self._date_time(flare.at),
            lambda heads, rows: self._table_html(heads, rows),
            lambda value: self._number(value, 1),
        )

    def _date_time(self, moment: datetime) -> str:
        """A date and the time of day, in the time the moment was recorded in."""
        clock = self._locale.toString(
            QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat
        )
        return f"{self._date(moment.date())} {clock}"

    def _rating_line(self, measure: Measure) -> str:
        result = rating_summary(self._data.points, measure)
        label = (
            translate("report", "Tension")
            if measure is Measure.TENSION
            else translate("report", "Pain")
        )
        if result.sessions == 0 or result.mean_before is None or result.mean_after is None:
            return translate("report", "%1: not rated before and after any session.").replace(
                "%1", label
            )
        change = result.mean_change or 0.0
        plus = self._locale.positiveSign() if change > 0 else ""
        return (
            translate(
                "report",
                "%1: on average %2 before and %3 after a session (change %4) over %5 "
                "sessions rated both times; a clear drop (2 points or 30 %) in %6.",
            )
            .replace("%1", label)
            .replace("%2", self._number(result.mean_before, 1))
            .replace("%3", self._number(result.mean_after, 1))
            .replace("%4", plus + self._number(change, 1))
            .replace("%5", self._number(result.sessions))
            .replace("%6", self._number(result.meaningful))
        )

    @staticmethod
    def _table_html(
        heads: Sequence[str], rows: Sequence[Sequence[str]], width: str = "100%"
    ) -> str:
        esc = html.escape
        head = "".join(f"<th>{esc(h)}</th>" for h in heads)
        body = "".join(
            "<tr>" + "".join(f"<td>{esc(cell)}</td>" for cell in row) + "</tr>" for row in rows
        )
        return (
            f"<table width='{width}' border='1' cellspacing='0' cellpadding='4' "
            f"style='border-collapse: collapse; border-color: {PRINT_PAINT.table_border};'>"
            + (f"<thead><tr>{head}</tr></thead>" if heads else "")
            + f"<tbody>{body}</tbody></table>"
        )

    def _table_document(self, first_top: float) -> QTextDocument:
        """The ratings table, one row per rated session, paginated with its header repeated.

        Args:
            first_top: where it starts on its first page (the space above is left blank,
                for the charts already drawn there).
        """
        rows = [
            (
                self._date_time(point.started),
                practice_name(point.kind, point.name) or kind_text(point.kind),
                self._pair(point.tension_before, point.tension_after),
                self._pair(point.pain_before, point.pain_after),
            )
            for point in self._data.points
        ]
        heads = [
            translate("report", "Date"),
            translate("report", "Practice"),
            translate("report", "Tension before → after"),
            translate("report", "Pain before → after"),
        ]
        title = html.escape(translate("report", "Ratings, session by session"))
        body = f"<h2>{title}</h2>" + self._table_html(heads, rows)
        return self._paged_document(body, first_top, self._body_height)

    def _paged_document(self, body: str, first_top: float, page_height: float) -> QTextDocument:
        """``body`` laid out on pages ``page_height`` tall, its first page starting at
        ``first_top`` (the space above is left blank, for what is already drawn there)."""
        document = self._document(body)
        document.setPageSize(QSizeF(self._width, page_height))
        if first_top:
            # an empty frame of that height; a block's top margin is dropped at a page top
            spacer = QTextFrameFormat()
            spacer.setBorder(0)
            spacer.setMargin(0)
            spacer.setPadding(0)
            spacer.setHeight(first_top)
            frame = QTextCursor(document).insertFrame(spacer)
            layout = document.documentLayout()
            title_top = layout.blockBoundingRect(frame.lastCursorPosition().block().next()).top()
            spacer.setHeight(max(first_top - (title_top - first_top), 0.0))
            frame.setFrameFormat(spacer)  # less the empty line Qt keeps before a frame
        return document

    def _pair(self, before: int | None, after: int | None) -> str:
        if before is None and after is None:
            return "—"
        left = "—" if before is None else self._number(before)
        right = "—" if after is None else self._number(after)
        return change_text(left, right)

    def _draw_footer(self) -> None:
        text = (
            translate("report", "calmfloor practice report, page %1 of %2")
            .replace("%1", self._number(self._page))
            .replace("%2", self._number(self._pages))
        )
        painter = self._p
        painter.save()
        painter.setFont(self._small)
        painter.setPen(QColor(AXIS_COLOUR))
        rect = QRectF(0, self._body_height, self._width, mm(FOOTER_MM))
        painter.drawText(
            rect, int(Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag.AlignBottom), text
        )
        painter.restore()
