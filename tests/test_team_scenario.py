"""A lead's day, through the real CLI and the adjudication panel: three annotators'
projects, merge, agreement, adjudication into gold, gold export."""
from __future__ import annotations

import json
import re

from PySide6.QtCore import Qt

from annotator.agreement import agreement
from annotator.agreement_report import text_table
from annotator.history import History
from annotator.model import GOLD
from annotator.store import Project
from annotator.terminal import visual
from conftest import CORPUS
from helpers import isnad as run, read_jsonl, write_jsonl
from ui.adjudication import AdjudicationPanel

PASSAGES = CORPUS / "articles" / "anercorp_news_passages.jsonl"
PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")  # what arabic-reshaper produces


def isnad(*args) -> str:
    return run(*args).stdout


def originals(n=3) -> list[dict]:
    rows = read_jsonl(PASSAGES)[:n]
    for r in rows:
        r["spans"] = [{"start": s["start"], "end": s["end"], "label": "PER" if s["label"] == "PERS" else s["label"]}
                      for s in r["spans"]]
    return rows


def annotate(rows, change) -> list[dict]:
    """A copy of the gold passages as one annotator marked them: `change(doc, spans)`."""
    return [{"id": r["id"], "title": r["id"], "text": r["text"], "spans": change(i, [dict(s) for s in r["spans"]])}
            for i, r in enumerate(rows)]


def relabel_first_in_second_doc(i, spans):
    if i == 1:
        spans[0]["label"] = "ORG" if spans[0]["label"] != "ORG" else "LOC"
    return spans


def test_lead_merges_measures_adjudicates_and_exports_gold(tmp_path, qtbot):
    rows = originals()
    people = {"ali": annotate(rows, lambda i, s: s),
              "منى": annotate(rows, relabel_first_in_second_doc),  # an Arabic name: shaped in terminals only
              "sara": annotate(rows, lambda i, s: s[:-1])}  # forgot each document's last span
    projects = []
    for name, data in people.items():
        path, pre = tmp_path / f"p{len(projects)}.isnad", tmp_path / f"p{len(projects)}.jsonl"
        write_jsonl(pre, data)
        isnad("init", path)
        isnad("import", path, pre, "--annotator", name)
        projects.append(path)
    lead = tmp_path / "lead.isnad"
    isnad("init", lead)
    out = isnad("merge", lead, *projects)
    assert "3 documents added" in out
    assert "nothing new" in isnad("merge", lead, projects[1])

    # Agreement as JSON: the shape, and values computed by hand.
    result = json.loads(isnad("agree", lead, "--json", "--report", tmp_path / "report.html"))
    n = [len(r["spans"]) for r in rows]
    pairs = {(p["a"], p["b"]): p for p in result["pairs"]}
    assert set(pairs) == {("ali", "sara"), ("ali", "منى"), ("sara", "منى")}
    assert pairs["ali", "sara"]["f1_exact"] == 2 * (sum(n) - 3) / (2 * sum(n) - 3)
    assert pairs["ali", "منى"]["f1_exact"] == 2 * (sum(n) - 1) / (2 * sum(n))
    assert pairs["ali", "منى"]["f1_overlap"] == pairs["ali", "منى"]["f1_exact"]  # relabelled: no overlap match
    for p in result["pairs"]:
        assert set(p) >= {"a", "b", "f1_exact", "f1_overlap", "kappa"} and 0 < p["kappa"] <= 1
    assert set(result["overall"]) >= {"alpha", "f1_exact", "f1_overlap"}
    for scores in result["labels"].values():
        assert set(scores) >= {"alpha", "f1_exact", "f1_overlap"}
    ranked = [d["disagreement"] for d in result["documents"]]
    assert ranked == sorted(ranked, reverse=True) and len(ranked) == 3
    assert result["documents"][0]["id"] == rows[1]["id"]  # the relabelled one disagrees most

    # Adjudicate in the UI panel, hardest document first: accept everything agreed, then
    # ali's version of the relabelled span, and mark each document adjudicated.
    with Project.open(lead) as p:
        panel = AdjudicationPanel(p, History(p).run)
        qtbot.addWidget(panel)
        panel.show()
        for doc in result["documents"]:
            panel.show_document(doc["id"])
            qtbot.mouseClick(panel.agreed_button, Qt.LeftButton)
            panel.status.setCurrentText("done")
            panel.status.activated.emit(panel.status.currentIndex())
        panel.show_document(rows[1]["id"])
        first = rows[1]["spans"][0]
        disputed = [i for i, c in enumerate(panel.rows) if c.key == (first["start"], first["end"], first["label"])]
        assert len(disputed) == 1 and not panel.rows[disputed[0]].agreed
        panel.table.selectRow(disputed[0])
        qtbot.mouseClick(panel.accept_button, Qt.LeftButton)

    gold_file = tmp_path / "gold.jsonl"
    isnad("export", lead, "--format", "jsonl", "-o", gold_file, "--annotator", GOLD)
    exported = {d["id"]: d for d in read_jsonl(gold_file)}
    for r in rows:
        expected = sorted((s["start"], s["end"], s["label"]) for s in r["spans"][:-1])  # sara's omissions stay out
        got = exported[r["id"]]
        assert sorted((s["start"], s["end"], s["label"]) for s in got["spans"]) == expected
        assert {s["annotator"] for s in got["spans"]} == {GOLD}
        assert [s["status"] for s in got["statuses"]] == ["done"]


