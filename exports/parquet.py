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
    docs = {k: [] for k in ("id", "sha256", "title", "source", "text", "meta")}
    spans = {k: [] for k in SPAN_FIELDS}
    rels = {k: [] for k in RELATION_FIELDS}
    stats = {"annotator": [], "status": []}
    offsets = {"spans": [0], "relations": [0], "statuses": [0]}
    dumps = json.dumps
    for rec in records:
        d = rec.document
        text = d.text
        for key, value in (("id", d.id), ("sha256", d.sha256), ("title", d.title), ("source", d.source),
                           ("text", text), ("meta", dumps(d.meta, ensure_ascii=False))):
            docs[key].append(value)
        for s in rec.spans:
            spans["id"].append(s.id)
            spans["start"].append(s.start)
            spans["end"].append(s.end)
            spans["label"].append(s.label)
            spans["annotator"].append(s.annotator)
            spans["text"].append(text[s.start:s.end])
            spans["attrs"].append(dumps(s.attrs, ensure_ascii=False) if s.attrs else "{}")
            spans["note"].append(s.note)
        for r in rec.relations:
            for name in RELATION_FIELDS:
                rels[name].append(getattr(r, name))
        for st in rec.statuses:
            stats["annotator"].append(st.annotator)
            stats["status"].append(st.status)
        offsets["spans"].append(len(spans["id"]))
        offsets["relations"].append(len(rels["id"]))
        offsets["statuses"].append(len(stats["status"]))
    columns = [pa.array(docs[f.name], type=f.type) for f in table_schema if f.name in docs]
    columns += [_nested(pa, offsets[name], data, table_schema.field(name).type.value_type)
                for name, data in (("spans", spans), ("relations", rels), ("statuses", stats))]
    pq.write_table(pa.Table.from_arrays(columns, schema=table_schema), out_path)
    return {"documents": len(docs["id"]), "spans": len(spans["id"]), "relations": len(rels["id"])}


FORMAT = register(Format("parquet", "Parquet for Hugging Face datasets: one row per document",
                         ".parquet", write))
