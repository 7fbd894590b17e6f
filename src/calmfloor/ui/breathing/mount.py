"""The Breathe page in the window: built at start-up, the first page most people see."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from calmfloor.storage.settings_store import STATE_LAST_PATTERN, STATE_SAFETY_NOTE_SEEN
from calmfloor.ui.kit.page import Mounted, PageHost, PageMount, showing_end

if TYPE_CHECKING:
    from calmfloor.ui.breathing.controller import BreathingController, SessionRecorder
    from calmfloor.ui.breathing.view import BreathingView

KEY = "page-breathe"


@dataclass(kw_only=True)
class BreathingMounted(Mounted):
    """The Breathe page with its controller and recorder (the kiosk watches the controller).

    Attributes:
        view: the page.
        controller: the breathing session's controller.
        recorder: writes the session to the history.
    """

    view: BreathingView
    controller: BreathingController
    recorder: SessionRecorder


def mount(host: PageHost) -> PageMount:
    """The Breathe page's place in ``host``; its ``build`` returns a :class:`BreathingMounted`."""
    return PageMount(KEY, QCoreApplication.translate("breathing", "&Breathe"), lambda: _build(host))


def _build(host: PageHost) -> BreathingMounted:
    from calmfloor.ui.breathing.controller import BreathingController, SessionRecorder
    from calmfloor.ui.breathing.view import BreathingView

    context = host.context
    controller = BreathingController(context.clock, host.owner)
    recorder = SessionRecorder(controller, context.history, context.clock, host.owner)
    view = BreathingView(
        controller,
        recorder,
        context.settings,
        context.library,
        host.cues,
        show_safety_note=not context.state.get_bool(STATE_SAFETY_NOTE_SEEN, False),
        report_unsaved=host.report_unsaved,
        ratings_asked=host.ratings_asked,  # a programme's ratings, else the setting's
        # with a clinic's list of patterns, the user's own are not offered
        own_patterns=context.guest or context.policy.patterns is None,
    )
    controller.ended.connect(lambda _event: host.session_ended())
    view.session_saved.connect(host.session_saved)
    if not host.kiosk:  # the last pattern comes back at the next start (a guest's never)
        last_pattern = context.state.get_str(STATE_LAST_PATTERN, "")
        if last_pattern:
            view.select_pattern(last_pattern)
        view.pattern_chosen.connect(lambda name: host.remember(STATE_LAST_PATTERN, name))
    view.safety_note_seen.connect(lambda: host.remember(STATE_SAFETY_NOTE_SEEN, True))
    what = QCoreApplication.translate("breathing", "this session")
    recorder.save_failed.connect(lambda exc: host.save_failed(what, exc))

    def running() -> bool:
        session = controller.session
        return session is not None and session.is_active

    def stop() -> None:
        if running():
            view.stop()

    return BreathingMounted(
        page=view,
        running=running,
        resting=lambda: not showing_end(view),
        stop=stop,
        confirm_leave=lambda: view.confirm_leave(),  # looked up when asked
        view=view,
        controller=controller,
        recorder=recorder,
    )
