"""Project file versions. A new version adds a step to MIGRATIONS; old files upgrade on open."""
from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlmodel import SQLModel

from ..model import now_iso
from . import tables

APP_ID = "isnad-project"
SCHEMA_VERSION = 1

# version -> SQL statements that bring a file from version-1 up to it
MIGRATIONS: dict[int, list[str]] = {}


def create_schema(conn: Connection, schema_json: str) -> None:
    SQLModel.metadata.create_all(conn, tables=[t.__table__ for t in (
        tables.MetaRow, tables.SchemaVersionRow, tables.DocumentRow, tables.SpanRow,
        tables.RelationRow, tables.DocStateRow)])
    for trigger in tables.SPAN_END_TRIGGERS:
        conn.exec_driver_sql(trigger)
    conn.execute(text("INSERT INTO meta (key, value) VALUES ('application', :a), ('schema', :s), "
                      "('created', :t)"), {"a": APP_ID, "s": schema_json, "t": now_iso()})
    conn.execute(text("INSERT INTO schema_version (version, applied_at) VALUES (:v, :t)"),
                 {"v": SCHEMA_VERSION, "t": now_iso()})


def read_version(conn: Connection) -> int:
    return conn.execute(text("SELECT max(version) FROM schema_version")).scalar_one() or 0


def upgrade(conn: Connection) -> None:
    for version in range(read_version(conn) + 1, SCHEMA_VERSION + 1):
        for statement in MIGRATIONS[version]:
            conn.exec_driver_sql(statement)
        conn.execute(text("INSERT INTO schema_version (version, applied_at) VALUES (:v, :t)"),
                     {"v": version, "t": now_iso()})
