"""Two people (or one person in two windows) editing the same thing never silently
overwrite each other (issue 12): an edit of a row changed since the editor's view read it
is refused (E580), and so is an undo that would write over a later change (E581). On a
project file and on a real PostgreSQL server."""
from __future__ import annotations

import pytest

from annotator import commands as cmd
from annotator.errors import IsnadError
from annotator.history import History
from annotator.importing import import_records
from annotator.model import Document, DocumentRecord
from annotator.store import Project

TEXT = "قال المتحدث باسم الحكومة إن الوضع في طرابلس هادئ."


def view_of(project: Project, doc_id: str):
    """What a window shows: the rows as read now, looked up by kind and id."""
    rows = {("span", s.id): s for s in project.spans(doc_id)}
    rows.update({("relation", r.id): r for r in project.relations(doc_id)})
    return lambda kind, row_id: rows.get((kind, row_id))


@pytest.fixture
def two(location):
    """The lead's and an annotator's handles on one project with a gold span on طرابلس."""
    with Project.create(location) as project:
        import_records(project, [DocumentRecord(Document("d1", "", TEXT))])
    lead, other = Project.open(location), Project.open(location)
    start = TEXT.index("طرابلس")
    History(lead).run(cmd.AddSpan(cmd.make_span("d1", start, start + 6, "LOC", "gold")))
    yield lead, other
    lead.close()
    other.close()


def test_an_edit_of_a_row_changed_since_it_was_seen_is_refused(two):
    lead, other = two
    span = lead.spans("d1")[0]
    seen_by_lead = view_of(lead, "d1")
    History(other).run(cmd.Relabel(span.id, "ORG"), view_of(other, "d1"))  # the other window was up to date
    with pytest.raises(IsnadError) as caught:
        History(lead).run(cmd.Relabel(span.id, "MISC"), seen_by_lead)
    assert caught.value.code == "E580" and caught.value.todo
    assert lead.span(span.id).label == "ORG"  # nothing written over the other's change
    History(lead).run(cmd.Relabel(span.id, "MISC"), view_of(lead, "d1"))  # looked again: allowed
    assert other.span(span.id).label == "MISC"


def test_an_undo_over_a_later_change_is_refused_and_dropped(two):
    lead, other = two
    span = lead.spans("d1")[0]
    history = History(lead)
    history.run(cmd.Resize(span.id, span.start, span.end - 1), view_of(lead, "d1"))
    History(other).run(cmd.Relabel(span.id, "PER"), view_of(other, "d1"))
    with pytest.raises(IsnadError) as caught:
        history.undo()
    assert caught.value.code == "E581"
    now = other.span(span.id)
    assert (now.end, now.label) == (span.end - 1, "PER")  # the later change stands
    assert history.undo_text is None  # the entry could never apply: gone, not retried forever
    history.run(cmd.Relabel(span.id, "LOC"), view_of(lead, "d1"))
    assert history.undo() is not None and lead.span(span.id).label == "PER"  # a fresh entry undoes fine
    assert history.redo() is not None and lead.span(span.id).label == "LOC"


def test_a_deleted_row_is_not_edited_back_to_life(two):
    lead, other = two
    span = lead.spans("d1")[0]
    seen_by_lead = view_of(lead, "d1")
    History(other).run(cmd.DeleteSpan(span.id))
    with pytest.raises(IsnadError) as caught:
        History(lead).run(cmd.Relabel(span.id, "PER"), seen_by_lead)
    assert caught.value.code == "E103" and lead.spans("d1") == []
