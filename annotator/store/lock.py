"""An advisory lock so one project file is edited by one window at a time.

The lock belongs to the file itself, not to the path it was opened by: a symlink or a
hard link to an open project names the same file, and must not open a second writer (two
writers behind one lock-per-path once ended in "database disk image is malformed").

On Linux the database file itself is flock()ed: flock locks are the inode's, and
independent of the POSIX locks SQLite takes on the same file. Its descriptor is only
unlocked on release, and closed when the store has no connection left to the file
(`opened`, `closed`): closing any descriptor of a file drops every POSIX lock the process
holds on it, SQLite's included. Elsewhere (macOS, where flock and POSIX locks may interact;
Windows) a `.lock` file beside the file's real path is locked, which follows symlinks. The
OS drops the lock when the process dies, so a crash never leaves a stale lock.
"""
from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None
    import msvcrt

_ON_INODE = fcntl is not None and sys.platform.startswith("linux")
_guard = threading.Lock()
_held: set[tuple[int, int]] = set()  # files this process holds (flock would let it lock twice)
_fds: dict[tuple[int, int], int] = {}  # one descriptor per locked file (see above)
_users: dict[tuple[int, int], int] = {}  # open projects of this process per file


def opened(path: Path) -> tuple[int, int]:
    """The store opens connections to `path`: the file's identity, for `closed`."""
    st = os.stat(path)
    key = (st.st_dev, st.st_ino)
    with _guard:
        _users[key] = _users.get(key, 0) + 1
    return key


def closed(key: tuple[int, int]) -> None:
    """The store closed its connections to the file: its lock descriptor may go too."""
    with _guard:
        _users[key] -= 1
        if not _users[key]:
            del _users[key]
            if key not in _held and key in _fds:
                os.close(_fds.pop(key))


class ProjectFileLock:
    def __init__(self, project_path: Path):
        self.project_path = Path(project_path)
        self._key: tuple[int, int] | None = None
        self._fd: int | None = None  # the .lock file's (not on Linux)

    def acquire(self) -> bool:
        with _guard:
            st = os.stat(self.project_path)  # follows symlinks: the file itself
            key = (st.st_dev, st.st_ino)
            if key in _held:
                return False
            if not (self._lock_inode(key) if _ON_INODE else self._lock_file()):
                return False
            _held.add(key)
            self._key = key
            return True

    def _lock_inode(self, key: tuple[int, int]) -> bool:
        fd = _fds.get(key)
        if fd is None:
            fd = os.open(self.project_path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
            st = os.fstat(fd)
            if (st.st_dev, st.st_ino) != key:  # replaced in between: try again later
                os.close(fd)
                return False
            _fds[key] = fd
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _lock_file(self) -> bool:
        real = self.project_path.resolve()
        fd = os.open(real.with_name(real.name + ".lock"), os.O_RDWR | os.O_CREAT, 0o644)
        try:
            if fcntl:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            else:
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            os.close(fd)
            return False
        self._fd = fd
        return True

    def release(self) -> None:
        with _guard:
            if self._key is None:
                return
            if self._fd is not None:
                os.close(self._fd)  # closing drops the lock
                self._fd = None
            else:
                fcntl.flock(_fds[self._key], fcntl.LOCK_UN)
            _held.discard(self._key)
            self._key = None
