"""Import: check incoming records and write them in ONE transaction, a chunk at a time.

Readers (exports/) hand over plain records: the file's text and offsets as they are, and the
ids the file gives. Only here is the text checked and normalised, its SHA-256 taken, offsets
and relation ends checked and ids given, once per document; each span and relation becomes
the row it is stored as. Records stream through in chunks (`CHUNK_DOCUMENTS`), each checked
against the project as written so far, so memory stays flat however long the input; an
error anywhere leaves the project as it was.

Idempotent: a text already in the project (same SHA-256) is the same document, and a span
or relation id already present is skipped. Spans without an id get a deterministic one, so
importing the same file twice adds nothing.
"""
from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from operator import itemgetter

from .errors import IsnadError
from .messages import M
from .model import DEFAULT_ANNOTATOR, STATUSES, ChangeSet, Document, DocumentRecord, DocStatus, Verdict, now_iso
from .perf import gc_paused
from .schema import with_labels
from .store import convert as cv
from .store.project import IdsTaken
from .store.convert import dump_json
from .text import checked_sha256, normalise, remap, sha256_of

SPAN_NAMESPACE = _SPAN_NS = uuid.UUID("6f1c1d9e-6a55-4d3f-9a8e-2f0c2b7f5a10")  # ids made from content
_FILE_NS = uuid.UUID("6b1f6c1e-3d0a-4c55-9a43-1a5b7f0e2d11")  # what exports.common hashed with before
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
    files: Counter = field(default_factory=Counter)  # how input files were decoded -> how many

    def summary(self) -> str:
        s = (f"{self.documents_added} documents added ({self.documents_existing} already there), "
             f"{self.spans_added} spans added ({self.spans_existing} already there), "
             f"{self.relations_added} relations added ({self.relations_existing} already there)")
        s += f", {self.verdicts} verdicts on suggestions" if self.verdicts else ""
        s += f"; new labels: {', '.join(self.labels_added)}" if self.labels_added else ""
        return s + (f"; {self.files_line()}" if self.files else "")

    def files_line(self) -> str:
        """'read 3 files: 2 utf-8, 1 cp1256 (--encoding)'."""
        total = sum(self.files.values())
        parts = ", ".join(f"{n} {how}" for how, n in sorted(self.files.items(), key=lambda item: (-item[1], item[0])))
        return f"read {total} file{'s' if total != 1 else ''}: {parts}"


MAX_ID = 1024  # characters of an id or layer name (exports shorten file names made of longer ones)


def scoped_id(sha: str, given_id: str) -> str:
    """A given span/relation id made unique to its document (text hash): files that number
    ids per document (T1, T2... in each) must not make documents share a span. The same as
    merge gives (annotator/merge.py), so an import and a merge of one file agree."""
    return str(uuid.uuid5(SPAN_NAMESPACE, f"{sha}:{given_id}"))


def content_id(sha: str, kind: str, content: str) -> str:
    """The id of a span or relation a file numbers itself (brat T1, Label Studio regions,
    doccano entity ids), made of what it is: the document's SHA-256 and the annotation's
    content (the file's layer, offsets and label; a relation's ends and type). So importing a
    file again, or importing back what Isnad exported, adds nothing whatever numbers the file
    gave. `layered` adds the layer the import puts it in."""
    return str(uuid.uuid5(_FILE_NS, f"{sha}/{kind}/{content}"))


def layered(item_id: str, annotator: str) -> str:
    """Two annotators' files of the same text give the same content ids: kept apart per layer."""
    return str(uuid.uuid5(_SPAN_NS, f"{annotator}:{item_id}"))


