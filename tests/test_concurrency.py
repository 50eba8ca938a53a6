"""Several writers at once on one project file (issue 14): a merge while the lead edits, two
imports adding labels, two imports of the same texts. Real processes on real files."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from annotator.store import Project
from helpers import ROOT, isnad, write_jsonl

sys.path.insert(0, str(ROOT / "benchmarks"))
import synth  # noqa: E402

OLD, NEW = "2026-11-01T00:00:00.000000Z", "2026-11-20T10:00:00.000000Z"


def _cli(*args) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "annotator.cli", *map(str, args)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _layer(rows: list[dict], who: str, updated: str, shift: int = 0) -> list[dict]:
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


@pytest.mark.slow
def test_a_merge_loses_no_edit_made_while_it_runs(tmp_path):
    """The lead relabels spans in the target while a merge of newer versions of the same
    spans plans and writes: every acknowledged edit is there afterwards (the newest wins)."""
    rows = synth.documents(400, spans_per_doc=20, seed=3)
    people = ("ali", "mona", "sara")
    sources = []
    for who in people:
        path = tmp_path / f"{who}.isnad"
        isnad("init", path)
        isnad("import", path, write_jsonl(tmp_path / f"{who}.jsonl", _layer(rows, who, NEW)))
        sources.append(path)
    lead = tmp_path / "lead.isnad"
    isnad("init", lead)
    old = [dict(r, spans=[s for who in people for s in _layer([r], who, OLD, shift=1)[0]["spans"]], relations=[])
           for r in rows]
    isnad("import", lead, write_jsonl(tmp_path / "old.jsonl", old))
    stop = tmp_path / "merge-ended"
    editor = subprocess.Popen([sys.executable, str(ROOT / "tests" / "edit_while.py"), str(lead), "ali", str(stop)],
                              cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(1.0)  # the editor is editing
    started = time.time()
    merge = _cli("merge", lead, *sources, "--json")
    out, err = merge.communicate(timeout=600)
    ended = time.time()
    stop.touch()
    edits, editor_err = editor.communicate(timeout=600)
    assert merge.returncode == 0, err
    assert editor.returncode == 0, editor_err
    acknowledged = json.loads(edits)["edits"]
    during = [e for e in acknowledged if started < e[2] < ended]
    assert len(during) >= 10, (len(during), len(acknowledged))  # the edits really ran during the merge
    last = {span_id: label for span_id, label, _ in acknowledged}
    with Project.open(lead, read_only=True) as p:
        stored = {s.id: s.label for d in p.document_ids() for s in p.spans(d, ["ali"])}
        assert p.integrity_check() == "ok"
    lost = [i for i, label in last.items() if stored[i] != label]
    assert lost == [], f"{len(lost)} of {len(last)} edited spans lost their last edit"
    summary = json.loads(out)
    assert summary["counts"]["spans updated"] > 0  # the merge did write newer versions of the others


@pytest.mark.slow
def test_two_imports_adding_labels_at_once_keep_both(tmp_path):
    """Each import brings a label of its own with --add-labels, started together: both
    labels stay in the schema, every round (they used to overwrite each other's schema)."""
    rows = synth.documents(60, spans_per_doc=20, seed=5)
    files = {}
    for label in ("NEWA", "NEWB"):
        files[label] = write_jsonl(tmp_path / f"{label}.jsonl", [
            dict(r, spans=[dict(s, id=f"{label}-{s['id']}", label=label) for s in r["spans"]], relations=[])
            for r in rows])
    lost = 0
    for round_ in range(6):
        project = tmp_path / f"p{round_}.isnad"
        isnad("init", project)
        runs = [_cli("import", project, files[label], "--add-labels") for label in files]
        for run in runs:
            _, err = run.communicate(timeout=300)
            assert run.returncode == 0, err
        with Project.open(project, read_only=True) as p:
            names = p.schema.label_names
            counts = p.stats()["labels"]
        lost += len({"NEWA", "NEWB"} - names)
        assert counts["NEWA"] == counts["NEWB"] == 60 * 20
        out = tmp_path / f"a{round_}.jsonl"
        isnad("export", project, "--format", "jsonl", "-o", out, "--label", "NEWA")
    assert lost == 0


@pytest.mark.slow
def test_two_imports_of_the_same_texts_at_once(tmp_path):
    """The later one finds the texts already there: no 'this is a bug', no half import."""
    rows = synth.documents(300, spans_per_doc=5, relations_per_doc=2, seed=9)
    source = write_jsonl(tmp_path / "same.jsonl", rows)
    for round_ in range(3):
        project = tmp_path / f"p{round_}.isnad"
        isnad("init", project)
        runs = [_cli("import", project, source) for _ in range(2)]
        outs = []
        for run in runs:
            out, err = run.communicate(timeout=300)
            assert run.returncode == 0, err
            outs.append(out)
        assert sorted(o.split(",")[0] for o in outs) == ["0 documents added (300 already there)",
                                                         "300 documents added (0 already there)"], outs
        with Project.open(project, read_only=True) as p:
            assert p.stats()["documents"] == 300 and p.stats()["spans"] == 1500
