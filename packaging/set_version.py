"""Set calmfloor's version in every file that carries it, or check that they all agree.

``src/calmfloor/__init__.py`` is the source of truth: the wheel (hatch), ``calmfloor --version``
and the PyInstaller build read it. This script also writes the AppStream metainfo (a new
``<release>`` entry at the top), the WiX ``ProductVersion`` and the Inno Setup ``AppVersion``.
The Flatpak manifest carries no version (Flatpak reads the metainfo).

Usage::

    python packaging/set_version.py 0.2.0                    # new release dated today
    python packaging/set_version.py 0.2.0 --date 2027-01-15
    python packaging/set_version.py --check                  # exit 1 if the files disagree
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
INIT_FILE = "src/calmfloor/__init__.py"
METAINFO_FILE = "packaging/linux/org.calmfloor.Calmfloor.metainfo.xml"
WXS_FILE = "packaging/windows/calmfloor.wxs"
ISS_FILE = "packaging/windows/calmfloor.iss"

# MSI product versions are major.minor.build with at most 255.255.65535; anything else (a
# pre-release like 1.0rc1) could not be installed on Windows, so it is refused everywhere.
VERSION_RE = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")
MAX_MAJOR = 255
MAX_MINOR = 255
MAX_PATCH = 65535

INIT_RE = re.compile(r'^(__version__ = ")([^"]*)(")$', re.MULTILINE)
WXS_RE = re.compile(r'(<\?define ProductVersion = ")([^"]*)(" \?>)')
ISS_RE = re.compile(r'^(#define AppVersion ")([^"]*)(")$', re.MULTILINE)
RELEASES_RE = re.compile(r"^([ \t]*)<releases>[ \t]*\n", re.MULTILINE)
FIRST_RELEASE_RE = re.compile(r'<release version="([^"]*)"')


def parse_version(text: str) -> tuple[int, int, int]:
    """``"1.2.3"`` as ``(1, 2, 3)``.

    Raises:
        ValueError: not three whole numbers, or beyond what an MSI accepts.
    """
    match = VERSION_RE.match(text)
    if match is None:
        raise ValueError(f"{text!r} is not a version like 1.2.3 (three whole numbers)")
    major, minor, patch = (int(part) for part in match.groups())
    if major > MAX_MAJOR or minor > MAX_MINOR or patch > MAX_PATCH:
        raise ValueError(
            f"{text!r} is too large for a Windows installer "
            f"(at most {MAX_MAJOR}.{MAX_MINOR}.{MAX_PATCH})"
        )
    return major, minor, patch


def _one_match(pattern: re.Pattern[str], text: str, name: str) -> re.Match[str]:
    matches = list(pattern.finditer(text))
    if len(matches) != 1:
        raise ValueError(f"{name}: expected one version line, found {len(matches)}")
    return matches[0]


def newest_release(metainfo_text: str) -> str:
    """The version of the first (newest) ``<release>`` in a metainfo file."""
    releases = ET.fromstring(metainfo_text).find("releases")
    if releases is None or len(releases) == 0:
        raise ValueError(f"{METAINFO_FILE}: no <release> entry")
    return releases[0].get("version", "")


def read_versions(root: Path = ROOT) -> dict[str, str]:
    """The version each file carries, by path relative to ``root``."""
    texts = {name: (root / name).read_text(encoding="utf-8") for name in _EDITORS}
    return {
        INIT_FILE: _one_match(INIT_RE, texts[INIT_FILE], INIT_FILE).group(2),
        METAINFO_FILE: newest_release(texts[METAINFO_FILE]),
        WXS_FILE: _one_match(WXS_RE, texts[WXS_FILE], WXS_FILE).group(2),
        ISS_FILE: _one_match(ISS_RE, texts[ISS_FILE], ISS_FILE).group(2),
    }


def _replace(pattern: re.Pattern[str], name: str) -> Callable[[str, str, str], str]:
    def edit(text: str, version: str, _date: str) -> str:
        match = _one_match(pattern, text, name)
        return text[: match.start(2)] + version + text[match.end(2) :]

    return edit


def _add_release(text: str, version: str, date: str) -> str:
    """Put ``<release version date/>`` first in ``<releases>``, unless it is there already."""
    if newest_release(text) == version:
        return text
    opening = _one_match(RELEASES_RE, text, METAINFO_FILE)
    first = FIRST_RELEASE_RE.search(text, opening.end())
    indent = opening.group(1) + "  "
    if first is not None:
        line_start = text.rfind("\n", 0, first.start()) + 1
        indent = text[line_start : first.start()]
    entry = f'{indent}<release version="{version}" date="{date}"/>\n'
    return text[: opening.end()] + entry + text[opening.end() :]


_EDITORS: dict[str, Callable[[str, str, str], str]] = {
    INIT_FILE: _replace(INIT_RE, INIT_FILE),
    METAINFO_FILE: _add_release,
    WXS_FILE: _replace(WXS_RE, WXS_FILE),
    ISS_FILE: _replace(ISS_RE, ISS_FILE),
}


def set_version(version: str, root: Path = ROOT, date: dt.date | None = None) -> list[str]:
    """Write ``version`` into every file; nothing is written if any file cannot be edited.

    Args:
        version: the new version, ``X.Y.Z``; not lower than the current one.
        root: the repository root.
        date: the release date for the metainfo (today when None).

    Returns:
        The files that changed, relative to ``root``.

    Raises:
        ValueError: a bad or lower version, or a file whose version line is missing.
    """
    new = parse_version(version)
    current = read_versions(root)[INIT_FILE]
    if VERSION_RE.match(current) and new < parse_version(current):
        raise ValueError(f"{version} is lower than the current version {current}")
    day = (date or dt.date.today()).isoformat()
    updates: dict[str, str] = {}
    for name, edit in _EDITORS.items():
        path = root / name
        with path.open(encoding="utf-8", newline="") as handle:
            old_text = handle.read()
        new_text = edit(old_text, version, day)
        if new_text != old_text:
            updates[name] = new_text
    for name, text in updates.items():
        with (root / name).open("w", encoding="utf-8", newline="") as handle:
            handle.write(text)
    return list(updates)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: set the version, or ``--check`` that every file agrees."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("version", nargs="?", help="the new version, X.Y.Z")
    parser.add_argument("--date", type=dt.date.fromisoformat, help="release date, YYYY-MM-DD")
    parser.add_argument("--check", action="store_true", help="only check that all files agree")
    parser.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.check == (args.version is not None):
        parser.error("give either a version or --check")
    try:
        if args.check:
            versions = read_versions(args.root)
            for name, found in versions.items():
                print(f"{found:<10} {name}")
            if len(set(versions.values())) != 1:
                print("The versions differ: run packaging/set_version.py X.Y.Z", file=sys.stderr)
                return 1
            return 0
        changed = set_version(args.version, args.root, args.date)
    except (ValueError, OSError, ET.ParseError) as error:
        print(f"set_version: {error}", file=sys.stderr)
        return 1
    for name in changed:
        print(f"updated {name}")
    if METAINFO_FILE in changed:
        print(f"Now describe the release for users in its <release> entry in {METAINFO_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
