"""Agreement metrics on small hand-computed cases, and alpha against the krippendorff package."""
from __future__ import annotations

import math

import krippendorff
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st


from annotator.agreement import agreement, cohen_kappa, document_disagreement, nominal_alpha, unit_masks, units
from annotator.model import DocStatus, Document, DocumentRecord, Relation, Span
from annotator.span_match import NONE, match_overlapping
from annotator.text import sha256_of
from helpers import examples

TEXT = "قال الرئيس إن الوضع"  # tokens قال(0,3) الرئيس(4,10) إن(11,13) الوضع(14,19)


def unit_labels(unit_list, keys) -> list[frozenset]:
    """The reference: each unit's covering labels, found the slow, obvious way."""
    return [frozenset(l for s, e, l in keys if s <= us and ue <= e) for us, ue in unit_list]


def record(text, spans, relations=(), statuses=(), doc_id="d1"):
    """spans: (annotator, start, end, label[, id]); relations: (annotator, from_id, to_id, type)."""
    doc = Document(doc_id, sha256_of(text), text, title=doc_id)
    made = [Span(s[4] if len(s) > 4 else f"{s[0]}-{i}", doc_id, s[1], s[2], s[3], s[0])
            for i, s in enumerate(spans)]
    rels = [Relation(f"r{i}", doc_id, f, t, typ, a) for i, (a, f, t, typ) in enumerate(relations)]
    sts = [DocStatus(doc_id, a, status) for a, status in statuses]
    return DocumentRecord(doc, made, rels, sts)


def test_exact_and_overlap_f1_per_label_and_overall():
    text = "x" * 30
    r = record(text, [("A", 0, 5, "PER"), ("A", 10, 15, "LOC"),
                      ("B", 0, 5, "PER"), ("B", 10, 14, "LOC"), ("B", 20, 25, "ORG")])
    rep = agreement([r])
    assert rep.overall["f1_exact"] == pytest.approx(2 * 1 / 5)
    assert rep.overall["f1_overlap"] == pytest.approx(2 * 2 / 5)
    assert rep.labels["PER"]["f1_exact"] == 1.0
    assert (rep.labels["LOC"]["f1_exact"], rep.labels["LOC"]["f1_overlap"]) == (0.0, 1.0)
    assert rep.labels["ORG"]["f1_exact"] == 0.0
    assert [(p.a, p.b, p.documents) for p in rep.pairs] == [("A", "B", 1)]


def test_overlap_matching_is_one_to_one():
    # One long claim against two halves: only one half can match it.
    r = record("x" * 20, [("A", 0, 10, "CLAIM"), ("B", 0, 4, "CLAIM"), ("B", 5, 10, "CLAIM")])
    assert agreement([r]).overall["f1_overlap"] == pytest.approx(2 * 1 / 3)


def test_overlap_matching_takes_the_most_pairs_then_largest_overlap():
    # Greedily pairing the identical spans leaves (8,12) alone; the maximum matching has two.
    pairs = match_overlapping([(0, 10, "L"), (8, 12, "L")], [(0, 10, "L"), (0, 3, "L")])
    assert sorted(pairs) == [((0, 10, "L"), (0, 3, "L")), ((8, 12, "L"), (0, 10, "L"))]
    # Same number of pairs either way: the larger intersection-over-union wins.
    assert match_overlapping([(0, 10, "L")], [(5, 6, "L"), (0, 9, "L")]) == [((0, 10, "L"), (0, 9, "L"))]


def test_overlap_needs_the_same_label():
    r = record("x" * 20, [("A", 0, 10, "PER"), ("B", 0, 10, "ORG")])
    rep = agreement([r])
    assert rep.overall["f1_overlap"] == 0.0 and rep.overall["f1_exact"] == 0.0


def test_token_kappa_and_alpha_hand_computed():
    # Units: قال الرئيس إن الوضع; A = O PER O O, B = O PER O LOC.
    r = record(TEXT, [("A", 4, 10, "PER"), ("B", 4, 10, "PER"), ("B", 14, 19, "LOC")])
    rep = agreement([r])
    # p_o = 3/4, p_e = 3/4*2/4 + 1/4*1/4 = 7/16 -> kappa = (12/16 - 7/16) / (9/16)
    assert rep.pairs[0].kappa == pytest.approx(5 / 9)
    # n = 8 values (O:5 PER:2 LOC:1); D_o = 2/8, D_e = (64 - 30) / 56 -> alpha = 10/17
    assert rep.overall["alpha"] == pytest.approx(10 / 17)
    assert rep.labels["PER"]["alpha"] == 1.0
    # LOC: 1 positive of 8, never agreed: D_o = 2/8 = D_e = 14/56 -> alpha 0
    assert rep.labels["LOC"]["alpha"] == pytest.approx(0.0)


