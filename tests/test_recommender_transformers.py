"""`transformers:PATH`: a tiny BERT token classifier built and trained here (nothing is
downloaded), saved with save_pretrained and loaded back through the recommender registry."""
import json

import pytest

from helpers import needs
from speech import reported_speech

from annotator.errors import IsnadError
from annotator.recommenders import RecommenderOptions, make_recommender
from annotator.schema import default_schema
from annotator.store import Project

pytestmark = [pytest.mark.slow, needs("torch", "transformers")]  # builds and trains a small model with torch: not in the quick subset

TAGS = ["O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-CUE", "I-CUE"]  # ANERcorp's PERS, as many models have
MODEL_LABEL = {"PER": "PERS", "LOC": "LOC", "CUE": "CUE"}
WINDOW = 24  # position embeddings: a text of several reports needs several windows
STEPS = 60


def joined(rows: list[dict]) -> dict:
    """The reports as one text, a line each, spans moved along."""
    text = "\n".join(r["text"] for r in rows)
    spans, base = [], 0
    for r in rows:
        spans += [dict(s, start=s["start"] + base, end=s["end"] + base) for s in r["spans"]]
        base += len(r["text"]) + 1
    return {"text": text, "spans": spans}


def tiny_tokenizer(texts: list[str]):
    """A WordPiece tokenizer over `texts`: every word's first three letters and single letters
    (so words split into sub-words); its normaliser drops harakat (strip_accents). The
    vocabulary is listed rather than trained: the trainer breaks ties differently per run."""
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, processors
    from transformers import PreTrainedTokenizerFast
    normalizer = normalizers.BertNormalizer(handle_chinese_chars=False, strip_accents=True, lowercase=False)
    words = {w for text in texts for w, _ in pre_tokenizers.BertPreTokenizer().pre_tokenize_str(
        normalizer.normalize_str(text))}
    pieces = sorted({w[:3] for w in words} | {c for w in words for c in w} | {"##" + c for w in words for c in w})
    special = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
    tok = Tokenizer(models.WordPiece({p: i for i, p in enumerate(special + pieces)}, unk_token="[UNK]"))
    tok.normalizer = normalizer
    tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    tok.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", special_tokens=[(t, tok.token_to_id(t)) for t in ("[CLS]", "[SEP]")])
    return PreTrainedTokenizerFast(tokenizer_object=tok, unk_token="[UNK]", pad_token="[PAD]",
                                   cls_token="[CLS]", sep_token="[SEP]", mask_token="[MASK]")


def tag_ids(row: dict, word_ids: list, offsets: list) -> list[int]:
    """IOB2 tag ids on each word's first sub-word (-100 elsewhere: not learnt)."""
    out, previous = [], None
    for word, (start, _) in zip(word_ids, offsets):
        if word is None or word == previous:
            out.append(-100)
        else:
            tag = next((("B-" if start == s["start"] else "I-") + MODEL_LABEL[s["label"]] for s in row["spans"]
                        if s["label"] in MODEL_LABEL and s["start"] <= start < s["end"]), "O")
            out.append(TAGS.index(tag))
        previous = word
    return out


def train_tiny_model(path):
    """A tiny BERT trained for a few steps on the reports, alone and joined (read in windows),
    until it fits them; saved into `path` with its tokenizer. Returns the last loss."""
    import torch
    from transformers import BertConfig, BertForTokenClassification
    rows = reported_speech()
    rows.append(joined(rows))
    tokenizer = tiny_tokenizer([r["text"] for r in rows])
    batch = tokenizer([r["text"] for r in rows], return_offsets_mapping=True, padding=True, truncation=True,
                      max_length=WINDOW, stride=WINDOW // 4, return_overflowing_tokens=True, return_tensors="pt")
    offsets, sample = batch.pop("offset_mapping").tolist(), batch.pop("overflow_to_sample_mapping").tolist()
    labels = torch.tensor([tag_ids(rows[j], batch.word_ids(i), offsets[i]) for i, j in enumerate(sample)])
    torch.manual_seed(0)
    config = BertConfig(vocab_size=tokenizer.vocab_size, hidden_size=32, num_hidden_layers=1, num_attention_heads=2,
                        intermediate_size=64, max_position_embeddings=WINDOW, id2label=dict(enumerate(TAGS)),
                        label2id={t: i for i, t in enumerate(TAGS)})
    model = BertForTokenClassification(config)
    optimizer = torch.optim.AdamW(model.parameters(), lr=1e-2)
    for _ in range(STEPS):
        loss = model(**batch, labels=labels).loss
        loss.backward()
        optimizer.step()
        optimizer.zero_grad()
    model.save_pretrained(path)
    tokenizer.save_pretrained(path)
    return loss.item()


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory):
    path = tmp_path_factory.mktemp("tiny-bert") / "model"
    assert train_tiny_model(path) < 0.05
    return path


