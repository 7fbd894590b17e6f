"""The main window: navigation between pages, notices, full screen. It composes, nothing else."""

from __future__ import annotations

import base64
import binascii
import contextlib
import functools
import itertools
from datetime import datetime, time
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QHBoxLayout,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from calmfloor.core.reminders import Reminder, ReminderKind
from calmfloor.storage.errors import StorageError, StorageWriteError
from calmfloor.storage.settings_store import (
    STATE_HEAT_CHECKLIST_CONFIRMED,
    STATE_HEAT_LAST_AREA,
    STATE_LAST_PATTERN,
    STATE_LAST_ROUTINE,
    STATE_RELAX_CAUTION_SEEN,
    STATE_SAFETY_NOTE_SEEN,
    STATE_WINDOW_GEOMETRY,
)
from calmfloor.ui.breathing.controller import BreathingController, SessionRecorder
from calmfloor.ui.breathing.view import BreathingView
from calmfloor.ui.kit.messages import MessageBar, write_failure_text
from calmfloor.ui.kit.shortcuts import (
    keys_text,
    leave_space_to_page,
    make_shortcut,
    show_shortcuts,
    spec,
)
from calmfloor.ui.kit.sound import CuePlayer
from calmfloor.ui.kit.theme import apply_theme, resolve_reduced_motion
from calmfloor.ui.kit.tray import SharedTray
from calmfloor.ui.kit.widgets import announce, fit_to_screen, format_number, scrolling
from calmfloor.ui.reminders.controller import (
    ReminderBanner,
    ReminderController,
    ReminderNotifier,
)
from calmfloor.ui.reminders.quiet import system_quiet_source
from calmfloor.ui.shell.context import AppContext
from calmfloor.ui.shell.warmup import start_history_warmup

if TYPE_CHECKING:
    from calmfloor.core.programme import ProgrammeItem
    from calmfloor.ui.heat.alarm import HeatAlarmBanner, HeatNotifier, HeatStatusChip
    from calmfloor.ui.heat.controller import HeatController, HeatRecorder
    from calmfloor.ui.heat.view import HeatView
    from calmfloor.ui.history.view import HistoryView
    from calmfloor.ui.programme.controller import ProgrammeController
    from calmfloor.ui.programme.view import FlareDialog, TodayView
    from calmfloor.ui.relax.controller import RelaxController
    from calmfloor.ui.relax.view import RelaxView
    from calmfloor.ui.settings.view import SettingsView

DEFAULT_SIZE = (1100, 760)


class Page(IntEnum):
    """The pages, in navigation order; Ctrl+1 opens the first."""

    BREATHE = 0
    RELAX = 1
    HEAT = 2
    HISTORY = 3
    SETTINGS = 4
    TODAY = 5  # the programme's Today; listed first, offered when history is kept


PAGE_KEYS = {  # the shortcut (in ui/shortcuts.py) that opens each page
    Page.BREATHE: "page-breathe",
    Page.RELAX: "page-relax",
    Page.HEAT: "page-heat",
    Page.HISTORY: "page-history",
    Page.SETTINGS: "page-settings",
    Page.TODAY: "page-today",
}

AFTER_FIRST_PAINT_MS = 50  # deferred start-up work waits until the window has painted


_QT_EFFECTS = (  # Qt's own sliding and fading: menus, list boxes, tooltips, tool boxes
    Qt.UIEffect.UI_AnimateMenu,
    Qt.UIEffect.UI_FadeMenu,
    Qt.UIEffect.UI_AnimateCombo,
    Qt.UIEffect.UI_AnimateTooltip,
    Qt.UIEffect.UI_FadeTooltip,
    Qt.UIEffect.UI_AnimateToolBox,
)
_QT_EFFECTS_DEFAULT = "calmfloor-qt-effects"  # the desktop's choice, kept on the application


