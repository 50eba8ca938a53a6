"""The document list: a lazy table model (pages fetched on demand) and its panel."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout, QHeaderView, QLineEdit,
                               QTableView, QVBoxLayout, QWidget)

from annotator.model import STATUSES
from .bidi import OwnDirectionDelegate
from .i18n import tr
from .plain_text import tooltip
from .row_selection import select_row

PAGE = 200
STATUS_NAMES = {"new": "new", "in_progress": "in progress", "done": "done", "skipped": "skipped", "flagged": "flagged"}
STATUS_MARKS = {"new": "", "in_progress": "✎", "done": "✓", "skipped": "→", "flagged": "⚑"}


class DocumentListModel(QAbstractTableModel):
    COLUMNS = ("Title", "Status", "Spans", "Disagr.")
    SCORE_TIP = "Disagreement = 1 − exact span F1 between the annotators of a document"
    SCORE = 3

    def __init__(self, project, annotator: str, parent=None):
        super().__init__(parent)
        self.project, self.annotator = project, annotator
        self.status: str | None = None
        self.search: str | None = None
        self.scores: dict[str, float | None] | None = None  # set: sorted by disagreement
        self._ids: list[str] | None = None  # the sorted ids that pass the filter
        self._pages: dict[int, list] = {}
        self._count = self._query_count()

    def _query_count(self) -> int:
        if self.scores is None:
            self._ids = None
            return self.project.document_count(self.status, self.annotator, self.search)
        keep = set(self.project.document_ids(self.status, self.annotator, self.search))
        self._ids = [i for i in self.scores if i in keep]
        return len(self._ids)

    def sort_by_disagreement(self, on: bool) -> None:
        """Most disagreement first (reads every layer of the project once), or import order."""
        self.beginResetModel()
        from annotator.adjudication import by_disagreement  # with the sort, not with the window
        self.scores = dict(by_disagreement(self.project.records())) if on else None
        self._pages.clear()
        self._count = self._query_count()
        self.endResetModel()

    def set_filter(self, status: str | None, search: str | None) -> None:
        self.beginResetModel()
        self.status, self.search = status or None, search or None
        self._pages.clear()
        self._count = self._query_count()
        self.endResetModel()

    def refresh(self) -> None:
        """Re-read after a change (status, span count); keeps the row count cheap."""
        self.set_filter(self.status, self.search)

    def set_span_count(self, doc_id: str, count: int) -> None:
        """The current document's spans changed: update its cached row, no query needed."""
        for page, rows in self._pages.items():
            for j, r in enumerate(rows):
                if r.id == doc_id and r.span_count != count:
                    rows[j] = replace(r, span_count=count)
                    index = self.index(page * PAGE + j, 2)
                    self.dataChanged.emit(index, index)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent=QModelIndex()) -> int:
        return len(self.COLUMNS)

    def row(self, i: int):
        page = i // PAGE
        if page not in self._pages:
            if self._ids is None:
                rows = self.project.document_rows(page * PAGE, PAGE, status=self.status,
                                                  annotator=self.annotator, search=self.search)
            else:
                rows = self.project.document_rows_for(self._ids[page * PAGE:(page + 1) * PAGE], self.annotator)
            self._pages[page] = rows
        rows = self._pages[page]
        return rows[i % PAGE] if i % PAGE < len(rows) else None

    def row_of(self, doc_id: str) -> int | None:
        """The row of a document in the list as filtered and sorted (None if filtered out)."""
        place = self.place_of(doc_id)
        return place[0] if place is not None and place[1] else None

    def place_of(self, doc_id: str) -> tuple[int, bool] | None:
        """How many listed documents come before `doc_id` in the list's order, and whether
        it is listed itself (`Project.document_place`)."""
        if self._ids is None:
            return self.project.document_place(doc_id, self.status, self.annotator, self.search)
        if doc_id in self._ids:
            return self._ids.index(doc_id), True
        order = {i: n for n, i in enumerate(self.scores)}
        if doc_id not in order:
            return None
        return sum(order[i] < order[doc_id] for i in self._ids), False

    def data(self, index, role=Qt.DisplayRole):
        if role not in (Qt.DisplayRole, Qt.ToolTipRole):
            return None
        r = self.row(index.row())
        if r is None:
            return None
        name = tr(STATUS_NAMES.get(r.status, r.status))
        if role == Qt.ToolTipRole:
            if index.column() == 1:
                return name
            return tooltip(tr("{title}\n{length} characters, SHA-256 {sha}…").format(
                title=r.title or r.id, length=r.length, sha=r.sha256[:12]))
        # the status as its mark only (its name in the tooltip): the titles keep the room
        status = STATUS_MARKS.get(r.status, "") or ("" if r.status == "new" else name)
        score = (self.scores or {}).get(r.id)
        return (r.title or r.id, status, r.span_count, "" if score is None else f"{score:.2f}")[index.column()]

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation != Qt.Horizontal:
            return None
        if role == Qt.DisplayRole:
            return tr(self.COLUMNS[section])
        if role == Qt.ToolTipRole:
            return tr(self.SCORE_TIP if section == self.SCORE else self.COLUMNS[section])
        return None


