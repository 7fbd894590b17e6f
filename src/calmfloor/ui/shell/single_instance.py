"""One calmfloor per user and data folder: a second launch hands its arguments to the first."""

from __future__ import annotations

import getpass
import json
import logging
import os
import socket as _socket
import struct
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCryptographicHash, QDir, QLockFile, QObject, QThread, Signal, Slot

if sys.platform == "win32":  # a named pipe, user-only
    from PySide6.QtNetwork import QLocalServer as LocalServer
    from PySide6.QtNetwork import QLocalSocket as LocalSocket
else:  # a Unix socket, without importing QtNetwork (see unix_channel)
    from calmfloor.ui.shell.unix_channel import UnixServer as LocalServer
    from calmfloor.ui.shell.unix_channel import UnixSocket as LocalSocket

from calmfloor.storage.runtime_dir import private_runtime_dir

_log = logging.getLogger(__name__)

SERVER_PREFIX = "calmfloor-"
HASH_HEX_CHARS = 32  # 128 bits of the key's SHA-256: no accidental clash between keys
SHORT_HASH_HEX_CHARS = 16  # when the private folder's path is long (a socket name is short)
HAND_OVER_TIMEOUT_MS = 2000
LOCK_WAIT_MS = 200  # rides over another launch's brief probe of the lock
PROBE_TIMEOUT_MS = 500  # is a server already answering on our name?
CONNECT_RETRY_MS = 50  # the lock holder may be a moment away from listening
POLL_MS = 5  # blocking socket waits are cut into slices this long (see _wait_for)
MAX_MESSAGE_BYTES = 64 * 1024
MAX_ARGS = 256
MAX_SOCKET_PATH_BYTES = 100  # sockaddr_un.sun_path is 104 (macOS) or 108 (Linux) bytes
REPLY_OK = b"ok"
_LENGTH = struct.Struct(">I")  # every message: 4-byte big-endian length, then the payload


def instance_key(app_id: str, data_dir: Path) -> str:
    """The identity of one running calmfloor: app id, user name and the resolved data folder.

    Two launches with the same key are "the same calmfloor"; another user, or another
    ``--data-dir``, runs side by side.

    Args:
        app_id: the application's reverse-DNS id.
        data_dir: the data folder this launch will use (``--data-dir`` or the default).

    Returns:
        A string to pass to ``SingleInstance``; it is hashed there, never shown.
    """
    folder = os.path.normcase(str(data_dir.expanduser().resolve()))
    return "\n".join((app_id, _user_name(), folder))


def _user_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError, ImportError):  # no login name: a uid still tells users apart
        return str(os.getuid()) if hasattr(os, "getuid") else ""


def _own_uid() -> int:
    return os.geteuid()


def peer_uid(descriptor: int) -> int | None:
    """The user id of the process at the other end of a Unix socket, or None if unknown.

    Linux (and other systems with ``SO_PEERCRED``) tell it for a connected socket; elsewhere
    None is returned and only the private folder keeps other users out.
    """
    option = getattr(_socket, "SO_PEERCRED", None)
    if option is None or descriptor < 0:
        return None
    try:
        with _socket.socket(fileno=os.dup(descriptor)) as peer:  # our own copy to close
            creds = peer.getsockopt(_socket.SOL_SOCKET, option, struct.calcsize("3i"))
    except OSError:
        return None
    _pid, uid, _gid = struct.unpack("3i", creds)
    return int(uid)


def same_user(socket: LocalSocket) -> bool:
    """False when the other end of ``socket`` is known to be another user."""
    if sys.platform == "win32":
        return True  # the pipe's user-only access list is enforced by Windows itself
    uid = peer_uid(int(socket.socketDescriptor()))
    return uid is None or uid == _own_uid()


def frame(payload: bytes) -> bytes:
    """``payload`` with its length in front, as sent in both directions."""
    return _LENGTH.pack(len(payload)) + payload


def take_frame(buffer: bytearray) -> bytes | None:
    """Remove and return the first complete message in ``buffer``, or None if it is not all here.

    Raises:
        ValueError: the announced length is larger than ``MAX_MESSAGE_BYTES``.
    """
    if len(buffer) < _LENGTH.size:
        return None
    (length,) = _LENGTH.unpack_from(buffer)
    if length > MAX_MESSAGE_BYTES:
        raise ValueError(f"message of {length} bytes is too long")
    end = _LENGTH.size + length
    if len(buffer) < end:
        return None
    payload = bytes(buffer[_LENGTH.size : end])
    del buffer[:end]
    return payload