def test_kappa_undefined_when_nothing_varies():
    assert cohen_kappa(np.zeros(4, int), np.zeros(4, int)) is None
    assert cohen_kappa(np.array([0, 1]), np.array([0, 1])) == 1.0


@settings(max_examples=examples(200), deadline=None)
@given(st.lists(st.tuples(st.integers(0, 4), st.integers(0, 4)), min_size=1, max_size=50))
def test_kappa_equals_scikit_learn(pairs):
    from sklearn.metrics import cohen_kappa_score  # seconds to import: not while tests are collected
    a, b = map(np.array, zip(*pairs))
    ours = cohen_kappa(a, b)
    if ours is None:
        assert len(set(a.tolist()) | set(b.tolist())) == 1
    else:
        assert ours == pytest.approx(cohen_kappa_score(a, b))


def test_units_split_a_word_at_span_boundaries():
    text = "وصل بطرابلس"  # a proclitic: one annotator tags طرابلس, the other بطرابلس
    keys_a, keys_b = {(5, 11, "LOC")}, {(4, 11, "LOC")}
    us = units(text, keys_a | keys_b)
    assert us == [(0, 3), (4, 5), (5, 11)]
    assert unit_masks(us, [keys_a, keys_b], {"LOC": 1}).tolist() == [[0, 0, 1], [0, 1, 1]]


def test_nested_labels_form_one_category():
    # A source that is also a person: the unit's category is {PER, SOURCE}.
    r = record(TEXT, [("A", 4, 10, "PER"), ("A", 4, 10, "SOURCE"), ("B", 4, 10, "PER")])
    rep = agreement([r])
    assert rep.labels["PER"]["alpha"] == 1.0
    assert rep.pairs[0].kappa < 1.0
    assert rep.confusion["matrix"][rep.confusion["labels"].index("SOURCE")][-1] == 1


def test_relation_agreement_matches_endpoints_by_position_and_label():
    spans = [("A", 0, 5, "CLAIM", "a1"), ("A", 6, 9, "SOURCE", "a2"),
             ("B", 0, 5, "CLAIM", "b1"), ("B", 6, 9, "SOURCE", "b2"),
             ("C", 0, 5, "CLAIM", "c1"), ("C", 6, 9, "SOURCE", "c2"), ("C", 10, 12, "SOURCE", "c3")]
    rels = [("A", "a1", "a2", "attributed_to"), ("B", "b1", "b2", "attributed_to"),
            ("C", "c1", "c3", "attributed_to")]
    rep = agreement([record("x" * 20, spans, rels)])
    by_pair = {(p.a, p.b): p.relations_f1 for p in rep.pairs}
    assert by_pair == {("A", "B"): 1.0, ("A", "C"): 0.0, ("B", "C"): 0.0}
    assert rep.relations["attributed_to"]["f1"] == pytest.approx(2 * 1 / 6)


def test_confusion_matrix_counts_same_boundary_label_pairs():
    r = record("x" * 20, [("A", 0, 5, "PER"), ("B", 0, 5, "ORG"), ("A", 10, 12, "LOC"),
                          ("A", 14, 16, "LOC"), ("B", 14, 16, "LOC")])
    conf = agreement([r]).confusion
    at = {l: i for i, l in enumerate(conf["labels"])}
    m = conf["matrix"]
    assert conf["labels"][-1] == NONE
    assert m[at["PER"]][at["ORG"]] == m[at["ORG"]][at["PER"]] == 1
    assert m[at["LOC"]][at["LOC"]] == 1 and m[at["LOC"]][at[NONE]] == 1


def test_documents_ranked_by_disagreement():
    same = record("x" * 10, [("A", 0, 3, "PER"), ("B", 0, 3, "PER")], doc_id="agree")
    half = record("x" * 10, [("A", 0, 3, "PER"), ("B", 0, 3, "PER"), ("B", 5, 7, "LOC")], doc_id="half")
    none = record("x" * 10, [("A", 0, 3, "PER"), ("B", 0, 3, "ORG")], doc_id="differ")
    docs = agreement([same, half, none]).documents
    assert [(d["id"], d["disagreement"]) for d in docs] == [("differ", 1.0), ("half", pytest.approx(1 - 2 / 3)),
                                                             ("agree", 0.0)]
    assert document_disagreement(none) == 1.0


