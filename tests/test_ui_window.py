"""The real main window, offscreen, on a real project file with emoji before the spans."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFormLayout

from annotator.store import Project
from tests.ui_helpers import TEXT, click_span, make_project, offsets, point_at
from ui.main_window import MainWindow



@pytest.fixture
def window(qtbot, tmp_path, errors):
    make_project(tmp_path / "p.isnad").close()
    w = MainWindow(Project.open(tmp_path / "p.isnad", exclusive=True), "amal")
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()  # window shortcuts (Ctrl+D, Ctrl+Z...) go to the active window
    qtbot.waitUntil(w.isActiveWindow)  # not waitActive: alone, that context manager waits for nothing
    w.view.setFocus()
    return w


def stored(w):
    return [(s.start, s.end, s.label) for s in w.project.spans("doc-1", ["amal"])]


def test_double_click_and_hotkey_store_code_point_offsets(qtbot, window):
    view = window.view
    start, end = offsets("بطرابلس")
    qtbot.mouseDClick(view.viewport(), Qt.LeftButton, pos=point_at(view, start + 3))
    qtbot.keyClick(view, "3")
    assert stored(window) == [(start, end, "LOC")]
    assert TEXT[start:end] == "بطرابلس"
    qtbot.waitUntil(lambda: window.doc_model.data(window.doc_model.index(0, 2)) == 1)  # list follows


def test_drag_with_snapping_off_tags_inside_a_word(qtbot, window):
    view = window.view
    window.set_snapping(False)
    start, end = offsets("طرابلس")
    qtbot.mousePress(view.viewport(), Qt.LeftButton, pos=point_at(view, start))
    qtbot.mouseMove(view.viewport(), point_at(view, end))
    qtbot.mouseRelease(view.viewport(), Qt.LeftButton, pos=point_at(view, end))
    qtbot.keyClick(view, "3")
    assert stored(window) == [(start, end, "LOC")]


def test_rough_drag_snaps_to_words_without_trailing_punctuation(qtbot, window):
    view = window.view
    a, _ = offsets("الوضع")
    _, b = offsets("هادئ")
    qtbot.mousePress(view.viewport(), Qt.LeftButton, pos=point_at(view, a + 2))
    qtbot.mouseMove(view.viewport(), point_at(view, b + 1))
    qtbot.mouseRelease(view.viewport(), Qt.LeftButton, pos=point_at(view, b + 1))  # past the full stop
    qtbot.keyClick(view, "c")
    assert stored(window) == [(a, b, "CLAIM")]


def test_keyboard_selection_in_logical_order(qtbot, window):
    view = window.view
    start, end = offsets("المتحدثة")
    view.select_offsets(start, start)
    for _ in range(end - start):
        qtbot.keyClick(view, Qt.Key_Left, Qt.ShiftModifier)  # RTL: Left moves forward
    qtbot.keyClick(view, "s")
    assert stored(window) == [(start, end, "SOURCE")]


def test_nested_spans_relation_relabel_status_undo_redo(qtbot, window, errors):
    view, ws = window.view, window.workspace
    outer = offsets("المتحدثة باسم الأفريكوم")
    inner = offsets("الأفريكوم")
    claim = offsets("الوضع بطرابلس هادئ")
    for (s, e), key in ((outer, "s"), (inner, "2"), (claim, "c")):
        view.select_offsets(s, e)
        qtbot.keyClick(view, key)
    assert sorted(stored(window)) == sorted([(*outer, "SOURCE"), (*inner, "ORG"), (*claim, "CLAIM")])
    by_label = {s.label: s for s in ws.spans}
    levels = view._levels
    assert levels[by_label["SOURCE"].id] != levels[by_label["ORG"].id]  # nested: distinct rows

    # select the claim, Ctrl+click its source -> attributed_to
    click_span(qtbot, view, by_label["CLAIM"].id)
    assert view.selected_span_id == by_label["CLAIM"].id
    click_span(qtbot, view, by_label["ORG"].id, Qt.ControlModifier)  # on the ORG inside the source: the source
    rels = window.project.relations("doc-1")
    assert [(r.from_id, r.to_id) for r in rels] == [(by_label["CLAIM"].id, by_label["SOURCE"].id)]
    qtbot.keyClick(view, Qt.Key_Z, Qt.ControlModifier)
    click_span(qtbot, view, by_label["ORG"].id)
    click_span(qtbot, view, by_label["CLAIM"].id, Qt.ControlModifier)  # ORG and CLAIM: no relation allowed
    assert window.project.relations("doc-1") == []
    assert "no relation type links" in errors[-1].what
    click_span(qtbot, view, by_label["CLAIM"].id)
    rect = [r for r in view.span_rects(by_label["SOURCE"].id)][0]
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, Qt.ControlModifier,
                     rect.topRight().toPoint() + QPoint(-3, 3))  # the source's own part, not the ORG inside
    rels = window.project.relations("doc-1")
    assert [(r.from_id, r.to_id, r.type) for r in rels] == [(by_label["CLAIM"].id, by_label["SOURCE"].id,
                                                              "attributed_to")]
    qtbot.waitUntil(lambda: window.relations.list.count() == 1)  # side panels follow the article
    assert "←" in window.relations.list.item(0).text()

    # relabel the selected span with a hotkey
    click_span(qtbot, view, by_label["ORG"].id)
    qtbot.keyClick(view, "4")
    assert (*inner, "MISC") in stored(window)

    # status with its key
    qtbot.keyClick(view, Qt.Key_D, Qt.ControlModifier)
    assert window.project.status("doc-1", "amal").status == "done"

    # undo walks back status, relabel, link; redo brings the link back
    qtbot.keyClick(view, Qt.Key_Z, Qt.ControlModifier)
    assert window.project.status("doc-1", "amal").status != "done"
    window.actions["undo"].trigger()
    assert (*inner, "ORG") in stored(window)
    window.actions["undo"].trigger()
    assert window.project.relations("doc-1") == []
    qtbot.keyClick(view, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    assert len(window.project.relations("doc-1")) == 1
    assert len(window.view.spans()) == 3


def test_delete_and_resize_by_keyboard(qtbot, window):
    view, ws = window.view, window.workspace
    s, e = offsets("قالت")
    view.select_offsets(s, e)
    qtbot.keyClick(view, "q")
    span = ws.spans[0]
    view.select_span(span.id)
    qtbot.keyClick(view, Qt.Key_Left, Qt.AltModifier)        # end one character further (RTL)
    assert stored(window) == [(s, e + 1, "CUE")]
    qtbot.keyClick(view, Qt.Key_Right, Qt.AltModifier)
    assert stored(window) == [(s, e, "CUE")]
    qtbot.keyClick(view, Qt.Key_Delete)
    assert stored(window) == []


def test_resize_never_splits_a_letter_from_its_shadda(qtbot, window):
    view, ws = window.view, window.workspace
    s = TEXT.index("وأكَّد")
    view.select_offsets(s, s + 2)          # و أ
    window.set_snapping(False)
    qtbot.keyClick(view, "q")
    view.select_span(ws.spans[0].id)
    qtbot.keyClick(view, Qt.Key_Left, Qt.AltModifier)  # + ك, and its fatha and shadda with it
    assert stored(window) == [(s, s + 5, "CUE")]
    qtbot.keyClick(view, Qt.Key_Right, Qt.AltModifier)  # and back: ك leaves with its marks
    assert stored(window) == [(s, s + 2, "CUE")]


def test_status_and_next_document(qtbot, window):
    qtbot.keyClick(window.view, Qt.Key_K, Qt.ControlModifier)
    assert window.project.status("doc-1", "amal").status == "skipped"
    qtbot.keyClick(window.view, Qt.Key_PageDown, Qt.ControlModifier)
    assert window.workspace.doc.id == "doc-2"
    assert window.view.text() == window.project.document("doc-2").text
    window.actions["prev"].trigger()
    assert window.workspace.doc.id == "doc-1"
    assert window.project.status("doc-1", "amal").seconds > 0  # time recorded on leaving


def test_next_document_goes_on_from_one_the_filter_just_dropped(qtbot, tmp_path, errors):
    """Working through the "new" documents: Ctrl+D drops the open one from the list, and
    Ctrl+PgDown goes on to the one after it, not back to the list's first."""
    from annotator.importing import import_records
    from annotator.model import Document, DocumentRecord
    with Project.create(tmp_path / "five.isnad") as project:
        import_records(project, [DocumentRecord(Document(f"doc-{i}", "", f"نص رقم {i}.")) for i in range(1, 6)])
    w = MainWindow(Project.open(tmp_path / "five.isnad", exclusive=True), "amal")
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)  # window shortcuts (Ctrl+D) go to the active window
    w.docs.status_box.setCurrentIndex(w.docs.status_box.findData("new"))
    table = w.docs.table
    qtbot.mouseClick(table.viewport(), Qt.LeftButton, pos=table.visualRect(w.doc_model.index(2, 0)).center())
    assert w.workspace.doc.id == "doc-3"
    qtbot.keyClick(w.view, Qt.Key_D, Qt.ControlModifier)
    assert w.project.status("doc-3", "amal").status == "done"
    assert w.doc_model.row_of("doc-3") is None  # done: no longer listed
    qtbot.keyClick(w.view, Qt.Key_PageDown, Qt.ControlModifier)
    assert w.workspace.doc.id == "doc-4"
    qtbot.keyClick(w.view, Qt.Key_D, Qt.ControlModifier)
    qtbot.keyClick(w.view, Qt.Key_PageUp, Qt.ControlModifier)
    assert w.workspace.doc.id == "doc-2"


