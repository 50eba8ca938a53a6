"""`isnad import` and native JSONL `isnad export` against their floors (issue 13).

    python benchmarks/bench_import_export.py [--docs N] [--repeat R] [--tmp DIR] [--keep]

Every phase runs as its own process (peak memory is its own max RSS, read with wait4):

  import    `isnad import` of the synthetic JSONL into a project made by `isnad init`
            (whole process: start, reading, checks, SQL)
  sql       the floor of import: plain `sqlite3.executemany` of the same rows (documents,
            spans, relations; no statuses in this data) into another project made by
            `isnad init` (same tables, indexes, trigger, connection pragmas), in one
            transaction; only the executemany calls and COMMIT are timed (rows are built
            from the file beforehand, a chunk at a time so memory stays flat)
  script    the same plain script as a whole process: json.loads of each line, SHA-256 of
            each text, the row tuples built, and the SQL of `sql`
  export    `isnad export --format jsonl` of the imported project (whole process)
  stdlib    the floor of export: `json.loads` of each line of the exported file and
            `json.dumps` of it to another file (whole process)

Targets (issue 13): import <= 1.5x sqlite and export <= 1x stdlib at 10,000 documents;
at 200,000 peak memory <= 500 MB and time per document no worse than at 10,000.
With --repeat R each phase runs R times and the minimum time is reported.

With --per-doc-against M (e.g. 10000 with --docs 200000), the import and the export of the
corpus's first M documents also run, into a project of their own, just before and just
after the corpus's own (this machine's speed drifts by a quarter within minutes): their
time per document is what the corpus's is compared with.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]
PY = sys.executable
CHUNK = 2000  # documents read at once by the floors


def run(argv: list[str]) -> tuple[float, float, float, str]:
    """(wall seconds, CPU seconds, peak RSS in MB, stdout) of one process."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, cwd=ROOT, stdout=out, stderr=err, text=True)
        _, status, usage = os.wait4(proc.pid, 0)  # the child's own rusage (max RSS)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0), err.seek(0)
        if proc.returncode:
            raise SystemExit(f"{' '.join(map(str, argv))} failed:\n{err.read()}")
        return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, out.read().strip()


def isnad(*args) -> tuple[float, float, float, str]:
    return run([PY, "-m", "annotator.cli", *map(str, args)])


