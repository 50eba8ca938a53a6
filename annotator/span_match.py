"""Pairing two annotators' spans: exact keys, one-to-one overlap matching, label confusion.

A span here is a key `(start, end, label)`; duplicates inside one layer count once.
"""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict

from .extras import LEAD, Lazy

np = Lazy("numpy", LEAD, "matching overlapping spans")
optimize = Lazy("scipy.optimize", LEAD, "matching overlapping spans")

NONE = "∅"  # the other annotator has no span with these boundaries

Key = tuple  # (start, end, label)


def iou(a: Key, b: Key) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter / (max(a[1], b[1]) - min(a[0], b[0]))


def overlap_edges(a: list[Key], b: list[Key]) -> list[tuple[int, int]]:
    """Index pairs (i, j) whose spans overlap; `b` must be sorted by start."""
    starts = [s[0] for s in b]
    edges = []
    for i, x in enumerate(a):
        for j in range(bisect_left(starts, x[1])):  # every b starting before x ends
            if b[j][1] > x[0]:
                edges.append((i, j))
    return edges


def match_overlapping(a: list[Key], b: list[Key]) -> list[tuple[Key, Key]]:
    """One-to-one matching of overlapping spans (labels are not compared here).

    Definition: the matching with the most pairs; among those, the largest total
    intersection-over-union. Most groups need no solver: when no span overlaps two others
    the overlaps already are the matching.
    """
    a, b = sorted(set(a)), sorted(set(b))
    edges = overlap_edges(a, b)
    left, right = Counter(i for i, _ in edges), Counter(j for _, j in edges)
    if all(n == 1 for n in left.values()) and all(n == 1 for n in right.values()):
        return [(a[i], b[j]) for i, j in edges]
    # Weights: 1 per pair dominates, IoU/(k+1) only breaks ties between maximum matchings.
    rows, cols = sorted(left), sorted(right)
    r_at, c_at = {i: n for n, i in enumerate(rows)}, {j: n for n, j in enumerate(cols)}
    tie = 1.0 / (min(len(rows), len(cols)) + 1)
    weight = np.zeros((len(rows), len(cols)))
    for i, j in edges:
        weight[r_at[i], c_at[j]] = 1.0 + tie * iou(a[i], b[j])
    ri, ci = optimize.linear_sum_assignment(weight, maximize=True)
    return [(a[rows[r]], b[cols[c]]) for r, c in zip(ri, ci) if weight[r, c] > 0]


def confusion_pairs(only_a: set[Key], only_b: set[Key], out: Counter) -> Counter:
    """Count label pairs of spans with identical boundaries into `out`, `(label_a, label_b)`.

    Takes the spans only one side has (identical spans are same-label pairs, counted by
    the caller). At each boundary pair the labels pair in sorted order; one left over pairs
    with NONE. Only boundary agreement is asked, so this shows label confusion.
    """
    at_a, at_b = _by_bounds(only_a), _by_bounds(only_b)
    for bounds in at_a.keys() | at_b.keys():
        rest_a, rest_b = sorted(at_a.get(bounds, ())), sorted(at_b.get(bounds, ()))
        for i in range(max(len(rest_a), len(rest_b))):
            out[rest_a[i] if i < len(rest_a) else NONE, rest_b[i] if i < len(rest_b) else NONE] += 1
    return out


def _by_bounds(keys) -> dict[tuple[int, int], set[str]]:
    out: dict[tuple[int, int], set[str]] = defaultdict(set)
    for s, e, label in keys:
        out[s, e].add(label)
    return out
