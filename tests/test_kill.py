"""SIGKILL during a large import or suggest leaves the whole batch or none of it, never a
broken file. The kills land exactly before and exactly after the one COMMIT (the store's
test hook ISNAD_KILL_AT, annotator/store/kill_at.py); one kill at a random moment covers
whatever lies between."""
import json
import os
import random
import signal
import subprocess
import sys
import time

import pytest

from annotator.store import Project
from helpers import ROOT, isnad, isnad_process

sys.path.insert(0, str(ROOT / "benchmarks"))
import synth  # noqa: E402

DOCS = 3000  # the randomised kill: an import long enough to be caught inside it
DOCS_AT_COMMIT = 250  # the exact kills: 5,000 spans
DOCS_SPOOLED = 600  # a suggest in worker processes (suggestions.PARALLEL_FROM)


def killed_at(point: str, *argv) -> None:
    """`isnad argv` killed by its own SIGKILL at `point` (before-commit:N, after-commit:N)."""
    run = isnad_process(*argv, check=False, env={**os.environ, "ISNAD_KILL_AT": point}, timeout=120)
    assert run.returncode == -signal.SIGKILL, (run.returncode, run.stderr)


def contents(project) -> tuple[dict, set[str]]:
    """The project's counts and its triggers, after checking the file is whole."""
    with Project.open(project) as p:
        assert p.integrity_check() == "ok"
        with p._read() as conn:
            triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        return p.stats(), triggers


@pytest.fixture(scope="module")
def source(tmp_path_factory):
    folder = tmp_path_factory.mktemp("kill")
    return synth.write_jsonl(synth.documents(DOCS_AT_COMMIT), folder / "source.jsonl")


@pytest.mark.parametrize("point, kept", [("before-commit", 0), ("after-commit", DOCS_AT_COMMIT)])
def test_sigkill_at_the_import_s_commit_keeps_none_or_all(tmp_path, source, point, kept):
    project = tmp_path / "p.isnad"
    isnad("init", project)
    killed_at(point, "import", project, source)  # the import's write transaction is the process's first
    stats, _ = contents(project)
    assert (stats["documents"], stats["spans"]) == (kept, kept * 20)
    isnad("import", project, source)  # the killed project takes the import (again) afterwards
    assert json.loads(isnad("stats", project, "--json").stdout)["documents"] == DOCS_AT_COMMIT


@pytest.mark.slow  # a real import of 8,000 documents, killed once
def test_a_bulk_import_killed_after_writing_into_the_file_is_undone_even_by_a_read_only_command(tmp_path):
    """An import larger than the page cache (64 MB) writes pages into the file before its
    COMMIT, its rollback journal keeping the old ones (annotator/store/journal.py). Killed
    there, the next command puts the file back, even one that only reads (which SQLite
    itself would refuse: a read-only connection cannot roll back)."""
    source = synth.write_jsonl(synth.documents(8000), tmp_path / "big.jsonl")
    project = tmp_path / "p.isnad"
    isnad("init", project)
    size = project.stat().st_size
    killed_at("before-commit", "import", project, source)
    assert project.stat().st_size > size + 2**20  # pages written into the file, not into a log
    assert project.with_name("p.isnad-journal").stat().st_size > 0
    assert json.loads(isnad("stats", project, "--json").stdout)["documents"] == 0
    assert not project.with_name("p.isnad-journal").exists()
    stats, _ = contents(project)
    assert (stats["documents"], stats["spans"]) == (0, 0)


@pytest.fixture(scope="module", params=["in-one-process", "spooled"])
def imported(request, tmp_path_factory, source) -> tuple:
    """A project with the documents, and how many suggestions a whole `isnad suggest` writes:
    few documents (suggested in the writing process), or enough for the worker processes,
    whose rows SQLite copies from spool files (annotator/store/spool.py) in a transaction
    written through a rollback journal."""
    folder = tmp_path_factory.mktemp("suggest")
    base, whole = folder / "base.isnad", folder / "whole.isnad"
    if request.param == "spooled":
        source = synth.write_jsonl(synth.documents(DOCS_SPOOLED), folder / "source.jsonl")
    isnad("init", base)
    isnad("import", base, source)
    whole.write_bytes(base.read_bytes())
    isnad("suggest", whole, "--with", "lexicon")
    return base, contents(whole)[0]["annotators"]["suggest:lexicon"], request.param == "spooled"


