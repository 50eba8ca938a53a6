"""Opening projects the way the GUI needs: settings, recent files, the sample project,
and the error cases (not a project, newer version, already open elsewhere)."""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from annotator.errors import IsnadError, ProjectLocked, ReadOnlyPlace
from annotator.messages import M
from annotator.resources import resource
from annotator.project_io import Project, create_project, is_server, open_project as open_project_file
from .dialogs import ErrorDialog, NameDialog, ReadOnlyDialog
from .i18n import tr

RECENT_MAX = 8
SAMPLE_NAME = "sample.isnad"
SAMPLE_LAYER = "sample"  # the sample's pre-annotations: not the user's layer
OPEN_WAIT = 2.0  # seconds an opening waits for an `isnad import` writing the file alone, then "busy"


def settings() -> QSettings:
    return QSettings("Isnad", "Isnad")


def annotator_name(parent=None) -> str | None:
    """The annotator's name: asked once, then remembered. None if the user gives none (told
    in a message box why Isnad needs one)."""
    name = settings().value("annotator", "")
    if name:
        return name
    name = (NameDialog.ask(parent) or "").strip()
    if not name:
        ErrorDialog.show(parent, IsnadError.of(M.NAME_NEEDED), tr("Your name"))
        return None
    remember_annotator(name)
    return name


def remember_annotator(name: str) -> None:
    settings().setValue("annotator", name)


def recent_projects() -> list[str]:
    return [p for p in (settings().value("recent", []) or []) if Path(p).is_file()]


def remember(path: Path) -> None:
    s = settings()
    items = [str(Path(path).resolve())] + [p for p in recent_projects() if p != str(Path(path).resolve())]
    s.setValue("recent", items[:RECENT_MAX])


def data_dir() -> Path:
    """Isnad's data folder as the platform has it (~/.local/share/Isnad/isnad on Linux,
    %APPDATA%/Isnad/isnad on Windows, ~/Library/Application Support/Isnad/isnad on macOS)."""
    where = QStandardPaths.writableLocation(QStandardPaths.AppDataLocation)
    return Path(where) if where else Path.home() / "Isnad"  # no home folder known: still somewhere


def start_folder(store: QSettings | None, key: str, project_path) -> Path:
    """Where an import or export dialog starts: the folder last used for `key`, else the
    project's folder, unless that is Isnad's hidden data folder (the sample): then Documents."""
    last = store.value(key, "") if store is not None else ""
    if last and Path(last).is_dir():
        return Path(last)
    folder = Path(project_path).resolve().parent  # a server project's "path" names no folder here
    if folder.is_dir() and not folder.is_relative_to(data_dir().resolve()):
        return folder
    documents = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def sample_project() -> Path:
    """The sample project in the user's data folder, built from the bundled JSONL on first use.

    Its pre-annotations live in a layer of their own (`sample`), never under the user's
    name, so they are never taken for the user's own work; the bundled files are only read.
    """
    folder = data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / SAMPLE_NAME
    if not path.exists():
        partial = folder / (SAMPLE_NAME + ".partial")
        if partial.exists():
            partial.unlink()
        from annotator.importing import import_records  # only the first start builds it
        from exports.registry import get_format
        with create_project(partial) as project:
            records = get_format("jsonl", "read").read(resource("sample", "sample.jsonl"), None)
            import_records(project, records, SAMPLE_LAYER)
        os.replace(partial, path)
    return path


def check_openable(path: Path) -> None:
    """Raise the message for a project file that is missing, a folder or unreadable, before
    anything is asked (the launcher passes whatever file was double-clicked)."""
    if not path.is_file():
        raise IsnadError.of(M.PROJECT_MISSING, file=str(path))
    try:
        with open(path, "rb"):
            pass
    except OSError as e:
        raise IsnadError.of(M.PROJECT_UNREADABLE, str(path), name=path.name, reason=e.strerror or str(e)) from None




def location(path: str | Path) -> str | Path:
    """A project's location as given: a server address stays text, a file is a Path."""
    return path if is_server(str(path)) else Path(path)


def same_project(path: str | Path, project: Project) -> bool:
    if is_server(str(path)) or is_server(project.location):
        return str(path) == project.location
    from .single_instance import same_file
    return same_file(path, project.path)


def open_project(parent, path: Path | str) -> Project | None:
    """Open for editing; if another window holds it, offer read-only; on a read-only disk or
    folder, open it read-only (the window says why); a server that wants a password the
    usual places (PGPASSWORD, ~/.pgpass) do not hold asks for it; errors as dialogs."""
    try:
        return open_project_file(path, exclusive=True, wait=OPEN_WAIT)
    except ReadOnlyPlace:
        return _open_or_show(parent, path, read_only=True)
    except ProjectLocked as e:
        if ReadOnlyDialog.ask(parent, e):
            return _open_or_show(parent, path, read_only=True)
        return None
    except IsnadError as e:
        if e.code == M.SERVER_LOGIN_REFUSED.code:
            return _with_password(parent, str(path), e)
        ErrorDialog.show(parent, e, tr("Cannot open project"))
        return None


def _with_password(parent, url: str, refused: IsnadError) -> Project | None:
    """Ask for the password of a server project until it opens or the user gives up. The
    password goes to the connection only: never saved."""
    from .dialogs import PasswordDialog
    while (password := PasswordDialog.ask(parent, refused)) is not None:
        try:
            return open_project_file(url, exclusive=True, password=password)
        except IsnadError as e:
            if e.code != M.SERVER_LOGIN_REFUSED.code:
                ErrorDialog.show(parent, e, tr("Cannot open project"))
                return None
            refused = e
    return None


def reopen(parent, path: Path, read_only: bool) -> Project | None:
    """The project a window just let go of, opened again the same way (switching annotator)."""
    return _open_or_show(parent, path, read_only) if read_only else open_project(parent, path)


def _open_or_show(parent, path: Path, read_only: bool) -> Project | None:
    try:
        return open_project_file(path, read_only=read_only, wait=OPEN_WAIT)
    except IsnadError as e:
        ErrorDialog.show(parent, e, tr("Cannot open project"))
        return None
