""" "Record my voice": a routine's step instructions recorded as WAV clips beside it.

The clips of routine ``<id>`` live in ``<routines folder>/<id>.voice/<n>.wav`` (n = step
number, 1-based), so they sit beside the patient's routine file. Export writes them beside
the exported file (``<name>.voice/``), import takes them from beside the imported file; only
clips that are readable PCM WAV and not too long are copied.
"""

from __future__ import annotations

import wave
from pathlib import Path

from calmfloor.storage.jsonfile import write_bytes_atomic
from calmfloor.storage.safefile import FileReadError, read_regular_file
from calmfloor.storage.voice_packs import MAX_CLIP_BYTES, MAX_CLIP_S, clip_seconds

RECORDING_SUFFIX = ".voice"
RATE_HZ = 16_000  # what the recorder asks the microphone for: speech needs no more
SAMPLE_BYTES = 2  # 16-bit PCM


def recordings_dir(routines_dir: Path, routine_id: str) -> Path:
    """The folder of ``routine_id``'s recorded clips."""
    return routines_dir / f"{routine_id}{RECORDING_SUFFIX}"


def step_clip(routines_dir: Path, routine_id: str, step_index: int) -> Path:
    """Where the clip of step ``step_index`` (0-based) is kept."""
    return recordings_dir(routines_dir, routine_id) / f"{step_index + 1}.wav"


def recorded_clip(routines_dir: Path, routine_id: str, step_index: int) -> Path | None:
    """The recorded clip of a step, if there is a usable one."""
    path = step_clip(routines_dir, routine_id, step_index)
    if not path.is_file():
        return None
    try:
        return path if clip_seconds(path) <= MAX_CLIP_S else None
    except (OSError, ValueError):
        return None


def wav_bytes(pcm: bytes, rate_hz: int = RATE_HZ, channels: int = 1) -> bytes:
    """16-bit PCM samples as the bytes of a WAV file."""
    import io

    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as clip:
        clip.setnchannels(channels)
        clip.setsampwidth(SAMPLE_BYTES)
        clip.setframerate(rate_hz)
        clip.writeframes(pcm)
    return buffer.getvalue()


def save_clip(path: Path, pcm: bytes, rate_hz: int = RATE_HZ, channels: int = 1) -> float:
    """Write a recorded clip atomically; returns its length in seconds.

    Raises:
        StorageWriteError: the file could not be written.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    write_bytes_atomic(path, wav_bytes(pcm, rate_hz, channels))
    return len(pcm) / (SAMPLE_BYTES * channels * rate_hz)


def copy_recordings(source_dir: Path, target_dir: Path) -> int:
    """Copy the usable clips (``<n>.wav``) of ``source_dir`` into ``target_dir``.

    Returns:
        How many clips were copied (0 when there is no such folder).

    Raises:
        StorageWriteError: a clip could not be written.
    """
    if not source_dir.is_dir():
        return 0
    copied = 0
    for path in sorted(source_dir.glob("*.wav")):
        if not path.stem.isdigit():
            continue
        try:
            if clip_seconds(path) > MAX_CLIP_S:
                continue
            data = read_regular_file(path, MAX_CLIP_BYTES, strip_bom=False)
        except (FileReadError, ValueError):
            continue
        target_dir.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(target_dir / path.name, data)
        copied += 1
    return copied
