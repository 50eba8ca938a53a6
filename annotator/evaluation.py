"""How good are a recommender's suggestions? Precision, recall and F1 against a layer.

Matching is agreement's (annotator.agreement, annotator.span_match): a span is the key
(start, end, label); exact = equal keys; overlap = the one-to-one matching of overlapping
same-label spans. A relation matches exactly when its type and both ends' keys are
equal, and by overlap when its type is equal and both ends are matched by overlap.
Counts are pooled over documents ("micro"). Precision is None when nothing was
suggested, recall when the layer has nothing.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from .agreement import label_counts
from .model import Relation, Span
from .span_match import match_overlapping


def evaluate(documents: Iterable[tuple[list[Span], list[Relation], list[Span], list[Relation]]]) -> dict:
    """`documents`: (suggested spans, suggested relations, gold spans, gold relations) each."""
    spans = defaultdict(lambda: [0, 0, 0, 0])  # label -> [exact, overlap, suggested, gold]
    rels = defaultdict(lambda: [0, 0, 0, 0])  # type -> the same
    n = 0
    for suggested, suggested_rels, gold, gold_rels in documents:
        n += 1
        a, b = _keys(suggested), _keys(gold)
        for label, counts in label_counts(set(a.values()), set(b.values())).items():
            _add(spans[label], counts)
        if suggested_rels or gold_rels:
            for rel_type, counts in _relation_counts(a, suggested_rels, b, gold_rels).items():
                _add(rels[rel_type], counts)
    return {"documents": n,
            "spans": {**_scores(_total(spans)), "labels": {k: _scores(v) for k, v in sorted(spans.items())}},
            "relations": {**_scores(_total(rels)), "types": {k: _scores(v) for k, v in sorted(rels.items())}}}


def _keys(spans: list[Span]) -> dict[str, tuple]:
    return {s.id: (s.start, s.end, s.label) for s in spans}


def _relation_counts(a: dict, rels_a: list[Relation], b: dict, rels_b: list[Relation]) -> dict[str, list[int]]:
    """Per type [exact, overlap, suggested, gold]; duplicates count once."""
    ka = {(x.type, a[x.from_id], a[x.to_id]) for x in rels_a if x.from_id in a and x.to_id in a}
    kb = {(x.type, b[x.from_id], b[x.to_id]) for x in rels_b if x.from_id in b and x.to_id in b}
    matched = _overlap_matching(set(a.values()), set(b.values()))
    moved = {(t, matched[f], matched[to]) for t, f, to in ka if f in matched and to in matched}
    out = defaultdict(lambda: [0, 0, 0, 0])
    for t, *_ in ka & kb:
        out[t][0] += 1
    for t, *_ in moved & kb:
        out[t][1] += 1
    for t, *_ in ka:
        out[t][2] += 1
    for t, *_ in kb:
        out[t][3] += 1
    return out


def _overlap_matching(a: set, b: set) -> dict[tuple, tuple]:
    """Each suggested key -> the gold key the one-to-one overlap matching pairs it with."""
    by_label = defaultdict(lambda: (set(), set()))
    for k in a:
        by_label[k[2]][0].add(k)
    for k in b:
        by_label[k[2]][1].add(k)
    return {x: y for la, lb in by_label.values() if la and lb for x, y in match_overlapping(list(la), list(lb))}


def _add(into: list[int], counts) -> None:
    for i, c in enumerate(counts):
        into[i] += c


def _total(per_key: dict) -> list[int]:
    total = [0, 0, 0, 0]
    for counts in per_key.values():
        _add(total, counts)
    return total


def _scores(counts: list[int]) -> dict:
    exact, overlap, suggested, gold = counts
    return {"suggested": suggested, "gold": gold, "exact": _prf(exact, suggested, gold),
            "overlap": _prf(overlap, suggested, gold)}


def _prf(matches: int, suggested: int, gold: int) -> dict:
    p = matches / suggested if suggested else None
    r = matches / gold if gold else None
    f = 2 * matches / (suggested + gold) if suggested + gold else None
    return {"matches": matches, "precision": p, "recall": r, "f1": f}
