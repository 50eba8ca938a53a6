"""Layers in view: pre-annotations imported into the `import` layer show beside mine, drawn
apart and read-only, and come into my layer one span or one layer at a time (one undo step)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolTip

from annotator.importing import import_records
from annotator.model import Document, DocumentRecord, Relation, Span
from annotator.store import Project
from tests.ui_helpers import TEXT, offsets
from tests.test_ui_workday import open_window



@pytest.fixture
def imported(tmp_path):
    """TEXT with pre-annotations in the `import` layer (as `isnad import` puts them) and one
    span of ali's."""
    claim, source, org = offsets("الوضع بطرابلس هادئ"), offsets("المتحدثة باسم الأفريكوم"), offsets("الأفريكوم")
    spans = [Span("c", "", *claim, "CLAIM", ""), Span("s", "", *source, "SOURCE", ""), Span("o", "", *org, "ORG", "")]
    with Project.create(tmp_path / "p.isnad") as p:
        import_records(p, [DocumentRecord(Document("doc-1", "", TEXT), spans,
                                          [Relation("r", "", "c", "s", "attributed_to", "")])])
        import_records(p, [DocumentRecord(Document("doc-1", "", TEXT), [Span("a", "", *offsets("قالت"), "CUE", "ali")])])
    return tmp_path / "p.isnad"


def test_an_imported_layer_shows_outlined_and_copies_into_mine(qtbot, imported, errors):
    w = open_window(qtbot, imported)
    view, ws = w.view, w.workspace
    assert ws.shown == ("import",)  # imported layers show by default; ali's does not
    assert ws.spans == [] and {s.label for s in view.others()} == {"CLAIM", "SOURCE", "ORG"}
    assert w.doc_model.data(w.doc_model.index(0, 2)) == 0  # the list counts my spans only
    qtbot.wait(20)
    claim = next(s for s in view.others() if s.label == "CLAIM")
    QTest.mouseClick(view.viewport(), Qt.LeftButton, Qt.NoModifier, view.span_rects(claim.id)[0].center().toPoint())
    assert view.selected_span_id == claim.id and "import" in w.editor.title.text()
    title = w.editor.title  # readable, every wrapped line whole: it says what Enter does
    qtbot.waitUntil(lambda: title.height() >= title.heightForWidth(title.width()) > 2 * title.fontMetrics().height())
    assert title.isEnabled() and not w.editor.note.isEnabled()
    QTest.keyClick(view, Qt.Key_Delete)  # another layer's span: read-only, nothing happens
    assert w.project.spans("doc-1", ["import"]) and ws.spans == []
    QTest.keyClick(view, Qt.Key_Return)  # copy it into mine
    assert [(s.start, s.end, s.label) for s in ws.spans] == [(claim.start, claim.end, "CLAIM")]
    assert w.project.spans("doc-1", ["amal"])[0].label == "CLAIM"
    assert ws.span(view.selected_span_id) is not None  # my copy is selected
    assert all(s.label != "CLAIM" for s in view.others())  # drawn once, as mine
    QTest.keyClick(view, Qt.Key_Z, Qt.ControlModifier)
    assert w.project.spans("doc-1", ["amal"]) == [] and len(view.others()) == 3


def tooltip_at(view, span_id: str) -> str:
    """The tooltip the pointer resting on a span shows."""
    pos = view.span_rects(span_id)[0].center().toPoint()
    view.event(QHelpEvent(QEvent.ToolTip, view.viewport().mapTo(view, pos), view.viewport().mapToGlobal(pos)))
    text = QToolTip.text() if QToolTip.isVisible() else ""
    QToolTip.hideText()
    return text


def test_a_shown_layers_span_names_its_layer_under_the_pointer(qtbot, imported, errors):
    w = open_window(qtbot, imported)
    claim = next(s for s in w.view.others() if s.label == "CLAIM")
    assert tooltip_at(w.view, claim.id) == "<p>CLAIM · import</p>"  # shown as plain text (escaped)
    w.view.select_span(claim.id)
    QTest.keyClick(w.view, Qt.Key_Return)  # copied into mine: my own span's tip is its label
    assert tooltip_at(w.view, w.view.selected_span_id) == "<p>CLAIM</p>"


