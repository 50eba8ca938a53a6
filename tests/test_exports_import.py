"""Readers and round trips of the formats that import: doccano, Label Studio, brat."""
import json
import shutil

import pytest

from annotator.errors import IsnadError
from annotator.importing import import_records
from annotator.store import Project
from exports import brat, doccano, label_studio
from exports.registry import get_format
from exports_helpers import EXAMPLES, content, example_records, project_with


def test_registry_knows_every_format():
    from exports.registry import formats
    assert [f.name for f in formats("read")] == ["brat", "doccano", "jsonl", "label-studio", "txt"]
    for name in ("jsonl", "doccano", "label-studio", "brat", "spacy", "conll", "parquet"):
        assert get_format(name, "write").name == name
    for name in ("jsonl", "doccano", "label-studio", "brat"):
        assert get_format(name, "read").name == name
    with pytest.raises(IsnadError, match="can read"):
        get_format("conll", "read")


def imported(tmp_path, records):
    """Readers hand plain records over; offsets, relation ends and ids are checked on import."""
    project = Project.create(tmp_path / "check.isnad")
    try:
        return import_records(project, records, "import", add_labels=True)
    finally:
        project.close()


# -- doccano -------------------------------------------------------------------------
def test_doccano_example_reads_with_exact_spans_and_relations():
    recs = list(doccano.read(EXAMPLES / "doccano.jsonl"))
    assert len(recs) == 2
    first = recs[0]
    text = first.document.text
    assert {text[s.start:s.end] for s in first.spans} >= {"محمد حمودة", "طرابلس", "واشنطن بوست", "سرت"}
    by_id = {s.id: s for s in first.spans}
    claim_source = [(text[by_id[r.from_id].start:by_id[r.from_id].end], r.type) for r in first.relations]
    assert ("الوضع مستقر", "attributed_to") in claim_source
    assert first.origin.line == 1 and recs[1].origin.line == 2
    assert first.document.meta == {"Comments": []}


def test_doccano_round_trip_through_a_project_loses_nothing(tmp_path):
    original = list(doccano.read(EXAMPLES / "doccano.jsonl"))
    project = project_with(tmp_path, original)
    out = tmp_path / "out.jsonl"
    doccano.write(project.records(), out)
    again = list(doccano.read(out))
    assert content(again) == content(original)
    lines = [json.loads(l) for l in out.open(encoding="utf-8")]
    example = [json.loads(l) for l in (EXAMPLES / "doccano.jsonl").open(encoding="utf-8")]
    assert [l["text"] for l in lines] == [l["text"] for l in example]
    assert [len(l["entities"]) for l in lines] == [len(l["entities"]) for l in example]
    assert [(l["id"], l["Comments"]) for l in lines] == [(l["id"], l["Comments"]) for l in example]
    # importing the same file again adds nothing (stable ids)
    report = import_records(project, doccano.read(EXAMPLES / "doccano.jsonl"), "import")
    assert report.spans_added == 0 and report.relations_added == 0
    project.close()


@pytest.mark.parametrize("line, message", [
    ({"text": "قال", "entities": [{"id": 1, "label": "CUE", "start_offset": 0, "end_offset": 9}]}, "outside"),
    ({"text": "قال", "entities": [{"id": 1, "label": "CUE", "start": 0}]}, "lacks a field"),
    ({"txt": "قال"}, "with a text"),
    ({"text": "قال", "entities": [{"id": 1, "label": "CUE", "start_offset": 0, "end_offset": 3}],
      "relations": [{"id": 1, "from_id": 1, "to_id": 7, "type": "cue_of"}]}, "does not exist"),
])
def test_doccano_bad_lines_name_file_and_line(tmp_path, line, message):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "سليم"}\n' + json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    with pytest.raises(IsnadError, match=message) as e:
        imported(tmp_path, doccano.read(path))
    assert e.value.path == str(path) and e.value.line == 2


