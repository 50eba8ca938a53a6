import pytest
"""The real consumers read what we write: spaCy, Hugging Face datasets, seqeval,
label-studio-sdk's converter. CoNLL of ANERcorp reproduces the gold entities."""
import json
from dataclasses import replace

from hypothesis import given, settings, strategies as st

from annotator.model import Document, DocumentRecord, Span
from annotator.text import sha256_of
from exports import conll, label_studio, parquet, spacy_docbin
from exports.options import ExportOptions
from exports.run import export
from exports_helpers import EXAMPLES, anercorp_records, example_records, project_with
from helpers import examples


def read_conll(path):
    """Sentences of (token, tag) as a CoNLL reader sees them."""
    sentences, current = [], []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if not line:
            if current:
                sentences.append(current)
            current = []
            continue
        token, tag = line.split("\t")
        current.append((token, tag))
    return sentences


def tricky_record():
    """Spans that cut words (proclitic ب), overlap, nest, hold spaces at their ends and
    sit after an emoji and a CRLF-free newline."""
    text = "وصل الوفد بطرابلس، أمس 👍 وقال «الناطق» إن 1,500 جندي.\n\nثم  غادر  إلى سرت ."
    def at(s, start=0):
        i = text.index(s, start)
        return i, i + len(s)
    spans = [("LOC", *at("طرابلس")), ("ORG", *at("الوفد")), ("CLAIM", at("الوفد")[0], at("أمس")[1]),
             ("SOURCE", *at("الناطق")), ("CUE", at("وقال")[0] + 1, at("وقال")[1]),
             ("MISC", at("غادر")[0] - 1, at("غادر")[1] + 1), ("LOC", *at("سرت")),
             ("MISC", *at("1,5")), ("PER", at("بطرابلس")[0], at("بطرابلس")[0] + 1)]
    return DocumentRecord(Document("tricky", sha256_of(text), text),
                          [Span(f"s{i}", "tricky", a, b, label, "gold") for i, (label, a, b) in enumerate(spans)])


# -- spaCy ---------------------------------------------------------------------------
@pytest.mark.slow  # spaCy's import and a DocBin read back: 4 s
def test_spacy_docbin_keeps_every_span_exactly(tmp_path):
    import spacy
    from spacy.tokens import DocBin
    records = example_records() + [tricky_record()] + anercorp_records()
    report = spacy_docbin.write(records, tmp_path / "out.spacy")
    nlp = spacy.blank("ar")
    docs = list(DocBin().from_disk(tmp_path / "out.spacy").get_docs(nlp.vocab))
    assert len(docs) == len(records) == report["documents"]
    for rec, doc in zip(records, docs):
        text = rec.document.text
        assert doc.text == text
        wanted = sorted((s.start, s.end, s.label, s.id) for s in rec.spans)
        got = sorted((sp.start_char, sp.end_char, sp.label_, sp.id_) for sp in doc.spans["sc"])
        assert got == wanted
        for sp in doc.spans["sc"]:
            assert sp.text == text[sp.start_char:sp.end_char]
        for ent in doc.ents:
            assert ent.text == text[ent.start_char:ent.end_char]
        assert doc.user_data["isnad"]["sha256"] == rec.document.sha256
    first = docs[0].user_data["isnad"]
    assert len(first["relations"]) == 4 and any(s["attrs"] == {"type": "named person"} for s in first["spans"])
    assert not any(t.text in "،." and t.ent_type_ and len(t.text) > 1 for d in docs for t in d)


# -- CoNLL ---------------------------------------------------------------------------
def test_conll_of_anercorp_reproduces_the_gold_entities(tmp_path):
    from seqeval.metrics.sequence_labeling import get_entities
    records = anercorp_records()
    report = conll.write(records, tmp_path / "a.conll")
    assert report["entities"] == sum(len(r.spans) for r in records) == 710
    assert report["spans_dropped_overlapping"] == report["spans_with_split_tokens"] == 0
    sentences = read_conll(tmp_path / "a.conll")
    tokens = [t for s in sentences for t, _ in s]
    tags = [tag for s in sentences for _, tag in s]
    gold = [(s.label, s.text_in(r.document.text)) for r in records for s in sorted(r.spans, key=lambda s: s.start)]
    found = [(label, " ".join(tokens[i:j + 1])) for label, i, j in get_entities([tags[i] for i in range(len(tags))])]
    # ANERcorp is pre-tokenised: only ؛ stuck to 4 entity words is split off
    assert [(l, t.replace(" ؛", "؛")) for l, t in found] == gold
    for token, tag in zip(tokens, tags):
        if tag != "O":
            assert token in ("،", ".", "؛") or not any(c in token for c in "،.")


