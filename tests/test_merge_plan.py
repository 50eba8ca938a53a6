"""Merge planning: matching, conflicts, schema differences; idempotent, order-independent."""
from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.merge import Source, plan_merge, sharing_texts
from annotator.model import DocStatus, Document, DocumentRecord, Label, Relation, Schema, Span
from annotator.schema import default_schema
from annotator.text import sha256_of
from helpers import examples

TEXTS = ["قال الرئيس إن الوضع مستقر.", "أعلنت الوزارة أمس عن خطة جديدة.", "وأضاف المتحدث أن المحادثات مستمرة."]


def doc(i: int, project: str) -> Document:
    # Every project names its documents its own way: only the text identifies them.
    return Document(f"{project}-doc{i}", sha256_of(TEXTS[i]), TEXTS[i], title=f"t{i}")


def rec(i, project, spans=(), relations=(), statuses=()):
    d = doc(i, project)
    return DocumentRecord(d, [replace(s, doc_id=d.id) for s in spans],
                          [replace(x, doc_id=d.id) for x in relations],
                          [replace(s, doc_id=d.id) for s in statuses])


def span(id, start, end, label="PER", annotator="ali", updated="2026-01-01T00:00:00Z"):
    return Span(id, "", start, end, label, annotator, updated=updated, created="2026-01-01T00:00:00Z")


def apply(target: list[DocumentRecord], plan) -> list[DocumentRecord]:
    """What a store does with a plan, in memory."""
    docs = {r.document.id: r.document for r in target} | {d.id: d for d in plan.documents}
    spans = {s.id: s for r in target for s in r.spans} | {s.id: s for s in plan.spans}
    rels = {x.id: x for r in target for x in r.relations} | {x.id: x for x in plan.relations}
    sts = {(s.doc_id, s.annotator): s for r in target for s in r.statuses}
    sts |= {(s.doc_id, s.annotator): s for s in plan.statuses}
    return [DocumentRecord(d, [s for s in spans.values() if s.doc_id == i],
                           [x for x in rels.values() if x.doc_id == i],
                           [s for s in sts.values() if s.doc_id == i]) for i, d in docs.items()]


def state(records) -> dict:
    """A project's content, independent of its document ids."""
    def strip(items):
        return sorted(repr(replace(x, doc_id="")) for x in items)
    return {r.document.sha256: (strip(r.spans), strip(r.relations), strip(r.statuses)) for r in records}


def test_documents_match_on_text_and_layers_stay_separate():
    target = [rec(0, "lead", [span("a1", 0, 3, annotator="ali")])]
    source = [rec(0, "mona", [span("m1", 0, 3, annotator="mona")]), rec(1, "mona", [span("m2", 0, 5, "ORG", "mona")])]
    plan = plan_merge(target, [Source("mona.isnad", source)], default_schema())
    assert plan.counts["documents matched"] == 1 and plan.counts["documents added"] == 1
    assert [d.sha256 for d in plan.documents] == [sha256_of(TEXTS[1])]
    # m1 moves to the target's id for the same text; m2 stays with its new document.
    assert {(s.id, s.doc_id, s.annotator) for s in plan.spans} == {("m1", "lead-doc0", "mona"),
                                                                   ("m2", "mona-doc1", "mona")}
    assert plan.counts["spans added"] == 2 and not plan.conflicts


def test_same_source_twice_changes_nothing():
    target = [rec(0, "lead")]
    source = Source("mona.jsonl", [rec(0, "mona", [span("m1", 0, 3)], statuses=[DocStatus("", "mona", "done")])])
    merged = apply(target, plan_merge(target, [source]))
    again = plan_merge(merged, [source, source])
    assert again.changes_nothing and again.counts["spans skipped"] == 1 and again.counts["statuses skipped"] == 1


def test_newer_edit_wins_and_conflict_is_reported():
    old = span("s1", 0, 3, "PER", updated="2026-01-01T10:00:00Z")
    new = span("s1", 0, 10, "PER", updated="2026-01-02T10:00:00Z")
    target = [rec(0, "lead", [old])]
    plan = plan_merge(target, [Source("ali-laptop.isnad", [rec(0, "ali", [new])])])
    assert [(s.id, s.end) for s in plan.spans] == [("s1", 10)]
    assert plan.counts["spans updated"] == 1
    (c,) = plan.conflicts
    assert (c.kind, c.id) == ("span", "s1")
    assert "2026-01-02" in c.kept and "ali-laptop.isnad" in c.kept and "target" in c.dropped[0]
    # The older version arriving later changes nothing, but the clash is still reported.
    merged = apply(target, plan)
    late = plan_merge(merged, [Source("old.isnad", [rec(0, "x", [old])])])
    assert late.changes_nothing and len(late.conflicts) == 1


