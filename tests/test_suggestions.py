"""Writing suggestions into a suggestion layer: deterministic, idempotent, all or nothing,
never into a person's layer; and the project setting naming the window's recommenders."""
import json

import pytest

from annotator.errors import IsnadError
from annotator.importing import import_records
from annotator.model import ChangeSet, Document, DocumentRecord, Span
from annotator.recommenders import RecommenderOptions, RelationSuggestion, SpanSuggestion, Suggestions
from annotator.recommenders.lexicon import make
from annotator.store import Project
from annotator.suggestions import (recommender_specs, set_recommender_specs, suggest_project, write_suggestions)


@pytest.fixture
def passages(corpus) -> list[dict]:
    with open(corpus / "articles" / "anercorp_news_passages.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f][:8]


@pytest.fixture
def project(project_path, passages):
    """Eight ANERcorp passages; the first four carry their gold entities in ali's layer."""
    with Project.create(project_path) as p:
        records = [DocumentRecord(Document(r["id"], "", r["text"]),
                                  [Span("", "", s["start"], s["end"], {"PERS": "PER"}.get(s["label"], s["label"]),
                                        "ali") for s in r["spans"]] if i < 4 else [])
                   for i, r in enumerate(passages)]
        import_records(p, records)
        yield p


def _rows(project):
    """Every row of every table, to prove that nothing changed."""
    records = list(project.records())
    return ([(s.id, s.start, s.end, s.label, s.annotator, s.updated) for r in records for s in r.spans],
            [(x.id, x.from_id, x.to_id) for r in records for x in r.relations])


def test_writing_the_same_suggestions_again_changes_nothing(project):
    lexicon = make(None, project, RecommenderOptions())
    first = suggest_project(project, lexicon)
    assert first["documents"] == 8 and first["spans added"] > 50 and first["spans removed"] == 0
    before = _rows(project)
    again = suggest_project(project, make(None, project, RecommenderOptions()))
    assert again["spans added"] == again["spans updated"] == again["spans removed"] == 0
    assert again["spans kept"] == first["spans added"]
    assert _rows(project) == before  # same ids, same timestamps
    assert {s.annotator for r in project.records() for s in r.spans} == {"ali", "suggest:lexicon"}


def test_ids_are_the_same_in_another_project_with_the_same_text(project, tmp_path, passages):
    suggest_project(project, make(None, project, RecommenderOptions()))
    with Project.create(tmp_path / "other.isnad") as other:
        import_records(other, [DocumentRecord(Document("another-id", "", passages[5]["text"]))])
        write_suggestions(other, "another-id", "suggest:lexicon",
                          make(None, project, RecommenderOptions()).suggest(passages[5]["text"]))
        theirs = {s.id for s in other.spans("another-id")}
    assert theirs and theirs == {s.id for s in project.spans(passages[5]["id"], ["suggest:lexicon"])}


def test_writing_replaces_what_the_recommender_no_longer_suggests(project, passages):
    doc = passages[6]["id"]
    write_suggestions(project, doc, "suggest:test", Suggestions([SpanSuggestion(0, 8, "LOC", 0.5),
                                                                   SpanSuggestion(9, 15, "LOC")]))
    counts = write_suggestions(project, doc, "suggest:test", Suggestions([SpanSuggestion(0, 8, "LOC", 0.9)]))
    assert (counts["spans removed"], counts["spans updated"], counts["spans added"]) == (1, 1, 0)
    [span] = project.spans(doc, ["suggest:test"])
    assert (span.start, span.end, span.attrs) == (0, 8, {"score": 0.9})
    assert write_suggestions(project, doc, "suggest:test", Suggestions())["spans removed"] == 1
    assert project.spans(doc, ["suggest:test"]) == []


def test_relations_are_written_between_the_suggested_spans(project, passages):
    doc = passages[7]["id"]
    write_suggestions(project, doc, "suggest:test", Suggestions(
        [SpanSuggestion(0, 8, "SOURCE"), SpanSuggestion(9, 30, "CLAIM")], [RelationSuggestion(1, 0, "attributed_to")]))
    spans = {s.label: s for s in project.spans(doc, ["suggest:test"])}
    [rel] = project.relations(doc, ["suggest:test"])
    assert (rel.from_id, rel.to_id, rel.type) == (spans["CLAIM"].id, spans["SOURCE"].id, "attributed_to")


@pytest.mark.parametrize("suggestions, code", [
    (Suggestions([SpanSuggestion(0, 4, "PERSON")]), "E601"),
    (Suggestions([SpanSuggestion(0, 4, "PER"), SpanSuggestion(5, 9, "PER")], [RelationSuggestion(0, 1, "said")]),
     "E601"),
    (Suggestions([SpanSuggestion(0, 10 ** 6, "PER")]), "E602"),
    (Suggestions([SpanSuggestion(4, 4, "PER")]), "E602"),
    (Suggestions([SpanSuggestion(0, 4, "PER")], [RelationSuggestion(0, 3, "attributed_to")]), "E603"),
])
def test_bad_suggestions_are_refused_and_change_nothing(project, passages, suggestions, code):
    before = _rows(project)
    with pytest.raises(IsnadError, match=code):
        write_suggestions(project, passages[0]["id"], "suggest:test", suggestions)
    assert _rows(project) == before


def test_only_a_suggestion_layer_takes_suggestions(project, passages):
    with pytest.raises(IsnadError, match="E604"):
        write_suggestions(project, passages[0]["id"], "ali", Suggestions([SpanSuggestion(0, 4, "PER")]))


class _Flaky:
    """A recommender that goes wrong on its third document (a label the schema lacks)."""
    name = "flaky"

    def labels(self):
        return {"PER"}

    def suggest(self, text):
        return Suggestions([SpanSuggestion(0, 4, "PER")])

    def suggest_many(self, texts):
        for i, text in enumerate(texts):
            yield self.suggest(text) if i != 2 else Suggestions([SpanSuggestion(0, 4, "PERSON")])


def test_a_recommender_failing_halfway_leaves_the_project_unchanged(project):
    suggest_project(project, make(None, project, RecommenderOptions()), "suggest:flaky")
    before = _rows(project)
    seen = []
    with pytest.raises(IsnadError, match="flaky.*PERSON"):
        suggest_project(project, _Flaky(), progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 8), (2, 8)]  # two documents were written before the failure...
    assert _rows(project) == before  # ...and rolled back with the rest


