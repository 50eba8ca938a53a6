"""The mouse in the article view: selecting by dragging, Shift+click, double-click (a word)
and triple-click (a sentence), and drawing links from a span's underline. A mixin of
`ArticleView`, kept apart for its size.

The mouse is ours: QTextEdit would select from Qt's own hit-testing, which is a space width
off on wrapped right-to-left lines. Points are hit-tested against the drawn glyphs
(`text_geometry.GlyphMap`), and the page never scrolls under the pointer.
"""
from __future__ import annotations

import time

from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from annotator.model import Span
from .snapping import sentence_at, word_at
from .text_geometry import Hit

AUTOSCROLL_MS = 40


class PointerInput:
    def _init_pointer(self) -> None:
        self._dragging = False
        self._link_drag: tuple[Span, QPointF] | None = None  # (from span, pointer) while drawing a link
        self._link_hover: QPointF | None = None  # the pointer, after L, before the click
        self._press = Hit(0, None)
        self._press_point: QPointF | None = None  # in document coordinates; set by every press
        self._double_clicked = (0.0, QPointF())  # when and where (viewport): a third click selects the sentence
        self._last_drag_point = QPointF()
        self._autoscroll = QTimer(self, interval=AUTOSCROLL_MS)
        self._autoscroll.timeout.connect(self._drag_outside)

    def mousePressEvent(self, event) -> None:
        if event.button() != Qt.LeftButton:
            return super().mousePressEvent(event)
        self.setFocus(Qt.MouseFocusReason)
        grabbed = self._handle_at(event.position())
        if grabbed is not None:  # an underline or label name: the start of a link
            self._link_drag = (grabbed, QPointF(event.position()))
            self.viewport().setCursor(Qt.ClosedHandCursor)
            return
        point = self._document_point(event.position())
        if self._third_click(event):
            return
        if event.modifiers() & Qt.ShiftModifier:  # Shift+click extends the selection as a drag would
            # (across "2019" too): from the click that set its anchor, else from where the anchor is drawn
            anchor = self.textCursor().anchor()
            if self._press_point is None or anchor != self._press.position:
                self._press, self._press_point = Hit(anchor, None), self._drawn_point(anchor)
        else:
            self._press, self._press_point = self._glyphs.hit(self.document(), point), point
        self._exact = None
        self._dragging = True
        self._select_dragged(point)

    def mouseMoveEvent(self, event) -> None:
        if self._link_drag is not None:
            self._link_drag = (self._link_drag[0], QPointF(event.position()))
            self.viewport().update()
            return
        if not (self._dragging and event.buttons() & Qt.LeftButton):
            if self.link_mode:  # after L: the link that a click here would make, drawn as a drag draws it
                self._link_hover = QPointF(event.position())
                self.viewport().update()
                return super().mouseMoveEvent(event)
            grab = self._handle_at(event.position()) is not None
            self.viewport().setCursor(Qt.OpenHandCursor if grab else Qt.IBeamCursor)
            return super().mouseMoveEvent(event)
        self._drag_to(event.position())
        outside = not self.viewport().rect().contains(event.position().toPoint())
        if outside != self._autoscroll.isActive():
            self._autoscroll.start() if outside else self._autoscroll.stop()

    def _drawn_point(self, position: int) -> QPointF:
        """Where the caret at a Qt position is drawn (document coordinates): a place the arrow
        keys left the caret is where the reader sees it, whichever side of "2019" that is."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        return self._document_point(QPointF(self.cursorRect(cursor).center()))

    def _drag_to(self, point: QPointF) -> None:
        self._last_drag_point = QPointF(point)
        self._select_dragged(self._document_point(point))

    def _select_dragged(self, point: QPointF) -> None:
        """Select what the drag from the press to `point` (document coordinates) passed over
        (`GlyphMap.swept`); after Shift+click, from the click that set the anchor, or where
        the anchor is drawn, to the point.
        Snapping on, the letters under the pointer at either end count as passed over (a
        press on a word's last letter takes the word); nothing else does: a release in the
        gap after a word takes no more (drawn next to "BBC" in Arabic text, that gap may
        follow "BBC News")."""
        hit = self._glyphs.hit(self.document(), point)
        swept = self._glyphs.swept(self.document(), self._press_point, point)
        if swept is None:  # a click, not a drag
            a = b = self._press.position
        else:
            a, b = swept if self._press.position <= hit.position else swept[::-1]
        if self.snap_to_words and a != b:
            lo, hi = min(a, b), max(a, b)
            for h in (self._press, hit):
                if h.cluster is not None and not self.document().characterAt(h.cluster.start).isspace():
                    lo, hi = min(lo, h.cluster.start), max(hi, h.cluster.end)
            a, b = (lo, hi) if a <= b else (hi, lo)
        self._set_selection(a, b, keep_scroll=True)
        self.viewport().update()

    def _drag_outside(self) -> None:
        """Dragging above or below the view scrolls it, as in any editor."""
        y, height = self._last_drag_point.y(), self.viewport().height()
        step = y if y < 0 else y - height if y > height else 0
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + int(max(-40, min(40, step))))
        self._drag_to(self._last_drag_point)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() != Qt.LeftButton:
            return super().mouseReleaseEvent(event)
        if self._link_drag is not None:
            self._end_link_drag(event.position())
            return
        self._autoscroll.stop()
        if not self._dragging:
            return
        self._dragging = False
        waiting = self.link_mode
        if waiting:  # a click (or a drag) after L ends it: on a span it links, elsewhere it says no link
            self.set_link_mode(False)
        if self.textCursor().hasSelection():
            self._show_snapped_selection()
            hit, linking = None, False
        else:
            linking = waiting or event.modifiers() & Qt.ControlModifier
            hit = self.link_target_at(event.position(), self._selected) if linking else self.span_at(event.position())
            if hit and linking:
                self.spanLinkRequested.emit(hit.id)
            else:
                self.select_span(hit.id if hit else None)
        if waiting and not (hit and linking):
            self.linkCancelled.emit()

    def _end_link_drag(self, point: QPointF) -> None:
        source = self._link_drag[0]
        self._link_drag = None
        self.viewport().setCursor(Qt.IBeamCursor)
        self.viewport().update()
        target = self._link_drop_target(point, source)
        if target is None or target.id == source.id:
            self.select_span(source.id)  # a click on an underline or name selects that span
        else:
            self.spanLinkDragged.emit(source.id, target.id)

    def set_link_mode(self, on: bool) -> None:
        """L: the next click links the selected span to the span clicked. The pointer is a
        cross meanwhile, and the link it would make is drawn; Esc or any click ends it."""
        self.link_mode = on
        self._link_hover = None
        self.viewport().setCursor(Qt.CrossCursor if on else Qt.IBeamCursor)
        self.viewport().update()

    def link_preview(self) -> tuple[Span, QPointF] | None:
        """(from span, pointer) of the link being drawn, or waiting for its click after L."""
        if self._link_drag is not None:
            return self._link_drag
        source = self._span(self._selected) if self.link_mode and self._link_hover is not None else None
        return (source, self._link_hover) if source is not None else None

    def _link_drop_target(self, point: QPointF, source: Span) -> Span | None:
        """Where a link drawn from `source` lands at a viewport point: the span whose underline
        or name is there, else the one `link_target_at` picks."""
        return self._handle_at(point) or self.link_target_at(point, source.id)

    def _handle_at(self, point: QPointF) -> Span | None:
        """My span whose underline or label name is under a viewport point."""
        return next((span for rect, span in self._painter.handles(self._boxes)
                     if rect.contains(point)), None)

    def mouseDoubleClickEvent(self, event) -> None:
        if event.button() != Qt.LeftButton:
            return super().mouseDoubleClickEvent(event)
        under = self._glyphs.hit(self.document(), self._document_point(event.position())).cluster
        if under is None:
            return
        start, end = word_at(self._text, self._map.to_cp(under.start))
        if start < end and self.word_refiner is not None:
            start, end = self.word_refiner(start, end)  # e.g. the stem طرابلس of بطرابلس
        if start < end:
            self.select_exact(start, end, scroll=False)
        self._dragging = False  # the release that follows ends no drag
        self._double_clicked = (time.monotonic(), QPointF(event.position()))

    def _third_click(self, event) -> bool:
        """A press soon after a double-click, where it was: select the sentence there."""
        at, where = self._double_clicked
        self._double_clicked = (0.0, QPointF())
        near = (event.position() - where).manhattanLength() <= QApplication.startDragDistance()
        if time.monotonic() - at > QApplication.doubleClickInterval() / 1000 or not near:
            return False
        hit = self._glyphs.hit(self.document(), self._document_point(event.position()))
        start, end = sentence_at(self._text, self._map.to_cp(hit.position))
        if start < end:
            self.select_exact(start, end, scroll=False)
        self._dragging = False
        return True

    def _show_snapped_selection(self) -> None:
        """After a drag, hold exactly what a label key would tag (and what is painted)."""
        chosen = self.selection_offsets()
        if chosen:
            self.select_offsets(*chosen, keep_scroll=True)
        else:
            self.clear_selection()
