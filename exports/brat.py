"""brat standoff: a folder of `NAME.txt` + `NAME.ann`, import and export.

`.ann` lines: `T1<TAB>LABEL START END<TAB>text` (offsets in code points of the .txt),
`R1<TAB>TYPE Arg1:T1 Arg2:T2` (Arg1 = from, Arg2 = to), `A1<TAB>NAME T1 VALUE` (a span
attribute; a valueless A line is `true`), `#1<TAB>AnnotatorNotes T1<TAB>note`.
brat attribute values cannot hold spaces: they are written with `_`. Discontinuous spans,
events and normalisations have no Isnad equivalent and are refused on import.
The export also writes `annotation.conf` so brat can show the labels and relations.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable, Iterator

from annotator.errors import IsnadError
from annotator.messages import M
from annotator.model import DocumentRecord, Schema
from annotator.schema import with_labels
from annotator.encodings import Decoded, decode_file

from .common import RawRelation, RawSpan, build_record, check_file_name, encoding_options
from .registry import Format, register

CONF = "annotation.conf"
_SAFE = re.compile(r"[^\w.-]+")
_T = re.compile(r"(\S+) (\d+) (\d+)$")
_R = re.compile(r"(\S+) Arg1:(\S+) Arg2:(\S+)$")
_MAX_DIGITS = 18


def _name(rec: DocumentRecord, used: set[str]) -> str:
    base = _SAFE.sub("_", rec.document.id).strip("._") or rec.document.sha256[:16]
    name, n = base, 1
    while name in used:
        n += 1
        name = f"{base}-{n}"
    used.add(name)
    return name


def _value(value) -> str:
    return re.sub(r"\s+", "_", str(value))


def _ann(rec: DocumentRecord) -> str:
    text, lines, tids = rec.document.text, [], {}
    attr_n = note_n = 0
    for n, s in enumerate(sorted(rec.spans, key=lambda s: (s.start, s.end, s.label)), 1):
        tids[s.id] = f"T{n}"
        quoted = text[s.start:s.end].replace("\n", " ")
        lines.append(f"T{n}\t{s.label} {s.start} {s.end}\t{quoted}")
        for key, value in s.attrs.items():
            attr_n += 1
            shown = "" if value is True else " " + _value(value)
            lines.append(f"A{attr_n}\t{_SAFE.sub('_', key)} T{n}{shown}")
        if s.note:
            note_n += 1
            lines.append(f"#{note_n}\tAnnotatorNotes T{n}\t{' '.join(s.note.split())}")
    lines += [f"R{n}\t{r.type} Arg1:{tids[r.from_id]} Arg2:{tids[r.to_id]}"
              for n, r in enumerate(rec.relations, 1)]
    return "\n".join(lines) + "\n" if lines else ""


def write(records: Iterable[DocumentRecord], out_path: str, schema=None, options=None) -> dict:
    out = Path(out_path)
    out.mkdir(parents=True, exist_ok=True)
    used: set[str] = set()
    labels, types = set(), set()
    docs = spans = relations = 0
    for rec in records:
        name = _name(rec, used)
        (out / f"{name}.txt").write_text(rec.document.text, encoding="utf-8", newline="")
        (out / f"{name}.ann").write_text(_ann(rec), encoding="utf-8", newline="")
        docs, spans, relations = docs + 1, spans + len(rec.spans), relations + len(rec.relations)
        if schema is None:
            labels.update(s.label for s in rec.spans)
            types.update(r.type for r in rec.relations)
    # always written: brat needs it, and it marks the folder as an export (see is_export)
    schema = schema or with_labels(Schema("export"), labels, types)
    (out / CONF).write_text(annotation_conf(schema), encoding="utf-8")
    return {"documents": docs, "spans": spans, "relations": relations}


def is_export(folder: Path) -> bool:
    """A folder `write` made: annotation.conf and .txt/.ann pairs, nothing else (a user's own
    brat folder usually lacks the conf; a folder of articles lacks the .ann files)."""
    if not folder.is_dir():
        return False
    files = list(folder.iterdir())
    names = {f.name for f in files}
    pairs = {".txt": ".ann", ".ann": ".txt"}
    return CONF in names and all(f.is_file() and (f.name == CONF or f.with_suffix(pairs.get(f.suffix, ".?")).name in names)
               for f in files)


def annotation_conf(schema) -> str:
    kinds = {}
    for l in schema.labels:
        kinds.setdefault(l.kind, []).append(l.name)
    rels = []
    for r in schema.relation_types:
        a = "|".join(n for k in r.from_kinds for n in kinds.get(k, [])) or "<ENTITY>"
        b = "|".join(n for k in r.to_kinds for n in kinds.get(k, [])) or "<ENTITY>"
        rels.append(f"{r.name}\tArg1:{a}, Arg2:{b}")
    attrs = [f"{name}\tArg:{l.name}, Value:" + "|".join(_value(v) for v in values)
             for l in schema.labels for name, values in l.attributes.items()]
    return "\n".join(["[entities]", *(l.name for l in schema.labels), "", "[relations]", *rels,
                      "", "[events]", "", "[attributes]", *attrs, ""])


def _files(path: Path) -> list[Path]:
    """The .ann files to read: the one given, or every one under the folder."""
    if path.is_dir():
        return sorted(path.rglob("*.ann"))
    if path.suffix in (".ann", ".txt"):
        return [path.with_suffix(".ann")]
    raise IsnadError.of(M.BRAT_NOT_BRAT, name=path.name)


def read(path: str, options=None) -> Iterator[DocumentRecord]:
    encoding = encoding_options(options)
    root = Path(path)
    top = (root if root.is_dir() else root.parent).resolve()
    for ann in _files(root):
        txt = ann.with_suffix(".txt")
        for f in (ann, txt):
            if not f.resolve().is_relative_to(top):
                raise IsnadError.of(M.BRAT_OUTSIDE, str(f), file=str(f), top=str(top))
        if not txt.is_file():
            raise IsnadError.of(M.BRAT_NO_TXT, str(ann), ann=ann.name, txt=txt.name)
        if not ann.is_file():
            raise IsnadError.of(M.BRAT_NO_ANN, str(txt), txt=txt.name, ann=ann.name)
        check_file_name(ann)
        yield _read_ann(decode_file(txt.read_bytes(), str(txt), *encoding), ann, encoding)


def _read_ann(decoded: Decoded, ann: Path, encoding: tuple) -> DocumentRecord:
    where, text = str(ann), decoded.text
    spans: dict[str, RawSpan] = {}
    rels: list[RawRelation] = []
    lines: dict = {}
    content = decode_file(ann.read_bytes(), where, *encoding).text
    for n, line in enumerate(content.splitlines(), 1):
        if not line.strip():
            continue
        ident, _, rest = line.partition("\t")
        body, _, tail = rest.partition("\t")
        lines[ident] = n
        kind = ident[:1]

        def bad(message, **params):
            raise IsnadError.of(message, where, n, **params)

        if kind == "T":
            m = _T.match(body)
            if not m:
                bad(M.BRAT_DISCONTINUOUS if ";" in body else M.BRAT_BAD_SPAN)
            if max(len(m[2]), len(m[3])) > _MAX_DIGITS:  # int() refuses 4,301 digits; no text is that long
                bad(M.NUMBER_TOO_LONG, limit=_MAX_DIGITS)
            start, end = int(m[2]), int(m[3])
            # brat shows line breaks inside a span as spaces in the quoted text
            quoted = text[start:end] if tail == text[start:end].replace("\n", " ") else tail
            spans[ident] = RawSpan(ident, start, end, m[1], quoted)
        elif kind == "R":
            m = _R.match(body)
            if not m:
                bad(M.BRAT_BAD_RELATION)
            rels.append(RawRelation(ident, m[2], m[3], m[1]))
        elif kind in "AM":
            parts = body.split()
            if len(parts) not in (2, 3) or parts[1] not in spans:
                bad(M.BRAT_BAD_ATTRIBUTE, body=repr(body))
            spans[parts[1]].attrs[parts[0]] = parts[2] if len(parts) == 3 else True
        elif kind == "#":
            target = body.split()[1:2]
            if target and target[0] in spans:
                spans[target[0]].note = tail
        else:
            bad(M.BRAT_UNSUPPORTED, kind=ident)
    return build_record(text, list(spans.values()), rels, where, None, ann.stem, where=lines.get,
                        encoding=decoded.label)


FORMAT = register(Format("brat", "brat standoff folder: .txt + .ann with T, R, A lines", "", write, read,
                         owns=is_export))
