"""`isnad export/import --format FORMAT` for every format, through the real CLI."""
import json

import pytest

from helpers import isnad

from exports_helpers import EXAMPLES


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "p.isnad"
    isnad("init", path)
    isnad("import", path, EXAMPLES / "news.jsonl")
    return path


@pytest.mark.parametrize("fmt, out", [("doccano", "o.jsonl"), ("label-studio", "o.json"), ("brat", "o"),
                                      pytest.param("spacy", "o.spacy", marks=pytest.mark.slow),  # spaCy's import: 3 s
                                      ("conll", "o.conll"), ("parquet", "o.parquet")])
def test_export_every_format(tmp_path, project, fmt, out):
    proc = isnad("export", project, "--format", fmt, "-o", tmp_path / out, "--annotator", "gold")
    assert (tmp_path / out).exists() and "2 documents" in proc.stdout
    assert not list(tmp_path.glob("*.partial"))


def test_jsonl_contract_unchanged(tmp_path, project):
    proc = isnad("export", project, "--format", "jsonl", "-o", tmp_path / "o.jsonl", "--annotator", "alice")
    assert proc.stdout.strip() == f"wrote {tmp_path / 'o.jsonl'}: 2 documents, 2 spans, 0 relations"


def test_export_options_on_the_command_line(tmp_path, project):
    isnad("export", project, "--format", "doccano", "-o", tmp_path / "d.jsonl", "--annotator", "gold",
          "--status", "done", "--label", "LOC", "--rename", "LOC=GPE")
    (line,) = tmp_path.joinpath("d.jsonl").read_text(encoding="utf-8").splitlines()
    row = json.loads(line)
    assert {e["label"] for e in row["entities"]} == {"GPE"}
    assert [row["text"][e["start_offset"]:e["end_offset"]] for e in row["entities"]] == ["طرابلس", "سرت"]
    proc = isnad("export", project, "--format", "conll", "-o", tmp_path / "split", "--split", "train=0.5,test=0.5",
                 "--annotator", "gold")
    assert sorted(p.name for p in (tmp_path / "split").iterdir()) == ["test.conll", "train.conll"]
    assert "(train)" in proc.stdout


@pytest.mark.parametrize("args, message", [
    (["--format", "xml"], "no format 'xml'"),
    (["--format", "conll", "--status", "finished"], "unknown status"),
    (["--format", "conll", "--split", "train=much"], "train=0.8"),
    (["--format", "conll", "--rename", "LOC"], "OLD=NEW"),
])
def test_export_mistakes_exit_2(tmp_path, project, args, message):
    proc = isnad("export", project, "-o", tmp_path / "x", *args, check=False)
    assert proc.returncode == 2 and message in proc.stderr and "What to do" in proc.stderr


@pytest.mark.parametrize("fmt, path", [("doccano", "doccano.jsonl"), ("label-studio", "label_studio.json"),
                                       ("brat", "brat")])
def test_import_every_format(tmp_path, fmt, path):
    project = tmp_path / "p.isnad"
    isnad("init", project)
    proc = isnad("import", project, EXAMPLES / path, "--format", fmt, "--annotator", "ali")
    assert "2 documents added" in proc.stdout
    stats = json.loads(isnad("stats", project, "--json").stdout)
    assert stats["relations"] == 6
    again = isnad("import", project, EXAMPLES / path, "--format", fmt, "--annotator", "ali")
    assert "0 spans added" in again.stdout


def test_import_guesses_brat_and_label_studio(tmp_path):
    project = tmp_path / "p.isnad"
    isnad("init", project)
    assert "2 documents added" in isnad("import", project, EXAMPLES / "brat").stdout
    assert "(2 already there), 15 spans added" in isnad("import", project, EXAMPLES / "label_studio.json").stdout


