"""Bad input to the doccano, Label Studio and native JSONL readers: an IsnadError that says
what happened and what to do (file and line), exit 2 on the command line, project unchanged."""
import json
import os
import sqlite3

import pytest

from annotator.errors import IsnadError
from exports import doccano, jsonl, label_studio
from helpers import isnad

READERS = {"doccano": doccano.read, "jsonl": jsonl.read, "label-studio": label_studio.read}
TEXT = "قال الرئيس في طرابلس"
ENT = {"id": 1, "label": "LOC", "start_offset": 14, "end_offset": 20}


def _snapshot(path):
    con = sqlite3.connect(path)
    try:
        return [con.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
                for t in ("documents", "spans", "relations", "doc_states", "meta")]
    finally:
        con.close()


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "p.isnad"
    isnad("init", path)
    return path


def _fails(reader, path, message, line=None, options=None):
    with pytest.raises(IsnadError) as e:
        list(READERS[reader](path, options))
    assert message in str(e.value) and e.value.todo
    assert e.value.path == str(path) and e.value.line == line
    return e.value


def _cli_fails(project, path, fmt, message, *extra):
    """The real CLI: exit 2, the two-part message, no traceback, nothing imported."""
    before = _snapshot(project)
    proc = isnad("import", project, path, "--format", fmt, *extra, check=False)
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr and "What to do" in proc.stderr and message in proc.stderr
    assert _snapshot(project) == before
    return proc.stderr


def _rows(tmp_path, *rows, name="in.jsonl"):
    path = tmp_path / name
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def _tasks(tmp_path, *tasks):
    path = tmp_path / "in.json"
    path.write_text(json.dumps(list(tasks), ensure_ascii=False, indent=1), encoding="utf-8")
    return path


# -- 1. encodings ----------------------------------------------------------------------
@pytest.mark.parametrize("fmt, name", [("doccano", "d.jsonl"), ("label-studio", "l.json"), ("jsonl", "n.jsonl")])
def test_cp1256_files_are_detected_or_take_encoding(tmp_path, project, fmt, name):
    """Issue 15: cp1256 is detected when nothing is given (charset-normalizer, restricted to
    cp1256 and UTF-16), and the summary says how each file was read."""
    row = {"text": TEXT, "entities": [ENT]} if fmt == "doccano" else {"text": TEXT}
    body = json.dumps({"data": row} if fmt == "label-studio" else row, ensure_ascii=False)
    path = tmp_path / name
    path.write_bytes(("\n" + body + "\n").encode("cp1256"))
    out = isnad("import", project, path, "--format", fmt, "--encoding", "cp1256", "--add-labels").stdout
    assert "read 1 file: 1 cp1256 (--encoding)" in out
    assert TEXT in _docs(project)
    out = isnad("import", project, path, "--format", fmt, "--add-labels").stdout
    assert "0 documents added (1 already there)" in out and "read 1 file: 1 cp1256 (detected)" in out


def _docs(project):
    return "".join(t for (t,) in sqlite3.connect(project).execute("SELECT text FROM documents"))


@pytest.mark.parametrize("reader", sorted(READERS))
def test_utf16_with_bom_and_latin1_are_read_or_refused_clearly(tmp_path, reader):
    row = {"text": "café"} if reader != "label-studio" else [{"data": {"text": "café"}}]
    path = tmp_path / "in.json"
    path.write_bytes(json.dumps(row, ensure_ascii=False).encode("utf-16"))  # with a BOM
    assert [r.document.text for r in READERS[reader](path)] == ["café"]
    path.write_bytes(json.dumps(row, ensure_ascii=False).encode("latin-1"))
    _fails(reader, path, "not valid utf-8 at byte")
    assert [r.document.text for r in READERS[reader](path, _Options("latin-1"))] == ["café"]
    path.write_bytes(b"\x00\xff\xfe\x81 binary")
    _fails(reader, path, "not valid utf-8 at byte 1")


class _Options:
    def __init__(self, encoding):
        self.encoding = encoding


def test_unknown_encoding_is_a_user_error(tmp_path, project):
    _cli_fails(project, _rows(tmp_path, {"text": TEXT}), "doccano", "unknown encoding", "--encoding", "klingon")


