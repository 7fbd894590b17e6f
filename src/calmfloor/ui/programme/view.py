"""Today: what the programme asks, what is done, and the next item one press away; the flare
plan and log in a dialog. Views hold no timing logic; the controller does the reading."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from calmfloor.core.adherence import TodayItem
from calmfloor.core.programme import FlarePlan, ItemKind, Programme, ProgrammeItem
from calmfloor.ui.kit.fonts import set_font_scale
from calmfloor.ui.kit.rating import RatingRow
from calmfloor.ui.kit.widgets import (
    FlowLayout,
    announce,
    format_decimal,
    format_number,
    keep_tall,
    scrolling,
    tr_core,
    wrapping_label,
)
from calmfloor.ui.programme.controller import ProgrammeController

translate = QCoreApplication.translate  # called as translate("programme", ...) for lupdate

HEADING_SCALE = 1.6
START_SCALE = 1.2

DEFAULT_FLARE_STEPS = (  # when the programme has no flare plan: release, then heat
    ProgrammeItem("release-breathing", ItemKind.BREATHING, "Pelvic-floor drop", 5, None),
    ProgrammeItem("release-only", ItemKind.ROUTINE, "release-only", 10, None),
    ProgrammeItem("heat", ItemKind.HEAT, "", 15, None),
)


def item_title(item: ProgrammeItem) -> str:
    """What an item is called on screen: the physiotherapist's label, else the practice."""
    if item.label:
        return item.label
    if item.kind is ItemKind.BREATHING:
        return tr_core("patterns", item.target)
    if item.kind is ItemKind.HEAT:
        return translate("programme", "Heat pack")
    return item.target


def minutes_text(item: ProgrammeItem) -> str:
    return translate("programme", "%1 min").replace("%1", format_decimal(item.minutes, 1))


def progress_text(entry: TodayItem) -> str:
    """ "1 of 2 today", "2 of 3 this week", "as needed (1 today)"."""
    item = entry.item
    if item.as_needed:
        return translate("programme", "as needed (%1 today)").replace(
            "%1", format_number(entry.done)
        )
    done, asked = format_number(entry.done), format_number(entry.asked)
    if entry.period_days == 1:
        text = translate("programme", "%1 of %2 today")
    elif entry.period_days == 7:
        text = translate("programme", "%1 of %2 this week")
    else:
        text = translate("programme", "%1 of %2 in these %3 days").replace(
            "%3", format_number(entry.period_days)
        )
    return text.replace("%1", done).replace("%2", asked)


