"""A project: one SQLite file (WAL, foreign keys on) or one database on a PostgreSQL
server. The only code that talks SQL: every query is written once and runs on both
engines through `db.Connection`.

Every public write method is one transaction: it either happens whole or not at all,
and once it returns it survives a crash or SIGKILL of the process. A write transaction
takes the write lock when it begins (BEGIN IMMEDIATE), so what it reads cannot change
under it before it writes: `transaction()` makes a read-modify-write (an import, an
edit planned against the stored state, a merge's last check) one such transaction.
Each write transaction counts up the project's `revision`, which lets a slow reader
(a merge planning for seconds) tell whether anything changed since it read.
"""
from __future__ import annotations

import json
import os
import re
import sqlite3
import threading
import weakref
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from itertools import count, islice
from operator import attrgetter, itemgetter
from pathlib import Path, PurePosixPath
from typing import NamedTuple

from .. import model
from ..errors import IsnadError, NotAProject, ProjectLocked, ReadOnlyPlace
from ..messages import M
from ..perf import gc_paused
from ..model import (SUGGEST_PREFIX, ChangeSet, Document, DocumentRecord, DocStatus, Relation, Schema, Span, Tombstone,
                     Verdict)
from ..schema import default_schema, schema_to_dict
from ..search import written_forms
from . import convert as cv
from . import lock as file_lock
from . import spool
from .checks import check_project, check_server_project, stored_schema
from .db import POSTGRES, SQLITE, Connection, Pool, connect_sqlite
from .ddl import SPAN_END_TRIGGERS
from .faults import read_only_disk, sql_errors, writable_folder, writable_place
from .journal import into_wal, written_once
from .layer_rows import check_joins, check_rows
from .lock import ProjectFileLock
from .migrations import create_schema, read_version, upgrade

_CHUNK = 500  # SQLite host-parameter lists stay well under its limit
BUSY_WAIT = 30.0  # seconds a write waits for another writer before "busy" (the window waits less: ui/workspace.py)
SERVER_SCHEMES = ("postgresql://", "postgres://")


@dataclass(frozen=True, slots=True)
class DocumentListRow:
    """What the document list shows; the text stays in the database."""
    seq: int
    id: str
    sha256: str
    title: str
    length: int
    span_count: int
    status: str


