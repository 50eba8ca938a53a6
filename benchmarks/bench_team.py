"""Team work at scale: 10 annotators x 1,000 documents x 20 spans (+3 relations each).

Builds ten annotator projects (untimed), then times the real CLI as a lead runs it:
`isnad merge lead.isnad p0..p9.isnad` and `isnad agree lead.isnad --json`, each in its own
process, reporting wall time and that process's peak memory (max RSS).
Targets (issue 6): merge <= 10 s, agreement <= 10 s, peak memory <= 1 GB.

    /work/venv/bin/python benchmarks/bench_team.py [--docs 1000] [--annotators 10]
"""
from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotator.importing import import_records  # noqa: E402
from annotator.model import Document, DocumentRecord, Relation, Span  # noqa: E402
from annotator.store import Project  # noqa: E402

PUD = ROOT / "tests" / "corpus" / "pud" / "ar_pud_news.jsonl"
ENTITIES = ("PER", "ORG", "LOC", "MISC", "SOURCE", "CUE")


def documents(n: int) -> list[str]:
    """Deterministic news-like documents: 6 real UD Arabic-PUD news sentences each."""
    sentences = [json.loads(line)["text"] for line in PUD.read_text(encoding="utf-8").splitlines()]
    rnd = random.Random(1)
    return [" ".join(rnd.sample(sentences, 6)) + f" ({i})" for i in range(n)]


def words(text: str) -> list[tuple[int, int]]:
    out, start = [], None
    for i, ch in enumerate(text + " "):
        if ch.isspace() and start is not None:
            out.append((start, i))
            start = None
        elif not ch.isspace() and start is None:
            start = i
    return out


def truth(text: str, seed: int) -> list[tuple[int, int, str]]:
    """20 reference spans: 17 one- or two-word entities/cues and 3 multi-word claims."""
    rnd, ws = random.Random(seed), words(text)
    spans = set()
    while len(spans) < 17:
        i = rnd.randrange(len(ws) - 1)
        spans.add((ws[i][0], ws[i + rnd.randint(0, 1)][1], rnd.choice(ENTITIES)))
    while len(spans) < 20:
        i = rnd.randrange(len(ws) - 8)
        spans.add((ws[i][0], ws[i + rnd.randint(3, 7)][1], "CLAIM"))
    return sorted(spans)


def annotate(doc_text: str, ref, who: str, rnd: random.Random) -> tuple[list[Span], list[Relation]]:
    """One annotator's version: mostly the reference, sometimes moved, relabelled or missed."""
    spans = []
    for n, (s, e, label) in enumerate(ref):
        roll = rnd.random()
        if roll < 0.08:
            continue  # missed
        if roll < 0.16:
            e = max(s + 1, e - rnd.randint(1, 3))  # boundary moved
        elif roll < 0.22:
            label = rnd.choice([l for l in ENTITIES if l != label]) if label != "CLAIM" else label
        spans.append(Span(f"{who}-{n}-{rnd.random():.12f}", "", s, e, label, who, updated="2026-11-20T10:00:00Z"))
    claims = [sp for sp in spans if sp.label == "CLAIM"]
    sources = [sp for sp in spans if sp.label == "SOURCE"] or [sp for sp in spans if sp.label != "CLAIM"]
    rels = [Relation(f"{c.id}>", "", c.id, sources[k % len(sources)].id, "attributed_to", who)
            for k, c in enumerate(claims)] if sources else []
    return spans, rels


def build(tmp: Path, n_docs: int, n_annotators: int) -> list[Path]:
    texts = documents(n_docs)
    refs = [truth(t, i) for i, t in enumerate(texts)]
    paths = []
    for a in range(n_annotators):
        who, rnd = f"annotator{a}", random.Random(100 + a)
        records = []
        for i, (t, ref) in enumerate(zip(texts, refs)):
            spans, rels = annotate(t, ref, who, rnd)
            records.append(DocumentRecord(Document(f"doc{i:05d}", "", t, title=t[:40]), spans, rels))
        path = tmp / f"p{a}.isnad"
        with Project.create(path) as p:
            import_records(p, records, who)
        paths.append(path)
    return paths


def timed(*args) -> tuple[float, float, str]:
    """Run `isnad args` in a child process: wall seconds, its peak RSS in MB, stdout."""
    with tempfile.TemporaryFile("w+", encoding="utf-8") as out, tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "annotator.cli", *map(str, args)], cwd=ROOT,
                                stdout=out, stderr=err, text=True)
        _, status, usage = os.wait4(proc.pid, 0)  # this child's own resource usage
        seconds = time.perf_counter() - start
        out.seek(0), err.seek(0)
        if os.waitstatus_to_exitcode(status):
            raise SystemExit(f"isnad {args[0]} failed:\n{err.read()}")
        return seconds, usage.ru_maxrss / 1024, out.read()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--annotators", type=int, default=10)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        t0 = time.perf_counter()
        sources = build(tmp, args.docs, args.annotators)
        print(f"setup: {args.annotators} projects x {args.docs} documents in {time.perf_counter() - t0:.1f} s")
        lead = tmp / "lead.isnad"
        Project.create(lead).close()
        seconds, peak, out = timed("merge", lead, *sources)
        print(f"merge: {seconds:.2f} s, peak {peak:.0f} MB  ({out.splitlines()[0]})")
        with Project.open(lead, read_only=True) as p:
            stats = p.stats()
        print(f"  merged project: {stats['documents']} documents, {stats['spans']} spans, "
              f"{stats['relations']} relations")
        seconds, peak2, out = timed("agree", lead, "--json")
        result = json.loads(out)
        print(f"agree: {seconds:.2f} s, peak {peak2:.0f} MB  (alpha {result['overall']['alpha']:.3f}, "
              f"F1 exact {result['overall']['f1_exact']:.3f}, {len(result['pairs'])} pairs)")
        seconds3, _, _ = timed("merge", lead, *sources)
        print(f"merge again (nothing new): {seconds3:.2f} s")


if __name__ == "__main__":
    main()
