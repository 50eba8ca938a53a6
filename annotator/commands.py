"""Every change a user makes is a Command: planned against the project's current state
as a pair of ChangeSets (do, undo), applied in one transaction by `History`.

The UI and the CLI share these, so both validate the same way.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from .errors import IsnadError
from .messages import M
from .model import STATUSES, ChangeSet, DocStatus, Relation, Span, now_iso


class Command:
    text = "change"  # shown as "Undo <text>"

    def plan(self, project) -> tuple[ChangeSet, ChangeSet]:
        raise NotImplementedError


def new_id() -> str:
    return str(uuid.uuid4())


def make_span(doc_id: str, start: int, end: int, label: str, annotator: str, **extra) -> Span:
    stamp = now_iso()
    return Span(new_id(), doc_id, start, end, label, annotator, created=stamp, updated=stamp, **extra)


def make_relation(doc_id: str, from_id: str, to_id: str, type_: str, annotator: str) -> Relation:
    stamp = now_iso()
    return Relation(new_id(), doc_id, from_id, to_id, type_, annotator, stamp, stamp)


def _check_label(project, label: str) -> None:
    if project.schema.label(label) is None:
        raise IsnadError.of(M.LABEL_UNKNOWN, label=label, known=", ".join(sorted(project.schema.label_names)))


def _check_bounds(project, doc_id: str, start: int, end: int) -> None:
    length = project.document_length(doc_id)
    if not 0 <= start < end <= length:
        raise IsnadError.of(M.SPAN_OUT_OF_TEXT, start=start, end=end, length=length)


def _existing_span(project, span_id: str) -> Span:
    span = project.span(span_id)
    if span is None:
        raise IsnadError.of(M.SPAN_MISSING, span_id=span_id)
    return span


@dataclass
class AddSpan(Command):
    span: Span
    text = "add span"

    def plan(self, project):
        _check_label(project, self.span.label)
        _check_bounds(project, self.span.doc_id, self.span.start, self.span.end)
        return ChangeSet(put_spans=[self.span]), ChangeSet(delete_spans=[self.span.id])


@dataclass
class AddSpans(Command):
    """Several new spans of one document as one action (tag all occurrences): checked with
    one look at the project, not one per span."""
    doc_id: str
    spans: list[Span]
    text: str = "add spans"

    def plan(self, project):
        for label in {s.label for s in self.spans}:
            _check_label(project, label)
        length = project.document_length(self.doc_id)
        bad = next((s for s in self.spans if not 0 <= s.start < s.end <= length or s.doc_id != self.doc_id), None)
        if bad is not None:
            raise IsnadError.of(M.SPAN_OUT_OF_TEXT, start=bad.start, end=bad.end, length=length)
        return ChangeSet(put_spans=list(self.spans)), ChangeSet(delete_spans=[s.id for s in self.spans])


@dataclass
class DeleteSpan(Command):
    span_id: str
    text = "delete span"

    def plan(self, project):
        span = _existing_span(project, self.span_id)
        rels = project.relations_touching([span.id])
        return (ChangeSet(delete_relations=[r.id for r in rels], delete_spans=[span.id]),
                ChangeSet(put_spans=[span], put_relations=rels))


@dataclass
class _EditSpan(Command):
    span_id: str

    def edit(self, project, span: Span) -> Span:
        raise NotImplementedError

    def plan(self, project):
        old = _existing_span(project, self.span_id)
        new = self.edit(project, old).with_(updated=now_iso())
        return ChangeSet(put_spans=[new]), ChangeSet(put_spans=[old])


@dataclass
class Relabel(_EditSpan):
    label: str = ""
    text = "relabel span"

    def edit(self, project, span):
        _check_label(project, self.label)
        return span.with_(label=self.label)


@dataclass
class Resize(_EditSpan):
    start: int = 0
    end: int = 0
    text = "resize span"

    def edit(self, project, span):
        _check_bounds(project, span.doc_id, self.start, self.end)
        return span.with_(start=self.start, end=self.end)


@dataclass
class SetAttribute(_EditSpan):
    name: str = ""
    value: object = None  # None removes the attribute
    text = "set attribute"

    def edit(self, project, span):
        attrs = {k: v for k, v in span.attrs.items() if k != self.name}
        if self.value is not None:
            attrs[self.name] = self.value
        return span.with_(attrs=attrs)


@dataclass
class SetNote(_EditSpan):
    note: str = ""
    text = "edit note"

    def edit(self, project, span):
        return span.with_(note=self.note)


@dataclass
class Link(Command):
    relation: Relation
    text = "link spans"

    def plan(self, project):
        rel = self.relation
        rtype = project.schema.relation_type(rel.type)
        if rtype is None:
            raise IsnadError.of(M.RELATION_TYPE_UNKNOWN, type=rel.type,
                                known=", ".join(r.name for r in project.schema.relation_types))
        ends = [_existing_span(project, rel.from_id), _existing_span(project, rel.to_id)]
        kinds = [_kind(project.schema, s) for s in ends]
        for kind, allowed, message in zip(kinds, (rtype.from_kinds, rtype.to_kinds),
                                          (M.RELATION_FROM_KIND, M.RELATION_TO_KIND)):
            if not _allows(allowed, kind):
                raise IsnadError.of(message, type=rel.type, kind=kind, allowed=" or ".join(allowed))
        return ChangeSet(put_relations=[rel]), ChangeSet(delete_relations=[rel.id])


def relation_type_for(schema, a: Span, b: Span) -> str | None:
    """The first relation type of the schema that may go from span a to span b."""
    kind_a, kind_b = _kind(schema, a), _kind(schema, b)
    return next((r.name for r in schema.relation_types
                 if _allows(r.from_kinds, kind_a) and _allows(r.to_kinds, kind_b)), None)


def _kind(schema, span: Span) -> str:
    return getattr(schema.label(span.label), "kind", "other")


def _allows(kinds: tuple, kind: str) -> bool:
    return not kinds or kind in kinds  # no kinds listed: any span


@dataclass
class Unlink(Command):
    relation: Relation
    text = "remove link"

    def plan(self, project):
        return ChangeSet(delete_relations=[self.relation.id]), ChangeSet(put_relations=[self.relation])


@dataclass
class SetStatus(Command):
    doc_id: str
    annotator: str
    status: str
    text = "set status"

    def plan(self, project):
        if self.status not in STATUSES:
            raise IsnadError.of(M.STATUS_UNKNOWN, status=self.status, known=", ".join(STATUSES))
        found = [s for s in project.statuses(self.doc_id) if s.annotator == self.annotator]
        old = found[0] if found else DocStatus(self.doc_id, self.annotator)
        new = DocStatus(self.doc_id, self.annotator, self.status, old.seconds, old.last_opened, now_iso())
        # Undone back to no status, the document is "new" again, written as such (not a row
        # deleted): a status is versioned by its time, so the undo travels by sync and merge.
        return ChangeSet(put_statuses=[new]), ChangeSet(put_statuses=found or [old])


@dataclass
class StartingWork(Command):
    """`command`, and the annotator's status of the document moved from new to in progress
    when it edits annotations: opening a document changes no status, the first edit does
    (in the same transaction and undo step)."""
    command: Command
    doc_id: str
    annotator: str

    @property
    def text(self) -> str:
        return self.command.text

    def plan(self, project):
        do, undo = self.command.plan(project)
        edits = any((do.put_spans, do.put_relations, do.delete_spans, do.delete_relations))
        if edits and project.status(self.doc_id, self.annotator).status == "new":
            d, u = SetStatus(self.doc_id, self.annotator, "in_progress").plan(project)
            do.put_statuses += d.put_statuses
            undo.put_statuses += u.put_statuses
            undo.delete_statuses += u.delete_statuses
        return do, undo


@dataclass
class Batch(Command):
    """Several commands as one undoable action (e.g. accept all agreed spans)."""
    commands: list[Command] = field(default_factory=list)
    text: str = "several changes"

    def plan(self, project):
        do, undo = ChangeSet(), ChangeSet()
        for command in self.commands:
            d, u = command.plan(project)
            for name in ChangeSet.FIELDS:
                getattr(do, name).extend(getattr(d, name))
                getattr(undo, name)[:0] = getattr(u, name)
        return do, undo


def tag_all_occurrences(project, doc_id: str, query: str, label: str, annotator: str,
                        with_proclitics: bool = False) -> AddSpans:
    """One undoable action tagging every whole-word occurrence of `query` not yet tagged so."""
    from .search import find_all
    text = project.document(doc_id).text
    have = {(s.start, s.end) for s in project.spans(doc_id, [annotator]) if s.label == label}
    stamp = now_iso()
    adds = [Span(new_id(), doc_id, start, end, label, annotator, created=stamp, updated=stamp)
            for start, end in find_all(text, query, with_proclitics) if (start, end) not in have]
    return AddSpans(doc_id, adds, text=f"tag {len(adds)} occurrences")