class Project:
    def __init__(self, path: Path, pool: Pool, read_only: bool, lock: ProjectFileLock | None, schema: Schema,
                 file_key: tuple[int, int] | None = None, immutable: bool = False, server=None):
        """`path`: the file, or for a project on a server (`server`, a ServerAddress) its
        host, port and database as a path (what messages and window titles show)."""
        self.path, self._pool, self.read_only, self._lock = path, pool, read_only, lock
        self.schema, self._file_key, self.server = schema, file_key, server
        self.location = server.url if server else str(path)  # what opens it again (no password)
        self.read_only_place = immutable  # on a read-only disk or folder: it can only be read
        self.wait = BUSY_WAIT  # seconds a write waits for another writer before "busy" (the window: less)
        self._bound = threading.local()  # the connection of a transaction() or snapshot() in this thread
        self._streams: weakref.WeakSet = weakref.WeakSet()  # records() being read: closed before the engine
        self._lengths: dict[str, int] = {}  # document id -> length of its text (see document_length)
        with self._read() as conn:  # a version-1 file opened read-only is not upgraded: no verdicts
            version = read_version(conn)
        self._verdicts = version >= 2
        self._assignments = version >= 3  # older files opened read-only have none
        self._tombstones = version >= 4

    # -- opening -----------------------------------------------------------------
    @classmethod
    def create(cls, path: str | os.PathLike, schema: Schema | None = None) -> "Project":
        if is_server_address(path):
            return cls.create_server(str(path), schema)
        path = Path(path)
        if path.exists():
            raise IsnadError.of(M.PROJECT_EXISTS, file=str(path))
        if not path.parent.is_dir():
            raise IsnadError.of(M.PROJECT_FOLDER_MISSING, folder=str(path.parent))
        schema = schema or default_schema()
        pool = _file_pool(path, "rwc")
        try:
            with sql_errors(path), pool.connection() as conn:
                conn.begin(write=True)
                create_schema(conn, json.dumps(schema_to_dict(schema), ensure_ascii=False))
                conn.commit()
        except BaseException:
            pool.close()
            for made in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
                made.unlink(missing_ok=True)  # a full disk must not leave half a project behind
            raise
        return cls(path, pool, False, None, schema, file_lock.opened(path))

    @classmethod
    def open(cls, path: str | os.PathLike, read_only: bool = False, exclusive: bool = False,
             wait: float = BUSY_WAIT) -> "Project":
        """Open an existing project. `exclusive` (the GUI) refuses a file another window holds.
        `wait`: seconds its connections wait for a lock another program holds (a write sets its
        own), such as that of an `isnad import` writing the file alone (journal.py).

        A project on a read-only disk or folder opens read-only (SQLite's immutable mode: WAL
        needs files beside it that cannot be made there); opening it for editing raises
        ReadOnlyPlace. A file that is not a project as Isnad writes it (crafted views or
        triggers, a damaged schema) is refused before anything reads it.
        """
        if is_server_address(path):
            return cls.open_server(str(path), read_only)
        path = Path(path)
        if not path.is_file():
            raise IsnadError.of(M.PROJECT_MISSING, file=str(path))
        if not os.access(path, os.R_OK):
            raise IsnadError.of(M.PROJECT_NO_READ_PERMISSION, str(path), name=path.name)
        if not is_database(path):  # before SQLite touches it: it would make an empty file a database
            raise _not_a_project(path)
        if not read_only and not writable_place(path):
            message = M.PROJECT_ON_READ_ONLY_DISK if read_only_disk(path) else M.PROJECT_NO_WRITE_PERMISSION
            raise ReadOnlyPlace.of(message, str(path), name=path.name)
        immutable = not writable_folder(path)  # no -shm can be made: read the file as it is
        if immutable and _has_log(path):
            log = path.name + "-wal"
            raise IsnadError.of(M.PROJECT_LOG_ON_READ_ONLY_DISK, str(path), name=path.name, log=log)
        if immutable and _journal_left(path):  # SQLite would read the half-written pages as they are
            journal = path.name + "-journal"
            raise IsnadError.of(M.PROJECT_JOURNAL_ON_READ_ONLY_DISK, str(path), name=path.name, journal=journal)
        key = file_lock.opened(path)
        lock = ProjectFileLock(path) if exclusive and not read_only else None
        if lock and not lock.acquire():
            file_lock.closed(key)
            raise ProjectLocked.of(M.PROJECT_LOCKED, name=path.name)
        pool = _file_pool(path, "ro" if read_only else "rw", immutable, wait)
        try:
            if read_only and not immutable and _journal_left(path):
                _journal_undone(path, wait)
            with sql_errors(path, opening=True), pool.connection() as conn:
                conn.begin()
                schema = check_project(conn, path)
                if not read_only:
                    upgrade(conn)
                conn.commit()
            return cls(path, pool, read_only, lock, schema, key, immutable)
        except BaseException:
            pool.close()
            if lock:
                lock.release()
            file_lock.closed(key)
            raise

    @classmethod
    def create_server(cls, url: str, schema: Schema | None = None, password: str | None = None) -> "Project":
        """A new project in an empty database on a PostgreSQL server."""
        from .server import ServerAddress, is_empty, secure, server_errors
        server = ServerAddress(url, password)
        schema = schema or default_schema()
        pool = Pool(server.connect, POSTGRES)
        try:
            with server_errors(server), pool.connection() as conn:
                if not is_empty(conn):
                    raise IsnadError.of(M.SERVER_PROJECT_EXISTS, database=server.database, server=server.server)
                conn.begin(write=True)
                create_schema(conn, json.dumps(schema_to_dict(schema), ensure_ascii=False))
                secure(conn)
                conn.commit()
        except BaseException:
            pool.close()
            raise
        return cls(PurePosixPath(server.name), pool, False, None, schema, server=server)

    @classmethod
    def open_server(cls, url: str, read_only: bool = False, password: str | None = None) -> "Project":
        """The project in a database on a PostgreSQL server (many may have it open at once)."""
        from .server import ServerAddress, server_errors
        server = ServerAddress(url, password)
        pool = Pool(server.connect, POSTGRES)
        try:
            with server_errors(server), pool.connection() as conn:
                conn.begin(write=not read_only)
                schema = check_server_project(conn, server)
                if not read_only:
                    upgrade(conn)
                conn.commit()
            return cls(PurePosixPath(server.name), pool, read_only, None, schema, server=server)
        except BaseException:
            pool.close()
            raise

    @property
    def dialect(self) -> str:
        return self._pool.dialect

    @property
    def shared(self) -> bool:
        """Others may write it while it is open (a project on a server)."""
        return self.server is not None

    def close(self) -> None:
        for stream in list(self._streams):  # a records() left half-read (an export that failed)
            try:
                stream.close()
            except ValueError:  # running in another thread: it ends with its transaction
                pass
        self._pool.close()
        if self._lock:
            self._lock.release()
            self._lock = None
        if self._file_key:
            file_lock.closed(self._file_key)
            self._file_key = None

    def __enter__(self) -> "Project":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- transactions ------------------------------------------------------------
    @contextmanager
    def _read(self) -> Iterator[Connection]:
        """A connection in a read transaction (or the one of this thread's transaction() or snapshot())."""
        bound = getattr(self._bound, "conn", None)
        if bound is not None:
            yield bound
            return
        with self._errors(), self._pool.connection() as conn:
            conn.begin()
            yield conn

    @contextmanager
    def _write(self, keys_checked_here: bool = False) -> Iterator[Connection]:
        """A write transaction (the caller's, inside `transaction()`). `keys_checked_here`: the
        caller checks what the foreign keys would, so SQLite need not (`_foreign_keys_off`)."""
        bound = getattr(self._bound, "conn", None)
        if bound is not None:
            if not self._bound.writing:
                raise RuntimeError("a write inside a snapshot(): use transaction()")
            self._bound.wrote = True
            yield bound
            return
        with self._begin_write(None, counted=True, keys_checked_here=keys_checked_here) as conn:
            yield conn

    @contextmanager
    def _begin_write(self, wait: float | None, counted=False, keys_checked_here=False, bulk=False
                     ) -> Iterator[Connection]:
        """A write transaction, committed at the end; `counted`: it counts up the revision
        (a callable: whether it does, asked at the end); `bulk`: see `written_once`."""
        if self.read_only:
            raise IsnadError.of(M.PROJECT_READ_ONLY)
        wait_ms = int(1000 * (self.wait if wait is None else wait))
        with self._errors(), self._pool.connection() as conn, written_once(conn, bulk), \
                _foreign_keys_off(conn, keys_checked_here):
            conn.begin(write=True, wait_ms=wait_ms)
            yield conn
            conn.commit(_NEXT_REVISION if (counted() if callable(counted) else counted) else None)

    @contextmanager
    def transaction(self, wait: float | None = None, checked_here: bool = False, bulk: bool = False
                    ) -> Iterator["Project"]:
        """Everything read and written inside (in this thread) is ONE write transaction that
        holds the write lock from its start: a read-modify-write no other writer can come
        between. `wait`: seconds to wait for another writer before "busy" (default `self.wait`).
        `checked_here`: the caller checks every row it inserts as the foreign keys and the
        span-bounds trigger would (an import: documents, relation ends, offsets within the
        text), so on a file SQLite does not check them again row by row (a fifth of an
        import's SQL time). `bulk` (an import): on a file nobody else has open, written
        through a rollback journal rather than the WAL (`journal.written_once`)."""
        if getattr(self._bound, "conn", None) is not None:
            if not self._bound.writing:
                raise RuntimeError("transaction() inside a snapshot()")
            yield self
            return
        bound = self._bound
        # counted up at the end if it wrote, unless hold() counted up the layers it writes
        with self._begin_write(wait, counted=lambda: bound.wrote and not bound.held, keys_checked_here=checked_here,
                               bulk=bulk) as conn, _bounds_trigger_aside(conn, checked_here):
            bound.conn, bound.writing, bound.wrote, bound.held = conn, True, False, False
            try:
                yield self
            finally:
                bound.conn = None

    @contextmanager
    def snapshot(self) -> Iterator["Project"]:
        """Everything read inside (in this thread) sees one state of the project."""
        if getattr(self._bound, "conn", None) is not None:
            yield self
            return
        with self._read() as conn:
            self._bound.conn, self._bound.writing = conn, False
            try:
                yield self
            finally:
                self._bound.conn = None

    # -- assignments and progress --------------------------------------------------
    def assignments(self) -> dict[str, set[str]]:
        """{document id: the annotators it is assigned to}."""
        out: dict[str, set[str]] = defaultdict(set)
        if self._assignments:
            with self._read() as conn:
                for doc_id, annotator in conn.execute("SELECT doc_id, annotator FROM assignments"):
                    out[doc_id].add(annotator)
        return dict(out)

    def assign(self, pairs: list[tuple[str, str]]) -> int:
        """Assign each (document id, annotator), in ONE transaction; those already assigned
        stay as they are. Returns how many were new."""
        stamp = model.now_iso()
        with self._write() as conn:
            before = conn.execute("SELECT count(*) FROM assignments").scalar()
            conn.executemany("INSERT INTO assignments (doc_id, annotator, assigned_at) VALUES (?, ?, ?) "
                             "ON CONFLICT (doc_id, annotator) DO NOTHING", [(d, a, stamp) for d, a in pairs])
            return conn.execute("SELECT count(*) FROM assignments").scalar() - before

    def progress(self) -> list[dict]:
        """Per annotator with an assignment or a status (suggestion layers aside), in name
        order: documents assigned, done and skipped, and seconds spent."""
        assigned = "SELECT annotator, count(*) FROM assignments GROUP BY annotator" if self._assignments else None
        with self._read() as conn:
            counts = dict(conn.execute(assigned).all()) if assigned else {}
            states = conn.execute(
                "SELECT annotator, sum(CASE WHEN status = 'done' THEN 1 ELSE 0 END), "
                "sum(CASE WHEN status = 'skipped' THEN 1 ELSE 0 END), sum(seconds) FROM doc_states "
                "GROUP BY annotator").all()
        by_name = {name: (done, skipped, seconds) for name, done, skipped, seconds in states}
        names = sorted(n for n in {*counts, *by_name} if not n.startswith(SUGGEST_PREFIX))
        return [{"annotator": n, "assigned": counts.get(n, 0), "done": int(by_name.get(n, (0,))[0]),
                 "skipped": int(by_name.get(n, (0, 0))[1]), "seconds": float(by_name.get(n, (0, 0, 0.0))[2])}
                for n in names]

    # -- the team on a server ------------------------------------------------------
    def add_member(self, name: str, role: str, password: str | None = None) -> bool:
        """Let the database role `name` work on this server project as an annotator (writes
        only its own layer) or a lead (also gold, suggestions, documents, the schema); the
        role is made if the server has none, logging in with `password` (not kept). True if
        it was made. One transaction."""
        from .server import add_member
        if self.server is None:
            raise IsnadError.of(M.SERVER_EXPECTED, location=str(self.path))
        with self._begin_write(None) as conn:
            return add_member(conn, name, role, password)

    def members(self) -> dict[str, str] | None:
        """{name: role} of a server project's team (`isnad user add`); None for a project file."""
        if self.server is None:
            return None
        with self._read() as conn:
            return dict(conn.execute("SELECT name, role FROM members").all())

    def created(self) -> str:
        """When the project was made: with its location, what tells one project from another."""
        with self._read() as conn:
            return conn.execute("SELECT value FROM meta WHERE key = 'created'").scalar() or ""

    def revision(self) -> int:
        """How many write transactions the project has seen: equal revisions, equal contents.
        (The sum of the project's count and, on a server, each layer's: see `current`.)"""
        with self._read() as conn:
            value = conn.execute(_REVISION).scalar()
        return int(value or 0)

    def current(self, changes: ChangeSet, hold: Iterable[str] = ()) -> "Current":
        """The rows `changes` writes as they are stored now (in a transaction(): what it reads
        last). `hold`: on a server, first count up these layers' revisions, which locks them:
        from then until the transaction ends, no other transaction writes those layers (an
        edit made of stale reads is caught by comparing with what this returns). Different
        layers (different people) never wait for each other. A file needs none of this: its
        write transaction excludes every other writer from its start.

        One round trip to a server."""
        writing = getattr(self._bound, "conn", None) is not None and self._bound.writing
        layers = sorted(set(hold)) if self.dialect == POSTGRES and writing else []
        spans = {*(s.id for s in changes.put_spans), *changes.delete_spans,
                 *(end for r in changes.put_relations for end in (r.from_id, r.to_id))}
        relations = {*(r.id for r in changes.put_relations), *changes.delete_relations}
        statuses = {*((s.doc_id, s.annotator) for s in changes.put_statuses), *changes.delete_statuses}
        doomed = list(changes.delete_spans)
        with self._read() as conn:
            if layers:
                self._bound.held = True
            with conn.batch():
                if layers:
                    conn.execute(_held(len(layers)), {f"k{i}": _LAYER_REVISION + l for i, l in enumerate(layers)})
                found_spans = _select_in(conn, cv.SPAN_COLS, "spans", ("id",), sorted(spans))
                found_rels = _select_in(conn, cv.REL_COLS, "relations", ("id",), sorted(relations))
                touching = _select_in(conn, "id", "relations", ("from_id",), doomed, or_key="to_id")
                found_statuses = _select_in(conn, cv.STATUS_COLS, "doc_states", ("doc_id", "annotator"),
                                            sorted(statuses))
            now = Current({i: None for i in spans}, {i: None for i in relations}, {k: None for k in statuses}, set())
            now.spans.update((r[0], cv.span(r)) for rows in found_spans for r in rows)
            now.relations.update((r[0], cv.relation(r)) for rows in found_rels for r in rows)
            now.statuses.update(((r[0], r[1]), cv.status(r)) for rows in found_statuses for r in rows)
            now.hanging.update(r[0] for rows in touching for r in rows)
        return now

    def _errors(self):
        if self.server is not None:
            from .server import server_errors
            return server_errors(self.server)
        return sql_errors(self.path)

    # -- schema ------------------------------------------------------------------
    def refresh_schema(self) -> Schema:
        """The schema as stored now (another process may have added labels), kept as `schema`."""
        with self._read() as conn:
            self.schema = stored_schema(conn, self.path)
        return self.schema

    def set_schema(self, schema: Schema) -> None:
        with self._write() as conn:
            self._put_schema(conn, schema)
        self.schema = schema

    def _put_schema(self, conn: Connection, schema: Schema) -> None:
        conn.execute("UPDATE meta SET value = :v WHERE key = 'schema'",
                     {"v": json.dumps(schema_to_dict(schema), ensure_ascii=False)})

    # -- settings ----------------------------------------------------------------
    def setting(self, name: str, default=None):
        """A project setting (any JSON value), e.g. the recommenders the window runs."""
        with self._read() as conn:
            raw = conn.execute("SELECT value FROM meta WHERE key = :k", {"k": _SETTING + name}).scalar()
        return default if raw is None else cv.load_value(raw, "meta", "value")

    def set_setting(self, name: str, value) -> None:
        """Store a setting (one transaction); None removes it."""
        with self._write() as conn:
            if value is None:
                conn.execute("DELETE FROM meta WHERE key = :k", {"k": _SETTING + name})
            else:
                conn.execute("INSERT INTO meta (key, value) VALUES (:k, :v) ON CONFLICT (key) DO UPDATE "
                             "SET value = excluded.value",
                             {"k": _SETTING + name, "v": json.dumps(value, ensure_ascii=False)})

    # -- documents ---------------------------------------------------------------
    def document(self, doc_id: str) -> Document:
        with self._read() as conn:
            row = conn.execute(f"SELECT {cv.DOC_COLS} FROM documents WHERE id = :id", {"id": doc_id}).first()
            doc = cv.document(row) if row is not None else None
        if doc is None:
            raise IsnadError.of(M.DOCUMENT_MISSING, doc_id=doc_id)
        return doc

    def document_length(self, doc_id: str) -> int:
        """The length of a document's text in code points, without reading the text (kept:
        a text never changes, and every span checked against it saves a round trip)."""
        length = self._lengths.get(doc_id)
        if length is None:
            with self._read() as conn:
                length = conn.execute("SELECT length FROM documents WHERE id = :id", {"id": doc_id}).scalar()
            if length is None:
                raise IsnadError.of(M.DOCUMENT_MISSING, doc_id=doc_id)
            self._lengths[doc_id] = length
        return length

    def find_document(self, ref: str) -> Document:
        """A document by its id, or by a unique prefix of its SHA-256."""
        with self._read() as conn:
            row = conn.execute(f"SELECT {cv.DOC_COLS} FROM documents WHERE id = :r", {"r": ref}).first()
            if row is None and ref:
                # a range the index serves; substr keeps it exact under any server collation
                rows = conn.execute(f"SELECT {cv.DOC_COLS} FROM documents WHERE sha256 >= :lo AND sha256 < :hi "
                                    "AND substr(sha256, 1, :n) = :lo LIMIT 2",
                                    {"lo": ref.lower(), "hi": ref.lower() + "\uffff", "n": len(ref)}).all()
                if len(rows) > 1:
                    raise IsnadError.of(M.SHA_PREFIX_AMBIGUOUS, ref=ref)
                row = rows[0] if rows else None
            doc = cv.document(row) if row is not None else None
        if doc is None:
            raise IsnadError.of(M.DOCUMENT_REF_MISSING, ref=ref)
        return doc

    def document_count(self, status: str | None = None, annotator: str | None = None,
                       search: str | None = None) -> int:
        where, params = _doc_filter(status, annotator, search, self.dialect)
        with self._read() as conn:
            return conn.execute(f"SELECT count(*) FROM documents d {where}", params).scalar_one()

    def document_rows(self, offset: int = 0, limit: int = 100, status: str | None = None,
                      annotator: str | None = None, search: str | None = None) -> list[DocumentListRow]:
        """One page of the document list, in import order (lazy lists ask page by page);
        with an annotator, the documents assigned to them first."""
        where, params = _doc_filter(status, annotator, search, self.dialect)
        sql = f"{_row_sql(annotator)} {where} ORDER BY {self._first(annotator)}, d.seq LIMIT :limit OFFSET :offset"
        with self._read() as conn:
            rows = conn.execute(sql, {**params, "limit": limit, "offset": offset}).all()
        return [DocumentListRow(*r) for r in rows]

    def document_rows_for(self, ids: list[str], annotator: str | None = None) -> list[DocumentListRow]:
        """The list rows of `ids`, in that order (a page of a list sorted outside SQL)."""
        found: dict[str, DocumentListRow] = {}
        with self._read() as conn:
            for chunk in _chunks(ids):
                marks = ", ".join(f":i{k}" for k in range(len(chunk)))
                sql = f"{_row_sql(annotator)} WHERE d.id IN ({marks})"
                params = {"ann": annotator, **{f"i{k}": v for k, v in enumerate(chunk)}}
                found.update((r[1], DocumentListRow(*r)) for r in conn.execute(sql, params))
        return [found[i] for i in ids if i in found]

    def document_index(self, doc_id: str, status: str | None = None, annotator: str | None = None,
                       search: str | None = None) -> int | None:
        """The row of `doc_id` in `document_rows` with the same filter, or None if filtered out."""
        place = self.document_place(doc_id, status, annotator, search)
        return place[0] if place is not None and place[1] else None

    def document_place(self, doc_id: str, status: str | None = None, annotator: str | None = None,
                       search: str | None = None) -> tuple[int, bool] | None:
        """Where `doc_id` stands in `document_rows` with the same filter: how many listed
        documents come before it, and whether it is listed itself (a document the filter
        dropped still has its place: the next one is after it). None: no such document."""
        where, params = _doc_filter(status, annotator, search, self.dialect)
        first = self._first(annotator)
        before = f"({first} < :first OR ({first} = :first AND d.seq <= :seq))"  # the list's order
        where = (where + " AND " if where else "WHERE ") + before
        sql = f"SELECT count(*), sum(CASE WHEN d.id = :id THEN 1 ELSE 0 END) FROM documents d {where}"
        with self._read() as conn:
            target = conn.execute(f"SELECT {first}, d.seq FROM documents d WHERE d.id = :id",
                                  {"id": doc_id, "ann": annotator}).first()
            if target is None:
                return None
            count, found = conn.execute(sql, {**params, "id": doc_id, "first": target[0], "seq": target[1]}).one()
        return count - bool(found), bool(found)

    def _first(self, annotator: str | None) -> str:
        """The list's first sort key: 0 for a document assigned to `annotator` (:ann), else 1."""
        if not annotator or not self._assignments:
            return "1"
        return ("CASE WHEN EXISTS (SELECT 1 FROM assignments a WHERE a.doc_id = d.id AND a.annotator = :ann) "
                "THEN 0 ELSE 1 END")

    def document_ids(self, status: str | None = None, annotator: str | None = None,
                     search: str | None = None) -> list[str]:
        """Ids in import order, filtered like `document_rows`."""
        where, params = _doc_filter(status, annotator, search, self.dialect)
        with self._read() as conn:
            return list(conn.execute(f"SELECT d.id FROM documents d {where} ORDER BY d.seq", params).scalars())

    def documents(self, doc_ids: Iterable[str] | None = None) -> Iterator[Document]:
        """Documents with their texts in import order (only `doc_ids` if given), streamed."""
        stream = self._documents(doc_ids)
        self._streams.add(stream)
        return stream

    def encoded_texts(self, doc_ids: Iterable[str] | None = None) -> Iterator[tuple[str, str, bytes]]:
        """(id, sha256, text as UTF-8) of documents (only `doc_ids` if given), streamed: texts
        to hand to other processes, never decoded here (what crosses a pipe is bytes anyway;
        decoding and encoding them again costs more than finding names).

        In the order of their SHA-256, which is the order of their suggestions' ids: written
        in that order, the new rows go to one end of every id index (a third less time to
        copy attribution's spans and relations) instead of all over them."""
        stream = self._encoded_texts(doc_ids)
        self._streams.add(stream)
        return stream

    def _encoded_texts(self, doc_ids) -> Iterator[tuple[str, str, bytes]]:
        only = set(doc_ids) if doc_ids is not None else None
        with self._read() as conn:
            encoded = "CAST(text AS BLOB)" if conn.dialect == SQLITE else "convert_to(text, 'UTF8')"
            for row in conn.stream(f"SELECT id, sha256, {encoded} FROM documents ORDER BY sha256"):
                if only is None or row[0] in only:
                    yield row[0], row[1], bytes(row[2])

    def _documents(self, doc_ids) -> Iterator[Document]:
        only = set(doc_ids) if doc_ids is not None else None
        with self._read() as conn:
            for row in conn.stream(f"SELECT {cv.DOC_COLS} FROM documents ORDER BY seq"):
                if only is None or row[0] in only:
                    yield cv.document(row)

    # -- annotations -------------------------------------------------------------
    def spans(self, doc_id: str, annotators: Iterable[str] | None = None) -> list[Span]:
        return self._annotations("spans", cv.SPAN_COLS, cv.span, doc_id, annotators, 'start, "end", id')

    def relations(self, doc_id: str, annotators: Iterable[str] | None = None) -> list[Relation]:
        return self._annotations("relations", cv.REL_COLS, cv.relation, doc_id, annotators, "created, id")

    def statuses(self, doc_id: str) -> list[DocStatus]:
        return self._annotations("doc_states", cv.STATUS_COLS, cv.status, doc_id, None, "annotator")

    def status(self, doc_id: str, annotator: str) -> DocStatus:
        found = [s for s in self.statuses(doc_id) if s.annotator == annotator]
        return found[0] if found else DocStatus(doc_id, annotator)

    def verdicts(self, doc_id: str, annotator: str | None = None) -> list[Verdict]:
        """Verdicts on suggestions in a document: `annotator`'s, or everyone's."""
        if not self._verdicts:
            return []
        return self._annotations("verdicts", cv.VERDICT_COLS, cv.verdict, doc_id,
                                 None if annotator is None else [annotator], '"key", annotator')

    def tombstones(self, doc_id: str, annotators: Iterable[str] | None = None) -> list[Tombstone]:
        """The deletions of spans and relations in a document (of `annotators`' layers) that
        merges and syncs carry."""
        if not self._tombstones:
            return []
        return self._annotations("tombstones", cv.TOMBSTONE_COLS, cv.tombstone, doc_id, annotators, "kind, id")

    def verdict_counts(self, annotators: Iterable[str] | None = None) -> dict[tuple[str, str], list[int]]:
        """{(label, span text): [accepted, rejected]} over every span verdict (of `annotators`)."""
        where, params = _in("annotator", annotators)
        out: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
        if not self._verdicts:
            return {}
        with self._read() as conn:
            for label, span_text, verdict, n in conn.execute(
                    f"SELECT label, text, verdict, count(*) FROM verdicts WHERE \"key\" LIKE 'span:%' {where} "
                    "GROUP BY label, text, verdict", params):
                out[label, span_text][verdict == "rejected"] += n
        return dict(out)

    def tagged_strings(self, layers: Iterable[str] | None = None) -> list[tuple[str, str, int]]:
        """(label, text, count) of every distinct tagged string in `layers` (default: every
        person's layer, i.e. not suggest:*): what the lexicon recommender learns."""
        if layers is None:
            where, params = f"AND substr(annotator, 1, {len(SUGGEST_PREFIX)}) != :prefix", {"prefix": SUGGEST_PREFIX}
        else:
            where, params = _in("annotator", layers)
        by_doc: dict[str, list] = defaultdict(list)
        counts: Counter = Counter()
        with self._read() as conn:
            for doc_id, start, end, label in conn.execute(
                    f'SELECT doc_id, start, "end", label FROM spans WHERE 1 = 1 {where}', params):
                by_doc[doc_id].append((start, end, label))
            # Sliced here: SQLite's substr walks the UTF-8 text from its start for every span.
            # Only the tagged documents' texts are read (early in a project, a fraction).
            for doc_id, doc_text in conn.stream(
                    f"SELECT id, text FROM documents WHERE id IN (SELECT doc_id FROM spans WHERE 1 = 1 {where})",
                    params):
                for start, end, label in by_doc.get(doc_id, ()):
                    counts[label, doc_text[start:end]] += 1
        return [(label, string, n) for (label, string), n in counts.items()]

    def span(self, span_id: str) -> Span | None:
        with self._read() as conn:
            row = conn.execute(f"SELECT {cv.SPAN_COLS} FROM spans WHERE id = :id", {"id": span_id}).first()
            return cv.span(row) if row else None

    def relation(self, relation_id: str) -> Relation | None:
        with self._read() as conn:
            row = conn.execute(f"SELECT {cv.REL_COLS} FROM relations WHERE id = :id", {"id": relation_id}).first()
            return cv.relation(row) if row else None

    def relations_touching(self, span_ids: Iterable[str]) -> list[Relation]:
        ids = list(span_ids)
        out: list[Relation] = []
        with self._read() as conn:
            for chunk in _chunks(ids):
                marks = ",".join(f":p{i}" for i in range(len(chunk)))
                params = {f"p{i}": v for i, v in enumerate(chunk)}
                out += [cv.relation(r) for r in conn.execute(
                    f"SELECT {cv.REL_COLS} FROM relations WHERE from_id IN ({marks}) OR to_id IN ({marks})",
                    params)]
        return sorted(set(out), key=lambda r: r.id)

    def _annotations(self, table, cols, make, doc_id, annotators, order):
        annotators = list(annotators) if annotators is not None else None
        where = "doc_id = :d"
        params = {"d": doc_id}
        if annotators is not None:
            where += " AND annotator IN (" + ",".join(f":a{i}" for i in range(len(annotators))) + ")" \
                if annotators else " AND 1 = 0"
            params.update({f"a{i}": a for i, a in enumerate(annotators)})
        with self._read() as conn:
            return [make(r) for r in conn.execute(f"SELECT {cols} FROM {table} WHERE {where} ORDER BY {order}", params)]

    def last_opened(self, annotator: str) -> str | None:
        """The document `annotator` had open last (where to resume), or None."""
        with self._read() as conn:
            return conn.execute("SELECT doc_id FROM doc_states WHERE annotator = :a AND last_opened != '' "
                                "ORDER BY last_opened DESC LIMIT 1", {"a": annotator}).scalar()

    def layer_counts(self, doc_id: str) -> dict[str, int]:
        """{layer: number of its spans} in one document."""
        with self._read() as conn:
            return dict(conn.execute("SELECT annotator, count(*) FROM spans WHERE doc_id = :d GROUP BY annotator",
                                     {"d": doc_id}).all())

    def annotators(self) -> list[str]:
        """Every layer: whoever has a span, relation, status or verdict in the project."""
        verdicts = "UNION SELECT DISTINCT annotator FROM verdicts " if self._verdicts else ""
        with self._read() as conn:  # each table's few names first: SQLite then unions a handful, not every row
            return list(conn.execute(
                "SELECT DISTINCT annotator FROM spans UNION SELECT DISTINCT annotator FROM relations "
                f"UNION SELECT DISTINCT annotator FROM doc_states {verdicts}ORDER BY 1").scalars())

    def records(self, annotators: Iterable[str] | None = None,
                doc_ids: Iterable[str] | None = None) -> Iterator[DocumentRecord]:
        """Every document with its annotations, in import order, streamed a batch of
        documents at a time (memory stays flat however large the project), all from one
        snapshot of the file (exports, merge, agreement)."""
        stream = self._record_stream(annotators, doc_ids, _OBJECTS)
        self._streams.add(stream)
        return stream

    def record_rows(self, annotators: Iterable[str] | None = None,
                    doc_ids: Iterable[str] | None = None) -> Iterator[model.RecordRows]:
        """`records` as plain rows (`model.RecordRows`): the same documents, items, checks and
        order without an object per item, for an export that writes them straight out."""
        stream = self._record_stream(annotators, doc_ids, _ROWS)
        self._streams.add(stream)
        return stream

    def _record_stream(self, annotators, doc_ids, build: "_Build") -> Iterator:
        wanted = set(annotators) if annotators is not None else None
        only = set(doc_ids) if doc_ids is not None else None
        with self._read() as conn:  # one snapshot across the batches' queries (or the caller's transaction)
            if only is not None and len(only) <= _FEW_DOCUMENTS:  # a few (a checkout's): no other text is read
                where, params = _in("id", sorted(only))
                docs = conn.stream(f"SELECT {cv.DOC_COLS} FROM documents WHERE 1 = 1 {where} ORDER BY seq", params)
            else:
                docs = conn.stream(f"SELECT {cv.DOC_COLS} FROM documents ORDER BY seq")
            while batch := docs.fetchmany(_RECORDS_BATCH):
                if only is not None:
                    batch = [row for row in batch if row[0] in only]
                yield from _records(conn, batch, wanted, self._verdicts, self._tombstones, build)

    def document_hashes(self) -> dict[str, str]:
        """{SHA-256 of the text: document id} of every document."""
        with self._read() as conn:
            return dict(conn.execute("SELECT sha256, id FROM documents"))

    def tombstoned_hashes(self) -> set[str]:
        """The SHA-256 of each document that holds tombstones (a merge reads only those whole)."""
        if not self._tombstones:
            return set()
        with self._read() as conn:
            return {sha for sha, in conn.execute(
                "SELECT DISTINCT d.sha256 FROM tombstones t JOIN documents d ON d.id = t.doc_id")}

    def records_of(self, hashes: set[str]) -> list[DocumentRecord]:
        """The records of the documents of these text hashes."""
        ids = [doc_id for sha, doc_id in self.document_hashes().items() if sha in hashes]
        return list(self.records(doc_ids=ids)) if ids else []

    def versions(self, kind: str, offered: Iterable[tuple]) -> Iterator[tuple]:
        """The stored version of each offered item that the project holds one of, read a
        chunk of items at a time (a merge loads only what differs, not the whole project).

        `kind`: span, relation, status or verdict; `offered`: (key, document id, item), the
        key the caller's own. Yields (key, None) where the stored row is word for word the
        item's placed in that document, else (key, the stored item); nothing for an item the
        project has none of (spans and relations match on id, statuses and verdicts on their
        document, annotator and key)."""
        if kind == "verdict" and not self._verdicts:
            return iter(())
        stream = self._versions(*_VERSIONED[kind], offered)
        self._streams.add(stream)
        return stream

    def misplaced(self, table: str, placed: dict[str, str | None]) -> dict[str, str]:
        """{id: its document id} of the `placed` ({span or relation id: document id, or None})
        that the project holds in another document (in any, for None)."""
        assert table in ("spans", "relations")
        with self._read() as conn:
            return {i: doc for i, doc in _rows_among(conn, table, "id, doc_id", "id", placed)
                    if placed.get(i, doc) != doc}

    def _versions(self, table, cols, width, row_of, make, offered) -> Iterator[tuple]:
        key_of = itemgetter(*range(width))  # the row's leading columns: its id, or document and more
        column = "id" if width == 1 else "doc_id"  # the first of them
        with self._read() as conn:
            for chunk in _chunks(offered):
                rows = [row_of(item, doc_id) for _, doc_id, item in chunk]
                ids = list({row[0] for row in rows})
                stored = conn.execute(f"SELECT {cols} FROM {table} WHERE {column} IN ({','.join('?' * len(ids))})",
                                      ids).all()
                stored = dict(zip(map(key_of, stored), stored))
                for (key, _, _), row in zip(chunk, rows):
                    found = stored.get(key_of(row))
                    if found is not None:
                        yield key, None if found == row else make(found)

    def stats(self) -> dict:
        with self._read() as conn:
            one = lambda sql: conn.execute(sql).scalar_one()  # noqa: E731
            pairs = lambda sql: dict(conn.execute(sql).all())  # noqa: E731
            return {
                "documents": one("SELECT count(*) FROM documents"),
                "spans": one("SELECT count(*) FROM spans"),
                "relations": one("SELECT count(*) FROM relations"),
                "labels": pairs("SELECT label, count(*) FROM spans GROUP BY label ORDER BY label"),
                "annotators": pairs("SELECT annotator, count(*) FROM spans GROUP BY annotator ORDER BY annotator"),
                "relation_types": pairs("SELECT type, count(*) FROM relations GROUP BY type ORDER BY type"),
                "statuses": pairs("SELECT status, count(*) FROM doc_states GROUP BY status ORDER BY status"),
            }

    # -- writing -----------------------------------------------------------------
    def apply(self, changes: ChangeSet) -> None:
        """Apply one user action's changes in one transaction."""
        with self._write() as conn:
            _apply(conn, changes)

    def existing(self, table: str, column: str, values: Iterable[str], returning: str = "id") -> dict[str, str]:
        """{value: row's `returning` column} for the rows of `table` (documents/spans/relations)
        whose `column` is in values."""
        assert table in ("documents", "spans", "relations") and column in ("id", "sha256")
        assert returning in ("id", "doc_id")
        found: dict[str, str] = {}
        with self._read() as conn:
            for chunk in _chunks(list(values)):
                marks = ",".join("?" * len(chunk))
                found.update(conn.execute(f"SELECT {column}, {returning} FROM {table} WHERE {column} IN ({marks})",
                                          chunk))
        return found

    def next_document_seq(self) -> int:
        """The import order the next document stored gets at least (an import tells its own
        documents by it)."""
        with self._read() as conn:
            return conn.execute("SELECT coalesce(max(seq), 0) + 1 FROM documents").scalar()

    def document_keys(self, doc_ids: Iterable[str]) -> dict[str, tuple[int, str]]:
        """{document id: (its import order, its SHA-256)} of those of `doc_ids` stored."""
        found: dict[str, tuple[int, str]] = {}
        with self._read() as conn:
            for chunk in _chunks(list(doc_ids)):
                marks = ",".join("?" * len(chunk))
                found.update((i, (seq, sha)) for i, seq, sha in conn.execute(
                    f"SELECT id, seq, sha256 FROM documents WHERE id IN ({marks})", chunk))
        return found

    def rescope(self, table: str, renames: list[tuple[str, str]]) -> None:
        """Give spans or relations new ids [(old id, new id)], relations following their
        spans (an import scoping an id it finds two documents gave). A span's id is its
        relations' foreign key: the span is copied under its new id, its relations moved
        to the copy, then the old row deleted."""
        assert table in ("spans", "relations")
        with self._write() as conn:
            pairs = [(new, old) for old, new in renames]
            if table == "relations":
                conn.executemany("UPDATE relations SET id = ? WHERE id = ?", pairs)
                return
            cols = cv.SPAN_COLS.split(", ", 1)[1]
            conn.executemany(f"INSERT INTO spans ({cv.SPAN_COLS}) SELECT ?, {cols} FROM spans WHERE id = ?", pairs)
            for end in ("from_id", "to_id"):
                conn.executemany(f"UPDATE relations SET {end} = ? WHERE {end} = ?", pairs)
            conn.executemany("DELETE FROM spans WHERE id = ?", [(old,) for old, _ in renames])

    def add_batch(self, documents: list[Document], changes: ChangeSet, schema: Schema | None = None,
                  span_rows: list[tuple] = (), relation_rows: list[tuple] = (), unlooked: bool = False) -> None:
        """Insert new documents and their annotations in ONE transaction. `schema`: a grown
        schema, whose new labels and relation types are added to the schema as stored when
        the transaction writes (another writer may have added others since it was read:
        none is lost). `span_rows`, `relation_rows`: spans and relations the caller knows
        are not stored yet (an import), as rows (cv.span_row, relation_row): inserted, not
        upserted (in SQLite an upsert takes half as long again: it looks for the key first;
        on a server COPY), after the spans and relations of `changes`. `unlooked`: the caller
        did not look their ids up; if one is stored already, the batch is undone (alone) and
        IdsTaken raised."""
        with self._write() as conn, _undone_on_clash(conn, unlooked):
            if schema is not None:
                schema = _grown(stored_schema(conn, self.path), schema)
                self._put_schema(conn, schema)
            conn.insert_rows("documents", "id, sha256, title, text, length, source, meta, added_at",
                             [cv.document_row(d) for d in documents])
            _apply(conn, changes)
            for kind, table, cols, rows in (("span", "spans", cv.SPAN_COLS, span_rows),
                                            ("relation", "relations", cv.REL_COLS, relation_rows)):
                if rows:
                    _unbury(conn, kind, [r[0] for r in rows])  # an id deleted once, given again
                    conn.insert_rows(table, cols, rows)
        if schema is not None:
            self.schema = schema

    def replace_layer(self, layer: str, documents: Iterable[tuple[str, list[Span], list[Relation]]]) -> Counter:
        """Make `layer` hold exactly the given spans and relations in each given document, in
        ONE transaction (an error raised while `documents` is consumed writes nothing).

        Items are matched by id; one whose content is unchanged is left as it is (timestamps
        too), so writing the same again changes nothing. Not an undoable action: this is how
        machine suggestions are written (items of `layer`, without notes; what is written is
        stamped with the time of writing). Returns counts: "spans added", "spans updated",
        "spans removed", "spans kept", the same for relations, and "documents".
        """
        def rows(doc_id, spans, relations):
            if any(x.annotator != layer or getattr(x, "note", "") for x in [*spans, *relations]):
                raise ValueError(f"replace_layer({layer!r}) was given another layer's items, or notes")
            return doc_id, list(map(cv.layer_span_row, spans)), list(map(cv.layer_relation_row, relations))
        return self.replace_layer_rows(layer, (rows(*item) for item in documents))

    def replace_layer_rows(self, layer: str, documents: Iterable[tuple[str, list[tuple], list[tuple]]],
                           empty: bool = False) -> Counter:
        """`replace_layer` given rows (`convert.LAYER_SPAN_COLS`, `LAYER_REL_COLS`), made where
        the suggestions are (in worker processes): the bulk path of `isnad suggest`. `empty`:
        the caller knows the layer holds nothing yet, so there is nothing old to read."""
        counts: Counter = Counter()
        stamp = model.now_iso()
        # The bounds trigger reads the document's length for each row: a third of the time of
        # 280,000 suggestions. Here the length is read once per document instead.
        with self._write(keys_checked_here=empty) as raw, _bounds_trigger_aside(raw, True):
            # Many documents (a bulk run into a new layer): every length in one query; else each its own.
            lengths = dict(raw.execute("SELECT id, length FROM documents")) if empty else None
            fresh = _FreshRows(raw, layer, stamp) if empty else None
            for doc_id, span_rows, rel_rows in documents:
                counts["documents"] += 1
                length = lengths.get(doc_id) if lengths is not None else _length(raw, doc_id)
                check_rows(layer, doc_id, length, span_rows, rel_rows)
                if fresh is not None:  # nothing old to compare with: insert, many documents at once
                    check_joins(layer, doc_id, span_rows, rel_rows)
                    fresh.add(span_rows, rel_rows, counts)
                    continue
                self._replace_in(raw, layer, doc_id, span_rows, rel_rows, stamp, counts)
            if fresh is not None:
                fresh.flush()
        return counts

    @property
    def fills_from_spools(self) -> bool:
        """Whether `filling_layer` works here: on a project file (a server takes rows by COPY)."""
        return self.dialect == SQLITE

    @contextmanager
    def filling_layer(self, layer: str) -> Iterator[Callable[[Path], None]]:
        """ONE write transaction that fills `layer`, which must hold nothing, from spool files
        (`spool.Spool`, written by other processes): yields `copy(path)`, which copies one
        spool's rows into the layer (stamped now, without notes). What is read inside
        (`encoded_texts`) is read in the same transaction. Not an undoable action: the bulk
        path of `replace_layer_rows`, its checks made as the spools were written."""
        stamp = _literal(model.now_iso())
        aliases = (f"spool{i}" for i in count())
        with self.transaction(checked_here=True, bulk=True), self._write() as raw:
            if layer in self.annotators():  # it was empty when the caller chose this path
                raise IsnadError.of(M.SUGGEST_LAYER_FILLED, layer=layer)
            yield lambda path: _copy_spool(raw, _literal(layer), stamp, path, next(aliases))

    @staticmethod
    def _replace_in(raw, layer: str, doc_id: str, span_rows: list[tuple], rel_rows: list[tuple], stamp: str,
                    counts: Counter) -> None:
        """One document's part of `replace_layer_rows` in a layer that may hold items already."""
        old_spans = {r[0]: r for r in raw.execute(
            f"SELECT {cv.SPAN_COLS} FROM spans WHERE doc_id = ? AND annotator = ?", (doc_id, layer))}
        old_rels = {r[0]: r for r in raw.execute(
            f"SELECT {cv.REL_COLS} FROM relations WHERE doc_id = ? AND annotator = ?", (doc_id, layer))}
        rels = _Replacement("relations", cv.REL_COLS, old_rels, [(*r, layer, stamp, stamp) for r in rel_rows],
                            _REL_CONTENT)
        spans = _Replacement("spans", cv.SPAN_COLS, old_spans,
                             [(*r[:5], layer, r[5], "", stamp, stamp) for r in span_rows], _SPAN_CONTENT)
        for step in (rels.delete, spans.delete, spans.put, rels.put):  # foreign keys' order
            step(raw)
        rels.count(counts)
        spans.count(counts)

    def add_time(self, doc_id: str, annotator: str, seconds: float) -> None:
        """Add time spent on a document and stamp it as last opened (not an undoable action)."""
        stamp = model.now_iso()
        with self._write() as conn:
            conn.execute(
                f"INSERT INTO doc_states ({cv.STATUS_COLS}) VALUES (:d, :a, 'new', :s, :t, :t) "
                "ON CONFLICT (doc_id, annotator) DO UPDATE SET seconds = doc_states.seconds + :s, last_opened = :t",
                {"d": doc_id, "a": annotator, "s": seconds, "t": stamp})

    def integrity_check(self) -> str:
        """SQLite's check of the file ("ok"); a server keeps its own files whole: "ok"."""
        if self.dialect != SQLITE:
            return "ok"
        with self._read() as conn:
            return "; ".join(conn.execute("PRAGMA integrity_check").scalars())


