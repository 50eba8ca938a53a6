"""Checkout and sync of one annotator's documents against a project on a PostgreSQL server on
this machine (issue 12): the server holds --docs documents x 20 spans (ali's layer), ali is
assigned --assigned of them.

    python benchmarks/bench_sync.py [--docs 10000] [--assigned 500]

Timed (the minimum of 3 runs each): `checkout`; a `sync` sending edits (10% of ali's spans
relabelled, 5% deleted with their relations, 2 spans added and a status per document); a
`sync` with nothing new. The server is started here with fsync on, as a real server runs.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks"), str(ROOT / "tests")]


def offline_edits(path: Path, seed: int) -> int:
    """Edits as an annotator makes them offline, one transaction per document: how many."""
    from annotator.commands import make_span
    from annotator.model import ChangeSet, DocStatus, now_iso
    from annotator.project_io import open_project
    rng, edits = random.Random(seed), 0
    with open_project(path) as project:
        for doc_id in project.document_ids():
            spans = project.spans(doc_id, ["ali"])
            gone = [s.id for s in spans if rng.random() < 0.05]
            relabelled = [s.with_(label="MISC", updated=now_iso()) for s in spans
                          if s.id not in gone and rng.random() < 0.10]
            added = [make_span(doc_id, 0, 4, "PER", "ali"), make_span(doc_id, 5, 9, "LOC", "ali")]
            rels = project.relations_touching(gone)
            project.apply(ChangeSet(put_spans=relabelled + added, delete_spans=gone,
                                    delete_relations=[r.id for r in rels],
                                    put_statuses=[DocStatus(doc_id, "ali", "done", 60.0, now_iso(), now_iso())]))
            edits += len(gone) + len(relabelled) + len(added) + 1
    return edits


def timed(run) -> tuple[float, object]:
    start = time.perf_counter()
    result = run()
    return time.perf_counter() - start, result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--assigned", type=int, default=500)
    args = parser.parse_args()
    import synth
    from annotator.importing import import_records
    from annotator.project_io import create_project, open_project
    from annotator.sync import checkout, sync
    from exports import jsonl
    from pg_server import Server
    server = Server(durable=True).start()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            tmp = Path(tmp)
            source = synth.write_jsonl(synth.documents(args.docs, annotator="ali"), tmp / "in.jsonl")
            url = server.new_database()
            with create_project(url) as project:
                import_records(project, jsonl.read(source))
                ids = project.document_ids()
                project.assign([(doc_id, "ali") for doc_id in ids[::max(1, len(ids) // args.assigned)][:args.assigned]])
            print(f"server: {args.docs} documents x 20 spans; ali assigned {args.assigned}")
            checkouts = [timed(lambda i=i: checkout(url, tmp / f"ali{i}.isnad", "ali")) for i in range(3)]
            print(f"  checkout        {min(t for t, _ in checkouts):6.2f} s   "
                  f"{checkouts[0][1].documents_added} documents, {checkouts[0][1].received.get('spans added')} spans")
            local = tmp / "ali0.isnad"
            sends = []
            for seed in range(3):
                edits = offline_edits(local, seed)
                seconds, report = timed(lambda: sync(local))
                sends.append(seconds)
            print(f"  sync, sending   {min(sends):6.2f} s   {edits} edits: {report.summary()['sent']}")
            idle = [timed(lambda: sync(local))[0] for _ in range(3)]
            print(f"  sync, nothing   {min(idle):6.2f} s")
            with open_project(url, read_only=True) as project:
                assert project.spans(project.document_ids()[0])  # the server is still whole
    finally:
        server.stop()


if __name__ == "__main__":
    main()
