"""A project on a PostgreSQL server: connecting, and what the server said as messages a
user can act on. psycopg is imported only here, and only when a server project is opened.

The password is libpq's business (PGPASSWORD, ~/.pgpass, the address); a password the
window asked for is handed to the connection and kept nowhere else.
"""
from __future__ import annotations

import re
from contextlib import contextmanager

from ..errors import IsnadError, ProjectBusy
from ..messages import M
from .db import Connection, connect_postgres

TEAM = "team"  # the pip extra that brings psycopg
CONNECT_TIMEOUT = 10  # seconds: an unreachable server is told, not waited for


class ServerAddress:
    """A `postgresql://` address, parsed by libpq's rules (the password never shown)."""

    def __init__(self, url: str, password: str | None = None):
        from ..extras import require
        conninfo_to_dict = require("psycopg.conninfo", TEAM, "a project on a PostgreSQL server").conninfo_to_dict
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
        raise ProjectBusy.of(M.PROJECT_BUSY) from e
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


# -- who may do what: roles and row-level security ------------------------------------
# Every layer's rows (spans, relations, statuses, verdicts) may be written only by the role
# of the same name (and its own suggestion layers, MAY_WRITE), and `gold` and suggestion
# layers also by a lead; everyone reads
# everything. A lead may also import documents and change the schema and settings; an
# annotator may only count up the revision in `meta` (every write does). Assignments are
# the leads' too. The database
# enforces it, whatever SQL a connection sends. The owner (who ran `isnad init`) is exempt.
LAYER_TABLES = ("spans", "relations", "doc_states", "verdicts", "tombstones")
ROLES = ("annotator", "lead")

SECURITY = [
    """CREATE TABLE members (
	name VARCHAR NOT NULL, 
	role VARCHAR NOT NULL, 
	PRIMARY KEY (name), 
	CONSTRAINT member_role CHECK (role IN ('annotator', 'lead'))
)""",
    """CREATE FUNCTION isnad_is_lead() RETURNS BOOLEAN LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM members WHERE name = current_user AND role = 'lead') $$""",
    *[statement for table in LAYER_TABLES for statement in (
        f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
        f"CREATE POLICY everyone_reads ON {table} FOR SELECT USING (true)",
        f"CREATE POLICY own_layer_added ON {table} FOR INSERT WITH CHECK (isnad_may_write(annotator))",
        f"CREATE POLICY own_layer_changed ON {table} FOR UPDATE USING (isnad_may_write(annotator)) "
        "WITH CHECK (isnad_may_write(annotator))",
        f"CREATE POLICY own_layer_removed ON {table} FOR DELETE USING (isnad_may_write(annotator))")],
    "ALTER TABLE meta ENABLE ROW LEVEL SECURITY",
    "CREATE POLICY everyone_reads ON meta FOR SELECT USING (true)",
    "CREATE POLICY lead_removed ON meta FOR DELETE USING (isnad_is_lead())",
]

# A layer may be written by the person of that name; `gold` and suggestion layers by a lead;
# and a suggestion layer of one's own (`suggest:NAME@PERSON`, what a window on a server
# writes its recommenders' suggestions to) by that person. Replaced, not only made, so that
# `user add` brings an older project's rule up to date.
MAY_WRITE = """CREATE OR REPLACE FUNCTION isnad_may_write(layer VARCHAR) RETURNS BOOLEAN LANGUAGE sql STABLE AS $$
    SELECT layer = current_user
        OR (layer LIKE 'suggest:%' AND right(layer, length(current_user) + 1) = '@' || current_user)
        OR ((layer = 'gold' OR layer LIKE 'suggest:%') AND isnad_is_lead()) $$"""

# Who may count up which revision row of `meta`: everyone the project's own (`revision`),
# and the row of a layer (`revision:NAME`, which an edit of the layer locks: see
# Project.current) whoever may write that layer; a lead any row. Kept apart from SECURITY so
# that `user add` (run by the owner) can bring an older server project's policies up to date.
_MAY_COUNT = "(key = 'revision' OR (key LIKE 'revision:%' AND isnad_may_write(substr(key, 10))) OR isnad_is_lead())"
META_POLICIES = {
    "revision_or_lead_added": f"CREATE POLICY revision_or_lead_added ON meta FOR INSERT WITH CHECK {_MAY_COUNT}",
    "revision_or_lead_changed": f"CREATE POLICY revision_or_lead_changed ON meta FOR UPDATE USING {_MAY_COUNT} "
                                f"WITH CHECK {_MAY_COUNT}",
}


def secure(conn: Connection) -> None:
    """The policies above, in a new project's database (in the caller's transaction)."""
    conn.execute(SECURITY[0])  # members, which the rules read
    conn.execute(SECURITY[1])
    renew_policies(conn)  # the rules, before the policies that use them
    for statement in SECURITY[2:]:
        conn.execute(statement)


def renew_policies(conn: Connection) -> None:
    """MAY_WRITE and the policies of META_POLICIES as written now (an older project's are replaced)."""
    conn.execute(MAY_WRITE)
    for name, statement in META_POLICIES.items():
        conn.execute(f"DROP POLICY IF EXISTS {name} ON meta")
        conn.execute(statement)


def add_member(conn: Connection, name: str, role: str, password: str | None) -> bool:
    """Let the role `name` (made if the server has none: it logs in with `password`) work on
    the project as an annotator or a lead. True if the role was made."""
    from psycopg import sql
    assert role in ROLES
    renew_policies(conn)
    who = sql.Identifier(name).as_string(conn.raw)
    made = not conn.execute("SELECT 1 FROM pg_roles WHERE rolname = :n", {"n": name}).scalar()
    if made:
        secret = f" PASSWORD {sql.Literal(password).as_string(conn.raw)}" if password else ""
        conn.execute(f"CREATE ROLE {who} LOGIN{secret}")
    database = sql.Identifier(conn.execute("SELECT current_database()").scalar()).as_string(conn.raw)
    conn.execute(f"GRANT CONNECT ON DATABASE {database} TO {who}")
    conn.execute(f"GRANT USAGE ON SCHEMA public TO {who}")
    conn.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {who}")
    # and the tables a later version adds (its migration runs as the owner, who runs this):
    # readable too. Writing a new table needs its own grant and policies, made with it.
    conn.execute(f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO {who}")
    conn.execute(f"GRANT INSERT, UPDATE, DELETE ON {', '.join(LAYER_TABLES)}, meta TO {who}")
    if role == "lead":
        conn.execute(f"GRANT INSERT, UPDATE, DELETE ON documents, assignments TO {who}")
        conn.execute(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {who}")
    else:
        conn.execute(f"REVOKE INSERT, UPDATE, DELETE ON documents, assignments FROM {who}")
    conn.execute("INSERT INTO members (name, role) VALUES (:n, :r) ON CONFLICT (name) DO UPDATE SET role = :r",
                 {"n": name, "r": role})
    return made


def _without_password(url: str) -> str:
    url = re.sub(r"^([A-Za-z][\w+.-]*://[^:/@?]*):[^@/?]*@", r"\1@", url)
    return re.sub(r"([?&])password=[^&]*&?", r"\1", url).rstrip("?&")


def _first_line(e: Exception) -> str:
    return (str(e).strip().splitlines() or [type(e).__name__])[0]


def _default_user() -> str:
    import getpass
    return getpass.getuser()
