"""Issue 15: span and relation ids in a JSONL file are scoped to their document unless already
unique; readers hand plain records to the importer, which alone normalises, validates and
gives ids (once per document), and ids of file-numbered formats stay what they were."""
import hashlib

import pytest

import annotator.importing
import exports.common
from annotator.importing import import_records, scoped_id, validated_records
from annotator.store import Project
from annotator.text import normalise
from exports import brat, doccano, jsonl, label_studio
from exports_helpers import EXAMPLES
from helpers import write_jsonl

A = "قال المتحدث إن الوضع مستقر"
B = "أكد الوزير أن الاتفاق صامد"


def _doc(text, cue_end, claim_start):
    return {"text": text, "spans": [{"id": "T1", "start": 0, "end": cue_end, "label": "CUE"},
                                    {"id": "T2", "start": claim_start, "end": len(text), "label": "CLAIM"}],
            "relations": [{"id": "R1", "from": "T1", "to": "T2", "type": "cue_of"}]}


@pytest.fixture
def project(tmp_path):
    p = Project.create(tmp_path / "p.isnad")
    yield p
    p.close()


def _spans(project):
    return {(r.document.text, s.id): r.document.text[s.start:s.end] for r in project.records() for s in r.spans}


def _links(project):
    """Each relation as (text, from span's text, to span's text): ends in their own document."""
    out = []
    for rec in project.records():
        by_id = {s.id: s for s in rec.spans}
        t = rec.document.text
        out += [(t, t[by_id[r.from_id].start:by_id[r.from_id].end], t[by_id[r.to_id].start:by_id[r.to_id].end])
                for r in rec.relations]
    return sorted(out)


def test_t1_t2_in_every_document_import(tmp_path, project):
    """Before: 'the span id 'T1' is given twice for different spans'."""
    path = write_jsonl(tmp_path / "per-doc.jsonl", [_doc(A, 3, 12), _doc(B, 3, 14)])
    report = import_records(project, jsonl.read(path))
    assert (report.spans_added, report.relations_added) == (4, 2)
    assert _links(project) == sorted([(A, "قال", A[12:]), (B, "أكد", B[14:])])
    assert {i for _, i in _spans(project)} == {scoped_id(hashlib.sha256(t.encode()).hexdigest(), f"T{k}")
                                              for k in (1, 2) for t in (A, B)}
    again = import_records(project, jsonl.read(path))
    assert (again.spans_added, again.relations_added, again.spans_existing) == (0, 0, 4)


def test_ids_unique_in_the_file_are_kept(tmp_path, project):
    rows = [_doc(A, 3, 12)]
    import_records(project, jsonl.read(write_jsonl(tmp_path / "one.jsonl", rows)))
    assert {i for _, i in _spans(project)} == {"T1", "T2"}


def test_an_id_another_document_holds_is_scoped_then_found_again(tmp_path, project):
    first = write_jsonl(tmp_path / "a.jsonl", [_doc(A, 3, 12)])
    both = write_jsonl(tmp_path / "ab.jsonl", [_doc(A, 3, 12), _doc(B, 3, 14)])
    only_b = write_jsonl(tmp_path / "b.jsonl", [_doc(B, 3, 14)])
    import_records(project, jsonl.read(first))
    report = import_records(project, jsonl.read(both))
    assert (report.spans_added, report.spans_existing, report.relations_added) == (2, 2, 1)
    sha_b = hashlib.sha256(B.encode()).hexdigest()
    assert {i for _, i in _spans(project)} == {"T1", "T2", scoped_id(sha_b, "T1"), scoped_id(sha_b, "T2")}
    for path in (first, both, only_b):  # however the texts come back, nothing is added twice
        again = import_records(project, jsonl.read(path))
        assert (again.spans_added, again.relations_added) == (0, 0)
    assert len(_spans(project)) == 4 and len(_links(project)) == 2


def test_a_new_document_giving_an_id_the_project_holds_is_scoped(tmp_path, project):
    """B is new, so its ids are written without being looked up; T1 is A's: B's batch is
    undone, looked up and written again, scoped, with nothing of the first try left."""
    import_records(project, jsonl.read(write_jsonl(tmp_path / "a.jsonl", [_doc(A, 3, 12)])))
    only_b = write_jsonl(tmp_path / "b.jsonl", [_doc(B, 3, 14)])
    report = import_records(project, jsonl.read(only_b))
    assert (report.documents_added, report.spans_added, report.spans_existing, report.relations_added) == (1, 2, 0, 1)
    sha_b = hashlib.sha256(B.encode()).hexdigest()
    assert {i for _, i in _spans(project)} == {"T1", "T2", scoped_id(sha_b, "T1"), scoped_id(sha_b, "T2")}
    assert _links(project) == sorted([(A, "قال", A[12:]), (B, "أكد", B[14:])])
    again = import_records(project, jsonl.read(only_b))
    assert (again.documents_existing, again.spans_existing, again.spans_added) == (1, 2, 0)


def test_a_relation_to_a_stored_span_of_its_own_document(tmp_path, project):
    import_records(project, jsonl.read(write_jsonl(tmp_path / "ab.jsonl", [_doc(A, 3, 12), _doc(B, 3, 14)])))
    row = {"text": B, "spans": [], "relations": [{"id": "R9", "from": "T2", "to": "T1", "type": "cue_of"}]}
    report = import_records(project, jsonl.read(write_jsonl(tmp_path / "r.jsonl", [row])))
    assert report.relations_added == 1
    assert (B, B[14:], "أكد") in _links(project)


