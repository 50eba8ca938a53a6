"""Find in the article (Ctrl+F) on the sample's Washington Post article, with keys as an
annotator types them: hits found as Isnad's search finds them (alef forms alike, a name behind
its proclitic), marked where their words are drawn, selected exactly one after another, and
tagged by a label key once Esc gives the keys back to the article."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from annotator.importing import import_records
from annotator.resources import resource
from annotator.store import Project
from exports import jsonl
from tests.test_ui_workday import open_window
from tests.ui_helpers import point_at

DOC = "sirte-washington-post"


@pytest.fixture
def window(qtbot, tmp_path, errors):
    with Project.create(tmp_path / "s.isnad") as p:
        import_records(p, jsonl.read(resource("sample", "sample.jsonl")), "sample")
    w = open_window(qtbot, tmp_path / "s.isnad")
    w.workspace.open_document(DOC)
    w.view.setFocus()
    return w


def type_arabic(widget, text: str) -> None:
    """Key presses as an Arabic keyboard layout sends them: a key event carrying each letter
    (QTest.keyClicks takes Latin-1 letters only)."""
    for letter in text:
        for kind in (QEvent.KeyPress, QEvent.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key_unknown, Qt.NoModifier, letter))


def find(qtbot, w, query: str) -> None:
    QTest.keyClick(w.view, Qt.Key_F, Qt.ControlModifier)
    assert w.find.isVisible() and w.find.field.hasFocus()
    type_arabic(w.find.field, query)
    qtbot.waitUntil(lambda: w.find.count.text() not in ("", "no hit"))


def test_hits_are_selected_one_after_another_and_a_label_key_tags_one_exactly(qtbot, window):
    w, view, text = window, window.view, window.workspace.doc.text
    find(qtbot, w, "حفتر")
    assert w.find.count.text() == "5 hits"  # لحفتر and وحفتر among them
    for _ in range(3):
        QTest.keyClick(w.find.field, Qt.Key_Return)
    start, end = view.selection_offsets()
    assert w.find.count.text() == "3 of 5" and text[start:end] == "حفتر" and text[start - 1] == "ل"
    QTest.keyClick(w.find.field, Qt.Key_Escape)
    assert not w.find.isVisible() and view.hasFocus()
    QTest.keyClick(view, Qt.Key_1)  # PER, on the hit: the proclitic stays out
    assert [(s.start, s.end, s.label) for s in w.project.spans(DOC, ["amal"])] == [(start, end, "PER")]
    QTest.keyClick(view, Qt.Key_F3)  # on from there, keys still with the article
    assert w.find.isVisible() and w.find.count.text() == "4 of 5" and view.hasFocus()
    fourth = view.selection_offsets()
    assert text[fourth[0]:fourth[1]] == "حفتر" and text[fourth[0] - 1] == "و"
    QTest.keyClick(view, Qt.Key_F3, Qt.ShiftModifier)
    assert w.find.count.text() == "3 of 5" and view.selection_offsets() == (start, end)


def test_alef_forms_are_alike_and_the_marks_sit_on_the_hits(qtbot, window):
    w, view, text = window, window.view, window.workspace.doc.text
    find(qtbot, w, "الامريكية")  # written الأمريكية in the article
    assert w.find.count.text() == "6 hits"
    hits = w.find._hits
    assert all(text[s:e] == "الأمريكية" for s, e in hits)
    marks = view.found_rects()
    assert marks
    for rect in marks:  # each mark's middle is a letter of a hit
        at = view.cursorForPosition(rect.center().toPoint()).position()
        assert any(view._map.to_qt(s) <= at <= view._map.to_qt(e) for s, e in hits), rect
    QTest.keyClick(w.find.field, Qt.Key_Escape)
    assert view.found_rects() == []


def test_another_document_gets_its_own_hits(qtbot, window):
    w = window
    find(qtbot, w, "حفتر")
    w.workspace.open_document("sample-text")
    assert w.find.count.text() == "no hit" and w.view.found_rects() == []
    QTest.keyClick(w.view, Qt.Key_F3)  # nothing to go to: nothing moves
    assert w.view.selection_offsets() is None


def test_ctrl_f_on_a_double_clicked_word_finds_that_word(qtbot, window):
    w, view, text = window, window.view, window.workspace.doc.text
    at = text.index(" سرت") + 2  # inside the word
    QTest.mouseDClick(view.viewport(), Qt.LeftButton, Qt.NoModifier, point_at(view, at))
    QTest.keyClick(view, Qt.Key_F, Qt.ControlModifier)
    assert w.find.field.text() == "سرت" and w.find.count.text() == "5 hits"


def test_ctrl_f_on_a_clicked_span_finds_its_words(qtbot, window):
    """A span clicked (the sample's ORG واشنطن بوست, drawn outlined) is what Ctrl+F looks for."""
    w, view, text = window, window.view, window.workspace.doc.text
    org = next(s for s in view.others() if s.label == "ORG" and text[s.start:s.end] == "واشنطن بوست")
    QTest.mouseClick(view.viewport(), Qt.LeftButton, Qt.NoModifier, view.span_rects(org.id)[0].center().toPoint())
    assert view.selected_span_id == org.id and view.selection_offsets() is None
    QTest.keyClick(view, Qt.Key_F, Qt.ControlModifier)
    assert w.find.field.text() == "واشنطن بوست"
    assert w.find.count.text() == f"{text.count('واشنطن بوست')} hits"


def test_a_latin_name_is_found_whatever_its_case(qtbot, window):
    """The sample text names Washington Post: "washington post" finds it, as any find bar
    would; tagging every occurrence of a span still goes by its own case."""
    w = window
    w.workspace.open_document("sample-text")
    text = w.workspace.doc.text
    find(qtbot, w, "washington post")
    assert w.find.count.text() == "1 hit"
    start, end = w.find._hits[0]
    assert text[start:end] == "Washington Post"
