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
- Token units: a document's Arabic-aware tokens (annotator.tokens: punctuation split off),
  split at every compared span boundary so each unit lies wholly inside or outside each span. A unit's category for an annotator is the
  set of labels covering it ("O" when none); per label it is covered / not covered.
  Cohen's kappa (pairs) and nominal Krippendorff's alpha (all annotators) use these units.
- Relations match when type and both endpoints' (start, end, label) are equal.
- Document disagreement = 1 - exact F1 pooled over the pairs that annotated it.
- Overall kappa = the mean of the pairs' kappas. The label confusion matrix counts spans
  with identical boundaries by their two labels (NONE: the other annotator has no span
  there), symmetrically, pooled over pairs.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from itertools import combinations

from .errors import IsnadError
from .extras import LEAD, Lazy
from .messages import M
from .model import GOLD, SUGGEST_PREFIX, DocumentRecord
from .pair_counts import span_counts
from .span_match import NONE, match_overlapping
from .tokens import tokenize

np = Lazy("numpy", LEAD, "agreement statistics")


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
    """Cohen's kappa of two equally long sequences of category ids; None when undefined."""
    a, b = np.asarray(a, dtype=np.int64), np.asarray(b, dtype=np.int64)
    n = int(max(a.max(initial=0), b.max(initial=0))) + 1
    return kappa_from(np.bincount(a * n + b, minlength=n * n).reshape(n, n))


def kappa_from(confusion: np.ndarray) -> float | None:
    """Cohen's kappa from a confusion matrix (rows: A's categories, columns: B's).

    Computed here rather than with scikit-learn, whose import alone costs `isnad agree`
    a second; the tests check it against sklearn.metrics.cohen_kappa_score.
    """
    n = confusion.sum()
    if n == 0:
        return None
    observed = np.trace(confusion) / n
    chance = float(confusion.sum(axis=1) @ confusion.sum(axis=0)) / (n * n)
    return None if chance >= 1.0 else float((observed - chance) / (1.0 - chance))


def coincidences(matrix: np.ndarray, n_cats: int) -> tuple[np.ndarray, dict]:
    """Krippendorff's coincidence matrix of an annotators x units matrix of category ids
    (-1: missing), and each annotator pair's confusion counts (for kappa).

    Both are sums over units of what each unit's column of categories gives, so they are
    summed over the distinct columns, each weighted by how many units have it: a team's
    units repeat few patterns (20 annotators x 1,000 documents: 424,459 units, 26,938
    patterns). The krippendorff package builds a units x categories x categories array
    instead (gigabytes for 10 annotators x 1,000 documents); the tests check the alpha
    computed from this against the package.
    """
    patterns, repeats = _distinct_columns(matrix)
    present = patterns >= 0
    m = present.sum(axis=0)
    weight = np.where(m >= 2, repeats / np.maximum(m - 1, 1), 0.0)
    unit = np.broadcast_to(np.arange(patterns.shape[1]), patterns.shape)[present]
    counts = np.bincount(unit * n_cats + patterns[present], minlength=patterns.shape[1] * n_cats)
    counts = counts.reshape(patterns.shape[1], n_cats).astype(float)
    # pairs of values, a value not with itself (einsum: BLAS threads cost more than they save here)
    coincide = np.einsum("ui,uj->ij", counts, counts * weight[:, None]) - np.diag(weight @ counts)
    return coincide, _pair_confusions(patterns, present, repeats, n_cats)


