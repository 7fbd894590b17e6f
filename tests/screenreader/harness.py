"""Listen to calmfloor with a real screen reader: Orca, speech-dispatcher, espeak-ng, no display.

Run by Debian's /usr/bin/python3 (pyatspi) inside ``dbus-run-session`` with DISPLAY set to a
private Xvfb, by tests/ui/test_screen_reader.py. It starts, in this private session:

- PulseAudio with a null sink (espeak-ng really plays, in real time, into nothing),
- speech-dispatcher with espeak-ng, log level 4 (each utterance's start, end or stop),
- openbox (without a window manager Orca gets no window activation and says nothing),
- Orca 43+ with a debug log (what it sent to speech, with times),
- calmfloor with ``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1``, driven only by key presses (xdotool).

It also listens on the AT-SPI bus, as Orca does, for what the app sent: every description
change, announcement event and focus change, with its time. It writes one JSON file with the
three records (sent, spoken, speech-dispatcher events) and leaves judging them to the test.
Each flow gets a fresh app and data folder. This is test code; it is not installed.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
import traceback
from datetime import datetime

import pyatspi
from gi.repository import GLib

APP_WAIT_S = 40.0
FOCUS_WAIT_S = 6.0
KEY_GAP_S = 0.25  # between key presses: Orca speaks each focus change, briefly
SETTLE_S = 1.5
EVENT_KINDS = (
    "object:property-change:accessible-description",
    "object:announcement",
    "object:state-changed:focused",
    "window:activate",
)

# Orca refuses to start while another Orca of the same user runs anywhere on the machine,
# and --replace kills it (pgrep -u uid): this run's Orca ignores the others instead.
ORCA_LAUNCH = (
    "import runpy, sys; "
    "sys.argv = ['orca', *sys.argv[1:]]; "
    "script = runpy.run_path('/usr/bin/orca', run_name='orca_launcher'); "
    "script['main'].__globals__['otherOrcas'] = lambda: []; "
    "sys.exit(script['main']())"
)
SPEECHD_CONF = """LogLevel 4
DefaultModule espeak-ng
AddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"
AudioOutputMethod "pulse"
DefaultLanguage "en"
Timeout 0
"""


class HarnessError(Exception):
    """A step of the run could not be done (the app, Orca or a control did not appear)."""


# ----- what the app sends, seen on the AT-SPI bus --------------------------------------------


class Observer:
    """Records the app's description changes, announcements and focus changes (wall time)."""

    def __init__(self) -> None:
        self.pid: int | None = None
        self.sent: list[dict] = []
        self.focus_name = ""
        self.focus_role = ""
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self) -> None:
        pyatspi.Registry.registerEventListener(self._on_event, *EVENT_KINDS)
        self._thread.start()

    def stop(self) -> None:
        if self._thread.is_alive():
            GLib.idle_add(pyatspi.Registry.stop)
            self._thread.join(timeout=5)

    def _run(self) -> None:
        pyatspi.Registry.start()

    def _on_event(self, event) -> None:
        try:
            source = event.source
            app = source.getApplication()
            if self.pid is None or app is None or app.get_process_id() != self.pid:
                return
            name = source.name or ""
            role = source.getRoleName()
            described = source.description or ""
        except Exception:
            return
        when = time.time()
        with self._lock:
            if event.type.startswith("object:state-changed:focused"):
                if event.detail1:
                    self.focus_name, self.focus_role = name, role
                    self.sent.append(
                        {"t": when, "kind": "focus", "name": name, "role": role, "text": described}
                    )
                return
            if event.type.startswith("window:activate"):
                return
            text = event.any_data if isinstance(event.any_data, str) else str(event.any_data)
            kind = "announcement" if "announcement" in event.type else "description"
            self.sent.append({"t": when, "kind": kind, "name": name, "role": role, "text": text})

    def focused(self) -> tuple[str, str]:
        with self._lock:
            return self.focus_name, self.focus_role

    def mark(self, label: str) -> None:
        with self._lock:
            self.sent.append(
                {"t": time.time(), "kind": "mark", "name": label, "role": "", "text": ""}
            )