_SETTING = "setting:"  # meta keys of project settings


def _grown(stored: Schema, wanted: Schema) -> Schema:
    """`stored` plus the labels and relation types of `wanted` it lacks (a hotkey already
    taken is left out rather than given twice)."""
    hotkeys = {l.hotkey for l in stored.labels if l.hotkey}
    labels = list(stored.labels)
    for label in wanted.labels:
        if stored.label(label.name) is None:
            labels.append(replace(label, hotkey="") if label.hotkey in hotkeys else label)
            hotkeys.add(label.hotkey)
    known = {r.name for r in stored.relation_types}
    return Schema(stored.name, tuple(labels),
                  stored.relation_types + tuple(r for r in wanted.relation_types if r.name not in known))


def _in(column: str, values: Iterable[str] | None) -> tuple[str, dict]:
    """`AND column IN (...)` with its parameters; nothing when values is None."""
    if values is None:
        return "", {}
    values = list(values)
    marks = ",".join(f":v{i}" for i in range(len(values)))
    return (f"AND {column} IN ({marks})" if values else "AND 1 = 0"), {f"v{i}": v for i, v in enumerate(values)}


# Row columns that make an item's content (timestamps aside): see cv.SPAN_COLS and REL_COLS.
_SPAN_CONTENT = slice(1, 8)
_REL_CONTENT = slice(1, 6)


