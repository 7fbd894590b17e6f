"""A blind patient hears every message with the screen reader Debian 12 ships: Orca 43.

tests/screenreader/harness.py runs, under a private Xvfb and D-Bus session, PulseAudio with a
null sink, speech-dispatcher with espeak-ng (log level 4: each utterance's start, its words as
playback reaches them, its end or cancellation), openbox, Orca with a debug log, and the app,
driven only by key presses: a breathing session, the quick routine, a heat pack with a skin
check, History. Three records come back: what the app sent (on the AT-SPI bus), what Orca
sent to speech, and what speech-dispatcher played. A message counts as heard in full when
speech-dispatcher played its utterance to the end, or played the word after it before a
cancellation. Skips when a tool is missing, except on CI (CI=true), where it fails. About 4
minutes of real time: Orca speaks at a person's pace.
"""

from __future__ import annotations

import bisect
import contextlib
import ctypes.util
import json
import os
import select
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from calmfloor.storage.paths import resolve_paths

ROOT = Path(__file__).parents[2]
HARNESS = ROOT / "tests" / "screenreader" / "harness.py"
SYSTEM_PYTHON = "/usr/bin/python3"
FAKETIME = "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1"
TOOLS = ("Xvfb", "dbus-run-session", "orca", "speech-dispatcher", "pulseaudio", "pactl")
TOOLS_MORE = ("openbox", "xdotool", "espeak-ng")
APT_LINE = (
    "apt-get install -y --no-install-recommends orca speech-dispatcher "
    "speech-dispatcher-espeak-ng espeak-ng pulseaudio openbox xdotool faketime"
)
RUN_TIMEOUT_S = 600  # normally about 4 minutes, longer on a busy machine
XVFB_START_S = 15
TENSE_CUE_LATE_S = 0.5  # the tense cue is heard this soon after its phase starts
FOUND_WITHIN_S = 20.0  # Orca sends a message to speech this soon after the app sent it

# what a person must hear in full in each flow (beginnings of messages)
EXPECTED = {
    "breathing": ("Breathe in", "Breathe out", "Session stopped."),
    "relax": (
        "• Tense gently, about 70 %",  # the caution, with "I understand the caution"
        "Get ready. Thighs.",
        "Tense. Thighs.",
        "Let go. Thighs.",
        "Next: Buttocks.",
        "Routine stopped.",
    ),
    "heat": (
        "Ask your doctor or physiotherapist before using heat if:",  # the checklist
        "Put the wrapped pack on, then start. While the pack is on:",  # with Start
        "Time to check your skin",
    ),
    # the page button: "History." then "selected radio button" (Orca 43 pauses after a name)
    "history": ("History.", "selected radio button", "Summary: Over the last", "Practice chart"),
}


def missing_tools() -> list[str]:
    """What this machine lacks for the screen-reader run (empty: all there)."""
    if not sys.platform.startswith("linux"):
        return ["Linux"]
    missing = [tool for tool in (*TOOLS, *TOOLS_MORE) if not shutil.which(tool)]
    if (
        not Path("/usr/libexec/speech-dispatcher-modules/sd_espeak-ng").exists()
        and not Path("/usr/lib/speech-dispatcher-modules/sd_espeak-ng").exists()
    ):
        missing.append("speech-dispatcher-espeak-ng")
    if not Path(FAKETIME).exists():
        missing.append("faketime (libfaketime)")
    if not Path(SYSTEM_PYTHON).exists():
        missing.append(SYSTEM_PYTHON)
    else:
        check = subprocess.run(
            [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, timeout=30, check=False
        )
        if check.returncode != 0:
            missing.append("python3-pyatspi")
    if ctypes.util.find_library("xcb-cursor") is None:
        missing.append("libxcb-cursor0 (and the other xcb libraries of tests/ui/test_atspi.py)")
    return missing


def _kill_group(process: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=5)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()


@contextlib.contextmanager
def _xvfb() -> Iterator[str]:
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end, "rb") as pipe:
            ready, _, _ = select.select([pipe], [], [], XVFB_START_S)
            number = pipe.readline().strip().decode() if ready else ""
        if not number:
            raise RuntimeError(f"Xvfb did not start within {XVFB_START_S} s")
        yield f":{number}"
    finally:
        _kill_group(server)


