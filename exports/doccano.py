"""doccano JSONL (sequence labelling with relations), import and export.

One document per line: {"id", "text", "entities": [{"id", "label", "start_offset",
"end_offset"}], "relations": [{"id", "from_id", "to_id", "type"}]}. doccano's older
"label": [[start, end, label], ...] lines are read too. doccano has no layers, attributes or
notes: an export holds one layer (several are refused, see `Format.several_layers`), named
on each line as `isnad_annotator` (doccano keeps unknown keys as metadata), which an import
reads back; a line without it lands in the layer chosen for the import.
"""
from __future__ import annotations

import json
from typing import Iterable, Iterator

from annotator.messages import M
from annotator.model import DocumentRecord

from .common import ID, RawRelation, RawSpan, build_record, check_kind, json_lines, read_input, require
from .registry import Format, register

LAYER = "isnad_annotator"  # the line's layer, in our own exports


def write(records: Iterable[DocumentRecord], out_path: str, schema=None, options=None) -> dict:
    docs = spans = relations = 0
    with open(out_path, "w", encoding="utf-8") as f:
        for rec in records:
            ids = {s.id: n for n, s in enumerate(rec.spans, spans + 1)}
            layers = {x.annotator for x in (*rec.spans, *rec.relations)}
            named = {LAYER: layers.pop()} if len(layers) == 1 else {}
            line = {**rec.document.meta, "id": rec.document.id or rec.document.sha256, "text": rec.document.text,
                    "entities": [{"id": ids[s.id], "label": s.label, "start_offset": s.start,
                                  "end_offset": s.end} for s in rec.spans],
                    "relations": [{"id": n, "from_id": ids[r.from_id], "to_id": ids[r.to_id],
                                   "type": r.type} for n, r in enumerate(rec.relations, relations + 1)], **named}
            f.write(json.dumps(line, ensure_ascii=False))
            f.write("\n")
            docs, spans, relations = docs + 1, spans + len(rec.spans), relations + len(rec.relations)
    return {"documents": docs, "spans": spans, "relations": relations}


def read(path: str, options=None) -> Iterator[DocumentRecord]:
    path = str(path)
    decoded = read_input(path, options, "a JSONL file")
    for n, obj in json_lines(path, decoded.text):
        require(isinstance(obj, dict) and isinstance(obj.get("text"), str),
                M.DOCCANO_NO_TEXT, path, n)
        who = check_kind(obj.get(LAYER), "a string or null", LAYER, path, n) or ""
        try:
            spans = [RawSpan(e["id"], e["start_offset"], e["end_offset"], e["label"], annotator=who)
                     for e in obj.get("entities", [])]
            spans += [RawSpan(f"label{i}", s, e, lab, annotator=who)
                      for i, (s, e, lab) in enumerate(obj.get("label", []))]
            rels = [RawRelation(r["id"], r["from_id"], r["to_id"], r["type"], who) for r in obj.get("relations", [])]
        except (KeyError, TypeError, ValueError) as e:
            require(False, M.DOCCANO_MALFORMED, path, n, error=repr(e))
        _check_ids(spans, rels, path, n)
        doc_id = str(check_kind(obj["id"], ID, "the document's id", path, n)) if obj.get("id") is not None else ""
        meta = {k: v for k, v in obj.items() if k not in ("id", "text", "entities", "relations", "label", LAYER)}
        yield build_record(obj["text"], spans, rels, path, n, doc_id, meta=meta, encoding=decoded.label)


def _check_ids(spans: list[RawSpan], rels: list[RawRelation], path: str, line: int) -> None:
    """Ids are looked up in dicts: a list or object there would crash as 'unhashable'."""
    named = [("an entity's id", s.native_id) for s in spans]
    named += [(f"a relation's {field}", value) for r in rels
              for field, value in (("id", r.native_id), ("from_id", r.from_id), ("to_id", r.to_id))]
    for name, value in named:
        check_kind(value, ID, name, path, line)


FORMAT = register(Format("doccano", "doccano JSONL: entities and relations", ".jsonl", write, read,
                         several_layers="refused"))
