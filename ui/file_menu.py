"""File menu work: new/open/recent projects, switching annotator, import and export on a
worker thread (a token format first counts the spans it would leave out, and asks)."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog

from annotator.errors import IsnadError
from annotator.messages import M
from .dialogs import ErrorDialog, NameDialog
from . import session, transfer
from .i18n import term, tr

IMPORT_FOLDER, EXPORT_FOLDER = "import_folder", "export_folder"  # settings: the folders last used


# What File > Import offers for a file that is not UTF-8 (Isnad itself tells cp1256 and UTF-16
# apart when it can): codec, and the name shown.
ENCODINGS = (("cp1256", "Windows Arabic (cp1256)"), ("utf-16", "UTF-16"),
             ("iso-8859-6", "ISO Arabic (ISO-8859-6)"), ("cp1252", "Windows Western European (cp1252)"))

class FileMenu(QObject):
    finished = Signal()  # an import or export ended (done, failed or cancelled)
    switchRequested = Signal(str)  # reopen the window as this annotator (the app does it)

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self._thread = None
        self._then = None  # what follows the running job once its thread has ended
        self._queue: list[Path] = []  # dropped files still to import
        self._checking = None  # the export whose overlapping spans are being counted
        self.summary = None  # the last export's summary box (it stays until dismissed)

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
        from annotator.project_io import create_project
        path = path if path.endswith(".isnad") else path + ".isnad"
        try:
            create_project(path).close()
        except Exception as e:  # noqa: BLE001 — shown, the window stays usable
            ErrorDialog.show(self.window, e, tr("Cannot create project"))
            return
        self.window.openRequested.emit(path)

    def open_project_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, tr("Open project"), str(Path.home()),
                                              tr("Isnad projects (*.isnad)") + ";;" + tr("All files (*)"))
        if path:
            self.window.openRequested.emit(path)

    def switch_annotator(self) -> None:
        """Ask for a name and have the window reopened under it; cancelling changes nothing."""
        current = self.window.workspace.annotator
        name = NameDialog.ask(self.window, current)
        if not name or name == current:
            self._say(tr("Still annotating as {name}.").format(name=current))
            return
        self.switchRequested.emit(name)

    # ----- import ----------------------------------------------------------------------
    def import_dialog(self) -> None:
        """A file, its format guessed from its name (as `isnad import` does) unless one is chosen."""
        from exports.registry import formats
        choices = formats("read")
        guess = tr("Any supported file (format guessed from the name)") + " (*.txt *.jsonl *.ndjson *.json *.ann)"
        filters = [guess] + [f"{term(f.description)} ({'*' + f.suffix if f.suffix else '*.ann *.txt'})" for f in choices]
        path, chosen = QFileDialog.getOpenFileName(self.window, tr("Import documents"),
                                                   str(self._folder(IMPORT_FOLDER)), ";;".join(filters))
        if not path:
            return
        path = Path(path)
        self._remember(IMPORT_FOLDER, path.parent)
        fmt = choices[filters.index(chosen) - 1] if chosen in filters[1:] else self._guessed(path)
        if fmt is not None:
            self.start_import(fmt, path)

    def import_paths(self, paths: list[Path]) -> None:
        """Files or folders dropped on the window: imported one after another, each in its own
        transaction, the format guessed from the name; one that fails stops the rest. A
        dropped project (.isnad) is opened instead, as File > Open project does."""
        if not paths or self._thread is not None:
            return
        if paths[0].suffix == ".isnad":
            self.window.openRequested.emit(str(paths[0]))
            return
        fmt = self._guessed(paths[0])
        if fmt is not None:
            self._queue = paths[1:]
            self.start_import(fmt, paths[0])

    def _guessed(self, path: Path):
        """The reader `isnad import` would use for `path`; None (and the error shown) if none."""
        from exports.registry import get_format, guess_format
        try:
            return get_format(guess_format(path), "read")
        except IsnadError:
            ErrorDialog.show(self.window, IsnadError.of(M.IMPORT_FORMAT_UNKNOWN, str(path), name=path.name),
                             tr("Import documents"))
            return None

    def import_folder_dialog(self) -> None:
        """A folder of brat .ann/.txt pairs, or of plain .txt articles (searched recursively)."""
        folder = QFileDialog.getExistingDirectory(self.window, tr("Import a folder"),
                                                  str(self._folder(IMPORT_FOLDER)))
        if folder:
            self._remember(IMPORT_FOLDER, Path(folder).parent)
            self.import_paths([Path(folder)])

    def start_import(self, fmt, path: Path, options=None):
        """`options`: exports.options.ReadOptions; without them a file that is neither UTF-8 nor
        an encoding Isnad can tell (cp1256, UTF-16) makes the window ask for its encoding."""
        w = self.window
        job = transfer.import_job(w.project, fmt, path, w.workspace.annotator, options)
        return self._start(tr("Importing {name}…").format(name=path.name), job, 0, self._imported,
                           lambda error: self._import_failed(error, fmt, path, options))

    def _import_failed(self, error, fmt, path: Path, options) -> None:
        """Not decodable: ask which encoding the file is in (as `isnad import --encoding`), then
        import it again; nothing was written by the failed try."""
        if isinstance(error, IsnadError) and error.code == M.NOT_DECODABLE.code and options is None:
            encoding = self._ask_encoding(path)
            if encoding is not None:
                from exports.options import ReadOptions
                self._then = lambda: self.start_import(fmt, path, ReadOptions(encoding=encoding))
                return
        self._failed(error)

    def _ask_encoding(self, path: Path) -> str | None:
        names = [name for _, name in ENCODINGS]  # codec names: the same in every language
        chosen, ok = QInputDialog.getItem(
            self.window, tr("Import documents"),
            tr("{name} is not UTF-8, and Isnad cannot tell its encoding. Read it as:").format(name=path.name),
            names, 0, False)
        return ENCODINGS[names.index(chosen)][0] if ok and chosen in names else None

    def _imported(self, summary: str) -> None:
        w = self.window
        w.doc_model.refresh()
        if w.workspace.doc is None and w.doc_model.rowCount():  # a new project: show its first document
            w.workspace.open_document(w.doc_model.row(0).id)
        else:
            w.workspace.reload()  # the import may have added spans to the open document
            w.layers.refresh()  # and layers
        self._say(summary)
        if self._queue:
            rest, self._queue = self._queue, []
            self._then = lambda: self.import_paths(rest)

    # ----- export ----------------------------------------------------------------------
    def export_dialog(self) -> None:
        from .export_dialog import ExportDialog
        chosen = ExportDialog.ask(self.window, self.window.project, self._folder(EXPORT_FOLDER))
        if chosen:
            self.export_checked(*chosen)

    def export_checked(self, fmt, path: Path, options, narrowed: bool = False):
        """Export; a token format first counts (on the worker) the spans it would leave out,
        and if any, asks whether to keep only entity labels, go on, or stop."""
        if not fmt.tokens:
            return self.start_export(fmt, path, options)
        self._checking = (fmt, path, options, narrowed)
        return self._start(tr("Checking for overlapping spans…"), transfer.overlap_job(self.window.project, options),
                           self.window.project.document_count(), self._counted)

    def _counted(self, drops) -> None:
        """Ask once the counting thread has ended (not while it is still finishing)."""
        fmt, path, options, narrowed = self._checking
        self._then = lambda: self._confirm(drops, fmt, path, options, narrowed)

    def _confirm(self, drops, fmt, path: Path, options, narrowed: bool) -> None:
        from .export_dialog import OverlapDialog
        if not drops:
            self.start_export(fmt, path, options)
            return
        entities = () if narrowed else _entity_labels(self.window.project.schema, options)
        choice = OverlapDialog.ask(self.window, fmt, drops, entities)
        if choice == OverlapDialog.ENTITIES:
            self.export_checked(fmt, path, replace(options, labels=entities), narrowed=True)
        elif choice == OverlapDialog.ANYWAY:
            self.start_export(fmt, path, options)

    def start_export(self, fmt, path: Path, options=None):
        w = self.window
        job = transfer.export_job(w.project, fmt, path, options)
        return self._start(tr("Exporting to {name}…").format(name=path.name), job, w.project.document_count(),
                           self._exported)

    def _exported(self, result) -> None:
        from .export_dialog import ExportSummaryDialog
        summary, line = result
        self._remember(EXPORT_FOLDER, summary.out.parent)
        self._say(line)
        self.summary = ExportSummaryDialog.show(self.window, summary)

    # ----- running jobs ----------------------------------------------------------------
    def _start(self, title: str, job, total: int, done, failed=None):
        thread = transfer.run_with_progress(self.window, title, job, total, done, failed or self._failed,
                                            self._ended)
        self._thread = thread if thread.isRunning() else None
        return thread

    def _ended(self) -> None:
        """A job's thread ended: run what follows it (which may start another job), else done."""
        self._thread = None
        then, self._then = self._then, None
        if then is not None:
            then()
        if self._thread is None:
            self.finished.emit()

    def _say(self, summary: str) -> None:
        self.window.statusBar().showMessage(summary, 10000)

    def _failed(self, error) -> None:
        self._queue = []
        if error is None:
            self._say(tr("Cancelled: nothing was changed."))
        else:
            ErrorDialog.show(self.window, error, tr("Import or export failed (nothing was changed)"))

    def stop(self) -> None:
        """Closing the window: cancel a running transfer and wait for it."""
        if self._thread is not None and self._thread.isRunning():
            self._thread.cancelled = True
            self._thread.wait()

    # ----- folders ---------------------------------------------------------------------
    def _folder(self, key: str) -> Path:
        return session.start_folder(self.window.settings, key, self.window.project.path)

    def _remember(self, key: str, folder: Path) -> None:
        if self.window.settings is not None:
            self.window.settings.setValue(key, str(folder))


def _entity_labels(schema, options) -> tuple[str, ...]:
    """The chosen labels of kind "entity"; () if keeping only those would change nothing."""
    chosen = set(options.labels) or schema.label_names
    entities = tuple(l.name for l in schema.labels if l.kind == "entity" and l.name in chosen)
    return entities if entities and set(entities) != chosen else ()
