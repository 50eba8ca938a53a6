"""The current document's spans (sortable table), the selected span's attributes and note,
and its relations ("claim ← source")."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout, QHeaderView, QLineEdit,
                               QListWidget, QListWidgetItem, QPushButton, QSizePolicy, QStyle, QTableView, QVBoxLayout,
                               QWidget)

from annotator.model import Relation, Schema, Span
from .bidi import OwnDirectionDelegate
from .label_palette import colour_icon
from .relation_style import arrow
from .i18n import tr
from .plain_text import plain_label
from .row_selection import select_row

EXCERPT = 40


def excerpt(text: str, span: Span) -> str:
    """The span's text, shortened and bidi-isolated so it cannot reorder the text around it."""
    return excerpt_of(text, span.start, span.end)


def excerpt_of(text: str, start: int, end: int) -> str:
    return f"\u2068{shortened(text, start, end)}\u2069"  # FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE


def shortened(text: str, start: int, end: int) -> str:
    """text[start:end] on one line, at most EXCERPT characters."""
    piece = text[start:end].replace("\n", " ")
    return piece if len(piece) <= EXCERPT else piece[:EXCERPT - 1] + "…"


class SpanModel(QAbstractTableModel):
    """The spans of the current document; sorting is done here in Python (fast for 5,000)."""
    COLUMNS = ("Label", "Text", "Start")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._spans: list[Span] = []
        self._text = ""
        self._icons: dict[str, QIcon] = {}
        self._rows: dict[str, int] = {}
        self._shown: dict[str, tuple] = {}  # span id -> the three cells, computed once per change

    def show(self, text: str, spans: list[Span], schema: Schema) -> None:
        self.beginResetModel()
        self._text, self._spans = text, list(spans)
        self._icons = {l.name: colour_icon(l.colour) for l in schema.labels}
        self._shown = {s.id: (s.label, excerpt(text, s), s.start) for s in self._spans}
        self._index_rows()
        self.endResetModel()

    def _index_rows(self) -> None:
        self._rows = {s.id: i for i, s in enumerate(self._spans)}

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._spans)

    def columnCount(self, parent=QModelIndex()) -> int:
        return len(self.COLUMNS)

    def data(self, index, role=Qt.DisplayRole):
        span = self._spans[index.row()]
        if role == Qt.DisplayRole:
            return self._shown[span.id][index.column()]
        if role == Qt.DecorationRole and index.column() == 0:
            return self._icons.get(span.label)
        return None

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        return tr(self.COLUMNS[section]) if role == Qt.DisplayRole and orientation == Qt.Horizontal else None

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        keys = (lambda s: (s.label, s.start), lambda s: self._text[s.start:s.end], lambda s: (s.start, -s.end))
        self.layoutAboutToBeChanged.emit()
        self._spans.sort(key=keys[column], reverse=order == Qt.DescendingOrder)
        self._index_rows()
        self.layoutChanged.emit()

    def span_id(self, row: int) -> str:
        return self._spans[row].id

    def row_of(self, span_id: str | None) -> int | None:
        return self._rows.get(span_id)


class SpanTable(QTableView):
    spanClicked = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.spans = SpanModel(self)
        self.setModel(self.spans)
        self.setItemDelegateForColumn(1, OwnDirectionDelegate(self))
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setSortingEnabled(True)
        self.sortByColumn(2, Qt.AscendingOrder)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(24)
        header = self.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        header.resizeSection(0, 80)
        header.resizeSection(2, 50)
        self.clicked.connect(lambda index: self.spanClicked.emit(self.spans.span_id(index.row())))

    def show_spans(self, text: str, spans: list[Span], schema: Schema) -> None:
        self.spans.show(text, spans, schema)
        header = self.horizontalHeader()
        self.spans.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def show_selected(self, span_id: str | None) -> None:
        row = self.spans.row_of(span_id)
        if row is None:
            self.clearSelection()
        else:
            select_row(self, row)


class SpanEditor(QWidget):
    """Attributes allowed by the span's label (e.g. a SOURCE's type) and a free note."""
    attributeChanged = Signal(str, str, object)  # span id, name, value (None clears)
    noteChanged = Signal(str, str)
    noteLeft = Signal()  # Enter or Esc in the note: the keys go back to the article

    def __init__(self, parent=None):
        super().__init__(parent)
        self._span: Span | None = None
        self.title = plain_label(tr("No span selected"), wordWrap=True)
        # A long span must not widen the panel: that would re-wrap the article under the pointer.
        self.title.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.form = QFormLayout()
        self.note = QLineEdit(placeholderText=tr("Note (F2)"))
        self.note.editingFinished.connect(self._note_done)
        self.note.returnPressed.connect(self.noteLeft)
        drop = QShortcut(QKeySequence(Qt.Key_Escape), self.note, self._note_dropped)
        drop.setContext(Qt.WidgetShortcut)  # the note's only: PySide6 drops a `context=` given with a slot
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(self.form)
        layout.addWidget(self.note)
        self.note.setEnabled(False)

    def show_span(self, span: Span | None, text: str, schema: Schema, other: Span | None = None) -> None:
        """Edit my `span`; or show `other`, another layer's span, read-only."""
        self._span = span
        while self.form.rowCount():
            self.form.removeRow(0)
        self.note.setEnabled(span is not None)  # the title stays readable: it says what Enter does
        if span is None:
            self._set_title(tr("{layer}: {label} {text} (read-only; Enter copies it into your layer)").format(
                layer=f"\u2068{other.annotator}\u2069", label=other.label, text=excerpt(text, other))
                if other else tr("No span selected"))
            self.note.clear()
            return
        self._set_title(f"{span.label}: {excerpt(text, span)}")
        label = schema.label(span.label)
        for name, values in (label.attributes if label else {}).items():
            box = QComboBox()
            box.addItem("—", None)
            for v in values:
                box.addItem(str(v), v)
            box.setCurrentIndex(max(0, box.findData(span.attrs.get(name))))
            box.currentIndexChanged.connect(lambda _i, n=name, b=box: self._attr_done(n, b.currentData()))
            self.form.addRow(plain_label(name), box)
        self.note.setText(span.note)

    def _set_title(self, text: str) -> None:
        self.title.setText(text)
        self._fit_title()

    def _fit_title(self) -> None:
        """The title as tall as its wrapped lines: the splitter it sits in knows no
        height-for-width, and would cut a long title's lines in half."""
        self.title.setMinimumHeight(self.title.heightForWidth(max(1, self.title.width())))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_title()

    def _attr_done(self, name: str, value) -> None:
        if self._span and self._span.attrs.get(name) != value:
            self.attributeChanged.emit(self._span.id, name, value)

    def edit_note(self) -> bool:
        """F2: type the selected span's note (Enter saves it, Esc leaves it as it was)."""
        if self._span is None:
            return False
        self.note.setFocus(Qt.ShortcutFocusReason)
        self.note.selectAll()
        return True

    def _note_dropped(self) -> None:
        if self._span is not None:
            self.note.setText(self._span.note)  # before focus leaves: nothing is saved
        self.noteLeft.emit()

    def _note_done(self) -> None:
        if self._span and self.note.text() != self._span.note:
            self.noteChanged.emit(self._span.id, self.note.text())
            self.note.setText(self.note.text())  # saved: Ctrl+Z now undoes the action, not the typing