def _length(raw: Connection, doc_id: str) -> int | None:
    return raw.execute("SELECT length FROM documents WHERE id = ?", (doc_id,)).scalar()


@contextmanager
def _bounds_trigger_aside(conn: Connection, aside: bool) -> Iterator[None]:
    """The span-bounds insert trigger dropped inside a write transaction whose rows the
    caller checks itself, and made again before it commits (undone with it on an error).
    Not on a server: there dropping a trigger would lock the table against every other
    annotator."""
    if not aside or conn.dialect != SQLITE:
        yield
        return
    conn.execute("DROP TRIGGER IF EXISTS span_end_within_text_insert")
    yield
    conn.execute(SPAN_END_TRIGGERS[0])


@contextmanager
def _foreign_keys_off(conn: Connection, off: bool) -> Iterator[None]:
    """SQLite's foreign key checks off for one transaction whose rows the store checks itself
    (documents that exist, relations between the spans given: `layer_rows.check_rows`, `check_joins`).
    Looking up each row's document and spans, and the statement journal SQLite keeps for a
    many-row INSERT that such a check could stop midway, took a third of the time of writing
    a new suggestion layer. Set before the transaction (SQLite ignores it inside one) and back
    after it, before the connection goes back to the pool (else the connection is closed)."""
    if not off or conn.dialect != SQLITE:
        yield
        return
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        yield
    finally:
        try:
            conn.rollback()  # nothing to undo after a commit
            conn.execute("PRAGMA foreign_keys = ON")
        except Exception:
            conn.close()
            raise


