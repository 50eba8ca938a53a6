"""How a project file's writes are journaled: WAL, except for a bulk import into a file no
other connection has open, which goes through a rollback journal and writes each page once.

In WAL mode a transaction's pages go to the log first and into the file at COMMIT. A
200,000-document import logged 1.8 GB, and its COMMIT alone took 15 s copying that into the
file (this disk writes about 120 MB/s): time per document was 1.2 to 1.4 times that of a
10,000-document import. With a rollback journal the pages are written in place, and pages
appended at the end of the file need no journal at all.
"""
from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager

from .db import SQLITE, Connection

RETRY = 0.02  # seconds between tries to enter WAL mode while a bulk import holds the file


def into_wal(conn: Connection, wait: float) -> Connection:
    """WAL mode with NORMAL sync (a killed process loses nothing committed, readers never
    wait for a writer). Entering it needs the file to itself for a moment, and SQLite does
    not wait for that: while a bulk import writes (`written_once`) this waits for it, up to
    `wait` seconds in all, as a write would wait for another."""
    deadline = time.monotonic() + wait
    patience = conn.execute("PRAGMA busy_timeout").scalar()
    conn.execute("PRAGMA busy_timeout = 0")  # no wait within a try as well: `wait` bounds the whole
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            break
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() >= deadline:
                conn.close()
                raise
            time.sleep(RETRY)
    conn.execute(f"PRAGMA busy_timeout = {patience}")
    conn.execute("PRAGMA synchronous = NORMAL")
    return conn


@contextmanager
def written_once(conn: Connection, bulk: bool) -> Iterator[None]:
    """Around a write transaction (started inside): when `bulk` and no other connection
    has the file open, a rollback journal instead of the WAL, with FULL sync (NORMAL could
    corrupt a file on power loss in that mode), and WAL again after. Leaving WAL needs the
    file to itself: while another connection (a window, a reader) has it open the PRAGMA
    fails at once and the write goes through the WAL as any other. Connections opened
    meanwhile wait in `into_wal`."""
    if not bulk or conn.dialect != SQLITE or not _left_wal(conn):
        yield
        return
    try:
        conn.execute("PRAGMA synchronous = FULL")
        yield
    finally:
        conn.rollback()  # nothing to undo after a commit
        try:
            into_wal(conn, 0)
        except sqlite3.OperationalError:  # a connection opened just now put the file in WAL
            pass  # and this one, closed, is dropped by the pool


def _left_wal(conn: Connection) -> bool:
    try:
        return conn.execute("PRAGMA journal_mode = DELETE").scalar() == "delete"
    except sqlite3.OperationalError:  # another connection has the file open
        return False
