"""Agreement counts of every annotator pair at once (the numbers `agreement` pools).

Comparing pairs one by one costs annotators² Python loops per document (36 s for 20
annotators x 1,000 documents). Here every distinct span key of a document is counted once:
an annotators x keys membership matrix gives, for all pairs together, exact matches
(shared keys), span totals (keys in documents both annotated) and overlap matches.

Overlap matching decomposes into groups: same-label keys of one document joined by
overlaps. In a group whose spans all share a point (the usual case: one entity and its
variants) every span of one side overlaps every span of the other, so the best one-to-one
matching has min(a's spans, b's spans) pairs; only other groups need the matching solver.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from itertools import combinations

from .extras import LEAD, Lazy
from .span_match import NONE, confusion_pairs, match_overlapping

np = Lazy("numpy", LEAD, "agreement statistics")  # the window imports agreement.py without numpy


class _Keys:
    """Distinct items of many documents, and which annotator holds which."""

    def __init__(self, names: list[str]):
        self.at = {n: i for i, n in enumerate(names)}
        self.items: list[tuple] = []  # (document index, item)
        self._rows: list[int] = []  # (annotator index, item index) of each holding
        self._cols: list[int] = []

    def add(self, doc: int, held_by: dict[str, set]) -> None:
        """One document's items, by annotator."""
        local: dict = {}
        items, rows, cols = self.items, self._rows, self._cols
        for name, held in held_by.items():
            a = self.at[name]
            for item in held:
                k = local.get(item)
                if k is None:
                    k = local[item] = len(items)
                    items.append((doc, item))
                rows.append(a)
                cols.append(k)

    def matrix(self) -> np.ndarray:
        """Annotators x items: 1.0 where the annotator holds the item (floats: BLAS sums)."""
        m = np.zeros((len(self.at), len(self.items)))
        m[self._rows, self._cols] = 1.0
        return m


def span_counts(docs, names: list[str]):
    """The pairs' counts: ({(a, b, label): [exact, overlap, spans of a, spans of b]},
    {doc id: (exact matches, spans) over its pairs}, {(a, b, type): [matches, of a, of b]},
    Counter of (label, label) pairs at identical boundaries). `docs`: agreement's _Doc list,
    each annotated by two or more of `names`; a pair counts only documents both annotated."""
    spans, relations = _Keys(names), _Keys(names)
    annotated = np.zeros((len(names), len(docs)), dtype=bool)
    for d, doc in enumerate(docs):
        annotated[[spans.at[name] for name in doc.spans], d] = True
        spans.add(d, doc.spans)
        relations.add(d, doc.relations)
    held = spans.matrix()
    labels = sorted({key[2] for _, key in spans.items})
    label_of = np.array([labels.index(key[2]) for _, key in spans.items], dtype=np.int64)
    doc_of = np.array([d for d, _ in spans.items], dtype=np.int64)
    exact, totals = _shared(held, annotated, doc_of, label_of, len(labels))
    overlap = _overlaps(spans.items, held, label_of, labels)
    counts = {}
    for i, j in combinations(range(len(names)), 2):
        for k, label in enumerate(labels):
            if totals[i, j, k] or totals[j, i, k]:
                counts[names[i], names[j], label] = [int(exact[i, j, k]), int(overlap[i, j, k]),
                                                     int(totals[i, j, k]), int(totals[j, i, k])]
    confusion = _confusion(docs, spans.items, held, annotated, doc_of, label_of, labels, names)
    for (_, _, label), c in counts.items():
        confusion[label, label] += c[0]
    return counts, _per_document(docs, held, annotated, doc_of), _relation_counts(relations, annotated, names), confusion


def _shared(held: np.ndarray, annotated: np.ndarray, doc_of: np.ndarray, kind_of: np.ndarray, kinds: int):
    """[a, b, kind]: items a and b both hold, and items a holds in documents b annotated."""
    n = held.shape[0]
    exact, totals = np.zeros((n, n, kinds), np.int64), np.zeros((n, n, kinds), np.int64)
    for kind in range(kinds):
        mine = kind_of == kind
        h = held[:, mine]
        exact[:, :, kind] = np.rint(h @ h.T)
        totals[:, :, kind] = np.rint(h @ annotated[:, doc_of[mine]].T.astype(np.float64))
    return exact, totals


def _overlaps(items: list[tuple], held: np.ndarray, label_of: np.ndarray, labels: list[str]) -> np.ndarray:
    """[a, b, label]: overlap matches (one-to-one), group by group."""
    n = held.shape[0]
    group_of, shared_point = _groups(items)
    out = np.zeros((n, n, len(labels)), np.int64)
    # Groups whose spans share a point: min of the two sides' spans in the group.
    per_group = np.zeros((n, len(shared_point)), np.int64)
    for a in range(n):
        per_group[a] = np.bincount(group_of[held[a] > 0], minlength=len(shared_point))
    group_label = np.zeros(len(shared_point), np.int64)
    group_label[group_of] = label_of
    one_hot = np.zeros((len(shared_point), len(labels)), np.int64)
    one_hot[np.flatnonzero(shared_point), group_label[shared_point]] = 1
    for a in range(n):
        out[a] = np.minimum(per_group[a], per_group) @ one_hot
    # The other groups: the matching solver, pair by pair.
    members = defaultdict(list)
    for k in np.flatnonzero(~shared_point[group_of]):
        members[group_of[k]].append(k)
    for g, ks in members.items():
        for a, b in combinations(range(n), 2):
            mine = [items[k][1] for k in ks if held[a, k] > 0]
            theirs = [items[k][1] for k in ks if held[b, k] > 0]
            if mine and theirs:
                found = len(match_overlapping(mine, theirs))
                out[a, b, group_label[g]] += found
                out[b, a, group_label[g]] += found
    return out


