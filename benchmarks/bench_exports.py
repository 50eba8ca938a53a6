"""Export benchmark: 10,000 synthetic Arabic news documents x 20 spans x 7 relations
(benchmarks/synth.py: real UD Arabic-PUD sentences, the generator the import benchmark uses).

Each format is written in its own process (so peak memory is per format): the records are
generated in memory, then only the writer is timed. Peak memory is the process's maximum
resident set (generation included). The spaCy DocBin is read back to check every span;
formats that import are read back with their reader, timed ("read back").

    python benchmarks/bench_exports.py [N] [FORMAT ...] [--dir /dev/shm] [--from-project]
"""
from __future__ import annotations

import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

TARGETS = {"jsonl": 2.0, "doccano": 2.0, "label-studio": 2.0, "brat": 2.0, "conll": 3.0,
           "parquet": 1.5, "spacy": 5.0}
MEMORY_TARGET_MB = 1024


def run_from_project(fmt_name: str, project_path: str, where: str | None) -> dict:
    """The CLI's path: read the records from a project file and export them."""
    from annotator.store import Project
    from exports.run import export
    with tempfile.TemporaryDirectory(dir=where) as tmp, Project.open(project_path, read_only=True) as project:
        start = time.perf_counter()
        report = export(project.records(), fmt_name, Path(tmp) / f"out{fmt_name}", project.schema)
        seconds = time.perf_counter() - start
    return {"format": fmt_name, "seconds": round(seconds, 3), "report": report, "mb_written": 0,
            "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}


def make_project(path: Path, n: int) -> None:
    import synth
    from annotator.importing import import_records
    from annotator.store import Project
    from exports.jsonl import read
    source = synth.write_jsonl(synth.documents(n), path.with_suffix(".jsonl"))
    with Project.create(path) as project:
        import_records(project, read(source))


def run_one(fmt_name: str, n: int, where: str | None) -> dict:
    import gc

    from annotator.schema import default_schema
    from exports.registry import get_format

    fmt = get_format(fmt_name, "write")
    recs = records(n)
    gc.collect()
    with tempfile.TemporaryDirectory(dir=where) as tmp:
        out = Path(tmp) / f"out{fmt.suffix}"
        start = time.perf_counter()
        report = fmt.write(recs, out, default_schema(), None)
        seconds = time.perf_counter() - start
        size = sum(p.stat().st_size for p in out.rglob("*")) if out.is_dir() else out.stat().st_size
        result = {"format": fmt_name, "seconds": round(seconds, 3), "report": report,
                  "mb_written": round(size / 2**20, 1),
                  "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}
        if fmt_name == "spacy":  # read back after measuring the writer's peak
            result["spans_exact"] = _spacy_exact(out, recs)
        if fmt.read:  # formats that import: time the reader on what was just written
            start = time.perf_counter()
            back = list(fmt.read(out, None))
            result["read"] = f"{time.perf_counter() - start:.2f} s, {sum(len(r.spans) for r in back)} spans"
    return result


def records(n: int) -> list:
    """The synthetic documents as the store hands them to writers (ids, SHA-256 set)."""
    from dataclasses import replace

    import synth
    from annotator.model import Origin
    from annotator.text import sha256_of
    from exports.jsonl import from_dict
    out = []
    for row in synth.documents(n):
        rec = from_dict(row, Origin("synth"))
        doc = rec.document
        out.append(replace(rec, document=replace(doc, sha256=sha256_of(doc.text)), origin=None))
    return out


def _spacy_exact(path: Path, recs) -> str:
    import spacy
    from spacy.tokens import DocBin
    docs = DocBin().from_disk(path).get_docs(spacy.blank("ar").vocab)
    exact = total = 0
    for rec, doc in zip(recs, docs):
        text = rec.document.text
        got = {(s.start_char, s.end_char, s.label_) for s in doc.spans["sc"] if s.text == text[s.start_char:s.end_char]}
        exact += sum((s.start, s.end, s.label) in got for s in rec.spans)
        total += len(rec.spans)
    return f"{exact}/{total}"


def main() -> None:
    args = sys.argv[1:]
    if args[:1] == ["--one"]:
        print(json.dumps(run_one(args[1], int(args[2]), args[3] or None), ensure_ascii=False))
        return
    if args[:1] == ["--one-project"]:
        print(json.dumps(run_from_project(args[1], args[2], args[3] or None), ensure_ascii=False))
        return
    project = ""
    if "--from-project" in args:  # time `isnad export`'s path: records read from a project file too
        args.remove("--from-project")
        project = tempfile.mkdtemp()
    where = ""
    if "--dir" in args:  # e.g. --dir /dev/shm: time the code, not the disk (brat writes 20,000 files)
        where = args.pop(args.index("--dir") + 1)
        args.remove("--dir")
    n = int(args[0]) if args and args[0].isdigit() else 10_000
    formats = [a for a in args if not a.isdigit()] or list(TARGETS)
    print(f"{n} documents x 20 spans x 7 relations; writer time only; peak RSS of the process; "
          f"output in {where or tempfile.gettempdir()}")
    if project:
        make_project(Path(project) / "bench.isnad", n)
        print("records read from a project file (timed), as `isnad export` does")
    print(f"{'format':<13}{'seconds':>9}{'target':>8}{'peak MB':>9}{'MB out':>8}  notes")
    for name in formats:
        cmd = (["--one-project", name, str(Path(project) / "bench.isnad"), where] if project
               else ["--one", name, str(n), where])
        line = subprocess.run([sys.executable, __file__, *cmd], capture_output=True,
                              text=True, check=True, cwd=ROOT).stdout.strip().splitlines()[-1]
        r = json.loads(line)
        ok = "ok" if r["seconds"] <= TARGETS[name] and r["peak_mb"] <= MEMORY_TARGET_MB else "SLOW"
        notes = {k: v for k, v in r["report"].items() if k != "documents" and v}
        if "spans_exact" in r:
            notes["spans exact"] = r["spans_exact"]
        if "read" in r:
            notes["read back"] = r["read"]
        print(f"{name:<13}{r['seconds']:>9.2f}{TARGETS[name]:>8.1f}{r['peak_mb']:>9}{r['mb_written']:>8}  {ok} {notes}")
    if project:
        shutil.rmtree(project)


if __name__ == "__main__":
    main()
