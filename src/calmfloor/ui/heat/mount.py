"""The Heat pack page in the window, with the timer's chip, alarm banner and notifier.

The heat timer belongs to the window, not to its page: building the page also gives the
shell the countdown chip for the navigation column and the alarm banner for above every
page, and the timer keeps running whichever page is shown or when the window is minimised.
A heat session can only start from this page, so none of it is built at start-up.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from calmfloor.storage.settings_store import STATE_HEAT_CHECKLIST_CONFIRMED, STATE_HEAT_LAST_AREA
from calmfloor.ui.kit.page import Mounted, PageHost, PageMount

if TYPE_CHECKING:
    from calmfloor.ui.heat.alarm import HeatAlarmBanner, HeatNotifier, HeatStatusChip
    from calmfloor.ui.heat.controller import HeatController, HeatRecorder
    from calmfloor.ui.heat.view import HeatView

KEY = "page-heat"


@dataclass(kw_only=True)
class HeatMounted(Mounted):
    """The Heat pack page and the parts of the timer that live outside it.

    Attributes:
        view: the page.
        controller: the heat timer.
        recorder: writes heat sessions to the history.
        alarm: the time's-up banner above every page (also ``banner``).
        status_chip: the countdown in the navigation column (also ``chip``).
        notifier: desktop notifications and the tray icon while a pack is on.
    """

    view: HeatView
    controller: HeatController
    recorder: HeatRecorder
    alarm: HeatAlarmBanner
    status_chip: HeatStatusChip
    notifier: HeatNotifier


def mount(host: PageHost) -> PageMount:
    """The Heat pack page's place in ``host``; ``build`` returns a :class:`HeatMounted`."""
    return PageMount(KEY, QCoreApplication.translate("heat", "H&eat pack"), lambda: _build(host))


def _build(host: PageHost) -> HeatMounted:
    from calmfloor.ui.heat.alarm import HeatAlarmBanner, HeatNotifier, HeatStatusChip
    from calmfloor.ui.heat.controller import HeatController, HeatRecorder, past_heat
    from calmfloor.ui.heat.view import HeatView

    context = host.context
    history = context.history
    owner = host.owner
    controller = HeatController(context.clock, owner)
    recorder = HeatRecorder(controller, history, context.clock, owner)
    banner = HeatAlarmBanner(controller, host.cues)
    chip = HeatStatusChip(controller)
    notifier = HeatNotifier(controller, owner, tray=host.tray)
    controller.ended.connect(lambda _event: host.session_ended())
    what = QCoreApplication.translate("heat", "this heat session")
    recorder.save_failed.connect(lambda exc: host.save_failed(what, exc))
    recorder.saved.connect(host.session_saved)
    chip.activated.connect(lambda: host.open_page(KEY))
    notifier.activated.connect(lambda: host.bring_to_page(KEY))
    app = QApplication.instance()
    if isinstance(app, QApplication):
        # after a suspend or a long time in the background, show the true time
        app.applicationStateChanged.connect(controller.check_now)
    view = HeatView(
        controller,
        recorder,
        context.settings,
        host.cues,
        lambda: past_heat(history, context.clock.wall()) if history else [],
        context.clock,
        checklist_confirmed=context.state.get_bool(STATE_HEAT_CHECKLIST_CONFIRMED, False),
        last_area=context.state.get_str(STATE_HEAT_LAST_AREA, ""),
        cap_min=context.policy.heat_cap_min,
    )
    view.checklist_confirmed.connect(lambda: host.remember(STATE_HEAT_CHECKLIST_CONFIRMED, True))
    view.area_chosen.connect(lambda area: host.remember(STATE_HEAT_LAST_AREA, area))

    def running() -> bool:
        timer = controller.timer
        return timer is not None and timer.is_active

    def stop() -> None:  # as if the pack were removed: how history records an early stop
        if running():
            controller.remove()

    def closing() -> None:
        if notifier.tray is not None:
            notifier.tray.hide()

    return HeatMounted(
        page=view,
        running=running,
        resting=lambda: view.page() != "done",
        stop=stop,
        confirm_leave=lambda: view.confirm_leave(),  # looked up when asked
        closing=closing,
        banner=banner,
        chip=chip,
        view=view,
        controller=controller,
        recorder=recorder,
        alarm=banner,
        status_chip=chip,
        notifier=notifier,
    )