# -- 2. folders and unreadable files ------------------------------------------------------
@pytest.mark.parametrize("fmt", ["doccano", "jsonl", "label-studio"])
def test_a_folder_where_a_file_is_expected(tmp_path, project, fmt):
    (tmp_path / "t.jsonl").mkdir()
    assert "is a folder" in _cli_fails(project, tmp_path / "t.jsonl", fmt, "this is a folder, not a file")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
@pytest.mark.parametrize("fmt", ["doccano", "jsonl", "label-studio"])
def test_an_unreadable_file(tmp_path, project, fmt):
    path = _rows(tmp_path, {"text": TEXT})
    path.chmod(0)
    _cli_fails(project, path, fmt, "cannot read the file (Permission denied)")


@pytest.mark.parametrize("reader", sorted(READERS))
def test_an_unreadable_file_as_root_too(tmp_path, monkeypatch, reader):
    """Root reads anything, so the OS error is raised by hand where the file is read."""
    path = _rows(tmp_path, {"text": TEXT})

    def denied(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(self))
    monkeypatch.setattr("pathlib.Path.read_bytes", denied)
    monkeypatch.setattr("pathlib.Path.open", denied)  # native JSONL streams a UTF-8 file
    _fails(reader, path, "cannot read the file (Permission denied)")


# -- 3. Label Studio: one JSON value per file ----------------------------------------------
@pytest.mark.parametrize("body, line", [
    ('{"data": {"text": "a"}}\n{"data": {"text": "b"}}\n', 2),
    ('[{"data": {"text": "a"}}]\n\n[{"data": {"text": "b"}}]\n', 3),
    ('[{"data": {"text": "a"}}] junk', 1),
    ('[\n{"data": {"text": "a"}}\n]\n]\n', 4),
])
def test_label_studio_content_after_the_tasks_is_refused(tmp_path, project, body, line):
    path = tmp_path / "t.json"
    path.write_text(body, encoding="utf-8")
    _fails("label-studio", path, "more JSON follows the end of the tasks", line)
    assert f"t.json:{line}:" in _cli_fails(project, path, "label-studio", "more JSON follows")


def test_label_studio_trailing_whitespace_is_fine(tmp_path):
    path = tmp_path / "t.json"
    path.write_text('[{"data": {"text": "a"}}]\n\n  \n', encoding="utf-8")
    assert len(list(label_studio.read(path))) == 1


# -- 4. doccano read as native JSONL -------------------------------------------------------
@pytest.mark.parametrize("row", [
    {"text": TEXT, "entities": [ENT]},
    {"text": TEXT, "entities": [], "relations": []},
    {"text": TEXT, "label": [[14, 20, "LOC"]]},
])
def test_doccano_rows_are_refused_by_the_native_reader(tmp_path, project, row):
    path = _rows(tmp_path, {"text": "سليم"}, row, name="d.jsonl")
    err = _fails("jsonl", path, "this looks like doccano JSONL", 2)
    assert "--format doccano" in err.todo
    stderr = _cli_fails_native(project, path, "this looks like doccano JSONL")
    assert "d.jsonl:2:" in stderr and "--format doccano" in stderr


def _cli_fails_native(project, path, message):
    before = _snapshot(project)
    proc = isnad("import", project, path, check=False)  # no --format: .jsonl is native
    assert proc.returncode == 2 and "Traceback" not in proc.stderr and message in proc.stderr
    assert _snapshot(project) == before
    return proc.stderr


def test_doccano_relations_in_native_jsonl_point_to_doccano(tmp_path):
    row = {"text": TEXT, "spans": [{"id": "a", "start": 14, "end": 20, "label": "LOC"}],
           "relations": [{"id": 1, "from_id": "a", "to_id": "a", "type": "near"}]}
    err = _fails("jsonl", _rows(tmp_path, row), "from_id/to_id are doccano's keys", 1)
    assert "--format doccano" in err.todo


def test_native_rows_with_spans_and_a_label_list_still_read(tmp_path):
    row = {"text": TEXT, "label": ["news"], "spans": [{"start": 14, "end": 20, "label": "LOC"}]}
    (rec,) = jsonl.read(_rows(tmp_path, row))
    assert [(s.start, s.end, s.label) for s in rec.spans] == [(14, 20, "LOC")]


