"""What the desktop launcher runs, `isnad gui FILE`: a project already open in another Isnad
is raised there (not opened twice); a missing, folder or unreadable file is told in a dialog;
Help > About shows the version and the licences."""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from annotator.errors import IsnadError
from annotator import __version__
from tests.helpers import ROOT
from tests.ui_helpers import make_project
from ui import app as gui, session, single_instance
from ui.about import AboutDialog


@pytest.fixture
def user_dirs(tmp_path, monkeypatch, qapp):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "config"))
    yield tmp_path
    session.settings().clear()


@pytest.fixture
def open_window(tmp_path, user_dirs, qtbot, errors):
    """A project open in this process's window, as `isnad gui` leaves it."""
    path = tmp_path / "p.isnad"
    make_project(path).close()
    gui.make_application()  # the application's name, icon and language, as `isnad gui` sets them
    launcher = gui.App("amal")
    assert launcher.open(path)
    qtbot.addWidget(launcher.window)
    yield launcher, path
    launcher.listener.close()
    launcher.window.close()


def launch(*args) -> subprocess.Popen:
    """`isnad gui ...` as the launcher runs it, in another process (offscreen)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "annotator.cli", "gui", *map(str, args), "--annotator", "mona"],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.mark.parametrize("spelling", ["same path", "hard link", "symlink"])
def test_a_second_isnad_gui_raises_the_open_window_instead_of_opening_the_project(open_window, qtbot, spelling):
    launcher, path = open_window
    target = path
    if spelling == "hard link":
        target = path.with_name("linked.isnad")
        os.link(path, target)
    elif spelling == "symlink":
        target = path.parent / "elsewhere" / "shortcut.isnad"
        target.parent.mkdir()
        target.symlink_to(path)
    raised = []
    launcher.listener.raiseRequested.connect(lambda: raised.append(1))
    proc = launch(target)
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=60_000)  # our event loop answers meanwhile
    out, err = proc.communicate()
    assert proc.returncode == 0, err
    assert "is open in another Isnad window, which was brought to the front" in out and err == ""
    assert raised == [1] and launcher.window.isVisible()
    assert not launcher.window.project.read_only  # still ours, for editing


def test_another_project_has_another_channel(tmp_path, open_window):
    launcher, path = open_window
    other = tmp_path / "q.isnad"
    make_project(other).close()
    assert launcher.listener.name == single_instance.channel_name(path) != single_instance.channel_name(other)
    assert not single_instance.raise_running(other)  # nobody has it open: this process opens it itself


@pytest.mark.parametrize("case", ["missing", "folder"])
def test_a_file_that_cannot_be_opened_is_a_dialog_before_anything_is_asked(tmp_path, user_dirs, errors, case,
                                                                             monkeypatch, capsys):
    from ui.dialogs import NameDialog
    monkeypatch.setattr(NameDialog, "ask", classmethod(lambda *a: pytest.fail("asked a name first")))
    path = tmp_path / "gone.isnad"
    if case == "folder":
        path.mkdir()
    assert gui.run(str(path)) == 1
    assert [e.code for e in errors] == ["E203"] and str(path) in errors[0].what and errors[0].todo
    assert "no project file at" in capsys.readouterr().err


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_an_unreadable_file_is_its_own_message(tmp_path):
    folder = tempfile.mkdtemp()
    os.chmod(folder, 0o755)  # others may look inside, not read the file
    path = os.path.join(folder, "secret.isnad")
    make_project(path).close()
    os.chmod(path, 0)
    pid = os.fork()
    if pid == 0:  # as a user who may not read it (root reads everything)
        try:
            if os.getuid() == 0:
                os.setuid(65534)
            session.check_openable(__import__("pathlib").Path(path))
            os._exit(1)
        except IsnadError as e:
            os._exit(40 if e.code == "E240" and "Permission denied" in e.what and e.todo else 2)
        except BaseException:
            os._exit(3)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 40


def test_help_about_shows_the_version_and_the_licences(open_window, qtbot):
    launcher, _ = open_window
    seen = {}

    def look():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AboutDialog)
        seen["header"] = dialog.header.text()
        seen["licences"] = dialog.licences.toPlainText()
        dialog.reject()
    QTimer.singleShot(0, look)
    launcher.window.actions["about"].trigger()
    assert f"Isnad {__version__}" in seen["header"] and "MIT" in seen["header"] and "LGPL" in seen["header"]
    assert seen["licences"].count("SIL Open Font License") >= 2
    assert "Amiri" in seen["licences"] and "Noto Emoji" in seen["licences"]
    assert not launcher.window.windowIcon().isNull() and QApplication.desktopFileName() == "isnad"