class _FreshRows:
    """Rows of a layer that held nothing: inserted many documents at once (spans before the
    relations that point at them), what every row shares written once in the statement."""
    BATCH = 5_000  # rows: what is left to write after the last document is small

    def __init__(self, raw, layer: str, stamp: str):
        self.raw, self.spans, self.relations = raw, [], []
        layer, stamp = _literal(layer), _literal(stamp)
        # OR FAIL on SQLite: a row that breaks a constraint stops the statement without undoing
        # the rows before it (the transaction is undone anyway), so no statement journal is kept.
        insert = "INSERT OR FAIL" if raw.dialect == SQLITE else "INSERT"
        self.span_sql = (f"{insert} INTO spans ({cv.LAYER_SPAN_COLS}, annotator, note, created, updated)",
                         f"(?, ?, ?, ?, ?, ?, {layer}, '', {stamp}, {stamp})")
        self.rel_sql = (f"{insert} INTO relations ({cv.LAYER_REL_COLS}, annotator, created, updated)",
                        f"(?, ?, ?, ?, ?, {layer}, {stamp}, {stamp})")

    def add(self, span_rows: list[tuple], rel_rows: list[tuple], counts: Counter) -> None:
        self.spans += span_rows
        self.relations += rel_rows
        counts["spans added"] += len(span_rows)
        counts["relations added"] += len(rel_rows)
        if len(self.spans) + len(self.relations) >= self.BATCH:
            self.flush()

    def flush(self) -> None:
        for kind, sql, rows in (("span", self.span_sql, self.spans), ("relation", self.rel_sql, self.relations)):
            if rows:
                _unbury(self.raw, kind, [r[0] for r in rows])
                self.raw.insert_values(*sql, rows)
        self.spans, self.relations = [], []


