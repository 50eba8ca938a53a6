"""Issue 13: import checks and writes a chunk of records at a time inside its ONE transaction
(memory flat however long the file), and gives the same project as if the whole file were
one batch: all or nothing, ids two documents give scoped in both, a text twice counted once.
Chunks are made two documents long here so that a few real documents span several."""
import hashlib
import json
import sqlite3

import pytest

import annotator.importing
from annotator.cli import main
from annotator.errors import IsnadError
from annotator.importing import import_records, scoped_id
from annotator.model import Document
from annotator.store import Project
from annotator.text import sha256_of
from exports import jsonl
from helpers import ROOT, write_jsonl

PUD = ROOT / "tests" / "corpus" / "pud" / "ar_pud_news.jsonl"


def _texts(n: int) -> list[str]:
    with open(PUD, encoding="utf-8") as f:
        return [json.loads(line)["text"] for line, _ in zip(f, range(n))]


def _doc(text: str, span_id: str = "s1", rel_id: str = "r1") -> dict:
    """A document whose first two words are a CUE and a CLAIM, numbered as the file likes."""
    first, second = text.split(" ")[:2]
    at = len(first) + 1
    return {"text": text, "spans": [{"id": span_id, "start": 0, "end": len(first), "label": "CUE"},
                                    {"id": span_id + "c", "start": at, "end": at + len(second), "label": "CLAIM"}],
            "relations": [{"id": rel_id, "from": span_id, "to": span_id + "c", "type": "cue_of"}]}


@pytest.fixture
def small_chunks(monkeypatch):
    monkeypatch.setattr(annotator.importing, "CHUNK_DOCUMENTS", 2)


def _stored(path):
    con = sqlite3.connect(path)
    try:
        return [sorted(con.execute(f"SELECT * FROM {t}").fetchall()) for t in ("documents", "spans", "relations")]
    finally:
        con.close()


def _contents(project_path):
    """What a project holds, the times of import aside."""
    docs, spans, rels = _stored(project_path)
    return ([d[1:8] for d in docs], sorted(s[:8] for s in spans), sorted(r[:6] for r in rels))


def test_a_bad_last_line_leaves_the_project_as_it_was(tmp_path, small_chunks, capsys):
    """Seven documents are written (four chunks) before the eighth line is read: nothing stays."""
    path = write_jsonl(tmp_path / "in.jsonl", [_doc(t, f"s{i}", f"r{i}") for i, t in enumerate(_texts(7))])
    with open(path, "a", encoding="utf-8") as f:
        f.write('{"text": "خبر بلا نهاية", "spans": [')
    project = tmp_path / "p.isnad"
    Project.create(project).close()
    before = _stored(project)
    assert main(["import", str(project), str(path)]) == 2
    err = capsys.readouterr().err
    assert "[E319]" in err and f"{path}:8:" in err, err
    assert _stored(project) == before
    with Project.open(project) as p:
        assert p.revision() == 0


def test_a_label_unknown_on_the_last_line_leaves_the_project_as_it_was(tmp_path, small_chunks, capsys):
    rows = [_doc(t, f"s{i}", f"r{i}") for i, t in enumerate(_texts(5))]
    rows[-1]["spans"][0]["label"] = "WHO"
    path = write_jsonl(tmp_path / "in.jsonl", rows)
    project = tmp_path / "p.isnad"
    Project.create(project).close()
    before = _stored(project)
    assert main(["import", str(project), str(path)]) == 2
    assert f"{path}:5:" in capsys.readouterr().err
    assert _stored(project) == before


def test_ids_two_chunks_give_are_scoped_as_in_one_chunk(tmp_path, monkeypatch):
    """T1 in the first and the fifth document (chunks 1 and 3): both scoped, relations with them."""
    texts = _texts(6)
    rows = [_doc(t, "T1" if i in (0, 4) else f"s{i}", "R1" if i in (0, 4) else f"r{i}") for i, t in enumerate(texts)]
    path = write_jsonl(tmp_path / "in.jsonl", rows)
    made = {}
    for chunk in (2, 500):
        monkeypatch.setattr(annotator.importing, "CHUNK_DOCUMENTS", chunk)
        place = tmp_path / f"p{chunk}.isnad"
        with Project.create(place) as project:
            report = import_records(project, jsonl.read(path))
        assert (report.documents_added, report.spans_added, report.relations_added) == (6, 12, 6)
        made[chunk] = _contents(place)
    assert made[2] == made[500]
    span_ids = {s[0] for s in made[2][1]}
    for i in (0, 4):
        sha = hashlib.sha256(texts[i].encode()).hexdigest()
        assert {scoped_id(sha, "T1"), scoped_id(sha, "T1c")} <= span_ids
    assert "T1" not in span_ids and "s1" in span_ids
    rel_ends = {(r[2], r[3]) for r in made[2][2]}
    assert (scoped_id(hashlib.sha256(texts[4].encode()).hexdigest(), "T1"),
            scoped_id(hashlib.sha256(texts[4].encode()).hexdigest(), "T1c")) in rel_ends


