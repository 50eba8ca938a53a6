"""Deletions leave tombstones (issue 12): the store writes one in the transaction that
deletes a span or relation, on a file and on a server alike, so merges and syncs can carry
the deletion; an item written again is alive and loses its tombstone."""
from __future__ import annotations

from annotator.commands import AddSpan, DeleteSpan, Link, make_relation, make_span
from annotator.history import History
from annotator.model import ChangeSet, Document, Tombstone
from annotator.store import Project
from annotator.text import sha256_of

TEXT = "قال مسؤولون أمريكيون إن القوات الليبية سيطرت على سرت"


def _project(location) -> Project:
    project = Project.create(location)
    project.add_batch([Document("d1", sha256_of(TEXT), TEXT, "سرت")], ChangeSet())
    return project


def test_deleting_a_span_and_its_relation_leaves_their_tombstones(location):
    with _project(location) as project:
        history = History(project)
        source, claim = make_span("d1", 4, 20, "SOURCE", "ali"), make_span("d1", 24, 52, "CLAIM", "ali")
        history.run(AddSpan(source))
        history.run(AddSpan(claim))
        link = make_relation("d1", claim.id, source.id, "attributed_to", "ali")
        history.run(Link(link))
        assert project.tombstones("d1") == []
        history.run(DeleteSpan(source.id))
        dead = project.tombstones("d1")
        assert [(t.kind, t.id, t.doc_id, t.annotator) for t in dead] == [
            ("relation", link.id, "d1", "ali"), ("span", source.id, "d1", "ali")]
        assert all(t.deleted > claim.updated for t in dead)
        record = next(project.records())
        assert record.tombstones == dead and [s.id for s in record.spans] == [claim.id]
        assert project.tombstones("d1", ["mona"]) == []


def test_a_span_written_again_is_alive_and_an_undo_deletion_is_told(location):
    with _project(location) as project:
        history = History(project)
        span = make_span("d1", 0, 3, "CUE", "ali")
        history.run(AddSpan(span))
        history.undo()  # the add undone: a deletion
        assert [t.id for t in project.tombstones("d1")] == [span.id]
        history.redo()  # written again: alive
        assert project.tombstones("d1") == [] and project.span(span.id) is not None


def test_a_deletion_told_by_another_project_keeps_its_time_and_the_newest_stays(location):
    with _project(location) as project:
        span = make_span("d1", 0, 3, "CUE", "ali")
        project.apply(ChangeSet(put_spans=[span]))
        told = Tombstone("span", span.id, "d1", "ali", "2030-01-01T00:00:00.000000Z")
        project.apply(ChangeSet(delete_spans=[span.id], put_tombstones=[told]))
        assert project.tombstones("d1") == [told]
        older = Tombstone("span", span.id, "d1", "ali", "2029-01-01T00:00:00.000000Z")
        project.apply(ChangeSet(put_tombstones=[older]))
        assert project.tombstones("d1") == [told]  # an older deletion changes nothing


def test_replacing_a_layer_leaves_tombstones_of_what_it_removed(location):
    with _project(location) as project:
        one, two = make_span("d1", 0, 3, "CUE", "suggest:x"), make_span("d1", 4, 11, "SOURCE", "suggest:x")
        project.replace_layer("suggest:x", [("d1", [one, two], [])])
        project.replace_layer("suggest:x", [("d1", [two], [])])
        assert [(t.id, t.annotator) for t in project.tombstones("d1")] == [(one.id, "suggest:x")]
        project.replace_layer("suggest:x", [("d1", [one, two], [])])
        assert project.tombstones("d1") == []


def test_an_import_giving_a_deleted_span_again_makes_it_alive(location):
    """Import inserts its new spans as rows, past the ChangeSet path: the tombstone goes too."""
    from annotator.importing import import_records
    from annotator.model import DocumentRecord, Span
    with _project(location) as project:
        history = History(project)
        span = make_span("d1", 0, 3, "CUE", "ali")
        history.run(AddSpan(span))
        history.run(DeleteSpan(span.id))
        again = Span(span.id, "d1", 0, 3, "CUE", "ali")
        import_records(project, [DocumentRecord(Document("d1", "", TEXT), [again])], "ali")
        assert project.span(span.id) is not None and project.tombstones("d1") == []
