"""The same person in two windows (issue 12): a relabel in a window that shows an old state
of a span is refused with a two-part message, and the view refreshes to what is stored."""
from __future__ import annotations

from annotator import commands as cmd
from annotator.history import History
from annotator.store import Project
from tests.ui_helpers import make_project, tag_by_drag
from ui.main_window import MainWindow


def test_a_stale_relabel_is_refused_and_the_view_refreshes(qtbot, tmp_path, errors):
    path = tmp_path / "p.isnad"
    make_project(path).close()
    w = MainWindow(Project.open(path, exclusive=True), "amal")
    qtbot.addWidget(w)
    start, end = tag_by_drag(qtbot, w, "بطرابلس", "3")
    span = w.workspace.spans[0]
    assert (span.start, span.end, span.label) == (start, end, "LOC")
    with Project.open(path, read_only=False) as second:  # amal's other window (read-write, no lock)
        History(second).run(cmd.Relabel(span.id, "ORG"))
    refusals = []
    w.workspace.failed.connect(refusals.append)
    w.view.select_span(span.id)
    qtbot.keyClick(w.view, "1")  # PER over a label this window has not seen
    assert [e.code for e in refusals] == ["E580"]
    assert [s.label for s in w.workspace.spans] == ["ORG"]  # the view shows what is stored
    with Project.open(path, read_only=True) as project:
        assert [s.label for s in project.spans("doc-1")] == ["ORG"]
    qtbot.keyClick(w.view, "1")  # now seen: the relabel goes through
    assert [s.label for s in w.workspace.spans] == ["PER"] and len(refusals) == 1
    w.close()
