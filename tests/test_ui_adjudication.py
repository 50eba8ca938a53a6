"""The adjudication panel, offscreen: disagreements marked, accept into gold, undo."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from annotator.history import History
from annotator.importing import import_records
from annotator.model import GOLD, Document, DocumentRecord, Span
from annotator.store import Project
from ui.adjudication import DISAGREE, HAS, AdjudicationPanel

TEXT = "قالت ريبيكا فارمر إن القوات انسحبت من سرت."


@pytest.fixture
def panel(qtbot, tmp_path):
    spans = []
    for who in ("ali", "منى", "sara"):
        spans += [Span(f"{who}-src", "", 5, 17, "SOURCE", who), Span(f"{who}-claim", "", 21, 41, "CLAIM", who)]
    spans.append(Span("ali-loc", "", 38, 41, "LOC", "ali"))  # only ali tagged سرت
    with Project.create(tmp_path / "lead.isnad") as p:
        import_records(p, [DocumentRecord(Document("d1", "", TEXT), spans)])
    project = Project.open(tmp_path / "lead.isnad")
    history = History(project)
    widget = AdjudicationPanel(project, history.run)
    widget.history = history  # for the tests' undo
    qtbot.addWidget(widget)
    widget.show()  # a hidden panel reads nothing
    widget.show_document("d1")
    yield widget
    project.close()


def gold(panel):
    return sorted((s.start, s.end, s.label) for s in panel.project.spans("d1", [GOLD]))


def row_of(panel, label):
    return next(r for r in range(panel.table.rowCount()) if panel.table.item(r, 0).text() == label)


def test_panel_shows_layers_side_by_side_with_disagreements_marked(panel):
    headers = [panel.table.horizontalHeaderItem(c).text() for c in range(panel.table.columnCount())]
    assert headers == ["Label", "Text", "Start", "ali", "sara", "منى", GOLD]
    loc = row_of(panel, "LOC")
    assert panel.table.item(loc, 0).background().color() == DISAGREE
    assert [panel.table.item(loc, c).text() for c in (3, 4, 5)] == [HAS, "", ""]
    assert "سرت" in panel.table.item(loc, 1).text()
    assert panel.table.item(row_of(panel, "CLAIM"), 0).background().color() != DISAGREE
    assert "disputed spans: 1" in panel.summary.text()
    assert not panel.grab().isNull()  # renders offscreen, Arabic headers included


def test_accept_agreed_then_a_disputed_span_then_undo(panel, qtbot):
    with qtbot.waitSignal(panel.changed):
        qtbot.mouseClick(panel.agreed_button, Qt.LeftButton)
    assert gold(panel) == [(5, 17, "SOURCE"), (21, 41, "CLAIM")]
    panel.table.selectRow(row_of(panel, "LOC"))
    qtbot.mouseClick(panel.accept_button, Qt.LeftButton)
    assert gold(panel) == [(5, 17, "SOURCE"), (21, 41, "CLAIM"), (38, 41, "LOC")]
    assert panel.table.item(row_of(panel, "LOC"), 6).text() == HAS
    panel.history.undo()
    panel.refresh()
    assert gold(panel) == [(5, 17, "SOURCE"), (21, 41, "CLAIM")]
    panel.table.selectRow(row_of(panel, "CLAIM"))
    qtbot.mouseClick(panel.remove_button, Qt.LeftButton)
    assert gold(panel) == [(5, 17, "SOURCE")]


def test_accepting_or_removing_several_rows_is_one_undo_step(panel, qtbot):
    panel.table.setSelectionMode(QAbstractItemView.MultiSelection)
    for label in ("SOURCE", "LOC"):
        panel.table.selectRow(row_of(panel, label))
    qtbot.mouseClick(panel.accept_button, Qt.LeftButton)
    assert gold(panel) == [(5, 17, "SOURCE"), (38, 41, "LOC")]
    panel.history.undo()
    assert gold(panel) == []
    panel.history.redo()
    panel.refresh()
    panel.table.clearSelection()
    for label in ("SOURCE", "LOC"):
        panel.table.selectRow(row_of(panel, label))
    qtbot.mouseClick(panel.remove_button, Qt.LeftButton)
    assert gold(panel) == []
    panel.history.undo()
    assert gold(panel) == [(5, 17, "SOURCE"), (38, 41, "LOC")]


def test_adjudication_status(qtbot, panel):
    """Chosen as an annotator does, by its name (the list once showed "in_progress")."""
    box = panel.status
    assert [box.itemText(i) for i in range(box.count())] == ["new", "in progress", "done", "skipped", "flagged"]
    panel.show()
    box.setFocus()
    qtbot.keyClick(box, Qt.Key_Down)  # new -> in progress, as the arrow keys choose on a closed list
    assert panel.project.status("d1", GOLD).status == "in_progress"
    qtbot.keyClick(box, Qt.Key_Down)
    assert panel.project.status("d1", GOLD).status == "done"
    panel.refresh()
    assert box.currentText() == "done" and box.currentData() == "done"


def test_document_list_sorts_by_disagreement(qtbot, tmp_path):
    from ui.document_list import DocumentListModel, DocumentPanel
    same = [Span(f"{who}-s", "", 0, 4, "SOURCE", who) for who in ("ali", "mona")]
    differ = [Span("ali-d", "", 5, 11, "PER", "ali"), Span("mona-d", "", 5, 11, "LOC", "mona")]
    alone = [Span("ali-a", "", 0, 4, "SOURCE", "ali")]
    with Project.create(tmp_path / "rank.isnad") as p:
        import_records(p, [DocumentRecord(Document(i, "", f"{TEXT} {i}", f"title {i}"), s)
                           for i, s in (("same", same), ("alone", alone), ("differ", differ))])
        panel = DocumentPanel(DocumentListModel(p, "ali"))
        qtbot.addWidget(panel)
        column = panel.model.SCORE
        assert panel.table.isColumnHidden(column)

        panel.order_box.setCurrentIndex(1)  # most disagreement first
        rows = [(panel.model.data(panel.model.index(r, 0)), panel.model.data(panel.model.index(r, column)))
                for r in range(panel.model.rowCount())]
        assert rows == [("title differ", "1.00"), ("title same", "0.00"), ("title alone", "")]
        assert not panel.table.isColumnHidden(column) and panel.model.row_of("same") == 1
        assert panel.neighbour("differ", 1) == "same"
        with qtbot.waitSignal(panel.documentChosen) as chosen:
            qtbot.mouseClick(panel.table.viewport(), Qt.LeftButton,
                             pos=panel.table.visualRect(panel.model.index(0, 0)).center())
        assert chosen.args == ["differ"]

        panel.search_box.setText("same")  # filters keep the order
        qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
        assert panel.model.row(0).id == "same"
        assert panel.neighbour("differ", 1) == "same" and panel.neighbour("alone", 1) is None  # from a dropped one
        assert panel.neighbour("alone", -1) == "same"
        panel.search_box.clear()
        qtbot.waitUntil(lambda: panel.model.rowCount() == 3)
        panel.order_box.setCurrentIndex(0)
        assert [panel.model.row(r).id for r in range(3)] == ["same", "alone", "differ"]
        assert panel.table.isColumnHidden(column)


def test_main_window_docks_the_panel_and_its_actions_undo_there(qtbot, tmp_path, monkeypatch):
    from tests.ui_helpers import TEXT, make_project, offsets
    from ui.dialogs import ErrorDialog
    from ui.main_window import MainWindow
    shown = []
    monkeypatch.setattr(ErrorDialog, "show", classmethod(lambda cls, parent, e, title="": shown.append(e)))
    start, end = offsets("بطرابلس")
    with make_project(tmp_path / "w.isnad") as p:
        import_records(p, [DocumentRecord(Document("doc-1", "", TEXT), [
            Span("a1", "", start + 1, end, "LOC", "ali"), Span("m1", "", start + 1, end, "LOC", "mona")])])
    window = MainWindow(Project.open(tmp_path / "w.isnad"), GOLD)  # the lead works in the gold layer
    qtbot.addWidget(window)
    window.show()
    panel = window.adjudication
    assert panel.doc_id == "doc-1" and panel.table.rowCount() == 1
    qtbot.mouseClick(panel.agreed_button, Qt.LeftButton)
    assert [(s.start, s.end) for s in window.workspace.spans] == [(start + 1, end)]  # the article shows gold
    assert panel.table.item(0, panel.table.columnCount() - 1).text() == HAS
    qtbot.waitUntil(lambda: window.actions["undo"].text() == "&Undo (accept all agreed spans)")
    window.workspace.undo()
    assert window.workspace.spans == []
    qtbot.waitUntil(lambda: panel.table.item(0, panel.table.columnCount() - 1).text() == "")  # gold column
    assert shown == []
    window.project.close()


def test_annotators_open_the_panel_from_the_view_menu(qtbot, tmp_path):
    from ui.main_window import MainWindow
    with Project.create(tmp_path / "v.isnad") as p:
        import_records(p, [DocumentRecord(Document("doc-1", "", TEXT), [
            Span("a1", "", 5, 17, "SOURCE", "ali"), Span("m1", "", 5, 17, "PER", "mona")])])
    window = MainWindow(Project.open(tmp_path / "v.isnad"), "ali")
    qtbot.addWidget(window)
    window.show()
    panel = window.adjudication
    assert not window.adjudication_dock.isVisible() and panel.table.rowCount() == 0  # hidden: nothing read
    window.actions["adjudication"].trigger()
    assert window.adjudication_dock.isVisible() and panel.table.rowCount() == 2
    assert panel.table.item(0, 0).background().color() == DISAGREE
    window.project.close()


def test_clicking_a_row_selects_its_text_for_a_gold_label_of_the_leads_choice(qtbot, tmp_path):
    from tests.ui_helpers import TEXT, make_project, offsets
    from ui.main_window import MainWindow
    start, end = offsets("بطرابلس")
    with make_project(tmp_path / "c.isnad") as p:  # ali: LOC, mona: ORG, both on طرابلس inside بطرابلس
        import_records(p, [DocumentRecord(Document("doc-1", "", TEXT), [
            Span("a1", "", start + 1, end, "LOC", "ali"), Span("m1", "", start + 1, end, "ORG", "mona")])])
    window = MainWindow(Project.open(tmp_path / "c.isnad"), GOLD)
    qtbot.addWidget(window)
    window.show()
    panel, view = window.adjudication, window.view

    def click_row(label):
        rect = panel.table.visualRect(panel.table.model().index(row_of(panel, label), 1))
        qtbot.mouseClick(panel.table.viewport(), Qt.LeftButton, pos=rect.center())

    click_row("ORG")
    assert view.selection_offsets() == (start + 1, end)  # not snapped
    qtbot.keyClick(panel.table, "3")  # the lead decides: LOC, typed in the list
    assert [(s.start, s.end, s.label, s.annotator) for s in window.workspace.spans] == [(start + 1, end, "LOC", GOLD)]
    qtbot.waitUntil(lambda: panel.table.item(row_of(panel, "LOC"), panel.table.columnCount() - 1).text() == HAS)
    click_row("LOC")
    assert view.selected_span_id == window.workspace.spans[0].id
    window.project.close()


def test_the_lead_adjudicates_with_the_keys_arrows_enter_and_delete(qtbot, tmp_path):
    """Arrows in the list show each row's text in the article (the keys stay in the list),
    Enter accepts the row into gold, Delete takes it out again; the row stays current."""
    from tests.ui_helpers import TEXT as ARTICLE, make_project, offsets
    from ui.main_window import MainWindow
    place, city = offsets("بطرابلس"), offsets("الأفريكوم")
    with make_project(tmp_path / "k.isnad") as p:
        import_records(p, [DocumentRecord(Document("doc-1", "", ARTICLE), [
            Span("a1", "", *place, "LOC", "ali"), Span("m1", "", *place, "LOC", "mona"),
            Span("a2", "", *city, "ORG", "ali")])])
    window = MainWindow(Project.open(tmp_path / "k.isnad"), GOLD)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    panel, view, table = window.adjudication, window.view, window.adjudication.table
    gold = table.columnCount() - 1
    table.setFocus()
    qtbot.keyClick(table, Qt.Key_Down)
    first = panel.rows[table.currentRow()].key
    assert view.selection_offsets() == first[:2] and table.hasFocus()
    qtbot.keyClick(table, Qt.Key_Up)
    second = panel.rows[table.currentRow()].key
    assert second != first and view.selection_offsets() == second[:2]
    qtbot.keyClick(table, Qt.Key_Return)
    assert [(s.start, s.end, s.label) for s in window.project.spans("doc-1", [GOLD])] == [second]
    assert table.item(table.currentRow(), gold).text() == HAS and panel.rows[table.currentRow()].key == second
    qtbot.keyClick(table, Qt.Key_Delete)
    assert window.project.spans("doc-1", [GOLD]) == [] and table.item(table.currentRow(), gold).text() == ""
    qtbot.keyClick(table, "2")  # a label key: the row's text in gold as ORG, the keys still here
    assert [s.label for s in window.project.spans("doc-1", [GOLD])] == ["ORG"] and table.hasFocus()
    window.project.close()
