"""A process killed with SIGKILL right after an action has that action on reopening."""
import os
import signal
import subprocess
import sys
from pathlib import Path

from annotator.store import Project
from tests.ui_helpers import make_project, offsets

ROOT = Path(__file__).resolve().parent.parent


def test_sigkill_right_after_tagging_keeps_the_span(tmp_path):
    path = tmp_path / "p.isnad"
    make_project(path).close()
    run = subprocess.run([sys.executable, str(ROOT / "tests" / "kill_after_action.py"), str(path),
                          "بطرابلس", "3", "done"],
                         cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == -signal.SIGKILL, run.stderr
    with Project.open(path, exclusive=True) as project:  # the dead process's lock is gone too
        assert [(s.start, s.end, s.label) for s in project.spans("doc-1")] == [(*offsets("بطرابلس"), "LOC")]
        assert project.status("doc-1", "amal").status == "done"
        assert project.integrity_check() == "ok"
