"""Shared bits for the format tests: example paths, a real project, comparable content."""
from __future__ import annotations

import json
from pathlib import Path

from annotator.importing import import_records
from annotator.store import Project
from exports import jsonl

EXAMPLES = Path(__file__).parent.parent / "exports" / "examples"
ANERCORP = Path(__file__).parent / "corpus" / "articles" / "anercorp_news_passages.jsonl"


def example_records():
    return list(jsonl.read(EXAMPLES / "news.jsonl"))


def project_with(tmp_path, records, name="p.isnad", annotator="import"):
    """A real project file holding `records` (imported as a user would)."""
    project = Project.create(tmp_path / name)
    import_records(project, records, annotator, add_labels=True)
    return project


def content(records, with_layers=False):
    """What a format can hold, independent of ids: per text, spans and relations by position."""
    out = {}
    for rec in records:
        text = rec.document.text
        by_id = {s.id: s for s in rec.spans}
        key = lambda s: (s.start, s.end, s.label, text[s.start:s.end],  # noqa: E731
                         json.dumps(s.attrs, sort_keys=True), s.note) + ((s.annotator,) if with_layers else ())
        spans = sorted(key(s) for s in rec.spans)
        rels = sorted((key(by_id[r.from_id]), key(by_id[r.to_id]), r.type) for r in rec.relations)
        out[text] = (spans, rels)
    return out


def anercorp_records():
    from annotator.model import Document, DocumentRecord, Span
    from annotator.text import sha256_of
    out = []
    for line in ANERCORP.open(encoding="utf-8"):
        d = json.loads(line)
        spans = [Span(f"{d['id']}-{i}", d["id"], s["start"], s["end"], s["label"], "gold")
                 for i, s in enumerate(d["spans"])]
        out.append(DocumentRecord(Document(d["id"], sha256_of(d["text"]), d["text"]), spans))
    return out
