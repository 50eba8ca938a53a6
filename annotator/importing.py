"""Import: validate incoming records completely, then write them in ONE transaction.

Idempotent: a text already in the project (same SHA-256) is the same document, and a span
or relation id already present is skipped. Spans without an id get a deterministic one, so
importing the same file twice adds nothing.
"""
from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from .errors import IsnadError
from .messages import M
from .model import STATUSES, ChangeSet, Document, DocumentRecord, DocStatus, Relation, Span, Verdict, now_iso
from .perf import gc_paused
from .schema import with_labels
from .text import check_text, normalise, remap, sha256_of

SPAN_NAMESPACE = _SPAN_NS = uuid.UUID("6f1c1d9e-6a55-4d3f-9a8e-2f0c2b7f5a10")  # ids made from content
DEFAULT_ANNOTATOR = "import"
BATCH_WAIT = 60.0  # seconds a batch write (import, merge) waits for another writer to finish


@dataclass
class ImportReport:
    documents_added: int = 0
    documents_existing: int = 0
    spans_added: int = 0
    spans_existing: int = 0
    relations_added: int = 0
    relations_existing: int = 0
    labels_added: list[str] = field(default_factory=list)
    verdicts: int = 0  # verdicts on suggestions written (added or replaced)

    def summary(self) -> str:
        s = (f"{self.documents_added} documents added ({self.documents_existing} already there), "
             f"{self.spans_added} spans added ({self.spans_existing} already there), "
             f"{self.relations_added} relations added ({self.relations_existing} already there)")
        s += f", {self.verdicts} verdicts on suggestions" if self.verdicts else ""
        return s + (f"; new labels: {', '.join(self.labels_added)}" if self.labels_added else "")


class _Batch:
    """Incoming records, normalised, validated and deduplicated, before writing."""

    def __init__(self, project, annotator: str, edited: str | None = None):
        """`edited`: the time given to spans and relations that carry none (default: now)."""
        self.project, self.annotator, self.stamp = project, annotator, now_iso()
        self.edited = self.stamp if edited is None else edited
        self.docs: dict[str, Document] = {}  # sha256 -> document (ids not final yet)
        self.spans: dict[str, Span] = {}
        self.relations: dict[str, Relation] = {}
        self.statuses: dict[tuple, DocStatus] = {}
        self.verdicts: dict[tuple, Verdict] = {}  # (document sha, annotator, key) -> verdict
        self.labels: dict[str, tuple] = {}  # label -> where first seen
        self.rel_types: dict[str, tuple] = {}
        self.dangling: dict[str, tuple] = {}  # span id a relation needs -> (document sha, where)
        self.derived: set[str] = set()  # ids of spans and relations a file numbered itself (made of content)

    def add(self, record: DocumentRecord) -> None:
        where = (record.origin.path, record.origin.line) if record.origin else (None, None)
        doc = record.document
        check_text(doc.text, *where)
        if not doc.text:
            raise IsnadError.of(M.DOCUMENT_EMPTY, *where)
        text, removed = normalise(doc.text)
        sha = sha256_of(text)
        if sha not in self.docs:
            self.docs[sha] = replace(doc, text=text, sha256=sha, added_at=doc.added_at or self.stamp)
        if record.origin and record.origin.file_ids:
            record = self._in_layer(record)
            self.derived.update(x.id for x in (*record.spans, *record.relations))
        # records refer to their document by its hash until `_settle_documents` picks ids
        for span in record.spans:
            self._add_span(span, doc.text, removed, sha, where)
        for rel in record.relations:
            self._add_relation(rel, sha, where)
        for st in record.statuses:
            if st.status not in STATUSES:
                raise IsnadError.of(M.STATUS_UNKNOWN, *where, status=st.status, known=", ".join(STATUSES))
            annotator = st.annotator or self.annotator
            self.statuses[(sha, annotator)] = replace(st, doc_id=sha, annotator=annotator)
        for v in record.verdicts:
            annotator = v.annotator or self.annotator
            self.verdicts[(sha, annotator, v.key)] = replace(v, doc_id=sha, annotator=annotator,
                                                             updated=v.updated or self.edited)

    def _in_layer(self, record: DocumentRecord) -> DocumentRecord:
        """Ids a file numbers itself (brat T1, Label Studio regions) made unique per layer: two
        annotators' files of the same text both say T1, and neither may hide the other."""
        def scoped(item_id: str, annotator: str) -> str:
            return str(uuid.uuid5(_SPAN_NS, f"{annotator or self.annotator}:{item_id}"))
        ids = {s.id: scoped(s.id, s.annotator) for s in record.spans}
        spans = [replace(s, id=ids[s.id]) for s in record.spans]
        relations = [replace(r, id=scoped(r.id, r.annotator), from_id=ids.get(r.from_id, r.from_id),
                             to_id=ids.get(r.to_id, r.to_id)) for r in record.relations]
        return replace(record, spans=spans, relations=relations)

    def _add_span(self, span, raw_text, removed, sha, where):
        if type(span.start) is not int or type(span.end) is not int:  # bool is an int, but no offset
            raise IsnadError.of(M.OFFSETS_NOT_INTEGERS, *where, start=repr(span.start), end=repr(span.end))
        if not 0 <= span.start < span.end <= len(raw_text):
            raise IsnadError.of(M.SPAN_OUTSIDE_TEXT, *where, start=span.start, end=span.end, label=span.label,
                                length=len(raw_text))
        start, end = remap(span.start, removed), remap(span.end, removed)
        if start == end:
            raise IsnadError.of(M.SPAN_ONLY_DROPPED, *where, start=span.start, end=span.end)
        annotator = span.annotator or self.annotator
        span_id = span.id or str(uuid.uuid5(_SPAN_NS, f"{sha}:{start}:{end}:{span.label}:{annotator}"))
        self.labels.setdefault(span.label, where)
        seen = self.spans.get(span_id)
        if seen is None:
            self.spans[span_id] = Span(span_id, sha, start, end, span.label, annotator, span.attrs, span.note,
                                       span.created or self.edited, span.updated or span.created or self.edited)
        elif (seen.doc_id, seen.start, seen.end, seen.label, seen.annotator) != (sha, start, end, span.label,
                                                                                 annotator):
            raise IsnadError.of(M.SPAN_ID_TWICE, *where, span_id=span_id)

    def _add_relation(self, rel, sha, where):
        for end_id in (rel.from_id, rel.to_id):
            if end_id not in self.spans:
                self.dangling.setdefault(end_id, (sha, where))
            elif self.spans[end_id].doc_id != sha:
                raise _across_documents(end_id, where)
        self.rel_types.setdefault(rel.type, where)
        annotator = rel.annotator or self.annotator
        rel_id = rel.id or str(uuid.uuid5(_SPAN_NS, f"{sha}:{rel.from_id}>{rel.to_id}:{rel.type}:{annotator}"))
        if rel_id not in self.relations:
            self.relations[rel_id] = Relation(rel_id, sha, rel.from_id, rel.to_id, rel.type, annotator,
                                              rel.created or self.edited, rel.updated or rel.created or self.edited)


