"""`isnad suggest` as a user runs it: real files, a separate process."""
import hashlib
import json

import pytest

from annotator.store import Project

from helpers import isnad, write_jsonl


@pytest.fixture
def project(tmp_path, corpus):
    """Ten ANERcorp passages: ali tagged the first four (done), mona the fifth (in progress)."""
    with open(corpus / "articles" / "anercorp_news_passages.jsonl", encoding="utf-8") as f:
        passages = [json.loads(line) for line in f][:10]
    rows = []
    for i, p in enumerate(passages):
        who = "ali" if i < 4 else "mona" if i == 4 else None
        rows.append({"id": p["id"], "text": p["text"],
                     "spans": [{"start": s["start"], "end": s["end"], "label": s["label"].replace("PERS", "PER"),
                                "annotator": who} for s in p["spans"]] if who else [],
                     "statuses": [{"annotator": who, "status": "done" if who == "ali" else "in_progress"}]
                     if who else []})
    path = tmp_path / "news.isnad"
    isnad("init", path)
    isnad("import", path, write_jsonl(tmp_path / "in.jsonl", rows))
    return path


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_suggest_adds_a_layer_and_again_adds_nothing(project):
    out = isnad("suggest", project, "--with", "lexicon").stdout
    assert out.startswith("suggest:lexicon: 10 documents")
    first = json.loads(isnad("suggest", project, "--with", "lexicon", "--json").stdout)
    assert first["spans"]["added"] == 0 and first["spans"]["kept"] > 100
    assert sum(first["labels"].values()) == first["spans"]["kept"]
    assert set(first["labels"]) <= {"PER", "LOC", "ORG", "MISC"}
    with Project.open(project, read_only=True) as p:
        stats = p.stats()
    assert stats["annotators"]["suggest:lexicon"] == first["spans"]["kept"]
    assert stats["annotators"]["ali"] + stats["annotators"]["mona"] + first["spans"]["kept"] == stats["spans"]


def test_layer_annotators_and_status_choose_what_is_learnt_and_where(project):
    report = json.loads(isnad("suggest", project, "--with", "lexicon", "--layer", "suggest:ali-only",
                              "--annotator", "ali", "--status", "new", "--json").stdout)
    assert report["layer"] == "suggest:ali-only" and report["documents"] == 6  # ali's done ones left out
    with Project.open(project, read_only=True) as p:
        ids = p.document_ids()
        suggested = {r.document.id for r in p.records(["suggest:ali-only"]) if r.spans}
        mona_strings = {p.document(ids[4]).text[s.start:s.end] for s in p.spans(ids[4], ["mona"])}
    assert suggested <= set(ids[4:]) and suggested
    only_mona = json.loads(isnad("suggest", project, "--with", "lexicon", "--layer", "suggest:m",
                                 "--annotator", "mona", "--status", "in_progress", "--json").stdout)
    assert only_mona["documents"] == 1  # mona's document in progress; she tagged every string there
    assert only_mona["spans"]["added"] >= len(mona_strings) > 0


def test_evaluate_prints_scores_and_writes_nothing(project):
    before = _digest(project)
    out = isnad("suggest", project, "--with", "lexicon", "--evaluate", "--against", "mona", "--annotator", "ali")
    assert "lexicon against mona: 1 documents" in out.stdout and "exact P" in out.stdout
    report = json.loads(isnad("suggest", project, "--with", "lexicon", "--evaluate", "--against", "mona",
                              "--json").stdout)
    assert report["documents"] == 1 and report["spans"]["gold"] > 0
    assert report["spans"]["exact"]["precision"] is not None
    assert _digest(project) == before


@pytest.mark.parametrize("args, code", [
    (["--with", "magic"], "E514"),
    (["--with", "lexicon:extra"], "E514"),
    (["--with", "lexicon", "--layer", "ali"], "E604"),
    (["--with", "lexicon", "--map", "PERS"], "E605"),
    (["--with", "lexicon", "--annotator", "suggest:lexicon"], "E607"),
    (["--with", "lexicon", "--annotator", "nobody"], "E609"),
    (["--with", "lexicon", "--status", "finished"], "E107"),
    (["--with", "lexicon", "--status", "flagged"], "E610"),
    (["--with", "lexicon", "--evaluate"], "E608"),
    (["--with", "lexicon", "--evaluate", "--against", "gold"], "E609"),
])
def test_bad_input_is_a_two_part_error_and_changes_nothing(project, args, code):
    isnad("suggest", project, "--with", "lexicon")
    before = _digest(project)
    out = isnad("suggest", project, *args, check=False)
    assert out.returncode == 2 and code in out.stderr and "What to do:" in out.stderr, out.stderr
    assert "Traceback" not in out.stderr
    assert _digest(project) == before


def test_labels_the_schema_lacks_are_refused_before_writing(project):
    with Project.open(project) as p:  # the lead dropped MISC from the schema; ali's MISC spans remain
        schema = p.schema
        p.set_schema(type(schema)(schema.name, tuple(l for l in schema.labels if l.name != "MISC"),
                                  schema.relation_types))
    before = _digest(project)
    out = isnad("suggest", project, "--with", "lexicon", check=False)
    assert out.returncode == 2 and "E601" in out.stderr and "'lexicon'" in out.stderr and "MISC" in out.stderr
    assert _digest(project) == before


def test_models_not_yet_installed_are_named(project):
    out = isnad("suggest", project, "--with", "transformers:/no/such/model", check=False)
    assert out.returncode == 2 and ("E613" in out.stderr or "/no/such/model" in out.stderr)
    assert "Traceback" not in out.stderr


def test_an_export_leaves_suggestions_out_unless_named(tmp_path):
    """Machine suggestions are no training data: `export` without --annotator writes people's
    layers only; naming a suggestion layer still exports it."""
    from helpers import read_jsonl
    project = tmp_path / "p.isnad"
    isnad("init", project)
    text = "قال حفتر إن سرت هادئة. وأكد حفتر ذلك."
    write_jsonl(tmp_path / "in.jsonl", [{"text": text, "id": "d", "spans": [
        {"start": 4, "end": 8, "label": "PER", "annotator": "ali"}]}])
    isnad("import", project, tmp_path / "in.jsonl")
    isnad("suggest", project, "--with", "lexicon")
    isnad("export", project, "--format", "jsonl", "-o", tmp_path / "all.jsonl")
    assert {s["annotator"] for s in read_jsonl(tmp_path / "all.jsonl")[0]["spans"]} == {"ali"}
    isnad("export", project, "--format", "jsonl", "-o", tmp_path / "s.jsonl", "--annotator", "suggest:lexicon")
    assert {s["annotator"] for s in read_jsonl(tmp_path / "s.jsonl")[0]["spans"]} == {"suggest:lexicon"}
