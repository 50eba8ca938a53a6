"""CoNLL IOB2: one `token<TAB>tag` line per token, a blank line between sentences (the
text's lines, and sentence-final . ! ? ؟ … followed by a space) and documents. Export only.

Tokens come from `annotator.tokens` (Arabic punctuation split off, numbers kept, optional
clitic split). IOB2 holds one tag per token, so overlapping spans are reduced to the longest
non-overlapping ones (the report counts the spans left out). Where a span starts or ends
inside a token (بطرابلس tagged from ط), the token is split there, so every exported span
keeps exactly its own characters; the report counts those spans.
"""
from __future__ import annotations

import re
from typing import Iterable

from annotator.model import DocumentRecord
from annotator.perf import gc_paused
from annotator.tokens import punctuation_class, token_pattern

from .common import non_overlapping
from .registry import Format, register


# a sentence ends at . ! ? ؟ … followed by whitespace (never inside an exported span), so
# that a 2,000-character paragraph does not become one 400-token sequence
_SENTENCE_END = re.compile(r"(?<=[.!?\u061f\u2026])\s+")


class _Doc:
    """Collects one document's lines, sentence by sentence."""

    def __init__(self, findall):
        self.findall, self.sentences, self.current = findall, [], []

    def outside(self, segment: str) -> None:
        for i, para in enumerate(segment.split("\n")):
            for k, sentence in enumerate(_SENTENCE_END.split(para)):
                if i or k:
                    self.flush()
                tokens = self.findall(sentence)
                if tokens:
                    self.current.append("\tO\n".join(tokens) + "\tO\n")

    def entity(self, segment: str, label: str) -> bool:
        tokens = self.findall(segment)
        if not tokens:
            return False
        inside = f"\tI-{label}\n"
        self.current.append(f"{tokens[0]}\tB-{label}\n" + "".join(t + inside for t in tokens[1:]))
        return True

    def flush(self) -> None:
        if self.current:
            self.sentences.append("".join(self.current))
            self.current = []

    def text(self) -> str:
        self.flush()
        return "\n".join(self.sentences)


def write(records: Iterable[DocumentRecord], out_path: str, schema=None, options=None) -> dict:
    with gc_paused():  # many short-lived objects next to the many long-lived records
        return _write(records, out_path, options)


def _write(records: Iterable[DocumentRecord], out_path: str, options) -> dict:
    findall = token_pattern(bool(getattr(options, "clitics", False))).findall
    glued = re.compile(rf"[^\s{punctuation_class()}]{{2}}")
    report = {"documents": 0, "entities": 0, "spans_dropped_overlapping": 0,
              "spans_dropped_blank": 0, "spans_with_split_tokens": 0}
    with open(out_path, "w", encoding="utf-8") as f:
        for rec in records:
            text = rec.document.text
            ents, dropped = non_overlapping(rec.spans)
            doc, pos = _Doc(findall), 0
            for s in ents:
                doc.outside(text[pos:s.start])
                if doc.entity(text[s.start:s.end], s.label):
                    report["entities"] += 1
                    report["spans_with_split_tokens"] += any(
                        glued.match(text, p - 1) for p in (s.start, s.end) if 0 < p < len(text))
                else:
                    report["spans_dropped_blank"] += 1
                pos = s.end
            doc.outside(text[pos:])
            body = doc.text()
            if body:
                f.write(body)
                f.write("\n")
            report["documents"] += 1
            report["spans_dropped_overlapping"] += len(dropped)
    return report


FORMAT = register(Format("conll", "CoNLL IOB2 with Arabic-aware tokens", ".conll", write, tokens=True,
                         relations=False, several_layers="refused"))
