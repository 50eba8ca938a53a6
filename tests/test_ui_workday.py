"""An annotator's whole day in the real window: stable panels, keys that act on the new span,
resuming, statuses, linking by drag, tagging hundreds of occurrences, proclitics."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from annotator.importing import import_records
from annotator.model import Document, DocumentRecord, Span
from annotator.store import Project
from tests.ui_helpers import TEXT, make_project, offsets, point_at
from ui import busy
from ui.main_window import MainWindow

LONG_CLAIM = ("الوضع في طرابلس هادئ تمامًا ولا توجد أي اشتباكات في الأحياء الجنوبية منذ صباح أمس "
              "بحسب ما أفاد به سكان المنطقة ومسؤولون محليون في المدينة")



def open_window(qtbot, path, annotator="amal", settings=None) -> MainWindow:
    w = MainWindow(Project.open(path, exclusive=True), annotator, settings)
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    assert QTest.qWaitForWindowActive(w)  # window shortcuts (Ctrl+Shift+A...) need the active window
    w.view.setFocus()
    return w


@pytest.fixture
def window(qtbot, tmp_path, errors):
    make_project(tmp_path / "p.isnad").close()
    return open_window(qtbot, tmp_path / "p.isnad")


def drag_over(qtbot, view, start: int, end: int) -> None:
    port = view.viewport()
    QTest.mousePress(port, Qt.LeftButton, Qt.NoModifier, point_at(view, start, -2))
    QTest.mouseMove(port, point_at(view, end, 2))
    QTest.mouseRelease(port, Qt.LeftButton, Qt.NoModifier, point_at(view, end, 2))


def mine(w, doc="doc-1"):
    return sorted((s.start, s.end, s.label) for s in w.project.spans(doc, [w.workspace.annotator]))


def test_selecting_a_long_span_never_reflows_the_article(qtbot, tmp_path, errors):
    text = "قالت الصحيفة إن " + LONG_CLAIM + "."
    with Project.create(tmp_path / "p.isnad") as p:
        start = text.index(LONG_CLAIM)
        import_records(p, [DocumentRecord(Document("d", "", text), [Span("c", "", start, start + len(LONG_CLAIM),
                                                                           "CLAIM", "amal")])])
    w = open_window(qtbot, tmp_path / "p.isnad")
    qtbot.wait(50)
    width, where = w.view.viewport().width(), w.view.span_rects("c")
    QTest.mouseClick(w.view.viewport(), Qt.LeftButton, Qt.NoModifier, where[0].center().toPoint())
    qtbot.wait(50)  # the side panels update on the next turns of the event loop
    assert w.view.selected_span_id == "c" and LONG_CLAIM[:20] in w.editor.title.text()
    assert w.view.viewport().width() == width
    assert w.view.span_rects("c") == where  # not one letter moved under the pointer


def test_the_new_span_is_selected_and_alt_arrows_move_its_start(qtbot, window):
    view = window.view
    start, end = offsets("المتحدثة")
    drag_over(qtbot, view, start, end)
    QTest.keyClick(view, "s")
    assert mine(window) == [(start, end, "SOURCE")]
    assert window.workspace.span(view.selected_span_id).label == "SOURCE"
    QTest.keyClick(view, Qt.Key_Up, Qt.AltModifier)     # start one letter earlier (with a space)
    assert mine(window) == [(start - 1, end, "SOURCE")]
    QTest.keyClick(view, Qt.Key_Down, Qt.AltModifier)
    QTest.keyClick(view, Qt.Key_Down, Qt.AltModifier)   # and one later than it was
    assert mine(window) == [(start + 1, end, "SOURCE")]
    QTest.keyClick(view, Qt.Key_Delete)
    assert mine(window) == []


def test_opening_changes_no_status_the_first_edit_does(qtbot, window):
    project = window.project
    window.step_document(1)
    window.step_document(-1)
    assert project.status("doc-1", "amal").status == "new" and project.status("doc-2", "amal").status == "new"
    assert window.doc_model.data(window.doc_model.index(0, 1)) == ""
    start, end = offsets("الوضع")
    drag_over(qtbot, window.view, start, end)
    QTest.keyClick(window.view, "c")
    assert project.status("doc-1", "amal").status == "in_progress"
    qtbot.waitUntil(lambda: window.doc_model.data(window.doc_model.index(0, 1), Qt.ToolTipRole) == "in progress")
    assert window.doc_model.data(window.doc_model.index(0, 1)) == "✎"
    QTest.keyClick(window.view, Qt.Key_Z, Qt.ControlModifier)  # one step: the span and the status
    assert mine(window) == [] and project.status("doc-1", "amal").status == "new"


def test_reopening_resumes_at_the_document_left_last(qtbot, tmp_path, errors):
    make_project(tmp_path / "p.isnad").close()
    w = open_window(qtbot, tmp_path / "p.isnad")
    assert w.workspace.doc.id == "doc-1"
    w.step_document(1)
    assert w.workspace.doc.id == "doc-2"
    w.close()
    again = open_window(qtbot, tmp_path / "p.isnad")
    assert again.workspace.doc.id == "doc-2"
    again.close()
    other = open_window(qtbot, tmp_path / "p.isnad", annotator="badr")  # another annotator starts at the top
    assert other.workspace.doc.id == "doc-1"


def test_link_by_dragging_from_one_span_to_another(qtbot, window, errors):
    view, ws = window.view, window.workspace
    for word, key in (("الوضع بطرابلس هادئ", "c"), ("المتحدثة باسم الأفريكوم", "s")):
        view.select_offsets(*offsets(word))
        QTest.keyClick(view, key)
    claim = next(s for s in ws.spans if s.label == "CLAIM")
    source = next(s for s in ws.spans if s.label == "SOURCE")
    view.select_span(None)
    qtbot.wait(20)
    handle = next(r for r, s in view._painter.handles(view._boxes) if s.id == claim.id)
    target = view.span_rects(source.id)[0].center().toPoint()
    port = view.viewport()
    QTest.mousePress(port, Qt.LeftButton, Qt.NoModifier, handle.center().toPoint())
    QTest.mouseMove(port, QPoint((handle.center().toPoint().x() + target.x()) // 2, target.y()))
    QTest.mouseMove(port, target)
    QTest.mouseRelease(port, Qt.LeftButton, Qt.NoModifier, target)
    rels = window.project.relations("doc-1", ["amal"])
    assert [(r.from_id, r.to_id, r.type) for r in rels] == [(claim.id, source.id, "attributed_to")]
    assert errors == [] and not view.textCursor().hasSelection()  # a link, not a text selection


def test_a_link_dropped_on_a_name_inside_a_source_links_the_source(qtbot, window, errors):
    """The source «المتحدثة باسم الأفريكوم» holds the ORG «الأفريكوم»: a claim's link dropped on
    الأفريكوم, or a claim linked by L then a click there, goes to the source (a claim cannot be
    attributed to an ORG), not to an error."""
    view, ws = window.view, window.workspace
    for word, key in (("الوضع بطرابلس هادئ", "c"), ("المتحدثة باسم الأفريكوم", "s"), ("الأفريكوم", "2")):
        view.select_offsets(*offsets(word))
        QTest.keyClick(view, key)
    claim, source, org = (next(s for s in ws.spans if s.label == label) for label in ("CLAIM", "SOURCE", "ORG"))
    view.select_span(None)
    qtbot.wait(20)
    handle = next(r for r, s in view._painter.handles(view._boxes) if s.id == claim.id).center().toPoint()
    on_org = view.span_rects(org.id)[0].center().toPoint()
    assert view.span_at(on_org).id == org.id  # the name is what a click there selects
    port = view.viewport()
    QTest.mousePress(port, Qt.LeftButton, Qt.NoModifier, handle)
    QTest.mouseMove(port, QPoint((handle.x() + on_org.x()) // 2, on_org.y()))
    QTest.mouseMove(port, on_org)
    image = port.grab().toImage()  # while dragging, the source is outlined, the name inside it is not
    pen = view._painter.colour(claim).darker(140)

    def outlined(rect) -> bool:
        colour = image.pixelColor(int(rect.right()) + 1, int(rect.center().y()))  # the name ends the source on the left
        return max(abs(colour.red() - pen.red()), abs(colour.green() - pen.green()), abs(colour.blue() - pen.blue())) < 40
    assert outlined(view.span_rects(source.id)[0]) and not outlined(view.span_rects(org.id)[0])
    QTest.mouseRelease(port, Qt.LeftButton, Qt.NoModifier, on_org)
    rels = window.project.relations("doc-1", ["amal"])
    assert [(r.from_id, r.to_id, r.type) for r in rels] == [(claim.id, source.id, "attributed_to")]
    QTest.keyClick(view, "z", Qt.ControlModifier)
    view.select_span(claim.id)
    QTest.keyClick(view, "l")  # L, then a click on the name
    QTest.mouseClick(view.viewport(), Qt.LeftButton, Qt.NoModifier, on_org)
    rels = window.project.relations("doc-1", ["amal"])
    assert [(r.from_id, r.to_id, r.type) for r in rels] == [(claim.id, source.id, "attributed_to")]
    assert errors == []


def test_tag_all_of_400_occurrences_is_one_step(qtbot, tmp_path, errors, monkeypatch):
    monkeypatch.setattr(busy, "SHOW_AFTER_MS", 0)  # the progress dialog shows, as on a slow machine
    text = "\n".join(f"قال حفتر إن الوضع في سرت هادئ، وأكد المتحدث باسم حفتر ذلك ({i})." for i in range(200))
    with Project.create(tmp_path / "p.isnad") as p:
        import_records(p, [DocumentRecord(Document("d", "", text))])
    w = open_window(qtbot, tmp_path / "p.isnad")
    start = text.index("حفتر")
    w.view.select_offsets(start, start + 4)
    QTest.keyClick(w.view, "1")
    QTest.keyClick(w.view, Qt.Key_A, Qt.ControlModifier | Qt.ShiftModifier)
    spans = w.project.spans("d", ["amal"])
    assert len(spans) == 400 and {text[s.start:s.end] for s in spans} == {"حفتر"}
    assert "399" in w.statusBar().currentMessage()
    # the progress dialog has gone: the window is active again, so the keys reach it
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=2000)
    QTest.keyClick(w.view, Qt.Key_Z, Qt.ControlModifier)
    assert len(w.project.spans("d", ["amal"])) == 1


def test_proclitic_key_trims_and_restores(qtbot, window):
    view = window.view
    start, end = offsets("بطرابلس")
    QTest.mouseDClick(view.viewport(), Qt.LeftButton, Qt.NoModifier, point_at(view, start + 3))
    QTest.keyClick(view, "3")
    assert mine(window) == [(start, end, "LOC")]  # طرابلس is tagged nowhere yet: the whole word
    QTest.keyClick(view, Qt.Key_T, Qt.ControlModifier)
    assert mine(window) == [(start + 1, end, "LOC")] and TEXT[start + 1:end] == "طرابلس"
    QTest.keyClick(view, Qt.Key_T, Qt.ControlModifier)
    assert mine(window) == [(start, end, "LOC")]  # restored
    QTest.keyClick(view, Qt.Key_T, Qt.ControlModifier)
    QTest.keyClick(view, Qt.Key_Z, Qt.ControlModifier)
    assert mine(window) == [(start, end, "LOC")]


def test_double_click_takes_a_known_stem_and_nesting_is_pointed_out(qtbot, tmp_path, errors):
    text = "وصل الوفد إلى طرابلس أمس، وفي بطرابلس اجتماع"
    with Project.create(tmp_path / "p.isnad") as p:
        first = text.index("طرابلس")
        import_records(p, [DocumentRecord(Document("d", "", text), [Span("t", "", first, first + 6, "LOC", "amal")])])
    w = open_window(qtbot, tmp_path / "p.isnad")
    view = w.view
    word = text.index("بطرابلس")
    QTest.mouseDClick(view.viewport(), Qt.LeftButton, Qt.NoModifier, point_at(view, word + 4))
    assert view.selection_offsets() == (word + 1, word + 7)  # the stem: LOC leaves proclitics out
    QTest.keyClick(view, "3")
    assert (word + 1, word + 7, "LOC") in mine(w, "d")
    assert not w.notice.isVisible()
    view.select_span(None)
    view.select_exact(word, word + 7)  # the whole word over the LOC inside it: said, not refused
    QTest.keyClick(view, "3")
    assert w.notice.isVisible() and "طرابلس" in w.notice.text.text()
    assert (word, word + 7, "LOC") in mine(w, "d")


def test_undo_and_redo_show_what_they_changed(qtbot, tmp_path, errors):
    """Ctrl+Z after scrolling away: the page goes back to the span it took away, its words
    selected (a label key tags them again); Ctrl+Shift+Z brings the span back, selected."""
    from tests.ui_gestures import generated_article
    text = generated_article(40)
    with Project.create(tmp_path / "p.isnad") as p:
        import_records(p, [DocumentRecord(Document("g", "", text, title="g"))])
    w = open_window(qtbot, tmp_path / "p.isnad")
    view, bar = w.view, w.view.verticalScrollBar()
    start = text.index(" ") + 1
    end = text.index(" ", start)
    view.select_offsets(start, end)
    QTest.keyClick(view, "1")
    span = w.workspace.spans[0]

    def in_sight() -> bool:
        return any(view.viewport().rect().contains(r.center().toPoint())
                   for r in view.span_rects(span.id) + view.selection_rects())
    bar.setValue(bar.maximum())
    assert bar.maximum() > 2 * view.viewport().height() and not in_sight()
    QTest.keyClick(view, Qt.Key_Z, Qt.ControlModifier)
    assert w.workspace.spans == [] and view.selection_offsets() == (start, end) and in_sight()
    bar.setValue(bar.maximum())
    QTest.keyClick(view, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    assert view.selected_span_id == span.id and in_sight()


def test_coming_back_to_a_document_shows_the_place_i_left(qtbot, tmp_path, errors):
    from tests.ui_gestures import generated_article
    with Project.create(tmp_path / "p.isnad") as p:
        import_records(p, [DocumentRecord(Document(name, "", generated_article(30, seed), title=name))
                           for name, seed in (("a", 1), ("b", 2))])
    w = open_window(qtbot, tmp_path / "p.isnad")
    view, bar = w.view, w.view.verticalScrollBar()
    assert w.workspace.doc.id == "a"
    bar.setValue(bar.maximum() // 2)
    place, value = view.line_at_top(), bar.value()
    QTest.keyClick(view, Qt.Key_PageDown, Qt.ControlModifier)
    assert w.workspace.doc.id == "b" and bar.value() == 0  # a document seen for the first time: its top
    for _ in range(3):  # and back, again and again: no creeping up or down
        QTest.keyClick(view, Qt.Key_PageUp, Qt.ControlModifier)
        top = view.line_at_top()
        assert w.workspace.doc.id == "a" and top[0] == place[0] and abs(top[1] - place[1]) <= 1
        assert abs(bar.value() - value) < view.fontMetrics().height() * 4  # the same line at the top
        QTest.keyClick(view, Qt.Key_PageDown, Qt.ControlModifier)
        assert bar.value() == 0