def test_a_whole_layer_is_copied_in_one_step_with_its_relations(qtbot, imported, errors):
    w = open_window(qtbot, imported)
    w.layers.panel.list.setCurrentRow(1)  # the list: ali, import
    assert w.layers.panel.current_layer() == "import"
    w.layers.panel.copy.click()
    mine = w.project.spans("doc-1", ["amal"])
    assert sorted(s.label for s in mine) == ["CLAIM", "ORG", "SOURCE"]
    rels = w.project.relations("doc-1", ["amal"])
    by_id = {s.id: s.label for s in mine}
    assert [(by_id[r.from_id], by_id[r.to_id], r.type) for r in rels] == [("CLAIM", "SOURCE", "attributed_to")]
    assert w.view.others() == []
    w.actions["undo"].trigger()
    assert w.project.spans("doc-1", ["amal"]) == [] and w.project.relations("doc-1", ["amal"]) == []


def test_the_layers_panel_chooses_what_shows_and_remembers_it(qtbot, imported, errors, tmp_path):
    from PySide6.QtCore import QSettings
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)
    w = open_window(qtbot, imported, settings=settings)
    panel = w.layers.panel
    layers = [panel.list.item(i).data(Qt.UserRole) for i in range(panel.list.count())]
    assert layers == ["ali", "import"]
    panel.list.item(0).setCheckState(Qt.Checked)  # show ali's too
    assert set(w.workspace.shown) == {"ali", "import"} and any(s.annotator == "ali" for s in w.view.others())
    panel.list.item(1).setCheckState(Qt.Unchecked)
    assert w.workspace.shown == ("ali",)
    toggle = w.actions["layers_panel"]
    assert toggle.isEnabled() and toggle.isChecked()
    toggle.trigger()  # Layers > Layers panel hides it, and it stays hidden at the next start
    assert w.layers_dock.isHidden()
    w.close()
    again = open_window(qtbot, imported, settings=settings)
    assert again.workspace.shown == ("ali",)
    assert again.layers_dock.isHidden() and not again.actions["layers_panel"].isChecked()
    again.actions["layers_panel"].trigger()
    assert again.layers_dock.isVisible()


def test_f8_steps_through_the_shown_layers_spans(qtbot, imported, errors):
    w = open_window(qtbot, imported)
    view = w.view
    order = [s.id for s in sorted(view.others(), key=lambda s: (s.start, -s.end))]
    QTest.keyClick(view, Qt.Key_F8)
    assert view.selected_span_id == order[0]
    QTest.keyClick(view, Qt.Key_F8)
    assert view.selected_span_id == order[1]
    QTest.keyClick(view, Qt.Key_F8, Qt.ShiftModifier)
    assert view.selected_span_id == order[0]


def test_label_names_never_cover_each_other_or_the_outlines(qtbot, imported, errors):
    """With two layers shown beside mine, names are long ("SOURCE · import"): the name of a
    short word's span (CUE · ali on إن) once covered its neighbour's, and names sat on
    the dashed outlines. Each goes to the first row under its line where it is alone."""
    with Project.open(imported) as p:
        import_records(p, [DocumentRecord(Document("doc-1", "", TEXT), [Span("b", "", *offsets("إن"), "CUE", "ali")])])
    w = open_window(qtbot, imported)
    w.workspace.show_layers(["import", "ali"])
    view = w.view
    qtbot.waitUntil(lambda: len(view.others()) == 5)
    qtbot.wait(20)
    names = view._painter.names(view._boxes)
    assert sorted(n.text for n in names) == ["CLAIM · import", "CUE · ali", "CUE · ali", "ORG · import",
                                             "SOURCE · import"]
    for n in names:
        line = [b for b in view._boxes if b.line_bottom == n.box.line_bottom and not b.first]
        outline_bottom = max(b.rect.bottom() + 1 + b.level * 2 for b in line)
        assert n.rect.top() >= outline_bottom, n.text
        for other in names:
            if other is not n and other.box.line_bottom == n.box.line_bottom:
                assert not n.rect.intersects(other.rect), (n.text, other.text)
    cue, claim = (next(n for n in names if n.box.span.start == offsets(word)[0]) for word in ("إن", "الوضع"))
    assert cue.rect.right() > claim.rect.right() and cue.rect.top() < claim.rect.top()  # إن's first, then
    assert cue.rect.left() < claim.rect.right()  # the claim's, a row lower: إن is narrower than its name


