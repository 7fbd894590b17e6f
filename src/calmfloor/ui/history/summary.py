"""The History page's summary: the range's practice and rating change in plain words."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QDate, QLocale, QObject

from calmfloor.core.stats import Measure, PracticeSummary, Range, RatingSummary
from calmfloor.ui.history.text import fill_sentence_end, practice_text


class SummaryWords(QObject):
    """Writes the summary sentences (a QObject for ``tr``'s plural forms)."""

    def summary(
        self,
        rng: Range,
        practice: PracticeSummary,
        ratings: Mapping[Measure, RatingSummary],
        start: date,
    ) -> str:
        """Days and time practised over ``rng`` from ``start``, then the rating changes."""
        days = practice.days_practised
        since = QLocale().toString(
            QDate(start.year, start.month, start.day), QLocale.FormatType.LongFormat
        )
        if days:
            template = {
                Range.WEEK: self.tr(
                    "Over the last 7 days you practised on %n day(s), %1 in all.", "", days
                ),
                Range.MONTH: self.tr(
                    "Over the last 30 days you practised on %n day(s), %1 in all.", "", days
                ),
                Range.QUARTER: self.tr(
                    "Over the last 3 months you practised on %n day(s), %1 in all.", "", days
                ),
                Range.YEAR: self.tr(
                    "Over the last year you practised on %n day(s), %1 in all.", "", days
                ),
                Range.ALL: self.tr("Since %2 you practised on %n day(s), %1 in all.", "", days),
            }[rng]
            # "25 Std. 14 Min." ends the German sentence: one full stop, not two
            text = fill_sentence_end(
                template.replace("%2", since), "%1", practice_text(practice.minutes * 60)
            )
        else:
            text = {
                Range.WEEK: self.tr("You have not practised in the last 7 days."),
                Range.MONTH: self.tr("You have not practised in the last 30 days."),
                Range.QUARTER: self.tr("You have not practised in the last 3 months."),
                Range.YEAR: self.tr("You have not practised in the last year."),
                Range.ALL: self.tr("You have not practised yet."),
            }[rng]
        for measure in (Measure.TENSION, Measure.PAIN):
            sentence = self.rating_sentence(ratings[measure])
            if sentence:
                text += " " + sentence
        return text

    def rating_sentence(self, summary: RatingSummary) -> str:
        """How a rating changed on average per session; "" when nothing was rated."""
        direction = summary.direction()
        if direction == "none" or summary.mean_change is None:
            return ""
        n = summary.sessions
        tension = summary.measure is Measure.TENSION
        if direction == "dropped":
            template = (
                self.tr(
                    "Tension dropped on average %1 points per session (%n rated session(s)).", "", n
                )
                if tension
                else self.tr(
                    "Pain dropped on average %1 points per session (%n rated session(s)).", "", n
                )
            )
        elif direction == "rose":
            template = (
                self.tr(
                    "Tension rose on average %1 points per session (%n rated session(s)).", "", n
                )
                if tension
                else self.tr(
                    "Pain rose on average %1 points per session (%n rated session(s)).", "", n
                )
            )
        else:
            template = (
                self.tr("Tension stayed about the same (%n rated session(s)).", "", n)
                if tension
                else self.tr("Pain stayed about the same (%n rated session(s)).", "", n)
            )
        return template.replace("%1", QLocale().toString(abs(summary.mean_change), "f", 1))
