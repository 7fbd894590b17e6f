"""Screen readers hear each phase change once and are never told a countdown every second."""

# Fake clocks drive a whole breathing session, a routine and a heat pack in a real main window.
# Two things are recorded: every announcement (widgets.announce, with Qt's accessibility made
# "active" so the real helper runs), and, a few times a second, the accessible name and
# description of every widget in the window, as a screen reader would read them. Qt tells a
# reader whenever one of those changes (a QLabel without a fixed accessible name changes its
# name with its text), so a widget whose name or description changes between phases more often
# than once every 10 s would flood the reader. tests/ui/test_atspi.py checks the same in the
# real AT-SPI tree.

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import QApplication, QWidget
from session_pages import label

from calmfloor.core.clock import ManualClock
from calmfloor.core.heat import HeatState
from calmfloor.core.routine import SequencerState
from calmfloor.ui.kit import widgets
from calmfloor.ui.shell.main_window import MainWindow, Page

WindowFactory = Callable[..., MainWindow]
QUIET_INTERVAL_S = 10.0  # between phases, a widget may change what a reader hears this often
SAMPLE_S = 0.25  # how often the test looks at what a reader would hear
BREATHS = 4
ROUTINE = "feet-to-pelvic-floor-quick"
HEAT_MINUTES = 5
SKIN_CHECK_MINUTES = 2


class _ActiveAccessibility:
    """Stands in for ``QAccessible`` inside ``widgets``: active, and keeps what is announced."""

    def __init__(self) -> None:
        self.said: list[str] = []

    def isActive(self) -> bool:  # Qt's name
        return True

    def updateAccessibility(self, event: QAccessibleEvent) -> None:  # Qt's name
        assert isinstance(event, QAccessibleAnnouncementEvent)
        self.said.append(event.message())


@dataclass
class Listener:
    """What a screen reader would have heard while a session ran.

    Attributes:
        said: every announcement, in order.
        changes: per widget, how often its name or description changed away from a phase
            change or an announcement (what would reach the reader as a stream of updates).
        values: per widget, each (name, description) it showed, to find it in a failure.
    """

    accessibility: _ActiveAccessibility
    window: MainWindow
    markers: int = 0  # phase changes and state changes seen so far
    changes: Counter[int] = field(default_factory=Counter)
    values: dict[int, list[tuple[str, str, str]]] = field(default_factory=dict)
    _last: dict[int, tuple[str, str, str]] = field(default_factory=dict)
    _last_marker: tuple[int, int] = (0, 0)
    _focus_message: tuple[object, str, str] | None = None
    seconds: float = 0.0

    @property
    def said(self) -> list[str]:
        return self.accessibility.said

    def mark(self, *_args: object) -> None:
        """A phase or state changed: what changes with it is expected."""
        self.markers += 1

    def look(self, elapsed_s: float) -> None:
        """Read every widget's name and description; count changes between phases."""
        self.seconds = elapsed_s
        QCoreApplication.processEvents()  # messages go out when the current event is done
        focused = QApplication.focusWidget()
        if focused is not None:  # a message in the focused control's description is spoken
            message = (focused, widgets.spoken_message(focused), focused.accessibleDescription())
            if message[1] and message != self._focus_message:
                self.said.append(message[1])
            self._focus_message = message
        now = (self.markers, len(self.said))
        at_phase_change = now != self._last_marker
        self._last_marker = now
        for widget in self.window.findChildren(QWidget):
            iface = QAccessible.queryAccessibleInterface(widget)
            if iface is None or not iface.isValid():
                continue
            key = shiboken6.getCppPointer(widget)[0]
            heard = (
                f"{type(widget).__name__} {widget.objectName()!r}",
                iface.text(QAccessible.Text.Name),
                iface.text(QAccessible.Text.Description),
            )
            before = self._last.get(key)
            self._last[key] = heard
            if before is None or before == heard:
                continue
            self.values.setdefault(key, [before]).append(heard)
            if not at_phase_change:
                self.changes[key] += 1

    def flooding(self) -> dict[str, list[str]]:
        """The widgets that changed more often than once every 10 s between phases."""
        budget = math.ceil(self.seconds / QUIET_INTERVAL_S) + 1
        return {
            self.values[key][0][0]: [f"{name} | {text}" for _, name, text in self.values[key][:6]]
            for key, count in self.changes.items()
            if count > budget
        }


@pytest.fixture
def listen(make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch) -> Callable[..., Listener]:
    def make(**settings: object) -> Listener:
        accessibility = _ActiveAccessibility()
        monkeypatch.setattr(widgets, "QAccessible", accessibility)
        window = make_window(**settings)
        return Listener(accessibility, window)

    return make


def test_a_breathing_session_announces_each_phase_once(
    listen: Callable[..., Listener], clock: ManualClock
) -> None:
    heard = listen(length_mode="breaths", session_breaths=BREATHS)
    window = heard.window
    window.breathing.select_pattern("Resonance")  # in 5.5 s, out 5.5 s, no holds
    phases: list[object] = []
    window.controller.phase_started.connect(lambda phase, _breath: phases.append(phase))
    window.controller.phase_started.connect(heard.mark)
    counts: set[str] = set()
    window.breathing.start()
    elapsed = 0.0
    while window.controller.session is not None and window.controller.session.is_active:
        clock.advance(SAMPLE_S)
        elapsed += SAMPLE_S
        window.controller.tick()
        counts.add(label(window.breathing, "phase-countdown").text())
        heard.look(elapsed)
        assert elapsed < BREATHS * 11 + 5, "the session did not end"

    assert len(phases) == 2 * BREATHS  # in, out: the holds of this pattern are 0 s
    assert heard.said[:-1] == ["Breathe in", "Breathe out"] * BREATHS
    assert heard.said[-1] == f"Well done. {BREATHS} breaths in 0:44"  # with the first rating
    assert len(counts) >= 5  # the countdown on screen did count down every second...
    assert not heard.flooding()  # ...and no reader was told