def test_close_and_reopen_shows_the_same_state(qtbot, tmp_path, window):
    view = window.view
    for word, key in (("بطرابلس", "3"), ("الوضع بطرابلس هادئ", "c")):
        view.select_offsets(*offsets(word))
        qtbot.keyClick(view, key)
    spans = {s.id: s for s in window.workspace.spans}
    claim = next(s for s in spans.values() if s.label == "CLAIM")
    window.view.select_span(claim.id)
    window.editor.note.setText("ملاحظة")
    window.editor.note.editingFinished.emit()
    window.actions["flag"].trigger()
    window.close()
    again = MainWindow(Project.open(tmp_path / "p.isnad", exclusive=True), "amal")
    qtbot.addWidget(again)
    assert {s.id: s for s in again.view.spans()} == {s.id: s for s in again.workspace.spans}
    assert {(s.id, s.start, s.end, s.label) for s in again.view.spans()} == \
        {(s.id, s.start, s.end, s.label) for s in spans.values()}
    assert again.workspace.span(claim.id).note == "ملاحظة"
    assert again.workspace.status() == "flagged"
    again.close()



def test_tag_all_occurrences_after_proclitics_is_one_undo_step(qtbot, tmp_path, errors):
    from annotator.importing import import_records
    from annotator.model import Document, DocumentRecord
    text = "😀 زار الوفد طرابلس ثم بقي بطرابلس يومين، وطرابلس هادئة."
    with Project.create(tmp_path / "t.isnad") as project:
        import_records(project, [DocumentRecord(Document("d", "", text))])
    w = MainWindow(Project.open(tmp_path / "t.isnad", exclusive=True), "amal")
    qtbot.addWidget(w)
    start = text.index("طرابلس")
    w.view.select_offsets(start, start + 6)
    qtbot.keyClick(w.view, "3")
    w.view.select_span(w.workspace.spans[0].id)
    w.actions["tag_all"].trigger()
    spans = w.project.spans("d", ["amal"])
    assert [text[s.start:s.end] for s in spans] == ["طرابلس"] * 3 and {s.label for s in spans} == {"LOC"}
    assert text[spans[1].start - 1] == "ب" and text[spans[2].start - 1] == "و"
    w.actions["tag_all"].trigger()  # nothing left to tag: no error, no undo entry
    assert errors == [] and len(w.project.spans("d")) == 3
    w.actions["undo"].trigger()
    assert len(w.project.spans("d")) == 1
    w.close()


