"""The one interface every recommender implements, and what it returns.

Offsets are code points into the text given, half-open, like every Isnad offset.
A recommender never touches the store: writing suggestions into a layer is
`annotator.suggestions`' job, so the same recommender serves the CLI and the window.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Protocol


# Not frozen: a frozen dataclass is made three times slower, and a recommender makes
# hundreds of thousands in one `isnad suggest`.
@dataclass(slots=True)
class SpanSuggestion:
    start: int
    end: int
    label: str
    score: float = 1.0


@dataclass(slots=True)
class RelationSuggestion:
    """A relation between two suggested spans, given as indexes into `Suggestions.spans`."""
    source: int  # the relation's "from" span (a CLAIM for attributed_to, a CUE for cue_of)
    target: int  # its "to" span
    type: str
    score: float = 1.0


# The same as plain tuples, what the bulk path of `isnad suggest` passes along (no object
# for each of hundreds of thousands of suggestions): (start, end, label, score) and
# (source, target, type, score).
SpanTuple = tuple[int, int, str, float]
RelationTuple = tuple[int, int, str, float]


@dataclass(slots=True)
class Suggestions:
    spans: list[SpanSuggestion] = field(default_factory=list)
    relations: list[RelationSuggestion] = field(default_factory=list)

    @classmethod
    def of(cls, spans: list[SpanTuple], relations: list[RelationTuple] = ()) -> "Suggestions":
        return cls([SpanSuggestion(*s) for s in spans], [RelationSuggestion(*r) for r in relations])

    def tuples(self) -> tuple[list[SpanTuple], list[RelationTuple]]:
        return ([(s.start, s.end, s.label, s.score) for s in self.spans],
                [(r.source, r.target, r.type, r.score) for r in self.relations])


@dataclass(frozen=True, slots=True)
class RecommenderOptions:
    layers: tuple[str, ...] = ()           # lexicon: the layers it learns from (empty: every person's layer)
    label_map: tuple[tuple[str, str], ...] = ()  # models: (model label, schema label) pairs from --map


class Recommender(Protocol):
    name: str  # its default layer is f"suggest:{name}"
    # optional: `forkable = True` lets `isnad suggest` run it in forked worker processes;
    # `suggest_tuples(text) -> (list[SpanTuple], list[RelationTuple])`, what `suggest`
    # says as tuples, is what `isnad suggest` then asks for

    def labels(self) -> set[str]:
        """The schema labels it may suggest (checked against the project before it runs)."""

    def suggest(self, text: str) -> Suggestions:
        """Suggestions for one document's text."""

    def suggest_many(self, texts: Iterable[str]) -> Iterator[Suggestions]:
        """Suggestions for many texts, in order (a model may batch them)."""
