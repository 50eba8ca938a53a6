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
import threading
import weakref
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath

from .. import model
from ..errors import IsnadError, NotAProject, ProjectLocked, ReadOnlyPlace
from ..messages import M
from ..perf import gc_paused
from ..model import SUGGEST_PREFIX, ChangeSet, Document, DocumentRecord, DocStatus, Relation, Schema, Span, Verdict
from ..schema import default_schema, schema_to_dict
from . import convert as cv
from . import lock as file_lock
from .checks import check_project, check_server_project, stored_schema
from .db import POSTGRES, SQLITE, Connection, Pool, connect_sqlite
from .ddl import SPAN_END_TRIGGERS
from .faults import read_only_disk, sql_errors, writable_folder, writable_place
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
    def open(cls, path: str | os.PathLike, read_only: bool = False, exclusive: bool = False) -> "Project":
        """Open an existing project. `exclusive` (the GUI) refuses a file another window holds.

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
        key = file_lock.opened(path)
        lock = ProjectFileLock(path) if exclusive and not read_only else None
        if lock and not lock.acquire():
            file_lock.closed(key)
            raise ProjectLocked.of(M.PROJECT_LOCKED, name=path.name)
        pool = _file_pool(path, "ro" if read_only else "rw", immutable)
        try:
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
    def _write(self) -> Iterator[Connection]:
        bound = getattr(self._bound, "conn", None)
        if bound is not None:
            if not self._bound.writing:
                raise RuntimeError("a write inside a snapshot(): use transaction()")
            self._bound.wrote = True
            yield bound
            return
        with self._begin_write(None, counted=True) as conn:
            yield conn

    @contextmanager
    def _begin_write(self, wait: float | None, counted=False) -> Iterator[Connection]:
        """A write transaction, committed at the end; `counted`: it counts up the revision
        (a callable: whether it does, asked at the end)."""
        if self.read_only:
            raise IsnadError.of(M.PROJECT_READ_ONLY)
        wait_ms = int(1000 * (self.wait if wait is None else wait))
        with self._errors(), self._pool.connection() as conn:
            conn.begin(write=True, wait_ms=wait_ms)
            yield conn
            conn.commit(_NEXT_REVISION if (counted() if callable(counted) else counted) else None)

    @contextmanager
    def transaction(self, wait: float | None = None) -> Iterator["Project"]:
        """Everything read and written inside (in this thread) is ONE write transaction that
        holds the write lock from its start: a read-modify-write no other writer can come
        between. `wait`: seconds to wait for another writer before "busy" (default `self.wait`)."""
        if getattr(self._bound, "conn", None) is not None:
            if not self._bound.writing:
                raise RuntimeError("transaction() inside a snapshot()")
            yield self
            return
        bound = self._bound
        # counted up at the end if it wrote, unless hold() counted up the layers it writes
        with self._begin_write(wait, counted=lambda: bound.wrote and not bound.held) as conn:
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
        where, params = _doc_filter(status, annotator, search)
        with self._read() as conn:
            return conn.execute(f"SELECT count(*) FROM documents d {where}", params).scalar_one()

    def document_rows(self, offset: int = 0, limit: int = 100, status: str | None = None,
                      annotator: str | None = None, search: str | None = None) -> list[DocumentListRow]:
        """One page of the document list, in import order (lazy lists ask page by page);
        with an annotator, the documents assigned to them first."""
        where, params = _doc_filter(status, annotator, search)
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
        where, params = _doc_filter(status, annotator, search)
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
        return count - 1 if found else None

    def _first(self, annotator: str | None) -> str:
        """The list's first sort key: 0 for a document assigned to `annotator` (:ann), else 1."""
        if not annotator or not self._assignments:
            return "1"
        return ("CASE WHEN EXISTS (SELECT 1 FROM assignments a WHERE a.doc_id = d.id AND a.annotator = :ann) "
                "THEN 0 ELSE 1 END")

    def document_ids(self, status: str | None = None, annotator: str | None = None,
                     search: str | None = None) -> list[str]:
        """Ids in import order, filtered like `document_rows`."""
        where, params = _doc_filter(status, annotator, search)
        with self._read() as conn:
            return list(conn.execute(f"SELECT d.id FROM documents d {where} ORDER BY d.seq", params).scalars())

    def documents(self, doc_ids: Iterable[str] | None = None) -> Iterator[Document]:
        """Documents with their texts in import order (only `doc_ids` if given), streamed."""
        stream = self._documents(doc_ids)
        self._streams.add(stream)
        return stream

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
            for doc_id, doc_text in conn.stream("SELECT id, text FROM documents"):
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
        verdicts = "UNION SELECT annotator FROM verdicts " if self._verdicts else ""
        with self._read() as conn:
            return list(conn.execute(
                "SELECT annotator FROM spans UNION SELECT annotator FROM relations "
                f"UNION SELECT annotator FROM doc_states {verdicts}ORDER BY 1").scalars())

    def records(self, annotators: Iterable[str] | None = None,
                doc_ids: Iterable[str] | None = None) -> Iterator[DocumentRecord]:
        """Every document with its annotations, in import order, streamed a batch of
        documents at a time (memory stays flat however large the project), all from one
        snapshot of the file (exports, merge, agreement)."""
        stream = self._record_stream(annotators, doc_ids)
        self._streams.add(stream)
        return stream

    def _record_stream(self, annotators, doc_ids) -> Iterator[DocumentRecord]:
        wanted = set(annotators) if annotators is not None else None
        only = set(doc_ids) if doc_ids is not None else None
        with self._read() as conn:  # one snapshot across the batches' queries (or the caller's transaction)
            docs = conn.stream(f"SELECT {cv.DOC_COLS} FROM documents ORDER BY seq")
            while batch := docs.fetchmany(_RECORDS_BATCH):
                if only is not None:
                    batch = [row for row in batch if row[0] in only]
                yield from _records(conn, batch, wanted, self._verdicts)

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

    def add_batch(self, documents: list[Document], changes: ChangeSet, schema: Schema | None = None) -> None:
        """Insert new documents and their annotations in ONE transaction. `schema`: a grown
        schema, whose new labels and relation types are added to the schema as stored when
        the transaction writes (another writer may have added others since it was read:
        none is lost)."""
        with self._write() as conn:
            if schema is not None:
                schema = _grown(stored_schema(conn, self.path), schema)
                self._put_schema(conn, schema)
            conn.executemany("INSERT INTO documents (id, sha256, title, text, length, source, meta, added_at) "
                             "VALUES (:id, :sha256, :title, :text, :length, :source, :meta, :added_at)",
                             map(cv.document_params, documents))
            _apply(conn, changes)
        if schema is not None:
            self.schema = schema

    def replace_layer(self, layer: str, documents: Iterable[tuple[str, list[Span], list[Relation]]]) -> Counter:
        """Make `layer` hold exactly the given spans and relations in each given document, in
        ONE transaction (an error raised while `documents` is consumed writes nothing).

        Items are matched by id; one whose content is unchanged is left as it is (timestamps
        too), so writing the same again changes nothing. Not an undoable action: this is how
        machine suggestions are written. Returns counts: "spans added", "spans updated",
        "spans removed", "spans kept", the same for relations, and "documents".
        """
        return self.replace_layer_rows(layer, ((doc_id, [cv.span_row(x) for x in spans],
                                                [cv.relation_row(x) for x in relations])
                                               for doc_id, spans, relations in documents))

    def replace_layer_rows(self, layer: str, documents: Iterable[tuple[str, list[tuple], list[tuple]]],
                           empty: bool = False) -> Counter:
        """`replace_layer` given rows (`convert.span_row`, `relation_row`), made where the
        suggestions are (in worker processes): the bulk path of `isnad suggest`. `empty`: the
        caller knows the layer holds nothing yet, so there is nothing old to read."""
        counts: Counter = Counter()
        with self._write() as raw:
            # The bounds trigger reads the document's length for each row: a third of the time
            # of 280,000 suggestions. Here the length is read once per document instead, and
            # the transaction restores the trigger whatever happens. (Not on a server: there
            # dropping a trigger would lock the table against every other annotator.)
            on_file = raw.dialect == SQLITE
            if on_file:
                raw.execute("DROP TRIGGER IF EXISTS span_end_within_text_insert")
            # Many documents (a bulk run into a new layer): every length in one query; else each its own.
            lengths = dict(raw.execute("SELECT id, length FROM documents")) if empty else None
            fresh = _FreshRows(raw) if empty else None
            for doc_id, span_rows, rel_rows in documents:
                counts["documents"] += 1
                length = lengths.get(doc_id) if lengths is not None else _length(raw, doc_id)
                _check_rows(layer, doc_id, length, span_rows, rel_rows)
                if fresh is not None:  # nothing old to compare with: insert, many documents at once
                    fresh.add(span_rows, rel_rows, counts)
                    continue
                old_spans = {r[0]: r for r in raw.execute(
                    f"SELECT {cv.SPAN_COLS} FROM spans WHERE doc_id = ? AND annotator = ?", (doc_id, layer))}
                old_rels = {r[0]: r for r in raw.execute(
                    f"SELECT {cv.REL_COLS} FROM relations WHERE doc_id = ? AND annotator = ?", (doc_id, layer))}
                rels = _Replacement("relations", cv.REL_COLS, old_rels, rel_rows, _REL_CONTENT)
                spans_ = _Replacement("spans", cv.SPAN_COLS, old_spans, span_rows, _SPAN_CONTENT)
                for step in (rels.delete, spans_.delete, spans_.put, rels.put):  # foreign keys' order
                    step(raw)
                rels.count(counts)
                spans_.count(counts)
            if fresh is not None:
                fresh.flush()
            if on_file:
                raw.execute(SPAN_END_TRIGGERS[0])
        return counts

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


