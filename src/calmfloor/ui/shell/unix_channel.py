"""The single instance's channel on Linux and macOS: a Unix socket, without QtNetwork.

``QLocalServer`` and ``QLocalSocket`` are a Unix socket on these systems, but importing
QtNetwork for them cost every start 2.7 MiB of resident memory and about 4.5 ms. This is
the same socket made with the standard library and watched by ``QSocketNotifier``
(QtCore). :class:`UnixServer` and :class:`UnixSocket` offer the few calls of
``QLocalServer`` and ``QLocalSocket`` that :mod:`~calmfloor.ui.shell.single_instance`
makes, with the same meaning, so it reads the same on every system; Windows keeps
QtNetwork's named pipe.

A client (the second launch) uses only the ``waitFor...`` calls, which never block
longer than asked. A connection the server accepted is driven by the event loop: its
``readyRead`` and ``disconnected`` signals come from a notifier on its descriptor.
"""

from __future__ import annotations

import contextlib
import os
import select
import socket as _socket
import stat
from enum import Enum

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal, Slot

BACKLOG = 8
_CHUNK = 64 * 1024


class _Bytes(bytes):
    """What ``readAll()`` returns: bytes that also answer ``data()``, as a ``QByteArray``."""

    def data(self) -> bytes:
        return bytes(self)


class UnixSocket(QObject):
    """One end of a connection: a client's, or one the server accepted (``QLocalSocket``)."""

    class LocalSocketState(Enum):
        UnconnectedState = 0
        ConnectedState = 3

    readyRead = Signal()
    disconnected = Signal()

    def __init__(self, connected: _socket.socket | None = None) -> None:
        super().__init__()
        self._sock: _socket.socket | None = None
        self._incoming = bytearray()
        self._outgoing = bytearray()
        self._notifier: QSocketNotifier | None = None
        if connected is not None:  # accepted by the server: the event loop reads it
            connected.setblocking(False)
            self._sock = connected
            self._notifier = QSocketNotifier(connected.fileno(), QSocketNotifier.Type.Read, self)
            self._notifier.activated.connect(self._on_readable)

    # ----- QLocalSocket's calls ---------------------------------------------------------

    def connectToServer(self, name: str) -> None:
        self.abort()
        sock = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
        sock.setblocking(False)
        try:
            sock.connect(name)
        except BlockingIOError:  # the server's queue is full: it may still take us
            pass
        except OSError:
            sock.close()
            return
        self._sock = sock

    def waitForConnected(self, msecs: int) -> bool:
        if self._sock is None:
            return False
        if _ready(self._sock, write=True, msecs=msecs):
            if self._sock.getsockopt(_socket.SOL_SOCKET, _socket.SO_ERROR) == 0:
                return True
            self.abort()
        return False

    def state(self) -> UnixSocket.LocalSocketState:
        if self._sock is None:
            return UnixSocket.LocalSocketState.UnconnectedState
        return UnixSocket.LocalSocketState.ConnectedState

    def socketDescriptor(self) -> int:
        return self._sock.fileno() if self._sock is not None else -1

    def write(self, data: bytes) -> int:
        if self._sock is None:
            return -1
        self._outgoing += data
        self._send()
        return len(data)

    def bytesToWrite(self) -> int:
        return len(self._outgoing)

    def waitForBytesWritten(self, msecs: int) -> bool:
        if self._sock is None or not self._outgoing:
            return False
        return _ready(self._sock, write=True, msecs=msecs) and self._send()

    def flush(self) -> bool:
        return self._send()

    def bytesAvailable(self) -> int:
        return len(self._incoming)

    def readAll(self) -> _Bytes:
        self._receive()
        data = _Bytes(self._incoming)
        self._incoming.clear()
        return data

    def waitForReadyRead(self, msecs: int) -> bool:
        if self._sock is None:
            return False
        if self._incoming:
            return True
        return _ready(self._sock, write=False, msecs=msecs) and self._receive()

    def abort(self) -> None:
        _release(self._notifier, self._sock)
        self._notifier, self._sock = None, None
        self._outgoing.clear()

    # ----- helpers ------------------------------------------------------------------------

    def _send(self) -> bool:
        """Send what the socket takes now; False if nothing could be sent."""
        if self._sock is None or not self._outgoing:
            return False
        try:
            sent = self._sock.send(self._outgoing)
        except BlockingIOError:
            return False
        except OSError:
            self._lost()
            return False
        del self._outgoing[:sent]
        return sent > 0

    def _receive(self) -> bool:
        """Read what has arrived; False when nothing did (a hang-up unconnects)."""
        if self._sock is None:
            return False
        got = False
        while True:
            try:
                chunk = self._sock.recv(_CHUNK)
            except BlockingIOError:
                return got
            except OSError:
                self._lost()
                return got
            if not chunk:  # the other end hung up
                self._lost()
                return got
            self._incoming += chunk
            got = True

    @Slot()
    def _on_readable(self) -> None:
        if self._receive():
            self.readyRead.emit()

    def _lost(self) -> None:
        """The other end hung up (or the socket failed): unconnect, keeping what was read.

        An accepted connection then says ``disconnected``, from the event loop, so that
        whatever arrived with the hang-up is read (``readyRead``) first, as with Qt.
        """
        accepted = self._notifier is not None
        self.abort()
        if accepted:
            QTimer.singleShot(0, self, self.disconnected.emit)


