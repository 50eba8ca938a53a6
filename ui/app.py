"""Starting the GUI: the application object, the bundled font, the first window."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from .fonts import article_family
from . import i18n, session


class App:
    """Keeps the one main window; File > Open / New replace it."""

    def __init__(self):
        self.window = None

    def open(self, path: str | Path, parent=None) -> bool:
        if self.window is not None and Path(path).resolve() == Path(self.window.project.path).resolve():
            self.window.raise_()  # already open here: opening it again would meet our own lock
            return True
        project = session.open_project(parent or self.window, Path(path))
        if project is None:
            return False
        name = session.annotator_name(parent or self.window)
        if not name:
            project.close()
            return False
        from .main_window import MainWindow
        session.remember(Path(path))  # before the window, so its Recent menu lists it
        old, self.window = self.window, MainWindow(project, name, session.settings())
        self.window.openRequested.connect(self.open)
        self.window.show()
        if old is not None:
            old.close()
        return True


def make_application(argv=None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("isnad")
    app.setOrganizationName("Isnad")
    i18n.install(app, i18n.language(session.settings()))  # Arabic: translated and mirrored
    article_family()  # load the bundled Arabic font before any widget lays out text
    return app


def run(project: str | None = None) -> int:
    app = make_application()
    launcher = App()
    if project is None:
        name = session.annotator_name()
        if not name:
            return 1
        project = session.sample_project(name)
    if not launcher.open(project):
        return 1
    return app.exec()
