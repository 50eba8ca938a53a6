"""Exports replace what was there all at once and delete nothing they did not make (issue 14):
a staging folder beside OUT, then one rename per declared file (an exchange where OUT exists)."""
from __future__ import annotations

import hashlib
import json
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from annotator.errors import IsnadError
from annotator.messages import M
from annotator.model import Schema
from annotator.project_io import open_project
from exports import replace as replacing
from exports.options import ExportOptions
from exports.run import export
from exports_helpers import EXAMPLES, example_records, project_with
from helpers import ROOT, isnad

sys.path.insert(0, str(ROOT / "benchmarks"))
import synth  # noqa: E402


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "p.isnad"
    isnad("init", path)
    isnad("import", path, EXAMPLES / "news.jsonl")
    return path


def tree(folder: Path) -> dict:
    """Every file under `folder` (relative path -> SHA-256 of its bytes)."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_an_export_never_deletes_a_path_it_did_not_make(tmp_path, project):
    """`isnad init data.partial; isnad export p.isnad --format jsonl -o data` deleted that project."""
    isnad("init", tmp_path / "data.partial")
    isnad("export", project, "--format", "jsonl", "-o", tmp_path / "data")
    assert json.loads(isnad("stats", tmp_path / "data.partial", "--json").stdout)["documents"] == 0
    assert len((tmp_path / "data").read_text(encoding="utf-8").splitlines()) == 2
    isnad("init", tmp_path / "b.partial")
    isnad("export", project, "--format", "brat", "-o", tmp_path / "b", "--annotator", "gold")
    assert json.loads(isnad("stats", tmp_path / "b.partial", "--json").stdout)["documents"] == 0
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no staging left


def test_a_failed_export_leaves_the_earlier_one_whole_side_file_included(tmp_path):
    """Label Studio's config was written straight into place, outside the temporary file."""
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "ls.json"
    records = example_records()
    with open_project_with(tmp_path, records) as p:
        schema = p.schema
    export(records, "label-studio", out, schema)
    before = tree(folder)
    assert sorted(before) == ["ls.json", "ls.label_config.xml"]

    def failing():
        yield records[0]
        raise IsnadError.of(M.EXPORT_NO_PATH)

    with pytest.raises(IsnadError):
        export(failing(), "label-studio", out, Schema("other"))
    assert tree(folder) == before and sorted(p.name for p in folder.iterdir()) == sorted(before)


def open_project_with(tmp_path, records):
    project_with(tmp_path, records).close()
    return open_project(tmp_path / "p.isnad", read_only=True)


@pytest.mark.parametrize("fmt", ["brat", "jsonl"])
def test_replacing_without_an_atomic_exchange_still_puts_the_new_export_in_place(tmp_path, monkeypatch, fmt):
    """Other systems than Linux: os.replace for a file, a folder moved aside first."""
    monkeypatch.setattr(replacing, "_libc_renameat2", lambda: None)
    out = tmp_path / ("out" if fmt == "brat" else "out.jsonl")
    records = example_records()
    export(records, fmt, out, None, ExportOptions(layers=("gold",)))
    export(records, fmt, out, None, ExportOptions(layers=("alice",)))
    export(records, fmt, tmp_path / "ref", None, ExportOptions(layers=("alice",)))
    ref = tmp_path / "ref"
    assert (tree(out) == tree(ref)) if fmt == "brat" else out.read_bytes() == ref.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([out.name, "ref"])


def test_long_document_ids_get_short_stable_file_names(tmp_path):
    """A brat export failed on a document id longer than 255 bytes (about 128 Arabic letters)."""
    long_id = "تقرير-" + "سرت" * 100  # 606 bytes in UTF-8
    rows = [{"id": long_id + suffix, "text": f"قال حفتر في سرت {n}",
             "spans": [{"start": 4, "end": 8, "label": "PER"}]} for n, suffix in enumerate(("-أ", "-ب"))]
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    project = tmp_path / "p.isnad"
    isnad("init", project)
    isnad("import", project, source)
    isnad("export", project, "--format", "brat", "-o", tmp_path / "b")
    names = sorted(p.name for p in (tmp_path / "b").iterdir())
    assert len(names) == 5 and all(len(n.encode()) <= 255 for n in names)
    assert all(n.startswith("تقرير-سرت") for n in names if n != "annotation.conf")
    isnad("export", project, "--format", "brat", "-o", tmp_path / "again")
    assert sorted(p.name for p in (tmp_path / "again").iterdir()) == names  # stable
    proc = isnad("import", project, tmp_path / "b")
    assert "0 spans added (2 already there)" in proc.stdout


