"""Copying between layers, accepting and rejecting suggestions: each one undo step, on a
real project file holding the seed article (Washington Post on Sirte)."""
import pytest

from annotator.commands import AddSpan, Link, make_relation, make_span
from annotator.errors import IsnadError
from annotator.history import History
from annotator.importing import import_records
from annotator.layers import (accept_label, copy_layer, copy_to_layer, pending_suggestions, reject, relation_key,
                              span_key)
from annotator.model import ChangeSet, Document, DocumentRecord, Span
from annotator.recommenders import RecommenderOptions, RelationSuggestion, SpanSuggestion, Suggestions
from annotator.recommenders.lexicon import make
from annotator.search import find_all
from annotator.store import Project
from annotator.suggestions import suggest_document, write_suggestions

LAYER = "suggest:lexicon"


@pytest.fixture
def seed(corpus) -> str:
    return (corpus / "seed" / "sirte-washington-post.txt").read_text(encoding="utf-8")


@pytest.fixture
def project(project_path, seed):
    with Project.create(project_path) as p:
        import_records(p, [DocumentRecord(Document("wp", "", seed))])
        history = History(p)
        start = seed.index("حفتر")
        history.run(AddSpan(make_span("wp", start, start + 4, "PER", "ali")))
        start = seed.index("واشنطن بوست")
        history.run(AddSpan(make_span("wp", start, start + 11, "ORG", "ali")))
        yield p


def _lexicon_suggestions(project):
    return suggest_document(project, "wp", make(None, project, RecommenderOptions()))


def _keys(spans):
    return sorted((s.start, s.end, s.label) for s in spans)


def _mine(project, who="ali"):
    return _keys(project.spans("wp", [who]))


def test_lexicon_suggestions_are_pending_except_what_my_layer_has(project, seed):
    counts = _lexicon_suggestions(project)
    haftar = find_all(seed, "حفتر", with_proclitics=True)
    wp = find_all(seed, "واشنطن بوست", with_proclitics=True)
    assert len(haftar) == 5 and len(wp) == 4  # one of them is لحفتر: the span leaves the ل out
    assert counts["spans added"] == 9
    assert _keys(project.spans("wp", [LAYER])) == sorted([(s, e, "PER") for s, e in haftar]
                                                         + [(s, e, "ORG") for s, e in wp])
    spans, relations = pending_suggestions(project, "wp", "ali")
    assert len(spans) == 7 and relations == []  # ali has the first حفتر and the first واشنطن بوست
    assert len(pending_suggestions(project, "wp", "mona")[0]) == 9
    assert _mine(project, "mona") == []  # suggestions never enter a person's layer by themselves


def test_accept_one_then_undo_and_redo(project, seed):
    _lexicon_suggestions(project)
    history = History(project)
    first = pending_suggestions(project, "wp", "ali")[0][0]
    before = _mine(project)
    history.run(copy_to_layer(project, "wp", [first], [], "ali"))
    assert _mine(project) == sorted(before + [(first.start, first.end, first.label)])
    [verdict] = project.verdicts("wp", "ali")
    assert (verdict.key, verdict.verdict, verdict.text) == (span_key(first), "accepted", "واشنطن بوست")
    assert seed[first.start:first.end] == "واشنطن بوست"
    assert first.id not in {s.id for s in pending_suggestions(project, "wp", "ali")[0]}
    assert history.undo_text == "accept suggestion"
    history.undo()
    assert _mine(project) == before and project.verdicts("wp", "ali") == []
    history.redo()
    assert len(_mine(project)) == len(before) + 1 and len(project.verdicts("wp", "ali")) == 1


def test_a_rejected_suggestion_stays_away_even_when_suggested_again(project):
    _lexicon_suggestions(project)
    history = History(project)
    victim = pending_suggestions(project, "wp", "ali")[0][-1]
    history.run(reject(project, "wp", [victim], [], "ali"))
    assert victim.id not in {s.id for s in pending_suggestions(project, "wp", "ali")[0]}
    assert _lexicon_suggestions(project)["spans kept"] == 9  # the layer still holds it...
    assert len(pending_suggestions(project, "wp", "ali")[0]) == 6  # ...but not for ali
    assert len(pending_suggestions(project, "wp", "mona")[0]) == 9  # mona did not reject it
    assert project.spans("wp", ["ali"]) and len(_mine(project)) == 2  # nothing else changed
    history.undo()
    assert len(pending_suggestions(project, "wp", "ali")[0]) == 7
    history.redo()
    assert [v.verdict for v in project.verdicts("wp", "ali")] == ["rejected"]


def test_accepting_all_of_a_label_is_one_undo_step(project):
    _lexicon_suggestions(project)
    history = History(project)
    before = _mine(project)
    entry = history.run(accept_label(project, "wp", "PER", "ali"))
    assert entry.text == "accept 4 PER suggestions"
    assert [k[2] for k in _mine(project)].count("PER") == 5
    assert {s.label for s in pending_suggestions(project, "wp", "ali")[0]} == {"ORG"}
    assert len(project.verdicts("wp", "ali")) == 4
    history.undo()
    assert _mine(project) == before and project.verdicts("wp", "ali") == []


