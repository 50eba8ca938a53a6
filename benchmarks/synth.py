"""Deterministic Arabic news-like documents for benchmarks.

Text is real Arabic news (UD Arabic-PUD sentences, CC BY-SA 3.0, tests/corpus/pud); spans
sit on word boundaries with labels of the default schema; every document has relations
(CLAIM -> SOURCE attributed_to, CUE -> CLAIM cue_of). Output rows use the native JSONL
input format, so the same data feeds import, export, merge and agreement benchmarks.
"""
from __future__ import annotations

import json
import random
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

PUD = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "pud" / "ar_pud_news.jsonl"
ENTITY_LABELS = ("PER", "ORG", "LOC", "MISC")


def sentences() -> list[str]:
    with open(PUD, encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f if line.strip()]


def documents(n: int, spans_per_doc: int = 20, relations_per_doc: int = 7, chars: int = 2000,
              seed: int = 7, annotator: str = "bench") -> list[dict]:
    return list(iter_documents(n, spans_per_doc, relations_per_doc, chars, seed, annotator))


def iter_documents(n: int, spans_per_doc: int = 20, relations_per_doc: int = 7, chars: int = 2000,
                   seed: int = 7, annotator: str = "bench") -> Iterator[dict]:
    """`documents`, one at a time (the same rows: a corpus too large to hold)."""
    rng, pool = random.Random(seed), sentences()
    return (_document(rng, pool, i, spans_per_doc, relations_per_doc, chars, annotator) for i in range(n))


def _document(rng, pool, i, n_spans, n_rel, chars, annotator) -> dict:
    parts, size = [], 0
    while size < chars:
        parts.append(rng.choice(pool))
        size += len(parts[-1]) + 1
    text = f"خبر رقم {i}\n" + " ".join(parts)
    words = [m.span() for m in re.finditer(r"[\w\u064B-\u065F\u0670]+", text)]  # keep harakat on their word
    picks = sorted(rng.sample(range(len(words) - 3), n_spans))
    spans = []
    for k, w in enumerate(picks):
        # a third of the relation ends are claims/sources/cues, the rest entities
        label = ("CLAIM", "SOURCE", "CUE")[k % 3] if k < 3 * ((n_rel + 1) // 2) else rng.choice(ENTITY_LABELS)
        end = words[min(w + (4 if label == "CLAIM" else rng.randint(0, 2)), len(words) - 1)][1]
        spans.append({"id": f"d{i}-s{k}", "start": words[w][0], "end": end, "label": label, "annotator": annotator})
    relations = []
    for k in range(n_rel):
        trio = spans[3 * (k // 2):3 * (k // 2) + 3]
        claim, source, cue = (trio + trio)[:3]
        a, b, kind = (claim, source, "attributed_to") if k % 2 == 0 else (cue, claim, "cue_of")
        relations.append({"id": f"d{i}-r{k}", "from": a["id"], "to": b["id"], "type": kind, "annotator": annotator})
    return {"id": f"doc-{i:06d}", "title": f"خبر {i}", "text": text, "spans": spans, "relations": relations}


def write_jsonl(rows: Iterable[dict], path: Path) -> Path:
    write_counted(rows, path)
    return path


def write_counted(rows: Iterable[dict], path: Path) -> dict:
    """Write rows as JSONL; {"documents", "spans", "relations"} written."""
    counts = dict.fromkeys(("documents", "spans", "relations"), 0)
    with open(path, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
            counts["documents"] += 1
            counts["spans"] += len(row["spans"])
            counts["relations"] += len(row["relations"])
    return counts
