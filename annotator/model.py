"""Plain data types shared by every layer. No ORM object ever leaves the store.

Offsets are Python code points into `Document.text`, half-open `[start, end)`.
Timestamps are ISO-8601 UTC strings (sortable as text).
Documents, spans, relations and statuses are values: never mutate one in place, make a
changed copy (`dataclasses.replace`, `Span.with_`). They are not frozen only because
frozen dataclasses are 10x slower to build, and exports build hundreds of thousands.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from datetime import datetime, timezone
from operator import attrgetter
from typing import NamedTuple

GOLD = "gold"  # the adjudicated layer
DEFAULT_ANNOTATOR = "import"  # the layer an import fills for records that name no annotator
STATUSES = ("new", "in_progress", "done", "skipped", "flagged")
VERDICTS = ("accepted", "rejected")  # what an annotator said of a suggestion
SUGGEST_PREFIX = "suggest:"  # layers holding machine suggestions, e.g. suggest:lexicon
OFFSET_UNIT = "unicode_codepoint"  # what every Isnad offset counts


def now_iso() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass(slots=True, unsafe_hash=True)
class Document:
    id: str
    sha256: str
    text: str
    title: str = ""
    source: str = ""
    meta: dict = field(default_factory=dict, hash=False)
    added_at: str = ""


@dataclass(slots=True, unsafe_hash=True)
class Span:
    id: str
    doc_id: str
    start: int
    end: int
    label: str
    annotator: str
    attrs: dict = field(default_factory=dict, hash=False)
    note: str = ""
    created: str = ""
    updated: str = ""

    def text_in(self, text: str) -> str:
        return text[self.start:self.end]

    def with_(self, **changes) -> "Span":
        return replace(self, **changes)


@dataclass(slots=True, unsafe_hash=True)
class Relation:
    id: str
    doc_id: str
    from_id: str
    to_id: str
    type: str
    annotator: str
    created: str = ""
    updated: str = ""


@dataclass(slots=True, unsafe_hash=True)
class DocStatus:
    doc_id: str
    annotator: str
    status: str = "new"
    seconds: float = 0.0
    last_opened: str = ""
    updated: str = ""


@dataclass(slots=True, unsafe_hash=True)
class Verdict:
    """An annotator's accept/reject decision on a suggestion, for one document.

    `key` names the suggestion by content (`span:START:END:LABEL`,
    `rel:TYPE:fromSTART:fromEND:fromLABEL:toSTART:toEND:toLABEL`, see annotator.layers), so the
    same suggestion from another run or recommender is recognised. `label` is the span's
    label or the relation's type; `text` the span's text (both ends' for a relation), which
    the lexicon counts.
    """
    doc_id: str
    annotator: str
    key: str
    label: str
    text: str
    verdict: str  # one of VERDICTS
    updated: str = ""


@dataclass(slots=True, unsafe_hash=True)
class Tombstone:
    """The deletion of a span or relation (`kind`), kept so merges and syncs carry it: an item
    of that id whose `updated` is not newer than `deleted` is deleted wherever it is merged."""
    kind: str  # "span" | "relation"
    id: str
    doc_id: str
    annotator: str
    deleted: str  # when (ISO-8601 UTC, as `updated`)


@dataclass(slots=True)
class DocumentRecord:
    """One document with its annotations: the unit of every export and merge."""
    document: Document
    spans: list[Span] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    statuses: list[DocStatus] = field(default_factory=list)
    origin: "Origin | None" = None  # set on records read from files (import)
    verdicts: list[Verdict] = field(default_factory=list)
    tombstones: list[Tombstone] = field(default_factory=list)  # deletions of its spans and relations


class RecordRows(NamedTuple):
    """A DocumentRecord as the store's plain rows (`Project.record_rows`), for exports that
    read a whole project without building an object per span (issue 13). Each row is a tuple
    of its class's fields in order (Document, Span, Relation, DocStatus, Verdict, Tombstone),
    checked and with its JSON (meta, attrs) decoded; the items sorted as a record's."""
    document: tuple
    spans: list[tuple]
    relations: list[tuple]
    statuses: list[tuple]
    verdicts: list[tuple]
    tombstones: list[tuple]

    def record(self) -> DocumentRecord:
        return DocumentRecord(Document(*self.document), [Span(*s) for s in self.spans],
                              [Relation(*r) for r in self.relations], [DocStatus(*s) for s in self.statuses],
                              verdicts=[Verdict(*v) for v in self.verdicts],
                              tombstones=[Tombstone(*t) for t in self.tombstones])

    @classmethod
    def of(cls, rec: DocumentRecord) -> "RecordRows":
        """The rows of a record (its origin left out)."""
        return cls(_ROW_OF[Document](rec.document), list(map(_ROW_OF[Span], rec.spans)),
                   list(map(_ROW_OF[Relation], rec.relations)), list(map(_ROW_OF[DocStatus], rec.statuses)),
                   list(map(_ROW_OF[Verdict], rec.verdicts)), list(map(_ROW_OF[Tombstone], rec.tombstones)))


# an object's fields as a tuple, in order
_ROW_OF = {kind: attrgetter(*(f.name for f in fields(kind)))
           for kind in (Document, Span, Relation, DocStatus, Verdict, Tombstone)}


@dataclass(frozen=True, slots=True)
class Label:
    name: str
    kind: str = "entity"  # entity | claim | source | cue | other
    colour: str = "#999999"
    hotkey: str = ""
    description: str = ""
    attributes: dict = field(default_factory=dict)  # attribute name -> list of allowed values
    translations: dict = field(default_factory=dict)  # language -> {"description": text}, e.g. {"ar": {...}}
    strip_proclitics: bool = False  # names tagged without و ف ب ل ك (طرابلس in بطرابلس): double-click takes the stem


@dataclass(frozen=True, slots=True)
class RelationType:
    name: str
    from_kinds: tuple = ()
    to_kinds: tuple = ()
    description: str = ""
    translations: dict = field(default_factory=dict)  # language -> {"description": text}


@dataclass(frozen=True, slots=True)
class Schema:
    name: str
    labels: tuple = ()
    relation_types: tuple = ()

    def label(self, name: str) -> Label | None:
        return next((l for l in self.labels if l.name == name), None)

    def relation_type(self, name: str) -> RelationType | None:
        return next((r for r in self.relation_types if r.name == name), None)

    @property
    def label_names(self) -> set[str]:
        return {l.name for l in self.labels}


@dataclass(frozen=True, slots=True)
class Origin:
    """Where an incoming document came from, for error messages."""
    path: str
    line: int | None = None
    file_ids: bool = False  # span/relation ids come from the file's own numbering (T1, r1, 1...)
    encoding: str = ""  # how the file was decoded, as the import summary says it ("cp1256 (--encoding)")
    lines: dict | None = None  # ("span" or "relation", id in the file) -> its own line (brat)


@dataclass(slots=True)
class ChangeSet:
    """What one user action writes; the store applies it in one transaction.

    Order of application: relation deletes, span deletes, status deletes, verdict deletes,
    span puts, relation puts, status puts, verdict puts, tombstone puts. A put inserts or
    updates by id (statuses by document and annotator, verdicts by document, annotator and
    key). Deleting a span or relation leaves a tombstone (the store writes it); putting one
    removes its tombstone.
    """
    put_spans: list[Span] = field(default_factory=list)
    put_relations: list[Relation] = field(default_factory=list)
    put_statuses: list[DocStatus] = field(default_factory=list)
    delete_spans: list[str] = field(default_factory=list)
    delete_relations: list[str] = field(default_factory=list)
    delete_statuses: list[tuple[str, str]] = field(default_factory=list)  # (doc_id, annotator)
    put_verdicts: list[Verdict] = field(default_factory=list)
    delete_verdicts: list[tuple[str, str, str]] = field(default_factory=list)  # (doc_id, annotator, key)
    # Deletions made elsewhere, recorded as they were (a merge or sync carrying them): written
    # after the tombstones the deletes above leave, so their own times stand.
    put_tombstones: list[Tombstone] = field(default_factory=list)

    FIELDS = ("put_spans", "put_relations", "put_statuses", "delete_spans", "delete_relations",
              "delete_statuses", "put_verdicts", "delete_verdicts", "put_tombstones")

    def __bool__(self) -> bool:
        return any(getattr(self, name) for name in self.FIELDS)
