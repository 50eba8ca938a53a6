"""Find in the article (Ctrl+F), above it: matched as `annotator.search` matches, so harakat
and tatweel are ignored, alef, hamza and ya forms are alike, and a word is found behind its
proclitics (طرابلس in بطرابلس). Every hit is marked; Enter and F3 select the next one exactly,
so that after Esc a label key tags it.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLineEdit, QToolButton

from annotator.search import find_all
from .i18n import tr
from .plain_text import plain_label


class FindBar(QFrame):
    def __init__(self, view, parent=None):
        super().__init__(parent)
        self.view = view
        self.field = QLineEdit(placeholderText=tr("Find in the article (harakat ignored, alef and ya forms alike)"))
        self.field.setClearButtonEnabled(True)
        self.count = plain_label()
        previous = QToolButton(text="▲", autoRaise=True, toolTip=tr("Previous hit (Shift+Enter, Shift+F3)"))
        following = QToolButton(text="▼", autoRaise=True, toolTip=tr("Next hit (Enter, F3)"))
        close = QToolButton(text="✕", autoRaise=True, toolTip=tr("Close (Esc): keys go back to the article"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        for widget, stretch in ((self.field, 1), (self.count, 0), (previous, 0), (following, 0), (close, 0)):
            layout.addWidget(widget, stretch)
        self._hits: list[tuple[int, int]] = []  # code points of the article's text
        self._at = -1  # the hit selected last
        self._typing = QTimer(self, singleShot=True, interval=150)  # one search when typing pauses
        self._typing.timeout.connect(self.search)
        self.field.textChanged.connect(self._typing.start)
        previous.clicked.connect(lambda: self.step(-1))
        following.clicked.connect(lambda: self.step(1))
        close.clicked.connect(self.close_bar)
        self.field.installEventFilter(self)
        self.hide()

    def open(self) -> None:
        """Ctrl+F: the bar, its text ready to be typed over (the article's selection, else its
        selected span, if short)."""
        chosen = self.view.selection_offsets() or self.view.selected_span_range()
        words = self.view.text()[chosen[0]:chosen[1]].strip() if chosen else ""
        if words and len(words) <= 60 and "\n" not in words:
            self.field.setText(words)
        self.show()
        self.field.setFocus()
        self.field.selectAll()
        self.search()

    def search(self) -> None:
        """The hits of the field's text in the article, marked; none selected yet."""
        self._typing.stop()
        query = self.field.text()
        self._hits = find_all(self.view.text(), query, with_proclitics=True, ignore_case=True) if query.strip() else []
        self._at = -1
        self.view.set_found(self._hits)
        self._show_count()

    def step(self, direction: int) -> None:
        """Select the next (1) or previous (-1) hit, exactly, scrolled into sight. F3 with the bar
        closed shows it again and goes on from the last hit (keys stay with the article)."""
        if not self.field.text().strip():
            self.open()
            return
        if not self.isVisible():
            self.show()
            self.view.set_found(self._hits)
        if self._typing.isActive() or not self._hits:
            self.search()
        if not self._hits:
            return
        if self._at < 0 and direction < 0:
            self._at = 0  # Shift+Enter before any hit was chosen: the last one
        self._at = (self._at + direction) % len(self._hits)
        self.view.select_exact(*self._hits[self._at])
        self._show_count()

    def close_bar(self) -> None:
        """Esc: the marks go; the hit stays selected and keys go back to the article."""
        self.hide()
        self.view.set_found([])
        self.view.setFocus()

    def document_changed(self) -> None:
        """Another document opened: its own hits (found when the bar shows again, if hidden)."""
        if self.isVisible():
            self.search()
        else:
            self._hits, self._at = [], -1

    def _show_count(self) -> None:
        if not self.field.text().strip():
            self.count.setText("")
        elif not self._hits:
            self.count.setText(tr("no hit"))
        elif self._at < 0 and len(self._hits) == 1:
            self.count.setText(tr("1 hit"))
        elif self._at < 0:
            self.count.setText(tr("{n} hits").format(n=len(self._hits)))
        else:
            self.count.setText(tr("{k} of {n}").format(k=self._at + 1, n=len(self._hits)))

    def eventFilter(self, watched, event) -> bool:
        if watched is self.field and event.type() == event.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key_Return, Qt.Key_Enter):
                self.step(-1 if event.modifiers() & Qt.ShiftModifier else 1)
                return True
            if key == Qt.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)
