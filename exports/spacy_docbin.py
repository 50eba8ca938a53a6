"""spaCy DocBin (`.spacy`), export only; read it back with spaCy itself.

Each document is stored as a Doc whose text is the document's text exactly. Tokens follow
`annotator.tokens`, split wherever a span starts or ends, so every span is whole tokens
and `span.text` equals the source span (spaCy's `char_span(alignment_mode="contract")` on
its own tokenizer loses ~14% of spans on Arabic news). `doc.ents` holds the longest
non-overlapping spans, `doc.spans["sc"]` every span (with `span.id_` = the Isnad span id),
and `doc.user_data["isnad"]` the document id, SHA-256, span attributes, annotators, notes
and relations (by span id).
"""
from __future__ import annotations

import struct
import zlib
from typing import Iterable

from annotator.errors import IsnadError
from annotator.messages import M
from annotator.model import DocumentRecord
from annotator.perf import gc_paused
from annotator.tokens import words_and_spaces, words_pattern

from .common import non_overlapping
from .registry import Format, register

SPANS_KEY = "sc"
ATTRS = ["ORTH", "ENT_IOB", "ENT_TYPE"]  # + SPACY: text, whitespace and entities


class _DocBinWriter:
    """Fills a spaCy DocBin without building Doc objects: token rows (ORTH, ENT_IOB,
    ENT_TYPE), spaces, strings, span groups and user data laid out as `DocBin.add` and
    `DocBin.to_bytes` do (documented in spacy/tokens/_serialize.py). `DocBin.add` costs
    ~2.5 ms a document (a Python loop over tokens and a new msgpack Packer per call, each
    looking up entry points); this costs ~0.3 ms. Tests load the result with spaCy."""

    IOB_I, IOB_O, IOB_B = 1, 2, 3  # spaCy's ENT_IOB codes

    def __init__(self):
        try:
            import srsly
            from spacy.strings import get_string_id  # the id spaCy gives a string (hash or symbol)
            from spacy.tokens import DocBin
        except ImportError:
            raise IsnadError.of(M.SPACY_MISSING) from None
        self.docbin = DocBin(attrs=ATTRS, store_user_data=True)
        self.lengths: list[int] = []
        self.packer = srsly.msgpack.Packer(use_bin_type=True)
        self.pack = self.packer.pack
        self.hash = get_string_id
        self.hashes: dict[str, int] = {}

    def add(self, words, spaces, ents, spans, index, user_data) -> None:
        import numpy
        db, hashes, hash_ = self.docbin, self.hashes, self.hash
        new = set(words).difference(hashes)
        hashes.update(zip(new, map(hash_, new)))
        db.strings.update(new)
        rows = numpy.zeros((len(words), 3), dtype=numpy.uint64)
        rows[:, 0] = list(map(hashes.__getitem__, words))
        rows[:, 1] = self.IOB_O
        for s in ents:
            i, j = index[s.start], index[s.end]
            rows[i, 1], rows[i + 1:j, 1], rows[i:j, 2] = self.IOB_B, self.IOB_I, hash_(s.label)
        db.tokens.append(rows)
        self.lengths.append(len(words))
        db.spaces.append(numpy.asarray(spaces, dtype=bool).reshape(-1, 1))
        db.flags.append({"has_unknown_spaces": False})
        db.strings.update(s.label for s in spans)
        db.strings.update(s.id for s in spans)
        db.cats.append({})
        db.user_data.append(self.pack(user_data))
        group = self.pack({"name": SPANS_KEY, "attrs": {}, "spans": [
            struct.pack(">QQQllll", hash_(s.id), 0, hash_(s.label), index[s.start], index[s.end], s.start, s.end)
            for s in spans]})
        db.span_groups.append(self.pack({group: [SPANS_KEY]}))

    def to_disk(self, path) -> None:
        """`DocBin.to_disk`, but streamed: the msgpack map is packed one entry at a time into
        a zlib stream at level 1 (5x faster than the default 6; any level decompresses the
        same), so only one entry is ever held twice in memory."""
        import numpy
        db = self.docbin
        entries = {"version": lambda: db.version, "attrs": lambda: db.attrs,
                   "tokens": lambda: _stacked(db.tokens), "spaces": lambda: _stacked(db.spaces),
                   "lengths": lambda: numpy.asarray(self.lengths, dtype="int32").tobytes("C"),
                   "strings": lambda: sorted(db.strings), "cats": lambda: db.cats,
                   "flags": lambda: db.flags, "span_groups": lambda: db.span_groups,
                   "user_data": lambda: db.user_data}
        packer = self.packer
        zipper = zlib.compressobj(1)
        with open(path, "wb") as f:
            f.write(zipper.compress(packer.pack_map_header(len(entries))))
            for key, value in entries.items():
                f.write(zipper.compress(packer.pack(key)))
                f.write(zipper.compress(packer.pack(value())))
            f.write(zipper.flush())


def _stacked(arrays: list) -> bytes:
    """The arrays stacked as bytes, emptying the list as it goes (peak memory: one copy)."""
    import numpy
    out = numpy.vstack(arrays) if arrays else numpy.asarray([])
    arrays.clear()
    return out.tobytes("C")


def write(records: Iterable[DocumentRecord], out_path: str, schema=None, options=None) -> dict:
    with gc_paused():  # many short-lived objects next to the many long-lived records
        return _write(records, out_path, options)


def _write(records: Iterable[DocumentRecord], out_path: str, options) -> dict:
    writer = _DocBinWriter()
    pattern = words_pattern(bool(getattr(options, "clitics", False)))
    report = {"documents": 0, "spans": 0, "entities": 0, "spans_dropped_overlapping_from_ents": 0}
    for rec in records:
        words, spaces, index = words_and_spaces(rec.document.text, {s.start for s in rec.spans},
                                                {s.end for s in rec.spans}, pattern)
        ents, dropped = non_overlapping(rec.spans)
        writer.add(words, spaces, ents, rec.spans, index, {"isnad": _user_data(rec)})
        report["documents"] += 1
        report["spans"] += len(rec.spans)
        report["entities"] += len(ents)
        report["spans_dropped_overlapping_from_ents"] += len(dropped)
    writer.to_disk(out_path)
    return report


def _user_data(rec: DocumentRecord) -> dict:
    d = rec.document
    return {"id": d.id, "sha256": d.sha256, "title": d.title,
            "spans": [{"id": s.id, "start": s.start, "end": s.end, "label": s.label,
                       "annotator": s.annotator, "attrs": s.attrs, "note": s.note} for s in rec.spans],
            "relations": [{"id": r.id, "from_id": r.from_id, "to_id": r.to_id, "type": r.type,
                           "annotator": r.annotator} for r in rec.relations]}


FORMAT = register(Format("spacy", "spaCy DocBin: ents, all spans, relations in user_data",
                         ".spacy", write, tokens=True, several_layers="refused"))
