"""The guard against a PySide6 that leaks references to ``None`` (and aborts mid-session)."""

from __future__ import annotations

import ctypes
import importlib
import linecache
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from calmfloor import app
from calmfloor.ui.shell import qt_guard
from calmfloor.ui.shell.qt_guard import (
    PROBE_CALLS,
    binding_problem,
    known_leaking,
    skip_source_scan,
)

VOID_CALLS = 5000
# Unrelated bookkeeping can move None's count by a few; the bug moves it by one per call.
NOISE = 50


def none_refs_after(call: Callable[[], object], calls: int = VOID_CALLS) -> tuple[int, int]:
    before = sys.getrefcount(None)
    for _ in range(calls):
        call()
    return before, sys.getrefcount(None)


def test_the_installed_binding_is_safe() -> None:
    assert binding_problem() is None


def test_void_widget_calls_keep_none_alive(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    before, after = none_refs_after(widget.update)
    assert after >= before - NOISE


def test_void_painter_calls_keep_none_alive() -> None:
    image = QImage(64, 64, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    try:
        rect = QRect(0, 0, 8, 8)
        colour = QColor(200, 120, 40)
        before, after = none_refs_after(lambda: painter.fillRect(rect, colour))
    finally:
        painter.end()
    assert after >= before - NOISE
    assert image.pixelColor(4, 4) == colour  # the calls really painted


@pytest.mark.parametrize(
    ("qt", "python", "leaks"),
    [
        ((6, 12, 0), (3, 11, 7), True),
        ((6, 12, 3), (3, 11), True),
        ((6, 11, 3), (3, 11), False),
        ((6, 12, 0), (3, 12), False),
        ((6, 12, 0), (3, 13, 1), False),
        ((6, 13, 0), (3, 11), False),
    ],
)
def test_known_leaking_combinations(
    qt: tuple[int, ...], python: tuple[int, ...], leaks: bool
) -> None:
    assert known_leaking(qt, python) is leaks


@pytest.mark.skipif(
    sys.version_info >= (3, 12), reason="None is immortal from 3.12: a leak cannot be simulated"
)
def test_the_runtime_probe_catches_a_leaking_call() -> None:
    # Our own prototypes, so the shared ctypes.pythonapi functions keep their settings.
    dec_ref = ctypes.PYFUNCTYPE(None, ctypes.py_object)(("Py_DecRef", ctypes.pythonapi))
    inc_ref = ctypes.PYFUNCTYPE(None, ctypes.py_object)(("Py_IncRef", ctypes.pythonapi))
    assert sys.getrefcount(None) > 3 * PROBE_CALLS  # room to borrow without freeing None
    leaked = 0

    def leaky() -> None:
        nonlocal leaked
        dec_ref(None)
        leaked += 1

    start = sys.getrefcount(None)
    try:
        problem = binding_problem(call=leaky)
    finally:
        for _ in range(leaked):
            inc_ref(None)
    assert leaked == PROBE_CALLS
    assert abs(sys.getrefcount(None) - start) < NOISE
    assert problem is not None
    assert "PySide6-Essentials==6.11.3" in problem
    assert "Python 3.12 or newer" in problem


def test_a_clean_call_passes_the_probe() -> None:
    assert binding_problem(call=lambda: None) is None


def test_main_refuses_an_unsafe_binding(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # report this machine's binding as the known bad one; main must stop before any window
    monkeypatch.setattr(qt_guard, "known_leaking", lambda _qt, _py: True)

    def no_application() -> object:
        raise AssertionError("a QApplication was created for an unsafe binding")

    monkeypatch.setattr(app, "create_application", no_application)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")

    status = app.main([])

    assert status == app.ExitCode.UNSAFE_QT
    out, err = capsys.readouterr()
    assert out == ""
    assert "cannot run safely" in err
    assert "python -m pip install PySide6-Essentials==6.11.3 PySide6-Addons==6.11.3" in err


def test_modules_imported_after_pyside6_are_not_read_for_its_feature_scan(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # PySide6 reads every later module's whole source (and keeps it in linecache) unless told
    source = "from PySide6.QtCore import QObject\n\nMARK = 1\n"
    for name in ("calmfloor_scan_probe_before", "calmfloor_scan_probe_after"):
        (tmp_path / f"{name}.py").write_text(source, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    table = sys.modules["PySide6.support.feature"].pyside_feature_dict
    scan_was_skipped = "calmfloor_scan_probe_before" in table or any(
        type(entry).__name__ == "_SourceScanAnswer" for entry in sys.meta_path
    )
    if not scan_was_skipped:  # the control: PySide6 on its own reads the file
        importlib.import_module("calmfloor_scan_probe_before")
        assert str(tmp_path / "calmfloor_scan_probe_before.py") in linecache.cache

    assert skip_source_scan() is True
    assert skip_source_scan() is True  # a second call adds no second entry
    assert sum(type(e).__name__ == "_SourceScanAnswer" for e in sys.meta_path) == 1
    module = importlib.import_module("calmfloor_scan_probe_after")

    assert module.MARK == 1
    assert str(tmp_path / "calmfloor_scan_probe_after.py") not in linecache.cache
    assert table["calmfloor_scan_probe_after"] == 0  # what the scan says of a PySide6 user
    for name in ("calmfloor_scan_probe_before", "calmfloor_scan_probe_after"):
        sys.modules.pop(name, None)


def test_main_skips_the_scan_before_importing_the_window(tmp_path: Path) -> None:
    # a fresh interpreter running the start path: no calmfloor source read by PySide6
    code = (
        "import linecache, sys\n"
        "from calmfloor.app import create_application, unsafe_qt_binding\n"
        "assert unsafe_qt_binding() is None\n"
        "app = create_application()\n"
        "from calmfloor.ui.shell.main_window import MainWindow\n"
        "read = [f for f in linecache.cache if 'calmfloor' in f]\n"
        "print(len(read), len(linecache.cache))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    calmfloor_files, all_files = (int(n) for n in done.stdout.split())
    assert calmfloor_files == 0
    assert all_files < 5
