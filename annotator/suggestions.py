"""Writing a recommender's suggestions into a suggestion layer (`suggest:NAME`).

Suggestions are machine output, not a person's action: writing them is one transaction
but no undo step, and never touches a person's layer. Ids are deterministic (the layer,
the document's SHA-256 and the suggestion's content), so running a recommender again
replaces that layer's suggestions in the documents it ran on and adds nothing when nothing
changed. Whatever the schema lacks (a label, a relation type) is refused before anything
is written.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from itertools import tee

from .errors import IsnadError
from .messages import M
from .model import SUGGEST_PREFIX, Document, Relation, Span, now_iso
from .recommenders import KINDS, Recommender, Suggestions

RECOMMENDERS_SETTING = "recommenders"  # project setting: the specs the window runs when a document opens


def default_layer(recommender: Recommender) -> str:
    return SUGGEST_PREFIX + recommender.name


def check_layer(layer: str) -> str:
    if not layer.startswith(SUGGEST_PREFIX) or not layer[len(SUGGEST_PREFIX):].strip():
        raise IsnadError.of(M.SUGGEST_LAYER_NAME, layer=layer)
    return layer


def check_labels(schema, recommender: Recommender) -> None:
    """Refuse a recommender whose labels the schema lacks (before it runs)."""
    _refuse_unknown(schema, recommender.name, set(recommender.labels()), set())


def write_suggestions(project, doc_id: str, layer: str, suggestions: Suggestions, name: str | None = None) -> Counter:
    """Make `layer` hold exactly `suggestions` in one document (one transaction).

    Returns the counts of `Project.replace_layer` ("spans added", "spans removed", ...)."""
    check_layer(layer)
    doc = project.document(doc_id)
    items = to_layer(doc, layer, suggestions, project.schema, name or layer[len(SUGGEST_PREFIX):])
    return project.replace_layer(layer, [(doc_id, *items)])


def suggest_document(project, doc_id: str, recommender: Recommender, layer: str | None = None) -> Counter:
    """Run `recommender` on one document and write its suggestions (the window calls this
    on a worker thread when a document opens)."""
    layer = check_layer(layer or default_layer(recommender))
    check_labels(project.schema, recommender)
    return write_suggestions(project, doc_id, layer, recommender.suggest(project.document(doc_id).text),
                             recommender.name)


def suggest_project(project, recommender: Recommender, layer: str | None = None,
                    doc_ids: Iterable[str] | None = None,
                    progress: Callable[[int, int], None] | None = None) -> Counter:
    """Run `recommender` on documents (default: all) and write their suggestions in ONE
    transaction: a failure (bad labels, a broken recommender) leaves the project unchanged.

    `progress(done, total)` is called as documents are written. Returns the counts of
    `Project.replace_layer` plus "label LABEL" (suggested spans per label) and
    "relation TYPE" (suggested relations per type).
    """
    layer = check_layer(layer or default_layer(recommender))
    check_labels(project.schema, recommender)
    ids = list(doc_ids) if doc_ids is not None else None
    total = len(ids) if ids is not None else project.document_count()
    docs, for_texts = tee(project.documents(ids))
    per_label: Counter = Counter()

    def items() -> Iterator[tuple[str, list[Span], list[Relation]]]:
        for done, (doc, found) in enumerate(zip(docs, recommender.suggest_many(d.text for d in for_texts)), 1):
            spans, relations = to_layer(doc, layer, found, project.schema, recommender.name)
            per_label.update(f"label {s.label}" for s in spans)
            per_label.update(f"relation {x.type}" for x in relations)
            if progress is not None:
                progress(done, total)
            yield doc.id, spans, relations

    counts = project.replace_layer(layer, items())
    return counts + per_label


def to_layer(doc: Document, layer: str, suggestions: Suggestions, schema, name: str) -> tuple[list[Span], list[Relation]]:
    """Suggestions as spans and relations of `layer`, with deterministic ids; refuses labels
    and relation types the schema lacks, offsets outside the text and dangling relations."""
    _refuse_unknown(schema, name, {s.label for s in suggestions.spans}, {x.type for x in suggestions.relations})
    stamp = now_iso()
    spans: list[Span] = []
    by_content: dict[tuple, Span] = {}
    index: list[Span] = []  # suggestion index -> the span written for it
    for s in suggestions.spans:
        if not 0 <= s.start < s.end <= len(doc.text):
            raise IsnadError.of(M.SUGGESTION_OUT_OF_TEXT, name=name, start=s.start, end=s.end, doc_id=doc.id,
                                length=len(doc.text))
        content = (s.start, s.end, s.label)
        span = by_content.get(content)
        if span is None:  # a suggestion given twice is one span (the first score)
            span = by_content[content] = Span(_id(layer, doc.sha256, *content), doc.id, s.start, s.end, s.label,
                                              layer, {"score": round(float(s.score), 4)}, "", stamp, stamp)
            spans.append(span)
        index.append(span)
    relations: dict[str, Relation] = {}
    for x in suggestions.relations:
        if not (0 <= x.source < len(index) and 0 <= x.target < len(index)):
            raise IsnadError.of(M.SUGGESTION_BAD_RELATION, name=name, source=x.source, target=x.target,
                                count=len(index))
        a, b = index[x.source], index[x.target]
        rel_id = _id(layer, doc.sha256, x.type, a.id, b.id)
        relations.setdefault(rel_id, Relation(rel_id, doc.id, a.id, b.id, x.type, layer, stamp, stamp))
    return spans, list(relations.values())


def recommender_specs(project) -> list[str]:
    """The recommenders the window runs when a document opens (a project setting; none by
    default, so that nobody sees suggestions the lead did not choose)."""
    specs = project.setting(RECOMMENDERS_SETTING, [])
    if not isinstance(specs, list) or not all(isinstance(s, str) for s in specs):
        raise IsnadError.of(M.RECOMMENDER_SETTING, value=repr(specs)[:80])
    return specs


def set_recommender_specs(project, specs: list[str]) -> None:
    """Choose the project's recommenders, e.g. ["lexicon", "attribution", "spacy:/models/ner"]."""
    for spec in specs:
        if spec.partition(":")[0] not in KINDS:
            raise IsnadError.of(M.RECOMMENDER_UNKNOWN, spec=spec)
    project.set_setting(RECOMMENDERS_SETTING, list(specs))


def _refuse_unknown(schema, name: str, labels: set[str], types: set[str]) -> None:
    unknown = sorted(labels - schema.label_names)
    if unknown:
        raise IsnadError.of(M.RECOMMENDER_LABELS, name=name, what="labels", unknown=", ".join(unknown),
                            known=", ".join(sorted(schema.label_names)))
    known_types = {r.name for r in schema.relation_types}
    unknown = sorted(types - known_types)
    if unknown:
        raise IsnadError.of(M.RECOMMENDER_LABELS, name=name, what="relation types", unknown=", ".join(unknown),
                            known=", ".join(sorted(known_types)))


def _id(*parts) -> str:
    """A deterministic id: the same suggestion in the same text and layer, the same id (in
    any project, so merged projects agree). blake2b: 3x faster than uuid5 for 10^6 ids."""
    return hashlib.blake2b("\x1f".join(map(str, parts)).encode("utf-8"), digest_size=16).hexdigest()
