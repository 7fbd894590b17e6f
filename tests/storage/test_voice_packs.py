"""Voice packs: the manifest, a clip per cue, clip formats and lengths; the CLI."""

from __future__ import annotations

import subprocess
import sys
import wave
from pathlib import Path

from calmfloor.core.voice_script import VoiceCue
from calmfloor.storage.voice_packs import (
    CUE_MAX_S,
    REQUIRED_CUES,
    load_packs,
    pack_for,
    read_pack,
)

MANIFEST = """\
format = 1
language = "de"
speaker = "Dr. Beispiel"
licence = "CC-BY-4.0"
version = "1.0"
"""


def write_wav(path: Path, seconds: float, *, rate: int = 16_000, width: int = 2) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as clip:
        clip.setnchannels(1)
        clip.setsampwidth(width)
        clip.setframerate(rate)
        clip.writeframes(b"\0" * width * int(rate * seconds))


def make_pack(folder: Path, manifest: str = MANIFEST) -> Path:
    folder.mkdir(parents=True)
    (folder / "voice.toml").write_text(manifest, encoding="utf-8")
    for cue in REQUIRED_CUES:
        write_wav(folder / "cues" / f"{cue.value}.wav", min(CUE_MAX_S[cue], 2.0) - 0.5)
    write_wav(folder / "steps" / "feet-to-pelvic-floor-quick" / "1.wav", 12.0)
    return folder


def test_a_complete_pack_is_read(tmp_path: Path) -> None:
    pack, problems = read_pack(make_pack(tmp_path / "de-physio"))
    assert problems == []
    assert pack is not None and pack.language == "de" and pack.speaker == "Dr. Beispiel"
    assert pack.clip(VoiceCue.TENSE) == tmp_path / "de-physio" / "cues" / "tense.wav"
    step = pack.clip(VoiceCue.STEP, "feet-to-pelvic-floor-quick", 0)
    assert step is not None and step.name == "1.wav"
    assert pack.clip(VoiceCue.STEP, "feet-to-pelvic-floor-quick", 1) is None
    packs, bad = load_packs([tmp_path])
    assert bad == {} and pack_for(packs, "de_AT") == pack and pack_for(packs, "fa") is None


def test_every_problem_is_named(tmp_path: Path) -> None:
    folder = make_pack(tmp_path / "bad", MANIFEST.replace('"de"', '"Deutsch!"') + "colour = 1\n")
    (folder / "cues" / "rest.wav").unlink()
    write_wav(folder / "cues" / "tense.wav", 4.0)  # longer than the shortest tense phase
    (folder / "cues" / "skipped.wav").write_bytes(b"ID3 this is an mp3")
    write_wav(folder / "cues" / "hold.wav", 1.0, width=3)
    write_wav(folder / "cues" / "extra.wav", 1.0)
    write_wav(folder / "steps" / "x" / "first.wav", 1.0)
    pack, problems = read_pack(folder)
    assert pack is None
    text = sorted(str(p).replace(str(folder), "PACK") for p in problems)
    assert text == sorted(
        [
            "PACK/voice.toml: unknown key 'colour'",
            "PACK/voice.toml: 'language' 'Deutsch!' is no code",
            "PACK/cues/rest.wav: missing clip",
            "PACK/cues/tense.wav: lasts 4.0 s, longer than the shortest tense phase (3 s at most)",
            "PACK/cues/skipped.wav: not a PCM WAV file (file does not start with RIFF id)",
            "PACK/cues/hold.wav: 24-bit samples; use 16-bit PCM",
            "PACK/cues/extra.wav: not a cue calmfloor knows",
            "PACK/steps/x/first.wav: name it by its step number: 1.wav, 2.wav",
        ]
    )


def test_no_manifest(tmp_path: Path) -> None:
    pack, problems = read_pack(tmp_path)
    assert pack is None and [p.message for p in problems] == [
        "missing: a voice pack needs a voice.toml"
    ]


def run_cli(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "calmfloor", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={"CALMFLOOR_DATA_DIR": str(data_dir), "PATH": "/usr/bin:/bin", "HOME": str(data_dir)},
        check=False,
    )


def test_voice_validate_cli(tmp_path: Path) -> None:
    good = make_pack(tmp_path / "good")
    bad = tmp_path / "empty"
    bad.mkdir()
    result = run_cli("voice", "validate", str(good), str(bad), data_dir=tmp_path / "data")
    assert result.returncode == 1
    assert f"{good}: OK — de, Dr. Beispiel (v1.0, CC-BY-4.0)" in result.stdout
    assert "2 packs checked: 1 valid, 1 with problems." in result.stdout
    assert f"{bad}/voice.toml: missing: a voice pack needs a voice.toml" in result.stderr


def test_voice_list_cli_names_packs_and_languages(tmp_path: Path) -> None:
    data = tmp_path / "data"
    make_pack(data / "voices" / "physio")
    result = run_cli("voice", "list", data_dir=data)
    assert result.returncode == 0, result.stderr
    assert "Speech engines Qt lists:" in result.stdout
    assert f"{data / 'voices' / 'physio'}: OK — de, Dr. Beispiel (v1.0)" in result.stdout
    assert "Can speak de: yes" in result.stdout  # the pack speaks German even without engines
    for language in ("en", "fa"):
        assert f"Can speak {language}: " in result.stdout


def test_the_clinic_policy_names_a_voice_pack_folder(tmp_path: Path) -> None:
    from calmfloor.core.policy import parse_policy
    from calmfloor.storage.paths import resolve_paths
    from calmfloor.ui.relax.voice import voice_pack_roots

    policy, problems = parse_policy(
        {"format": "calmfloor-policy", "version": 1, "clinic_voices_dir": "/srv/calmfloor/voices"}
    )
    assert problems == [] and policy.clinic_voices_dir == "/srv/calmfloor/voices"
    paths = resolve_paths(tmp_path)
    assert voice_pack_roots(paths, policy) == [
        Path("/srv/calmfloor/voices"),
        paths.data_dir / "voices",
    ]
    policy, problems = parse_policy(
        {"format": "calmfloor-policy", "version": 1, "clinic_voices_dir": "voices"}
    )
    assert policy.clinic_voices_dir is None
    assert [p.key for p in problems] == ["clinic_voices_dir"]