def _still_qt_effects(reduced: bool) -> None:
    """With reduced motion, Qt's menus, list boxes and tooltips appear without sliding or
    fading; without it, they do what the desktop chose."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    defaults = app.property(_QT_EFFECTS_DEFAULT)
    if defaults is None:
        defaults = [QApplication.isEffectEnabled(effect) for effect in _QT_EFFECTS]
        app.setProperty(_QT_EFFECTS_DEFAULT, defaults)
    for effect, default in zip(_QT_EFFECTS, defaults, strict=True):
        QApplication.setEffectEnabled(effect, bool(default) and not reduced)


class MainWindow(QMainWindow):
    """Breathe, Relax, Heat pack, History and Settings pages behind a navigation column.

    The heat-pack timer belongs to the window, not to its page: its countdown chip sits in
    the navigation column and its alarm banner above every page.

    In kiosk mode (a waiting-room guest, see ``ui/kiosk.py``) only Breathe and Relax are
    offered, no window geometry or state is kept, no reminder is set and there is no route
    to the file system (routine import and export are hidden).

    The clinic policy (``context.policy``) shapes every page: locked settings are shown as
    managed by the clinic (Settings), history may be off (nothing recorded, the History
    page says why) and export hidden, the heat pack is capped at ``heat_cap_min``, and only
    the offered patterns and routines are listed (see
    :func:`~calmfloor.ui.shell.context.load_context`).

    Args:
        context: the loaded profile (models, stores, notices).
        cues: the sound player (injected so tests can run silent).
        kiosk: a kiosk guest's window.
    """

    def __init__(
        self, context: AppContext, cues: CuePlayer | None = None, *, kiosk: bool = False
    ) -> None:
        super().__init__()
        self.setObjectName("main-window")
        self.context = context
        self.kiosk = kiosk
        # a guest needs no heat packs (not in a waiting room), no history, no settings
        self._offered = (Page.BREATHE, Page.RELAX) if kiosk else tuple(Page)
        if kiosk or context.history is None:  # a kiosk never shows a programme
            self._offered = tuple(page for page in self._offered if page is not Page.TODAY)
        self.setWindowTitle(self.tr("calmfloor"))

        self.controller = BreathingController(context.clock, self)
        self.recorder = SessionRecorder(self.controller, context.history, context.clock, self)
        # sounds load right after the first paint, so start-up shows the window sooner
        self.cues = cues or CuePlayer(self, deferred=True)
        self.messages = MessageBar()

        policy = context.policy
        # guests and a clinic without history are never recorded: no "could not be saved"
        self._report_unsaved = not context.guest and policy.history_enabled
        seen = context.state.get_bool(STATE_SAFETY_NOTE_SEEN, False)
        self.breathing = BreathingView(
            self.controller,
            self.recorder,
            context.settings,
            context.library,
            self.cues,
            show_safety_note=not seen,
            report_unsaved=self._report_unsaved,
            # with a clinic's list of patterns, the user's own are not offered
            own_patterns=context.guest or policy.patterns is None,
        )
        self._history: HistoryView | None = None  # built when first opened
        self._settings: SettingsView | None = None
        self._relax: RelaxView | None = None
        self._heat: HeatView | None = None
        self._relax_controller: RelaxController | None = None  # built with the Relax page
        self._today: TodayView | None = None  # built when a programme runs or when opened
        self._flare_dialog: FlareDialog | None = None
        self.programme_controller: ProgrammeController | None = None
        if Page.TODAY in self._offered:
            from calmfloor.ui.programme.controller import ProgrammeController

            self.programme_controller = ProgrammeController(context.history, context.clock, self)
            self.programme_controller.start_requested.connect(self._start_programme_item)
        # built with the Heat page (see ``heat``)
        self.heat_controller: HeatController
        self.heat_recorder: HeatRecorder
        self.heat_banner: HeatAlarmBanner
        self.heat_chip: HeatStatusChip
        self.heat_notifier: HeatNotifier

        self.pages = QStackedWidget()
        self._nav = QButtonGroup(self)
        nav_column = QVBoxLayout()
        nav_column.setContentsMargins(12, 12, 12, 12)
        self.pages.addWidget(self.breathing)
        titles = {
            Page.TODAY: self.tr("&Today"),
            Page.BREATHE: self.tr("&Breathe"),
            Page.RELAX: self.tr("&Relax"),
            Page.HEAT: self.tr("H&eat pack"),
            Page.HISTORY: self.tr("&History"),
            Page.SETTINGS: self.tr("&Settings"),
        }
        for index, title in titles.items():
            if index not in self._offered:
                continue
            button = QPushButton(title)
            button.setCheckable(True)
            button.setObjectName(f"nav-{index}")
            button.setAccessibleName(title.replace("&", ""))
            key = keys_text(spec(PAGE_KEYS[index]))
            button.setAccessibleDescription(self.tr("Shortcut %1").replace("%1", key))
            leave_space_to_page(button)  # Space on it starts or pauses, as on the page
            self._nav.addButton(button, index)
            nav_column.addWidget(button)
            make_shortcut(PAGE_KEYS[index], self, functools.partial(self._open_by_key, index))
        self._flare_button: QPushButton | None = None
        if self.programme_controller is not None:  # the flare plan, one press away
            flare = QPushButton(self.tr("&Flare plan"))
            flare.setObjectName("nav-flare")
            flare.setAccessibleDescription(
                self.tr("What to do in a flare, when to call the clinic, and the flare log")
            )
            flare.clicked.connect(self.show_flare_plan)
            nav_column.addWidget(flare)
            self._flare_button = flare
        nav_column.addSpacing(12)
        nav_column.addStretch(1)
        self._nav_column = nav_column  # the heat chip goes in above the stretch
        self._chain_built: tuple[int, bool, bool] | None = None  # see _order_tab_chain
        # the list of keys, for those who do not know F1 (in the kiosk, F1 is the shell's)
        self.keys_button = QPushButton(self.tr("Keys (F1)"))
        self.keys_button.setObjectName("keys-button")
        self.keys_button.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.keys_button.setAccessibleDescription(self.tr("Shows every key of calmfloor"))
        self.keys_button.clicked.connect(self.show_shortcuts)
        self._size_nav()
        self.messages.installEventFilter(self)  # a notice's Dismiss joins the Tab order
        # the column scrolls rather than squeeze its buttons together (large text, notices
        # on top of a small window); its controls take the focus, the scroll area never
        nav_widget = QWidget()
        nav_widget.setLayout(nav_column)
        nav_scroll = scrolling(nav_widget, self.tr("Pages"))
        # kept: a widget only a layout holds can be collected by Python with the layout
        self._nav_scroll = nav_scroll
        nav_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        nav_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        nav_outer = QVBoxLayout()
        nav_outer.setContentsMargins(0, 0, 0, 12)
        nav_outer.addWidget(nav_scroll, 1)
        keys_row = QHBoxLayout()
        keys_row.setContentsMargins(12, 0, 12, 0)
        keys_row.addWidget(self.keys_button)
        nav_outer.addLayout(keys_row)
        if not kiosk:
            make_shortcut("show-shortcuts", self, self.show_shortcuts)
        # toggled, not clicked: a screen reader's "toggle" action checks without a click
        self._nav.idToggled.connect(self._on_nav_toggled)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(nav_outer)
        body.addWidget(self.pages, 1)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.messages)
        column.addLayout(body, 1)
        self._column = column  # the heat alarm banner goes in below the messages
        self.setCentralWidget(central)

        # reminders: cheap at start-up (a timer and a hidden banner; no page is built)
        self.tray = SharedTray(self)  # one tray icon for the heat timer and the reminders
        self.reminders = ReminderController(
            context.clock,
            context.settings,
            context.state,
            self.session_running,
            self._last_practice,
            self,
            quiet=system_quiet_source(),  # full screen, presenting, do-not-disturb: wait
            programme_times=self._programme_times,
        )
        if self.programme_controller is not None:
            self.programme_controller.changed.connect(self.reminders.refresh_times)
        self.reminder_notifier = ReminderNotifier(self.tray, self)
        self.reminder_banner = ReminderBanner(self.reminders, self.reminder_notifier)
        column.insertWidget(1, self.reminder_banner)
        self.reminder_banner.start_requested.connect(self._start_from_reminder)
        self.reminder_notifier.activated.connect(self._bring_to_reminder)
        self.controller.ended.connect(lambda _event: self.reminders.session_ended())
        app = QApplication.instance()
        if isinstance(app, QApplication):
            # after a suspend or a long time in the background, look at the clock at once
            app.applicationStateChanged.connect(self.reminders.check_now)

        if kiosk:
            self.reminders.set_enabled(False)
        else:
            make_shortcut("full-screen", self, self.toggle_full_screen)

        self.breathing.session_saved.connect(self._on_session_saved)
        if not kiosk:  # the last pattern comes back at the next start (a guest's never)
            last_pattern = context.state.get_str(STATE_LAST_PATTERN, "")
            if last_pattern:
                self.breathing.select_pattern(last_pattern)
            self.breathing.pattern_chosen.connect(
                lambda name: self._remember(STATE_LAST_PATTERN, name)
            )
        self.breathing.safety_note_seen.connect(self._remember_safety_note)
        context.settings.changed.connect(self._on_setting)
        _still_qt_effects(resolve_reduced_motion(str(context.settings.value("reduced_motion"))))
        # methods, not lambdas: a window rebuilt in another language on the same context
        # must leave no connection to its deleted predecessor behind
        context.settings.save_failed.connect(self._settings_save_failed)
        context.library.save_failed.connect(self._patterns_save_failed)
        self.recorder.save_failed.connect(
            lambda exc: self._save_failed(self.tr("this session"), exc)
        )
        self.cues.unavailable.connect(self.messages.show_message)
        for notice in context.notices:
            offer = notice == context.history_restore_notice
            action = (self.tr("Restore from a backup…"), self.restore_history) if offer else None
            self.messages.show_message(notice, action)
        if context.recovered:
            self.messages.show_message(
                self.tr(
                    "calmfloor closed unexpectedly last time; %n session(s) saved as interrupted.",
                    "",
                    context.recovered,
                )
            )
        programme = self.programme_controller
        self.show_page(Page.TODAY if programme is not None and programme.status else 0)
        if not kiosk:
            self._restore_geometry()
        QTimer.singleShot(AFTER_FIRST_PAINT_MS, self.cues, self.cues.load)
        start_history_warmup(self, self.session_running, kiosk=kiosk)  # History, when idle

    # ----- pages -----------------------------------------------------------------------

    @property
    def history(self) -> HistoryView:
        """The History page, built the first time it is needed."""
        if self._history is None:
            from calmfloor.ui.history.view import HistoryView

            self._history = HistoryView(
                self.context.history,
                self.context.history_message,
                settings=self.context.settings,
                clock=self.context.clock,
                export_enabled=self.context.policy.export_enabled,
            )
            self.pages.addWidget(self._history)
        return self._history

    @property
    def today(self) -> TodayView:
        """The Today page of the programme, built the first time it is needed."""
        if self._today is None:
            from calmfloor.ui.programme.view import TodayView

            assert self.programme_controller is not None  # offered only with a controller
            self._today = TodayView(self.programme_controller)
            self._today.flare_requested.connect(self.show_flare_plan)
            self._today.import_requested.connect(self.import_programme)
            self.pages.addWidget(self._today)
        return self._today

    def show_flare_plan(self) -> None:
        """The flare plan and log, over this window (not modal to the desktop)."""
        from calmfloor.ui.programme.view import FlareDialog

        if self.programme_controller is None:
            return
        if self._flare_dialog is not None:
            self._flare_dialog.close()
            self._flare_dialog.deleteLater()
        self._flare_dialog = FlareDialog(self.programme_controller, self)
        self._flare_dialog.open()

    def import_programme(self) -> None:
        """Ask for a programme file, check it and make it the active programme."""
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        from calmfloor.storage.programme_store import known_patterns

        controller = self.programme_controller
        if controller is None:
            return
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import programme"), "", self.tr("Programme files (*.toml)")
        )
        if not chosen:
            return
        own = [pattern.name for pattern in self.context.library.all()]
        try:
            problems = controller.import_file(Path(chosen), patterns=known_patterns(own))
        except StorageWriteError as exc:
            self._save_failed(self.tr("the programme"), exc)
            return
        if problems:
            lines = "\n".join(str(problem) for problem in problems[:5])
            text = self.tr("This programme file could not be used:")
            self.messages.show_message(f"{text}\n{lines}")
            return
        self.show_page(Page.TODAY)

    def _programme_times(self) -> list[time]:
        """The times of day the programme in force asks for today (reminders use them)."""
        controller = self.programme_controller
        status = controller.status if controller is not None else None
        if status is None:
            return []
        return [
            at
            for entry in status.items
            if entry.item.timing is not None
            for at in entry.item.timing.times_of_day
        ]

    def _start_programme_item(self, item: ProgrammeItem) -> None:
        """Start a programme item with its prescribed settings (heat: its page, to start)."""
        from calmfloor.core.programme import ItemKind
        from calmfloor.core.settings import SettingValueError

        if self.session_running():
            self.messages.show_message(self.tr("Finish the session that is running first."))
            return
        if self._flare_dialog is not None:
            self._flare_dialog.close()
        if item.kind is ItemKind.BREATHING:
            settings = self.context.settings
            try:
                settings.set_value("length_mode", "minutes")
                settings.set_value("session_minutes", float(item.minutes))
            except SettingValueError:
                pass  # a clinic lock keeps its length
            if not self.breathing.select_pattern(item.target):
                text = self.tr("There is no pattern called “%1”; the chosen one is used instead.")
                self.messages.show_message(text.replace("%1", item.target))
            self.show_page(Page.BREATHE)
            self.breathing.start()
        elif item.kind is ItemKind.ROUTINE:
            self.show_page(Page.RELAX)
            if self.relax.select_routine(item.target):
                self.relax.start()
            else:
                text = self.tr("There is no routine “%1” here; import it on this page first.")
                self.messages.show_message(text.replace("%1", item.target))
        else:
            self.show_page(Page.HEAT)  # every heat rule applies: the checklist, then Start
            if not self.session_running():
                self.heat.set_minutes(round(item.minutes))  # within 5 minutes and the cap

    @property
    def relax(self) -> RelaxView:
        """The Relax page (routines), built the first time it is needed."""
        if self._relax is None:
            from calmfloor.resources import Asset, asset_path
            from calmfloor.ui.relax.controller import RelaxController, RoutineRecorder
            from calmfloor.ui.relax.library import RoutineLibrary
            from calmfloor.ui.relax.view import RelaxView
            from calmfloor.ui.relax.voice import PackClips, voice_pack_roots

            context = self.context
            controller = RelaxController(context.clock, self)
            self._relax_controller = controller
            controller.ended.connect(lambda _event: self.reminders.session_ended())
            recorder = RoutineRecorder(controller, context.history, context.clock, self)
            if context.routine_library is not None:
                library = context.routine_library(self)
            else:
                library = RoutineLibrary(context.paths.routines_dir, parent=self)
            self._relax = RelaxView(
                controller,
                recorder,
                library,
                context.settings,
                self.cues,
                asset_path(Asset.BODY_SVG),
                show_caution=not context.state.get_bool(STATE_RELAX_CAUTION_SEEN, False),
                kiosk=self.kiosk,
                report_unsaved=self._report_unsaved,
                clips=PackClips(lambda: voice_pack_roots(context.paths, context.policy)),
            )
            self._relax.session_saved.connect(self._on_session_saved)
            self._relax.caution_seen.connect(self._remember_relax_caution)
            self._relax.heat_requested.connect(self._on_heat_requested)
            if not self.kiosk:  # the last routine comes back too
                last_routine = context.state.get_str(STATE_LAST_ROUTINE, "")
                if last_routine:
                    self._relax.select_routine(last_routine)
                self._relax.routine_chosen.connect(
                    lambda routine_id: self._remember(STATE_LAST_ROUTINE, routine_id)
                )
            self._relax.repeat_reminder_requested.connect(self._on_repeat_reminder)
            recorder.save_failed.connect(
                lambda exc: self._save_failed(self.tr("this session"), exc)
            )
            library.save_failed.connect(
                lambda exc: self._save_failed(self.tr("your routines"), exc)
            )
            for notice in library.notices():
                self.messages.show_message(notice)
            self.pages.addWidget(self._relax)
        return self._relax

    @property
    def heat(self) -> HeatView:
        """The Heat pack page, built the first time it is needed.

        The heat timer belongs to the window, not to the page: building the page also puts
        the countdown chip in the navigation column and the alarm banner above every page,
        and the timer keeps running whichever page is shown or when the window is minimised.
        A heat session can only start from this page, so none of it is built at start-up.
        """
        if self._heat is None:
            from calmfloor.ui.heat.alarm import HeatAlarmBanner, HeatNotifier, HeatStatusChip
            from calmfloor.ui.heat.controller import HeatController, HeatRecorder, past_heat
            from calmfloor.ui.heat.view import HeatView

            context = self.context
            history = context.history
            self.heat_controller = HeatController(context.clock, self)
            self.heat_recorder = HeatRecorder(
                self.heat_controller, context.history, context.clock, self
            )
            self.heat_banner = HeatAlarmBanner(self.heat_controller, self.cues)
            self.heat_chip = HeatStatusChip(self.heat_controller)
            self.heat_notifier = HeatNotifier(self.heat_controller, self, tray=self.tray)
            self.heat_controller.ended.connect(lambda _event: self.reminders.session_ended())
            self._column.insertWidget(1, self.heat_banner)
            self._nav_column.insertWidget(self._nav_column.count() - 1, self.heat_chip)
            self.heat_recorder.save_failed.connect(
                lambda exc: self._save_failed(self.tr("this heat session"), exc)
            )
            self.heat_recorder.saved.connect(self._on_session_saved)
            self.heat_chip.activated.connect(lambda: self.show_page(Page.HEAT))
            self.heat_notifier.activated.connect(self._bring_to_heat)
            app = QApplication.instance()
            if isinstance(app, QApplication):
                # after a suspend or a long time in the background, show the true time
                app.applicationStateChanged.connect(self.heat_controller.check_now)
            self._heat = HeatView(
                self.heat_controller,
                self.heat_recorder,
                context.settings,
                self.cues,
                lambda: past_heat(history, context.clock.wall()) if history else [],
                context.clock,
                checklist_confirmed=context.state.get_bool(STATE_HEAT_CHECKLIST_CONFIRMED, False),
                last_area=context.state.get_str(STATE_HEAT_LAST_AREA, ""),
                cap_min=context.policy.heat_cap_min,
            )
            self._heat.checklist_confirmed.connect(
                lambda: self._remember(STATE_HEAT_CHECKLIST_CONFIRMED, True)
            )
            self._heat.area_chosen.connect(lambda area: self._remember(STATE_HEAT_LAST_AREA, area))
            self.pages.addWidget(self._heat)
        return self._heat

    @property
    def settings(self) -> SettingsView:
        """The Settings page, built the first time it is needed."""
        if self._settings is None:
            from calmfloor.ui.settings.view import SettingsView

            self._settings = SettingsView(
                self.context.settings,
                data_locations=self.context.paths.locations(),
                cues=self.cues,
            )
            self.pages.addWidget(self._settings)
        return self._settings

    @property
    def relax_controller(self) -> RelaxController | None:
        """The Relax page's controller, None until the page is built."""
        return self._relax_controller

    def _open_by_key(self, index: int) -> None:
        """Ctrl+1...: open the page and let a screen reader say which one opened.

        The focus goes to the page's own navigation button (a reader says its name as it
        would after a click; Tab goes on into the page), unless it is on that page already,
        where the page's name is announced. A message alone was lost: showing History
        selects its first tab, and Orca follows that selection instead of the focus.
        """
        self.show_page(index)
        button = self._nav.button(index)
        if button is None:
            return
        focus = QApplication.focusWidget()
        page = self.pages.currentWidget()
        if focus is button or (focus is not None and page is not None and page.isAncestorOf(focus)):
            announce(self, self.tr("%1 page").replace("%1", button.accessibleName()))
        else:
            button.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_page(self, index: int) -> None:
        """Show page ``index`` (a :class:`Page`); a page not offered (kiosk) is ignored."""
        page = Page(index)
        if page not in self._offered:
            return
        if page is Page.HISTORY:
            self.pages.setCurrentWidget(self.history)
            self.history.reload()
        elif page is Page.TODAY:
            if self.programme_controller is not None:
                self.programme_controller.reload()
            self.pages.setCurrentWidget(self.today)
        elif page is Page.SETTINGS:
            self.pages.setCurrentWidget(self.settings)
        elif page is Page.RELAX:
            self.pages.setCurrentWidget(self.relax)
        elif page is Page.HEAT:
            self.pages.setCurrentWidget(self.heat)
        else:
            self.pages.setCurrentWidget(self.breathing)
        button = self._nav.button(index)
        if button is not None:
            button.setChecked(True)
        self._order_tab_chain()

    def _order_tab_chain(self) -> None:
        """Tab goes through the banners, the navigation column, then the page.

        Pages, the heat chip and the heat banner are built when first needed, and Qt puts
        a new widget's controls at the end of the focus chain. The few controls of the
        banners and the column are moved behind the pages' last control, so that the
        circle reads banners, column, page (each page keeps its own order; a page's tab
        widgets and spin boxes are never taken apart).
        """
        built = (self.pages.count(), self._heat is not None, self.isWindow())
        if built == self._chain_built:
            return
        self._chain_built = built
        banners: list[QWidget] = [self.messages, self.reminder_banner]
        column: list[QWidget] = [*self._nav.buttons()]
        if self._flare_button is not None:
            column.append(self._flare_button)  # below the page buttons, above the heat chip
        if self._heat is not None:
            banners.append(self.heat_banner)
            column.append(self.heat_chip)  # below the page buttons
        column.append(self.keys_button)  # at the foot of the column
        last_of_page: QWidget | None = None
        widget = self.nextInFocusChain()
        while widget is not None and widget is not self:
            if self.pages.isAncestorOf(widget):
                last_of_page = widget
            widget = widget.nextInFocusChain()
        controls = [
            child
            for banner in banners
            for child in banner.findChildren(QWidget)
            if child.focusPolicy() != Qt.FocusPolicy.NoFocus
        ]
        moved = [*controls, *column]
        before = self._control_before_page(set(moved))
        if before is not None:  # a kiosk guest: after the shell's "Finish and start over"
            moved.insert(0, before)
        elif last_of_page is not None:
            moved.insert(0, last_of_page)
        for first, second in itertools.pairwise(moved):
            QWidget.setTabOrder(first, second)

    def _control_before_page(self, block: set[QWidget]) -> QWidget | None:
        """The control Tab visits just before the page, outside this window (a kiosk
        shell's own button), or None when there is none."""
        first = self.nextInFocusChain()
        while first is not None and first is not self and not self.pages.isAncestorOf(first):
            first = first.nextInFocusChain()
        if first is None or first is self:
            return None
        window = self.window()
        widget = first.previousInFocusChain()
        while widget is not None and widget is not first:
            # same window only: a list box's popup or a dialog is a window of its own
            outside = widget.window() is window and not self.isAncestorOf(widget)
            takes_tab = widget.focusPolicy() != Qt.FocusPolicy.NoFocus
            if outside and widget is not window and takes_tab and widget not in block:
                return widget
            widget = widget.previousInFocusChain()
        return None

    def _on_nav_toggled(self, index: int, checked: bool) -> None:
        if checked and index != self.current_page():
            self.show_page(index)

    def restore_history(self) -> None:
        """Open History and offer its backups (the damaged-history notice's button)."""
        self.show_page(Page.HISTORY)
        if self._history is not None and self.pages.currentWidget() is self._history:
            self._history.restore_from_backup()

    def _on_session_saved(self) -> None:
        if self._history is not None:
            self._history.reload()
        if self.programme_controller is not None:
            self.programme_controller.reload()  # Today counts the session

    def show_shortcuts(self) -> None:
        """F1: the list of every key, over this window."""
        show_shortcuts(self.window(), kiosk=self.kiosk)

    def toggle_full_screen(self) -> None:
        """F11: full screen and back."""
        if self.isFullScreen():
            self.showNormal()
            return
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            # without a window manager, showFullScreen() alone keeps the old size
            self.setGeometry(screen.geometry())
        self.showFullScreen()

    # ----- settings, state ---------------------------------------------------------------

    def _on_setting(self, key: str, _value: object) -> None:
        if key in ("theme", "text_scale"):
            app = QApplication.instance()
            if isinstance(app, QApplication):
                s = self.context.settings
                apply_theme(app, str(s.value("theme")), int(s.value("text_scale")))
        elif key == "reduced_motion":
            _still_qt_effects(resolve_reduced_motion(str(self.context.settings.value(key))))

    def _save_failed(self, what: str, error: StorageWriteError) -> None:
        self.messages.show_message(write_failure_text(what, error))

    def _settings_save_failed(self, error: StorageWriteError) -> None:
        self._save_failed(self.tr("your settings"), error)

    def _patterns_save_failed(self, error: StorageWriteError) -> None:
        self._save_failed(self.tr("your breathing patterns"), error)

    def _on_heat_requested(self, length_s: float) -> None:
        """A routine's heat step began: set up the heat timer for the patient to start.

        The patient presses Start once the pack is in place, so the safety checklist and the
        spacing warnings apply as always; the routine carries on in the background.
        """
        if Page.HEAT not in self._offered:
            return  # a kiosk has no heat packs; the routine goes on
        heat = self.heat
        if self.heat_controller.timer is not None and self.heat_controller.timer.is_active:
            return  # a heat pack is already timed
        minutes = round(length_s / 60)
        heat.set_minutes(minutes)  # kept within the cap
        self.show_page(Page.HEAT)
        text = self.tr(
            "Time for the heat pack. Press “Start the heat timer” when it is in place; the routine goes on when you come back to Relax."  # noqa: E501
        )
        if heat.minutes() < minutes:
            text += " " + self.tr(
                "The routine suggests %1 minutes; on this computer a heat pack is timed for "
                "at most %2 minutes."
            ).replace("%1", format_number(minutes)).replace("%2", format_number(heat.minutes()))
        self.messages.show_message(text)

    # ----- reminders ----------------------------------------------------------------------

    def session_running(self) -> bool:
        """True while a breathing, routine or heat session runs (unbuilt pages run none)."""
        session = self.controller.session
        if session is not None and session.is_active:
            return True
        if self._relax_controller is not None and self._relax_controller.is_active:
            return True
        if self._heat is not None:
            timer = self.heat_controller.timer
            return timer is not None and timer.is_active
        return False

    def end_sessions(self) -> None:
        """End whatever session runs as stopped and save it, without asking.

        For a shutdown that cannot wait for an answer (logout, ``kill``): afterwards
        :meth:`close` asks nothing. A heat session ends as if the pack were removed, which
        is how the history records a heat session stopped early.
        """
        session = self.controller.session
        if session is not None and session.is_active:
            self.breathing.stop()
        relax = self._relax_controller
        if self._relax is not None and relax is not None and relax.is_active:
            self._relax.stop()
        if self._heat is not None:
            timer = self.heat_controller.timer
            if timer is not None and timer.is_active:
                self.heat_controller.remove()

    def at_rest(self) -> bool:
        """True when no session runs and no page shows a session's end (its after ratings).

        The window may then be rebuilt (a language switch) without losing anything.
        """
        if self.session_running():
            return False
        for view in (self.breathing, self._relax, self._heat):
            # each session page is a stack of setup, running and end screens
            stack = getattr(view, "_stack", None)
            done = getattr(view, "_done_page", None)
            if stack is not None and done is not None and stack.currentWidget() is done:
                return False
        return True

    def current_page(self) -> Page:
        """The page shown now."""
        shown = self.pages.currentWidget()
        built = {
            Page.RELAX: self._relax,
            Page.HEAT: self._heat,
            Page.HISTORY: self._history,
            Page.SETTINGS: self._settings,
            Page.TODAY: self._today,
        }
        for page, widget in built.items():
            if widget is not None and widget is shown:
                return page
        return Page.BREATHE

    def _last_practice(self) -> datetime | None:
        """When the newest session in history started, or None."""
        store = self.context.history
        if store is None:
            return None
        try:
            newest = store.sessions(limit=1)
        except StorageError:
            return None
        return newest[0].started if newest else None

    def _start_from_reminder(self, reminder: Reminder) -> None:
        """ "Start now": the Relax page with the routine for a one-off, else Breathe."""
        self._raise_window()
        if reminder.kind is ReminderKind.ONE_OFF and reminder.routine_id:
            self.show_page(Page.RELAX)
            self.relax.select_routine(reminder.routine_id)
        else:
            self.show_page(Page.BREATHE)

    def _bring_to_reminder(self) -> None:
        self._raise_window()
        self.reminder_banner.show_held()

    def _on_repeat_reminder(self, routine_id: str, name: str, hours: float) -> None:
        reminder = self.reminders.remind_after(hours, routine_id, name)
        if self._relax is not None:
            self._relax.confirm_repeat_reminder(reminder.due)

    def _raise_window(self) -> None:
        if self.isMinimized():
            self.showNormal()
        if not self.isActiveWindow():
            self.raise_()
            self.activateWindow()

    def _bring_to_heat(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()
        self.show_page(Page.HEAT)

    def _remember(self, key: str, value: bool | str) -> None:
        self.context.state.set(key, value)
        self._save_state()

    def _remember_relax_caution(self) -> None:
        self._remember(STATE_RELAX_CAUTION_SEEN, True)

    def _remember_safety_note(self) -> None:
        self.context.state.set(STATE_SAFETY_NOTE_SEEN, True)
        self._save_state()

    def _save_state(self) -> None:
        # window state is a convenience; settings failures are the ones reported
        with contextlib.suppress(StorageWriteError):
            self.context.state.save()

    def _restore_geometry(self) -> None:
        stored = self.context.state.get_str(STATE_WINDOW_GEOMETRY, "")
        restored = False
        if stored:
            try:
                restored = self.restoreGeometry(QByteArray(base64.b64decode(stored)))
            except (binascii.Error, ValueError):
                restored = False
        if not restored:
            self.resize(*DEFAULT_SIZE)
        fit_to_screen(self)

    def _size_nav(self) -> None:
        """One width for the whole column, from its longest title; tall page buttons."""
        buttons = [*self._nav.buttons(), self.keys_button]
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(b.text().replace("&", "")) for b in buttons)
        for button in buttons:
            button.setMinimumWidth(widest + 48)
        for button in self._nav.buttons():
            button.setMinimumHeight(metrics.height() * 2 + 8)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.kiosk:  # the frame is known once shown: fit it, too, on the screen
            fit_to_screen(self)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the text size changed in Settings
            self._size_nav()
            fit_to_screen(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.messages and event.type() == QEvent.Type.LayoutRequest:
            self._chain_built = None  # a new notice: its Dismiss comes first for Tab
            self._order_tab_chain()
        return super().eventFilter(watched, event)

    def closeEvent(self, event: QCloseEvent) -> None:
        pages = (self.breathing, self._relax, self._heat)
        if not all(page.confirm_leave() for page in pages if page is not None):
            event.ignore()
            return
        if not self.kiosk:
            geometry = bytes(self.saveGeometry().data())
            encoded = base64.b64encode(geometry).decode("ascii")
            self.context.state.set(STATE_WINDOW_GEOMETRY, encoded)
            self._save_state()
        self.cues.stop_all()
        if self._heat is not None and self.heat_notifier.tray is not None:
            self.heat_notifier.tray.hide()
        self.tray.hide()
        self.reminders.set_enabled(False)  # the app is closing: no timer left behind
        super().closeEvent(event)
