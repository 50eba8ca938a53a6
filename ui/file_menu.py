"""File menu work: new/open/recent projects, import and export on a worker thread."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog

from .dialogs import ErrorDialog
from . import session, transfer
from .i18n import term, tr


class FileMenu(QObject):
    finished = Signal()  # an import or export ended (done, failed or cancelled)

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self._thread = None

    def fill_recent(self, menu) -> None:
        menu.clear()
        for path in session.recent_projects():
            menu.addAction(path, lambda p=path: self.window.openRequested.emit(p))

    # ----- projects --------------------------------------------------------------------
    def new_project(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self.window, tr("New project"), str(Path.home()),
                                              tr("Isnad projects (*.isnad)"))
        if not path:
            return
        from annotator.store import Project
        path = path if path.endswith(".isnad") else path + ".isnad"
        try:
            Project.create(path).close()
        except Exception as e:  # noqa: BLE001 — shown, the window stays usable
            ErrorDialog.show(self.window, e, tr("Cannot create project"))
            return
        self.window.openRequested.emit(path)

    def open_project_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, tr("Open project"), str(Path.home()),
                                              tr("Isnad projects (*.isnad)") + ";;" + tr("All files (*)"))
        if path:
            self.window.openRequested.emit(path)

    # ----- import / export -------------------------------------------------------------
    def import_dialog(self) -> None:
        fmt, path = _choose(self.window, "read", tr("Import documents"), QFileDialog.getOpenFileName)
        if path:
            self.start_import(fmt, path)

    def import_folder_dialog(self) -> None:
        """A folder of brat .ann/.txt pairs, or of plain .txt articles (searched recursively)."""
        from exports.registry import get_format, guess_format
        folder = QFileDialog.getExistingDirectory(self.window, tr("Import a folder"), str(Path.home()))
        if folder:
            self.start_import(get_format(guess_format(Path(folder)), "read"), Path(folder))

    def export_dialog(self) -> None:
        from .export_dialog import ExportDialog
        chosen = ExportDialog.ask(self.window, self.window.project)
        if chosen:
            self.start_export(*chosen)

    def start_import(self, fmt, path: Path):
        w = self.window
        job = transfer.import_job(w.project, fmt, path, w.workspace.annotator)
        return self._start(tr("Importing {name}…").format(name=path.name), job, 0, self._imported)

    def start_export(self, fmt, path: Path, options=None):
        w = self.window
        job = transfer.export_job(w.project, fmt, path, options)
        return self._start(tr("Exporting to {name}…").format(name=path.name), job, w.project.document_count(),
                           self._say)

    def _start(self, title: str, job, total: int, done):
        thread = transfer.run_with_progress(self.window, title, job, total, done, self._failed, self._ended)
        self._thread = thread if thread.isRunning() else None
        return thread

    def _ended(self) -> None:
        self._thread = None
        self.finished.emit()

    def _imported(self, summary: str) -> None:
        w = self.window
        w.doc_model.refresh()
        if w.workspace.doc is None and w.doc_model.rowCount():  # a new project: show its first document
            w.workspace.open_document(w.doc_model.row(0).id)
        else:
            w.workspace.reload()  # the import may have added spans to the open document
        self._say(summary)

    def _say(self, summary: str) -> None:
        self.window.statusBar().showMessage(summary, 10000)

    def _failed(self, error) -> None:
        if error is None:
            self._say(tr("Cancelled: nothing was changed."))
        else:
            ErrorDialog.show(self.window, error, tr("Import or export failed (nothing was changed)"))

    def stop(self) -> None:
        """Closing the window: cancel a running transfer and wait for it."""
        if self._thread is not None and self._thread.isRunning():
            self._thread.cancelled = True
            self._thread.wait()


def _choose(parent, need: str, title: str, ask):
    """Ask for a file among the registry's formats that can `need`; (format, path) or (None, None).

    A format without a suffix (brat) is a folder: the dialog names it, the writer creates it.
    """
    from exports.registry import formats
    choices = formats(need)
    filters = [f"{term(f.description)} ({'*' + f.suffix if f.suffix else '*'})" for f in choices]
    path, chosen = ask(parent, title, str(Path.home()), ";;".join(filters))
    if not path:
        return None, None
    return (choices[filters.index(chosen)] if chosen in filters else choices[0]), Path(path)
