"""Checks that run inside the frozen folder what ``--smoke-test`` cannot show.

Built into ``calmfloor-frozen-check`` only when ``CALMFLOOR_FROZEN_CHECK=1`` (by
``packaging/build_frozen.py``, which runs it and then deletes it). It is not analysed by
PyInstaller: every module it imports comes from the app's own archive, so a module the app
lacks fails here too. Usage::

    calmfloor-frozen-check --data-dir DIR [--screenshot PNG] [--language LANG]...

Checks: every asset resolves inside the folder; Qt's own translations load for each
language; a sound cue loads and plays (when there is an audio output); the History page
opens and pyqtgraph draws a few sessions in the practice and symptom charts. Prints
``frozen check passed`` and exits 0, else prints each failure and exits 1.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime, timedelta
from pathlib import Path

SETTLE_MS = 1500  # time for the window and the charts to lay out and paint
SOUND_LOAD_MS = 1000  # time to open the audio output and decode the cues
SOUND_PLAY_MS = 100  # a cue lasts longer than this
SEEDED_DAYS = 10


def check_assets(bundle: Path) -> list[str]:
    """Every named asset and the built-in routines resolve inside the folder."""
    from calmfloor.resources import Asset, asset_dir, asset_path, assets_root

    failures = []
    root = Path(str(assets_root())).resolve()
    if bundle not in root.parents:
        failures.append(f"assets found outside the folder: {root}")
    for asset in Asset:
        try:
            asset_path(asset)
        except FileNotFoundError as exc:
            failures.append(str(exc))
    if not list(asset_dir("routines").glob("*.toml")):
        failures.append("no built-in routines")
    return failures


def seed_history(data_dir: Path) -> None:
    """A few rated sessions on the last days, so the charts have something to draw."""
    from calmfloor.core.session import Outcome, Ratings, SessionKind, SessionRecord
    from calmfloor.storage.history_db import HistoryStore
    from calmfloor.storage.paths import resolve_paths

    path = resolve_paths(data_dir).history_db
    path.parent.mkdir(parents=True, exist_ok=True)
    now = datetime.now().astimezone().replace(microsecond=0)
    records = []
    for day in range(SEEDED_DAYS):
        started = now - timedelta(days=day, hours=1)
        records.append(
            SessionRecord(
                kind=SessionKind.BREATHING if day % 3 else SessionKind.RELAX,
                started=started,
                planned_s=600.0,
                name="Slow exhale",
                ended=started + timedelta(minutes=10),
                actual_s=600.0,
                outcome=Outcome.COMPLETED,
                breaths=54,
                ratings=Ratings(tension_before=6, tension_after=6 - day % 3),
            )
        )
    with HistoryStore.open(path) as store:
        store.add_many(records)


def check_qt_translations(bundle: Path, languages: list[str]) -> list[str]:
    """Qt's own translations (standard buttons, dialogs) load for every shipped language."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    failures = []
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)).resolve()
    if bundle not in folder.parents:
        failures.append(f"Qt looks for its translations outside the folder: {folder}")
    for language in languages:
        if not QTranslator().load(f"qtbase_{language}", str(folder)):
            failures.append(f"qtbase_{language}.qm does not load from {folder}")
    return failures


def settle(milliseconds: int) -> None:
    """Let Qt work for a while (a local loop: QApplication.quit() would close the windows)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def check_sound() -> tuple[list[str], str]:
    """A cue loads and plays, when this computer has an audio output.

    Returns:
        The failures, and a note on what was checked.
    """
    from PySide6.QtCore import QUrl
    from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

    from calmfloor.resources import Asset, asset_path
    from calmfloor.ui.kit.sound import CuePlayer

    if not QMediaDevices.audioOutputs():
        return [], "sound not checked: no audio output here"
    player = CuePlayer()
    effect = QSoundEffect()
    effect.setSource(QUrl.fromLocalFile(str(asset_path(Asset.SOUND_IN))))
    settle(SOUND_LOAD_MS)
    if not player.available:
        return [f"no sound: {player.unavailable_reason}"], ""
    if effect.status() != QSoundEffect.Status.Ready:
        return [f"the inhale cue did not load ({effect.status().name})"], ""
    effect.play()
    settle(SOUND_PLAY_MS)
    if not effect.isPlaying():
        return ["the inhale cue did not play"], ""
    effect.stop()
    device = QMediaDevices.defaultAudioOutput().description()
    return [], f"sound checked: a cue played on {device}"


def check_history_page(data_dir: Path, screenshot: Path | None) -> list[str]:
    """Open the History page in a real window; both pyqtgraph charts must draw."""
    from PySide6.QtWidgets import QApplication, QTabWidget

    from calmfloor.app import build_window
    from calmfloor.cli import parse_args
    from calmfloor.ui.history.charts import PracticeChart, SymptomChart
    from calmfloor.ui.shell.main_window import Page

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = build_window(app, parse_args(["--data-dir", str(data_dir)]))
    window.show_page(Page.HISTORY)

    settle(SETTLE_MS)
    failures = []
    practice = window.findChildren(PracticeChart)
    if not any(chart.isVisible() and chart.bars for chart in practice):
        failures.append("the practice chart shows no bars")
    tabs = [tab for tab in window.findChildren(QTabWidget) if tab.objectName() == "history-tabs"]
    if tabs:
        tabs[0].setCurrentIndex(1)  # Symptoms: a second pyqtgraph chart, built when shown
        settle(SETTLE_MS)
    if not any(chart.isVisible() for chart in window.findChildren(SymptomChart)):
        failures.append("the symptom chart did not open")
    image = window.grab().toImage()
    if image.isNull() or image.width() < 100:
        failures.append("the History page did not paint")
    elif screenshot is not None:
        image.save(str(screenshot))
    window.breathing.stop()
    window.close()
    window.context.close()
    return failures


def main(argv: list[str]) -> int:
    """Run every check; 0 when all pass."""
    parser = argparse.ArgumentParser(prog="calmfloor-frozen-check")
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--screenshot", type=Path)
    parser.add_argument("--language", action="append", default=[])
    args = parser.parse_args(argv)
    if not getattr(sys, "frozen", False):
        print("frozen check: run this inside the PyInstaller build only", file=sys.stderr)
        return 2
    bundle = Path(getattr(sys, "_MEIPASS", "")).resolve()

    from calmfloor.app import create_application

    failures = check_assets(bundle)
    seed_history(args.data_dir)
    create_application()
    failures += check_qt_translations(bundle, args.language)
    sound_failures, sound_note = check_sound()
    failures += sound_failures
    failures += check_history_page(args.data_dir, args.screenshot)
    for failure in failures:
        print(f"frozen check failed: {failure}", file=sys.stderr)
    if failures:
        return 1
    print(f"frozen check passed ({sound_note})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
