"""Adjudication panel: every annotator's spans of the current document side by side,
disagreements marked, actions that copy spans into the `gold` layer (one undo step each,
through the window's `run`), and the documents ranked by disagreement."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QListWidget,
                               QListWidgetItem, QPushButton, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from annotator.adjudication import Candidate, accept_agreed, accept_span, by_disagreement, candidates, set_adjudicated
from annotator.agreement import document_disagreement
from annotator.commands import DeleteSpan
from annotator.model import GOLD, STATUSES, DocumentRecord
from .i18n import tr

DISAGREE = QColor("#fde2e1")  # rows not every annotator has
HAS, MISSING = "✓", ""
EXCERPT = 40


class AdjudicationPanel(QWidget):
    """`run(command) -> bool` applies a core Command (the window's Workspace.run: undo, errors).
    Call `show_document(doc_id)`; `changed` fires after each action; `documentChosen` when a
    document is picked in the ranking."""
    changed = Signal()
    documentChosen = Signal(str)

    def __init__(self, project, run, parent=None):
        super().__init__(parent)
        self.project, self.run = project, run
        self.doc_id: str | None = None
        self.rows: list[Candidate] = []
        self.summary = QLabel()
        self.table = QTableWidget(0, 0)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.verticalHeader().hide()
        self.accept_button = QPushButton(tr("Accept selected into gold"))
        self.agreed_button = QPushButton(tr("Accept all agreed"))
        self.remove_button = QPushButton(tr("Remove from gold"))
        self.status = QComboBox()
        self.status.addItems(STATUSES)
        self.rank_button = QPushButton(tr("Rank documents by disagreement"))
        self.ranking = QListWidget()
        self.accept_button.clicked.connect(self.accept_selected)
        self.agreed_button.clicked.connect(self.accept_all_agreed)
        self.remove_button.clicked.connect(self.remove_selected)
        self.status.activated.connect(lambda _: self._run(set_adjudicated(self.doc_id, self.status.currentText())))
        self.rank_button.clicked.connect(self.rank_documents)
        self.ranking.itemActivated.connect(lambda item: self.documentChosen.emit(item.data(Qt.UserRole)))
        self.ranking.itemClicked.connect(lambda item: self.documentChosen.emit(item.data(Qt.UserRole)))
        self._layout()

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        for w in (self.accept_button, self.agreed_button, self.remove_button, QLabel(tr("Adjudication:")), self.status):
            buttons.addWidget(w)
        top = QWidget()
        current = QVBoxLayout(top)
        current.setContentsMargins(0, 0, 0, 0)
        current.addWidget(self.summary)
        current.addWidget(self.table)
        current.addLayout(buttons)
        bottom = QWidget()
        ranked = QVBoxLayout(bottom)
        ranked.setContentsMargins(0, 0, 0, 0)
        ranked.addWidget(self.rank_button)
        ranked.addWidget(self.ranking)
        split = QSplitter(Qt.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setStretchFactor(0, 3)  # the current document's table matters most
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

    def show_document(self, doc_id: str) -> None:
        self.doc_id = doc_id
        self.refresh()

    def _record(self) -> DocumentRecord:
        """The current document with every layer (per-document queries: cheap on big projects)."""
        p, i = self.project, self.doc_id
        return DocumentRecord(p.document(i), p.spans(i), p.relations(i), p.statuses(i))

    def refresh(self) -> None:
        if self.doc_id is None:
            return
        record = self._record()
        self.rows = candidates(record)
        names = sorted({a for c in self.rows for a in c.spans})
        score = document_disagreement(record)
        self.summary.setText(tr("{count} annotators · disagreement {score} · disputed spans: {disputed}").format(
            count=len(names), score="—" if score is None else f"{score:.2f}",
            disputed=sum(not c.agreed for c in self.rows)))
        self._fill(record.document.text, names)
        self.status.setCurrentText(self.project.status(self.doc_id, GOLD).status)

    def _fill(self, text: str, names: list[str]) -> None:
        headers = [tr("Label"), tr("Text"), tr("Start"), *names, GOLD]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        self.table.setRowCount(len(self.rows))
        for row, c in enumerate(self.rows):
            start, end, label = c.key
            piece = text[start:end].replace("\n", " ")
            piece = piece if len(piece) <= EXCERPT else piece[:EXCERPT - 1] + "…"
            cells = [label, f"\u2068{piece}\u2069", str(start),  # bidi-isolated excerpt
                     *(HAS if n in c.spans else MISSING for n in names), HAS if c.gold_id else MISSING]
            for col, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if not c.agreed:
                    item.setBackground(QBrush(DISAGREE))
                    item.setToolTip(tr("not every annotator has this span"))
                if col >= 3:
                    item.setTextAlignment(Qt.AlignCenter)
                self.table.setItem(row, col, item)

    def rank_documents(self) -> None:
        """Documents annotated by two or more, most disagreement first (reads the whole project)."""
        records = list(self.project.records())
        titles = {r.document.id: r.document.title or r.document.id for r in records}
        self.ranking.clear()
        for doc_id, score in by_disagreement(records):
            if score is None:
                continue
            item = QListWidgetItem(f"{score:.2f}   \u2068{titles[doc_id]}\u2069")
            item.setData(Qt.UserRole, doc_id)
            self.ranking.addItem(item)

    def selected(self) -> list[Candidate]:
        return [self.rows[i] for i in sorted({ix.row() for ix in self.table.selectedIndexes()})]

    def accept_selected(self) -> None:
        for c in self.selected():
            if c.spans and not c.gold_id:
                self._run(accept_span(self.project, c.spans[min(c.spans)]))

    def accept_all_agreed(self) -> None:
        self._run(accept_agreed(self._record()))

    def remove_selected(self) -> None:
        for c in self.selected():
            if c.gold_id:
                self._run(DeleteSpan(c.gold_id))

    def _run(self, command) -> None:
        if self.run(command):
            self.refresh()
            self.changed.emit()
