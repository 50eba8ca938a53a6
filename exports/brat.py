"""brat standoff: a folder of `NAME.txt` + `NAME.ann`, import and export.

`.ann` lines: `T1<TAB>LABEL START END<TAB>text` (offsets in code points of the .txt),
`R1<TAB>TYPE Arg1:T1 Arg2:T2` (Arg1 = from, Arg2 = to), `A1<TAB>NAME T1 VALUE` (a span
attribute; a valueless A line is `true`), `#1<TAB>AnnotatorNotes T1<TAB>note`.
brat attribute values cannot hold spaces: they are written with `_`. Discontinuous spans,
events and normalisations have no Isnad equivalent and are refused on import.
The export also writes `annotation.conf` so brat can show the labels and relations; a
comment line in it names the layer (`# isnad-layer: "ali"`), which an import reads back from
the nearest `annotation.conf` above each `.ann` (as brat finds its configuration). brat has
no layers: an export of several writes one sub-folder per layer, each a brat folder.
File names come from document ids (`file_name`: too long ones are cut and hashed).
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Iterable, Iterator

from annotator.encodings import Decoded, decode_file
from annotator.errors import IsnadError
from annotator.messages import M
from annotator.model import DocumentRecord, Schema
from annotator.schema import with_labels

from .common import RawRelation, RawSpan, build_record, check_file_name, encoding_options, file_name
from .options import select_layer
from .registry import Format, register

CONF = "annotation.conf"
_SAFE = re.compile(r"[^\w.-]+")
_T = re.compile(r"(\S+) (\d+) (\d+)$")
_R = re.compile(r"(\S+) Arg1:(\S+) Arg2:(\S+)$")
_MAX_DIGITS = 18


_LAYER = re.compile(r"# isnad-layer: (\".*\")$", re.M)


def _name(name: str, used: set[str], suffix: str, fallback: str) -> str:
    base = file_name(name, suffix, fallback)
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
    """One brat folder; with several layers (`options.layers`), one sub-folder per layer."""
    out = Path(out_path)
    out.mkdir(parents=True, exist_ok=True)
    layers = tuple(getattr(options, "layers", ()) or ())
    used: set[str] = set()
    folders = {layer: _Folder(out / _name(layer, used, "", "layer")) for layer in layers} if len(layers) > 1 \
        else {layers[0] if layers else None: _Folder(out)}
    docs = spans = relations = 0
    for rec in records:
        for layer, folder in folders.items():
            folder.add(select_layer(rec, layer) if len(folders) > 1 else rec)
        docs, spans, relations = docs + 1, spans + len(rec.spans), relations + len(rec.relations)
    for layer, folder in folders.items():  # always written: brat needs it, and it marks an export
        folder.finish(schema, layer if layer is not None else folder.layer())
    return {"documents": docs, "spans": spans, "relations": relations}


class _Folder:
    """One brat folder being written: a .txt and .ann per document, annotation.conf last."""

    def __init__(self, path: Path):
        self.path, self.used = path, set()
        self.labels, self.types, self.layers = set(), set(), set()
        path.mkdir(exist_ok=True)

    def add(self, rec: DocumentRecord) -> None:
        name = _name(rec.document.id, self.used, ".ann", rec.document.sha256[:16])
        (self.path / f"{name}.txt").write_text(rec.document.text, encoding="utf-8", newline="")
        (self.path / f"{name}.ann").write_text(_ann(rec), encoding="utf-8", newline="")
        self.labels.update(s.label for s in rec.spans)
        self.types.update(r.type for r in rec.relations)
        self.layers.update(x.annotator for x in (*rec.spans, *rec.relations))

    def layer(self) -> str | None:
        """The one layer the annotations come from, if one (a writer called without options)."""
        return next(iter(self.layers)) if len(self.layers) == 1 else None

    def finish(self, schema, layer: str | None) -> None:
        schema = schema or with_labels(Schema("export"), self.labels, self.types)
        named = [f"# isnad-layer: {json.dumps(layer, ensure_ascii=False)}"] if layer else []
        (self.path / CONF).write_text("\n".join([*named, annotation_conf(schema)]), encoding="utf-8")


def is_export(folder: Path) -> bool:
    """A folder `write` made: annotation.conf and .txt/.ann pairs, nothing else (a user's own
    brat folder usually lacks the conf; a folder of articles lacks the .ann files); or, for
    several layers, only such folders."""
    if not folder.is_dir():
        return False
    files = list(folder.iterdir())
    names = {f.name for f in files}
    if files and CONF not in names and all(f.is_dir() for f in files):
        return all(is_export(f) for f in files)
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
    layers: dict[Path, str] = {}
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
        layer = _layer(ann.parent.resolve(), top, layers)
        yield _read_ann(decode_file(txt.read_bytes(), str(txt), *encoding), ann, encoding, layer)


def _layer(folder: Path, top: Path, seen: dict) -> str:
    """The layer the nearest annotation.conf at or above `folder` (up to `top`) names; "" if none."""
    if folder not in seen:
        conf = folder / CONF
        if conf.is_file():
            found = _LAYER.search(conf.read_text(encoding="utf-8", errors="replace"))
            seen[folder] = _layer_name(found[1]) if found else ""
        else:
            seen[folder] = _layer(folder.parent, top, seen) if folder != top and folder.parent != folder else ""
    return seen[folder]


def _layer_name(quoted: str) -> str:
    try:
        name = json.loads(quoted)
    except (ValueError, RecursionError):
        return ""
    # a lone surrogate ("\ud800") could be no layer's name in the store
    return name if isinstance(name, str) and not re.search("[\ud800-\udfff]", name) else ""


def _read_ann(decoded: Decoded, ann: Path, encoding: tuple, layer: str = "") -> DocumentRecord:
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
            spans[ident] = RawSpan(ident, start, end, m[1], quoted, annotator=layer)
        elif kind == "R":
            m = _R.match(body)
            if not m:
                bad(M.BRAT_BAD_RELATION)
            rels.append(RawRelation(ident, m[2], m[3], m[1], layer))
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
                         owns=is_export, several_layers="folders"))
