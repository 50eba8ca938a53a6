"""`spacy:PATH`: any spaCy pipeline on disk suggests its `doc.ents` and every `doc.spans` group.

spaCy's character offsets are Python string indices, so they are code points into the text
as given: the text is handed over untouched and a pipeline whose tokenizer changes it is
refused. The pipeline is loaded once per folder (and again only when it is rewritten).
Scores: a spancat's where it stores them (`doc.spans[key].attrs["scores"]`), else 1.0.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from ..errors import IsnadError
from ..messages import M
from .base import RecommenderOptions, SpanSuggestion, Suggestions
from .model_labels import model_folder, schema_labels

KIND = "spacy"
# components whose `labels` are what they put in doc.ents / doc.spans
LABELLING_FACTORIES = {"ner", "beam_ner", "spancat", "spancat_singlelabel", "entity_ruler", "span_ruler"}


def make(path: str | None, project, options: RecommenderOptions) -> "SpacyRecommender":
    folder = model_folder(KIND, path)
    spec = f"{KIND}:{path}"
    nlp = load_pipeline(folder, spec)
    return SpacyRecommender(f"{KIND}:{folder.resolve().name}", nlp,
                            schema_labels(spec, pipeline_labels(nlp), project, options,
                                          nothing="ner, spancat or ruler with labels"), spec)


def load_pipeline(folder: Path, spec: str):
    """The spaCy pipeline in `folder`, checked before loading: a pipeline, for this spaCy."""
    try:
        import spacy
    except ImportError:
        raise IsnadError.of(M.MODEL_LIBRARY_MISSING, recommender=spec, library="spaCy", extra="spacy") from None
    missing = [name for name in ("config.cfg", "meta.json") if not (folder / name).is_file()]
    if missing:
        raise IsnadError.of(M.NOT_A_SPACY_PIPELINE, recommender=spec, folder=folder,
                            missing=" or ".join(missing))
    try:
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        wanted = meta.get("spacy_version") if isinstance(meta, dict) else None
    except (OSError, ValueError) as e:
        raise _load_failed(spec, e) from None
    installed = spacy.about.__version__
    if isinstance(wanted, str) and spacy.util.is_compatible_version(installed, wanted) is False:
        raise IsnadError.of(M.SPACY_VERSION_MISMATCH, recommender=spec, wanted=wanted,
                            installed=installed)
    stamp = tuple((folder / name).stat().st_mtime_ns for name in ("config.cfg", "meta.json"))
    try:
        return _load(str(folder.resolve()), stamp)
    except Exception as e:  # noqa: BLE001 - spaCy raises many kinds (config, registry, I/O, pickle)
        raise _load_failed(spec, e) from None


@lru_cache(maxsize=4)
def _load(path: str, stamp: tuple):
    import spacy
    return spacy.load(path)


def _load_failed(spec: str, e: Exception) -> IsnadError:
    error = (str(e).strip().splitlines() or [type(e).__name__])[0][:200]
    return IsnadError.of(M.MODEL_LOAD_FAILED, recommender=spec, error=error, library="spaCy")


def pipeline_labels(nlp) -> set[str]:
    """The labels the pipeline's NER, spancat and rulers can give."""
    return {label for name, pipe in nlp.pipeline
            if nlp.get_pipe_meta(name).factory in LABELLING_FACTORIES for label in pipe.labels}


class SpacyRecommender:
    def __init__(self, name: str, nlp, label_map: dict[str, str], spec: str):
        self.name, self.nlp, self.label_map, self.spec = name, nlp, label_map, spec

    def labels(self) -> set[str]:
        return set(self.label_map.values())

    def suggest(self, text: str) -> Suggestions:
        return self._suggestions(self.nlp(text), text)

    def suggest_many(self, texts: Iterable[str]) -> Iterator[Suggestions]:
        for doc, text in self.nlp.pipe(((t, t) for t in texts), as_tuples=True):
            yield self._suggestions(doc, text)

    def _suggestions(self, doc, text: str) -> Suggestions:
        if doc.text != text:
            raise IsnadError.of(M.MODEL_CHANGED_TEXT, recommender=self.spec)
        best: dict[tuple[int, int, str], float] = {}
        groups = [(doc.ents, None), *((group, group.attrs.get("scores")) for group in doc.spans.values())]
        for group, scores in groups:
            for i, span in enumerate(group):
                label = self.label_map.get(span.label_)  # None: a label no component declares (or none)
                if label is None:
                    continue
                key = (span.start_char, span.end_char, label)
                score = float(scores[i]) if scores is not None and i < len(scores) else 1.0
                best[key] = max(score, best.get(key, 0.0))
        return Suggestions([SpanSuggestion(s, e, label, score) for (s, e, label), score in sorted(best.items())])
