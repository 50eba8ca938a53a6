"""What is on screen right after a document is opened from the list: its spans are drawn by
the first paint, not only once something else repaints the article. (Qt lays a new document
out lazily; its first hit test in the top margin answered the last block, and the first
paint of the sample's Washington Post article showed its text with no span at all.)"""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage, QTextCursor
from PySide6.QtTest import QTest

from annotator.importing import import_records
from annotator.resources import resource
from annotator.store import Project
from exports import jsonl
from tests.test_ui_workday import open_window


def on_screen(view) -> QImage:
    """The article as last painted (the window's backing store; `grab()` would paint anew)."""
    window = view.window()
    image = window.screen().grabWindow(window.winId()).toImage()
    corner = view.viewport().mapTo(window, view.viewport().rect().topLeft())
    return image.copy(corner.x(), corner.y(), view.viewport().width(), view.viewport().height())


def test_an_opened_document_shows_its_spans_at_once(qtbot, tmp_path, errors):
    with Project.create(tmp_path / "s.isnad") as p:
        import_records(p, jsonl.read(resource("sample", "sample.jsonl")), "sample")  # as the app's sample
    w = open_window(qtbot, tmp_path / "s.isnad")
    w.resize(1300, 850)
    qtbot.wait(100)
    table = w.docs.table
    row = w.doc_model.row_of("sirte-washington-post")
    QTest.mouseClick(table.viewport(), Qt.LeftButton, Qt.NoModifier, table.visualRect(table.model().index(row, 0)).center())
    qtbot.waitUntil(lambda: w.workspace.doc.id == "sirte-washington-post")
    qtbot.wait(200)  # every paint the opening asked for is done
    first = on_screen(w.view)
    w.view.viewport().repaint()  # what a fresh paint draws
    again = on_screen(w.view)
    assert len(w.view.others()) == 18
    org = w.project.schema.label("ORG").colour
    assert _pixels(again, org) > 100  # the outlines are drawn ...
    assert first == again  # ... by the first paint already


def test_an_opened_document_starts_at_its_top_whatever_the_last_one_showed(qtbot, tmp_path, errors):
    """Qt kept the scroll of the article before, cut to the new one's first line: the margin
    above it, where the curves from its cues to their claims run, was scrolled away."""
    with Project.create(tmp_path / "s.isnad") as p:
        import_records(p, jsonl.read(resource("sample", "sample.jsonl")), "sample")
    w = open_window(qtbot, tmp_path / "s.isnad")
    w.resize(1300, 850)
    table, view = w.docs.table, w.view
    for doc_id in ("anercorp-test-p008", "anercorp-test-p012"):
        row = w.doc_model.row_of(doc_id)
        QTest.mouseClick(table.viewport(), Qt.LeftButton, Qt.NoModifier,
                         table.visualRect(table.model().index(row, 0)).center())
        qtbot.waitUntil(lambda: w.workspace.doc.id == doc_id)
        qtbot.wait(50)
        assert view.verticalScrollBar().value() == 0
        first_line = view.cursorRect(QTextCursor(view.document()))
        assert first_line.top() == view.document().documentMargin()
        QTest.keyClick(view, Qt.Key_PageDown)  # read on, then open the next one
        assert view.verticalScrollBar().value() > 100


def _pixels(image: QImage, colour: str) -> int:
    """How many pixels of `image` (RGB32: 0xffRRGGBB each) are exactly `colour` (#rrggbb)."""
    return memoryview(image.constBits()).cast("I").tolist().count(0xFF000000 | int(colour.lstrip("#"), 16))


def test_a_resized_window_keeps_the_line_at_the_top_of_the_article(qtbot, tmp_path, errors):
    """Qt kept the pixel offset: after a resize another paragraph stood at the top. Now the
    first word of the line at the top stays where it was drawn."""
    with Project.create(tmp_path / "s.isnad") as p:
        import_records(p, jsonl.read(resource("sample", "sample.jsonl")), "sample")
    w = open_window(qtbot, tmp_path / "s.isnad")
    w.resize(1400, 860)
    w.workspace.open_document("anercorp-test-p012")
    view, bar = w.view, w.view.verticalScrollBar()
    for _ in range(2):
        QTest.keyClick(view, Qt.Key_PageDown)
    qtbot.wait(20)
    for width in (1000, 1200, 1400):
        first = view.cursorForPosition(QPoint(view.viewport().width() - 20, 1))  # the line at the top ...
        first.movePosition(QTextCursor.StartOfLine)  # ... its first word, at the right
        was = view.cursorRect(first).top()
        assert bar.value() > 0
        w.resize(width, 860)
        qtbot.wait(20)
        now = view.cursorRect(first).top()
        assert abs(now - was) <= 1 or bar.value() == bar.maximum(), (width, was, now)