def source_and_claim(qtbot, window):
    """A SOURCE and a CLAIM tagged by keys (the claim selected); returns both spans."""
    view = window.view
    for word, key in (("المتحدثة باسم الأفريكوم", "s"), ("الوضع بطرابلس هادئ", "c")):
        view.select_offsets(*offsets(word))
        qtbot.keyClick(view, key)
    source, claim = sorted(window.workspace.spans, key=lambda s: s.start)
    view.select_span(claim.id)
    return source, claim


def test_a_label_key_or_l_with_nothing_selected_says_what_to_select(qtbot, window):
    view = window.view
    view.select_span(None)
    qtbot.keyClick(view, "1")
    assert stored(window) == [] and window.statusBar().currentMessage().startswith("Select some words first")
    qtbot.keyClick(view, "l")
    assert not view.link_mode and window.statusBar().currentMessage().startswith("Select the span to link first")
    window.statusBar().clearMessage()
    qtbot.keyClick(view, Qt.Key_T, Qt.ControlModifier)  # trim a proclitic
    assert window.statusBar().currentMessage() == "Select one of your spans first (click it, or Tab)."
    window.statusBar().clearMessage()
    qtbot.keyClick(view, Qt.Key_A, Qt.ControlModifier | Qt.ShiftModifier)  # tag all
    assert window.statusBar().currentMessage() == "Select one of your spans first (click it, or Tab)."


def test_link_mode_key_then_click(qtbot, window):
    view = window.view
    source, claim = source_and_claim(qtbot, window)
    qtbot.keyClick(view, "l")
    click_span(qtbot, view, source.id)  # a plain click, after L
    assert [(r.from_id, r.to_id, r.type) for r in window.project.relations("doc-1")] == \
        [(claim.id, source.id, "attributed_to")]


def test_after_l_the_pointer_shows_the_link_and_esc_or_a_click_beside_makes_none(qtbot, window):
    """L waits for a click: the pointer is a cross and the link it would make is drawn. Esc,
    or a click on no span, ends the wait (it used to last: a later click on a span, meant to
    select it, linked it)."""
    view, port = window.view, window.view.viewport()
    source, claim = source_and_claim(qtbot, window)
    qtbot.keyClick(view, "l")
    assert view.link_mode and port.cursor().shape() == Qt.CrossCursor
    QTest.mouseMove(port, view.span_rects(source.id)[0].center().toPoint())
    assert view.link_preview()[0].id == claim.id
    qtbot.keyClick(view, Qt.Key_Escape)
    assert not view.link_mode and view.link_preview() is None and port.cursor().shape() == Qt.IBeamCursor
    assert window.statusBar().currentMessage() == "No link made."
    click_span(qtbot, view, source.id)  # now a click selects
    assert view.selected_span_id == source.id and window.project.relations("doc-1") == []
    view.select_span(claim.id)
    qtbot.keyClick(view, "l")
    qtbot.mouseClick(port, Qt.LeftButton, Qt.NoModifier, QPoint(5, port.height() - 5))  # beside every span
    assert not view.link_mode and window.statusBar().currentMessage() == "No link made."
    click_span(qtbot, view, source.id)
    assert view.selected_span_id == source.id and window.project.relations("doc-1") == []