class RelationList(QWidget):
    """One item per relation, one line per end ("CUE «قالت»" / "→ CLAIM «…»"). An excerpt is
    shortened to fit its line rather than wrapped: a right-to-left excerpt broken across
    lines of a left-to-right item puts its closing guillemet beside its first word."""
    relationClicked = Signal(str)   # span id of the claim (from end)
    deleteRequested = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.list.viewport().installEventFilter(self)
        self.list.installEventFilter(self)  # Delete removes the picked link
        self.delete = QPushButton(tr("Remove link"))
        self.delete.clicked.connect(self._delete)
        self.delete.setEnabled(False)  # until a link is picked: a click then did nothing, silently
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.delete)
        self._relations: dict[str, Relation] = {}
        self._ends: list[tuple[Relation, Span, Span]] = []
        self._text = ""
        self._room = -1  # the width the items' texts were fitted to
        self.list.itemClicked.connect(self._picked)
        self.list.currentItemChanged.connect(self._current)

    def _picked(self, item) -> None:
        self.relationClicked.emit(self._relations[item.data(Qt.UserRole)].from_id)

    def _current(self, item, _before) -> None:
        """A link picked: Remove link can act; reached with the arrows, the article shows it too."""
        self.delete.setEnabled(item is not None)
        if item is not None and self.list.hasFocus():
            self._picked(item)

    def show_relations(self, text: str, spans: list[Span], relations: list[Relation]) -> None:
        by_id = {s.id: s for s in spans}
        self._text = text
        self._relations = {r.id: r for r in relations}
        self._ends = [(r, by_id[r.from_id], by_id[r.to_id]) for r in relations
                      if r.from_id in by_id and r.to_id in by_id]
        self._room = self._width()
        self.list.clear()
        for (r, a, b), shown in zip(self._ends, self._texts(self._room)):
            item = QListWidgetItem(shown)
            item.setData(Qt.UserRole, r.id)
            item.setToolTip(f"{a.label} «{excerpt(text, a)}» {arrow(r.type, self._rtl())} {b.label} "
                            f"«{excerpt(text, b)}»  ({r.type})")
            self.list.addItem(item)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.list and event.type() == QEvent.KeyPress and event.key() == Qt.Key_Delete:
            self._delete()  # the link, not its claim: the keys stay here after a link is clicked
            return True
        # the viewport's resizes: its width changes with the panel's and when a scroll bar comes or goes
        if event.type() == QEvent.Resize and self._width() != self._room:
            self._room = self._width()
            for row, shown in enumerate(self._texts(self._room)):
                self.list.item(row).setText(shown)
        return False

    def _width(self) -> int:
        """What an item's text may take of the list's width."""
        margin = self.list.style().pixelMetric(QStyle.PM_FocusFrameHMargin) + 1  # as the item draws
        return self.list.viewport().width() - 2 * margin - 2

    def _texts(self, room: int) -> list[str]:
        """Each relation's two lines, each excerpt cut to what its line leaves it in `room`."""
        metrics = self.list.fontMetrics()
        widths: dict[str, int] = {}  # of the parts around the excerpts: few distinct ones
        cut: dict[tuple, str] = {}  # a span's excerpt in so many pixels: a claim is in several relations

        def line(before: str, span: Span, after: str) -> str:
            if before + after not in widths:
                widths[before + after] = metrics.horizontalAdvance(before + after)
            key = (span.start, span.end, room - widths[before + after])
            if key not in cut:
                cut[key] = metrics.elidedText(shortened(self._text, span.start, span.end), Qt.ElideRight,
                                              max(1, key[2]))
            return f"{before}\u2068{cut[key]}\u2069{after}"

        rtl = self._rtl()
        return [f"{line(f'{a.label} «', a, '»')}\n{line(f'{arrow(r.type, rtl)} {b.label} «', b, f'»  ({r.type})')}"
                for r, a, b in self._ends]

    def _rtl(self) -> bool:
        return self.layoutDirection() == Qt.RightToLeft

    def _delete(self) -> None:
        item = self.list.currentItem()
        if item:
            self.deleteRequested.emit(self._relations[item.data(Qt.UserRole)])
