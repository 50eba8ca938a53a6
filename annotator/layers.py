"""Working across layers: copying spans from another layer into mine, accepting and
rejecting machine suggestions, and which suggestions are still pending for me.

A suggestion is a span or relation in a layer named `suggest:NAME`. It reaches a person's
layer only when that person accepts it (a copy with a new id); accepting or rejecting it
stores a verdict, keyed by the suggestion's content, so a rejected suggestion stays away
for that person and document even after the recommender runs again. Every function that
changes something returns one Command for `History.run`: one transaction, one undo step.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .commands import Command, make_relation, make_span
from .errors import IsnadError
from .messages import M
from .model import SUGGEST_PREFIX, ChangeSet, Relation, Span, Verdict, now_iso


def is_suggestion_layer(layer: str) -> bool:
    return layer.startswith(SUGGEST_PREFIX)


def people_layers(project) -> list[str] | None:
    """The layers of people (every one but `suggest:*`), for exports and training by default;
    None when the project has no suggestions (then every layer is a person's)."""
    layers = project.annotators()
    people = [l for l in layers if not is_suggestion_layer(l)]
    return None if len(people) == len(layers) else people


def span_key(span: Span) -> str:
    """A suggestion's identity by content: the same span from any run has the same key."""
    return f"span:{span.start}:{span.end}:{span.label}"


def relation_key(relation: Relation, source: Span, target: Span) -> str:
    return (f"rel:{relation.type}:{source.start}:{source.end}:{source.label}"
            f":{target.start}:{target.end}:{target.label}")


def _bounds_key(span: Span) -> tuple:
    return span.start, span.end, span.label


@dataclass
class CopyToLayer(Command):
    """Copy spans and relations (from any layer) into `annotator`'s layer; one undo step.

    A span whose (start, end, label) the layer already has is not copied again: relations
    then point at the span already there. A relation is copied with its two spans. Items
    from a suggestion layer also record an "accepted" verdict.
    """
    doc_id: str
    spans: list[Span]
    relations: list[Relation]
    annotator: str
    text: str = "copy into my layer"

    def plan(self, project):
        if is_suggestion_layer(self.annotator):
            raise IsnadError.of(M.SUGGEST_LAYER_NAME, layer=self.annotator)  # only people accept
        spans = _with_relation_ends(project, self.spans, self.relations)
        layer = {_bounds_key(s): s for s in project.spans(self.doc_id, [self.annotator])}
        new = []
        for s in spans.values():
            if _bounds_key(s) not in layer:
                layer[_bounds_key(s)] = make_span(self.doc_id, s.start, s.end, s.label, self.annotator,
                                                  attrs=dict(s.attrs))
                new.append(layer[_bounds_key(s)])
        have = {(x.type, x.from_id, x.to_id) for x in project.relations(self.doc_id, [self.annotator])}
        links = []
        for x in self.relations:
            from_id = layer[_bounds_key(spans[x.from_id])].id
            to_id = layer[_bounds_key(spans[x.to_id])].id
            if (x.type, from_id, to_id) not in have:
                have.add((x.type, from_id, to_id))
                links.append(make_relation(self.doc_id, from_id, to_id, x.type, self.annotator))
        do = ChangeSet(put_spans=new, put_relations=links)
        undo = ChangeSet(delete_relations=[x.id for x in links], delete_spans=[s.id for s in new])
        suggested = [s for s in spans.values() if is_suggestion_layer(s.annotator)]
        suggested_rels = [x for x in self.relations if is_suggestion_layer(x.annotator)]
        _add_verdicts(project, self.doc_id, self.annotator, suggested, suggested_rels, spans, "accepted", do, undo)
        return do, undo


@dataclass
class Reject(Command):
    """Record "rejected" verdicts on suggestions; nothing else changes. One undo step."""
    doc_id: str
    spans: list[Span]
    relations: list[Relation]
    annotator: str
    text: str = "reject suggestion"

    def plan(self, project):
        other = next((x.annotator for x in (*self.spans, *self.relations) if not is_suggestion_layer(x.annotator)),
                     None)
        if other is not None:
            raise IsnadError.of(M.NOT_A_SUGGESTION, layer=other)
        ends = _with_relation_ends(project, [], self.relations)
        do, undo = ChangeSet(), ChangeSet()
        _add_verdicts(project, self.doc_id, self.annotator, self.spans, self.relations, ends, "rejected", do, undo)
        return do, undo


def copy_to_layer(project, doc_id: str, spans: list[Span], relations: list[Relation], annotator: str,
                  text: str | None = None) -> CopyToLayer:
    """Copy `spans` and `relations` (any layers, e.g. import, gold, suggest:lexicon) into
    `annotator`'s layer; suggestions among them are accepted. `text` names the undo step."""
    accepting = any(is_suggestion_layer(x.annotator) for x in (*spans, *relations))
    n = len(spans) + len(relations)
    default = (f"accept {n} suggestions" if n > 1 else "accept suggestion") if accepting else \
        (f"copy {n} items into my layer" if n > 1 else "copy into my layer")
    return CopyToLayer(doc_id, list(spans), list(relations), annotator, text or default)


def reject(project, doc_id: str, spans: list[Span], relations: list[Relation], annotator: str) -> Reject:
    """Reject suggestions: they stay away for `annotator` in this document."""
    n = len(spans) + len(relations)
    return Reject(doc_id, list(spans), list(relations), annotator,
                  f"reject {n} suggestions" if n > 1 else "reject suggestion")


def copy_layer(project, doc_id: str, layer: str, annotator: str) -> CopyToLayer:
    """Copy every span and relation of `layer` in the document into `annotator`'s layer
    (one undo step); of a suggestion layer, the suggestions still pending for `annotator`."""
    if is_suggestion_layer(layer):
        spans, relations = pending_suggestions(project, doc_id, annotator, [layer])
    else:
        spans, relations = project.spans(doc_id, [layer]), project.relations(doc_id, [layer])
    return copy_to_layer(project, doc_id, spans, relations, annotator,
                         text=f"copy {len(spans)} spans of {layer}")


def accept_label(project, doc_id: str, label: str, annotator: str,
                 layers: Iterable[str] | None = None) -> CopyToLayer:
    """Accept every pending suggestion of `label` in the document (one undo step), with the
    pending relations whose other end is one of them or already in `annotator`'s layer."""
    spans, relations = pending_suggestions(project, doc_id, annotator, layers)
    chosen = [s for s in spans if s.label == label]
    ids = {s.id for s in chosen} | {s.id for s in project.spans(doc_id, [annotator])}
    links = [x for x in relations if x.from_id in ids and x.to_id in ids]
    return copy_to_layer(project, doc_id, chosen, links, annotator,
                         text=f"accept {len(chosen)} {label} suggestions")


def pending_suggestions(project, doc_id: str, annotator: str,
                        layers: Iterable[str] | None = None) -> tuple[list[Span], list[Relation]]:
    """The suggestions to show `annotator` in a document: those of `layers` (default: every
    suggest:* layer) that they have not rejected and that their layer does not already hold.

    Spans come in text order, one per (start, end, label) even when several recommenders
    suggest it (the first layer in `layers` order wins). A relation is pending when both its
    ends are pending or already in `annotator`'s layer; its `from_id`/`to_id` then name the
    span shown (a pending suggestion, or the annotator's own span).
    """
    wanted = None if layers is None else list(layers)
    every = project.spans(doc_id)
    suggested = [s for s in every if is_suggestion_layer(s.annotator) and (wanted is None or s.annotator in wanted)]
    if wanted is not None:
        rank = {layer: i for i, layer in enumerate(wanted)}
        suggested.sort(key=lambda s: rank[s.annotator])  # stable: the text order stays within a layer
    mine = {_bounds_key(s): s for s in every if s.annotator == annotator}
    rejected = {v.key for v in project.verdicts(doc_id, annotator) if v.verdict == "rejected"}
    shown: dict[tuple, Span] = {}  # key -> the span that stands for it (pending, or mine)
    pending: dict[tuple, Span] = {}
    for s in suggested:
        k = _bounds_key(s)
        if k in mine:
            shown.setdefault(k, mine[k])
        elif k not in pending and span_key(s) not in rejected:
            pending[k] = shown[k] = s
    by_id = {s.id: s for s in suggested}
    my_links = {(x.type, x.from_id, x.to_id) for x in project.relations(doc_id, [annotator])}
    relations, seen = [], set()
    for x in project.relations(doc_id, {s.annotator for s in suggested}):
        ends = by_id.get(x.from_id), by_id.get(x.to_id)
        if None in ends:
            continue
        stand_in = shown.get(_bounds_key(ends[0])), shown.get(_bounds_key(ends[1]))
        if None in stand_in or relation_key(x, *ends) in rejected:
            continue
        link = (x.type, stand_in[0].id, stand_in[1].id)
        if link in my_links or link in seen:
            continue
        seen.add(link)
        relations.append(Relation(x.id, x.doc_id, link[1], link[2], x.type, x.annotator, x.created, x.updated))
    return sorted(pending.values(), key=lambda s: (s.start, s.end, s.label)), relations


def suggestion_places(project, doc_id: str, layers: Iterable[str]) -> set[tuple[int, int, str]]:
    """(start, end, label) of every suggestion of `layers` in a document, pending or not: a
    span of mine at one of these places hides the suggestion there, and it shows again when
    my span goes (what `pending_suggestions` decides)."""
    return {_bounds_key(s) for s in project.spans(doc_id, list(layers))}


def _with_relation_ends(project, spans: list[Span], relations: list[Relation]) -> dict[str, Span]:
    """The spans by id, with the ends of the relations (looked up when not given)."""
    out = {s.id: s for s in spans}
    for x in relations:
        for end_id in (x.from_id, x.to_id):
            if end_id not in out:
                span = project.span(end_id)
                if span is None:
                    raise IsnadError.of(M.SPAN_MISSING, span_id=end_id)
                out[end_id] = span
    return out


def _add_verdicts(project, doc_id: str, annotator: str, spans, relations, ends: dict[str, Span], verdict: str,
                  do: ChangeSet, undo: ChangeSet) -> None:
    """Verdicts on these suggestions into `do`; `undo` restores the verdicts they replace."""
    if not spans and not relations:
        return
    text = project.document(doc_id).text
    stamp = now_iso()
    new: dict[str, Verdict] = {}
    for s in spans:
        new[span_key(s)] = Verdict(doc_id, annotator, span_key(s), s.label, text[s.start:s.end], verdict, stamp)
    for x in relations:
        a, b = ends[x.from_id], ends[x.to_id]
        k = relation_key(x, a, b)
        new[k] = Verdict(doc_id, annotator, k, x.type, f"{text[a.start:a.end]} → {text[b.start:b.end]}",
                         verdict, stamp)
    old = {v.key: v for v in project.verdicts(doc_id, annotator)}
    do.put_verdicts.extend(new.values())
    undo.put_verdicts.extend(old[k] for k in new if k in old)
    undo.delete_verdicts.extend((doc_id, annotator, k) for k in new if k not in old)
