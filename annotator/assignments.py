"""`isnad assign`: documents spread over annotators so each is done by N people (the
overlap `isnad agree` needs), the same way every time.

Documents go in import order; each goes to the annotators with the fewest assignments so
far (ties: in the order given), so loads stay within one document of each other, across
runs too. A document already assigned to some of them keeps those and gets only the
rest: running the same assignment again adds nothing.
"""
from __future__ import annotations

from collections import Counter

from .errors import IsnadError
from .messages import M


def plan(doc_ids: list[str], current: dict[str, set[str]], annotators: list[str],
         per_document: int) -> list[tuple[str, str]]:
    """(document id, annotator) pairs to add so each document has `per_document` of `annotators`."""
    names = list(dict.fromkeys(annotators))  # each once, in the order given
    if not 1 <= per_document <= len(names):
        raise IsnadError.of(M.ASSIGN_TOO_FEW, per_document=per_document, count=len(names))
    loads = Counter({name: 0 for name in names})
    loads.update(name for assigned in current.values() for name in assigned if name in loads)
    pairs = []
    for doc_id in doc_ids:
        have = current.get(doc_id, set())
        need = per_document - len(have & loads.keys())
        free = sorted((name for name in names if name not in have), key=lambda n: (loads[n], names.index(n)))
        for name in free[:max(need, 0)]:
            pairs.append((doc_id, name))
            loads[name] += 1
    return pairs