def arabic_layout_key(view, letter: str, modifiers=Qt.NoModifier) -> None:
    """The key event X11 sends for a key while the Arabic keyboard layout is on: its key code
    and text are the Arabic letter («س» for the S key, also with Ctrl when Qt finds no Latin
    layout to read the key in)."""
    for kind in (QEvent.KeyPress, QEvent.KeyRelease):
        QApplication.sendEvent(view, QKeyEvent(kind, ord(letter), modifiers, letter))


def test_label_keys_and_l_work_under_the_arabic_keyboard_layout(qtbot, window):
    view = window.view
    for word, letter in (("المتحدثة باسم الأفريكوم", "س"), ("الوضع بطرابلس هادئ", "ؤ")):  # S, C
        view.select_offsets(*offsets(word))
        arabic_layout_key(view, letter)
    assert sorted(stored(window)) == [(*offsets("المتحدثة باسم الأفريكوم"), "SOURCE"),
                                      (*offsets("الوضع بطرابلس هادئ"), "CLAIM")]
    source, claim = sorted(window.workspace.spans, key=lambda s: s.start)
    view.select_span(claim.id)
    arabic_layout_key(view, "م")  # L: link
    click_span(qtbot, view, source.id)
    assert [(r.from_id, r.to_id, r.type) for r in window.project.relations("doc-1")] == \
        [(claim.id, source.id, "attributed_to")]
    view.select_offsets(*offsets("Washington"))
    arabic_layout_key(view, "١")  # Arabic-Indic digit one: PER
    assert (*offsets("Washington"), "PER") in stored(window)
    arabic_layout_key(view, "ئ", Qt.ControlModifier)  # Ctrl+Z
    assert (*offsets("Washington"), "PER") not in stored(window)
    arabic_layout_key(view, "غ", Qt.ControlModifier)  # Ctrl+Y
    assert (*offsets("Washington"), "PER") in stored(window)
    window.editor.note.setFocus()
    arabic_layout_key(window.editor.note, "ئ", Qt.ControlModifier)  # in a text field: not the project's undo
    assert (*offsets("Washington"), "PER") in stored(window)
    view.setFocus()
    view.select_offsets(*offsets("إن"))
    qtbot.keyClick(view, "4")
    arabic_layout_key(view, "\u0650", Qt.ControlModifier | Qt.ShiftModifier)  # kasra: Ctrl+Shift+A, tag all
    assert (*offsets("أن"), "MISC") in stored(window)  # alef forms alike


def test_span_list_click_scrolls_and_keeps_keys_on_the_article(qtbot, tmp_path, errors):
    from annotator.importing import import_records
    from annotator.model import Document, DocumentRecord
    text = "\n".join(f"سطر رقم {i} عن سرت." for i in range(300)) + "\nقال المسؤول 😀 إن طرابلس هادئة."
    with Project.create(tmp_path / "long.isnad") as project:
        import_records(project, [DocumentRecord(Document("d", "", text))])
    w = MainWindow(Project.open(tmp_path / "long.isnad", exclusive=True), "amal")
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)  # not waitActive: alone, that context manager waits for nothing
    start = text.index("طرابلس")
    w.view.select_offsets(start, start + 6)
    qtbot.keyClick(w.view, "3")
    w.view.verticalScrollBar().setValue(0)
    assert w.view.span_rects(w.workspace.spans[0].id) == []  # scrolled out of sight
    table = w.span_table
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    qtbot.mouseClick(table.viewport(), Qt.LeftButton, pos=table.visualRect(table.model().index(0, 1)).center())
    assert w.view.selected_span_id == w.workspace.spans[0].id
    assert w.view.span_rects(w.workspace.spans[0].id)  # now visible
    assert w.focusWidget() is w.view
    qtbot.keyClick(w.view, "1")  # relabel goes to the view
    assert w.project.spans("d")[0].label == "PER"
    w.close()


def test_tab_cycles_spans_and_zoom_keeps_highlights_on_words(qtbot, window):
    view, ws = window.view, window.workspace
    for word, key in (("الأفريكوم", "2"), ("بطرابلس", "3")):
        view.select_offsets(*offsets(word))
        qtbot.keyClick(view, key)
    first, second = sorted(ws.spans, key=lambda s: s.start)
    qtbot.keyClick(view, Qt.Key_Tab)
    assert view.selected_span_id == first.id
    qtbot.keyClick(view, Qt.Key_Tab)
    assert view.selected_span_id == second.id
    qtbot.keyClick(view, Qt.Key_Tab, Qt.ShiftModifier)
    assert view.selected_span_id == first.id
    size, width = view.font().pointSizeF(), view.span_rects(second.id)[0].width()
    qtbot.keyClick(view, Qt.Key_Equal, Qt.ControlModifier)
    qtbot.keyClick(view, Qt.Key_Equal, Qt.ControlModifier)
    assert view.font().pointSizeF() == size + 2
    assert view.span_rects(second.id)[0].width() > width  # the highlight grew with the word
    # the highlight still sits on the word: a click at its centre finds that span
    assert view.span_at(view.span_rects(second.id)[0].center()).id == second.id
    qtbot.keyClick(view, Qt.Key_Minus, Qt.ControlModifier)
    assert view.font().pointSizeF() == size + 1


