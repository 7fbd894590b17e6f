"""Real audio: the quick routine spoken by speech-dispatcher and espeak-ng into a PulseAudio
null sink, recorded, and checked: speech in every get-ready, no tense cue over speech.

It needs ``pulseaudio``, ``parec`` (pulseaudio-utils), ``speech-dispatcher`` and
``speech-dispatcher-espeak-ng`` from Debian (``.ci/run`` installs them). Without them it
skips, except in CI (``CI=true``), where it must run. The routine runs in the real main
window on a clock four times faster than real time, so it takes about a minute and a half:
get-ready still waits for the real speech, which is the point. Everything lives in a
private folder: a private PulseAudio daemon with only a null sink, a private
speech-dispatcher on its own socket; both are stopped at the end.
"""

from __future__ import annotations

import array
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtTextToSpeech import QTextToSpeech
from pytestqt.qtbot import QtBot
from tests.ui.conftest import WindowFactory

from calmfloor.core.routine import RoutinePhase, Segment
from calmfloor.ui.shell.main_window import Page

SPEED = 4.0  # the session clock runs this many times faster than real time
RATE_HZ = 16_000
FRAME_S = 0.05
SPEECH_PEAK = 1500  # a 50 ms frame louder than this (of 32767) is sound
TOOLS = ("pulseaudio", "parec", "pactl", "speech-dispatcher")
QUICK = "feet-to-pelvic-floor-quick"
RUN_LIMIT_S = 150


class ScaledClock:
    """Monotonic time running ``SPEED`` times faster, from the moment it is made."""

    def __init__(self) -> None:
        self._real0 = time.monotonic()

    def now(self) -> float:
        return 1000.0 + (time.monotonic() - self._real0) * SPEED

    def wall(self) -> datetime:
        return datetime.now().astimezone()


@pytest.fixture
def clock() -> ScaledClock:  # replaces the hand-moved clock of tests/ui/conftest.py
    return ScaledClock()


@dataclass
class Sound:
    folder: Path
    env: dict[str, str]


def _wait_for(path: Path, what: str, limit_s: float = 10.0) -> None:
    deadline = time.monotonic() + limit_s
    while not path.exists():
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} did not start ({path} missing)")
        time.sleep(0.05)  # bounded wait for a daemon's socket (the one real-time test)


