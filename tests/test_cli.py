import json
import subprocess
import sys

import pytest

from helpers import ROOT, isnad, isnad_in_terminal, isnad_process, write_jsonl

COMMANDS = ["init", "import", "export", "stats", "show", "merge", "agree", "suggest", "train", "gui"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command):
    out = isnad(command, "--help").stdout
    assert out.startswith("usage: isnad " + command)


@pytest.mark.parametrize("args, message", [
    (["stats", "missing.isnad"], "no project file"),
    (["init", "/no/such/folder/p.isnad"], "does not exist"),
    (["import", "{p}", "nowhere.txt"], "does not exist"),
    (["import", "{p}", "{p}"], "cannot tell the format"),
    (["export", "{p}", "--format", "docx", "-o", "{tmp}/o"], "no format 'docx'"),
    (["show", "{p}", "nope"], "no document"),
    (["init", "{tmp}/q.isnad", "--schema", "{tmp}/bad.toml"], "not valid TOML"),
])
def test_user_mistakes_exit_2_with_a_two_part_message(tmp_path, args, message):
    isnad("init", tmp_path / "p.isnad")
    (tmp_path / "bad.toml").write_text("labels = [", encoding="utf-8")
    proc = isnad(*[a.format(p=tmp_path / "p.isnad", tmp=tmp_path) for a in args], check=False)
    assert proc.returncode == 2, proc.stderr
    assert message in proc.stderr and "What to do:" in proc.stderr and "Traceback" not in proc.stderr


@pytest.mark.slow
def test_a_real_process_imports_exports_and_refuses_with_exit_2(tmp_path):
    """The smoke test the in-process tests stand on: `python -m annotator.cli` as a user runs it."""
    project, seed = tmp_path / "p.isnad", ROOT / "tests" / "corpus" / "seed" / "sirte-washington-post.txt"
    assert isnad_process("--help").stdout.startswith("usage: isnad")
    isnad_process("init", project)
    assert "1 documents added" in isnad_process("import", project, seed).stdout
    isnad_process("export", project, "--format", "jsonl", "-o", tmp_path / "out.jsonl")
    exported = json.loads((tmp_path / "out.jsonl").read_text(encoding="utf-8"))
    assert exported["text"].split() == seed.read_text(encoding="utf-8").split()
    refused = isnad_process("import", project, tmp_path / "missing.txt", check=False)
    assert refused.returncode == 2 and "What to do:" in refused.stderr and "Traceback" not in refused.stderr


def test_usage_error_exits_2():
    assert isnad("frobnicate", check=False).returncode == 2


def test_custom_schema(tmp_path):
    (tmp_path / "s.toml").write_text('name = "mini"\n[[labels]]\nname = "مكان"\nkind = "entity"\n', encoding="utf-8")
    assert "schema 'mini' (1 labels" in isnad("init", tmp_path / "p.isnad", "--schema", tmp_path / "s.toml").stdout
    write_jsonl(tmp_path / "in.jsonl", [{"text": "سرت", "spans": [{"start": 0, "end": 3, "label": "مكان"}]}])
    isnad("import", tmp_path / "p.isnad", tmp_path / "in.jsonl", "--annotator", "ali")


def test_stats_json_contract(tmp_path, corpus):
    isnad("init", tmp_path / "p.isnad")
    isnad("import", tmp_path / "p.isnad", corpus / "articles" / "anercorp_news_passages.jsonl",
          "--add-labels", "--annotator", "gold")
    stats = json.loads(isnad("stats", tmp_path / "p.isnad", "--json").stdout)
    assert (stats["documents"], stats["spans"], stats["relations"]) == (25, 710, 0)
    assert stats["labels"] == {"LOC": 217, "MISC": 91, "ORG": 141, "PERS": 261}
    assert stats["annotators"] == {"gold": 710}


def _project_with_span(tmp_path):
    isnad("init", tmp_path / "p.isnad")
    write_jsonl(tmp_path / "in.jsonl", [{"id": "d1", "text": "قالت صحيفة واشنطن بوست إن حفتر في سرت",
                                         "spans": [{"start": 11, "end": 22, "label": "ORG"}]}])
    isnad("import", tmp_path / "p.isnad", tmp_path / "in.jsonl")
    return tmp_path / "p.isnad"


def test_show_piped_prints_logical_text(tmp_path):
    out = isnad("show", _project_with_span(tmp_path), "d1").stdout
    assert "قالت صحيفة [واشنطن بوست]ORG إن حفتر في سرت" in out


