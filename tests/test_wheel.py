"""Build the wheel, install it into a fresh virtual environment, and run it from there."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the built (non-editable) wheel installed; returns its bin dir."""
    work = tmp_path_factory.mktemp("wheel")
    dist = work / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(dist),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        timeout=600,
    )
    wheels = list(dist.glob("calmfloor-*.whl"))
    assert len(wheels) == 1
    env_dir = work / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    bin_dir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    subprocess.run(
        [str(bin_dir / "python"), "-m", "pip", "install", "-q", str(wheels[0])],
        check=True,
        capture_output=True,
        timeout=1200,
    )
    return bin_dir


def bare_env() -> dict[str, str]:
    """The environment of a machine with no display at all."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    env.pop("PYTHONPATH", None)
    return env


def test_version_and_help_need_no_display(installed: Path, tmp_path: Path) -> None:
    from calmfloor import __version__

    for command in ([str(installed / "calmfloor")], [str(installed / "python"), "-m", "calmfloor"]):
        out = subprocess.run(
            [*command, "--version"],
            capture_output=True,
            text=True,
            env=bare_env(),
            cwd=tmp_path,
            timeout=60,
        )
        assert out.returncode == 0, out.stderr
        assert out.stdout.strip() == f"calmfloor {__version__}"
    helped = subprocess.run(
        [str(installed / "calmfloor"), "--help"],
        capture_output=True,
        text=True,
        env=bare_env(),
        cwd=tmp_path,
        timeout=60,
    )
    assert helped.returncode == 0 and "--data-dir" in helped.stdout


def test_every_named_asset_resolves_from_the_installed_wheel(
    installed: Path, tmp_path: Path
) -> None:
    script = (
        "from calmfloor.resources import Asset, asset_path, assets_root\n"
        "root = str(assets_root())\n"
        "assert 'site-packages' in root, root\n"
        "for asset in Asset:\n"
        "    path = asset_path(asset)\n"
        "    assert path.stat().st_size > 0, asset\n"
        "from calmfloor.resources import asset_dir\n"
        "from calmfloor.storage.routines_store import load_routines\n"
        "routines, problems = load_routines(asset_dir('routines'), None)\n"
        "assert not problems and len(routines) >= 6, (routines, problems)\n"
        "print(len(Asset))\n"
    )
    out = subprocess.run(
        [str(installed / "python"), "-c", script],
        capture_output=True,
        text=True,
        env=bare_env(),
        cwd=tmp_path,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    from calmfloor.resources import Asset

    assert out.stdout.strip() == str(len(Asset))


def test_smoke_test_of_the_installed_app(installed: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    out = subprocess.run(
        [
            str(installed / "calmfloor"),
            "--smoke-test",
            "--data-dir",
            str(data),
            "--start",
            "breathing",
            "--minutes",
            "1",
        ],
        capture_output=True,
        text=True,
        env=bare_env(),
        cwd=tmp_path,
        timeout=120,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert "smoke test passed" in out.stdout
    # every file it wrote is under --data-dir, and the session it started is in history
    assert (data / "history.sqlite3").exists()
