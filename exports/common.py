"""Helpers every format shares: plain records of a file's own annotations, JSON input with
line numbers (checked as hostile input), safe file names, picking non-overlapping entities."""
from __future__ import annotations

import codecs
import hashlib
import json
import math
import os
import re
import sys
from bisect import bisect_left
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import orjson

from annotator.encodings import BOMS, Decoded, decode_file, may_be_mojibake
from annotator.errors import IsnadError
from annotator.messages import M
from annotator.model import Document, DocumentRecord, Origin, Relation, Span


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
                 meta: dict | None = None, where=None, encoding: str = "") -> DocumentRecord:
    """A plain record of what a file numbers itself: kinds checked and the span text a file
    quotes compared with its offsets, nothing more. The importer alone normalises the text,
    checks offsets and relation ends and gives the ids (annotator.importing).

    `where(native_id) -> line` may point errors at a finer line than the document's.
    Annotations whose file names no annotator get "" (the importer puts them in the chosen layer).
    """
    def fail(message, native_id=None, **params):
        raise IsnadError.of(message, path, where(native_id) if where and native_id is not None else line, **params)

    if not isinstance(text, str):
        fail(M.DOCUMENT_NO_TEXT)
    out_spans, lines, seen = [], {}, {}
    for s in spans:
        if not (is_int(s.start) and is_int(s.end)):
            shown = json.dumps([s.start, s.end], ensure_ascii=False, default=repr)[1:-1][:80]
            fail(M.OFFSETS_NOT_BOTH_INTEGERS, s.native_id, span=s.native_id, offsets=shown)
        if s.text is not None and 0 <= s.start < s.end <= len(text) and text[s.start:s.end] != s.text:
            fail(M.SPAN_TEXT_DIFFERS, s.native_id, span=s.native_id, given=repr(s.text), start=s.start, end=s.end,
                 covered=repr(text[s.start:s.end]))
        if not KINDS["a non-empty string"](s.label):
            fail(M.SPAN_LABEL_NOT_STRING, s.native_id, span=s.native_id, actual=_json_kind(s.label))
        content = (s.start, s.end, s.label, s.annotator or "")
        if seen.setdefault(s.native_id, content) != content:  # the file's own numbers name one span each
            fail(M.SPAN_ID_TWICE, s.native_id, span_id=s.native_id)
        out_spans.append(Span(str(s.native_id), doc_id, s.start, s.end, s.label, s.annotator or "",
                              dict(s.attrs), s.note))
        if where:
            lines[("span", out_spans[-1].id)] = where(s.native_id)
    out_rels = []
    for r in relations:
        if not KINDS["a non-empty string"](r.type):
            fail(M.RELATION_TYPE_NOT_STRING, r.native_id, relation=r.native_id, actual=_json_kind(r.type))
        out_rels.append(Relation(str(r.native_id), doc_id, str(r.from_id), str(r.to_id), r.type, r.annotator or ""))
        if where:
            lines[("relation", out_rels[-1].id)] = where(r.native_id)
    doc = Document(doc_id, "", text, title, meta=dict(meta or {}))
    return DocumentRecord(doc, out_spans, out_rels, [], Origin(path, line, True, encoding, lines or None))


def encoding_options(options) -> tuple[str | None, bool]:
    """(--encoding, --force-encoding) from a reader's options (ReadOptions or None)."""
    return getattr(options, "encoding", None), bool(getattr(options, "force_encoding", False))


def read_input(path, options=None, kind: str = "file") -> Decoded:
    """The text of an input file, decoded by the per-file rules (annotator.encodings), with a
    user's error instead of a traceback for folders and unreadable files."""
    path = str(path)
    if Path(path).is_dir():
        raise IsnadError.of(M.INPUT_IS_FOLDER, path, kind=kind)
    try:
        data = Path(path).read_bytes()
    except OSError as e:
        raise IsnadError.of(M.INPUT_UNREADABLE, path, reason=e.strerror or str(e)) from None
    decoded = decode_file(data, path, *encoding_options(options))
    # a BOM left by a forced utf-8 is no JSON
    return Decoded(decoded.text.removeprefix("\ufeff"), decoded.encoding, decoded.how)


_STREAM_CHUNK = 1 << 20  # bytes checked at once while a file is streamed (16 MB at once took 1.8x as long)


