"""Merging annotators' work: a pure plan of what to add, update and skip in a target.

Documents match on the SHA-256 of their text (computed here: a stored hash is never
trusted), spans and relations on their ids within their document, statuses on (document,
annotator), verdicts on suggestions on (document, annotator, key); every annotator's layer
stays as it is. An id that names items of two documents (`s1` in ali's file and in mona's)
names two items: the one the target has keeps it, the others get an id of their document
(as import scopes the ids a file numbers itself). When versions of one id
differ, the newer `updated` wins (ties: a fixed order on the content, so the result never
depends on the order of the sources) and the clash is reported. The winner over all
versions is the same whatever the order, so merging is order-independent, and merging a
source again finds nothing new. Deletions travel as tombstones (annotator/deletions.py): a
span or relation deleted after its newest edit anywhere is deleted in the target too, and
the target keeps the tombstone, so a source that still has the item does not bring it back.
"""
from __future__ import annotations

import json
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, fields, replace
from operator import attrgetter
from typing import NamedTuple, Protocol

from .errors import IsnadError
from .messages import M
from .deletions import carry_deletions
from .model import (ChangeSet, DocStatus, Document, DocumentRecord, Label, Relation, RelationType, Schema, Span,
                    Tombstone, Verdict)
from .importing import BATCH_WAIT, SPAN_NAMESPACE, new_document_id
from .schema import with_labels
from .text import sha256_of


@dataclass
class Source:
    name: str  # shown in the summary (a file path)
    records: list[DocumentRecord]
    schema: Schema | None = None


@dataclass(frozen=True)
class Conflict:
    kind: str  # span | relation | status | verdict
    id: str
    kept: str  # "annotator, updated, source"
    dropped: tuple[str, ...]


@dataclass
class MergePlan:
    documents: list[Document] = field(default_factory=list)  # new to the target
    spans: list[Span] = field(default_factory=list)  # to insert or replace (target doc ids)
    relations: list[Relation] = field(default_factory=list)
    statuses: list[DocStatus] = field(default_factory=list)
    verdicts: list[Verdict] = field(default_factory=list)
    labels: list[Label] = field(default_factory=list)  # added to the target schema
    relation_types: list[RelationType] = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)  # "spans added", "documents matched"...
    conflicts: list[Conflict] = field(default_factory=list)
    schema_notes: list[str] = field(default_factory=list)  # differences kept as the target has them
    dropped_relations: list[str] = field(default_factory=list)  # endpoints missing
    deleted_spans: list[str] = field(default_factory=list)  # target ids a newer tombstone deletes
    deleted_relations: list[str] = field(default_factory=list)
    tombstones: list[Tombstone] = field(default_factory=list)  # newer than the target's, to record

    @property
    def changes_nothing(self) -> bool:
        return not (self.documents or self.spans or self.relations or self.statuses or self.verdicts
                    or self.labels or self.relation_types or self.deleted_spans or self.deleted_relations
                    or self.tombstones)

    def change_set(self) -> ChangeSet:
        """What the plan writes besides documents and the schema (annotator/sync.py writes it so)."""
        return ChangeSet(put_spans=self.spans, put_relations=self.relations, put_statuses=self.statuses,
                         put_verdicts=self.verdicts, delete_spans=self.deleted_spans,
                         delete_relations=self.deleted_relations, put_tombstones=self.tombstones)

    def summary(self) -> dict:
        """What `isnad merge --json` prints."""
        return {"counts": dict(sorted(self.counts.items())),
                "conflicts": [{"kind": c.kind, "id": c.id, "kept": c.kept, "dropped": list(c.dropped)}
                              for c in self.conflicts],
                "labels_added": [l.name for l in self.labels],
                "relation_types_added": [r.name for r in self.relation_types],
                "schema_notes": self.schema_notes, "dropped_relations": self.dropped_relations}


class _Version(NamedTuple):
    sha: str
    item: object  # Span | Relation | DocStatus | Verdict
    source: str

    @property
    def content(self) -> tuple:
        return _content(self.item, self.sha)


def sharing_texts(records: Iterable[DocumentRecord], texts: dict[str, str]) -> list[DocumentRecord]:
    """`records` with each document's text the one copy in `texts` (text -> itself, shared by
    every source read): twenty annotators hand in the same thousand texts, kept once."""
    out = list(records)
    for r in out:
        r.document.text = texts.setdefault(r.document.text, r.document.text)
    return out


