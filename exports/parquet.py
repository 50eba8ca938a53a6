"""Parquet for Hugging Face `datasets`, export only: one row per document.

Columns: id, sha256, title, source, text, meta (JSON), spans (list of {id, start, end,
label, annotator, text, attrs (JSON), note}), relations (list of {id, from_id, to_id, type,
annotator}), statuses (list of {annotator, status}). Offsets are code points; attributes
and meta are JSON strings because their keys vary. Load with
`datasets.load_dataset("parquet", data_files={"train": "train.parquet", ...})`.
"""
from __future__ import annotations

import json
from typing import Iterable

from annotator.extras import LEAD, require
from annotator.model import DocumentRecord
from annotator.perf import gc_paused

from .registry import Format, register

RELATION_FIELDS = ("id", "from_id", "to_id", "type", "annotator")


def _pyarrow():
    return require("pyarrow", LEAD, "the Parquet export")


def _schema():
    pa = _pyarrow()
    s = pa.string()
    span = pa.struct([("id", s), ("start", pa.int32()), ("end", pa.int32()), ("label", s),
                      ("annotator", s), ("text", s), ("attrs", s), ("note", s)])
    relation = pa.struct([(name, s) for name in RELATION_FIELDS])
    status = pa.struct([("annotator", s), ("status", s)])
    return pa.schema([("id", s), ("sha256", s), ("title", s), ("source", s), ("text", s), ("meta", s),
                      ("spans", pa.list_(span)), ("relations", pa.list_(relation)),
                      ("statuses", pa.list_(status))])


def _nested(pa, offsets, columns: dict, struct_type):
    values = pa.StructArray.from_arrays(
        [pa.array(columns[f.name], type=f.type) for f in struct_type], fields=list(struct_type))
    return pa.ListArray.from_arrays(pa.array(offsets, type=pa.int32()), values)


def write(records: Iterable[DocumentRecord], out_path: str, schema=None, options=None) -> dict:
    with gc_paused():  # many short-lived objects next to the many long-lived records
        return _write(records, out_path, options)


def _write(records: Iterable[DocumentRecord], out_path: str, options) -> dict:
    pa, pq = _pyarrow(), require("pyarrow.parquet", LEAD, "the Parquet export")

    table_schema = _schema()
    docs, spans, texts, rels, stats = [], [], [], [], []
    offsets = {"spans": [0], "relations": [0], "statuses": [0]}
    for rec in records:
        docs.append(rec.document)
        text = rec.document.text
        spans += rec.spans
        texts += [text[s.start:s.end] for s in rec.spans]
        rels += rec.relations
        stats += rec.statuses
        offsets["spans"].append(len(spans))
        offsets["relations"].append(len(rels))
        offsets["statuses"].append(len(stats))
    dumps = json.dumps
    flat = {"id": [d.id for d in docs], "sha256": [d.sha256 for d in docs], "title": [d.title for d in docs],
            "source": [d.source for d in docs], "text": [d.text for d in docs],
            "meta": [dumps(d.meta, ensure_ascii=False) for d in docs]}
    nested = {
        "spans": {"id": [s.id for s in spans], "start": [s.start for s in spans], "end": [s.end for s in spans],
                  "label": [s.label for s in spans], "annotator": [s.annotator for s in spans], "text": texts,
                  "attrs": [dumps(s.attrs, ensure_ascii=False) if s.attrs else "{}" for s in spans],
                  "note": [s.note for s in spans]},
        "relations": {"id": [r.id for r in rels], "from_id": [r.from_id for r in rels],
                      "to_id": [r.to_id for r in rels], "type": [r.type for r in rels],
                      "annotator": [r.annotator for r in rels]},
        "statuses": {"annotator": [st.annotator for st in stats], "status": [st.status for st in stats]}}
    columns = [_nested(pa, offsets[f.name], nested[f.name], f.type.value_type) if f.name in nested
               else pa.array(flat[f.name], type=f.type) for f in table_schema]  # by name, in schema order
    pq.write_table(pa.Table.from_arrays(columns, schema=table_schema), out_path)
    return {"documents": len(docs), "spans": len(spans), "relations": len(rels)}


FORMAT = register(Format("parquet", "Parquet for Hugging Face datasets: one row per document",
                         ".parquet", write))
