"""The project store. Tests taking `location` run on a project file and on a database on
a real PostgreSQL server (tests/conftest.py): one code path, the same behaviour."""
import sqlite3

import pytest

from annotator.errors import IsnadError, NotAProject, ProjectLocked
from annotator.model import ChangeSet, Document, Span
from annotator.store import Project
from annotator.store.migrations import SCHEMA_VERSION
from annotator.text import sha256_of

TEXT = "قالت صحيفة واشنطن بوست"


def _doc(text=TEXT, doc_id="d1"):
    return Document(doc_id, sha256_of(text), text, "عنوان")


def test_new_project_is_wal_with_foreign_keys(project_path):
    Project.create(project_path).close()
    con = sqlite3.connect(project_path)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert con.execute("SELECT max(version) FROM schema_version").fetchone()[0] == SCHEMA_VERSION


def test_create_refuses_existing_file(project_path):
    Project.create(project_path).close()
    with pytest.raises(IsnadError, match="already exists"):
        Project.create(project_path)


@pytest.mark.parametrize("content", [b"hello, not a database", b""])
def test_not_a_project(tmp_path, content):
    path = tmp_path / "x.isnad"
    path.write_bytes(content)
    with pytest.raises(NotAProject) as e:
        Project.open(path)
    assert "not an Isnad project" in str(e.value) and "What to do" in str(e.value)


def test_other_sqlite_database_is_not_a_project(tmp_path):
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    with pytest.raises(NotAProject):
        Project.open(path)


def test_newer_project_version_is_refused(project_path):
    Project.create(project_path).close()
    con = sqlite3.connect(project_path)
    con.execute("INSERT INTO schema_version VALUES (?, 'later')", (SCHEMA_VERSION + 1,))
    con.commit()
    con.close()
    with pytest.raises(IsnadError, match="newer Isnad"):
        Project.open(project_path)


def test_corrupt_file_is_reported(project_path):
    with Project.create(project_path) as p:
        p.add_batch([_doc(TEXT * 500)], ChangeSet())
    data = bytearray(project_path.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # trash a page in the middle
    project_path.write_bytes(bytes(data))
    with pytest.raises(IsnadError, match="damaged|not an Isnad"):
        with Project.open(project_path) as p:
            list(p.records())


def test_exclusive_open_refuses_second_window(project_path):
    Project.create(project_path).close()
    first = Project.open(project_path, exclusive=True)
    with pytest.raises(ProjectLocked, match="already open"):
        Project.open(project_path, exclusive=True)
    Project.open(project_path, read_only=True).close()  # read-only is still possible
    first.close()
    Project.open(project_path, exclusive=True).close()


def test_span_bounds_are_enforced_by_the_database(location):
    with Project.create(location) as p:
        p.add_batch([_doc()], ChangeSet())
        for start, end in ((-1, 2), (3, 3), (5, 2), (0, len(TEXT) + 1)):
            with pytest.raises(IsnadError, match="refused"):
                p.apply(ChangeSet(put_spans=[Span("s", "d1", start, end, "ORG", "a")]))
        p.apply(ChangeSet(put_spans=[Span("s", "d1", 0, len(TEXT), "ORG", "a")]))
        assert [s.id for s in p.spans("d1")] == ["s"]


def test_read_only_project_refuses_writes(location):
    Project.create(location).close()
    with Project.open(location, read_only=True) as p:
        with pytest.raises(IsnadError, match="read-only"):
            p.apply(ChangeSet(put_spans=[Span("s", "d1", 0, 1, "ORG", "a")]))


def test_find_document_by_id_or_sha_prefix(location):
    with Project.create(location) as p:
        p.add_batch([_doc(), _doc("نص آخر", "d2")], ChangeSet())
        assert p.find_document("d2").text == "نص آخر"
        assert p.find_document(sha256_of(TEXT)[:7]).id == "d1"
        with pytest.raises(IsnadError, match="no document"):
            p.find_document("zzz")


def test_document_rows_page_filter_and_search(location):
    with Project.create(location) as p:
        docs = [Document(f"doc{i}", sha256_of(f"نص {i}"), f"نص {i}", f"خبر {i}") for i in range(30)]
        p.add_batch(docs, ChangeSet(put_spans=[Span("s1", "doc3", 0, 2, "ORG", "ali")]))
        assert p.document_count() == 30
        page = p.document_rows(offset=10, limit=5)
        assert [r.id for r in page] == [f"doc{i}" for i in range(10, 15)]
        assert p.document_rows(search="خبر 3")[0].span_count == 1
        assert p.document_count(search="خبر 2") == 11  # 2, 20..29
        assert p.document_count(status="new", annotator="ali") == 30


def test_one_project_api_on_both_engines(location):
    """What an edit, the document list and the exports read, alike on a file and a server."""
    with Project.create(location) as p:
        p.add_batch([_doc(), _doc("نص آخر", "d2")], ChangeSet(put_spans=[Span("s1", "d1", 0, 4, "PER", "ali")]))
        revision = p.revision()
        p.apply(ChangeSet(put_spans=[Span("s2", "d1", 5, 10, "ORG", "ali", attrs={"مصدر": "نعم"})]))
        assert p.revision() == revision + 1
        p.add_time("d1", "ali", 2.5)
        p.add_time("d1", "ali", 1.0)
        assert p.status("d1", "ali").seconds == 3.5
        assert [s.attrs for s in p.spans("d1")] == [{}, {"مصدر": "نعم"}]
        assert p.spans("d1", []) == [] and p.layer_counts("d1") == {"ali": 2}
        assert p.document_index("d2") == 1 and p.document_index("d2", search="zzz") is None
        assert [(r.document.id, len(r.spans)) for r in p.records()] == [("d1", 2), ("d2", 0)]
        assert sorted(p.tagged_strings()) == [("ORG", TEXT[5:10], 1), ("PER", TEXT[0:4], 1)]
        p.set_setting("recommenders", ["lexicon"])
        assert p.setting("recommenders") == ["lexicon"]
        with p.transaction():
            p.apply(ChangeSet(delete_spans=["s2"]))
            assert [s.id for s in p.spans("d1")] == ["s1"]
        assert p.integrity_check() == "ok"
    with Project.open(location, read_only=True) as p:
        assert [d.id for d in p.documents()] == ["d1", "d2"] and p.setting("recommenders") == ["lexicon"]
