"""One database connection, SQLite or PostgreSQL, behind the few calls the store makes.

The store writes every query once, as SQL text with named `:params` (or `?` for bulk
rows), and runs it here on either engine. SQLite is `sqlite3` itself (nothing else is
imported on that path: every command starts fast); PostgreSQL is psycopg 3, imported only
when a server project is opened. Both connections run in autocommit mode and the store
says BEGIN/COMMIT itself, so a transaction is exactly what the store asks for.
"""
from __future__ import annotations

import os
import re
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from itertools import chain

SQLITE, POSTGRES = "sqlite", "postgresql"
ROWS_PER_INSERT = 200  # rows in one SQLite INSERT of `insert_values` (1,200 values: far below its limit)


class Rows:
    """A cursor's rows, read the ways the store reads them."""
    __slots__ = ("cursor",)

    def __init__(self, cursor):
        self.cursor = cursor

    def __iter__(self):
        return iter(self.cursor)

    def first(self):
        return self.cursor.fetchone()

    def one(self):
        row = self.cursor.fetchone()
        if row is None:
            raise LookupError("no row")
        return row

    def scalar(self):
        row = self.cursor.fetchone()
        return None if row is None else row[0]

    def scalar_one(self):
        return self.one()[0]

    def scalars(self):
        return (row[0] for row in self.cursor)

    def all(self) -> list:
        return self.cursor.fetchall()

    def fetchmany(self, n: int) -> list:
        return self.cursor.fetchmany(n)


