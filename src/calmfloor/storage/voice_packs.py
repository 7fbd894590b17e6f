"""Voice packs: recorded clips for the spoken guidance, with a small manifest; read and checked.

A pack is a folder::

    voice.toml                 format, language, speaker, licence, version
    cues/<cue>.wav             one clip per cue word (``core.voice_script.VoiceCue``)
    steps/<routine-id>/<n>.wav optional: the instruction of step n (1-based) of a routine

Clips are PCM WAV (8 or 16 bit, mono or stereo, 8 to 48 kHz), each no longer than the
phase it is said in. Packs are looked for in ``<data>/voices/`` and in the clinic's folder
the policy names; a pack with problems is skipped and its problems reported
(``calmfloor voice validate PACK...``).
"""

from __future__ import annotations

import io
import re
import tomllib
import wave
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from calmfloor.core.routine import READY_HOLD_CAP_S
from calmfloor.core.voice_script import BREATH_IN_S, VoiceCue
from calmfloor.storage.safefile import FileReadError, ReadFailure, read_regular_file

PACK_FORMAT = 1
MANIFEST = "voice.toml"
CUES_DIR = "cues"
STEPS_DIR = "steps"
VOICES_DIR = "voices"  # under the data folder
MANIFEST_KEYS = ("format", "language", "speaker", "licence", "version")
MAX_CLIP_S = 60.0  # no clip is ever longer than this
MAX_CLIP_BYTES = 16 * 1024 * 1024  # 60 s of 48 kHz 16-bit stereo is about 11 MB
MANIFEST_MAX_BYTES = 64 * 1024
RATES_HZ = (8_000, 48_000)
_LANGUAGE_RE = re.compile(r"[a-z]{2,3}([-_][A-Za-z0-9]{2,8})*")
_SHORT_TENSE_S = 3.0  # the shortest tensing phase a routine may have (core.routine bounds)
_SHORT_RELEASE_S = 10.0  # the shortest letting-go phase

# the longest each cue may be: it must end within the shortest phase it is said in
CUE_MAX_S: dict[VoiceCue, float] = {
    VoiceCue.WELCOME: 30.0,
    VoiceCue.STEP: READY_HOLD_CAP_S,
    VoiceCue.TENSE: _SHORT_TENSE_S,
    VoiceCue.TENSE_GENTLE: _SHORT_TENSE_S,
    VoiceCue.PRESS: _SHORT_TENSE_S,
    VoiceCue.LET_GO: _SHORT_RELEASE_S,
    VoiceCue.LET_GO_BREATH_OUT: _SHORT_RELEASE_S,
    VoiceCue.BREATHE_IN_DROP: BREATH_IN_S - 0.5,
    VoiceCue.BREATHE_OUT_RETURN: BREATH_IN_S - 0.5,
    VoiceCue.HOLD: _SHORT_RELEASE_S,
    VoiceCue.REST: _SHORT_RELEASE_S,
    VoiceCue.ACTIVITY: _SHORT_RELEASE_S,
    VoiceCue.SKIPPED: 5.0,
    VoiceCue.SKIPPED_HURTS: 10.0,
    VoiceCue.END: 30.0,
    VoiceCue.STOPPED: 30.0,
}
# the STEP cue has no generic clip: a step's own clip says it (or the computer's voice)
REQUIRED_CUES = tuple(cue for cue in VoiceCue if cue is not VoiceCue.STEP)


@dataclass(frozen=True, slots=True)
class PackProblem:
    """One problem of a pack: the file it is in, and what is wrong, in plain English."""

    path: Path
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass(frozen=True, slots=True)
class VoicePack:
    """A checked voice pack.

    Attributes:
        folder: where it is.
        language: the language its clips speak, e.g. ``de``.
        speaker, licence, version: from the manifest.
        cues: the clip of each cue.
        steps: ``(routine id, 0-based step) -> clip``.
    """

    folder: Path
    language: str
    speaker: str
    licence: str
    version: str
    cues: dict[VoiceCue, Path] = field(default_factory=dict)
    steps: dict[tuple[str, int], Path] = field(default_factory=dict)

    def clip(
        self, cue: VoiceCue, routine_id: str = "", step_index: int | None = None
    ) -> Path | None:
        """The clip that says ``cue`` (for a step intro: that step's own clip), or None."""
        if cue is VoiceCue.STEP:
            return self.steps.get((routine_id, step_index)) if step_index is not None else None
        return self.cues.get(cue)


def clip_seconds(path: Path) -> float:
    """The length of a WAV clip.

    Raises:
        ValueError: not a PCM WAV calmfloor can play (with the reason).
    """
    try:
        data = read_regular_file(path, MAX_CLIP_BYTES, strip_bom=False)
    except FileReadError as error:
        raise ValueError(f"cannot be read ({error.reason.value})") from error
    try:
        with wave.open(io.BytesIO(data), "rb") as clip:
            width, channels, rate = clip.getsampwidth(), clip.getnchannels(), clip.getframerate()
            frames = clip.getnframes()
    except (wave.Error, EOFError) as error:
        raise ValueError(f"not a PCM WAV file ({error})") from error
    if width not in (1, 2):
        raise ValueError(f"{8 * width}-bit samples; use 16-bit PCM")
    if channels not in (1, 2):
        raise ValueError(f"{channels} channels; use mono or stereo")
    if not RATES_HZ[0] <= rate <= RATES_HZ[1]:
        raise ValueError(f"{rate} Hz; use 8000 to 48000 Hz")
    return frames / rate


