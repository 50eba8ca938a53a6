"""Native JSONL: one document per line, lossless (re-import gives the same project).

Input keys: {"text", "id"?, "title"?, "meta"?, "spans"?: [{"start","end","label","id"?,
"annotator"?,"attrs"?}], "relations"?: [{"from","to","type","id"?}]}. Export adds sha256,
each span's text, ids, annotators, timestamps, statuses and `offset_unit`.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from annotator.errors import IsnadError
from annotator.model import OFFSET_UNIT, Document, DocumentRecord, DocStatus, Origin, Relation, Span

from .common import read_input
from .registry import Format, register

_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def write(records: Iterable[DocumentRecord], out: Path, schema=None, options=None) -> dict:
    counts = {"documents": 0, "spans": 0, "relations": 0}
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for rec in records:
            f.write(_dumps(to_dict(rec)))
            f.write("\n")
            counts["documents"] += 1
            counts["spans"] += len(rec.spans)
            counts["relations"] += len(rec.relations)
    return counts


def to_dict(rec: DocumentRecord) -> dict:
    d, text = rec.document, rec.document.text
    return {
        "id": d.id, "sha256": d.sha256, "title": d.title, "text": text, "source": d.source,
        "meta": d.meta, "added_at": d.added_at, "offset_unit": OFFSET_UNIT,
        "spans": [{"id": s.id, "start": s.start, "end": s.end, "label": s.label, "text": text[s.start:s.end],
                   "annotator": s.annotator, "attrs": s.attrs, "note": s.note, "created": s.created,
                   "updated": s.updated} for s in rec.spans],
        "relations": [{"id": r.id, "from": r.from_id, "to": r.to_id, "type": r.type, "annotator": r.annotator,
                       "created": r.created, "updated": r.updated} for r in rec.relations],
        "statuses": [{"annotator": s.annotator, "status": s.status, "seconds": s.seconds,
                      "last_opened": s.last_opened, "updated": s.updated} for s in rec.statuses],
    }


def read(path: Path, options=None) -> Iterator[DocumentRecord]:
    text = read_input(path, options, "a JSONL file")
    lines = text.split("\n")  # not splitlines(): U+2028 and friends may sit inside JSON strings
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            last = number == len(lines) and not text.endswith("\n")
            raise IsnadError(f"line {number} is not valid JSON ({e.msg} at column {e.colno})"
                             + (" — the file looks truncated" if last else ""),
                             "fix or remove that line; each line must hold one JSON object",
                             str(path), number) from None
        yield from_dict(obj, Origin(str(path), number))


def from_dict(obj, origin: Origin) -> DocumentRecord:
    where = (origin.path, origin.line)
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        raise IsnadError("the line has no string field 'text'",
                         'each line must be an object like {"text": "...", "spans": [...]}', *where)
    text = obj["text"]
    doc = Document(id=str(obj.get("id") or ""), sha256="", text=text, title=str(obj.get("title") or ""),
                   source=str(obj.get("source") or ""), meta=_obj(obj, "meta", where),
                   added_at=str(obj.get("added_at") or ""))
    spans = [_span(s, text, where) for s in _list(obj, "spans", where)]
    relations = [_relation(r, where) for r in _list(obj, "relations", where)]
    statuses = [DocStatus("", str(s.get("annotator") or ""), str(s.get("status", "new")),
                          float(s.get("seconds") or 0), str(s.get("last_opened") or ""), str(s.get("updated") or ""))
                for s in _list(obj, "statuses", where)]
    return DocumentRecord(doc, spans, relations, statuses, origin)


def _span(s, text: str, where) -> Span:
    if not isinstance(s, dict) or not {"start", "end", "label"} <= s.keys():
        raise IsnadError(f"a span lacks start, end or label: {str(s)[:80]}",
                         'write spans as {"start": 0, "end": 4, "label": "PER"}', *where)
    start, end = s["start"], s["end"]
    given = s.get("text")
    if given is not None and isinstance(start, int) and isinstance(end, int) and text[start:end] != given:
        raise IsnadError(f"span [{start}, {end}) covers {text[start:end]!r} but its 'text' says {given!r}",
                         "offsets must be code points into 'text' (not bytes or UTF-16 units); fix them "
                         "or drop the span's 'text'", *where)
    return Span(id=str(s.get("id") or ""), doc_id="", start=start, end=end, label=str(s["label"]),
                annotator=str(s.get("annotator") or ""), attrs=_obj(s, "attrs", where),
                note=str(s.get("note") or ""), created=str(s.get("created") or ""),
                updated=str(s.get("updated") or ""))


def _relation(r, where) -> Relation:
    if not isinstance(r, dict) or not {"from", "to", "type"} <= r.keys():
        raise IsnadError(f"a relation lacks from, to or type: {str(r)[:80]}",
                         'write relations as {"from": span id, "to": span id, "type": "attributed_to"}', *where)
    return Relation(id=str(r.get("id") or ""), doc_id="", from_id=str(r["from"]), to_id=str(r["to"]),
                    type=str(r["type"]), annotator=str(r.get("annotator") or ""),
                    created=str(r.get("created") or ""), updated=str(r.get("updated") or ""))


def _list(obj: dict, key: str, where) -> list:
    value = obj.get(key) or []
    if not isinstance(value, list):
        raise IsnadError(f"'{key}' must be a list", f"write '{key}' as a JSON array", *where)
    return value


def _obj(obj: dict, key: str, where) -> dict:
    value = obj.get(key) or {}
    if not isinstance(value, dict):
        raise IsnadError(f"'{key}' must be an object", f"write '{key}' as a JSON object", *where)
    return value


register(Format("jsonl", "Isnad native JSONL (lossless)", ".jsonl", write=write, read=read))
