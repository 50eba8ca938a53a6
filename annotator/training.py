"""Train a spaCy pipeline on a project's annotations, on the CPU, with spaCy's own API.

The pipeline is a blank Arabic one whose tokenizer follows `annotator.tokens` (punctuation,
symbols and emoji split off, numbers like 3.5 and 1,000 whole), set as spaCy prefix, suffix
and infix rules so the saved pipeline loads in plain spaCy. Entity labels (and any label
that is not a claim, source or cue) go to `ner`, which takes the longest non-overlapping
spans; CLAIM/SOURCE/CUE labels go to `spancat` (overlaps allowed), whose candidates come
from a `span_finder` (n-gram candidates long enough for a claim would be ~20-50 a token,
4x slower to train on the sample project). Training documents are tokenized like the
spaCy export (split at every span boundary), so no span is lost or cut.

`train(train, held_out, schema, out, options, progress)` trains, scores the held-out
documents exactly as the `spacy:` recommender will suggest on them (code-point offsets),
and writes the pipeline into `out` (see `annotator.model_folder`).
"""
from __future__ import annotations

import random
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .errors import IsnadError
from .messages import M
from .model import DocumentRecord, Schema
from .model_folder import MARK, check_model_out, write_model
from .span_match import match_overlapping
from .tokens import affix_patterns, words_and_spaces, words_pattern

SPANCAT_KINDS = {"claim", "source", "cue"}  # long and overlapping: spancat; every other label: ner
SPANS_KEY = "sc"
CANDIDATES_KEY = "span_candidates"  # span_finder's output, spancat's input
MAX_CANDIDATE_TOKENS = 80  # the longest span the span finder proposes (a long claim)


@dataclass(frozen=True)
class TrainOptions:
    iterations: int = 50       # passes over the training documents
    max_seconds: float = 240.0  # stop after the batch that passes this (the loop only)
    batch_size: int = 8        # documents per update
    dropout: float = 0.2
    seed: int = 0


@dataclass
class TrainReport:
    out: str
    documents: dict          # {"train": n, "held_out": n}
    spans: dict              # {"train": n, "held_out": n}, spans of the trained labels
    components: dict         # {"ner": [labels], "spancat": [labels]}
    iterations: int          # passes done
    seconds: float           # training loop time
    stopped_by: str          # "iterations" or "max_seconds"
    held_out: dict = field(default_factory=dict)  # label -> scores, and "overall" (micro)

    def to_dict(self) -> dict:
        return asdict(self)


Progress = Callable[[int, int, float], None]  # (updates done, updates planned, last loss)


def train(train_docs: Sequence[DocumentRecord], held_out: Sequence[DocumentRecord], schema: Schema,
          out: str | Path, options: TrainOptions = TrainOptions(),
          progress: Progress | None = None) -> TrainReport:
    out = Path(out)
    check_model_out(out)
    spacy = _spacy()
    ner_labels, span_labels = _labels(train_docs, schema)
    if not ner_labels and not span_labels:
        raise IsnadError.of(M.TRAIN_NOTHING)
    reach = _longest(train_docs, span_labels)
    nlp = blank_pipeline(ner_labels, span_labels, reach)
    examples = [_example(nlp, rec, ner_labels, span_labels, reach) for rec in train_docs]
    spacy.util.fix_random_seed(options.seed)
    optimizer = nlp.initialize(lambda: examples)
    done, seconds, stopped_by = _loop(nlp, examples, optimizer, options, progress)
    trained = ner_labels | span_labels
    report = TrainReport(str(out), {"train": len(train_docs), "held_out": len(held_out)},
                         {"train": _count(train_docs, trained), "held_out": _count(held_out, trained)},
                         {"ner": sorted(ner_labels), "spancat": sorted(span_labels)},
                         done, round(seconds, 1), stopped_by)
    if held_out:
        report.held_out = held_out_scores(nlp, held_out, trained)
    nlp.meta.update(name="isnad_model", version="0.0.0", description="Trained by 'isnad train'",
                    performance=report.held_out.get("overall", {}),
                    **{MARK: {"documents": report.documents, "spans": report.spans,
                              "components": report.components, "held_out": report.held_out}})
    write_model(nlp, out)
    return report


def _spacy():
    try:
        import spacy
    except ImportError:
        raise IsnadError.of(M.MODEL_LIBRARY_MISSING, recommender="isnad train", library="spaCy",
                            extra="spacy") from None
    return spacy


def _labels(records: Sequence[DocumentRecord], schema: Schema) -> tuple[set[str], set[str]]:
    present = {s.label for rec in records for s in rec.spans}
    spancat = {name for name in present if (label := schema.label(name)) and label.kind in SPANCAT_KINDS}
    return present - spancat, spancat


def _longest(records: Sequence[DocumentRecord], labels: set[str]) -> int:
    """The most tokens in one span of `labels` (the span finder's reach), capped."""
    pattern = words_pattern(False)
    lengths = [len(pattern.findall(rec.document.text[s.start:s.end]))
               for rec in records for s in rec.spans if s.label in labels]
    return min(max(lengths, default=1), MAX_CANDIDATE_TOKENS)


def _count(records: Sequence[DocumentRecord], labels: set[str]) -> int:
    return sum(s.label in labels for rec in records for s in rec.spans)


