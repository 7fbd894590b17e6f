"""Reduced motion on every animated element: nothing moves continuously, no timer runs faster
than once a second, and each element still shows the phase and the time."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from session_pages import button, find, label

from calmfloor.core.breathing import SessionState
from calmfloor.core.clock import ManualClock
from calmfloor.core.heat import HeatArea
from calmfloor.ui.kit import theme
from calmfloor.ui.kit.session import FRAME_INTERVAL_MS
from calmfloor.ui.shell.main_window import MainWindow, Page

WindowFactory = Callable[..., MainWindow]
WHOLE_SECOND_MS = 1000
SLACK_MS = 2  # the tickers wake a hair after the second, so the count has dropped
RUN_S = 30.0


class PaintCounter(QObject):
    """Counts the paint events a widget gets."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def run_ticker(clock: ManualClock, ticker: QTimer, tick: Callable[[], None], seconds: float):
    """Let ``seconds`` pass as the ticker would: wake after each of its intervals, paint.

    Returns:
        The intervals (ms) the ticker asked for, one per wake.
    """
    intervals: list[int] = []
    elapsed = 0.0
    while elapsed < seconds and ticker.isActive():
        interval = ticker.interval()
        intervals.append(interval)
        clock.advance(interval / 1000)
        elapsed += interval / 1000
        tick()
        QApplication.processEvents()  # the repaints asked for
    return intervals


def running_timers(root: QObject) -> list[QTimer]:
    """Every repeating timer of ``root`` (and its children) that is running now."""
    return [t for t in root.findChildren(QTimer) if t.isActive() and not t.isSingleShot()]


@pytest.fixture
def reduced(make_window: WindowFactory) -> MainWindow:
    window = make_window(reduced_motion="on")
    window.resize(1100, 760)
    return window


# ----- breathing: the pacer, the figure, the countdown --------------------------------------


def test_breathing_steps_once_a_second_and_still_shows_phase_and_time(
    reduced: MainWindow, clock: ManualClock
) -> None:
    window = reduced
    view = window.breathing
    view.select_pattern("Calm")  # 4 in, 4 hold, 6 out: whole seconds
    pacer, figure = find(view, "pacer"), find(view, "breathing-figure")
    assert pacer.reduced_motion() and figure.reduced_motion()
    paints = PaintCounter(pacer)
    view.start()
    ticker = window.controller.ticker
    assert ticker.interval() >= WHOLE_SECOND_MS  # not the 60 Hz of the moving picture
    words: list[str] = []
    counts: list[str] = []

    def tick() -> None:
        window.controller.tick()
        words.append(label(view, "phase-word").text())
        counts.append(label(view, "phase-countdown").text())

    intervals = run_ticker(clock, ticker, tick, RUN_S)
    assert all(WHOLE_SECOND_MS <= i <= WHOLE_SECOND_MS + SLACK_MS for i in intervals), intervals
    for timer in running_timers(window):
        assert timer.interval() >= WHOLE_SECOND_MS, timer.objectName()
    # what the patient needs is still there: the phase word and a countdown by the second
    assert {"Breathe in", "Hold", "Breathe out"} <= set(words)
    assert counts[:3] == ["3", "2", "1"]
    assert counts[3:7] == ["4", "3", "2", "1"]  # the hold, counted down again
    # the picture changes at most once per wake, never in between
    assert paints.count <= len(intervals) + 2
    # the figure holds still: its lines never move, an arrow shows the way
    assert figure.painted_level() == 0.0
    window.breathing.stop()


def test_breathing_with_reduced_motion_is_a_filling_glass_not_a_growing_circle(
    reduced: MainWindow, clock: ManualClock
) -> None:
    view = reduced.breathing
    view.select_pattern("Calm")
    view.start()
    levels = []
    for _ in range(4):  # the in-breath, one second at a time
        clock.advance(reduced.controller.ticker.interval() / 1000)
        reduced.controller.tick()
        levels.append(find(view, "pacer").painted_level())
    assert levels == sorted(levels) and levels[0] < levels[-1]  # the glass fills in steps
    assert len(set(levels)) == 4
    view.stop()


def test_a_pattern_with_half_seconds_still_wakes_about_once_a_second(
    reduced: MainWindow, clock: ManualClock
) -> None:
    window = reduced
    window.breathing.select_pattern("Resonance")  # 5.5 in, 5.5 out
    window.breathing.start()
    phases: list[str] = []
    window.controller.phase_started.connect(lambda phase, _breath: phases.append(phase))
    intervals = run_ticker(clock, window.controller.ticker, window.controller.tick, 60.0)
    # one wake per second of countdown, plus the one at each phase boundary
    assert len(intervals) <= 60 + len(phases) + 1
    assert min(intervals) >= 400  # half a second at the shortest, never a frame rate
    window.breathing.stop()


def test_without_reduced_motion_the_pacer_moves_at_frame_rate(
    make_window: WindowFactory,
) -> None:
    window = make_window(reduced_motion="off")
    window.breathing.start()
    assert window.controller.ticker.interval() == FRAME_INTERVAL_MS
    assert not find(window.breathing, "pacer").reduced_motion()
    window.breathing.stop()