def plan_merge(target: "list[DocumentRecord] | Target", sources: list[Source],
               schema: Schema | None = None) -> MergePlan:
    """What merging `sources` into `target` changes: the target project's records, or a
    Target such as a store.Project (inside its snapshot()), read only where the sources need."""
    plan = MergePlan()
    if isinstance(target, list):
        target = RecordsTarget(target)
    sources, deletions = carry_deletions(target, [_checked(s) for s in sources])
    docs = target.document_hashes()
    sources = _scoped_ids(target, docs, sources, plan)
    new_docs = _new_documents(docs, sources, plan)
    doc_id = {**{sha: d.id for sha, d in new_docs.items()}, **docs}
    for kind, get, key in (("span", lambda r: r.spans, _span_key),
                           ("relation", lambda r: r.relations, _relation_key),
                           ("status", lambda r: r.statuses, _status_key),
                           ("verdict", lambda r: r.verdicts, _verdict_key)):
        theirs = defaultdict(list)
        for s in sources:
            for k, vs in _versions(s.records, get, s.name, key).items():
                theirs[k].extend(vs)
        mine = _target_versions(target, kind, theirs, docs, plan)
        # Spans are planned first, so a relation can check its endpoints exist.
        accept = _endpoints_exist(target, theirs, plan) if kind == "relation" else None
        _plan_items(kind, mine, theirs, doc_id, plan, accept)
    deletions.plan_into(plan, doc_id)
    _plan_schema(schema, sources, plan)
    plan.documents = sorted(new_docs.values(), key=lambda d: d.sha256)
    plan.conflicts.sort(key=lambda c: (c.kind, c.id))
    return plan


def merge_into(project, sources: list[Source]) -> MergePlan:
    """Plan the merge against `project` (a store.Project) and write it in one transaction.

    The plan is made from one snapshot of the project, outside the write lock (planning a
    large merge takes seconds, and the window keeps saving meanwhile). When the write
    transaction begins, the project's revision says whether anyone wrote since: if so, the
    plan is made again inside that transaction, so an edit made during the merge is
    weighed like any other version (the newer one wins) and never overwritten unseen."""
    with project.snapshot():
        revision = project.revision()
        plan = plan_merge(project, sources, project.refresh_schema())
    with project.transaction(wait=BATCH_WAIT):
        if project.revision() != revision:
            plan = plan_merge(project, sources, project.refresh_schema())
        if not plan.changes_nothing:
            schema = project.schema
            grown = Schema(schema.name, schema.labels + tuple(plan.labels),
                           schema.relation_types + tuple(plan.relation_types))
            project.add_batch(plan.documents, ChangeSet(put_spans=plan.spans, put_relations=plan.relations,
                                                        put_statuses=plan.statuses, put_verdicts=plan.verdicts,
                                                        delete_spans=plan.deleted_spans,
                                                        delete_relations=plan.deleted_relations,
                                                        put_tombstones=plan.tombstones),
                              grown if plan.labels or plan.relation_types else None)
    return plan


def _checked(source: Source) -> Source:
    """A source's records with the SHA-256 of each text computed, and spans that fit their text:
    a copied or crafted file may say anything (a spoofed hash moved spans to another document)."""
    records = []
    for r in source.records:
        doc = r.document
        if not isinstance(doc.text, str) or not doc.text:
            raise IsnadError.of(M.MERGE_NO_TEXT, source=source.name, doc_id=str(doc.id))
        length = len(doc.text)
        for sp in r.spans:
            if not (type(sp.start) is int and type(sp.end) is int and 0 <= sp.start < sp.end <= length):
                raise IsnadError.of(M.MERGE_SPAN_OUTSIDE, source=source.name, span_id=str(sp.id), start=sp.start,
                                    end=sp.end, doc_id=str(doc.id), length=length)
        sha = sha256_of(doc.text)
        records.append(r if sha == doc.sha256 else replace(r, document=replace(doc, sha256=sha)))
    return replace(source, records=records)


def _scoped_ids(target: "Target", docs: dict[str, str], sources: list[Source], plan: MergePlan) -> list[Source]:
    """Sources whose span and relation ids name one item each: an id the target gives another
    document, or that several documents of the sources use while the target has none, becomes
    an id of its document. Relations follow their spans."""
    spans = _clashing(target, docs, sources, "spans")  # (sha, id) -> new id
    relations = _clashing(target, docs, sources, "relations")
    if not spans and not relations:
        return sources
    plan.counts["ids scoped to their document"] = len(spans) + len(relations)
    return [replace(s, records=[_renamed(r, spans, relations) for r in s.records]) for s in sources]


