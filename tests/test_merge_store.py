"""Merging real project files and native JSONL exports into a real project (a file, and a
database on a real PostgreSQL server: tests/conftest.py `location`)."""
from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from annotator.commands import Resize, SetStatus
from annotator.errors import IsnadError
from annotator.history import History
from annotator.importing import import_records, validated_records
from annotator.merge import Source, merge_into
from annotator.model import ChangeSet, DocStatus, Document, DocumentRecord, Span
from annotator.store import Project
from annotator.text import sha256_of
from conftest import CORPUS
from exports import jsonl
from test_merge_plan import project, state
from helpers import examples

PASSAGES = CORPUS / "articles" / "anercorp_news_passages.jsonl"


def passages(n: int = 6) -> list[dict]:
    rows = [json.loads(line) for line in PASSAGES.read_text(encoding="utf-8").splitlines()[:n]]
    for r in rows:  # ANERcorp says PERS where the schema says PER
        for s in r["spans"]:
            s["label"] = "PER" if s["label"] == "PERS" else s["label"]
    return rows


def annotator_project(tmp_path: Path, name: str, keep) -> Path:
    """A project as annotator `name` would hand it in: the passages with some gold spans."""
    path = tmp_path / f"{name}.isnad"
    records = []
    for row in passages():
        doc = Document(row["id"], "", row["text"], title=row["id"])
        spans = [Span("", "", s["start"], s["end"], s["label"], name)
                 for i, s in enumerate(row["spans"]) if keep(i)]
        records.append(DocumentRecord(doc, spans))
    with Project.create(path) as p:
        import_records(p, records, name)
    return path


def source(path: Path) -> Source:
    with Project.open(path, read_only=True) as p:
        return Source(str(path), list(p.records()), p.schema)


def layers(path: Path) -> dict:
    with Project.open(path, read_only=True) as p:
        return {(r.document.sha256, s.annotator, s.start, s.end, s.label)
                for r in p.records() for s in r.spans}


def test_merge_projects_keeps_layers_and_is_idempotent(tmp_path, location):
    ali = annotator_project(tmp_path, "ali", lambda i: i % 3 != 0)
    mona = annotator_project(tmp_path, "mona", lambda i: i % 2 == 0)
    target = location
    Project.create(target).close()
    with Project.open(target) as p:
        plan = merge_into(p, [source(ali), source(mona)])
        stats = p.stats()
    assert plan.counts["documents added"] == 6 and plan.counts["documents matched"] == 0
    assert stats["documents"] == 6
    assert layers(target) == layers(ali) | layers(mona)
    with Project.open(target) as p:
        again = merge_into(p, [source(mona), source(ali)])
        assert again.changes_nothing and p.stats() == stats
    assert again.counts["spans skipped"] == stats["spans"]


def test_newer_edit_wins_across_projects(tmp_path, location):
    ali = annotator_project(tmp_path, "ali", lambda i: True)
    target = location
    Project.create(target).close()
    with Project.open(target) as p:
        merge_into(p, [source(ali)])
    with Project.open(ali) as p:  # ali keeps working after handing in a first copy
        doc_id = p.document_ids()[0]
        span = p.spans(doc_id)[0]
        History(p).run(Resize(span.id, start=span.start, end=span.end - 1))
    with Project.open(target) as p:
        plan = merge_into(p, [source(ali)])
        assert plan.counts["spans updated"] == 1 and len(plan.conflicts) == 1
        assert p.span(span.id).end == span.end - 1


def test_time_spent_is_not_an_edit(tmp_path, location):
    ali = annotator_project(tmp_path, "ali", lambda i: True)
    with Project.open(ali) as p:
        doc_id = p.document_ids()[0]
        History(p).run(SetStatus(doc_id, "ali", "done"))
    target = location
    Project.create(target).close()
    with Project.open(target) as p:
        merge_into(p, [source(ali)])
    with Project.open(ali) as p:  # ali only opens the document again: the clock runs
        p.add_time(doc_id, "ali", 42.0)
    with Project.open(target) as p:
        plan = merge_into(p, [source(ali)])
        assert plan.changes_nothing and plan.conflicts == []
        assert p.status(doc_id, "ali").status == "done"


def test_native_jsonl_export_merges_like_the_project(tmp_path, location):
    ali = annotator_project(tmp_path, "ali", lambda i: i % 2 == 1)
    out = tmp_path / "ali.jsonl"
    with Project.open(ali, read_only=True) as p:
        jsonl.write(p.records(), out)
    target = location
    Project.create(target).close()
    with Project.open(target) as p:
        merge_into(p, [Source(str(out), validated_records(jsonl.read(out)))])
    assert layers(target) == layers(ali)


