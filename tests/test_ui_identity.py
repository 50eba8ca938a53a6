"""Who annotates: `isnad gui --annotator NAME`, File > Switch annotator, the first-run name
dialog (a blank name refused in place, Esc explained), through the real CLI and window."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from annotator import cli
from annotator.store import Project
from tests.helpers import ROOT, isnad
from tests.test_ui_cli import wait_until_locked
from tests.ui_helpers import make_project, offsets
from ui import session
from ui.app import App
from ui.dialogs import NameDialog


@pytest.fixture
def user_dirs(tmp_path, monkeypatch, qapp):
    """Settings of their own; nobody's name remembered yet."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "config"))
    session.settings().clear()
    yield tmp_path
    session.settings().clear()


@pytest.fixture
def project(tmp_path):
    make_project(tmp_path / "p.isnad").close()
    return tmp_path / "p.isnad"


def in_dialog(qtbot, *steps):
    """Once the next modal dialog is up, run each step on it (a real key press, typing...)."""
    def act():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NameDialog), dialog
        for step in steps:
            step(dialog)
    QTimer.singleShot(0, act)


def enter(text):
    """A dialog step: replace the name by `text` and press Enter."""
    def step(dialog):
        dialog.name.selectAll()
        QTest.keyClicks(dialog.name, text)
        QTest.keyClick(dialog.name, Qt.Key_Return)
    return step


def gui_in_process(argv, inspect):
    """`isnad gui ...` run by annotator.cli.main in this process: `inspect(window)` runs once the
    main window is shown (after any name dialog); then it closes and the event loop ends."""
    from ui.main_window import MainWindow
    app = QApplication.instance()

    def step(tries=200):
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not windows and tries:
            QTimer.singleShot(50, lambda: step(tries - 1))
            return
        try:
            assert len(windows) == 1
            inspect(windows[0])
        finally:
            for w in windows:
                w.close()
            if not windows:
                app.quit()
    QTimer.singleShot(0, step)
    return cli.main(argv)


# ----- isnad gui --annotator ----------------------------------------------------------------
def test_a_blank_annotator_is_a_usage_error(tmp_path):
    for blank in ("", "   "):
        proc = isnad("gui", tmp_path / "p.isnad", "--annotator", blank, check=False)
        assert proc.returncode == 2 and "a layer needs a name" in proc.stderr and "--annotator" in proc.stderr
    assert not (tmp_path / "p.isnad").exists()