# ----- the speaking stack ---------------------------------------------------------------------


class Stack:
    """PulseAudio, speech-dispatcher, openbox and Orca for one run; stopped in reverse."""

    def __init__(self, work: str) -> None:
        self.work = work
        self.logs = os.path.join(work, "logs")
        self.run_dir = os.path.join(work, "run")
        self.home = os.path.join(work, "home")
        for folder in (self.logs, self.home, os.path.join(work, "speechd", "modules")):
            os.makedirs(folder, exist_ok=True)
        os.makedirs(self.run_dir, mode=0o700, exist_ok=True)
        self.socket = os.path.join(self.run_dir, "speechd.sock")
        self.env = dict(os.environ)
        self.env.update(
            {
                "XDG_RUNTIME_DIR": self.run_dir,
                "HOME": self.home,
                "XDG_CONFIG_HOME": os.path.join(self.home, ".config"),
                "XDG_DATA_HOME": os.path.join(self.home, ".local", "share"),
                "SPEECHD_ADDRESS": f"unix_socket:{self.socket}",
                "PULSE_SERVER": f"unix:{os.path.join(self.run_dir, 'pulse', 'native')}",
                "NO_AT_BRIDGE": "0",
                "GTK_MODULES": "",
            }
        )
        self.processes: list[subprocess.Popen] = []

    def _spawn(self, name: str, command: list[str]) -> subprocess.Popen:
        log = open(os.path.join(self.logs, f"{name}.out"), "wb")  # noqa: SIM115
        process = subprocess.Popen(command, env=self.env, stdout=log, stderr=subprocess.STDOUT)
        self.processes.append(process)
        return process

    def start(self) -> None:
        self._spawn(
            "pulseaudio",
            [
                "pulseaudio",
                "-n",
                "--daemonize=no",
                "--exit-idle-time=-1",
                "--load=module-native-protocol-unix",
                "--load=module-null-sink sink_name=calmfloor_null",
                "--load=module-always-sink",
            ],
        )
        wait_until(
            lambda: (
                subprocess.run(["pactl", "info"], env=self.env, capture_output=True).returncode == 0
            ),
            15,
            "PulseAudio",
        )
        subprocess.run(["pactl", "set-default-sink", "calmfloor_null"], env=self.env, check=False)
        conf = os.path.join(self.work, "speechd")
        with open(os.path.join(conf, "speechd.conf"), "w", encoding="utf-8") as handle:
            handle.write(SPEECHD_CONF)
        shutil.copy("/etc/speech-dispatcher/modules/espeak-ng.conf", os.path.join(conf, "modules"))
        self._spawn(
            "speech-dispatcher",
            [
                "speech-dispatcher",
                "-s",
                "-t",
                "0",
                "-l",
                "4",
                "-L",
                self.logs,
                "-C",
                conf,
                "-c",
                "unix_socket",
                "-S",
                self.socket,
            ],
        )
        wait_until(lambda: os.path.exists(self.socket), 15, "speech-dispatcher")
        self._spawn("openbox", ["openbox", "--sm-disable"])
        time.sleep(0.5)
        self.orca_log = os.path.join(self.logs, "orca-debug.out")
        self._spawn("orca", [sys.executable, "-c", ORCA_LAUNCH, "--debug-file", self.orca_log])
        wait_until(
            lambda: os.path.exists(self.orca_log) and "SPEECH OUTPUT" in read(self.orca_log),
            90,  # a loaded machine: Orca takes its time to start
            "Orca to speak its welcome",
        )

    def stop(self) -> None:
        for process in reversed(self.processes):
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


def read(path: str) -> str:
    with open(path, encoding="utf-8", errors="replace") as handle:
        return handle.read()