class _Batch:
    """Incoming records, normalised, validated and deduplicated, as the rows they are stored
    as (`convert.span_row`, `relation_row` order), before writing.

    A record is taken in two steps: its document (`document`: text checked, normalised,
    hashed), then, once the caller knows the id the document is stored under, its
    annotations (`annotations`). Spans and relations are keyed by (document hash, id as
    given) until `_settle_ids` picks their final ids: a given id stays as it is unless
    another document uses it too (in this import or in the project), and is then scoped to
    its document (`scoped_id`).
    """

    def __init__(self, annotator: str, edited: str | None = None, stamp: str | None = None):
        """`edited`: the time given to spans and relations that carry none (default: `stamp`,
        the time documents without one are added at, default now)."""
        self.annotator, self.stamp = annotator, stamp or now_iso()
        self.edited = self.stamp if edited is None else edited
        self.docs: dict[str, Document] = {}  # sha256 -> document (ids not final yet)
        self.spans: dict[tuple, tuple] = {}  # (sha, id) -> span row
        self.relations: dict[tuple, tuple] = {}  # (sha, id) -> relation row, ends as given
        self.given: dict[str, set] = {"spans": set(), "relations": set()}  # ids subject to scoping
        self.ends: dict[tuple, tuple] = {}  # (sha, relation id) -> where, to name it in errors
        self.statuses: dict[tuple, DocStatus] = {}  # (sha, annotator) -> status
        self.verdicts: dict[tuple, Verdict] = {}  # (document sha, annotator, key) -> verdict
        self.labels: dict[str, tuple] = {}  # label -> where first seen
        self.rel_types: dict[str, tuple] = {}
        self.files: dict[str, str] = {}  # input file -> how it was decoded
        self.derived: set[tuple] = set()  # (sha, id) of spans and relations a file numbered itself (made of content)

    def document(self, record: DocumentRecord) -> tuple:
        """Check and keep a record's document; returns what `annotations` takes."""
        origin = record.origin
        where = (origin.path, origin.line) if origin else (None, None)
        if origin and origin.encoding:
            self.files.setdefault(origin.path, origin.encoding)
        doc = record.document
        sha = checked_sha256(doc.text, *where)
        if not doc.text:
            raise IsnadError.of(M.DOCUMENT_EMPTY, *where)
        if len(doc.id) > MAX_ID:
            _too_long(doc.id, where)
        text, removed = normalise(doc.text)
        if text != doc.text:  # a BOM or CRs gone
            sha = sha256_of(text)
        if sha not in self.docs:
            self.docs[sha] = Document(doc.id, sha, text, doc.title, doc.source, doc.meta, doc.added_at or self.stamp)
        return record, sha, removed, where

    def annotations(self, pending: tuple, doc_id: str) -> None:
        """Check and keep a record's annotations (`pending` from `document`), as rows of
        the document stored as `doc_id`."""
        record, sha, removed, where = pending
        origin = record.origin
        file_ids = bool(origin and origin.file_ids)
        lines = origin.lines if origin else None  # brat: each annotation's own line
        ids, length = {}, len(record.document.text)  # ids: a file's own span numbers -> (final id, content id)
        if lines is None and not file_ids and not removed:
            self._add_given_spans(record.spans, length, sha, doc_id, where)
        else:
            for span in record.spans:
                at = where if lines is None else (where[0], lines.get(("span", span.id), where[1]))
                ids[span.id] = self._add_span(span, length, removed, sha, doc_id, at, file_ids)
        for rel in record.relations:
            at = where if lines is None else (where[0], lines.get(("relation", rel.id), where[1]))
            self._add_relation(rel, sha, doc_id, at, file_ids, ids)
        for st in record.statuses:
            if st.status not in STATUSES:
                raise IsnadError.of(M.STATUS_UNKNOWN, *where, status=st.status, known=", ".join(STATUSES))
            annotator = st.annotator or self.annotator
            if len(annotator) > MAX_ID:
                _too_long(annotator, where)
            self.statuses[(sha, annotator)] = replace(st, doc_id=doc_id, annotator=annotator)
        for v in record.verdicts:
            annotator = v.annotator or self.annotator
            self.verdicts[(sha, annotator, v.key)] = replace(v, doc_id=doc_id, annotator=annotator,
                                                             updated=v.updated or self.edited)

    def _add_span(self, span, length, removed, sha, doc_id, where, file_ids) -> tuple[str, str | None]:
        """Check one span and keep its row under (sha, id); returns that id (and its content id)."""
        start, end, label, given_id = span.start, span.end, span.label, span.id
        if type(start) is not int or type(end) is not int:  # bool is an int, but no offset
            raise IsnadError.of(M.OFFSETS_NOT_INTEGERS, *where, start=repr(start), end=repr(end))
        if not 0 <= start < end <= length:
            if file_ids:
                raise IsnadError.of(M.SPAN_OUTSIDE, *where, span=given_id, start=start, end=end, length=length)
            raise IsnadError.of(M.SPAN_OUTSIDE_TEXT, *where, start=start, end=end, label=label, length=length)
        if removed:  # the text lost a BOM or CRs: offsets move with it
            start, end = remap(start, removed), remap(end, removed)
            if start == end:
                raise IsnadError.of(M.SPAN_ONLY_DROPPED, *where, start=span.start, end=span.end)
        annotator = span.annotator or self.annotator
        if len(annotator) > MAX_ID:
            _too_long(annotator, where)
        stable = None
        if file_ids:
            stable = content_id(sha, "span", f"{span.annotator or ''}:{start}:{end}:{label}")
            span_id = layered(stable, annotator)
            self.derived.add((sha, span_id))
        elif given_id:
            if len(given_id) > MAX_ID:
                _too_long(given_id, where)
            span_id = given_id
            self.given["spans"].add((sha, span_id))
        else:
            span_id = str(uuid.uuid5(_SPAN_NS, f"{sha}:{start}:{end}:{label}:{annotator}"))
        if label not in self.labels:
            self.labels[label] = where
        key = (sha, span_id)
        seen = self.spans.get(key)
        if seen is None:
            created = span.created or self.edited
            self.spans[key] = (span_id, doc_id, start, end, label, annotator, dump_json(span.attrs), span.note,
                               created, span.updated or created)
        elif seen[2:6] != (start, end, label, annotator):
            raise IsnadError.of(M.SPAN_ID_TWICE, *where, span_id=given_id or span_id)
        return span_id, stable

    def _add_given_spans(self, spans, length: int, sha: str, doc_id: str, where: tuple) -> None:
        """`_add_span` for spans of one document whose offsets need no remap, with the ids the
        file gives (native JSONL: the bulk of an import); the same checks, a third of its time:
        one loop, nothing looked up twice. A span outside the usual is left to `_add_span`."""
        rows, given, labels, edited, default = self.spans, self.given["spans"], self.labels, self.edited, self.annotator
        for span in spans:
            span_id, start, end, label, annotator, attrs = (span.id, span.start, span.end, span.label,
                                                            span.annotator or default, span.attrs)
            if (not span_id or len(span_id) > MAX_ID or len(annotator) > MAX_ID or type(start) is not int
                    or type(end) is not int or not 0 <= start < end <= length):
                self._add_span(span, length, [], sha, doc_id, where, False)  # says what is wrong, or is right
                continue
            given.add(key := (sha, span_id))
            if label not in labels:
                labels[label] = where
            seen = rows.get(key)
            if seen is None:
                created = span.created or edited
                rows[key] = (span_id, doc_id, start, end, label, annotator, dump_json(attrs) if attrs else "{}",
                             span.note, created, span.updated or created)
            elif seen[2:6] != (start, end, label, annotator):
                raise IsnadError.of(M.SPAN_ID_TWICE, *where, span_id=span_id)

    def _add_relation(self, rel, sha, doc_id, where, file_ids, ids) -> None:
        annotator = rel.annotator or self.annotator
        if len(annotator) > MAX_ID:
            _too_long(annotator, where)
        from_id, to_id = rel.from_id, rel.to_id
        if file_ids:  # ends are the file's own numbers, all in this record
            missing = next((end for end in (from_id, to_id) if end not in ids), None)
            if missing is not None:
                raise IsnadError.of(M.RELATION_END_UNKNOWN, *where, relation=rel.id, span=missing)
            (from_id, from_stable), (to_id, to_stable) = ids[from_id], ids[to_id]
            stable = content_id(sha, "relation", f"{rel.annotator or ''}:{from_stable}>{to_stable}:{rel.type}")
            rel_id = layered(stable, annotator)
            self.derived.add((sha, rel_id))
        elif rel.id:
            if len(rel.id) > MAX_ID:
                _too_long(rel.id, where)
            rel_id = rel.id
            self.given["relations"].add((sha, rel_id))
        else:
            rel_id = str(uuid.uuid5(_SPAN_NS, f"{sha}:{from_id}>{to_id}:{rel.type}:{annotator}"))
        if rel.type not in self.rel_types:
            self.rel_types[rel.type] = where
        key = (sha, rel_id)
        if key not in self.relations:
            created = rel.created or self.edited
            self.relations[key] = (rel_id, doc_id, from_id, to_id, rel.type, annotator, created, rel.updated or created)
            self.ends[key] = where


