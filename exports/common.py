"""Helpers every format shares: building checked records from raw offsets, JSON input with
line numbers, stable ids for imported annotations, picking non-overlapping entities."""
from __future__ import annotations

import hashlib
import json
import re
import uuid
from bisect import bisect_left
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from annotator.errors import IsnadError
from annotator.messages import M
from annotator.model import Document, DocumentRecord, Origin, Relation, Span
from annotator.text import check_text, decode_bytes, normalise, remap, sha256_of

_NAMESPACE = uuid.UUID("6b1f6c1e-3d0a-4c55-9a43-1a5b7f0e2d11")


NAME_BYTES = 255  # the longest file name ext4, XFS, btrfs, APFS and NTFS take (in UTF-8 bytes)
_UNSAFE = re.compile(r"[^\w.-]+")


def file_name(name: str, suffix: str = "", fallback: str = "") -> str:
    """A safe file name for `name` (a document id, a layer): letters (Arabic too), digits, `.`,
    `-` and `_` kept, anything else `_`; too long for the file system with `suffix` (and room
    for a `-N` that tells apart two names), it is cut and given a hash of the whole `name`,
    so the same id gives the same name every time."""
    base = _UNSAFE.sub("_", name).strip("._") or fallback
    room = NAME_BYTES - len(suffix.encode()) - 8  # "-NNNNNNN" if two names come out the same
    if len(base.encode()) > room:
        digest = hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()[:16]
        cut = base.encode()[:room - len(digest) - 1].decode("utf-8", "ignore")
        base = f"{cut}-{digest}"
    return base


def json_error(e: json.JSONDecodeError) -> str:
    """json's message without its own trailing " at" ("Unterminated string starting at"),
    which our messages follow with "at column N"."""
    return e.msg.removesuffix(" at")


def stable_id(sha256: str, kind: str, content) -> str:
    """A span/relation id made of what it is: the document's SHA-256 and the annotation's
    content (offsets and label; a relation's ends and type). The importer adds the layer. So
    importing a file again, or importing back what Isnad exported, adds nothing, whatever
    numbers (brat T1, doccano 1, 2...) the file gave, and ids are unique across documents."""
    return str(uuid.uuid5(_NAMESPACE, f"{sha256}/{kind}/{content}"))


@dataclass
class RawSpan:
    native_id: object
    start: int
    end: int
    label: str
    text: str | None = None  # the span text the file states, checked against the offsets
    attrs: dict = field(default_factory=dict)
    note: str = ""
    annotator: str | None = None


@dataclass
class RawRelation:
    native_id: object
    from_id: object
    to_id: object
    type: str
    annotator: str | None = None


