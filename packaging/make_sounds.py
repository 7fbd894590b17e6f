"""Synthesise the breathing cue sounds into assets/sounds/ (stdlib only, rerunnable).

The cues are made to be followed with eyes closed, so each one has a different shape, not
just a different pitch:

- ``in.wav``: one soft bell tone on G4 (392 Hz), about 1.2 s.
- ``out.wav``: two softer bell tones on D4 (294 Hz), 0.35 s apart, about 1.5 s.
- ``hold.wav``: a short, muted, low wooden "tok" near G3 (196 Hz), 0.4 s, quieter still.
- ``end.wav``: a slowly arpeggiated G major chord (G3 B3 D4 G4), about 3 s.
- ``tense.wav``: two quick rising wooden notes (D4 then A4), 0.6 s: "now, gently tense".
- ``letgo.wav``: a slow falling bell arpeggio (A4 F#4 D4), about 2.2 s: "let it all go".
- ``skin_check.wav``: one soft high bell (E5, 659 Hz), about 1.6 s, quieter than the cues.
- ``ready.wav``: two soft, slow, low bell tones on B3 (247 Hz), about 1.8 s: "get ready" (only
  when the voice is off).
- ``rest.wav``: a slow rising bell pair (D4 then G4), softer, about 2.4 s: "rest now".
- ``heat_alarm.wav``: a warm rising C major figure (C5 E5 G5, then E5 G5 C6), about 3 s;
  the app repeats it, louder each time, until the heat pack is taken off.

All are 44.1 kHz, 16-bit mono. Every note has a raised-cosine attack (no click), a natural
exponential decay with faster-dying upper partials, and each file ends with a cosine fade to
an exact zero sample. Each file is normalised to its own peak (about -12 dBFS; the hold cue
lower), far from full scale. The output is deterministic, so rerunning it changes nothing.

Usage::

    python packaging/make_sounds.py              # writes into <repo>/assets/sounds/
    python packaging/make_sounds.py --out DIR    # writes somewhere else

Check the result (``apt-get install -y sox``)::

    for f in assets/sounds/*.wav; do echo "$f"; sox "$f" -n stat 2>&1 \\
        | grep -E 'Length|Maximum amplitude|Minimum amplitude|RMS +amplitude'; done
    sox assets/sounds/end.wav -n stats 2>&1 | grep -E 'Pk lev dB|Flat factor|Pk count'

``Maximum amplitude`` about 0.25 (-12 dBFS) and ``Flat factor 0`` mean no clipping.
"""

from __future__ import annotations

import argparse
import math
import sys
import wave
from array import array
from dataclasses import dataclass
from pathlib import Path

SAMPLE_RATE_HZ = 44_100
FULL_SCALE = 32_767
ATTACK_S = 0.02
END_FADE_S = 0.15

# Frequencies of the notes used (equal temperament, A4 = 440 Hz).
G3_HZ = 196.00
B3_HZ = 246.94
D4_HZ = 293.66
G4_HZ = 392.00
FS4_HZ = 369.99
A4_HZ = 440.00
C5_HZ = 523.25
E5_HZ = 659.26
G5_HZ = 783.99
C6_HZ = 1046.50

DEFAULT_OUT_DIR = Path(__file__).resolve().parents[1] / "assets" / "sounds"


@dataclass(frozen=True)
class Partial:
    """One sine component of a note.

    Attributes:
        ratio: Frequency as a multiple of the note's fundamental (inharmonic for a bell).
        gain: Amplitude relative to the fundamental.
        decay_s: Exponential decay time constant of this partial, in seconds.
    """

    ratio: float
    gain: float
    decay_s: float


def bell_partials(decay_s: float) -> tuple[Partial, ...]:
    """A soft bell: a strong fundamental and two quiet inharmonic partials that die sooner."""
    return (
        Partial(1.0, 1.0, decay_s),
        Partial(2.76, 0.10, decay_s * 0.35),
        Partial(5.40, 0.03, decay_s * 0.18),
    )