def wait_until(check, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with contextlib.suppress(Exception):
            if check():
                return
        time.sleep(0.2)
    raise HarnessError(f"{what} did not come up within {seconds:g} s")


# ----- the app, driven by keys ----------------------------------------------------------------


class App:
    """One calmfloor process with its own data folder."""

    def __init__(self, options, stack: Stack, observer: Observer, label: str, faster: float = 0):
        data = os.path.join(options.work, "data", label)
        os.makedirs(data, exist_ok=True)
        env = dict(stack.env)
        env.update(
            {
                "PYTHONPATH": options.src,
                "QT_QPA_PLATFORM": "xcb",
                "QT_ACCESSIBILITY": "1",
                "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
                "LANGUAGE": "en",
                "LANG": "C.UTF-8",
                "LC_ALL": "C.UTF-8",
                "PYTHONDONTWRITEBYTECODE": "1",
            }
        )
        if faster:  # only the heat flow: a skin check every 2 minutes is due in seconds
            env["LD_PRELOAD"] = options.faketime
            env["FAKETIME"] = f"+0 x{faster:g}"
            env["FAKETIME_DONT_RESET"] = "1"
        command = [options.python, "-m", "calmfloor", "--data-dir", data]
        self.log = open(os.path.join(stack.logs, f"app-{label}.out"), "wb")  # noqa: SIM115
        self.process = subprocess.Popen(
            command, cwd=options.src, env=env, stdout=self.log, stderr=subprocess.STDOUT
        )
        observer.pid = self.process.pid
        self.observer = observer
        self.window = ""

    def wait(self) -> None:
        def found() -> bool:
            if self.process.poll() is not None:
                raise HarnessError(f"calmfloor exited with {self.process.returncode}")
            out = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--pid", str(self.process.pid)],
                capture_output=True,
                text=True,
                check=False,
            ).stdout.split()
            self.window = out[-1] if out else ""
            return bool(self.window)

        wait_until(found, APP_WAIT_S, "the calmfloor window")
        subprocess.run(["xdotool", "windowactivate", "--sync", self.window], check=False)
        wait_until(lambda: self.observer.focused()[0], APP_WAIT_S, "a focused control")
        time.sleep(SETTLE_S)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()


SPEECHD_LOG: list[str] = []  # the speech-dispatcher log of this run (set by main)


def wait_silence(max_s: float = 30.0, quiet_s: float = 0.6) -> None:
    """Wait until speech-dispatcher has played everything (a person listens to the end)."""
    deadline = time.monotonic() + max_s
    while time.monotonic() < deadline:
        events = speechd_events(SPEECHD_LOG[0]) if SPEECHD_LOG else []
        if (
            events
            and events[-1]["kind"] in ("end", "cancel")
            and (time.time() - events[-1]["t"] > quiet_s)
        ):
            return
        time.sleep(0.2)


def key(*names: str, gap_s: float = KEY_GAP_S) -> None:
    for name in names:
        subprocess.run(["xdotool", "key", "--clearmodifiers", name], check=False)
        time.sleep(gap_s)


def tab_to(observer: Observer, pattern: str, keys: str = "Tab", limit: int = 60) -> None:
    """Press ``keys`` until the focused control's name matches ``pattern`` (a regex)."""
    for _ in range(limit):
        name, _role = observer.focused()
        if re.search(pattern, name):
            return
        key(keys, gap_s=0.12)
        time.sleep(0.1)
    raise HarnessError(f"no control matching {pattern!r} came with {keys} ({limit} presses)")


def wait_focus(observer: Observer, pattern: str, seconds: float = FOCUS_WAIT_S) -> None:
    wait_until(lambda: re.search(pattern, observer.focused()[0]), seconds, f"focus on {pattern!r}")


# ----- the flows ------------------------------------------------------------------------------