def _check_rows(layer: str, doc_id: str, length: int | None, span_rows: list[tuple], rel_rows: list[tuple]) -> None:
    """replace_layer's rows: all of `layer` and of `doc_id` (whose text is `length` long),
    spans inside the text."""
    for rows in (span_rows, rel_rows):
        if any(r[5] != layer or r[1] != doc_id for r in rows):
            raise ValueError(f"replace_layer({layer!r}) was given another layer's or document's items")
    if length is None or any(r[3] > length for r in span_rows):
        raise ValueError(f"replace_layer({layer!r}) was given a span beyond the text of {doc_id!r}")


class _FreshRows:
    """Rows of a layer that held nothing: inserted many documents at once (spans before the
    relations that point at them)."""
    BATCH = 20_000

    def __init__(self, raw):
        self.raw, self.spans, self.relations = raw, [], []

    def add(self, span_rows: list[tuple], rel_rows: list[tuple], counts: Counter) -> None:
        self.spans += span_rows
        self.relations += rel_rows
        counts["spans added"] += len(span_rows)
        counts["relations added"] += len(rel_rows)
        if len(self.spans) + len(self.relations) >= self.BATCH:
            self.flush()

    def flush(self) -> None:
        for table, cols, rows in (("spans", cv.SPAN_COLS, self.spans), ("relations", cv.REL_COLS, self.relations)):
            if rows:
                marks = ",".join("?" * len(rows[0]))
                self.raw.executemany(f"INSERT INTO {table} ({cols}) VALUES ({marks})", rows)
        self.spans, self.relations = [], []


