"""Issue 14: hostile input to every reader is a two-part error naming file and line, exit 2,
project unchanged: deep nesting, integers past 4,300 digits (brat offsets too), lone
surrogates in any string, non-finite numbers, over-long ids, file names that are not UTF-8."""
import json
import os
import sqlite3

import pytest

from annotator.cli import main
from helpers import isnad

TEXT = "قال الرئيس في طرابلس"


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "p.isnad"
    isnad("init", path)
    return path


def _rows(project):
    con = sqlite3.connect(project)
    try:
        return [con.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
                for t in ("documents", "spans", "relations", "doc_states", "meta")]
    finally:
        con.close()


def refused(project, path, fmt, code, line, capsys, *extra, at=None):
    """`isnad import` (its main, in this process): exit 2, the code, file:line, nothing written."""
    before = _rows(project)
    assert main(["import", str(project), str(path), "--format", fmt, "--add-labels", *extra]) == 2
    err = capsys.readouterr().err
    assert f"[{code}]" in err and "What to do" in err, err
    at = at or path
    assert (f"{at}:{line}:" if line else f"{at}:") in err, err
    assert _rows(project) == before
    return err


def _jsonl(tmp_path, body: str, name="in.jsonl"):
    path = tmp_path / name
    path.write_text('{"text": "سطر أول"}\n' + body + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", ["jsonl", "doccano"])
def test_deep_nesting(tmp_path, project, capsys, fmt):
    deep = "[" * 100_000 + "]" * 100_000  # RecursionError before
    refused(project, _jsonl(tmp_path, f'{{"text": "{TEXT}", "meta": {deep}}}'), fmt, "E360", 2, capsys)
    shallow_enough_to_parse = "[" * 500 + "]" * 500  # parsed, but no store could write it back
    refused(project, _jsonl(tmp_path, f'{{"text": "{TEXT}", "meta": {{"x": {shallow_enough_to_parse}}}}}'),
            fmt, "E360", 2, capsys)


def test_deep_nesting_in_label_studio(tmp_path, project, capsys):
    path = tmp_path / "t.json"
    path.write_text('[{"data": {"text": "نص"}},\n{"data": {"text": "نص آخر", "x": ' + "[" * 50_000
                    + "]" * 50_000 + "}}]", encoding="utf-8")
    refused(project, path, "label-studio", "E360", 2, capsys)


@pytest.mark.parametrize("fmt, body", [
    ("jsonl", '{"text": "%s", "spans": [{"start": %s, "end": 3, "label": "PER"}]}' % (TEXT, "1" * 5000)),
    ("doccano", '{"text": "%s", "entities": [{"id": 1, "label": "PER", "start_offset": %s, "end_offset": 3}]}'
     % (TEXT, "9" * 4400)),
])
def test_integers_past_4300_digits(tmp_path, project, capsys, fmt, body):
    refused(project, _jsonl(tmp_path, body), fmt, "E361", 2, capsys)


@pytest.mark.parametrize("start", [2 ** 63, 2 ** 64 + 1, 2 ** 70])
def test_integers_past_64_bits_stay_integers(tmp_path, project, capsys, start):
    """JSONL lines are read by orjson, which reads such integers as floats: they are json's."""
    body = '{"text": "%s", "spans": [{"start": %d, "end": %d, "label": "PER"}]}' % (TEXT, start, start + 1)
    err = refused(project, _jsonl(tmp_path, body), "jsonl", "E307", 2, capsys)
    assert f"[{start}, {start + 1})" in err


def test_brat_offsets_past_4300_digits(tmp_path, project, capsys):
    folder = tmp_path / "brat"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "a.ann").write_text("T1\tLOC 14 20\tطرابلس\nT2\tPER 0 " + "1" * 5000 + "\tx\n", encoding="utf-8")
    refused(project, folder, "brat", "E361", 2, capsys, at=folder / "a.ann")


@pytest.mark.parametrize("field", ["title", "label", "annotator", "id", "meta", "note"])
def test_a_lone_surrogate_in_any_string(tmp_path, project, capsys, field):
    row = {"text": TEXT, "spans": [{"start": 14, "end": 20, "label": "LOC", "annotator": "ali", "note": "n"}]}
    where = row if field in ("title", "id", "meta") else row["spans"][0]
    where[field] = {"x": "a\ud800"} if field == "meta" else "a\ud800"
    body = json.dumps(row)  # ensure_ascii writes the lone surrogate as the escape \ud800
    assert "\\ud800" in body
    err = refused(project, _jsonl(tmp_path, body), "jsonl", "E363", 2, capsys)
    assert "U+D800" in err