def _too_long(name: str, where: tuple):
    raise IsnadError.of(M.ID_TOO_LONG, *where, length=len(name), start=name[:40], limit=MAX_ID)


CHUNK_DOCUMENTS = 500  # records checked and written at once: memory stays flat, queries stay few


def import_records(project, records: Iterable[DocumentRecord], annotator: str = DEFAULT_ANNOTATOR,
                   add_labels: bool = False, bulk: bool = False) -> ImportReport:
    """Check the records and add what is new, in ONE transaction (all or nothing: an error on
    the last record leaves the project as it was).

    Records are read, checked and written a chunk at a time, so memory stays flat however
    long the input; the write lock is held from the first record read. What is new is
    decided inside the transaction, against the project as it is then (chunks written
    before included): two imports of the same texts at once both end well (the later finds
    them "already there"), and labels two imports add at once are both kept.

    `bulk` (`isnad import`): where nothing else has the file open, written once, through a
    rollback journal rather than the WAL (store/journal.py). Not in the window: its other
    threads would wait for the import to read anything."""
    run = _Import(project, annotator)
    with gc_paused(), project.transaction(wait=BATCH_WAIT, checked_here=True, bulk=bulk):  # every row checked here
        project.refresh_schema()
        run.first_seq = project.next_document_seq()
        chunk: list[DocumentRecord] = []
        for record in records:
            chunk.append(record)
            if len(chunk) == CHUNK_DOCUMENTS:
                run.write(chunk)
                chunk = []
        run.write(chunk)
        run.finish(add_labels)
    return run.report


