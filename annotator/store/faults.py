"""What the disk and SQLite said, as messages a user can act on.

A full disk, a read-only disk, a missing permission and a busy file each have their own
message: none of them is damage (nothing changed, `integrity_check` stays ok), and telling
the user to restore a backup would send them the wrong way. Only SQLite's "corrupt" and
"not a database" are damage.
"""
from __future__ import annotations

import os
import shutil
import sqlite3
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError

from ..errors import IsnadError, NotAProject, ProjectBusy
from ..messages import M
from .convert import BadValue

_FULL_BELOW = 256 * 1024  # bytes free under which an I/O error is taken for a full disk


def writable_place(path: Path) -> bool:
    """Can SQLite write the file and create its -wal and -shm beside it? (False on a
    read-only disk or folder, or without permission; root passes chmod.)"""
    return os.access(path, os.W_OK) and writable_folder(path)


def writable_folder(path: Path) -> bool:
    """Can SQLite create the -wal and -shm files a WAL project needs, even to be read?"""
    return os.access(path.resolve().parent, os.W_OK | os.X_OK)


def read_only_disk(path: Path) -> bool:
    """The file (or the folder of a file to be made) lies on a file system mounted read-only,
    not merely without permission."""
    try:
        return bool(os.statvfs(path if path.exists() else path.parent).f_flag & os.ST_RDONLY)
    except (AttributeError, OSError):  # Windows has no statvfs
        return False


def disk_nearly_full(path: Path) -> bool:
    try:
        return shutil.disk_usage(path.resolve().parent).free < _FULL_BELOW
    except OSError:
        return False


@contextmanager
def sql_errors(path: Path, opening: bool = False):
    """Database errors raised inside as IsnadErrors. `opening`: nothing is written yet."""
    try:
        yield
    except (IntegrityError, sqlite3.IntegrityError) as e:
        raise IsnadError.of(M.PROJECT_REFUSED, detail=_detail(e)) from e
    except (OperationalError, DatabaseError, sqlite3.DatabaseError) as e:
        raise classify(path, e, opening) from e
    except BadValue as e:
        raise IsnadError.of(M.PROJECT_VALUE_DAMAGED, name=path.name, table=e.table, column=e.column,
                            detail=e.detail) from None


def classify(path: Path, e: Exception, opening: bool = False) -> IsnadError:
    """One SQLite error as the message that says what happened to `path`."""
    name, detail = path.name, _detail(e)
    code = getattr(getattr(e, "orig", e), "sqlite_errorname", "") or ""
    if code.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in detail:
        return ProjectBusy.of(M.PROJECT_BUSY)
    if code == "SQLITE_FULL" or "disk is full" in detail:
        return IsnadError.of(M.DISK_FULL_OPENING if opening else M.DISK_FULL, name=name)
    if code.startswith("SQLITE_READONLY") or code in ("SQLITE_PERM", "SQLITE_AUTH") or code == "SQLITE_CANTOPEN":
        return _refused_access(path, e)
    if code.startswith("SQLITE_IOERR"):
        if disk_nearly_full(path):
            return IsnadError.of(M.DISK_FULL_OPENING if opening else M.DISK_FULL, name=name)
        return IsnadError.of(M.PROJECT_IO_ERROR, name=name, detail=detail)
    if code == "SQLITE_NOTADB" or "not a database" in detail:
        return NotAProject.of(M.NOT_A_PROJECT_BECAUSE, name=name, detail=detail)
    return IsnadError.of(M.PROJECT_DAMAGED, name=name, detail=detail)


def _refused_access(path: Path, e: Exception) -> IsnadError:
    name = path.name
    if path.exists() and not os.access(path, os.R_OK):
        return IsnadError.of(M.PROJECT_NO_READ_PERMISSION, name=name)
    if read_only_disk(path):
        return IsnadError.of(M.PROJECT_ON_READ_ONLY_DISK, str(path), name=name)
    if not writable_place(path):
        return IsnadError.of(M.PROJECT_NO_WRITE_PERMISSION, str(path), name=name)
    if disk_nearly_full(path):
        return IsnadError.of(M.DISK_FULL, name=name)
    if "readonly" in _detail(e):
        return IsnadError.of(M.PROJECT_NOT_WRITABLE, str(path), name=name)
    return IsnadError.of(M.PROJECT_IO_ERROR, name=name, detail=_detail(e))


def _detail(e: Exception) -> str:
    return str(getattr(e, "orig", e))
