"""The one door to a project: the command line, the window and the formats open, create and
recognise projects here, never through the store (tests/test_layering.py holds ui/ and
exports/ to it).

A location is a project file's path, or a PostgreSQL server address
(`postgresql://USER@HOST:PORT/DATABASE`): every caller gets the same project API either way.
The password of a server address comes from libpq's own sources (PGPASSWORD, ~/.pgpass,
or the address itself); Isnad never stores it.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

from .errors import IsnadError
from .messages import M
from .model import Schema
from .store import Project, is_database as _is_database

__all__ = ["Project", "create_project", "is_database", "is_server", "open_project", "server_address"]

_URL = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*)://")
SERVER_SCHEMES = ("postgresql", "postgres")


def open_project(location: str | os.PathLike, read_only: bool = False, exclusive: bool = False,
                 password: str | None = None, **file_options) -> Project:
    """An existing project. `exclusive` (the window) refuses a file another window holds.
    `password`: for a server address, one the user just typed (never stored).
    `file_options`: for a file, `Project.open`'s (`wait`)."""
    where = _location(location)
    if isinstance(where, str):
        return Project.open_server(where, read_only=read_only, password=password)
    return Project.open(where, read_only=read_only, exclusive=exclusive, **file_options)


def create_project(location: str | os.PathLike, schema: Schema | None = None,
                   password: str | None = None) -> Project:
    """A new, empty project (the default schema unless one is given): a new file, or the
    tables of a project in an empty database on a server."""
    where = _location(location)
    if isinstance(where, str):
        return Project.create_server(where, schema, password=password)
    return Project.create(where, schema)


def is_server(location: str | os.PathLike) -> bool:
    """A server address (of a scheme Isnad opens), not a file."""
    return isinstance(location, str) and isinstance(_location(location), str)


def server_address(location: str | os.PathLike) -> str:
    """`location` as a server address; a project file or path is refused (E571)."""
    if not is_server(location):
        raise IsnadError.of(M.SERVER_EXPECTED, location=str(location))
    return str(location)


def is_database(path: str | os.PathLike) -> bool:
    """A database file (an Isnad project, or another SQLite file): never a file to overwrite."""
    if isinstance(path, str) and _URL.match(path):
        return False
    return _is_database(Path(path))


def _location(location: str | os.PathLike) -> Path | str:
    if isinstance(location, str) and (m := _URL.match(location)):
        if m.group(1).lower() not in SERVER_SCHEMES:
            raise IsnadError.of(M.PROJECT_URL_SCHEME, location=location, scheme=m.group(1))
        return location
    return Path(location)
