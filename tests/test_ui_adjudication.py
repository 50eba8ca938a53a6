"""The adjudication panel, offscreen: disagreements marked, accept into gold, undo."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

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


def test_adjudication_status(panel):
    panel.status.setCurrentText("done")
    panel.status.activated.emit(panel.status.currentIndex())
    assert panel.project.status("d1", GOLD).status == "done"
    panel.refresh()
    assert panel.status.currentText() == "done"


def test_documents_ranked_by_disagreement(panel, qtbot):
    qtbot.mouseClick(panel.rank_button, Qt.LeftButton)
    assert panel.ranking.count() == 1 and panel.ranking.item(0).text().startswith("0.14")
    with qtbot.waitSignal(panel.documentChosen) as chosen:
        panel.ranking.itemClicked.emit(panel.ranking.item(0))
    assert chosen.args == ["d1"]


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
