"""Every safety text is read by a screen reader moving with Tab.

Tab never lands on a label, so each safety text travels with the control Tab reaches before
the step it guards (its accessible description, which NVDA, Narrator, VoiceOver and Orca
read with the control). The test walks the real Tab chain of the window, as a keyboard user
does, and reads the name and description of every stop.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from calmfloor.ui.shell.main_window import MainWindow, Page

WindowFactory = Callable[..., MainWindow]


def tab_stops(window: MainWindow) -> dict[str, str]:
    """Name -> description of every control Tab reaches on the page shown."""
    stops: dict[str, str] = {}
    start = window.nextInFocusChain()
    widget: QWidget = start
    while True:
        if (
            widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.window() is window
        ):
            name = widget.accessibleName() or getattr(widget, "text", lambda: "")()
            stops[name] = widget.accessibleDescription()
        widget = widget.nextInFocusChain()
        if widget is start:
            return stops


def test_heat_checklist_and_pack_rules_are_read_with_the_buttons_tab_reaches(
    make_window: WindowFactory,
) -> None:
    window = make_window()
    window.show_page(Page.HEAT)
    stops = tab_stops(window)
    confirm = next(text for name, text in stops.items() if name.startswith("I've read this"))
    assert confirm.startswith("Ask your doctor or physiotherapist before using heat if:")
    assert "you are pregnant" in confirm
    window.heat.confirm_checklist()
    window.heat.select_area("lower_back")
    stops = tab_stops(window)
    start = stops["Start the heat timer"]
    assert "Wrap the pack in a cloth: never on bare skin." in start
    assert "Don't fall asleep with it on." in start


def test_relax_cautions_and_the_first_step_are_read_with_the_buttons_tab_reaches(
    make_window: WindowFactory,
) -> None:
    window = make_window()
    window.show_page(Page.RELAX)
    stops = tab_stops(window)
    assert "never into pain" in stops["I understand the caution"]
    assert "sit for a moment before you stand up" in stops["I understand the caution"]
    window.relax.acknowledge_caution()
    window.relax.select_routine("feet-to-pelvic-floor-quick")
    start = tab_stops(window)["Start routine"]
    assert start.startswith("Tense gently and never into pain.")  # the routine's caution
    assert "First: Thighs. Both legs together: pull the toes up" in start


def test_the_dizziness_note_is_read_with_start_breathing(make_window: WindowFactory) -> None:
    window = make_window()  # a first session: the note shows
    start = tab_stops(window)["Start breathing"]
    assert start.startswith("If you feel dizzy or tingly, you are breathing too hard")
    window.breathing.start()
    window.breathing.stop()
    window.breathing.skip_ratings()
    assert "dizzy" not in tab_stops(window)["Start breathing"]  # said once is enough