def wood_partials() -> tuple[Partial, ...]:
    """A muted wooden block: a short low fundamental and a faint, very short overtone."""
    return (
        Partial(1.0, 1.0, 0.09),
        Partial(2.0, 0.12, 0.04),
        Partial(3.93, 0.05, 0.02),
    )


def add_note(
    buffer: list[float],
    start_s: float,
    freq_hz: float,
    partials: tuple[Partial, ...],
    gain: float = 1.0,
    attack_s: float = ATTACK_S,
) -> None:
    """Mix one note into ``buffer`` (float samples), starting at ``start_s``.

    Args:
        buffer: The mix, modified in place; the note is cut off at its end.
        start_s: Onset of the note in seconds.
        freq_hz: Fundamental frequency.
        partials: The note's components.
        gain: Overall amplitude of the note before normalisation.
        attack_s: Length of the raised-cosine attack; starts from an exact zero.
    """
    first = round(start_s * SAMPLE_RATE_HZ)
    attack_n = max(1, round(attack_s * SAMPLE_RATE_HZ))
    for index in range(first, len(buffer)):
        t = (index - first) / SAMPLE_RATE_HZ
        attack = 0.5 - 0.5 * math.cos(math.pi * (index - first) / attack_n)
        envelope = attack if index - first < attack_n else 1.0
        value = 0.0
        for partial in partials:
            value += (
                partial.gain
                * math.exp(-t / partial.decay_s)
                * math.sin(2.0 * math.pi * freq_hz * partial.ratio * t)
            )
        buffer[index] += gain * envelope * value


def finish(buffer: list[float], peak_dbfs: float, fade_s: float = END_FADE_S) -> array:
    """Fade the tail to an exact zero, normalise to ``peak_dbfs`` and quantise to 16 bits.

    Args:
        buffer: Float samples of any scale.
        peak_dbfs: Target peak level in dB relative to full scale (negative).
        fade_s: Length of the closing cosine fade.

    Returns:
        Signed 16-bit samples in native byte order.
    """
    fade_n = round(fade_s * SAMPLE_RATE_HZ)
    total = len(buffer)
    for i in range(fade_n):
        # Goes from 1 to exactly 0 at the last sample.
        buffer[total - fade_n + i] *= 0.5 + 0.5 * math.cos(math.pi * (i + 1) / fade_n)
    peak = max(abs(v) for v in buffer) or 1.0
    scale = FULL_SCALE * 10.0 ** (peak_dbfs / 20.0) / peak
    return array("h", (round(v * scale) for v in buffer))


def silence(duration_s: float) -> list[float]:
    """An empty float buffer of ``duration_s`` seconds."""
    return [0.0] * round(duration_s * SAMPLE_RATE_HZ)


def make_in() -> array:
    """One bell tone: the in-breath."""
    buffer = silence(1.2)
    add_note(buffer, 0.0, G4_HZ, bell_partials(0.32))
    return finish(buffer, -12.0)


def make_out() -> array:
    """Two lower bell tones: the out-breath."""
    buffer = silence(1.5)
    add_note(buffer, 0.0, D4_HZ, bell_partials(0.30))
    add_note(buffer, 0.35, D4_HZ, bell_partials(0.32), gain=0.9)
    return finish(buffer, -12.0)


def make_hold() -> array:
    """A short muted low knock: the hold, unlike either bell."""
    buffer = silence(0.4)
    add_note(buffer, 0.0, G3_HZ, wood_partials(), attack_s=0.012)
    return finish(buffer, -16.0, fade_s=0.1)


def make_end() -> array:
    """A slow G major arpeggio: the session is over."""
    buffer = silence(3.0)
    notes = ((G3_HZ, 1.0), (B3_HZ, 0.85), (D4_HZ, 0.8), (G4_HZ, 0.75))
    for step, (freq_hz, gain) in enumerate(notes):
        add_note(buffer, 0.28 * step, freq_hz, bell_partials(0.75), gain=gain, attack_s=0.03)
    return finish(buffer, -12.0, fade_s=0.5)


