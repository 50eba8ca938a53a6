"""The lexicon recommender: every string already tagged in the project, found again.

Matching is `annotator.search.find_all`'s, with proclitics: harakat and tatweel ignored,
alef/hamza and alef-maqsura folded, whole words only, and a word may carry proclitics
(و ف ب ل ك ال ...) that stay outside the span (طرابلس is found in بطرابلس). All strings
are searched at once (`search.PhraseFinder`); where found strings overlap, the leftmost
wins, then the longest.

Labels: a string is suggested with the label it was tagged with most often (several on a
tie). A (label, string) pair that annotators rejected more often than they accepted it is
no longer suggested; tagging the string with that label counts as accepting it, so one
rejection does not undo a string tagged a hundred times. Score: the label's share of the
string's tags.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator

from ..errors import IsnadError
from ..messages import M
from ..model import SUGGEST_PREFIX
from ..search import PhraseFinder, fold
from .base import RecommenderOptions, SpanTuple, Suggestions

LONGEST = 200  # characters: longer tagged strings (whole claims) never recur word for word


def make(argument, project, options: RecommenderOptions) -> "Lexicon":
    """The lexicon of `options.layers` (default: every person's layer, not suggest:*),
    without what those layers' annotators rejected more often than accepted."""
    if argument:
        raise IsnadError.of(M.RECOMMENDER_UNKNOWN, spec=f"lexicon:{argument}")
    layers = list(options.layers) or None
    bad = next((layer for layer in layers or () if layer.startswith(SUGGEST_PREFIX)), None)
    if bad is not None:
        raise IsnadError.of(M.LEXICON_LAYERS, layer=bad)
    return Lexicon(project.tagged_strings(layers), project.verdict_counts(layers))


class Lexicon:
    name = "lexicon"
    forkable = True  # pure Python: `isnad suggest` may run it in worker processes

    def __init__(self, tagged: Iterable[tuple[str, str, int]],
                 verdicts: dict[tuple[str, str], list[int]] | None = None):
        """`tagged`: (label, string, times tagged); `verdicts`: {(label, string): [accepted, rejected]}."""
        counts: dict[str, Counter] = defaultdict(Counter)  # folded string -> label -> times tagged
        for label, text, n in tagged:
            folded = fold(text.strip())[0]
            if 0 < len(folded) <= LONGEST:
                counts[folded][label] += n
        votes: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
        for (label, text), (accepted, rejected) in (verdicts or {}).items():
            vote = votes[label, fold(text.strip())[0]]
            vote[0] += accepted
            vote[1] += rejected
        self.entries: dict[str, list[tuple[str, float]]] = {}  # folded string -> [(label, score)]
        for string, labels in counts.items():
            chosen = _chosen_labels(string, labels, votes)
            if chosen:
                self.entries[string] = chosen
        self._finder = PhraseFinder(self.entries) if self.entries else None

    def labels(self) -> set[str]:
        return {label for chosen in self.entries.values() for label, _ in chosen}

    def suggest(self, text: str) -> Suggestions:
        return Suggestions.of(*self.suggest_tuples(text))

    def suggest_tuples(self, text: str) -> tuple[list[SpanTuple], list]:
        if self._finder is None:
            return [], []
        entries = self.entries
        return [(start, end, label, score) for start, end, string in self._finder.find(text)
                for label, score in entries[string]], []

    def suggest_many(self, texts: Iterable[str]) -> Iterator[Suggestions]:
        return map(self.suggest, texts)


def _chosen_labels(string: str, labels: Counter, votes: dict) -> list[tuple[str, float]]:
    """The most frequent labels of a string, leaving out those rejected more often than
    accepted (or tagged)."""
    total = sum(labels.values())
    allowed = {label: n for label, n in labels.items() if not _rejected(n, votes.get((label, string)))}
    if not allowed:
        return []
    best = max(allowed.values())
    return [(label, round(n / total, 4)) for label, n in sorted(allowed.items()) if n == best]


def _rejected(tagged: int, vote) -> bool:
    return vote is not None and vote[1] > vote[0] + tagged
