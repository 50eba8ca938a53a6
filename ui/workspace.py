"""The open project as the window sees it: current document, its spans, undo history.

Every edit goes through `run(command)`: one core Command, one transaction, one undo step.
When another program holds the project's write lock (an import, a merge), an edit is not
waited for with the window frozen: it waits in line and is tried again in the background
for RETRY_FOR seconds (`waiting` tells the window), then given up with a message.
Besides the annotator's own layer, the layers chosen in the Layers panel are loaded
(`shown`): drawn apart and read-only, copied into one's own layer on request.
"""
from __future__ import annotations

import time

from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Signal

from annotator import commands as cmd
from annotator.errors import IsnadError, ProjectBusy
from annotator.messages import M
from annotator.history import History
from annotator.layers import is_suggestion_layer, pending_suggestions, suggestion_places
from annotator.model import ChangeSet, Document, Relation, Span


ATTEMPT_WAIT = 0.15  # seconds one write waits for another writer: the window stays responsive
RETRY_EVERY_MS = 250
RETRY_FOR = 30.0  # seconds an edit is tried again before it is given up (a large import writes for long)
WATCH_EVERY_MS = 1000  # a shared project (on a server) is asked this often whether others wrote


class Workspace(QObject):
    documentOpened = Signal()
    annotationsChanged = Signal()
    layersShown = Signal()  # other layers shown or hidden (after annotationsChanged)
    statusChanged = Signal()
    failed = Signal(object)  # an IsnadError to show
    waiting = Signal(bool)  # edits wait for a busy project (True), or none waits any more (False)
    notSaved = Signal(object)  # edits given up after RETRY_FOR: an IsnadError to show without blocking
    changeShown = Signal(object, bool)  # after an undo or redo here: a span it touched, and whether it is there now

    def __init__(self, project, annotator: str, parent=None):
        super().__init__(parent)
        self.project, self.annotator = project, annotator
        self.history = History(project)
        self.doc: Document | None = None
        self.spans: list[Span] = []          # mine
        self.relations: list[Relation] = []
        self.shown: tuple[str, ...] = ()     # other layers drawn beside mine
        self.others: list[Span] = []         # their spans in this document
        self.other_relations: list[Relation] = []
        self._suggested_at: set[tuple[int, int, str]] = set()  # where the shown suggestion layers suggest
        self._status = "new"
        self._timer = QElapsedTimer()
        project.wait = ATTEMPT_WAIT
        self._queue: list[tuple] = []  # (action, then) waiting for the project, in order
        self._since = 0.0
        self._retry = QTimer(self, interval=RETRY_EVERY_MS)
        self._retry.timeout.connect(self._drain)
        # Others' changes to a shared project show within a second or two: its revision (one
        # row, counted up by every write) is polled; any change reloads the open document.
        self._revision = project.revision() if project.shared else None
        self._watch = QTimer(self, interval=WATCH_EVERY_MS)
        self._watch.timeout.connect(self._watch_others)
        if project.shared:
            self._watch.start()

    # ----- documents -------------------------------------------------------------------
    def open_document(self, doc_id: str) -> None:
        self.record_time()
        self.doc = self.project.document(doc_id)
        self._status = self.project.status(doc_id, self.annotator).status
        self._load_annotations()
        self._timer.start()
        self.documentOpened.emit()

    def _load_annotations(self) -> None:
        """Mine and the shown layers; of suggestion layers, what is still pending for me (not
        rejected, not in my layer)."""
        people = [self.annotator, *(l for l in self.shown if not is_suggestion_layer(l))]
        spans, relations = self.project.spans(self.doc.id, people), self.project.relations(self.doc.id, people)
        machines = [l for l in self.shown if is_suggestion_layer(l)]
        self._suggested_at = set()
        if machines:
            pending, links = pending_suggestions(self.project, self.doc.id, self.annotator, machines)
            spans, relations = spans + pending, relations + links
            self._suggested_at = suggestion_places(self.project, self.doc.id, machines)
        self._split(spans, relations)

    def _split(self, spans: list[Span], relations: list[Relation]) -> None:
        self.spans = [s for s in spans if s.annotator == self.annotator]
        self.others = [s for s in spans if s.annotator != self.annotator]
        self.relations = [r for r in relations if r.annotator == self.annotator]
        self.other_relations = [r for r in relations if r.annotator != self.annotator]

    def show_layers(self, layers) -> None:
        """Draw these layers (besides mine) from now on."""
        self.shown = tuple(sorted(set(layers) - {self.annotator}))
        if self.doc is not None:
            self._load_annotations()
            self.annotationsChanged.emit()
            self.layersShown.emit()

    def record_time(self) -> None:
        """Add the time spent on the current document since it was opened (or last recorded)."""
        if self.doc is None or not self._timer.isValid() or self.project.read_only:
            return
        try:
            self.project.add_time(self.doc.id, self.annotator, self._timer.elapsed() / 1000)
        except ProjectBusy:
            return  # counted with the next visit: time spent is no edit to hold the window for
        except IsnadError:
            # Refused (on a server: a layer this login may not write; its edits say so when
            # made). Time spent is no edit: dropped rather than a traceback as the window closes.
            pass
        self._timer.restart()

    def status(self) -> str:
        return self._status if self.doc else ""

    def span(self, span_id: str | None) -> Span | None:
        """One of MY spans (None for another layer's)."""
        return next((s for s in self.spans if s.id == span_id), None)

    def other_span(self, span_id: str | None) -> Span | None:
        """A span of a shown layer."""
        if span_id is None:  # nothing selected (every document opening asks): no scan of every layer
            return None
        return next((s for s in self.others if s.id == span_id), None)

    # ----- edits -----------------------------------------------------------------------
    def run(self, command: cmd.Command) -> bool:
        """True when applied now; False when refused (told by `failed`) or waiting for a busy
        project (applied later, in order)."""
        if self.doc is not None and self._status == "new" and not isinstance(command, cmd.SetStatus):
            command = cmd.StartingWork(command, self.doc.id, self.annotator)
        return self._do(lambda: self.history.run(command, self._seen), self._ran)

    def _seen(self, kind: str, row_id: str):
        """A span or relation as this window shows it (None if it shows none): an edit of a
        row changed since (another window, another person) is refused, not written over it."""
        rows = (*self.spans, *self.others) if kind == "span" else (*self.relations, *self.other_relations)
        return next((r for r in rows if r.id == row_id), None)

    def _ran(self, entry) -> None:
        if entry is not None:
            self._after_change(entry.do)

    def _do(self, action, then) -> bool:
        if self._queue:  # after the edits already waiting, never before them
            self._queue.append((action, then))
            return False
        try:
            result = action()
        except ProjectBusy:
            self._queue.append((action, then))
            self._since = time.monotonic()
            self._retry.start()
            self.waiting.emit(True)
            return False
        except IsnadError as e:
            if e.code in _OUT_OF_DATE:
                self.reload()  # show what is there now, then say why nothing was done
            self.failed.emit(e)
            return False
        then(result)
        self._seen_revision()
        return True

    def _seen_revision(self) -> None:
        """Our own write is no news (another's in the same instant waits for the next one)."""
        if self.project.shared:
            try:
                self._revision = self.project.revision()
            except IsnadError:
                pass

    def _watch_others(self) -> None:
        if self._queue or self.doc is None:
            return
        try:
            now = self.project.revision()
        except IsnadError:  # the server is away for a moment: asked again at the next tick
            return
        if now != self._revision:
            self._revision = now
            try:
                self.reload()
            except IsnadError:
                self._revision = -1  # not reloaded: again at the next tick

    def _drain(self) -> None:
        """Try the waiting edits again, in order; give them up after RETRY_FOR seconds."""
        while self._queue:
            action, then = self._queue[0]
            try:
                result = action()
            except ProjectBusy:
                if time.monotonic() - self._since < RETRY_FOR:
                    return
                given_up = len(self._queue)
                self._queue.clear()
                self.notSaved.emit(IsnadError.of(M.EDIT_NOT_SAVED_BUSY, seconds=round(RETRY_FOR), count=given_up))
                break
            except IsnadError as e:
                self._queue.pop(0)
                self.failed.emit(e)
                continue
            self._queue.pop(0)
            self._since = time.monotonic()  # the project moves: the next one gets its own time
            then(result)
        self._retry.stop()
        self.waiting.emit(False)

    def finish(self, wait: float = 10.0) -> None:
        """The window closes: edits still waiting get a last try of up to `wait` seconds each;
        those that cannot be saved are told (a dialog: the window is going away)."""
        self._retry.stop()
        self.project.wait = wait
        while self._queue:
            action, then = self._queue[0]
            try:
                then(action())
            except ProjectBusy:
                self.failed.emit(IsnadError.of(M.EDIT_NOT_SAVED_BUSY, seconds=round(wait), count=len(self._queue)))
                break
            except IsnadError as e:
                self.failed.emit(e)
            self._queue.pop(0)
        self._queue.clear()

    @property
    def pending(self) -> int:
        """Edits waiting for a busy project."""
        return len(self._queue)

    def _after_change(self, changes: ChangeSet) -> None:
        if changes.put_verdicts or changes.delete_verdicts or self._meets_suggestions(changes):
            self._load_annotations()  # the pending suggestions change
        else:
            self._absorb(changes)
        self.annotationsChanged.emit()
        if any(s.doc_id == self.doc.id and s.annotator == self.annotator for s in changes.put_statuses) or \
                (self.doc.id, self.annotator) in changes.delete_statuses:
            self._status = self.project.status(self.doc.id, self.annotator).status
            self.statusChanged.emit()

    def _meets_suggestions(self, changes: ChangeSet) -> bool:
        """Whether a change of my layer puts a span or a link where a suggestion is (it hides
        then) or takes one from there (it shows again): the edits that are no verdict, such
        as tagging by hand the very words suggested."""
        if not self._suggested_at:
            return False
        before = {s.id: s for s in self.spans}
        put = [s for s in changes.put_spans if s.annotator == self.annotator]
        # new places, and the places left (a span deleted, or moved or relabelled by a put)
        left = (before[i] for i in (*changes.delete_spans, *(s.id for s in put)) if i in before)
        if any(_place(s) in self._suggested_at for s in (*put, *left)):
            return True
        after = {**before, **{s.id: s for s in put}}
        mine = {r.id: r for r in self.relations}
        links = [*(r for r in changes.put_relations if r.annotator == self.annotator),
                 *(mine[i] for i in changes.delete_relations if i in mine)]
        return any(all(end in after and _place(after[end]) in self._suggested_at for end in (r.from_id, r.to_id))
                   for r in links)

    def _absorb(self, changes: ChangeSet) -> None:
        """Apply a change just written to the lists in memory: no re-reading after an edit."""
        layers, doc = {self.annotator, *self.shown}, self.doc.id
        gone = set(changes.delete_spans)
        spans = {s.id: s for s in (*self.spans, *self.others) if s.id not in gone}
        spans.update((s.id, s) for s in changes.put_spans if s.doc_id == doc and s.annotator in layers)
        dropped = set(changes.delete_relations)
        relations = {r.id: r for r in (*self.relations, *self.other_relations)
                     if r.id not in dropped and r.from_id not in gone and r.to_id not in gone}  # the store cascades
        relations.update((r.id, r) for r in changes.put_relations if r.doc_id == doc and r.annotator in layers)
        self._split(sorted(spans.values(), key=lambda s: (s.start, s.end, s.id)),
                    sorted(relations.values(), key=lambda r: (r.created, r.id)))

    def add_span(self, start: int, end: int, label: str) -> Span | None:
        span = cmd.make_span(self.doc.id, start, end, label, self.annotator)
        return span if self.run(cmd.AddSpan(span)) else None

    def relation_kind(self, a: Span, b: Span) -> str | None:
        """The relation type the schema has to join the two spans' labels (either way), if any."""
        schema = self.project.schema
        return cmd.relation_type_for(schema, a, b) or cmd.relation_type_for(schema, b, a)

    def linkable(self, a: Span, b: Span) -> bool:
        return self.relation_kind(a, b) is not None

    def link(self, a: str, b: str) -> bool:
        """Link two spans with the relation type their kinds allow (either order)."""
        first, second = self.span(a), self.span(b)
        if first is None or second is None or a == b:
            return False
        for x, y in ((first, second), (second, first)):
            rtype = cmd.relation_type_for(self.project.schema, x, y)
            if rtype:
                return self.run(cmd.Link(cmd.make_relation(self.doc.id, x.id, y.id, rtype, self.annotator)))
        self.failed.emit(IsnadError.of(M.NO_RELATION_BETWEEN, first=first.label, second=second.label))
        return False

    def set_status(self, status: str) -> bool:
        return self.run(cmd.SetStatus(self.doc.id, self.annotator, status))

    # ----- undo ------------------------------------------------------------------------
    def undo(self) -> None:
        self._do(self.history.undo, lambda entry: self._stepped(entry, undoing=True))

    def redo(self) -> None:
        self._do(self.history.redo, lambda entry: self._stepped(entry, undoing=False))

    def _stepped(self, entry, undoing: bool) -> None:
        if entry is None:
            return
        doc_id = _doc_of(entry.do) or _doc_of(entry.undo)
        if doc_id and self.doc and doc_id != self.doc.id:
            self.open_document(doc_id)  # show where the undone change happened (loads it all)
            if entry.do.put_statuses:
                self.statusChanged.emit()
            return
        applied, reverted = (entry.undo, entry.do) if undoing else (entry.do, entry.undo)
        self._after_change(applied)
        touched = _touched_span(applied, reverted, self.spans)
        if touched is not None:
            self.changeShown.emit(*touched)

    def reload(self) -> None:
        """The current document's annotations changed outside the window (an import)."""
        if self.doc is not None:
            self._status = self.project.status(self.doc.id, self.annotator).status
            self._load_annotations()
            self.annotationsChanged.emit()
            self.statusChanged.emit()


def _place(span: Span) -> tuple[int, int, str]:
    return span.start, span.end, span.label


# Refusals that mean the window shows an old state of the document.
_OUT_OF_DATE = {M.STALE_WRITE.code, M.STALE_UNDO.code, M.SPAN_MISSING.code, M.RELATION_SPANS_GONE.code}


def _touched_span(applied: ChangeSet, reverted: ChangeSet, mine: list[Span]) -> tuple[Span, bool] | None:
    """The span an undo or redo is seen at (the first in the text): one it put back, else one
    it took away (as it was), else an end of a link it put or took away."""
    if applied.put_spans:
        return min(applied.put_spans, key=lambda s: s.start), True
    gone = set(applied.delete_spans)
    if gone:
        return min((s for s in reverted.put_spans if s.id in gone), key=lambda s: s.start, default=None), False
    here = {s.id: s for s in mine}
    ends = [here[r.from_id] for r in (*applied.put_relations, *reverted.put_relations) if r.from_id in here]
    return (min(ends, key=lambda s: s.start), True) if ends else None


def _doc_of(changes: ChangeSet) -> str | None:
    for item in (*changes.put_spans, *changes.put_relations, *changes.put_statuses):
        return item.doc_id
    return None