def flow_breathing(observer: Observer, options) -> None:
    """Ctrl+1, Space to start, listen to a few phases, Esc to stop, Esc to skip the ratings."""
    key("ctrl+1")
    time.sleep(SETTLE_S)
    wait_silence()  # the page's name
    observer.mark("start")
    key("space")
    time.sleep(options.breathing_s)
    observer.mark("stop")
    key("Escape")
    time.sleep(1.0)
    wait_silence()  # the summary travels with the focused rating: let it be said
    key("Escape")
    time.sleep(3.0)


def flow_relax(observer: Observer, options) -> None:
    """Ctrl+2, confirm the caution, choose the quick routine, start, listen to two steps."""
    key("ctrl+2")
    time.sleep(SETTLE_S)
    wait_silence()  # the page's name
    tab_to(observer, r"^I understand the caution")
    wait_silence()  # the caution itself travels in the button's description
    key("space")
    time.sleep(SETTLE_S)
    tab_to(observer, r"^Routines")
    key("Home")
    tab_to(observer, r"\(quick\)", keys="Down", limit=8)
    time.sleep(SETTLE_S)
    tab_to(observer, r"^Start routine")
    wait_silence()  # the routine's caution and its first step, with the button
    observer.mark("start")
    key("space")
    time.sleep(options.relax_s)
    observer.mark("stop")
    key("Escape")
    time.sleep(1.0)
    wait_silence()
    key("Escape")
    time.sleep(3.0)


def flow_heat(observer: Observer, options) -> None:
    """Ctrl+3, read and confirm the checklist, Lower back, shortest skin check, start, answer."""
    key("ctrl+3")
    time.sleep(SETTLE_S)
    wait_silence()  # the page's name
    tab_to(observer, r"^I've read this")
    wait_silence()
    key("space")
    time.sleep(SETTLE_S)
    tab_to(observer, r"^Lower back")
    key("space")
    time.sleep(SETTLE_S)
    tab_to(observer, r"^Start the heat timer")
    wait_silence()
    observer.mark("start")
    key("space")
    # the first skin check comes after 5 minutes of app time: 15 s at 20 times the speed
    wait_focus(observer, r"[Ss]kin", seconds=options.heat_wait_s)
    time.sleep(1.0)
    wait_silence()
    observer.mark("skin check answered")
    key("space")
    time.sleep(SETTLE_S * 2)
    tab_to(observer, r"^(I've removed the pack|Take the pack off)")
    key("space")
    time.sleep(1.0)
    wait_silence()  # the summary, with the focused button


def flow_history(observer: Observer, options) -> None:
    """Ctrl+4 (the page is named), Tab to the summary and the practice chart; each is read."""
    observer.mark("start")
    key("ctrl+4")
    time.sleep(1.0)
    wait_silence()
    tab_to(observer, r"^Summary")
    time.sleep(1.0)
    wait_silence()
    tab_to(observer, r"^Practice chart", limit=10)
    time.sleep(1.0)
    wait_silence()
    observer.mark("stop")


FLOWS = {
    "breathing": (flow_breathing, 0.0),
    "relax": (flow_relax, 0.0),
    "heat": (flow_heat, 20.0),
    "history": (flow_history, 0.0),
}


SPEECHD_LINE = re.compile(r"^\[\w+ (\w+ +\d+ [\d:]+ \d+) : (\d+)\] speechd: +(.*)$")
MARK = re.compile(r"reporting index mark \|(\d+):(\d+)\|")


def speechd_events(path: str) -> list[dict]:
    """Each utterance's start, word marks, end or cancellation, from speech-dispatcher's
    level-4 log (wall time). Orca puts a mark before every word ("start:end" offsets in
    the utterance), and speech-dispatcher logs each mark when playback reaches it."""
    events: list[dict] = []
    if not os.path.exists(path):
        return events
    for line in read(path).splitlines():
        match = SPEECHD_LINE.match(line)
        if not match:
            continue
        stamp, micros, text = match.groups()
        when = datetime.strptime(stamp, "%b %d %H:%M:%S %Y").timestamp() + int(micros) / 1e6
        mark = MARK.search(text)
        if text.startswith("Module speak!"):
            events.append({"t": when, "kind": "start"})
        elif mark:
            events.append({"t": when, "kind": "mark", "at": int(mark.group(1))})
        elif "playback thread reporting end" in text:
            events.append({"t": when, "kind": "end"})
        elif text.startswith("Cancel received"):
            events.append({"t": when, "kind": "cancel"})
    return events


