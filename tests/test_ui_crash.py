"""A window killed with SIGKILL exactly before or after the COMMIT of an action (the store's
crash hook, annotator/store/kill_at.py) has none or all of that action on reopening."""
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.store import Project
from tests.ui_helpers import make_project, offsets

ROOT = Path(__file__).resolve().parent.parent
SPAN = [(*offsets("بطرابلس"), "LOC")]


@pytest.mark.parametrize("kill, spans, status", [
    ("before-commit:1", [], "new"),  # the tag's own transaction: nothing of it
    ("after-commit:2", SPAN, "done"),  # tagged, then marked done: both kept
    pytest.param("before-commit:2", SPAN, "in_progress", marks=pytest.mark.slow),  # the tag kept, not the done
])
def test_sigkill_at_an_action_s_commit_keeps_none_or_all_of_it(tmp_path, kill, spans, status):
    path = tmp_path / "p.isnad"
    make_project(path).close()
    run = subprocess.run([sys.executable, str(ROOT / "tests" / "kill_after_action.py"), str(path),
                          "بطرابلس", "3", kill, "done"],
                         cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == -signal.SIGKILL, run.stderr
    with Project.open(path, exclusive=True) as project:  # the dead process's lock is gone too
        assert [(s.start, s.end, s.label) for s in project.spans("doc-1")] == spans
        assert project.status("doc-1", "amal").status == status
        assert project.integrity_check() == "ok"