def _seed_history(data_dir: Path) -> None:
    """A few hundred sessions up to today, so History has its summary and charts."""
    sys.path.insert(0, str(ROOT / "tests" / "storage"))
    try:
        from history_factory import make_history
    finally:
        sys.path.pop(0)
    tz = datetime.now().astimezone().tzinfo
    assert tz is not None
    make_history(resolve_paths(data_dir).history_db, sessions=300, end=date.today(), tz=tz)


@pytest.fixture(scope="module")
def heard(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Run the harness once for the module; its JSON record.

    ``CALMFLOOR_SCREENREADER_RESULT=out.json`` judges a record kept from an earlier run.
    """
    kept = os.environ.get("CALMFLOOR_SCREENREADER_RESULT")
    if kept:
        result: dict[str, Any] = json.loads(Path(kept).read_text(encoding="utf-8"))
        result["log"] = ""
        return result
    missing = missing_tools()
    if missing:
        text = f"the screen-reader run needs {', '.join(missing)}; on Debian: {APT_LINE}"
        if os.environ.get("CI") == "true":
            pytest.fail(text)
        pytest.skip(text)
    work = tmp_path_factory.mktemp("screenreader")
    _seed_history(work / "data" / "history")
    out = work / "out.json"
    with _xvfb() as display:
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("DBUS_", "AT_SPI_", "WAYLAND_", "QT_", "PULSE_", "SPEECHD_"))
        }
        env["DISPLAY"] = display
        command = [
            "dbus-run-session",
            "--",
            SYSTEM_PYTHON,
            str(HARNESS),
            "--python",
            sys.executable,
            "--src",
            str(ROOT / "src"),
            "--work",
            str(work),
            "--out",
            str(out),
            "--faketime",
            FAKETIME,
        ]
        session = subprocess.Popen(
            command,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            log, _ = session.communicate(timeout=RUN_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            _kill_group(session)
            log, _ = session.communicate()
        finally:
            _kill_group(session)
    assert out.exists(), f"the harness wrote nothing:\n{log.decode(errors='replace')[-4000:]}"
    result = json.loads(out.read_text(encoding="utf-8"))
    result["log"] = log.decode(errors="replace")
    return result


# ----- judging what was heard -----------------------------------------------------------------


def _normal(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


class Speech:
    """Orca's utterances matched to what speech-dispatcher played of them.

    Orca cancels what is being said before each new presentation, then sends its utterances
    one by one; speech-dispatcher plays them in order until the next cancellation. So the
    utterances sent after one cancellation are matched, in order, to the playbacks that start
    before the next one.
    """

    def __init__(self, spoken: list[dict[str, Any]], played: list[dict[str, Any]]) -> None:
        self.spoken = spoken
        cancels = [e["t"] for e in played if e["kind"] == "cancel"]
        self.playback: dict[int, dict[str, Any]] = {}
        starts = [i for i, e in enumerate(played) if e["kind"] == "start"]
        windows: dict[int, list[int]] = {}
        for index, item in enumerate(spoken):
            # a cancellation logged just after an utterance was sent is the one it caused
            position = bisect.bisect_right(cancels, item["t"] + 0.05)
            windows.setdefault(position, []).append(index)
        for position, indices in windows.items():
            begin = cancels[position - 1] if position > 0 else float("-inf")
            end = cancels[position] if position < len(cancels) else float("inf")
            window_starts = [i for i in starts if begin <= played[i]["t"] < end]
            for utterance, start in zip(indices, window_starts, strict=False):
                self.playback[utterance] = self._follow(played, start)

    @staticmethod
    def _follow(played: list[dict[str, Any]], start: int) -> dict[str, Any]:
        marks: list[int] = []
        for event in played[start + 1 :]:
            if event["kind"] == "mark":
                marks.append(event["at"])
            elif event["kind"] in ("end", "cancel", "start"):
                return {
                    "t": played[start]["t"],
                    "ended": event["kind"] == "end",
                    "marks": marks,
                    "stopped": event["t"],
                }
        return {"t": played[start]["t"], "ended": False, "marks": marks, "stopped": None}

    def find(self, text: str, after: float, until: float | None = None) -> list[tuple[int, int]]:
        """(utterance, end offset of ``text`` in it) for Orca's utterances that hold it,
        sent from ``after`` to ``until`` (by default FOUND_WITHIN_S later)."""
        wanted = _normal(text)
        last = after + FOUND_WITHIN_S if until is None else until
        found = []
        for index, item in enumerate(self.spoken):
            if not after - 0.05 <= item["t"] <= last:
                continue
            said = item["text"].replace("\u00a0", " ")
            at = _normal(said).find(wanted)
            if at >= 0:
                found.append((index, self._raw_end(said, at + len(wanted))))
        return found

    @staticmethod
    def _raw_end(raw: str, normal_end: int) -> int:
        """The offset in ``raw`` where ``normal_end`` characters of its normal form end."""
        count = 0
        previous_space = True
        for offset, char in enumerate(raw):
            if char.isspace():
                if previous_space:
                    continue
                previous_space = True
                count += 1
            else:
                previous_space = False
                count += 1
            if count >= normal_end:
                return offset + 1
        return len(raw)

    def heard_in_full(self, index: int, end_offset: int) -> bool:
        playback = self.playback.get(index)
        if playback is None:
            return False
        if playback["ended"]:
            return True
        # cut off, but only after the word following the message had begun
        return any(mark >= end_offset for mark in playback["marks"])

    def started(self, index: int) -> float | None:
        playback = self.playback.get(index)
        return None if playback is None else float(playback["t"])


def _flow_of(heard: dict[str, Any], t: float) -> str:
    for name, span in heard["flows"].items():
        if span["began"] <= t <= span["ended"]:
            return str(name)
    return "?"


def _messages(heard: dict[str, Any]) -> list[dict[str, Any]]:
    """What the app said to a reader: a description change of the control with the focus,
    and every announcement event (Orca 43 ignores those: they must not be needed)."""
    messages = []
    focus = ""
    for event in heard["sent"]:
        if event["kind"] == "focus":
            focus = event["name"]
        elif event["kind"] == "announcement" or (
            event["kind"] == "description" and event["name"] == focus and event["text"].strip()
        ):
            messages.append(event)
    return messages


def _report(heard: dict[str, Any], speech: Speech) -> str:
    lines = []
    for index, item in enumerate(speech.spoken[-80:], start=len(speech.spoken) - 80):
        playback = speech.playback.get(index)
        state = (
            "not played"
            if playback is None
            else ("in full" if playback["ended"] else f"cut after {playback['marks'][-1:]}")
        )
        lines.append(f"{item['t'] % 1000:8.2f} {state:>14}  {item['text'][:90]!r}")
    return "\n".join(lines)


def test_the_run_went_through_every_flow(heard: dict[str, Any]) -> None:
    assert not heard["errors"], "\n".join([*heard["errors"], heard["log"][-2000:]])
    assert heard["orca_version"].startswith(("43", "44", "45", "46", "47", "48")), heard
    assert set(heard["flows"]) == set(EXPECTED)


def test_every_message_the_app_sent_was_heard_in_full(heard: dict[str, Any]) -> None:
    speech = Speech(heard["spoken"], heard["speechd"])
    problems = []
    for message in _messages(heard):
        found = speech.find(message["text"], message["t"])
        if not any(speech.heard_in_full(index, end) for index, end in found):
            flow = _flow_of(heard, message["t"])
            why = "never spoken" if not found else "cut off"
            problems.append(f"{flow}: {message['kind']} {message['text'][:80]!r} {why}")
    assert not problems, "\n".join([*problems, _report(heard, speech)])


@pytest.mark.parametrize("flow", list(EXPECTED))
def test_what_a_patient_must_hear_is_heard_in_full(heard: dict[str, Any], flow: str) -> None:
    speech = Speech(heard["spoken"], heard["speechd"])
    span = heard["flows"].get(flow)
    assert span is not None, heard["errors"]
    missing = []
    for text in EXPECTED[flow]:
        found = speech.find(text, span["began"], span["ended"])
        if not any(speech.heard_in_full(index, end) for index, end in found):
            missing.append(f"{text!r}: {'cut off' if found else 'never spoken'}")
    assert not missing, "\n".join([*missing, _report(heard, speech)])


def test_each_tense_cue_is_heard_within_half_a_second_of_its_phase(
    heard: dict[str, Any],
) -> None:
    speech = Speech(heard["spoken"], heard["speechd"])
    tense = [m for m in _messages(heard) if m["text"].startswith("Tense.")]
    assert len(tense) >= 2, "the routine ran into at least its second tense phase"
    late = []
    for message in tense:
        found = speech.find(message["text"], message["t"])
        starts = [speech.started(index) for index, _end in found]
        first = min((s for s in starts if s is not None), default=None)
        if first is None or first - message["t"] > TENSE_CUE_LATE_S:
            late.append(f"{message['text']!r}: heard {first and first - message['t']} s late")
    assert not late, "\n".join([*late, _report(heard, speech)])
