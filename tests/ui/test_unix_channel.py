"""The single instance's Unix socket (Linux and macOS), made without QtNetwork."""

from __future__ import annotations

import socket
import stat
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Windows uses a named pipe")

from calmfloor.ui.shell.unix_channel import UnixServer, UnixSocket  # noqa: E402


@pytest.fixture
def server(tmp_path: Path) -> Iterator[UnixServer]:
    made = UnixServer()
    assert made.listen(str(tmp_path / "calmfloor-test"))
    yield made
    made.close()


def test_the_socket_is_for_this_user_only_and_goes_with_the_server(
    tmp_path: Path, server: UnixServer
) -> None:
    path = tmp_path / "calmfloor-test"
    assert stat.S_ISSOCK(path.lstat().st_mode)
    assert stat.S_IMODE(path.lstat().st_mode) == 0o600
    server.close()
    assert not path.exists()
    assert not server.isListening()


def test_what_a_crash_left_is_removed_but_never_a_folder(tmp_path: Path) -> None:
    left = tmp_path / "left"
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as dead:
        dead.bind(str(left))
    assert UnixServer.removeServer(str(left))
    assert not left.exists()
    (tmp_path / "folder").mkdir()
    assert not UnixServer.removeServer(str(tmp_path / "folder"))
    assert (tmp_path / "folder").is_dir()


def test_nobody_listening_means_not_connected_at_once(tmp_path: Path) -> None:
    client = UnixSocket()
    client.connectToServer(str(tmp_path / "nobody"))
    assert not client.waitForConnected(1000)
    assert client.state() == UnixSocket.LocalSocketState.UnconnectedState


def test_a_message_followed_at_once_by_a_hang_up_is_still_read(
    qtbot: QtBot, tmp_path: Path, server: UnixServer
) -> None:
    events: list[str] = []
    received = bytearray()

    def accepted() -> None:
        connection = server.nextPendingConnection()

        def read() -> None:
            received.extend(connection.readAll().data())
            events.append("read")

        connection.readyRead.connect(read)
        connection.disconnected.connect(lambda: events.append("gone"))

    server.newConnection.connect(accepted)
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.connect(str(tmp_path / "calmfloor-test"))
        client.sendall(b"hello")
    qtbot.waitUntil(lambda: "gone" in events, timeout=5000)
    assert bytes(received) == b"hello"
    assert events.index("read") < events.index("gone")


def test_a_client_sends_and_reads_the_reply_within_its_time(
    qtbot: QtBot, tmp_path: Path, server: UnixServer
) -> None:
    def accepted() -> None:
        connection = server.nextPendingConnection()
        connection.readyRead.connect(lambda: connection.write(connection.readAll().data().upper()))

    server.newConnection.connect(accepted)
    reply: list[bytes] = []

    def talk() -> None:
        client = UnixSocket()
        client.connectToServer(str(tmp_path / "calmfloor-test"))
        assert client.waitForConnected(1000)
        client.write(b"ok?")
        while client.bytesToWrite() and client.waitForBytesWritten(1000):
            pass
        if client.waitForReadyRead(2000):
            reply.append(client.readAll().data())
        client.abort()

    worker = threading.Thread(target=talk)
    worker.start()
    qtbot.waitUntil(lambda: not worker.is_alive(), timeout=5000)
    assert reply == [b"OK?"]
