"""What the model recommenders share: their name, their path, and their labels mapped onto
the project's schema (a model whose labels the schema lacks is refused before it runs)."""
from __future__ import annotations

import difflib
from collections.abc import Iterable
from pathlib import Path

from ..errors import IsnadError
from ..messages import M
from .base import RecommenderOptions


def model_folder(kind: str, path: str | None) -> Path:
    """The model folder a `kind:PATH` spec names; it must exist."""
    if not path:
        raise IsnadError.of(M.MODEL_PATH_NEEDED, kind=kind)
    folder = Path(path)
    if not folder.exists():
        raise IsnadError.of(M.MODEL_PATH_MISSING, recommender=f"{kind}:{path}", folder=folder)
    return folder


def schema_labels(recommender: str, model_labels: Iterable[str], project, options: RecommenderOptions,
                  nothing: str = "labels") -> dict[str, str]:
    """Model label -> schema label, through `options.label_map` (`--map OLD=NEW`). A model
    without labels is refused (`nothing` says what it lacks): it could suggest nothing.

    Without a project there is no schema to check against, and labels pass unchanged.
    """
    model_labels = set(model_labels)
    if not model_labels:
        raise IsnadError.of(M.MODEL_NO_LABELS, recommender=recommender, what=nothing)
    mapping = dict(options.label_map)
    out = {label: mapping.get(label, label) for label in model_labels}
    schema = getattr(project, "schema", None)
    if schema is None:
        return out
    known = sorted(schema.label_names)
    unknown = sorted(label for label, target in out.items() if target not in schema.label_names)
    if unknown:
        shown = ", ".join(label if out[label] == label else f"{label} (mapped to {out[label]})" for label in unknown)
        guess = (difflib.get_close_matches(unknown[0], known, 1, 0.0) or known or ["LABEL"])[0]
        raise IsnadError.of(M.MODEL_LABELS_UNKNOWN, recommender=recommender, unknown=shown,
                            example=f"{unknown[0]}={guess}", known=", ".join(known) or "(no labels)")
    return out