def test_a_bad_source_changes_nothing(tmp_path, location):
    ali = annotator_project(tmp_path, "ali", lambda i: True)
    out = tmp_path / "ali.jsonl"
    with Project.open(ali, read_only=True) as p:
        jsonl.write(p.records(), out)
    lines = out.read_text(encoding="utf-8").splitlines()
    broken = json.loads(lines[3])
    broken["spans"][0]["end"] = len(broken["text"]) + 5
    out.write_text("\n".join(lines[:3] + [json.dumps(broken, ensure_ascii=False)] + lines[4:]) + "\n", "utf-8")
    target = location
    Project.create(target).close()
    with pytest.raises(IsnadError) as e:
        Source(str(out), validated_records(jsonl.read(out)))
    assert e.value.line == 4
    with Project.open(target, read_only=True) as p:
        assert p.stats()["documents"] == 0


@settings(max_examples=examples(25), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(project("p1"), project("p2"))
def test_store_merge_is_order_independent_and_idempotent(tmp_path_factory, p1, p2):
    s1, s2 = Source("p1", p1), Source("p2", p2)
    folder = tmp_path_factory.mktemp("merge")
    together, one_by_one = folder / "together.isnad", folder / "one_by_one.isnad"
    for path in (together, one_by_one):
        Project.create(path).close()
    with Project.open(together) as p:
        merge_into(p, [s1, s2])
    with Project.open(one_by_one) as p:
        merge_into(p, [s2])
        merge_into(p, [s1])
    with Project.open(together) as a, Project.open(one_by_one) as b:
        assert state(a.records()) == state(b.records())
        assert merge_into(a, [s1, s2]).changes_nothing


# --- issue 13: the target read by key, only where the sources need it ----------------------

def _stored_project(location, n_spans: int) -> tuple[list[Document], list[Span]]:
    """A project of two real passages, `n_spans` spans of ali's over them, a status each."""
    rows = passages(2)
    docs = [Document(r["id"], sha256_of(r["text"]), r["text"], title=r["id"]) for r in rows]
    spans = [Span(f"s{i}", docs[i % 2].id, i % 40, i % 40 + 3, "PER", "ali", {"certain": i % 3 == 0},
                  created="2026-01-01T00:00:00Z", updated="2026-01-01T00:00:00Z") for i in range(n_spans)]
    statuses = [DocStatus(d.id, "ali", "done", 12.5, "2026-01-02T00:00:00Z", "2026-01-02T00:00:00Z") for d in docs]
    Project.create(location).close()
    with Project.open(location) as p:
        p.add_batch(docs, ChangeSet(put_spans=spans, put_statuses=statuses))
    return docs, spans


@pytest.mark.parametrize("many", [False, True], ids=["looked up", "one pass"])
def test_versions_tells_identical_from_differing(location, many):
    """A stored version word for word the offered one is told by its key alone; a differing
    one comes back whole; one the project lacks, not at all; on both engines, whether the
    offered items are looked up one by one or are most of the table."""
    docs, spans = _stored_project(location, 2600)
    a, b = docs
    edited = [replace(spans[0], end=spans[0].end + 1, updated="2026-02-01T00:00:00Z"),  # edited
              replace(spans[1], doc_id="elsewhere"),  # the same span offered in another document
              replace(spans[2], attrs={"certain": True, "note": "x"}),  # attributes differ
              Span("new", a.id, 0, 2, "LOC", "ali")]  # the project has none
    offered = [(s.id, s.doc_id, s) for s in edited + (spans[3:] if many else spans[3:5])]
    with Project.open(location, read_only=True) as p, p.snapshot():
        found = dict(p.versions("span", offered))
        placed = {s.id: s.doc_id for s in spans[4:]} if many else {}
        placed |= {"s0": a.id, "s1": a.id, "new": None, "s3": None}
        assert p.misplaced("spans", placed) == {"s1": b.id, "s3": b.id}
        statuses = dict(p.versions("status", [("same", a.id, p.status(a.id, "ali")),
                                              ("time", b.id, replace(p.status(b.id, "ali"), seconds=99.0))]))
    assert found["s0"] == spans[0] and found["s2"] == spans[2]  # the stored versions, whole
    assert found["s1"] == spans[1]
    assert "new" not in found
    assert all(found[s.id] is None for s in (spans[3:] if many else spans[3:5]))
    assert statuses["same"] is None and statuses["time"].seconds == 12.5


def test_merging_again_keeps_a_newer_edit_made_in_the_target(tmp_path, location):
    """A lead edits a merged span in the target; merging the annotator's older copy again
    changes nothing and reports the clash (the target's version is read because it differs)."""
    ali = annotator_project(tmp_path, "ali", lambda i: True)
    target = location
    Project.create(target).close()
    with Project.open(target) as p:
        merge_into(p, [source(ali)])
        span = p.spans(p.document_ids()[0])[0]
        History(p).run(Resize(span.id, start=span.start, end=span.end - 1))
        stats = p.stats()
        again = merge_into(p, [source(ali)])
        assert again.changes_nothing and p.stats() == stats
        assert p.span(span.id).end == span.end - 1
    (c,) = again.conflicts
    assert c.id == span.id and "target" in c.kept and str(ali) in c.dropped[0]
    assert again.counts["spans skipped"] == stats["spans"]