def _distinct_columns(matrix: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct columns of `matrix` (annotators x units) and how many units have each."""
    rows = np.ascontiguousarray(matrix.T)
    keys = rows.view(np.dtype((np.void, rows.dtype.itemsize * rows.shape[1]))).ravel()
    _, first, repeats = np.unique(keys, return_index=True, return_counts=True)
    return matrix[:, first], repeats


def _pair_confusions(patterns: np.ndarray, present: np.ndarray, repeats: np.ndarray, n_cats: int) -> dict:
    """{(i, j): annotator i's categories x annotator j's} over the units both annotated,
    from the distinct unit columns (`repeats`: units with each)."""
    n, confusions = patterns.shape[0], {}
    for i in range(n - 1):
        for j in range(i + 1, n):
            both = present[i] & present[j]
            cells = patterns[i, both] * n_cats + patterns[j, both]
            counts = np.bincount(cells, weights=repeats[both], minlength=n_cats * n_cats)
            confusions[i, j] = counts.reshape(n_cats, n_cats).astype(np.int64)
    return confusions


def alpha_from(coincide: np.ndarray) -> float | None:
    """Nominal alpha = 1 - D_o / D_e from a coincidence matrix; None when undefined."""
    n_c = coincide.sum(axis=0)
    n = n_c.sum()
    expected = n * n - (n_c * n_c).sum()
    if n < 2 or expected <= 1e-9 * n * n:
        return None  # one category only: expected disagreement 0, alpha undefined
    observed = coincide.sum() - np.trace(coincide)
    return float(1 - (n - 1) * observed / expected)


def nominal_alpha(matrix: np.ndarray) -> float | None:
    """Krippendorff's alpha (nominal) of an annotators x units matrix of category ids."""
    return alpha_from(coincidences(matrix, int(matrix.max(initial=0)) + 1)[0])


def units(text: str, keys) -> list[tuple[int, int]]:
    """Arabic-aware tokens of `text` (annotator.tokens), split at every span boundary in `keys`."""
    return tokenize(text, {p for s, e, _ in keys for p in (s, e)})


def unit_masks(unit_list: list[tuple[int, int]], layers: list, bit: dict[str, int]) -> np.ndarray:
    """Each layer's (a set of keys) set of covering labels per unit, as a bit mask (`bit`:
    label -> 1 << index): a layers x units array."""
    starts = np.array([u[0] for u in unit_list], dtype=np.int64)
    keys = [(row, *key) for row, layer in enumerate(layers) for key in layer]
    if not keys:
        return np.zeros((len(layers), len(unit_list)), np.int64)
    names = sorted({k[3] for k in keys})
    at = {label: i for i, label in enumerate(names)}
    rows, begins, ends, kinds = np.array([(r, s, e, at[label]) for r, s, e, label in keys], dtype=np.int64).T
    # Units are split at span boundaries: a span covers the units that start inside it. The
    # coverage of each layer and label is a running sum of +1 at its start and -1 at its end.
    cover = np.zeros((len(layers), len(names), len(unit_list) + 1), np.int32)
    np.add.at(cover, (rows, kinds, np.searchsorted(starts, begins)), 1)
    np.add.at(cover, (rows, kinds, np.searchsorted(starts, ends)), -1)
    covered = np.cumsum(cover, axis=2)[:, :, :-1] > 0
    return np.einsum("rlu,l->ru", covered, np.array([bit[n] for n in names], dtype=np.int64))


def agreement(records, annotators: list[str] | None = None, labels: list[str] | None = None) -> Report:
    """Every metric for `annotators` (default: all but gold), restricted to `labels`."""
    all_docs = [_doc(r, annotators, labels) for r in records]  # one pass: records may stream from the store
    names = sorted(set(annotators or set().union(*(d.spans for d in all_docs))))
    docs = [d for d in all_docs if len(d.spans) >= 2]
    del all_docs
    label_names = sorted(set(labels) if labels else {k[2] for d in docs for ks in d.spans.values() for k in ks})
    counts, per_doc, rel_counts, confusion = span_counts(docs, names)
    matrix, cats, bit = _unit_matrix(docs, names, label_names)
    coincide, confusions = coincidences(matrix, len(cats))
    pair_docs = Counter(p for d in docs for p in combinations(sorted(d.spans), 2))
    pairs = [_pair_scores(names[i], names[j], counts, rel_counts, confusions[i, j], pair_docs[names[i], names[j]])
             for i, j in combinations(range(len(names)), 2)]
    return Report(
        annotators=names,
        documents_compared=len(docs),
        overall=_overall(counts, coincide, pairs),
        labels={l: _label_scores(l, counts, coincide, cats & bit[l]) for l in label_names},
        pairs=pairs,
        relations=_relation_scores(rel_counts),
        confusion=_confusion(confusion, label_names),
        documents=_ranked_documents(docs, per_doc),
    )


def document_disagreement(record: DocumentRecord, annotators: list[str] | None = None) -> float | None:
    """1 - exact F1 pooled over annotator pairs for one document (None: < 2 annotated)."""
    d = _doc(record, annotators, None)
    if len(d.spans) < 2:
        return None
    return _disagreement(*_doc_exact(d))


def annotated_by(record: DocumentRecord) -> set[str]:
    """The layers that annotated a document: a span or relation in it, or marked done."""
    found = {s.annotator for s in record.spans} | {x.annotator for x in record.relations}
    return found | {st.annotator for st in record.statuses if st.status == "done"}


def _is_person(layer: str) -> bool:
    """Not gold, not machine suggestions (suggest:*)."""
    return layer != GOLD and not layer.startswith(SUGGEST_PREFIX)


def _doc(record: DocumentRecord, names: list[str] | None, labels) -> _Doc:
    """`names`' layers of a document (None: every person's)."""
    keep = set(labels) if labels else None
    layers = annotated_by(record)
    spans = {a: set() for a in (layers & set(names) if names else filter(_is_person, layers))}
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


_EMPTY: frozenset = frozenset()


def label_counts(a, b) -> dict[str, list[int]]:
    """Two layers' span keys (start, end, label) in one document compared, per label:
    [exact matches, overlap matches, spans of a, spans of b] (duplicates count once)."""
    return _label_counts(_grouped(a, 2), _grouped(b, 2))


def _label_counts(ga: dict[str, set], gb: dict[str, set]) -> dict[str, list[int]]:
    out = {}
    for label in ga.keys() | gb.keys():
        la, lb = ga.get(label, _EMPTY), gb.get(label, _EMPTY)
        exact = len(la & lb)
        # When the smaller side is all matched exactly no matching can do better.
        overlap = exact if exact == min(len(la), len(lb)) else len(match_overlapping(list(la), list(lb)))
        out[label] = [exact, overlap, len(la), len(lb)]
    return out


def _grouped(keys, field: int) -> dict[str, set]:
    out: dict[str, set] = defaultdict(set)
    for k in keys:
        out[k[field]].add(k)
    return out


def _doc_exact(d: _Doc) -> tuple[int, int]:
    matches = total = 0
    for a, b in combinations(sorted(d.spans), 2):
        matches += len(d.spans[a] & d.spans[b])
        total += len(d.spans[a]) + len(d.spans[b])
    return matches, total


def _disagreement(matches: int, total: int) -> float:
    return 0.0 if total == 0 else 1.0 - 2 * matches / total


def _unit_matrix(docs: list[_Doc], names: list[str], label_names: list[str]):
    """Annotators x units category ids (-1 = did not annotate), and each category's label mask."""
    if len(label_names) > 62:
        raise IsnadError.of(M.AGREEMENT_TOO_MANY_LABELS, count=len(label_names))
    bit = {l: 1 << i for i, l in enumerate(label_names)}
    category: dict[int, int] = {}  # label mask -> category id (in order of appearance)
    columns = []
    for d in docs:
        us = units(d.text, {k for ks in d.spans.values() for k in ks})
        rows = [i for i, name in enumerate(names) if name in d.spans]
        masks, where = np.unique(unit_masks(us, [d.spans[names[i]] for i in rows], bit), return_inverse=True)
        ids = np.array([category.setdefault(int(x), len(category)) for x in masks], dtype=np.int32)
        block = np.full((len(names), len(us)), -1, dtype=np.int32)
        block[rows] = ids[where.reshape(len(rows), len(us))]
        columns.append(block)
    matrix = np.concatenate(columns, axis=1) if columns else np.zeros((len(names), 0), np.int32)
    # Categories numbered in order of their masks (as np.unique would): sums add up alike.
    cats = np.array(sorted(category), dtype=np.int64)
    rank = np.empty(len(category) + 1, dtype=np.int32)
    rank[[category[int(c)] for c in cats]] = np.arange(len(cats), dtype=np.int32)
    rank[-1] = -1
    return rank[matrix], cats, bit


def _pair_scores(a, b, counts, rel_counts, confusion, n_docs) -> PairScores:
    mine = [c for (x, y, _), c in counts.items() if (x, y) == (a, b)]
    rels = [c for (x, y, _), c in rel_counts.items() if (x, y) == (a, b)]
    return PairScores(a, b, _pooled(mine, 0), _pooled(mine, 1), kappa_from(confusion),
                      documents=n_docs, relations_f1=f1(*map(sum, zip(*rels))) if rels else None)


def _pooled(rows, which: int) -> float | None:
    return f1(sum(r[which] for r in rows), sum(r[2] for r in rows), sum(r[3] for r in rows))


def _overall(counts, coincide, pairs) -> dict:
    rows = list(counts.values())
    kappas = [p.kappa for p in pairs if p.kappa is not None]
    return {"alpha": alpha_from(coincide), "f1_exact": _pooled(rows, 0),
            "f1_overlap": _pooled(rows, 1), "kappa": float(np.mean(kappas)) if kappas else None}


def _label_scores(label, counts, coincide, has_label: np.ndarray) -> dict:
    rows = [c for (_, _, l), c in counts.items() if l == label]
    # Covered / not covered by the label: the label-set coincidences folded to 2 x 2.
    fold = np.stack([has_label == 0, has_label != 0], axis=1).astype(float)
    return {"alpha": alpha_from(fold.T @ coincide @ fold), "f1_exact": _pooled(rows, 0),
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