def test_relations_follow_spans_and_dangling_ones_are_dropped():
    c, s = span("c", 0, 3, "CLAIM"), span("s", 4, 10, "SOURCE")
    good = Relation("r1", "", "c", "s", "attributed_to", "ali")
    bad = Relation("r2", "", "c", "missing", "attributed_to", "ali")
    plan = plan_merge([], [Source("ali", [rec(0, "ali", [c, s], [good, bad])])], default_schema())
    assert [x.id for x in plan.relations] == ["r1"] and plan.dropped_relations == ["r2"]
    assert plan.counts["relations added"] == 1


def test_schema_differences_are_reported_labels_added_not_renamed():
    theirs = Schema("theirs", (Label("PER", kind="source"), Label("EVENT", "entity", hotkey="1")), ())
    source = Source("s", [rec(0, "s", [span("e", 0, 3, "EVENT"), span("d", 4, 6, "DATE")])], theirs)
    plan = plan_merge([], [source], default_schema())
    assert [l.name for l in plan.labels] == ["DATE", "EVENT"]
    assert plan.labels[1].hotkey == ""  # "1" is PER's in the target
    date = plan.labels[0]  # defined nowhere: kind 'other' and a palette colour, as import gives it
    assert date.kind == "other" and date.colour != Label("DATE").colour
    assert date.colour not in {l.colour for l in default_schema().labels}
    assert any("PER" in n and "kind" in n for n in plan.schema_notes)
    assert plan.summary()["labels_added"] == ["DATE", "EVENT"]


# --- properties -------------------------------------------------------------------------

SPAN_IDS = [f"s{i}" for i in range(6)]  # span s{i} lives in document i % 3, layer of annotator i % 2
TIMES = ["2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z"]  # few times: ties happen


@st.composite
def project(draw, name):
    records = []
    for i in sorted(draw(st.sets(st.sampled_from(range(3))))):
        spans = [Span(sid, "", draw(st.integers(0, 4)), draw(st.integers(5, 9)), draw(st.sampled_from(["PER", "LOC"])),
                      f"a{int(sid[1:]) % 2}", updated=draw(st.sampled_from(TIMES)))
                 for sid in SPAN_IDS if int(sid[1:]) % 3 == i and draw(st.booleans())]
        rels = [Relation(f"r{i}", "", spans[0].id, spans[-1].id, "attributed_to", spans[0].annotator,
                         updated=draw(st.sampled_from(TIMES)))] if spans and draw(st.booleans()) else []
        statuses = [DocStatus("", a, draw(st.sampled_from(["done", "in_progress"])), updated=draw(st.sampled_from(TIMES)))
                    for a in draw(st.sets(st.sampled_from(["a0", "a1"])))]
        records.append(rec(i, name, spans, rels, statuses))
    return records


@settings(max_examples=examples(150), deadline=None)
@given(project("lead"), project("p1"), project("p2"))
def test_merge_is_idempotent_and_order_independent(target, p1, p2):
    s1, s2 = Source("p1", p1), Source("p2", p2)
    both = apply(target, plan_merge(target, [s1, s2]))
    one_then_two = apply(apply(target, plan_merge(target, [s1])), plan_merge(apply(target, plan_merge(target, [s1])), [s2]))
    t2 = apply(target, plan_merge(target, [s2]))
    two_then_one = apply(t2, plan_merge(t2, [s1]))
    assert state(both) == state(one_then_two) == state(two_then_one) == state(apply(target, plan_merge(target, [s2, s1])))
    assert plan_merge(both, [s1, s2]).changes_nothing
    assert plan_merge(both, [s2]).changes_nothing


def test_sources_share_one_copy_of_each_text():
    """Twenty annotators hand in the same texts: a merge keeps each once (issue 13)."""
    texts: dict[str, str] = {}
    ali = sharing_texts([rec(0, "ali"), rec(1, "ali")], texts)
    copy = "".join(list(TEXTS[0]))  # an equal text read again, another object
    mona = sharing_texts([DocumentRecord(replace(doc(0, "mona"), text=copy))], texts)
    assert mona[0].document.text is ali[0].document.text and len(texts) == 2