# -- 5-10. types of fields, native JSONL ----------------------------------------------------
SPAN = {"start": 14, "end": 20, "label": "LOC"}
NATIVE_BAD = {
    "status a string": ({"statuses": ["done"]}, "each entry of 'statuses' must be an object, not the string 'done'"),
    "seconds text": ({"statuses": [{"status": "done", "seconds": "abc"}]}, "'seconds' must be a number"),
    "seconds bool": ({"statuses": [{"status": "done", "seconds": True}]}, "'seconds' must be a number, not true"),
    "status number": ({"statuses": [{"status": 3}]}, "'status' must be a string, not the number 3"),
    "status annotator": ({"statuses": [{"status": "done", "annotator": ["a"]}]}, "'annotator' must be a string"),
    "relation type null": ({"spans": [{**SPAN, "id": "a"}], "relations": [{"from": "a", "to": "a", "type": None}]},
                           "a relation's type must be a non-empty string, not null"),
    "relation type 5": ({"spans": [{**SPAN, "id": "a"}], "relations": [{"from": "a", "to": "a", "type": 5}]},
                        "a relation's type must be a non-empty string, not the number 5"),
    "relation from list": ({"spans": [{**SPAN, "id": "a"}], "relations": [{"from": ["a"], "to": "a", "type": "x"}]},
                           "a relation's 'from' must be a string or an integer"),
    "label 5": ({"spans": [{**SPAN, "label": 5}]}, "a span's label must be a non-empty string"),
    "label empty": ({"spans": [{**SPAN, "label": ""}]}, "not an empty string"),
    "span id object": ({"spans": [{**SPAN, "id": {"a": 1}}]}, "a span's id must be a string or an integer"),
    "annotator list": ({"spans": [{**SPAN, "annotator": ["ali"]}]}, "a span's 'annotator' must be a string or null"),
    "note object": ({"spans": [{**SPAN, "note": {"a": 1}}]}, "a span's 'note' must be a string or null"),
    "end true": ({"spans": [{**SPAN, "start": 0, "end": True}]}, "a span's end must be an integer, not true"),
    "start false": ({"spans": [{**SPAN, "start": False, "end": 3}]}, "a span's start must be an integer, not false"),
    "title object": ({"title": {"a": 1}}, "'title' must be a string or null"),
    "document id list": ({"id": [1]}, "the document's id must be a string or an integer"),
}


@pytest.mark.parametrize("case", sorted(NATIVE_BAD))
def test_native_jsonl_field_types(tmp_path, case):
    fields, message = NATIVE_BAD[case]
    _fails("jsonl", _rows(tmp_path, {"text": "سليم"}, {"text": TEXT, **fields}), message, 2)


def test_native_jsonl_bad_status_through_the_cli(tmp_path, project):
    path = _rows(tmp_path, {"text": "سليم"}, {"text": TEXT, "statuses": [{"status": "done", "seconds": "abc"}]})
    assert "in.jsonl:2:" in _cli_fails(project, path, "jsonl", "'seconds' must be a number")


def test_native_jsonl_valid_types_still_read(tmp_path):
    row = {"text": TEXT, "id": 7, "title": None, "spans": [{**SPAN, "id": 3, "annotator": None, "note": "n"}],
           "relations": [{"from": 3, "to": 3, "type": "self"}],
           "statuses": [{"status": "done", "seconds": 12, "annotator": "ali"}]}
    (rec,) = jsonl.read(_rows(tmp_path, row))
    assert rec.document.id == "7" and rec.document.title == ""
    assert (rec.spans[0].id, rec.spans[0].annotator, rec.spans[0].note) == ("3", "", "n")
    assert (rec.relations[0].from_id, rec.statuses[0].seconds) == ("3", 12.0)


