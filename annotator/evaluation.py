"""Precision, recall and F1 of predicted annotations (suggestions) against a reference layer.

Definitions (agreement's, seen from one side):
- A span is the key (start, end, label); duplicates count once.
- Exact: a predicted span matches a reference span with the same start, end and label.
- Overlap: a one-to-one matching of overlapping same-label spans (annotator.span_match:
  the most pairs, ties to the largest total IoU), as agreement's overlap F1.
- A relation matches when its type matches and both its endpoints match (exactly, or
  through the overlap matching of the spans).
- Per label and per relation type, and pooled over all ("micro"), over every document.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from .span_match import match_overlapping

Key = tuple  # (start, end, label)


@dataclass(frozen=True)
class Annotations:
    """One document's spans and relations, as keys."""
    spans: frozenset
    relations: frozenset  # (type, from key, to key)

    @classmethod
    def of_record(cls, record, annotator: str | None = None) -> "Annotations":
        """The spans and relations of a DocumentRecord, of one layer or all."""
        key = {s.id: (s.start, s.end, s.label) for s in record.spans if annotator is None or s.annotator == annotator}
        rels = {(r.type, key[r.from_id], key[r.to_id]) for r in record.relations
                if r.from_id in key and r.to_id in key and (annotator is None or r.annotator == annotator)}
        return cls(frozenset(key.values()), frozenset(rels))

    @classmethod
    def of_suggestions(cls, suggestions) -> "Annotations":
        """The spans and relations of a recommender's Suggestions."""
        keys = [(s.start, s.end, s.label) for s in suggestions.spans]
        rels = {(r.type, keys[r.source], keys[r.target]) for r in suggestions.relations}
        return cls(frozenset(keys), frozenset(rels))


@dataclass
class Counts:
    matched: int = 0
    predicted: int = 0
    reference: int = 0

    def scores(self) -> dict:
        p = self.matched / self.predicted if self.predicted else None
        r = self.matched / self.reference if self.reference else None
        f1 = 2 * self.matched / (self.predicted + self.reference) if self.predicted + self.reference else None
        return {"precision": p, "recall": r, "f1": f1, "matched": self.matched,
                "predicted": self.predicted, "reference": self.reference}


def evaluate(pairs: Iterable[tuple[Annotations, Annotations]]) -> dict:
    """Scores of (reference, predicted) pairs, one pair per document:
    {"spans": {label: {"exact": scores, "overlap": scores}}, "relations": {type: {...}},
     "overall": {"spans": {...}, "relations": {...}}} with scores = precision, recall, f1
    (None when undefined) and the counts behind them."""
    spans: dict = defaultdict(lambda: {"exact": Counts(), "overlap": Counts()})
    relations: dict = defaultdict(lambda: {"exact": Counts(), "overlap": Counts()})
    for reference, predicted in pairs:
        matched = _count_spans(reference.spans, predicted.spans, spans)
        _count_relations(reference.relations, predicted.relations, matched, relations)
    return {
        "spans": {label: _scores(c) for label, c in sorted(spans.items())},
        "relations": {kind: _scores(c) for kind, c in sorted(relations.items())},
        "overall": {"spans": _scores(_pooled(spans.values())), "relations": _scores(_pooled(relations.values()))},
    }


def _count_spans(reference: frozenset, predicted: frozenset, counts: dict) -> dict:
    """Add one document's span counts; return predicted key -> the reference key it overlaps."""
    by_label: dict = defaultdict(lambda: ([], []))
    for k in reference:
        by_label[k[2]][0].append(k)
    for k in predicted:
        by_label[k[2]][1].append(k)
    matched = {}
    for label, (ref, pred) in by_label.items():
        pairs = match_overlapping(ref, pred)
        matched.update((p, r) for r, p in pairs)
        c = counts[label]
        exact = len(set(ref) & set(pred))
        for name, hits in (("exact", exact), ("overlap", len(pairs))):
            c[name].matched += hits
            c[name].predicted += len(pred)
            c[name].reference += len(ref)
    return matched


def _count_relations(reference: frozenset, predicted: frozenset, matched: dict, counts: dict) -> None:
    for kind in {r[0] for r in reference} | {r[0] for r in predicted}:
        ref = {r for r in reference if r[0] == kind}
        pred = {r for r in predicted if r[0] == kind}
        through = {(t, matched.get(a), matched.get(b)) for t, a, b in pred}
        c = counts[kind]
        for name, hits in (("exact", len(ref & pred)), ("overlap", len(ref & through))):
            c[name].matched += hits
            c[name].predicted += len(pred)
            c[name].reference += len(ref)


def _pooled(groups) -> dict:
    out = {"exact": Counts(), "overlap": Counts()}
    for g in groups:
        for name, c in g.items():
            out[name].matched += c.matched
            out[name].predicted += c.predicted
            out[name].reference += c.reference
    return out


def _scores(c: dict) -> dict:
    return {name: counts.scores() for name, counts in c.items()}