@pytest.fixture
def project(tmp_path):
    with Project.create(tmp_path / "p.isnad", default_schema()) as p:
        yield p


MAP = RecommenderOptions(label_map=(("PERS", "PER"),))


def gold(row: dict) -> list[tuple]:
    return sorted((s["start"], s["end"], s["label"]) for s in row["spans"] if s["label"] in MODEL_LABEL)


def test_spans_at_code_point_offsets_after_emoji_and_harakat(model_dir, project):
    rec = make_recommender(f"transformers:{model_dir}", project, MAP)
    assert rec.labels() == {"PER", "LOC", "CUE"} and rec.name == "transformers:model"
    rows = reported_speech()
    for row, suggestions in zip(rows, rec.suggest_many(r["text"] for r in rows)):
        assert sorted((s.start, s.end, s.label) for s in suggestions.spans) == gold(row)
        assert all(0.5 < s.score <= 1.0 for s in suggestions.spans)
    row = rows[0]  # "😀 قالَ جو بايدن ...": the tokenizer drops the fatha; the span keeps it
    cue = next(s for s in rec.suggest(row["text"]).spans if s.label == "CUE")
    assert row["text"][cue.start:cue.end] == "قالَ"
    utf16 = len(row["text"][:cue.start].encode("utf-16-le")) // 2
    assert utf16 == cue.start + 1  # the emoji: one code point, two UTF-16 units


def test_a_text_longer_than_the_window_is_read_in_windows(model_dir, project):
    rec = make_recommender(f"transformers:{model_dir}", project, MAP)
    row = joined(reported_speech())
    assert len(rec.tokenizer(row["text"])["input_ids"]) > 8 * WINDOW  # 13 windows
    assert sorted((s.start, s.end, s.label) for s in rec.suggest(row["text"]).spans) == gold(row)
    assert rec.suggest("").spans == [] and rec.suggest(" \n").spans == []


def test_unknown_labels_are_refused_before_anything_runs(model_dir, project):
    with pytest.raises(IsnadError) as e:
        make_recommender(f"transformers:{model_dir}", project)
    assert e.value.code == "E705" and f"transformers:{model_dir}" in e.value.what and "PERS" in e.value.what
    assert "--map PERS=PER" in e.value.todo


def test_what_is_not_a_token_classifier_is_a_two_part_error(tmp_path, model_dir, project):
    def code(path):
        with pytest.raises(IsnadError) as e:
            make_recommender(f"transformers:{path}", project, MAP)
        assert e.value.todo and (e.value.code == "E700" or f"transformers:{path}" in e.value.what)
        return e.value.code

    assert code("") == "E700"
    assert code(tmp_path / "nowhere") == "E701"
    (tmp_path / "empty").mkdir()
    assert code(tmp_path / "empty") == "E707"
    config = json.loads((model_dir / "config.json").read_text())
    (tmp_path / "clip").mkdir()
    (tmp_path / "clip" / "config.json").write_text(json.dumps({"model_type": "clip"}))
    assert code(tmp_path / "clip") == "E707"  # no token-classification head exists for it
    (tmp_path / "weightless").mkdir()
    (tmp_path / "weightless" / "config.json").write_text(json.dumps(config))
    assert code(tmp_path / "weightless") == "E704"
