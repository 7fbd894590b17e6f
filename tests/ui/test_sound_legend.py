""" "Hear the sounds": each cue with its meaning, from the Settings page."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from calmfloor.core.settings import defaults
from calmfloor.ui.kit.models import SettingsModel
from calmfloor.ui.kit.sound import Cue, CuePlayer
from calmfloor.ui.kit.sound_legend import LEGEND, SoundLegendDialog
from calmfloor.ui.settings.view import SettingsView


def test_every_sound_has_a_button_and_play_all_goes_through_them(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    played: list[Cue] = []
    monkeypatch.setattr(CuePlayer, "play", lambda _self, cue: played.append(cue))
    dialog = SoundLegendDialog(CuePlayer(backend=None))
    qtbot.addWidget(dialog)
    assert set(dialog.buttons) == set(Cue)  # every cue the app plays is explained
    dialog.buttons[Cue.TENSE].click()
    assert played == [Cue.TENSE]
    assert dialog.buttons[Cue.TENSE].accessibleName().startswith("Play: Two quick wooden notes")
    timer = dialog.findChild(QTimer, "sound-legend-timer")
    assert timer is not None
    dialog.play_all()
    for _ in range(len(LEGEND)):
        if timer.isActive():
            timer.stop()
            timer.timeout.emit()
    assert played[1:] == [cue for cue, _text in LEGEND]
    assert not timer.isActive() and not dialog.playing


def test_settings_offers_hear_the_sounds(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    played: list[Any] = []
    monkeypatch.setattr(CuePlayer, "play", lambda _self, cue: played.append(cue))
    view = SettingsView(SettingsModel(defaults()), cues=CuePlayer(backend=None))
    qtbot.addWidget(view)
    from PySide6.QtWidgets import QPushButton

    button = view.findChild(QPushButton, "hear-the-sounds")
    assert button is not None and button.text() == "Hear the sounds…"
    dialog = view.show_sound_legend()
    assert dialog is not None and dialog.isVisible()
    dialog.buttons[Cue.REST].click()
    assert played == [Cue.REST]
    dialog.close()
