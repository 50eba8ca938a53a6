"""One export, as the CLI and the UI's export dialog run it: select, split, write safely.

`export(records, "conll", "out.conll", schema, ExportOptions(...), progress=callback)`
returns the writer's report (or one report per split); `export_summary(...)` (same arguments)
also says what the files hold and what the format left out, and why (`ExportSummary`).
`overlap_drops(records, options)` counts, before writing, the spans a token format would
leave out. With splits, OUT is a folder
holding `train.conll`, `dev.conll`, ... (brat: one sub-folder per split). Everything is
written in a staging folder beside OUT and then put in place all at once (`exports.replace`),
so a failed or killed export leaves the earlier one whole. OUT `-` is standard output (one-file
formats). A format that holds one layer exports one (`Format.several_layers`).
"""
from __future__ import annotations

import shutil
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field, replace
from itertools import chain
from pathlib import Path
from typing import Callable, Iterable, Iterator

from annotator.errors import IsnadError
from annotator.messages import M
from annotator.project_io import is_database
from annotator.model import DocumentRecord, RecordRows

from .common import non_overlapping
from .options import ExportOptions, by_split, check_splits, rows_selectable, select
from .registry import formats, get_format
from .replace import Staging

STDOUT = "-"  # OUT that means standard output

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


def export(records: Iterable[DocumentRecord | RecordRows], format_name: str, out: str | Path, schema=None,
           options: ExportOptions = ExportOptions(),
           progress: Callable[[int], None] | None = None) -> dict:
    """Write `records` in `format_name`; `progress(documents_done)` is called as it goes.
    `records` may be the store's rows (`Project.record_rows`): what a format that takes rows
    writes fastest."""
    return export_summary(records, format_name, out, schema, options, progress).report


def export_summary(records: Iterable[DocumentRecord | RecordRows], format_name: str, out: str | Path, schema=None,
                   options: ExportOptions = ExportOptions(),
                   progress: Callable[[int], None] | None = None) -> ExportSummary:
    """`export`, telling also the files written and what the format left out."""
    fmt = get_format(format_name, "write")
    check_splits(options.splits)
    to_stdout = str(out) == STDOUT
    out = Path(out)
    if to_stdout:
        _check_one_file(fmt, options)
    elif not out.parent.is_dir():
        raise IsnadError.of(M.EXPORT_FOLDER_MISSING, folder=str(out.parent))
    else:
        _check_replaceable(out, fmt, options)
    records = _rows_kept(records, fmt, options)
    records, options = _layers_decided(records, fmt, options)
    selected = Counter()
    chosen = _tallied(select(records, options), selected)
    if progress is not None:
        chosen = _counted(chosen, progress)
    if to_stdout:
        return ExportSummary(fmt.name, out, [], _to_stdout(fmt, chosen, schema, options), selected)
    with Staging(out) as stage:
        staged = stage.path / out.name
        if options.splits:
            staged.mkdir()
            report = {name: fmt.write(group, staged / f"{name}{fmt.suffix}", schema, options)
                      for name, group in by_split(chosen, options.splits).items()}
            names = [out.name]
        else:
            report = fmt.write(chosen, staged, schema, options)
            names = [p.name for p in fmt.outputs(out)]
        _check_replaceable(out, fmt, options)  # again: writing may have taken minutes
        stage.publish(names)
    outs = [out / f"{name}{fmt.suffix}" for name in options.splits] if options.splits else [out]
    return ExportSummary(fmt.name, out, _files(fmt, outs), report, selected)


def _rows_kept(records: Iterable, fmt, options: ExportOptions) -> Iterable:
    """The store's rows (`Project.record_rows`) stay rows for a writer that takes them when the
    options choose layers at most (the common export, written without an object per item);
    otherwise they become records."""
    records = iter(records)
    first = next(records, None)
    if first is None:
        return []
    records = chain((first,), records)
    if type(first) is not RecordRows or (fmt.rows and rows_selectable(options)):
        return records
    return (rows.record() for rows in records)


def _layers_decided(records: Iterable[DocumentRecord], fmt, options: ExportOptions):
    """A format that holds one layer is given one (or, brat, one folder per layer): the layers
    an export takes are named before writing; with none named, they are those the records hold."""
    if fmt.several_layers == "kept":
        return records, options
    if not options.layers:
        records = list(records)
        found = {x.annotator for r in records for x in (*r.spans, *r.relations, *r.statuses)}
        options = replace(options, layers=tuple(sorted(found)))
    if fmt.several_layers == "refused" and len(options.layers) > 1:
        keeping = ", ".join(f.name for f in formats("write") if f.several_layers != "refused")
        raise IsnadError.of(M.EXPORT_ONE_LAYER, format=fmt.name, count=len(options.layers),
                            layers=", ".join(options.layers), first=options.layers[0], keeping=keeping)
    return records, options


