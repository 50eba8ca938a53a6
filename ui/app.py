"""Starting the GUI: the application object, the bundled font, the first window, and who
annotates in it."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from annotator.errors import IsnadError
from annotator.messages import M
from annotator.project_io import is_server
from annotator.resources import resource
from .dialogs import ErrorDialog
from .fonts import article_family
from .i18n import tr
from . import i18n, session, single_instance


class App:
    """Keeps the one main window; File > Open / New replace it, File > Switch annotator
    reopens it under another name.

    `annotator` (from `isnad gui --annotator`) wins over the remembered name for this run.
    On a server project one annotates, unless told otherwise, as the name one logs in with:
    the server lets that role write its own layer only.
    """

    def __init__(self, annotator: str | None = None):
        self.window = None
        self.annotator = self.given = annotator
        self.listener = single_instance.Listener()  # later `isnad gui` of the same project raise us
        self.listener.raiseRequested.connect(self.raise_window)

    def name(self, parent=None) -> str | None:
        """Who annotates: the name given for this run, else the remembered one, else asked."""
        if not self.annotator:
            self.annotator = session.annotator_name(parent)
        return self.annotator

    def open(self, path: str | Path, parent=None) -> bool:
        """Open a project file or a server address (postgresql://...)."""
        if self.window is not None and session.same_project(path, self.window.project):
            self.raise_window()  # already open here: opening it again would meet our own lock
            return True
        if not is_server(str(path)) and not self.name(parent or self.window):
            return False
        project = session.open_project(parent or self.window, session.location(path))
        if project is None:
            return False
        self._show(project)
        return True

    def switch(self, name: str) -> bool:
        """Reopen the current project as annotator `name` (remembered for the next start too),
        on the document that was open."""
        old = self.window
        path, read_only = session.location(old.project.location), old.project.read_only
        doc_id = old.workspace.doc.id if old.workspace.doc else None
        app = QApplication.instance()
        quits = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)  # the old window closes before its successor shows
        try:
            old.close()  # it lets go of the project (and its lock) for the new window
            self.window = None
            project = session.reopen(None, path, read_only)
            if project is None:  # told in a dialog; nothing left to show
                app.quit()
                return False
            self.annotator = self.given = name
            session.remember_annotator(name)
            self._show(project, doc_id)
        finally:
            app.setQuitOnLastWindowClosed(quits)
        return True

    def _show(self, project, doc_id: str | None = None) -> None:
        from .main_window import MainWindow
        if not is_server(project.location):
            session.remember(Path(project.path))  # before the window, so its Recent menu lists it
        annotator = project.server.user if project.shared and not self.given else self.annotator
        old, self.window = self.window, MainWindow(project, annotator, session.settings())
        self.window.openRequested.connect(self.open)
        self.window.files.switchRequested.connect(self.switch)
        ws = self.window.workspace
        if doc_id and (ws.doc is None or ws.doc.id != doc_id):
            ws.open_document(doc_id)
        self.window.show()
        self.listener.listen(project.path)
        if old is not None:
            old.close()
            self.window.activateWindow()  # File > New or Open: the keys go to the new window (a
            # window manager would hand them over; without one they reached no window)

    def raise_window(self) -> None:
        if self.window is not None:
            self.window.setWindowState(self.window.windowState() & ~Qt.WindowMinimized)
            self.window.show()
            self.window.raise_()
            self.window.activateWindow()


def make_application(argv=None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("isnad")
    app.setOrganizationName("Isnad")
    app.setDesktopFileName("isnad")  # Wayland finds the launcher (and its icon) by this name
    app.setWindowIcon(app_icon())
    i18n.install(app, i18n.language(session.settings()))  # Arabic: translated and mirrored
    article_family()  # load the bundled Arabic font before any widget lays out text
    return app


def app_icon() -> QIcon:
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addFile(str(resource("icons", f"isnad-{size}.png")))
    return icon


def run(project: str | None = None, annotator: str | None = None) -> int:
    """`isnad gui [PROJECT] [--annotator NAME]`: exit 1 (and a line on stderr) if no window opens.

    This is what the desktop launcher runs for a double-clicked .isnad file: a project that
    cannot be opened is told in a dialog (no terminal shows stderr there), and a project open
    in another Isnad raises that window instead.
    """
    app = make_application()
    server = project is not None and is_server(project)  # many windows may have a server project open
    if project is not None and not server:
        try:
            session.check_openable(Path(project))
        except IsnadError as e:
            print(f"isnad gui: {e}", file=sys.stderr)
            ErrorDialog.show(None, e, tr("Cannot open project"))
            return 1
    path = project if server else Path(project) if project is not None else session.sample_project()
    if not server and single_instance.raise_running(path):
        print(f"isnad gui: {path.name} is open in another Isnad window, which was brought to the front")
        return 0
    launcher = App(annotator)
    if not server and not launcher.name():
        print(f"isnad gui: {IsnadError.of(M.NAME_NEEDED)}", file=sys.stderr)
        return 1
    if not launcher.open(path):
        return 1
    return app.exec()