def _crowded(tmp_path, repeat: int = 1):
    """TEXT (repeated) with the same claim, its source and its cue in three layers: where names
    stack three rows deep."""
    text = "\n".join([TEXT] * repeat)
    spans = {layer: [] for layer in ("import", "ali", "sara")}
    for k in range(repeat):
        shift = k * (len(TEXT) + 1)
        for layer in spans:
            for word, label in (("قالت", "CUE"), ("المتحدثة باسم الأفريكوم", "SOURCE"), ("الوضع بطرابلس هادئ", "CLAIM")):
                start, end = offsets(word)
                spans[layer].append(Span(f"{layer}-{label}-{k}", "", start + shift, end + shift, label, layer))
    with Project.create(tmp_path / "c.isnad") as p:
        import_records(p, [DocumentRecord(Document("doc-1", "", text), [s for layer in spans.values() for s in layer])])
    return tmp_path / "c.isnad"


def _next_paragraph_top(view) -> float:
    document = view.document()
    return document.documentLayout().blockBoundingRect(document.firstBlock().next()).top()


def test_lines_make_room_for_the_rows_of_names_the_spans_need(qtbot, tmp_path, errors):
    """Three layers tag the same words: their names stack three rows deep under the line, and
    the lines move apart for them when the layers are shown, rather than the names running
    over the next line. Shown alone, a layer's lines are as close as before."""
    w = open_window(qtbot, _crowded(tmp_path))
    view = w.view
    w.workspace.show_layers(["import", "ali", "sara"])
    qtbot.waitUntil(lambda: len(view.others()) == 9)
    qtbot.wait(20)
    second = _next_paragraph_top(view)
    names = view._painter.names(view._boxes)
    assert max(n.rect.bottom() for n in names) > min(n.rect.top() for n in names) + 2.5 * view._painter.label_height
    assert max(n.rect.bottom() for n in names) <= second - view.verticalScrollBar().value()
    w.workspace.show_layers(["import"])
    qtbot.waitUntil(lambda: len(view.others()) == 3)
    qtbot.wait(20)
    assert _next_paragraph_top(view) < second - 20


def test_the_line_at_the_top_stays_when_lines_make_room(qtbot, tmp_path, errors):
    w = open_window(qtbot, _crowded(tmp_path, repeat=40))
    view = w.view
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    qtbot.wait(20)
    top = view.cursorForPosition(QPoint(5, 5))
    line = top.block().blockNumber(), top.block().layout().lineForTextPosition(top.positionInBlock()).lineNumber()
    height = bar.maximum()
    w.workspace.show_layers(["import", "ali", "sara"])  # the lines make room: the page grows
    qtbot.waitUntil(lambda: len(view.others()) == 9 * 40)
    qtbot.wait(20)
    assert bar.maximum() > height * 1.2
    now = view.cursorForPosition(QPoint(5, 5))
    assert (now.block().blockNumber(), now.block().layout().lineForTextPosition(now.positionInBlock()).lineNumber()) \
        == line


def test_tagging_never_moves_the_text_under_the_pointer(qtbot, tmp_path, errors):
    """Tagging next to a tag crowds their names, yet the text stays where it is: the next word
    the pointer aims at must be there when it gets there. Room is made on opening a document."""
    w = open_window(qtbot, _crowded(tmp_path))
    view = w.view
    second = _next_paragraph_top(view)
    for word in ("قالت", "المتحدثة", "باسم"):
        start, end = offsets(word)
        view.select_offsets(start, end)
        QTest.keyClick(view, Qt.Key_1)  # PER
    assert len(w.workspace.spans) == 3 and _next_paragraph_top(view) == second
    w.workspace.open_document("doc-1")  # opened again: room for the crowd of names
    qtbot.wait(20)
    assert _next_paragraph_top(view) > second