class _Import:
    """What one import keeps across its chunks, all small: labels seen, files read, the ids
    two documents gave, where its own documents begin (`first_seq`) and which stored ones
    it met (their import order: an integer each)."""

    def __init__(self, project, annotator: str):
        self.project, self.annotator, self.stamp = project, annotator, now_iso()
        self.report = ImportReport()
        self.labels: dict[str, tuple] = {}  # label -> where first seen
        self.rel_types: dict[str, tuple] = {}
        self.files: dict[str, str] = {}
        self.shared = {"spans": set(), "relations": set()}  # given ids two documents of this import use
        self.first_seq = 0  # documents stored from this seq on are this import's
        self.seen: set[int] = set()  # seqs of documents stored before whose text this import met

    def write(self, records: list[DocumentRecord]) -> None:
        if not records:
            return
        batch = _Batch(self.annotator, stamp=self.stamp)
        pending = [batch.document(record) for record in records]
        project, report = self.project, self.report
        docs, ids, again = _settle_documents(project, batch, report, self)
        for item in pending:
            batch.annotations(item, ids[item[1]])
        for mine, theirs in ((self.labels, batch.labels), (self.rel_types, batch.rel_types), (self.files, batch.files)):
            for key, value in theirs.items():
                mine.setdefault(key, value)
        known = batch.docs.keys() - {d.sha256 for d in docs}
        if not known and _given_once(batch, self.shared):
            # New documents whose ids stay as given unless the project holds them: written
            # without looking each id up first (a tenth of an import), as the lookups would
            # find nothing; if one is there after all, the store undoes the batch and the
            # ids are looked up.
            counts = dict(vars(report))
            try:
                return self._add(batch, docs, ids, known, again, look=False)
            except IdsTaken:
                vars(report).update(counts)
        _known_by_content(project, batch, ids, known)
        self._add(batch, docs, ids, known, again, look=True)

    def _add(self, batch: _Batch, docs: list[Document], ids: dict, known: set, again: set, look: bool) -> None:
        report = self.report
        spans_stored, relations_stored = _settle_ids(self.project, batch, ids, known, self, look)
        span_rows = _new(batch.spans, spans_stored, report, "spans", again)
        relation_rows = _new(batch.relations, relations_stored, report, "relations", again)
        report.verdicts += len(batch.verdicts)
        changes = ChangeSet(put_statuses=list(batch.statuses.values()), put_verdicts=list(batch.verdicts.values()))
        if docs or changes or span_rows or relation_rows:
            self.project.add_batch(docs, changes, span_rows=span_rows, relation_rows=relation_rows, unlooked=not look)

    def theirs(self, doc_ids) -> dict[str, str]:
        """{document id: its SHA-256} of those of `doc_ids` this import stored."""
        keys = self.project.document_keys(doc_ids)
        return {doc_id: sha for doc_id, (seq, sha) in keys.items() if seq >= self.first_seq}

    def finish(self, add_labels: bool) -> None:
        schema, new_labels = _checked_schema(self.project, self.labels, self.rel_types, add_labels)
        self.report.labels_added, self.report.files = new_labels, Counter(self.files.values())
        if new_labels:
            self.project.add_batch([], ChangeSet(), schema)


