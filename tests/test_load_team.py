"""Issue 12's load test, small: 4 annotators (the first also in a second process, the lead on
gold in two) x 50 actions, all at once against a real PostgreSQL server, each process logged
in as its own role and acting through the window's core path (commands + History with what its
view shows). benchmarks/load_team.py runs it at full size and prints the figures."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import load_team  # noqa: E402


@pytest.mark.slow
def test_a_team_at_once_loses_nothing_and_overwrites_no_one(pg_server, tmp_path):
    # the two windows of one person, and the lead's two, meet on a single document
    f = load_team.run_load(pg_server, n_annotators=4, n_actions=50, n_docs=8, per_document=2, think_ms=0,
                           folder=tmp_path, focus=1, say=lambda *_: None)
    print(f)  # shown if an assertion fails
    assert f["attempts"] == 7 * 50 and f["acknowledged"] > 0.8 * f["attempts"]
    assert set(f["kinds"]) == {"tag", "relabel", "delete", "link", "status"}
    assert f["busy given up"] == 0
    assert (f["actions lost"], f["rows lost"]) == (0, 0)
    assert f["rows in another layer"] == 0
    assert f["hostile"] == 5 * 2 and f["hostile accepted"] == 0 and f["hostile other"] == 0  # refused as E578
    assert f["silent overwrites"] == 0
    assert f["agree equal"] and f["agree annotators"] == 4
