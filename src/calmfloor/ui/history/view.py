"""The History page: a summary, practice and symptom charts, consistency, and the session table."""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QLabel,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from calmfloor.core.clock import Clock
from calmfloor.core.stats import Range
from calmfloor.storage.errors import StorageError
from calmfloor.storage.history_db import HistoryStore
from calmfloor.ui.history.controller import HistoryController, locale_week_start
from calmfloor.ui.history.panes import RANGES, ConsistencyPane, ProgrammePane, RangeBar
from calmfloor.ui.history.sessions_pane import SessionsPane
from calmfloor.ui.history.summary import SummaryWords
from calmfloor.ui.history.table import Column, SessionTableModel
from calmfloor.ui.kit.fonts import set_font_scale
from calmfloor.ui.kit.models import SettingsModel
from calmfloor.ui.kit.widgets import scrolling

if TYPE_CHECKING:
    # pyqtgraph comes with the charts, imported when the page is built
    from calmfloor.ui.history.calendar import CalendarHeatMap
    from calmfloor.ui.history.charts import PracticeChart, SymptomChart

__all__ = ["RANGES", "Column", "HistoryView", "SessionTableModel", "Tab"]

HEADING_SCALE = 1.5  # the page heading, relative to the app's (already large) font


class Tab(IntEnum):
    """The page's tabs, in order."""

    PRACTICE = 0
    SYMPTOMS = 1
    CONSISTENCY = 2
    SESSIONS = 3
    PROGRAMME = 4  # adherence, flares, regions skipped because they hurt, heat apart


