"""A second launch hands its arguments to the running calmfloor; crash leftovers are recovered."""

from __future__ import annotations

import hashlib
import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSysInfo, QThread
from PySide6.QtNetwork import QLocalSocket
from pytestqt.qtbot import QtBot

from calmfloor.ui.shell.single_instance import (
    MAX_MESSAGE_BYTES,
    SingleInstance,
    decode_argv,
    frame,
    instance_key,
    take_frame,
)

SRC = Path(__file__).resolve().parents[2] / "src"
APP_ID = "org.calmfloor.Test"
START_ARGS = ["--start", "breathing", "--minutes", "5"]

# A second process: "crash" becomes the primary and dies without cleaning up; "launch" does
# what app.main does for a second launch (listen, else hand over) and exits with its status.
CHILD = """
import os, sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from calmfloor.ui.shell.single_instance import SingleInstance, instance_key
app = QCoreApplication([])
instance = SingleInstance(instance_key(sys.argv[1], Path(sys.argv[2])))
if sys.argv[3] == "crash":
    os._exit(0 if instance.listen() else 1)
if instance.listen():
    instance.close()
    sys.exit(3)
sys.exit(0 if instance.hand_over(sys.argv[4:], timeout_ms=5000) else 1)
"""


class Worker(QThread):
    """Runs a blocking job (a second launch) while the test's event loop serves the primary."""

    def __init__(self, job: Callable[[], object]) -> None:
        super().__init__()
        self._job = job
        self.result: object = None

    def run(self) -> None:
        self.result = self._job()


def launch_in_thread(qtbot: QtBot, key: str, argv: list[str], timeout_ms: int = 5000) -> Worker:
    """A second SingleInstance (made in its own thread) hands ``argv`` over."""

    def job() -> bool:
        second = SingleInstance(key)
        taken = second.hand_over(argv, timeout_ms)
        second.close()
        return taken

    worker = Worker(job)
    worker.start()
    return worker


def finish(qtbot: QtBot, worker: Worker) -> object:
    qtbot.waitUntil(worker.isFinished, timeout=10_000)
    worker.wait()
    return worker.result


