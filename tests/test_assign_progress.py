"""`isnad assign` and `isnad progress` (issue 12), on a project file and on a real
PostgreSQL server, in-process through annotator.cli.main."""
from __future__ import annotations

import json
from collections import Counter

import pytest

from annotator.assignments import plan
from annotator.cli import main
from annotator.errors import IsnadError
from annotator.importing import import_records
from annotator.model import ChangeSet, Document, DocStatus, DocumentRecord
from annotator.store import Project
from conftest import CORPUS

PASSAGES = CORPUS / "articles" / "anercorp_news_passages.jsonl"


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_each_document_goes_to_n_annotators_evenly_and_the_same_way_every_time():
    docs = [f"d{i}" for i in range(7)]
    pairs = plan(docs, {}, ["ali", "mona", "sara"], 2)
    by_doc: dict[str, list] = {}
    for doc, name in pairs:
        by_doc.setdefault(doc, []).append(name)
    assert all(len(set(names)) == 2 for names in by_doc.values()) and list(by_doc) == docs
    assert sorted(Counter(name for _, name in pairs).values()) == [4, 5, 5]  # within one of each other
    assert plan(docs, {}, ["ali", "mona", "sara"], 2) == pairs
    done = {doc: set(names) for doc, names in by_doc.items()}
    assert plan(docs, done, ["ali", "mona", "sara"], 2) == []  # again: nothing to add
    topped = plan(["d0"], {"d0": {"sara"}}, ["ali", "mona", "sara"], 2)
    assert topped == [("d0", "ali")]
    with pytest.raises(IsnadError) as caught:
        plan(docs, {}, ["ali"], 2)
    assert caught.value.code == "E582"


def test_assign_then_progress(location, capsys):
    rows = [json.loads(line) for line in PASSAGES.read_text(encoding="utf-8").splitlines()[:6]]
    with Project.create(location) as project:
        import_records(project, [DocumentRecord(Document(r["id"], "", r["text"])) for r in rows])
        ids = project.document_ids()
        project.apply(ChangeSet(put_statuses=[DocStatus(ids[0], "mona", "done", 30.0)]))
    code, out, err = run(capsys, "assign", location, "--annotators", "ali", "mona", "sara", "--per-document", "2",
                         "--status", "new")
    assert code == 0, err
    assert out.strip() == "10 assignments added over 5 documents; ali 4, mona 3, sara 3"
    code, out, _ = run(capsys, "assign", location, "--annotators", "ali", "mona", "sara", "--per-document", "2")
    assert out.startswith("2 assignments added over 6 documents")  # the document mona finished, too
    with Project.open(location) as project:
        assert all(len(names) == 2 for names in project.assignments().values())
        project.apply(ChangeSet(put_statuses=[DocStatus(ids[1], "ali", "done", 65.0),
                                              DocStatus(ids[2], "ali", "skipped", 5.0)]))
    progress = json.loads(run(capsys, "progress", location, "--json")[1])
    assert progress == [
        {"annotator": "ali", "assigned": 4, "done": 1, "skipped": 1, "seconds": 70.0},
        {"annotator": "mona", "assigned": 4, "done": 1, "skipped": 0, "seconds": 30.0},
        {"annotator": "sara", "assigned": 4, "done": 0, "skipped": 0, "seconds": 0.0}]
    text = run(capsys, "progress", location)[1].splitlines()
    assert text[0].split() == ["annotator", "assigned", "done", "skipped", "time"]
    assert text[1].split() == ["ali", "4", "1", "1", "0:01:10"]
    code, _, err = run(capsys, "assign", location, "--annotators", "ali", "--per-document", "2")
    assert code == 2 and "[E582]" in err


def test_the_document_list_shows_an_annotator_their_assignments_first(location):
    with Project.create(location) as project:
        import_records(project, [DocumentRecord(Document(f"d{i}", "", f"نص رقم {i}", title=f"t{i}"))
                                 for i in range(6)])
        ids = project.document_ids()
        project.assign([(ids[4], "ali"), (ids[2], "ali"), (ids[1], "mona")])
        rows = [r.id for r in project.document_rows(annotator="ali")]
        assert rows == [ids[2], ids[4], ids[0], ids[1], ids[3], ids[5]]
        assert [project.document_index(i, annotator="ali") for i in rows] == list(range(6))
        assert [r.id for r in project.document_rows(offset=1, limit=2, annotator="ali")] == [ids[4], ids[0]]
        assert [r.id for r in project.document_rows()] == ids  # no annotator: import order
        assert project.document_index(ids[3], annotator="ali", search="t3") == 0
        assert project.document_index(ids[3], annotator="ali", search="t4") is None
