"""The app's clinic wiring, run as real processes: kiosk, policy file, single instance."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from calmfloor.app import APP_ID, ExitCode
from calmfloor.cli import parse_args
from calmfloor.ui.shell.single_instance import SingleInstance, instance_key
from test_cli import headless_env, run

START_TIMEOUT_S = 60.0


def clinic_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """Offscreen, with a private home and runtime dir, and no system policy in the way."""
    home = tmp_path / "home"
    runtime = tmp_path / "runtime"
    home.mkdir(exist_ok=True)
    runtime.mkdir(mode=0o700, exist_ok=True)
    env = headless_env(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_RUNTIME_DIR=str(runtime),
        QT_QPA_PLATFORM="offscreen",
    )
    env.update(extra)
    return env


def test_the_options_parse() -> None:
    options = parse_args(["--kiosk", "--policy-file", "/etc/x.json"])
    assert options.kiosk and options.policy_file == Path("/etc/x.json")
    assert not parse_args([]).kiosk and parse_args([]).policy_file is None


def test_kiosk_starts_full_screen_and_writes_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = run(
        ["-m", "calmfloor", "--kiosk", "--smoke-test", "--data-dir", str(data)],
        clinic_env(tmp_path),
        tmp_path,
        timeout=120,
    )
    assert result.returncode == ExitCode.OK, result.stderr
    assert "smoke test passed" in result.stdout
    assert not data.exists()  # a kiosk never creates the profile


def test_a_policy_problem_is_logged_and_the_rest_applies(tmp_path: Path) -> None:
    policy = tmp_path / "policy.json"
    policy.write_text(
        json.dumps(
            {
                "format": "calmfloor-policy",
                "version": 1,
                "settings": {"volume": 40},
                "locked": ["volume"],
                "histroy": {"enabled": False},
            }
        ),
        encoding="utf-8",
    )
    result = run(
        ["-m", "calmfloor", "--smoke-test", "--policy-file", str(policy)],
        clinic_env(tmp_path, CALMFLOOR_DATA_DIR=str(tmp_path / "data")),
        tmp_path,
        timeout=120,
    )
    assert result.returncode == ExitCode.OK, result.stderr
    assert "histroy" in result.stderr  # the unknown key is reported in the log
    assert "Traceback" not in result.stderr
    settings = tmp_path / "data" / "settings.json"
    assert not settings.exists() or '"volume": 40' not in settings.read_text("utf-8")


def test_an_unreadable_policy_file_fails_closed_into_the_kiosk(tmp_path: Path) -> None:
    policy = tmp_path / "policy.json"
    policy.write_text("{ this is not json", encoding="utf-8")
    data = tmp_path / "data"
    result = run(
        ["-m", "calmfloor", "--smoke-test", "--data-dir", str(data), "--policy-file", str(policy)],
        clinic_env(tmp_path),
        tmp_path,
        timeout=120,
    )
    assert result.returncode == ExitCode.OK, result.stderr
    assert "smoke test passed" in result.stdout
    assert not data.exists()  # locked down: nothing of the patient is written


@pytest.mark.usefixtures("qapp")
def test_a_second_launch_hands_over_and_exits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    env = clinic_env(tmp_path)
    # the lock and socket are in the user's private runtime folder: this process uses the same
    monkeypatch.setenv("XDG_RUNTIME_DIR", env["XDG_RUNTIME_DIR"])
    primary = subprocess.Popen(
        [sys.executable, "-m", "calmfloor", "--data-dir", str(data)],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        # this test process speaks to the primary exactly as a second launch would
        key = instance_key(APP_ID, data.resolve())
        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            probe = SingleInstance(key)
            try:
                if probe.hand_over([], timeout_ms=2000):
                    break
            finally:
                probe.close()
            assert primary.poll() is None, primary.communicate()[1]
            assert time.monotonic() < deadline, "the first calmfloor never started listening"
            time.sleep(0.2)

        second = run(
            ["-m", "calmfloor", "--data-dir", str(data), "--start", "breathing"],
            env,
            tmp_path,
            timeout=60,
        )
        assert second.returncode == ExitCode.OK, second.stderr
        assert primary.poll() is None  # the first one is still running, now in a session
    finally:
        primary.terminate()
        primary.communicate(timeout=30)
