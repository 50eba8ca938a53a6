"""Spool files: scratch SQLite files that the worker processes of `isnad suggest` write a new
suggestion layer's rows into, and that the project copies them from, SQLite to SQLite.

Sending 280,000 rows back to the writing process, unpickling them there and binding them
to its INSERT took that process longer than the workers took to make them; an
`INSERT ... SELECT` from an attached file runs in SQLite alone. A spool holds the rows of
one segment of the documents (several workers append to it, a transaction per chunk of
documents, each checked as `layer_rows` checks); the project copies a segment once every
chunk of it is in (`Project.filling_layer`).
"""
from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import chain
from pathlib import Path

from ..errors import IsnadError
from ..messages import M
from .db import Connection, connect_sqlite
from .faults import disk_nearly_full
from .layer_rows import check_joins, check_rows

SPAN_TABLE, RELATION_TABLE = "spans", "relations"  # of a spool file: the store's layer rows
_CREATE = (f'CREATE TABLE IF NOT EXISTS {SPAN_TABLE} (id, doc_id, start, "end", label, attrs)',
           f"CREATE TABLE IF NOT EXISTS {RELATION_TABLE} (id, doc_id, from_id, to_id, type)")
WAIT = 60.0  # seconds a worker waits for another writing the same spool
_PREFIX = "isnad-suggest-"  # + the pid of the run: the folder of one run's spools
ORPHAN_AFTER = 3600.0  # seconds untouched after which a killed run's folder is removed


@contextmanager
def spool_folder() -> Iterator[Path]:
    """A folder for one run's spools in the system's temporary folder (TMPDIR), removed after.
    The folders that killed runs left behind go first."""
    _remove_orphans(Path(tempfile.gettempdir()))
    with tempfile.TemporaryDirectory(prefix=f"{_PREFIX}{os.getpid()}-") as folder:
        yield Path(folder)


def _remove_orphans(top: Path) -> None:
    """Folders of runs whose process is gone and that nothing touched for ORPHAN_AFTER (a
    running one adds and deletes a spool every few seconds: on a temporary folder shared
    across process namespaces, its pid alone could look gone)."""
    for folder in top.glob(_PREFIX + "*"):
        pid = folder.name[len(_PREFIX):].partition("-")[0]
        try:
            idle = time.time() - folder.stat().st_mtime
        except OSError:  # removed meanwhile
            continue
        if pid.isdigit() and not _alive(int(pid)) and idle > ORPHAN_AFTER:
            shutil.rmtree(folder, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's
        return True
    return True


class Spool:
    """A spool file as one worker process appends to it."""

    def __init__(self, path: Path):
        self.path = path
        # No journal and no sync: a scratch file that nothing reads after a crash.
        with _errors(path):
            self.conn: Connection = connect_sqlite(
                path.as_uri(), ["PRAGMA journal_mode = OFF", "PRAGMA synchronous = OFF",
                                f"PRAGMA busy_timeout = {int(WAIT * 1000)}"])

    def add(self, layer: str, documents: list[tuple[str, int, list[tuple], list[tuple]]]) -> None:
        """Rows of documents given as (id, length of its text, span rows, relation rows), in
        one transaction."""
        for doc_id, length, span_rows, rel_rows in documents:
            check_rows(layer, doc_id, length, span_rows, rel_rows)
            check_joins(layer, doc_id, span_rows, rel_rows)
        spans = list(chain.from_iterable(d[2] for d in documents))
        relations = list(chain.from_iterable(d[3] for d in documents))
        with _errors(self.path):
            self.conn.begin(write=True)
            for sql in _CREATE:
                self.conn.execute(sql)
            _insert(self.conn, SPAN_TABLE, 6, spans)
            _insert(self.conn, RELATION_TABLE, 5, relations)
            self.conn.commit()

    def close(self) -> None:
        self.conn.close()


def _insert(conn: Connection, table: str, width: int, rows: list[tuple]) -> None:
    if rows:
        conn.insert_values(f"INSERT INTO {table}", f"({','.join('?' * width)})", rows)


@contextmanager
def _errors(path: Path) -> Iterator[None]:
    """A scratch file that cannot be written (a full or read-only temporary folder) is not
    the project's fault: its own message, naming it."""
    try:
        yield
    except sqlite3.Error as e:  # a full disk may also read back as "malformed" without a journal
        detail = "the disk is full" if disk_nearly_full(path) else str(e)
        raise IsnadError.of(M.SPOOL_FAILED, file=str(path), detail=detail) from None
