"""Import and native JSONL export through the real CLI, on real Arabic text."""
import json
import sqlite3

import pytest
from hypothesis import HealthCheck, assume, given, settings, strategies as st

from annotator.importing import import_records
from annotator.store import Project
from exports import jsonl
from helpers import examples, isnad, read_jsonl, write_jsonl


def _snapshot(path):
    """Everything a project holds, for 'nothing changed' checks."""
    con = sqlite3.connect(path)
    return [con.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
            for t in ("documents", "spans", "relations", "doc_states", "meta")]


def test_anercorp_gold_spans_survive_import_and_export(tmp_path, corpus):
    src = corpus / "articles" / "anercorp_news_passages.jsonl"
    isnad("init", tmp_path / "p.isnad")
    isnad("import", tmp_path / "p.isnad", src, "--add-labels")
    isnad("export", tmp_path / "p.isnad", "--format", "jsonl", "-o", tmp_path / "out.jsonl")
    gold, out = read_jsonl(src), read_jsonl(tmp_path / "out.jsonl")
    assert [g["text"] for g in gold] == [o["text"] for o in out]
    for g, o in zip(gold, out):
        assert [(s["start"], s["end"], s["label"], s["text"]) for s in g["spans"]] == \
               [(s["start"], s["end"], s["label"], s["text"]) for s in o["spans"]]
        assert all(o["text"][s["start"]:s["end"]] == s["text"] for s in o["spans"])
        assert o["offset_unit"] == "unicode_codepoint"


def test_seed_article_and_txt_folder_import(tmp_path, corpus):
    isnad("init", tmp_path / "p.isnad")
    out = isnad("import", tmp_path / "p.isnad", corpus / "seed", corpus / "articles" / "txt").stdout
    assert "26 documents added" in out
    stats = json.loads(isnad("stats", tmp_path / "p.isnad", "--json").stdout)
    assert stats["documents"] == 26
    seed = (corpus / "seed" / "sirte-washington-post.txt").read_text(encoding="utf-8")
    shown = isnad("show", tmp_path / "p.isnad", "sirte-washington-post", "--raw").stdout
    assert seed.strip() in shown


def test_import_is_idempotent(tmp_path, corpus):
    src = corpus / "articles" / "anercorp_news_passages.jsonl"
    isnad("init", tmp_path / "p.isnad")
    isnad("import", tmp_path / "p.isnad", src, "--add-labels")
    before = _snapshot(tmp_path / "p.isnad")
    out = isnad("import", tmp_path / "p.isnad", src, "--add-labels").stdout
    assert "0 documents added (25 already there), 0 spans added (710 already there)" in out
    assert _snapshot(tmp_path / "p.isnad") == before


def test_lossless_round_trip_with_relations_attrs_statuses(tmp_path):
    text = "قالت المتحدثة ريبيكا فارمر 😀 إن القوات نقلت من ليبيا"
    row = {"id": "sirte-1", "title": "سرت", "meta": {"url": "https://example.org/a"}, "text": text,
           "spans": [{"id": "s1", "start": 14, "end": 26, "label": "SOURCE", "annotator": "ali",
                      "attrs": {"type": "named person"}},
                     {"id": "c1", "start": 32, "end": 52, "label": "CLAIM", "annotator": "ali"},
                     {"id": "s2", "start": 14, "end": 20, "label": "PER", "annotator": "mona"}],
           "relations": [{"id": "r1", "from": "c1", "to": "s1", "type": "attributed_to", "annotator": "ali"}],
           "statuses": [{"annotator": "ali", "status": "done", "seconds": 42.5}]}
    write_jsonl(tmp_path / "in.jsonl", [row])
    for name in ("a", "b"):
        isnad("init", tmp_path / f"{name}.isnad")
    isnad("import", tmp_path / "a.isnad", tmp_path / "in.jsonl")
    isnad("export", tmp_path / "a.isnad", "--format", "jsonl", "-o", tmp_path / "a.jsonl")
    isnad("import", tmp_path / "b.isnad", tmp_path / "a.jsonl")
    isnad("export", tmp_path / "b.isnad", "--format", "jsonl", "-o", tmp_path / "b.jsonl")
    first, second = read_jsonl(tmp_path / "a.jsonl"), read_jsonl(tmp_path / "b.jsonl")
    assert first == second
    spans = {s["id"]: s for s in first[0]["spans"]}
    assert spans["c1"]["text"] == "القوات نقلت من ليبيا" and spans["s1"]["attrs"] == {"type": "named person"}
    assert first[0]["relations"][0]["from"] == "c1" and first[0]["statuses"][0]["seconds"] == 42.5


def test_export_filters_layers(tmp_path):
    write_jsonl(tmp_path / "in.jsonl", [{"text": "حفتر في سرت", "spans": [
        {"start": 0, "end": 4, "label": "PER", "annotator": "ali"},
        {"start": 8, "end": 11, "label": "LOC", "annotator": "mona"}]}])
    isnad("init", tmp_path / "p.isnad")
    isnad("import", tmp_path / "p.isnad", tmp_path / "in.jsonl")
    isnad("export", tmp_path / "p.isnad", "--format", "jsonl", "-o", tmp_path / "o.jsonl", "--annotator", "mona")
    assert [s["text"] for s in read_jsonl(tmp_path / "o.jsonl")[0]["spans"]] == ["سرت"]


