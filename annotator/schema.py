"""Label sets: loading a schema file (TOML or JSON) into a `Schema`, and back to a dict."""
from __future__ import annotations

import json
import tomllib
from pathlib import Path

from .errors import IsnadError
from .messages import M
from .model import Label, RelationType, Schema
from .resources import resource

DEFAULT_SCHEMA = "news-attribution"
KINDS = ("entity", "claim", "source", "cue", "other")
_PALETTE = ("#e6194b", "#3cb44b", "#4363d8", "#f58231", "#911eb4", "#42d4f4",
            "#f032e6", "#bfef45", "#469990", "#9a6324", "#800000", "#000075")


def default_schema() -> Schema:
    return load_schema(resource("schemas", f"{DEFAULT_SCHEMA}.toml"))


def load_schema(path: str | Path) -> Schema:
    path = Path(path)
    try:
        raw = path.read_bytes()
        data = json.loads(raw) if path.suffix == ".json" else tomllib.loads(raw.decode("utf-8"))
    except OSError as e:
        raise IsnadError.of(M.SCHEMA_UNREADABLE, str(path), reason=e.strerror) from None
    except (ValueError, UnicodeDecodeError) as e:
        raise IsnadError.of(M.SCHEMA_SYNTAX, str(path), syntax="JSON" if path.suffix == ".json" else "TOML",
                            detail=str(e)) from None
    return schema_from_dict(data, str(path))


def schema_from_dict(data: dict, where: str = "schema") -> Schema:
    try:
        labels = tuple(_label(d) for d in data.get("labels", []))
        relations = tuple(RelationType(_text(d, "name", None), _texts(d, "from_kinds"), _texts(d, "to_kinds"),
                                       _text(d, "description", ""), _translations(d))
                          for d in data.get("relation_types", []))
    except (KeyError, TypeError, AttributeError) as e:
        detail = e.args[0] if isinstance(e, TypeError) and e.args else repr(e)
        raise IsnadError.of(M.SCHEMA_MALFORMED, where, detail=detail) from None
    names = [l.name for l in labels]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise IsnadError.of(M.SCHEMA_LABELS_TWICE, where, labels=", ".join(dupes))
    bad = [l.name for l in labels if l.kind not in KINDS]
    if bad:
        raise IsnadError.of(M.SCHEMA_KIND_UNKNOWN, where, labels=", ".join(bad), kinds=", ".join(KINDS))
    return Schema(data.get("name", "custom"), labels, relations)


def _label(d: dict) -> Label:
    attributes = d.get("attributes", {})
    if not isinstance(attributes, dict) or not all(_texts(attributes, name) for name in attributes):
        raise TypeError(f"the attributes of {d.get('name')!r} must map names to lists of values")
    return Label(_text(d, "name", None), _text(d, "kind", "entity"), _text(d, "colour", _text(d, "color", "#999999")),
                 _text(d, "hotkey", ""), _text(d, "description", ""), dict(attributes), _translations(d),
                 _flag(d, "strip_proclitics"))


def _flag(d: dict, key: str) -> bool:
    value = d.get(key, False)
    if not isinstance(value, bool):
        raise TypeError(f"'{key}' must be true or false, not {value!r}")
    return value


def _translations(d: dict) -> dict:
    """`translations.LANG.FIELD = "text"` of a label or relation type, checked: {lang: {field: text}}."""
    value = d.get("translations", {})
    if not isinstance(value, dict) or not all(isinstance(fields, dict) and all(
            isinstance(k, str) and isinstance(v, str) for k, v in fields.items()) for fields in value.values()):
        raise TypeError(f"the translations of {d.get('name')!r} must map languages to tables of texts, "
                        f"e.g. translations.ar.description = \"...\"")
    return {lang: dict(fields) for lang, fields in value.items()}


def translated(item, field: str, language: str) -> str:
    """A label's or relation type's `field` (e.g. "description") in `language`, else as written."""
    return item.translations.get(language, {}).get(field) or getattr(item, field)


def _text(d: dict, key: str, default: str | None) -> str:
    """d[key] as a string; `default` when absent (None: required and not blank)."""
    value = d.get(key, default)
    if not isinstance(value, str) or (default is None and not value.strip()):
        raise TypeError(f"'{key}' must be {'a non-empty' if default is None else 'a'} string, not {value!r}")
    return value


def _texts(d: dict, key: str) -> tuple:
    value = d.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise TypeError(f"'{key}' must be a list of strings, not {value!r}")
    return tuple(value)


def schema_to_dict(schema: Schema) -> dict:
    return {
        "name": schema.name,
        "labels": [{"name": l.name, "kind": l.kind, "colour": l.colour, "hotkey": l.hotkey,
                    "description": l.description, "attributes": l.attributes, **_translations_dict(l),
                    **({"strip_proclitics": True} if l.strip_proclitics else {})}
                   for l in schema.labels],
        "relation_types": [{"name": r.name, "from_kinds": list(r.from_kinds), "to_kinds": list(r.to_kinds),
                            "description": r.description, **_translations_dict(r)} for r in schema.relation_types],
    }


def _translations_dict(item) -> dict:
    """Only when there are some: schemas without translations keep their stored form."""
    return {"translations": item.translations} if item.translations else {}


def with_labels(schema: Schema, names: set[str], relation_types: set[str] = frozenset()) -> Schema:
    """The schema plus new labels (kind 'other', palette colours, the digit keys still free:
    an imported PERS is tagged with 5 as PER is with 1) and relation types."""
    new = sorted(names - schema.label_names)
    taken = {l.hotkey for l in schema.labels}
    keys = [k for k in "1234567890" if k not in taken]
    labels = schema.labels + tuple(Label(n, "other", _PALETTE[(len(schema.labels) + i) % len(_PALETTE)],
                                         keys[i] if i < len(keys) else "")
                                   for i, n in enumerate(new))
    known = {r.name for r in schema.relation_types}
    rels = schema.relation_types + tuple(RelationType(n) for n in sorted(set(relation_types) - known))
    return Schema(schema.name, labels, rels)
