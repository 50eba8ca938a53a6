"""Native JSONL export writes, byte for byte, what the json module wrote before orjson and
the store's rows made it fast (issue 13): on the real corpus with every export option, on
SQLite and PostgreSQL, and for generated texts, meta, attributes and numbers."""
from __future__ import annotations

import json
import math
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from annotator.cli import main
from annotator.importing import import_records
from annotator.layers import people_layers
from annotator.model import OFFSET_UNIT, Document, DocStatus, DocumentRecord, RecordRows, Relation, Span, Verdict
from annotator.store import Project
from conftest import CORPUS
from exports import jsonl
from exports.options import ExportOptions, by_split, parse_splits, select
from helpers import examples

# -- the writer before issue 13, kept word for word as the reference ------------------------
_OLD_DUMPS = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _old_to_dict(rec: DocumentRecord) -> dict:
    d, text = rec.document, rec.document.text
    return {
        "id": d.id, "sha256": d.sha256, "title": d.title, "text": text, "source": d.source,
        "meta": d.meta, "added_at": d.added_at, "offset_unit": OFFSET_UNIT,
        "spans": [{"id": s.id, "start": s.start, "end": s.end, "label": s.label, "text": text[s.start:s.end],
                   "annotator": s.annotator, "attrs": s.attrs, "note": s.note, "created": s.created,
                   "updated": s.updated} for s in rec.spans],
        "relations": [{"id": r.id, "from": r.from_id, "to": r.to_id, "type": r.type, "annotator": r.annotator,
                       "created": r.created, "updated": r.updated} for r in rec.relations],
        "statuses": [{"annotator": s.annotator, "status": s.status, "seconds": s.seconds,
                      "last_opened": s.last_opened, "updated": s.updated} for s in rec.statuses],
        "verdicts": [{"annotator": v.annotator, "key": v.key, "label": v.label, "text": v.text, "verdict": v.verdict,
                      "updated": v.updated} for v in rec.verdicts],
    }


def old_bytes(records) -> bytes:
    """What the old writer put in the file (a text file, UTF-8, "\\n" line ends)."""
    return "".join(_OLD_DUMPS(_old_to_dict(rec)) + "\n" for rec in records).encode("utf-8")


# -- values the encoders could tell apart ----------------------------------------------------
NASTY = ['"', "\\", '\\"', "\b\f\n\r\t", "\x01\x1f\x7f", "\u2028\u2029", "\u0085\u00a0\ufeff", "\U0001F600\U00010348",
         "</script>", "/", "\ud7ff\ue000\uffff", "سرت", "\u200f\u202e"]
FLOATS = [0.1, 1e-05, 1.5e-07, 1e16, 1e22, 1.2345678901234568e+17, 5e-324, 1.7976931348623157e+308, -0.0, 3.0,
          float("inf"), float("-inf"), float("nan")]
BIG_INTS = [2 ** 63, -(2 ** 63) - 1, 10 ** 30]
SECONDS = [0.1, 1e-05, 1.5e-07, 3.0, 5e-324, 123456.789, 7]  # time spent: finite, not negative


def _record(text: str, doc_id: str, meta: dict, layers=("gold", "ali", "suggest:lexicon"), seconds=(0.1,)) -> DocumentRecord:
    """A document with spans of several layers, attrs, a relation across layers, statuses, verdicts."""
    spans, n = [], len(text)
    for i, who in enumerate(layers):
        a = (3 * i) % max(n - 1, 1)
        spans += [Span(f"{doc_id}-{who}-1", "", a, min(a + 2, n), "PER", who, {"score": FLOATS[i], "w": NASTY[i]},
                       note=NASTY[i + 3], created="2024-01-01T00:00:00Z", updated=NASTY[i + 6]),
                  Span(f"{doc_id}-{who}-2", "", 0, n, "CLAIM", who)]
    relations = [Relation(f"{doc_id}-r1", "", spans[1].id, spans[0].id, "attributed_to", "gold"),
                 Relation(f"{doc_id}-r2", "", spans[3].id, spans[2].id, "attributed_to", "gold")]  # ends in ali's layer
    statuses = [DocStatus("", who, "done" if i else "in_progress", s, NASTY[i], "2024-02-02T00:00:00Z")
                for i, (who, s) in enumerate(zip(layers, seconds))]
    verdicts = [Verdict("", "ali", f"span:0:2:PER", "PER", text[:2] + NASTY[0], "accepted", "2024-03-03T00:00:00Z")]
    return DocumentRecord(Document(doc_id, "", text, title=NASTY[1], source=NASTY[2], meta=meta),
                          spans, relations, statuses, verdicts=verdicts)