def _clashing(target: "Target", docs: dict[str, str], sources: list[Source], table: str) -> dict[tuple[str, str], str]:
    first: dict[str, str] = {}  # id -> the first document (sha) using it
    more: dict[str, set] = defaultdict(set)  # id -> every document using it, where several do
    for s in sources:
        for r in s.records:
            sha = r.document.sha256
            for x in getattr(r, table):
                if first.setdefault(x.id, sha) != sha:
                    more[x.id].update((first[x.id], sha))
    # An id the target has is scoped in each document but the target's; one new to it, in
    # each document where several use it.
    sha_of = {doc_id: sha for sha, doc_id in docs.items()}
    elsewhere = target.misplaced(table, {i: None if i in more else docs.get(sha) for i, sha in first.items()})
    clashes = [(sha, i) for i, doc in elsewhere.items() for sha in more.get(i, (first[i],)) if sha != sha_of[doc]]
    clashes += [(sha, i) for i, shas in more.items() if i not in elsewhere for sha in shas]
    return {(sha, i): str(uuid.uuid5(SPAN_NAMESPACE, f"{sha}:{i}")) for sha, i in clashes}


def _renamed(r: DocumentRecord, spans: dict, relations: dict) -> DocumentRecord:
    sha = r.document.sha256
    if not any((sha, x.id) in spans for x in r.spans) and not any((sha, x.id) in relations for x in r.relations):
        return r
    span = lambda i: spans.get((sha, i), i)  # noqa: E731
    return replace(r, spans=[replace(x, id=span(x.id)) for x in r.spans],
                   relations=[replace(x, id=relations.get((sha, x.id), x.id), from_id=span(x.from_id),
                                      to_id=span(x.to_id)) for x in r.relations])


def _new_documents(docs: dict[str, str], sources: list[Source], plan: MergePlan) -> dict[str, Document]:
    found: dict[str, list[Document]] = defaultdict(list)
    for s in sources:
        for r in s.records:
            found[r.document.sha256].append(r.document)
    plan.counts["documents matched"] = sum(1 for sha in found if sha in docs)
    # A document new to the target: one fixed choice of its copies (title, id, metadata).
    new = {sha: max(copies, key=_doc_order) for sha, copies in sorted(found.items()) if sha not in docs}
    taken = set(docs.values())
    for sha, d in new.items():
        new[sha] = replace(d, id=new_document_id(d, sha, taken))
    plan.counts["documents added"] = len(new)
    return new


def _doc_order(d: Document):
    return d.added_at, d.id, d.title, d.source, json.dumps(d.meta, sort_keys=True, ensure_ascii=False)


def _versions(records, get, source: str, key) -> dict:
    out: dict = defaultdict(list)
    for r in records:
        sha = r.document.sha256
        for item in get(r):
            out[key(item, sha)].append(_Version(sha, item, source))
    return out


def _target_versions(target: "Target", kind: str, theirs: dict, docs: dict[str, str], plan: MergePlan) -> dict:
    """The target's version of each key the sources have, {key: [_Version]}, read only for
    those keys. A key whose target version is word for word the one version the sources
    offer is counted skipped and taken out of `theirs`: merging again with nothing new
    builds nothing. (An item of a document new to the target is new to it: ids that another
    document of the target uses were scoped apart.)"""
    sha_of = {doc_id: sha for sha, doc_id in docs.items()}
    offered = ((k, docs[vs[0].sha], vs[0].item) for k, vs in theirs.items() if vs[0].sha in docs)
    mine, same = {}, []
    for k, stored in target.versions(kind, offered):
        versions = theirs[k]
        if stored is None and len(versions) == 1:
            same.append(k)
        elif stored is None:  # as one source has it: compared with the others below
            mine[k] = [versions[0]._replace(source="target")]
        else:
            mine[k] = [_Version(sha_of[stored.doc_id], stored, "target")]
    for k in same:
        del theirs[k]
    if same:
        plan.counts[f"{_PLURAL[kind]} skipped"] += len(same)
    return mine