# -- 6, 7, 10. doccano ---------------------------------------------------------------------
DOCCANO_BAD = {
    "relation type null": ({"relations": [{"id": 1, "from_id": 1, "to_id": 1, "type": None}]},
                           "relation 1: the type must be a non-empty string, not null"),
    "relation type 5": ({"relations": [{"id": 1, "from_id": 1, "to_id": 1, "type": 5}]},
                        "relation 1: the type must be a non-empty string, not the number 5"),
    "entity id list": ({"entities": [{**ENT, "id": [1]}]}, "an entity's id must be a string or an integer, not a list"),
    "entity id object": ({"entities": [{**ENT, "id": {"a": 1}}]}, "an entity's id must be a string or an integer"),
    "relation from_id list": ({"relations": [{"id": 1, "from_id": [1], "to_id": 1, "type": "x"}]},
                              "a relation's from_id must be a string or an integer"),
    "label 5": ({"entities": [{**ENT, "label": 5}]}, "span 1: the label must be a non-empty string, not the number 5"),
    "end_offset true": ({"entities": [{**ENT, "start_offset": 0, "end_offset": True}]}, "offsets 0, true"),
    "start_offset false": ({"entities": [{**ENT, "start_offset": False, "end_offset": 1}]}, "offsets false, 1"),
    "document id object": ({"id": {"a": 1}}, "the document's id must be a string or an integer"),
}


@pytest.mark.parametrize("case", sorted(DOCCANO_BAD))
def test_doccano_field_types(tmp_path, case):
    fields, message = DOCCANO_BAD[case]
    row = {"text": TEXT, "entities": [ENT], **fields}
    _fails("doccano", _rows(tmp_path, {"text": "سليم"}, row), message, 2)


def test_doccano_bad_relation_type_through_the_cli(tmp_path, project):
    row = {"text": TEXT, "entities": [ENT], "relations": [{"id": 1, "from_id": 1, "to_id": 1, "type": None}]}
    path = _rows(tmp_path, {"text": "سليم"}, row)
    assert "in.jsonl:2:" in _cli_fails(project, path, "doccano", "the type must be a non-empty string", "--add-labels")


# -- 6, 8, 10. Label Studio -----------------------------------------------------------------
def _ls_span(**value):
    return {"id": "r1", "from_name": "label", "to_name": "text", "type": "labels",
            "value": {"start": 14, "end": 20, "text": "طرابلس", "labels": ["LOC"], **value}}


LS_BAD = {
    "relation label 5": ([_ls_span(), {"type": "relation", "from_id": "r1", "to_id": "r1", "labels": [5]}], {},
                         "the type must be a non-empty string, not the number 5"),
    "value.end true": ([_ls_span(start=0, end=True, text=None)], {}, "offsets 0, true"),
    "value.start false": ([_ls_span(start=False, end=1, text=None)], {}, "offsets false, 1"),
    "label list": ([_ls_span(labels=[["LOC"]])], {}, "the label must be a non-empty string, not a list"),
    "region id list": ([{**_ls_span(), "id": ["r1"]}], {}, "a result's id must be a string or an integer"),
    "relation to_id object": ([_ls_span(), {"type": "relation", "from_id": "r1", "to_id": {"a": 1}}], {},
                              "a relation's to_id must be a string or an integer"),
    "title object": ([], {"title": {"a": 1}}, "data.title must be a string or null, not an object"),
    "isnad_id list": ([], {"isnad_id": [1]}, "data.isnad_id must be a string or null"),
}


@pytest.mark.parametrize("case", sorted(LS_BAD))
def test_label_studio_field_types(tmp_path, case):
    results, data, message = LS_BAD[case]
    task = {"data": {"text": TEXT, **data}, "annotations": [{"result": results}]}
    _fails("label-studio", _tasks(tmp_path, {"data": {"text": "سليم"}}, task), message, 7)  # indent=1: task 2 opens on line 7


def test_label_studio_bad_title_through_the_cli(tmp_path, project):
    path = _tasks(tmp_path, {"data": {"text": "x", "title": {"a": 1}}})
    err = _cli_fails(project, path, "label-studio", "data.title must be a string")
    assert "in.json:2:" in err and "damaged" not in err


def test_label_studio_null_title_and_integer_task_id_still_read(tmp_path):
    (rec,) = label_studio.read(_tasks(tmp_path, {"id": 4, "data": {"text": "x", "title": None}}))
    assert (rec.document.id, rec.document.title) == ("4", "")