def test_conll_splits_tokens_at_span_edges_and_seqeval_reads_it(tmp_path):
    from seqeval.metrics import classification_report, f1_score
    rec = tricky_record()
    rec = replace(rec, spans=[s for s in rec.spans if s.label != "CLAIM"])
    report = conll.write([rec], tmp_path / "t.conll")
    sentences = read_conll(tmp_path / "t.conll")
    assert len(sentences) == 2  # the blank line in the text ends a sentence
    flat = [pair for s in sentences for pair in s]
    assert flat[:5] == [("وصل", "O"), ("الوفد", "B-ORG"), ("ب", "B-PER"), ("طرابلس", "B-LOC"), ("،", "O")]
    assert ("و", "O") in flat and ("قال", "B-CUE") in flat and ("غادر", "B-MISC") in flat
    assert ("1,5", "B-MISC") in flat and ("00", "O") in flat and ("«", "O") in flat
    assert report["spans_with_split_tokens"] == 4  # ب|طرابلس, و|قال, 1,5|00 and the ب itself
    assert report["spans_dropped_overlapping"] == 0
    tags = [[tag for _, tag in s] for s in sentences]
    assert f1_score(tags, tags) == 1.0
    assert "CUE" in classification_report(tags, tags)


def test_conll_reports_spans_left_out_for_overlaps(tmp_path):
    report = conll.write([tricky_record()], tmp_path / "t.conll")
    assert report["spans_dropped_overlapping"] == 3  # ORG, LOC and PER inside the CLAIM
    flat = [pair for s in read_conll(tmp_path / "t.conll") for pair in s]
    # only the exported spans' edges split tokens
    assert flat[1:5] == [("الوفد", "B-CLAIM"), ("بطرابلس", "I-CLAIM"), ("،", "I-CLAIM"), ("أمس", "I-CLAIM")]


def test_conll_ends_sentences_at_final_punctuation_outside_spans(tmp_path):
    text = "قال الوزير إن 3.5 مليون وصلوا. وأضاف: هل انتهى؟ لا! «انتهى. حقا» ثم غادر."
    claim = text.index("«") + 1
    rec = DocumentRecord(Document("s", sha256_of(text), text),
                         [Span("c", "s", claim, text.index("»"), "CLAIM", "gold")])
    conll.write([rec], tmp_path / "s.conll")
    sentences = [[t for t, _ in s] for s in read_conll(tmp_path / "s.conll")]
    assert sentences == [["قال", "الوزير", "إن", "3.5", "مليون", "وصلوا", "."], ["وأضاف", ":", "هل", "انتهى", "؟"],
                         ["لا", "!"], ["«", "انتهى", ".", "حقا", "»", "ثم", "غادر", "."]]


def test_conll_clitic_option(tmp_path):
    text = "والحكومة وبالأمس"
    rec = DocumentRecord(Document("c", sha256_of(text), text), [])
    conll.write([rec], tmp_path / "c.conll", None, ExportOptions(clitics=True))
    assert [t for t, _ in read_conll(tmp_path / "c.conll")[0]] == ["و", "الحكومة", "و", "ب", "الأمس"]


# -- Parquet / datasets --------------------------------------------------------------
def test_parquet_splits_load_with_hugging_face_datasets(tmp_path):
    import datasets
    records = example_records() + anercorp_records()
    project = project_with(tmp_path, records)
    options = ExportOptions(splits={"train": 0.8, "dev": 0.1, "test": 0.1})
    reports = export(project.records(), "parquet", tmp_path / "ds", project.schema, options)
    files = {name: str(tmp_path / "ds" / f"{name}.parquet") for name in reports}
    ds = datasets.load_dataset("parquet", data_files=files, cache_dir=str(tmp_path / "cache"))
    assert sum(len(ds[name]) for name in files) == len(records)
    assert len(ds["train"]) > len(ds["test"])
    row = next(r for name in files for r in ds[name] if r["id"] == "news-1")
    assert {s["text"] for s in row["spans"]} >= {"محمد حمودة", "طرابلس"}
    for s in row["spans"]:
        assert row["text"][s["start"]:s["end"]] == s["text"]
    assert len(row["relations"]) == 4 and json.loads(row["meta"]) == {}
    # the same documents fall in the same splits on a second run
    again = export(project.records(), "parquet", tmp_path / "ds2", project.schema, options)
    assert again == reports
    project.close()


