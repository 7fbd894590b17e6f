"""Build the Windows installers (WiX MSI and Inno Setup) from the PyInstaller one-folder build.

Run on Windows from the repository root, after ``python packaging/build_frozen.py``:

    python packaging\\windows\\build_installers.py              # both, if the tools are found
    python packaging\\windows\\build_installers.py --msi        # only the MSI
    python packaging\\windows\\build_installers.py --dist DIR --out DIR

Needs the WiX Toolset v5 (``dotnet tool install --global wix``) for the MSI and Inno Setup 6.3
or newer (``iscc`` on PATH, or in its default folder) for the setup program. Untested on a real
Windows machine so far: see docs/packaging.md.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WINDOWS_DIR = ROOT / "packaging" / "windows"
DEFAULT_DIST = ROOT / "build" / "frozen" / "calmfloor"
DEFAULT_OUT = ROOT / "build"
EXECUTABLES = ("calmfloor.exe", "calmfloor-cli.exe")
ISCC_FALLBACK = Path(r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe")


def app_version() -> str:
    """The version in ``src/calmfloor/__init__.py`` (without importing calmfloor)."""
    text = (ROOT / "src" / "calmfloor" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"$', text, re.MULTILINE)
    if match is None:
        raise ValueError("no __version__ in src/calmfloor/__init__.py")
    return match.group(1)


def msi_command(wix: str, dist: Path, out: Path, version: str) -> list[str]:
    """The ``wix build`` command line for ``calmfloor-<version>-x64.msi``."""
    return [
        wix,
        "build",
        str(WINDOWS_DIR / "calmfloor.wxs"),
        "-arch",
        "x64",
        "-bindpath",
        f"dist={dist}",
        "-bindpath",
        f"icons={ROOT / 'assets' / 'icons'}",
        "-o",
        str(out / f"calmfloor-{version}-x64.msi"),
    ]


def inno_command(iscc: str, dist: Path, out: Path) -> list[str]:
    """The ``iscc`` command line; the setup is named ``calmfloor-<version>-setup.exe``."""
    return [iscc, f"/DDistDir={dist}", f"/O{out}", str(WINDOWS_DIR / "calmfloor.iss")]


def main(argv: Sequence[str] | None = None) -> int:
    """Build the installers asked for; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=DEFAULT_DIST, help="the PyInstaller folder")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where the installers go")
    parser.add_argument("--msi", action="store_true", help="build the MSI (WiX)")
    parser.add_argument("--inno", action="store_true", help="build the setup program (Inno)")
    args = parser.parse_args(argv)
    dist, out = args.dist.resolve(), args.out.resolve()
    missing = [name for name in EXECUTABLES if not (dist / name).is_file()]
    if missing:
        print(f"{dist} lacks {', '.join(missing)}: run the frozen build first", file=sys.stderr)
        return 1
    out.mkdir(parents=True, exist_ok=True)
    both = not (args.msi or args.inno)  # neither flag: build whatever the tools allow
    wix = shutil.which("wix")
    iscc = shutil.which("iscc") or (str(ISCC_FALLBACK) if ISCC_FALLBACK.is_file() else None)
    jobs: list[list[str]] = []
    if args.msi or both:
        if wix is not None:
            jobs.append(msi_command(wix, dist, out, app_version()))
        elif args.msi:
            print("wix not found: dotnet tool install --global wix", file=sys.stderr)
            return 1
    if args.inno or both:
        if iscc is not None:
            jobs.append(inno_command(iscc, dist, out))
        elif args.inno:
            print("iscc not found: install Inno Setup 6.3 or newer", file=sys.stderr)
            return 1
    if not jobs:
        print("neither wix nor iscc was found", file=sys.stderr)
        return 1
    for job in jobs:
        print(" ".join(job), flush=True)
        if subprocess.run(job, check=False).returncode != 0:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
