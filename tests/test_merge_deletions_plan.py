"""Merge planning with tombstones (annotator/deletions.py): whatever the order of the
sources, the same items survive and the same tombstones are kept, and merging again
changes nothing."""
from __future__ import annotations

from dataclasses import replace

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from annotator.merge import Source, plan_merge
from annotator.model import DocumentRecord, Relation, Span, Tombstone
from test_merge_plan import doc

SPAN_IDS = [f"s{i}" for i in range(6)]  # span s{i} lives in document i % 3
TIMES = ["2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z", "2026-01-03T00:00:00Z"]  # few: ties happen


@st.composite
def project(draw, name):
    """A project as a store keeps one: each id alive or tombstoned, never both."""
    records = []
    for i in sorted(draw(st.sets(st.sampled_from(range(3))))):
        d = doc(i, name)
        spans, stones = [], []
        for sid in (s for s in SPAN_IDS if int(s[1:]) % 3 == i):
            fate = draw(st.sampled_from(["alive", "deleted", "absent"]))
            if fate == "alive":
                spans.append(Span(sid, d.id, 0, draw(st.integers(1, 9)), "PER", "ali",
                                  updated=draw(st.sampled_from(TIMES))))
            elif fate == "deleted":
                stones.append(Tombstone("span", sid, d.id, "ali", draw(st.sampled_from(TIMES))))
        rels = [Relation(f"r{i}", d.id, spans[0].id, spans[-1].id, "attributed_to", "ali",
                         updated=draw(st.sampled_from(TIMES)))] if spans and draw(st.booleans()) else []
        if stones and not rels:  # deleting a span deletes the relation touching it (in any version)
            stones.append(Tombstone("relation", f"r{i}", d.id, "ali", max(t.deleted for t in stones)))
        records.append(DocumentRecord(d, spans, rels, tombstones=stones))
    return records


def apply(target: list[DocumentRecord], plan) -> list[DocumentRecord]:
    """What the store does with a plan, in memory: deletions, puts (which revive), tombstones."""
    docs = {r.document.id: r.document for r in target} | {d.id: d for d in plan.documents}
    spans = {s.id: s for r in target for s in r.spans}
    rels = {x.id: x for r in target for x in r.relations}
    stones = {(t.kind, t.id): t for r in target for t in r.tombstones}
    for i in plan.deleted_spans:
        del spans[i]
    for i in plan.deleted_relations:
        del rels[i]
    spans |= {s.id: s for s in plan.spans}
    rels |= {x.id: x for x in plan.relations}
    for key in [("span", i) for i in spans] + [("relation", i) for i in rels]:
        stones.pop(key, None)
    for t in plan.tombstones:
        if (t.kind, t.id) not in stones or stones[t.kind, t.id].deleted < t.deleted:
            stones[t.kind, t.id] = t
    return [DocumentRecord(d, [s for s in spans.values() if s.doc_id == i], [x for x in rels.values() if x.doc_id == i],
                           tombstones=[t for t in stones.values() if t.doc_id == i]) for i, d in docs.items()]


def state(records) -> dict:
    def strip(items):
        return sorted(repr(replace(x, doc_id="")) for x in items)
    return {r.document.sha256: (strip(r.spans), strip(r.relations), strip(r.tombstones)) for r in records}


def merged(target, *sources) -> list[DocumentRecord]:
    return apply(target, plan_merge(target, list(sources)))


@settings(max_examples=200, deadline=None)
@given(project("lead"), project("p1"), project("p2"))
def test_deletions_merge_the_same_in_any_order_and_again_changes_nothing(target, p1, p2):
    # Not covered: a relation written in one copy after its span's deletion in another, the
    # span being brought back later by a third (merged in turns, the relation is lost with the
    # span; all at once it stays). annotator/deletions.py says so.
    stones = {t.id: t.deleted for r in target + p1 + p2 for t in r.tombstones if t.kind == "span"}
    assume(not any(x.updated > stones.get(end, x.updated) for r in target + p1 + p2 for x in r.relations
                   for end in (x.from_id, x.to_id)))
    s1, s2 = Source("p1", p1), Source("p2", p2)
    both = merged(target, s1, s2)
    assert state(both) == state(merged(merged(target, s1), s2)) == state(merged(merged(target, s2), s1)) \
        == state(merged(target, s2, s1))
    assert plan_merge(both, [s1, s2]).changes_nothing
    # nothing deleted is alive: every surviving span is newer than any tombstone of its id anywhere
    stones = {t.id: t.deleted for r in target + p1 + p2 for t in r.tombstones}
    assert all(s.updated > stones[s.id] for r in both for s in r.spans if s.id in stones)
