"""Random real input on the real window: drags over words, clicks on drawn spans, the keys of
the article (labels, F8, Enter, Shift+Enter, Ctrl+Enter, Delete, undo, redo, Tab, Alt+arrows,
Ctrl+T, L) and the next document, on the sample project with both recommenders shown. After
every step what the window holds is what the project holds, and no pending suggestion sits
where a span of mine is; undoing every step leaves my layer empty. (Such a run found that
deleting my span where a suggestion was did not show the suggestion again.)"""
from __future__ import annotations

import random
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from annotator.importing import import_records
from annotator.store import Project
from annotator.suggestions import set_recommender_specs
from tests.test_ui_workday import open_window
from tests.ui_helpers import point_at

NO = Qt.NoModifier
KEYS = [*(((k, NO) for k in "123sqc")),
        (Qt.Key_F8, NO), (Qt.Key_F8, Qt.ShiftModifier), (Qt.Key_Return, NO), (Qt.Key_Return, Qt.ShiftModifier),
        (Qt.Key_Return, Qt.ControlModifier), (Qt.Key_Delete, NO), (Qt.Key_Z, Qt.ControlModifier),
        (Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier), (Qt.Key_Tab, NO), (Qt.Key_Left, Qt.AltModifier),
        (Qt.Key_Right, Qt.AltModifier), (Qt.Key_Up, Qt.AltModifier), (Qt.Key_T, Qt.ControlModifier),
        (Qt.Key_Escape, NO), (Qt.Key_L, NO)]
STEPS = 200


@pytest.fixture
def sample(tmp_path):
    from annotator.resources import resource
    from exports import jsonl
    with Project.create(tmp_path / "s.isnad") as p:
        import_records(p, jsonl.read(resource("sample", "sample.jsonl")), "sample")
        set_recommender_specs(p, ["attribution", "lexicon"])
    return tmp_path / "s.isnad"


def step(qtbot, w, rng: random.Random) -> tuple:
    """One random input; returns what it was (for the failure message)."""
    view, ws = w.view, w.workspace
    r = rng.random()
    if r < 0.3:
        words = [m.span() for m in re.finditer(r"\S+", ws.doc.text)]
        i = rng.randrange(len(words))
        a, b = words[i][0], words[min(len(words) - 1, i + rng.randrange(4))][1]
        if rng.random() < 0.5:  # dragged leftwards or rightwards
            a, b = b, a
        port = view.viewport()
        QTest.mousePress(port, Qt.LeftButton, NO, point_at(view, a))
        QTest.mouseMove(port, point_at(view, b))
        QTest.mouseRelease(port, Qt.LeftButton, NO, point_at(view, b))
        return ("drag", a, b)
    if r < 0.4:
        drawn = [s for s in (*view.spans(), *view.others()) if view.span_rects(s.id)]
        if drawn:
            span = rng.choice(drawn)
            QTest.mouseClick(view.viewport(), Qt.LeftButton, NO, view.span_rects(span.id)[0].center().toPoint())
            return ("click", span.annotator, span.start, span.end, span.label)
        return ("nothing drawn",)
    if r < 0.43:
        w.actions["next"].trigger()
        return ("next document",)
    key, modifiers = rng.choice(KEYS)
    if isinstance(key, str):
        QTest.keyClicks(view, key)
    else:
        QTest.keyClick(view, key, modifiers)
    return ("key", key, modifiers)


def check(w) -> None:
    ws, p = w.workspace, w.project
    doc = ws.doc.id
    assert sorted((s.id, s.start, s.end, s.label) for s in ws.spans) == \
        sorted((s.id, s.start, s.end, s.label) for s in p.spans(doc, [ws.annotator]))
    assert sorted((r.id, r.from_id, r.to_id, r.type) for r in ws.relations) == \
        sorted((r.id, r.from_id, r.to_id, r.type) for r in p.relations(doc, [ws.annotator]))
    mine = {s.id for s in ws.spans}
    assert all(r.from_id in mine and r.to_id in mine for r in ws.relations)
    assert all(0 <= s.start < s.end <= len(ws.doc.text) for s in ws.spans)
    places = {(s.start, s.end, s.label) for s in ws.spans}
    assert not [s for s in ws.others if s.annotator.startswith("suggest:") and (s.start, s.end, s.label) in places]


def test_random_input_keeps_the_window_and_the_project_alike(qtbot, sample, errors):
    rng = random.Random(3)
    w = open_window(qtbot, sample)
    qtbot.wait(300)  # the first suggestions
    done = []
    for _ in range(STEPS):
        done.append(step(qtbot, w, rng))
        qtbot.wait(1)
        try:
            check(w)
        except AssertionError as e:
            raise AssertionError(f"after {done[-8:]}") from e
    assert w.project.annotators(), "the run tagged nothing"
    history = w.workspace.history
    for _ in range(STEPS):  # at most one undo step per input
        if history.undo_text is None:
            break
        QTest.keyClick(w.view, Qt.Key_Z, Qt.ControlModifier)
        qtbot.wait(1)
    assert history.undo_text is None
    assert all(w.project.spans(doc, ["amal"]) == [] for doc in w.project.document_ids())
