"""The programme in the window: the Today page, the flare plan button and programme import.

The programme's controller is made with the window (reminders ask it for today's times and
Today may be the first page); the Today page and the flare dialog are built when needed.
"""

from __future__ import annotations

from datetime import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton

from calmfloor.storage.errors import StorageWriteError
from calmfloor.ui.kit.page import Mounted, PageHost, PageMount

if TYPE_CHECKING:
    from calmfloor.ui.programme.view import FlareDialog, TodayView

KEY = "page-today"


class ProgrammeMount:
    """The programme's controller, its Today page's mount and the flare plan.

    The shell wires what crosses features: the controller's ``start_requested`` (an item
    starts on the Breathe, Relax or Heat page) and ``changed`` (the reminders' times).

    Args:
        host: the window.
    """

    def __init__(self, host: PageHost) -> None:
        from calmfloor.ui.programme.controller import ProgrammeController

        self._host = host
        context = host.context
        clinic = context.policy.clinic_programmes_dir  # the clinic's programmes, on Today
        self.controller = ProgrammeController(
            context.history,
            context.clock,
            host.owner,
            clinic_dir=Path(clinic) if clinic else None,
        )
        self._flare_dialog: FlareDialog | None = None
        self.today: TodayView | None = None  # built when first opened
        flare = QPushButton(
            QCoreApplication.translate("programme", "&Flare plan")
        )  # the flare plan, one press away
        flare.setObjectName("nav-flare")
        flare.setAccessibleDescription(
            QCoreApplication.translate(
                "programme", "What to do in a flare, when to call the clinic, and the flare log"
            )
        )
        flare.clicked.connect(self.show_flare_plan)
        self.flare_button = flare

    def page_mount(self) -> PageMount:
        """The Today page's place in the window."""
        return PageMount(
            KEY,
            QCoreApplication.translate("programme", "&Today"),
            self._build,
            nav_extras=(self.flare_button,),
        )

    def _build(self) -> Mounted:
        from calmfloor.ui.programme.view import TodayView

        self.today = TodayView(self.controller)
        self.today.flare_requested.connect(self.show_flare_plan)
        self.today.import_requested.connect(self.import_programme)
        self.today.clinic_chosen.connect(self.use_programme_file)
        return Mounted(page=self.today, shown=self.controller.reload)

    def show_flare_plan(self) -> None:
        """The flare plan and log, over the window (not modal to the desktop)."""
        from calmfloor.ui.programme.view import FlareDialog

        self.close_flare_plan()
        if self._flare_dialog is not None:
            self._flare_dialog.deleteLater()
        self._flare_dialog = FlareDialog(self.controller, self._host.owner)
        self._flare_dialog.open()

    def close_flare_plan(self) -> None:
        """Close the flare plan if it is open (an item of it starts)."""
        if self._flare_dialog is not None:
            self._flare_dialog.close()

    def import_programme(self) -> None:
        """Ask for a programme file, check it and make it the active programme."""
        from PySide6.QtWidgets import QFileDialog

        chosen, _filter = QFileDialog.getOpenFileName(
            self._host.owner,
            QCoreApplication.translate("programme", "Import programme"),
            "",
            QCoreApplication.translate("programme", "Programme files (*.toml)"),
        )
        if chosen:
            self.use_programme_file(Path(chosen))

    def use_programme_file(self, path: Path) -> None:
        """Check ``path`` (imported, or from the clinic's folder) and make it the active
        programme; say why not when it cannot be used."""
        from calmfloor.storage.programme_store import known_patterns

        host = self._host
        own = [pattern.name for pattern in host.context.library.all()]
        try:
            problems = self.controller.import_file(path, patterns=known_patterns(own))
        except StorageWriteError as exc:
            host.save_failed(QCoreApplication.translate("programme", "the programme"), exc)
            return
        if problems:
            lines = "\n".join(str(problem) for problem in problems[:5])
            text = QCoreApplication.translate("programme", "This programme file could not be used:")
            host.show_message(f"{text}\n{lines}")
            return
        host.open_page(KEY)

    def ratings_asked(self) -> frozenset[str] | None:
        """The ratings the programme in force today asks for; None without one."""
        status = self.controller.status
        if status is None:  # the usual start: the programme model (17 ms) stays unloaded
            return None
        from calmfloor.core.programme import ratings_asked

        return ratings_asked(status.programme)

    def times_today(self) -> list[time]:
        """The times of day the programme in force asks for today (reminders use them)."""
        status = self.controller.status
        if status is None:
            return []
        return [
            at
            for entry in status.items
            if entry.item.timing is not None
            for at in entry.item.timing.times_of_day
        ]