def test_merge_sources_number_per_document_too(tmp_path):
    recs = validated_records(jsonl.read(write_jsonl(tmp_path / "m.jsonl", [_doc(A, 3, 12), _doc(B, 3, 14)])))
    assert sorted(len(r.spans) for r in recs) == [2, 2]
    for rec in recs:
        ids = {s.id for s in rec.spans}
        assert all(r.from_id in ids and r.to_id in ids for r in rec.relations)


def test_the_same_id_twice_in_one_document_is_still_refused(tmp_path, project):
    row = {"text": A, "spans": [{"id": "T1", "start": 0, "end": 3, "label": "CUE"},
                                {"id": "T1", "start": 4, "end": 11, "label": "SOURCE"}]}
    with pytest.raises(Exception, match="given twice"):
        import_records(project, jsonl.read(write_jsonl(tmp_path / "t.jsonl", [row])))


# -- the reader -> plain records -> import contract ------------------------------------
READERS = {"brat": (brat.read, EXAMPLES / "brat"), "doccano": (doccano.read, EXAMPLES / "doccano.jsonl"),
           "label-studio": (label_studio.read, EXAMPLES / "label_studio.json"),
           "jsonl": (jsonl.read, EXAMPLES / "news.jsonl")}


@pytest.mark.parametrize("fmt", sorted(READERS))
def test_normalisation_and_hashing_run_once_per_document(monkeypatch, project, fmt):
    """Before, build_record (exports/common.py) normalised, hashed and checked every text, then
    the importer did it all again and hashed every id a second time."""
    calls = {"normalise": 0, "checked_sha256": 0, "sha256_of": 0}
    for name in calls:
        real = getattr(annotator.importing, name)

        def counted(*args, _real=real, _name=name):
            calls[_name] += 1
            return _real(*args)
        monkeypatch.setattr(annotator.importing, name, counted)
        monkeypatch.setattr(exports.common, name, counted, raising=False)
    read, path = READERS[fmt]
    records = list(read(path))
    assert calls == {"normalise": 0, "checked_sha256": 0, "sha256_of": 0}  # readers only read
    changed = sum(normalise(r.document.text)[0] != r.document.text for r in records)  # a BOM or CRs gone
    import_records(project, records, add_labels=True)
    # checked and hashed once; hashed again only when normalising changed the text
    assert calls == {"normalise": len(records), "checked_sha256": len(records), "sha256_of": changed}


def test_readers_hand_over_plain_records(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_bytes("قال\r\nفي طرابلس".encode())
    (folder / "a.ann").write_text("T1\tLOC 9 15\tطرابلس\n", encoding="utf-8")
    (rec,) = brat.read(folder)
    assert rec.document.sha256 == "" and rec.document.text == "قال\r\nفي طرابلس"
    assert [(s.id, s.start, s.end) for s in rec.spans] == [("T1", 9, 15)]  # the file's id and offsets
    assert rec.origin.file_ids and rec.origin.lines == {("span", "T1"): 1} and rec.origin.encoding == "utf-8"


@pytest.mark.parametrize("fmt, count, digest", [
    ("brat", 20, "79a96d3dcb29db4c"), ("doccano", 20, "79a96d3dcb29db4c"), ("label-studio", 21, "ea67049df5ec341e")])
def test_ids_of_file_numbered_formats_are_what_earlier_imports_stored(project, fmt, count, digest):
    """Digests of the ids the importer gave the examples when ids were still made in the
    readers (made of content: brat and doccano agree): re-importing a file into a project
    made then adds nothing."""
    read, path = READERS[fmt]
    import_records(project, read(path), "import", add_labels=True)
    ids = sorted([s.id for r in project.records() for s in r.spans] + [x.id for r in project.records()
                                                                       for x in r.relations])
    assert (len(ids), hashlib.sha256("\n".join(ids).encode()).hexdigest()[:16]) == (count, digest)


def test_rows_follow_their_document_to_the_id_the_project_gives(tmp_path, project):
    """Rows are made with the id a document would get in an empty project, then moved when
    the project decides otherwise: an id another text took (in this file or before), or a
    text stored under another id."""
    first = {**_doc(A, 3, 15), "id": "d1", "statuses": [{"annotator": "ali", "status": "done"}]}
    second = {**_doc(B, 3, 15), "id": "d1", "statuses": [{"annotator": "ali", "status": "skipped"}]}
    import_records(project, jsonl.read(write_jsonl(tmp_path / "one.jsonl", [first, second])))
    again = {"text": A, "id": "other", "statuses": [{"annotator": "sara", "status": "done"}],
             "spans": [{"id": "U1", "start": 0, "end": 3, "label": "CUE"},
                       {"id": "U2", "start": 11, "end": len(A), "label": "CLAIM"}],
             "relations": [{"id": "Q1", "from": "U1", "to": "U2", "type": "cue_of"}]}
    import_records(project, jsonl.read(write_jsonl(tmp_path / "two.jsonl", [again])))
    records = {r.document.text: r for r in project.records()}
    assert records[A].document.id == "d1" and records[B].document.id.startswith("d1-")
    for text, rec in records.items():
        assert {s.doc_id for s in rec.spans} | {r.doc_id for r in rec.relations} == {rec.document.id}
    assert {(s.annotator, s.status) for s in records[A].statuses} == {("ali", "done"), ("sara", "done")}
    assert {(s.annotator, s.status) for s in records[B].statuses} == {("ali", "skipped")}
    assert _links(project) == sorted([(A, A[:3], A[15:]), (A, A[:3], A[11:]), (B, B[:3], B[15:])])