def test_who_annotated_what():
    # C marked the document done without spans: that is a judgement (no entities).
    # D only opened it: left out. gold is never an annotator unless asked for.
    r = record(TEXT, [("A", 4, 10, "PER"), ("B", 4, 10, "PER"), ("gold", 4, 10, "PER")],
               statuses=[("C", "done"), ("D", "in_progress")])
    rep = agreement([r])
    assert rep.annotators == ["A", "B", "C"]
    assert {(p.a, p.b): p.f1_exact for p in rep.pairs} == {("A", "B"): 1.0, ("A", "C"): 0.0, ("B", "C"): 0.0}
    assert agreement([r], annotators=["A", "gold"]).pairs[0].f1_exact == 1.0


def test_label_filter_restricts_every_metric():
    r = record(TEXT, [("A", 4, 10, "PER"), ("B", 4, 10, "PER"), ("B", 14, 19, "LOC")])
    rep = agreement([r], labels=["PER"])
    assert list(rep.labels) == ["PER"]
    assert rep.overall["f1_exact"] == 1.0 and rep.overall["alpha"] == 1.0


def test_nothing_to_compare_gives_none_not_errors():
    rep = agreement([record(TEXT, [("A", 4, 10, "PER")])])
    assert rep.documents_compared == 0 and rep.pairs == []
    assert rep.overall == {"alpha": None, "f1_exact": None, "f1_overlap": None, "kappa": None}


LABELS = ["PER", "LOC", "CLAIM"]
span_st = st.tuples(st.sampled_from("ABC"), st.integers(0, 18), st.integers(1, 6), st.sampled_from(LABELS))


@settings(max_examples=examples(60), deadline=None)
@given(st.lists(span_st, min_size=1, max_size=25), st.sets(st.sampled_from("ABC"), min_size=0))
def test_alpha_equals_krippendorff_on_reliability_data(raw, done):
    text = "هذا نص قصير، فيه كلمات."
    spans = [(a, s, min(s + n, len(text)), label) for a, s, n, label in raw]
    r = record(text, spans, statuses=[(a, "done") for a in done])
    rep = agreement([r])
    names = rep.annotators
    annotated = {a for a, *_ in spans} | done
    if len(annotated) < 2:
        return
    # Build the reliability matrix the plain way: one row per annotator, nan where absent.
    us = units(text, {(s, e, l) for _, s, e, l in spans})
    codes: dict = {}
    rows = []
    for name in names:
        cats = unit_labels(us, {(s, e, l) for a, s, e, l in spans if a == name})
        rows.append([codes.setdefault(c, len(codes)) if name in annotated else math.nan for c in cats])
    data = np.array(rows, dtype=float)
    values = set(data[~np.isnan(data)].tolist())
    if len(values) < 2:
        assert rep.overall["alpha"] is None
        return
    expected = krippendorff.alpha(reliability_data=data, level_of_measurement="nominal")
    assert rep.overall["alpha"] == pytest.approx(expected)
    assert rep.overall["f1_overlap"] >= rep.overall["f1_exact"]


@settings(max_examples=examples(200), deadline=None)
@given(st.integers(2, 6).flatmap(lambda coders: st.lists(
    st.lists(st.integers(-1, 4), min_size=coders, max_size=coders), min_size=1, max_size=40)))
def test_nominal_alpha_equals_krippendorff_package(units_by_coder):
    matrix = np.array(units_by_coder, dtype=np.int32).T  # annotators x units, -1 = missing
    data = np.where(matrix >= 0, matrix, np.nan).astype(float)
    pairable = data[:, (~np.isnan(data)).sum(axis=0) >= 2]
    if len(set(pairable[~np.isnan(pairable)].tolist())) < 2:
        assert nominal_alpha(matrix) is None
        return
    expected = krippendorff.alpha(reliability_data=data, level_of_measurement="nominal")
    assert nominal_alpha(matrix) == pytest.approx(expected)


def max_matching_brute_force(a, b) -> int:
    """The most one-to-one pairs of overlapping intervals, by trying every assignment."""
    from itertools import permutations
    best = 0
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    for chosen in permutations(range(len(large)), len(small)):
        best = max(best, sum(x[0] < large[j][1] and large[j][0] < x[1] for x, j in zip(small, chosen)))
    return best


interval = st.tuples(st.integers(0, 12), st.integers(1, 5)).map(lambda t: (t[0], t[0] + t[1], "L"))


@settings(max_examples=examples(300), deadline=None)
@given(st.lists(interval, max_size=5, unique=True), st.lists(interval, max_size=5, unique=True))
def test_overlap_matching_is_maximum(a, b):
    pairs = match_overlapping(a, b)
    assert len({x for x, _ in pairs}) == len({y for _, y in pairs}) == len(pairs)  # one-to-one
    assert all(x[0] < y[1] and y[0] < x[1] for x, y in pairs)
    assert len(pairs) == max_matching_brute_force(a, b)
