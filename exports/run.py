"""One export, as the CLI and the UI's export dialog run it: select, split, write safely.

`export(records, "conll", "out.conll", schema, ExportOptions(...), progress=callback)`
returns the writer's report (or one report per split); `export_summary(...)` (same arguments)
also says what the files hold and what the format left out, and why (`ExportSummary`).
`overlap_drops(records, options)` counts, before writing, the spans a token format would
leave out. With splits, OUT is a folder
holding `train.conll`, `dev.conll`, ... (brat: one sub-folder per split). Files are written
under a temporary name and moved into place, so a failed export leaves nothing half-done.
"""
from __future__ import annotations

import shutil
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from annotator.errors import IsnadError
from annotator.messages import M
from annotator.store import is_database
from annotator.model import DocumentRecord

from .common import non_overlapping
from .options import ExportOptions, by_split, select
from .registry import formats, get_format

# Report keys of spans a writer left out -> why (a stable key; the CLI and the window word it)
DROP_KEYS = {"spans_dropped_overlapping": "overlapping", "spans_dropped_blank": "blank",
             "spans_dropped_overlapping_from_ents": "not_in_ents"}


@dataclass(frozen=True)
class Drop:
    count: int
    what: str    # "spans" or "relations"
    reason: str  # "overlapping", "blank", "not_in_ents" (kept in doc.spans), "no_relations"


@dataclass
class ExportSummary:
    """One export: its files, the writer's report, and what reached the writer."""
    format: str
    out: Path  # the path asked for: a file, or a folder (brat, splits)
    files: list[Path]
    report: dict  # the writer's report; with splits, one report per split name
    selected: Counter = field(default_factory=Counter)  # documents, spans, relations after the options

    def totals(self) -> Counter:
        """The writer's counts, summed over the splits."""
        reports = self.report.values() if self.report and all(isinstance(v, dict) for v in self.report.values()) \
            else [self.report]
        return sum((Counter(r) for r in reports), Counter())

    def written(self) -> dict:
        """Documents, spans and relations in the files (CoNLL's spans are its entities)."""
        t = self.totals()
        spans = t["spans"] if "spans" in t else t["entities"]
        relations = t["relations"] if "relations" in t else \
            (self.selected["relations"] if get_format(self.format, "write").relations else 0)
        return {"documents": t["documents"], "spans": spans, "relations": relations}

    def dropped(self) -> list[Drop]:
        t = self.totals()
        out = [Drop(t[key], "spans", reason) for key, reason in DROP_KEYS.items() if t[key]]
        lost = self.selected["relations"] - self.written()["relations"]
        if lost > 0:
            out.append(Drop(lost, "relations", "no_relations"))
        return out


def export(records: Iterable[DocumentRecord], format_name: str, out: str | Path, schema=None,
           options: ExportOptions = ExportOptions(),
           progress: Callable[[int], None] | None = None) -> dict:
    """Write `records` in `format_name`; `progress(documents_done)` is called as it goes."""
    return export_summary(records, format_name, out, schema, options, progress).report


def export_summary(records: Iterable[DocumentRecord], format_name: str, out: str | Path, schema=None,
                   options: ExportOptions = ExportOptions(),
                   progress: Callable[[int], None] | None = None) -> ExportSummary:
    """`export`, telling also the files written and what the format left out."""
    fmt = get_format(format_name, "write")
    out = Path(out)
    if not out.parent.is_dir():
        raise IsnadError.of(M.EXPORT_FOLDER_MISSING, folder=str(out.parent))
    _check_replaceable(out, fmt, options)
    selected = Counter()
    chosen = _tallied(select(records, options), selected)
    if progress is not None:
        chosen = _counted(chosen, progress)
    if not options.splits:
        report = _write(fmt, chosen, out, schema, options)
        return ExportSummary(fmt.name, out, _files(fmt, [out]), report, selected)
    out.mkdir(exist_ok=True)
    paths = {name: out / f"{name}{fmt.suffix}" for name in options.splits}
    report = {name: _write(fmt, group, paths[name], schema, options)
              for name, group in by_split(chosen, options.splits).items()}
    return ExportSummary(fmt.name, out, _files(fmt, paths.values()), report, selected)


def overlap_drops(records: Iterable[DocumentRecord], options: ExportOptions = ExportOptions()) -> Counter:
    """Spans a token format (CoNLL, spaCy's doc.ents) would leave out, by label: the writers'
    own rule (`non_overlapping`) applied to what `options` select."""
    dropped = Counter()
    for rec in select(records, options):
        dropped.update(s.label for s in non_overlapping(rec.spans)[1])
    return dropped


def dropped_lines(summary: ExportSummary, schema=None) -> list[str]:
    """What `isnad export` prints after the `wrote` lines: what was left out, and why."""
    fmt = summary.format
    holding = [f.name for f in formats("write") if f.relations]
    entities = [l.name for l in schema.labels if l.kind == "entity"] if schema is not None else []
    keep = ("; to keep them, export only non-overlapping labels, e.g. the entity labels: "
            + " ".join(f"--label {name}" for name in entities)) if entities else ""
    words = {"overlapping": f"overlapping a longer span ({fmt} holds one label per token){keep}",
             "blank": "holding no token (only spaces or invisible characters)",
             "not_in_ents": 'overlapping a longer span (every span is still in doc.spans["sc"])',
             "no_relations": f"({fmt} holds no relations; {', '.join(holding)} do)"}
    return [f"{'not in doc.ents' if d.reason == 'not_in_ents' else 'dropped'}: {d.count} {d.what} "
            f"{words[d.reason]}" for d in summary.dropped()]


def written(report: dict, out: Path, options: ExportOptions) -> list[str]:
    """What `export` wrote, a line per file (per split), as `isnad export` prints it."""
    reports = report if options.splits else {"": report}
    return [f"wrote {out / name if name else out}{' (' + name + ')' if name else ''}: "
            + ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in counts.items())
            for name, counts in reports.items()]


def _files(fmt, outs: Iterable[Path]) -> list[Path]:
    """The files (or brat folders) an export writes, with their side files."""
    return [p for out in outs for p in (out, *([out.with_suffix(fmt.sidecar)] if fmt.sidecar else []))
            if p.exists()]


def _tallied(records: Iterable[DocumentRecord], tally: Counter) -> Iterator[DocumentRecord]:
    for rec in records:
        tally["documents"] += 1
        tally["spans"] += len(rec.spans)
        tally["relations"] += len(rec.relations)
        yield rec


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
