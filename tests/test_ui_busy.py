"""The window while another process writes to its project (issue 14): an edit made while
an import holds the write lock neither freezes the window nor fails; it waits in line,
the window says so above the article, and it is saved once the import is done."""
from __future__ import annotations

import sqlite3
import subprocess
import sys
import time

import pytest

from annotator.store import Project
from helpers import ROOT
from tests.ui_helpers import make_project, offsets
from ui import workspace as ws_module
from ui.main_window import MainWindow

sys.path.insert(0, str(ROOT / "benchmarks"))
import synth  # noqa: E402


def _locked(path) -> bool:
    """Another connection holds the write lock now."""
    con = sqlite3.connect(path, timeout=0)
    try:
        con.execute("BEGIN IMMEDIATE")
        con.rollback()
        return False
    except sqlite3.OperationalError as e:
        return "locked" in str(e)
    finally:
        con.close()


@pytest.fixture
def window(qtbot, tmp_path, errors):
    make_project(tmp_path / "p.isnad").close()
    w = MainWindow(Project.open(tmp_path / "p.isnad", exclusive=True), "amal")
    qtbot.addWidget(w)
    w.show()
    w.view.setFocus()
    yield w
    w.close()


def _tag(qtbot, w, word: str) -> float:
    w.view.select_offsets(*offsets(word))
    started = time.perf_counter()
    qtbot.keyClick(w.view, "3")
    return time.perf_counter() - started


@pytest.mark.slow
def test_an_edit_during_an_import_waits_and_lands(qtbot, window, errors, tmp_path):
    source = synth.write_jsonl(synth.documents(3000), tmp_path / "big.jsonl")
    path = window.project.path
    importing = subprocess.Popen([sys.executable, "-m", "annotator.cli", "import", str(path), str(source)], cwd=ROOT,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while not _locked(path):
        assert importing.poll() is None and time.monotonic() < deadline, "the import never held the lock"
        time.sleep(0.02)
    took = _tag(qtbot, window, "بطرابلس")
    took2 = _tag(qtbot, window, "الوضع")
    assert took < 1.0 and took2 < 1.0  # the window did not wait for the import
    assert window.workspace.pending == 2 and errors == []
    assert window.notice.isVisible() and "busy" in window.notice.text.text()
    out, err = importing.communicate(timeout=300)
    assert importing.returncode == 0, err
    qtbot.waitUntil(lambda: window.workspace.pending == 0, timeout=30_000)
    assert errors == [] and not window.notice.isVisible()
    assert {(s.start, s.end, s.label) for s in window.project.spans("doc-1", ["amal"])} == {
        (*offsets("بطرابلس"), "LOC"), (*offsets("الوضع"), "LOC")}
    assert window.project.stats()["documents"] == 3002


def test_an_edit_the_project_stays_too_busy_for_is_given_up_with_a_message(qtbot, window, errors, monkeypatch):
    monkeypatch.setattr(ws_module, "RETRY_FOR", 1.0)
    holder = sqlite3.connect(window.project.path, timeout=0)
    holder.execute("BEGIN IMMEDIATE")  # another program holds the write lock and keeps it
    try:
        _tag(qtbot, window, "بطرابلس")
        assert window.workspace.pending == 1
        qtbot.waitUntil(lambda: window.workspace.pending == 0, timeout=10_000)
        assert errors == []  # no dialog: a notice says it
        assert "[E263]" not in window.notice.text.text() and "could not be saved" in window.notice.text.text()
    finally:
        holder.rollback()
        holder.close()
    assert window.project.spans("doc-1", ["amal"]) == []
    _tag(qtbot, window, "الوضع")  # free again: edits save at once
    assert window.workspace.pending == 0 and len(window.project.spans("doc-1", ["amal"])) == 1


def test_closing_the_window_saves_the_edits_still_waiting(qtbot, window, errors):
    holder = sqlite3.connect(window.project.path, timeout=0)
    holder.execute("BEGIN IMMEDIATE")
    try:
        _tag(qtbot, window, "بطرابلس")
        assert window.workspace.pending == 1
    finally:
        holder.rollback()  # the other program is done just as the window closes
        holder.close()
    path = window.project.path
    window.close()
    assert errors == []
    with Project.open(path, read_only=True) as p:
        assert [(s.start, s.end) for s in p.spans("doc-1", ["amal"])] == [offsets("بطرابلس")]


@pytest.mark.slow  # waits out the window's 2 s
def test_a_project_held_in_a_rollback_journal_is_told_busy_within_the_window_s_wait(tmp_path, errors):
    """As `isnad import` holds a file it writes alone once its pages go into it (journal.py):
    a rollback journal, and the exclusive lock. Opening it, the window waits its own 2 s,
    not the 30 s of the command line, and says "busy"; the same for a read-only opening."""
    from ui import session
    path = tmp_path / "p.isnad"
    make_project(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    assert holder.execute("PRAGMA journal_mode = DELETE").fetchone() == ("delete",)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        for read_only in (False, True):
            start = time.monotonic()
            assert session.reopen(None, path, read_only) is None
            assert time.monotonic() - start < session.OPEN_WAIT + 5  # not the command line's 30 s
        assert [e.code for e in errors] == ["E211", "E211"]
    finally:
        holder.rollback()
        holder.close()


@pytest.mark.slow  # waits out the window's 2 s
def test_a_project_isnad_import_writes_alone_is_told_busy_and_opens_once_it_is_done(qtbot, tmp_path, errors):
    """`isnad import` into a file nothing else has open writes it through a rollback journal
    (annotator/store/journal.py), which nothing can open meanwhile: the window waits
    session.OPEN_WAIT, says "busy" rather than freezing for the import's whole length, and
    opens the project once it is done."""
    import threading

    from annotator.importing import import_records
    from annotator.model import Document, DocumentRecord
    from ui import session
    path = tmp_path / "p.isnad"
    with make_project(path) as p:
        before = p.stats()["documents"]
    writing, done = threading.Event(), threading.Event()

    def records():
        yield DocumentRecord(Document("new", "", "نص يستورده أمر isnad import"))
        writing.set()
        done.wait(30)

    def run():
        with Project.open(path) as p:
            import_records(p, records(), bulk=True)
    importing = threading.Thread(target=run)
    importing.start()
    try:
        assert writing.wait(10)
        start = time.monotonic()
        assert session.open_project(None, path) is None
        assert session.OPEN_WAIT <= time.monotonic() - start < session.OPEN_WAIT + 5
        assert [e.code for e in errors] == ["E211"]  # busy: wait until it finishes, then try again
    finally:
        done.set()
        importing.join()
    project = session.open_project(None, path)
    assert project is not None and project.stats()["documents"] == before + 1 and len(errors) == 1
    project.close()
