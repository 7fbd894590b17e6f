"""Dates, durations and amounts of practice in words: History, its charts and the report."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QObject,
    QTime,
    QTimeZone,
)

from calmfloor.ui.kit.widgets import (
    format_number,
)

if TYPE_CHECKING:
    # pyqtgraph comes with the charts, imported when the page is built
    pass


def clock_text(seconds: float) -> str:
    """``m:ss``, or ``h:mm:ss`` from an hour on (rounded to whole seconds)."""
    total = max(round(seconds), 0)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:  # in the locale's digits, like widgets.format_clock
        return f"{format_number(hours)}:{format_number(minutes, 2)}:{format_number(secs, 2)}"
    return f"{format_number(minutes)}:{format_number(secs, 2)}"


class DurationWords(QObject):
    """Lengths of time in words, with their plural forms, for the functions below.

    Not ``QCoreApplication.translate(context, "%n minute(s)", "", count)``: lupdate files a
    ``translate()`` whose count is a variable as a plain text without plural forms (German
    read "20 Minute"); it finds the plural forms of ``self.tr``.
    """

    def minutes(self, count: int) -> str:
        """``count`` minutes in full words ("4 minutes")."""
        return self.tr("%n minute(s)", "", count)

    def seconds(self, count: int) -> str:
        """``count`` seconds in full words ("30 seconds")."""
        return self.tr("%n second(s)", "", count)

    def short_minutes(self, count: int) -> str:
        """``count`` minutes, short ("25 min")."""
        return self.tr("%n min", "", count)

    def short_hours(self, count: int) -> str:
        """``count`` hours, short ("1 h")."""
        return self.tr("%n h", "", count)


def spoken_length(seconds: float) -> str:
    """A length in words for screen readers ("4 minutes 30 seconds")."""
    total = max(round(seconds), 0)
    minutes, secs = divmod(total, 60)
    words = DurationWords()
    parts = []
    if minutes:
        parts.append(words.minutes(minutes))
    if secs or not minutes:
        parts.append(words.seconds(secs))
    return " ".join(parts)


def practice_text(seconds: float) -> str:
    """A total practice time for the summary ("1 h 4 min", "25 min", "under a minute")."""
    minutes_total = int(seconds // 60)
    words = DurationWords()
    if minutes_total == 0:
        return (
            QCoreApplication.translate("HistoryView", "under a minute")
            if seconds > 0
            else words.short_minutes(0)
        )
    hours, minutes = divmod(minutes_total, 60)
    if not hours:
        return words.short_minutes(minutes)
    if not minutes:
        return words.short_hours(hours)
    return (
        QCoreApplication.translate("HistoryView", "%1 %2", "hours, then minutes")
        .replace("%1", words.short_hours(hours))
        .replace("%2", words.short_minutes(minutes))
    )


def to_qdatetime(moment: datetime) -> QDateTime:
    """``moment`` as a QDateTime in its own UTC offset (the user's local time back then)."""
    offset = moment.utcoffset()
    seconds = int(offset.total_seconds()) if offset is not None else 0
    return QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute, moment.second),
        QTimeZone.fromSecondsAheadOfUtc(seconds),
    )


_YEAR_PART = re.compile(r"^y+[^dM]*|[^dM]*y+")


_DAY_WITH_DOT = re.compile(r"(?<![d'])d\.")  # "d. MMMM": the day is written "26."


def month_day_format(locale: QLocale) -> str:
    """The locale's short date format without the year ("M/d", "dd.MM.", "MM-dd").

    Where the day number is written with a dot (German "26. Oktober", also Finnish, Czech,
    Norwegian...: seen in the long format), the dot stays after the month too: "26.10.".
    """
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    stripped = _YEAR_PART.sub("", short).strip()
    if "d" not in stripped or "M" not in stripped:
        return short
    long_form = locale.dateFormat(QLocale.FormatType.LongFormat)
    if stripped[-1] in "dM" and "." in stripped and _DAY_WITH_DOT.search(long_form):
        stripped += "."
    return stripped


def day_text(day: date, locale: QLocale | None = None, with_year: bool = True) -> str:
    """``day`` in the user's locale: the short date, or month and day only."""
    locale = locale or QLocale()
    qdate = QDate(day.year, day.month, day.day)
    if with_year:
        return locale.toString(qdate, QLocale.FormatType.ShortFormat)
    return locale.toString(qdate, month_day_format(locale))


def fill_sentence_end(template: str, placeholder: str, value: str) -> str:
    """``template`` with ``placeholder`` replaced by ``value``, without a doubled full stop.

    A value that ends in an abbreviation's dot ("25 Std. 14 Min.") already ends the sentence
    where the template puts ``placeholder`` right before its own full stop.
    """
    if value.endswith(".") and placeholder + "." in template:
        template = template.replace(placeholder + ".", placeholder)
    return template.replace(placeholder, value)
