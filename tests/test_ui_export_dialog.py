"""File > Export: the dialog's options reach the real writers, as `isnad export` applies them."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from annotator.importing import import_records
from annotator.model import DocStatus, Document, DocumentRecord, Span
from annotator.store import Project
from tests.ui_helpers import SECOND, TEXT, make_project, offsets
from ui.dialogs import ErrorDialog
from ui.export_dialog import ExportDialog

THIRD = "قال والجيش انسحب بالأمس."


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    from ui.main_window import MainWindow
    shown = []
    monkeypatch.setattr(ErrorDialog, "show", classmethod(lambda cls, parent, e, title="": shown.append(e)))
    start, end = offsets("بطرابلس")
    with make_project(tmp_path / "p.isnad") as p:
        import_records(p, [
            DocumentRecord(Document("doc-1", "", TEXT), [Span("a1", "", start + 1, end, "LOC", "ali"),
                                                          Span("m1", "", start, end, "ORG", "mona")],
                           statuses=[DocStatus("doc-1", "ali", "done")]),
            DocumentRecord(Document("doc-2", "", SECOND), [Span("a2", "", 14, 17, "LOC", "ali")]),
            DocumentRecord(Document("doc-3", "", THIRD), [Span("m3", "", 5, 10, "ORG", "mona")])])
    w = MainWindow(Project.open(tmp_path / "p.isnad", exclusive=True), "ali")
    qtbot.addWidget(w)
    w.shown = shown
    yield w
    w.close()


def tick(box, values):
    for i in range(box.count()):
        item = box.item(i)
        item.setCheckState(Qt.Checked if item.data(Qt.UserRole) in values else Qt.Unchecked)


def test_dialog_options_reach_the_writer(window, qtbot, tmp_path):
    dialog = ExportDialog(window.project, window)
    qtbot.addWidget(dialog)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("jsonl"))
    assert not dialog.clitics.isEnabled()  # only token formats split clitics
    out = tmp_path / "ali-done.jsonl"
    dialog.path.setText(str(out))
    tick(dialog.layers, {"ali"})
    tick(dialog.statuses, {"done"})
    dialog.rename.setText("LOC=GPE")
    fmt, path, options = dialog.choice()
    assert (fmt.name, path, options.layers, options.statuses, options.rename) == \
        ("jsonl", out, ("ali",), ("done",), {"LOC": "GPE"})
    assert options.labels == ()  # every label ticked: no filter

    with qtbot.waitSignal(window.files.finished, timeout=20000):
        window.files.start_export(fmt, path, options)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert window.shown == [] and [r["id"] for r in rows] == ["doc-1"]  # doc-2 is not done
    span = rows[0]["spans"]
    assert [(s["label"], s["annotator"], TEXT[s["start"]:s["end"]]) for s in span] == [("GPE", "ali", "طرابلس")]
    assert f"wrote {out}: 1 documents" in window.statusBar().currentMessage()


def test_splits_write_a_folder_and_clitics_go_to_conll(window, qtbot, tmp_path):
    dialog = ExportDialog(window.project, window)
    qtbot.addWidget(dialog)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("conll"))
    dialog.path.setText(str(tmp_path / "conll"))
    dialog.splits.setText("train=0.5, test=0.5")
    dialog.clitics.setChecked(True)
    tick(dialog.layers, {"mona"})
    fmt, path, options = dialog.choice()
    assert options.clitics and options.splits == {"train": 0.5, "test": 0.5}
    with qtbot.waitSignal(window.files.finished, timeout=20000):
        window.files.start_export(fmt, path, options)
    written = {p.name: p.read_text(encoding="utf-8") for p in path.iterdir()}
    assert sorted(written) == ["test.conll", "train.conll"]
    tokens = [line.split() for text in written.values() for line in text.splitlines() if line.strip()]
    assert ["بطرابلس", "B-ORG"] in tokens and ["الجيش", "B-ORG"] in tokens  # mona's spans only
    assert ["ب", "O"] in tokens and ["الأمس", "O"] in tokens  # the clitic split off
    assert not any(t[1] == "B-LOC" for t in tokens)  # ali's layer left out
    assert window.shown == []


def test_bad_options_keep_the_dialog_open_and_say_what_to_do(window, qtbot, tmp_path):
    dialog = ExportDialog(window.project, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.setText(str(tmp_path / "x.jsonl"))
    tick(dialog.layers, set())
    dialog.accept()
    assert dialog.isVisible() and "no layer is ticked" in dialog.error.text()
    tick(dialog.layers, {"ali"})
    dialog.splits.setText("train=lots")
    dialog.accept()
    assert dialog.isVisible() and "train=0.8,dev=0.1,test=0.1" in dialog.error.text()
    dialog.splits.clear()
    dialog.accept()
    assert not dialog.isVisible() and dialog.result() == ExportDialog.Accepted


def test_dialog_starts_on_native_jsonl_next_to_the_project_and_follows_the_format(window, qtbot, tmp_path):
    dialog = ExportDialog(window.project, window)
    qtbot.addWidget(dialog)
    assert dialog.fmt().name == "jsonl" and dialog.path.text() == str(tmp_path / "p-export.jsonl")
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("brat"))
    assert dialog.path.text() == str(tmp_path / "p-export")  # brat writes a folder
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("spacy"))
    assert dialog.path.text() == str(tmp_path / "p-export.spacy") and dialog.clitics.isEnabled()