class HistoryView(QWidget):
    """The History page: a plain-language summary over a chosen range, then five tabs.

    Practice (minutes per day or week, stacked by kind), Symptoms (ratings before and after
    and their change), Consistency (streak, weekly goal, calendar heat map), Sessions (the
    sortable table with delete, delete-all, restore and export) and Programme. A tab is built
    when it is first shown, and only the visible tab is refreshed; the others are marked stale
    and refreshed when shown, so the session table is read only when it is first needed.
    pyqtgraph is imported when the Practice tab is built (see :mod:`.warmup`).

    When there is no store the page shows ``unavailable_message`` instead; when there are no
    sessions it says so. A read-only store shows everything but cannot delete.

    Args:
        store: the history database, or None when history is off this run.
        unavailable_message: the translated explanation shown when ``store`` is None.
        settings: the preferences (the weekly goal is read and edited here), or None.
        clock: gives today's date (``clock.wall()``); the system clock when None.
        parent: the Qt parent.
        export_enabled: offer Export CSV and PDF report; False hides them (the clinic
            turned export off).
        controller: the page's controller; one over ``store`` and ``clock`` when None.

    Signals:
        None; call :meth:`reload` when the page is shown and after a session is saved.
    """

    def __init__(
        self,
        store: HistoryStore | None,
        unavailable_message: str = "",
        settings: SettingsModel | None = None,
        clock: Clock | None = None,
        parent: QWidget | None = None,
        *,
        export_enabled: bool = True,
        controller: HistoryController | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller or HistoryController(
            store, clock, self, export_enabled=export_enabled
        )
        self._settings = settings
        self._stale: set[Tab] = set(Tab)
        self._words = SummaryWords(self)
        self.setObjectName("history-view")

        heading = QLabel(self.tr("History"))
        set_font_scale(heading, HEADING_SCALE, bold=True)
        heading.setAccessibleName(self.tr("History"))

        self._range_bar = RangeBar(self._controller.range)
        self._range_bar.range_chosen.connect(self.set_range)

        self._summary = QLabel()
        self._summary.setObjectName("history-summary")
        self._summary.setWordWrap(True)
        self._summary.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self._summary.setAccessibleName(self.tr("Summary"))
        self._summary.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches it

        self._notice = QLabel()  # read-only, export and error notes
        self._notice.setWordWrap(True)
        self._notice.setObjectName("history-notice")
        self._notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._notice.hide()

        self._message = QLabel()  # the empty or unavailable state
        self._message.setObjectName("history-message")
        self._message.setWordWrap(True)
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)

        # each tab is an empty holder until first shown; its pane is built then
        self._holders = {tab: QWidget() for tab in Tab}
        for holder in self._holders.values():
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
        self._practice: PracticeChart | None = None
        self._symptoms: SymptomChart | None = None
        self._consistency: ConsistencyPane | None = None
        self._sessions: SessionsPane | None = None
        self._programme: ProgrammePane | None = None
        self._tabs = QTabWidget()
        self._tabs.setObjectName("history-tabs")
        self._tabs.setAccessibleName(self.tr("Charts and sessions"))
        titles = {
            Tab.PRACTICE: self.tr("Practice"),
            Tab.SYMPTOMS: self.tr("Symptoms"),
            Tab.CONSISTENCY: self.tr("Consistency"),
            Tab.SESSIONS: self.tr("Sessions"),
            Tab.PROGRAMME: self.tr("Programme"),
        }
        # each tab scrolls when large text or a small window leaves too little room: the
        # charts keep their size and the page never grows past the screen (the scroll areas
        # are kept here: Python would otherwise collect them, and the charts with them); the
        # programme's tables scroll inside their own text view, so they never widen the window
        self._tab_pages: list[QWidget] = [
            self._holders[tab] if tab is Tab.PROGRAMME else scrolling(self._holders[tab], title)
            for tab, title in titles.items()
        ]
        for page, title in zip(self._tab_pages, titles.values(), strict=True):
            self._tabs.addTab(page, title)
        self._tabs.currentChanged.connect(self._on_tab_changed)

        self._pages = QStackedWidget()
        self._pages.setObjectName("history-pages")
        self._pages.setAccessibleName(self.tr("History"))  # not a nameless "layered pane"
        self._pages.addWidget(self._tabs)
        self._pages.addWidget(self._message)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self._range_bar)
        layout.addWidget(self._summary)
        layout.addWidget(self._notice)
        layout.addWidget(self._pages, 1)

        self._unavailable_message = unavailable_message or self.tr(
            "History is not available this time. Your sessions are not being recorded."
        )
        self._controller.changed.connect(self.reload)
        self._build(Tab.PRACTICE)  # the visible tab, even before there is anything to chart
        self.reload()

    # ----- panes, built when first needed ------------------------------------------------

    def _place(self, tab: Tab, pane: QWidget) -> None:
        layout = self._holders[tab].layout()
        assert layout is not None
        layout.addWidget(pane)
        # built late, its controls would come last in Tab order: put them after the tabs
        previous: QWidget = self._tabs.tabBar()
        for control in [pane, *pane.findChildren(QWidget)]:
            if control.focusPolicy() != Qt.FocusPolicy.NoFocus:
                QWidget.setTabOrder(previous, control)
                previous = control

    def _practice_chart(self) -> PracticeChart:
        if self._practice is None:
            from calmfloor.ui.history.charts import PracticeChart

            self._practice = PracticeChart()
            self._place(Tab.PRACTICE, self._practice)
        return self._practice

    def _symptom_chart(self) -> SymptomChart:
        if self._symptoms is None:
            from calmfloor.ui.history.charts import SymptomChart

            self._symptoms = SymptomChart()
            self._place(Tab.SYMPTOMS, self._symptoms)
        return self._symptoms

    def _consistency_pane(self) -> ConsistencyPane:
        if self._consistency is None:
            self._consistency = ConsistencyPane(self._settings)
            self._consistency.goal_edited.connect(self._update_week_text)
            self._place(Tab.CONSISTENCY, self._consistency)
        return self._consistency

    def _sessions_pane(self) -> SessionsPane:
        if self._sessions is None:
            self._sessions = SessionsPane(self._controller)
            self._sessions.notice.connect(self._show_notice)
            self._sessions.update_actions()
            self._place(Tab.SESSIONS, self._sessions)
        return self._sessions

    def _programme_pane(self) -> ProgrammePane:
        if self._programme is None:
            self._programme = ProgrammePane()
            self._place(Tab.PROGRAMME, self._programme)
        return self._programme

    # ----- public ------------------------------------------------------------------------

    @property
    def controller(self) -> HistoryController:
        """The page's controller (queries, delete, restore, exports)."""
        return self._controller

    @property
    def table(self) -> QTableView:
        """The session table, filled for the range shown (read on first use)."""
        self._refresh_tab(Tab.SESSIONS)
        return self._sessions_pane().table

    @property
    def tabs(self) -> QTabWidget:
        """Practice, Symptoms, Consistency, Sessions, Programme."""
        return self._tabs

    @property
    def practice_chart(self) -> PracticeChart:
        """The practice chart (built on first use)."""
        return self._practice_chart()

    @property
    def symptom_chart(self) -> SymptomChart:
        """The symptom chart (built and filled on first use)."""
        self._refresh_tab(Tab.SYMPTOMS)
        return self._symptom_chart()

    @property
    def heat_map(self) -> CalendarHeatMap:
        """The calendar heat map (filled on first use)."""
        self._refresh_tab(Tab.CONSISTENCY)
        return self._consistency_pane().heat_map

    @property
    def range_buttons(self) -> QButtonGroup:
        """The range switch (ids follow :data:`RANGES`)."""
        return self._range_bar.buttons

    @property
    def goal_spin(self) -> QSpinBox:
        """The weekly goal's spin box."""
        return self._consistency_pane().goal

    @property
    def delete_button(self) -> QPushButton:
        """The "Delete session" button."""
        return self._sessions_pane().delete_button

    @property
    def delete_all_button(self) -> QPushButton:
        """The "Delete all my data" button."""
        return self._sessions_pane().delete_all_button

    @property
    def restore_button(self) -> QPushButton:
        """The "Restore from a backup" button."""
        return self._sessions_pane().restore_button

    @property
    def export_csv_button(self) -> QPushButton:
        """The "Export CSV" button."""
        return self._sessions_pane().csv_button

    @property
    def pdf_button(self) -> QPushButton:
        """The "PDF report" button."""
        return self._sessions_pane().pdf_button

    @property
    def message_text(self) -> str:
        """The empty or unavailable message, or "" while the tabs are shown."""
        return self._message.text() if self._pages.currentWidget() is self._message else ""

    @property
    def summary_text(self) -> str:
        """The plain-language summary."""
        return self._summary.text()

    @property
    def notice_text(self) -> str:
        """The notice line (read-only, export results, errors), or ""."""
        return self._notice.text() if not self._notice.isHidden() else ""

    @property
    def streak_text(self) -> str:
        """The streak line of the Consistency tab."""
        self._refresh_tab(Tab.CONSISTENCY)
        return self._consistency_pane().streak.text()

    @property
    def week_text(self) -> str:
        """The "days this week" line of the Consistency tab."""
        self._refresh_tab(Tab.CONSISTENCY)
        return self._consistency_pane().week.text()

    @property
    def current_range(self) -> Range:
        """The range shown."""
        return self._controller.range

    @property
    def range_start(self) -> date:
        """The first day of the range shown."""
        return self._controller.start

    @property
    def weekly_goal(self) -> int:
        """Days a week the user aims to practise (the setting, or 5 without one)."""
        return self._consistency_pane().weekly_goal

    def set_range(self, rng: Range) -> None:
        """Show ``rng``: the summary and the visible tab now, the other tabs when shown."""
        self._range_bar.check(rng)
        if not self._controller.set_range(rng):
            return
        self._stale |= {Tab.PRACTICE, Tab.SYMPTOMS, Tab.SESSIONS, Tab.PROGRAMME}
        self._load_range()

    @Slot()
    def reload(self) -> None:
        """Read the history again (page shown, a session saved or deleted)."""
        self._stale = set(Tab)
        self._notice.hide()
        self._load_range()
        notices = []
        if self._controller.read_only:
            notices.append(
                self.tr("History is open read-only: sessions can be viewed but not deleted.")
            )
        unreadable = self._controller.unreadable_count()
        if unreadable:
            notices.append(
                self.tr(
                    "Not shown: %n session(s) in your history that could not be read; "
                    "each stays untouched in the file.",
                    "",
                    unreadable,
                )
            )
        if notices:
            self._show_notice(" ".join(notices))

    @Slot()
    def delete_selected(self) -> None:
        """Ask, then delete the selected session and reload."""
        self._sessions_pane().delete_selected()

    @Slot()
    def delete_all(self) -> None:
        """Ask, then delete every session and rating (settings, patterns, routines stay)."""
        self._sessions_pane().delete_all()

    @Slot()
    def restore_from_backup(self) -> None:
        """Offer the backups, newest first, and restore the one chosen after asking."""
        self._sessions_pane().restore_from_backup()

    @Slot()
    def export_csv(self) -> None:
        """Ask for a file name, then save the sessions of the range shown as CSV."""
        self._sessions_pane().export_csv()

    @Slot()
    def export_pdf(self) -> None:
        """Ask for a file name, then save a PDF report of the range shown."""
        self._sessions_pane().export_pdf()

    # ----- loading -----------------------------------------------------------------------

    def _load_range(self) -> None:
        """Read the totals of the range, write the summary, refresh the visible tab."""
        controller = self._controller
        if not controller.available:
            self._show_message(self._unavailable_message)
            self._update_actions()
            return
        try:
            has_history = controller.load()
            if has_history:
                text = self._words.summary(
                    controller.range,
                    controller.practice(),
                    controller.rating_summaries(),  # SQL, no rows
                    controller.start,
                )
        except StorageError:
            self._show_message(self.tr("The history could not be read just now. Try again later."))
            self._update_actions()
            return
        if not has_history:
            if self._sessions is not None:
                self._sessions.clear()
            self._stale.discard(Tab.SESSIONS)
            self._show_message(self.tr("No sessions yet. Your practice will appear here."))
            self._update_actions()
            return
        self._summary.setText(text)
        # readers say a label's name, not its description (Orca: "Summary label." and no more)
        self._summary.setAccessibleName(
            self.tr("Summary: %1").replace("%1", text.replace("\n", " "))
        )
        self._summary.setAccessibleDescription(text)
        self._summary.show()
        self._range_bar.show()
        self._pages.setCurrentWidget(self._tabs)
        self._refresh_visible()
        self._update_actions()

    def _on_tab_changed(self, index: int) -> None:
        if index >= 0:  # -1: the last tab went away (the page is being taken down)
            self._refresh_visible()

    def _refresh_visible(self) -> None:
        self._refresh_tab(Tab(self._tabs.currentIndex()))

    def _refresh_tab(self, tab: Tab) -> None:
        """Build ``tab`` if it is new, and bring it up to date if it is stale."""
        controller = self._controller
        if tab not in self._stale or not controller.has_history:
            self._build(tab)
            return
        self._stale.discard(tab)
        try:
            if tab is Tab.PRACTICE:
                self._practice_chart().set_series(controller.practice_series(locale_week_start()))
            elif tab is Tab.SYMPTOMS:
                self._symptom_chart().set_points(
                    controller.rating_points(), controller.start, controller.today
                )
            elif tab is Tab.CONSISTENCY:
                found = controller.consistency(locale_week_start())
                self._consistency_pane().show_consistency(found, controller.today)
            elif tab is Tab.PROGRAMME:
                self._programme_pane().show_review(controller.programme_review())
            else:
                self._sessions_pane().fill()
        except StorageError:
            self._stale.add(tab)
            self._show_notice(self.tr("The history could not be read just now. Try again later."))

    def _build(self, tab: Tab) -> None:
        {
            Tab.PRACTICE: self._practice_chart,
            Tab.SYMPTOMS: self._symptom_chart,
            Tab.CONSISTENCY: self._consistency_pane,
            Tab.SESSIONS: self._sessions_pane,
            Tab.PROGRAMME: self._programme_pane,
        }[tab]()

    @Slot()
    def _update_week_text(self) -> None:
        try:
            days = self._controller.week_days()
        except StorageError:
            return
        if days is not None:
            self._consistency_pane().show_week(days, self._controller.today)

    def _update_actions(self) -> None:
        if self._sessions is not None:
            self._sessions.update_actions()

    def _show_message(self, text: str) -> None:
        self._message.setText(text)
        self._message.setAccessibleName(text)
        self._pages.setCurrentWidget(self._message)
        self._summary.hide()
        self._range_bar.hide()

    @Slot(str)
    def _show_notice(self, text: str) -> None:
        self._notice.setText(text)
        self._notice.setAccessibleName(text)
        self._notice.show()
