"""One window per project: `isnad gui PATH` for a project already open in another Isnad
process raises that window instead of opening the project twice.

The channel is a QLocalServer (a Unix socket, a named pipe on Windows) named after the
user and the file's identity (device and inode), so a symlink, a hard link or another
spelling of the path finds the same window, and another user's Isnad is never asked.
"""
from __future__ import annotations

import getpass
import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

REQUEST, REPLY = b"raise\n", b"raised\n"
TIMEOUT_MS = 1500  # a window that does not answer in time is hung: open the project here


def channel_name(path: str | os.PathLike) -> str | None:
    """The channel of the project file at `path` (None when it cannot be read)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    user = str(os.getuid()) if hasattr(os, "getuid") else getpass.getuser()
    digest = hashlib.sha1(f"{user}:{st.st_dev}:{st.st_ino}".encode()).hexdigest()[:20]
    return f"isnad-{digest}"  # short: a Unix socket path holds about 100 bytes


def raise_running(path: str | os.PathLike) -> bool:
    """Ask the Isnad that has `path` open to raise its window; True when one did."""
    name = channel_name(path)
    if name is None:
        return False
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    socket.write(REQUEST)
    socket.waitForBytesWritten(TIMEOUT_MS)
    answered = socket.waitForReadyRead(TIMEOUT_MS) and bytes(socket.readAll().data()) == REPLY
    socket.disconnectFromServer()
    return answered


class Listener(QObject):
    """Answers the requests of later `isnad gui` runs for the project this process has open."""

    raiseRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._server: QLocalServer | None = None

    def listen(self, path: str | os.PathLike) -> bool:
        """Serve the channel of `path` (a project just opened), instead of the previous one."""
        self.close()
        name = channel_name(path)
        if name is None:
            return False
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.UserAccessOption)
        if not server.listen(name):
            # Left over by an Isnad that crashed (one alive would have answered raise_running).
            QLocalServer.removeServer(name)
            if not server.listen(name):
                return False
        server.newConnection.connect(self._accept)
        self._server = server
        return True

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None

    @property
    def name(self) -> str | None:
        return self._server.serverName() if self._server is not None else None

    def _accept(self) -> None:
        while self._server is not None and self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._answer(s))
            socket.disconnected.connect(socket.deleteLater)

    def _answer(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(REQUEST.strip()):
            self.raiseRequested.emit()
            socket.write(REPLY)
            socket.flush()


def same_file(a: str | os.PathLike, b: str | os.PathLike) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return Path(a).resolve() == Path(b).resolve()