@pytest.mark.slow  # a suggest over 250 and 600 documents, whole and killed twice each
@pytest.mark.parametrize("point", ["before-commit", "after-commit"])
def test_sigkill_at_the_suggest_s_commit_leaves_the_layer_absent_or_whole_and_the_checks_in_place(
        tmp_path, imported, point, monkeypatch):
    """`isnad suggest` writes one transaction (its workers never touch the file), and sets
    the span-bounds trigger aside inside it: a kill leaves every suggestion or none, and the
    trigger in place."""
    base, whole, spooled = imported
    assert whole > 0
    project = tmp_path / "p.isnad"
    project.write_bytes(base.read_bytes())
    monkeypatch.setenv("TMPDIR", str(tmp_path))  # a killed run's spools stay there
    killed_at(point, "suggest", project, "--with", "lexicon")
    # a spooled suggest on a file nobody else has open writes its pages in place
    assert project.with_name("p.isnad-journal").exists() == (spooled and point == "before-commit")
    stats, triggers = contents(project)
    assert stats["annotators"].get("suggest:lexicon", 0) == (whole if point == "after-commit" else 0)
    assert "span_end_within_text_insert" in triggers


@pytest.mark.slow  # a real import of 3,000 documents, killed once
def test_sigkill_at_a_random_moment_of_an_import_is_all_or_nothing(tmp_path):
    """Between the exact points: mid-insert, mid-checkpoint, wherever the kill lands."""
    source = synth.write_jsonl(synth.documents(DOCS), tmp_path / "big.jsonl")
    project = tmp_path / "p.isnad"
    isnad("init", project)
    delay = random.Random().uniform(0.3, 3.0)
    proc = subprocess.Popen([sys.executable, "-m", "annotator.cli", "import", str(project), str(source)],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    stats, _ = contents(project)
    assert (stats["documents"], stats["spans"]) in ((0, 0), (DOCS, DOCS * 20)), (delay, stats)


@pytest.mark.slow  # a bulk suggest of 3,000 documents with edits alongside
def test_a_person_writes_while_isnad_suggest_writes(tmp_path):
    """Another writer during a bulk suggest: its edits wait for the suggest's transaction and
    land; the span-bounds check set aside inside that transaction still guards them."""
    from annotator.commands import AddSpan, make_span
    from annotator.errors import IsnadError
    from annotator.history import History
    from annotator.model import ChangeSet
    source = synth.write_jsonl(synth.documents(DOCS), tmp_path / "big.jsonl")
    project = tmp_path / "p.isnad"
    isnad("init", project)
    isnad("import", project, source)
    proc = subprocess.Popen([sys.executable, "-m", "annotator.cli", "suggest", str(project), "--with", "lexicon"],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    added, refused = 0, 0
    with Project.open(project) as p:
        history, doc_id = History(p), p.document_ids()[0]
        length = p.document_length(doc_id)
        while proc.poll() is None or added < 3:
            history.run(AddSpan(make_span(doc_id, 0, 2, "PER", "amal")))
            added += 1
            bad = make_span(doc_id, 0, length + 5, "PER", "amal")
            try:  # past the text: refused by the store itself, whatever the other writer does
                p.apply(ChangeSet(put_spans=[bad]))
            except IsnadError:
                refused += 1
            time.sleep(0.05)
        assert proc.wait() == 0, proc.stderr.read()
        stats = p.stats()
    assert stats["annotators"]["amal"] == added and refused == added
    assert stats["annotators"]["suggest:lexicon"] > 0
