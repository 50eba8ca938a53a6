"""Opening projects from the GUI: errors as dialogs, read-only fallback, sample project,
annotator name asked once, import/export on a worker thread."""
from __future__ import annotations

import hashlib
import json
import sqlite3

import pytest
from PySide6.QtCore import QSettings

from annotator.resources import resource
from annotator.store import Project
from exports.registry import get_format
from tests.ui_helpers import make_project
from ui import session
from ui.app import App
from ui.dialogs import NameDialog, ReadOnlyDialog


@pytest.fixture
def user_dirs(tmp_path, monkeypatch, qapp):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "config"))
    asked = []
    monkeypatch.setattr(NameDialog, "ask", classmethod(lambda cls, parent, current="": asked.append(1) or "amal"))
    yield asked
    session.settings().clear()


def test_not_a_project_and_newer_version_are_dialogs(tmp_path, errors):
    junk = tmp_path / "notes.isnad"
    junk.write_text("hello", encoding="utf-8")
    assert session.open_project(None, junk) is None
    assert "not an Isnad project" in errors[-1].what
    path = tmp_path / "new.isnad"
    make_project(path).close()
    with sqlite3.connect(path) as db:
        db.execute("INSERT INTO schema_version (version, applied_at) VALUES (99, 'x')")
    assert session.open_project(None, path) is None
    assert "newer Isnad" in errors[-1].what and "update Isnad" in errors[-1].todo


@pytest.mark.parametrize("accept", [True, False])
def test_project_open_elsewhere_opens_read_only_or_refuses(tmp_path, monkeypatch, errors, accept, qtbot):
    path = tmp_path / "p.isnad"
    make_project(path).close()
    first = Project.open(path, exclusive=True)
    offered = []
    monkeypatch.setattr(ReadOnlyDialog, "ask", classmethod(lambda cls, parent, e: offered.append(e) or accept))
    second = session.open_project(None, path)
    assert "already open in another Isnad window" in offered[0].what
    if accept:
        assert second.read_only
        with pytest.raises(Exception, match="read-only"):
            second.add_time("doc-1", "amal", 1)
        from ui.main_window import MainWindow
        window = MainWindow(second, "amal")
        qtbot.addWidget(window)
        assert "READ-ONLY" in window._status_label.text() and not window.actions["done"].isEnabled()
        assert not (window.editor.isEnabled() or window.relations.isEnabled() or window.palette.isEnabled())
        window.view.select_offsets(3, 7)
        window.apply_label("PER")  # refused with a dialog, nothing written
        assert "read-only" in errors[-1].what and first.spans("doc-1") == []
        window.close()
    else:
        assert second is None
    first.close()


def test_sample_project_is_built_in_the_data_folder_in_a_layer_of_its_own(user_dirs, tmp_path, qtbot, errors):
    bundled = resource("sample", "sample.jsonl")
    before = hashlib.sha256(bundled.read_bytes()).hexdigest()
    app = App()
    path = session.sample_project()
    assert path.name == "sample.isnad" and path.is_relative_to(tmp_path / "data")
    assert user_dirs == []  # building the sample needs no name: its spans are not the user's
    assert app.open(path)
    qtbot.addWidget(app.window)
    window = app.window
    assert "amal" in window._status_label.text() and len(user_dirs) == 1
    assert window.doc_model.rowCount() == 4
    project, doc = window.project, window.workspace.doc.id
    assert project.annotators() == [session.SAMPLE_LAYER]  # nothing saved under amal's name
    sample = project.spans(doc, [session.SAMPLE_LAYER])
    assert {"CLAIM", "SOURCE", "CUE", "LOC", "ORG"} <= {s.label for s in sample}
    assert project.relations(doc, [session.SAMPLE_LAYER])
    loc = next(s for s in sample if s.label == "LOC")
    assert window.workspace.doc.text[loc.start - 1:loc.end] == "بطرابلس"
    assert session.annotator_name() == "amal" and len(user_dirs) == 1  # asked once only
    assert session.recent_projects() == [str(path.resolve())]
    assert hashlib.sha256(bundled.read_bytes()).hexdigest() == before
    window.close()


