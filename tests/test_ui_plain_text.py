"""Imported strings are shown as written, never as rich text (issue 14): a title holding
`<img width=2000 height=2000>` took over the window from the status bar, span text did
so from the span panel. Every widget that shows a title, a label, span text, a note, an
attribute or a name is checked, with the window rendered."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QLabel, QToolTip

from annotator.importing import import_records
from annotator.model import Document, DocumentRecord, Label, Relation, RelationType, Schema, Span
from annotator.store import Project
from ui.dialogs import ErrorDialog, NameDialog
from ui.main_window import MainWindow

IMG = "<img width=2000 height=2000>"
TITLE = f"{IMG}<b>عنوان</b>"
TEXT = f"قال {IMG} المتحدث <b>باسم</b> الحكومة إن الوضع هادئ."
LABEL = "<i>LOC</i>"
NOTE = f"ملاحظة {IMG}"


def _offsets(word: str) -> tuple[int, int]:
    start = TEXT.index(word)
    return start, start + len(word)


@pytest.fixture
def window(qtbot, tmp_path, errors):
    schema = Schema("hostile", (Label(LABEL, "entity", "#4363d8", "3", f"guide {IMG}", {f"<u>{IMG}</u>": ["a"]}),
                                Label("CLAIM", "claim", "#e6194b", "c"), Label("SOURCE", "source", "#3cb44b", "s")),
                    (RelationType("attributed_to", ("claim",), ("source",)),))
    with Project.create(tmp_path / "p.isnad", schema) as p:
        img, said = _offsets(IMG), _offsets("المتحدث")
        spans = [Span("s-img", "", *img, LABEL, "<b>amal</b>", note=NOTE), Span("s-src", "", *said, "SOURCE", "<b>amal</b>"),
                 Span("s-claim", "", *_offsets("الوضع هادئ"), "CLAIM", "<b>amal</b>")]
        import_records(p, [DocumentRecord(Document("d1", "", TEXT, title=TITLE), spans,
                                          [Relation("r1", "", "s-claim", "s-src", "attributed_to", "<b>amal</b>")])])
    w = MainWindow(Project.open(tmp_path / "p.isnad", exclusive=True), "<b>amal</b>")
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


def _labels_with(widget, needle: str) -> list[QLabel]:
    return [l for l in widget.findChildren(QLabel) if needle in l.text()]


def test_titles_labels_span_text_notes_and_names_stay_plain(qtbot, window, tmp_path):
    w = window
    w.view.select_span("s-img")
    w._span_selected("s-img")
    qtbot.wait(50)
    shown = _labels_with(w, "<img")
    assert len(shown) >= 2  # the status bar (title) and the span panel (span text)
    assert all(l.textFormat() == Qt.PlainText for l in shown)
    assert all(l.sizeHint().width() < 1000 and l.sizeHint().height() < 200 for l in shown), \
        [(l.text(), l.sizeHint()) for l in shown]
    assert any("<b>amal</b>" in l.text() for l in w.findChildren(QLabel))  # the name, as written
    assert all(l.textFormat() == Qt.PlainText for l in _labels_with(w, "<u>"))  # an attribute's name
    assert w.minimumSizeHint().width() < 1200 and w.minimumSizeHint().height() < 800
    w.grab().save(str(tmp_path / "hostile.png"))


def test_tooltips_show_the_strings_escaped(qtbot, window):
    w = window
    tip = w.doc_model.data(w.doc_model.index(0, 0), Qt.ToolTipRole)
    assert "&lt;img width=2000 height=2000&gt;" in tip and "<img" not in tip
    guide = w.palette.list.item(0).toolTip()
    assert "&lt;img" in guide and "<img" not in guide
    rect = w.view.span_rects("s-img")[0]
    pos = rect.center().toPoint()
    event = QHelpEvent(QEvent.ToolTip, w.view.viewport().mapTo(w.view, pos), w.view.viewport().mapToGlobal(pos))
    w.view.event(event)
    assert QToolTip.isVisible() and "<img" not in QToolTip.text() and "&lt;img" in QToolTip.text()
    QToolTip.hideText()


def test_dialogs_show_names_and_messages_as_written(qtbot, window):
    from annotator.errors import IsnadError
    from annotator.messages import M
    box = ErrorDialog.build(window, IsnadError.of(M.LABEL_UNKNOWN, label=IMG, known=LABEL))
    assert box.textFormat() == Qt.PlainText and "<img" in box.text()
    dialog = NameDialog(window, "<b>amal</b>")
    assert all(l.textFormat() == Qt.PlainText for l in _labels_with(dialog, "<b>amal</b>"))
    dialog.deleteLater()
    box.deleteLater()


def test_relations_list_and_nesting_notice_are_plain(qtbot, window):
    w = window
    assert IMG not in w.relations.list.item(0).text()  # the claim and its source, as text items
    w.view.select_offsets(*_offsets(IMG))
    qtbot.keyClick(w.view, "3")  # the same label over the same text: the nesting notice quotes the span
    assert w.notice.isVisible() and IMG in w.notice.text.text()
    assert w.notice.text.textFormat() == Qt.PlainText and w.notice.text.sizeHint().width() < 1500
