"""`isnad train`: a real spaCy pipeline trained on a real project, loaded back as `spacy:PATH`."""
import json

import pytest

from helpers import isnad, needs, write_jsonl
from speech import reported_speech

from annotator.recommenders import make_recommender
from annotator.store import Project
from annotator.tokens import tokenize
from annotator.training import use_isnad_tokens
from exports.options import split_of

pytestmark = [pytest.mark.slow, needs("spacy")]  # trains spaCy models: not in the quick subset

@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    """A project of reported speech and a model trained on it (a few seconds)."""
    tmp = tmp_path_factory.mktemp("train")
    project = tmp / "p.isnad"
    isnad("init", project)
    isnad("import", project, write_jsonl(tmp / "reports.jsonl", reported_speech()), "--annotator", "gold")
    proc = isnad("train", project, "--annotator", "gold", "-o", tmp / "model", "--iterations", "20", "--json")
    return project, tmp / "model", json.loads(proc.stdout), proc


def test_a_trained_model_loads_back_as_a_recommender_with_exact_offsets(trained):
    project, model, report, _ = trained
    held_out = {r["id"] for r in reported_speech()
                if split_of(_sha(r["text"]), {"train": 0.8, "held_out": 0.2}) == "held_out"}
    assert report["documents"] == {"train": 12 - len(held_out), "held_out": len(held_out)} and held_out
    assert report["components"] == {"ner": ["LOC", "PER"], "spancat": ["CLAIM", "CUE", "SOURCE"]}
    with Project.open(project, read_only=True) as p:
        recommender = make_recommender(f"spacy:{model}", p)
        records = [rec for rec in p.records(["gold"]) if rec.document.id in held_out]
    assert recommender.labels() == {"LOC", "PER", "CLAIM", "CUE", "SOURCE"}
    for rec, suggestions in zip(records, recommender.suggest_many(rec.document.text for rec in records)):
        assert sorted((s.start, s.end, s.label) for s in suggestions.spans) == \
            sorted((s.start, s.end, s.label) for s in rec.spans)
        spancat = [s.score for s in suggestions.spans if s.label in {"CLAIM", "CUE", "SOURCE"}]
        assert all(0.5 <= score < 1.0 for score in spancat)  # spancat's own scores, not 1.0
    assert report["held_out"]["overall"]["f1"] == 1.0


def test_training_shows_progress_and_the_held_out_scores(trained, tmp_path):
    project, _, report, proc = trained
    assert "training" in proc.stderr and "100%" in proc.stderr  # the bar, on stderr
    text = isnad("train", project, "-o", tmp_path / "m", "--iterations", "1", "--held-out", "0.5").stdout
    assert "held out: " in text and "F1 overlap" in text
    assert [line.split()[0] for line in text.splitlines()[4:]] == ["CLAIM", "CUE", "LOC", "PER", "SOURCE", "overall"]
    meta = json.loads((tmp_path / "m" / "meta.json").read_text())
    assert meta["isnad"]["documents"]["held_out"] > 0 and meta["labels"]["ner"] == ["LOC", "PER"]
    quick = json.loads(isnad("train", project, "-o", tmp_path / "m", "--max-seconds", "0.01", "--json").stdout)
    assert (quick["stopped_by"], quick["iterations"]) == ("max_seconds", 1)


def test_the_model_folder_never_replaces_a_users_files(trained, tmp_path):
    project, model, _, _ = trained
    users = tmp_path / "mine"
    users.mkdir()
    (users / "notes.txt").write_text("keep me")
    proc = isnad("train", project, "-o", users, check=False)
    assert proc.returncode == 2 and "[E723]" in proc.stderr and "What to do" in proc.stderr
    assert [p.name for p in users.iterdir()] == ["notes.txt"]
    proc = isnad("train", project, "-o", users / "notes.txt", check=False)
    assert proc.returncode == 2 and "[E722]" in proc.stderr
    proc = isnad("train", project, "-o", tmp_path / "no" / "such", check=False)
    assert proc.returncode == 2 and "[E724]" in proc.stderr
    # an earlier model is replaced, all at once, and nothing is left beside it
    out = tmp_path / "model"
    isnad("train", project, "-o", out, "--iterations", "1")
    first = (out / "ner" / "model").read_bytes()
    isnad("train", project, "-o", out, "--iterations", "2")
    assert (out / "ner" / "model").read_bytes() != first
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine", "model"]


def test_nothing_to_learn_and_bad_options_exit_2(trained, tmp_path):
    project, _, _, _ = trained
    for args, message in [(["--annotator", "nobody"], "no layer named nobody"),
                          (["--label", "MISC"], "[E720]"),
                          (["--held-out", "0.99"], "[E721]"),
                          (["--held-out", "1.5"], "not a fraction"),
                          (["--iterations", "0"], "not a positive number")]:
        proc = isnad("train", project, "-o", tmp_path / "m", *args, check=False)
        assert proc.returncode == 2 and message in proc.stderr, (args, proc.stderr)
    assert not (tmp_path / "m").exists()


def test_the_pipeline_tokenizer_gives_isnad_tokens(corpus):
    """Trained pipelines tokenize new text as the training documents were tokenized."""
    import spacy
    nlp = spacy.blank("ar")
    use_isnad_tokens(nlp.tokenizer)
    texts = [json.loads(line)["text"] for name in ("articles/anercorp_news_passages.jsonl", "pud/ar_pud_news.jsonl")
             for line in (corpus / name).read_text(encoding="utf-8").splitlines()]
    texts += ["قالت Washington Post إن 3.5% و1,000 و٣٫٥ «سقطت»، 🚨🇱🇾 (كابول)؟! http://x.org/a?b=1 ق.م"]
    for text in texts:
        assert [(t.idx, t.idx + len(t)) for t in nlp(text) if not t.is_space] == tokenize(text)


def _sha(text: str) -> str:
    from annotator.text import sha256_of
    return sha256_of(text)