def test_bad_import_names_file_and_line_and_changes_nothing(tmp_path):
    project = tmp_path / "p.isnad"
    isnad("init", project)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "قال"}\n{"text": "قال", "entities": [{"id": 1, "label": "CUE", '
                   '"start_offset": 0, "end_offset": 7}]}\n', encoding="utf-8")
    proc = isnad("import", project, bad, "--format", "doccano", check=False)
    assert proc.returncode == 2 and f"{bad}:2:" in proc.stderr
    assert json.loads(isnad("stats", project, "--json").stdout)["documents"] == 0


def test_unknown_label_in_brat_names_the_file(tmp_path):
    project = tmp_path / "p.isnad"
    isnad("init", project)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("قال الرئيس", encoding="utf-8")
    (folder / "a.ann").write_text("T1\tPRESIDENT 4 10\tالرئيس\n", encoding="utf-8")
    proc = isnad("import", project, folder, check=False)
    assert proc.returncode == 2 and "PRESIDENT" in proc.stderr and "a.ann" in proc.stderr
    assert "--add-labels" in proc.stderr
    assert "1 documents added" in isnad("import", project, folder, "--add-labels").stdout


def test_an_export_never_replaces_a_users_folder(tmp_path, project):
    corpus = tmp_path / "corpus"
    (corpus / "2024").mkdir(parents=True)
    (corpus / "2024" / "a1.txt").write_text("نص", encoding="utf-8")
    (corpus / "notes.jsonl").write_text("{}\n", encoding="utf-8")
    before = sorted(p.relative_to(corpus) for p in corpus.rglob("*"))
    for args in (("--format", "brat"), ("--format", "jsonl"), ("--format", "conll", "--split", "train=1")):
        proc = isnad("export", project, *args, "-o", corpus, check=False)
        assert proc.returncode == 2 and "folder" in proc.stderr and "Traceback" not in proc.stderr
        assert sorted(p.relative_to(corpus) for p in corpus.rglob("*")) == before


def test_an_export_replaces_its_own_earlier_output(tmp_path, project):
    for args, out in ((("--format", "brat"), "b"), (("--format", "brat", "--split", "train=0.5,test=0.5"), "bs"),
                      (("--format", "conll", "--split", "train=0.5,test=0.5", "--annotator", "gold"), "cs"),
                      (("--format", "jsonl"), "j.jsonl")):
        isnad("export", project, *args, "-o", tmp_path / out)
        first = sorted(p.relative_to(tmp_path) for p in (tmp_path / out).rglob("*"))
        isnad("export", project, *args, "-o", tmp_path / out)  # the same command again: replaced
        assert sorted(p.relative_to(tmp_path) for p in (tmp_path / out).rglob("*")) == first


def test_an_export_never_overwrites_a_project_a_pipe_or_escapes_with_split_names(tmp_path, project):
    import os
    before = isnad("stats", project, "--json").stdout
    proc = isnad("export", project, "--format", "jsonl", "-o", project, check=False)
    assert proc.returncode == 2 and "database" in proc.stderr
    proc = isnad("agree", project, "--report", project, check=False)
    assert proc.returncode == 2 and "database" in proc.stderr
    assert isnad("stats", project, "--json").stdout == before  # the project is still a project
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    proc = isnad("export", project, "--format", "jsonl", "-o", pipe, check=False)
    assert proc.returncode == 2 and "not a regular file" in proc.stderr and pipe.is_fifo()
    victim = tmp_path / "victim"
    victim.mkdir()
    (victim / "keep.txt").write_text("x", encoding="utf-8")
    for spec in ("train=0.5,../victim=0.5", f"{tmp_path}/abs=1", "=1", "train=nan,dev=1", "a=1,a=2"):
        proc = isnad("export", project, "--format", "brat", "-o", tmp_path / "out", "--split", spec, check=False)
        assert proc.returncode == 2 and "What to do" in proc.stderr and "Traceback" not in proc.stderr
    assert (victim / "keep.txt").read_text(encoding="utf-8") == "x" and not (tmp_path / "out").exists()


def test_a_users_own_brat_folder_is_not_an_earlier_export(tmp_path, project):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "mine.txt").write_text("نص خاص", encoding="utf-8")
    (corpus / "mine.ann").write_text("T1\tPER 0 2\tنص\n", encoding="utf-8")
    proc = isnad("export", project, "--format", "brat", "-o", corpus, check=False)
    assert proc.returncode == 2 and (corpus / "mine.ann").exists()


def test_two_annotators_brat_files_of_one_text_keep_both_layers(tmp_path):
    project = tmp_path / "team.isnad"
    isnad("init", project)
    for who, line in (("ali", "T1\tCUE 0 3\tقال\n"), ("mona", "T1\tPER 4 8\tمحمد\n")):
        folder = tmp_path / who
        folder.mkdir()
        (folder / "d.txt").write_text("قال محمد", encoding="utf-8")
        (folder / "d.ann").write_text(line, encoding="utf-8")
        isnad("import", project, folder, "--annotator", who)
        again = isnad("import", project, folder, "--annotator", who)  # the same file again adds nothing
        assert "0 spans added" in again.stdout
    stats = json.loads(isnad("stats", project, "--json").stdout)
    assert stats["documents"] == 1 and stats["annotators"] == {"ali": 1, "mona": 1}


def test_export_filters_must_name_existing_layers_and_labels(tmp_path, project):
    for args, says in ((("--annotator", "nobody"), "no layer named nobody"), (("--label", "NOPE"), "no label NOPE"),
                       (("--rename", "FOO=BAR"), "no label FOO")):
        proc = isnad("export", project, "--format", "jsonl", "-o", tmp_path / "o.jsonl", *args, check=False)
        assert proc.returncode == 2 and says in proc.stderr and not (tmp_path / "o.jsonl").exists()