def test_gui_annotator_opens_without_asking_and_is_not_remembered(tmp_path, project):
    """No name remembered: without --annotator the window would wait for the name dialog and
    never take the project; with it, the project is open at once."""
    config = tmp_path / "config"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "XDG_CONFIG_HOME": str(config), "XDG_DATA_HOME": str(tmp_path / "data")}
    proc = subprocess.Popen([sys.executable, "-m", "annotator.cli", "gui", str(project), "--annotator", "gold"],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        wait_until_locked(project, proc)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    saved = (config / "Isnad" / "Isnad.conf")
    lines = saved.read_text(encoding="utf-8").splitlines() if saved.exists() else []
    assert not any(line.startswith("annotator=") for line in lines)  # (paths may hold the word)


def test_the_name_given_wins_over_the_remembered_one_for_this_run(user_dirs, project, qtbot, errors):
    session.remember_annotator("amal")
    seen = {}

    def inspect(window):
        seen["status"] = window._status_label.text()
        seen["adjudication"] = window.adjudication_dock.isVisible()
        window.view.select_offsets(*offsets("بطرابلس"))
        qtbot.keyClick(window.view, "3")  # LOC

    assert gui_in_process(["gui", str(project), "--annotator", "gold"], inspect) == 0
    assert "gold" in seen["status"] and seen["adjudication"]  # the lead adjudicates as gold
    with Project.open(project, read_only=True) as p:
        assert [(s.annotator, s.label) for s in p.spans("doc-1")] == [("gold", "LOC")]
    assert session.settings().value("annotator") == "amal" and errors == []  # for this run only
    seen.clear()
    assert gui_in_process(["gui", str(project), "--annotator", "ali"],
                          lambda window: seen.update(adjudication=window.adjudication_dock.isVisible())) == 0
    assert seen["adjudication"] is False  # the layout gold's run saved does not show gold to an annotator


# ----- the first-run name dialog ------------------------------------------------------------
def test_a_blank_name_is_refused_in_place_and_asked_again(qtbot):
    def blank_then_name(dialog):
        QTest.keyClick(dialog.name, Qt.Key_Return)  # nothing typed
        seen["error"], seen["open"] = dialog.error.text(), dialog.isVisible()
        QTest.keyClicks(dialog.name, "   ")
        QTest.keyClick(dialog.name, Qt.Key_Return)  # only spaces
        seen["still open"] = dialog.isVisible()
        QTest.keyClicks(dialog.name, "  layla ")
        QTest.keyClick(dialog.name, Qt.Key_Return)

    seen = {}
    in_dialog(qtbot, blank_then_name)
    assert NameDialog.ask(None) == "layla"  # trimmed
    assert seen == {"error": "Type a name: your spans are saved under it.", "open": True, "still open": True}


def test_esc_on_first_run_says_why_then_exits_1(user_dirs, project, qtbot, errors, capsys):
    in_dialog(qtbot, lambda dialog: QTest.keyClick(dialog, Qt.Key_Escape))
    assert cli.main(["gui", str(project)]) == 1
    assert [e.code for e in errors] == ["E800"] and "needs a name to save your spans under" in errors[0].what
    err = capsys.readouterr().err
    assert err.startswith("isnad gui: Isnad needs a name to save your spans under [E800]")
    assert "--annotator NAME" in err
    assert session.settings().value("annotator", "") == ""
    Project.open(project, exclusive=True).close()  # no window holds it


def test_first_run_name_is_asked_once_and_remembered(user_dirs, project, qtbot, errors):
    in_dialog(qtbot, enter("amal"))
    seen = {}
    assert gui_in_process(["gui", str(project)], lambda w: seen.update(status=w._status_label.text())) == 0
    assert "amal" in seen["status"] and session.settings().value("annotator") == "amal" and errors == []


# ----- File > Switch annotator --------------------------------------------------------------
@pytest.fixture
def app(user_dirs, project, qtbot, errors):
    session.remember_annotator("amal")
    launcher = App()
    assert launcher.open(project)
    qtbot.addWidget(launcher.window)
    yield launcher
    launcher.window.close()


def test_switching_reopens_the_project_as_the_new_name_on_the_same_document(app, qtbot, errors):
    old = app.window
    old.workspace.open_document("doc-2")
    old.view.select_offsets(0, 2)
    qtbot.keyClick(old.view, "1")  # amal's PER
    assert [s.annotator for s in old.workspace.spans] == ["amal"]
    in_dialog(qtbot, enter("gold"))
    old.actions["switch"].trigger()
    new = app.window
    qtbot.addWidget(new)
    assert new is not old and old._closed and new.isVisible()
    assert new.workspace.annotator == "gold" and new.workspace.doc.id == "doc-2"
    assert "Annotator: gold" in new._status_label.text()
    assert new.workspace.spans == []  # amal's span is not gold's
    new.view.select_offsets(3, 6)
    qtbot.keyClick(new.view, "2")  # ORG, saved under gold
    assert sorted((s.annotator, s.label) for s in new.project.spans("doc-2")) == [("amal", "PER"), ("gold", "ORG")]
    assert session.settings().value("annotator") == "gold" and errors == []


def test_switching_cancelled_or_blank_keeps_the_window(app, qtbot, errors):
    window = app.window
    seen = {}

    def blank_then_escape(dialog):
        seen["title"], seen["name"] = dialog.windowTitle(), dialog.name.text()
        dialog.name.clear()
        QTest.keyClick(dialog.name, Qt.Key_Return)
        seen["refused"] = dialog.isVisible() and dialog.error.text()
        QTest.keyClick(dialog, Qt.Key_Escape)

    in_dialog(qtbot, blank_then_escape)
    window.actions["switch"].trigger()
    assert seen == {"title": "Switch annotator", "name": "amal",
                    "refused": "Type a name: your spans are saved under it."}
    assert app.window is window and not window._closed and window.workspace.annotator == "amal"
    assert window.statusBar().currentMessage() == "Still annotating as amal."
    assert errors == [] and session.settings().value("annotator") == "amal"


def test_switching_a_read_only_window_keeps_it_read_only(user_dirs, project, qtbot, errors, monkeypatch):
    from ui.dialogs import ReadOnlyDialog
    monkeypatch.setattr(ReadOnlyDialog, "ask", classmethod(lambda cls, parent, e: True))
    session.remember_annotator("amal")
    holder = Project.open(project, exclusive=True)  # another window has it
    try:
        launcher = App()
        assert launcher.open(project) and launcher.window.project.read_only
        qtbot.addWidget(launcher.window)
        in_dialog(qtbot, enter("mona"))
        launcher.window.actions["switch"].trigger()
        qtbot.addWidget(launcher.window)
        assert launcher.window.project.read_only and "mona" in launcher.window._status_label.text()
        assert "READ-ONLY" in launcher.window._status_label.text() and errors == []
        launcher.window.close()
    finally:
        holder.close()
