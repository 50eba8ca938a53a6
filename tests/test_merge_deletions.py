"""Merges carry deletions (issue 12): a span its annotator deleted does not come back from a
source that still has it, in any order of the sources, and merging again changes nothing;
a span written again after its deletion wins over the older tombstone."""
from __future__ import annotations

import itertools
import json
import shutil
from pathlib import Path

from annotator.commands import AddSpan, DeleteSpan, Link, Relabel, SetStatus, make_relation, make_span
from annotator.history import History
from annotator.model import ChangeSet, Document
from annotator.store import Project
from annotator.text import sha256_of
from helpers import isnad
from test_merge_store import annotator_project, passages


def _state(path) -> dict:
    """Every span and relation of a project, and its tombstones, by document text."""
    with Project.open(path, read_only=True) as p:
        records = list(p.records())
    return {"spans": sorted((r.document.sha256, s.id, s.annotator, s.start, s.end, s.label, s.updated)
                            for r in records for s in r.spans),
            "relations": sorted((r.document.sha256, x.id, x.from_id, x.to_id) for r in records for x in r.relations),
            "tombstones": sorted((r.document.sha256, t.kind, t.id, t.annotator, t.deleted)
                                 for r in records for t in r.tombstones)}


def _merge(target: Path, *sources: Path) -> dict:
    return json.loads(isnad("merge", target, *sources, "--json").stdout)["counts"]


def _first_spans(path: Path, n: int) -> list:
    with Project.open(path, read_only=True) as p:
        return p.spans(p.document_ids()[0])[:n]


def _ali_and_a_team_project(tmp_path) -> tuple[Path, Path]:
    """ali's project (every passage annotated) and an empty team project to merge it into."""
    team = tmp_path / "team.isnad"
    isnad("init", team)
    return annotator_project(tmp_path, "ali", lambda i: True), team


def test_a_deleted_span_does_not_come_back_from_an_older_copy_in_any_order(tmp_path):
    ali = annotator_project(tmp_path, "ali", lambda i: i % 3 != 0)
    before = tmp_path / "ali-monday.isnad"  # the copy ali mailed on Monday
    shutil.copy(ali, before)
    gone, edited = _first_spans(ali, 2)
    with Project.open(ali) as p:
        History(p).run(DeleteSpan(gone.id))
        History(p).run(Relabel(edited.id, label="ORG"))
    ends = []
    for order in itertools.permutations([before, ali]):
        team = tmp_path / f"team-{len(ends)}.isnad"
        isnad("init", team)
        first = _merge(team, *order)
        assert "spans deleted" not in first  # the target never had it
        assert "nothing new" in isnad("merge", team, *order).stdout  # idempotent
        ends.append(_state(team))
        spans = {s[1]: s for s in ends[-1]["spans"]}
        assert gone.id not in spans and spans[edited.id][5] == "ORG"
        assert [t[2] for t in ends[-1]["tombstones"]] == [gone.id]
    assert ends[0] == ends[1]


def test_a_merged_target_deletes_what_a_later_source_deleted(tmp_path):
    ali, team = _ali_and_a_team_project(tmp_path)
    _merge(team, ali)
    gone, = _first_spans(ali, 1)
    with Project.open(ali) as p:
        History(p).run(DeleteSpan(gone.id))
    out = isnad("merge", team, ali).stdout
    assert "1 spans and 0 relations deleted" in out
    assert gone.id not in {s[1] for s in _state(team)["spans"]}
    assert "nothing new" in isnad("merge", team, ali).stdout


def test_a_span_written_again_after_its_deletion_wins(tmp_path):
    ali, team = _ali_and_a_team_project(tmp_path)
    _merge(team, ali)
    span, = _first_spans(ali, 1)
    with Project.open(team) as p:  # the lead deletes it in the team project ...
        History(p).run(DeleteSpan(span.id))
    with Project.open(ali) as p:  # ... and ali edits it afterwards
        History(p).run(Relabel(span.id, label="MISC"))
    counts = _merge(team, ali)
    assert counts["spans added"] == 1 and counts.get("spans deleted", 0) == 0
    spans = {s[1]: s for s in _state(team)["spans"]}
    assert spans[span.id][5] == "MISC" and _state(team)["tombstones"] == []


