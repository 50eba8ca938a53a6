"""`transformers:PATH`: a local Hugging Face token-classification model, on the CPU.

The folder holds what `save_pretrained` writes for an `AutoModelForTokenClassification` and
its fast tokenizer; nothing is fetched from a hub. Tags (IOB2, IOB1, BIOES/BILOU or plain
labels) are read per word from its first sub-word, as the model was trained, and words
joined into spans. Offsets come from the tokenizer's offset mapping, which counts code
points of the text given; a span ending where the tokenizer's normaliser dropped combining
marks (harakat) is widened over them, so no mark is cut from its letter. Texts longer than
the model's window are read in overlapping windows; each word takes the tag from the window
where it lies farthest from an edge. Score: the mean probability of the words' tags.
Needs `pip install 'isnad[transformers]'` (transformers and torch).
"""
from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import IsnadError
from ..messages import M
from .base import RecommenderOptions, SpanSuggestion, Suggestions
from .model_labels import model_folder, schema_labels

KIND = "transformers"
BEGIN, INSIDE = {"B", "S", "U"}, {"I", "E", "L"}
MAX_WINDOW = 512   # tokens a window holds at most (with the special tokens)
WINDOWS_PER_BATCH = 16


def make(path: str | None, project, options: RecommenderOptions) -> "TransformersRecommender":
    folder = model_folder(KIND, path)
    spec = f"{KIND}:{path}"
    tokenizer, model = _load(folder, spec)
    tags = {int(i): _tag(name) for i, name in model.config.id2label.items()}
    labels = {label for _, label in tags.values() if label is not None}
    return TransformersRecommender(f"{KIND}:{folder.resolve().name}", tokenizer, model, tags,
                                   schema_labels(spec, labels, project, options, nothing="tag but O"))


def _load(folder: Path, spec: str):
    try:
        import torch  # noqa: F401 (the models need it)
        from transformers import AutoModelForTokenClassification, AutoTokenizer
        from transformers.utils import logging
    except ImportError:
        raise IsnadError.of(M.MODEL_LIBRARY_MISSING, recommender=spec, library="transformers (with torch)",
                            extra="transformers") from None
    if not (folder / "config.json").is_file():
        raise IsnadError.of(M.NOT_A_TOKEN_CLASSIFIER, recommender=spec, folder=folder, reason="it has no config.json")
    logging.disable_progress_bar()  # its bars are for downloads, which never happen here
    try:
        model = AutoModelForTokenClassification.from_pretrained(folder, local_files_only=True)
        tokenizer = AutoTokenizer.from_pretrained(folder, local_files_only=True)
    except ValueError as e:  # e.g. "Unrecognized configuration class ... for AutoModelForTokenClassification"
        raise IsnadError.of(M.NOT_A_TOKEN_CLASSIFIER, recommender=spec, folder=folder, reason=_first_line(e)) from None
    except Exception as e:  # noqa: BLE001 - I/O, JSON, safetensors, pickle...
        raise IsnadError.of(M.MODEL_LOAD_FAILED, recommender=spec, error=_first_line(e),
                            library="transformers") from None
    if not getattr(tokenizer, "is_fast", False):
        raise IsnadError.of(M.NOT_A_TOKEN_CLASSIFIER, recommender=spec, folder=folder,
                            reason="its tokenizer is not a fast one (tokenizer.json), which offsets need")
    model.to("cpu").eval()
    return tokenizer, model


def _first_line(e: Exception) -> str:
    return (str(e).strip().splitlines() or [type(e).__name__])[0][:200]


def _tag(name: str) -> tuple[str, str | None]:
    """'B-PER' -> ('B', 'PER'); 'O' -> ('O', None); 'PER' (no scheme) -> ('I', 'PER')."""
    if name == "O":
        return "O", None
    prefix, sep, label = name.partition("-")
    if sep and prefix in BEGIN | INSIDE and label:
        return prefix, label
    return "I", name


class TransformersRecommender:
    def __init__(self, name: str, tokenizer, model, tags: dict[int, tuple[str, str | None]],
                 label_map: dict[str, str]):
        self.name, self.tokenizer, self.model, self.tags, self.label_map = name, tokenizer, model, tags, label_map
        limits = [n for n in (getattr(tokenizer, "model_max_length", None),
                              getattr(model.config, "max_position_embeddings", None)) if n]
        self.window = min([MAX_WINDOW, *limits])
        self.stride = self.window // 4

    def labels(self) -> set[str]:
        return set(self.label_map.values())

    def suggest_many(self, texts: Iterable[str]) -> Iterator[Suggestions]:
        for text in texts:
            yield self.suggest(text)

    def suggest(self, text: str) -> Suggestions:
        if not text.strip():
            return Suggestions()
        words = self._words(text)
        return Suggestions(list(self._spans(text, [words[w] for w in sorted(words)])))

    def _words(self, text: str) -> dict[int, list]:
        """Word index -> [start, end, tag id, probability] from the windows' predictions."""
        import torch
        enc = self.tokenizer(text, return_offsets_mapping=True, truncation=True, max_length=self.window,
                             stride=self.stride, return_overflowing_tokens=True, padding=True, return_tensors="pt")
        offsets = enc.pop("offset_mapping").tolist()
        inputs = {k: v for k, v in enc.items() if k in ("input_ids", "attention_mask", "token_type_ids")}
        with torch.inference_mode():
            probs = torch.cat([self.model(**{k: v[i:i + WINDOWS_PER_BATCH] for k, v in inputs.items()})
                               .logits.softmax(-1) for i in range(0, len(offsets), WINDOWS_PER_BATCH)])
        best, tag_prob = probs.max(-1)[1].tolist(), probs.max(-1)[0].tolist()
        words: dict[int, list] = {}
        for w in range(len(offsets)):  # a word's extent: all its sub-words in every window
            for k, word in enumerate(enc.word_ids(w)):
                if word is not None:
                    start, end = offsets[w][k]
                    extent = words.setdefault(word, [start, end, None, -1.0, -1])
                    extent[0], extent[1] = min(extent[0], start), max(extent[1], end)
        for w in range(len(offsets)):  # its tag: from its first sub-word, where most central
            ids = enc.word_ids(w)
            content = [k for k, word in enumerate(ids) if word is not None]
            for rank, k in enumerate(content):
                entry = words[ids[k]]
                centrality = min(rank, len(content) - 1 - rank)
                if offsets[w][k][0] == entry[0] and centrality > entry[4]:
                    entry[2], entry[3], entry[4] = best[w][k], tag_prob[w][k], centrality
        return words

    def _spans(self, text: str, words: list[list]) -> Iterator[SpanSuggestion]:
        current: list | None = None  # [start, end, label, probabilities]
        for start, end, tag_id, prob, _ in words:
            prefix, label = self.tags.get(tag_id, ("O", None))
            if current and label == current[2] and prefix in INSIDE:
                current[1] = end
                current[3].append(prob)
                continue
            if current:
                yield self._span(text, current)
            current = [start, end, label, [prob]] if label is not None and label in self.label_map else None
        if current:
            yield self._span(text, current)

    def _span(self, text: str, current: list) -> SpanSuggestion:
        start, end, label, probs = current
        while end < len(text) and unicodedata.combining(text[end]):  # harakat the normaliser dropped
            end += 1
        while text[start].isspace() and start < end - 1:  # byte-level tokenizers may count the space before
            start += 1
        return SpanSuggestion(start, end, self.label_map[label], sum(probs) / len(probs))