def test_a_bad_file_changes_nothing_in_the_project(tmp_path):
    project = project_with(tmp_path, [])
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "سليم"}\n{"text": "خطأ", "entities": [{"id": 1, "label": "X", '
                    '"start_offset": 2, "end_offset": 1}]}\n', encoding="utf-8")
    with pytest.raises(IsnadError):
        import_records(project, doccano.read(path), "import", add_labels=True)
    assert project.stats()["documents"] == 0
    project.close()


# -- Label Studio --------------------------------------------------------------------
def test_label_studio_example_keeps_layers_attributes_and_notes():
    recs = list(label_studio.read(EXAMPLES / "label_studio.json"))
    first = recs[0]
    text = first.document.text
    assert {s.annotator for s in first.spans} == {"label-studio-1", "label-studio-2"}
    source = next(s for s in first.spans if s.label == "SOURCE")
    assert source.attrs == {"type": "named person"} and text[source.start:source.end].endswith("محمد حمودة")
    note = next(s for s in first.spans if s.annotator == "label-studio-2")
    assert note.note == "العاصمة" and text[note.start:note.end] == "طرابلس"
    assert len(first.relations) == 4 and recs[1].origin.line > first.origin.line


def test_label_studio_round_trip_loses_nothing(tmp_path):
    original = list(label_studio.read(EXAMPLES / "label_studio.json"))
    project = project_with(tmp_path, original)
    out = tmp_path / "tasks.json"
    label_studio.write(project.records(), out, project.schema)
    again = list(label_studio.read(out))
    assert content(again, with_layers=True) == content(original, with_layers=True)
    config = (tmp_path / "tasks.label_config.xml").read_text(encoding="utf-8")
    assert '<Relation value="attributed_to"/>' in config and 'perRegion="true"' in config
    project.close()


def _task(start, end, quoted, text="قال الرئيس 👍 في طرابلس"):
    return [{"data": {"text": text}, "annotations": [{"result": [
        {"id": "a", "from_name": "label", "to_name": "text", "type": "labels",
         "value": {"start": start, "end": end, "text": quoted, "labels": ["LOC"]}}]}]}]


def test_label_studio_task_data_survives(tmp_path):
    path = tmp_path / "t.json"
    path.write_text(json.dumps([{"data": {"text": "قال", "url": "https://example.org/1"},
                                 "annotations": []}]), encoding="utf-8")
    project = project_with(tmp_path, label_studio.read(path))
    label_studio.write(project.records(), tmp_path / "out.json")
    (task,) = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert task["data"]["url"] == "https://example.org/1" and task["data"]["text"] == "قال"
    project.close()


def test_label_studio_value_text_must_match_the_offsets(tmp_path):
    path = tmp_path / "t.json"
    path.write_text(json.dumps(_task(0, 3, "طرابلس"), ensure_ascii=False), encoding="utf-8")
    with pytest.raises(IsnadError, match="says 'طرابلس'") as e:
        list(label_studio.read(path))
    assert e.value.line == 1


def test_label_studio_utf16_offsets_after_an_emoji_are_converted(tmp_path):
    text = "قال الرئيس 👍 في طرابلس"
    start = text.index("طرابلس")
    path = tmp_path / "t.json"
    path.write_text(json.dumps(_task(start + 1, start + 7, "طرابلس"), ensure_ascii=False), encoding="utf-8")
    (rec,) = label_studio.read(path)
    assert [(s.start, s.end) for s in rec.spans] == [(start, start + 6)]


def test_label_studio_relation_to_a_missing_region_fails(tmp_path):
    tasks = _task(0, 3, "قال")
    tasks[0]["annotations"][0]["result"].append({"type": "relation", "from_id": "a", "to_id": "zz",
                                                 "direction": "right", "labels": ["cue_of"]})
    path = tmp_path / "t.json"
    path.write_text(json.dumps(tasks, ensure_ascii=False, indent=1), encoding="utf-8")
    with pytest.raises(IsnadError, match="does not exist") as e:
        imported(tmp_path, label_studio.read(path))
    assert e.value.line == 2


# -- brat ----------------------------------------------------------------------------
def test_brat_example_reads_t_r_a_and_notes():
    recs = {r.document.id: r for r in brat.read(EXAMPLES / "brat")}
    first = recs["news-1"]
    text = first.document.text
    source = next(s for s in first.spans if s.label == "SOURCE")
    assert text[source.start:source.end] == "المتحدث باسم الحكومة محمد حمودة"
    assert source.attrs == {"type": "named_person"} and source.note == "مصدر رسمي"
    assert len(first.relations) == 4 and len(recs["news-2"].relations) == 2


def test_brat_round_trip_loses_nothing(tmp_path):
    original = list(brat.read(EXAMPLES / "brat"))
    project = project_with(tmp_path, original)
    brat.write(project.records(), tmp_path / "out", project.schema)
    again = list(brat.read(tmp_path / "out"))
    assert content(again) == content(original)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "annotation.conf", "news-1.ann", "news-1.txt", "news-2.ann", "news-2.txt"]
    for name in ("news-1.txt", "news-2.txt"):
        assert (tmp_path / "out" / name).read_bytes() == (EXAMPLES / "brat" / name).read_bytes()
    project.close()


def _brat_folder(tmp_path, ann, txt="قال الرئيس في طرابلس"):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(txt, encoding="utf-8")
    (folder / "a.ann").write_text(ann, encoding="utf-8")
    return folder


@pytest.mark.parametrize("ann, message, line", [
    ("T1\tLOC 14 20\tطرابلس\nT2\tLOC 0 30\tقال\n", "outside", 2),
    ("T1\tLOC 14 20\tالرئيس\n", "says 'الرئيس'", 1),
    ("T1\tLOC 14 20\tطرابلس\nR1\tcue_of Arg1:T1 Arg2:T9\n", "does not exist", 2),
    ("T1\tLOC 0 3;14 20\tقال طرابلس\n", "discontinuous", 1),
    ("T1\tLOC 14 20\tطرابلس\nE1\tEvent:T1\n", "cannot be imported", 2),
])
def test_brat_bad_annotations_name_file_and_line(tmp_path, ann, message, line):
    folder = _brat_folder(tmp_path, ann)
    with pytest.raises(IsnadError, match=message) as e:
        imported(tmp_path, brat.read(folder))
    assert e.value.path == str(folder / "a.ann") and e.value.line == line


def test_brat_ann_without_txt_is_refused(tmp_path):
    folder = _brat_folder(tmp_path, "T1\tLOC 14 20\tطرابلس\n")
    (folder / "a.txt").unlink()
    with pytest.raises(IsnadError, match="has no a.txt"):
        list(brat.read(folder))


def test_brat_paths_never_escape_the_folder(tmp_path):
    folder = _brat_folder(tmp_path, "T1\tLOC 14 20\tطرابلس\n")
    outside = tmp_path / "secret.txt"
    shutil.move(folder / "a.txt", outside)
    (folder / "a.txt").symlink_to(outside)
    with pytest.raises(IsnadError, match="outside the folder"):
        list(brat.read(folder))


def test_brat_crlf_text_keeps_spans_on_their_words(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_bytes("قال\r\nفي طرابلس".encode())
    (folder / "a.ann").write_text("T1\tLOC 8 14\tطرابلس\n", encoding="utf-8")
    (rec,) = brat.read(folder)
    (span,) = rec.spans
    assert rec.document.text[span.start:span.end] == "طرابلس"


def test_writers_take_every_layer_of_the_native_example(tmp_path):
    recs = example_records()
    for fmt, out in ((doccano, "d.jsonl"), (label_studio, "l.json")):
        report = fmt.write(recs, tmp_path / out)
        assert report["spans"] == sum(len(r.spans) for r in recs)


def test_doccano_older_label_lists_are_read(tmp_path):
    path = tmp_path / "old.jsonl"
    path.write_text(json.dumps({"id": 3, "text": "وصل حفتر إلى سرت", "label": [[4, 8, "PER"], [13, 16, "LOC"]]},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    (rec,) = doccano.read(path)
    text = rec.document.text
    assert [(text[s.start:s.end], s.label) for s in rec.spans] == [("حفتر", "PER"), ("سرت", "LOC")]
    assert rec.document.id == "3"


def test_brat_valueless_attribute_round_trips(tmp_path):
    folder = _brat_folder(tmp_path, "T1\tLOC 14 20\tطرابلس\nA1\tNegated T1\nA2\tConfidence T1 High\n")
    (rec,) = brat.read(folder)
    assert rec.spans[0].attrs == {"Negated": True, "Confidence": "High"}
    brat.write([rec], tmp_path / "out")
    assert (tmp_path / "out" / "a.ann").read_text(encoding="utf-8") == (
        "T1\tLOC 14 20\tطرابلس\nA1\tNegated T1\nA2\tConfidence T1 High\n")