def test_highlights_sit_on_their_glyphs_right_to_left(qtbot, window):
    view, ws = window.view, window.workspace
    window.set_snapping(False)
    for word, key in (("بطرابلس", "3"), ("طرابلس", "2"), ("Washington Post", "s"), ("وأكَّد", "q"),
                      ("نشرت", "c")):
        view.select_offsets(*offsets(word))
        qtbot.keyClick(view, key)
    rect = {ws.doc.text[s.start:s.end]: view.span_rects(s.id) for s in ws.spans}
    whole, inner = rect["بطرابلس"][0], rect["طرابلس"][0]
    # same line; the proclitic ب is the rightmost letter, so only the right edge moves in
    assert abs(whole.left() - inner.left()) < 1 and inner.right() < whole.right() - 2
    latin, cue, after = rect["Washington Post"][0], rect["وأكَّد"][0], rect["نشرت"][0]
    assert len(rect["Washington Post"]) == 1 and cue.left() > latin.right() > after.right()


def test_attribute_editor_and_undo(qtbot, window):
    view, ws = window.view, window.workspace
    view.select_offsets(*offsets("المتحدثة باسم الأفريكوم"))
    qtbot.keyClick(view, "s")
    click_span(qtbot, view, ws.spans[0].id)
    form = window.editor.form
    assert form.rowCount() == 1  # SOURCE has one attribute: type
    box = form.itemAt(0, QFormLayout.FieldRole).widget()
    box.setCurrentIndex(box.findData("named person"))
    assert window.project.spans("doc-1")[0].attrs == {"type": "named person"}
    window.actions["undo"].trigger()
    assert window.project.spans("doc-1")[0].attrs == {}


def test_document_list_filters_by_status_and_title(qtbot, window):
    panel, model = window.docs, window.doc_model
    assert model.rowCount() == 2
    window.actions["flag"].trigger()
    assert model.data(model.index(0, 1)) == "⚑" and model.data(model.index(0, 1), Qt.ToolTipRole) == "flagged"
    panel.status_box.setCurrentIndex(panel.status_box.findData("flagged"))
    assert model.rowCount() == 1 and model.row(0).id == "doc-1"
    panel.status_box.setCurrentIndex(0)
    panel.search_box.setText("second")
    qtbot.waitUntil(lambda: model.rowCount() == 1)  # once typing pauses
    assert model.row(0).id == "doc-2"
    qtbot.mouseClick(panel.table.viewport(), Qt.LeftButton, pos=panel.table.visualRect(model.index(0, 0)).center())
    assert window.workspace.doc.id == "doc-2" and window.view.text() == "نص ثان قصير عن سرت."


def test_title_search_opens_with_enter_and_goes_into_the_list_with_down(qtbot, window):
    panel = window.docs
    qtbot.keyClick(window.view, Qt.Key_L, Qt.ControlModifier)  # Document > Go to document
    assert panel.search_box.hasFocus()
    qtbot.keyClick(panel.search_box, Qt.Key_Escape)
    assert window.view.hasFocus()
    qtbot.keyClick(window.view, Qt.Key_L, Qt.ControlModifier)
    qtbot.keyClicks(panel.search_box, "second")
    qtbot.keyClick(panel.search_box, Qt.Key_Return)  # at once, before the list followed the typing
    assert window.workspace.doc.id == "doc-2"
    assert window.view.hasFocus()  # a label key tags in the article now
    panel.search_box.setFocus()
    qtbot.keyClick(panel.search_box, Qt.Key_A, Qt.ControlModifier)
    qtbot.keyClick(panel.search_box, Qt.Key_Backspace)
    qtbot.waitUntil(lambda: window.doc_model.rowCount() == 2)
    qtbot.keyClick(panel.search_box, Qt.Key_Down)
    assert panel.table.hasFocus() and panel.table.currentIndex().row() == 0
    qtbot.keyClick(panel.table, Qt.Key_Down)
    qtbot.keyClick(panel.table, Qt.Key_Up)
    qtbot.keyClick(panel.table, Qt.Key_Return)
    assert window.workspace.doc.id == "doc-1" and window.view.hasFocus()


