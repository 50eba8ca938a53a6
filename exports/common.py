"""Helpers every format shares: building checked records from raw offsets, JSON input with
line numbers, stable ids for imported annotations, picking non-overlapping entities."""
from __future__ import annotations

import json
import re
import uuid
from bisect import bisect_left
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from annotator.errors import IsnadError
from annotator.model import Document, DocumentRecord, Origin, Relation, Span
from annotator.text import check_text, decode_bytes, normalise, remap, sha256_of

_NAMESPACE = uuid.UUID("6b1f6c1e-3d0a-4c55-9a43-1a5b7f0e2d11")


def stable_id(sha256: str, kind: str, native_id) -> str:
    """A span/relation id that is the same every time the same file is imported (idempotence)
    and unique across documents (formats like brat number T1, T2... per file)."""
    return str(uuid.uuid5(_NAMESPACE, f"{sha256}/{kind}/{native_id}"))


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
    def fail(what, todo, native_id=None):
        raise IsnadError(what, todo, path, where(native_id) if where and native_id is not None else line)

    if not isinstance(text, str):
        fail("the document has no text", "give every document a text string")
    check_text(text, path, line)
    original = text
    text, removed = normalise(text)
    sha = sha256_of(text)
    out_spans, ids = [], {}
    for s in spans:
        if not (is_int(s.start) and is_int(s.end)):
            shown = json.dumps([s.start, s.end], ensure_ascii=False, default=repr)[1:-1][:80]
            fail(f"span {s.native_id} has offsets {shown}, which are not both integers",
                 "offsets are integers counting code points (not true/false, strings or null)", s.native_id)
        if not 0 <= s.start < s.end <= len(original):
            fail(f"span {s.native_id} [{s.start}, {s.end}) lies outside the text of "
                 f"{len(original)} characters or is empty",
                 "fix the offsets: 0 <= start < end <= text length, in code points", s.native_id)
        if s.text is not None and original[s.start:s.end] != s.text:
            fail(f"span {s.native_id} says {s.text!r} but the text at [{s.start}, {s.end}) is "
                 f"{original[s.start:s.end]!r}",
                 "the offsets must count Unicode code points of this very text; fix the file", s.native_id)
        if not KINDS["a non-empty string"](s.label):
            fail(f"span {s.native_id}: the label must be a non-empty string, not {_json_kind(s.label)}",
                 "give every span a label such as \"PER\"", s.native_id)
        sid = stable_id(sha, "span", s.native_id)
        ids[s.native_id] = sid
        start, end = (remap(s.start, removed), remap(s.end, removed)) if removed else (s.start, s.end)
        out_spans.append(Span(sid, doc_id, start, end, s.label, s.annotator or "",
                              dict(s.attrs), s.note))
    out_rels = []
    for r in relations:
        if not KINDS["a non-empty string"](r.type):
            fail(f"relation {r.native_id}: the type must be a non-empty string, not {_json_kind(r.type)}",
                 "give every relation a type such as \"attributed_to\"", r.native_id)
        missing = [x for x in (r.from_id, r.to_id) if x not in ids]
        if missing:
            fail(f"relation {r.native_id} points to span {missing[0]}, which does not exist",
                 "link only spans defined in the same document", r.native_id)
        out_rels.append(Relation(stable_id(sha, "relation", r.native_id), doc_id, ids[r.from_id],
                                 ids[r.to_id], r.type, r.annotator or ""))
    doc = Document(doc_id, sha, text, title, meta=dict(meta or {}))
    return DocumentRecord(doc, out_spans, out_rels, [], Origin(path, line, file_ids=True))


def read_input(path, options=None, kind: str = "file") -> str:
    """The text of an input file, decoded like every import (BOM, else UTF-8, else
    --encoding), with a user's error instead of a traceback for folders and unreadable files."""
    path = str(path)
    if Path(path).is_dir():
        raise IsnadError("this is a folder, not a file", f"give the path of {kind}", path)
    try:
        data = Path(path).read_bytes()
    except OSError as e:
        raise IsnadError(f"cannot read the file ({e.strerror or e})",
                         "check that it exists and that you may read it", path) from None
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
                raise IsnadError(f"invalid JSON ({e.msg}, column {e.colno})",
                                 "fix this line; each line must be one JSON object", path, n) from None


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
            raise IsnadError("this is not a JSON array of tasks", "export tasks as JSON from the tool",
                             path, lines.at(pos))
    except json.JSONDecodeError as e:
        raise IsnadError(f"invalid JSON ({e.msg}, column {e.colno})", "fix the JSON syntax",
                         path, e.lineno) from None
    extra = _skip_space(data, end)
    if extra < len(data):
        raise IsnadError("more JSON follows the end of the tasks (several values in one file?)",
                         "keep one JSON array of tasks per file: join the arrays or remove the extra text",
                         path, lines.at(extra))


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
        raise IsnadError(f"{name} must be {kind}, not {_json_kind(value)}",
                         f"write {name} as {kind}", path, line)
    return value


def _json_kind(value) -> str:
    if value is None or isinstance(value, bool):
        return json.dumps(value)
    if isinstance(value, str):
        return "an empty string" if not value else f"the string {value[:40]!r}"
    names = ((int, "the number"), (float, "the number"), (list, "a list"), (dict, "an object"))
    kind = next((n for t, n in names if isinstance(value, t)), type(value).__name__)
    return f"{kind} {json.dumps(value, ensure_ascii=False)[:40]}"


def require(cond: bool, what: str, todo: str, path: str, line: int | None) -> None:
    if not cond:
        raise IsnadError(what, todo, path, line)


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
