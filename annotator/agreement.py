"""Inter-annotator agreement on DocumentRecords (no files, no SQL).

Definitions (the report says the same):
- A span is the key (start, end, label); a layer's duplicates count once.
- An annotator has *annotated* a document when they have a span or relation in it or
  marked it done. Pairs are compared only on documents both annotated; annotators that
  did not annotate a document are missing values for Krippendorff's alpha.
- F1 between two annotators = 2 * matches / (spans of A + spans of B), so it is
  symmetric. Exact: start, end and label equal. Overlap: a one-to-one matching of
  same-label spans that overlap (most pairs; ties go to the largest total IoU).
  Per label and overall F1 pool the counts of every pair ("micro").
- Token units: a document's tokens, split again at every compared span boundary so each
  unit lies wholly inside or outside each span. A unit's category for an annotator is the
  set of labels covering it ("O" when none); per label it is covered / not covered.
  Cohen's kappa (pairs) and nominal Krippendorff's alpha (all annotators) use these units.
- Relations match when type and both endpoints' (start, end, label) are equal.
- Document disagreement = 1 - exact F1 pooled over the pairs that annotated it.
"""
from __future__ import annotations

import re
import warnings
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from itertools import combinations

import krippendorff
import numpy as np
from sklearn.metrics import cohen_kappa_score

from .model import GOLD, DocumentRecord
from .span_match import NONE, confusion_pairs, exact_matches, overlap_matches

# Stand-in until annotator/tokens.py (Arabic-aware tokens, exports branch) lands on main:
# words (letters, digits, Arabic marks and tatweel) and single punctuation characters.
_TOKEN = re.compile(r"[\w\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]+|[^\w\s]")


def token_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each token; the one function to swap for annotator.tokens."""
    return [m.span() for m in _TOKEN.finditer(text)]


@dataclass
class PairScores:
    a: str
    b: str
    f1_exact: float | None
    f1_overlap: float | None
    kappa: float | None
    documents: int
    relations_f1: float | None = None


@dataclass
class Report:
    annotators: list[str]
    documents_compared: int
    overall: dict
    labels: dict[str, dict]
    pairs: list[PairScores]
    relations: dict[str, dict]
    confusion: dict  # {"labels": [...], "matrix": [[count]]}, rows/cols in label order
    documents: list[dict] = field(default_factory=list)  # [{id, title, disagreement, annotators}]

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class _Doc:
    id: str
    title: str
    text: str
    spans: dict[str, set]  # annotator -> {(start, end, label)}
    relations: dict[str, set]  # annotator -> {(type, from key, to key)}


def f1(matches: int, n_a: int, n_b: int) -> float | None:
    """Symmetric F1 of two annotators; None when neither has anything."""
    return None if n_a + n_b == 0 else 2 * matches / (n_a + n_b)


def cohen_kappa(a, b) -> float | None:
    """Cohen's kappa of two equally long category sequences; None when undefined."""
    if len(a) == 0:
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # chance agreement 1: sklearn warns and gives nan
        k = float(cohen_kappa_score(a, b))
    return None if np.isnan(k) else k


def nominal_alpha(value_counts: np.ndarray) -> float | None:
    """Krippendorff's alpha (nominal) from a units x categories count matrix."""
    pairable = value_counts[value_counts.sum(axis=1) >= 2]
    if (pairable.sum(axis=0) > 0).sum() < 2:
        return None  # one category only: expected disagreement 0, alpha undefined
    return float(krippendorff.alpha(value_counts=pairable, level_of_measurement="nominal"))


def units(text: str, keys) -> list[tuple[int, int]]:
    """Tokens of `text` split again at every span boundary in `keys`."""
    cuts = sorted({p for s, e, _ in keys for p in (s, e)})
    out = []
    for s, e in token_spans(text):
        edges = [s, *cuts[bisect_right(cuts, s):bisect_left(cuts, e)], e]
        out.extend(zip(edges, edges[1:]))
    return out


def unit_labels(unit_list: list[tuple[int, int]], keys) -> list[frozenset]:
    """The set of labels covering each unit."""
    starts = [u[0] for u in unit_list]
    labels = [set() for _ in unit_list]
    for s, e, label in keys:
        i = bisect_left(starts, s)
        while i < len(unit_list) and unit_list[i][1] <= e:
            labels[i].add(label)
            i += 1
    return [frozenset(x) for x in labels]


