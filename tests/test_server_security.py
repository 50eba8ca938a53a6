"""Who may do what on a server project, enforced by the database (issue 12): an annotator
writes only their own layer, even with hand-written SQL over their own connection; a lead
also writes gold and documents; Isnad tells a refusal as a two-part message."""
from __future__ import annotations

import io
import json

import psycopg
import pytest

from annotator.cli import main
from annotator.errors import IsnadError
from annotator.model import ChangeSet, Span
from annotator.project_io import open_project
from exports_helpers import EXAMPLES


def run(capsys, monkeypatch, *argv, stdin: str = ""):
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def team(pg_server, pg_url, capsys, monkeypatch):
    """A server project with ali and mona (annotators) and lena (lead), each logging in
    with a password of their own."""
    assert run(capsys, monkeypatch, "init", pg_url)[0] == 0
    assert run(capsys, monkeypatch, "import", pg_url, EXAMPLES / "news.jsonl")[0] == 0
    database = pg_url.rsplit("/", 1)[1]
    for name, role in (("ali", "annotator"), ("mona", "annotator"), ("lena", "lead")):
        code, out, err = run(capsys, monkeypatch, "user", "add", pg_url, name, "--role", role, stdin=f"{name}-pw\n")
        assert code == 0 and f"{name} may now work on {database}" in out, err
    return {name: pg_server.url(database, user=name, password=f"{name}-pw") for name in ("ali", "mona", "lena")}


def test_an_annotator_cannot_write_another_layer_even_by_hand(team):
    with open_project(team["mona"]) as project:
        project.apply(ChangeSet(put_spans=[Span("mona-1", "news-1", 0, 3, "PER", "mona")]))
    with psycopg.connect(team["ali"], autocommit=True) as ali:
        def refused(statement: str, *params) -> None:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                ali.execute(statement, params or None)

        def changes(statement: str, *params) -> int:
            return ali.execute(statement, params or None).rowcount

        everyone = ali.execute("SELECT count(*) FROM spans").fetchone()[0]
        assert everyone > 0  # reading everything is allowed
        ali.execute("INSERT INTO spans VALUES ('ali-1', 'news-1', 0, 3, 'PER', 'ali', '{}', '', '', '')")
        refused("INSERT INTO spans VALUES ('x-1', 'news-1', 0, 3, 'PER', 'mona', '{}', '', '', '')")
        refused("INSERT INTO spans VALUES ('x-2', 'news-1', 0, 3, 'PER', 'gold', '{}', '', '', '')")
        refused("UPDATE spans SET annotator = 'mona' WHERE id = 'ali-1'")  # giving away is writing theirs
        assert changes("UPDATE spans SET label = 'ORG' WHERE annotator = 'mona'") == 0
        assert changes("UPDATE spans SET annotator = 'ali' WHERE annotator = 'gold'") == 0
        assert changes("DELETE FROM spans WHERE annotator <> 'ali'") == 0
        assert changes("DELETE FROM doc_states WHERE annotator = 'gold'") == 0
        refused("INSERT INTO spans VALUES ('mona-1', 'news-1', 0, 3, 'LOC', 'ali', '{}', '', '', '') "
                "ON CONFLICT (id) DO UPDATE SET label = 'LOC', annotator = 'ali'")  # an upsert over mona's row
        refused("UPDATE documents SET text = 'x'")
        refused("DELETE FROM documents")
        assert changes("UPDATE meta SET value = '{}' WHERE key = 'schema'") == 0
        refused("ALTER TABLE spans DISABLE ROW LEVEL SECURITY")
        refused("UPDATE members SET role = 'lead'")
    with open_project(team["lena"]) as project:
        mona = [s for s in project.spans("news-1") if s.annotator == "mona"]
        assert [(s.id, s.label) for s in mona] == [("mona-1", "PER")]
        assert [s.id for s in project.spans("news-1", ["ali"])] == ["ali-1"]