def test_pause_and_resume_are_announced_once_each(
    listen: Callable[..., Listener], clock: ManualClock
) -> None:
    heard = listen(session_minutes=1.0)
    window = heard.window
    window.breathing.start()
    heard.look(0.0)
    clock.advance(2.0)
    window.controller.tick()
    window.breathing.toggle()
    heard.look(2.0)
    clock.advance(30.0)  # a long pause says nothing more
    window.breathing.toggle()
    heard.look(32.0)
    clock.advance(1.0)
    window.controller.tick()
    window.breathing.stop()
    heard.look(33.0)
    assert [text.split(".")[0] for text in heard.said] == [
        "Breathe in",
        "Paused",
        "Breathe in",
        "Session stopped",
    ]


def test_a_routine_announces_each_phase_once_and_never_its_countdowns(
    listen: Callable[..., Listener], clock: ManualClock
) -> None:
    heard = listen()
    window = heard.window
    window.show_page(Page.RELAX)
    relax = window.relax
    relax.acknowledge_caution()
    controller = window.relax_controller
    assert controller is not None
    phases: list[object] = []
    controller.phase_started.connect(phases.append)
    controller.phase_started.connect(heard.mark)
    controller.state_changed.connect(heard.mark)
    assert relax.select_routine(ROUTINE)
    heard.said.clear()  # the caution, read once when it was shown
    relax.start()
    elapsed = 0.0
    while controller.state is SequencerState.RUNNING:
        clock.advance(SAMPLE_S)
        elapsed += SAMPLE_S
        controller.tick()
        heard.look(elapsed)
        assert elapsed < 30 * 60, "the routine did not end"

    assert len(phases) > 10
    ahead = [text for text in heard.said if text.startswith("Next: ")]
    said = [text for text in heard.said if not text.startswith("Next: ")]
    assert len(said) == len(phases) + 1  # and the end
    assert said[-1].startswith("Well done")
    assert not heard.flooding()
    # each later step's muscle and instruction comes near the end of the let-go before it,
    # so its get-ready is a few words that end before the tense cue
    readies = [text for text in said if text.startswith("Get ready")]
    assert len(ahead) == len(readies) - 1
    for text in ahead:
        following = heard.said[heard.said.index(text) + 1]
        assert following.startswith("Get ready"), heard.said
        assert following.split(". ")[1].rstrip(".") in text  # the same muscle
    assert all(len(text.split()) <= 6 for text in readies), readies


def test_a_heat_countdown_never_floods_and_each_skin_check_is_announced_once(
    listen: Callable[..., Listener], clock: ManualClock
) -> None:
    heard = listen(
        heat_minutes=HEAT_MINUTES, heat_skin_checks=True, heat_skin_check_minutes=SKIN_CHECK_MINUTES
    )
    window = heard.window
    window.show_page(Page.HEAT)
    heat = window.heat
    heat.confirm_checklist()
    assert heat.select_area("lower_back")
    controller = window.heat_controller
    checks: list[int] = []
    controller.skin_check_due.connect(checks.append)
    controller.skin_check_due.connect(heard.mark)
    controller.state_changed.connect(heard.mark)
    heard.said.clear()
    assert heat.start()
    elapsed = 0.0
    countdown: set[str] = set()
    while controller.state is not HeatState.TIME_UP:
        clock.advance(1.0)  # the heat ticker's once a second
        elapsed += 1.0
        controller.tick()
        countdown.add(heat.countdown_text())
        heard.look(elapsed)
        if controller.sample() is not None and controller.sample().pending_skin_check:
            controller.acknowledge_skin_check()  # the patient looked
        assert elapsed < HEAT_MINUTES * 60 + 60, "time was never up"
    controller.acknowledge()
    heard.look(elapsed)

    expected_checks = (HEAT_MINUTES - 1) // SKIN_CHECK_MINUTES
    assert len(checks) == expected_checks
    skin = [text for text in heard.said if text.startswith("Time to check your skin")]
    assert len(skin) == expected_checks, heard.said
    assert len(heard.said) == expected_checks + 2, heard.said  # time's up, then the end
    assert len(countdown) > HEAT_MINUTES * 50  # the clock on screen ticked every second
    assert not heard.flooding()


def test_the_old_heat_chip_would_have_flooded_the_reader(
    listen: Callable[..., Listener], clock: ManualClock
) -> None:
    """The check can fail: a label that shows the seconds as its name is caught."""
    heard = listen(heat_minutes=HEAT_MINUTES, heat_skin_checks=False)
    window = heard.window
    window.show_page(Page.HEAT)
    window.heat.confirm_checklist()
    assert window.heat.select_area("hip")
    assert window.heat.start()
    chip_title = label(window.heat_chip, "heat-chip-title")
    chip_title.setAccessibleName("")  # as it was before the fixed name
    for second in range(1, 31):
        clock.advance(1.0)
        window.heat_controller.tick()
        heard.look(float(second))
    window.heat_controller.remove()
    flooding: dict[str, Any] = heard.flooding()
    assert list(flooding) == ["QLabel 'heat-chip-title'"], flooding
