"""A real profile on disk: private modes everywhere, file text escaped in the window, a
SIGTERM-style shutdown ends a session as stopped (issue 15, findings 9, 15 and 17).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from calmfloor.core.breathing import BreathPattern
from calmfloor.core.clock import ManualClock
from calmfloor.core.session import Outcome, SessionKind
from calmfloor.storage.export_csv import write_csv
from calmfloor.storage.kiosk_counters import KioskCounters, kiosk_counters_file
from calmfloor.storage.paths import resolve_paths
from calmfloor.storage.routines_store import import_routine
from calmfloor.ui.history.report import load_report_data, write_pdf_report
from calmfloor.ui.relax.library import RoutineLibrary
from calmfloor.ui.shell.context import load_context

ESC = "\x1b"
# the history database and its backups are made private by their own module's work
OTHERS = ("history.sqlite3",)


@pytest.fixture
def usual_umask() -> Iterator[None]:
    old = os.umask(0o022)  # what most desktops use: folders 0755, files 0644 by default
    try:
        yield
    finally:
        os.umask(old)


def _routine(path: Path, rid: str) -> Path:
    path.write_text(
        f'format = 1\nid = "{rid}"\nname = "R"\nauthor = "me"\nversion = "1.0"\n'
        '[[steps]]\nregion = "calves"\nmode = "tense_release"\ninstruction = "Go."\n',
        encoding="utf-8",
    )
    return path


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_every_file_and_folder_of_a_real_profile_is_private(
    tmp_path: Path, clock: ManualClock, usual_umask: None
) -> None:
    root = tmp_path / "home"
    root.mkdir()
    data = root / "deep" / "calmfloor"
    context = load_context(resolve_paths(data), clock)
    try:
        context.settings.set_value("theme", "dark")
        context.state.set("last_kind", "relax")
        context.state.save()
        context.library.put(BreathPattern("Mine", 4, 0, 6, 0))
        imported, problems = import_routine(
            _routine(tmp_path / "shared.toml", "shared"), context.paths.routines_dir, ()
        )
        assert imported is not None, problems
        KioskCounters(kiosk_counters_file(data)).record(SessionKind.BREATHING, date(2026, 1, 5))
        assert context.history is not None
        records = context.history.sessions()
        exports = data / "exports"  # wherever the user chooses: calmfloor makes no folder
        exports.mkdir()
        write_csv(records, exports / "history.csv")
        report = load_report_data(context.history, None, None, date(2026, 1, 5))
        write_pdf_report(report, exports / "report.pdf")
    finally:
        context.close()

    checked: list[str] = []
    for folder, dirs, files in os.walk(root):
        for name in dirs:
            path = Path(folder, name)
            if path == exports:
                continue
            assert path.stat().st_mode & 0o777 == 0o700, path
            checked.append(name)
        for name in files:
            if name.startswith(OTHERS):
                continue
            path = Path(folder, name)
            assert path.stat().st_mode & 0o777 == 0o600, path
            checked.append(name)
    assert sorted(checked) == sorted(
        [
            "deep",
            "calmfloor",
            "routines",
            "settings.json",
            "state.json",
            "patterns.json",
            "shared.toml",
            "kiosk-counters.json",
            "history.csv",
            "report.pdf",
        ]
    )
    assert root.stat().st_mode & 0o777 == 0o755  # a folder calmfloor did not make is left


def test_a_killed_save_leaves_no_copy_in_the_profile_after_the_next_start(
    tmp_path: Path, clock: ManualClock
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    leftover = data / ".settings.json.a1b2c3d4.tmp"
    leftover.write_text('{"a whole": "settings file"}')
    os.utime(leftover, (0, 0))
    load_context(resolve_paths(data), clock).close()
    assert not leftover.exists()


def test_file_text_in_notices_is_escaped(tmp_path: Path, clock: ManualClock) -> None:
    data = tmp_path / "data"
    (data / "routines").mkdir(parents=True)
    (data / "routines" / f"bad{ESC}[2J.toml").write_text("nonsense", encoding="utf-8")
    (data / "patterns.json").write_text(
        json.dumps(
            {
                "format": "calmfloor-patterns",
                "version": 1,
                "patterns": [{"name": f"x{ESC}]0;title\u202e", "in": -1}],
            }
        ),
        encoding="utf-8",
    )
    context = load_context(resolve_paths(data), clock)
    context.close()
    library = RoutineLibrary(data / "routines")
    shown = [*context.notices, *library.notices()]
    assert any("bad\\x1b[2J.toml" in text for text in shown), shown
    assert any("x\\x1b]0;title\\u202e" in text for text in shown), shown
    assert not any(ESC in text or "\u202e" in text for text in shown)


def test_ending_sessions_for_a_shutdown_saves_them_as_stopped(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.breathing.start()
    assert window.session_running()
    window.end_sessions()
    assert not window.session_running()
    history = window.context.history
    assert history is not None
    assert [r.outcome for r in history.sessions()] == [Outcome.STOPPED]
