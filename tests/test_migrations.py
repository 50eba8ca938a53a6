"""Project files of version 1 (before verdicts) open in this Isnad: upgraded when opened
for writing, readable as they are when opened read-only.

tests/data/project_v1.sql is the SQL dump of a real project made by Isnad at project
version 1 (commit 8675007): three ANERcorp passages with ali's entities, a claim linked to
its source, a document marked done.
"""
import shutil
import sqlite3
from pathlib import Path

import pytest

from annotator.model import ChangeSet, Verdict
from annotator.store import Project
from annotator.store.migrations import SCHEMA_VERSION

DUMP = Path(__file__).parent / "data" / "project_v1.sql"


@pytest.fixture
def v1_file(tmp_path) -> Path:
    path = tmp_path / "old.isnad"
    con = sqlite3.connect(path)
    con.executescript(DUMP.read_text(encoding="utf-8"))
    con.close()
    return path


def _schema_sql(path: Path) -> dict:
    con = sqlite3.connect(path)
    try:
        return dict(con.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name"))
    finally:
        con.close()


def _rows(path: Path, table: str) -> list:
    con = sqlite3.connect(path)
    try:
        return con.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
    finally:
        con.close()


def test_a_version_1_file_is_upgraded_on_open_and_keeps_everything(v1_file, tmp_path):
    before = {t: _rows(v1_file, t) for t in ("documents", "spans", "relations", "doc_states", "meta")}
    assert "verdicts" not in _schema_sql(v1_file)
    with Project.open(v1_file) as project:
        doc_id = project.document_ids()[0]
        span = project.spans(doc_id)[0]
        assert project.verdicts(doc_id) == []
        verdict = Verdict(doc_id, "ali", f"span:{span.start}:{span.end}:{span.label}", span.label, "x", "rejected", "t")
        project.apply(ChangeSet(put_verdicts=[verdict]))
        assert project.verdicts(doc_id, "ali") == [verdict]
    assert _rows(v1_file, "schema_version")[-1][0] == SCHEMA_VERSION == 4
    after = {t: _rows(v1_file, t) for t in before}
    after["meta"] = [row for row in after["meta"] if row[0] != "revision"]  # the count of writes (Project.revision)
    assert after == before  # nothing else touched
    assert len(before["spans"]) == 53 and len(before["relations"]) == 1
    fresh = tmp_path / "new.isnad"
    Project.create(fresh).close()
    assert _schema_sql(v1_file) == _schema_sql(fresh)  # the migration makes what a new file has


def test_a_version_1_file_opened_read_only_is_read_as_it_is(v1_file):
    data = v1_file.read_bytes()
    with Project.open(v1_file, read_only=True) as project:
        records = list(project.records())
        assert sorted(len(r.spans) for r in records) == [17, 17, 19] and all(r.verdicts == [] for r in records)
        assert project.verdicts(records[0].document.id) == [] and project.verdict_counts() == {}
    assert v1_file.read_bytes() == data


def test_upgrading_twice_is_harmless(v1_file):
    Project.open(v1_file).close()
    copy = v1_file.with_name("again.isnad")
    shutil.copy(v1_file, copy)
    Project.open(copy).close()
    assert [v for v, _ in _rows(copy, "schema_version")] == [1, 2, 3, 4]


def _server_tables(pg_server, url: str) -> dict:
    database = url.rsplit("/", 1)[1]
    rows = pg_server.sql("SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns "
                         "WHERE table_schema = 'public' ORDER BY table_name, ordinal_position", database)
    out: dict = {}
    for table, *column in rows:
        out.setdefault(table, []).append(tuple(column))
    return out


def test_the_same_migrations_upgrade_a_version_1_project_on_a_server(pg_server, pg_url):
    """A server project made at version 1 (ddl.py's tables, as `isnad init` made them then)
    is upgraded by the same steps as a file, to what a new server project has."""
    from annotator.model import Document, now_iso
    from annotator.store import ddl
    from annotator.store.db import connect_postgres
    from annotator.store.migrations import APP_ID
    from annotator.text import sha256_of
    conn = connect_postgres(pg_url)
    conn.begin(write=True)
    for statement in ddl.create_statements(conn.dialect):
        conn.execute(statement)
    conn.execute("INSERT INTO meta (key, value) VALUES ('application', :a), ('schema', :s)",
                 {"a": APP_ID, "s": '{"name": "old", "labels": [{"name": "PER", "kind": "entity"}]}'})
    conn.execute("INSERT INTO schema_version (version, applied_at) VALUES (1, :t)", {"t": now_iso()})
    conn.commit()
    conn.close()
    with Project.open(pg_url, read_only=True) as project:  # read as it is: no verdicts yet
        assert project.verdicts("any") == []
    assert "verdicts" not in _server_tables(pg_server, pg_url)
    with Project.open(pg_url) as project:
        project.add_batch([Document("d1", sha256_of("قال"), "قال")], ChangeSet())
        verdict = Verdict("d1", "ali", "span:0:3:PER", "PER", "قال", "accepted", "t")
        project.apply(ChangeSet(put_verdicts=[verdict]))
        assert project.verdicts("d1") == [verdict] and project.schema.name == "old"
    fresh = pg_server.new_database()
    Project.create(fresh).close()
    made_new = _server_tables(pg_server, fresh)
    assert made_new.pop("members")  # who may do what: made by `isnad init` on a server, not a migration
    assert _server_tables(pg_server, pg_url) == made_new
    assert [v for v, in pg_server.sql("SELECT version FROM schema_version ORDER BY 1", pg_url.rsplit("/", 1)[1])] \
        == [1, 2, 3, 4]


def test_a_server_project_upgraded_to_tombstones_lets_each_annotator_write_only_their_own(pg_server, pg_url):
    """A project `isnad init` made on a server at version 3 (roles, policies) gets the
    tombstones table with the policies and grants a new project has."""
    import psycopg

    from annotator.model import Document, Tombstone
    from annotator.text import sha256_of
    database = pg_url.rsplit("/", 1)[1]
    with Project.create(pg_url) as project:
        project.add_member("ali", "annotator", "ali-pw")
        project.add_batch([Document("d1", sha256_of("قال"), "قال")], ChangeSet())
    pg_server.sql("DROP TABLE tombstones", database)  # as version 3 had it
    pg_server.sql("UPDATE schema_version SET version = 3", database)
    Project.open(pg_url).close()  # the owner opens it: upgraded
    with Project.open(pg_server.url(database, user="ali", password="ali-pw")) as project:
        mine = Tombstone("span", "s1", "d1", "ali", "2030-01-01T00:00:00.000000Z")
        project.apply(ChangeSet(put_tombstones=[mine]))
        assert project.tombstones("d1") == [mine]
    with psycopg.connect(pg_server.url(database, user="ali", password="ali-pw"), autocommit=True) as ali:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            ali.execute("INSERT INTO tombstones VALUES ('span', 's2', 'd1', 'mona', 'x')")
    fresh = pg_server.new_database()
    Project.create(fresh).close()
    policies = "SELECT policyname, cmd, qual, with_check FROM pg_policies WHERE tablename = 'tombstones' ORDER BY 1"
    assert pg_server.sql(policies, database) == pg_server.sql(policies, fresh.rsplit("/", 1)[1])
