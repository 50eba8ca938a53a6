"""Shared set-up for GUI tests: a real project file with Arabic text and a real window."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from annotator.importing import import_records
from annotator.model import Document, DocumentRecord
from annotator.store import Project

# Emoji (one astral character, and a flag made of two) before the words we tag.
TEXT = ("😀 قالت المتحدثة باسم الأفريكوم 🇱🇾 إن الوضع بطرابلس هادئ.\n"
        "وأكَّد مسؤولون أمريكيون أن Washington Post نشرت التقرير.")
SECOND = "نص ثان قصير عن سرت."


def make_project(path) -> Project:
    project = Project.create(path)
    import_records(project, [DocumentRecord(Document("doc-1", "", TEXT, title="first")),
                             DocumentRecord(Document("doc-2", "", SECOND, title="second"))])
    return project


def offsets(word: str, after: str = "") -> tuple[int, int]:
    start = TEXT.index(word, TEXT.index(after) if after else 0)
    return start, start + len(word)


def point_at(view, offset: int, nudge: int = 0) -> QPoint:
    """The viewport point of the caret before code point `offset` (plus a pixel nudge)."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.qt_position(offset))
    rect = view.cursorRect(cursor)
    return QPoint(rect.center().x() + nudge, rect.center().y())


def tag_by_drag(qtbot, window, word: str, key: str) -> tuple[int, int]:
    """Focus the article, drag over `word` (press, move, release at its laid-out caret
    positions) and press the label `key`; returns the word's offsets."""
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # not waitActive: alone, that context manager waits for nothing
    view = window.view
    view.setFocus()
    start, end = offsets(word)
    qtbot.mousePress(view.viewport(), Qt.LeftButton, pos=point_at(view, start))
    qtbot.mouseMove(view.viewport(), point_at(view, end))
    qtbot.mouseRelease(view.viewport(), Qt.LeftButton, pos=point_at(view, end))
    qtbot.keyClick(view, key)
    return start, end


def click_span(qtbot, view, span_id: str, modifier=Qt.NoModifier) -> None:
    rect = view.span_rects(span_id)[0]
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, modifier, rect.center().toPoint())