class _Replacement:
    """One table's part of `replace_layer` in one document: rows to delete, insert, update.

    Rows are tuples in the table's column order: id first, `created` and `updated` last.
    """

    def __init__(self, table: str, cols: str, old: dict, rows: list[tuple], content: slice):
        self.table, self.cols = table, cols
        new_ids = {r[0] for r in rows}
        self.gone = [(i,) for i in old if i not in new_ids]
        self.fresh = [r for r in rows if r[0] not in old]
        self.changed = [r for r in rows if r[0] in old and old[r[0]][content] != r[content]]
        self.kept = len(rows) - len(self.fresh) - len(self.changed)

    def delete(self, raw) -> None:
        if self.gone:
            raw.executemany(f"DELETE FROM {self.table} WHERE id = ?", self.gone)

    def put(self, raw) -> None:
        if self.fresh:
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


def _doc_filter(status, annotator, search) -> tuple[str, dict]:
    clauses, params = [], {"ann": annotator}
    if status:
        clauses.append(f"{_STATUS_SQL} = :status")
        params["status"] = status
    if search:
        clauses.append("(d.title LIKE :q ESCAPE '\\' OR d.id LIKE :q ESCAPE '\\')")
        escaped = search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params["q"] = f"%{escaped}%"
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


def _apply(raw: Connection, c: ChangeSet) -> None:
    if c.delete_relations:
        raw.executemany("DELETE FROM relations WHERE id = ?", ((i,) for i in c.delete_relations))
    if c.delete_spans:
        raw.executemany("DELETE FROM spans WHERE id = ?", ((i,) for i in c.delete_spans))
    if c.delete_statuses:
        raw.executemany("DELETE FROM doc_states WHERE doc_id = ? AND annotator = ?", c.delete_statuses)
    if c.delete_verdicts:
        raw.executemany('DELETE FROM verdicts WHERE doc_id = ? AND annotator = ? AND "key" = ?', c.delete_verdicts)
    for table, cols, keys, items, params in (
            ("spans", cv.SPAN_COLS, "id", c.put_spans, cv.span_params),
            ("relations", cv.REL_COLS, "id", c.put_relations, cv.relation_params),
            ("doc_states", cv.STATUS_COLS, "doc_id, annotator", c.put_statuses, cv.status_params),
            ("verdicts", cv.VERDICT_COLS, 'doc_id, annotator, "key"', c.put_verdicts, cv.verdict_params)):
        if items:
            raw.executemany(_upsert(table, cols, keys), map(params, items))