_PLURAL = {"span": "spans", "relation": "relations", "status": "statuses", "verdict": "verdicts"}


class Target(Protocol):
    """What a merge reads of its target (a store.Project answers the same)."""

    def document_hashes(self) -> dict[str, str]:
        """{SHA-256 of the text: document id}."""

    def existing(self, table: str, column: str, values: Iterable[str], returning: str = "id") -> dict[str, str]:
        """{span or relation id: its document's id} of those ids it holds (column "id",
        returning "doc_id")."""

    def misplaced(self, table: str, placed: dict[str, str | None]) -> dict[str, str]:
        """{id: its document's id} of the spans or relations `placed` ({id: document id, or
        None}) that it holds in another document (any, for None)."""

    def versions(self, kind: str, offered: Iterable[tuple]) -> Iterable[tuple]:
        """For each (key, document id, item) offered that it holds a version of: (key, None)
        if that version is the item placed in that document, else (key, its version)."""

    def tombstoned_hashes(self) -> set[str]:
        """The SHA-256 of each document of which it holds tombstones (deleted spans, relations)."""

    def records_of(self, hashes: set[str]) -> list[DocumentRecord]:
        """The whole records of its documents of these text hashes (deletions decide per document)."""


class RecordsTarget:
    """A target given as records in memory (tests, small merges)."""

    def __init__(self, records: list[DocumentRecord]):
        self.records = records

    def document_hashes(self) -> dict[str, str]:
        return {r.document.sha256: r.document.id for r in self.records}

    def existing(self, table: str, column: str, values: Iterable[str], returning: str = "id") -> dict[str, str]:
        assert table in ("spans", "relations") and (column, returning) == ("id", "doc_id")
        values = set(values)
        return {x.id: r.document.id for r in self.records for x in getattr(r, table) if x.id in values}

    def misplaced(self, table: str, placed: dict[str, str | None]) -> dict[str, str]:
        return {i: doc for i, doc in self.existing(table, "id", placed, "doc_id").items() if placed[i] != doc}

    def tombstoned_hashes(self) -> set[str]:
        return {r.document.sha256 for r in self.records if r.tombstones}

    def records_of(self, hashes: set[str]) -> list[DocumentRecord]:
        return [r for r in self.records if r.document.sha256 in hashes]

    def versions(self, kind: str, offered: Iterable[tuple]) -> Iterator[tuple]:
        get = {"span": "spans", "relation": "relations", "status": "statuses", "verdict": "verdicts"}[kind]
        where = {_store_key(x, r.document.id): (r.document.id, x) for r in self.records for x in getattr(r, get)}
        for k, doc_id, item in offered:
            if (found := where.get(_store_key(item, doc_id))) is not None:
                stored_doc, stored = found
                yield k, None if stored_doc == doc_id and _content(stored, "") == _content(item, "") else stored


def _store_key(item, doc_id: str):
    """How a store tells an item's versions apart (Project.versions)."""
    if isinstance(item, (Span, Relation)):
        return item.id
    return (doc_id, item.annotator, item.key) if isinstance(item, Verdict) else (doc_id, item.annotator)


def _span_key(s: Span, sha: str):
    return s.id


def _relation_key(x: Relation, sha: str):
    return x.id


def _status_key(st: DocStatus, sha: str):
    return sha, st.annotator


def _verdict_key(v: Verdict, sha: str):
    return sha, v.annotator, v.key


def _content(item, sha: str) -> tuple:
    """Everything that makes a version, except its document id (ids differ by project).

    Ordered for picking a winner: newest `updated` first, then a fixed order on the rest.
    Dicts (span attributes) become canonical JSON so versions compare and order.
    """
    plain, dicts = _FIELDS[type(item)]
    extra = tuple(json.dumps(d, sort_keys=True, ensure_ascii=False, default=str) if d else "" for d in dicts(item)) \
        if dicts else ()
    return item.updated, sha, plain(item), extra


def _getters(cls):
    names = [f.name for f in fields(cls) if f.name != "doc_id"]
    dict_names = [n for n in names if n == "attrs" or n == "meta"]
    rest = [n for n in names if n not in dict_names]
    return attrgetter(*rest), (lambda item: tuple(getattr(item, n) for n in dict_names)) if dict_names else None


