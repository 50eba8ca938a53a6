"""Crafted and damaged project files (issue 14): every command refuses them with exit 2 and
a two-part message (or, for a bad row a command never reads, does its work), never a
traceback or a hang, and a refused file is left as it was; also as a merge source."""
from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys

import pytest

from annotator.cli import main
from annotator.store import Project
from crafted import CRAFTED, crafted, real_project, swap_hashes
from helpers import ROOT

HANGS = ("recursive view for documents", "trigger that hangs", "own trigger rewritten")


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    return real_project(tmp_path_factory.mktemp("base") / "base.isnad")


@pytest.fixture(scope="module")
def target(tmp_path_factory):
    path = tmp_path_factory.mktemp("target") / "lead.isnad"
    Project.create(path).close()
    return path


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _run(capsys, *argv) -> tuple[int, str]:
    code = main([str(a) for a in argv])  # a traceback here fails the test
    return code, capsys.readouterr().err


@pytest.mark.parametrize("name", sorted(CRAFTED))
def test_a_crafted_project_is_refused_or_read_never_a_traceback(name, base, target, tmp_path, capsys, corpus):
    path = crafted(base, tmp_path / "crafted.isnad", name)
    article = sorted((corpus / "articles" / "txt").glob("*.txt"))[5]
    runs = {
        "export": ("export", path, "--format", "jsonl", "-o", tmp_path / "out.jsonl"),
        "merge as source": ("merge", target, path),
        "stats": ("stats", path),
        "show": ("show", path, "doc-0"),
        "agree": ("agree", path),
        "import into": ("import", path, article),
        "merge into": ("merge", path, base),
    }
    for what, argv in runs.items():
        before = _digest(path)
        code, err = _run(capsys, *argv)
        assert code in (0, 2), (what, code, err)
        if what in ("export", "merge as source"):  # they read every row
            assert code == 2, (what, err)
        if code == 2:
            assert "What to do:" in err and "[E" in err, (what, err)
            assert _digest(path) == before, what
            assert "damaged" in err or "not an Isnad project" in err or "newer Isnad" in err or \
                "not a project as Isnad wrote it" in err, (what, err)
    with Project.open(target, read_only=True) as p:  # the target took nothing from a refused source
        assert p.stats()["documents"] == 0


@pytest.mark.parametrize("name", HANGS)
def test_views_and_triggers_of_a_crafted_file_never_run(name, base, target, tmp_path, corpus):
    """In a separate process with a time limit: a hang would otherwise hang the suite."""
    path = crafted(base, tmp_path / "crafted.isnad", name)
    article = sorted((corpus / "articles" / "txt").glob("*.txt"))[5]
    for argv in (("stats", path), ("merge", target, path), ("import", path, article)):
        run = subprocess.run([sys.executable, "-m", "annotator.cli", *map(str, argv)], cwd=ROOT,
                             capture_output=True, text=True, timeout=60)
        assert run.returncode == 2 and "Traceback" not in run.stderr, run.stderr
        assert "never makes" in run.stderr


def test_a_merge_computes_each_source_text_hash(tmp_path, capsys):
    """A source whose stored hashes are swapped does not move its spans to the other document."""
    lead = real_project(tmp_path / "lead.isnad", "lead")
    liar = real_project(tmp_path / "liar.isnad", "liar")
    texts = _texts(liar)
    swap_hashes(liar)
    code, err = _run(capsys, "merge", lead, liar)
    assert code == 0, err
    with Project.open(lead, read_only=True) as p:
        assert p.stats()["documents"] == 2
        placed = {s.id: p.document(s.doc_id).text for doc_id in p.document_ids() for s in p.spans(doc_id, ["liar"])}
    assert len(placed) == 4
    assert all(text == texts[int(span_id.split("-")[1])] for span_id, text in placed.items())


def _texts(path) -> list[str]:
    with sqlite3.connect(path) as con:
        return [row[0] for row in con.execute("SELECT text FROM documents ORDER BY seq")]
