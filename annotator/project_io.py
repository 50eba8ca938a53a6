"""The one door to a project: the command line, the window and the formats open, create and
recognise projects here, never through the store (tests/test_layering.py holds ui/ and
exports/ to it).

A location is a path today. A server address (`postgresql://...`, `https://...`) is refused
with a clear message until a server engine exists; it will be opened here, and every caller
gets the same project API either way.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

from .errors import IsnadError
from .messages import M
from .model import Schema
from .store import Project, is_database as _is_database

__all__ = ["Project", "create_project", "is_database", "open_project"]

_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")


def open_project(location: str | os.PathLike, read_only: bool = False, exclusive: bool = False) -> Project:
    """An existing project. `exclusive` (the window) refuses a file another window holds."""
    return Project.open(_path(location), read_only=read_only, exclusive=exclusive)


def create_project(location: str | os.PathLike, schema: Schema | None = None) -> Project:
    """A new, empty project (the default schema unless one is given)."""
    return Project.create(_path(location), schema)


def is_database(path: str | os.PathLike) -> bool:
    """A database file (an Isnad project, or another SQLite file): never a file to overwrite."""
    return _is_database(Path(path))


def _path(location: str | os.PathLike) -> Path:
    if isinstance(location, str) and _URL.match(location):
        raise IsnadError.of(M.PROJECT_URL, location=location)
    return Path(location)
