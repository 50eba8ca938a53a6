"""One window per project FILE (issue 14): the lock is the file's, so a symlink or a hard
link to an open project cannot open a second writer, in this process or another."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from annotator.errors import ProjectLocked
from annotator.store import Project
from crafted import real_project
from helpers import ROOT, isnad

OPEN_EXCLUSIVE = ("import sys; from annotator.store import Project\n"
                  "try:\n    Project.open(sys.argv[1], exclusive=True).close()\n"
                  "except Exception as e:\n    print(type(e).__name__)\nelse:\n    print('opened')")


def _other_process_opens(path) -> str:
    run = subprocess.run([sys.executable, "-c", OPEN_EXCLUSIVE, str(path)], cwd=ROOT, capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=60)
    assert run.returncode == 0, run.stderr
    return run.stdout.strip()


@pytest.mark.parametrize("link", ["symlink", "hard link", "relative path"])
def test_another_name_for_an_open_project_is_refused(tmp_path, link):
    path = real_project(tmp_path / "p.isnad")
    (tmp_path / "elsewhere").mkdir()
    alias = tmp_path / "elsewhere" / "alias.isnad"
    if link == "symlink":
        alias.symlink_to(path)
    elif link == "hard link":
        os.link(path, alias)
    else:
        alias = os.path.relpath(path)
    with Project.open(path, exclusive=True):
        with pytest.raises(ProjectLocked):
            Project.open(alias, exclusive=True)
        assert _other_process_opens(alias) == "ProjectLocked"
        with Project.open(alias, read_only=True) as reader:  # reading is still fine
            assert reader.stats()["documents"] == 2
        assert isnad("stats", alias).stdout.startswith("2 documents")
    assert _other_process_opens(alias) == "opened"  # closed: the lock is gone
    with Project.open(alias, exclusive=True):
        assert _other_process_opens(path) == "ProjectLocked"


def test_the_lock_leaves_no_file_beside_the_project(tmp_path):
    path = real_project(tmp_path / "p.isnad")
    with Project.open(path, exclusive=True):
        pass
    assert sorted(os.listdir(tmp_path)) == ["p.isnad"]


def test_a_refused_second_window_leaves_the_first_one_s_file_locks_alone(tmp_path):
    """Closing a descriptor drops every POSIX lock the process holds on that file, SQLite's
    too: a refused open must not close one while the first project still reads and writes."""
    from annotator.commands import AddSpan, make_span
    from annotator.history import History
    path = real_project(tmp_path / "p.isnad")
    alias = tmp_path / "alias.isnad"
    alias.symlink_to(path)
    with Project.open(path, exclusive=True) as first:
        for _ in range(3):
            with pytest.raises(ProjectLocked):
                Project.open(alias, exclusive=True)
            History(first).run(AddSpan(make_span("doc-0", 0, 3, "PER", "amal")))
        assert first.integrity_check() == "ok"
        assert first.stats()["annotators"]["amal"] == 3
