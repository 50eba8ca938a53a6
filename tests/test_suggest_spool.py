"""`isnad suggest` into a new layer of a project file: the workers write their rows into
spool files (annotator/store/spool.py) that SQLite copies into the project, all in one
transaction. The same suggestions as in one process (test_suggestions.py checks that);
here what is particular to the spools: nothing left behind, a deletion undone, a layer
filled meanwhile, a scratch folder that fills up."""
from __future__ import annotations

import os
import sqlite3
import tempfile

import pytest

from annotator import suggestions
from annotator.errors import IsnadError
from annotator.importing import import_records
from annotator.model import ChangeSet, Document, DocumentRecord, Span
from annotator.recommenders import RecommenderOptions, SpanSuggestion, Suggestions
from annotator.recommenders.lexicon import make
from annotator.store import Project
from annotator.suggestions import suggest_project, write_suggestions
from helpers import isnad, isnad_process
from mounts import small_disk

DOCS = suggestions.PARALLEL_FROM + 20  # enough for the workers


@pytest.fixture
def many(tmp_path, corpus):
    """DOCS documents cut from the shared corpus's ANERcorp passages; every seventh carries
    ali's tags of حفتر-like names (the passage's gold), which the lexicon then finds."""
    import json
    with open(corpus / "articles" / "anercorp_news_passages.jsonl", encoding="utf-8") as f:
        passages = [json.loads(line) for line in f]
    records = []
    for i in range(DOCS):
        passage = passages[i % len(passages)]
        spans = [Span(f"s{i}-{k}", "", s["start"], s["end"], {"PERS": "PER"}.get(s["label"], s["label"]), "ali")
                 for k, s in enumerate(passage["spans"])] if i % 7 == 0 else []
        records.append(DocumentRecord(Document(f"d{i}", "", passage["text"] + f" ({i})"), spans))
    path = tmp_path / "many.isnad"
    with Project.create(path) as p:
        import_records(p, records)
    return path


@pytest.fixture
def scratch(tmp_path, monkeypatch):
    """The temporary folder the spools go to, watched."""
    folder = tmp_path / "scratch"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def _journal_mode(path) -> str:
    with sqlite3.connect(path) as conn:
        return conn.execute("PRAGMA journal_mode").fetchone()[0]


def test_spools_leave_nothing_behind_and_the_file_in_wal_mode(many, scratch):
    seen = []
    with Project.open(many) as p:
        revision = p.revision()
        counts = suggest_project(p, make(None, p, RecommenderOptions()), progress=lambda done, total: seen.append(done))
        assert counts["documents"] == DOCS and counts["spans added"] > DOCS
        assert counts["spans added"] == sum(n for k, n in counts.items() if k.startswith("label "))
        assert p.stats()["annotators"]["suggest:lexicon"] == counts["spans added"]
        assert p.revision() == revision + 1
        assert p.integrity_check() == "ok"
    assert seen == sorted(seen) and seen[-1] == DOCS
    assert os.listdir(scratch) == []
    assert _journal_mode(many) == "wal"


def test_suggestions_deleted_once_come_back_without_their_tombstones(many, scratch):
    """Deleting a layer's spans leaves tombstones (a merge carries deletions); suggesting
    them again into the then empty layer is writing them again: the tombstones go."""
    with Project.open(many) as p:
        lexicon = make(None, p, RecommenderOptions())
        first = suggest_project(p, lexicon)["spans added"]
        doomed = [s.id for r in p.records(["suggest:lexicon"]) for s in r.spans]
        p.apply(ChangeSet(delete_spans=doomed))
        assert len(p.tombstones("d0", ["suggest:lexicon"])) > 0
        assert "suggest:lexicon" not in p.annotators()
        assert suggest_project(p, lexicon)["spans added"] == first
        assert sorted(s.id for r in p.records(["suggest:lexicon"]) for s in r.spans) == sorted(doomed)
        assert all(not p.tombstones(d, ["suggest:lexicon"]) for d in p.document_ids())


def test_a_layer_that_receives_suggestions_as_the_run_begins_is_refused(many):
    """A window may write a document's suggestions into the layer between `isnad suggest`'s
    look and its transaction: the spool path, made for an empty layer, refuses rather than
    write beside them."""
    with Project.open(many) as p:
        write_suggestions(p, "d1", "suggest:lexicon", Suggestions([SpanSuggestion(0, 4, "PER")]))
        before = p.stats()
        with pytest.raises(IsnadError, match="received suggestions from elsewhere"):
            with p.filling_layer("suggest:lexicon"):
                pass
        assert p.stats() == before


def test_a_full_scratch_folder_is_told_and_changes_nothing(many, tmp_path):
    """The spools go to the system's temporary folder: when it fills up, a message saying
    so (and how to choose another), exit 2, and the project as it was."""
    before = isnad("stats", many, "--json").stdout
    with small_disk(tmp_path / "tmp", "64k") as disk:
        run = isnad_process("suggest", many, "--with", "lexicon", check=False, env={**os.environ, "TMPDIR": str(disk)})
        assert os.listdir(disk) == []
    assert run.returncode == 2, run.stderr
    assert "[E615]" in run.stderr and "(the disk is full)" in run.stderr and "TMPDIR" in run.stderr, run.stderr
    assert "Traceback" not in run.stderr, run.stderr
    assert isnad("stats", many, "--json").stdout == before


def test_chosen_documents_only(many, scratch):
    """`isnad suggest --status/--annotator` passes the documents chosen: only those get suggestions."""
    with Project.open(many) as p:
        chosen = [f"d{i}" for i in range(DOCS) if i % 26]  # still enough for the workers
        assert len(chosen) >= suggestions.PARALLEL_FROM
        counts = suggest_project(p, make(None, p, RecommenderOptions()), doc_ids=reversed(chosen))
        assert counts["documents"] == len(chosen)
        suggested = {s.doc_id for r in p.records(["suggest:lexicon"]) for s in r.spans}
        assert suggested <= set(chosen) and len(suggested) > len(chosen) * 0.9


def test_the_folders_of_killed_runs_are_removed_by_the_next_run(many, scratch):
    """A run killed with SIGKILL leaves its spools' folder behind; the next run removes it,
    but not a folder still in use: its process alive, or touched lately."""
    import subprocess
    import sys
    import time
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True).stdout.strip()
    stale = {name: scratch / name for name in (f"isnad-suggest-{dead}-old", f"isnad-suggest-{dead}-new",
                                               f"isnad-suggest-{os.getpid()}-old")}
    for folder in stale.values():
        folder.mkdir()
        (folder / "segment-3.sqlite").write_bytes(b"\0" * 4096)
    hour_ago = time.time() - 3700
    for name in (f"isnad-suggest-{dead}-old", f"isnad-suggest-{os.getpid()}-old"):
        os.utime(stale[name], (hour_ago, hour_ago))
    with Project.open(many) as p:
        suggest_project(p, make(None, p, RecommenderOptions()))
    assert sorted(os.listdir(scratch)) == sorted([f"isnad-suggest-{dead}-new", f"isnad-suggest-{os.getpid()}-old"])