# -- Label Studio's own converter ----------------------------------------------------
def test_label_studio_sdk_converter_accepts_our_tasks(tmp_path):
    from label_studio_sdk.converter import Converter
    from annotator.schema import default_schema
    records = example_records()
    label_studio.write(records, tmp_path / "tasks.json", default_schema())
    config = (tmp_path / "tasks.label_config.xml").read_text(encoding="utf-8")
    converter = Converter(config=config, project_dir=str(tmp_path), download_resources=False)
    converter.convert(str(tmp_path / "tasks.json"), str(tmp_path / "min"), "JSON_MIN", is_dir=False)
    rows = json.loads(next((tmp_path / "min").glob("*.json")).read_text(encoding="utf-8"))
    assert len(rows) == 4  # one row per annotation: 2 documents x 2 layers (gold, alice)
    labels = {tuple(item["labels"]) for row in rows for item in row["label"]}
    assert ("SOURCE",) in labels and ("LOC",) in labels
    converter.convert(str(tmp_path / "tasks.json"), str(tmp_path / "conll"), "CONLL2003", is_dir=False)
    assert "B-LOC" in next((tmp_path / "conll").glob("*.conll")).read_text(encoding="utf-8")


# -- any text, any spans -------------------------------------------------------------
_ALPHABET = list("بطرلاسو الك،.«»؟3,5") + [" ", "  ", "\n", "\u064e", "\u0640", "😀", "-", "\t"]


@st.composite
def text_and_spans(draw):
    text = "".join(draw(st.lists(st.sampled_from(_ALPHABET), min_size=1, max_size=40)))
    bounds = st.integers(0, len(text))
    spans = []
    for k, (a, b) in enumerate(draw(st.lists(st.tuples(bounds, bounds), max_size=6))):
        if a != b:
            spans.append(Span(f"s{k}", "d", min(a, b), max(a, b), draw(st.sampled_from(["PER", "LOC"])), "gold"))
    return DocumentRecord(Document("d", sha256_of(text), text), spans)


@settings(max_examples=examples(150), deadline=None)
@given(st.lists(text_and_spans(), min_size=1, max_size=3), st.booleans())
@pytest.mark.slow
def test_spacy_keeps_any_span_exactly(tmp_path_factory, records, clitics):
    import spacy
    from spacy.tokens import DocBin
    path = tmp_path_factory.mktemp("h") / "h.spacy"
    spacy_docbin.write(records, path, None, ExportOptions(clitics=clitics))
    docs = DocBin().from_disk(path).get_docs(spacy.blank("ar").vocab)
    for rec, doc in zip(records, docs):
        text = rec.document.text
        assert doc.text == text
        got = sorted((s.start_char, s.end_char, s.label_, s.text) for s in doc.spans["sc"])
        assert got == sorted((s.start, s.end, s.label, text[s.start:s.end]) for s in rec.spans)


@settings(max_examples=examples(150), deadline=None)
@given(text_and_spans(), st.booleans())
def test_conll_entities_are_exactly_the_kept_spans(tmp_path_factory, rec, clitics):
    from seqeval.metrics.sequence_labeling import get_entities
    from exports.common import non_overlapping
    path = tmp_path_factory.mktemp("c") / "c.conll"
    report = conll.write([rec], path, None, ExportOptions(clitics=clitics))
    pairs = [p for s in read_conll(path) for p in s]
    text = rec.document.text
    kept, _ = non_overlapping(rec.spans)
    kept = [s for s in kept if text[s.start:s.end].strip()]
    found = [(label, "".join(t for t, _ in pairs[i:j + 1])) for label, i, j in get_entities([t for _, t in pairs])]
    assert found == [(s.label, "".join(text[s.start:s.end].split())) for s in kept]
    assert report["entities"] == len(kept)


