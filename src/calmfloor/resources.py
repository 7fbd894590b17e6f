"""The one way to find packaged assets (sounds, icons, fonts, routines), wheel or source tree."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path


class Asset(StrEnum):
    """Every asset the code names. A test resolves each one from an installed wheel."""

    SOUND_IN = "sounds/in.wav"
    SOUND_OUT = "sounds/out.wav"
    SOUND_HOLD = "sounds/hold.wav"
    SOUND_END = "sounds/end.wav"
    SOUND_TENSE = "sounds/tense.wav"
    SOUND_LET_GO = "sounds/letgo.wav"
    SOUND_SKIN_CHECK = "sounds/skin_check.wav"
    SOUND_HEAT_ALARM = "sounds/heat_alarm.wav"
    SOUND_READY = "sounds/ready.wav"
    SOUND_REST = "sounds/rest.wav"
    BODY_SVG = "body/body.svg"
    ICON_SVG = "icons/calmfloor.svg"
    ICON_PNG_256 = "icons/calmfloor-256.png"
    TRANSLATION_EN = "translations/calmfloor_en.qm"  # English plural forms
    FONT_LATIN = "fonts/Roboto-Regular.ttf"  # fonts/README.md: sources and licences
    FONT_LATIN_BOLD = "fonts/Roboto-Bold.ttf"
    FONT_PERSIAN = "fonts/Vazirmatn-UI-Regular.ttf"
    FONT_PERSIAN_BOLD = "fonts/Vazirmatn-UI-Bold.ttf"
    FONT_LICENSE_LATIN = "fonts/LICENSE-Roboto-Apache-2.0.txt"
    FONT_LICENSE_PERSIAN = "fonts/OFL-Vazirmatn.txt"


def assets_root() -> Path:
    """The folder holding the assets.

    In a wheel the assets live in ``calmfloor/assets``; in a source checkout (editable
    install, tests run from the repo) they are the repository's top-level ``assets/``.
    A frozen build keeps them at ``calmfloor/assets`` beside the package's modules too.
    The package is always a real folder (calmfloor needs its assets as real files), so
    this is found from ``__file__``: ``importlib.resources`` would cost every start-up
    about 4 ms of imports for the same answer.
    """
    packaged = Path(__file__).resolve().parent / "assets"
    if packaged.is_dir():
        return packaged
    source_tree = Path(__file__).resolve().parents[2] / "assets"
    if source_tree.is_dir():
        return source_tree
    raise FileNotFoundError("calmfloor assets not found; the installation is incomplete")


def asset_path(asset: Asset) -> Path:
    """A filesystem path to ``asset`` (wheels install unzipped, so this is a real file)."""
    path = assets_root().joinpath(*asset.value.split("/"))
    if not path.is_file():
        raise FileNotFoundError(f"missing asset {asset.value} (looked in {path})")
    return path


def asset_dir(name: str) -> Path:
    """A filesystem path to the packaged asset folder ``name`` (e.g. ``"routines"``).

    For folders whose files are not named one by one in :class:`Asset`, such as the
    built-in routines, which are found by listing the folder.

    Raises:
        FileNotFoundError: there is no such folder (the installation is incomplete).
    """
    path = assets_root().joinpath(*name.split("/"))
    if not path.is_dir():
        raise FileNotFoundError(f"missing asset folder {name} (looked in {path})")
    return path