def _copy_spool(raw: Connection, layer: str, stamp: str, path: Path, alias: str) -> None:
    """One spool file's rows into `layer` (`layer` and `stamp` as SQL literals), by SQLite
    alone. The file stays attached until the transaction ends (SQLite detaches none inside
    one); it may be deleted at once (POSIX keeps it while open)."""
    raw.execute(f"ATTACH DATABASE ? AS {alias}", (str(path),))
    for kind, table in (("span", spool.SPAN_TABLE), ("relation", spool.RELATION_TABLE)):
        if raw.execute("SELECT 1 FROM tombstones WHERE kind = ? LIMIT 1", (kind,)).first() is not None:
            raw.execute(f"DELETE FROM tombstones WHERE kind = ? AND id IN (SELECT id FROM {alias}.{table})", (kind,))
    # OR FAIL: see _FreshRows
    raw.execute(f"INSERT OR FAIL INTO spans ({cv.LAYER_SPAN_COLS}, annotator, note, created, updated) "
                f"SELECT {cv.LAYER_SPAN_COLS}, {layer}, '', {stamp}, {stamp} FROM {alias}.{spool.SPAN_TABLE}")
    raw.execute(f"INSERT OR FAIL INTO relations ({cv.LAYER_REL_COLS}, annotator, created, updated) "
                f"SELECT {cv.LAYER_REL_COLS}, {layer}, {stamp}, {stamp} FROM {alias}.{spool.RELATION_TABLE}")