def test_import_on_worker_thread_then_failed_import_changes_nothing(qtbot, tmp_path, errors):
    from ui.main_window import MainWindow
    path = tmp_path / "p.isnad"
    make_project(path).close()
    window = MainWindow(Project.open(path, exclusive=True), "amal")
    qtbot.addWidget(window)
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps({"text": "أعلنت الحكومة أمس.", "title": "جديد",
                                "spans": [{"start": 6, "end": 13, "label": "ORG"}]},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    jsonl = get_format("jsonl", "read")
    with qtbot.waitSignal(window.files.finished, timeout=10000):
        window.files.start_import(jsonl, good)
    assert window.project.document_count() == 3 and window.doc_model.rowCount() == 3
    bad = tmp_path / "bad.jsonl"
    bad.write_text(good.read_text(encoding="utf-8").replace("أمس", "اليوم") + '{"text": "x", "spans": [{"start": 0, "end": 9, "label": "ORG"}]}\n',
                   encoding="utf-8")
    with qtbot.waitSignal(window.files.finished, timeout=10000):
        window.files.start_import(jsonl, bad)
    assert "outside the text" in errors[-1].what and errors[-1].line == 2
    assert window.project.document_count() == 3  # all or nothing
    out = tmp_path / "out.jsonl"
    with qtbot.waitSignal(window.files.finished, timeout=10000):
        window.files.start_export(get_format("jsonl", "write"), out)
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3
    assert not out.with_name("out.jsonl.partial").exists()
    window.close()


def test_cancelled_import_changes_nothing(qtbot, tmp_path, errors):
    from ui.main_window import MainWindow
    path = tmp_path / "p.isnad"
    make_project(path).close()
    window = MainWindow(Project.open(path, exclusive=True), "amal")
    qtbot.addWidget(window)
    many = tmp_path / "many.jsonl"
    many.write_text("".join(json.dumps({"text": f"خبر رقم {i}"}, ensure_ascii=False) + "\n" for i in range(5000)),
                    encoding="utf-8")
    with qtbot.waitSignal(window.files.finished, timeout=10000):
        window.files.start_import(get_format("jsonl", "read"), many).cancelled = True
    assert window.project.document_count() == 2 and errors == []
    assert "Cancelled" in window.statusBar().currentMessage()
    window.close()


def test_an_import_into_the_open_document_shows_at_once(qtbot, tmp_path, errors):
    from tests.ui_helpers import TEXT, offsets
    from ui.main_window import MainWindow
    path = tmp_path / "p.isnad"
    make_project(path).close()
    window = MainWindow(Project.open(path, exclusive=True), "amal")
    qtbot.addWidget(window)
    assert window.workspace.doc.id == "doc-1" and window.view.spans() == []
    start, end = offsets("بطرابلس")
    pre = tmp_path / "pre.jsonl"
    pre.write_text(json.dumps({"text": TEXT, "spans": [{"start": start + 1, "end": end, "label": "LOC"}]},
                              ensure_ascii=False) + "\n", encoding="utf-8")
    with qtbot.waitSignal(window.files.finished, timeout=10000):
        window.files.start_import(get_format("jsonl", "read"), pre)
    assert errors == [] and [(s.start, s.end) for s in window.view.spans()] == [(start + 1, end)]
    window.close()


def test_file_new_then_recent_reopens_the_first_project(user_dirs, tmp_path, qtbot, monkeypatch, errors):
    from PySide6.QtWidgets import QFileDialog
    first = tmp_path / "first.isnad"
    make_project(first).close()
    app = App()
    assert app.open(first)
    old = app.window
    qtbot.addWidget(old)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "fresh"), "")))
    old.actions["new"].trigger()
    qtbot.addWidget(app.window)
    assert app.window is not old and app.window.project.path == tmp_path / "fresh.isnad"
    assert app.window.doc_model.rowCount() == 0 and app.window.workspace.doc is None
    qtbot.keyClick(app.window.view, "1")  # nothing to tag in an empty project, and no error
    good = tmp_path / "one.jsonl"
    good.write_text('{"text": "قال المتحدث إن الوضع هادئ."}\n', encoding="utf-8")
    with qtbot.waitSignal(app.window.files.finished, timeout=10000):
        app.window.files.start_import(get_format("jsonl", "read"), good)
    assert app.window.view.text() == "قال المتحدث إن الوضع هادئ." and errors == []
    assert old.project.path == first and old._closed  # the old window let go of its project
    recent = [a.text() for a in app.window.recent_menu.actions()]
    assert recent == [str((tmp_path / "fresh.isnad").resolve()), str(first.resolve())]
    app.window.recent_menu.actions()[-1].trigger()
    qtbot.addWidget(app.window)
    assert app.window.project.path == first and app.window.workspace.doc.id == "doc-1"
    current = app.window
    current.recent_menu.actions()[0].trigger()  # the project already open: stays as it is
    assert app.window is current and not current.project.read_only and errors == []
    app.window.close()


