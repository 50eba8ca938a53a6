"""Adjudication commands on a real project: accept into gold, undo, redo."""
from __future__ import annotations

import pytest

from annotator.adjudication import (accept_agreed, accept_relation, accept_span, agreed_spans, by_disagreement,
                                    candidates, set_adjudicated)
from annotator.errors import IsnadError
from annotator.history import History
from annotator.importing import import_records
from annotator.model import GOLD, Document, DocumentRecord, Relation, Span
from annotator.store import Project

TEXT = "قالت ريبيكا فارمر إن القوات انسحبت من سرت."
# قالت(0,4) ريبيكا فارمر(5,17) إن(18,20) القوات انسحبت من سرت(21,41) سرت(38,41)


def spans(who: str, extra=()):
    base = [(5, 17, "SOURCE"), (5, 17, "PER"), (21, 41, "CLAIM"), (0, 4, "CUE")]
    return [Span(f"{who}{i}", "", s, e, label, who) for i, (s, e, label) in enumerate(base + list(extra))]


@pytest.fixture
def project(tmp_path):
    ali = spans("ali", [(38, 41, "LOC")])
    mona = spans("mona")
    sara = spans("sara", [(37, 41, "LOC")])
    rels = [Relation(f"r-{w}", "", f"{w}2", f"{w}0", "attributed_to", w) for w in ("ali", "mona", "sara")]
    rels.append(Relation("r-ali-cue", "", "ali3", "ali2", "cue_of", "ali"))
    with Project.create(tmp_path / "lead.isnad") as p:
        import_records(p, [DocumentRecord(Document("d1", "", TEXT), ali + mona + sara, rels)])
    p = Project.open(tmp_path / "lead.isnad")
    yield p
    p.close()


def gold(p):
    return sorted((s.start, s.end, s.label) for s in p.spans("d1", [GOLD]))


def gold_relations(p):
    by_id = {s.id: (s.start, s.end, s.label) for s in p.spans("d1", [GOLD])}
    return sorted((x.type, by_id[x.from_id], by_id[x.to_id]) for x in p.relations("d1", [GOLD]))


def test_accept_all_agreed_spans_and_relations_in_one_undo_step(project):
    record = next(project.records())
    assert [(s.start, s.end, s.label) for s in agreed_spans(record)] == \
        [(0, 4, "CUE"), (5, 17, "PER"), (5, 17, "SOURCE"), (21, 41, "CLAIM")]
    history = History(project)
    history.run(accept_agreed(record))
    assert gold(project) == [(0, 4, "CUE"), (5, 17, "PER"), (5, 17, "SOURCE"), (21, 41, "CLAIM")]
    # Everyone linked the claim to its source; only ali drew the cue.
    assert gold_relations(project) == [("attributed_to", (21, 41, "CLAIM"), (5, 17, "SOURCE"))]
    history.undo()
    assert gold(project) == [] and gold_relations(project) == []
    history.redo()
    assert len(gold(project)) == 4
    # Accepting again adds nothing.
    history.run(accept_agreed(next(project.records())))
    assert len(gold(project)) == 4 and len(gold_relations(project)) == 1


def test_accept_one_annotators_span_and_relation(project):
    history = History(project)
    history.run(accept_span(project, "ali4"))  # ali's LOC سرت, the disagreement
    assert gold(project) == [(38, 41, "LOC")]
    cue = next(x for x in project.relations("d1") if x.id == "r-ali-cue")
    history.run(accept_relation(project, cue))
    assert gold_relations(project) == [("cue_of", (0, 4, "CUE"), (21, 41, "CLAIM"))]
    history.undo()
    assert gold(project) == [(38, 41, "LOC")]
    with pytest.raises(IsnadError):
        accept_span(project, "no-such-span")


def test_adjudication_status_is_the_gold_layers(project):
    History(project).run(set_adjudicated("d1"))
    assert project.status("d1", GOLD).status == "done"
    assert project.status("d1", "ali").status != "done"


def test_candidates_mark_agreement_and_gold(project):
    History(project).run(accept_span(project, "ali4"))
    rows = {c.key: c for c in candidates(next(project.records()))}
    assert rows[21, 41, "CLAIM"].agreed and set(rows[21, 41, "CLAIM"].spans) == {"ali", "mona", "sara"}
    assert not rows[38, 41, "LOC"].agreed and rows[38, 41, "LOC"].gold_id is not None
    assert rows[37, 41, "LOC"].spans == {"sara": "sara4"} and rows[37, 41, "LOC"].gold_id is None


def test_documents_sort_by_disagreement(tmp_path):
    def rec(doc_id, b_label):
        text = f"نص {doc_id} قصير"
        return DocumentRecord(Document(doc_id, "", text), [Span(f"{doc_id}a", "", 0, 2, "PER", "a"),
                                                         Span(f"{doc_id}b", "", 0, 2, b_label, "b")])
    with Project.create(tmp_path / "p.isnad") as p:
        import_records(p, [rec("same", "PER"), rec("differ", "ORG"),
                           DocumentRecord(Document("alone", "", "نص وحيد"), [Span("x", "", 0, 2, "PER", "a")])])
        assert by_disagreement(p.records()) == [("differ", 1.0), ("same", 0.0), ("alone", None)]