# -- the example files under exports/examples ----------------------------------------
def _gold_example(tmp_path):
    from exports.options import select
    project = project_with(tmp_path, example_records())
    records = list(select(project.records(), ExportOptions(layers=("gold",))))
    project.close()
    return records


def test_conll_example_is_what_the_writer_writes(tmp_path):
    conll.write(_gold_example(tmp_path), tmp_path / "news.conll")
    assert (tmp_path / "news.conll").read_text(encoding="utf-8") == \
        (EXAMPLES / "news.conll").read_text(encoding="utf-8")


def test_spacy_example_loads_with_the_spans_of_a_fresh_export(tmp_path):
    import spacy
    from spacy.tokens import DocBin
    records = _gold_example(tmp_path)
    spacy_docbin.write(records, tmp_path / "news.spacy")
    vocab = spacy.blank("ar").vocab
    shipped = list(DocBin().from_disk(EXAMPLES / "news.spacy").get_docs(vocab))
    fresh = list(DocBin().from_disk(tmp_path / "news.spacy").get_docs(vocab))
    for a, b, rec in zip(shipped, fresh, records):
        assert a.text == b.text == rec.document.text
        assert [(e.text, e.label_) for e in a.ents] == [(e.text, e.label_) for e in b.ents]
        assert [(s.text, s.label_, s.id_) for s in a.spans["sc"]] == [(s.text, s.label_, s.id_) for s in b.spans["sc"]]
    assert ("محمد حمودة", "PER") not in [(e.text, e.label_) for e in shipped[0].ents]  # inside the SOURCE
    assert ("محمد حمودة", "PER") in [(s.text, s.label_) for s in shipped[0].spans["sc"]]


def test_parquet_example_holds_what_the_writer_writes(tmp_path):
    import pyarrow.parquet as pq
    parquet.write(_gold_example(tmp_path), tmp_path / "news.parquet")
    assert pq.read_table(EXAMPLES / "news.parquet").equals(pq.read_table(tmp_path / "news.parquet"))


def test_conll_of_aqmar_reproduces_its_gold_entities(tmp_path, corpus):
    from seqeval.metrics.sequence_labeling import get_entities
    rows = [json.loads(l) for l in (corpus / "aqmar" / "aqmar_sample.spans.jsonl").open(encoding="utf-8")]
    records = [DocumentRecord(Document(r["id"], sha256_of(r["text"]), r["text"]),
                              [Span(f"{r['id']}-{i}", r["id"], s["start"], s["end"], s["label"], "gold")
                               for i, s in enumerate(r["spans"])]) for r in rows]
    conll.write(records, tmp_path / "a.conll")
    ours = [p for s in read_conll(tmp_path / "a.conll") for p in s]
    gold = [p for s in read_conll(corpus / "aqmar" / "aqmar_sample.conll") for p in s]
    entities = lambda pairs: [(label, " ".join(t for t, _ in pairs[i:j + 1]))  # noqa: E731
                              for label, i, j in get_entities([tag for _, tag in pairs])]
    assert entities(ours) == entities(gold) and len(entities(gold)) > 10


def test_comma_and_full_stop_never_stick_to_entities_in_a_real_article(tmp_path, corpus):
    import re
    text = (corpus / "seed" / "sirte-washington-post.txt").read_text(encoding="utf-8")
    names = {"سرت": "LOC", "حفتر": "PER", "طرابلس": "LOC", "ليبيا": "LOC", "واشنطن بوست": "ORG"}
    spans = [Span(f"s{i}", "seed", m.start(), m.end(), names[m.group()], "gold")
             for i, m in enumerate(re.finditer("|".join(names), text))]
    rec = DocumentRecord(Document("seed", sha256_of(text), text), spans)
    report = conll.write([rec], tmp_path / "seed.conll")
    pairs = [p for s in read_conll(tmp_path / "seed.conll") for p in s]
    entity_tokens = [t for t, tag in pairs if tag != "O"]
    assert report["entities"] == len(spans) and len(entity_tokens) >= len(spans)
    assert not [t for t in entity_tokens if "،" in t or "." in t]
    followers = [pairs[i + 1][0] for i, (t, tag) in enumerate(pairs[:-1])
                 if tag != "O" and pairs[i + 1][1] == "O" and pairs[i + 1][0] in "،."]
    assert len(followers) >= 6  # سرت، ليبيا. ... : the punctuation is its own O token
