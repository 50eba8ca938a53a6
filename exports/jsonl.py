"""Native JSONL: one document per line, lossless (re-import gives the same project).

Input keys: {"text", "id"?, "title"?, "meta"?, "spans"?: [{"start","end","label","id"?,
"annotator"?,"attrs"?}], "relations"?: [{"from","to","type","id"?}]}. Export adds sha256,
each span's text, ids, annotators, timestamps, statuses, verdicts on suggestions
({"annotator","key","label","text","verdict","updated"}) and `offset_unit`.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import orjson

from annotator.errors import IsnadError
from annotator.messages import M
from annotator.model import (OFFSET_UNIT, VERDICTS, Document, DocumentRecord, DocStatus, Origin, RecordRows, Relation,
                             Span, Verdict)

from .common import ID, check_kind, input_lines, json_error, load_json, quick_json
from .registry import Format, register

MAX_SECONDS = 10 ** 9  # time spent on one document: 31 years
_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def write(records: Iterable[DocumentRecord | RecordRows], out: Path, schema=None, options=None) -> dict:
    """A line per record; the store's rows (`Project.record_rows`) are written as they are."""
    with open(out, "wb") as f:
        documents = spans = relations = 0
        for rec in records:
            rows = rec if type(rec) is RecordRows else RecordRows.of(rec)
            f.write(line(rows))
            documents, spans, relations = documents + 1, spans + len(rows.spans), relations + len(rows.relations)
    return {"documents": documents, "spans": spans, "relations": relations}


def line(rows: RecordRows) -> bytes:
    """A document's line, ending in a newline: the bytes of `json.dumps(..., ensure_ascii=False,
    separators=(",", ":"))` (the format's own since the first release), made by orjson, which
    writes the same for strings, integers, lists and objects but not for every float: floats
    (a status's seconds, any in meta or attrs) are json's text, passed as Fragments."""
    try:
        return orjson.dumps(_document(rows, _exact), option=orjson.OPT_APPEND_NEWLINE)
    except orjson.JSONEncodeError:  # what json refuses too (bytes in a crafted file) or writes (a huge integer)
        return (_dumps(_document(rows, _same)) + "\n").encode("utf-8")


def _document(rows: RecordRows, exact) -> dict:
    """The object of a line; `exact(value)` for values that may hold floats."""
    doc_id, sha256, text, title, source, meta, added_at = rows.document
    return {"id": doc_id, "sha256": sha256, "title": title, "text": text, "source": source,
            "meta": meta and exact(meta), "added_at": added_at, "offset_unit": OFFSET_UNIT,
            "spans": [{"id": i, "start": a, "end": b, "label": label, "text": text[a:b], "annotator": who,
                       "attrs": attrs and exact(attrs), "note": note, "created": made, "updated": changed}
                      for i, _, a, b, label, who, attrs, note, made, changed in rows.spans],
            "relations": [{"id": i, "from": a, "to": b, "type": kind, "annotator": who, "created": made,
                           "updated": changed} for i, _, a, b, kind, who, made, changed in rows.relations],
            "statuses": [{"annotator": who, "status": status, "seconds": exact(seconds), "last_opened": opened,
                          "updated": changed} for _, who, status, seconds, opened, changed in rows.statuses],
            "verdicts": [{"annotator": who, "key": key, "label": label, "text": said, "verdict": verdict,
                          "updated": changed} for _, who, key, label, said, verdict, changed in rows.verdicts]}


def _exact(value) -> orjson.Fragment:
    return orjson.Fragment(_dumps(value))


def _same(value):
    return value