class Connection:
    """A connection to a project's database (`dialect` is SQLITE or POSTGRES)."""

    def __init__(self, raw, dialect: str):
        self.raw, self.dialect = raw, dialect
        self._streams = 0  # names of server-side cursors

    def execute(self, sql: str, params=None) -> Rows:
        if self.dialect == SQLITE:
            return Rows(self.raw.execute(sql) if params is None else self.raw.execute(sql, params))
        if params is None:  # sent as written: psycopg reads no marks (a '%' stays one)
            return Rows(self.raw.execute(sql))
        return Rows(self.raw.execute(_pyformat(sql), params or None))

    def stream(self, sql: str, params=None) -> Rows:
        """Rows read as they are consumed, not all at once (a server sends them in batches)."""
        if self.dialect == SQLITE:
            return self.execute(sql, params)
        self._streams += 1
        cursor = self.raw.cursor(name=f"isnad_stream_{self._streams}")
        cursor.itersize = 500
        cursor.execute(_pyformat(sql), params or None)
        return Rows(cursor)

    def executemany(self, sql: str, rows) -> None:
        if self.dialect == SQLITE:
            self.raw.executemany(sql, rows)
        else:
            with self.raw.cursor() as cur:
                cur.executemany(_pyformat(sql), rows)

    def insert_values(self, head: str, values: str, rows: list[tuple]) -> None:
        """`head VALUES values` for each row: an INSERT whose row template `values` may hold
        literals beside its `?` marks, rows all of one length. On SQLite ROWS_PER_INSERT rows
        go in each statement (one VALUES list of many rows): binding and stepping a statement
        per row took as long as SQLite's own inserting (280,000 suggested spans: 1.3 -> 0.9 s)."""
        if self.dialect != SQLITE or len(rows) < ROWS_PER_INSERT:
            self.executemany(f"{head} VALUES {values}", rows)
            return
        n = ROWS_PER_INSERT
        whole = len(rows) - len(rows) % n
        self.raw.executemany(f"{head} VALUES {','.join([values] * n)}",
                             (tuple(chain.from_iterable(rows[i:i + n])) for i in range(0, whole, n)))
        if whole < len(rows):
            self.raw.executemany(f"{head} VALUES {values}", rows[whole:])

    def insert_rows(self, table: str, cols: str, rows: list[tuple]) -> None:
        """Insert new rows (tuples in the order of `cols`): executemany on SQLite, COPY on a
        server (one stream instead of a round trip per batch of rows: twice as fast)."""
        if not rows:
            return
        if self.dialect == SQLITE:
            # OR FAIL: a row that breaks a constraint stops the statement without undoing the
            # rows before it (the caller's transaction is undone anyway), so SQLite keeps no
            # statement journal for the many rows of each INSERT.
            self.insert_values(f"INSERT OR FAIL INTO {table} ({cols})", f"({','.join('?' * len(rows[0]))})", rows)
            return
        with self.raw.cursor() as cur, cur.copy(f"COPY {table} ({cols}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)

    def begin(self, write: bool = False, wait_ms: int | None = None) -> None:
        """Start a transaction. On SQLite a write takes the write lock now (BEGIN IMMEDIATE),
        so what it reads cannot change before it writes; PostgreSQL locks rows as written.
        A read sees one snapshot throughout. `wait_ms`: how long a write waits for a lock."""
        if self.dialect == SQLITE:
            if wait_ms is not None:
                self.raw.execute(f"PRAGMA busy_timeout = {int(wait_ms)}")
            self.raw.execute("BEGIN IMMEDIATE" if write else "BEGIN")
            return
        begin = "BEGIN" if write else "BEGIN ISOLATION LEVEL REPEATABLE READ"
        if wait_ms is not None:  # in the same round trip
            begin += f"; SET LOCAL lock_timeout = {int(wait_ms)}"
        self.raw.execute(begin)

    def commit(self, last: str | None = None) -> None:
        """COMMIT, after `last` (a statement without parameters) if given: on a server both
        go in one round trip (an error in `last` leaves the transaction to roll back)."""
        if last is None:
            self.raw.execute("COMMIT")
        elif self.dialect == SQLITE:
            self.raw.execute(last)
            self.raw.execute("COMMIT")
        else:
            self.raw.execute(f"{last}; COMMIT")

    @contextmanager
    def batch(self) -> Iterator[None]:
        """The statements run inside go to a server together and are answered together (one
        round trip, psycopg's pipeline), each still seeing what those before it did; read their
        rows after the block. On SQLite they simply run."""
        if self.dialect == SQLITE:
            yield
            return
        with self.raw.pipeline():
            yield

    def rollback(self) -> None:
        if self.in_transaction:
            self.raw.execute("ROLLBACK")

    @property
    def in_transaction(self) -> bool:
        if self.dialect == SQLITE:
            return self.raw.in_transaction
        return self.raw.info.transaction_status != 0  # psycopg.pq.TransactionStatus.IDLE

    @property
    def usable(self) -> bool:
        """Still connected (a server connection can be lost)."""
        return self.dialect == SQLITE or not self.raw.closed

    def close(self) -> None:
        self.raw.close()


class Pool:
    """Connections to one database, reused: each use takes an idle one (or makes one) and
    gives it back with no transaction left open. Threads never share one at a time."""

    def __init__(self, connect: Callable[[], Connection], dialect: str):
        self._connect, self.dialect = connect, dialect
        self._idle: list[Connection] = []
        self._guard = threading.Lock()

    @contextmanager
    def connection(self) -> Iterator[Connection]:
        with self._guard:
            conn = self._idle.pop() if self._idle else None
        if conn is None:
            conn = self._connect()
        try:
            yield conn
        finally:
            try:
                conn.rollback()  # whatever the user of the connection left open (it commits what it keeps)
            except Exception:
                conn.close()
            else:
                if conn.usable:
                    with self._guard:
                        self._idle.append(conn)

    def close(self) -> None:
        with self._guard:
            idle, self._idle = self._idle, []
        for conn in idle:
            conn.close()


def connect_sqlite(uri: str, pragmas: list[str]) -> Connection:
    raw = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    for pragma in pragmas:
        raw.execute(pragma)
    return Connection(raw, SQLITE)


def connect_postgres(url: str, **options) -> Connection:
    import psycopg  # only here: a SQLite project never pays for it
    return Connection(psycopg.connect(url, autocommit=True, **options), POSTGRES)


if os.environ.get("ISNAD_KILL_AT"):  # crash tests only: die exactly at a COMMIT (kill_at.py)
    from .kill_at import arm
    arm(os.environ["ISNAD_KILL_AT"])


# Quoted text (left as it is but for %), a :name, a ?, or a % (psycopg's own mark).
_TOKEN = re.compile(r"""('(?:[^']|'')*'|"(?:[^"]|"")*")|(?<![:\w]):([A-Za-z_]\w*)|(\?)|(%)""")


@lru_cache(maxsize=512)
def _pyformat(sql: str) -> str:
    """`:name` and `?` marks as psycopg's `%(name)s` and `%s`."""
    def mark(m: re.Match) -> str:
        quoted, name, question, _ = m.groups()
        if quoted:
            return quoted.replace("%", "%%")
        if name:
            return f"%({name})s"
        return "%s" if question else "%%"
    return _TOKEN.sub(mark, sql)
