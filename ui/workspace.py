"""The open project as the window sees it: current document, its spans, undo history.

Every edit goes through `run(command)`: one core Command, one transaction, one undo step.
"""
from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QObject, Signal

from annotator import commands as cmd
from annotator.errors import IsnadError
from annotator.messages import M
from annotator.history import History
from annotator.model import ChangeSet, Document, Relation, Span


class Workspace(QObject):
    documentOpened = Signal()
    annotationsChanged = Signal()
    statusChanged = Signal()
    failed = Signal(object)  # an IsnadError to show

    def __init__(self, project, annotator: str, parent=None):
        super().__init__(parent)
        self.project, self.annotator = project, annotator
        self.history = History(project)
        self.doc: Document | None = None
        self.spans: list[Span] = []
        self.relations: list[Relation] = []
        self._timer = QElapsedTimer()

    # ----- documents -------------------------------------------------------------------
    def open_document(self, doc_id: str) -> None:
        self.record_time()
        self.doc = self.project.document(doc_id)
        self._load_annotations()
        self._timer.start()
        self.documentOpened.emit()

    def _load_annotations(self) -> None:
        self.spans = self.project.spans(self.doc.id, [self.annotator])
        self.relations = self.project.relations(self.doc.id, [self.annotator])

    def record_time(self) -> None:
        """Add the time spent on the current document since it was opened (or last recorded)."""
        if self.doc is None or not self._timer.isValid() or self.project.read_only:
            return
        self.project.add_time(self.doc.id, self.annotator, self._timer.restart() / 1000)

    def status(self) -> str:
        return self.project.status(self.doc.id, self.annotator).status if self.doc else ""

    def span(self, span_id: str | None) -> Span | None:
        return next((s for s in self.spans if s.id == span_id), None)

    # ----- edits -----------------------------------------------------------------------
    def run(self, command: cmd.Command) -> bool:
        try:
            self.history.run(command)
        except IsnadError as e:
            self.failed.emit(e)
            return False
        self._after_change(command_is_status=isinstance(command, cmd.SetStatus))
        return True

    def _after_change(self, command_is_status: bool = False) -> None:
        self._load_annotations()
        self.annotationsChanged.emit()
        if command_is_status:
            self.statusChanged.emit()

    def add_span(self, start: int, end: int, label: str) -> Span | None:
        span = cmd.make_span(self.doc.id, start, end, label, self.annotator)
        return span if self.run(cmd.AddSpan(span)) else None

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
        self._step(self.history.undo)

    def redo(self) -> None:
        self._step(self.history.redo)

    def _step(self, action) -> None:
        try:
            entry = action()
        except IsnadError as e:
            self.failed.emit(e)
            return
        if entry is None:
            return
        doc_id = _doc_of(entry.do) or _doc_of(entry.undo)
        if doc_id and self.doc and doc_id != self.doc.id:
            self.open_document(doc_id)  # show where the undone change happened (loads it all)
            if entry.do.put_statuses:
                self.statusChanged.emit()
            return
        self._after_change(command_is_status=bool(entry.do.put_statuses))

    def reload(self) -> None:
        """The current document's annotations changed outside the window (an import)."""
        if self.doc is not None:
            self._after_change()


def _doc_of(changes: ChangeSet) -> str | None:
    for item in (*changes.put_spans, *changes.put_relations, *changes.put_statuses):
        return item.doc_id
    return None
