"""What every export takes: layers, document status and label filters, label renaming,
deterministic train/dev/test splits keyed on the document's SHA-256; and what every reader
takes (`ReadOptions`)."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from typing import Iterable, Iterator

from annotator.errors import IsnadError
from annotator.messages import M
from annotator.model import STATUSES, DocumentRecord, RecordRows


_SPLIT_NAME = re.compile(r"[\w-]+")


@dataclass(frozen=True)
class ExportOptions:
    layers: tuple[str, ...] = ()      # annotators to export (e.g. ("gold",)); empty = all
    statuses: tuple[str, ...] = ()    # keep documents with one of these statuses in a chosen layer
    labels: tuple[str, ...] = ()      # keep only spans with these labels (before renaming)
    rename: dict = field(default_factory=dict)  # old label -> new label
    splits: dict = field(default_factory=dict)  # split name -> fraction, e.g. {"train": .8, "dev": .1, "test": .1}
    clitics: bool = False             # token formats: split و/ف/ب/ل/ك before ال


@dataclass(frozen=True)
class ReadOptions:
    """What every reader takes, typed (not the command line's namespace) so the window can
    offer the same: the encoding of files that carry no BOM and are not UTF-8 (e.g. cp1256)."""
    encoding: str | None = None
    force_encoding: bool = False  # `encoding` for valid UTF-8 files too (a BOM still wins; issue 15)


def split_of(sha256: str, splits: dict) -> str:
    """The split a document falls in: a point in [0, 1) drawn from its SHA-256, so the same
    text lands in the same split on every run and machine, whatever else is exported."""
    point = int(sha256[:16], 16) / 2 ** 64
    total = sum(splits.values())
    edge = 0.0
    for name, ratio in splits.items():
        edge += ratio / total
        if point < edge:
            return name
    return name  # rounding at the very top


def check_splits(splits: dict) -> dict:
    """Fractions from 0 to 1 adding up to 1: train=0.5,dev=0.6 is a typo, never renormalised."""
    if splits and (any(not isinstance(r, (int, float)) or not 0 <= r < math.inf for r in splits.values())
                   or sum(splits.values()) <= 0):
        raise IsnadError.of(M.SPLIT_RATIOS, splits=str(splits))
    if splits and abs(sum(splits.values()) - 1) > 1e-6:
        shown = ",".join(f"{name}={ratio:g}" for name, ratio in splits.items())
        raise IsnadError.of(M.SPLIT_SUM, total=f"{sum(splits.values()):g}", splits=shown)
    bad = next((name for name in splits if not _SPLIT_NAME.fullmatch(name)), None)
    if bad is not None:  # split names become file names inside OUT
        raise IsnadError.of(M.SPLIT_NAME, name=bad)
    return splits


def parse_splits(spec: str) -> dict:
    """'train=0.8,dev=0.1,test=0.1' -> {'train': 0.8, 'dev': 0.1, 'test': 0.1}."""
    out = {}
    for part in filter(None, (p.strip() for p in spec.split(","))):
        name, _, ratio = part.partition("=")
        if name.strip() in out:
            raise IsnadError.of(M.SPLIT_TWICE, name=name.strip())
        try:
            out[name.strip()] = float(ratio)
        except ValueError:
            raise IsnadError.of(M.SPLIT_UNREADABLE, part=part) from None
    return check_splits(out)


def check_status(statuses: Iterable[str]) -> tuple[str, ...]:
    unknown = [s for s in statuses if s not in STATUSES]
    if unknown:
        raise IsnadError.of(M.STATUS_UNKNOWN, status=unknown[0], known=", ".join(STATUSES))
    return tuple(statuses)


def parse_rename(pairs: Iterable[str]) -> dict:
    """['PERS=PER', 'LOC=GPE'] -> {'PERS': 'PER', 'LOC': 'GPE'}."""
    out = {}
    for pair in pairs:
        old, sep, new = pair.partition("=")
        if not sep or not old or not new:
            raise IsnadError.of(M.RENAME_UNREADABLE, pair=pair)
        out[old] = new
    return out


def select(records: Iterable[DocumentRecord | RecordRows], options: ExportOptions) -> Iterator:
    """Records cut down to the chosen layers, documents and labels, labels renamed.

    Relations whose ends were filtered out are left out too. The store's rows
    (`RecordRows`) are cut down as records would be, when `rows_selectable(options)`.
    """
    layers, labels, rename = set(options.layers), set(options.labels), options.rename
    statuses = set(options.statuses)
    if not (layers or labels or rename or statuses):
        yield from records
        return
    for rec in records:
        if type(rec) is RecordRows:
            assert rows_selectable(options)
            yield _layers_of_rows(rec, layers)
            continue
        if statuses and not any(st.status in statuses and (not layers or st.annotator in layers)
                                for st in rec.statuses):
            continue
        spans = [s for s in rec.spans
                 if (not layers or s.annotator in layers) and (not labels or s.label in labels)]
        if rename:
            spans = [s.with_(label=rename[s.label]) if s.label in rename else s for s in spans]
        kept = {s.id for s in spans}
        relations = [r for r in rec.relations
                     if r.from_id in kept and r.to_id in kept and (not layers or r.annotator in layers)]
        statuses_kept = [st for st in rec.statuses if not layers or st.annotator in layers]
        verdicts = [v for v in rec.verdicts if not layers or v.annotator in layers]
        yield replace(rec, spans=spans, relations=relations, statuses=statuses_kept, verdicts=verdicts)


def rows_selectable(options: ExportOptions) -> bool:
    """Whether `select` takes rows with these options (they choose layers at most)."""
    return not (options.statuses or options.labels or options.rename or options.splits)


def _layers_of_rows(rows: RecordRows, layers: set) -> RecordRows:
    """`select` by layer of a record's rows (fields in the model's order: a span's annotator is
    its 6th, a relation's ends its 3rd and 4th, a status's or verdict's annotator its 2nd)."""
    spans = [s for s in rows.spans if s[5] in layers]
    kept = {s[0] for s in spans}
    return rows._replace(spans=spans,
                         relations=[r for r in rows.relations if r[2] in kept and r[3] in kept and r[5] in layers],
                         statuses=[s for s in rows.statuses if s[1] in layers],
                         verdicts=[v for v in rows.verdicts if v[1] in layers])


def select_layer(rec: DocumentRecord, layer: str) -> DocumentRecord:
    """The record with only `layer`'s annotations, statuses and verdicts."""
    return next(select([rec], ExportOptions(layers=(layer,))))


def by_split(records: Iterable[DocumentRecord], splits: dict) -> dict[str, list[DocumentRecord]]:
    """Records grouped by split, in input order within each split (every split present)."""
    out: dict[str, list[DocumentRecord]] = {name: [] for name in splits}
    for rec in records:
        out[split_of(rec.document.sha256, splits)].append(rec)
    return out