class DocumentPanel(QWidget):
    documentChosen = Signal(str)
    searchLeft = Signal()  # Esc in the title search

    def __init__(self, model: DocumentListModel, parent=None):
        super().__init__(parent)
        self.model = model
        self.status_box = QComboBox()
        self.status_box.addItem(tr("All statuses"), None)
        for s in STATUSES:
            self.status_box.addItem(tr(STATUS_NAMES[s]), s)
        self.search_box = QLineEdit(placeholderText=tr("Search titles"))
        self.search_box.setClearButtonEnabled(True)
        self.order_box = QComboBox()
        self.order_box.addItem(tr("Import order"), False)
        self.order_box.addItem(tr("Most disagreement first"), True)
        self.order_box.setToolTip(tr(model.SCORE_TIP))
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setItemDelegateForColumn(0, OwnDirectionDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)  # never size to contents: 100,000 rows
        metrics = self.table.fontMetrics()  # the status column: its marks, under its name
        header.resizeSection(1, 16 + max(metrics.horizontalAdvance(text)
                                         for text in (tr(model.COLUMNS[1]), *STATUS_MARKS.values())))
        header.resizeSection(2, 50)
        header.resizeSection(model.SCORE, 55)
        self.table.setColumnHidden(model.SCORE, True)
        filters = QHBoxLayout()
        filters.addWidget(self.status_box)
        filters.addWidget(self.search_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.order_box)
        layout.addWidget(self.table)
        self.status_box.currentIndexChanged.connect(self._filter)
        self._typing = QTimer(self, singleShot=True, interval=150)  # one query when typing pauses
        self._typing.timeout.connect(self._filter)
        self.search_box.textChanged.connect(self._typing.start)
        self.search_box.returnPressed.connect(self._open_first)
        self.search_box.installEventFilter(self)
        self.order_box.currentIndexChanged.connect(self._sort)
        self.table.clicked.connect(self._chosen)
        self.table.activated.connect(self._chosen)

    def _filter(self) -> None:
        self.model.set_filter(self.status_box.currentData(), self.search_box.text().strip())

    def search_titles(self) -> None:
        """Document > Go to document (Ctrl+L): the keys go to the title search, its text
        selected; Enter then opens the first document listed, Down goes into the list."""
        self.parentWidget().show()  # the Documents panel, if it was closed
        self.search_box.setFocus()
        self.search_box.selectAll()

    def _open_first(self) -> None:
        """Enter in the title search opens the first document listed (the article takes the keys)."""
        if self._typing.isActive():  # typed faster than the list followed
            self._typing.stop()
            self._filter()
        if self.model.rowCount():
            self._chosen(self.model.index(0, 0))

    def eventFilter(self, watched, event) -> bool:
        """Down in the title search goes on into the list, at its first row; Esc gives the
        keys back to the article."""
        if watched is self.search_box and event.type() == QEvent.KeyPress:
            if event.key() == Qt.Key_Down and self.model.rowCount():
                self.table.setFocus()
                self.table.setCurrentIndex(self.model.index(0, 0))
                return True
            if event.key() == Qt.Key_Escape:
                self.searchLeft.emit()
                return True
        return super().eventFilter(watched, event)

    def _sort(self) -> None:
        on = self.order_box.currentData()
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            self.model.sort_by_disagreement(on)
        finally:
            QApplication.restoreOverrideCursor()
        self.table.setColumnHidden(self.model.SCORE, not on)

    def _chosen(self, index) -> None:
        r = self.model.row(index.row())
        if r is not None:
            self.documentChosen.emit(r.id)

    def show_current(self, doc_id: str) -> None:
        row = self.model.row_of(doc_id)
        if row is not None:
            select_row(self.table, row)

    def neighbour(self, doc_id: str, step: int) -> str | None:
        """The id of the next (step=1) or previous (-1) document in the list as filtered; from
        a document the filter dropped (just marked done), the one after or before its place."""
        place = self.model.place_of(doc_id)
        if place is None:
            return self.model.row(0).id if self.model.rowCount() else None
        before, listed = place
        target = before + step if listed else before + min(step, 0)
        if 0 <= target < self.model.rowCount():
            r = self.model.row(target)
            return r.id if r else None
        return None
