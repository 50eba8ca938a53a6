"""A span or relation id names an item of ONE document in a merge (issue 14): `s1` in ali's
file and `s1` in mona's, on different texts, are two spans, however they are merged."""
from __future__ import annotations

import json

import pytest

from annotator.store import Project
from conftest import CORPUS
from helpers import isnad, write_jsonl

TEXTS = [p.read_text(encoding="utf-8") for p in sorted((CORPUS / "articles" / "txt").glob("*.txt"))[:2]]


def _file(tmp_path, who: str, text: str):
    row = {"id": f"{who}-doc", "text": text,
           "spans": [{"id": "s1", "start": 0, "end": 4, "label": "SOURCE", "annotator": who},
                     {"id": "s2", "start": 5, "end": 12, "label": "CLAIM", "annotator": who}],
           "relations": [{"id": "r1", "from": "s2", "to": "s1", "type": "attributed_to", "annotator": who}]}
    return write_jsonl(tmp_path / f"{who}.jsonl", [row])


def _placed(path) -> set[tuple]:
    """(annotator, text of the span, text of its relation's ends) of everything stored."""
    with Project.open(path, read_only=True) as p:
        out = set()
        for doc_id in p.document_ids():
            text = p.document(doc_id).text
            spans = {s.id: s for s in p.spans(doc_id)}
            out |= {("span", s.annotator, text[s.start:s.end]) for s in spans.values()}
            out |= {("relation", r.annotator, text[spans[r.from_id].start:spans[r.from_id].end],
                     text[spans[r.to_id].start:spans[r.to_id].end]) for r in p.relations(doc_id)}
        return out


@pytest.mark.parametrize("how", ["together", "one by one", "target first"])
def test_one_id_in_two_documents_names_two_spans(tmp_path, how):
    ali, mona = _file(tmp_path, "ali", TEXTS[0]), _file(tmp_path, "mona", TEXTS[1])
    lead = tmp_path / "lead.isnad"
    isnad("init", lead)
    if how == "together":
        out = isnad("merge", lead, ali, mona).stdout
        assert "were given ids of their own document" in out
    elif how == "one by one":
        isnad("merge", lead, ali)
        isnad("merge", lead, mona)
    else:
        isnad("import", lead, ali)  # the target holds ali's s1 already
        isnad("merge", lead, mona)
    expected = {("span", who, text[a:b]) for who, text in (("ali", TEXTS[0]), ("mona", TEXTS[1]))
                for a, b in ((0, 4), (5, 12))}
    expected |= {("relation", who, text[5:12], text[0:4]) for who, text in (("ali", TEXTS[0]), ("mona", TEXTS[1]))}
    assert _placed(lead) == expected
    again = json.loads(isnad("merge", lead, ali, mona, "--json").stdout)  # nothing new the second time
    assert again["counts"].get("spans added", 0) == again["counts"].get("spans updated", 0) == 0
    assert again["counts"].get("relations added", 0) == 0
    assert _placed(lead) == expected