def test_show_in_a_terminal_shapes_and_reorders(tmp_path):
    project = _project_with_span(tmp_path)
    out = isnad_in_terminal("show", project, "d1")
    assert "ﺖﻟﺎﻗ" in out  # قالت in presentation forms, letters in visual order
    assert "قالت" not in out


def test_module_and_console_script_agree():
    proc = subprocess.run([sys.executable, "-m", "annotator.cli", "--help"], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0 and "import" in proc.stdout


def bad_import(tmp_path, rows) -> subprocess.CompletedProcess:
    """Import `rows` into a project with one document; it must fail and change nothing."""
    project = tmp_path / "p.isnad"
    if not project.exists():
        isnad("init", project)
        write_jsonl(tmp_path / "ok.jsonl", [{"id": "first", "text": "قال محمد",
                                              "spans": [{"id": "s0", "start": 4, "end": 8, "label": "SOURCE"}]}])
        isnad("import", project, tmp_path / "ok.jsonl")
    before = isnad("stats", project, "--json").stdout
    proc = isnad("import", project, write_jsonl(tmp_path / "bad.jsonl", rows), check=False)
    assert proc.returncode == 2 and "What to do" in proc.stderr and "Traceback" not in proc.stderr
    assert isnad("stats", project, "--json").stdout == before
    return proc


def test_imports_refuse_what_would_lose_or_tangle_annotations(tmp_path):
    twice = [{"text": "قال علي", "spans": [{"id": "d1", "start": 0, "end": 3, "label": "CUE"},
                                           {"id": "d1", "start": 4, "end": 7, "label": "PER"}]}]
    assert "given twice" in bad_import(tmp_path, twice).stderr
    across = [{"text": "قال علي", "spans": [{"id": "a", "start": 4, "end": 7, "label": "SOURCE"}]},
              {"text": "الوضع مستقر", "spans": [{"id": "b", "start": 0, "end": 11, "label": "CLAIM"}],
               "relations": [{"from": "b", "to": "a", "type": "attributed_to"}]}]
    assert "another document" in bad_import(tmp_path, across).stderr
    to_stored = [{"text": "الوضع مستقر", "spans": [{"id": "c", "start": 0, "end": 11, "label": "CLAIM"}],
                  "relations": [{"from": "c", "to": "s0", "type": "attributed_to"}]}]
    assert "another document" in bad_import(tmp_path, to_stored).stderr
    bad_import(tmp_path, [{"text": "قال", "spans": [{"start": 0, "end": True, "label": "CUE"}]}])
    assert "empty" in bad_import(tmp_path, [{"text": ""}]).stderr
    # a span id used by another document is scoped to its own now (issue 15, tests/test_import_ids.py)


def test_a_file_that_is_no_project_is_left_as_it_was(tmp_path):
    empty = tmp_path / "z.isnad"
    empty.write_bytes(b"")
    (tmp_path / "a.txt").write_text("نص", encoding="utf-8")
    for args in (("import", empty, tmp_path / "a.txt"), ("stats", empty)):
        proc = isnad(*args, check=False)
        assert proc.returncode == 2 and "not an Isnad project" in proc.stderr
    assert empty.read_bytes() == b"" and sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "z.isnad"]


@pytest.mark.parametrize("schema, says", [
    ({"labels": [{"name": "A", "colour": 7}]}, "'colour' must be a string"),
    ({"labels": [{"name": None}]}, "'name' must be a non-empty string"),
    ({"labels": [{"name": "A", "attributes": {"t": 5}}]}, "'t' must be a list of strings"),
    ({"relation_types": [{"name": "r", "from_kinds": "entity"}]}, "'from_kinds' must be a list of strings"),
])
def test_init_refuses_a_schema_exports_could_not_write(tmp_path, schema, says):
    path = tmp_path / "s.json"
    path.write_text(json.dumps(schema), encoding="utf-8")
    proc = isnad("init", tmp_path / "p.isnad", "--schema", path, check=False)
    assert proc.returncode == 2 and says in proc.stderr and not (tmp_path / "p.isnad").exists()


def test_bytes_codecs_and_blank_layers_are_usage_errors(tmp_path):
    isnad("init", tmp_path / "p.isnad")
    (tmp_path / "a.txt").write_text("نص", encoding="utf-8")
    proc = isnad("import", tmp_path / "p.isnad", tmp_path / "a.txt", "--encoding", "rot13", check=False)
    assert proc.returncode == 2 and "unknown encoding 'rot13'" in proc.stderr
    proc = isnad("import", tmp_path / "p.isnad", tmp_path / "a.txt", "--annotator", " ", check=False)
    assert proc.returncode == 2 and "a layer needs a name" in proc.stderr
