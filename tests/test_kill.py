"""SIGKILL during a large import leaves the whole batch or none of it, never a broken file."""
import json
import signal
import subprocess

import pytest
import sys
import time

from annotator.store import Project
from helpers import ROOT, isnad

sys.path.insert(0, str(ROOT / "benchmarks"))
import synth  # noqa: E402

pytestmark = pytest.mark.slow  # SIGKILLs of real processes: not in the quick subset

DOCS = 3000


def test_sigkill_during_import_is_all_or_nothing(tmp_path):
    source = synth.write_jsonl(synth.documents(DOCS), tmp_path / "big.jsonl")
    outcomes = set()
    for delay in (0.4, 0.8, 1.2, 1.6, 2.0, 2.5, 3.0):
        project = tmp_path / f"p{delay}.isnad"
        isnad("init", project)
        proc = subprocess.Popen([sys.executable, "-m", "annotator.cli", "import", str(project), str(source)],
                                cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        with Project.open(project) as p:
            assert p.integrity_check() == "ok"
            stats = p.stats()
        assert (stats["documents"], stats["spans"]) in ((0, 0), (DOCS, DOCS * 20)), stats
        outcomes.add(stats["documents"])
    assert 0 in outcomes  # at least one kill landed before the commit
    # and the killed project still takes the import afterwards
    isnad("import", project, source)
    assert json.loads(isnad("stats", project, "--json").stdout)["documents"] == DOCS


def test_sigkill_during_suggest_leaves_the_layer_whole_or_absent_and_the_checks_in_place(tmp_path):
    """`isnad suggest` writes one transaction (its workers never touch the file): a kill
    leaves every suggestion or none, and the span-bounds trigger it sets aside is back."""
    source = synth.write_jsonl(synth.documents(DOCS), tmp_path / "big.jsonl")
    base = tmp_path / "base.isnad"
    isnad("init", base)
    isnad("import", base, source)
    outcomes = []
    for delay in (None, 0.5, 1.0, 1.5, 2.5):  # None: the run is let finish
        project = tmp_path / f"p{delay}.isnad"
        project.write_bytes(base.read_bytes())
        proc = subprocess.Popen([sys.executable, "-m", "annotator.cli", "suggest", str(project), "--with", "lexicon"],
                                cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if delay is None:
            assert proc.wait() == 0
        else:
            time.sleep(delay)
            proc.send_signal(signal.SIGKILL)
            proc.wait()
        with Project.open(project) as p:
            assert p.integrity_check() == "ok"
            outcomes.append(p.stats()["annotators"].get("suggest:lexicon", 0))
            with p._read() as conn:  # the trigger guarding span ends
                triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        assert "span_end_within_text_insert" in triggers
    whole = outcomes[0]
    assert whole > 0 and set(outcomes[1:]) <= {0, whole}, outcomes
    assert 0 in outcomes[1:]  # at least one kill landed before the commit


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
