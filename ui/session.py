"""Opening projects the way the GUI needs: settings, recent files, the sample project,
and the error cases (not a project, newer version, already open elsewhere)."""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from annotator.errors import IsnadError, ProjectLocked
from annotator.importing import import_records
from annotator.resources import resource
from annotator.store import Project
from .dialogs import ErrorDialog, NameDialog, ReadOnlyDialog
from .i18n import tr

RECENT_MAX = 8
SAMPLE_NAME = "sample.isnad"


def settings() -> QSettings:
    return QSettings("Isnad", "Isnad")


def annotator_name(parent=None) -> str | None:
    """The annotator's name: asked once, then remembered."""
    s = settings()
    name = s.value("annotator", "")
    if not name:
        name = NameDialog.ask(parent)
        if name:
            s.setValue("annotator", name)
    return name or None


def recent_projects() -> list[str]:
    return [p for p in (settings().value("recent", []) or []) if Path(p).is_file()]


def remember(path: Path) -> None:
    s = settings()
    items = [str(Path(path).resolve())] + [p for p in recent_projects() if p != str(Path(path).resolve())]
    s.setValue("recent", items[:RECENT_MAX])


def data_dir() -> Path:
    where = QStandardPaths.writableLocation(QStandardPaths.AppDataLocation)
    return Path(where) if where else Path.home() / ".local" / "share" / "isnad"


def sample_project(annotator: str) -> Path:
    """The sample project in the user's data folder, built from the bundled JSONL on first use.

    The pre-annotations go in the user's own layer so they can be edited at once; the
    bundled files are only read.
    """
    from exports.registry import get_format
    folder = data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / SAMPLE_NAME
    if not path.exists():
        partial = folder / (SAMPLE_NAME + ".partial")
        if partial.exists():
            partial.unlink()
        with Project.create(partial) as project:
            records = get_format("jsonl", "read").read(resource("sample", "sample.jsonl"), None)
            import_records(project, records, annotator)
        os.replace(partial, path)
    return path


def open_project(parent, path: Path) -> Project | None:
    """Open for editing; if another window holds it, offer read-only; errors as dialogs."""
    try:
        return Project.open(path, exclusive=True)
    except ProjectLocked as e:
        if ReadOnlyDialog.ask(parent, e):
            return _open_or_show(parent, path, read_only=True)
        return None
    except IsnadError as e:
        ErrorDialog.show(parent, e, tr("Cannot open project"))
        return None


def _open_or_show(parent, path: Path, read_only: bool) -> Project | None:
    try:
        return Project.open(path, read_only=read_only)
    except IsnadError as e:
        ErrorDialog.show(parent, e, tr("Cannot open project"))
        return None