def test_a_long_layer_name_is_cut_in_its_middle_not_scrolled_sideways(qtbot):
    from ui.layers_panel import LayersPanel
    panel = LayersPanel()
    qtbot.addWidget(panel)
    panel.resize(180, 300)
    panel.show()
    layer = "suggest:attribution@a-rather-long-annotator-name"
    panel.show_layers([layer, "ali"], {layer: 46}, {layer})
    qtbot.wait(50)
    assert not panel.list.horizontalScrollBar().isVisible()
    item = panel.list.item(0)
    assert layer in item.toolTip() and "46" in item.toolTip()
    assert panel.list.fontMetrics().horizontalAdvance(item.text()) > panel.list.viewport().width()  # it is cut


def test_layers_shown_as_a_document_opens_keep_its_first_line_at_the_top(qtbot, tmp_path, errors):
    """Room made before the opened article was ever painted (suggestions come in that fast):
    the text at the top was found by a hit in the top margin, which Qt answers with the last
    line just after a new document, and the article jumped to its end."""
    w = open_window(qtbot, _crowded(tmp_path, repeat=40))
    view = w.view
    w.workspace.show_layers([])
    qtbot.wait(20)
    w.workspace.open_document("doc-1")
    w.workspace.show_layers(["import", "ali", "sara"])  # the lines make room at once
    qtbot.wait(20)
    assert view.verticalScrollBar().value() == 0
    assert view._first_visible_block().blockNumber() == 0


def test_a_link_dragged_to_another_layers_span_says_how_instead_of_nothing(qtbot, imported, errors):
    """Links join spans of one layer: a drag from my span to an imported one stores nothing,
    and the status bar says why and what to do (it used to end in silence)."""
    w = open_window(qtbot, imported)
    view = w.view
    view.select_offsets(*offsets("قالت"))
    QTest.keyClick(view, Qt.Key_Q)  # my CUE
    cue = w.workspace.spans[0]
    view.select_span(None)
    qtbot.wait(20)
    claim = next(s for s in view.others() if s.label == "CLAIM")
    handle = next(r for r, s in view._painter.handles(view._boxes) if s.id == cue.id).center().toPoint()
    target = view.span_rects(claim.id)[0].center().toPoint()
    port = view.viewport()
    QTest.mousePress(port, Qt.LeftButton, Qt.NoModifier, handle)
    QTest.mouseMove(port, QPoint((handle.x() + target.x()) // 2, target.y()))
    QTest.mouseMove(port, target)
    QTest.mouseRelease(port, Qt.LeftButton, Qt.NoModifier, target)
    assert w.project.relations("doc-1", ["amal"]) == []
    assert "your own layer" in w.statusBar().currentMessage() and "Enter" in w.statusBar().currentMessage()
    assert view.selected_span_id == claim.id
    QTest.keyClick(view, Qt.Key_Return)  # the imported claim (selected by the drop) into my layer ...
    mine = next(s for s in w.workspace.spans if s.label == "CLAIM")
    view.select_span(None)
    qtbot.wait(20)
    handle = next(r for r, s in view._painter.handles(view._boxes) if s.id == cue.id).center().toPoint()
    target = view.span_rects(mine.id)[0].center().toPoint()
    QTest.mousePress(port, Qt.LeftButton, Qt.NoModifier, handle)
    QTest.mouseMove(port, target)
    QTest.mouseRelease(port, Qt.LeftButton, Qt.NoModifier, target)  # ... and the link is drawn again
    assert [(r.from_id, r.to_id, r.type) for r in w.project.relations("doc-1", ["amal"])] == \
        [(cue.id, mine.id, "cue_of")]


def test_the_layers_panel_says_what_it_lists_while_it_lists_nothing(qtbot, tmp_path, errors):
    from tests.ui_helpers import make_project
    make_project(tmp_path / "p.isnad").close()
    w = open_window(qtbot, tmp_path / "p.isnad")
    panel = w.layers.panel
    assert panel.list.count() == 0 and "No other layer yet" in panel.hint.text()
    assert not panel.copy.isVisible()
    w.close()
    with Project.open(tmp_path / "p.isnad") as p:  # then ali's work comes in
        import_records(p, [DocumentRecord(Document("doc-1", "", TEXT), [Span("a", "", *offsets("قالت"), "CUE", "ali")])])
    w = open_window(qtbot, tmp_path / "p.isnad")
    panel = w.layers.panel
    assert panel.list.count() == 1 and "read-only" in panel.hint.text() and panel.copy.isVisible()