def _check_clip(path: Path, max_s: float, where: str, problems: list[PackProblem]) -> bool:
    try:
        length = clip_seconds(path)
    except OSError as error:
        problems.append(PackProblem(path, f"cannot be read ({error.strerror or error})"))
        return False
    except ValueError as error:
        problems.append(PackProblem(path, str(error)))
        return False
    if length > max_s:
        problems.append(
            PackProblem(path, f"lasts {length:.1f} s, longer than {where} ({max_s:g} s at most)")
        )
        return False
    return True


def read_pack(folder: Path) -> tuple[VoicePack | None, list[PackProblem]]:
    """Read and check the pack in ``folder``; None with the problems when it is unusable."""
    problems: list[PackProblem] = []
    manifest = folder / MANIFEST
    try:
        data = tomllib.loads(read_regular_file(manifest, MANIFEST_MAX_BYTES).decode("utf-8"))
    except FileReadError as error:
        if error.reason is ReadFailure.MISSING:
            return None, [PackProblem(manifest, "missing: a voice pack needs a voice.toml")]
        return None, [PackProblem(manifest, f"cannot be read ({error.reason.value})")]
    except UnicodeDecodeError as error:
        return None, [PackProblem(manifest, f"cannot be read ({error})")]
    except tomllib.TOMLDecodeError as error:
        return None, [PackProblem(manifest, f"is not valid TOML ({error})")]
    for key in data:
        if key not in MANIFEST_KEYS:
            problems.append(PackProblem(manifest, f"unknown key {key!r}"))
    texts: dict[str, str] = {}
    for key in MANIFEST_KEYS[1:]:
        value = data.get(key)
        if not isinstance(value, str) or not value.strip():
            problems.append(PackProblem(manifest, f"{key!r} is missing or empty"))
        else:
            texts[key] = value.strip()
    if data.get("format") != PACK_FORMAT:
        problems.append(
            PackProblem(manifest, f"'format' must be {PACK_FORMAT} (found {data.get('format')!r})")
        )
    if "language" in texts and not _LANGUAGE_RE.fullmatch(texts["language"]):
        problems.append(PackProblem(manifest, f"'language' {texts['language']!r} is no code"))
    cues: dict[VoiceCue, Path] = {}
    for cue in REQUIRED_CUES:
        path = folder / CUES_DIR / f"{cue.value}.wav"
        if not path.is_file():
            problems.append(PackProblem(path, "missing clip"))
        elif _check_clip(path, CUE_MAX_S[cue], f"the shortest {cue.value} phase", problems):
            cues[cue] = path
    known = {f"{cue.value}.wav" for cue in VoiceCue}
    cue_dir = folder / CUES_DIR
    if cue_dir.is_dir():
        for path in sorted(cue_dir.iterdir()):
            if path.name not in known:
                problems.append(PackProblem(path, "not a cue calmfloor knows"))
    steps: dict[tuple[str, int], Path] = {}
    steps_dir = folder / STEPS_DIR
    if steps_dir.is_dir():
        for routine_dir in sorted(p for p in steps_dir.iterdir() if p.is_dir()):
            for path in sorted(routine_dir.glob("*.wav")):
                if not path.stem.isdigit() or int(path.stem) < 1:
                    problems.append(PackProblem(path, "name it by its step number: 1.wav, 2.wav"))
                elif _check_clip(path, MAX_CLIP_S, "a get-ready may wait", problems):
                    steps[(routine_dir.name, int(path.stem) - 1)] = path
    if problems:
        return None, problems
    pack = VoicePack(
        folder,
        texts["language"],
        texts["speaker"],
        texts["licence"],
        texts["version"],
        cues,
        steps,
    )
    return pack, []


def pack_folders(roots: Iterable[Path]) -> list[Path]:
    """Every folder holding a ``voice.toml`` directly under one of ``roots`` (or a root
    that is itself a pack), in order."""
    found: list[Path] = []
    for root in roots:
        if (root / MANIFEST).is_file():
            found.append(root)
            continue
        try:
            children = sorted(p for p in root.iterdir() if p.is_dir())
        except OSError:
            continue
        found += [child for child in children if (child / MANIFEST).is_file()]
    return found


def load_packs(roots: Iterable[Path]) -> tuple[list[VoicePack], dict[Path, list[PackProblem]]]:
    """The usable packs under ``roots`` (first wins per language), and the problems of the
    others by folder."""
    packs: list[VoicePack] = []
    bad: dict[Path, list[PackProblem]] = {}
    for folder in pack_folders(roots):
        pack, problems = read_pack(folder)
        if pack is None:
            bad[folder] = problems
        else:
            packs.append(pack)
    return packs, bad


def pack_for(packs: Iterable[VoicePack], language: str) -> VoicePack | None:
    """The first pack that speaks ``language`` (``de`` matches ``de_AT``), or None."""
    base = language.replace("-", "_").split("_")[0]
    for pack in packs:
        if pack.language.replace("-", "_").split("_")[0] == base:
            return pack
    return None
