"""The window on a project on a real PostgreSQL server (issue 12): `isnad gui URL` opens it,
asks for a password the usual places do not hold (and never saves it), and an edit made
with the mouse and a key lands in the server's database."""
from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QSettings

from annotator import commands as cmd
from annotator.history import History
from annotator.model import ChangeSet, DocStatus
from annotator.store import Project
from tests.ui_helpers import TEXT, make_project, tag_by_drag
from ui import session
from ui.app import App
from ui.dialogs import NameDialog, PasswordDialog


@pytest.fixture
def user_dirs(tmp_path, monkeypatch, qapp):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("HOME", str(tmp_path))  # no ~/.pgpass
    monkeypatch.delenv("PGPASSWORD", raising=False)
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "config"))
    monkeypatch.setattr(NameDialog, "ask", classmethod(lambda cls, parent, current="": "win"))
    yield
    session.settings().clear()


def test_the_window_opens_a_server_project_asking_for_the_password(pg_server, pg_url, user_dirs, qtbot,
                                                                    monkeypatch, errors):
    with make_project(pg_url) as project:
        project.add_member("win", "annotator", "right")  # annotates as the role it logs in as
    database = pg_url.rsplit("/", 1)[1]
    asked = []
    answers = iter(["wrong", "right"])
    monkeypatch.setattr(PasswordDialog, "ask",
                        classmethod(lambda cls, parent, error: asked.append(error.code) or next(answers)))
    url = pg_server.url(database, user="win")
    app = App()
    assert app.open(url)
    w = app.window
    qtbot.addWidget(w)
    assert asked == ["E573", "E573"] and errors == []  # the wrong password asked again; nothing else shown
    assert database in w.windowTitle() and w.doc_model.rowCount() == 2
    assert session.recent_projects() == []  # a server address is not a file to list (its password even less)
    start, end = tag_by_drag(qtbot, w, "بطرابلس", "3")
    with Project.open(pg_url, read_only=True) as project:
        assert [(s.start, s.end, s.label, s.annotator) for s in project.spans("doc-1")] == [(start, end, "LOC", "win")]
        assert TEXT[start:end] == "بطرابلس"
    assert app.open(url)  # the project already open: the window stays as it is
    assert app.window is w
    # win's other window (here the owner's connection) relabels the span and marks the
    # document done: this window shows both within two seconds, without being asked
    with Project.open(pg_url) as other:
        span = other.spans("doc-1")[0]
        written = time.monotonic()
        History(other).run(cmd.Relabel(span.id, "ORG"))
        other.apply(ChangeSet(put_statuses=[DocStatus("doc-1", "win", "done")]))
    qtbot.waitUntil(lambda: [s.label for s in w.workspace.spans] == ["ORG"] and w.workspace.status() == "done",
                    timeout=2000)
    assert time.monotonic() - written < 2.0
    w.close()


def test_on_a_server_the_window_annotates_as_the_login_not_the_remembered_name(pg_server, pg_url, user_dirs,
                                                                                 qtbot, monkeypatch, errors):
    with make_project(pg_url) as project:
        project.add_member("hala", "annotator", "pw")
    session.remember_annotator("amal")  # the name this computer's files are annotated as
    asked = []
    monkeypatch.setattr(NameDialog, "ask", classmethod(lambda cls, parent, current="": asked.append(1) or "x"))
    answers = iter(["pw"])  # a role new to the server (other tests' roles have their own passwords)
    monkeypatch.setattr(PasswordDialog, "ask", classmethod(lambda cls, parent, error: next(answers, None)))
    url = pg_server.url(pg_url.rsplit("/", 1)[1], user="hala")
    app = App()
    assert app.open(url)
    w = app.window
    qtbot.addWidget(w)
    assert w.workspace.annotator == "hala" and asked == [] and errors == []
    start, end = tag_by_drag(qtbot, w, "بطرابلس", "3")
    assert errors == []  # the server took it: hala writes hala's layer
    with Project.open(pg_url, read_only=True) as project:
        assert [s.annotator for s in project.spans("doc-1")] == ["hala"]
    w.close()


def test_a_window_under_a_name_the_login_may_not_write_closes_cleanly(pg_server, pg_url, user_dirs, qtbot,
                                                                      monkeypatch, errors):
    """Annotating on a server under another name than one's login: the server refuses that
    layer (E578, shown when an edit is made), and closing the window, which records time
    spent, raises nothing (it was a traceback)."""
    with make_project(pg_url) as project:
        project.add_member("hadi", "annotator", "pw")
    monkeypatch.setattr(PasswordDialog, "ask", classmethod(lambda cls, parent, error: "pw"))
    app = App("nour")  # isnad gui URL --annotator nour
    assert app.open(pg_server.url(pg_url.rsplit("/", 1)[1], user="hadi"))
    w = app.window
    qtbot.addWidget(w)
    assert w.workspace.annotator == "nour"
    tag_by_drag(qtbot, w, "بطرابلس", "3")
    assert [e.code for e in errors] == ["E578"]  # the edit is refused in two parts
    w.close()  # records time spent under nour: refused too, silently
    with Project.open(pg_url, read_only=True) as project:
        assert project.spans("doc-1") == [] and project.statuses("doc-1") == []
