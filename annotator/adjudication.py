"""Adjudication: copying annotators' spans and relations into the `gold` layer, undoably.

The gold layer is an ordinary layer (annotator `gold`); its document status is the
document's adjudication status. Each function returns a Command for `History.run`.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from .agreement import annotated_by, document_disagreement
from .commands import SetStatus
from .errors import IsnadError
from .layers import CopyToLayer
from .messages import M
from .model import GOLD, SUGGEST_PREFIX, DocumentRecord, Relation, Span


def key(span: Span) -> tuple:
    return span.start, span.end, span.label


def annotators_of(record: DocumentRecord, annotators: list[str] | None = None) -> set[str]:
    """Who annotated the document (gold and suggest:* layers excluded), among `annotators` if given."""
    found = {a for a in annotated_by(record) if a != GOLD and not a.startswith(SUGGEST_PREFIX)}
    return found if annotators is None else found & set(annotators)


def agreed_spans(record: DocumentRecord, annotators: list[str] | None = None) -> list[Span]:
    """One span per key every annotator of the document has (at least two annotators)."""
    by_id = {s.id: s for s in record.spans}
    return [by_id[c.spans[min(c.spans)]] for c in candidates(record, annotators) if c.agreed]


@dataclass(frozen=True)
class Candidate:
    """One (start, end, label) on the adjudication table: who has it, whether gold has it."""
    key: tuple
    spans: dict  # annotator -> that annotator's span id
    gold_id: str | None
    agreed: bool  # every annotator of the document has it


def candidates(record: DocumentRecord, annotators: list[str] | None = None) -> list[Candidate]:
    """Every span any annotator or gold has in the document, in text order."""
    everyone = annotators_of(record, annotators)
    ids: dict[tuple, dict] = defaultdict(dict)
    gold: dict[tuple, str] = {}
    for s in sorted(record.spans, key=lambda s: (s.annotator, s.id)):
        if s.annotator == GOLD:
            gold.setdefault(key(s), s.id)
        elif s.annotator in everyone:
            ids[key(s)].setdefault(s.annotator, s.id)
    return [Candidate(k, ids.get(k, {}), gold.get(k), len(everyone) >= 2 and set(ids.get(k, ())) >= everyone)
            for k in sorted(ids.keys() | gold.keys())]


def by_disagreement(records, annotators: list[str] | None = None) -> list[tuple[str, float | None]]:
    """(document id, disagreement) for the document list, most disagreement first; documents
    fewer than two annotators annotated come last with None."""
    scored = [(r.document.id, document_disagreement(r, annotators)) for r in records]
    return sorted(scored, key=lambda x: (x[1] is None, -(x[1] or 0.0)))


@dataclass
class AcceptSpans(CopyToLayer):
    """Copy spans (and relations among them) into gold; one undo step."""
    annotator: str = GOLD
    text: str = "accept into gold"


def accept_span(project, span_id: str) -> AcceptSpans:
    """Accept one annotator's span into gold."""
    span = project.span(span_id)
    if span is None:
        raise IsnadError.of(M.SPAN_MISSING, span_id=span_id)
    return AcceptSpans(span.doc_id, [span], [], text="accept span into gold")


def accept_relation(project, relation: Relation) -> AcceptSpans:
    """Accept a relation with both its endpoint spans into gold."""
    ends = [project.span(relation.from_id), project.span(relation.to_id)]
    if None in ends:
        raise IsnadError.of(M.RELATION_SPANS_GONE)
    return AcceptSpans(relation.doc_id, ends, [relation], text="accept relation into gold")


def accept_agreed(record: DocumentRecord, annotators: list[str] | None = None) -> AcceptSpans:
    """Accept every span all annotators agree on, and the relations they all drew between them."""
    spans = agreed_spans(record, annotators)
    everyone = annotators_of(record, annotators)
    keys = {s.id: key(s) for s in record.spans}
    drawn: dict[tuple, set[str]] = defaultdict(set)
    for x in record.relations:
        if x.annotator in everyone and x.from_id in keys and x.to_id in keys:
            drawn[x.type, keys[x.from_id], keys[x.to_id]].add(x.annotator)
    by_key = {key(s): s for s in spans}
    relations = [Relation("", record.document.id, by_key[f].id, by_key[t].id, typ, GOLD)
                 for (typ, f, t), who in sorted(drawn.items()) if who >= everyone and f in by_key and t in by_key]
    return AcceptSpans(record.document.id, spans, relations, text="accept all agreed spans")


def set_adjudicated(doc_id: str, status: str = "done") -> SetStatus:
    """A document's adjudication status is the gold layer's status."""
    return SetStatus(doc_id, GOLD, status)
