"""A project on a PostgreSQL server: connecting, and what the server said as messages a
user can act on. psycopg is imported only here, and only when a server project is opened.

The password is libpq's business (PGPASSWORD, ~/.pgpass, the address); a password the
window asked for is handed to the connection and kept nowhere else.
"""
from __future__ import annotations

import re
from contextlib import contextmanager

from ..errors import IsnadError
from ..messages import M
from .db import Connection, connect_postgres

CONNECT_TIMEOUT = 10  # seconds: an unreachable server is told, not waited for


class ServerAddress:
    """A `postgresql://` address, parsed by libpq's rules (the password never shown)."""

    def __init__(self, url: str, password: str | None = None):
        try:
            from psycopg.conninfo import conninfo_to_dict
        except ImportError:  # the plain install: files only
            raise IsnadError.of(M.SERVER_DRIVER_MISSING, location=_without_password(url)) from None
        self._conninfo, self.password = url, password
        self.url = _without_password(url)  # what messages and the window show
        try:
            parts = conninfo_to_dict(url)
        except Exception as e:  # psycopg.ProgrammingError: a malformed address
            raise IsnadError.of(M.SERVER_UNREACHABLE, server=url.split("@")[-1], detail=str(e).strip()) from None
        self.user = parts.get("user") or _default_user()
        self.database = parts.get("dbname") or self.user
        self.server = f"{parts.get('host') or 'localhost'}:{parts.get('port') or 5432}"

    @property
    def name(self) -> str:
        """How messages name the project: server and database, no password."""
        return f"{self.server}/{self.database}"

    def connect(self) -> Connection:
        import psycopg
        options = {"connect_timeout": CONNECT_TIMEOUT, "application_name": "isnad"}
        if self.password is not None:
            options["password"] = self.password
        try:
            return connect_postgres(self._conninfo, **options)
        except psycopg.OperationalError as e:
            raise self.refusal(e) from None

    def refusal(self, e: Exception) -> IsnadError:
        """Why a connection could not be made, as a message."""
        detail = _first_line(e)
        state = getattr(e, "sqlstate", None)
        if state == "3D000" or "does not exist" in detail and "database" in detail:
            return IsnadError.of(M.SERVER_DATABASE_MISSING, database=self.database, server=self.server)
        if state in ("28P01", "28000") or any(w in detail for w in ("password", "authentication", "role")):
            return IsnadError.of(M.SERVER_LOGIN_REFUSED, server=self.server, user=self.user, detail=detail)
        return IsnadError.of(M.SERVER_UNREACHABLE, server=self.server, detail=detail)


@contextmanager
def server_errors(address: ServerAddress):
    """Errors the server raises inside, as IsnadErrors."""
    import psycopg
    from psycopg import errors as pg
    try:
        yield
    except pg.InsufficientPrivilege as e:
        raise IsnadError.of(M.SERVER_PERMISSION, user=address.user, detail=_first_line(e)) from None
    except (pg.SerializationFailure, pg.DeadlockDetected, pg.LockNotAvailable) as e:
        raise IsnadError.of(M.PROJECT_BUSY) from e
    except psycopg.IntegrityError as e:
        raise IsnadError.of(M.PROJECT_REFUSED, detail=_first_line(e)) from e
    except (psycopg.OperationalError, pg.AdminShutdown) as e:
        raise IsnadError.of(M.SERVER_CONNECTION_LOST, server=address.server, detail=_first_line(e)) from e
    except psycopg.Error as e:
        raise IsnadError.of(M.PROJECT_REFUSED, detail=_first_line(e)) from e


def is_empty(conn: Connection) -> bool:
    """No table in the database's current schema (where a new project may go)."""
    return not conn.execute("SELECT count(*) FROM information_schema.tables "
                            "WHERE table_schema = current_schema()").scalar()


def has_project(conn: Connection) -> bool:
    return bool(conn.execute("SELECT to_regclass('meta') IS NOT NULL AND to_regclass('schema_version') IS NOT NULL")
                .scalar())


def _without_password(url: str) -> str:
    url = re.sub(r"^([A-Za-z][\w+.-]*://[^:/@?]*):[^@/?]*@", r"\1@", url)
    return re.sub(r"([?&])password=[^&]*&?", r"\1", url).rstrip("?&")


def _first_line(e: Exception) -> str:
    return (str(e).strip().splitlines() or [type(e).__name__])[0]


def _default_user() -> str:
    import getpass
    return getpass.getuser()
