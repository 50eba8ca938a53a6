"""Project file versions. A new version adds a step to MIGRATIONS; old files upgrade on open."""
from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlmodel import SQLModel

from ..model import now_iso
from . import tables

APP_ID = "isnad-project"
SCHEMA_VERSION = 2

# version -> SQL statements that bring a file from version-1 up to it. Written out, not
# generated from tables.py: a migration must stay what it was when that version shipped.
# tests/test_migrations.py checks that an upgraded file has the tables a new file has.
MIGRATIONS: dict[int, list[str]] = {
    2: [  # verdicts on suggestions (accepted / rejected), per document and annotator
        """CREATE TABLE verdicts (
	doc_id TEXT NOT NULL, 
	annotator VARCHAR NOT NULL, 
	"key" VARCHAR NOT NULL, 
	label VARCHAR NOT NULL, 
	text VARCHAR NOT NULL, 
	verdict VARCHAR NOT NULL, 
	updated VARCHAR NOT NULL, 
	PRIMARY KEY (doc_id, annotator, "key"), 
	CONSTRAINT verdict_kind CHECK (verdict IN ('accepted', 'rejected')), 
	FOREIGN KEY(doc_id) REFERENCES documents (id) ON DELETE CASCADE
)""",
        "CREATE INDEX verdicts_by_label ON verdicts (label, verdict)",
    ],
}


def create_schema(conn: Connection, schema_json: str) -> None:
    SQLModel.metadata.create_all(conn, tables=[t.__table__ for t in (
        tables.MetaRow, tables.SchemaVersionRow, tables.DocumentRow, tables.SpanRow,
        tables.RelationRow, tables.DocStateRow, tables.VerdictRow)])
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
