"""The Heat page: setup, the running timer and the end, one pane each, in one stack."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QStackedWidget, QVBoxLayout, QWidget

from calmfloor.core.clock import Clock
from calmfloor.core.heat import (
    HEAT_MAX_MIN,
    HEAT_MIN_MIN,
    HeatArea,
    HeatEnded,
    HeatPlan,
    HeatState,
    PastHeat,
    SpacingKind,
    SpacingWarning,
    spacing_warnings,
)
from calmfloor.ui.heat.controller import HeatController, HeatRecorder
from calmfloor.ui.heat.done_pane import HeatDonePane
from calmfloor.ui.heat.parts import ACTIVE_STATES, area_text
from calmfloor.ui.heat.running_pane import HeatRunningPane
from calmfloor.ui.heat.safety import HeatSkinHelp
from calmfloor.ui.heat.setup_pane import HeatSetupPane
from calmfloor.ui.kit.models import SettingsModel
from calmfloor.ui.kit.session_page import LargeTypePage
from calmfloor.ui.kit.sound import Cue, CuePlayer
from calmfloor.ui.kit.widgets import scrolling


class HeatView(LargeTypePage):
    """The Heat page: the safety checklist and setup, the running timer, the end.

    Three steps in one page: setup (:class:`HeatSetupPane`: first-use checklist, area,
    length, skin checks), the session (:class:`HeatRunningPane`: a large countdown, the end
    time, the safety list, pause, "I've removed the pack"), and the end
    (:class:`HeatDonePane`: time up, take the pack off; then a summary). The alarm itself is
    :class:`~calmfloor.ui.heat.alarm.HeatAlarmBanner`, which the window shows above every page.

    Args:
        controller: the heat timer; this view only shows its samples.
        recorder: stores the session in history.
        settings: preferences (``heat_minutes``, ``heat_skin_checks``,
            ``heat_skin_check_minutes``).
        cues: plays the skin-check sound (a safety sound: it plays even with cues off).
        past: recent heat sessions, for the spacing warning (see ``past_heat``).
        clock: wall-clock time for the spacing rules and "Ends at".
        checklist_confirmed: the user already confirmed the safety checklist.
        last_area: the area chosen last time (a ``HeatArea`` value), chosen again.
        cap_min: the longest session allowed (a clinic may lower the 20-minute cap).
        parent: the Qt parent.

    Signals:
        checklist_confirmed(): the user confirmed the safety checklist (once).
        area_chosen(str): the user chose this area (a ``HeatArea`` value).
        session_saved(): a session was stored (History should refresh).
    """

    checklist_confirmed = Signal()
    area_chosen = Signal(str)
    session_saved = Signal()

    def __init__(
        self,
        controller: HeatController,
        recorder: HeatRecorder,
        settings: SettingsModel,
        cues: CuePlayer,
        past: Callable[[], list[PastHeat]],
        clock: Clock,
        *,
        checklist_confirmed: bool,
        last_area: str = "",
        cap_min: int = HEAT_MAX_MIN,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("heat-view")
        self._controller = controller
        self._recorder = recorder
        self._cues = cues
        self._past = past
        self._clock = clock
        self.last_warning = ""  # the spacing warning last shown (for tests and logs)
        cap = min(max(int(cap_min), HEAT_MIN_MIN), HEAT_MAX_MIN)
        self._setup = HeatSetupPane(settings, cap, checklist_confirmed=checklist_confirmed)
        self._running = HeatRunningPane(clock)
        self._done = HeatDonePane()
        self._setup.describe_start(self._running.safety.summary())
        self._stack = QStackedWidget()
        # named: Orca reads an unnamed stack as "layered pane"
        self._stack.setAccessibleName(self.tr("Heat pack"))
        self._setup_page = scrolling(self._setup, self.tr("Heat pack setup"))
        self._run_page = scrolling(self._running, self.tr("Heat pack in use"))
        self._done_page = scrolling(self._done, self.tr("Heat pack session finished"))
        for page in (self._setup_page, self._run_page, self._done_page):
            self._stack.addWidget(page)
        self._skin_help = HeatSkinHelp()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._skin_help)
        layout.addWidget(self._stack, 1)

        self._setup.checklist_confirmed.connect(self.checklist_confirmed.emit)
        self._setup.area_chosen.connect(self.area_chosen.emit)
        self._setup.start_requested.connect(self.start)
        self._running.pause_requested.connect(self.toggle_pause)
        self._running.remove_requested.connect(self.remove_pack)
        self._running.skin_ok_requested.connect(self.acknowledge_skin_check)
        self._running.safety.help_requested.connect(self.show_skin_help)
        self._done.help_requested.connect(self.show_skin_help)
        self._done.done_requested.connect(self.back_to_setup)
        controller.sample_changed.connect(self._running.paint)
        controller.state_changed.connect(self._on_state)
        controller.skin_check_due.connect(self._on_skin_check)
        controller.ended.connect(self._on_ended)
        recorder.saved.connect(lambda _id: self.session_saved.emit())
        self._setup.areas.select(last_area)
        self._sync_with_controller()

    # ----- setup ----------------------------------------------------------------------

    def select_area(self, value: str | HeatArea) -> bool:
        """Choose the area ``value`` (a ``HeatArea`` value); False when there is none."""
        return self._setup.areas.select(value)

    def current_area(self) -> HeatArea | None:
        """The area chosen, or None."""
        return self._setup.areas.current()

    def set_minutes(self, minutes: int) -> None:
        """Set the heat time (kept within 5 minutes and the cap)."""
        self._setup.set_minutes(minutes)

    def minutes(self) -> int:
        """The heat time chosen, in minutes."""
        return self._setup.minutes()

    def plan(self, area: HeatArea | None = None) -> HeatPlan:
        """The session the setup describes (on ``area``, or the area chosen)."""
        return self._setup.plan(area)

    def confirm_checklist(self) -> None:
        """The user confirmed the safety checklist: remembered (``checklist_confirmed``)."""
        self._setup.confirm_checklist()

    def checklist_showing(self) -> bool:
        """True while the first-use checklist waits to be confirmed."""
        return not self._setup.checklist.is_confirmed()

    # ----- spacing --------------------------------------------------------------------

    def _duration_words(self, minutes: int) -> str:
        hours, mins = divmod(max(minutes, 0), 60)
        if hours and mins:
            return (
                self.tr("%1 %2")
                .replace("%1", self.tr("%n hour(s)", "", hours))
                .replace("%2", self.tr("%n minute(s)", "", mins))
            )
        if hours:
            return self.tr("%n hour(s)", "", hours)
        return self.tr("%n minute(s)", "", mins)

    def spacing_text(self, warnings: list[SpacingWarning]) -> str:
        """The spacing warnings in plain words, one paragraph each."""
        paragraphs: list[str] = []
        for warning in warnings:
            if warning.kind is SpacingKind.TOO_SOON:
                minutes = warning.minutes_since_last or 0
                if minutes < 1:
                    first = self.tr("Your last heat session on this area ended just now.")
                else:
                    first = self.tr("Your last heat session on this area ended %1 ago.").replace(
                        "%1", self._duration_words(minutes)
                    )
                paragraphs.append(
                    first
                    + " "
                    + self.tr("Leave at least 2 hours between sessions so your skin can recover.")
                )
            else:
                paragraphs.append(
                    self.tr(
                        "You have already had %n heat session(s) on this area today.",
                        "",
                        warning.count_today or 0,
                    )
                    + " "
                    + self.tr("Up to 3 a day is usual.")
                )
        return "\n\n".join(paragraphs)

    def _ask_spacing(self, area: HeatArea, warnings: list[SpacingWarning]) -> bool:
        """Warn (never block); True when the user chooses to start anyway."""
        self.last_warning = self.spacing_text(warnings)
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Heat on this area again?"))
        box.setText(self.tr("%1: give your skin a rest?").replace("%1", area_text(area)))
        box.setInformativeText(self.last_warning)
        start = box.addButton(self.tr("Start anyway"), QMessageBox.ButtonRole.AcceptRole)
        wait = box.addButton(self.tr("Not now"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(wait)
        box.setEscapeButton(wait)
        box.exec()
        return box.clickedButton() is start

    # ----- the session ----------------------------------------------------------------

    @property
    def is_running(self) -> bool:
        """True while the pack is on (running, paused or time up)."""
        return self._controller.state in ACTIVE_STATES

    def start(self) -> bool:
        """Start the heat timer with the chosen setup; True when it started.

        Needs the safety checklist confirmed and an area chosen. A spacing rule that
        would be broken asks first (the user may start anyway).
        """
        if self.is_running:
            return False
        if not self._setup.checklist.is_confirmed():
            self._setup.checklist.insist()
            return False
        area = self.current_area()
        if area is None:
            self._setup.focus_first()
            return False
        warnings = spacing_warnings(area, self._clock.wall(), self._past())
        if warnings and not self._ask_spacing(area, warnings):
            return False
        self.hide_skin_help()
        self._running.begin(area_text(area))
        self._stack.setCurrentWidget(self._run_page)
        self._controller.start(self.plan(area))
        self._running.pause_button.setFocus()
        return True

    def pause(self) -> None:
        """The pack comes off for a while: time stops."""
        self._controller.pause()

    def resume(self) -> None:
        """The pack goes back on."""
        self._controller.resume()

    def toggle_pause(self) -> None:
        """Pause a running session, resume a paused one."""
        if self._controller.state is HeatState.PAUSED:
            self.resume()
        else:
            self.pause()

    def remove_pack(self) -> None:
        """ "I've removed the pack": ends the session (early, or after time was up)."""
        self._controller.remove()

    def acknowledge_alarm(self) -> None:
        """The alarm's "I've removed the pack" (the same as :meth:`remove_pack`)."""
        self._controller.acknowledge()

    def acknowledge_skin_check(self) -> None:
        """ "Skin looks fine": the pending skin check is done."""
        self._controller.acknowledge_skin_check()

    def skin_check_pending(self) -> bool:
        """True while a skin check waits for the user."""
        return self._running.skin_check_pending()

    def show_skin_help(self) -> None:
        """Show what to do for red or blistered skin."""
        self._skin_help.open()

    def hide_skin_help(self) -> None:
        """Close the skin advice."""
        self._skin_help.hide()

    def skin_help_showing(self) -> bool:
        """True while the skin advice is shown."""
        return not self._skin_help.isHidden()

    def back_to_setup(self) -> None:
        """From the end of a session back to setup."""
        if self.is_running:
            return
        self.hide_skin_help()
        self._stack.setCurrentWidget(self._setup_page)
        self._setup.focus_first()

    def page(self) -> str:
        """Which step is shown: "setup", "running" or "done"."""
        current = self._stack.currentWidget()
        if current is self._run_page:
            return "running"
        if current is self._done_page:
            return "done"
        return "setup"

    def countdown_text(self) -> str:
        """The countdown as shown (for tests)."""
        return self._running.countdown.text()

    def _sync_with_controller(self) -> None:
        """Show a session that was already going when this view was built."""
        timer = self._controller.timer
        if timer is None or not self.is_running:
            return
        self._running.show_area(area_text(timer.plan.area))
        self._on_state(self._controller.state.value)
        sample = self._controller.sample()
        if sample is not None:
            self._running.paint(sample)

    def _on_state(self, state: str) -> None:
        if state == HeatState.RUNNING:
            timer = self._controller.timer
            if timer is not None:
                self._running.show_area(area_text(timer.plan.area))
            self._stack.setCurrentWidget(self._run_page)
            self._running.show_running(self._controller.sample())
        elif state == HeatState.PAUSED:
            self._running.show_paused()
        elif state == HeatState.TIME_UP:
            self._running.hide_skin_check()
            self._done.show_time_up()
            self._stack.setCurrentWidget(self._done_page)

    def _on_skin_check(self, _number: int) -> None:
        self._running.show_skin_check()
        self._cues.play(Cue.SKIN_CHECK)
        if self._owns_focus():  # never take the focus from another page the user is on
            self._running.skin_ok.setFocus()

    def _owns_focus(self) -> bool:
        focus = QApplication.focusWidget()
        return self.isVisible() and (focus is None or self.isAncestorOf(focus))

    def _on_ended(self, event: HeatEnded) -> None:
        timer = self._controller.timer
        area = area_text(timer.plan.area) if timer is not None else ""
        self._running.ended()
        self._done.show_ended(event, area, self._recorder.can_save)
        self._stack.setCurrentWidget(self._done_page)
        self._done.announce_end()
        if self._owns_focus():
            self._done.done_button.setFocus()

    # ----- size and closing -----------------------------------------------------------

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        if self.skin_check_pending():  # opened from the chip: one key answers the check
            self._running.skin_ok.setFocus()

    def _apply_fonts(self) -> None:
        self._running.apply_fonts(self.font(), self.height())
        self._done.apply_fonts(self.font(), self.height())

    def confirm_leave(self) -> bool:
        """Ask before closing with the pack on (the timer stops with calmfloor).

        Returns:
            True when calmfloor may close (the session is then ended as removed).
        """
        if not self.is_running:
            return True
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Close calmfloor?"))
        box.setText(self.tr("The heat timer stops when calmfloor closes."))
        box.setInformativeText(
            self.tr(
                "Take the heat pack off before you close calmfloor, so it cannot stay on too long."
            )
        )
        removed = box.addButton(
            self.tr("I've removed the pack, close"), QMessageBox.ButtonRole.AcceptRole
        )
        keep = box.addButton(self.tr("Keep calmfloor open"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        if box.clickedButton() is removed:
            self.remove_pack()
            return True
        return False
