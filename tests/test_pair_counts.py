"""All pairs' agreement counts at once (annotator.pair_counts) equal the obvious pair-by-pair
counting, on random layers: nested and chained overlaps, two labels at one place, relations,
annotators who did not annotate a document."""
from __future__ import annotations

from collections import Counter, defaultdict
from itertools import combinations

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.agreement import _Doc, label_counts
from annotator.pair_counts import span_counts
from annotator.span_match import confusion_pairs
from helpers import examples

NAMES = ["ali", "mona", "sara", "zaid"]
LABELS = ["CLAIM", "PER", "SOURCE"]


def pairwise(docs, names):
    """The reference: every pair of annotators of every document, one by one."""
    counts = defaultdict(lambda: [0, 0, 0, 0])
    relations = defaultdict(lambda: [0, 0, 0])
    confusion, per_doc = Counter(), {}
    for d in docs:
        matches = total = 0
        for a, b in combinations(sorted(d.spans), 2):
            sa, sb = d.spans[a], d.spans[b]
            for label, found in label_counts(sa, sb).items():
                counts[a, b, label] = [x + y for x, y in zip(counts[a, b, label], found)]
            confusion_pairs(sa - sb, sb - sa, confusion)
            matches, total = matches + len(sa & sb), total + len(sa) + len(sb)
            ra, rb = d.relations[a], d.relations[b]
            for t in {r[0] for r in ra | rb}:
                mine, theirs = {r for r in ra if r[0] == t}, {r for r in rb if r[0] == t}
                relations[a, b, t] = [x + y for x, y in zip(relations[a, b, t],
                                                            (len(mine & theirs), len(mine), len(theirs)))]
        per_doc[d.id] = (matches, total)
    for (_, _, label), c in counts.items():
        confusion[label, label] += c[0]
    return dict(counts), per_doc, dict(relations), confusion


def symmetric(confusion: Counter) -> Counter:
    """What the report shows: label pairs whichever annotator had which."""
    out = Counter()
    for k, n in confusion.items():
        out[tuple(sorted(k))] += n
    return +out


span = st.tuples(st.integers(0, 30), st.integers(1, 8), st.sampled_from(LABELS)).map(lambda t: (t[0], t[0] + t[1], t[2]))
layer = st.sets(span, max_size=8)


@st.composite
def documents(draw):
    docs = []
    for n in range(draw(st.integers(1, 4))):
        who = draw(st.lists(st.sampled_from(NAMES), min_size=2, max_size=4, unique=True))
        spans = {name: draw(layer) for name in who}
        relations = {}
        for name in who:
            mine = sorted(spans[name])
            relations[name] = {("attributed_to", a, b) for a, b in zip(mine, mine[1:])
                               if draw(st.booleans())}
        docs.append(_Doc(f"d{n}", "", "", spans, relations))
    return docs


@settings(max_examples=examples(300), deadline=None)
@given(documents())
def test_all_pairs_at_once_equal_pair_by_pair(docs):
    counts, per_doc, relations, confusion = span_counts(docs, NAMES)
    want_counts, want_per_doc, want_relations, want_confusion = pairwise(docs, NAMES)
    assert counts == {k: v for k, v in want_counts.items() if v[2] or v[3]}
    assert per_doc == want_per_doc
    assert relations == want_relations
    assert symmetric(confusion) == symmetric(want_confusion)


def test_variants_of_one_span_and_a_chain_of_overlaps():
    # ali's and mona's PER spans are variants sharing a point; their CLAIMs chain (A overlaps
    # B overlaps C): the best one-to-one matching has two pairs, not min(3, 1) = 1.
    docs = [_Doc("d", "", "", {"ali": {(0, 5, "PER"), (10, 14, "CLAIM"), (20, 24, "CLAIM")},
                               "mona": {(0, 4, "PER"), (13, 21, "CLAIM"), (9, 11, "CLAIM")}},
                 {"ali": set(), "mona": set()})]
    counts, *_ = span_counts(docs, ["ali", "mona"])
    assert counts["ali", "mona", "PER"] == [0, 1, 1, 1]
    assert counts["ali", "mona", "CLAIM"] == [0, 2, 2, 2]