def read(path: Path, options=None) -> Iterator[DocumentRecord]:
    """Records a line at a time (a UTF-8 file is never held whole: exports.common.input_lines)."""
    how, lines = input_lines(path, options, "a JSONL file", raw=True)
    for number, line, unterminated in lines:
        obj = quick_json(line) if type(line) is bytes else None
        if obj is None:
            line = line.decode("utf-8") if type(line) is bytes else line
            if not line.strip():
                continue
            try:
                obj = load_json(line, str(path), number, whole=True)[0]
            except json.JSONDecodeError as e:
                raise IsnadError.of(M.JSONL_LINE_TRUNCATED if unterminated else M.JSONL_LINE_INVALID, str(path),
                                    number, number=number, error=json_error(e), column=e.colno) from None
        yield from_dict(obj, Origin(str(path), number, encoding=how))


def from_dict(obj, origin: Origin) -> DocumentRecord:
    where = (origin.path, origin.line)
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        raise IsnadError.of(M.JSONL_NO_TEXT, *where)
    _refuse_doccano(obj, where)
    text = obj["text"]
    doc = Document(id=_id(obj, "id", "the document's id", where), sha256="", text=text,
                   title=_str(obj, "title", where), source=_str(obj, "source", where),
                   meta=_obj(obj, "meta", where), added_at=_str(obj, "added_at", where))
    spans = [_span(s, text, where) for s in _list(obj, "spans", where)]
    relations = [_relation(r, where) for r in _list(obj, "relations", where)]
    statuses = [_status(s, where) for s in _list(obj, "statuses", where)]
    verdicts = [_verdict(v, where) for v in _list(obj, "verdicts", where)]
    return DocumentRecord(doc, spans, relations, statuses, origin, verdicts)




def _refuse_doccano(obj: dict, where) -> None:
    """doccano rows share 'text' with ours: read as native JSONL they would import with no
    spans and no error, so a row with doccano's keys and none of ours is refused."""
    if "spans" not in obj and ("entities" in obj or isinstance(obj.get("label"), list)):
        raise IsnadError.of(M.JSONL_LOOKS_DOCCANO, *where)


def _span(s, text: str, where) -> Span:
    if type(s) is not dict or "start" not in s or "end" not in s or "label" not in s:
        if not isinstance(s, dict) or not {"start", "end", "label"} <= s.keys():
            raise IsnadError.of(M.JSONL_SPAN_FIELDS, *where, span=str(s)[:80])
    start, end, label = s["start"], s["end"], s["label"]
    if type(start) is not int or type(end) is not int:  # fast paths first: most spans are fine
        start = check_kind(start, "an integer", "a span's start", *where)
        end = check_kind(end, "an integer", "a span's end", *where)
    if type(label) is not str or not label:
        check_kind(label, "a non-empty string", "a span's label", *where)
    given = s.get("text")
    if given is not None and text[start:end] != given:
        raise IsnadError.of(M.JSONL_SPAN_TEXT_DIFFERS, *where, start=start, end=end, covered=repr(text[start:end]),
                            given=repr(given))
    span_id, annotator, note, created, updated, attrs = (s.get("id"), s.get("annotator"), s.get("note"),
                                                         s.get("created"), s.get("updated"), s.get("attrs"))
    if type(span_id) is not str:
        span_id = _id(s, "id", "a span's id", where)
    if (annotator is None or type(annotator) is str) and (note is None or type(note) is str) and \
            (created is None or type(created) is str) and (updated is None or type(updated) is str):
        annotator, note, created, updated = annotator or "", note or "", created or "", updated or ""
    else:
        annotator, note, created, updated = (_str(s, key, where, "a span's")
                                             for key in ("annotator", "note", "created", "updated"))
    if attrs is None:
        attrs = {}
    elif type(attrs) is not dict:
        attrs = _obj(s, "attrs", where)
    return Span(span_id, "", start, end, label, annotator, attrs, note, created, updated)


