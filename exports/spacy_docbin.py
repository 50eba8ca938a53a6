"""spaCy DocBin (`.spacy`), export only; read it back with spaCy itself.

Each document becomes a Doc whose text is the document's text exactly. Tokens follow
`annotator.tokens`, split wherever a span starts or ends, so every span is whole tokens
and `span.text` equals the source span (spaCy's `char_span(alignment_mode="contract")` on
its own tokenizer loses ~14% of spans on Arabic news). `doc.ents` holds the longest
non-overlapping spans, `doc.spans["sc"]` every span (with `span.id_` = the Isnad span id),
and `doc.user_data["isnad"]` the document id, SHA-256, span attributes, annotators, notes
and relations (by span id).
"""
from __future__ import annotations

import re
from typing import Iterable

from annotator.model import DocumentRecord
from annotator.tokens import token_pattern

from .common import non_overlapping
from .registry import Format, register

SPANS_KEY = "sc"


def _words_pattern(clitics: bool) -> re.Pattern:
    """(token or whitespace run, one trailing space or ''): spaCy's words + spaces."""
    return re.compile(rf"({token_pattern(clitics).pattern}|\s+?(?= ?(?!\s)))( ?)")


def words_and_spaces(text: str, starts: set[int], ends: set[int], pattern: re.Pattern):
    """spaCy words/spaces for `text`, split at every span start and end, and the token
    index at each of those offsets."""
    words: list[str] = []
    spaces: list[bool] = []
    index: dict[int, int] = {}
    bounds = sorted({0, len(text), *starts, *ends})
    for a, b in zip(bounds, bounds[1:]):
        seg = text[a:b]
        index[a] = len(words)
        if words and not spaces[-1] and seg[0] == " " and a not in starts:
            spaces[-1] = True  # the space after a span's last token is that token's whitespace
            seg = seg[1:]
        tail = ""
        if b in ends and seg[-1:].isspace():  # a span ending in whitespace keeps it as a token
            stripped = seg.rstrip()
            seg, tail = stripped, seg[len(stripped):]
        for word, space in pattern.findall(seg):
            words.append(word)
            spaces.append(bool(space))
        if tail:
            words.append(tail)
            spaces.append(False)
    index[len(text)] = len(words)
    return words, spaces, index


def write(records: Iterable[DocumentRecord], out_path: str, schema=None, options=None) -> dict:
    import spacy
    from spacy.tokens import Doc, DocBin, Span

    vocab = spacy.blank("ar").vocab
    pattern = _words_pattern(bool(getattr(options, "clitics", False)))
    docbin = DocBin(store_user_data=True)
    report = {"documents": 0, "spans": 0, "entities": 0, "spans_dropped_overlapping_from_ents": 0}
    for rec in records:
        text = rec.document.text
        words, spaces, index = words_and_spaces(text, {s.start for s in rec.spans},
                                                {s.end for s in rec.spans}, pattern)
        doc = Doc(vocab, words=words, spaces=spaces)
        ents, dropped = non_overlapping(rec.spans)
        doc.ents = [Span(doc, index[s.start], index[s.end], s.label) for s in ents]
        doc.spans[SPANS_KEY] = [Span(doc, index[s.start], index[s.end], s.label, span_id=s.id)
                                for s in rec.spans]
        doc.user_data["isnad"] = _user_data(rec)
        docbin.add(doc)
        report["documents"] += 1
        report["spans"] += len(rec.spans)
        report["entities"] += len(ents)
        report["spans_dropped_overlapping_from_ents"] += len(dropped)
    docbin.to_disk(out_path)
    return report


def _user_data(rec: DocumentRecord) -> dict:
    d = rec.document
    return {"id": d.id, "sha256": d.sha256, "title": d.title,
            "spans": [{"id": s.id, "start": s.start, "end": s.end, "label": s.label,
                       "annotator": s.annotator, "attrs": s.attrs, "note": s.note} for s in rec.spans],
            "relations": [{"id": r.id, "from_id": r.from_id, "to_id": r.to_id, "type": r.type,
                           "annotator": r.annotator} for r in rec.relations]}


FORMAT = register(Format("spacy", "spaCy DocBin: ents, all spans, relations in user_data",
                         ".spacy", write))
