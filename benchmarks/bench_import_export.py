"""Import and native JSONL export of 10,000 documents x 20 spans (issue 3's targets).

    python benchmarks/bench_import_export.py [--docs N]

Each phase runs in its own process so that its peak memory (max RSS) is its own.
Targets: import <= 8 s, export <= 1.5 s, peak memory <= 500 MB.
"""
from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]


def phase(name: str, source: Path, project: Path, out: Path) -> None:
    from annotator.importing import import_records
    from annotator.store import Project
    from exports import jsonl
    start = time.perf_counter()
    if name == "import":
        with Project.open(project) as p:
            report = import_records(p, jsonl.read(source))
        detail = report.summary()
    else:
        with Project.open(project, read_only=True) as p:
            detail = str(jsonl.write(p.records(), out))
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{name:<7} {seconds:6.2f} s   peak {peak:6.0f} MB   {detail}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--phase", choices=["import", "export"])
    parser.add_argument("paths", nargs="*")
    args = parser.parse_args()
    if args.phase:
        return phase(args.phase, *map(Path, args.paths))
    import synth
    from annotator.store import Project
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        source, project, out = tmp / "in.jsonl", tmp / "bench.isnad", tmp / "out.jsonl"
        rows = synth.documents(args.docs)
        synth.write_jsonl(rows, source)
        print(f"{args.docs} documents, {sum(len(r['spans']) for r in rows)} spans, "
              f"{sum(len(r['relations']) for r in rows)} relations, "
              f"{source.stat().st_size / 1e6:.1f} MB of JSONL")
        del rows
        Project.create(project).close()
        for name in ("import", "export"):
            subprocess.run([sys.executable, __file__, "--phase", name, source, project, out], check=True)


if __name__ == "__main__":
    main()
