"""The command line: parsing, exit codes, and what runs without a display or Qt."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import calmfloor
from calmfloor.app import ExitCode, main
from calmfloor.cli import Options, parse_args

SRC = Path(calmfloor.__file__).resolve().parent.parent
DISPLAY_VARS = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


def headless_env(**extra: str) -> dict[str, str]:
    """This environment without any display, running calmfloor from the source tree."""
    env = {k: v for k, v in os.environ.items() if k not in DISPLAY_VARS}
    env.pop("CALMFLOOR_DATA_DIR", None)
    env["PYTHONPATH"] = str(SRC)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.update(extra)
    return env


def run(
    args: list[str], env: dict[str, str], cwd: Path, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


# -- parse_args ----------------------------------------------------------------------------


def test_defaults() -> None:
    assert parse_args([]) == Options()
    assert Options() == Options(
        data_dir=None, smoke_test=False, start=None, pattern=None, minutes=None, breaths=None
    )


def test_data_dir(tmp_path: Path) -> None:
    assert parse_args(["--data-dir", str(tmp_path)]).data_dir == tmp_path
    assert parse_args(["--smoke-test"]).smoke_test


def test_start_breathing_with_pattern_and_minutes() -> None:
    options = parse_args(["--start", "breathing", "--pattern", "Box", "--minutes", "3"])
    assert options == Options(start="breathing", pattern="Box", minutes=3.0)
    assert isinstance(options.minutes, float)
    by_breaths = parse_args(["--start", "breathing", "--breaths", "12"])
    assert (by_breaths.breaths, by_breaths.minutes) == (12, None)


def test_minutes_and_breaths_exclude_each_other(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        parse_args(["--start", "breathing", "--minutes", "3", "--breaths", "10"])
    assert info.value.code == 2
    assert "not allowed with argument" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--minutes", "0.1"], "minutes must be between 0.5 and 60"),
        (["--minutes", "61"], "minutes must be between 0.5 and 60"),
        (["--minutes", "three"], "not a number of minutes: 'three'"),
        (["--breaths", "0"], "breaths must be between 1 and 300"),
        (["--breaths", "2.5"], "not a whole number of breaths: '2.5'"),
        (["--start", "heat"], "invalid choice: 'heat'"),
    ],
)
def test_values_out_of_range_are_refused(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as info:
        parse_args(["--start", "breathing", *args] if args[0] != "--start" else args)
    assert info.value.code == 2
    assert message in capsys.readouterr().err


@pytest.mark.parametrize("args", [["--pattern", "Box"], ["--minutes", "3"], ["--breaths", "10"]])
def test_session_options_need_start(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        parse_args(args)
    assert info.value.code == 2
    assert "go with --start breathing" in capsys.readouterr().err


# -- main without Qt -----------------------------------------------------------------------


def test_main_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == ExitCode.OK
    assert capsys.readouterr().out.strip() == f"calmfloor {calmfloor.__version__}"


def test_main_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == ExitCode.OK
    out = capsys.readouterr().out
    assert out.startswith("usage: calmfloor")
    assert "--data-dir" in out and "CALMFLOOR_DATA_DIR" in out


def test_main_usage_error_returns_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--no-such-option"]) == ExitCode.USAGE
    assert "unrecognized arguments" in capsys.readouterr().err


@pytest.mark.parametrize("flag", ["--version", "--help"])
def test_module_runs_without_a_display(flag: str, tmp_path: Path) -> None:
    result = run(["-m", "calmfloor", flag], headless_env(), tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    if flag == "--version":
        assert result.stdout.strip() == f"calmfloor {calmfloor.__version__}"
    else:
        assert result.stdout.startswith("usage: calmfloor")


@pytest.mark.parametrize("flag", ["--version", "--help"])
def test_version_and_help_never_import_qt(flag: str, tmp_path: Path) -> None:
    snippet = textwrap.dedent(
        f"""
        import sys
        from calmfloor.app import main
        try:
            status = main([{flag!r}])
        except SystemExit as exit_:
            status = exit_.code
        print("STATUS", status)
        print("QT", "PySide6" in sys.modules, "shiboken6" in sys.modules)
        """
    )
    result = run(["-c", snippet], headless_env(), tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "STATUS 0" in lines
    assert "QT False False" in lines


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the display check is Linux's")
def test_no_display_is_reported_plainly(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    result = run(
        ["-m", "calmfloor"],
        headless_env(CALMFLOOR_DATA_DIR=str(tmp_path / "data"), HOME=str(home)),
        tmp_path,
    )
    assert result.returncode == ExitCode.NO_DISPLAY
    assert "no display was found" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "data").exists()  # it stopped before touching any file


def test_smoke_test_writes_only_to_the_data_dir(tmp_path: Path) -> None:
    data = tmp_path / "data"
    home = tmp_path / "home"
    work = tmp_path / "work"
    home.mkdir()
    work.mkdir()
    env = headless_env(
        CALMFLOOR_DATA_DIR=str(data),
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        XDG_CACHE_HOME=str(home / ".cache"),
    )
    # A desktop session always has a runtime dir; without one the PulseAudio client library
    # (not calmfloor) links ~/.config/pulse/<machine>-runtime to a /tmp folder.
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env["XDG_RUNTIME_DIR"] = str(runtime)

    result = run(["-m", "calmfloor", "--smoke-test"], env, work, timeout=120)

    assert result.returncode == ExitCode.OK, result.stderr
    assert "smoke test passed" in result.stdout
    written = sorted(p.name for p in data.iterdir())
    assert "history.sqlite3" in written
    assert "state.json" in written
    ours = {"history.sqlite3", "history.sqlite3-wal", "history.sqlite3-shm"}
    ours |= {"settings.json", "state.json", "patterns.json", "routines"}
    assert set(written) <= ours
    stray = [str(p.relative_to(tmp_path)) for p in (*home.rglob("*"), *work.rglob("*"))]
    assert stray == []
