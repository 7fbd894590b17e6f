"""Another user on the same computer can neither block calmfloor nor receive its command line.

The tests run as root here; "another user" is simulated with files chowned to uid 65534
(nobody) and with a server or client that pretends to be someone else.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import stat
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from calmfloor.storage import runtime_dir
from calmfloor.storage.runtime_dir import private_runtime_dir
from calmfloor.ui.shell import single_instance
from calmfloor.ui.shell.single_instance import SERVER_PREFIX, SingleInstance, frame, instance_key

pytestmark = pytest.mark.skipif(os.name != "posix", reason="Unix users and sockets")

APP_ID = "org.calmfloor.Test"
OTHER_UID = 65534


@pytest.fixture
def short_tmp() -> Iterator[Path]:
    """A folder with a short path: a Unix socket's path has at most 107 bytes."""
    folder = Path(tempfile.mkdtemp(prefix="cf", dir="/tmp"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def no_runtime_dir(short_tmp: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No XDG_RUNTIME_DIR; a shared temp folder and a cache folder of our own."""
    shared = short_tmp / "tmp"
    shared.mkdir()
    shared.chmod(0o1777)
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setattr(tempfile, "tempdir", str(shared))
    monkeypatch.setenv("XDG_CACHE_HOME", str(short_tmp / "cache"))
    return shared


@pytest.fixture
def make_instance(short_tmp: Path) -> Iterator[Callable[[], SingleInstance]]:
    made: list[SingleInstance] = []

    def make() -> SingleInstance:
        instance = SingleInstance(instance_key(APP_ID, short_tmp / "data"))
        made.append(instance)
        return instance

    yield make
    for instance in made:
        instance.close()


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def squat(path: Path, *, sock: bool = False) -> socket.socket | None:
    """What an attacker leaves: a file (or a listening socket) owned by another user."""
    server = None
    if sock:
        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        server.bind(str(path))
        server.listen(4)
    else:
        path.write_text("4242\nattacker\nhost\n")
    os.chown(path, OTHER_UID, OTHER_UID, follow_symlinks=False)
    path.chmod(0o777)
    return server


def test_without_a_runtime_dir_the_socket_and_lock_are_in_a_private_folder(
    no_runtime_dir: Path, make_instance: Callable[[], SingleInstance]
) -> None:
    first = make_instance()
    assert first.listen()
    folder = Path(first.server_name).parent
    assert folder == no_runtime_dir / f"calmfloor-{os.getuid()}"
    assert first.lock_path.parent == folder
    assert folder.lstat().st_uid == os.getuid() and mode(folder) == 0o700


def test_a_squatted_old_socket_and_lock_in_temp_change_nothing(
    qtbot: QtBot, no_runtime_dir: Path, make_instance: Callable[[], SingleInstance]
) -> None:
    """Squatting the names calmfloor once used in /tmp made it exit 0 or fail with 6."""
    probe = make_instance()
    name = Path(probe.server_name).name
    probe.close()
    server = squat(no_runtime_dir / name, sock=True)
    squat(no_runtime_dir / f"{name}.lock")
    assert server is not None
    try:
        server.settimeout(0.5)
        first = make_instance()
        assert first.listen()  # neither "already running" (exit 0) nor "not responding" (6)
        with pytest.raises(TimeoutError):
            server.accept()  # nothing of ours ever reached the attacker
    finally:
        server.close()


@pytest.mark.parametrize(
    "damage",
    ["owned by another user", "open to everyone", "a link to another folder", "a file"],
)
def test_a_folder_prepared_by_someone_else_is_refused(
    no_runtime_dir: Path, short_tmp: Path, damage: str
) -> None:
    place = no_runtime_dir / f"calmfloor-{os.getuid()}"
    if damage == "owned by another user":
        place.mkdir(mode=0o700)
        os.chown(place, OTHER_UID, OTHER_UID)
    elif damage == "open to everyone":
        place.mkdir()
        place.chmod(0o777)
    elif damage == "a link to another folder":
        target = short_tmp / "attacker"
        target.mkdir(mode=0o700)
        place.symlink_to(target)
    else:
        place.write_text("")
    chosen = private_runtime_dir()
    assert chosen is not None
    assert chosen != place and not str(chosen).startswith(str(place))
    assert chosen == short_tmp / "cache" / "calmfloor" / "run"
    assert chosen.lstat().st_uid == os.getuid() and mode(chosen) == 0o700


def test_a_runtime_dir_that_is_not_private_is_not_used(
    short_tmp: Path, no_runtime_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runtime = short_tmp / "run-user"
    runtime.mkdir()
    runtime.chmod(0o777)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    assert private_runtime_dir() == no_runtime_dir / f"calmfloor-{os.getuid()}"
    runtime.chmod(0o700)
    assert private_runtime_dir() == runtime / "calmfloor"
    assert mode(runtime / "calmfloor") == 0o700


def test_with_no_private_place_at_all_calmfloor_still_starts(
    no_runtime_dir: Path,
    make_instance: Callable[[], SingleInstance],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(runtime_dir, "private_runtime_dir", lambda **_: None)
    monkeypatch.setattr(single_instance, "private_runtime_dir", lambda **_: None)
    first = make_instance()
    assert first.listen()  # no single instance then, but never a shared folder
    assert not first.hand_over(["--start", "breathing"], timeout_ms=100)


def send_raw(path: str, argv: list[str]) -> bytes:
    """A client that skips every check, as an attacker's would."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.settimeout(3)
        client.connect(path)
        client.sendall(frame(b'{"argv": ' + str(argv).replace("'", '"').encode() + b"}"))
        try:
            return client.recv(64)
        except (TimeoutError, ConnectionResetError):
            return b""


def test_a_connection_from_another_user_is_refused(
    qtbot: QtBot,
    no_runtime_dir: Path,
    make_instance: Callable[[], SingleInstance],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = make_instance()
    assert first.listen()
    received: list[object] = []
    first.activated.connect(received.append)
    result: list[bytes] = []

    def connect() -> None:
        result.append(send_raw(first.server_name, ["--start", "breathing"]))

    # the same user: taken
    worker = threading.Thread(target=connect)
    worker.start()
    qtbot.waitUntil(lambda: bool(received), timeout=5000)
    worker.join()
    assert received == [["--start", "breathing"]]
    # SO_PEERCRED says the other end is not us: refused, never acted on
    monkeypatch.setattr(single_instance, "_own_uid", lambda: OTHER_UID)
    received.clear()
    worker = threading.Thread(target=connect)
    worker.start()
    qtbot.waitUntil(lambda: not worker.is_alive(), timeout=5000)
    qtbot.wait(50)
    assert received == []
    assert result[-1] == b""


def test_a_second_launch_never_hands_its_command_line_to_another_user(
    no_runtime_dir: Path,
    make_instance: Callable[[], SingleInstance],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    victim = make_instance()
    path = victim.server_name
    Path(path).parent.mkdir(mode=0o700, exist_ok=True)
    got: list[bytes] = []
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(path)
        server.listen(1)

        def serve() -> None:
            server.settimeout(5)
            try:
                conn, _ = server.accept()
            except TimeoutError:
                return
            with conn:
                conn.settimeout(1)
                try:
                    got.append(conn.recv(4096))
                except TimeoutError:
                    got.append(b"")
                with contextlib.suppress(OSError):  # the victim hung up at once: expected
                    conn.sendall(frame(b"ok"))

        worker = threading.Thread(target=serve)
        worker.start()
        monkeypatch.setattr(single_instance, "_own_uid", lambda: OTHER_UID)  # "not us"
        assert not victim.hand_over(["--start", "breathing", "--secret"], timeout_ms=2000)
        worker.join()
    assert got in ([], [b""])  # the command line never left this process


def test_the_server_name_prefix_is_unchanged() -> None:
    assert SERVER_PREFIX == "calmfloor-"