@pytest.fixture
def sound_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Sound]:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must run the real-audio test, but these are missing: {missing}")
        pytest.skip(f"needs {', '.join(missing)} (installed by .ci/run)")
    folder = tmp_path / "sound"
    folder.mkdir()
    socket = folder / "native"
    (folder / "pa.conf").write_text(
        f"load-module module-native-protocol-unix socket={socket} auth-anonymous=1\n"
        f"load-module module-null-sink sink_name=calmfloor_sink rate={RATE_HZ} channels=1\n"
        "set-default-sink calmfloor_sink\n"
        "set-default-source calmfloor_sink.monitor\n",
        encoding="utf-8",
    )
    env = {
        **os.environ,
        "HOME": str(folder),
        "XDG_RUNTIME_DIR": str(folder),
        "PULSE_SERVER": f"unix:{socket}",
    }
    pulse = subprocess.Popen(
        ["pulseaudio", "-n", "-F", str(folder / "pa.conf"), "--daemonize=no",
         "--exit-idle-time=-1", "--use-pid-file=no", "--system=false"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    speechd_socket = folder / "speechd.sock"
    speechd = None
    try:
        _wait_for(socket, "PulseAudio")
        speechd = subprocess.Popen(
            ["speech-dispatcher", "-s", "-c", "unix_socket", "-S", str(speechd_socket),
             "-t", "0", "-P", str(folder / "sd.pid"), "-L", str(folder)],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        _wait_for(speechd_socket, "speech-dispatcher")
        monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{speechd_socket}")
        monkeypatch.setenv("PULSE_SERVER", f"unix:{socket}")
        yield Sound(folder, env)
    finally:
        for process in (speechd, pulse):
            if process is not None:
                process.terminate()
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()


def frames_of(raw: bytes) -> list[int]:
    """The peak of each 50 ms frame of 16-bit mono audio."""
    samples = array.array("h", raw[: len(raw) // 2 * 2])
    size = int(RATE_HZ * FRAME_S)
    return [
        max((abs(x) for x in samples[i : i + size]), default=0)
        for i in range(0, len(samples), size)
    ]


def loud_share(peaks: list[int], start_s: float, end_s: float) -> float:
    first, last = int(start_s / FRAME_S), max(int(end_s / FRAME_S), int(start_s / FRAME_S) + 1)
    part = peaks[first:last]
    return sum(1 for p in part if p > SPEECH_PEAK) / max(len(part), 1)


def speech_spans(peaks: list[int], gap_s: float = 0.3) -> list[tuple[float, float]]:
    """Sound as (start, end) seconds, pauses shorter than ``gap_s`` bridged (for the report)."""
    spans: list[tuple[float, float]] = []
    for i, peak in enumerate(peaks):
        if peak <= SPEECH_PEAK:
            continue
        t = i * FRAME_S
        if spans and t - spans[-1][1] <= gap_s:
            spans[-1] = (spans[-1][0], t + FRAME_S)
        else:
            spans.append((t, t + FRAME_S))
    return spans


def test_the_quick_routine_is_heard_and_no_tense_cue_starts_over_speech(
    qtbot: QtBot, make_window: WindowFactory, sound_server: Sound
) -> None:
    tts = QTextToSpeech("speechd")
    if tts.state() == QTextToSpeech.State.Error:
        pytest.fail(f"speech-dispatcher is not reachable: {tts.errorString()}")
    tts.deleteLater()
    # a brisk voice: at four times the pace, a slow one would outlast the get-ready cap
    window = make_window(voice_enabled=True, voice_rate=4, voice_volume=100)
    window.show_page(Page.RELAX)  # painted: the ticker wakes every frame, as on screen
    view = window.relax
    assert view.select_routine(QUICK)
    view.acknowledge_caution()
    controller = window.relax_controller
    assert controller is not None
    recording = sound_server.folder / "quick.raw"
    record = subprocess.Popen(
        ["parec", f"--rate={RATE_HZ}", "--channels=1", "--format=s16le",
         "-d", "calmfloor_sink.monitor", str(recording)],
        env=sound_server.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    qtbot.wait(300)  # let the recorder connect before the first word
    real0 = time.monotonic()
    phases: list[tuple[Segment, float]] = []
    said: list[tuple[str, float]] = []
    controller.phase_started.connect(lambda s: phases.append((s, time.monotonic() - real0)))
    view.voice_guide.said.connect(lambda text: said.append((text, time.monotonic() - real0)))
    try:
        view.start()
        assert view.voice_active, "the voice did not start: speech-dispatcher is not usable"
        qtbot.waitUntil(lambda: not controller.is_active, timeout=RUN_LIMIT_S * 1000)
        qtbot.waitUntil(lambda: not view.voice_guide.busy, timeout=20_000)  # closing words
        qtbot.wait(500)
    finally:
        record.terminate()
        record.wait(timeout=10)
    ended_s = time.monotonic() - real0
    # parec writes a WAV header to a file name; find where the samples start
    data = recording.read_bytes()
    start = data.find(b"data")
    raw = data[start + 8 :] if data[:4] == b"RIFF" and start >= 0 else data
    peaks = frames_of(raw)
    spans = speech_spans(peaks, gap_s=0.15)
    assert spans and said, "nothing was heard in the sink"
    # line the recording up with the app's times on the first words (the engine's latency
    # is in both then)
    offset_s = spans[0][0] - said[0][1]
    spans = [(a - offset_s, b - offset_s) for a, b in spans]
    report = [f"{t:6.2f}s said: {text[:60]}" for text, t in said]
    report += [f"{t:6.2f}s phase: {s.phase.value} step {s.step_index}" for s, t in phases]
    report += [f"{a:6.2f}s sound until {b:6.2f}s" for a, b in spans]
    (sound_server.folder / "report.txt").write_text("\n".join(sorted(report)), encoding="utf-8")
    print("\n".join(sorted(report)))
    starts = [t for _s, t in phases] + [ended_s]
    ready = [
        (segment, begin, starts[i + 1])
        for i, (segment, begin) in enumerate(phases)
        if segment.phase is RoutinePhase.READY
    ]
    assert len(ready) == 5
    for segment, begin, end in ready:
        share = loud_share(peaks, begin + offset_s, end + offset_s)
        assert share > 0.3, f"no speech in get-ready of step {segment.step_index}: {share:.0%}"
    tense = [t for segment, t in phases if segment.phase is RoutinePhase.TENSE]
    assert len(tense) == 3
    for begin in tense:
        before = [(a, b) for a, b in spans if a < begin - 0.1]
        after = [(a, b) for a, b in spans if a >= begin - 0.1]
        assert before and after, f"no speech around the tense cue at {begin:.2f}s"
        # the instruction had ended when the tense phase began, and "tense" came after it
        assert before[-1][1] <= begin + 0.05, f"the tense cue at {begin:.2f}s began over speech"
        assert after[0][0] - before[-1][1] >= 0.15, f"no pause before the tense cue {begin:.2f}s"
        assert after[0][0] < begin + 0.5, f"the tense cue at {begin:.2f}s was not heard"
    assert ended_s < RUN_LIMIT_S