def _checked_schema(project, labels: dict, rel_types: dict, add_labels: bool):
    schema = project.schema
    unknown = [l for l in labels if schema.label(l) is None]
    unknown_rel = [r for r in rel_types if schema.relation_type(r) is None]
    if (unknown or unknown_rel) and not add_labels:
        name = (unknown or unknown_rel)[0]
        where = labels.get(name) or rel_types.get(name)
        message = M.LABEL_NOT_IN_SCHEMA if unknown else M.RELATION_TYPE_NOT_IN_SCHEMA
        raise IsnadError.of(message, *where, name=name, unknown=", ".join(unknown + unknown_rel))
    return with_labels(schema, set(unknown), set(unknown_rel)), sorted(unknown + unknown_rel)


def _settle_documents(project, batch: _Batch, report: ImportReport, run: _Import):
    """New documents get their final ids; known texts map to the existing document.
    Returns (new documents, {sha: id}, ids of documents whose text this import met before:
    the file holds it twice, and it is counted once)."""
    by_sha = project.existing("documents", "sha256", batch.docs)
    again = set()
    for doc_id, (seq, _) in project.document_keys(by_sha.values()).items() if by_sha else ():
        if seq >= run.first_seq or seq in run.seen:
            again.add(doc_id)
        else:
            run.seen.add(seq)
    wanted = {d.id or sha[:12] for sha, d in batch.docs.items()}
    taken = set(project.existing("documents", "id", wanted))
    ids, new = {}, []
    for sha, doc in batch.docs.items():
        if sha in by_sha:
            ids[sha] = by_sha[sha]
            report.documents_existing += by_sha[sha] not in again
            continue
        ids[sha] = doc_id = new_document_id(doc, sha, taken)
        doc.id = doc_id  # the batch's own copy (`_Batch.document`)
        new.append(doc)
    report.documents_added += len(new)
    return new, ids, again


def new_document_id(doc: Document, sha: str, taken: set[str]) -> str:
    """A new document's id: its own, or a hash prefix; when another text already has it,
    both are kept, told apart by the hash. The id is added to `taken`."""
    doc_id = doc.id or sha[:12]
    if doc_id in taken:
        doc_id = f"{doc_id}-{sha[:8]}"
    taken.add(doc_id)
    return doc_id


def _known_by_content(project, batch: _Batch, ids: dict, known: set) -> None:
    """Spans and relations a file numbered itself that the project already holds under
    other ids (drawn in the window, imported from another format) are those: same document,
    layer, offsets and label (a relation: same ends and type). So importing back what Isnad
    exported adds nothing, in every format. `known`: hashes of documents already stored."""
    if not batch.derived:  # every id as the file gave it (native JSONL): nothing to match
        return
    renamed = {}  # (sha, id) -> stored id
    by_doc: dict[str, list] = {}
    for key in batch.derived:
        if key[0] in known and key in batch.spans:
            by_doc.setdefault(key[0], []).append(key)
    for sha, keys in by_doc.items():
        have = {(s.annotator, s.start, s.end, s.label): s.id for s in project.spans(ids[sha])}
        for key in keys:
            row = batch.spans[key]
            stored = have.get((row[5], row[2], row[3], row[4]))
            if stored is not None and stored != row[0] and (sha, stored) not in batch.spans:
                renamed[key] = stored
                batch.spans[(sha, stored)] = (stored, *batch.spans.pop(key)[1:])
                batch.derived.add((sha, stored))
    by_doc = {}
    for key, rel in list(batch.relations.items()):
        ends = renamed.get((key[0], rel[2]), rel[2]), renamed.get((key[0], rel[3]), rel[3])
        if ends != rel[2:4]:
            rel = batch.relations[key] = (*rel[:2], *ends, *rel[4:])
        if key in batch.derived and key[0] in known:
            by_doc.setdefault(key[0], []).append(key)
    for sha, keys in by_doc.items():
        have = {(r.annotator, r.from_id, r.to_id, r.type): r.id for r in project.relations(ids[sha])}
        for key in keys:
            rel = batch.relations[key]
            stored = have.get((rel[5], rel[2], rel[3], rel[4]))
            if stored is not None and stored != rel[0] and (sha, stored) not in batch.relations:
                batch.relations[(sha, stored)] = (stored, *batch.relations.pop(key)[1:])
                batch.ends[(sha, stored)] = batch.ends[key]