def test_copying_another_layer_copies_its_relations_once(project, seed):
    history = History(project)
    claim_start = seed.index("إن الحرب") + 3
    claim = make_span("wp", claim_start, seed.index(" من جديد"), "CLAIM", "import")
    source = make_span("wp", seed.index("صحيفة"), seed.index("صحيفة") + 5, "SOURCE", "import")
    history.run(AddSpan(claim))
    history.run(AddSpan(source))
    history.run(Link(make_relation("wp", claim.id, source.id, "attributed_to", "import")))
    entry = history.run(copy_layer(project, "wp", "import", "ali"))
    assert entry.text == "copy 2 spans of import"
    mine = {(s.start, s.end, s.label): s for s in project.spans("wp", ["ali"])}
    [link] = project.relations("wp", ["ali"])
    assert (link.from_id, link.to_id) == (mine[claim.start, claim.end, "CLAIM"].id,
                                          mine[source.start, source.end, "SOURCE"].id)
    assert project.verdicts("wp") == []  # copying a person's layer is no verdict
    assert history.run(copy_layer(project, "wp", "import", "ali")) is None  # nothing new the second time
    history.undo()
    assert project.relations("wp", ["ali"]) == [] and len(_mine(project)) == 2


def test_accepting_a_relation_accepts_its_two_spans(project, seed):
    claim = (seed.index("إن الحرب") + 3, seed.index(" من جديد"), "CLAIM")
    source = (seed.index("صحيفة"), seed.index("صحيفة") + 5, "SOURCE")
    cue = (seed.index("قالت"), seed.index("قالت") + 4, "CUE")
    write_suggestions(project, "wp", "suggest:attribution", Suggestions(
        [SpanSuggestion(*claim), SpanSuggestion(*source), SpanSuggestion(*cue)],
        [RelationSuggestion(0, 1, "attributed_to"), RelationSuggestion(2, 0, "cue_of")]))
    spans, relations = pending_suggestions(project, "wp", "ali")
    assert len(spans) == 3 and {x.type for x in relations} == {"attributed_to", "cue_of"}
    attributed = next(x for x in relations if x.type == "attributed_to")
    history = History(project)
    history.run(copy_to_layer(project, "wp", [], [attributed], "ali"))
    mine = {(s.start, s.end, s.label): s for s in project.spans("wp", ["ali"])}
    assert claim in mine and source in mine and cue not in mine
    [link] = project.relations("wp", ["ali"])
    assert (link.from_id, link.to_id, link.type) == (mine[claim].id, mine[source].id, "attributed_to")
    keys = {v.key for v in project.verdicts("wp", "ali")}
    ends = {s.id: s for s in project.spans("wp", ["suggest:attribution"])}
    assert keys == {f"span:{claim[0]}:{claim[1]}:CLAIM", f"span:{source[0]}:{source[1]}:SOURCE",
                    relation_key(attributed, ends[attributed.from_id], ends[attributed.to_id])}
    # The cue_of suggestion now ends at ali's own claim: shown, and drawn to ali's span.
    spans, relations = pending_suggestions(project, "wp", "ali")
    assert _keys(spans) == [cue]
    [cue_of] = relations
    assert (cue_of.from_id, cue_of.to_id) == (spans[0].id, mine[claim].id)
    history.run(copy_to_layer(project, "wp", spans, relations, "ali"))
    assert {x.type for x in project.relations("wp", ["ali"])} == {"attributed_to", "cue_of"}
    assert pending_suggestions(project, "wp", "ali") == ([], [])
    history.undo()
    history.undo()
    assert project.spans("wp", ["ali"]) and project.relations("wp", ["ali"]) == []
    assert project.verdicts("wp", "ali") == []


def test_rejecting_a_span_hides_the_relations_that_need_it(project, seed):
    claim = (seed.index("إن الحرب") + 3, seed.index(" من جديد"), "CLAIM")
    source = (seed.index("صحيفة"), seed.index("صحيفة") + 5, "SOURCE")
    write_suggestions(project, "wp", "suggest:attribution", Suggestions(
        [SpanSuggestion(*claim), SpanSuggestion(*source)], [RelationSuggestion(0, 1, "attributed_to")]))
    spans, _ = pending_suggestions(project, "wp", "ali")
    History(project).run(reject(project, "wp", [s for s in spans if s.label == "SOURCE"], [], "ali"))
    spans, relations = pending_suggestions(project, "wp", "ali")
    assert _keys(spans) == [claim] and relations == []


def test_suggestions_go_only_to_people_and_only_suggestions_are_rejected(project):
    _lexicon_suggestions(project)
    mine = project.spans("wp", ["ali"])
    with pytest.raises(IsnadError, match="E606"):
        History(project).run(reject(project, "wp", mine, [], "ali"))
    suggestion = project.spans("wp", [LAYER])[0]
    with pytest.raises(IsnadError, match="E604"):
        History(project).run(copy_to_layer(project, "wp", [suggestion], [], "suggest:mine"))
    assert project.verdicts("wp") == [] and len(_mine(project)) == 2


def test_two_recommenders_suggesting_the_same_span_show_it_once(project):
    _lexicon_suggestions(project)
    span = project.spans("wp", [LAYER])[-1]
    write_suggestions(project, "wp", "suggest:other", Suggestions([SpanSuggestion(span.start, span.end, span.label)]))
    spans, _ = pending_suggestions(project, "wp", "mona", ["suggest:other", LAYER])
    assert len(spans) == 9 and next(s for s in spans if s.start == span.start).annotator == "suggest:other"
    assert len(pending_suggestions(project, "wp", "mona", ["suggest:other"])[0]) == 1


def test_a_span_is_any_layer_s_span(project):
    """A span from gold or import copies the same way (the window's 'copy span under cursor')."""
    gold = Span("g1", "wp", 0, 6, "ORG", "gold")
    project.apply(ChangeSet(put_spans=[gold]))
    History(project).run(copy_to_layer(project, "wp", [gold], [], "ali"))
    assert (0, 6, "ORG") in _mine(project)