def input_lines(path, options=None, kind: str = "file",
                raw: bool = False) -> tuple[str, Iterator[tuple[int, str | bytes, bool]]]:
    """The lines of an input file, split at "\\n" only (U+2028 and friends may sit inside
    JSON strings), decoded by the per-file rules: (how it was decoded, as Decoded.label;
    (line number, line, True for a last line with no line end) for each line). With `raw`,
    the lines of a streamed file are its checked UTF-8 bytes (see `quick_json`).

    A UTF-8 file (what JSONL nearly always is) is read a line at a time, memory flat
    whatever its size, once checked whole: valid UTF-8 without NUL, nothing that may be
    mojibake. Any other file, or one that fails a check, is read whole as `read_input`
    reads it (so the same rules give the same messages)."""
    path = str(path)
    if not Path(path).is_dir() and _streamable(path, options):
        with Path(path).open("rb") as f:
            bom = f.read(3) == codecs.BOM_UTF8
        return ("utf-8 (BOM)" if bom else "utf-8"), _utf8_lines(path, 3 if bom else 0, raw)
    decoded = read_input(path, options, kind)
    lines = decoded.text.split("\n")
    ends = decoded.text.endswith("\n")
    return decoded.label, ((n, line, n == len(lines) and not ends) for n, line in enumerate(lines, 1))


def _streamable(path: str, options) -> bool:
    """A file whose bytes `decode_file` reads as UTF-8 with nothing to refuse, checked a
    chunk at a time."""
    encoding, force = encoding_options(options)
    try:
        with Path(path).open("rb") as f:
            head = f.read(4)
            bom = head.startswith(codecs.BOM_UTF8)
            if (force and not bom) or any(head.startswith(mark) for mark, _ in BOMS if mark != codecs.BOM_UTF8):
                return False
            f.seek(3 if bom else 0)
            rest = b""
            while chunk := f.read(_STREAM_CHUNK):
                cut = chunk.rfind(b"\n") + 1  # whole lines: no character is cut in two
                whole, rest = rest + chunk[:cut], chunk[cut:] if cut else rest + chunk
                if cut and not _clean_utf8(whole, bom):
                    return False
            return _clean_utf8(rest, bom)
    except OSError:
        return False  # read_input says why


def _clean_utf8(data: bytes, bom: bool) -> bool:
    if not bom and b"\x00" in data:
        return False
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return not may_be_mojibake(text)


def _utf8_lines(path: str, skip: int, raw: bool = False) -> Iterator[tuple[int, str | bytes, bool]]:
    try:
        with Path(path).open("rb", buffering=_STREAM_CHUNK) as f:  # a third of the time of 8 KB reads
            f.seek(skip)
            for number, line in enumerate(f, 1):
                ended = line.endswith(b"\n")
                line = line[:-1] if ended else line
                yield number, line if raw else line.decode("utf-8"), not ended
    except OSError as e:  # gone or unreadable since it was checked
        raise IsnadError.of(M.INPUT_UNREADABLE, path, reason=e.strerror or str(e)) from None


def check_file_name(path) -> None:
    """A name that is not UTF-8 (undecodable bytes kept as lone surrogates) cannot be an id."""
    name = str(path)
    if _SURROGATE.search(name):
        def shown(text):
            return os.fsencode(text).decode("utf-8", "backslashreplace")
        raise IsnadError.of(M.FILE_NAME_UNDECODABLE, shown(name), name=shown(Path(name).name))


def split_lines(text: str) -> list[str]:
    """Lines at CR, LF or CRLF only: U+2028 and friends may sit raw inside JSON strings."""
    return _LINE_END.split(text)


_LINE_END = re.compile(r"\r\n|\r|\n")


# -- JSON as hostile input: nesting, huge or non-finite numbers, lone surrogates ----------
MAX_DEPTH = 64  # nesting levels of one document; meta and attrs are a few levels deep in practice
_SURROGATE = re.compile("[\ud800-\udfff]")
_ESCAPED_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")


class _NotFinite(ValueError):
    pass


def _finite(number: str) -> float:
    value = float(number)
    if math.isinf(value):  # 1e400
        raise _NotFinite(number)
    return value


def _no_constant(name: str):  # NaN, Infinity, -Infinity: Python extensions, not JSON
    raise _NotFinite(name)


_DECODER = json.JSONDecoder(parse_float=_finite, parse_constant=_no_constant)


def load_json(raw: str, path: str, line: int | None, pos: int = 0, whole: bool = False):
    """The JSON value at raw[pos:] (all of `raw` if `whole`: a JSONL line; else an array item
    ending where the value does), checked for what would crash later: (value, end position).
    json.JSONDecodeError is left to the caller, whose message knows the file's layout."""
    try:
        value, stop = _DECODER.raw_decode(raw, _skip_space(raw, pos) if whole else pos)
    except json.JSONDecodeError:
        raise
    except RecursionError:
        raise IsnadError.of(M.JSON_TOO_DEEP, path, line, limit=MAX_DEPTH) from None
    except _NotFinite as e:
        raise IsnadError.of(M.NUMBER_NOT_FINITE, path, line, number=str(e)[:40]) from None
    except ValueError:  # Python refuses integers of more than 4,300 digits
        raise IsnadError.of(M.NUMBER_TOO_LONG, path, line, limit=sys.get_int_max_str_digits()) from None
    if whole and _skip_space(raw, stop) != len(raw):
        raise json.JSONDecodeError("Extra data", raw, _skip_space(raw, stop))
    if raw.count("{", pos, stop) + raw.count("[", pos, stop) > MAX_DEPTH and _too_deep(value):
        raise IsnadError.of(M.JSON_TOO_DEEP, path, line, limit=MAX_DEPTH)
    if raw.find("\\u", pos, stop) != -1 and _ESCAPED_SURROGATE.search(raw, pos, stop):
        _refuse_surrogates(value, path, line)
    return value, stop