def blank_pipeline(ner_labels: set[str], span_labels: set[str], longest: int = MAX_CANDIDATE_TOKENS):
    """A blank Arabic pipeline with Isnad's tokens and the components the labels need."""
    import spacy
    nlp = spacy.blank("ar")
    use_isnad_tokens(nlp.tokenizer)
    if ner_labels:
        ner = nlp.add_pipe("ner")
        for label in sorted(ner_labels):
            ner.add_label(label)
    if span_labels:
        nlp.add_pipe("span_finder", config={"spans_key": CANDIDATES_KEY, "max_length": longest})
        spancat = nlp.add_pipe("spancat", config={
            "spans_key": SPANS_KEY,
            "suggester": {"@misc": "spacy.preset_spans_suggester.v1", "spans_key": CANDIDATES_KEY}})
        for label in sorted(span_labels):
            spancat.add_label(label)
    return nlp


def use_isnad_tokens(tokenizer) -> None:
    """spaCy tokenizer rules giving `annotator.tokens.tokenize`'s tokens (checked on the
    test corpus): every punctuation, symbol or astral character is a prefix, suffix or
    infix; a number separator between two digits is not. No special cases, no URL rule."""
    prefix, suffix, infix = affix_patterns()
    tokenizer.rules = {}
    tokenizer.token_match = None
    tokenizer.url_match = None
    tokenizer.prefix_search = prefix.search
    tokenizer.suffix_search = suffix.search
    tokenizer.infix_finditer = infix.finditer


def _example(nlp, rec: DocumentRecord, ner_labels: set[str], span_labels: set[str], reach: int):
    """A training Example whose tokens split at every span boundary (as the spaCy export does)."""
    from spacy.tokens import Doc, Span
    from spacy.training import Example
    from spacy.util import filter_spans
    spans = {(s.start, s.end, s.label) for s in rec.spans if s.label in ner_labels or s.label in span_labels}
    words, spaces, index = words_and_spaces(rec.document.text, {s for s, _, _ in spans}, {e for _, e, _ in spans},
                                            words_pattern(False))
    reference, predicted = Doc(nlp.vocab, words=words, spaces=spaces), Doc(nlp.vocab, words=words, spaces=spaces)
    ents = [Span(reference, index[s], index[e], label) for s, e, label in spans if label in ner_labels]
    reference.ents = filter_spans(ents)  # longest first, as the exports' doc.ents
    if span_labels:
        group = sorted((index[s], index[e], label) for s, e, label in spans if label in span_labels)
        reference.spans[SPANS_KEY] = reference.spans[CANDIDATES_KEY] = [Span(reference, *g) for g in group]
        predicted.spans[CANDIDATES_KEY] = [Span(predicted, i, j) for i, j in _candidates(group, len(words), reach)]
    return Example(predicted, reference)


def _candidates(group: list[tuple[int, int, str]], n_tokens: int, reach: int) -> list[tuple[int, int]]:
    """What spancat learns to sort while training: the true spans and their near misses (every
    pairing of their starts and ends, each also moved by one token, within the finder's reach),
    as a good span finder proposes them. spancat learning on the finder's own early guesses
    would see up to n_tokens x reach candidates a document, and little worth learning."""
    starts = sorted({i + d for i, _, _ in group for d in (-1, 0, 1)})
    ends = sorted({j + d for _, j, _ in group for d in (-1, 0, 1)})
    return [(i, j) for i in starts for j in ends if 0 <= i < j <= n_tokens and j - i <= reach]


def _loop(nlp, examples: list, optimizer, options: TrainOptions, progress: Progress | None):
    from spacy.util import minibatch
    batches = -(-len(examples) // options.batch_size)
    planned = options.iterations * batches
    rng = random.Random(options.seed)
    started, done = time.perf_counter(), 0
    for iteration in range(options.iterations):
        rng.shuffle(examples)
        for batch in minibatch(examples, size=options.batch_size):
            losses: dict[str, float] = {}
            nlp.update(batch, drop=options.dropout, sgd=optimizer, losses=losses)
            done += 1
            if progress:
                progress(done, planned, sum(losses.values()))
            if time.perf_counter() - started > options.max_seconds:
                return iteration + 1, time.perf_counter() - started, "max_seconds"
    return options.iterations, time.perf_counter() - started, "iterations"


def held_out_scores(nlp, records: Sequence[DocumentRecord], labels: set[str]) -> dict:
    """Precision, recall and F1 per label and pooled ("overall"), exact (start, end and
    label equal) and overlap (a one-to-one matching of overlapping same-label spans), of
    what the `spacy:` recommender suggests on the held-out texts against their spans."""
    from .recommenders.spacy_model import SpacyRecommender
    recommender = SpacyRecommender("held-out", nlp, {label: label for label in labels}, "isnad train")
    counts: dict[str, list[int]] = {label: [0, 0, 0, 0] for label in sorted(labels)}  # gold, predicted, exact, overlap
    texts = [rec.document.text for rec in records]
    for rec, suggestions in zip(records, recommender.suggest_many(texts)):
        for label, row in counts.items():
            gold = {(s.start, s.end) for s in rec.spans if s.label == label}
            predicted = {(s.start, s.end) for s in suggestions.spans if s.label == label}
            row[0] += len(gold)
            row[1] += len(predicted)
            row[2] += len(gold & predicted)
            row[3] += len(match_overlapping([(*k, label) for k in gold], [(*k, label) for k in predicted]))
    scores = {label: _prf(*row) for label, row in counts.items()}
    scores["overall"] = _prf(*(sum(column) for column in zip(*counts.values())))
    return scores


def _prf(gold: int, predicted: int, exact: int, overlap: int) -> dict:
    def f1(matches):
        return round(2 * matches / (gold + predicted), 4) if gold + predicted else None
    return {"gold": gold, "predicted": predicted,
            "precision": round(exact / predicted, 4) if predicted else None,
            "recall": round(exact / gold, 4) if gold else None,
            "f1": f1(exact), "f1_overlap": f1(overlap)}
