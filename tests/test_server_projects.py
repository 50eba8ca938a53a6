"""Projects on a real PostgreSQL server (tests/pg_server.py): the one door takes an address
wherever it takes a path, and what goes wrong on the way is a two-part message (issue 12)."""
from __future__ import annotations

import json

import pytest

from annotator.cli import main
from annotator.errors import IsnadError
from annotator.project_io import create_project, open_project, server_address
from annotator.store.db import _pyformat
from exports_helpers import EXAMPLES


def test_queries_are_written_once_for_both_engines():
    assert _pyformat("SELECT a FROM t WHERE k = :k AND v LIKE 'x:y%' AND w = ? AND z = '?'") == \
        "SELECT a FROM t WHERE k = %(k)s AND v LIKE 'x:y%%' AND w = %s AND z = '?'"
    assert _pyformat('SELECT "end", n % 2 FROM spans') == 'SELECT "end", n %% 2 FROM spans'


def run(*argv, capsys):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_every_command_takes_a_server_address(pg_url, tmp_path, capsys):
    assert run("init", pg_url, capsys=capsys)[0] == 0
    code, out, err = run("import", pg_url, EXAMPLES / "news.jsonl", capsys=capsys)
    assert code == 0, err
    stats = json.loads(run("stats", pg_url, "--json", capsys=capsys)[1])
    assert stats["documents"] == 2 and stats["spans"] > 0
    rows = json.loads(run("ls", pg_url, "--json", capsys=capsys)[1])
    assert [r["id"] for r in rows] == ["news-1", "news-2"]
    code, out, _ = run("show", pg_url, "news-1", capsys=capsys)
    assert code == 0 and out.startswith("news-1")
    out_file = tmp_path / "back.jsonl"
    assert run("export", pg_url, "--format", "jsonl", "-o", out_file, capsys=capsys)[0] == 0
    file_project = tmp_path / "same.isnad"
    run("init", file_project, capsys=capsys)
    run("import", file_project, EXAMPLES / "news.jsonl", capsys=capsys)
    assert json.loads(run("stats", file_project, "--json", capsys=capsys)[1]) == stats
    # merge both ways: the server into a new file, and that file back (nothing new)
    other = tmp_path / "other.isnad"
    run("init", other, capsys=capsys)
    code, out, err = run("merge", other, pg_url, capsys=capsys)
    assert code == 0, err
    assert json.loads(run("stats", other, "--json", capsys=capsys)[1]) == stats
    code, out, err = run("merge", pg_url, other, capsys=capsys)
    assert code == 0 and "nothing new" in out, err
    code, out, err = run("agree", pg_url, "--annotators", "alice", "gold", capsys=capsys)
    assert code == 0, err
    code, out, err = run("suggest", pg_url, "--with", "lexicon", "--json", capsys=capsys)
    assert code == 0, err
    assert any(layer.startswith("suggest:") for layer in json.loads(run("stats", pg_url, "--json",
                                                                         capsys=capsys)[1])["annotators"])


def test_init_twice_and_open_an_empty_database_are_told(pg_url, pg_server, capsys):
    code, _, err = run("stats", pg_url, capsys=capsys)
    assert code == 2 and "[E575]" in err and f"isnad init {pg_url}" in err
    create_project(pg_url).close()
    code, _, err = run("init", pg_url, capsys=capsys)
    assert code == 2 and "[E576]" in err


@pytest.mark.parametrize("url, code", [
    ("https://isnad.example.org/p/news", "E570"),
    ("sqlite:///news.isnad", "E570"),
])
def test_a_wrong_scheme_is_told(url, code, capsys):
    with pytest.raises(IsnadError) as caught:
        open_project(url)
    assert caught.value.code == code and caught.value.todo
    exit_code, _, err = run("stats", url, capsys=capsys)
    assert exit_code == 2 and f"[{code}]" in err and "What to do" in err


def test_a_project_file_where_a_server_is_expected_is_told(tmp_path):
    path = tmp_path / "p.isnad"
    create_project(path).close()
    with pytest.raises(IsnadError) as caught:
        server_address(str(path))
    assert caught.value.code == "E571"


def test_unreachable_server_missing_database_and_wrong_password(pg_server, capsys, monkeypatch):
    from pg_server import _free_port as closed_port
    code, _, err = run("stats", f"postgresql://postgres@127.0.0.1:{closed_port()}/news", capsys=capsys)
    assert code == 2 and "[E572]" in err
    code, _, err = run("stats", pg_server.url("no_such_db"), capsys=capsys)
    assert code == 2 and "[E574]" in err and "createdb no_such_db" in err
    pg_server.sql("CREATE ROLE hana LOGIN PASSWORD 'right'")
    monkeypatch.setenv("PGPASSWORD", "wrong")
    code, _, err = run("stats", pg_server.url(user="hana"), capsys=capsys)
    assert code == 2 and "[E573]" in err and "hana" in err and "wrong" not in err
    monkeypatch.setenv("PGPASSWORD", "right")  # libpq's own source of the password
    code, _, err = run("stats", pg_server.url(user="hana"), capsys=capsys)
    assert code == 2 and "[E575]" in err  # logged in: the database simply holds no project


def test_a_dropped_connection_is_told_and_the_next_action_works(pg_server, pg_url):
    """The server ends Isnad's connections (a restart, an administrator): the action is
    reported as not saved (E577), nothing of it is written, and the next one reconnects."""
    from annotator.model import ChangeSet, Document, Span
    from annotator.text import sha256_of
    database = pg_url.rsplit("/", 1)[1]
    with create_project(pg_url) as project:
        project.add_batch([Document("d1", sha256_of("قال الوزير"), "قال الوزير")], ChangeSet())
        pg_server.sql(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{database}' "
                      "AND pid <> pg_backend_pid()")
        with pytest.raises(IsnadError) as caught:
            project.apply(ChangeSet(put_spans=[Span("s1", "d1", 0, 3, "PER", "ali")]))
        assert caught.value.code == "E577" and "not saved" in caught.value.todo
        assert project.spans("d1") == []  # a new connection: nothing of the lost action
        project.apply(ChangeSet(put_spans=[Span("s1", "d1", 0, 3, "PER", "ali")]))
        assert [s.id for s in project.spans("d1")] == ["s1"]


def test_a_project_file_never_loads_a_database_library(tmp_path):
    """SQLite is Python's own sqlite3: `isnad show` of a file loads neither psycopg nor
    SQLAlchemy (each costs a large part of the start)."""
    import subprocess
    import sys
    from helpers import ROOT
    path = tmp_path / "p.isnad"
    assert main(["init", str(path)]) == 0 and main(["import", str(path), str(EXAMPLES / "news.jsonl")]) == 0
    probe = ("import sys\nfrom annotator.cli import main\nmain(['show', %r, 'news-1'])\n"
             "print('loaded:', sorted(m for m in ('psycopg', 'sqlalchemy', 'sqlmodel') if m in sys.modules))" % str(path))
    run_ = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True)
    assert run_.stdout.strip().endswith("loaded: []"), run_.stdout