def test_palette_click_tags_and_relation_list_deletes(qtbot, window):
    view, ws = window.view, window.workspace
    palette = window.palette.list

    def click_label(name):
        item = next(palette.item(i) for i in range(palette.count()) if palette.item(i).data(Qt.UserRole) == name)
        qtbot.mouseClick(palette.viewport(), Qt.LeftButton, pos=palette.visualItemRect(item).center())

    view.select_offsets(*offsets("المتحدثة باسم الأفريكوم"))
    click_label("SOURCE")
    view.select_offsets(*offsets("الوضع بطرابلس هادئ"))
    click_label("CLAIM")
    assert sorted(label for *_, label in stored(window)) == ["CLAIM", "SOURCE"]
    assert window.palette.guideline.text().startswith("CLAIM: What is reported")
    source, claim = sorted(ws.spans, key=lambda s: s.start)
    view.select_span(claim.id)
    window.link_to(source.id)
    qtbot.waitUntil(lambda: window.relations.list.count() == 1)
    links = window.relations.list
    assert not window.relations.delete.isEnabled()  # no link picked yet
    qtbot.mouseClick(links.viewport(), Qt.LeftButton, pos=links.visualItemRect(links.item(0)).center())
    assert window.relations.delete.isEnabled() and view.selected_span_id == claim.id  # its claim shown
    qtbot.mouseClick(window.relations.delete, Qt.LeftButton)
    assert window.project.relations("doc-1") == []
    qtbot.waitUntil(lambda: links.count() == 0)
    assert not window.relations.delete.isEnabled()
    window.actions["undo"].trigger()
    assert len(window.project.relations("doc-1")) == 1
    qtbot.waitUntil(lambda: links.count() == 1)
    qtbot.mouseClick(links.viewport(), Qt.LeftButton, pos=links.visualItemRect(links.item(0)).center())
    qtbot.keyClick(links, Qt.Key_Delete)  # the link goes, its claim stays
    assert window.project.relations("doc-1") == [] and len(window.project.spans("doc-1")) == 2
    window.actions["undo"].trigger()
    view.select_offsets(*offsets("قالت"))
    qtbot.keyClick(view, "q")
    cue = view.selected_span_id
    window.link_to(claim.id)  # the cue's link: the list holds two
    qtbot.waitUntil(lambda: links.count() == 2)
    links.setFocus()
    links.setCurrentRow(0)
    first = view.selected_span_id
    qtbot.keyClick(links, Qt.Key_Down)  # reached with the arrows: the article shows the other link's span
    assert view.selected_span_id != first and view.selected_span_id in (cue, claim) and links.hasFocus()


def test_span_list_sorts_by_label_and_by_position(qtbot, window):
    view = window.view
    for word, key in (("قالت", "q"), ("الأفريكوم", "2"), ("بطرابلس", "3")):
        view.select_offsets(*offsets(word))
        qtbot.keyClick(view, key)
    table = window.span_table
    qtbot.waitUntil(lambda: table.model().rowCount() == 3)
    column = lambda c: [table.model().index(r, c).data() for r in range(3)]  # noqa: E731
    assert column(2) == sorted(column(2))  # by position first
    table.sortByColumn(0, Qt.AscendingOrder)
    assert column(0) == ["CUE", "LOC", "ORG"]
    table.sortByColumn(0, Qt.DescendingOrder)
    assert column(0) == ["ORG", "LOC", "CUE"]


def test_undo_of_a_change_on_another_document_shows_that_document(qtbot, window):
    view = window.view
    view.select_offsets(*offsets("بطرابلس"))
    qtbot.keyClick(view, "3")
    window.actions["next"].trigger()
    assert window.workspace.doc.id == "doc-2"
    window.actions["undo"].trigger()
    assert window.workspace.doc.id == "doc-1" and window.view.text() == TEXT
    assert stored(window) == [] and window.view.spans() == []
    window.actions["redo"].trigger()
    assert [s.label for s in window.view.spans()] == ["LOC"]


def test_a_schema_hotkey_in_capitals_fires(qtbot):
    from annotator.model import Label, Schema
    from ui.article_view import ArticleView
    view = ArticleView()
    qtbot.addWidget(view)
    view.set_schema(Schema("s", (Label("BOOK", hotkey="B"),), ()))
    view.load("عنوان كتاب", [], [])
    for key in ("b", "B"):
        with qtbot.waitSignal(view.hotkeyPressed) as got:
            qtbot.keyClick(view, key)
        assert got.args == ["BOOK"]


def test_the_article_never_scrolls_sideways(qtbot, tmp_path, errors):
    """Lines wrap at the view's width (anywhere, if a word is wider), so no width calls for
    a horizontal scroll bar; ANERcorp p012's lines once came out 0.6 px too wide at some
    widths, and a bar that scrolled by one pixel took a line's height from the article."""
    import json
    from annotator.importing import import_records
    from annotator.model import Document, DocumentRecord
    from annotator.resources import resource
    rows = [json.loads(line) for line in resource("sample", "sample.jsonl").read_text(encoding="utf-8").splitlines()]
    text = next(r["text"] for r in rows if r["id"] == "anercorp-test-p012")
    with Project.create(tmp_path / "p.isnad") as project:
        import_records(project, [DocumentRecord(Document("p012", "", text))])
    w = MainWindow(Project.open(tmp_path / "p.isnad", exclusive=True), "amal")
    qtbot.addWidget(w)
    w.show()
    bar = w.view.horizontalScrollBar()
    for width in range(1300, 1560, 4):
        w.resize(width, 900)
        qtbot.wait(1)
        assert not bar.isVisible() and bar.value() == 0, width


