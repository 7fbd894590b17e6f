"""Shutdown and an unusable data folder, as real processes (issue 15, findings 6 and 17).

A SIGTERM (logout, shutdown, ``kill``) ends a running session as stopped and saves it, as a
normal close does; a tool stopped by SIGTERM leaves no temporary file; a ``--data-dir`` that
cannot be used is one clear line and a defined exit status, never a traceback.
"""

from __future__ import annotations

import errno
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from calmfloor import commands
from calmfloor.app import ExitCode, main
from calmfloor.storage import jsonfile
from calmfloor.tool_base import ToolExit
from test_app_clinic import clinic_env
from test_cli import SRC, run

START_TIMEOUT_S = 90.0
posix_only = pytest.mark.skipif(os.name != "posix", reason="SIGTERM is POSIX")


def _outcomes(db: Path) -> list[str]:
    if not db.exists():
        return []
    try:
        with sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True) as connection:
            return [row[0] for row in connection.execute("SELECT outcome FROM sessions")]
    except sqlite3.Error:  # not created yet
        return []


@posix_only
def test_sigterm_during_a_session_ends_it_as_stopped_and_saves_it(tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = clinic_env(tmp_path, PYTHONPATH=str(SRC))
    process = subprocess.Popen(
        [
            *(sys.executable, "-m", "calmfloor", "--data-dir", str(data)),
            *("--start", "breathing", "--minutes", "10"),
        ],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while _outcomes(data / "history.sqlite3") != ["running"]:
            assert process.poll() is None, process.communicate()
            assert time.monotonic() < deadline, "the session never started"
            time.sleep(0.2)
        process.send_signal(signal.SIGTERM)
        _out, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, err
    assert "Traceback" not in err
    assert _outcomes(data / "history.sqlite3") == ["stopped"]  # not "interrupted" next time
    assert not [p for p in data.iterdir() if p.name.endswith(".tmp")]


@posix_only
def test_sigterm_during_an_export_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The signal arrives while the export's temporary file is being written."""
    from calmfloor.storage.history_db import HistoryStore

    data = tmp_path / "data"
    data.mkdir()
    HistoryStore.open(data / "history.sqlite3").close()
    with sqlite3.connect(data / "history.sqlite3") as connection:
        assert connection.execute("SELECT count(*) FROM sessions").fetchone() == (0,)
    out = tmp_path / "out"
    out.mkdir()
    real_fsync = os.fsync

    def killed_while_writing(fd: int) -> None:
        real_fsync(fd)
        os.kill(os.getpid(), signal.SIGTERM)

    monkeypatch.setattr(jsonfile.os, "fsync", killed_while_writing)
    HistoryStore.open(data / "history.sqlite3").close()
    target = str(out / "h.csv")
    status = commands.run_tool(
        ["history", "export", "--format", "csv", "--out", target, "--data-dir", str(data)]
    )
    assert status == ToolExit.TERMINATED
    assert "stopped" in capsys.readouterr().err
    assert list(out.iterdir()) == []  # neither the export nor its hidden temporary copy
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL or callable(
        signal.getsignal(signal.SIGTERM)
    )


def test_a_data_dir_that_cannot_be_reached_is_one_line_and_its_own_status(
    tmp_path: Path,
) -> None:
    """Run as root in CI, so the unreachable folder is a name the system refuses."""
    too_long = tmp_path / ("x" * 300) / "data"
    result = run(["-m", "calmfloor", "--data-dir", str(too_long)], clinic_env(tmp_path), tmp_path)
    assert result.returncode == ExitCode.DATA_DIR_UNUSABLE, result.stderr
    assert "Traceback" not in result.stderr
    assert "calmfloor cannot keep its files in" in result.stderr
    assert "--data-dir" in result.stderr
    assert not (tmp_path / ("x" * 10)).exists()


def test_a_data_dir_under_a_folder_without_permission_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    real_stat = Path.stat

    def refused(self: Path, *args: object, **kwargs: object) -> os.stat_result:
        if locked in self.parents:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_stat(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "stat", refused)
    monkeypatch.setattr(os, "access", lambda path, mode: Path(path) != locked)
    assert main(["--data-dir", str(locked / "data")]) == ExitCode.DATA_DIR_UNUSABLE
    err = capsys.readouterr().err
    assert f"you may not open or write in {locked}" in err
    assert main(["--data-dir", str(locked)]) == ExitCode.DATA_DIR_UNUSABLE