def build_record(text: str, spans: list[RawSpan], relations: list[RawRelation], path: str,
                 line: int | None, doc_id: str = "", title: str = "",
                 meta: dict | None = None, where=None) -> DocumentRecord:
    """Check raw annotations against the text and turn them into a DocumentRecord.

    `where(native_id) -> line` may point errors at a finer line than the document's.
    Text is normalised (BOM, CRLF) as on any import, offsets moved with it. Annotations
    whose file names no annotator get "" (the importer puts them in the chosen layer).
    """
    def fail(message, native_id=None, **params):
        raise IsnadError.of(message, path, where(native_id) if where and native_id is not None else line, **params)

    if not isinstance(text, str):
        fail(M.DOCUMENT_NO_TEXT)
    check_text(text, path, line)
    original = text
    text, removed = normalise(text)
    sha = sha256_of(text)
    out_spans, ids = [], {}
    for s in spans:
        if not (is_int(s.start) and is_int(s.end)):
            shown = json.dumps([s.start, s.end], ensure_ascii=False, default=repr)[1:-1][:80]
            fail(M.OFFSETS_NOT_BOTH_INTEGERS, s.native_id, span=s.native_id, offsets=shown)
        if not 0 <= s.start < s.end <= len(original):
            fail(M.SPAN_OUTSIDE, s.native_id, span=s.native_id, start=s.start, end=s.end, length=len(original))
        if s.text is not None and original[s.start:s.end] != s.text:
            fail(M.SPAN_TEXT_DIFFERS, s.native_id, span=s.native_id, given=repr(s.text), start=s.start, end=s.end,
                 covered=repr(original[s.start:s.end]))
        if not KINDS["a non-empty string"](s.label):
            fail(M.SPAN_LABEL_NOT_STRING, s.native_id, span=s.native_id, actual=_json_kind(s.label))
        start, end = (remap(s.start, removed), remap(s.end, removed)) if removed else (s.start, s.end)
        sid = stable_id(sha, "span", f"{s.annotator or ''}:{start}:{end}:{s.label}")
        if ids.setdefault(s.native_id, sid) != sid:
            fail(M.SPAN_ID_TWICE, s.native_id, span_id=s.native_id)
        out_spans.append(Span(sid, doc_id, start, end, s.label, s.annotator or "",
                              dict(s.attrs), s.note))
    out_rels = []
    for r in relations:
        if not KINDS["a non-empty string"](r.type):
            fail(M.RELATION_TYPE_NOT_STRING, r.native_id, relation=r.native_id, actual=_json_kind(r.type))
        missing = [x for x in (r.from_id, r.to_id) if x not in ids]
        if missing:
            fail(M.RELATION_END_UNKNOWN, r.native_id, relation=r.native_id, span=missing[0])
        from_id, to_id = ids[r.from_id], ids[r.to_id]
        rid = stable_id(sha, "relation", f"{r.annotator or ''}:{from_id}>{to_id}:{r.type}")
        out_rels.append(Relation(rid, doc_id, from_id, to_id, r.type, r.annotator or ""))
    doc = Document(doc_id, sha, text, title, meta=dict(meta or {}))
    return DocumentRecord(doc, out_spans, out_rels, [], Origin(path, line, file_ids=True))


def read_input(path, options=None, kind: str = "file") -> str:
    """The text of an input file, decoded like every import (BOM, else UTF-8, else
    --encoding), with a user's error instead of a traceback for folders and unreadable files."""
    path = str(path)
    if Path(path).is_dir():
        raise IsnadError.of(M.INPUT_IS_FOLDER, path, kind=kind)
    try:
        data = Path(path).read_bytes()
    except OSError as e:
        raise IsnadError.of(M.INPUT_UNREADABLE, path, reason=e.strerror or str(e)) from None
    text = decode_bytes(data, path, getattr(options, "encoding", None))
    return text.removeprefix("\ufeff")  # a BOM left by an explicit --encoding utf-8 is no JSON


def split_lines(text: str) -> list[str]:
    """Lines at CR, LF or CRLF only: U+2028 and friends may sit raw inside JSON strings."""
    return _LINE_END.split(text)


_LINE_END = re.compile(r"\r\n|\r|\n")


def json_lines(path, options=None) -> Iterator[tuple[int, object]]:
    """(line number, object) for each non-blank line of a JSONL file."""
    path = str(path)
    for n, line in enumerate(split_lines(read_input(path, options, "a JSONL file")), 1):
        if line.strip():
            try:
                yield n, json.loads(line)
            except json.JSONDecodeError as e:
                raise IsnadError.of(M.JSON_LINE_INVALID, path, n, error=json_error(e), column=e.colno) from None


def json_array(path, options=None) -> Iterator[tuple[int, object]]:
    """(line number, item) for each item of a JSON array file (or the one object it holds).
    Anything after that one value is an error: silently importing half a file is worse."""
    path = str(path)
    data = read_input(path, options, "a JSON file")
    decoder = json.JSONDecoder()
    lines = _LineCounter(data)
    pos = _skip_space(data, 0)
    try:
        if data.startswith("{", pos):
            item, end = decoder.raw_decode(data, pos)
            yield lines.at(pos), item
        elif data.startswith("[", pos):
            end = yield from _array_items(data, pos, decoder, lines)
        else:
            raise IsnadError.of(M.NOT_A_TASK_ARRAY, path, lines.at(pos))
    except json.JSONDecodeError as e:
        raise IsnadError.of(M.JSON_INVALID, path, e.lineno, error=json_error(e), column=e.colno) from None
    extra = _skip_space(data, end)
    if extra < len(data):
        raise IsnadError.of(M.JSON_AFTER_TASKS, path, lines.at(extra))


