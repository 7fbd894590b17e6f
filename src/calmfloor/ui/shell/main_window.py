"""The main window: navigation between pages, notices, full screen. It composes, nothing else.

Each page comes from its feature's ``mount(host)`` (see ``ui/kit/page.py``): the window
offers itself as the :class:`~calmfloor.ui.kit.page.PageHost`, builds a page the first time
it is needed and wires only what crosses features (a routine's heat step, a reminder's
"Start now", a programme item, the reminders' view of running sessions).
"""

from __future__ import annotations

import contextlib
import functools
from enum import IntEnum
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from calmfloor.storage.errors import StorageWriteError
from calmfloor.ui.breathing.mount import BreathingMounted
from calmfloor.ui.breathing.mount import mount as breathing_mount
from calmfloor.ui.heat.mount import HeatMounted
from calmfloor.ui.heat.mount import mount as heat_mount
from calmfloor.ui.history.mount import mount as history_mount
from calmfloor.ui.kit.messages import MessageBar, write_failure_text
from calmfloor.ui.kit.page import Mounted, PageMount
from calmfloor.ui.kit.shortcuts import (
    keys_text,
    make_shortcut,
    show_shortcuts,
    spec,
)
from calmfloor.ui.kit.sound import CuePlayer, bind_cues
from calmfloor.ui.kit.theme import apply_theme, resolve_reduced_motion
from calmfloor.ui.kit.tray import SharedTray
from calmfloor.ui.kit.widgets import announce, fit_to_screen, format_number
from calmfloor.ui.programme.mount import ProgrammeMount
from calmfloor.ui.relax.mount import RelaxMounted
from calmfloor.ui.relax.mount import mount as relax_mount
from calmfloor.ui.settings.mount import mount as settings_mount
from calmfloor.ui.shell.context import AppContext
from calmfloor.ui.shell.geometry import keep_geometry, restore_geometry, toggle_full_screen
from calmfloor.ui.shell.navigation import NavigationColumn
from calmfloor.ui.shell.pages import PageStack
from calmfloor.ui.shell.qt_effects import still_qt_effects
from calmfloor.ui.shell.reminder_parts import AfterFirstPaint
from calmfloor.ui.shell.tab_chain import order_tab_chain
from calmfloor.ui.shell.warmup import start_history_warmup

if TYPE_CHECKING:
    from calmfloor.core.programme import ProgrammeItem
    from calmfloor.core.reminders import Reminder
    from calmfloor.ui.heat.alarm import HeatAlarmBanner, HeatStatusChip
    from calmfloor.ui.heat.controller import HeatController
    from calmfloor.ui.heat.view import HeatView
    from calmfloor.ui.history.view import HistoryView
    from calmfloor.ui.programme.controller import ProgrammeController
    from calmfloor.ui.programme.view import TodayView
    from calmfloor.ui.relax.controller import RelaxController
    from calmfloor.ui.relax.view import RelaxView
    from calmfloor.ui.reminders.controller import ReminderBanner, ReminderController
    from calmfloor.ui.settings.view import SettingsView
    from calmfloor.ui.shell.reminder_parts import ReminderParts


class Page(IntEnum):
    """The pages, in navigation order; Ctrl+1 opens the first."""

    BREATHE = 0
    RELAX = 1
    HEAT = 2
    HISTORY = 3
    SETTINGS = 4
    TODAY = 5  # the programme's Today; listed first, offered when history is kept


NAV_ORDER = (Page.TODAY, Page.BREATHE, Page.RELAX, Page.HEAT, Page.HISTORY, Page.SETTINGS)

# opening one of these may soon play a sound: load the cues (Breathe loads them at Start)
SOUNDING_PAGES = frozenset({Page.RELAX, Page.HEAT, Page.SETTINGS})