def _corpus_records() -> list[DocumentRecord]:
    out = []
    for name in ("attribution/tune.jsonl", "articles/anercorp_news_passages.jsonl", "aqmar/aqmar_sample.spans.jsonl"):
        out += list(jsonl.read(CORPUS / name))
    for i, rec in enumerate(out):  # the corpus's own spans and relations, plus every kind of value
        if i % 3 == 0:
            extra = _record(rec.document.text, f"x{i}", {}, seconds=(SECONDS[i % len(SECONDS)], 2.5e-06))
            rec.spans += extra.spans
            rec.relations += extra.relations
            rec.statuses, rec.verdicts = extra.statuses, extra.verdicts
            rec.document.meta = {**rec.document.meta, "n": FLOATS[i % len(FLOATS)], "big": BIG_INTS[i % 3], "s": NASTY[i % 13],
                                 "nested": {"list": [1.0, 1e-07, None, True, NASTY[(i + 1) % 13]]}}
        rec.origin = None
    return out


@pytest.fixture
def corpus_project(location):
    with Project.create(location) as p:
        import_records(p, _corpus_records(), "gold", add_labels=True)
    return location


OPTIONS = {  # the CLI's arguments -> the layers it reads and the options it applies
    "plain": ([], None),
    "one layer": (["--annotator", "gold"], ExportOptions(layers=("gold",))),
    "two layers": (["--annotator", "ali", "--annotator", "gold"], ExportOptions(layers=("ali", "gold"))),
    "suggestions": (["--annotator", "suggest:lexicon"], ExportOptions(layers=("suggest:lexicon",))),
    "status": (["--status", "done"], ExportOptions(statuses=("done",))),
    "label": (["--label", "CLAIM"], ExportOptions(labels=("CLAIM",))),
    "rename": (["--rename", "PER=PERSON"], ExportOptions(rename={"PER": "PERSON"})),
}


@pytest.mark.slow
@pytest.mark.parametrize("case", OPTIONS)
def test_export_writes_the_old_writers_bytes(corpus_project, tmp_path, case):
    argv, options = OPTIONS[case]
    out = tmp_path / "out.jsonl"
    assert main(["export", str(corpus_project), "--format", "jsonl", "-o", str(out), *argv]) == 0
    with Project.open(corpus_project, read_only=True) as p:
        if options is None or not options.layers:  # the CLI's default: every layer but suggestions
            options = replace(options or ExportOptions(), layers=tuple(people_layers(p)))
        want = old_bytes(select(p.records(options.layers), options))
        documents = p.stats()["documents"]
    assert out.read_bytes() == want
    if case == "plain":  # what could tell the encoders apart is in the file
        assert want.count(b"\n") == documents > 150
        assert all(s.encode() in want for s in ("1e-05", "2.5e-06", "1e+22", "NaN", "-Infinity", str(2 ** 63),
                                                "\\u0001\\u001f\x7f", "\u2028\u2029", "\U0001F600", '\\\\\\"'))