def test_escaped_surrogate_pairs_are_fine(tmp_path, project):
    row = {"text": TEXT + " 👍", "title": "عنوان 👍", "spans": [{"start": 14, "end": 20, "label": "LOC", "note": "👍"}]}
    path = _jsonl(tmp_path, json.dumps(row))
    assert "\\ud83d\\udc4d" in path.read_text(encoding="utf-8")
    assert main(["import", str(project), str(path)]) == 0


@pytest.mark.parametrize("seconds, code", [("1e400", "E362"), ("NaN", "E362"), ("Infinity", "E362"),
                                           ("-Infinity", "E362"), ("1" * 400, "E366"), ("-5", "E366")])
def test_non_finite_or_absurd_seconds(tmp_path, project, capsys, seconds, code):
    body = '{"text": "%s", "statuses": [{"annotator": "ali", "status": "done", "seconds": %s}]}' % (TEXT, seconds)
    refused(project, _jsonl(tmp_path, body), "jsonl", code, 2, capsys)


def test_nan_anywhere_in_label_studio(tmp_path, project, capsys):
    path = tmp_path / "t.json"
    path.write_text('[{"data": {"text": "نص", "score": NaN}}]', encoding="utf-8")
    refused(project, path, "label-studio", "E362", 1, capsys)


@pytest.mark.parametrize("row", [
    {"id": "و" * 5000, "text": TEXT},
    {"text": TEXT, "spans": [{"id": "s" * 1025, "start": 0, "end": 3, "label": "CUE"}]},
    {"text": TEXT, "spans": [{"start": 0, "end": 3, "label": "CUE", "annotator": "a" * 100_000}]},
    {"text": TEXT, "spans": [{"id": "s1", "start": 0, "end": 3, "label": "CUE", "annotator": "a" * 1025}]},
])
def test_over_long_ids(tmp_path, project, capsys, row):
    refused(project, _jsonl(tmp_path, json.dumps(row, ensure_ascii=False)), "jsonl", "E364", 2, capsys)


def test_a_span_id_given_twice(tmp_path, project, capsys):
    same = {"id": "s1", "start": 0, "end": 3, "label": "CUE"}
    row = {"text": TEXT, "spans": [same, dict(same), {"id": "s2", "start": 4, "end": 10, "label": "SOURCE"}]}
    assert main(["import", str(project), str(_jsonl(tmp_path, json.dumps(row, ensure_ascii=False)))]) == 0
    assert "2 spans added" in capsys.readouterr().out  # the same span twice is one
    row["spans"].append({**same, "end": 4})
    refused(project, _jsonl(tmp_path, json.dumps(row, ensure_ascii=False), "again.jsonl"), "jsonl", "E309", 2, capsys)


def test_an_id_of_1024_characters_is_fine(tmp_path, project):
    path = _jsonl(tmp_path, json.dumps({"id": "و" * 1024, "text": TEXT}, ensure_ascii=False))
    assert main(["import", str(project), str(path)]) == 0


@pytest.mark.skipif(os.name != "posix", reason="file names are bytes on POSIX only")
@pytest.mark.parametrize("fmt", ["txt", "brat"])
def test_a_file_name_that_is_not_utf8(tmp_path, project, capsys, fmt):
    folder = tmp_path / "in"
    folder.mkdir()
    name = os.fsdecode(b"\xffnews")
    (folder / f"{name}.txt").write_text(TEXT, encoding="utf-8")
    if fmt == "brat":
        (folder / f"{name}.ann").write_text("T1\tLOC 14 20\tطرابلس\n", encoding="utf-8")
    err = refused(project, folder, fmt, "E365", None, capsys, at=f"\\xffnews.{'ann' if fmt == 'brat' else 'txt'}")
    assert "\\xffnews" in err


def test_the_real_command_line_prints_no_traceback(tmp_path, project):
    path = _jsonl(tmp_path, '{"text": "%s", "title": "\\udfff", "meta": %s}' % (TEXT, "[" * 3000 + "]" * 3000))
    proc = isnad("import", project, path, check=False)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr and "[E360]" in proc.stderr


def test_label_studio_annotations_that_are_no_list(tmp_path, project, capsys):
    """Found by the fuzzer (seed 7, case 1197): a number for 'annotations' was a TypeError."""
    path = tmp_path / "t.json"
    path.write_text('[{"data": {"text": "نص"}, "annotations": 2.5}]', encoding="utf-8")
    assert "must be a list" in refused(project, path, "label-studio", "E341", 1, capsys)
