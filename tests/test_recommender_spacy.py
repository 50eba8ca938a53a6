"""`spacy:PATH`: a real spaCy pipeline on disk, loaded through the recommender registry."""
import json

import pytest
from helpers import needs

from annotator.errors import IsnadError
from annotator.recommenders import RecommenderOptions, make_recommender
from annotator.schema import default_schema
from annotator.store import Project

pytestmark = needs("spacy")

# emoji (astral: two UTF-16 units each) and harakat before the entities
TEXT = "🚨🇱🇾 قالَ المتحدث إنّ خليفة حَفْتَر وصل إلى طرابلس، وقالت صحيفة واشنطن بوست إن الوضع هادئ."


@pytest.fixture
def project(tmp_path):
    with Project.create(tmp_path / "p.isnad", default_schema()) as p:
        yield p


def ruler_pipeline(path, ent_patterns, span_patterns, key="attribution"):
    """A pipeline with spaCy's default Arabic tokenizer, an entity ruler and a span ruler."""
    import spacy
    nlp = spacy.blank("ar")
    nlp.add_pipe("entity_ruler").add_patterns(ent_patterns)
    nlp.add_pipe("span_ruler", config={"spans_key": key}).add_patterns(span_patterns)
    nlp.to_disk(path)
    return path


@pytest.fixture
def pipeline(tmp_path):
    return ruler_pipeline(tmp_path / "ruler", [
        {"label": "PER", "pattern": "خليفة حَفْتَر"},
        {"label": "LOC", "pattern": "طرابلس"},
        {"label": "ORG", "pattern": "واشنطن بوست"},
    ], [
        {"label": "CUE", "pattern": "قالَ"}, {"label": "CUE", "pattern": "وقالت"},
        {"label": "SOURCE", "pattern": "صحيفة واشنطن بوست"},
        {"label": "LOC", "pattern": "طرابلس"},  # the same span as an entity: suggested once
    ])


def spans_of(suggestions):
    return sorted((s.start, s.end, s.label) for s in suggestions.spans)


def at(text, sub, label):
    start = text.index(sub)
    return start, start + len(sub), label


def test_ents_and_span_groups_with_code_point_offsets(project, pipeline):
    rec = make_recommender(f"spacy:{pipeline}", project)
    got = rec.suggest(TEXT)
    expected = sorted([at(TEXT, "خليفة حَفْتَر", "PER"), at(TEXT, "طرابلس", "LOC"), at(TEXT, "واشنطن بوست", "ORG"),
                       at(TEXT, "قالَ", "CUE"), at(TEXT, "وقالت", "CUE"), at(TEXT, "صحيفة واشنطن بوست", "SOURCE")])
    assert spans_of(got) == expected
    assert [TEXT[s.start:s.end] for s in got.spans if s.label == "PER"] == ["خليفة حَفْتَر"]
    assert all(s.score == 1.0 for s in got.spans)
    # code points, not UTF-16 units: the three astral characters would shift every offset
    utf16_start = len(TEXT[:expected[0][0]].encode("utf-16-le")) // 2
    assert utf16_start == expected[0][0] + 3
    assert rec.labels() == {"PER", "LOC", "ORG", "CUE", "SOURCE"}
    assert rec.name == "spacy:ruler"


def test_suggest_many_runs_the_pipe_in_order(project, pipeline):
    rec = make_recommender(f"spacy:{pipeline}", project)
    texts = [TEXT, "لا شيء هنا", "", "طرابلس " * 3]
    assert [spans_of(s) for s in rec.suggest_many(iter(texts))] == [spans_of(rec.suggest(t)) for t in texts]
    assert spans_of(rec.suggest("طرابلس " * 3)) == [(0, 6, "LOC"), (7, 13, "LOC"), (14, 20, "LOC")]


