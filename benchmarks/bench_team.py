"""Team work at scale: 20 annotators x 1,000 documents x 20 spans (+7 relations each).

Builds the annotator projects (untimed), then times the real CLI as a lead runs it:
`isnad merge lead.isnad p0..p19.isnad` and `isnad agree lead.isnad --json`, each in its own
process, reporting wall time and that process's peak memory (max RSS).
Targets (issues 6 and 13): agreement <= 10 s and <= 1 GB; merging again with nothing new no
slower than the first merge.

    python benchmarks/bench_team.py [--docs 1000] [--annotators 20]
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
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from annotator.importing import import_records  # noqa: E402
from annotator.store import Project  # noqa: E402
from exports.jsonl import from_dict  # noqa: E402
from annotator.model import Origin  # noqa: E402
from synth import ENTITY_LABELS, documents  # noqa: E402


def annotate(row: dict, who: str, rnd: random.Random) -> dict:
    """One annotator's version of a synthetic document: mostly the reference spans, some
    missed (8%), with a moved end (8%) or relabelled (6%); relations to missed spans go."""
    spans = []
    for s in row["spans"]:
        roll = rnd.random()
        if roll < 0.08:
            continue
        s = dict(s, id=f"{who}-{s['id']}", annotator=who, updated="2026-11-20T10:00:00Z")
        if roll < 0.16:
            s["end"] = max(s["start"] + 1, s["end"] - rnd.randint(1, 3))
        elif roll < 0.22 and s["label"] in ENTITY_LABELS:
            s["label"] = rnd.choice([l for l in ENTITY_LABELS if l != s["label"]])
        spans.append(s)
    kept = {s["id"] for s in spans}
    relations = [dict(r, id=f"{who}-{r['id']}", annotator=who, **{"from": f"{who}-{r['from']}", "to": f"{who}-{r['to']}"})
                 for r in row["relations"]]
    return dict(row, spans=spans, relations=[r for r in relations if {r["from"], r["to"]} <= kept])


def build(tmp: Path, n_docs: int, n_annotators: int) -> list[Path]:
    rows = documents(n_docs)
    paths = []
    for a in range(n_annotators):
        who, rnd = f"annotator{a}", random.Random(100 + a)
        path = tmp / f"p{a}.isnad"
        with Project.create(path) as p:
            import_records(p, (from_dict(annotate(r, who, rnd), Origin("synth")) for r in rows), who)
        paths.append(path)
    return paths


def timed(*args) -> tuple[float, float, float, str]:
    """Run `isnad args` in a child process: wall seconds, its CPU seconds (less sensitive to
    other jobs on a shared machine), its peak RSS in MB, stdout."""
    with tempfile.TemporaryFile("w+", encoding="utf-8") as out, tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "annotator.cli", *map(str, args)], cwd=ROOT,
                                stdout=out, stderr=err, text=True)
        _, status, usage = os.wait4(proc.pid, 0)  # this child's own resource usage
        seconds = time.perf_counter() - start
        out.seek(0), err.seek(0)
        if os.waitstatus_to_exitcode(status):
            raise SystemExit(f"isnad {args[0]} failed:\n{err.read()}")
        return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, out.read()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--annotators", type=int, default=20)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        t0 = time.perf_counter()
        sources = build(tmp, args.docs, args.annotators)
        print(f"setup: {args.annotators} projects x {args.docs} documents in {time.perf_counter() - t0:.1f} s")
        lead = tmp / "lead.isnad"
        Project.create(lead).close()
        seconds, cpu, peak, out = timed("merge", lead, *sources)
        print(f"merge: {seconds:.2f} s wall, {cpu:.2f} s CPU, peak {peak:.0f} MB  ({out.splitlines()[0]})")
        with Project.open(lead, read_only=True) as p:
            stats = p.stats()
        print(f"  merged project: {stats['documents']} documents, {stats['spans']} spans, "
              f"{stats['relations']} relations")
        seconds, cpu, peak, out = timed("agree", lead, "--json")
        result = json.loads(out)
        print(f"agree: {seconds:.2f} s wall, {cpu:.2f} s CPU, peak {peak:.0f} MB  (alpha {result['overall']['alpha']:.3f}, "
              f"F1 exact {result['overall']['f1_exact']:.3f}, {len(result['pairs'])} pairs)")
        seconds, cpu, peak, _ = timed("merge", lead, *sources)
        print(f"merge again (nothing new): {seconds:.2f} s wall, {cpu:.2f} s CPU, peak {peak:.0f} MB")


if __name__ == "__main__":
    main()