_ID = itemgetter(1)  # of a (document hash, id) key


def _given_once(batch: _Batch, shared: dict) -> bool:
    """No id the batch gives is given twice, in it or in an earlier chunk (`_Import.shared`):
    each stays as given unless the project holds it already."""
    for table, given in batch.given.items():
        named = set(map(_ID, given))
        if len(named) != len(given) or not shared[table].isdisjoint(named):
            return False
    return True


def _settle_ids(project, batch: _Batch, ids: dict, known: set, run: _Import | None = None,
                look: bool = True) -> tuple[dict, dict]:
    """Give the batch's spans and relations their final ids, in place (the rows of
    `batch.spans` and `batch.relations`, relation ends following their spans); returns
    those already stored: ({span id: document stored in}, {relation id: document}).

    A given id stays as it is unless another document uses it (in this import or in the
    project): then it is scoped to its document, as it was on an earlier import that scoped
    it (`known`: hashes of documents already in the project, the only ones whose scoped ids
    can be stored). `look`: False where every document is new and `_given_once` holds: no id
    is looked up, and none is scoped (the store refuses the batch if one is stored:
    `add_batch(unlooked=True)`).
    """
    spans_stored, span_ids = _final(project, "spans", batch.spans, batch.given["spans"], ids, known, run, look)
    relations_stored, _ = _final(project, "relations", batch.relations, batch.given["relations"], ids, known, run,
                                 look)
    spans, relations = batch.spans, batch.relations
    for key, rel in relations.items():
        sha = key[0]
        if not span_ids and (sha, rel[2]) in spans and (sha, rel[3]) in spans:
            continue  # both ends are spans of this batch, none renamed: the common case
        ends = tuple(_end(project, batch, sha, end, span_ids, spans_stored, ids, batch.ends[key]) for end in rel[2:4])
        if ends != rel[2:4]:
            relations[key] = (*rel[:2], *ends, *rel[4:])
    return spans_stored, relations_stored


def _final(project, table: str, items: dict, given: set, ids: dict, known: set,
           run: _Import | None = None, look: bool = True) -> tuple[dict, dict]:
    """Settle the final ids of `items` ({(sha, id as given): row}) in place; returns
    ({final id: document stored in} of those stored, {(sha, id as given): final id} where
    they differ).

    An import writes a chunk of records at a time (`run`): an id this chunk gives that an
    earlier chunk's document gave too is scoped there as well (its rows are renamed), and
    remembered (`run.shared`) for the chunks to come, as if the whole file were one batch."""
    if not look:  # ids given once, none shared, documents new (`_given_once`): only a stored id is scoped
        return {}, {}
    stored = _existing(project, table, {key[1] for key in items})
    named = set(map(_ID, given))
    repeated = set() if len(named) == len(given) else {i for i, n in Counter(i for _, i in given).items() if n > 1}
    shared = run.shared[table] if run is not None else set()
    suspect = repeated | (named & stored.keys()) | (named & shared)  # ids that may be scoped
    renamed = {(sha, i): scoped_id(sha, i) for sha, i in given
               if i in suspect and stored.get(i) != ids[sha]} if suspect else {}
    if run is not None:
        shared |= repeated
        elsewhere = {i: stored[i] for sha, i in renamed if i in stored}
        if elsewhere:  # given ids stored under another document: by an earlier chunk of this import?
            theirs = run.theirs(set(elsewhere.values()))
            moved = [(i, scoped_id(theirs[doc], i)) for i, doc in elsewhere.items() if doc in theirs]
            if moved:
                project.rescope(table, moved)
                shared.update(i for i, _ in moved)
                for i, _ in moved:
                    del stored[i]
    scoped_stored = {}
    if known:  # documents already in the project may hold ids an earlier import scoped
        maybe = {key: renamed.get(key) or scoped_id(*key) for key in given
                 if key[0] in known and stored.get(key[1]) != ids[key[0]]}
        scoped_stored = _existing(project, table, set(maybe.values()))
        renamed.update((key, scoped) for key, scoped in maybe.items() if scoped in scoped_stored)
    if not renamed:
        return stored, renamed
    found = {}
    for key, row in items.items():
        new_id = renamed.get(key)
        if new_id is not None:
            items[key] = row = (new_id, *row[1:])
        doc = (stored if new_id is None else scoped_stored).get(row[0])
        if doc is not None:
            found[row[0]] = doc
    return found, renamed