def test_text_size_and_layout_are_remembered(user_dirs, tmp_path, qtbot):
    path = tmp_path / "p.isnad"
    make_project(path).close()
    app = App()
    assert app.open(path)
    qtbot.addWidget(app.window)
    qtbot.waitExposed(app.window)
    size = app.window.view.font().pointSizeF()
    app.window.actions["zoom_in"].trigger()
    app.window.actions["zoom_in"].trigger()
    assert app.window.view.font().pointSizeF() == size + 2
    app.window.close()
    assert float(session.settings().value("text_size")) == size + 2
    again = App()
    assert again.open(path)
    qtbot.addWidget(again.window)
    assert again.window.view.font().pointSizeF() == size + 2
    assert again.window.view.document().defaultFont().pointSizeF() == size + 2
    again.window.close()


@pytest.mark.parametrize("name", ["jsonl", "doccano", "label-studio", "brat", "conll", "spacy", "parquet"])
def test_every_registered_writer_exports_from_the_window(name, qtbot, tmp_path, errors):
    from exports.registry import formats
    from ui.main_window import MainWindow
    assert name in {f.name for f in formats("write")}
    path = tmp_path / "p.isnad"
    make_project(path).close()
    window = MainWindow(Project.open(path, exclusive=True), "amal")
    qtbot.addWidget(window)
    fmt = get_format(name, "write")
    out = tmp_path / f"out{fmt.suffix}"
    with qtbot.waitSignal(window.files.finished, timeout=20000):
        window.files.start_export(fmt, out)
    assert errors == [] and out.exists() and not out.with_name(out.name + ".partial").exists()
    assert "2 documents" in window.statusBar().currentMessage()
    if fmt.read:  # formats that read back give the same two texts
        texts = sorted(r.document.text for r in fmt.read(out, None))
        assert texts == sorted(window.project.document(d).text for d in ("doc-1", "doc-2"))
    window.close()


def test_import_folder_guesses_brat_or_text(qtbot, tmp_path, monkeypatch, errors):
    from PySide6.QtWidgets import QFileDialog
    from ui.main_window import MainWindow
    path = tmp_path / "p.isnad"
    make_project(path).close()
    window = MainWindow(Project.open(path, exclusive=True), "amal")
    qtbot.addWidget(window)
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "a.txt").write_text("أعلنت الحكومة أمس.", encoding="utf-8")
    (texts / "b.txt").write_text("قال المسؤول إن الوضع هادئ.", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(texts)))
    with qtbot.waitSignal(window.files.finished, timeout=10000):
        window.actions["import_folder"].trigger()
    assert errors == [] and window.project.document_count() == 4
    window.close()


def test_arabic_interface_choice_is_saved_for_the_next_start(user_dirs, tmp_path, qtbot):
    path = tmp_path / "p.isnad"
    make_project(path).close()
    app = App()
    assert app.open(path)
    qtbot.addWidget(app.window)
    app.window.actions["arabic"].trigger()
    assert session.settings().value("language") == "ar"
    app.window.actions["arabic"].trigger()
    assert session.settings().value("language") == "en"
    app.window.close()
