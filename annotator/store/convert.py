"""Rows <-> model objects. JSON columns are decoded here and nowhere else."""
from __future__ import annotations

import json

from ..model import Document, DocStatus, Relation, Span, Tombstone, Verdict

_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def dump_json(value: dict) -> str:
    return _dumps(value) if value else "{}"


class BadValue(ValueError):
    """A stored value Isnad never writes (a damaged or crafted file): the store reports it
    as damage, never as a traceback."""

    def __init__(self, table: str, column: str, detail: str):
        super().__init__(detail)
        self.table, self.column, self.detail = table, column, detail


def load_json(value: str, table: str = "spans", column: str = "attrs") -> dict:
    """A JSON object column (span attributes, document metadata)."""
    if value == "{}":
        return {}
    decoded = load_value(value, table, column)
    if not isinstance(decoded, dict):
        raise BadValue(table, column, f"{type(decoded).__name__}, not a JSON object")
    return decoded


def load_value(value: str, table: str, column: str):
    """Any JSON value stored as text, decoded (deep nesting is damage too, not a RecursionError)."""
    if not isinstance(value, str):
        raise BadValue(table, column, f"{type(value).__name__}, not JSON text")
    try:
        return json.loads(value)
    except (ValueError, RecursionError) as e:
        raise BadValue(table, column, str(e)[:200]) from None


DOC_COLS = "id, sha256, text, title, source, meta, added_at"
SPAN_COLS = 'id, doc_id, start, "end", label, annotator, attrs, note, created, updated'
REL_COLS = "id, doc_id, from_id, to_id, type, annotator, created, updated"
STATUS_COLS = "doc_id, annotator, status, seconds, last_opened, updated"
VERDICT_COLS = 'doc_id, annotator, "key", label, text, verdict, updated'
TOMBSTONE_COLS = "kind, id, doc_id, annotator, deleted"
# A machine layer's rows (`Project.replace_layer_rows`): only what differs from one item to
# the next. The store adds the rest, the same for every item: the layer as annotator, an
# empty note, and one time as created and updated.
LAYER_SPAN_COLS = 'id, doc_id, start, "end", label, attrs'
LAYER_REL_COLS = "id, doc_id, from_id, to_id, type"


def document(row) -> Document:
    return Document(*stored_document(row))


def stored_document(row) -> tuple:
    """A document row (DOC_COLS) checked, its meta decoded: Document's fields in order."""
    if type(row[2]) is not str:  # what Isnad stores is text; a crafted file may hold anything
        raise BadValue("documents", "text", f"{type(row[2]).__name__}, not text")
    return (row[0], row[1], row[2], row[3], row[4], load_json(row[5], "documents", "meta"), row[6])


def span(row) -> Span:
    s = Span(*row)
    if s.attrs == "{}":  # nearly every span: no call
        s.attrs = {}
    else:
        s.attrs = load_json(s.attrs)  # a fresh object: decoding in place is safe and 2x faster
    if type(s.start) is not int or type(s.end) is not int:
        raise BadValue("spans", "start" if type(s.start) is not int else "end", "not an integer")
    return s


def stored_span(row) -> tuple:
    """A span row (SPAN_COLS) checked as `span` checks it, its attrs decoded: Span's fields in order."""
    span_id, doc_id, start, end, label, annotator, attrs, note, created, updated = row  # 2x faster than slicing
    attrs = {} if attrs == "{}" else load_json(attrs)
    if type(start) is not int or type(end) is not int:
        raise BadValue("spans", "start" if type(start) is not int else "end", "not an integer")
    return span_id, doc_id, start, end, label, annotator, attrs, note, created, updated


def relation(row) -> Relation:
    return Relation(*row)


def status(row) -> DocStatus:
    return DocStatus(*row)


def verdict(row) -> Verdict:
    return Verdict(*row)


def tombstone(row) -> Tombstone:
    return Tombstone(*row)


def document_row(d: Document) -> tuple:
    """A new document as a row: id, sha256, title, text, length, source, meta, added_at."""
    return (d.id, d.sha256, d.title, d.text, len(d.text), d.source, dump_json(d.meta), d.added_at)


def span_row(s: Span, doc_id: str | None = None) -> tuple:
    """A span as a row in SPAN_COLS order (bulk writes; built where the span is made), in
    document `doc_id` if given (a merge places a source's items in the target's documents)."""
    return (s.id, s.doc_id if doc_id is None else doc_id, s.start, s.end, s.label, s.annotator, dump_json(s.attrs),
            s.note, s.created, s.updated)


def relation_row(r: Relation, doc_id: str | None = None) -> tuple:
    """A relation as a row in REL_COLS order."""
    return (r.id, r.doc_id if doc_id is None else doc_id, r.from_id, r.to_id, r.type, r.annotator, r.created,
            r.updated)


def status_row(s: DocStatus, doc_id: str | None = None) -> tuple:
    """A status as a row in STATUS_COLS order."""
    return (s.doc_id if doc_id is None else doc_id, s.annotator, s.status, s.seconds, s.last_opened, s.updated)


def verdict_row(v: Verdict, doc_id: str | None = None) -> tuple:
    """A verdict as a row in VERDICT_COLS order."""
    return (v.doc_id if doc_id is None else doc_id, v.annotator, v.key, v.label, v.text, v.verdict, v.updated)


def tombstone_row(t: Tombstone) -> tuple:
    """A tombstone as a row in TOMBSTONE_COLS order."""
    return (t.kind, t.id, t.doc_id, t.annotator, t.deleted)


def layer_span_row(s: Span) -> tuple:
    """A span of a machine layer as a row in LAYER_SPAN_COLS order."""
    return (s.id, s.doc_id, s.start, s.end, s.label, dump_json(s.attrs))


def layer_relation_row(r: Relation) -> tuple:
    """A relation of a machine layer as a row in LAYER_REL_COLS order."""
    return (r.id, r.doc_id, r.from_id, r.to_id, r.type)
