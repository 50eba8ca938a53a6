"""Project versions. A new version adds a step to MIGRATIONS; old projects upgrade on open.

The same steps run on SQLite and PostgreSQL (`ddl.for_dialect` makes the few words that differ).
A server project upgraded in place also gets, after a step, what `isnad init` gives a new one
there (SERVER_STEPS: who may write the new table).
"""
from __future__ import annotations

from ..model import now_iso
from . import ddl
from .db import POSTGRES, Connection

APP_ID = "isnad-project"
SCHEMA_VERSION = 4

# version -> SQL statements that bring a project from version-1 up to it. Written out, not
# generated from ddl.py: a migration must stay what it was when that version shipped.
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
    3: [  # who is to annotate which document (isnad assign)
        """CREATE TABLE assignments (
	doc_id TEXT NOT NULL, 
	annotator VARCHAR NOT NULL, 
	assigned_at VARCHAR NOT NULL, 
	PRIMARY KEY (doc_id, annotator), 
	FOREIGN KEY(doc_id) REFERENCES documents (id) ON DELETE CASCADE
)""",
        "CREATE INDEX assignments_by_annotator ON assignments (annotator)",
    ],
    4: [  # deletions of spans and relations, which merges and syncs carry (issue 12)
        """CREATE TABLE tombstones (
	kind VARCHAR NOT NULL, 
	id VARCHAR NOT NULL, 
	doc_id TEXT NOT NULL, 
	annotator VARCHAR NOT NULL, 
	deleted VARCHAR NOT NULL, 
	PRIMARY KEY (kind, id), 
	CONSTRAINT tombstone_kind CHECK (kind IN ('span', 'relation')), 
	FOREIGN KEY(doc_id) REFERENCES documents (id) ON DELETE CASCADE
)""",
        "CREATE INDEX tombstones_by_doc ON tombstones (doc_id)",
    ],
}

# version -> what a server project upgraded to it needs beyond MIGRATIONS: the row-level
# security a new project gets from server.secure(), and the grants of its members.
SERVER_STEPS: dict[int, list[str]] = {
    4: [
        "ALTER TABLE tombstones ENABLE ROW LEVEL SECURITY",
        "CREATE POLICY everyone_reads ON tombstones FOR SELECT USING (true)",
        "CREATE POLICY own_layer_added ON tombstones FOR INSERT WITH CHECK (isnad_may_write(annotator))",
        "CREATE POLICY own_layer_changed ON tombstones FOR UPDATE USING (isnad_may_write(annotator)) "
        "WITH CHECK (isnad_may_write(annotator))",
        "CREATE POLICY own_layer_removed ON tombstones FOR DELETE USING (isnad_may_write(annotator))",
        """DO $$ DECLARE member RECORD; BEGIN
    FOR member IN SELECT name FROM members LOOP
        EXECUTE 'GRANT SELECT, INSERT, UPDATE, DELETE ON tombstones TO ' || quote_ident(member.name);
    END LOOP;
END $$""",
    ],
}


def create_schema(conn: Connection, schema_json: str) -> None:
    """The tables of a new project, at the newest version, in the caller's transaction."""
    for statement in ddl.create_statements(conn.dialect):
        conn.execute(statement)
    for version in range(2, SCHEMA_VERSION + 1):  # the tables added since version 1
        for statement in MIGRATIONS[version]:
            conn.execute(ddl.for_dialect(statement, conn.dialect))
    conn.execute("INSERT INTO meta (\"key\", value) VALUES ('application', :a), ('schema', :s), ('created', :t)",
                 {"a": APP_ID, "s": schema_json, "t": now_iso()})
    conn.execute("INSERT INTO schema_version (version, applied_at) VALUES (:v, :t)",
                 {"v": SCHEMA_VERSION, "t": now_iso()})


def read_version(conn: Connection) -> int:
    return conn.execute("SELECT max(version) FROM schema_version").scalar() or 0


def upgrade(conn: Connection) -> None:
    for version in range(read_version(conn) + 1, SCHEMA_VERSION + 1):
        for statement in MIGRATIONS[version]:
            conn.execute(ddl.for_dialect(statement, conn.dialect))
        if conn.dialect == POSTGRES and _secured(conn):
            for statement in SERVER_STEPS.get(version, ()):
                conn.execute(statement)
        conn.execute("INSERT INTO schema_version (version, applied_at) VALUES (:v, :t)",
                     {"v": version, "t": now_iso()})


def _secured(conn: Connection) -> bool:
    """A server project with roles and policies (every one `isnad init` made)."""
    return bool(conn.execute("SELECT to_regclass('members') IS NOT NULL").scalar())