def tag_tripoli(qtbot, window) -> tuple[str, tuple[int, int]]:
    """بطرابلس double-clicked and tagged LOC by its key: (the new span's id, its offsets)."""
    view, where = window.view, offsets("بطرابلس")
    qtbot.mouseDClick(view.viewport(), Qt.LeftButton, pos=point_at(view, where[0] + 3))
    qtbot.keyClick(view, "3")
    return view.selected_span_id, where


def test_ctrl_z_in_the_note_field_undoes_the_saved_note_and_typing_first(qtbot, window):
    """A line edit takes Ctrl+Z even with nothing to undo: after Enter saved the note, it
    did nothing at all. Now the field undoes typing first, then the project its actions."""
    view, note = window.view, window.editor.note
    span_id, _ = tag_tripoli(qtbot, window)
    qtbot.mouseClick(note, Qt.LeftButton)
    qtbot.keyClicks(note, "check")
    qtbot.keyClick(note, Qt.Key_Return)
    assert window.project.span(span_id).note == "check"
    qtbot.keyClicks(note, " more")
    qtbot.keyClick(note, Qt.Key_Z, Qt.ControlModifier)  # the typing, in the field
    assert note.text() == "check" and window.project.span(span_id).note == "check"
    qtbot.keyClick(note, Qt.Key_Z, Qt.ControlModifier)  # the saved note, in the project
    assert window.project.span(span_id).note == ""
    qtbot.waitUntil(lambda: note.text() == "")  # the panels follow on the next event-loop turn
    qtbot.keyClick(note, Qt.Key_Z, Qt.ShiftModifier | Qt.ControlModifier)
    assert window.project.span(span_id).note == "check"
    qtbot.waitUntil(lambda: note.text() == "check")
    qtbot.keyClick(note, Qt.Key_Z, Qt.ControlModifier)
    qtbot.keyClick(note, Qt.Key_Z, Qt.ControlModifier)  # the LOC itself
    assert stored(window) == []


def test_f2_types_the_selected_spans_note_and_enter_or_esc_give_the_keys_back(qtbot, window):
    view, note = window.view, window.editor.note
    span_id, (start, end) = tag_tripoli(qtbot, window)
    qtbot.keyClick(view, Qt.Key_F2)
    assert note.hasFocus()
    qtbot.keyClicks(note, "city")
    qtbot.keyClick(note, Qt.Key_Return)
    assert window.project.span(span_id).note == "city" and view.hasFocus()
    qtbot.keyClick(view, "1")  # the keys are the article's again: relabel
    assert stored(window) == [(start, end, "PER")]
    qtbot.waitUntil(lambda: window.editor.title.text().startswith("PER"))  # the panels follow
    qtbot.keyClick(view, Qt.Key_F2)
    qtbot.keyClicks(note, "not this")  # F2 selected the note: typing replaces it
    qtbot.keyClick(note, Qt.Key_Escape)
    assert view.hasFocus() and note.text() == "city" and window.project.span(span_id).note == "city"
    view.select_span(None)
    qtbot.keyClick(view, Qt.Key_F2)  # no span of mine selected: the keys stay in the article
    assert view.hasFocus()


def test_the_window_takes_the_keys_back_when_its_dialog_closes(qtbot, window):
    """With no window manager to hand them back, the keys went nowhere after the export
    summary (or an error) was dismissed: Ctrl+PgDown next did nothing."""
    from PySide6.QtWidgets import QMessageBox
    box = QMessageBox(QMessageBox.Information, "Export finished", "Exported 2 documents.", QMessageBox.Ok, window)
    box.open()
    qtbot.waitUntil(box.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Return)
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key_PageDown, Qt.ControlModifier)
    assert window.workspace.doc.id == "doc-2"


def test_labels_an_import_adds_get_the_free_digit_keys(qtbot, tmp_path, errors):
    """ANERcorp's PERS, added by `import --add-labels`, is tagged with 5 (the palette and the
    menu show it): before, a new label had no key, and only the pointer could reach it."""
    from annotator.importing import import_records
    from annotator.model import Document, DocumentRecord, Span
    with Project.create(tmp_path / "a.isnad") as project:
        import_records(project, [DocumentRecord(Document("d", "", TEXT), [
            Span("s1", "", *offsets("الأفريكوم"), "PERS", ""), Span("s2", "", *offsets("Washington"), "DATE", "")])],
            add_labels=True)
        assert [(l.name, l.hotkey) for l in project.schema.labels][-2:] == [("DATE", "5"), ("PERS", "6")]
    w = MainWindow(Project.open(tmp_path / "a.isnad", exclusive=True), "amal")
    qtbot.addWidget(w)
    w.show()
    w.view.select_offsets(*offsets("المتحدثة"))
    qtbot.keyClick(w.view, "6")
    assert [(s.start, s.end, s.label) for s in w.project.spans("d", ["amal"])] == [(*offsets("المتحدثة"), "PERS")]


