"""Import and native JSONL export of 10,000 documents x 20 spans into a project file and into
a project on a PostgreSQL server on this machine (issue 12), each phase in its own process.

    python benchmarks/bench_server.py [--docs N]

The server is started here (tests/pg_server.py) with fsync on, as a real server runs, in a
temporary folder on a loopback port. The same store code runs both: only the place differs.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks"), str(ROOT / "tests")]


def phase(name: str, source: str, location: str, out: str) -> None:
    import resource
    from annotator.importing import import_records
    from annotator.project_io import open_project
    from exports import jsonl
    start = time.perf_counter()
    if name == "import":
        with open_project(location) as p:
            detail = import_records(p, jsonl.read(Path(source))).summary()
    else:
        with open_project(location, read_only=True) as p:
            detail = str(jsonl.write(p.records(), Path(out)))
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  {name:<7} {seconds:6.2f} s   peak {peak:6.0f} MB   {detail}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--phase", choices=["import", "export"])
    parser.add_argument("args", nargs="*")
    args = parser.parse_args()
    if args.phase:
        return phase(args.phase, *args.args)
    import synth
    from annotator.project_io import create_project
    from pg_server import Server
    server = Server(durable=True).start()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            tmp = Path(tmp)
            source = tmp / "in.jsonl"
            rows = synth.documents(args.docs)
            synth.write_jsonl(rows, source)
            print(f"{args.docs} documents, {sum(len(r['spans']) for r in rows)} spans, "
                  f"{sum(len(r['relations']) for r in rows)} relations")
            del rows
            for place, location in (("file", str(tmp / "bench.isnad")), ("server", server.new_database())):
                print(place)
                create_project(location).close()
                for name in ("import", "export"):
                    subprocess.run([sys.executable, __file__, "--phase", name, str(source), location,
                                    str(tmp / f"{place}.jsonl")], check=True)
    finally:
        server.stop()


if __name__ == "__main__":
    main()