def agreement(records, annotators: list[str] | None = None, labels: list[str] | None = None) -> Report:
    """Every metric for `annotators` (default: all but gold), restricted to `labels`."""
    records = list(records)
    names = sorted(annotators or _annotators(records))
    docs = [d for d in (_doc(r, names, labels) for r in records) if len(d.spans) >= 2]
    label_names = sorted(set(labels) if labels else {k[2] for d in docs for ks in d.spans.values() for k in ks})
    counts, per_doc, rel_counts, confusion = _span_counts(docs, names)
    matrix, cats = _unit_matrix(docs, names)
    pair_docs = Counter(p for d in docs for p in combinations(sorted(d.spans), 2))
    pairs = [_pair_scores(a, b, counts, rel_counts, matrix, names, pair_docs[a, b])
             for a, b in combinations(names, 2)]
    return Report(
        annotators=names,
        documents_compared=len(docs),
        overall=_overall(counts, matrix, cats, pairs),
        labels={l: _label_scores(l, counts, matrix, cats) for l in label_names},
        pairs=pairs,
        relations=_relation_scores(rel_counts),
        confusion=_confusion(confusion, label_names),
        documents=_ranked_documents(docs, per_doc),
    )


def document_disagreement(record: DocumentRecord, annotators: list[str] | None = None) -> float | None:
    """1 - exact F1 pooled over annotator pairs for one document (None: < 2 annotated)."""
    names = sorted(annotators or _annotators([record]))
    d = _doc(record, names, None)
    if len(d.spans) < 2:
        return None
    return _disagreement(*_doc_exact(d))


def _annotators(records) -> set[str]:
    found = set()
    for r in records:
        found |= {s.annotator for s in r.spans} | {x.annotator for x in r.relations}
        found |= {st.annotator for st in r.statuses if st.status == "done"}
    return found - {GOLD}


def _doc(record: DocumentRecord, names: list[str], labels) -> _Doc:
    wanted, keep = set(names), set(labels) if labels else None
    annotated = {s.annotator for s in record.spans} | {x.annotator for x in record.relations}
    annotated |= {st.annotator for st in record.statuses if st.status == "done"}
    spans = {a: set() for a in annotated & wanted}
    key_of = {}
    for s in record.spans:
        key_of[s.id] = (s.start, s.end, s.label)
        if s.annotator in spans and (keep is None or s.label in keep):
            spans[s.annotator].add(key_of[s.id])
    rels = {a: set() for a in spans}
    for x in record.relations:
        ends = key_of.get(x.from_id), key_of.get(x.to_id)
        if x.annotator in rels and None not in ends and (keep is None or {ends[0][2], ends[1][2]} <= keep):
            rels[x.annotator].add((x.type, *ends))
    return _Doc(record.document.id, record.document.title, record.document.text, spans, rels)


def _span_counts(docs: list[_Doc], names: list[str]):
    """Match counts per (pair, label): [exact, overlap, n_a, n_b]; per document; relations."""
    counts = defaultdict(lambda: [0, 0, 0, 0])
    rel_counts = defaultdict(lambda: [0, 0, 0])  # (pair, type) -> [matches, n_a, n_b]
    confusion: Counter = Counter()
    per_doc = {}
    for d in docs:
        per_doc[d.id] = _doc_exact(d)
        for a, b in combinations(sorted(d.spans), 2):
            sa, sb = d.spans[a], d.spans[b]
            for label in {k[2] for k in sa} | {k[2] for k in sb}:
                la, lb = {k for k in sa if k[2] == label}, {k for k in sb if k[2] == label}
                c = counts[a, b, label]
                c[0] += exact_matches(la, lb)
                c[1] += overlap_matches(list(la), list(lb))
                c[2] += len(la)
                c[3] += len(lb)
            confusion.update(confusion_pairs(sa, sb))
            for t in {r[0] for r in d.relations[a] | d.relations[b]}:
                ra, rb = {r for r in d.relations[a] if r[0] == t}, {r for r in d.relations[b] if r[0] == t}
                rc = rel_counts[a, b, t]
                rc[0] += len(ra & rb)
                rc[1] += len(ra)
                rc[2] += len(rb)
    return counts, per_doc, rel_counts, confusion


