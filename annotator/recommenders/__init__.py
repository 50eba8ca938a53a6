"""Recommenders: text in, suggested spans and relations with scores out.

Each kind lives in its own module and is named by a spec on the command line and in a
project's settings: `lexicon`, `attribution`, `spacy:PATH`, `transformers:PATH`.
Modules are imported only when their kind is asked for (spaCy and torch are slow to load).
"""
from __future__ import annotations

from importlib import import_module

from .base import (RecommenderOptions, Recommender, RelationSuggestion, RelationTuple, SpanSuggestion, SpanTuple,
                   Suggestions)

__all__ = ["Recommender", "RecommenderOptions", "RelationSuggestion", "RelationTuple", "SpanSuggestion", "SpanTuple",
           "Suggestions",
           "KINDS", "make_recommender"]

# kind -> module whose `make(argument, project, options)` builds the recommender
KINDS = {
    "lexicon": "annotator.recommenders.lexicon",
    "attribution": "annotator.recommenders.attribution",
    "spacy": "annotator.recommenders.spacy_model",
    "transformers": "annotator.recommenders.transformers_model",
}


def make_recommender(spec: str, project=None, options: RecommenderOptions | None = None) -> Recommender:
    """The recommender a spec names: 'lexicon', 'attribution', 'spacy:PATH', 'transformers:PATH'."""
    from ..errors import IsnadError
    from ..messages import M
    kind, _, argument = spec.partition(":")
    if kind not in KINDS:
        raise IsnadError.of(M.RECOMMENDER_UNKNOWN, spec=spec)
    try:
        module = import_module(KINDS[kind])
    except ModuleNotFoundError as e:
        if e.name != KINDS[kind]:
            raise
        raise IsnadError.of(M.RECOMMENDER_MISSING, kind=kind) from None
    return module.make(argument or None, project, options or RecommenderOptions())
