"""File > Import guesses the format; File > Export starts beside the project (then in the
last folder), warns before a token format drops overlapping spans, and ends with a summary
that stays until dismissed. Real window, real files, the bundled sample's real annotations."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox

from annotator.importing import import_records
from annotator.resources import resource
from annotator.store import Project
from exports.options import ExportOptions
from exports.registry import get_format
from exports.run import export
from tests.conftest import CORPUS
from tests.ui_helpers import TEXT, make_project, offsets
from ui import session
from ui.export_dialog import ExportDialog, OverlapDialog

ARTICLE = (CORPUS / "articles" / "txt" / "anercorp-test-p001.txt").read_text(encoding="utf-8")


@pytest.fixture
def settings(tmp_path, monkeypatch, qapp):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    (tmp_path / "home").mkdir()
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "config"))
    session.settings().clear()
    yield session.settings()
    session.settings().clear()



def window_on(qtbot, path, settings):
    from ui.main_window import MainWindow
    window = MainWindow(Project.open(path, exclusive=True), "sample", settings)
    qtbot.addWidget(window)
    return window


@pytest.fixture
def sample(tmp_path, qtbot, settings, errors):
    """A window on a project holding the bundled sample (claims with entities inside them)."""
    (tmp_path / "work").mkdir()
    path = tmp_path / "work" / "news.isnad"
    with Project.create(path) as project:
        import_records(project, get_format("jsonl", "read").read(resource("sample", "sample.jsonl"), None), "sample")
    window = window_on(qtbot, path, settings)
    yield window
    window.close()


# ----- import -------------------------------------------------------------------------------
def choose_file(monkeypatch, path, pick=lambda filters: filters[0]):
    """The open-file dialog returns `path` with the file type `pick(filters)`; its calls are kept."""
    calls = []

    def get_open(parent, title, start, filters):
        calls.append((start, filters.split(";;")))
        return str(path), pick(filters.split(";;"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(get_open))
    return calls


def test_import_guesses_the_format_and_starts_in_the_project_folder_then_the_last_one(
        sample, qtbot, tmp_path, monkeypatch, errors):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    article = inbox / "long-article.txt"  # brat was the default: "has no long-article.ann beside it"
    article.write_text(ARTICLE, encoding="utf-8")
    calls = choose_file(monkeypatch, article)
    before = sample.project.document_count()
    with qtbot.waitSignal(sample.files.finished, timeout=20000):
        sample.actions["import"].trigger()
    assert errors == [] and sample.project.document_count() == before + 1
    assert "1 documents added" in sample.statusBar().currentMessage()
    start, filters = calls[0]
    assert start == str(tmp_path / "work") and filters[0].startswith("Any supported file (format guessed")
    again = inbox / "again.jsonl"
    again.write_text(json.dumps({"text": "قال المتحدث إن الوضع هادئ.", "spans": [
        {"start": 4, "end": 11, "label": "SOURCE"}]}, ensure_ascii=False) + "\n", encoding="utf-8")
    calls = choose_file(monkeypatch, again)
    with qtbot.waitSignal(sample.files.finished, timeout=20000):
        sample.actions["import"].trigger()
    assert calls[0][0] == str(inbox) and errors == []  # the folder used last
    assert sample.project.document_count() == before + 2
    assert "1 spans added" in sample.statusBar().currentMessage()  # read as native JSONL, guessed


def test_a_chosen_format_wins_over_the_guess(sample, qtbot, tmp_path, monkeypatch, errors):
    notes = tmp_path / "notes.jsonl"
    line = '{"text": "ليس هذا سطر JSON يُقرأ"}'
    notes.write_text(line + "\n", encoding="utf-8")
    choose_file(monkeypatch, notes, pick=lambda filters: next(f for f in filters if f.startswith("plain text")))
    with qtbot.waitSignal(sample.files.finished, timeout=20000):
        sample.actions["import"].trigger()
    texts = [r.document.text.strip() for r in sample.project.records()]
    assert errors == [] and line in texts  # taken as plain text, not as JSONL
    assert "ليس هذا سطر JSON يُقرأ" not in texts


def test_a_file_named_for_no_format_asks_to_choose_one(sample, qtbot, tmp_path, monkeypatch, errors):
    odd = tmp_path / "article.text"
    odd.write_text(ARTICLE, encoding="utf-8")
    choose_file(monkeypatch, odd)
    before = sample.project.document_count()
    sample.actions["import"].trigger()
    assert [e.code for e in errors] == ["E801"] and "article.text" in errors[0].what
    assert "file-type list" in errors[0].todo and sample.project.document_count() == before


def test_a_file_in_an_encoding_isnad_cannot_tell_asks_which_and_imports_it(
        sample, qtbot, tmp_path, monkeypatch, errors):
    """A Windows Western European file (neither UTF-8 nor detectable): the window asks for
    the encoding, as `isnad import --encoding cp1252` would take it, and imports it read so."""
    text = "Le préfet a confirmé que la ville était calme, selon l'agence."
    french = tmp_path / "depeche.txt"
    french.write_bytes(text.encode("cp1252"))
    choose_file(monkeypatch, french)
    asked = []

    def get_item(parent, title, label, items, current, editable):
        asked.append((label, items))
        return next(i for i in items if "cp1252" in i), True
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(get_item))
    before = sample.project.document_count()
    with qtbot.waitSignal(sample.files.finished, timeout=20000):
        sample.actions["import"].trigger()
    assert errors == [] and len(asked) == 1 and "depeche.txt" in asked[0][0]
    assert sample.project.document_count() == before + 1
    assert text in [r.document.text.strip() for r in sample.project.records()]


def test_declining_the_encoding_question_imports_nothing_and_says_why(sample, qtbot, tmp_path, monkeypatch, errors):
    french = tmp_path / "depeche.txt"
    french.write_bytes("Le préfet a confirmé.".encode("cp1252"))
    choose_file(monkeypatch, french)
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a: ("", False)))
    before = sample.project.document_count()
    with qtbot.waitSignal(sample.files.finished, timeout=20000):
        sample.actions["import"].trigger()
    assert [e.code for e in errors] == ["E302"] and sample.project.document_count() == before


# ----- export: where, and the summary --------------------------------------------------------
def dialog_answers(monkeypatch, fmt: str, out, options=ExportOptions()):
    """The real Export dialog is built where the menu builds it; its start is recorded and
    the path and format set as a user would."""
    seen = []

    def ask(cls, parent, project, folder=None):
        dialog = ExportDialog(project, parent, folder)
        seen.append((folder, dialog.path.text()))
        dialog.format_box.setCurrentIndex(dialog.format_box.findData(fmt))
        dialog.path.setText(str(out))
        chosen = dialog.choice()
        dialog.deleteLater()
        return chosen[0], chosen[1], options
    monkeypatch.setattr(ExportDialog, "ask", classmethod(ask))
    return seen


def test_export_starts_beside_the_project_then_in_the_last_folder_and_ends_with_a_summary(
        sample, qtbot, tmp_path, monkeypatch, errors):
    (tmp_path / "exports").mkdir()
    out = tmp_path / "exports" / "all.jsonl"
    seen = dialog_answers(monkeypatch, "jsonl", out)
    with qtbot.waitSignal(sample.files.finished, timeout=20000):
        sample.actions["export"].trigger()
    assert seen == [(tmp_path / "work", str(tmp_path / "work" / "news-export.jsonl"))] and errors == []
    box = sample.files.summary
    qtbot.wait(300)  # it stays (the status bar message would vanish)
    assert box.isVisible() and box.windowTitle() == "Export finished" and box.icon() == QMessageBox.Information
    assert box.text() == "Exported 4 documents, 73 spans and 14 relations (jsonl)."
    assert str(out) in box.informativeText() and "Nothing was left out." in box.informativeText()
    assert len(out.read_text(encoding="utf-8").splitlines()) == 4
    box.button(QMessageBox.Ok).click()
    assert not box.isVisible()
    seen.clear()
    with qtbot.waitSignal(sample.files.finished, timeout=20000):
        sample.actions["export"].trigger()
    assert seen[0][0] == tmp_path / "exports"  # remembered
    sample.files.summary.close()


def test_the_sample_exports_outside_the_hidden_data_folder(settings, qtbot, tmp_path, monkeypatch, errors):
    path = session.sample_project()
    assert path.is_relative_to(tmp_path / "data")
    window = window_on(qtbot, path, settings)
    seen = dialog_answers(monkeypatch, "jsonl", tmp_path / "x.jsonl")
    with qtbot.waitSignal(window.files.finished, timeout=20000):
        window.actions["export"].trigger()
    folder, default = seen[0]
    assert not folder.is_relative_to(session.data_dir()) and folder.is_relative_to(tmp_path / "home")
    assert default == str(folder / "sample-export.jsonl")
    window.files.summary.close()
    window.close()


# ----- export: a token format warns before it drops nested spans ------------------------------
def answer_overlap(monkeypatch, *answers):
    asked = []

    def ask(cls, parent, fmt, drops, entities):
        asked.append((fmt.name, dict(drops), entities))
        return answers[len(asked) - 1]
    monkeypatch.setattr(OverlapDialog, "ask", classmethod(ask))
    return asked


def conll_tags(path):
    return [line.split("\t")[1] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def writer_drops(window, tmp_path, options=ExportOptions()) -> int:
    """What the CoNLL writer itself leaves out of the same project."""
    report = export(window.project.records(), "conll", tmp_path / "check.conll", window.project.schema, options)
    return report["spans_dropped_overlapping"]


def test_conll_warns_before_dropping_nested_spans_and_can_keep_only_entities(
        sample, qtbot, tmp_path, monkeypatch, errors):
    out = tmp_path / "ner.conll"
    dialog_answers(monkeypatch, "conll", out)
    asked = answer_overlap(monkeypatch, OverlapDialog.ENTITIES)
    with qtbot.waitSignal(sample.files.finished, timeout=30000):
        sample.actions["export"].trigger()
    assert len(asked) == 1 and errors == []  # asked once: entity labels alone do not overlap here
    fmt, drops, entities = asked[0]
    assert fmt == "conll" and entities == ("PER", "ORG", "LOC", "MISC")
    assert sum(drops.values()) == writer_drops(sample, tmp_path) == 12 and drops["LOC"] > 0  # LOC inside CLAIM
    tags = {t.split("-", 1)[1] for t in conll_tags(out) if t != "O"}
    assert tags <= set(entities) and "LOC" in tags
    box = sample.files.summary
    assert box.isVisible() and box.text() == "Exported 4 documents, 52 spans and 0 relations (conll)."
    assert "Nothing was left out." in box.informativeText()
    box.close()


def test_conll_export_anyway_lists_what_was_dropped_and_why(sample, qtbot, tmp_path, monkeypatch, errors):
    out = tmp_path / "all.conll"
    dialog_answers(monkeypatch, "conll", out)
    answer_overlap(monkeypatch, OverlapDialog.ANYWAY)
    with qtbot.waitSignal(sample.files.finished, timeout=30000):
        sample.actions["export"].trigger()
    assert "B-CLAIM" in conll_tags(out) and errors == []
    box = sample.files.summary
    qtbot.wait(300)
    assert box.isVisible() and box.icon() == QMessageBox.Warning
    details = box.informativeText()
    assert "• 12 spans that overlap a longer span (each token has one label in conll)" in details
    assert "• 14 relations: conll holds no relations" in details
    assert f"wrote {out}: 4 documents, 61 entities, 12 spans dropped overlapping" in \
        sample.statusBar().currentMessage()
    box.close()


def test_stopping_at_the_warning_writes_nothing(sample, qtbot, tmp_path, monkeypatch, errors):
    out = tmp_path / "none.conll"
    dialog_answers(monkeypatch, "conll", out)
    asked = answer_overlap(monkeypatch, None)
    with qtbot.waitSignal(sample.files.finished, timeout=30000):
        sample.actions["export"].trigger()
    assert len(asked) == 1 and not out.exists() and sample.files.summary is None and errors == []


def test_entity_labels_that_still_overlap_are_asked_about_again(qtbot, tmp_path, settings, monkeypatch, errors):
    start, end = offsets("بطرابلس")
    claim = offsets("إن الوضع بطرابلس هادئ")
    spans = [("o", start, end, "ORG"), ("l", start + 1, end, "LOC"), ("c", *claim, "CLAIM")]
    path = tmp_path / "p.isnad"
    with make_project(path) as project:
        from annotator.model import Document, DocumentRecord, Span
        import_records(project, [DocumentRecord(Document("doc-1", "", TEXT),
                                                [Span(i, "", s, e, label, "ali") for i, s, e, label in spans])])
    window = window_on(qtbot, path, settings)
    out = tmp_path / "o.conll"
    dialog_answers(monkeypatch, "conll", out)
    asked = answer_overlap(monkeypatch, OverlapDialog.ENTITIES, OverlapDialog.ANYWAY)
    with qtbot.waitSignal(window.files.finished, timeout=30000):
        window.actions["export"].trigger()
    assert asked == [("conll", {"ORG": 1, "LOC": 1}, ("PER", "ORG", "LOC", "MISC")), ("conll", {"LOC": 1}, ())]
    assert "• 1 span that overlaps a longer span" in window.files.summary.informativeText()
    window.files.summary.close()
    window.close()


@pytest.mark.slow  # spaCy's import: 3 s
def test_the_real_question_for_spacy_names_doc_ents(sample, qtbot, tmp_path, monkeypatch, errors):
    out = tmp_path / "o.spacy"
    dialog_answers(monkeypatch, "spacy", out)
    seen = {}

    def answer(tries=400):  # once the question is up: read it, then press "Export anyway"
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.windowTitle() != "Spans would be left out":
            if tries:
                QTimer.singleShot(25, lambda: answer(tries - 1))
            return
        seen["text"], seen["buttons"] = box.text(), [b.text() for b in box.buttons()]
        next(b for b in box.buttons() if b.text() == "Export anyway").click()
    QTimer.singleShot(0, answer)
    with qtbot.waitSignal(sample.files.finished, timeout=30000):
        sample.actions["export"].trigger()
    assert seen["text"] == "12 spans overlap a longer span: spaCy's doc.ents would leave them out."
    assert "Keep only entity labels (PER, ORG, LOC, MISC)" in seen["buttons"]
    assert out.exists() and errors == []
    details = sample.files.summary.informativeText()
    assert "• 12 spans left out of doc.ents: they overlap a longer span (doc.spans keeps all)" in details
    assert sample.files.summary.text() == "Exported 4 documents, 73 spans and 14 relations (spacy)."
    sample.files.summary.close()


def drop(widget, paths) -> bool:
    """Drag files from a file manager onto `widget` and let go: the drag enters, then drops
    (each delivered as Qt delivers them, passed up to the widget that takes drops)."""
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    point = widget.rect().center()
    enter = QDragEnterEvent(point, Qt.CopyAction, data, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    QApplication.sendEvent(widget, QDropEvent(QPointF(point), Qt.CopyAction, data, Qt.LeftButton, Qt.NoModifier))
    return True


def test_files_dropped_on_the_article_are_imported_one_after_another(sample, qtbot, tmp_path, errors):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "one.txt").write_text(ARTICLE, encoding="utf-8")
    (inbox / "two.jsonl").write_text(json.dumps({"id": "two", "text": "نص ثان عن سرت."}, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    before = sample.project.document_count()
    with qtbot.waitSignal(sample.files.finished, timeout=20000):
        assert drop(sample.view.viewport(), [inbox / "one.txt", inbox / "two.jsonl"])
    assert errors == [] and sample.project.document_count() == before + 2
    assert sample.project.document("two").text == "نص ثان عن سرت."
    assert not drop(sample.view.viewport(), [])  # a drag of no files is refused


def test_a_dropped_file_of_no_known_format_is_explained_and_stops_the_rest(sample, qtbot, tmp_path, errors):
    (tmp_path / "notes.docx").write_bytes(b"PK")
    (tmp_path / "two.txt").write_text("نص.", encoding="utf-8")
    before = sample.project.document_count()
    drop(sample.view.viewport(), [tmp_path / "notes.docx", tmp_path / "two.txt"])
    assert [e.code for e in errors] == ["E801"] and sample.project.document_count() == before


def test_an_empty_project_says_how_to_add_articles_and_a_drop_opens_the_first(qtbot, tmp_path, settings, errors):
    Project.create(tmp_path / "new.isnad").close()
    window = window_on(qtbot, tmp_path / "new.isnad", settings)
    window.show()
    view = window.view
    hint = view.viewport().grab().toImage()
    view.setPlaceholderText("")
    blank = view.viewport().grab().toImage()
    assert hint != blank  # the hint is painted where the article will be
    (tmp_path / "one.txt").write_text(ARTICLE, encoding="utf-8")
    with qtbot.waitSignal(window.files.finished, timeout=20000):
        assert drop(view.viewport(), [tmp_path / "one.txt"])
    assert errors == [] and window.workspace.doc is not None and view.text() == ARTICLE
    window.close()


def test_a_dropped_project_is_opened_not_imported(sample, qtbot, tmp_path, errors):
    Project.create(tmp_path / "other.isnad").close()
    before = sample.project.document_count()
    with qtbot.waitSignal(sample.openRequested, timeout=2000) as opened:
        assert drop(sample.view.viewport(), [tmp_path / "other.isnad"])
    assert opened.args == [str(tmp_path / "other.isnad")]
    assert errors == [] and sample.project.document_count() == before


def test_an_import_of_unknown_length_shows_a_busy_dialog_counting_documents(qtbot, errors):
    """An import reads a stream: no total, so no value was ever set and Qt never showed its
    progress dialog. It shows after 300 ms, counting the documents read, and cancels."""
    import threading
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget
    from ui.transfer import run_with_progress
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    release, outcome = threading.Event(), []

    def job(thread):  # reads 250 documents, then waits as a long import would
        for _ in thread.counted(range(250)):
            pass
        release.wait(10)
        for _ in thread.counted(range(1)):  # cancelled meanwhile: stops here
            pass
        return "done"
    run_with_progress(parent, "Importing big.jsonl…", job, 0, outcome.append, outcome.append,
                      lambda: outcome.append("ended"))
    dialog = parent.findChild(QProgressDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    qtbot.waitUntil(lambda: dialog.labelText() == "Importing big.jsonl…\n200 documents read")
    assert dialog.maximum() == 0  # a busy bar: the length is not known
    qtbot.mouseClick(dialog.findChild(QPushButton), Qt.LeftButton)  # Cancel
    release.set()
    qtbot.waitUntil(lambda: "ended" in outcome)
    assert outcome[0] is None and not dialog.isVisible()  # cancelled: failed(None), nothing written