def decode_argv(payload: bytes) -> list[str] | None:
    """The argument list in a ``{"argv": [...]}`` message, or None if it is not one."""
    try:
        message = json.loads(payload.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    argv = message.get("argv") if isinstance(message, dict) else None
    if not isinstance(argv, list) or len(argv) > MAX_ARGS:
        return None
    if not all(isinstance(arg, str) for arg in argv):
        return None
    return list(argv)


class SingleInstance(QObject):
    """Make sure only one calmfloor runs per key; later launches pass their arguments to it.

    The primary holds a ``QLockFile`` for its whole life and listens on a local server (a
    Unix socket made by :mod:`~calmfloor.ui.shell.unix_channel`, or QtNetwork's named pipe
    on Windows) whose name is a hash of the key. Both live
    in :func:`~calmfloor.storage.runtime_dir.private_runtime_dir`, a ``0700`` folder of
    this user that nobody else can prepare; without one, calmfloor runs without a single
    instance rather than in a shared folder. Only the same user may connect: the socket is
    user-only, and on Linux each side checks the other's user id (``SO_PEERCRED``), so a
    second launch never hands its command line to another user's process. A second launch
    connects, sends ``{"argv": [...]}`` with a length
    prefix and waits, at most ``timeout_ms``, for the reply ``ok``.

    Use it as: ``listen()``; if that is False, ``hand_over(argv)``; if that is True, exit 0;
    if both are False, a live calmfloor holds the lock but does not answer (frozen): say so
    and exit 1 rather than show a second window on the same data.

    A crash leaves a lock with a dead process id and, on Unix, a socket file with nobody
    behind it; ``listen()`` recovers both. A message that arrives after the sender gave up
    waiting (the primary was busy) is still acted on.

    Signals:
        activated(list): a later launch's arguments (``list[str]``, program name not
            included) arrived; raise the window and act on ``--start``.
    """

    activated = Signal(list)

    def __init__(self, key: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Qt's SHA-256, not hashlib's: hashlib loads OpenSSL, 3.5 MiB resident at every start
        sha256 = QCryptographicHash.Algorithm.Sha256
        digest = QCryptographicHash.hash(key.encode("utf-8"), sha256).toHex().toStdString()
        name = SERVER_PREFIX + digest[:HASH_HEX_CHARS]
        # never a folder other users can enter or prepare; short enough for a socket name
        room = MAX_SOCKET_PATH_BYTES - len(SERVER_PREFIX) - SHORT_HASH_HEX_CHARS - 1
        private = private_runtime_dir(max_bytes=room)
        folder = str(private) if private is not None else QDir.tempPath()
        self._disabled = private is None
        if sys.platform == "win32":
            self._server_name = name  # a pipe name: \\.\pipe\calmfloor-...
        else:
            path = os.path.join(folder, name)
            if len(os.fsencode(path)) > MAX_SOCKET_PATH_BYTES:
                name = SERVER_PREFIX + digest[:SHORT_HASH_HEX_CHARS]
                path = os.path.join(folder, name)
            if len(os.fsencode(path)) > MAX_SOCKET_PATH_BYTES:
                self._disabled = True
            self._server_name = path
        if self._disabled:
            _log.warning("single instance: no private folder for the lock and socket; not used")
        self._lock_path = Path(folder) / f"{name}.lock"
        self._lock = QLockFile(str(self._lock_path))
        self._lock.setStaleLockTime(0)  # held for the app's life: stale only if its owner died
        self._server = LocalServer(self)
        if sys.platform == "win32":
            self._server.setSocketOptions(LocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_new_connection)
        self._buffers: dict[LocalSocket, bytearray] = {}

    @property
    def server_name(self) -> str:
        """The local server's name (a socket path on Unix, a pipe name on Windows)."""
        return self._server_name

    @property
    def lock_path(self) -> Path:
        """The lock file the primary holds while it runs."""
        return self._lock_path

    @property
    def is_primary(self) -> bool:
        """True while this object listens for later launches."""
        return self._server.isListening()

    def listen(self) -> bool:
        """Become the primary, recovering a lock or socket left behind by a crash.

        Returns:
            True when this process is now the one calmfloor for the key; False when another
            live process already is (then try ``hand_over``).
        """
        if self._server.isListening() or self._disabled:
            return True  # without a private folder: run, but never in a shared one
        if not self._lock.tryLock(LOCK_WAIT_MS):
            if self._lock.error() == QLockFile.LockError.LockFailedError:
                return False  # held by a running process (a dead owner's lock is taken over)
            # the folder is not writable: go on without the lock; the probe below still guards
            _log.info("single instance: cannot create %s (%s)", self._lock_path, self._lock.error())
        # Even with the lock, someone may answer (e.g. a temp cleaner deleted the lock file);
        # listening with user-only access would silently replace their socket, so ask first.
        if self._server_answers():
            self._release_lock()
            return False
        LocalServer.removeServer(self._server_name)  # a socket file left by a crash
        if not self._server.listen(self._server_name):
            _log.warning("single instance: cannot listen: %s", self._server.errorString())
            self._release_lock()
            return False
        return True

    def hand_over(self, argv: Sequence[str], timeout_ms: int = HAND_OVER_TIMEOUT_MS) -> bool:
        """Send ``argv`` to the running calmfloor and wait for it to confirm.

        Never blocks longer than ``timeout_ms`` (plus a few milliseconds).

        Args:
            argv: this launch's arguments, without the program name.
            timeout_ms: how long to wait for the primary in total.

        Returns:
            True when the primary took the arguments (this process should exit 0); False
            when nobody runs, or the one running did not answer in time.
        """
        if self._disabled:
            return False
        deadline = time.monotonic() + max(0, timeout_ms) / 1000
        message = frame(json.dumps({"argv": [str(arg) for arg in argv]}).encode("utf-8"))
        socket = LocalSocket()
        try:
            if not self._connect(socket, deadline):
                return False
            if not same_user(socket):  # our command line goes to nobody else
                _log.warning("single instance: the server belongs to another user; not used")
                return False
            socket.write(message)
            while socket.bytesToWrite() > 0:
                if not _wait_for(socket, socket.waitForBytesWritten, deadline):
                    return False
            return _read_reply(socket, deadline) == REPLY_OK
        finally:
            socket.abort()

    def close(self) -> None:
        """Stop listening, drop every connection and release the lock. Safe to call twice."""
        for socket in list(self._buffers):
            socket.abort()
            self._drop(socket)
        self._server.close()  # removes the socket file on Unix
        self._release_lock()

    # ----- primary side -------------------------------------------------------------------

    @Slot()
    def _on_new_connection(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            if not same_user(socket):
                _log.warning("single instance: refused a connection from another user")
                socket.abort()
                socket.deleteLater()
                continue
            self._buffers[socket] = bytearray()
            socket.readyRead.connect(lambda s=socket: self._on_ready_read(s))
            socket.disconnected.connect(lambda s=socket: self._drop(s))
            if socket.bytesAvailable() > 0:
                self._on_ready_read(socket)
            elif socket.state() != LocalSocket.LocalSocketState.ConnectedState:
                self._drop(socket)  # a probe that already hung up

    def _on_ready_read(self, socket: LocalSocket) -> None:
        buffer = self._buffers.get(socket)
        if buffer is None:
            return
        buffer += socket.readAll().data()
        try:
            payload = take_frame(buffer)
        except ValueError:
            _log.info("single instance: refused an oversized message")
            socket.abort()
            return
        if payload is None:
            return
        argv = decode_argv(payload)
        if argv is None:
            _log.info("single instance: refused a malformed message")
            socket.abort()
            return
        socket.write(frame(REPLY_OK))
        socket.flush()  # the other launch can exit before our slots run
        self.activated.emit(argv)

    def _drop(self, socket: LocalSocket) -> None:
        if self._buffers.pop(socket, None) is not None:
            socket.abort()  # closes the connection now, not when Python lets go of it
            socket.deleteLater()

    # ----- helpers ------------------------------------------------------------------------

    def _release_lock(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()

    def _server_answers(self) -> bool:
        socket = LocalSocket()
        try:
            socket.connectToServer(self._server_name)
            deadline = time.monotonic() + PROBE_TIMEOUT_MS / 1000
            return _wait_for(socket, socket.waitForConnected, deadline)
        finally:
            socket.abort()

    def _lock_held_elsewhere(self) -> bool:
        """True when a running process holds the lock (so its server is about to answer)."""
        if self._lock.isLocked():
            return True
        probe = QLockFile(str(self._lock_path))
        probe.setStaleLockTime(0)
        if probe.tryLock(0):
            probe.unlock()
            return False
        return probe.error() == QLockFile.LockError.LockFailedError

    def _connect(self, socket: LocalSocket, deadline: float) -> bool:
        """Connect to the primary, retrying while its lock is held and time remains."""
        while True:
            socket.connectToServer(self._server_name)
            if _wait_for(socket, socket.waitForConnected, deadline):
                return True
            socket.abort()
            remaining = _remaining_ms(deadline)
            if remaining <= 0 or not self._lock_held_elsewhere():
                return False
            QThread.msleep(min(CONNECT_RETRY_MS, remaining))


def _remaining_ms(deadline: float) -> int:
    return max(0, int((deadline - time.monotonic()) * 1000))


def _wait_for(socket: LocalSocket, wait: Callable[[int], bool], deadline: float) -> bool:
    """Call one of ``socket``'s ``waitFor...`` methods until it succeeds or time runs out.

    PySide6 keeps the GIL during those calls, so one long wait would stall every other Python
    thread (a primary in the same process could not even answer). Polling with a zero
    timeout and sleeping in between (``QThread.msleep`` lets the GIL go) avoids that.
    """
    while socket.state() != LocalSocket.LocalSocketState.UnconnectedState:
        if wait(0):
            return True
        remaining = _remaining_ms(deadline)
        if remaining <= 0:
            return False
        QThread.msleep(min(POLL_MS, remaining))
    return False


def _read_reply(socket: LocalSocket, deadline: float) -> bytes | None:
    buffer = bytearray()
    while True:
        buffer += socket.readAll().data()
        try:
            reply = take_frame(buffer)
        except ValueError:
            return None
        if reply is not None:
            return reply
        if not _wait_for(socket, socket.waitForReadyRead, deadline):
            buffer += socket.readAll().data()  # the reply may have come with the hang-up
            try:
                return take_frame(buffer)
            except ValueError:
                return None
