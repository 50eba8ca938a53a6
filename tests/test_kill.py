"""SIGKILL during a large import leaves the whole batch or none of it, never a broken file."""
import json
import signal
import subprocess
import sys
import time

from annotator.store import Project
from helpers import ROOT, isnad

sys.path.insert(0, str(ROOT / "benchmarks"))
import synth  # noqa: E402

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