GOOD = {"text": "حفتر في سرت", "spans": [{"id": "a", "start": 0, "end": 4, "label": "PER"}]}
BAD_LINES = {
    "invalid JSON": ('{"text": "x", }\n', "line 2 is not valid JSON"),
    "truncated": ('{"text": "حفتر في', "truncated"),
    "span outside": (json.dumps({"text": "سرت", "spans": [{"start": 1, "end": 9, "label": "LOC"}]}), "outside the text"),
    "empty span": (json.dumps({"text": "سرت", "spans": [{"start": 2, "end": 2, "label": "LOC"}]}), "or empty"),
    "missing span": (json.dumps({"text": "سرت", "relations": [{"from": "x", "to": "y", "type": "cue_of"}]}),
                     "does not exist"),
    "unknown label": (json.dumps({"text": "سرت", "spans": [{"start": 0, "end": 3, "label": "CITY"}]}),
                      "'CITY' is not in the project's schema"),
    "text disagrees": (json.dumps({"text": "😀سرت", "spans": [{"start": 2, "end": 4, "label": "LOC", "text": "سرت"}]},
                                  ensure_ascii=False), "but its 'text' says"),
    "lone surrogate": ('{"text": "\\ud800 سرت"}', "lone surrogate"),
    "NUL": ('{"text": "\\u0000 سرت"}', "NUL"),
    "no text": ('{"title": "x"}', "no string field 'text'"),
}


@pytest.mark.parametrize("case", sorted(BAD_LINES))
def test_bad_jsonl_names_file_and_line_and_changes_nothing(tmp_path, case):
    isnad("init", tmp_path / "p.isnad")
    write_jsonl(tmp_path / "ok.jsonl", [{"text": "نص سابق"}])
    isnad("import", tmp_path / "p.isnad", tmp_path / "ok.jsonl")
    before = _snapshot(tmp_path / "p.isnad")
    bad_line, message = BAD_LINES[case]
    (tmp_path / "bad.jsonl").write_text(json.dumps(GOOD, ensure_ascii=False) + "\n" + bad_line, encoding="utf-8")
    proc = isnad("import", tmp_path / "p.isnad", tmp_path / "bad.jsonl", check=False)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert "bad.jsonl:2:" in proc.stderr and message in proc.stderr and "What to do" in proc.stderr
    assert _snapshot(tmp_path / "p.isnad") == before


def test_invalid_utf8_names_file_and_byte(tmp_path):
    isnad("init", tmp_path / "p.isnad")
    (tmp_path / "a.txt").write_bytes("Déjà vu à Tripoli".encode("latin-1"))  # no Arabic encoding fits
    proc = isnad("import", tmp_path / "p.isnad", tmp_path / "a.txt", check=False)
    assert proc.returncode == 2 and "a.txt" in proc.stderr and "at byte 1" in proc.stderr
    isnad("import", tmp_path / "p.isnad", tmp_path / "a.txt", "--encoding", "latin-1")
    assert "Déjà vu à Tripoli" in isnad("show", tmp_path / "p.isnad", "a", "--raw").stdout


def _as_stored(text, start, end):
    """What a span of the raw text covers once the BOM is dropped and line ends are LF."""
    seg = text[start:end]
    if seg.endswith("\r") and text[end:end + 1] == "\n":
        seg = seg[:-1]  # the span ends between \r and \n: the line end is outside it
    return seg.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


# Characters Arabic news really contains, and that break peers' offsets.
TRICKY = ["😀", "𝕏", "\r\n", "\r", "لا", "ﻻ", "مُحَمَّد", "إلـــه", "،", "؛", "؟", "«", "»", "<b>", "&amp;",
          "\u00a0", "\u200c", "\u200d", "ABC", "2024", "٣٤٥", " ", "\n", "سرت", "Washington Post"]


@settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pieces=st.lists(st.sampled_from(TRICKY), min_size=2, max_size=30), bom=st.booleans(), data=st.data())
def test_offsets_survive_tricky_text(tmp_path_factory, pieces, bom, data):
    text = ("\ufeff" if bom else "") + "".join(pieces)
    starts = data.draw(st.lists(st.integers(0, len(text) - 1), min_size=1, max_size=8))
    spans = [{"start": s, "end": data.draw(st.integers(s + 1, len(text))), "label": "MISC"} for s in starts]
    # a span over nothing but a dropped BOM or the \r of \r\n is refused (tested below)
    spans = [s for s in spans if _as_stored(text, s["start"], s["end"])]
    assume(spans)
    path = tmp_path_factory.mktemp("h") / "p.isnad"
    want = {_as_stored(text, s["start"], s["end"]) for s in spans}
    with Project.create(path) as p:
        src = path.with_suffix(".jsonl")
        write_jsonl(src, [{"text": text, "spans": spans}])
        import_records(p, jsonl.read(src))
        out = path.with_suffix(".out.jsonl")
        jsonl.write(p.records(), out)
    row = read_jsonl(out)[0]
    got = {row["text"][s["start"]:s["end"]] for s in row["spans"]}
    assert all(s["text"] == row["text"][s["start"]:s["end"]] for s in row["spans"])
    assert want == got


def test_span_over_only_a_dropped_character_is_refused(tmp_path):
    isnad("init", tmp_path / "p.isnad")
    write_jsonl(tmp_path / "in.jsonl", [{"text": "سطر\r\nسطر", "spans": [{"start": 3, "end": 4, "label": "LOC"}]}])
    proc = isnad("import", tmp_path / "p.isnad", tmp_path / "in.jsonl", check=False)
    assert proc.returncode == 2 and "in.jsonl:1:" in proc.stderr and "drops from the text" in proc.stderr
