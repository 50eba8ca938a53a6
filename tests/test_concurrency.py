"""Several writers at once on one project file (issue 14): a merge while the lead edits, two
imports adding labels, two imports of the same texts. Real processes on real files; the
scenarios live in benchmarks/probe_concurrency.py, which prints the same figures."""
from __future__ import annotations

import sys

import pytest

from helpers import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import probe_concurrency as probe  # noqa: E402


@pytest.mark.slow
def test_a_merge_loses_no_edit_made_while_it_runs(tmp_path):
    """The lead relabels spans in the target while a merge of newer versions of the same
    spans plans and writes: every acknowledged edit is there afterwards (the newest wins)."""
    figures = probe.merge_while_editing(tmp_path)
    assert figures["during merge"] >= 10, figures  # the edits really ran during the merge
    assert figures["spans updated by the merge"] > 0, figures  # and the merge wrote newer versions
    assert figures["lost"] == 0 and figures["integrity"] == "ok", figures


@pytest.mark.slow
def test_two_imports_adding_labels_at_once_keep_both(tmp_path):
    """Each import brings a label of its own with --add-labels, started together: both
    labels stay in the schema, every round (they used to overwrite each other's schema)."""
    figures = probe.add_labels_at_once(tmp_path, rounds=6)
    assert figures["labels lost"] == 0 and figures["imports failed"] == 0, figures


@pytest.mark.slow
def test_two_imports_of_the_same_texts_at_once(tmp_path):
    """The later one finds the texts already there: no 'this is a bug', no half import."""
    figures = probe.same_texts_at_once(tmp_path, rounds=3)
    assert figures["imports failed"] == figures["'this is a bug'"] == figures["documents wrong"] == 0, figures