# -- the floors, each run as `--floor NAME` in a process of its own -----------------------
def floor_sqlite(source: Path, project: Path) -> None:
    """Plain sqlite3 inserts of the rows `isnad import` writes, timed without building them."""
    from annotator.store.project import _file_pool  # the same connection pragmas as the project's
    stamp, sql_seconds, sql_cpu = "2024-01-01T00:00:00.000000Z", 0.0, 0.0
    conn = _file_pool(project, "rw")._connect().raw
    conn.execute("BEGIN IMMEDIATE")
    with open(source, encoding="utf-8") as f:
        while lines := [line for _, line in zip(range(CHUNK), f)]:
            docs, spans, rels = [], [], []
            for line in lines:
                d = json.loads(line)
                sha = hashlib.sha256(d["text"].encode()).hexdigest()
                docs.append((d["id"], sha, d.get("title", ""), d["text"], len(d["text"]), "", "{}", stamp))
                spans += [(s["id"], d["id"], s["start"], s["end"], s["label"], s["annotator"], "{}", "", stamp, stamp)
                          for s in d["spans"]]
                rels += [(r["id"], d["id"], r["from"], r["to"], r["type"], r["annotator"], stamp, stamp)
                         for r in d["relations"]]
            start, cpu = time.perf_counter(), time.process_time()
            conn.executemany("INSERT INTO documents (id, sha256, title, text, length, source, meta, added_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", docs)
            conn.executemany('INSERT INTO spans (id, doc_id, start, "end", label, annotator, attrs, note, created, '
                             "updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", spans)
            conn.executemany("INSERT INTO relations (id, doc_id, from_id, to_id, type, annotator, created, updated) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rels)
            sql_seconds += time.perf_counter() - start
            sql_cpu += time.process_time() - cpu
    start, cpu = time.perf_counter(), time.process_time()
    conn.execute("COMMIT")
    print(sql_seconds + time.perf_counter() - start, sql_cpu + time.process_time() - cpu)


def floor_stdlib(source: Path, out: Path) -> None:
    with open(source, encoding="utf-8") as f, open(out, "w", encoding="utf-8") as w:
        for line in f:
            w.write(json.dumps(json.loads(line), ensure_ascii=False) + "\n")


# -- the run --------------------------------------------------------------------------------
def measure(args, tmp: Path) -> None:
    import compileall
    import synth
    # As installed (pip compiles every module): not compiled again by each process, which
    # PYTHONDONTWRITEBYTECODE (set on this machine) would otherwise make every run pay.
    for package in ("annotator", "exports"):
        compileall.compile_dir(ROOT / package, quiet=1)
    source = tmp / "in.jsonl"
    start = time.perf_counter()
    counts = synth.write_counted(synth.iter_documents(args.docs), source)
    print(f"{args.docs} documents, {counts['spans']} spans, {counts['relations']} relations, "
          f"{source.stat().st_size / 1e6:.0f} MB of JSONL (made in {time.perf_counter() - start:.0f} s)", flush=True)
    best: dict[str, list[float]] = {}  # name -> [least wall, least CPU, most memory]

    def keep(name: str, seconds: float, cpu: float, peak: float) -> None:
        old = best.get(name, [seconds, cpu, peak])
        best[name] = [min(seconds, old[0]), min(cpu, old[1]), max(peak, old[2])]
        print(f"  {name:<7} {seconds:7.2f} s wall {cpu:7.2f} s CPU   peak {peak:6.0f} MB", flush=True)

    small = None
    if args.per_doc_against:
        small = tmp / "small.jsonl"
        with open(source, encoding="utf-8") as f, open(small, "w", encoding="utf-8") as w:
            w.writelines(line for _, line in zip(range(args.per_doc_against), f))
    for _ in range(args.repeat):
        project, floor_project, out = tmp / "bench.isnad", tmp / "floor.isnad", tmp / "out.jsonl"
        if small:
            keep("import M", *_import_export(small, tmp / "small.isnad", tmp / "small-out.jsonl", keep)[:3])
        _fresh(project, floor_project)
        keep("import", *isnad("import", project, source)[:3])
        wall, cpu, peak, said = run([PY, __file__, "--floor", "sqlite", source, floor_project])
        keep("sql", *map(float, said.split()), peak)
        keep("script", wall, cpu, peak)
        for made in (floor_project, floor_project.with_name(floor_project.name + "-wal")):
            made.unlink(missing_ok=True)
        keep("export", *isnad("export", project, "--format", "jsonl", "-o", out)[:3])
        keep("stdlib", *run([PY, __file__, "--floor", "stdlib", out, tmp / "stdlib.jsonl"])[:3])
        (tmp / "stdlib.jsonl").unlink()
        if small:
            keep("import M", *_import_export(small, tmp / "small.isnad", tmp / "small-out.jsonl", keep)[:3])
    n, m = args.docs, args.per_doc_against
    print(f"least of {args.repeat} (load average now: {os.getloadavg()[0]:.2f}):")
    for name, (seconds, cpu, peak) in best.items():
        docs = m if name.endswith(" M") else n
        print(f"  {name:<8} {seconds:7.2f} s wall {cpu:7.2f} s CPU  {1e6 * seconds / docs:6.0f} us/doc   "
              f"peak {peak:6.0f} MB")
    for a, b, target in (("import", "sql", 1.5), ("import", "script", 1.5), ("export", "stdlib", 1)):
        print(f"  {a} / {b}  {best[a][0] / best[b][0]:.2f}x wall, {best[a][1] / best[b][1]:.2f}x CPU "
              f"(target <= {target})")
    for name in ("import", "export") if m else ():
        ratio = (best[name][0] / n) / (best[f"{name} M"][0] / m)
        print(f"  {name} per document: {n} documents / the first {m}: {ratio:.2f}x (target <= 1)")


def _fresh(*projects: Path) -> None:
    for made in projects:
        for path in (made, made.with_name(made.name + "-wal"), made.with_name(made.name + "-shm")):
            path.unlink(missing_ok=True)
        isnad("init", made)


def _import_export(source: Path, project: Path, out: Path, keep) -> tuple[float, float, float, str]:
    """`isnad import` of `source` into a fresh project (returned), and its export (kept as "export M")."""
    _fresh(project)
    imported = isnad("import", project, source)
    keep("export M", *isnad("export", project, "--format", "jsonl", "-o", out)[:3])
    return imported


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--per-doc-against", type=int, default=0, metavar="M",
                        help="also import and export the first M documents before and after, to compare per document")
    parser.add_argument("--tmp", help="folder for the files (default: the system's temporary folder)")
    parser.add_argument("--keep", action="store_true", help="leave the files (printed) instead of deleting them")
    parser.add_argument("--floor", choices=["sqlite", "stdlib"])
    parser.add_argument("paths", nargs="*")
    args = parser.parse_args()
    if args.floor:
        return {"sqlite": floor_sqlite, "stdlib": floor_stdlib}[args.floor](*map(Path, args.paths))
    tmp = Path(tempfile.mkdtemp(prefix="isnad-bench-", dir=args.tmp))
    try:
        measure(args, tmp)
    finally:
        if args.keep:
            print(f"files kept in {tmp}")
        else:
            shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