def _check_one_file(fmt, options: ExportOptions) -> None:
    if not fmt.suffix:
        raise IsnadError.of(M.STDOUT_FOLDER_FORMAT, format=fmt.name)
    if options.splits:
        raise IsnadError.of(M.STDOUT_SPLITS)


def _to_stdout(fmt, records, schema, options: ExportOptions) -> dict:
    """Write to a private temporary file, then copy it to standard output (the writers write
    files by path; parquet and spacy write binary). Side files (Label Studio's config) stay out."""
    with tempfile.TemporaryDirectory(prefix="isnad-export-") as tmp:
        path = Path(tmp) / f"export{fmt.suffix}"
        report = fmt.write(records, path, schema, options)
        sys.stdout.flush()
        with open(path, "rb") as f:
            shutil.copyfileobj(f, sys.stdout.buffer)
        sys.stdout.buffer.flush()
    return report


def overlap_drops(records: Iterable[DocumentRecord], options: ExportOptions = ExportOptions()) -> Counter:
    """Spans a token format (CoNLL, spaCy's doc.ents) would leave out, by label: the writers'
    own rule (`non_overlapping`) applied to what `options` select."""
    dropped = Counter()
    for rec in select(records, options):
        dropped.update(s.label for s in non_overlapping(rec.spans)[1])
    return dropped


def dropped_lines(summary: ExportSummary, schema=None) -> list[str]:
    """What `isnad export` prints after the `wrote` lines: what was left out, and why."""
    fmt, dropped = summary.format, summary.dropped()
    holding = ", ".join(f.name for f in formats("write") if f.relations) \
        if any(d.reason == "no_relations" for d in dropped) else ""  # loads every format: only when said
    entities = [l.name for l in schema.labels if l.kind == "entity"] if schema is not None else []
    keep = ("; to keep them, export only non-overlapping labels, e.g. the entity labels: "
            + " ".join(f"--label {name}" for name in entities)) if entities else ""
    words = {"overlapping": f"overlapping a longer span ({fmt} holds one label per token){keep}",
             "blank": "holding no token (only spaces or invisible characters)",
             "not_in_ents": 'overlapping a longer span (every span is still in doc.spans["sc"])',
             "no_relations": f"({fmt} holds no relations; {holding} do)"}
    return [f"{'not in doc.ents' if d.reason == 'not_in_ents' else 'dropped'}: {d.count} {d.what} "
            f"{words[d.reason]}" for d in dropped]


def written(report: dict, out: Path, options: ExportOptions) -> list[str]:
    """What `export` wrote, a line per file (per split), as `isnad export` prints it."""
    reports = report if options.splits else {"": report}
    if str(out) == STDOUT:
        return ["wrote standard output: " + ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in report.items())]
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


def _check_replaceable(out: Path, fmt, options: ExportOptions) -> None:
    """Never delete what the user keeps: an existing OUT is replaced only when it is a file
    where one file is written, or a folder an earlier export of the same kind wrote; a side
    file (Label Studio's config) only when it is a file."""
    folder = bool(options.splits) or not fmt.suffix
    for path in ([out] if folder else fmt.outputs(out)):
        _check_path(path, folder and path == out)
    if folder and out.is_dir() and not _earlier_export(out, fmt, options):
        raise IsnadError.of(M.EXPORT_FOLDER_NOT_EMPTY, str(out), out=str(out))


def _check_path(path: Path, folder: bool) -> None:
    if not path.exists():
        return
    if is_database(path):
        raise IsnadError.of(M.EXPORT_OVER_DATABASE, out=str(path))
    if not (path.is_file() or path.is_dir()):
        raise IsnadError.of(M.EXPORT_NOT_REGULAR, out=str(path))
    if not folder and path.is_dir():
        raise IsnadError.of(M.EXPORT_FOLDER_NOT_FILE, out=str(path))
    if folder and path.is_file():
        raise IsnadError.of(M.EXPORT_FILE_NOT_FOLDER, out=str(path))


def _earlier_export(folder: Path, fmt, options: ExportOptions) -> bool:
    """Empty, or exactly what this export writes there (one entry per split; a brat folder)."""
    entries = list(folder.iterdir())
    if options.splits:
        names = {f"{name}{fmt.suffix}" for name in options.splits}
        names |= {f"{name}{fmt.sidecar}" for name in options.splits} if fmt.sidecar else set()
        return all(e.name in names and (e.is_file() if fmt.suffix else fmt.owns(e)) for e in entries)
    return not entries or fmt.owns(folder)


def _counted(records: Iterable[DocumentRecord], progress: Callable[[int], None]) -> Iterator[DocumentRecord]:
    n = 0
    for n, rec in enumerate(records, 1):
        yield rec
        if n % 100 == 0:
            progress(n)
    progress(n)
