"""The window loads its sounds when a session may start, not at start-up (idle memory).

QtMultimedia and its FFmpeg plug-in cost about 18 MiB for as long as calmfloor runs
(docs/performance.md, "Idle memory"), so an idle window on Breathe has loaded no sound; the
first cue of a session still plays at its start, and a missing audio device is still said.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_sound import FakeSoundEffect, effects, fake_backend

from calmfloor.ui.kit.sound import Cue, CuePlayer
from calmfloor.ui.shell.main_window import MainWindow, Page

IDLE_MS = 300  # well past the first paint (the sounds used to load 50 ms after it)


@pytest.fixture
def window_with(make_window: Callable[..., MainWindow]) -> Callable[..., MainWindow]:
    """A real window whose sound player has the fake backend with these audio outputs."""

    def make(outputs: tuple[str, ...] = ("speakers",)) -> MainWindow:
        return make_window(cues=CuePlayer(backend=fake_backend(outputs), deferred=True))

    return make


def test_an_idle_window_loads_no_sound_and_start_plays_the_first_cue_at_once(
    qtbot: QtBot, window_with
) -> None:
    window = window_with()
    qtbot.wait(IDLE_MS)
    assert not window.cues.findChildren(FakeSoundEffect)  # nothing of QtMultimedia yet

    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Space)  # Start

    assert window.controller.is_active
    played = effects(window.cues)
    assert played[Cue.IN].plays == 1  # the first cue, in the same event as Start
    assert sum(effect.plays for effect in played.values()) == 1


@pytest.mark.parametrize("page", [Page.RELAX, Page.HEAT, Page.SETTINGS])
def test_opening_a_page_that_sounds_loads_the_cues_and_says_when_there_is_no_audio(
    qtbot: QtBot, window_with, page: Page
) -> None:
    window = window_with(outputs=())
    qtbot.wait(IDLE_MS)
    assert window.cues.available  # not known yet: nothing was loaded
    assert not any("Sound is off" in text for text in window.messages.messages())

    with qtbot.waitSignal(window.cues.unavailable, timeout=1000):
        window.show_page(page)

    assert not window.cues.available
    assert any("Sound is off" in text for text in window.messages.messages())
