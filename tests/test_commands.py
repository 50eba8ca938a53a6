import pytest

from annotator.commands import (AddSpan, Batch, DeleteSpan, Link, Relabel, Resize, SetAttribute, SetNote,
                                SetStatus, Unlink, make_relation, make_span)
from annotator.errors import IsnadError
from annotator.history import History
from annotator.model import ChangeSet, Document
from annotator.store import Project
from annotator.text import sha256_of

TEXT = "قالت المتحدثة ريبيكا فارمر إن القوات نقلت من ليبيا"
SOURCE = (14, 26)  # ريبيكا فارمر
CLAIM = (30, 50)


@pytest.fixture
def project(project_path):
    with Project.create(project_path) as p:
        p.add_batch([Document("d", sha256_of(TEXT), TEXT)], ChangeSet())
        yield p


def _state(p):
    return ([(s.start, s.end, s.label, s.attrs, s.note) for s in p.spans("d")],
            [(r.from_id, r.to_id, r.type) for r in p.relations("d")],
            [(s.annotator, s.status) for s in p.statuses("d") if s.status != "new"])  # "new": as with none


def test_every_command_undoes_and_redoes(project):
    h = History(project)
    src = make_span("d", *SOURCE, "SOURCE", "ali")
    claim = make_span("d", *CLAIM, "CLAIM", "ali")
    rel = make_relation("d", claim.id, src.id, "attributed_to", "ali")
    commands = [AddSpan(src), AddSpan(claim), Link(rel), Relabel(src.id, label="PER"),
                Resize(claim.id, start=CLAIM[0] + 1, end=CLAIM[1]), SetAttribute(src.id, name="type", value="named person"),
                SetNote(claim.id, note="مقتبس"), SetStatus("d", "ali", "done"), Unlink(rel), DeleteSpan(src.id)]
    states = [_state(project)]
    for c in commands:
        h.run(c)
        states.append(_state(project))
    assert states[3][1] == [(claim.id, src.id, "attributed_to")]
    assert states[4][0][0][2] == "PER" and states[6][0][0][3] == {"type": "named person"}
    for expected in reversed(states[:-1]):
        h.undo()
        assert _state(project) == expected
    assert h.undo() is None
    for expected in states[1:]:
        h.redo()
        assert _state(project) == expected


def test_deleting_a_span_removes_and_restores_its_relations(project):
    h = History(project)
    src, claim = make_span("d", *SOURCE, "SOURCE", "ali"), make_span("d", *CLAIM, "CLAIM", "ali")
    h.run(Batch([AddSpan(src), AddSpan(claim)]))
    h.run(Link(make_relation("d", claim.id, src.id, "attributed_to", "ali")))
    h.run(DeleteSpan(src.id))
    assert project.relations("d") == []
    h.undo()
    assert len(project.relations("d")) == 1


def test_nested_and_overlapping_spans_are_allowed(project):
    h = History(project)
    for start, end, label in ((14, 26, "PER"), (14, 26, "SOURCE"), (14, 20, "PER"), (20, 40, "CLAIM")):
        h.run(AddSpan(make_span("d", start, end, label, "ali")))
    assert len(project.spans("d")) == 4


@pytest.mark.parametrize("command, message", [
    (lambda: AddSpan(make_span("d", 0, 4, "NOPE", "ali")), "not in the project's schema"),
    (lambda: AddSpan(make_span("d", 4, 4, "PER", "ali")), "does not fit"),
    (lambda: AddSpan(make_span("d", 0, 999, "PER", "ali")), "does not fit"),
    (lambda: SetStatus("d", "ali", "finished"), "unknown status"),
    (lambda: Relabel("missing", label="PER"), "no span"),
])
def test_invalid_commands_change_nothing(project, command, message):
    h = History(project)
    with pytest.raises(IsnadError, match=message):
        h.run(command())
    assert _state(project) == ([], [], []) and h.undo_text is None


def test_link_checks_endpoint_kinds(project):
    h = History(project)
    per, claim = make_span("d", *SOURCE, "PER", "ali"), make_span("d", *CLAIM, "CLAIM", "ali")
    h.run(Batch([AddSpan(per), AddSpan(claim)]))
    with pytest.raises(IsnadError, match="must be a source span"):
        h.run(Link(make_relation("d", claim.id, per.id, "attributed_to", "ali")))


def test_tag_all_occurrences_is_one_undoable_action(project_path):
    from annotator.commands import tag_all_occurrences
    text = "زار حفتر سرت ثم عاد إلى سرت وبسرت قاعدة"
    with Project.create(project_path) as p:
        p.add_batch([Document("d", sha256_of(text), text)], ChangeSet())
        h = History(p)
        h.run(tag_all_occurrences(p, "d", "سرت", "LOC", "ali", with_proclitics=True))
        assert [text[s.start:s.end] for s in p.spans("d")] == ["سرت"] * 3
        assert h.undo_text == "tag 3 occurrences"
        h.run(tag_all_occurrences(p, "d", "سرت", "LOC", "ali", with_proclitics=True))
        assert len(p.spans("d")) == 3  # already tagged ones are not doubled
        h.undo()
        h.undo()
        assert p.spans("d") == []


def test_a_relation_type_without_kinds_links_any_spans(project):
    from annotator.commands import relation_type_for
    from annotator.model import RelationType, Schema
    from annotator.schema import default_schema
    schema = default_schema()
    claim, source, per = (make_span("d", *CLAIM, "CLAIM", "a"), make_span("d", *SOURCE, "SOURCE", "a"),
                          make_span("d", *SOURCE, "PER", "a"))
    assert relation_type_for(schema, claim, source) == "attributed_to"
    assert relation_type_for(schema, source, claim) is None and relation_type_for(schema, per, claim) is None
    loose = Schema(schema.name, schema.labels, (RelationType("mentions"),))
    assert relation_type_for(loose, per, claim) == "mentions"