def make_tense() -> array:
    """Two quick rising wooden notes: tense now (unlike any breathing cue)."""
    buffer = silence(0.6)
    ringing = tuple(Partial(p.ratio, p.gain, p.decay_s * 1.8) for p in wood_partials())
    add_note(buffer, 0.0, D4_HZ, ringing, attack_s=0.01)
    add_note(buffer, 0.16, A4_HZ, ringing, gain=1.1, attack_s=0.01)
    return finish(buffer, -13.0, fade_s=0.12)


def make_letgo() -> array:
    """A slow falling bell arpeggio: let go."""
    buffer = silence(2.2)
    for step, freq_hz in enumerate((A4_HZ, FS4_HZ, D4_HZ)):
        add_note(buffer, 0.3 * step, freq_hz, bell_partials(0.55), gain=1.0 - 0.1 * step)
    return finish(buffer, -12.0, fade_s=0.5)


def make_skin_check() -> array:
    """One soft high bell: a gentle reminder to check the skin."""
    buffer = silence(1.6)
    add_note(buffer, 0.0, E5_HZ, bell_partials(0.45), attack_s=0.03)
    return finish(buffer, -15.0, fade_s=0.4)


def make_heat_alarm() -> array:
    """A warm rising figure, played twice: the heat pack's time is up."""
    buffer = silence(3.0)
    figure = ((C5_HZ, 0.0), (E5_HZ, 0.22), (G5_HZ, 0.44))
    for offset_s, top_hz in ((0.0, C6_HZ), (1.3, C6_HZ)):
        for freq_hz, at_s in figure:
            add_note(buffer, offset_s + at_s, freq_hz, bell_partials(0.4), attack_s=0.02)
        add_note(buffer, offset_s + 0.66, top_hz, bell_partials(0.5), gain=0.8, attack_s=0.02)
    return finish(buffer, -10.0, fade_s=0.5)


def make_ready() -> array:
    """Two soft, slow, low bells: get ready for the next step (the voice is off)."""
    buffer = silence(1.8)
    add_note(buffer, 0.0, B3_HZ, bell_partials(0.4), attack_s=0.04)
    add_note(buffer, 0.6, B3_HZ, bell_partials(0.45), gain=0.8, attack_s=0.04)
    return finish(buffer, -15.0, fade_s=0.4)


def make_rest() -> array:
    """A slow, soft rising pair: rest now."""
    buffer = silence(2.4)
    add_note(buffer, 0.0, D4_HZ, bell_partials(0.6), gain=0.9, attack_s=0.05)
    add_note(buffer, 0.5, G4_HZ, bell_partials(0.7), gain=0.8, attack_s=0.05)
    return finish(buffer, -16.0, fade_s=0.6)


SOUNDS = {
    "in.wav": make_in,
    "out.wav": make_out,
    "hold.wav": make_hold,
    "end.wav": make_end,
    "tense.wav": make_tense,
    "letgo.wav": make_letgo,
    "skin_check.wav": make_skin_check,
    "heat_alarm.wav": make_heat_alarm,
    "ready.wav": make_ready,
    "rest.wav": make_rest,
}


def write_wav(path: Path, samples: array) -> None:
    """Write mono 16-bit PCM at ``SAMPLE_RATE_HZ`` (WAV is little-endian)."""
    data = array("h", samples)
    if sys.byteorder == "big":
        data.byteswap()
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE_HZ)
        out.writeframes(data.tobytes())


def main(argv: list[str] | None = None) -> int:
    """Write all cue sounds and print their length and peak level."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT_DIR, help="output folder")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, make in SOUNDS.items():
        samples = make()
        write_wav(args.out / name, samples)
        peak = max(abs(v) for v in samples)
        print(
            f"{name:9} {len(samples) / SAMPLE_RATE_HZ:5.2f} s  "
            f"peak {20 * math.log10(peak / FULL_SCALE):6.1f} dBFS  "
            f"first {samples[0]} last {samples[-1]}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