def _relation(r, where) -> Relation:
    if type(r) is not dict or "from" not in r or "to" not in r or "type" not in r:
        if not isinstance(r, dict) or not {"from", "to", "type"} <= r.keys():
            doccano = isinstance(r, dict) and {"from_id", "to_id"} & r.keys()
            raise IsnadError.of(M.JSONL_RELATION_DOCCANO if doccano else M.JSONL_RELATION_FIELDS, *where,
                                relation=str(r)[:80])
    from_id, to_id, kind = r["from"], r["to"], r["type"]
    if type(from_id) is not str or not from_id or type(to_id) is not str or not to_id:  # fast path: plain ids
        from_id = str(check_kind(from_id, ID, "a relation's 'from'", *where))
        to_id = str(check_kind(to_id, ID, "a relation's 'to'", *where))
    if type(kind) is not str or not kind:
        check_kind(kind, "a non-empty string", "a relation's type", *where)
    rel_id, annotator, created, updated = r.get("id"), r.get("annotator"), r.get("created"), r.get("updated")
    if type(rel_id) is not str:
        rel_id = _id(r, "id", "a relation's id", where)
    if (annotator is None or type(annotator) is str) and (created is None or type(created) is str) and \
            (updated is None or type(updated) is str):
        annotator, created, updated = annotator or "", created or "", updated or ""
    else:
        annotator, created, updated = (_str(r, key, where, "a relation's") for key in ("annotator", "created", "updated"))
    return Relation(rel_id, "", from_id, to_id, kind, annotator, created, updated)


def _status(s, where) -> DocStatus:
    check_kind(s, "an object", "each entry of 'statuses'", *where)
    seconds = s.get("seconds")
    seconds = 0 if seconds is None else check_kind(seconds, "a number", "a status's 'seconds'", *where)
    if not 0 <= seconds <= MAX_SECONDS:  # also keeps a 400-digit integer from overflowing float()
        raise IsnadError.of(M.SECONDS_OUT_OF_RANGE, *where, number=str(seconds)[:40], limit=MAX_SECONDS)
    return DocStatus("", _str(s, "annotator", where, "a status's"),
                     check_kind(s.get("status", "new"), "a string", "a status's 'status'", *where),
                     float(seconds), _str(s, "last_opened", where, "a status's"),
                     _str(s, "updated", where, "a status's"))


def _verdict(v, where) -> Verdict:
    check_kind(v, "an object", "each entry of 'verdicts'", *where)
    verdict = v.get("verdict")
    if verdict not in VERDICTS:
        raise IsnadError.of(M.VERDICT_VALUE, *where, allowed=" or ".join(VERDICTS), actual=repr(str(verdict)[:40]))
    return Verdict("", _str(v, "annotator", where, "a verdict's"),
                   check_kind(v.get("key"), "a non-empty string", "a verdict's 'key'", *where),
                   check_kind(v.get("label"), "a non-empty string", "a verdict's 'label'", *where),
                   _str(v, "text", where, "a verdict's"), verdict, _str(v, "updated", where, "a verdict's"))


def _str(obj: dict, key: str, where, whose: str = "") -> str:
    """An optional text field: a string, or absent/null for "" (never a list's repr)."""
    value = obj.get(key)
    if value is None or type(value) is str:  # the common case, checked without building a name
        return value or ""
    return check_kind(value, "a string or null", f"{whose} '{key}'" if whose else f"'{key}'", *where)


def _id(obj: dict, key: str, name: str, where) -> str:
    """An optional id: a string or an integer (absent/null/0 for "", as before)."""
    value = obj.get(key)
    if value is None or type(value) is str:
        return value or ""
    return str(check_kind(value, ID, name, *where) or "")


def _list(obj: dict, key: str, where) -> list:
    value = obj.get(key) or []
    if not isinstance(value, list):
        raise IsnadError.of(M.JSONL_NOT_A_LIST, *where, key=key)
    return value


def _obj(obj: dict, key: str, where) -> dict:
    value = obj.get(key) or {}
    if not isinstance(value, dict):
        raise IsnadError.of(M.JSONL_NOT_AN_OBJECT, *where, key=key)
    return value


register(Format("jsonl", "Isnad native JSONL (lossless)", ".jsonl", write=write, read=read, rows=True))