def import_records(project, records: Iterable[DocumentRecord], annotator: str = DEFAULT_ANNOTATOR,
                   add_labels: bool = False) -> ImportReport:
    """Validate every record, then add what is new in one transaction (all or nothing).

    What is new is decided inside the write transaction, against the project as it is then:
    two imports of the same texts at once both end well (the later finds them "already
    there"), and labels two imports add at once are both kept."""
    batch = _Batch(project, annotator)
    with gc_paused():
        for record in records:
            batch.add(record)
    with project.transaction(wait=BATCH_WAIT):
        project.refresh_schema()
        schema, new_labels = _checked_schema(project, batch, add_labels)
        report = ImportReport(labels_added=new_labels)
        docs, ids = _settle_documents(project, batch, report)
        _known_by_content(project, batch, ids, {d.id for d in docs})
        spans = _new(project, "spans", batch.spans, ids, report, "spans")
        _check_dangling(project, batch, ids)
        rels = _new(project, "relations", batch.relations, ids, report, "relations")
        statuses = [replace(s, doc_id=ids[s.doc_id]) for s in batch.statuses.values()]
        verdicts = [replace(v, doc_id=ids[v.doc_id]) for v in batch.verdicts.values()]
        report.verdicts = len(verdicts)
        changes = ChangeSet(put_spans=spans, put_relations=rels, put_statuses=statuses, put_verdicts=verdicts)
        if docs or changes or new_labels:
            project.add_batch(docs, changes, schema if new_labels else None)
    return report


def _checked_schema(project, batch: _Batch, add_labels: bool):
    schema = project.schema
    unknown = [l for l in batch.labels if schema.label(l) is None]
    unknown_rel = [r for r in batch.rel_types if schema.relation_type(r) is None]
    if (unknown or unknown_rel) and not add_labels:
        name = (unknown or unknown_rel)[0]
        where = batch.labels.get(name) or batch.rel_types.get(name)
        message = M.LABEL_NOT_IN_SCHEMA if unknown else M.RELATION_TYPE_NOT_IN_SCHEMA
        raise IsnadError.of(message, *where, name=name, unknown=", ".join(unknown + unknown_rel))
    return with_labels(schema, set(unknown), set(unknown_rel)), sorted(unknown + unknown_rel)


def _settle_documents(project, batch: _Batch, report: ImportReport):
    """New documents get their final ids; known texts map to the existing document."""
    by_sha = project.existing("documents", "sha256", batch.docs)
    wanted = {d.id or sha[:12] for sha, d in batch.docs.items()}
    taken = set(project.existing("documents", "id", wanted))
    ids, new = {}, []
    for sha, doc in batch.docs.items():
        if sha in by_sha:
            ids[sha] = by_sha[sha]
            report.documents_existing += 1
            continue
        ids[sha] = doc_id = new_document_id(doc, sha, taken)
        new.append(replace(doc, id=doc_id))
    report.documents_added = len(new)
    return new, ids


