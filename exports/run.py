"""One export, as the CLI and the UI's export dialog run it: select, split, write safely.

`export(records, "conll", "out.conll", schema, ExportOptions(...), progress=callback)`
returns the writer's report (or one report per split). With splits, OUT is a folder
holding `train.conll`, `dev.conll`, ... (brat: one sub-folder per split). Files are written
under a temporary name and moved into place, so a failed export leaves nothing half-done.
"""
from __future__ import annotations

import shutil
from pathlib import Path
from typing import Callable, Iterable, Iterator

from annotator.errors import IsnadError
from annotator.messages import M
from annotator.store import is_database
from annotator.model import DocumentRecord

from .options import ExportOptions, by_split, select
from .registry import get_format


def export(records: Iterable[DocumentRecord], format_name: str, out: str | Path, schema=None,
           options: ExportOptions = ExportOptions(),
           progress: Callable[[int], None] | None = None) -> dict:
    """Write `records` in `format_name`; `progress(documents_done)` is called as it goes."""
    fmt = get_format(format_name, "write")
    out = Path(out)
    if not out.parent.is_dir():
        raise IsnadError.of(M.EXPORT_FOLDER_MISSING, folder=str(out.parent))
    _check_replaceable(out, fmt, options)
    chosen = select(records, options)
    if progress is not None:
        chosen = _counted(chosen, progress)
    if not options.splits:
        return _write(fmt, chosen, out, schema, options)
    out.mkdir(exist_ok=True)
    return {name: _write(fmt, group, out / f"{name}{fmt.suffix}", schema, options)
            for name, group in by_split(chosen, options.splits).items()}


def written(report: dict, out: Path, options: ExportOptions) -> list[str]:
    """What `export` wrote, a line per file (per split), as `isnad export` prints it."""
    reports = report if options.splits else {"": report}
    return [f"wrote {out / name if name else out}{' (' + name + ')' if name else ''}: "
            + ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in counts.items())
            for name, counts in reports.items()]


def _write(fmt, records, out: Path, schema, options) -> dict:
    tmp = out.with_name(out.name + ".partial")
    _remove(tmp)
    try:
        report = fmt.write(records, tmp, schema, options)
    except BaseException:
        _remove(tmp)
        raise
    _remove(out)
    shutil.move(tmp, out)
    return report


def _check_replaceable(out: Path, fmt, options: ExportOptions) -> None:
    """Never delete what the user keeps: an existing OUT is replaced only when it is a file
    where one file is written, or a folder an earlier export of the same kind wrote."""
    folder = bool(options.splits) or not fmt.suffix
    if not out.exists():
        return
    if is_database(out):
        raise IsnadError.of(M.EXPORT_OVER_DATABASE, out=str(out))
    if not (out.is_file() or out.is_dir()):
        raise IsnadError.of(M.EXPORT_NOT_REGULAR, out=str(out))
    if not folder and out.is_dir():
        raise IsnadError.of(M.EXPORT_FOLDER_NOT_FILE, out=str(out))
    if folder and out.is_file():
        raise IsnadError.of(M.EXPORT_FILE_NOT_FOLDER, out=str(out))
    if folder and not _earlier_export(out, fmt, options):
        raise IsnadError.of(M.EXPORT_FOLDER_NOT_EMPTY, str(out), out=str(out))


def _earlier_export(folder: Path, fmt, options: ExportOptions) -> bool:
    """Empty, or exactly what this export writes there (one entry per split; a brat folder)."""
    entries = list(folder.iterdir())
    if options.splits:
        names = {f"{name}{fmt.suffix}" for name in options.splits}
        return all(e.name in names and (e.is_file() if fmt.suffix else fmt.owns(e)) for e in entries)
    return not entries or fmt.owns(folder)


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path)
    elif path.exists():
        path.unlink()


def _counted(records: Iterable[DocumentRecord], progress: Callable[[int], None]) -> Iterator[DocumentRecord]:
    n = 0
    for n, rec in enumerate(records, 1):
        yield rec
        if n % 100 == 0:
            progress(n)
    progress(n)