def test_labels_a_recommender_declares_are_checked_before_it_runs(project):
    class Unknown(_Flaky):
        def labels(self):
            return {"PER", "GPE"}

        def suggest_many(self, texts):
            raise AssertionError("must not run")
    with pytest.raises(IsnadError, match="E601") as e:
        suggest_project(project, Unknown())
    assert "GPE" in e.value.what and "--map" in e.value.todo


def test_suggest_only_some_documents(project, passages):
    ids = [passages[5]["id"], passages[6]["id"]]
    counts = suggest_project(project, make(None, project, RecommenderOptions()), doc_ids=ids)
    assert counts["documents"] == 2
    assert {s.doc_id for r in project.records(["suggest:lexicon"]) for s in r.spans} <= set(ids)


def test_the_window_s_recommenders_are_a_project_setting(project, project_path):
    assert recommender_specs(project) == []  # none until the lead chooses
    set_recommender_specs(project, ["lexicon", "spacy:/models/ner"])
    project.close()
    with Project.open(project_path) as again:
        assert recommender_specs(again) == ["lexicon", "spacy:/models/ner"]
        assert again.setting("missing", 7) == 7
        with pytest.raises(IsnadError, match="E514"):
            set_recommender_specs(again, ["lexicon", "magic"])
        assert recommender_specs(again) == ["lexicon", "spacy:/models/ner"]
        again.set_setting("recommenders", "lexicon")
        with pytest.raises(IsnadError, match="E611"):
            recommender_specs(again)
        again.set_setting("recommenders", None)
        assert recommender_specs(again) == []


def test_replace_layer_refuses_another_layer_s_items(project, passages):
    doc = passages[0]["id"]
    mine = project.spans(doc, ["ali"])
    with pytest.raises(ValueError):
        project.replace_layer("suggest:x", [(doc, mine, [])])
    assert project.spans(doc, ["ali"]) == mine
    project.apply(ChangeSet())  # the project still works after the refused write


def test_suggestion_layers_are_no_annotators_in_agreement_and_adjudication(project, passages):
    from annotator.adjudication import annotators_of, candidates
    from annotator.agreement import agreement
    suggest_project(project, make(None, project, RecommenderOptions(layers=("ali",))))
    mona = [Span("m1", passages[0]["id"], 0, 8, "LOC", "mona")]
    project.apply(ChangeSet(put_spans=mona))
    report = agreement(project.records())
    assert report.annotators == ["ali", "mona"]
    record = next(project.records(doc_ids=[passages[0]["id"]]))
    assert annotators_of(record) == {"ali", "mona"}
    assert all("suggest:lexicon" not in c.spans for c in candidates(record))


