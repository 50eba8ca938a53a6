"""`isnad gui` end to end: a real process opens the window and holds the project."""
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from annotator.errors import ProjectLocked
from annotator.store import Project

ROOT = Path(__file__).resolve().parent.parent


def wait_until_locked(path: Path, proc, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.stderr.read()
        if path.exists():
            try:
                Project.open(path, exclusive=True).close()
            except ProjectLocked:
                return
        time.sleep(0.2)
    pytest.fail("the window never opened the project")


def test_isnad_gui_without_project_builds_and_opens_the_sample(tmp_path):
    (tmp_path / "config" / "Isnad").mkdir(parents=True)
    (tmp_path / "config" / "Isnad" / "Isnad.conf").write_text("[General]\nannotator=amal\n", encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}
    proc = subprocess.Popen([sys.executable, "-m", "annotator.cli", "gui"], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        sample = tmp_path / "data" / "Isnad" / "isnad" / "sample.isnad"
        wait_until_locked(sample, proc)
        with Project.open(sample, read_only=True) as project:
            assert project.document_count() == 4 and project.annotators() == ["sample"]  # not amal's spans
    finally:
        proc.terminate()
        proc.wait(timeout=10)