@pytest.mark.slow
def test_a_split_export_writes_the_old_writers_bytes(corpus_project, tmp_path):
    out = tmp_path / "splits"
    assert main(["export", str(corpus_project), "--format", "jsonl", "-o", str(out), "--split", "train=0.7,test=0.3"]) == 0
    with Project.open(corpus_project, read_only=True) as p:
        options = ExportOptions(layers=tuple(people_layers(p)))
        groups = by_split(select(p.records(options.layers), options), parse_splits("train=0.7,test=0.3"))
    assert all(groups.values())
    for name, records in groups.items():
        assert (out / f"{name}.jsonl").read_bytes() == old_bytes(records)


def test_the_store_rows_are_the_records(corpus_project):
    """`record_rows` holds what `records` holds, in the same order, for every layer or some."""
    with Project.open(corpus_project, read_only=True) as p:
        for layers in (None, ["gold"], ["ali", "suggest:lexicon"]):
            rows, records = list(p.record_rows(layers)), list(p.records(layers))
            assert [r.record() for r in rows] == records and [RecordRows.of(r) for r in records] == rows
        assert sum(len(r.statuses) for r in rows) and sum(len(r.verdicts) for r in rows)


def test_records_given_as_objects_are_written_the_same(tmp_path):
    records = _corpus_records()
    jsonl.write(records, tmp_path / "objects.jsonl")
    assert (tmp_path / "objects.jsonl").read_bytes() == old_bytes(records)


def test_what_orjson_cannot_write_falls_back_to_json(tmp_path):
    """An integer beyond 64 bits where orjson refuses it (only a crafted value could be one)."""
    rec = _record("نص", "d", {})
    rec.spans[0].start = 2 ** 70
    assert jsonl.line(RecordRows.of(rec)) == old_bytes([rec])
    rec.spans[0].start, rec.spans[0].note = 0, b"crafted"
    with pytest.raises(TypeError, match="bytes is not JSON serializable"):
        jsonl.line(RecordRows.of(rec))


# -- generated values -------------------------------------------------------------------------
_chars = st.characters(blacklist_categories=("Cs",))  # no lone surrogates: UTF-8 cannot hold them
_json = st.recursive(st.none() | st.booleans() | st.floats() | st.integers() | st.text(_chars, max_size=8),
                     lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(_chars, max_size=5), inner,
                                                                                 max_size=3), max_leaves=8)
_objects = st.dictionaries(st.text(_chars, max_size=6), _json, max_size=4)


@settings(max_examples=examples(300), deadline=None)
@given(text=st.text(_chars, min_size=1, max_size=40), meta=_objects, attrs=_objects,
       seconds=st.floats(min_value=0, max_value=1e9) | st.integers(0, 10 ** 9), words=st.lists(st.text(_chars), min_size=4, max_size=4))
def test_generated_values_are_written_as_json_wrote_them(text, meta, attrs, seconds, words):
    rec = _record(text, words[0] or "d", meta, seconds=(seconds, seconds / 3))
    rec.spans[0].attrs = attrs
    rec.spans[1] = replace(rec.spans[1], label=words[1] or "X", annotator=words[2], note=words[3])
    assert jsonl.line(RecordRows.of(rec)) == old_bytes([rec])


@settings(max_examples=examples(40), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\ufeff\x00"),
                    min_size=1, max_size=40).filter(str.strip),
       meta=_objects, attrs=_objects.filter(lambda a: all(not isinstance(v, float) or math.isfinite(v)
                                                          for v in a.values())),
       seconds=st.floats(min_value=0, max_value=1e9))
def test_generated_values_through_a_project_file(tmp_path_factory, text, meta, attrs, seconds):
    """Stored, read back as rows and written: the bytes of the records read back, written by json."""
    path = tmp_path_factory.mktemp("g") / "p.isnad"
    rec = _record(text, "d", meta, seconds=(seconds, 1e-05))
    rec.spans[0].attrs = attrs
    with Project.create(path) as p:
        import_records(p, [rec], "gold", add_labels=True)
        out = path.with_suffix(".jsonl")
        jsonl.write(p.record_rows(), out)
        assert out.read_bytes() == old_bytes(p.records())
