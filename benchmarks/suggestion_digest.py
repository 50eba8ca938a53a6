"""A digest of every suggestion `isnad suggest` writes, to show that a change to the
recommenders or to the writing of suggestions changed none of them.

    python benchmarks/suggestion_digest.py [--docs N]

Run it on two checkouts (say, before and after a speed-up) and compare the lines: each is a
recommender, a project and a path (in worker processes, or in this one), what was suggested
and a SHA-256 of every suggested span and relation (id, offsets, label or type, attributes).
The projects: the benchmark's (bench_suggest.py: N synthetic documents of UD Arabic-PUD
sentences, the first fifth tagged) and one of the shared corpus's real texts (the ANERcorp
passages with their gold, the attribution development set, the PUD sentences).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]
CORPUS = ROOT / "tests" / "corpus"


def bench_records(docs: int) -> list:
    import bench_suggest
    import synth
    from annotator.model import Document, DocumentRecord, Span
    rows = synth.documents(docs)
    bench_suggest.tag_names_and_cues(rows[:docs // 5])
    return [DocumentRecord(Document(r["id"], "", r["text"]),
                           [Span("", "", s["start"], s["end"], s["label"], s["annotator"]) for s in r["spans"]]
                           if i < docs // 5 else []) for i, r in enumerate(rows)]


def corpus_records() -> list:
    from annotator.model import Document, DocumentRecord, Span
    records = []
    for name in ("articles/anercorp_news_passages.jsonl", "attribution/tune.jsonl", "attribution/heldout.jsonl"):
        for line in (CORPUS / name).read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            spans = [Span("", "", s["start"], s["end"], {"PERS": "PER"}.get(s["label"], s["label"]), "ali")
                     for s in r.get("spans", [])]
            records.append(DocumentRecord(Document(f"{name}/{r['id']}", "", r["text"]), spans))
    for line in (CORPUS / "pud" / "ar_pud_news.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        records.append(DocumentRecord(Document(f"pud/{r['id']}", "", r["text"])))
    return records


def digest(project) -> tuple[int, int, str]:
    """How many suggested spans and relations the project holds, and a SHA-256 of them all."""
    h = hashlib.sha256()
    spans = relations = 0
    for record in project.records():
        for s in sorted(record.spans, key=lambda s: s.id):
            if s.annotator.startswith("suggest:"):
                spans += 1
                h.update(repr((s.id, s.doc_id, s.start, s.end, s.label, s.annotator, sorted(s.attrs.items()))).encode())
        for x in sorted(record.relations, key=lambda x: x.id):
            if x.annotator.startswith("suggest:"):
                relations += 1
                h.update(repr((x.id, x.doc_id, x.from_id, x.to_id, x.type, x.annotator)).encode())
    return spans, relations, h.hexdigest()[:16]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=10_000, help="documents of the benchmark's project")
    args = parser.parse_args()
    from annotator import suggestions
    from annotator.importing import import_records
    from annotator.recommenders import RecommenderOptions, make_recommender
    from annotator.store import Project
    projects = {f"bench ({args.docs} documents)": bench_records(args.docs), "corpus": corpus_records()}
    parallel_from = suggestions.PARALLEL_FROM
    with tempfile.TemporaryDirectory() as tmp:
        for name, records in projects.items():
            for spec in ("lexicon", "attribution"):
                for path, threshold in (("workers", 1), ("this process", 10 ** 9)):
                    suggestions.PARALLEL_FROM = threshold
                    with Project.create(Path(tmp) / f"{name[:5]}-{spec}-{threshold}.isnad") as p:
                        import_records(p, records)
                        suggestions.suggest_project(p, make_recommender(spec, p, RecommenderOptions()))
                        spans, relations, sha = digest(p)
                    print(f"{spec:<12} {name:<24} {path:<13} {spans:7} spans {relations:6} relations  sha256 {sha}",
                          flush=True)
    suggestions.PARALLEL_FROM = parallel_from


if __name__ == "__main__":
    main()