def test_a_triple_click_selects_the_sentence(qtbot, window):
    """Three clicks on a word: its sentence, without the full stop, ready for a label key."""
    view = window.view
    point = point_at(view, offsets("بطرابلس")[0] + 2)
    QTest.mouseDClick(view.viewport(), Qt.LeftButton, Qt.NoModifier, point)
    assert view.selection_offsets() == offsets("بطرابلس")
    QTest.mouseClick(view.viewport(), Qt.LeftButton, Qt.NoModifier, point)
    qtbot.keyClick(view, "c")
    start, end = TEXT.index("قالت"), TEXT.index("هادئ.") + len("هادئ")  # not the emoji before it
    assert stored(window) == [(start, end, "CLAIM")]
    QTest.mouseClick(view.viewport(), Qt.LeftButton, Qt.NoModifier, point)  # a fourth click: no sentence
    assert not view.textCursor().hasSelection()


def test_f1_lists_every_key_and_gesture_and_filters_as_you_type(qtbot, window):
    from tests.test_ui_arabic import while_open

    def inspect(dialog):
        table = dialog.table
        rows = [(table.item(r, 0).text().strip("\u2066\u2069").replace("\u00a0", " "), table.item(r, 1).text())
                for r in range(table.rowCount())]
        QTest.keyClicks(dialog.filter, "undo")
        shown = [rows[r] for r in range(table.rowCount()) if not table.isRowHidden(r)]
        return rows, shown
    seen = while_open(qtbot, inspect)
    QTest.keyClick(window.view, Qt.Key_F1)
    qtbot.waitUntil(lambda: bool(seen))
    rows, shown = seen[0]
    assert ("Ctrl+Z", "Undo") in rows and ("1", "tag the selection \u2068PER\u2069 (or relabel the selected span)") in rows
    assert ("triple-click", "select a sentence") in rows and ("Ctrl+D", "Mark done") in rows
    assert ("F8", "Next span of a shown layer") in rows and ("Delete", "Delete span") in rows
    assert shown == [("Ctrl+Z", "Undo")]


def test_tag_all_with_nothing_left_to_tag_says_so_and_adds_no_undo_step(qtbot, window):
    view = window.view
    view.select_offsets(*offsets("بطرابلس"))
    qtbot.keyClick(view, "3")  # the one occurrence
    qtbot.keyClick(view, Qt.Key_A, Qt.ControlModifier | Qt.ShiftModifier)
    assert "tagged LOC already" in window.statusBar().currentMessage()
    qtbot.keyClick(view, Qt.Key_Z, Qt.ControlModifier)  # undoes the tag itself, not an empty step
    assert stored(window) == []


def test_underlines_of_deeply_nested_spans_stay_above_the_label_names(qtbot, window):
    """Six spans nested in one another: the sixth's underline shares the last row instead of
    running into the names under the line (as it did past four), and their names stay clear
    of the next line (they stacked over it) and of one another."""
    view = window.view
    start, end = offsets("المتحدثة باسم الأفريكوم")
    for i, key in enumerate("1234sq"):
        view.select_offsets(start + i, end - i)
        QTest.keyClick(view, key)
    view.select_span(None)
    qtbot.wait(20)
    boxes = view._visible_boxes()
    names = view._painter.names(boxes)
    pieces = [b for b in boxes if not b.first and b.span.annotator == "amal"]
    assert len({b.level for b in pieces}) == 6
    lowest = max(view._painter.underline_y(b) for b in pieces)
    line = [n for n in names if n.box.line_bottom == pieces[0].line_bottom]
    assert lowest + 1 < min(n.rect.top() for n in line)
    # the six names fit under their line (above the next one, which the room was not made
    # for as they were tagged), each clear of the others
    assert len(line) == 6 and max(n.rect.bottom() for n in line) <= pieces[0].room_bottom
    assert all(not a.rect.intersects(b.rect) for a in line for b in line if a is not b)


def test_ctrl_wheel_zooms_as_ctrl_plus_does(qtbot, window):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent
    from ui.article_view import MAX_POINT_SIZE
    view, port = window.view, window.view.viewport()
    size = view.font().pointSizeF()
    point = QPointF(200, 100)

    def wheel(notches: int) -> None:
        QApplication.sendEvent(port, QWheelEvent(point, QPointF(port.mapToGlobal(point.toPoint())), QPoint(),
                                                 QPoint(0, 120 * notches), Qt.NoButton, Qt.ControlModifier,
                                                 Qt.NoScrollPhase, False))
    wheel(2)
    assert view.font().pointSizeF() == size + 2 and view._line_height == view._room_needed()
    wheel(-2)
    assert view.font().pointSizeF() == size
    wheel(60)  # a trackpad's long swipe: no larger than Ctrl+= goes
    assert view.font().pointSizeF() == MAX_POINT_SIZE
