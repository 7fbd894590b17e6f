"""Every named asset exists in the source tree, and the cue sounds and icon are well formed."""

from __future__ import annotations

import struct
import sys
import wave
import xml.etree.ElementTree as ET
from array import array

import pytest

from calmfloor.resources import Asset, asset_dir, asset_path
from calmfloor.storage.routines_store import load_routines

MIN_BUILTIN_ROUTINES = 6
SAMPLE_RATE_HZ = 44_100
MAX_WAV_BYTES = 300_000
# Expected length of each cue, in seconds (inclusive bounds).
DURATIONS_S = {
    Asset.SOUND_IN: (1.0, 1.5),
    Asset.SOUND_OUT: (1.2, 2.0),
    Asset.SOUND_HOLD: (0.2, 0.6),
    Asset.SOUND_END: (2.0, 4.0),
}


def read_samples(asset: Asset) -> tuple[wave.Wave_read, array]:
    with wave.open(str(asset_path(asset)), "rb") as wav:
        samples = array("h", wav.readframes(wav.getnframes()))
    if sys.byteorder == "big":
        samples.byteswap()
    return wav, samples


@pytest.mark.parametrize("asset", list(Asset))
def test_every_asset_resolves(asset):
    path = asset_path(asset)
    assert path.is_file()
    assert path.stat().st_size > 0


@pytest.mark.parametrize("asset", list(DURATIONS_S))
def test_cue_wav_format_and_length(asset):
    wav, samples = read_samples(asset)
    assert wav.getnchannels() == 1
    assert wav.getframerate() == SAMPLE_RATE_HZ
    assert wav.getsampwidth() == 2
    low, high = DURATIONS_S[asset]
    assert low <= len(samples) / SAMPLE_RATE_HZ <= high
    assert asset_path(asset).stat().st_size < MAX_WAV_BYTES


@pytest.mark.parametrize("asset", list(DURATIONS_S))
def test_cue_wav_has_headroom_and_no_clicks(asset):
    _, samples = read_samples(asset)
    peak = max(abs(s) for s in samples)
    assert 32767 * 0.05 < peak < 32767 * 0.5  # audible, yet far from clipping
    assert min(samples) > -32768
    assert max(samples) < 32767
    assert samples[0] == 0
    assert samples[-1] == 0


def test_out_cue_is_lower_and_longer_than_in_cue():
    # Eyes-closed users tell them apart by count; the lengths show the second tone is there.
    _, cue_in = read_samples(Asset.SOUND_IN)
    _, cue_out = read_samples(Asset.SOUND_OUT)
    assert len(cue_out) > len(cue_in)


def test_icon_svg_parses():
    root = ET.parse(asset_path(Asset.ICON_SVG)).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 512 512"


def test_icon_png_is_256_square():
    data = asset_path(Asset.ICON_PNG_256).read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (256, 256)


def test_builtin_routines_folder_resolves_and_every_routine_loads():
    folder = asset_dir("routines")
    assert len(list(folder.glob("*.toml"))) >= MIN_BUILTIN_ROUTINES
    loaded, problems = load_routines(folder, None)
    assert [str(p) for p in problems] == []
    assert len(loaded) >= MIN_BUILTIN_ROUTINES


def test_a_missing_asset_folder_is_reported():
    with pytest.raises(FileNotFoundError, match="missing asset folder no-such-folder"):
        asset_dir("no-such-folder")