def test_export_to_standard_output(tmp_path, project):
    proc = isnad("export", project, "--format", "doccano", "-o", "-", "--annotator", "gold")
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["news-1", "news-2"] and {r["isnad_annotator"] for r in rows} == {"gold"}
    assert "wrote standard output: 2 documents" in proc.stderr and not (ROOT / "-").exists()
    parquet = subprocess.run([sys.executable, "-m", "annotator.cli", "export", str(project), "--format", "parquet",
                              "-o", "-"], cwd=ROOT, capture_output=True, check=True)
    import io

    import pyarrow.parquet as pq
    assert pq.read_table(io.BytesIO(parquet.stdout)).num_rows == 2
    for args, message in ((("--format", "brat"), "a brat export is a folder"),
                          (("--format", "jsonl", "--split", "train=0.5,test=0.5"), "--split is a folder")):
        proc = isnad("export", project, *args, "-o", "-", check=False)
        assert proc.returncode == 2 and message in proc.stderr and "What to do" in proc.stderr
        assert proc.stdout == ""


@pytest.mark.parametrize("spec, message", [("train=0.5,dev=0.6", "add up to 1.1, not 1"),
                                           ("train=0.8,dev=0.1", "add up to 0.9, not 1"),
                                           ("train=8,dev=1,test=1", "add up to 10, not 1")])
def test_split_fractions_must_add_up_to_one(tmp_path, project, spec, message):
    """--split train=0.5,dev=0.6 was silently renormalised."""
    proc = isnad("export", project, "--format", "jsonl", "-o", tmp_path / "s", "--split", spec, check=False)
    assert proc.returncode == 2 and message in proc.stderr and "train=0.8,dev=0.1,test=0.1" in proc.stderr
    assert not (tmp_path / "s").exists()
    isnad("export", project, "--format", "jsonl", "-o", tmp_path / "s", "--split", "train=0.8,dev=0.1,test=0.1")


KILLS = 50


@pytest.mark.slow
def test_sigkill_during_a_brat_folder_replace_leaves_the_old_or_the_new_export(tmp_path):
    """50 SIGKILLs aimed at the moment a brat export replaces the earlier one (the staging
    folder is complete): OUT is always the whole old export or the whole new one, and the next
    export takes the folder. Before, a kill left the old export half deleted (10 of 10)."""
    source = synth.write_jsonl(synth.documents(300, spans_per_doc=10, relations_per_doc=3, chars=800),
                               tmp_path / "big.jsonl")
    project = tmp_path / "p.isnad"
    isnad("init", project)
    isnad("import", project, source)
    variants = {"all": (), "per": ("--label", "PER")}
    refs = {}
    for name, extra in variants.items():
        isnad("export", project, "--format", "brat", "-o", tmp_path / f"ref-{name}", *extra)
        refs[name] = tree(tmp_path / f"ref-{name}")
    work = tmp_path / "work"
    work.mkdir()
    out = work / "out"
    isnad("export", project, "--format", "brat", "-o", out)
    state, outcomes, rng = "all", [], random.Random(14)
    for kill in range(KILLS):
        new = "per" if state == "all" else "all"
        left = set(work.glob(STAGED))  # staging folders earlier killed runs left behind
        proc = subprocess.Popen([sys.executable, "-m", "annotator.cli", "export", str(project), "--format", "brat",
                                 "-o", str(out), *variants[new]], cwd=ROOT, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE)
        finished = _wait_for_staged_export(work, proc, left)
        if not finished:
            time.sleep(0 if kill % 2 else rng.uniform(0, 0.05))
            proc.send_signal(signal.SIGKILL)
        code = proc.wait()
        assert code in (0, -signal.SIGKILL), proc.stderr.read().decode()  # never refused (exit 2)
        now = tree(out)
        outcome = "old" if now == refs[state] else "new" if now == refs[new] else "neither"
        outcomes.append(outcome)
        state = new if outcome == "new" else state
    counts = {o: outcomes.count(o) for o in ("old", "new", "neither")}
    print(f"{KILLS} kills during a brat export replace: {counts}")
    assert counts["neither"] == 0
    assert counts["old"] and counts["new"]  # the kills landed on both sides of the exchange
    isnad("export", project, "--format", "brat", "-o", out)  # the next export takes the folder
    assert tree(out) == refs["all"]


STAGED = f".out.*{replacing.SUFFIX}/out/annotation.conf"


def _wait_for_staged_export(folder: Path, proc, left: set) -> bool:
    """Wait until the running export's staging folder holds its annotation.conf (brat writes
    it last, just before the replace); True if the process ended first."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if set(folder.glob(STAGED)) - left:
            return False
        if proc.poll() is not None:
            return True
        time.sleep(0.0005)
    raise AssertionError("the export never reached its replace step")
