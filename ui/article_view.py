"""The article view: read-only right-to-left text with spans painted over it.

This is the ONLY module where Qt text positions (UTF-16 code units) meet core offsets
(Python code points). Everything outside speaks code points; `OffsetMap` converts.
The text is inserted as plain text (never HTML) and positions are never derived from
toPlainText()/selectedText(). Spans are handed to `SpanPainter` in Qt positions; it paints
highlights from glyph runs under the untouched text, so a span inside a word (طرابلس in
بطرابلس) keeps letters joined and a span over mixed Arabic/Latin covers exactly its glyphs.

What you see is what you tag: the mouse is hit-tested against the drawn glyphs
(`text_geometry`, not Qt's xToCursor, which is a space width off on wrapped RTL lines), and
the selection is painted by us from the range a label key would store (`selection_offsets`,
snapped), never by Qt from its raw cursor.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (QColor, QContextMenuEvent, QFontMetricsF, QGuiApplication, QKeySequence, QPainter, QPalette,
                           QTextBlockFormat, QTextCursor, QTextDocument)
from PySide6.QtWidgets import QTextEdit, QToolTip

from annotator.model import Relation, Schema, Span
from .bidi import reads_left_to_right
from .fonts import article_font
from .keyboard_layout import latin_key
from .snapping import snap, step_edge
from .span_levels import stack_levels
from .span_painter import SpanPainter
from .article_pointer import PointerInput
from .text_geometry import GlyphMap
from .plain_text import tooltip

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
LINE_HEIGHT_PERCENT = 190  # room under each line for stacked underlines and a row of label names
FOUND_COLOUR = QColor(255, 190, 0, 80)  # the find bar's hits: amber, lighter than a selection
MORE_ROWS = 3  # rows of label names made room for at most, beyond the first
SAMPLE_SPANS = 1000  # spans, from the top, whose names foretell the room a document needs
LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"  # the width of an average letter: what a name's width is counted in
MIN_POINT_SIZE, MAX_POINT_SIZE = 8, 48
SELECTION_ALPHA = 110


class OffsetMap:
    """Code points <-> UTF-16 positions, by bisection over the astral characters."""

    def __init__(self, text: str):
        self.length = len(text)
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        self._astral_qt = [cp + k for k, cp in enumerate(self._astral)]

    def to_qt(self, cp: int) -> int:
        return cp + bisect_left(self._astral, cp)

    def to_cp(self, qt: int, forward: bool = True) -> int:
        """A Qt position as a code point; inside a surrogate pair, snap after (or before) it."""
        k = bisect_right(self._astral_qt, qt - 2)  # astral characters wholly before `qt`
        cp = qt - k
        if k < len(self._astral_qt) and self._astral_qt[k] == qt - 1 and not forward:
            cp -= 1
        return max(0, min(cp, self.length))


class ArticleView(PointerInput, QTextEdit):
    spanSelected = Signal(object)      # span id or None
    spanLinkRequested = Signal(str)    # Ctrl+click on a span: link the selected span to it
    linkCancelled = Signal()           # Esc after L
    spanLinkDragged = Signal(str, str)  # a drag from one span's underline or name to another span
    hotkeyPressed = Signal(str)        # a label hotkey typed in the view
    keyCommand = Signal(str)           # "delete", "end±1", "start±1", "copy", "accept-label", "accept-links"
    menuRequested = Signal(QPoint)     # where the context menu opens (global): span picked already

    def __init__(self, parent=None):
        super().__init__(parent)
        self._glyphs = GlyphMap()
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextSelectableByMouse | Qt.TextSelectableByKeyboard)
        self.setMouseTracking(True)
        # Lines wrap at the view's width, anywhere if a word is wider: a bar could only ever
        # scroll the pixel a line's rounding adds, and would take a line's height.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setFont(article_font())
        self._line_height = LINE_HEIGHT_PERCENT  # percent: room under each line for its names (`_room_needed`)
        self._touched = False  # a key or button pressed in the article since its document opened
        self._found: list[tuple[int, int]] = []  # the find bar's hits (Qt positions), by start
        self._found_longest = 0
        self._breaks: list[int] = []  # where the text's line feeds are (code points): paragraphs
        self.setDocument(self._new_document("", LINE_HEIGHT_PERCENT))
        self.snap_to_words = True
        self.link_mode = False  # the next span click links the selected span to it
        self.word_refiner = None  # (start, end) of a double-clicked word -> the range to select
        self.linkable = None  # (span, span) -> whether a link may join them (either way)
        self._text = ""
        self._map = OffsetMap("")
        self._hotkeys: dict[str, str] = {}
        self._spans: list[Span] = []
        self._others: list[Span] = []
        self._relations: list[Relation] = []
        self._selected: str | None = None
        self._exact: tuple[int, int] | None = None  # a range to tag as is (see select_exact)
        self._painter = SpanPainter()
        self._levels: dict[str, int] = {}
        self._boxes: list = []
        self._selection_colour = self._hide_qt_selection()
        self._init_pointer()

    def _hide_qt_selection(self) -> QColor:
        """Qt paints its selection from its own (offset) geometry: make it invisible and
        return the colour our painter uses instead."""
        palette = self.palette()
        colour = QColor(palette.color(QPalette.Active, QPalette.Highlight))
        colour.setAlpha(SELECTION_ALPHA)
        for group in (QPalette.Active, QPalette.Inactive):
            palette.setColor(group, QPalette.Highlight, Qt.transparent)
            palette.setColor(group, QPalette.HighlightedText, palette.color(group, QPalette.Text))
        self.setPalette(palette)
        return colour

    # ----- content -------------------------------------------------------------------
    def set_schema(self, schema: Schema) -> None:
        self._hotkeys = {l.hotkey.lower(): l.name for l in schema.labels if l.hotkey}  # keys compare lower-case
        self._painter.colours = {l.name: QColor(l.colour) for l in schema.labels}

    def load(self, text: str, spans: list[Span], relations: list[Relation], others: list[Span] = (),
             other_relations: list[Relation] = ()) -> None:
        self._text, self._map = text, OffsetMap(text)
        self._breaks = [m.start() for m in re.finditer("\n", text)]
        self._selected, self._exact = None, None
        self._touched = False
        self._found = []  # the hits were offsets into the text before
        self.set_annotations(spans, relations, others, other_relations)
        self._line_height = self._room_needed()
        self._set_document()
        # From the top, margin and all: Qt kept the last article's scroll, which its cursor
        # (at the first line) then cut to the first line's top, hiding the curves above it.
        self.verticalScrollBar().setValue(0)

    def _set_document(self) -> None:
        old = self.document()
        self.setDocument(self._new_document(self._text, self._line_height))
        old.deleteLater()
        self._glyphs.clear()

    def text(self) -> str:
        return self._text

    def _new_document(self, text: str, line_height: int) -> QTextDocument:
        """A plain-text document (never HTML) laid out right to left with room under lines.

        The block format is set before the text goes in, so every block inherits it:
        40x faster than formatting a 200,000-character document afterwards.
        """
        doc = QTextDocument(self)
        doc.setUndoRedoEnabled(False)
        doc.setDefaultFont(self.font())
        doc.setDocumentMargin(16)  # room for relation curves above the first line
        option = doc.defaultTextOption()
        option.setTextDirection(Qt.RightToLeft)
        # No IncludeTrailingSpaces: with it, cursorToX on wrapped RTL lines is a space width
        # off the glyphs (label markers and the caret were drawn one letter early).
        doc.setDefaultTextOption(option)
        fmt = QTextBlockFormat()
        fmt.setLineHeight(line_height, QTextBlockFormat.ProportionalHeight.value)
        cursor = QTextCursor(doc)
        cursor.setBlockFormat(fmt)
        cursor.insertText(text)  # plain text: "<b>" stays "<b>"; "\n" starts a block
        _english_paragraphs_left_to_right(doc, text)
        return doc

    def set_annotator(self, name: str) -> None:
        """Whose spans are filled and editable; spans of other layers are outlined."""
        self._painter.mine = name

    def set_annotations(self, spans: list[Span], relations: list[Relation], others: list[Span] = (),
                        other_relations: list[Relation] = ()) -> None:
        """My spans, and those of the layers shown beside mine (a span I already have, same
        place and label, is not drawn twice). The text does not move: room for names is made
        when a document opens and when the layers shown change (`make_room`), never under an
        edit, where the next word the pointer aims at would move away."""
        have = {(s.start, s.end, s.label) for s in spans}
        self._others = [s for s in others if (s.start, s.end, s.label) not in have]
        self._painter.name_layers = len({s.annotator for s in self._others}) > 1
        self._spans, self._relations = list(spans), [*relations, *other_relations]
        to_qt = self._map.to_qt
        self._levels = {**stack_levels(self._spans), **stack_levels(self._others)}
        self._painter.set_spans([(to_qt(s.start), to_qt(s.end), s) for s in (*self._spans, *self._others)],
                                self._levels)
        if self._selected and not any(s.id == self._selected for s in (*self._spans, *self._others)):
            self._selected = None
        self.viewport().update()

    def make_room(self) -> None:
        """Room for names made anew (the layers shown, or the text size, have changed): the
        document laid out again if it must, its selection and the line at the top kept."""
        line_height = self._room_needed()
        if line_height == self._line_height:
            return
        top, selected = self.line_at_top(), self.textCursor()
        self._line_height = line_height
        self._set_document()
        self._set_selection(selected.anchor(), selected.position(), keep_scroll=True)
        self.keep_at_top(top)

    def line_at_top(self) -> tuple[int, float] | None:
        """(a Qt position in the line at the top, where that line is on screen); None when the
        article is at its very top (the margin above the first line, where its curves run)."""
        if self.verticalScrollBar().value() == 0:
            return None
        cursor = self._top_cursor()
        cursor.movePosition(QTextCursor.StartOfLine)  # its first word stays first under a new width
        return cursor.position(), self.cursorRect(cursor).top()

    def keep_at_top(self, top: tuple[int, float] | None) -> None:
        """Scroll so that the line `line_at_top` gave is where it was, after a new layout (or
        when the same document is shown again)."""
        bar = self.verticalScrollBar()
        if top is None:
            bar.setValue(0)
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(top[0])
        bar.setValue(bar.value() + round(self.cursorRect(cursor).top() - top[1]))

    def make_room_if_untouched(self) -> None:
        """`make_room` for spans that came after the document opened (a recommender's, from
        its worker thread), unless the annotator has already pressed a key or button in the
        article: then the text stays where the pointer aims."""
        if not self._touched:
            self.make_room()

    def mousePressEvent(self, event) -> None:
        self._touched = True
        super().mousePressEvent(event)

    def _room_needed(self) -> int:
        """The line height (percent) that leaves room for the rows of label names the spans
        need (up to MORE_ROWS more than one, `SpanPainter.name_rows`): names of spans that
        start a few letters apart (the same words in several layers, a cue and its source)
        stack, and would otherwise run over the next line. Foreseen from the first paragraphs
        (SAMPLE_SPANS spans in all): opening a long article stays quick."""
        paragraphs: dict[int, list[Span]] = {}
        for s in sorted((*self._spans, *self._others), key=lambda s: s.start)[:SAMPLE_SPANS]:
            paragraphs.setdefault(bisect_right(self._breaks, s.start), []).append(s)
        metrics = QFontMetricsF(self.font())
        letter = metrics.horizontalAdvance(LETTERS) / len(LETTERS)
        rows = 1
        for spans in paragraphs.values():
            if len(spans) > 1 and rows <= MORE_ROWS:
                rows = max(rows, self._painter.name_rows(spans, letter))
        row = 100 * (self._painter.label_height + 3) / metrics.height()  # and the outlines around nested spans
        return LINE_HEIGHT_PERCENT + round(min(rows - 1, MORE_ROWS) * row)

    def others(self) -> list[Span]:
        """The spans of other layers drawn now."""
        return self._others

    def spans(self) -> list[Span]:
        return self._spans

    # ----- selection in code points --------------------------------------------------
    def selection_offsets(self) -> tuple[int, int] | None:
        """The current text selection as a clean span range, or None if nothing to tag."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start = self._map.to_cp(cursor.selectionStart(), forward=False)
        end = self._map.to_cp(cursor.selectionEnd(), forward=True)
        if (start, end) != self._exact:
            start, end = snap(self._text, start, end, self.snap_to_words)
        return (start, end) if start < end else None

    def select_offsets(self, start: int, end: int, keep_scroll: bool = False) -> None:
        """Select [start, end) (code points) as if the user had dragged over it."""
        self._set_selection(self._map.to_qt(start), self._map.to_qt(end), keep_scroll)

    def _set_selection(self, anchor: int, position: int, keep_scroll: bool) -> None:
        """Qt positions. `keep_scroll`: under the pointer the page must not move, and Qt
        scrolls to "show" its cursor by its own, offset, geometry."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(anchor)
        cursor.setPosition(position, QTextCursor.KeepAnchor)
        bars = (self.horizontalScrollBar(), self.verticalScrollBar())
        scrolled = [bar.value() for bar in bars]
        self.setTextCursor(cursor)
        if keep_scroll:
            for bar, value in zip(bars, scrolled):
                bar.setValue(value)

    def select_exact(self, start: int, end: int, scroll: bool = True) -> None:
        """Select [start, end) to be tagged without snapping: another annotator's span, or a
        stem, which may start inside a word (طرابلس in بطرابلس)."""
        self.select_offsets(start, end, keep_scroll=not scroll)
        self._exact = (start, end)
        if scroll:
            self.ensureCursorVisible()

    def clear_selection(self) -> None:
        self._exact = None
        cursor = self.textCursor()
        cursor.clearSelection()
        self.setTextCursor(cursor)

    def _document_point(self, point: QPointF) -> QPointF:
        return QPointF(point.x() + self.horizontalScrollBar().value(), point.y() + self.verticalScrollBar().value())

    def qt_position(self, offset: int) -> int:
        """For tests and scripts that need to place the Qt cursor at a code point."""
        return self._map.to_qt(offset)

    # ----- span selection ------------------------------------------------------------
    @property
    def selected_span_id(self) -> str | None:
        return self._selected

    def select_span(self, span_id: str | None, scroll: bool = False) -> None:
        self._selected = span_id
        if span_id and scroll:
            self.scroll_to_span(span_id)
        self.viewport().update()
        self.spanSelected.emit(span_id)

    def _span(self, span_id: str | None) -> Span | None:
        """The span of that id drawn now (mine or a shown layer's)."""
        return next((s for s in (*self._spans, *self._others) if s.id == span_id), None) if span_id else None

    def selected_span_range(self) -> tuple[int, int] | None:
        span = self._span(self._selected)
        return (span.start, span.end) if span else None

    def copy_span_text(self) -> None:
        """Ctrl+C on a selected span (no text selected): its words to the clipboard."""
        chosen = self.selected_span_range()
        if chosen:
            QGuiApplication.clipboard().setText(self._text[chosen[0]:chosen[1]])

    def scroll_to_span(self, span_id: str) -> None:
        span = self._span(span_id)
        if span:
            cursor = QTextCursor(self.document())
            cursor.setPosition(self._map.to_qt(span.start))
            self.setTextCursor(cursor)
            self.ensureCursorVisible()

    def cycle_span(self, step: int) -> None:
        """Tab / Shift+Tab: my spans in reading order."""
        self._cycle(self._spans, step)

    def cycle_others(self, step: int) -> None:
        """F8 / Shift+F8: the spans of the shown layers (suggestions first to review)."""
        self._cycle(self._others, step)

    def _cycle(self, spans: list[Span], step: int) -> None:
        ordered = [s.id for s in sorted(spans, key=lambda s: (s.start, -s.end))]
        if not ordered:
            return
        if self._selected in ordered:
            i = ordered.index(self._selected) + step
        else:  # from the selected span of the other kind, or the top
            here = next((s.start for s in (*self._spans, *self._others) if s.id == self._selected), None)
            starts = [s.start for s in sorted(spans, key=lambda s: (s.start, -s.end))]
            i = (bisect_left(starts, here) if step > 0 else bisect_left(starts, here) - 1) if here is not None \
                else (0 if step > 0 else -1)
        self.select_span(ordered[i % len(ordered)], scroll=True)

    # ----- zoom ------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:
        """A new width: new line breaks, and the line at the top stays there (Qt kept the
        pixel offset, which showed another paragraph)."""
        self._glyphs.clear()  # (no signal for it: a connection to documentSizeChanged made
        rewrapped = event.oldSize().width() != event.size().width()  # inserting 200,000 characters 100x slower)
        top = self.line_at_top() if rewrapped else None
        super().resizeEvent(event)
        if rewrapped:
            self.keep_at_top(top)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.FontChange:  # zoom: new glyph places
            self._glyphs.clear()
        super().changeEvent(event)

    def wheelEvent(self, event) -> None:
        """Ctrl+wheel zooms as Ctrl+= and Ctrl+- do (QTextEdit's own zoom made no room for the names)."""
        if event.modifiers() & Qt.ControlModifier:
            notches = event.angleDelta().y() / 120
            if notches:
                self.zoom(notches)
            event.accept()
            return
        super().wheelEvent(event)

    def zoom(self, step: float) -> None:
        font = self.font()
        font.setPointSizeF(max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, font.pointSizeF() + step)))
        self.setFont(font)
        self.make_room()  # the names keep their size: a row of them is a share of another line

    # ----- keys ------------------------------------------------------------------------
    def _selected_paragraph(self):
        """The block of the selected span (else of the cursor)."""
        span = self._span(self._selected)
        position = self._map.to_qt(span.start) if span else self.textCursor().position()
        return self.document().findBlock(position)

    def keyPressEvent(self, event) -> None:
        self._touched = True
        self._double_clicked = (0.0, QPointF())  # a click after a key is no third click
        key, mods, text = event.key(), event.modifiers(), event.text()
        if mods & Qt.AltModifier and key in (Qt.Key_Left, Qt.Key_Right):
            # Edges move in logical order: in RTL text Left is forward (in an English paragraph,
            # Right). Alt+Shift+arrows (the start) are kept for old hands, though Alt+Shift
            # switches keyboard layouts.
            forward = (key == Qt.Key_Left) == (self._selected_paragraph().textDirection() == Qt.RightToLeft)
            edge = "start" if mods & Qt.ShiftModifier else "end"
            self.keyCommand.emit(f"{edge}{'+1' if forward else '-1'}")
            return
        if mods & Qt.AltModifier and key in (Qt.Key_Up, Qt.Key_Down):  # the start: Up earlier, Down later
            self.keyCommand.emit("start-1" if key == Qt.Key_Up else "start+1")
            return
        if key in (Qt.Key_Delete, Qt.Key_Backspace) and self._selected:
            self.keyCommand.emit("delete")
            return
        if key in (Qt.Key_Return, Qt.Key_Enter) and self._selected:
            self.keyCommand.emit("accept-label" if mods & Qt.ControlModifier else
                                 "accept-links" if mods & Qt.ShiftModifier else "copy")
            return
        if event.matches(QKeySequence.Copy) and not self.textCursor().hasSelection() and self._selected:
            self.copy_span_text()
            return
        if key == Qt.Key_F8:
            self.cycle_others(-1 if mods & Qt.ShiftModifier else 1)
            return
        if key == Qt.Key_Escape and self.link_mode:
            self.set_link_mode(False)
            self.linkCancelled.emit()
            return
        if key in (Qt.Key_Tab, Qt.Key_Backtab) and not mods & Qt.ControlModifier:
            self.cycle_span(-1 if key == Qt.Key_Backtab or mods & Qt.ShiftModifier else 1)
            return
        if text and not mods & (Qt.ControlModifier | Qt.AltModifier):
            label = self.label_of_key(text)
            if label:
                self.hotkeyPressed.emit(label)
                return
            if latin_key(text) != text:  # e.g. L for link, typed as «م»: Qt matches shortcuts by text
                self.keyCommand.emit(f"key {latin_key(text)}")
                return
        super().keyPressEvent(event)

    def label_of_key(self, text: str) -> str | None:
        """The label whose key typed `text`, under the Latin or the Arabic keyboard layout."""
        return self._hotkeys.get(text.lower()) or self._hotkeys.get(latin_key(text).lower())

    def focusNextPrevChild(self, next_: bool) -> bool:
        return False  # Tab cycles spans instead of leaving the view

    def moved_edge(self, span: Span, command: str) -> tuple[int, int]:
        """The new [start, end) for a keyboard edge move, one letter with its marks at a time."""
        edge, step = command[:-2], int(command[-2:])
        start, end = span.start, span.end
        if edge == "start":
            return step_edge(self._text, start, step, 0, end - 1), end
        return start, step_edge(self._text, end, step, start + 1, len(self._text))

    def contextMenuEvent(self, event) -> None:
        """Right-click: on a span, select it; in the selection, keep it; elsewhere, clear both.
        The menu (`article_menu`) then acts on what is selected, as the keys would."""
        self._touched = True
        where = event.globalPos()
        if event.reason() == QContextMenuEvent.Keyboard:  # the Menu key: under what it acts on
            rects = self.selection_rects() or (self.span_rects(self._selected) if self._selected else [])
            if rects:
                where = self.viewport().mapToGlobal(rects[0].bottomLeft().toPoint())
        else:
            point = QPointF(event.pos())  # viewport coordinates
            if not any(rect.contains(point) for rect in self.selection_rects()):
                span = self.span_at(point)
                self.clear_selection()
                self.select_span(span.id if span else None)
        self.menuRequested.emit(where)

    def event(self, event) -> bool:
        if event.type() == QEvent.ToolTip:
            hit = self.span_at(QPointF(self.viewport().mapFrom(self, event.pos())))
            if hit:
                attrs = ", ".join(f"{k}: {v}" for k, v in hit.attrs.items())
                name = hit.label if self._painter.is_mine(hit) else f"{hit.label} · {hit.annotator}"  # whose
                tip = "\n".join(x for x in (name, attrs, hit.note) if x)
                QToolTip.showText(event.globalPos(), tooltip(tip), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def span_rects(self, span_id: str) -> list[QRectF]:
        """Where a span is painted now (viewport coordinates), one rect per visual piece."""
        self._boxes = self._visible_boxes()
        return [b.rect for b in self._boxes if b.span.id == span_id and not b.first]

    def span_at(self, point: QPointF) -> Span | None:
        """The innermost span painted under a viewport point; mine before another layer's."""
        return next(iter(self.spans_at(point)), None)

    def spans_at(self, point: QPointF) -> list[Span]:
        """Every span painted under a viewport point, innermost first, mine before another layer's."""
        hits = [b.span for b in self._boxes if not b.first and b.rect.adjusted(-3, -3, 3, 3).contains(point)]
        inside = [s for s in hits if any(b.span is s and b.rect.contains(point) for b in self._boxes)] or hits
        return sorted(dict.fromkeys(inside), key=lambda s: (not self._painter.is_mine(s), s.end - s.start))

    def link_target_at(self, point: QPointF, source_id: str | None) -> Span | None:
        """The span under a viewport point that a link from `source_id` goes to: the innermost
        one such a link may join (a claim dropped on the ORG inside a SOURCE goes to the
        SOURCE), else the innermost one (the window says why no link joins them)."""
        under = self.spans_at(point)
        source = self._span(source_id)
        if source is not None and self.linkable is not None:
            return next((s for s in under if s.id != source.id and self.linkable(source, s)), next(iter(under), None))
        return next(iter(under), None)

    # ----- painting ------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        self._boxes = self._visible_boxes()
        painter = QPainter(self.viewport())
        self._painter.paint_under(painter, self._boxes)
        for rect in self.found_rects():
            painter.fillRect(rect, FOUND_COLOUR)
        for rect in self.selection_rects():
            painter.fillRect(rect, self._selection_colour)
        painter.end()
        super().paintEvent(event)  # the text, drawn once over the highlights
        painter = QPainter(self.viewport())
        self._painter.paint_over(painter, self._boxes, self._selected, self._relations)
        preview = self.link_preview()
        if preview is not None:
            source, point = preview
            target = self._link_drop_target(point, source)
            joinable = target is not None and target.id != source.id and \
                (self.linkable is None or self.linkable(source, target))
            self._painter.paint_rubber_band(painter, self._boxes, source, point, target if joinable else None)
        painter.end()

    def selection_rects(self) -> list[QRectF]:
        """Where the selection is painted (viewport coordinates): the glyphs of exactly the
        range a label key would store, so the highlight never differs from the saved span."""
        chosen = self.selection_offsets()
        if not chosen:
            return []
        return self._range_rects(self._map.to_qt(chosen[0]), self._map.to_qt(chosen[1]))

    def set_found(self, hits: list[tuple[int, int]]) -> None:
        """Mark these ranges of the text (code points: the find bar's hits) under the text."""
        to_qt = self._map.to_qt
        self._found = sorted((to_qt(start), to_qt(end)) for start, end in hits)
        self._found_longest = max((end - start for start, end in self._found), default=0)
        self.viewport().update()

    def found_rects(self) -> list[QRectF]:
        """Where the marked hits on screen are painted (viewport coordinates)."""
        if not self._found:
            return []
        viewport, top = self.viewport().rect(), self._top_cursor()
        last = max(self.cursorForPosition(viewport.bottomLeft()).position(),
                   self.cursorForPosition(viewport.bottomRight()).position())
        lo = bisect_left(self._found, (top.position() - self._found_longest,))
        hi = bisect_right(self._found, (last, last))
        return [rect for start, end in self._found[lo:hi] for rect in self._range_rects(start, end, top.block())]

    def _range_rects(self, start: int, end: int, block=None) -> list[QRectF]:
        """Where the Qt range [start, end) is drawn on screen (`block`: the first on screen)."""
        block = block if block is not None else self._first_visible_block()
        return self._painter.range_rects(self.document(), block, start, end, self.horizontalScrollBar().value(),
                                         self.verticalScrollBar().value(), self.viewport().height())

    def _first_visible_block(self):
        return self._top_cursor().block()

    def _top_cursor(self) -> QTextCursor:
        """The text at the top of the viewport. Not hit in the document's top margin: the first
        such hit after a document is set answers its end (Qt 6.11), so the first paint of an
        opened article drew no span, and room made before it jumped to the article's end."""
        below_margin = max(0, math.ceil(self.document().documentMargin()) - self.verticalScrollBar().value())
        return self.cursorForPosition(QPoint(0, below_margin))

    def _visible_boxes(self) -> list:
        return self._painter.boxes(self.document(), self._first_visible_block(), self.horizontalScrollBar().value(),
                                   self.verticalScrollBar().value(), self.viewport().height())


# A paragraph's first letter, if it is neither Arabic nor Hebrew (digits and signs before it skipped):
# the few paragraphs worth a look, found in one pass over a 200,000-character article.
_FOREIGN_START = re.compile(r"(?m)^[^\w\n\u2029]*(?:[\d_][^\w\n\u2029]*)*(?=[^\W\d_])"
                            r"(?![\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff])")
_BLOCK_BREAK = re.compile("[\n\u2029]")


def _english_paragraphs_left_to_right(doc: QTextDocument, text: str) -> None:
    """An English paragraph in an Arabic article reads left to right ("resume on 4 May.",
    not ".resume on 4 May"); every other paragraph keeps the article's direction."""
    number, counted = 0, 0  # blocks before `counted`, counted as the matches come
    for match in _FOREIGN_START.finditer(text):
        end = _BLOCK_BREAK.search(text, match.start())
        if reads_left_to_right(text[match.start():end.start() if end else len(text)]):
            number += len(_BLOCK_BREAK.findall(text, counted, match.start()))
            counted = match.start()
            block = doc.findBlockByNumber(number)
            fmt = block.blockFormat()
            fmt.setLayoutDirection(Qt.LeftToRight)
            QTextCursor(block).setBlockFormat(fmt)
