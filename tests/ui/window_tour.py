"""A tour of the real window for layout tests: every page, History tab and session screen."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QAbstractButton

from calmfloor.core.clock import ManualClock
from calmfloor.core.heat import HeatArea
from calmfloor.ui.shell.main_window import MainWindow, Page


@pytest.fixture(autouse=True)  # autouse where a test module imports it
def no_spacing_question(monkeypatch: pytest.MonkeyPatch) -> None:
    """The generated history has heat sessions; starting another would ask (a modal box)."""
    from calmfloor.ui.heat.view import HeatView

    monkeypatch.setattr(HeatView, "_ask_spacing", lambda *_args: True)


def visit_every_screen(window: MainWindow, clock: ManualClock, seen: Callable[[str], None]) -> None:
    """Every page, History tab and session screen; ``seen(name)`` on each."""
    for page in Page:
        window.show_page(page)
        if page is Page.HISTORY:
            for tab in range(window.history.tabs.count()):
                window.history.tabs.setCurrentIndex(tab)
                seen(f"history-{tab}")
        else:
            seen(page.name.lower())
    window.show_page(Page.BREATHE)
    window.breathing.select_pattern("Calm")
    window.breathing.start()
    clock.advance(1.0)
    window.controller.tick()
    seen("breathing")
    window.breathing.stop()
    seen("breathing-finished")
    window.breathing.skip_ratings()
    window.show_page(Page.RELAX)
    window.relax.acknowledge_caution()
    window.relax.start()
    clock.advance(1.0)
    assert window.relax_controller is not None
    window.relax_controller.tick()
    seen("routine")
    window.relax.stop()
    seen("routine-finished")
    window.relax.skip_ratings()
    window.show_page(Page.HEAT)
    window.heat.confirm_checklist()
    window.heat.findChild(QAbstractButton, f"heat-area-{HeatArea.LOWER_BACK.value}").click()
    assert window.heat.start()
    seen("heat-running")
    window.heat.remove_pack()
    seen("heat-finished")
