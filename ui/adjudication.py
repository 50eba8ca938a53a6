"""Adjudication panel: every annotator's spans of the current document side by side,
disagreements marked, and actions that copy spans into the `gold` layer (one undo step
each, through the window's `run`). The document list sorts by disagreement."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from annotator.commands import Batch, DeleteSpan
from annotator.model import GOLD, STATUSES, DocumentRecord
from .document_list import STATUS_NAMES
from .plain_text import plain_label
from .i18n import tr
from .span_panel import excerpt_of

if TYPE_CHECKING:
    from annotator.adjudication import Candidate

DISAGREE = QColor("#fde2e1")  # rows not every annotator has
HAS, MISSING = "✓", ""


class AdjudicationPanel(QWidget):
    """`run(command) -> bool` applies a core Command (the window's Workspace.run: undo, errors).
    Call `show_document(doc_id)`; `changed` fires after each action; `candidateChosen(start,
    end, gold span id or "")` when a row is clicked or reached with the arrows, so the article
    can show that text; the keys stay in the list."""
    changed = Signal()
    candidateChosen = Signal(int, int, str)  # a row clicked or reached with the arrow keys
    keyTyped = Signal(str)  # a character typed in the list: a label key tags the row's text

    def __init__(self, project, run, parent=None):
        super().__init__(parent)
        self.project, self.run = project, run
        self.doc_id: str | None = None
        self.record: DocumentRecord | None = None  # as read at the last refresh
        self.rows: list[Candidate] = []
        self.summary = plain_label()
        self.table = QTableWidget(0, 0)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.verticalHeader().hide()
        self.accept_button = QPushButton(tr("Accept selected into gold"))
        self.agreed_button = QPushButton(tr("Accept all agreed"))
        self.remove_button = QPushButton(tr("Remove from gold"))
        self.status = QComboBox()
        for status in STATUSES:  # shown by name ("in progress"), stored as the status itself
            self.status.addItem(tr(STATUS_NAMES[status]), status)
        self.accept_button.clicked.connect(self.accept_selected)
        self.agreed_button.clicked.connect(self.accept_all_agreed)
        self.table.cellClicked.connect(self._chosen)
        self.table.currentCellChanged.connect(self._current)
        self.table.installEventFilter(self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.status.activated.connect(self._set_status)
        self._layout()

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        for w in (self.accept_button, self.agreed_button, self.remove_button, QLabel(tr("Adjudication:")), self.status):
            buttons.addWidget(w)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def _set_status(self, _index: int) -> None:
        from annotator.adjudication import set_adjudicated
        self._run(set_adjudicated(self.doc_id, self.status.currentData()))

    def show_document(self, doc_id: str) -> None:
        self.doc_id = doc_id
        self.refresh()

    def _record(self) -> DocumentRecord:
        """The current document with every layer (per-document queries: cheap on big projects)."""
        p, i = self.project, self.doc_id
        return DocumentRecord(p.document(i), p.spans(i), p.relations(i), p.statuses(i))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Re-read the current document's layers; skipped while hidden (annotators rarely open it)."""
        if self.doc_id is None or not self.isVisible():
            return
        # Loaded here, not with the window: most windows never show this panel (issue 13).
        from annotator.adjudication import annotators_of, candidates
        from annotator.agreement import document_disagreement
        self.record = record = self._record()
        self.rows = candidates(record)
        names = sorted(annotators_of(record))  # also those who marked it done with no span
        score = document_disagreement(record)
        disputes = len(names) >= 2  # one annotator's spans are neither agreed nor disputed
        self.summary.setText(tr("{count} annotators · disagreement {score} · disputed spans: {disputed}").format(
            count=len(names), score="—" if score is None else f"{score:.2f}",
            disputed=sum(not c.agreed for c in self.rows) if disputes else 0))
        row = self.table.currentRow()
        self._fill(record.document.text, names, disputes)
        if 0 <= row < self.table.rowCount():  # the same row again: work with the keys goes on from it
            self.table.setCurrentCell(row, 0)
        status = next((s.status for s in record.statuses if s.annotator == GOLD), "new")
        self.status.setCurrentIndex(max(0, self.status.findData(status)))

    def _fill(self, text: str, names: list[str], disputes: bool) -> None:
        headers = [tr("Label"), tr("Text"), tr("Start"), *names, GOLD]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        self.table.setRowCount(len(self.rows))
        for row, c in enumerate(self.rows):
            start, end, label = c.key
            cells = [label, excerpt_of(text, start, end), str(start),
                     *(HAS if n in c.spans else MISSING for n in names), HAS if c.gold_id else MISSING]
            for col, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if disputes and not c.agreed:
                    item.setBackground(QBrush(DISAGREE))
                    item.setToolTip(tr("not every annotator has this span"))
                if col >= 3:
                    item.setTextAlignment(Qt.AlignCenter)
                self.table.setItem(row, col, item)

    def _chosen(self, row: int, _column: int) -> None:
        start, end, _label = self.rows[row].key
        self.candidateChosen.emit(start, end, self.rows[row].gold_id or "")

    def _current(self, row: int, _column: int, before: int, _before_column: int) -> None:
        """Arrows in the list: the article shows the row's text, as a click does."""
        if self.table.hasFocus() and 0 <= row < len(self.rows) and row != before:
            self._chosen(row, 0)

    def eventFilter(self, watched, event) -> bool:
        """In the list, Enter accepts the selected rows into gold, Delete removes them, and a
        label key tags the row's text in gold (the keys stay in the list)."""
        if watched is self.table and event.type() == QEvent.KeyPress \
                and not event.modifiers() & (Qt.ControlModifier | Qt.AltModifier):
            if event.key() in (Qt.Key_Return, Qt.Key_Enter):
                self.accept_selected()
                return True
            if event.key() == Qt.Key_Delete:
                self.remove_selected()
                return True
            if event.text().isprintable() and event.text().strip():
                self.keyTyped.emit(event.text())
                return True
        return super().eventFilter(watched, event)

    def selected(self) -> list[Candidate]:
        return [self.rows[i] for i in sorted({ix.row() for ix in self.table.selectedIndexes()})]

    def accept_selected(self) -> None:
        """The selected rows' spans into gold, in one undo step."""
        by_id = {s.id: s for s in self.record.spans}
        spans = [by_id[c.spans[min(c.spans)]] for c in self.selected() if c.spans and not c.gold_id]
        if spans:
            from annotator.adjudication import AcceptSpans
            self._run(AcceptSpans(self.doc_id, spans, [], text="accept span into gold"))

    def accept_all_agreed(self) -> None:
        from annotator.adjudication import accept_agreed
        self._run(accept_agreed(self._record()))

    def remove_selected(self) -> None:
        deletes = [DeleteSpan(c.gold_id) for c in self.selected() if c.gold_id]
        if deletes:
            self._run(Batch(deletes, text="remove from gold"))

    def _run(self, command) -> None:
        if self.run(command):
            self.refresh()
            self.changed.emit()
