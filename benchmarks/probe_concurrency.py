"""Several writers on one project at once, as real processes (issue 14). Prints:

- merge while the lead edits: edits acknowledged, made during the merge, lost (target 0);
- two `import --add-labels` at once, each adding its own label: labels lost (target 0);
- two imports of the same texts at once: failures (target 0; the later says "already there").

    python benchmarks/probe_concurrency.py [--root CHECKOUT] [--docs 400] [--rounds 6]

--root runs another checkout's command line (e.g. an older one, to compare). The scenarios
are also tests/test_concurrency.py.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]
import synth  # noqa: E402
from annotator.store import Project  # noqa: E402  (this checkout's reads the results)

OLD, NEW = "2026-11-01T00:00:00.000000Z", "2026-11-20T10:00:00.000000Z"


def _write(path: Path, rows: list[dict]) -> Path:
    return synth.write_jsonl(rows, path)


def _cli(root: Path, *args) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "annotator.cli", *map(str, args)], cwd=root,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _ok(root: Path, *args) -> str:
    proc = _cli(root, *args)
    out, err = proc.communicate()
    if proc.returncode != 0:
        raise RuntimeError(f"isnad {args} failed: {err}")
    return out


def layer(rows: list[dict], who: str, updated: str, shift: int = 0) -> list[dict]:
    """Everyone's spans of the synthetic documents in `who`'s layer, edited at `updated`
    (`shift` rotates entity labels: an older version that differs)."""
    labels = synth.ENTITY_LABELS
    out = []
    for row in rows:
        spans = [dict(s, id=f"{who}-{s['id']}", annotator=who, updated=updated,
                      label=labels[(labels.index(s["label"]) + shift) % 4] if s["label"] in labels else s["label"])
                 for s in row["spans"]]
        relations = [dict(r, id=f"{who}-{r['id']}", annotator=who, **{"from": f"{who}-{r['from']}",
                                                                      "to": f"{who}-{r['to']}"})
                     for r in row["relations"]]
        out.append(dict(row, spans=spans, relations=relations))
    return out


def merge_while_editing(tmp: Path, root: Path = ROOT, docs: int = 400) -> dict:
    """Three annotators' newer versions of the spans the lead holds in older versions, merged
    while the lead relabels ali's spans (tests/edit_while.py): how many edits are lost."""
    rows = synth.documents(docs, spans_per_doc=20, seed=3)
    people = ("ali", "mona", "sara")
    sources = []
    for who in people:
        path = tmp / f"{who}.isnad"
        _ok(root, "init", path)
        _ok(root, "import", path, _write(tmp / f"{who}.jsonl", layer(rows, who, NEW)))
        sources.append(path)
    lead = tmp / "lead.isnad"
    _ok(root, "init", lead)
    old = [dict(r, spans=[s for who in people for s in layer([r], who, OLD, shift=1)[0]["spans"]], relations=[])
           for r in rows]
    _ok(root, "import", lead, _write(tmp / "old.jsonl", old))
    stop = tmp / "merge-ended"
    editor = subprocess.Popen([sys.executable, str(ROOT / "tests" / "edit_while.py"), str(lead), "ali", str(stop)],
                              cwd=root, env={**os.environ, "PYTHONPATH": str(root)},
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(1.0)  # the editor is editing
    started = time.time()
    merge = _cli(root, "merge", lead, *sources, "--json")
    out, err = merge.communicate()
    ended = time.time()
    stop.touch()
    edits, editor_err = editor.communicate()
    if merge.returncode != 0 or editor.returncode != 0:
        raise RuntimeError(f"merge: {err}\neditor: {editor_err}")
    report = json.loads(edits)
    acknowledged = report["edits"]
    last = {span_id: label for span_id, label, _ in acknowledged}
    with Project.open(lead, read_only=True) as p:
        stored = {s.id: s.label for d in p.document_ids() for s in p.spans(d, ["ali"])}
        integrity = p.integrity_check()
    return {"edits": len(acknowledged), "during merge": sum(started < t < ended for *_, t in acknowledged),
            "spans edited": len(last), "lost": sum(stored[i] != label for i, label in last.items()),
            "busy retries": report["busy"], "merge seconds": round(ended - started, 1),
            "spans updated by the merge": json.loads(out)["counts"].get("spans updated", 0), "integrity": integrity}


def add_labels_at_once(tmp: Path, root: Path = ROOT, rounds: int = 6, docs: int = 60) -> dict:
    """Two imports started together, each bringing its own new label with --add-labels."""
    rows = synth.documents(docs, spans_per_doc=20, seed=5)
    files = {label: _write(tmp / f"{label}.jsonl", [
        dict(r, spans=[dict(s, id=f"{label}-{s['id']}", label=label) for s in r["spans"]], relations=[])
        for r in rows]) for label in ("NEWA", "NEWB")}
    lost = failed = 0
    for k in range(rounds):
        project = tmp / f"labels{k}.isnad"
        _ok(root, "init", project)
        runs = [_cli(root, "import", project, files[label], "--add-labels") for label in files]
        failed += sum(run.wait() != 0 for run in runs)
        with Project.open(project, read_only=True) as p:
            lost += len(set(files) - p.schema.label_names)
    return {"rounds": rounds, "labels added": 2 * rounds, "labels lost": lost, "imports failed": failed}


def same_texts_at_once(tmp: Path, root: Path = ROOT, rounds: int = 3, docs: int = 300) -> dict:
    """Two imports of the same file started together."""
    source = _write(tmp / "same.jsonl", synth.documents(docs, spans_per_doc=5, relations_per_doc=2, seed=9))
    outcomes = {"rounds": rounds, "imports failed": 0, "'this is a bug'": 0, "documents wrong": 0}
    for k in range(rounds):
        project = tmp / f"same{k}.isnad"
        _ok(root, "init", project)
        runs = [_cli(root, "import", project, source) for _ in range(2)]
        for run in runs:
            _, err = run.communicate()
            outcomes["imports failed"] += run.returncode != 0
            outcomes["'this is a bug'"] += "this is a bug" in err
        with Project.open(project, read_only=True) as p:
            outcomes["documents wrong"] += p.stats()["documents"] != docs
    return outcomes


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", type=Path, default=ROOT, help="checkout whose annotator.cli is run")
    parser.add_argument("--docs", type=int, default=400, help="documents in the merge scenario")
    parser.add_argument("--rounds", type=int, default=6, help="rounds of concurrent --add-labels imports")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for name, run in (("merge while the lead edits", lambda d: merge_while_editing(d, args.root, args.docs)),
                          ("two --add-labels imports at once", lambda d: add_labels_at_once(d, args.root, args.rounds)),
                          ("two imports of the same texts at once", lambda d: same_texts_at_once(d, args.root))):
            folder = tmp / name.replace(" ", "_")
            folder.mkdir()
            print(f"{name}: " + ", ".join(f"{k} {v}" for k, v in run(folder).items()), flush=True)


if __name__ == "__main__":
    main()
