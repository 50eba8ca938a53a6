"""Checks a file passes on open, before anything else reads it: is it a project as Isnad
writes it? A crafted or damaged file is told as such (a two-part message, exit 2), never a
traceback or a hang.

Queries stay bounded because the file's own code is refused: Isnad never makes a view
(a recursive one hangs every query that touches it) nor triggers other than its own, and a
virtual table could run any module. What is left (CHECKs, generated columns, indexes)
cannot hold a subquery, so reading a table costs what its rows cost.
"""
from __future__ import annotations

from pathlib import Path, PurePosixPath

from ..errors import IsnadError, NotAProject
from ..messages import M
from ..model import Schema
from ..schema import schema_from_dict
from . import ddl
from .convert import BadValue, load_value
from .db import SQLITE, Connection
from .migrations import APP_ID, MIGRATIONS, SCHEMA_VERSION

# How SQLite stores our triggers' SQL (it drops "IF NOT EXISTS").
_TRIGGERS = {f"span_end_within_text_{op}": sql.replace(" IF NOT EXISTS", "", 1)
             for op, sql in zip(("insert", "update"), ddl.SPAN_END_TRIGGERS)}
# table -> columns every project has; verdicts from version 2 on
_COLUMNS = {**{table: ddl.columns(sql) for table, sql in ddl.TABLES.items()},
            "verdicts": ddl.columns(MIGRATIONS[2][0]), "assignments": ddl.columns(MIGRATIONS[3][0]),
            "tombstones": ddl.columns(MIGRATIONS[4][0])}
_SINCE = {"verdicts": 2, "assignments": 3, "tombstones": 4}


def check_project(conn: Connection, path: Path) -> Schema:
    """Refuse what is no Isnad project, or a damaged or crafted one; return its schema."""
    objects = conn.execute("SELECT type, name, sql FROM sqlite_master").all()
    names = {name for kind, name, _ in objects if kind == "table"}
    if "meta" not in names:
        raise NotAProject.of(M.NOT_A_PROJECT, name=path.name)
    for kind, name, sql in objects:
        if kind == "view" or (kind == "trigger" and _TRIGGERS.get(name) != sql) or \
                (kind == "table" and (sql or "").lstrip()[:14].upper() == "CREATE VIRTUAL"):
            raise IsnadError.of(M.PROJECT_FOREIGN_OBJECT, name=path.name, object=name)
    _check_columns(conn, path, "meta")
    app = conn.execute("SELECT value FROM meta WHERE key = 'application'").scalar()
    if app != APP_ID:
        raise NotAProject.of(M.NOT_A_PROJECT, name=path.name)
    version = _version(conn, path, names)
    for table in _COLUMNS:
        if version >= _SINCE.get(table, 1):
            _check_columns(conn, path, table)
    return stored_schema(conn, path)


def check_server_project(conn: Connection, server) -> Schema:
    """Refuse a database on a server (`server`: a ServerAddress) that holds no Isnad project
    or a damaged one; return its schema. (Nobody but the project's roles can add objects to it.)"""
    path = PurePosixPath(server.name)  # what the messages name
    names = set(conn.execute("SELECT table_name FROM information_schema.tables "
                             "WHERE table_schema = current_schema()").scalars())
    if "meta" not in names or \
            conn.execute("SELECT value FROM meta WHERE key = 'application'").scalar() != APP_ID:
        raise IsnadError.of(M.SERVER_NOT_A_PROJECT, database=server.database, server=server.server,
                            location=server.url)
    version = _version(conn, path, names)
    for table in _COLUMNS:
        if version >= _SINCE.get(table, 1):
            _check_columns(conn, path, table)
    return stored_schema(conn, path)


def stored_schema(conn: Connection, path: Path) -> Schema:
    """The project's label schema as stored, checked like a schema file."""
    raw = conn.execute("SELECT value FROM meta WHERE key = 'schema'").scalar()
    if raw is None:
        raise IsnadError.of(M.PROJECT_SCHEMA_MISSING, name=path.name)
    try:
        data = load_value(raw, "meta", "schema")
    except BadValue as e:
        raise IsnadError.of(M.PROJECT_SCHEMA_DAMAGED, name=path.name, detail=e.detail) from None
    if not isinstance(data, dict):
        raise IsnadError.of(M.PROJECT_SCHEMA_DAMAGED, name=path.name, detail=f"{type(data).__name__}, not an object")
    try:
        return schema_from_dict(data, str(path))
    except IsnadError as e:
        raise IsnadError.of(M.PROJECT_SCHEMA_DAMAGED, name=path.name, detail=e.what) from None


def _version(conn: Connection, path: Path, names: set[str]) -> int:
    if "schema_version" not in names:
        raise IsnadError.of(M.PROJECT_TABLE_DAMAGED, name=path.name, table="schema_version", column="version")
    versions = list(conn.execute("SELECT version FROM schema_version").scalars())
    if not versions or not all(type(v) is int for v in versions) or min(versions) < 1:
        raise IsnadError.of(M.PROJECT_VERSION_DAMAGED, name=path.name)
    version = max(versions)
    if version > SCHEMA_VERSION:
        raise IsnadError.of(M.PROJECT_TOO_NEW, name=path.name, version=version, supported=SCHEMA_VERSION)
    return version


def _check_columns(conn: Connection, path: Path, table: str) -> None:
    if conn.dialect == SQLITE:
        have = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
    else:
        have = set(conn.execute("SELECT column_name FROM information_schema.columns "
                                "WHERE table_schema = current_schema() AND table_name = :t", {"t": table}).scalars())
    missing = [c for c in _COLUMNS[table] if c not in have]
    if missing:
        raise IsnadError.of(M.PROJECT_TABLE_DAMAGED, name=path.name, table=table, column=missing[0])
