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


# -- on a server, a transaction does not keep other writers out while it plans (as a file's
# does): an edit whose rows another window changed between its reading and its writing is
# refused all the same. `Overtaken` lets the other window write in that very moment.
class Overtaken(cmd.Command):
    """`command`, with `meanwhile()` run after it has planned and before it writes."""

    def __init__(self, command, meanwhile):
        self.command, self.meanwhile, self.text = command, meanwhile, command.text

    def plan(self, project):
        planned = self.command.plan(project)
        self.meanwhile()
        return planned


@pytest.fixture
def twins(pg_url):
    """One annotator's two windows on a server project, with two spans of theirs."""
    with Project.create(pg_url) as project:
        import_records(project, [DocumentRecord(Document("d1", "", TEXT))])
    one, two = Project.open(pg_url), Project.open(pg_url)
    claim, source = (cmd.make_span("d1", 0, 3, "CUE", "ali"), cmd.make_span("d1", 4, 11, "CLAIM", "ali"))
    History(one).run(cmd.AddSpans("d1", [claim, source]))
    yield one, two, claim, source
    one.close()
    two.close()


def test_on_a_server_an_edit_overtaken_between_reading_and_writing_is_refused(twins):
    one, two, cue, _ = twins
    relabel = cmd.Relabel(cue.id, "PER")
    overtaken = Overtaken(relabel, lambda: History(two).run(cmd.Relabel(cue.id, "ORG"), view_of(two, "d1")))
    with pytest.raises(IsnadError) as caught:
        History(one).run(overtaken, view_of(one, "d1"))
    assert caught.value.code == "E580"
    assert one.span(cue.id).label == "ORG"  # the other window's edit stands


def test_on_a_server_a_link_to_a_span_deleted_meanwhile_is_refused_as_stale(twins):
    one, two, cue, claim = twins
    link = cmd.Link(cmd.make_relation("d1", cue.id, claim.id, "cue_of", "ali"))
    with pytest.raises(IsnadError) as caught:
        History(one).run(Overtaken(link, lambda: History(two).run(cmd.DeleteSpan(claim.id))), view_of(one, "d1"))
    assert caught.value.code == "E580" and one.relations("d1") == []


def test_on_a_server_a_delete_does_not_take_a_link_made_meanwhile_with_it(twins):
    one, two, cue, claim = twins
    link = cmd.Link(cmd.make_relation("d1", cue.id, claim.id, "cue_of", "ali"))
    with pytest.raises(IsnadError) as caught:
        History(one).run(Overtaken(cmd.DeleteSpan(claim.id), lambda: History(two).run(link)), view_of(one, "d1"))
    assert caught.value.code == "E580"
    assert [r.id for r in one.relations("d1")] == [link.relation.id] and one.span(claim.id) is not None


def test_on_a_server_a_status_set_meanwhile_is_not_overwritten_unseen(twins):
    """A status is versioned by when it was set: the other window flagging the document and
    taking the flag back in between (the value as it was, set anew) is not written over unseen."""
    one, two, _, _ = twins
    History(one).run(cmd.SetStatus("d1", "ali", "in_progress"))
    other = History(two)
    later = Overtaken(cmd.SetStatus("d1", "ali", "done"),
                      lambda: [other.run(cmd.SetStatus("d1", "ali", s)) for s in ("flagged", "in_progress")])
    with pytest.raises(IsnadError) as caught:
        History(one).run(later)
    assert caught.value.code == "E580" and one.status("d1", "ali").status == "in_progress"


def test_a_server_counts_each_layers_edits_apart_and_the_revision_sums_them(twins, pg_url):
    import psycopg
    one, two, cue, _ = twins

    def counts() -> dict:
        with psycopg.connect(pg_url) as conn:
            return dict(conn.execute("SELECT key, value FROM meta WHERE key LIKE 'revision%'").fetchall())
    before, rows = two.revision(), counts()
    History(one).run(cmd.Relabel(cue.id, "PER"))
    History(one).run(cmd.SetStatus("d1", "mona", "done"))
    after = counts()
    assert two.revision() == before + 2 == sum(map(int, after.values()))
    assert after["revision"] == rows["revision"]  # no shared row for every writer to wait on
    assert int(after["revision:ali"]) == int(rows["revision:ali"]) + 1 and after["revision:mona"] == "1"