def test_many_documents_are_suggested_in_worker_processes_with_the_same_result(tmp_path, monkeypatch):
    """From 500 documents the recommender runs in forked workers: the same suggestions as in
    one process, and a failure in a worker still leaves the project unchanged."""
    from annotator import suggestions
    texts = [f"قال حفتر في سرت رقم {i} إن الوضع هادئ." for i in range(suggestions.PARALLEL_FROM + 20)]
    paths = []
    for name in ("one", "many"):
        path = tmp_path / f"{name}.isnad"
        with Project.create(path) as p:
            import_records(p, [DocumentRecord(Document(f"d{i}", "", t), [Span(f"s{i}", "", 4, 8, "PER", "ali")]
                                              if i % 7 == 0 else []) for i, t in enumerate(texts)])
        paths.append(path)
    with Project.open(paths[0]) as one, Project.open(paths[1]) as many:
        with monkeypatch.context() as m:
            m.setattr(suggestions, "PARALLEL_FROM", len(texts) + 1)  # as for fewer documents: no workers
            expected = suggest_project(one, make(None, one, RecommenderOptions()))
        got = suggest_project(many, make(None, many, RecommenderOptions()))
        assert got["spans added"] == expected["spans added"] == len(texts)  # حفتر everywhere
        assert [row[:5] for row in _rows(one)[0]] == [row[:5] for row in _rows(many)[0]]  # times aside
        before = _rows(many)
        class Forkable(_Flaky):
            forkable = True
        with pytest.raises(IsnadError, match="flaky.*PERSON"):  # raised in a worker, refused here
            suggest_project(many, Forkable(), "suggest:flaky")
        assert _rows(many) == before


def test_workers_read_texts_as_the_store_holds_them_on_both_engines(location, monkeypatch):
    """The worker path hands texts over as UTF-8 (`Project.encoded_texts`): on a file and on a
    server, with harakat, tatweel and a letter outside the BMP before the name, it suggests
    exactly what the one-process path suggests."""
    from annotator import suggestions
    from annotator.project_io import create_project
    texts = [f"𝐀 قالَ حفتـر في سرت رقم {i} إنّ الوضع هادئ." for i in range(suggestions.PARALLEL_FROM + 5)]
    with create_project(location) as p:
        import_records(p, [DocumentRecord(Document(f"d{i}", "", t), [Span(f"s{i}", "", 7, 12, "PER", "ali")]
                                          if i % 7 == 0 else []) for i, t in enumerate(texts)])
        chosen = list(p.encoded_texts(["d3", "d1"]))
        assert sorted((i, t.decode()) for i, _, t in chosen) == [("d1", texts[1]), ("d3", texts[3])]
        assert [sha for _, sha, _ in chosen] == sorted(p.document(i).sha256 for i in ("d1", "d3"))
        lexicon = make(None, p, RecommenderOptions())
        many = suggest_project(p, lexicon)  # in workers
        monkeypatch.setattr(suggestions, "PARALLEL_FROM", 10 ** 9)
        one = suggest_project(p, lexicon, "suggest:one")
        assert many["spans added"] == one["spans added"] == len(texts)
        found = {layer: sorted((s.doc_id, s.start, s.end, s.label) for r in p.records([layer]) for s in r.spans)
                 for layer in ("suggest:lexicon", "suggest:one")}
        assert found["suggest:lexicon"] == found["suggest:one"]
        assert found["suggest:one"][0][1:] == (7, 12, "PER")  # حفتـر with its tatweel, after 𝐀 and قالَ


def test_a_new_layer_is_written_with_its_keys_checked_and_checks_come_back(project, passages):
    """A new suggestion layer goes in with SQLite's foreign key checks off (the store checks
    the rows itself: a relation must join spans given with it); the checks are on again
    afterwards, whether the layer was written or its writing failed."""
    doc = passages[0]["id"]
    dangling = [(doc, [], [("r1", doc, "no-such-span", "nor-this", "attributed_to")])]
    with pytest.raises(ValueError, match="relations between spans it was not given"):
        project.replace_layer_rows("suggest:new", dangling, empty=True)
    with pytest.raises(IsnadError, match="flaky.*PERSON"):
        suggest_project(project, _Flaky(), "suggest:new")
    suggest_project(project, make(None, project, RecommenderOptions()))
    before = _rows(project)
    for _ in range(3):  # whichever connection the project takes, SQLite refuses a dangling relation
        with pytest.raises(Exception, match="FOREIGN KEY"):
            project.replace_layer_rows("suggest:lexicon", dangling)
    assert _rows(project) == before
