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
    assert _rows(v1_file, "schema_version")[-1][0] == SCHEMA_VERSION == 2
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
    assert [v for v, _ in _rows(copy, "schema_version")] == [1, 2]
