"""Verdicts on suggestions travel with the project: native JSONL export and import keep
them (lossless), merge carries them (newer wins), export's layer filter applies."""
import json

import pytest

from annotator.history import History
from annotator.layers import copy_to_layer, pending_suggestions, reject
from annotator.recommenders import RecommenderOptions
from annotator.recommenders.lexicon import make
from annotator.store import Project
from annotator.suggestions import suggest_project

from helpers import isnad, read_jsonl, write_jsonl


@pytest.fixture
def project(tmp_path, corpus):
    with open(corpus / "articles" / "anercorp_news_passages.jsonl", encoding="utf-8") as f:
        passages = [json.loads(line) for line in f][:4]
    rows = [{"id": p["id"], "text": p["text"],
             "spans": [{"start": s["start"], "end": s["end"], "label": s["label"].replace("PERS", "PER"),
                        "annotator": "ali"} for s in p["spans"]] if i < 2 else []} for i, p in enumerate(passages)]
    path = tmp_path / "a.isnad"
    isnad("init", path)
    isnad("import", path, write_jsonl(tmp_path / "in.jsonl", rows))
    with Project.open(path) as p:
        suggest_project(p, make(None, p, RecommenderOptions()))
        history = History(p)
        for doc in p.document_ids()[2:]:
            spans, _ = pending_suggestions(p, doc, "mona")
            history.run(copy_to_layer(p, doc, spans[:2], [], "mona"))
            history.run(reject(p, doc, spans[2:4], [], "mona"))
            history.run(reject(p, doc, spans[:1], [], "sara"))
    return path


def _verdicts(path):
    with Project.open(path, read_only=True) as p:
        return sorted((r.document.sha256, v.annotator, v.key, v.label, v.text, v.verdict, v.updated)
                      for r in p.records() for v in r.verdicts)


def test_native_jsonl_keeps_verdicts(project, tmp_path):
    out = tmp_path / "all.jsonl"
    isnad("export", project, "--format", "jsonl", "-o", out)
    rows = read_jsonl(out)
    assert [len(r["verdicts"]) for r in rows] == [0, 0, 5, 5]
    assert {v["verdict"] for r in rows for v in r["verdicts"]} == {"accepted", "rejected"}
    copy = tmp_path / "copy.isnad"
    isnad("init", copy)
    summary = isnad("import", copy, out).stdout
    assert "10 verdicts on suggestions" in summary
    assert _verdicts(copy) == _verdicts(project) and len(_verdicts(project)) == 10
    again = tmp_path / "again.jsonl"
    isnad("export", copy, "--format", "jsonl", "-o", again)
    assert read_jsonl(again) == rows  # lossless, verdicts included


def test_export_of_some_layers_keeps_their_verdicts_only(project, tmp_path):
    out = tmp_path / "sara.jsonl"
    isnad("export", project, "--format", "jsonl", "-o", out, "--annotator", "sara")
    assert {v["annotator"] for r in read_jsonl(out) for v in r["verdicts"]} == {"sara"}


def test_merge_carries_verdicts_and_a_second_merge_adds_nothing(project, tmp_path, corpus):
    target = tmp_path / "lead.isnad"
    isnad("init", target)
    first = json.loads(isnad("merge", target, project, "--json").stdout)
    assert first["counts"]["verdicts added"] == 10
    assert _verdicts(target) == _verdicts(project)
    second = json.loads(isnad("merge", target, project, "--json").stdout)
    assert "verdicts added" not in second["counts"] and second["counts"]["verdicts skipped"] == 10
    exported = tmp_path / "a.jsonl"
    isnad("export", project, "--format", "jsonl", "-o", exported)
    from_jsonl = tmp_path / "lead2.isnad"
    isnad("init", from_jsonl)
    assert "10 verdicts added" in isnad("merge", from_jsonl, exported).stdout
    assert _verdicts(from_jsonl) == _verdicts(project)