def _literal(text: str) -> str:
    """`text` as an SQL string literal (both engines: standard quoting)."""
    if "\x00" in text:
        raise ValueError("a NUL character in " + repr(text))
    return "'" + text.replace("'", "''") + "'"


class _Replacement:
    """One table's part of `replace_layer` in one document: rows to delete, insert, update.

    Rows are tuples in the table's column order: id first, `created` and `updated` last.
    """

    def __init__(self, table: str, cols: str, old: dict, rows: list[tuple], content: slice):
        self.table, self.cols = table, cols
        self.kind, self.stamp = table[:-1], model.now_iso()  # "span" | "relation"; when what goes went
        new_ids = {r[0] for r in rows}
        self.gone = [(i,) for i in old if i not in new_ids]
        self.fresh = [r for r in rows if r[0] not in old]
        self.changed = [r for r in rows if r[0] in old and old[r[0]][content] != r[content]]
        self.kept = len(rows) - len(self.fresh) - len(self.changed)

    def delete(self, raw) -> None:
        if self.gone:
            _bury(raw, self.kind, [(i, self.stamp) for i, in self.gone])
            raw.executemany(f"DELETE FROM {self.table} WHERE id = ?", self.gone)

    def put(self, raw) -> None:
        if self.fresh:
            _unbury(raw, self.kind, [r[0] for r in self.fresh])
            marks = ",".join("?" * len(self.fresh[0]))
            raw.executemany(f"INSERT INTO {self.table} ({self.cols}) VALUES ({marks})", self.fresh)
        if self.changed:  # everything but the id and the time it was created
            names = [c.strip() for c in self.cols.split(",")]
            sets = ", ".join(f"{n} = ?" for n in names[1:-2] + names[-1:])
            raw.executemany(f"UPDATE {self.table} SET {sets} WHERE id = ?",
                            [(*r[1:-2], r[-1], r[0]) for r in self.changed])

    def count(self, counts: Counter) -> None:
        for what, n in (("added", len(self.fresh)), ("updated", len(self.changed)), ("removed", len(self.gone)),
                        ("kept", self.kept)):
            counts[f"{self.table} {what}"] += n


_STATUS_SQL = "coalesce((SELECT status FROM doc_states t WHERE t.doc_id = d.id AND t.annotator = :ann), 'new')"


def _row_sql(annotator: str | None) -> str:
    """SELECT of DocumentListRow columns; span count and status are `annotator`'s (:ann)."""
    mine = "AND s.annotator = :ann" if annotator else ""
    return (f"SELECT d.seq, d.id, d.sha256, d.title, d.length, "
            f"(SELECT count(*) FROM spans s WHERE s.doc_id = d.id {mine}), {_STATUS_SQL} FROM documents d")


def _doc_filter(status, annotator, search, dialect: str) -> tuple[str, dict]:
    clauses, params = [], {"ann": annotator}
    if status:
        clauses.append(f"{_STATUS_SQL} = :status")
        params["status"] = status
    if search:
        either = ["d.title LIKE :q ESCAPE '\\'", "d.id LIKE :q ESCAPE '\\'"]
        escaped = search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params["q"] = f"%{escaped}%"
        if (pattern := _title_pattern(search, dialect)) is not None:
            either.append("d.title GLOB :g" if dialect == SQLITE else "d.title ~ :g")
            params["g"] = pattern
        clauses.append("(" + " OR ".join(either) + ")")
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


def _title_pattern(search: str, dialect: str) -> str | None:
    """A title search as Arabic is written: any alef, ya or waw form for each typed (الامريكية
    finds الأمريكية), harakat typed left out. A GLOB on SQLite, a regular expression on a server;
    None when LIKE alone finds what was typed."""
    forms = written_forms(search)
    if "".join(forms) == search:
        return None
    if dialect == SQLITE:
        return "*" + "".join(f"[{f}]" if len(f) > 1 or f in "*?[]" else f for f in forms) + "*"
    return "".join(f"[{f}]" if len(f) > 1 else re.escape(f) for f in forms)


def _apply(raw: Connection, c: ChangeSet) -> None:
    stamp = model.now_iso()
    told = {(t.kind, t.id): t.deleted for t in c.put_tombstones}  # a deletion made elsewhere keeps its time
    if c.delete_relations:
        _bury(raw, "relation", [(i, told.get(("relation", i), stamp)) for i in c.delete_relations])
        raw.executemany("DELETE FROM relations WHERE id = ?", ((i,) for i in c.delete_relations))
    if c.delete_spans:
        _bury(raw, "span", [(i, told.get(("span", i), stamp)) for i in c.delete_spans])
        raw.executemany("DELETE FROM spans WHERE id = ?", ((i,) for i in c.delete_spans))
    if c.delete_statuses:
        raw.executemany("DELETE FROM doc_states WHERE doc_id = ? AND annotator = ?", c.delete_statuses)
    if c.delete_verdicts:
        raw.executemany('DELETE FROM verdicts WHERE doc_id = ? AND annotator = ? AND "key" = ?', c.delete_verdicts)
    for table, cols, keys, items, row in (
            ("spans", cv.SPAN_COLS, "id", c.put_spans, cv.span_row),
            ("relations", cv.REL_COLS, "id", c.put_relations, cv.relation_row),
            ("doc_states", cv.STATUS_COLS, "doc_id, annotator", c.put_statuses, cv.status_row),
            ("verdicts", cv.VERDICT_COLS, 'doc_id, annotator, "key"', c.put_verdicts, cv.verdict_row)):
        if items:  # rows, not dicts of parameters: binding by name took a third of a merge's writing
            raw.executemany(_upsert(table, cols, keys), map(row, items))
    for kind, items in (("span", c.put_spans), ("relation", c.put_relations)):
        if items:
            _unbury(raw, kind, [x.id for x in items])
    if c.put_tombstones:
        raw.executemany(_PUT_TOMBSTONE, map(cv.tombstone_row, c.put_tombstones))


# -- tombstones: a deleted span or relation leaves one, in the transaction that deletes it --
_BURY = {table: (f"INSERT INTO tombstones ({cv.TOMBSTONE_COLS}) SELECT '{kind}', id, doc_id, annotator, ? "
                 f"FROM {table} WHERE id = ? ON CONFLICT (kind, id) DO UPDATE SET doc_id = excluded.doc_id, "
                 "annotator = excluded.annotator, deleted = excluded.deleted")
         for kind, table in (("span", "spans"), ("relation", "relations"))}
# A deletion told by another project is kept if it is newer than the one recorded here.
_PUT_TOMBSTONE = (f"INSERT INTO tombstones ({cv.TOMBSTONE_COLS}) VALUES (?, ?, ?, ?, ?) "
                  "ON CONFLICT (kind, id) DO UPDATE SET doc_id = excluded.doc_id, annotator = excluded.annotator, "
                  "deleted = excluded.deleted WHERE excluded.deleted > tombstones.deleted")


def _bury(raw: Connection, kind: str, deletions: list[tuple[str, str]]) -> None:
    """Tombstones for the (id, time) of spans or relations about to be deleted."""
    raw.executemany(_BURY["spans" if kind == "span" else "relations"], [(t, i) for i, t in deletions])


class IdsTaken(Exception):
    """`add_batch(unlooked=True)` met an id already stored, and wrote nothing."""


@contextmanager
def _undone_on_clash(conn: Connection, undoable: bool) -> Iterator[None]:
    """What is written inside undone alone, inside the transaction, if it breaks a
    constraint (IdsTaken raised); a savepoint costs nothing measurable."""
    if not undoable:
        yield
        return
    conn.execute("SAVEPOINT unlooked")
    try:
        yield
    except Exception as e:
        if not _breaks_constraint(conn, e):
            raise
        conn.execute("ROLLBACK TO SAVEPOINT unlooked")
        conn.execute("RELEASE SAVEPOINT unlooked")
        raise IdsTaken from None
    conn.execute("RELEASE SAVEPOINT unlooked")


def _breaks_constraint(conn: Connection, error: Exception) -> bool:
    if conn.dialect == SQLITE:
        return isinstance(error, sqlite3.IntegrityError)
    import psycopg
    return isinstance(error, psycopg.IntegrityError)


def _unbury(raw: Connection, kind: str, ids: list[str]) -> None:
    """Items written again are alive: their tombstones go (only if there are any: imports
    write many spans)."""
    if raw.execute("SELECT 1 FROM tombstones WHERE kind = ? LIMIT 1", (kind,)).first() is not None:
        raw.executemany("DELETE FROM tombstones WHERE kind = ? AND id = ?", [(kind, i) for i in ids])


def _upsert(table: str, cols: str, keys: str) -> str:
    """Insert or update in place (never REPLACE: its delete would cascade to relations);
    rows in the order of `cols`."""
    names = [c.strip().strip('"') for c in cols.split(",")]
    key_names = {k.strip().strip('"') for k in keys.split(",")}
    values = ", ".join("?" * len(names))
    updates = ", ".join(f'"{n}" = excluded."{n}"' for n in names if n not in key_names)
    return f"INSERT INTO {table} ({cols}) VALUES ({values}) ON CONFLICT({keys}) DO UPDATE SET {updates}"


