"""Options every export takes: layers, statuses, labels, renaming, deterministic splits."""
import pytest

from annotator.errors import IsnadError
from exports.options import ExportOptions, by_split, parse_rename, parse_splits, select, split_of
from exports.run import export
from exports_helpers import anercorp_records, example_records, project_with


def test_layers_statuses_labels_and_renaming(tmp_path):
    project = project_with(tmp_path, example_records())
    records = list(project.records())
    gold = list(select(records, ExportOptions(layers=("gold",))))
    assert {s.annotator for r in gold for s in r.spans} == {"gold"}
    assert len(gold[0].relations) == 4
    alice = list(select(records, ExportOptions(layers=("alice",))))
    assert [len(r.spans) for r in alice] == [1, 1] and all(not r.relations for r in alice)
    done = list(select(records, ExportOptions(layers=("gold",), statuses=("done",))))
    assert [r.document.id for r in done] == ["news-1"]
    assert list(select(records, ExportOptions(layers=("alice",), statuses=("done",)))) == []
    only = list(select(records, ExportOptions(labels=("LOC", "SOURCE"), rename={"LOC": "GPE"})))
    assert {s.label for r in only for s in r.spans} == {"GPE", "SOURCE"}
    assert all(not r.relations for r in only)  # their CLAIM ends were filtered out
    project.close()


def test_splits_are_keyed_on_sha256_and_stable():
    records = anercorp_records()
    splits = {"train": 0.6, "dev": 0.2, "test": 0.2}
    first = {name: [r.document.sha256 for r in recs] for name, recs in by_split(records, splits).items()}
    second = {name: [r.document.sha256 for r in recs] for name, recs in by_split(reversed(records), splits).items()}
    assert {k: sorted(v) for k, v in first.items()} == {k: sorted(v) for k, v in second.items()}
    assert all(first.values())
    # a known hash always lands in the same place, on any machine
    assert split_of("0" * 64, splits) == "train" and split_of("f" * 64, splits) == "test"
    assert split_of("a" * 64, splits) == "dev"  # 0xaaaa... = 0.667: between 0.6 and 0.8


def test_parsing_options():
    assert parse_splits("train=0.8, dev=0.1,test=0.1") == {"train": 0.8, "dev": 0.1, "test": 0.1}
    assert parse_rename(["PERS=PER", "LOC=GPE"]) == {"PERS": "PER", "LOC": "GPE"}
    with pytest.raises(IsnadError, match="train=0.8"):
        parse_splits("train=lots")
    with pytest.raises(IsnadError, match="OLD=NEW"):
        parse_rename(["PERS"])


def test_export_driver_reports_progress_and_writes_split_folders(tmp_path):
    seen = []
    reports = export(anercorp_records(), "conll", tmp_path / "out", None,
                     ExportOptions(splits={"train": 0.8, "test": 0.2}), progress=seen.append)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["test.conll", "train.conll"]
    assert sum(r["documents"] for r in reports.values()) == 25 and seen[-1] == 25
    report = export(anercorp_records(), "brat", tmp_path / "b", None)
    assert report["documents"] == 25 and not list(tmp_path.glob("*.partial"))


def test_failed_export_leaves_no_file(tmp_path):
    def broken():
        yield from anercorp_records()[:3]
        raise IsnadError("disk full", "free space")
    with pytest.raises(IsnadError):
        export(broken(), "doccano", tmp_path / "x.jsonl")
    assert list(tmp_path.iterdir()) == []


def test_export_never_replaces_a_folder_with_other_files(tmp_path):
    folder = tmp_path / "Documents"
    folder.mkdir()
    (folder / "thesis.odt").write_text("precious", encoding="utf-8")
    with pytest.raises(IsnadError, match="other files"):
        export(anercorp_records(), "brat", folder)
    assert (folder / "thesis.odt").read_text(encoding="utf-8") == "precious"
    export(anercorp_records(), "brat", tmp_path / "b")
    export(anercorp_records()[:2], "brat", tmp_path / "b")  # a previous export is replaced
    assert len(list((tmp_path / "b").glob("*.ann"))) == 2