def test_a_relation_goes_with_its_deleted_span(tmp_path):
    rows = passages(1)
    ali = tmp_path / "ali.isnad"
    isnad("init", ali)
    with Project.open(ali) as p:
        text = rows[0]["text"]
        p.add_batch([Document("d", sha256_of(text), text)], ChangeSet())
        source, claim = make_span("d", 0, 4, "SOURCE", "ali"), make_span("d", 5, 9, "CLAIM", "ali")
        h = History(p)
        h.run(AddSpan(source))
        h.run(AddSpan(claim))
        h.run(Link(make_relation("d", claim.id, source.id, "attributed_to", "ali")))
    team = tmp_path / "team.isnad"
    isnad("init", team)
    _merge(team, ali)
    old = tmp_path / "old.isnad"
    shutil.copy(ali, old)
    with Project.open(ali) as p:
        History(p).run(DeleteSpan(source.id))
    counts = _merge(team, old, ali)
    assert counts["spans deleted"] == 1 and counts["relations deleted"] == 1
    state = _state(team)
    assert [s[1] for s in state["spans"]] == [claim.id] and state["relations"] == []


def test_a_deletion_undone_after_it_was_merged_brings_the_span_back(tmp_path):
    """Undo is an action too: the span it brings back is newer than the tombstone the team
    project received, so the next merge restores it there (it was lost before); the undo
    chain keeps working (redo deletes it again, undo brings it back again)."""
    ali, team = _ali_and_a_team_project(tmp_path)
    span, = _first_spans(ali, 1)
    with Project.open(ali) as p:
        history = History(p)
        history.run(DeleteSpan(span.id))
        _merge(team, ali)  # the deletion travels
        assert span.id not in {s[1] for s in _state(team)["spans"]}
        history.undo()
        assert p.span(span.id).updated > span.updated  # brought back now
        history.redo()
        assert p.span(span.id) is None
        history.undo()
    assert _merge(team, ali)["spans added"] == 1
    assert span.id in {s[1] for s in _state(team)["spans"]} and _state(team)["tombstones"] == []
    assert "nothing new" in isnad("merge", team, ali).stdout


def test_a_status_undone_back_to_new_travels_like_any_edit(tmp_path):
    """Undoing a document's first status writes "new" anew, stamped now (before, the row was
    deleted: no merge or sync carries that, and the merged "done" stayed)."""
    ali, team = _ali_and_a_team_project(tmp_path)
    with Project.open(ali) as p:
        doc_id = next(d for d in p.document_ids() if p.status(d, "ali").status == "new")
        sha = p.document(doc_id).sha256
        history = History(p)
        history.run(SetStatus(doc_id, "ali", "done"))
        _merge(team, ali)
        history.undo()
    _merge(team, ali)
    with Project.open(team, read_only=True) as p:
        (record,) = [r for r in p.records() if r.document.sha256 == sha]
    assert {s.annotator: s.status for s in record.statuses}.get("ali") == "new"


def test_an_undone_relabel_travels_like_any_edit(tmp_path):
    """Undo writes a new version: merged after the relabel it reverses, it wins there too
    (before, the older state it brought back lost to the merged relabel)."""
    ali, team = _ali_and_a_team_project(tmp_path)
    span, = _first_spans(ali, 1)
    with Project.open(ali) as p:
        history = History(p)
        history.run(Relabel(span.id, label="MISC" if span.label != "MISC" else "ORG"))
        _merge(team, ali)
        history.undo()
    _merge(team, ali)
    assert {s[1]: s[5] for s in _state(team)["spans"]}[span.id] == span.label