class _Order(NamedTuple):
    """The order of each kind of item within a record."""
    span: Callable
    relation: Callable
    status: Callable
    verdict: Callable
    tombstone: Callable


class _Build(NamedTuple):
    """What `records` yields: the record and, per kind, each item from its row (None: the row)."""
    record: Callable
    document: Callable
    span: Callable
    relation: Callable | None
    status: Callable | None
    verdict: Callable | None
    tombstone: Callable | None
    order: _Order


# objects are ordered by their fields, rows by the same fields' columns
_OBJECTS = _Build(DocumentRecord, cv.document, cv.span, cv.relation, cv.status, cv.verdict, cv.tombstone,
                  _Order(attrgetter("start", "end", "id"), attrgetter("created", "id"), attrgetter("annotator"),
                         attrgetter("annotator", "key"), attrgetter("kind", "id")))
_ROWS = _Build(model.RecordRows, cv.stored_document, cv.stored_span, None, None, None, None,
               _Order(itemgetter(2, 3, 0), itemgetter(6, 0), itemgetter(1), itemgetter(1, 2), itemgetter(0, 1)))


_RECORDS_BATCH = 500  # documents read at once by `records`
_FEW_DOCUMENTS = 5_000  # `records` of at most so many ids asks for them by id

# `versions`: per kind its table, columns, how many leading columns are its key, its row
# from an item placed in a document, and its item from a row.
_VERSIONED = {"span": ("spans", cv.SPAN_COLS, 1, cv.span_row, cv.span),
              "relation": ("relations", cv.REL_COLS, 1, cv.relation_row, cv.relation),
              "status": ("doc_states", cv.STATUS_COLS, 2, cv.status_row, cv.status),
              "verdict": ("verdicts", cv.VERDICT_COLS, 3, cv.verdict_row, cv.verdict)}


def _records(raw, docs: list[tuple], wanted: set | None, verdicts: bool, tombstones: bool,
             build: "_Build") -> Iterator:
    """The records of a batch of document rows (cv.DOC_COLS), built as `build` says."""
    if not docs:
        return
    marks = ",".join("?" * len(docs))
    ids = [row[0] for row in docs]

    def of(cols: str, table: str, make, **where) -> dict[str, list]:
        with gc_paused():
            return _grouped(raw.execute(f"SELECT {cols} FROM {table} WHERE doc_id IN ({marks})", ids), make, wanted,
                            **where)
    spans, rels = of(cv.SPAN_COLS, "spans", build.span), of(cv.REL_COLS, "relations", build.relation)
    states = of(cv.STATUS_COLS, "doc_states", build.status, doc_col=0, annotator_col=1)
    found = of(cv.VERDICT_COLS, "verdicts", build.verdict, doc_col=0, annotator_col=1) if verdicts else {}
    dead = of(cv.TOMBSTONE_COLS, "tombstones", build.tombstone, doc_col=2, annotator_col=3) if tombstones else {}
    order = build.order
    for row in docs:
        key = row[0]
        yield build.record(build.document(row), sorted(spans.get(key, ()), key=order.span),
                           sorted(rels.get(key, ()), key=order.relation),
                           sorted(states.get(key, ()), key=order.status),
                           verdicts=sorted(found.get(key, ()), key=order.verdict),
                           tombstones=sorted(dead.get(key, ()), key=order.tombstone))


def _grouped(cursor, make, keep, doc_col: int = 1, annotator_col: int = 5) -> dict[str, list]:
    """{document id: its items}, each `make(row)` (or the row itself for None)."""
    out: dict[str, list] = defaultdict(list)
    if keep is None:  # the common, hot case: every layer
        for row in cursor:
            out[row[doc_col]].append(row if make is None else make(row))
    else:
        for row in cursor:
            if row[annotator_col] in keep:
                out[row[doc_col]].append(row if make is None else make(row))
    return out


def _rows_among(conn: Connection, table: str, cols: str, column: str, values: Collection) -> Iterator[tuple]:
    """The rows of `table` whose `column` is one of `values`; when those are a good part of
    the table, every row (one pass over it beats a look-up per value): the caller keeps the
    rows it asked for."""
    if len(values) > 4 * _CHUNK and len(values) >= conn.execute(f"SELECT count(*) FROM {table}").scalar() / 4:
        yield from conn.stream(f"SELECT {cols} FROM {table}")
        return
    for chunk in _chunks(values):
        yield from conn.execute(f"SELECT {cols} FROM {table} WHERE {column} IN ({','.join('?' * len(chunk))})", chunk)


def _chunks(values: Iterable) -> Iterator[list]:
    values = iter(values)
    while chunk := list(islice(values, _CHUNK)):
        yield chunk


def _file_pool(path: Path, mode: str, immutable: bool = False, wait: float = BUSY_WAIT) -> Pool:
    # a URI with every odd character of the path (#, ?, %, Arabic) escaped
    uri = path.resolve().as_uri() + f"?mode={mode}" + ("&immutable=1" if immutable else "")
    first = ["PRAGMA foreign_keys = ON", f"PRAGMA busy_timeout = {int(wait * 1000)}"]
    then = ["PRAGMA cache_size = -65536"]  # 64 MB: bulk imports insert into random-key indexes
    if mode == "ro":
        return Pool(lambda: connect_sqlite(uri, first + then), SQLITE)
    # WAL first: the cache size reads the schema, which would wait a second time for a bulk import
    return Pool(lambda: _then(into_wal(connect_sqlite(uri, first), wait), then), SQLITE)


def _then(conn: Connection, pragmas: list[str]) -> Connection:
    for pragma in pragmas:
        conn.execute(pragma)
    return conn


def is_server_address(location) -> bool:
    return isinstance(location, str) and location.lower().startswith(SERVER_SCHEMES)


# Every write transaction that writes counts up the revision (see Project.revision); an
# upsert, as files made before it have no such row. On a server an edit counts up its layers'
# own rows instead (Project.current): one shared row would make every writer wait for the one
# before it to commit.
_COUNT_UP = "ON CONFLICT (key) DO UPDATE SET value = CAST(CAST(meta.value AS INTEGER) + 1 AS VARCHAR)"
_NEXT_REVISION = f"INSERT INTO meta (key, value) VALUES ('revision', '1') {_COUNT_UP}"
_LAYER_REVISION = "revision:"  # + layer: a layer's own count (see server.py: who may count it up)
_REVISION = ("SELECT sum(CAST(value AS INTEGER)) FROM meta "
             f"WHERE \"key\" = 'revision' OR substr(\"key\", 1, {len(_LAYER_REVISION)}) = '{_LAYER_REVISION}'")


def _held(n: int) -> str:
    """Count up n layers' revision rows (:k0...), in the order given (sorted: no deadlock)."""
    values = ", ".join(f"(:k{i}, '1')" for i in range(n))
    return f"INSERT INTO meta (key, value) VALUES {values} {_COUNT_UP}"


@dataclass
class Current:
    """Rows as stored now (None: absent), by id (statuses by document and annotator), and
    the ids of relations that hang on spans to be deleted."""
    spans: dict
    relations: dict
    statuses: dict
    hanging: set


def _select_in(conn: Connection, cols: str, table: str, keys: tuple[str, ...], values: list,
               or_key: str | None = None) -> list:
    """SELECT cols FROM table WHERE (keys) is one of values (or `or_key` is), a chunk at a
    time: the chunks' Rows (read them after a batch())."""
    out = []
    for chunk in _chunks(values):
        if len(keys) == 1:
            marks = ", ".join("?" * len(chunk))
            where = f"{keys[0]} IN ({marks})" + (f" OR {or_key} IN ({marks})" if or_key else "")
            params = list(chunk) * (2 if or_key else 1)
        else:
            where = " OR ".join("(" + " AND ".join(f"{k} = ?" for k in keys) + ")" for _ in chunk)
            params = [v for row in chunk for v in row]
        out.append(conn.execute(f"SELECT {cols} FROM {table} WHERE {where}", params))
    return out


def _has_log(path: Path) -> bool:
    """Committed changes still in the -wal file (a project not closed cleanly)."""
    log = path.with_name(path.name + "-wal")
    return log.is_file() and log.stat().st_size > 0


def _journal_left(path: Path) -> bool:
    """A rollback journal beside the file: a bulk import writing (journal.written_once) or
    killed while writing, whose pages the next connection that can write puts back."""
    return path.with_name(path.name + "-journal").exists()


def _journal_undone(path: Path, wait: float) -> None:
    """What a killed bulk import left in its journal put back, by a connection that may
    write (a read-only one cannot: SQLite refuses to read the file until then)."""
    pool = _file_pool(path, "rw", wait=wait)
    try:
        with sql_errors(path, opening=True), pool.connection():
            pass  # entering WAL reads the file, which rolls the journal back first
    finally:
        pool.close()


def is_database(path: Path) -> bool:
    """An SQLite file (a project, or another database): never a file to overwrite."""
    if not path.is_file():  # opening a pipe or device would block or consume it
        return False
    try:
        with open(path, "rb") as f:
            return f.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def _not_a_project(path: Path) -> NotAProject:
    return NotAProject.of(M.NOT_A_PROJECT, name=path.name)