def _array_items(data: str, pos: int, decoder, lines) -> Iterator[tuple[int, object]]:
    """Yield the items of the array opening at `pos`; return the position after its `]`."""
    pos = _skip_space(data, pos + 1)
    while not data.startswith("]", pos):
        item, end = decoder.raw_decode(data, pos)
        yield lines.at(pos), item
        pos = _skip_space(data, end)
        if data.startswith(",", pos):
            pos = _skip_space(data, pos + 1)
        elif not data.startswith("]", pos):
            raise json.JSONDecodeError("expected ',' or ']'", data, pos)
    return pos + 1


class _LineCounter:
    """Line numbers of increasing positions, counted incrementally (not from 0 each time)."""

    def __init__(self, data: str):
        self.data, self.pos, self.line = data, 0, 1

    def at(self, pos: int) -> int:
        self.line += self.data.count("\n", self.pos, pos)
        self.pos = pos
        return self.line


def _skip_space(data: str, pos: int) -> int:
    while pos < len(data) and data[pos] in " \t\r\n":
        pos += 1
    return pos


def is_int(value) -> bool:
    """A JSON integer: bool is an int subclass in Python, but true/false are no offsets."""
    return isinstance(value, int) and not isinstance(value, bool)


ID = "a string or an integer"  # what every format's ids may be

# What the readers accept where they store a value as text, an id, a number... (JSON kinds)
KINDS = {
    "a string": lambda v: isinstance(v, str),
    "a non-empty string": lambda v: isinstance(v, str) and v != "",
    "a string or null": lambda v: v is None or isinstance(v, str),
    "a string or an integer": lambda v: isinstance(v, str) or is_int(v),
    "a number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "an integer": is_int,
    "an object": lambda v: isinstance(v, dict),
}


def check_kind(value, kind: str, name: str, path: str, line: int | None):
    """`value` if it is `kind` (a key of KINDS); else an error naming the field and what it holds.
    A wrong type caught here would otherwise be stored as its repr or crash later."""
    if not KINDS[kind](value):
        raise IsnadError.of(M.FIELD_KIND, path, line, name=name, kind=kind, actual=_json_kind(value))
    return value


def _json_kind(value) -> str:
    if value is None or isinstance(value, bool):
        return json.dumps(value)
    if isinstance(value, str):
        return "an empty string" if not value else f"the string {value[:40]!r}"
    names = ((int, "the number"), (float, "the number"), (list, "a list"), (dict, "an object"))
    kind = next((n for t, n in names if isinstance(value, t)), type(value).__name__)
    return f"{kind} {json.dumps(value, ensure_ascii=False)[:40]}"


def require(cond: bool, message, path: str, line: int | None, **params) -> None:
    """Raise the error `message` (a messages.M entry) unless `cond`."""
    if not cond:
        raise IsnadError.of(message, path, line, **params)


def non_overlapping(spans: list[Span]) -> tuple[list[Span], list[Span]]:
    """(kept, dropped): longest spans first, then earliest, like spaCy's filter_spans."""
    ordered = sorted(spans, key=lambda s: (s.start - s.end, s.start, s.label))
    starts: list[int] = []  # kept spans, sorted by start (they never overlap each other)
    ends: list[int] = []
    kept, dropped = [], []
    for s in ordered:
        i = bisect_left(starts, s.start)
        if (i < len(starts) and starts[i] < s.end) or (i > 0 and ends[i - 1] > s.start):
            dropped.append(s)
            continue
        starts.insert(i, s.start)
        ends.insert(i, s.end)
        kept.append(s)
    kept.sort(key=lambda s: s.start)
    return kept, dropped