def test_an_id_of_a_third_chunk_is_scoped_too(tmp_path, small_chunks, location):
    """After two documents gave T1 it is scoped in every later one, though no stored row has
    it; the relations follow their spans (on a file and on a server)."""
    texts = _texts(7)
    rows = [_doc(t, "T1" if i in (0, 3, 6) else f"s{i}", f"r{i}") for i, t in enumerate(texts)]
    with Project.create(location) as project:
        import_records(project, jsonl.read(write_jsonl(tmp_path / "in.jsonl", rows)))
        records = list(project.records())
    ids = {s.id for r in records for s in r.spans}
    assert ids >= {scoped_id(hashlib.sha256(texts[i].encode()).hexdigest(), "T1") for i in (0, 3, 6)}
    assert "T1" not in ids
    for rec in records:
        text, by_id = rec.document.text, {s.id: s for s in rec.spans}
        assert [(by_id[r.from_id].text_in(text), by_id[r.to_id].text_in(text)) for r in rec.relations] == \
            [tuple(text.split(" ")[:2])]


def test_a_text_twice_in_the_file_is_one_document_counted_once(tmp_path, small_chunks):
    texts = _texts(4)
    rows = [_doc(t, f"s{i}", f"r{i}") for i, t in enumerate(texts)] + [_doc(texts[0], "s0", "r0")]
    path = write_jsonl(tmp_path / "in.jsonl", rows)
    with Project.create(tmp_path / "p.isnad") as project:
        report = import_records(project, jsonl.read(path))
        assert (report.documents_added, report.documents_existing, report.spans_added, report.spans_existing,
                report.relations_added, report.relations_existing) == (4, 0, 8, 0, 4, 0)
        again = import_records(project, jsonl.read(path))
        assert (again.documents_added, again.documents_existing, again.spans_existing) == (0, 4, 8)


def _schema_and_keys(path):
    con = sqlite3.connect(path)
    try:
        triggers = con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").fetchall()
        return triggers, con.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        con.close()


@pytest.mark.parametrize("last_line_bad", [False, True])
def test_an_import_checks_each_row_once_and_leaves_sqlite_s_checks_in_place(tmp_path, small_chunks, last_line_bad):
    """Import checks documents, relation ends and offsets itself, so SQLite does not again
    (foreign keys off, the bounds trigger set aside, for its one transaction). After it, ended
    well or not, the file holds the same triggers, no dangling key, and the same connection
    refuses a span past its text and a relation to no span, as before the import."""
    from annotator.model import ChangeSet, Relation, Span
    project = tmp_path / "p.isnad"
    Project.create(project).close()
    triggers, _ = _schema_and_keys(project)
    rows = [_doc(t, f"s{i}", f"r{i}") for i, t in enumerate(_texts(5))]
    if last_line_bad:
        rows[-1]["relations"][0]["to"] = "nowhere"
    with Project.open(project) as p:
        if last_line_bad:
            with pytest.raises(IsnadError, match="E3"):
                import_records(p, jsonl.read(write_jsonl(tmp_path / "in.jsonl", rows)))
        else:
            import_records(p, jsonl.read(write_jsonl(tmp_path / "in.jsonl", rows)))
        doc_id = p.document_ids()[0] if p.document_ids() else None
        if doc_id is None:
            p.add_batch([Document("d", sha256_of("نص"), "نص")], ChangeSet())
            doc_id = "d"
        length = p.document_length(doc_id)
        for bad in (ChangeSet(put_spans=[Span("far", doc_id, 0, length + 1, "PER", "amal")]),
                    ChangeSet(put_relations=[Relation("loose", doc_id, "no-such", "span", "cue_of", "amal")])):
            with pytest.raises(IsnadError):
                p.apply(bad)
    assert _schema_and_keys(project) == (triggers, [])
    assert len(_stored(project)[0]) == (1 if last_line_bad else 5)