def _doc_exact(d: _Doc) -> tuple[int, int]:
    matches = total = 0
    for a, b in combinations(sorted(d.spans), 2):
        matches += len(d.spans[a] & d.spans[b])
        total += len(d.spans[a]) + len(d.spans[b])
    return matches, total


def _disagreement(matches: int, total: int) -> float:
    return 0.0 if total == 0 else 1.0 - 2 * matches / total


def _unit_matrix(docs: list[_Doc], names: list[str]):
    """Annotators x units category ids (-1 = did not annotate), and the category list."""
    cat_id: dict[frozenset, int] = {frozenset(): 0}
    columns = []
    for d in docs:
        us = units(d.text, {k for ks in d.spans.values() for k in ks})
        block = np.full((len(names), len(us)), -1, dtype=np.int32)
        for row, name in enumerate(names):
            if name in d.spans:
                block[row] = [cat_id.setdefault(c, len(cat_id)) for c in unit_labels(us, d.spans[name])]
        columns.append(block)
    matrix = np.concatenate(columns, axis=1) if columns else np.zeros((len(names), 0), np.int32)
    return matrix, list(cat_id)


def _alpha(matrix: np.ndarray, n_cats: int) -> float | None:
    rows, cols = np.nonzero(matrix >= 0)
    counts = np.zeros((matrix.shape[1], n_cats))
    np.add.at(counts, (cols, matrix[rows, cols]), 1)
    return nominal_alpha(counts)


def _binary(matrix: np.ndarray, cats: list[frozenset], label: str) -> np.ndarray:
    has = np.array([label in c for c in cats], dtype=np.int32)
    return np.where(matrix >= 0, has[np.maximum(matrix, 0)], -1)


def _pair_scores(a, b, counts, rel_counts, matrix, names, n_docs) -> PairScores:
    mine = [c for (x, y, _), c in counts.items() if (x, y) == (a, b)]
    rels = [c for (x, y, _), c in rel_counts.items() if (x, y) == (a, b)]
    ra, rb = matrix[names.index(a)], matrix[names.index(b)]
    both = (ra >= 0) & (rb >= 0)
    return PairScores(a, b, _pooled(mine, 0), _pooled(mine, 1), cohen_kappa(ra[both], rb[both]),
                      documents=n_docs, relations_f1=f1(*map(sum, zip(*rels))) if rels else None)


def _pooled(rows, which: int) -> float | None:
    return f1(sum(r[which] for r in rows), sum(r[2] for r in rows), sum(r[3] for r in rows))


def _overall(counts, matrix, cats, pairs) -> dict:
    rows = list(counts.values())
    kappas = [p.kappa for p in pairs if p.kappa is not None]
    return {"alpha": _alpha(matrix, len(cats)), "f1_exact": _pooled(rows, 0),
            "f1_overlap": _pooled(rows, 1), "kappa": float(np.mean(kappas)) if kappas else None}


def _label_scores(label, counts, matrix, cats) -> dict:
    rows = [c for (_, _, l), c in counts.items() if l == label]
    return {"alpha": _alpha(_binary(matrix, cats, label), 2), "f1_exact": _pooled(rows, 0),
            "f1_overlap": _pooled(rows, 1)}


def _relation_scores(rel_counts) -> dict[str, dict]:
    by_type = defaultdict(lambda: [0, 0, 0])
    for (_, _, t), c in rel_counts.items():
        by_type[t] = [x + y for x, y in zip(by_type[t], c)]
    return {t: {"f1": f1(*c), "matches": c[0], "a": c[1], "b": c[2]} for t, c in sorted(by_type.items())}


def _confusion(pairs: Counter, label_names: list[str]) -> dict:
    """Symmetric label x label counts of same-boundary span pairs, NONE last."""
    order = sorted(set(label_names) | {l for p in pairs for l in p} - {NONE}) + [NONE]
    at = {l: i for i, l in enumerate(order)}
    m = [[0] * len(order) for _ in order]
    for (x, y), n in pairs.items():
        m[at[x]][at[y]] += n
        if x != y:
            m[at[y]][at[x]] += n
    return {"labels": order, "matrix": m}


def _ranked_documents(docs: list[_Doc], per_doc) -> list[dict]:
    out = [{"id": d.id, "title": d.title, "disagreement": _disagreement(*per_doc[d.id]),
            "annotators": len(d.spans)} for d in docs]
    return sorted(out, key=lambda x: (-x["disagreement"], x["id"]))
