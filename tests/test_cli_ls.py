"""`isnad ls`, the one door to a project, and error wording (issue 15)."""
from __future__ import annotations

import json

import pytest

from annotator.errors import IsnadError
from annotator.project_io import create_project, open_project
from exports_helpers import EXAMPLES
from helpers import ROOT, isnad

FOLDER = ROOT / "tests" / "corpus" / "articles" / "txt"


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "p.isnad"
    isnad("init", path)
    isnad("import", path, EXAMPLES / "news.jsonl")
    isnad("import", path, FOLDER)
    return path


def test_ls_lists_every_document_with_statuses_and_spans_per_layer(project):
    """Nothing listed document ids (folder imports give ids like a/b/anercorp-test-p003)."""
    rows = json.loads(isnad("ls", project, "--json").stdout)
    stats = json.loads(isnad("stats", project, "--json").stdout)
    assert len(rows) == stats["documents"]
    first = rows[0]
    assert (first["id"], first["statuses"], first["spans"]) == ("news-1", {"gold": "done"}, {"alice": 1, "gold": 9})
    assert sum(n for r in rows for n in r["spans"].values()) == stats["spans"]
    folder_ids = [r["id"] for r in rows[2:]]
    assert folder_ids and all(r["spans"] == {} and r["statuses"] == {} for r in rows[2:])
    shown = isnad("show", project, folder_ids[-1])  # an id from the list is what `show` takes
    assert shown.stdout.startswith(folder_ids[-1])
    text = isnad("ls", project).stdout.splitlines()
    assert text[0].split() == ["id", "status", "spans", "title"]
    assert text[1].split()[:5] == ["news-1", "gold:done", "alice", "1,", "gold"]
    assert text[-1] == f"{len(rows)} documents"


def test_a_missing_document_points_at_ls(project):
    proc = isnad("show", project, "nowhere", check=False)
    assert proc.returncode == 2 and "isnad ls" in proc.stderr and "stats" not in proc.stderr


def test_json_errors_do_not_say_at_at(tmp_path):
    """json's own message ends in "at" ("Unterminated string starting at"): "... at at column 9"."""
    project = tmp_path / "p.isnad"
    isnad("init", project)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "قال\n', encoding="utf-8")
    proc = isnad("import", project, bad, check=False)
    assert proc.returncode == 2 and "Unterminated string starting at column 10" in proc.stderr
    assert "at at" not in proc.stderr
    (tmp_path / "bad.json").write_text('[{"data": {"text": "قال}}]', encoding="utf-8")
    proc = isnad("import", project, tmp_path / "bad.json", check=False)
    assert proc.returncode == 2 and "Unterminated string starting" in proc.stderr and "at at" not in proc.stderr


def test_one_door_opens_paths_and_says_servers_are_not_there_yet(tmp_path):
    with create_project(tmp_path / "p.isnad") as project:
        assert project.stats()["documents"] == 0
    with open_project(str(tmp_path / "p.isnad"), read_only=True) as project:
        assert project.read_only
    for url in ("postgresql://lead@server/news", "https://isnad.example.org/p/news"):
        with pytest.raises(IsnadError) as caught:
            open_project(url)
        assert caught.value.code == "E560" and "server" in caught.value.what
    proc = isnad("stats", "postgresql://lead@server/news", check=False)
    assert proc.returncode == 2 and "E560" in proc.stderr


def test_import_options_are_typed(tmp_path):
    """Readers take ReadOptions (what the window can offer too), not the argparse namespace."""
    from exports.options import ReadOptions
    from exports.registry import get_format
    path = tmp_path / "cp1256.txt"
    path.write_bytes("قال حفتر".encode("cp1256"))
    (rec,) = get_format("txt", "read").read(path, ReadOptions(encoding="cp1256"))
    assert rec.document.text == "قال حفتر"
    project = tmp_path / "p.isnad"
    isnad("init", project)
    assert "1 documents added" in isnad("import", project, path, "--encoding", "cp1256").stdout