def test_turning_reduced_motion_on_during_a_session_slows_the_ticker_at_once(
    make_window: WindowFactory,
) -> None:
    window = make_window(reduced_motion="off")
    window.breathing.select_pattern("Calm")  # whole seconds
    window.breathing.start()
    window.context.settings.set_value("reduced_motion", "on")
    assert window.controller.ticker.interval() >= WHOLE_SECOND_MS
    assert find(window.breathing, "pacer").reduced_motion()
    window.context.settings.set_value("reduced_motion", "off")
    assert window.controller.ticker.interval() == FRAME_INTERVAL_MS
    window.breathing.stop()


def test_system_follows_the_desktop_preference(
    make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(theme, "system_prefers_reduced_motion", lambda: True)
    assert theme.resolve_reduced_motion("system")
    assert not theme.resolve_reduced_motion("off")
    window = make_window(reduced_motion="system")
    window.breathing.select_pattern("Calm")
    window.breathing.start()
    assert window.controller.ticker.interval() >= WHOLE_SECOND_MS
    assert find(window.breathing, "pacer").reduced_motion()
    window.breathing.stop()


# ----- relax: the countdown ring and the body diagram ----------------------------------------


def test_relax_ring_steps_by_the_second_and_the_body_diagram_only_changes_per_step(
    reduced: MainWindow, clock: ManualClock
) -> None:
    window = reduced
    window.show_page(Page.RELAX)
    relax = window.relax
    relax.acknowledge_caution()
    relax.start()
    controller = window.relax_controller
    assert controller is not None
    ring, diagram = find(relax, "phase-ring"), find(relax, "body-diagram")
    diagram_paints = PaintCounter(diagram)
    steps: set[int] = set()
    shown: list[tuple[int | None, float, float]] = []

    def tick() -> None:
        controller.tick()
        segment = controller.sample().segment
        steps.add(segment.step_index)
        shown.append((ring.seconds(), ring.fraction(), segment.duration_s))

    intervals = run_ticker(clock, controller.ticker, tick, RUN_S)
    assert intervals and min(intervals) >= WHOLE_SECOND_MS - SLACK_MS
    for timer in running_timers(window):
        assert timer.interval() >= WHOLE_SECOND_MS - SLACK_MS, timer.objectName()
    # the ring shows whole seconds and its arc stands on whole seconds too
    for seconds, fraction, duration in shown:
        assert seconds is not None
        assert fraction == pytest.approx(seconds / duration)  # no sweep between seconds
    assert len({s for s, _, _ in shown}) > 3  # it still counts down
    # the diagram is repainted when the step changes, not every second
    assert diagram_paints.count <= 2 * len(steps) + 2
    relax.stop()


# ----- heat: the countdown and the chip -------------------------------------------------------


def test_heat_countdown_changes_once_a_second_at_most(
    reduced: MainWindow, clock: ManualClock
) -> None:
    window = reduced
    window.show_page(Page.HEAT)
    heat = window.heat
    heat.confirm_checklist()
    button(heat, f"heat-area-{HeatArea.LOWER_BACK.value}").click()
    assert heat.start()
    ticker = window.heat_controller.ticker
    texts: list[str] = []

    def tick() -> None:
        window.heat_controller.tick()
        texts.append(heat.countdown_text())

    intervals = run_ticker(clock, ticker, tick, 10.0)
    assert min(intervals) >= WHOLE_SECOND_MS - SLACK_MS
    assert len(set(texts)) >= 8  # the time left still counts down
    heat.remove_pack()


# ----- Qt's own animations -----------------------------------------------------------------


def test_menus_lists_and_tooltips_do_not_slide_or_fade(reduced: MainWindow) -> None:
    for effect in (
        Qt.UIEffect.UI_AnimateCombo,
        Qt.UIEffect.UI_AnimateMenu,
        Qt.UIEffect.UI_FadeMenu,
        Qt.UIEffect.UI_AnimateTooltip,
        Qt.UIEffect.UI_FadeTooltip,
    ):
        assert not QApplication.isEffectEnabled(effect), effect
    reduced.context.settings.set_value("reduced_motion", "off")
    reduced.context.settings.set_value("reduced_motion", "on")
    assert not QApplication.isEffectEnabled(Qt.UIEffect.UI_AnimateCombo)


def test_nothing_runs_at_frame_rate_anywhere_with_reduced_motion(
    reduced: MainWindow, clock: ManualClock
) -> None:
    """Every session at once (breathing, a routine, the heat pack): only slow timers run."""
    window = reduced
    window.show_page(Page.HEAT)
    window.heat.confirm_checklist()
    button(window.heat, f"heat-area-{HeatArea.HIP.value}").click()
    assert window.heat.start()
    window.show_page(Page.RELAX)
    window.relax.acknowledge_caution()
    window.relax.start()
    window.show_page(Page.BREATHE)
    window.breathing.select_pattern("Calm")
    window.breathing.start()
    assert window.controller.state is SessionState.RUNNING
    timers = running_timers(window)
    assert timers, "no session ticker runs"
    for timer in timers:
        assert timer.interval() >= WHOLE_SECOND_MS - SLACK_MS, timer.objectName()
    window.breathing.stop()
    window.relax.stop()
    window.heat.remove_pack()
