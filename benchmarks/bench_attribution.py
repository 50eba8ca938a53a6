"""Speed of the `attribution` recommender alone (no store): the texts of the project
benchmark (benchmarks/synth.py: 10,000 documents x 2,000 characters of real UD Arabic-PUD
news sentences) in one pass, and one 2,000-character document at a time (what the window
asks when a document opens).

    python benchmarks/bench_attribution.py [N]

The machine's other load shows as wall time above CPU time. Targets: the whole `isnad suggest --with attribution` within 3x the native JSONL export of
the same project (about 1 s), so the recommender itself about 1-2 s for 20 million
characters; one document well under 20 ms (the issue allows 150 ms).
"""
from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]


def main(n: int) -> None:
    import synth
    from annotator.recommenders import make_recommender

    texts = [d["text"] for d in synth.documents(n)]
    chars = sum(map(len, texts))
    start = time.perf_counter()
    recommender = make_recommender("attribution")
    made = time.perf_counter() - start

    start, cpu = time.perf_counter(), time.process_time()
    results = list(recommender.suggest_many(texts))
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    spans = sum(len(r.spans) for r in results)
    relations = sum(len(r.relations) for r in results)
    cues = sum(1 for r in results for s in r.spans if s.label == "CUE")

    singles = []
    for text in texts[:300]:
        t0 = time.perf_counter()
        recommender.suggest(text)
        singles.append(time.perf_counter() - t0)
    seed = (ROOT / "tests" / "corpus" / "seed" / "sirte-washington-post.txt").read_text(encoding="utf-8")
    t0 = time.perf_counter()
    recommender.suggest(seed)
    seed_ms = (time.perf_counter() - t0) * 1000

    print(f"recommender built (regexes compiled): {made * 1000:.0f} ms")
    print(f"{n:,} documents, {chars:,} characters: {seconds:.2f} s ({cpu:.2f} s of CPU; "
          f"{chars / seconds / 1e6:.1f} M characters/s); {cues:,} cues, {spans:,} spans, {relations:,} relations")
    print(f"one 2,000-character document: median {statistics.median(singles) * 1000:.2f} ms, "
          f"max {max(singles) * 1000:.2f} ms (300 documents)")
    print(f"the seed article ({len(seed):,} characters): {seed_ms:.2f} ms")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