def _groups(items: list[tuple]) -> tuple[np.ndarray, np.ndarray]:
    """Each key's group (same document and label, joined by overlaps) and, per group,
    whether all its spans share a point."""
    order = sorted(range(len(items)), key=lambda k: (items[k][0], items[k][1][2], items[k][1][0]))
    group_of = np.zeros(len(items), np.int64)
    shared: list[bool] = []
    place, reach, latest, earliest = None, 0, 0, 0  # group's (doc, label), max end, max start, min end
    for k in order:
        doc, (start, end, label) = items[k]
        if place != (doc, label) or start >= reach:
            place, reach, latest, earliest = (doc, label), end, start, end
            shared.append(True)
        else:
            reach, latest, earliest = max(reach, end), max(latest, start), min(earliest, end)
            shared[-1] = latest < earliest
        group_of[k] = len(shared) - 1
    return group_of, np.array(shared, dtype=bool)


def _per_document(docs, held: np.ndarray, annotated: np.ndarray, doc_of: np.ndarray) -> dict[str, tuple[int, int]]:
    """Per document: exact matches over its pairs (a key held by m annotators is m(m-1)/2
    matches) and the spans its pairs compare (each annotator's, once per other annotator)."""
    m = held.sum(axis=0)
    matches = np.bincount(doc_of, weights=m * (m - 1) // 2, minlength=len(docs))
    spans = np.bincount(doc_of, weights=m, minlength=len(docs))  # every annotator's, added up
    others = annotated.sum(axis=0) - 1
    return {doc.id: (int(matches[d]), int(spans[d] * others[d])) for d, doc in enumerate(docs)}


def _relation_counts(relations: _Keys, annotated: np.ndarray, names: list[str]) -> dict:
    if not relations.items:
        return {}
    types = sorted({item[0] for _, item in relations.items})
    type_of = np.array([types.index(item[0]) for _, item in relations.items], dtype=np.int64)
    doc_of = np.array([d for d, _ in relations.items], dtype=np.int64)
    matches, totals = _shared(relations.matrix(), annotated, doc_of, type_of, len(types))
    return {(names[i], names[j], t): [int(matches[i, j, k]), int(totals[i, j, k]), int(totals[j, i, k])]
            for i, j in combinations(range(len(names)), 2) for k, t in enumerate(types)
            if totals[i, j, k] or totals[j, i, k]}


def _confusion(docs, items: list[tuple], held: np.ndarray, annotated: np.ndarray, doc_of: np.ndarray,
               label_of: np.ndarray, labels: list[str], names: list[str]) -> Counter:
    """Label pairs of spans with identical boundaries, over the pairs (the diagonal apart:
    the caller adds the exact matches). Where every annotator has at most one label at the
    boundaries, two annotators with different labels (or none: NONE) pair those, so a key
    held by m annotators meets each other key there m x m' times and NONE m x (annotators
    of the document without a label there); otherwise the pairs are compared one by one."""
    bounds: dict[tuple, int] = {}
    bound_of = np.array([bounds.setdefault((d, key[0], key[1]), len(bounds)) for d, key in items], np.int64)
    m = held.sum(axis=0)
    several = np.zeros(len(bounds), bool)  # an annotator holds two labels at these boundaries
    for row in held > 0:
        several |= np.bincount(bound_of[row], minlength=len(bounds)) > 1
    fast = ~several[bound_of]
    bound_doc = np.array([d for d, _, _ in bounds], np.int64)
    none = annotated.sum(axis=0)[bound_doc] - np.bincount(bound_of, weights=m, minlength=len(bounds))
    at = len(labels)  # NONE's row and column
    pairs = np.zeros((at + 1, at + 1))
    np.add.at(pairs, (label_of[fast], at), (m * none[bound_of])[fast])
    order = np.argsort(bound_of, kind="stable")
    order = order[fast[order]]
    for step in range(1, len(order)):  # keys `step` apart in the order share their boundaries
        i, j = order[:-step], order[step:]
        same = bound_of[i] == bound_of[j]
        if not same.any():
            break
        np.add.at(pairs, (label_of[i[same]], label_of[j[same]]), (m[i] * m[j])[same])
    out = Counter({(([*labels, NONE])[x], ([*labels, NONE])[y]): int(round(pairs[x, y]))
                   for x, y in zip(*np.nonzero(pairs))})
    for b in np.flatnonzero(several):
        ks = np.flatnonzero(bound_of == b)
        _confusion_pairwise(docs[items[ks[0]][0]], [items[k][1] for k in ks], held[:, ks] > 0, names, out)
    return out


def _confusion_pairwise(doc, keys: list[tuple], who: np.ndarray, names: list[str], out: Counter) -> None:
    """`_confusion` at one set of boundaries where an annotator gave several labels."""
    present = [i for i, name in enumerate(names) if name in doc.spans]
    for i, j in combinations(present, 2):
        a = {key for key, mine in zip(keys, who[i]) if mine}
        b = {key for key, theirs in zip(keys, who[j]) if theirs}
        confusion_pairs(a - b, b - a, out)