class MainWindow(QMainWindow):
    """Breathe, Relax, Heat pack, History and Settings pages behind a navigation column.

    The heat-pack timer belongs to the window, not to its page: its countdown chip sits in
    the navigation column and its alarm banner above every page (``heat/mount.py``).

    In kiosk mode (a waiting-room guest, see ``ui/kiosk``) only Breathe and Relax are
    offered, no window geometry or state is kept, no reminder is set and there is no route
    to the file system (routine import and export are hidden).

    The clinic policy (``context.policy``) shapes every page: locked settings are shown as
    managed by the clinic (Settings), history may be off (nothing recorded, the History
    page says why) and export hidden, the heat pack is capped at ``heat_cap_min``, and only
    the offered patterns and routines are listed (see
    :func:`~calmfloor.ui.shell.context.load_context`).

    The window is the pages' :class:`~calmfloor.ui.kit.page.PageHost`.

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
        # the sounds (QtMultimedia, 18 MiB) load when a session may start: see show_page
        self.cues = cues or CuePlayer(self, deferred=True)
        bind_cues(self.cues, context.settings)  # sound, volume, hold and end chime: once
        self.messages = MessageBar()
        self.tray = SharedTray(self)  # one tray icon for the heat timer and the reminders
        # guests and a clinic without history are never recorded: no "could not be saved"
        self.report_unsaved = not context.guest and context.policy.history_enabled
        self.programme = ProgrammeMount(self) if Page.TODAY in self._offered else None
        mounts: dict[int, PageMount] = {
            Page.BREATHE: breathing_mount(self),
            Page.RELAX: relax_mount(self),
            Page.HEAT: heat_mount(self),
            Page.HISTORY: history_mount(self),
            Page.SETTINGS: settings_mount(self),
        }
        if self.programme is not None:
            mounts[Page.TODAY] = self.programme.page_mount()
            self.programme.controller.start_requested.connect(self._start_programme_item)
        self.pages = PageStack(mounts, self._place)
        self.nav = NavigationColumn(self)
        breathe = self.pages.part(Page.BREATHE, BreathingMounted)  # the others when opened
        self.breathing = breathe.view
        self.controller = breathe.controller
        self.recorder = breathe.recorder
        offered = [page for page in NAV_ORDER if page in self._offered and page in mounts]
        for index in offered:
            mount = mounts[index]
            self.nav.add_page(index, mount.title, keys_text(spec(mount.key)))
            make_shortcut(mount.key, self, functools.partial(self._open_by_key, index))
        self.nav.finish([extra for page in offered for extra in mounts[page].nav_extras])
        self.keys_button = self.nav.keys_button
        self.keys_button.clicked.connect(self.show_shortcuts)
        self.nav.size_buttons(self)
        self._chain_built: tuple[int, bool] | None = None  # see _order_tab_chain
        self.messages.installEventFilter(self)  # a notice's Dismiss joins the Tab order
        if not kiosk:
            make_shortcut("show-shortcuts", self, self.show_shortcuts)
        # toggled, not clicked: a screen reader's "toggle" action checks without a click
        self.nav.group.idToggled.connect(self._on_nav_toggled)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(self.nav.layout)
        body.addWidget(self.pages, 1)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.messages)
        column.addLayout(body, 1)
        self._column = column  # a page's banner goes in below the messages
        self.setCentralWidget(central)

        # reminders: made right after the first paint (see reminder_parts), or when asked
        self._reminder_parts: ReminderParts | None = None
        AfterFirstPaint(self, self._reminders)
        if not kiosk:
            make_shortcut("full-screen", self, self.toggle_full_screen)

        context.settings.changed.connect(self._on_setting)
        still_qt_effects(resolve_reduced_motion(context.settings.get_choice("reduced_motion")))
        # methods, not lambdas: a window rebuilt in another language on the same context
        # must leave no connection to its deleted predecessor behind
        context.settings.save_failed.connect(self._settings_save_failed)
        context.library.save_failed.connect(self._patterns_save_failed)
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
            restore_geometry(self, self.context.state)
        start_history_warmup(self, self.session_running, kiosk=kiosk)  # History, when idle

    # ----- the pages' host (ui/kit/page.PageHost) ----------------------------------------

    @property
    def owner(self) -> QWidget:
        """The Qt parent of the pages' controllers and dialogs: this window."""
        return self

    def show_message(self, text: str) -> None:
        """A notice above the pages."""
        self.messages.show_message(text)

    def save_failed(self, what: str, error: StorageWriteError) -> None:
        """Say that ``what`` could not be saved, and why."""
        self.messages.show_message(write_failure_text(what, error))

    def remember(self, key: str, value: bool | str) -> None:
        """Keep ``value`` in the window state (a failure is not reported: a convenience)."""
        self.context.state.set(key, value)
        self._save_state()

    def open_page(self, key: str) -> None:
        """Show the page whose navigation key is ``key``."""
        page = self.pages.number_of(key)
        if page is not None:
            self.show_page(page)

    def bring_to_page(self, key: str) -> None:
        """Raise the window and show page ``key`` (a notification was clicked)."""
        self.showNormal()
        self.raise_()
        self.activateWindow()
        self.open_page(key)

    def session_saved(self) -> None:
        """A session was saved: History and Today count it."""
        for mounted in self.pages.built():
            mounted.saved()
        if self.programme is not None:
            self.programme.controller.reload()  # Today counts the session

    def session_ended(self) -> None:
        """A session ended: the reminders count from now."""
        self.reminders.session_ended()

    def _reminders(self) -> ReminderParts:
        """The reminders, made when first needed or just after the first paint."""
        if self._reminder_parts is None:
            from calmfloor.ui.shell.reminder_parts import make_reminders

            parts = make_reminders(self, self)
            self._reminder_parts = parts
            self._column.insertWidget(self._column.count() - 1, parts.banner)  # above the pages
            parts.banner.start_requested.connect(self._start_from_reminder)
            parts.notifier.activated.connect(self._bring_to_reminder)
            self._chain_built = None  # the banner joins the Tab order
            self._order_tab_chain()
        return self._reminder_parts

    @property
    def reminders(self) -> ReminderController:
        """The reminder timer (see :meth:`_reminders`)."""
        return self._reminders().controller

    @property
    def reminder_banner(self) -> ReminderBanner:
        """The reminder shown above the pages (see :meth:`_reminders`)."""
        return self._reminders().banner

    def ratings_asked(self) -> frozenset[str] | None:
        """The programme's ratings while one is in force; None: the setting decides."""
        return self.programme.ratings_asked() if self.programme is not None else None

    # ----- pages -----------------------------------------------------------------------

    def _place(self, mounted: Mounted) -> None:
        """A page was just built: its banner above the pages, its chip in the column."""
        if mounted.banner is not None:
            self._column.insertWidget(1, mounted.banner)
        if mounted.chip is not None:
            self.nav.add_chip(mounted.chip)
        if isinstance(mounted, RelaxMounted):  # what crosses features
            mounted.view.heat_requested.connect(self._on_heat_requested)
            mounted.view.repeat_reminder_requested.connect(self._on_repeat_reminder)

    def is_built(self, page: int) -> bool:
        """True once page ``page`` was built (pages other than Breathe wait to be opened)."""
        return bool(self.pages.built(page))

    def nav_button(self, page: int) -> QPushButton | None:
        """The navigation button of ``page``, None when the page is not offered."""
        return cast("QPushButton | None", self.nav.group.button(page))

    @property
    def history(self) -> HistoryView:
        """The History page, built the first time it is needed."""
        return cast("HistoryView", self.pages.mounted(Page.HISTORY).page)

    @property
    def today(self) -> TodayView:
        """The Today page of the programme, built the first time it is needed."""
        return cast("TodayView", self.pages.mounted(Page.TODAY).page)

    @property
    def settings(self) -> SettingsView:
        """The Settings page, built the first time it is needed."""
        return cast("SettingsView", self.pages.mounted(Page.SETTINGS).page)

    @property
    def relax(self) -> RelaxView:
        """The Relax page (routines), built the first time it is needed."""
        return self.pages.part(Page.RELAX, RelaxMounted).view

    @property
    def relax_controller(self) -> RelaxController | None:
        """The Relax page's controller, None until the page is built."""
        built = self.pages.built(Page.RELAX)
        return built[0].controller if built and isinstance(built[0], RelaxMounted) else None

    @property
    def heat(self) -> HeatView:
        """The Heat pack page, built (with the timer's chip and banner) when first needed."""
        return self.pages.part(Page.HEAT, HeatMounted).view

    @property
    def heat_controller(self) -> HeatController:
        """The heat timer (building the Heat pack page)."""
        return self.pages.part(Page.HEAT, HeatMounted).controller

    @property
    def heat_banner(self) -> HeatAlarmBanner:
        """The heat alarm above every page (building the Heat pack page)."""
        return self.pages.part(Page.HEAT, HeatMounted).alarm

    @property
    def heat_chip(self) -> HeatStatusChip:
        """The heat countdown in the navigation column (building the Heat pack page)."""
        return self.pages.part(Page.HEAT, HeatMounted).status_chip

    @property
    def programme_controller(self) -> ProgrammeController | None:
        """The programme's controller, None when no programme is offered (kiosk, no history)."""
        return self.programme.controller if self.programme is not None else None

    def show_flare_plan(self) -> None:
        """The flare plan and log, over this window (not modal to the desktop)."""
        if self.programme is not None:
            self.programme.show_flare_plan()

    def _start_programme_item(self, item: ProgrammeItem) -> None:
        """Start a programme item with its prescribed settings (heat: its page, to start)."""
        from calmfloor.core.programme import ItemKind
        from calmfloor.core.settings import SettingValueError

        if self.session_running():
            self.messages.show_message(self.tr("Finish the session that is running first."))
            return
        if self.programme is not None:
            self.programme.close_flare_plan()
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

    def _open_by_key(self, index: int) -> None:
        """Ctrl+1...: open the page and let a screen reader say which one opened.

        The focus goes to the page's own navigation button (a reader says its name as it
        would after a click; Tab goes on into the page), unless it is on that page already,
        where the page's name is announced. A message alone was lost: showing History
        selects its first tab, and Orca follows that selection instead of the focus.
        """
        self.show_page(index)
        button = self.nav.group.button(index)
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
        if page not in self._offered or not self.pages.has(page):
            return
        if page in SOUNDING_PAGES:
            self.cues.load()  # once; a missing audio device is reported now
        mounted = self.pages.mounted(page)
        self.pages.setCurrentWidget(mounted.page)
        mounted.shown()
        button = self.nav.group.button(index)
        if button is not None:
            button.setChecked(True)
        self._order_tab_chain()

    def _order_tab_chain(self) -> None:
        """Tab goes through the banners, the navigation column, then the page (see
        :func:`~calmfloor.ui.shell.tab_chain.order_tab_chain`); again when a page was built."""
        built = (self.pages.count(), self.isWindow())
        if built == self._chain_built:
            return
        self._chain_built = built
        banners: list[QWidget] = [self.messages]
        if self._reminder_parts is not None:
            banners.append(self._reminder_parts.banner)
        banners += [m.banner for m in self.pages.built() if m.banner is not None]
        order_tab_chain(self, self.pages, banners, self.nav.controls())

    def _on_nav_toggled(self, index: int, checked: bool) -> None:
        if checked and index != self.current_page():
            self.show_page(index)

    def restore_history(self) -> None:
        """Open History and offer its backups (the damaged-history notice's button)."""
        self.show_page(Page.HISTORY)
        if self.is_built(Page.HISTORY) and self.pages.currentWidget() is self.history:
            self.history.restore_from_backup()

    def show_shortcuts(self) -> None:
        """F1: the list of every key, over this window."""
        show_shortcuts(self.window(), kiosk=self.kiosk)

    def toggle_full_screen(self) -> None:
        """F11: full screen and back."""
        toggle_full_screen(self)

    # ----- settings, state ---------------------------------------------------------------

    def _on_setting(self, key: str, _value: object) -> None:
        if key in ("theme", "text_scale"):
            app = QApplication.instance()
            if isinstance(app, QApplication):
                s = self.context.settings
                apply_theme(app, s.get_choice("theme"), s.get_int("text_scale"))
        elif key == "reduced_motion":
            still_qt_effects(resolve_reduced_motion(self.context.settings.get_choice(key)))

    def _settings_save_failed(self, error: StorageWriteError) -> None:
        self.save_failed(self.tr("your settings"), error)

    def _patterns_save_failed(self, error: StorageWriteError) -> None:
        self.save_failed(self.tr("your breathing patterns"), error)

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

    # ----- sessions, reminders ------------------------------------------------------------

    def session_running(self) -> bool:
        """True while a breathing, routine or heat session runs (unbuilt pages run none)."""
        return any(mounted.running() for mounted in self.pages.built())

    def end_sessions(self) -> None:
        """End whatever session runs as stopped and save it, without asking.

        For a shutdown that cannot wait for an answer (logout, ``kill``): afterwards
        :meth:`close` asks nothing. A heat session ends as if the pack were removed, which
        is how the history records a heat session stopped early.
        """
        for mounted in self.pages.built():
            mounted.stop()

    def at_rest(self) -> bool:
        """True when no session runs and no page shows a session's end (its after ratings).

        The window may then be rebuilt (a language switch) without losing anything.
        """
        return not self.session_running() and all(m.resting() for m in self.pages.built())

    def current_page(self) -> Page:
        """The page shown now."""
        shown = self.pages.shown()
        return Page.BREATHE if shown is None else Page(shown)

    def _start_from_reminder(self, reminder: Reminder) -> None:
        """ "Start now": the Relax page with the routine for a one-off, else Breathe."""
        from calmfloor.core.reminders import ReminderKind

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
        if self.is_built(Page.RELAX):
            self.relax.confirm_repeat_reminder(reminder.due)

    def _raise_window(self) -> None:
        if self.isMinimized():
            self.showNormal()
        if not self.isActiveWindow():
            self.raise_()
            self.activateWindow()

    def _save_state(self) -> None:
        # window state is a convenience; settings failures are the ones reported
        with contextlib.suppress(StorageWriteError):
            self.context.state.save()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.kiosk:  # the frame is known once shown: fit it, too, on the screen
            fit_to_screen(self)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the text size changed in Settings
            self.nav.size_buttons(self)
            fit_to_screen(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.messages and event.type() == QEvent.Type.LayoutRequest:
            self._chain_built = None  # a new notice: its Dismiss comes first for Tab
            self._order_tab_chain()
        return super().eventFilter(watched, event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not all(mounted.confirm_leave() for mounted in self.pages.built()):
            event.ignore()
            return
        if not self.kiosk:
            keep_geometry(self, self.context.state)
            self._save_state()
        self.cues.stop_all()
        self.cues.unbind_settings(self.context.settings)  # an injected player outlives us
        for mounted in self.pages.built():
            mounted.closing()
        self.tray.hide()
        if self._reminder_parts is not None:  # the app is closing: no timer left behind
            self._reminder_parts.controller.set_enabled(False)
        super().closeEvent(event)