def test_terminal_shapes_arabic_only_in_a_tty_and_html_keeps_logical_text(tmp_path):
    rows = originals(2)
    pre = tmp_path / "pre.jsonl"
    both = [dict(r, spans=[dict(s, annotator=a) for s in r["spans"] for a in ("ali", "منى")]) for r in rows]
    write_jsonl(pre, both)
    project = tmp_path / "p.isnad"
    isnad("init", project)
    isnad("import", project, pre)
    piped = isnad("agree", project, "--report", tmp_path / "r.html")
    assert "منى" in piped and not PRESENTATION_FORMS.search(piped)
    with Project.open(project, read_only=True) as p:
        assert PRESENTATION_FORMS.search(text_table(agreement(p.records()), visual))
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert '<bdi lang="ar" dir="rtl">منى</bdi>' in html and not PRESENTATION_FORMS.search(html)
    assert html.count("<svg") >= 3 and "<script" not in html
    assert not re.search(r'(src|href)="http', html)  # self-contained


def test_agree_rejects_unknown_annotator(tmp_path):
    project = tmp_path / "p.isnad"
    isnad("init", project)
    proc = run("agree", project, "--annotators", "nobody", "x", check=False)
    assert proc.returncode == 2 and "nobody" in proc.stderr and "What to do" in proc.stderr


def test_merge_reports_conflicts_and_new_labels(tmp_path):
    text = read_jsonl(PASSAGES)[0]["text"]
    span = {"id": "s1", "start": 0, "end": 8, "label": "LOC", "annotator": "ali"}
    old = write_jsonl(tmp_path / "old.jsonl", [{"text": text, "spans": [dict(span, updated="2026-01-01T00:00:00Z")]}])
    new = write_jsonl(tmp_path / "new.jsonl", [{"text": text, "spans": [
        dict(span, end=4, label="EVENT", updated="2026-02-01T00:00:00Z")]}])
    lead = tmp_path / "lead.isnad"
    isnad("init", lead)
    out = isnad("merge", lead, new, old, "--annotator", "nobody")  # every span here names its annotator
    assert "conflict: span s1: kept ali, 2026-02-01" in out and "added to the schema: EVENT" in out
    again = json.loads(isnad("merge", lead, old, "--json"))
    assert again["counts"] == {"documents matched": 1, "documents added": 0, "spans skipped": 1}
    assert [(c["id"], c["dropped"][0].split(", ")[1]) for c in again["conflicts"]] == [("s1", "2026-01-01T00:00:00Z")]
    isnad("export", lead, "--format", "jsonl", "-o", tmp_path / "all.jsonl")
    exported = read_jsonl(tmp_path / "all.jsonl")
    assert [(s["end"], s["label"], s["annotator"]) for s in exported[0]["spans"]] == [(4, "EVENT", "ali")]
    bare = write_jsonl(tmp_path / "bare.jsonl", [{"text": text, "spans": [{"start": 0, "end": 3, "label": "LOC"}]}])
    isnad("merge", lead, bare, "--annotator", "sara")
    assert json.loads(isnad("stats", lead, "--json"))["annotators"] == {"ali": 1, "sara": 1}
    proc = run("agree", lead, "--labels", "NOPE", check=False)
    assert proc.returncode == 2 and "NOPE" in proc.stderr


def test_agree_needs_two_distinct_annotators_and_a_report_file(tmp_path):
    rows = originals(1)
    pre = write_jsonl(tmp_path / "pre.jsonl", [dict(r, spans=[dict(s, annotator=a) for s in r["spans"]
                                                              for a in ("ali", "mona")]) for r in rows])
    project = tmp_path / "p.isnad"
    isnad("init", project)
    isnad("import", project, pre)
    for names in (["ali"], ["ali", "ali"]):
        proc = run("agree", project, "--annotators", *names, check=False)
        assert proc.returncode == 2 and "at least two annotators" in proc.stderr
    proc = run("agree", project, "--report", tmp_path, check=False)
    assert proc.returncode == 2 and "is a folder" in proc.stderr and "Traceback" not in proc.stderr
    both = json.loads(isnad("agree", project, "--annotators", "ali", "mona", "mona", "--json"))
    assert [(p["a"], p["b"]) for p in both["pairs"]] == [("ali", "mona")]


def test_merging_untimed_jsonl_is_repeatable_and_order_free(tmp_path):
    text = read_jsonl(PASSAGES)[0]["text"]
    span = {"id": "s1", "start": 0, "end": 8, "annotator": "ali"}
    per = write_jsonl(tmp_path / "per.jsonl", [{"text": text, "spans": [dict(span, label="PER")]}])
    org = write_jsonl(tmp_path / "org.jsonl", [{"text": text, "spans": [dict(span, label="ORG")]}])
    kept = []
    for name, order in (("a", (per, org)), ("b", (org, per))):
        lead = tmp_path / f"{name}.isnad"
        isnad("init", lead)
        isnad("merge", lead, *order)
        again = json.loads(isnad("merge", lead, *order, "--json"))
        assert again["counts"].get("spans updated", 0) == 0 and again["counts"].get("spans added", 0) == 0
        isnad("export", lead, "--format", "jsonl", "-o", tmp_path / f"{name}.jsonl")
        kept.append([s["label"] for s in read_jsonl(tmp_path / f"{name}.jsonl")[0]["spans"]])
    assert kept[0] == kept[1] and len(kept[0]) == 1