def run_child(key_dir: Path, mode: str, *argv: str) -> subprocess.Popen[bytes]:
    env = dict(os.environ, PYTHONPATH=str(SRC), QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-c", CHILD, APP_ID, str(key_dir), mode, *argv]
    return subprocess.Popen(command, env=env)


@pytest.fixture
def make_instance(tmp_path: Path) -> Iterator[Callable[..., SingleInstance]]:
    made: list[SingleInstance] = []

    def make(name: str = "data") -> SingleInstance:
        instance = SingleInstance(instance_key(APP_ID, tmp_path / name))
        made.append(instance)
        return instance

    yield make
    for instance in made:
        instance.close()


def test_a_second_launch_hands_over_and_the_first_receives_its_arguments(
    qtbot: QtBot, make_instance: Callable[..., SingleInstance], tmp_path: Path
) -> None:
    first = make_instance()
    assert first.listen()
    assert not make_instance().listen()  # the same data folder: already running

    with qtbot.waitSignal(first.activated, timeout=5000) as blocker:
        worker = launch_in_thread(qtbot, instance_key(APP_ID, tmp_path / "data"), START_ARGS)
    assert blocker.args == [START_ARGS]
    assert finish(qtbot, worker) is True


def test_another_process_hands_over_and_exits_zero(
    qtbot: QtBot, make_instance: Callable[..., SingleInstance], tmp_path: Path
) -> None:
    first = make_instance()
    assert first.listen()
    with qtbot.waitSignal(first.activated, timeout=15_000) as blocker:
        child = run_child(tmp_path / "data", "launch", *START_ARGS)
    assert blocker.args == [START_ARGS]
    assert child.wait(timeout=15) == 0


def test_the_same_folder_spelled_differently_is_the_same_instance(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    plain = instance_key(APP_ID, tmp_path / "data")
    assert instance_key(APP_ID, tmp_path / "data" / ".." / "data") == plain
    assert instance_key(APP_ID, tmp_path / "other") != plain
    assert instance_key("org.example.Other", tmp_path / "data") != plain


def test_the_name_is_the_keys_sha256_as_before(
    make_instance: Callable[..., SingleInstance], tmp_path: Path
) -> None:
    # an older calmfloor (hashlib's SHA-256) still running must be found by a newer one
    key = instance_key(APP_ID, tmp_path / "alice")
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()
    assert Path(make_instance("alice").server_name).name in (
        "calmfloor-" + digest[:32],
        "calmfloor-" + digest[:16],  # the short name, where the private folder's path is long
    )


def test_different_data_folders_run_side_by_side(
    qtbot: QtBot, make_instance: Callable[..., SingleInstance], tmp_path: Path
) -> None:
    alice, bob = make_instance("alice"), make_instance("bob")
    assert alice.listen()
    assert bob.listen()
    assert alice.server_name != bob.server_name
    assert alice.lock_path != bob.lock_path
    for_bob: list[list[str]] = []
    bob.activated.connect(for_bob.append)

    with qtbot.waitSignal(alice.activated, timeout=5000) as blocker:
        worker = launch_in_thread(qtbot, instance_key(APP_ID, tmp_path / "alice"), ["--x"])
    assert finish(qtbot, worker) is True
    assert blocker.args == [["--x"]]
    assert for_bob == []


def test_a_crashed_first_instance_does_not_block_the_next_start(
    qtbot: QtBot, make_instance: Callable[..., SingleInstance], tmp_path: Path
) -> None:
    crashed = run_child(tmp_path / "data", "crash")
    assert crashed.wait(timeout=15) == 0
    survivor = make_instance()
    assert survivor.lock_path.exists()  # the dead process's lock is still there
    if sys.platform != "win32":
        assert Path(survivor.server_name).exists()  # and so is its socket file

    assert survivor.listen()
    with qtbot.waitSignal(survivor.activated, timeout=5000):
        worker = launch_in_thread(qtbot, instance_key(APP_ID, tmp_path / "data"), START_ARGS)
    assert finish(qtbot, worker) is True


def test_a_lock_left_by_a_dead_process_is_taken_over(
    make_instance: Callable[..., SingleInstance], qtbot: QtBot
) -> None:
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    instance = make_instance()
    host = QSysInfo.machineHostName()
    instance.lock_path.write_text(f"{gone.pid}\npython\n{host}\n", encoding="utf-8")

    assert instance.listen()
    assert f"{os.getpid()}\n" in instance.lock_path.read_text(encoding="utf-8")


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes vanish with their process")
def test_a_socket_file_with_nobody_behind_it_is_replaced(
    qtbot: QtBot, make_instance: Callable[..., SingleInstance], tmp_path: Path
) -> None:
    instance = make_instance()
    leftover = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    leftover.bind(instance.server_name)
    leftover.close()  # the file stays, as after a crash

    assert instance.listen()
    with qtbot.waitSignal(instance.activated, timeout=5000):
        worker = launch_in_thread(qtbot, instance_key(APP_ID, tmp_path / "data"), [])
    assert finish(qtbot, worker) is True


def test_a_running_first_instance_whose_lock_file_was_deleted_still_wins(
    qtbot: QtBot, make_instance: Callable[..., SingleInstance], tmp_path: Path
) -> None:
    first = make_instance()
    assert first.listen()
    first.lock_path.unlink()  # as a temp-folder cleaner might, weeks into a kiosk's run

    assert not make_instance().listen()  # it asks the socket before taking the name over
    with qtbot.waitSignal(first.activated, timeout=5000):
        worker = launch_in_thread(qtbot, instance_key(APP_ID, tmp_path / "data"), START_ARGS)
    assert finish(qtbot, worker) is True


def test_with_nobody_running_hand_over_returns_at_once(
    make_instance: Callable[..., SingleInstance], qtbot: QtBot
) -> None:
    started = time.monotonic()
    assert not make_instance().hand_over(START_ARGS, timeout_ms=5000)
    assert time.monotonic() - started < 1.0


def test_a_frozen_first_instance_makes_the_second_give_up_in_time(
    make_instance: Callable[..., SingleInstance], qtbot: QtBot
) -> None:
    first = make_instance()
    assert first.listen()
    second = make_instance()
    # no event loop runs here, so the first cannot answer: as if it were frozen
    assert not second.listen()
    started = time.monotonic()
    assert not second.hand_over(START_ARGS, timeout_ms=300)
    assert time.monotonic() - started < 1.5


def send_raw(server_name: str, data: bytes) -> bytes:
    """What a misbehaving client gets back for ``data`` before the primary hangs up."""
    client = QLocalSocket()
    client.connectToServer(server_name)
    client.write(data)
    reply = b""
    deadline = time.monotonic() + 5
    # poll: PySide6 keeps the GIL in a blocking wait, and the primary here needs it to answer
    while client.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        if time.monotonic() > deadline:
            return b"<no hang-up>"
        client.waitForBytesWritten(0)
        client.waitForReadyRead(0)
        reply += client.readAll().data()
        QThread.msleep(5)
    reply += client.readAll().data()
    client.abort()
    return reply


@pytest.mark.parametrize(
    "data",
    [
        frame(b"not json"),
        frame(b'{"argv": "--start"}'),
        frame(b'{"argv": [1, 2]}'),
        frame(b"[]"),
        frame(b"\xff\xfe"),
        (MAX_MESSAGE_BYTES + 1).to_bytes(4, "big") + b"x",
    ],
    ids=["not-json", "argv-not-list", "not-strings", "not-object", "not-utf8", "too-long"],
)
def test_a_malformed_message_is_refused_and_changes_nothing(
    qtbot: QtBot, make_instance: Callable[..., SingleInstance], tmp_path: Path, data: bytes
) -> None:
    first = make_instance()
    assert first.listen()
    received: list[list[str]] = []
    first.activated.connect(received.append)

    worker = Worker(lambda: send_raw(first.server_name, data))
    worker.start()
    assert finish(qtbot, worker) == b""  # hung up without "ok"
    assert received == []

    with qtbot.waitSignal(first.activated, timeout=5000):  # still serves real launches
        worker = launch_in_thread(qtbot, instance_key(APP_ID, tmp_path / "data"), ["--ok"])
    assert finish(qtbot, worker) is True


def test_close_releases_the_lock_and_the_name(
    qtbot: QtBot, make_instance: Callable[..., SingleInstance]
) -> None:
    first = make_instance()
    assert first.listen()
    assert first.is_primary
    first.close()
    first.close()  # twice is harmless

    assert not first.is_primary
    assert not first.lock_path.exists()
    if sys.platform != "win32":
        assert not Path(first.server_name).exists()
    started = time.monotonic()
    assert not make_instance().hand_over(START_ARGS, timeout_ms=5000)
    assert time.monotonic() - started < 1.0
    again = make_instance()
    assert again.listen()  # the next start becomes the primary at once


def test_messages_are_framed_by_length() -> None:
    buffer = bytearray(frame(b"abc") + frame(b"de")[:3])
    assert take_frame(buffer) == b"abc"
    assert take_frame(buffer) is None  # the second is not all here yet
    buffer += frame(b"de")[3:]
    assert take_frame(buffer) == b"de"
    with pytest.raises(ValueError):
        take_frame(bytearray((MAX_MESSAGE_BYTES + 1).to_bytes(4, "big")))


def test_only_a_list_of_strings_is_an_argument_list() -> None:
    assert decode_argv(b'{"argv": ["--start", "breathing"]}') == ["--start", "breathing"]
    assert decode_argv(b'{"argv": []}') == []
    assert decode_argv(b'{"argv": ["x", null]}') is None
    assert decode_argv(b'{"args": []}') is None
    assert decode_argv(b'{"argv": [' + b'"x",' * 300 + b'"x"]}') is None
