"""Build the attribution development gold (tests/corpus/attribution/*.jsonl) from its
hand-written annotations (tests/corpus/attribution/annotations.txt).

The annotations name spans by their words, not offsets, so they can be read and corrected:

    === ar_pud-n01006011 tune
    أخبر | شاهد عيان | أن الضحية ~~ الماضي

One line per attribution: CUE | SOURCE | CLAIM ("-" when absent). A span is its exact text,
`FIRST ~~ LAST` for a long one (from FIRST to the next LAST), with `@N` after FIRST for its
N-th occurrence (whole-word occurrences when there are any). The same words on several lines are one span. Each line gives a `cue_of`
(CUE -> CLAIM) and an `attributed_to` (CLAIM -> SOURCE) relation when both ends are there.
Every span's text is written into the JSONL, which the importer checks.

    python scripts/build_attribution_gold.py          # writes tune.jsonl and heldout.jsonl
    python scripts/build_attribution_gold.py --show   # prints every span for checking
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
HERE = CORPUS / "attribution"
SEED_ID = "seed-sirte"


def texts() -> dict[str, str]:
    out = {SEED_ID: (CORPUS / "seed" / "sirte-washington-post.txt").read_text(encoding="utf-8")}
    for name in ("pud/ar_pud_news.jsonl", "articles/anercorp_news_passages.jsonl"):
        for line in (CORPUS / name).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            out[row["id"]] = row["text"]
    return out


def locate(text: str, spec: str, where: str) -> tuple[int, int]:
    first, _, last = (p.strip() for p in spec.partition("~~"))
    m = re.fullmatch(r"(.*?)@(\d+)", first)
    first, nth = (m.group(1), int(m.group(2))) if m else (first, 1)
    starts = [i for i in range(len(text)) if text.startswith(first, i)]
    whole = [i for i in starts if not _inside_word(text, i, i + len(first))]
    starts = whole or starts  # whole words first: قال is also inside الاعتقالات
    if len(starts) < nth or (len(starts) > 1 and not m):
        raise SystemExit(f"{where}: {first!r} occurs {len(starts)} times")
    start = starts[nth - 1]
    if not last:
        return start, start + len(first)
    end = text.find(last, start)
    while 0 <= end < start + len(first) - len(last):  # LAST must end after FIRST does
        end = text.find(last, end + 1)
    if end < 0:
        raise SystemExit(f"{where}: {last!r} not found after {first!r}")
    return start, end + len(last)


def _inside_word(text: str, start: int, end: int) -> bool:
    """True unless text[start:end] is a word, possibly behind one or two proclitics (و ف ب ل ك)."""
    before = re.search(r"\w*$", text[:start]).group()
    return bool(re.fullmatch(r"\w+", text[end:end + 1])) or not re.fullmatch(r"[وفبلك]{0,2}", before)


def parse(path: Path, all_texts: dict[str, str]) -> list[dict]:
    docs: list[dict] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("==="):
            doc_id, split = line[3:].split()
            docs.append({"id": doc_id, "split": split, "text": all_texts[doc_id], "spans": {}, "relations": set()})
            continue
        doc, where = docs[-1], f"{path.name}:{number}"
        parts = [p.strip() for p in line.split("|")]
        if len(parts) != 3:
            raise SystemExit(f"{where}: want CUE | SOURCE | CLAIM")
        keys = [None if p == "-" else _span(doc, label, locate(doc["text"], p, where))
                for label, p in zip(("CUE", "SOURCE", "CLAIM"), parts)]
        cue, source, claim = keys
        if cue and claim:
            doc["relations"].add((cue, claim, "cue_of"))
        if claim and source:
            doc["relations"].add((claim, source, "attributed_to"))
    return docs


def _span(doc: dict, label: str, bounds: tuple[int, int]) -> str:
    key = (*bounds, label)
    if key not in doc["spans"]:
        doc["spans"][key] = f"{doc['id']}-{label[:2].lower()}{len(doc['spans']) + 1}"
    return doc["spans"][key]


def record(doc: dict) -> dict:
    text = doc["text"]
    spans = [{"id": sid, "start": s, "end": e, "label": label, "text": text[s:e], "annotator": "gold"}
             for (s, e, label), sid in sorted(doc["spans"].items())]
    relations = [{"from": a, "to": b, "type": t, "annotator": "gold"} for a, b, t in sorted(doc["relations"])]
    return {"id": doc["id"], "text": text, "meta": {"split": doc["split"]}, "spans": spans, "relations": relations}


def main(argv: list[str]) -> None:
    docs = parse(HERE / "annotations.txt", texts())
    if "--show" in argv:
        for d in docs:
            print(f"=== {d['id']} ({d['split']})")
            for (s, e, label), sid in sorted(d["spans"].items()):
                print(f"  {label:6} [{s},{e}) {d['text'][s:e]}")
        return
    for split in ("tune", "heldout", "blind", "blind2", "blind3"):
        rows = [record(d) for d in docs if d["split"] == split]
        with open(HERE / f"{split}.jsonl", "w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"{split}: {len(rows)} documents, {sum(len(r['spans']) for r in rows)} spans, "
              f"{sum(len(r['relations']) for r in rows)} relations")


if __name__ == "__main__":
    main(sys.argv[1:])