class TodayView(QWidget):
    """The Today page: one row per item, the next one to start, flare and import buttons.

    Args:
        controller: the programme controller.
        clock_text: words for a time of day (the locale's short form by default).

    Signals:
        flare_requested(): the Flare button was pressed.
        import_requested(): the Import button was pressed.
        clinic_chosen(object): the ``Path`` of a programme from the clinic's folder to use.
    """

    flare_requested = Signal()
    import_requested = Signal()
    clinic_chosen = Signal(object)

    def __init__(
        self,
        controller: ProgrammeController,
        clock_text: Callable[[QTime], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("today-page")
        self._controller = controller
        self._clock_text = clock_text or (
            lambda moment: QLocale().toString(moment, QLocale.FormatType.ShortFormat)
        )
        page = QWidget()
        self._column = QVBoxLayout(page)
        self._heading = QLabel(self.tr("Today"))
        self._heading.setObjectName("today-heading")
        set_font_scale(self._heading, HEADING_SCALE, bold=True)
        self._programme = wrapping_label("today-programme")
        self._note = wrapping_label("today-note")
        self._rows = QVBoxLayout()
        self._next = QPushButton()
        self._next.setObjectName("today-start-next")
        set_font_scale(self._next, START_SCALE, bold=True, large_type=True)
        keep_tall(self._next)
        self._next.clicked.connect(self._start_next)
        self._all_done = wrapping_label("today-all-done")
        self._flare = QPushButton(self.tr("Flare plan…"))
        self._flare.setObjectName("today-flare")
        self._flare.setAccessibleDescription(
            self.tr("What to do now in a flare, when to call the clinic, and the flare log")
        )
        self._flare.clicked.connect(self.flare_requested)
        self._import = QPushButton(self.tr("Import programme…"))
        self._import.setObjectName("today-import")
        self._import.setAccessibleDescription(
            self.tr(
                "Loads a programme file from your physiotherapist; the old one stays in history"
            )
        )
        self._import.clicked.connect(self.import_requested)
        buttons = FlowLayout()
        buttons.addWidget(self._flare)
        buttons.addWidget(self._import)
        # the clinic's programmes (policy clinic_programmes_dir): one press to use one
        self._clinic = QGroupBox(self.tr("Programmes from your clinic"))
        self._clinic.setObjectName("today-clinic")
        self._clinic_rows = QVBoxLayout(self._clinic)
        self._clinic_widgets: list[QWidget] = []
        for widget in (self._heading, self._programme, self._note):
            self._column.addWidget(widget)
        self._column.addLayout(self._rows)
        self._column.addWidget(self._next)
        self._column.addWidget(self._all_done)
        self._column.addLayout(buttons)
        self._column.addWidget(self._clinic)
        self._column.addStretch(1)
        self._scroll = scrolling(page, self.tr("Today"))  # kept: see docs/architecture.md
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._scroll)
        self._row_widgets: list[QWidget] = []
        controller.changed.connect(self.refresh)
        self.refresh()

    @property
    def next_button(self) -> QPushButton:
        return self._next

    def row_texts(self) -> list[str]:
        """The text of each item row, as shown (for tests and screen readers)."""
        return [
            label.text()
            for row in self._row_widgets
            for label in row.findChildren(QLabel, "today-item-text")
        ]

    def refresh(self) -> None:
        """Show the controller's current status."""
        for row in self._row_widgets:
            self._rows.removeWidget(row)
            row.hide()  # not drawn over the new rows while it waits to be deleted
            row.deleteLater()
        self._row_widgets = []
        status = self._controller.status
        programme = self._controller.programme
        self._import.setVisible(self._controller.available)
        self._show_clinic_programmes()
        if status is None:
            if programme is None:
                text = self.tr(
                    "No programme yet. When your physiotherapist gives you a programme file, "
                    "import it here; Today then shows what it asks for each day."
                )
            else:
                text = self.tr("Your programme “%1” does not ask for anything today.").replace(
                    "%1", programme.title
                )
            self._programme.setText(text)
            self._note.hide()
            self._next.hide()
            self._all_done.hide()
            return
        self._programme.setText(self._programme_line(status.programme))
        self._note.setText(status.programme.note)
        self._note.setVisible(bool(status.programme.note))
        for entry in status.items:
            row = self._item_row(entry)
            self._rows.addWidget(row)
            self._row_widgets.append(row)
        nxt = status.next_item
        if nxt is None:
            self._next.hide()
            self._all_done.setText(self.tr("Everything asked for today is done. Well done."))
            self._all_done.show()
        else:
            text = self.tr("Start: %1 (%2)").replace("%1", item_title(nxt))
            self._next.setText(text.replace("%2", minutes_text(nxt)))
            self._next.setAccessibleName(self._next.text())
            self._next.show()
            self._all_done.hide()

    def _show_clinic_programmes(self) -> None:
        for widget in self._clinic_widgets:
            self._clinic_rows.removeWidget(widget)
            widget.hide()  # gone now for the reader and the Tab order, deleted later
            widget.deleteLater()
        self._clinic_widgets = []
        offered, problems = self._controller.clinic_programmes()
        for path, programme in offered:
            use = QPushButton(self.tr("Use “%1”").replace("%1", programme.title))
            use.setObjectName("today-clinic-use")
            start = QDate(programme.start.year, programme.start.month, programme.start.day)
            end = QDate(programme.end.year, programme.end.month, programme.end.day)
            about = self.tr("From %1, %2 to %3").replace("%1", programme.author)
            about = about.replace("%2", QLocale().toString(start, QLocale.FormatType.ShortFormat))
            about = about.replace("%3", QLocale().toString(end, QLocale.FormatType.ShortFormat))
            use.setAccessibleDescription(about)
            use.setToolTip(about)
            use.clicked.connect(lambda _checked=False, chosen=path: self.clinic_chosen.emit(chosen))
            self._clinic_rows.addWidget(use)
            self._clinic_widgets.append(use)
        if problems:
            sources = {problem.source for problem in problems}
            note = wrapping_label(
                "today-clinic-problems",
                self.tr(
                    "%n file(s) in the clinic's programme folder could not be used; please "
                    "tell the clinic.",
                    "",
                    len(sources),
                ),
            )
            self._clinic_rows.addWidget(note)
            self._clinic_widgets.append(note)
        self._clinic.setVisible(bool(self._clinic_widgets))

    def _programme_line(self, programme: Programme) -> str:
        line = self.tr("%1, from %2").replace("%1", programme.title).replace("%2", programme.author)
        if programme.review is not None:
            day = QDate(programme.review.year, programme.review.month, programme.review.day)
            review = QLocale().toString(day, QLocale.FormatType.LongFormat)
            line += "\n" + self.tr("Next review: %1").replace("%1", review)
        return line

    def _item_row(self, entry: TodayItem) -> QWidget:
        item = entry.item
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        parts = [item_title(item), minutes_text(item), progress_text(entry)]
        if entry.next_time is not None and not entry.complete:
            moment = QTime(entry.next_time.hour, entry.next_time.minute)
            parts.append(self.tr("next at %1").replace("%1", self._clock_text(moment)))
        if entry.complete and not item.as_needed:
            parts.append(self.tr("done"))
        label = wrapping_label("today-item-text", " · ".join(parts))
        layout.addWidget(label, 1)
        start = QPushButton(self.tr("Start"))
        start.setObjectName(f"today-start-{item.id}")
        start.setAccessibleName(self.tr("Start %1").replace("%1", item_title(item)))
        start.clicked.connect(lambda: self._controller.start(item))
        layout.addWidget(start)
        return row

    def _start_next(self) -> None:
        status = self._controller.status
        if status is not None and status.next_item is not None:
            self._controller.start(status.next_item)


class FlareDialog(QDialog):
    """The flare plan (the programme's, or a gentle default), when to call, and the log.

    Args:
        controller: the programme controller (starts steps, saves the log).
        parent: the window.
    """

    def __init__(self, controller: ProgrammeController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("flare-dialog")
        self.setWindowTitle(self.tr("Flare plan"))
        self._controller = controller
        programme = controller.programme
        plan = programme.flare if programme is not None else None
        steps = self._steps(programme, plan)
        column = self._column = QVBoxLayout(self)
        # never smaller than its contents: the rating row goes to two lines when narrow
        column.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        intro = wrapping_label(
            "flare-intro",
            self.tr(
                "Go gently. Do these in order, as far as they help; stop anything that "
                "raises the pain. Every heat-pack rule still applies."
            ),
        )
        column.addWidget(intro)
        for number, item in enumerate(steps, start=1):
            text = (
                self.tr("%1. %2 (%3)")
                .replace("%1", format_number(number))
                .replace("%2", item_title(item))
                .replace("%3", minutes_text(item))
            )
            button = QPushButton(text)
            button.setObjectName(f"flare-step-{number}")
            button.clicked.connect(lambda _checked=False, chosen=item: self._start(chosen))
            column.addWidget(button)
        when = plan.when_to_call if plan is not None and plan.when_to_call else ""
        call = wrapping_label(
            "flare-when-to-call",
            self.tr("When to call the clinic: %1").replace("%1", when)
            if when
            else self.tr(
                "Call your clinic or doctor if the pain is severe, keeps rising, or comes "
                "with fever, numbness or trouble passing water."
            ),
        )
        column.addWidget(call)
        if plan is not None and plan.note:
            column.addWidget(wrapping_label("flare-note", plan.note))
        log = QGroupBox(self.tr("Note this flare"))
        log_column = QVBoxLayout(log)
        self.severity = RatingRow(self.tr("How bad"), self.tr("none"), self.tr("worst"))
        self.severity.setObjectName("flare-severity")
        self.trigger = QLineEdit()
        self.trigger.setObjectName("flare-trigger")
        self.trigger.setMaxLength(120)
        self.trigger.setPlaceholderText(self.tr("What may have set it off (optional)"))
        self.trigger.setAccessibleName(self.tr("Trigger"))
        self.save = QPushButton(self.tr("Save to the flare log"))
        self.save.setObjectName("flare-save")
        self.save.setEnabled(False)
        self.save.clicked.connect(self._save)
        self.severity.value_changed.connect(lambda value: self.save.setEnabled(value is not None))
        self.saved_text = wrapping_label("flare-saved")
        for widget in (self.severity, self.trigger, self.save, self.saved_text):
            log_column.addWidget(widget)
        log.setEnabled(controller.available)
        column.addWidget(log)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        column.addWidget(close)

    def showEvent(self, event: QShowEvent) -> None:
        # wide enough for the 0-10 row on one line, where the screen allows it
        screen = self.screen().availableGeometry().width() if self.screen() else 0
        margins = self._column.contentsMargins()
        extra = 4 * (margins.left() + margins.right())
        wanted = self.severity.sizeHint().width() + extra
        self.setMinimumWidth(min(wanted, screen - extra) if screen else wanted)
        super().showEvent(event)
        self.adjustSize()

    @staticmethod
    def _steps(programme: Programme | None, plan: FlarePlan | None) -> list[ProgrammeItem]:
        if programme is None or plan is None or not plan.steps:
            return list(DEFAULT_FLARE_STEPS)
        found = [programme.item(step) for step in plan.steps]
        return [item for item in found if item is not None]

    def _start(self, item: ProgrammeItem) -> None:
        self._controller.start(item)
        self.accept()

    def _save(self) -> None:
        value = self.severity.value()
        if value is None:
            return
        entry = self._controller.log_flare(value, self.trigger.text())
        if entry is None:
            self.saved_text.setText(self.tr("The flare could not be saved just now."))
        else:
            self.saved_text.setText(self.tr("Saved to your flare log."))
            self.trigger.clear()
            self.save.setEnabled(False)
        announce(self.saved_text, self.saved_text.text())
