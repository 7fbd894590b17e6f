"""The Relax page in the window: built the first time it is opened."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication

from calmfloor.storage.settings_store import STATE_LAST_ROUTINE, STATE_RELAX_CAUTION_SEEN
from calmfloor.ui.kit.page import Mounted, PageHost, PageMount, showing_end

if TYPE_CHECKING:
    from calmfloor.ui.relax.controller import RelaxController
    from calmfloor.ui.relax.view import RelaxView

KEY = "page-relax"


@dataclass(kw_only=True)
class RelaxMounted(Mounted):
    """The Relax page with its controller.

    The shell wires the page's ``heat_requested`` (a routine's heat step, to the heat timer)
    and ``repeat_reminder_requested`` (to the reminders): they cross features.

    Attributes:
        view: the page.
        controller: the routine session's controller (the kiosk watches it).
    """

    view: RelaxView
    controller: RelaxController


def mount(host: PageHost) -> PageMount:
    """The Relax page's place in ``host``; its ``build`` returns a :class:`RelaxMounted`."""
    return PageMount(KEY, QCoreApplication.translate("relax", "&Relax"), lambda: _build(host))


def _build(host: PageHost) -> RelaxMounted:
    from calmfloor.resources import Asset, asset_path
    from calmfloor.ui.relax.controller import RelaxController, RoutineRecorder
    from calmfloor.ui.relax.library import RoutineLibrary
    from calmfloor.ui.relax.view import RelaxView
    from calmfloor.ui.relax.voice import PackClips, voice_pack_roots

    context = host.context
    owner = host.owner
    controller = RelaxController(context.clock, owner)
    controller.ended.connect(lambda _event: host.session_ended())
    recorder = RoutineRecorder(controller, context.history, context.clock, owner)
    if context.routine_library is not None:
        library = cast(RoutineLibrary, context.routine_library(owner))
    else:
        library = RoutineLibrary(context.paths.routines_dir, parent=owner)
    view = RelaxView(
        controller,
        recorder,
        library,
        context.settings,
        host.cues,
        asset_path(Asset.BODY_SVG),
        show_caution=not context.state.get_bool(STATE_RELAX_CAUTION_SEEN, False),
        kiosk=host.kiosk,
        report_unsaved=host.report_unsaved,
        ratings_asked=host.ratings_asked,  # a programme's ratings, else the setting's
        clips=PackClips(lambda: voice_pack_roots(context.paths, context.policy)),
    )
    view.session_saved.connect(host.session_saved)
    view.caution_seen.connect(lambda: host.remember(STATE_RELAX_CAUTION_SEEN, True))
    if not host.kiosk:  # the last routine comes back too
        last_routine = context.state.get_str(STATE_LAST_ROUTINE, "")
        if last_routine:
            view.select_routine(last_routine)
        view.routine_chosen.connect(
            lambda routine_id: host.remember(STATE_LAST_ROUTINE, routine_id)
        )
    session = QCoreApplication.translate("relax", "this session")
    recorder.save_failed.connect(lambda exc: host.save_failed(session, exc))
    routines = QCoreApplication.translate("relax", "your routines")
    library.save_failed.connect(lambda exc: host.save_failed(routines, exc))
    for notice in library.notices():
        host.show_message(notice)

    def stop() -> None:
        if controller.is_active:
            view.stop()

    return RelaxMounted(
        page=view,
        running=lambda: controller.is_active,
        resting=lambda: not showing_end(view),
        stop=stop,
        confirm_leave=lambda: view.confirm_leave(),  # looked up when asked
        view=view,
        controller=controller,
    )