# A line's shape: each ASCII digit "0", each "{" and "[" "{", all else " " (one pass finds both)
_SHAPE = bytes(48 if 48 <= b <= 57 else 123 if b in b"{[" else 32 for b in range(256))
_DIGITS_19 = b"0" * 19


def quick_json(line: bytes):
    """A JSONL line's value read by orjson (a third of json's time, from bytes) when json
    would surely read the same, else None: the caller then reads the line with `load_json`,
    which finds what is wrong and says so. orjson refuses all `load_json` refuses (lone
    surrogates, NaN, 1e400, control characters) and some it takes (integers past 64 bits,
    more than 1,024 levels); it reads integers of 20 digits and more as floats, so a line
    with 19 digits in a row is left to json."""
    shape = line.translate(_SHAPE)
    if _DIGITS_19 in shape:  # a regex takes 15 times as long
        return None
    try:
        value = orjson.loads(line)
    except orjson.JSONDecodeError:
        return None
    if shape.count(b"{") > MAX_DEPTH and _too_deep(value):
        return None
    return value


def _too_deep(value) -> bool:
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, (dict, list)):
            if depth > MAX_DEPTH:
                return True
            stack.extend((v, depth + 1) for v in (item.values() if isinstance(item, dict) else item))
    return False


def _refuse_surrogates(value, path: str, line: int | None) -> None:
    """A lone surrogate (half of an escaped pair) in any string or key: no store or file
    could hold it (SQLite and every export encode UTF-8)."""
    stack = [(value, "")]
    while stack:
        item, where = stack.pop()
        if isinstance(item, str):
            found = _SURROGATE.search(item)
        elif isinstance(item, dict):
            found = next((m for m in map(_SURROGATE.search, item) if m), None)
            stack.extend((v, f"{where}.{k}" if where else k) for k, v in item.items())
        elif isinstance(item, list):
            found = None
            stack.extend((v, f"{where}[{i}]") for i, v in enumerate(item))
        else:
            found = None
        if found:
            shown = (where or "the top").encode("utf-8", "backslashreplace").decode("utf-8")[:80]
            raise IsnadError.of(M.STRING_HAS_SURROGATE, path, line, field=shown, code=f"{ord(found.group()):04X}")


def json_lines(path, text: str) -> Iterator[tuple[int, object]]:
    """(line number, object) for each non-blank line of a JSONL file's text."""
    path = str(path)
    for n, line in enumerate(split_lines(text), 1):
        if line.strip():
            try:
                yield n, load_json(line, path, n, whole=True)[0]
            except json.JSONDecodeError as e:
                raise IsnadError.of(M.JSON_LINE_INVALID, path, n, error=json_error(e), column=e.colno) from None


def json_array(path, data: str) -> Iterator[tuple[int, object]]:
    """(line number, item) for each item of a JSON array file's text (or the one object it
    holds). Anything after that one value is an error: silently importing half a file is worse."""
    path = str(path)
    lines = _LineCounter(data)
    pos = _skip_space(data, 0)
    try:
        if data.startswith("{", pos):
            line = lines.at(pos)
            item, end = load_json(data, path, line, pos)
            yield line, item
        elif data.startswith("[", pos):
            end = yield from _array_items(data, pos, path, lines)
        else:
            raise IsnadError.of(M.NOT_A_TASK_ARRAY, path, lines.at(pos))
    except json.JSONDecodeError as e:
        raise IsnadError.of(M.JSON_INVALID, path, e.lineno, error=json_error(e), column=e.colno) from None
    extra = _skip_space(data, end)
    if extra < len(data):
        raise IsnadError.of(M.JSON_AFTER_TASKS, path, lines.at(extra))


def _array_items(data: str, pos: int, path: str, lines) -> Iterator[tuple[int, object]]:
    """Yield the items of the array opening at `pos`; return the position after its `]`."""
    pos = _skip_space(data, pos + 1)
    while not data.startswith("]", pos):
        line = lines.at(pos)
        item, end = load_json(data, path, line, pos)
        yield line, item
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
    "a list": lambda v: isinstance(v, list),
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