def test_model_labels_outside_the_schema_are_refused_or_mapped(tmp_path, project):
    path = ruler_pipeline(tmp_path / "anercorp", [{"label": "PERS", "pattern": "خليفة حَفْتَر"},
                                                  {"label": "LOC", "pattern": "طرابلس"}],
                          [{"label": "QUOTE", "pattern": "الوضع هادئ"}])
    with pytest.raises(IsnadError) as e:
        make_recommender(f"spacy:{path}", project)
    assert e.value.code == "E705"
    assert f"spacy:{path}" in e.value.what and "PERS, QUOTE" in e.value.what
    assert "--map PERS=PER" in e.value.todo and "CLAIM, CUE, LOC, MISC, ORG, PER, SOURCE" in e.value.todo
    with pytest.raises(IsnadError, match=r"QUOTE \(mapped to X\)"):
        make_recommender(f"spacy:{path}", project, RecommenderOptions(label_map=(("PERS", "PER"), ("QUOTE", "X"))))
    rec = make_recommender(f"spacy:{path}", project, RecommenderOptions(label_map=(("PERS", "PER"), ("QUOTE", "CLAIM"))))
    assert rec.labels() == {"PER", "LOC", "CLAIM"}
    assert spans_of(rec.suggest(TEXT)) == sorted([at(TEXT, "خليفة حَفْتَر", "PER"), at(TEXT, "طرابلس", "LOC"),
                                                  at(TEXT, "الوضع هادئ", "CLAIM")])
    # without a project there is no schema to refuse against
    assert make_recommender(f"spacy:{path}").labels() == {"PERS", "LOC", "QUOTE"}


def test_a_failing_pipeline_is_a_two_part_error_naming_it(tmp_path, project, pipeline):
    def error(spec):
        with pytest.raises(IsnadError) as e:
            make_recommender(spec, project)
        assert spec in e.value.what or e.value.code == "E700"
        assert e.value.todo
        return e.value.code

    assert error("spacy") == "E700"
    assert error(f"spacy:{tmp_path / 'nowhere'}") == "E701"
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "read.me").write_text("not a model")
    assert error(f"spacy:{tmp_path / 'notes'}") == "E702"
    import spacy
    spacy.blank("ar").to_disk(tmp_path / "blank")
    assert error(f"spacy:{tmp_path / 'blank'}") == "E709"  # it could suggest nothing

    meta = json.loads((pipeline / "meta.json").read_text())
    made_for = meta["spacy_version"]
    meta["spacy_version"] = ">=2.3.0,<2.4.0"
    (pipeline / "meta.json").write_text(json.dumps(meta))
    assert error(f"spacy:{pipeline}") == "E703"

    meta["spacy_version"] = made_for
    (pipeline / "meta.json").write_text(json.dumps(meta))
    (pipeline / "config.cfg").write_text("[nlp]\nlang = \"ar\"\npipeline = [\"nothing_like_this\"]\n")
    assert error(f"spacy:{pipeline}") == "E704"


def test_a_pipeline_is_loaded_once_and_again_when_rewritten(tmp_path, project):
    path = ruler_pipeline(tmp_path / "m", [{"label": "LOC", "pattern": "طرابلس"}], [])
    first, second = (make_recommender(f"spacy:{path}", project) for _ in range(2))
    assert first.nlp is second.nlp
    ruler_pipeline(path, [{"label": "LOC", "pattern": "طرابلس"}, {"label": "PER", "pattern": "حفتر"}], [])
    third = make_recommender(f"spacy:{path}", project)
    assert third.nlp is not first.nlp and third.labels() == {"LOC", "PER"}


def test_a_tokenizer_that_changes_the_text_is_refused(project, pipeline):
    """spaCy's documented whitespace tokenizer loses runs of spaces: its offsets would not fit."""
    import spacy
    from spacy.tokens import Doc
    rec = make_recommender(f"spacy:{pipeline}", project)
    nlp = spacy.load(pipeline)
    nlp.tokenizer = lambda text: Doc(nlp.vocab, words=text.split())
    rec.nlp = nlp
    assert spans_of(rec.suggest("في طرابلس ")) == [(3, 9, "LOC")]  # each word and one space: kept
    with pytest.raises(IsnadError) as e:
        rec.suggest("في  طرابلس")
    assert e.value.code == "E708" and "spacy:" in e.value.what
