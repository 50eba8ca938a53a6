"""What an export wrote and what it left out, and why: `isnad export` prints it after its
`wrote` lines (unchanged), and the count made before writing is the writers' own."""
from __future__ import annotations

import pytest

from annotator.importing import import_records
from annotator.resources import resource
from annotator.store import Project
from exports.options import ExportOptions
from exports.registry import get_format
from exports.run import export, export_summary, overlap_drops
from tests.helpers import isnad

ENTITIES = ("PER", "ORG", "LOC", "MISC")


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """The bundled sample (claims holding entities, 14 relations) in a project of its own."""
    path = tmp_path_factory.mktemp("sample") / "sample.isnad"
    with Project.create(path) as project:
        import_records(project, get_format("jsonl", "read").read(resource("sample", "sample.jsonl"), None), "sample")
    return path


def records(path):
    with Project.open(path, read_only=True) as project:
        return list(project.records()), project.schema


def test_cli_conll_keeps_its_line_then_says_what_was_dropped_and_how_to_keep_it(sample, tmp_path):
    out = tmp_path / "all.conll"
    lines = isnad("export", sample, "--format", "conll", "-o", out).stdout.splitlines()
    assert lines == [
        f"wrote {out}: 4 documents, 61 entities, 12 spans dropped overlapping, 0 spans dropped blank, "
        "0 spans with split tokens",
        "dropped: 12 spans overlapping a longer span (conll holds one label per token); to keep them, export only "
        "non-overlapping labels, e.g. the entity labels: --label PER --label ORG --label LOC --label MISC",
        "dropped: 14 relations (conll holds no relations; brat, doccano, jsonl, label-studio, parquet, spacy do)"]
    entities = tmp_path / "entities.conll"
    advice = [arg for name in ENTITIES for arg in ("--label", name)]
    lines = isnad("export", sample, "--format", "conll", "-o", entities, *advice).stdout.splitlines()
    assert lines == [f"wrote {entities}: 4 documents, 52 entities, 0 spans dropped overlapping, "
                     "0 spans dropped blank, 1 spans with split tokens"]  # the advice keeps every entity


def test_cli_spacy_and_jsonl_say_what_they_leave_out(sample, tmp_path):
    lines = isnad("export", sample, "--format", "spacy", "-o", tmp_path / "o.spacy").stdout.splitlines()
    assert lines[1:] == ['not in doc.ents: 12 spans overlapping a longer span (every span is still in '
                         'doc.spans["sc"])']
    lines = isnad("export", sample, "--format", "jsonl", "-o", tmp_path / "o.jsonl").stdout.splitlines()
    assert lines == [f"wrote {tmp_path / 'o.jsonl'}: 4 documents, 73 spans, 14 relations"]  # nothing lost


@pytest.mark.parametrize("options, total", [
    (ExportOptions(), 12), (ExportOptions(labels=ENTITIES), 0), (ExportOptions(labels=("CLAIM", "LOC", "ORG")), None),
    (ExportOptions(labels=("CLAIM", "LOC"), rename={"LOC": "GPE"}), None), (ExportOptions(layers=("nobody",)), 0)])
def test_the_count_before_writing_is_what_the_writers_drop(sample, tmp_path, options, total):
    recs, schema = records(sample)
    before = overlap_drops(recs, options)
    conll = export(recs, "conll", tmp_path / "o.conll", schema, options)
    spacy = export(recs, "spacy", tmp_path / "o.spacy", schema, options)
    assert sum(before.values()) == conll["spans_dropped_overlapping"] == spacy["spans_dropped_overlapping_from_ents"]
    assert total is None or sum(before.values()) == total
    assert set(before) <= {options.rename.get(label, label) for label in options.labels or schema.label_names}


def test_summary_names_every_file_and_counts_what_reached_the_writer(sample, tmp_path):
    recs, schema = records(sample)
    summary = export_summary(recs, "label-studio", tmp_path / "ls.json", schema)
    assert summary.files == [tmp_path / "ls.json", tmp_path / "ls.label_config.xml"]
    assert summary.written() == {"documents": 4, "spans": 73, "relations": 14} and summary.dropped() == []
    split = ExportOptions(splits={"train": 0.5, "test": 0.5})
    summary = export_summary(recs, "conll", tmp_path / "split", schema, split)
    assert summary.files == [tmp_path / "split" / "train.conll", tmp_path / "split" / "test.conll"]
    assert summary.written() == {"documents": 4, "spans": 61, "relations": 0}
    assert [(d.count, d.what, d.reason) for d in summary.dropped()] == [
        (12, "spans", "overlapping"), (14, "relations", "no_relations")]
    summary = export_summary(recs, "spacy", tmp_path / "o.spacy", schema)
    assert summary.written() == {"documents": 4, "spans": 73, "relations": 14}  # relations in user_data
    assert [(d.count, d.reason) for d in summary.dropped()] == [(12, "not_in_ents")]
    assert export_summary(recs, "brat", tmp_path / "brat", schema).files == [tmp_path / "brat"]