class UnixServer(QObject):
    """The primary's listening socket (``QLocalServer``), user-only (``0600``)."""

    newConnection = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sock: _socket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        self._pending: list[UnixSocket] = []
        self._error = ""
        self._path = ""

    @staticmethod
    def removeServer(name: str) -> bool:
        """Remove what a crash left at ``name`` (as Qt does; never a folder)."""
        with contextlib.suppress(OSError):
            if not stat.S_ISDIR(os.lstat(name).st_mode):
                os.unlink(name)
                return True
        return False

    def listen(self, name: str) -> bool:
        sock = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
        bound = False
        try:
            sock.bind(name)
            bound = True
            os.chmod(name, 0o600)  # only this user may connect (in a folder only it enters)
            sock.listen(BACKLOG)
        except OSError as exc:
            sock.close()
            self._error = exc.strerror or str(exc)
            if bound:
                self.removeServer(name)
            return False
        sock.setblocking(False)
        self._sock, self._path = sock, name
        self._notifier = QSocketNotifier(sock.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_incoming)
        return True

    def isListening(self) -> bool:
        return self._sock is not None

    def errorString(self) -> str:
        return self._error

    def hasPendingConnections(self) -> bool:
        return bool(self._pending)

    def nextPendingConnection(self) -> UnixSocket:
        return self._pending.pop(0)

    def close(self) -> None:
        for pending in self._pending:
            pending.abort()
        self._pending.clear()
        listening = self._sock is not None
        _release(self._notifier, self._sock)
        self._notifier, self._sock = None, None
        if listening:
            self.removeServer(self._path)

    @Slot()
    def _on_incoming(self) -> None:
        accepted = False
        while self._sock is not None:
            try:
                connection, _address = self._sock.accept()
            except (BlockingIOError, InterruptedError):
                break
            except OSError as exc:
                self._error = exc.strerror or str(exc)
                break
            self._pending.append(UnixSocket(connection))
            accepted = True
        if accepted:
            self.newConnection.emit()


def _release(notifier: QSocketNotifier | None, sock: _socket.socket | None) -> None:
    """Stop watching and close (either may be gone already)."""
    if notifier is not None:
        notifier.setEnabled(False)
        notifier.deleteLater()
    if sock is not None:
        sock.close()


def _ready(sock: _socket.socket, *, write: bool, msecs: int) -> bool:
    """Wait at most ``msecs`` for ``sock`` to be writable (or readable)."""
    timeout = max(0, msecs) / 1000
    try:
        if write:
            _r, ready, _x = select.select([], [sock], [], timeout)
        else:
            ready, _w, _x = select.select([sock], [], [], timeout)
    except (OSError, ValueError):  # closed meanwhile
        return False
    return bool(ready)
