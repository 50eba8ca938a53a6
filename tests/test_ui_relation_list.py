"""The relation list on the sample's Washington Post article: each end of a link on a line of
its own, its excerpt cut to the list's width, never broken across lines (a right-to-left
excerpt wrapped inside a left-to-right item put its closing guillemet beside its first word)."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from annotator.model import Relation, Span
from annotator.resources import resource
from ui.span_panel import RelationList


def sample_document(doc_id: str):
    for line in resource("sample", "sample.jsonl").open(encoding="utf-8"):
        record = json.loads(line)
        if record["id"] == doc_id:
            spans = [Span(id=s["id"], doc_id=doc_id, annotator="sample", start=s["start"], end=s["end"],
                          label=s["label"]) for s in record["spans"]]
            relations = [Relation(id=f"r{n}", doc_id=doc_id, annotator="sample", from_id=r["from"],
                                  to_id=r["to"], type=r["type"]) for n, r in enumerate(record["relations"])]
            return record["text"], spans, relations
    raise LookupError(doc_id)


@pytest.mark.parametrize("width, height", [(230, 400), (300, 120), (420, 400)])  # 120: a scroll bar
def test_each_end_is_one_line_that_fits_and_starts_as_its_span(qtbot, width, height):
    text, spans, relations = sample_document("sirte-washington-post")
    panel = RelationList()
    qtbot.addWidget(panel)
    panel.resize(width, height)
    panel.show()
    panel.show_relations(text, spans, relations)
    qtbot.wait(50)  # let the list lay its items out (and show its scroll bar)
    assert panel.list.verticalScrollBar().isVisible() == (height < 200)
    by_id = {s.id: s for s in spans}
    room = panel.list.viewport().width()
    metrics = panel.list.fontMetrics()
    assert panel.list.count() == len(relations) >= 6
    for row, relation in enumerate(relations):
        item = panel.list.item(row)
        lines = item.text().split("\n")
        assert len(lines) == 2
        for line, span in zip(lines, (by_id[relation.from_id], by_id[relation.to_id])):
            assert metrics.horizontalAdvance(line) <= room
            shown = line.split("\u2068")[1].split("\u2069")[0]
            whole = text[span.start:span.end].replace("\n", " ")
            cut = shown.removesuffix("…").removesuffix("\u200d")  # Qt's joiner keeps the last letter's form
            assert shown == whole or shown.endswith("…") and whole.startswith(cut), (shown, whole)
            assert line.startswith(span.label) or line.startswith(("→ " + span.label, "← " + span.label))
        assert relation.type in item.toolTip() and relation.type in lines[1]
    rect = panel.list.visualItemRect(panel.list.item(1))
    with qtbot.waitSignal(panel.relationClicked) as clicked:  # a click on the second link names its claim
        qtbot.mouseClick(panel.list.viewport(), Qt.LeftButton, pos=rect.center())
    assert clicked.args == [relations[1].from_id]


def test_a_wider_list_shows_more_of_each_excerpt(qtbot):
    text, spans, relations = sample_document("sirte-washington-post")
    panel = RelationList()
    qtbot.addWidget(panel)
    panel.resize(200, 400)
    panel.show()
    panel.show_relations(text, spans, relations)
    narrow = [panel.list.item(i).text() for i in range(panel.list.count())]
    panel.resize(600, 400)
    qtbot.waitUntil(lambda: [panel.list.item(i).text() for i in range(panel.list.count())] != narrow)
    wide = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert sum(map(len, wide)) > sum(map(len, narrow))
    assert all(panel.list.item(i).data(Qt.UserRole) == r.id for i, r in enumerate(relations))