def _existing(project, table: str, item_ids: set) -> dict:
    return project.existing(table, "id", item_ids, returning="doc_id") if project is not None and item_ids else {}


def _end(project, batch: _Batch, sha: str, given: str, renamed: dict, stored: dict, ids: dict, where) -> str:
    """A relation end's final span id: a span of this import in the same document, else one
    stored before in that document (under the id given or scoped to the document)."""
    if (sha, given) in batch.spans:
        return renamed.get((sha, given), given)
    for candidate in (given, scoped_id(sha, given)):
        doc = stored.get(candidate)
        if doc is None and project is not None:
            span = project.span(candidate)
            doc = span.doc_id if span is not None else None
        if doc is not None and doc == ids[sha]:
            return candidate
    if any(key[1] == given for key in batch.spans) or (project is not None and project.span(given) is not None):
        raise _across_documents(given, where)
    if project is None:  # merge: a source's relation to a span it lacks is dropped and reported there
        return given
    raise IsnadError.of(M.RELATION_END_MISSING, *where, span_id=given)


def _new(items: dict, stored: dict, report: ImportReport, what: str, again: set = frozenset()) -> list[tuple]:
    """The rows of `items` not `stored` yet ({id: document stored in}); an id already stored
    must be the same item's (same document). Items of a document this import stored already
    (`again`: its text is twice in the file) are counted once."""
    if not stored:
        fresh, twice = list(items.values()), 0
    else:
        fresh, twice = [], 0
        for row in items.values():
            doc = stored.get(row[0])
            if doc is None:
                fresh.append(row)
            elif doc != row[1]:
                raise IsnadError.of(M.SPAN_ID_TAKEN if what == "spans" else M.RELATION_ID_TAKEN, id=row[0])
            elif doc in again:
                twice += 1
    setattr(report, f"{what}_added", getattr(report, f"{what}_added") + len(fresh))
    setattr(report, f"{what}_existing", getattr(report, f"{what}_existing") + len(items) - len(fresh) - twice)
    return fresh


def _across_documents(span_id: str, where: tuple) -> IsnadError:
    return IsnadError.of(M.RELATION_ACROSS_DOCUMENTS, *where, span_id=span_id)


def validated_records(records: Iterable[DocumentRecord], annotator: str = DEFAULT_ANNOTATOR) -> list[DocumentRecord]:
    """Records as import would store them (normalised text, SHA-256, ids, layers), unwritten.

    Merge reads native JSONL sources through this, so they are checked like an import.
    Spans and relations without a time get none (""), older than any timed edit: stamping
    them now would make every re-merge an "update" and the winner depend on source order.
    """
    batch = _Batch(annotator, edited="")
    for record in records:
        pending = batch.document(record)
        sha = pending[1]
        batch.annotations(pending, batch.docs[sha].id or sha[:12])
    grouped = {sha: DocumentRecord(replace(doc, id=doc.id or sha[:12])) for sha, doc in batch.docs.items()}
    _settle_ids(None, batch, {sha: rec.document.id for sha, rec in grouped.items()}, set())
    for key, row in batch.spans.items():
        grouped[key[0]].spans.append(cv.span(row))
    for key, row in batch.relations.items():
        grouped[key[0]].relations.append(cv.relation(row))
    for key, status in batch.statuses.items():
        grouped[key[0]].statuses.append(status)
    for key, verdict in batch.verdicts.items():
        grouped[key[0]].verdicts.append(verdict)
    return list(grouped.values())