_FIELDS = {cls: _getters(cls) for cls in (Span, Relation, Verdict)}
# A status version is its status: time spent and last opened change on every visit (see
# Project.add_time) without being an edit, and would make each re-merge a "conflict".
_FIELDS[DocStatus] = (attrgetter("annotator", "status"), None)


def _plan_items(kind: str, mine: dict, theirs: dict, doc_id: dict, plan: MergePlan, accept=None) -> None:
    out = {"span": plan.spans, "relation": plan.relations, "status": plan.statuses, "verdict": plan.verdicts}[kind]
    plural = {"span": "spans", "relation": "relations", "status": "statuses", "verdict": "verdicts"}[kind]
    for k, versions in theirs.items():
        current = mine.get(k, [])
        if not current and len(versions) == 1:
            winner = versions[0]  # the common case of a first merge: nothing to compare
        elif len(current) == len(versions) == 1 and current[0].content == versions[0].content:
            plan.counts[f"{plural} skipped"] += 1  # the common case of a merge again: nothing new
            continue
        else:
            mine_now = current[0].content if current else None
            every: dict = {}
            for v in sorted(current + versions, key=lambda v: v.source):
                every.setdefault(v.content, v)
            best = max(every)
            winner = every[best]
            if len(every) > 1:
                plan.conflicts.append(_conflict(kind, k, winner, every))
            if mine_now == best:
                plan.counts[f"{plural} skipped"] += 1
                continue
        item = winner.item
        if item.doc_id != doc_id[winner.sha]:
            item = replace(item, doc_id=doc_id[winner.sha])
        if accept and not accept(item):
            plan.dropped_relations.append(item.id)
            continue
        plan.counts[f"{plural} {'updated' if current else 'added'}"] += 1
        out.append(item)


def _conflict(kind: str, k, winner: _Version, every: dict) -> Conflict:
    def say(v: _Version) -> str:
        return f"{v.item.annotator}, {v.item.updated or 'no time'}, {v.source}"
    ident = k if isinstance(k, str) else f"{'/'.join(k[1:])}@{k[0][:12]}"
    return Conflict(kind, ident, say(winner), tuple(sorted(say(v) for v in every.values() if v is not winner)))


def _endpoints_exist(target: "Target", theirs: dict, plan: MergePlan):
    """A relation is kept only if both endpoints are spans of its document after the merge."""
    doc_of = {s.id: s.doc_id for s in plan.spans}
    ends = {end for versions in theirs.values() for v in versions for end in (v.item.from_id, v.item.to_id)}
    doc_of.update(target.existing("spans", "id", ends - doc_of.keys(), returning="doc_id"))
    return lambda x: doc_of.get(x.from_id) == x.doc_id == doc_of.get(x.to_id)


def _plan_schema(schema: Schema | None, sources: list[Source], plan: MergePlan) -> None:
    """Labels and relation types the sources use that the target lacks are added, never renamed."""
    if schema is None:
        return
    defined: dict[str, list] = defaultdict(list)  # label name -> its definitions in sources
    types: dict[str, list] = defaultdict(list)
    for s in sources:
        for label in s.schema.labels if s.schema else ():
            defined[label.name].append(label)
        for rt in s.schema.relation_types if s.schema else ():
            types[rt.name].append(rt)
        for r in s.records:
            for sp in r.spans:
                defined.setdefault(sp.label, [])
            for x in r.relations:
                types.setdefault(x.type, [])
    hotkeys = {l.hotkey for l in schema.labels if l.hotkey}
    undefined = set()  # used in a source's spans but defined in no source schema
    for name, variants in sorted(defined.items()):
        mine = schema.label(name)
        if mine is None and not variants:
            undefined.add(name)
        elif mine is None:
            new = min(variants, key=repr)
            plan.labels.append(replace(new, hotkey="") if new.hotkey in hotkeys else new)
            hotkeys.add(new.hotkey)
        elif any(v.kind != mine.kind for v in variants):
            plan.schema_notes.append(f"label {name}: kind differs in a source; the target's "
                                     f"'{mine.kind}' is kept")
    so_far = replace(schema, labels=schema.labels + tuple(plan.labels))
    plan.labels += with_labels(so_far, undefined).labels[len(so_far.labels):]  # as import colours them
    plan.labels.sort(key=attrgetter("name"))
    known = {r.name for r in schema.relation_types}
    plan.relation_types = [min(v, key=repr) if v else RelationType(n)
                           for n, v in sorted(types.items()) if n not in known]
