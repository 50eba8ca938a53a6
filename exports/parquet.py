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

from annotator.model import DocumentRecord
from annotator.perf import gc_paused

from .registry import Format, register

SPAN_FIELDS = ("id", "start", "end", "label", "annotator", "text", "attrs", "note")
RELATION_FIELDS = ("id", "from_id", "to_id", "type", "annotator")


def _schema():
    import pyarrow as pa
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
    import pyarrow as pa
    import pyarrow.parquet as pq

    table_schema = _schema()
    docs: list = []
    spans: list = []  # (span, its document's text), flat
    rels: list = []
    stats: list = []
    offsets = {"spans": [0], "relations": [0], "statuses": [0]}
    for rec in records:
        docs.append(rec.document)
        text = rec.document.text
        spans += [(s, text) for s in rec.spans]
        rels += rec.relations
        stats += rec.statuses
        offsets["spans"].append(len(spans))
        offsets["relations"].append(len(rels))
        offsets["statuses"].append(len(stats))
    columns = [pa.array(_column(docs, f.name), type=f.type) for f in table_schema
               if f.name not in offsets]
    nested = {"spans": {name: _span_column(spans, name) for name in SPAN_FIELDS},
              "relations": {name: [getattr(r, name) for r in rels] for name in RELATION_FIELDS},
              "statuses": {name: [getattr(st, name) for st in stats] for name in ("annotator", "status")}}
    columns += [_nested(pa, offsets[name], nested[name], table_schema.field(name).type.value_type)
                for name in ("spans", "relations", "statuses")]
    pq.write_table(pa.Table.from_arrays(columns, schema=table_schema), out_path)
    return {"documents": len(docs), "spans": len(spans), "relations": len(rels)}


def _column(docs, name: str) -> list:
    if name == "meta":
        return [json.dumps(d.meta, ensure_ascii=False) for d in docs]
    return [getattr(d, name) for d in docs]


def _span_column(spans, name: str) -> list:
    if name == "text":
        return [text[s.start:s.end] for s, text in spans]
    if name == "attrs":
        return [json.dumps(s.attrs, ensure_ascii=False) if s.attrs else "{}" for s, _ in spans]
    return [getattr(s, name) for s, _ in spans]


FORMAT = register(Format("parquet", "Parquet for Hugging Face datasets: one row per document",
                         ".parquet", write))