def new_document_id(doc: Document, sha: str, taken: set[str]) -> str:
    """A new document's id: its own, or a hash prefix; when another text already has it,
    both are kept, told apart by the hash. The id is added to `taken`."""
    doc_id = doc.id or sha[:12]
    if doc_id in taken:
        doc_id = f"{doc_id}-{sha[:8]}"
    taken.add(doc_id)
    return doc_id


def _known_by_content(project, batch: _Batch, ids: dict, new_docs: set[str]) -> None:
    """Spans and relations a file numbered itself that the project already holds under
    other ids (drawn in the window, imported from another format) are those: same document,
    layer, offsets and label (a relation: same ends and type). So importing back what Isnad
    exported adds nothing, in every format."""
    spans: dict[str, list[Span]] = {}
    for item_id in batch.derived & batch.spans.keys():
        span = batch.spans[item_id]
        if ids[span.doc_id] not in new_docs:
            spans.setdefault(span.doc_id, []).append(span)
    renamed = {}
    for sha, incoming in spans.items():
        have = {(s.annotator, s.start, s.end, s.label): s.id for s in project.spans(ids[sha])}
        for span in incoming:
            stored = have.get((span.annotator, span.start, span.end, span.label))
            if stored is not None and stored != span.id:
                renamed[span.id] = stored
    for old, stored in renamed.items():
        span = batch.spans.pop(old)
        batch.spans.setdefault(stored, replace(span, id=stored))
    rels: dict[str, list[Relation]] = {}
    for rel_id, rel in list(batch.relations.items()):
        if rel.from_id in renamed or rel.to_id in renamed:
            rel = batch.relations[rel_id] = replace(rel, from_id=renamed.get(rel.from_id, rel.from_id),
                                                    to_id=renamed.get(rel.to_id, rel.to_id))
        if rel_id in batch.derived and ids[rel.doc_id] not in new_docs:
            rels.setdefault(rel.doc_id, []).append(rel)
    for sha, incoming in rels.items():
        have = {(r.annotator, r.from_id, r.to_id, r.type): r.id for r in project.relations(ids[sha])}
        for rel in incoming:
            stored = have.get((rel.annotator, rel.from_id, rel.to_id, rel.type))
            if stored is not None and stored != rel.id:
                del batch.relations[rel.id]
                batch.relations.setdefault(stored, replace(rel, id=stored))


def _new(project, table, items: dict, ids: dict, report: ImportReport, what: str) -> list:
    """The items not stored yet; an id already stored must be the same item's (same document)."""
    present = project.existing(table, "id", items, returning="doc_id")
    clash = next((i for i, doc in present.items() if doc != ids[items[i].doc_id]), None)
    if clash is not None:
        raise IsnadError.of(M.SPAN_ID_TAKEN if what == "spans" else M.RELATION_ID_TAKEN, id=clash)
    fresh = [item for item_id, item in items.items() if item_id not in present]
    for item in fresh:  # the batch built these objects and shares them with nobody
        item.doc_id = ids[item.doc_id]
    setattr(report, f"{what}_added", len(fresh))
    setattr(report, f"{what}_existing", len(items) - len(fresh))
    return fresh


def _check_dangling(project, batch: _Batch, ids: dict) -> None:
    """Relations to spans stored before: they must exist, in the relation's own document."""
    for span_id, (sha, where) in batch.dangling.items():
        if span_id in batch.spans:
            if batch.spans[span_id].doc_id != sha:
                raise _across_documents(span_id, where)
            continue
        stored = project.span(span_id)
        if stored is None:
            raise IsnadError.of(M.RELATION_END_MISSING, *where, span_id=span_id)
        if stored.doc_id != ids[sha]:
            raise _across_documents(span_id, where)


def _across_documents(span_id: str, where: tuple) -> IsnadError:
    return IsnadError.of(M.RELATION_ACROSS_DOCUMENTS, *where, span_id=span_id)


def validated_records(records: Iterable[DocumentRecord], annotator: str = DEFAULT_ANNOTATOR) -> list[DocumentRecord]:
    """Records as import would store them (normalised text, SHA-256, ids, layers), unwritten.

    Merge reads native JSONL sources through this, so they are checked like an import.
    Spans and relations without a time get none (""), older than any timed edit: stamping
    them now would make every re-merge an "update" and the winner depend on source order.
    """
    batch = _Batch(None, annotator, edited="")
    for record in records:
        batch.add(record)
    grouped = {sha: DocumentRecord(replace(doc, id=doc.id or sha[:12])) for sha, doc in batch.docs.items()}
    for item in (*batch.spans.values(), *batch.relations.values(), *batch.statuses.values(),
                 *batch.verdicts.values()):
        rec = grouped[item.doc_id]
        bucket = {Span: rec.spans, Relation: rec.relations, DocStatus: rec.statuses, Verdict: rec.verdicts}[type(item)]
        bucket.append(replace(item, doc_id=rec.document.id))
    return list(grouped.values())