def orca_speech(path: str, day: str) -> list[dict]:
    """What Orca sent to speech ("SPEECH OUTPUT: '...'", also over several lines), with
    its wall time."""
    out: list[dict] = []
    head = re.compile(r"^(\d\d:\d\d:\d\d\.\d+) - SPEECH OUTPUT: '(.*)$")
    tail = re.compile(r"^(.*)'(\{.*\})?\s*$")
    current: dict | None = None
    lines = read(path).splitlines() if os.path.exists(path) else []
    for line in lines:
        if current is not None:
            if line.startswith(" " * 18):
                current["parts"].append(line[18:])
                continue
            out.append(current)
            current = None
        match = head.match(line)
        if match:
            when = datetime.strptime(f"{day} {match.group(1)}", "%Y-%m-%d %H:%M:%S.%f")
            current = {"t": when.timestamp(), "parts": [match.group(2)]}
    if current is not None:
        out.append(current)
    spoken = []
    for item in out:
        text = "\n".join(item["parts"])
        # the debug line ends with the voice: 'text'{'established': False}
        match = re.match(r"^(.*)'(\{.*\})?\s*$", text, re.DOTALL)
        spoken.append({"t": item["t"], "text": match.group(1) if match else text})
    del tail
    return spoken


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", required=True)
    parser.add_argument("--src", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--faketime", default="")
    parser.add_argument("--breathing-s", type=float, default=14.0)
    parser.add_argument("--relax-s", type=float, default=50.0)
    parser.add_argument("--heat-wait-s", type=float, default=30.0)
    parser.add_argument("--read-s", type=float, default=6.0)
    parser.add_argument("flows", nargs="*", default=list(FLOWS))
    options = parser.parse_args()
    signal.signal(signal.SIGTERM, lambda _signum, _frame: sys.exit(1))
    out: dict = {"flows": {}, "errors": [], "orca_version": ""}
    with contextlib.suppress(Exception):
        out["orca_version"] = subprocess.run(
            ["orca", "--version"], capture_output=True, text=True, check=False
        ).stdout.strip()
    stack = Stack(options.work)
    SPEECHD_LOG.append(os.path.join(stack.logs, "speech-dispatcher.log"))
    observer = Observer()
    day = datetime.now().strftime("%Y-%m-%d")
    try:
        stack.start()
        observer.start()
        for name in options.flows:
            flow, faster = FLOWS[name]
            if faster and not options.faketime:
                out["errors"].append(f"{name}: libfaketime is missing")
                continue
            began = time.time()
            app = App(options, stack, observer, name, faster)
            try:
                app.wait()
                flow(observer, options)
            except Exception as problem:
                out["errors"].append(f"{name}: {problem}\n{traceback.format_exc()}")
            finally:
                app.stop()
                observer.pid = None
            out["flows"][name] = {"began": began, "ended": time.time()}
            time.sleep(1.0)
    except Exception as problem:
        out["errors"].append(f"setup: {problem}\n{traceback.format_exc()}")
    finally:
        observer.stop()
        stack.stop()
        out["sent"] = observer.sent
        out["spoken"] = orca_speech(os.path.join(stack.logs, "orca-debug.out"), day)
        out["speechd"] = speechd_events(os.path.join(stack.logs, "speech-dispatcher.log"))
        out["logs"] = stack.logs
        with open(options.out, "w", encoding="utf-8") as handle:
            json.dump(out, handle, indent=1, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