def _upsert(table: str, cols: str, keys: str) -> str:
    """Insert or update in place (never REPLACE: its delete would cascade to relations)."""
    names = [c.strip().strip('"') for c in cols.split(",")]
    key_names = {k.strip().strip('"') for k in keys.split(",")}
    values = ", ".join(f":{n}" for n in names)
    updates = ", ".join(f'"{n}" = excluded."{n}"' for n in names if n not in key_names)
    return f"INSERT INTO {table} ({cols}) VALUES ({values}) ON CONFLICT({keys}) DO UPDATE SET {updates}"


def _span_order(s: Span):
    return s.start, s.end, s.id


def _relation_order(r: Relation):
    return r.created, r.id


def _status_order(s: DocStatus):
    return s.annotator


def _verdict_order(v: Verdict):
    return v.annotator, v.key


_RECORDS_BATCH = 500  # documents read at once by `records`


def _records(raw, docs: list[tuple], wanted: set | None, verdicts: bool) -> Iterator[DocumentRecord]:
    """DocumentRecords of a batch of document rows (cv.DOC_COLS)."""
    if not docs:
        return
    marks = ",".join("?" * len(docs))
    ids = [row[0] for row in docs]

    def of(cols: str, table: str, make, **where) -> dict[str, list]:
        with gc_paused():
            return _grouped(raw.execute(f"SELECT {cols} FROM {table} WHERE doc_id IN ({marks})", ids), make, wanted,
                            **where)
    spans, rels = of(cv.SPAN_COLS, "spans", cv.span), of(cv.REL_COLS, "relations", cv.relation)
    states = of(cv.STATUS_COLS, "doc_states", cv.status, doc_col=0, annotator_col=1)
    found = of(cv.VERDICT_COLS, "verdicts", cv.verdict, doc_col=0, annotator_col=1) if verdicts else {}
    for row in docs:
        yield DocumentRecord(cv.document(row), sorted(spans.get(row[0], ()), key=_span_order),
                             sorted(rels.get(row[0], ()), key=_relation_order),
                             sorted(states.get(row[0], ()), key=_status_order),
                             verdicts=sorted(found.get(row[0], ()), key=_verdict_order))


def _grouped(cursor, make, keep, doc_col: int = 1, annotator_col: int = 5) -> dict[str, list]:
    out: dict[str, list] = defaultdict(list)
    if keep is None:  # the common, hot case: every layer
        for row in cursor:
            out[row[doc_col]].append(make(row))
    else:
        for row in cursor:
            if row[annotator_col] in keep:
                out[row[doc_col]].append(make(row))
    return out


def _chunks(values: list) -> Iterator[list]:
    for i in range(0, len(values), _CHUNK):
        yield values[i:i + _CHUNK]


def _file_pool(path: Path, mode: str, immutable: bool = False) -> Pool:
    # a URI with every odd character of the path (#, ?, %, Arabic) escaped
    uri = path.resolve().as_uri() + f"?mode={mode}" + ("&immutable=1" if immutable else "")
    pragmas = ["PRAGMA foreign_keys = ON", f"PRAGMA busy_timeout = {int(BUSY_WAIT * 1000)}",
               "PRAGMA cache_size = -65536"]  # 64 MB: bulk imports insert into random-key indexes
    if mode != "ro":  # WAL + NORMAL: a killed process loses nothing committed
        pragmas += ["PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"]
    return Pool(lambda: connect_sqlite(uri, pragmas), SQLITE)


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