def test_through_isnad_a_refusal_is_a_message_and_a_lead_writes_gold(team, capsys, monkeypatch):
    with open_project(team["ali"]) as project:
        gold = project.spans("news-1", ["gold"])
        with pytest.raises(IsnadError) as caught:
            project.apply(ChangeSet(delete_spans=[gold[0].id], put_spans=[Span("g", "news-1", 0, 3, "PER", "gold")]))
        assert caught.value.code == "E578" and "'ali'" in caught.value.what
        assert project.spans("news-1", ["gold"]) == gold  # the action as a whole was not written
        project.apply(ChangeSet(put_spans=[Span("a", "news-1", 0, 3, "PER", "ali")]))  # their own layer
        project.add_time("news-1", "ali", 3.0)
    with open_project(team["lena"]) as project:
        project.apply(ChangeSet(put_spans=[Span("g", "news-1", 0, 3, "PER", "gold")]))
        assert "g" in {s.id for s in project.spans("news-1", ["gold"])}
    code, _, err = run(capsys, monkeypatch, "import", team["ali"], EXAMPLES / "news.jsonl")
    assert code == 2 and "[E578]" in err and "What to do" in err  # only a lead adds documents
    stats = json.loads(run(capsys, monkeypatch, "stats", team["ali"], "--json")[1])
    assert stats["annotators"]["ali"] == 1 and stats["documents"] == 2


def test_user_add_needs_a_server(tmp_path, capsys, monkeypatch):
    path = tmp_path / "p.isnad"
    run(capsys, monkeypatch, "init", path)
    code, _, err = run(capsys, monkeypatch, "user", "add", path, "ali", "--role", "annotator")
    assert code == 2 and "[E571]" in err


def test_an_annotator_writes_suggestion_layers_of_their_own_only(team, pg_url):
    from annotator.suggestions import own_layer, write_suggestions
    from annotator.recommenders import SpanSuggestion, Suggestions
    found = Suggestions(spans=[SpanSuggestion(0, 3, "PER", 0.9)])
    with open_project(team["ali"]) as project:
        counts = write_suggestions(project, "news-1", own_layer("suggest:lexicon", "ali"), found, "lexicon")
        assert counts["spans added"] == 1
        for layer in ("suggest:lexicon", own_layer("suggest:lexicon", "mona"), "suggest:lexicon@ali@mona"):
            with pytest.raises(IsnadError) as caught:
                write_suggestions(project, "news-1", layer, found, "lexicon")
            assert caught.value.code == "E578"
    with psycopg.connect(team["mona"], autocommit=True) as mona:  # by hand neither
        assert mona.execute("DELETE FROM spans WHERE annotator = 'suggest:lexicon@ali'").rowcount == 0
    with open_project(team["lena"]) as project:  # a lead writes any suggestion layer
        write_suggestions(project, "news-1", "suggest:lexicon", found, "lexicon")
        assert {s.annotator for s in project.spans("news-1")} >= {"suggest:lexicon@ali", "suggest:lexicon"}


def test_user_add_brings_an_older_projects_rules_up_to_date_and_grants_tables_made_later(
        team, pg_server, pg_url, capsys, monkeypatch):
    from annotator.suggestions import own_layer, write_suggestions
    from annotator.recommenders import SpanSuggestion, Suggestions
    database = pg_url.rsplit("/", 1)[1]
    pg_server.sql("CREATE OR REPLACE FUNCTION isnad_may_write(layer VARCHAR) RETURNS BOOLEAN LANGUAGE sql STABLE "
                  "AS $$ SELECT layer = current_user $$", database)  # as a project made before
    with open_project(team["ali"]) as project, pytest.raises(IsnadError):
        write_suggestions(project, "news-1", own_layer("suggest:x", "ali"), Suggestions(spans=[SpanSuggestion(0, 3, "PER")]), "x")
    pg_server.sql("CREATE TABLE later (x INTEGER)", database)  # a later version's migration, as the owner
    assert run(capsys, monkeypatch, "user", "add", pg_url, "ali", "--role", "annotator")[0] == 0
    with open_project(team["ali"]) as project:
        write_suggestions(project, "news-1", own_layer("suggest:x", "ali"), Suggestions(spans=[SpanSuggestion(0, 3, "PER")]), "x")
    with psycopg.connect(team["ali"], autocommit=True) as ali:
        assert ali.execute("SELECT count(*) FROM later").fetchone() == (0,)
